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
use crate::i18n::{Msg, msg, t};
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
    let what = msg!(
        cli_unlink_what,
        name = &target.name,
        host = link::host(&d.url),
        account_id = d.account_id.to_string(),
        account_name = crate::sanitize::sanitize(&d.account_name)
    );
    let question = if !rotate_token {
        t!(cli_unlink_ask, what = &what)
    } else if other_names.is_empty() {
        t!(cli_unlink_ask_rotate, what = &what)
    } else {
        t!(
            cli_unlink_ask_rotate_sharing,
            what = &what,
            names = other_names.join(", ")
        )
    };
    confirm(question, yes, "unlink").await?;

    let cache = if rotate_token {
        Some(
            Cache::new(linked::client_options(global))
                .map_err(|e| Failure::new(Exit::CheckFailed, e.msg()))?,
        )
    } else {
        None
    };
    let done = link::unlink(&store, &target, cache.as_ref()).await?;
    for w in &done.warnings {
        eprintln!("{}", msg!(cli_warning, message = w));
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
    let name = outcome.name.as_str();
    let place = store_place(outcome.record.token_store);
    let error = e.to_string();
    let message = match outcome.record.token_store {
        crate::store::TokenStoreKind::Keyring if cfg!(target_os = "linux") => msg!(
            cli_unlink_remains_by_hand,
            name = name,
            place = place,
            key = key,
            error = error,
            command = format!(
                "secret-tool clear service {} username {key}",
                crate::store::SERVICE
            )
        ),
        _ => msg!(
            cli_unlink_remains,
            name = name,
            place = place,
            key = key,
            error = error
        ),
    };
    Err(Failure::new(Exit::Storage, message))
}

/// What was removed, and what remains on the server.
fn report(
    outcome: &RevokeOutcome,
    what: &Msg,
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
        say(&t!(cli_unlinked, what = what));
        match &outcome.secret {
            SecretRemoval::Deleted => say(&t!(cli_unlink_token_deleted, place = &place)),
            SecretRemoval::AlreadyGone => say(&t!(cli_unlink_token_gone, place = &place)),
            SecretRemoval::Shared(users) => say(&t!(
                cli_unlink_token_shared,
                place = &place,
                names = users.join(", ")
            )),
            SecretRemoval::Failed(_) => {}
        }
        if rotate_token {
            say(&t!(cli_unlink_rotated));
        } else {
            say(&t!(cli_unlink_still_valid));
            if !other_names.is_empty() {
                say(&t!(
                    cli_unlink_others,
                    count = other_names.len(),
                    names = other_names.join(", ")
                ));
            }
        }
        match &outcome.default {
            Some(d) => say(&t!(cli_default_is, name = d)),
            None => say(&t!(cli_no_default)),
        }
    }
}
