//! `chatwoot-link unlink NAME` (aliases `remove`, `revoke`): unlink a profile (config entry, then its
//! secret). Chatwoot has no endpoint to revoke a user token, so the token stays valid on the
//! server unless `--rotate-token` resets it first; other local profiles sharing it then get
//! the new token, and every other program using the old one stops working.

use std::sync::Arc;

use serde::Serialize;

use super::args::GlobalArgs;
use super::check::say;
use super::linked::{self, blocking, confirm, open_store, store_place};
use super::rotate;
use super::{Exit, Failure, Outcome};
use crate::checks::ClientOptions;
use crate::store::{ProfileRecord, RevokeOutcome, SecretRemoval, Store};

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

    let done = unlink(
        &store,
        &name,
        &record,
        &others,
        rotate_token,
        &linked::client_options(global),
    )
    .await?;
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
        Some(f) => Err(f),
        None => Ok(Exit::Ok),
    }
}

/// What [`unlink`] did.
#[derive(Debug)]
pub struct Unlinked {
    pub outcome: RevokeOutcome,
    /// The token was reset on the server first.
    pub rotated: bool,
    /// Things to tell the user (other profiles sharing the token, an old secret kept).
    pub warnings: Vec<String>,
    /// The profile was removed as asked, but the new token could not be stored for the
    /// profiles sharing it: how to recover.
    pub later: Option<Failure>,
}

/// Unlinks `name` (config entry, then secret); with `rotate_token`, first resets the token
/// on the server and stores the new one for `others` (the local profiles sharing it).
/// Shared by `unlink` and the wizard's revoke; prints nothing.
pub async fn unlink(
    store: &Arc<Store>,
    name: &str,
    record: &ProfileRecord,
    others: &[(String, ProfileRecord)],
    rotate_token: bool,
    options: &ClientOptions,
) -> Result<Unlinked, Failure> {
    let mut later: Option<Failure> = None;
    let mut warnings = Vec::new();
    if rotate_token {
        let token = rotate::read_stored(store, name, record).await?;
        rotate::prove_writable(store, others).await?;
        let new = rotate::reset_on_server(name, record, &token, options, &mut warnings).await?;
        if !others.is_empty() {
            let names: Vec<&str> = others.iter().map(|(n, _)| n.as_str()).collect();
            warnings.push(format!(
                "local profiles {} share this token; they got the new one. Every other \
                 program using it stops working.",
                names.join(", ")
            ));
            match rotate::store_rotated(store, others, &new).await {
                Ok(outcomes) => {
                    warnings.extend(outcomes.into_iter().flat_map(|o| o.warnings));
                }
                // The profile is still removed as asked; the failure is reported after.
                Err(f) => later = Some(f),
            }
        }
        drop(new);
    }
    let s = Arc::clone(store);
    let n = name.to_owned();
    let outcome = blocking(move || s.revoke(&n))
        .await
        .map_err(Failure::from)?;
    Ok(Unlinked {
        outcome,
        rotated: rotate_token,
        warnings,
        later,
    })
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
    if let SecretRemoval::Failed(e) = &outcome.secret {
        eprintln!(
            "warning: the token could not be deleted from {place} ({e}): `chatwoot-link doctor \
             --fix` removes it later"
        );
    }
}
