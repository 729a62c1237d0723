//! `chatwoot-link remove NAME` (alias `revoke`): unlink a profile (config entry, then its
//! secret). Chatwoot has no endpoint to revoke a user token, so the token stays valid on the
//! server unless `--rotate-token` resets it first; other local profiles sharing it then get
//! the new token, and every other program using the old one stops working.

use serde::Serialize;

use super::args::GlobalArgs;
use super::check::say;
use super::linked::{self, blocking, confirm, open_store, store_place};
use super::rotate;
use super::{Exit, Failure, Outcome};
use crate::store::SecretRemoval;

#[derive(Serialize)]
struct RemoveJson<'a> {
    removed: &'a str,
    /// `deleted`, `already_gone` or `failed`.
    token: &'static str,
    /// True when the token was reset on the server first.
    rotated: bool,
    /// Other local profiles that hold the same token.
    sharing: Vec<&'a str>,
    default: Option<&'a str>,
}

/// Runs `remove`.
pub async fn run(name: String, yes: bool, rotate_token: bool, global: &GlobalArgs) -> Outcome {
    if let Some(failure) = super::check::bad_timeout(global) {
        return Err(failure);
    }
    let store = open_store(global)?;
    let (name, record, sharing) = rotate::load(&store, &name).await?;
    let others: Vec<_> = sharing.into_iter().skip(1).collect();
    let other_names: Vec<&str> = others.iter().map(|(n, _)| n.as_str()).collect();
    let d = &record.data;
    let what = format!(
        "profile {name} ({} account {}, {})",
        linked::host(&d.url),
        d.account_id,
        crate::sanitize::sanitize(&d.account_name)
    );
    let question = if rotate_token {
        format!(
            "Remove {what} and reset its token on the server? Every other program using that \
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
        format!("Remove {what}?")
    };
    confirm(question, yes, "remove").await?;

    let mut later: Option<Failure> = None;
    if rotate_token {
        let token = rotate::read_stored(&store, &name, &record).await?;
        rotate::prove_writable(&store, &others).await?;
        if !other_names.is_empty() {
            eprintln!(
                "warning: local profiles {} share this token; they get the new one. Every \
                 other program using it stops working.",
                other_names.join(", ")
            );
        }
        let new = rotate::reset_on_server(&name, &record, &token, global).await?;
        if !others.is_empty() {
            match rotate::store_rotated(&store, &others, &new).await {
                Ok(outcomes) => {
                    for w in outcomes.iter().flat_map(|o| &o.warnings) {
                        eprintln!("warning: {w}");
                    }
                }
                // The profile is still removed as asked; the failure is reported after.
                Err(f) => later = Some(f),
            }
        }
        drop(new);
    }

    let s = store.clone();
    let n = name.clone();
    let outcome = blocking(move || s.revoke(&n))
        .await
        .map_err(Failure::from)?;
    report(&outcome, &what, rotate_token, &other_names, global.json);
    match later {
        Some(f) => Err(f),
        None => Ok(Exit::Ok),
    }
}

/// What was removed, and what remains on the server.
fn report(
    outcome: &crate::store::RevokeOutcome,
    what: &str,
    rotate_token: bool,
    other_names: &[&str],
    json: bool,
) {
    let place = store_place(outcome.record.token_store);
    let token = match &outcome.secret {
        SecretRemoval::Deleted => "deleted",
        SecretRemoval::AlreadyGone => "already_gone",
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
        say(&format!("removed {what} from the config"));
        match &outcome.secret {
            SecretRemoval::Deleted => say(&format!("its token was deleted from {place}")),
            SecretRemoval::AlreadyGone => say(&format!("its token was already gone from {place}")),
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
    if let SecretRemoval::Failed(e) = &outcome.secret {
        eprintln!(
            "warning: the token could not be deleted from {place} ({e}): `chatwoot-link doctor \
             --fix` removes it later"
        );
    }
}
