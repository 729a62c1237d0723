//! `chatwoot-link unlink NAME` (aliases `remove`, `revoke`): unlink a profile (config entry, then its
//! secret). Chatwoot has no endpoint to revoke a user token, so the token stays valid on the
//! server unless `--rotate-token` resets it first; other local profiles sharing it then get
//! the new token, and every other program using the old one stops working.

use serde::Serialize;

use super::args::GlobalArgs;
use super::check::say;
use super::linked::{self, confirm, open_store};
use super::{Exit, Failure, Outcome};
use crate::checks::Cache;
use crate::link::{self, store_place};
use crate::store::{RevokeOutcome, SecretRemoval};

#[derive(Serialize)]
struct RemoveJson<'a> {
    removed: &'a str,
    /// `deleted`, `already_gone`, `failed`, or `kept` (other profiles share it).
    token: &'static str,
    /// True when the token was reset on the server first.
    rotated: bool,
    /// Other local profiles that hold the same token.
    sharing: Vec<&'a str>,
    default: Option<&'a str>,
}

/// Runs `unlink`.
pub async fn run(name: String, yes: bool, rotate_token: bool, global: &GlobalArgs) -> Outcome {
    let store = open_store(global)?;
    let target = link::sharing(&store, &name).await?;
    let other_names = target.other_names();
    let d = &target.record.data;
    let what = format!(
        "profile {} ({} account {}, {})",
        target.name,
        link::host(&d.url),
        d.account_id,
        crate::sanitize::sanitize(&d.account_name)
    );
    let question = if rotate_token {
        format!(
            "Unlink {what} and reset its token on the server? Every other program using that \
             token stops working{}.",
            if other_names.is_empty() {
                String::new()
            } else {
                format!(
                    " (local profiles {} get the new one)",
                    other_names.join(", ")
                )
            }
        )
    } else {
        format!("Unlink {what}?")
    };
    confirm(question, yes, "unlink").await?;

    let cache = if rotate_token {
        Some(
            Cache::new(linked::client_options(global))
                .map_err(|e| Failure::new(Exit::CheckFailed, e.to_string()))?,
        )
    } else {
        None
    };
    let done = link::unlink(&store, &target, cache.as_ref()).await?;
    for w in &done.warnings {
        eprintln!("warning: {w}");
    }
    report(
        &done.outcome,
        &what,
        rotate_token,
        &other_names,
        global.json,
    );
    match done.later {
        Some(e) => Err(Failure::from(e)),
        None => token_remains(&done.outcome),
    }
}

/// Exit 3 when the profile is gone but its token could not be deleted (a locked keyring, no
/// bus): a script must learn that a secret remains, where, and how to delete it.
fn token_remains(outcome: &RevokeOutcome) -> Outcome {
    let SecretRemoval::Failed(e) = &outcome.secret else {
        return Ok(Exit::Ok);
    };
    let key = &outcome.record.token_ref;
    let by_hand = match outcome.record.token_store {
        crate::store::TokenStoreKind::Keyring if cfg!(target_os = "linux") => format!(
            ", or by hand: `secret-tool clear service {} username {key}`",
            crate::store::SERVICE
        ),
        _ => String::new(),
    };
    Err(Failure::new(
        Exit::Storage,
        format!(
            "profile {} was unlinked (removed from the config), but its token remains in {} (entry \
             {key}): {e}. Once that is fixed, `chatwoot-link doctor --fix` deletes it (it is \
             an orphan of this config dir now){by_hand}",
            outcome.name,
            store_place(outcome.record.token_store),
        ),
    ))
}

/// What was removed, and what remains on the server.
fn report(
    outcome: &RevokeOutcome,
    what: &str,
    rotate_token: bool,
    other_names: &[&str],
    json: bool,
) {
    let place = store_place(outcome.record.token_store);
    let token = match &outcome.secret {
        SecretRemoval::Deleted => "deleted",
        SecretRemoval::AlreadyGone => "already_gone",
        SecretRemoval::Shared(_) => "kept",
        SecretRemoval::Failed(_) => "failed",
    };
    if json {
        super::check::print_json(&RemoveJson {
            removed: &outcome.name,
            token,
            rotated: rotate_token,
            sharing: other_names.to_vec(),
            default: outcome.default.as_deref(),
        });
    } else {
        say(&format!("unlinked {what}: removed from the config"));
        match &outcome.secret {
            SecretRemoval::Deleted => say(&format!("its token was deleted from {place}")),
            SecretRemoval::AlreadyGone => say(&format!("its token was already gone from {place}")),
            SecretRemoval::Shared(users) => say(&format!(
                "its token stays in {place}: {} still use it (linked together, they share it)",
                users.join(", ")
            )),
            SecretRemoval::Failed(_) => {}
        }
        if rotate_token {
            say("the token was reset on the server first: the old one no longer works anywhere");
        } else {
            say(
                "the token itself stays valid on the server (Chatwoot cannot revoke it): to \
                 invalidate it, reset it in Chatwoot under Profile Settings → Access Token \
                 (every program using it then stops working)",
            );
            if !other_names.is_empty() {
                let (noun, verb) = if other_names.len() == 1 {
                    ("profile", "uses")
                } else {
                    ("profiles", "use")
                };
                say(&format!(
                    "local {noun} {} still {verb} this token",
                    other_names.join(", ")
                ));
            }
        }
        match &outcome.default {
            Some(d) => say(&format!("the default profile is {d}")),
            None => say("there is no default profile now"),
        }
    }
}
