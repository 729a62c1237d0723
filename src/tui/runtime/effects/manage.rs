//! The home screen's effects: the shared live re-check of many profiles, the edit's
//! replace, and revoke (with the optional token reset, as `remove --rotate-token`).

use std::sync::Arc;

use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;

use super::Services;
use crate::cli::linked::host;
use crate::cli::remove::{Unlinked, unlink};
use crate::recheck::{PROFILE_SLACK, recheck_all, record_verified};
use crate::store::{ProfileRecord, SecretRemoval, Store, TokenStoreKind};
use crate::tui::model::{RevokeReport, RowResult, Saved};
use crate::tui::msg::{Effect, Msg, ReplaceRequest, SaveError};

/// Runs one of the home screen's effects as a task that sends its `Msg` back.
pub fn spawn(services: &Services, tx: UnboundedSender<Msg>, effect: Effect) {
    match effect {
        Effect::LoadConfig => {
            let store = Arc::clone(&services.store);
            tokio::spawn(async move {
                let config = crate::store::off_thread(move || store.config()).await;
                let _ = tx.send(Msg::ConfigLoaded(config.map_err(|e| e.to_string())));
            });
        }
        Effect::StatusAll(profiles) => {
            status_all(services, tx, profiles);
        }
        Effect::Reverify { name, record } => {
            if let Ok(origin) = url::Url::parse(&record.data.url) {
                services.cache.forget(&origin);
            }
            status_all(services, tx, vec![(name, *record)]);
        }
        Effect::ReadToken { name, record } => {
            let store = Arc::clone(&services.store);
            tokio::spawn(async move {
                let token =
                    crate::store::off_thread(move || store.read_token(&name, &record)).await;
                let _ = tx.send(Msg::TokenRead(token.map_err(|e| e.to_string())));
            });
        }
        Effect::SetDefault(name) => {
            let store = Arc::clone(&services.store);
            tokio::spawn(async move {
                let done = crate::store::off_thread(move || store.set_default(&name)).await;
                let _ = tx.send(Msg::Stored(
                    done.map(|n| format!("{n} is the default profile now."))
                        .map_err(|e| format!("the default was not changed: {e}")),
                ));
            });
        }
        Effect::Rename { old, new } => {
            let store = Arc::clone(&services.store);
            tokio::spawn(async move {
                let from = old.clone();
                let done = crate::store::off_thread(move || store.rename(&old, &new)).await;
                let _ = tx.send(Msg::Stored(
                    done.map(|n| format!("Renamed {from} to {n}."))
                        .map_err(|e| format!("{from} was not renamed: {e}")),
                ));
            });
        }
        Effect::Revoke {
            name,
            record,
            rotate,
        } => {
            let services = services.clone();
            tokio::spawn(async move {
                let origin = url::Url::parse(&record.data.url).ok();
                let report = revoke(&services, name, *record, rotate).await;
                // A reset (even one whose answer was lost) changes what the server says of
                // the token: nothing cached from before may answer for it again.
                if let (true, Some(origin)) = (rotate, origin) {
                    services.cache.forget(&origin);
                }
                let _ = tx.send(Msg::Revoked(report));
            });
        }
        // The other effects are the form's (see `Executor::spawn`).
        _ => {}
    }
}

/// Re-checks `profiles` at once through the shared cache (as `status` does): a `Status` per
/// profile as it ends, then one config write of `verified_at` and `StatusDone`.
pub fn status_all(
    services: &Services,
    tx: UnboundedSender<Msg>,
    profiles: Vec<(String, ProfileRecord)>,
) {
    let store = Arc::clone(&services.store);
    let cache = services.cache.clone();
    let limit = services.options.timeout + PROFILE_SLACK;
    tokio::spawn(async move {
        let mut running = std::pin::pin!(recheck_all(&store, &cache, profiles, limit));
        let mut done = Vec::new();
        while let Some(checked) = running.next().await {
            let (status, message) = checked.summary();
            let row = RowResult {
                record: checked.record.clone(),
                status,
                message,
            };
            if tx.send(Msg::Status(row)).is_err() {
                return;
            }
            done.push(checked);
        }
        let at = jiff::Timestamp::now();
        let (verified, error) = match record_verified(store, &done, at).await {
            Ok(ids) => (ids, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
        let _ = tx.send(Msg::StatusDone {
            verified,
            at,
            error,
        });
    });
}

/// The edit's transaction: the store's replace (new secret only when a token was typed),
/// refused when the profile changed on disk since it was loaded.
pub async fn replace(store: Arc<Store>, req: ReplaceRequest) -> Result<Saved, SaveError> {
    let kind = req.expected.token_store;
    let new_name = req.request.name.clone();
    let (host, account_id) = (host(&req.request.data.url), req.request.data.account_id);
    let requested = new_name.clone();
    let dir_store = Arc::clone(&store);
    let outcome = crate::store::off_thread(move || {
        let r = req.request;
        let token = (!req.keep_token).then_some(r.token);
        let rename = (new_name != req.name).then_some(new_name.as_str());
        // A certificate confirmed in the form replaces the one the profile trusted.
        let cert = r.trusted_cert.as_ref().map(Some);
        dir_store
            .replace_trusting(
                &req.name,
                &req.expected,
                r.data,
                token.as_ref(),
                rename,
                cert,
            )
            .map(|o| o.name)
    })
    .await;
    match super::saved(&store, kind, outcome, &host, account_id, &requested) {
        // Only a new profile may fall back to the file store; an edit keeps its store.
        Err(SaveError::KeyringUnavailable { reason }) => Err(SaveError::Other {
            message: format!("profile {requested}: {reason}"),
        }),
        other => other,
    }
}

/// Revoke as `remove` does it (its [`unlink`]), told for the result screen.
pub async fn revoke(
    services: &Services,
    name: String,
    record: ProfileRecord,
    rotate: bool,
) -> RevokeReport {
    let store = Arc::clone(&services.store);
    let d = &record.data;
    let what = format!(
        "{name} ({} account {}, {})",
        host(&d.url),
        d.account_id,
        crate::sanitize::sanitize(&d.account_name)
    );
    // The other local profiles holding the same token, as on disk now.
    let others = {
        let (s, n) = (Arc::clone(&store), name.clone());
        crate::store::off_thread(move || {
            let config = s.config()?;
            Ok(config
                .sharing_user(&n)
                .into_iter()
                .filter(|(other, _)| *other != n)
                .collect::<Vec<_>>())
        })
        .await
    };
    let others = match others {
        Ok(o) => o,
        Err(e) => return failed(&name, &what, e.to_string()),
    };
    match unlink(&store, &name, &record, &others, rotate, &services.options).await {
        Ok(done) => report(&name, &what, &others, &done),
        Err(f) => failed(&name, &what, f.message),
    }
}

fn failed(name: &str, what: &str, message: String) -> RevokeReport {
    RevokeReport {
        name: name.to_owned(),
        removed: false,
        done: vec![format!(
            "Profile {what} was not removed: nothing was changed."
        )],
        remains: Vec::new(),
        problems: vec![message],
    }
}

fn report(
    name: &str,
    what: &str,
    others: &[(String, ProfileRecord)],
    done: &Unlinked,
) -> RevokeReport {
    let o = &done.outcome;
    let place = match o.record.token_store {
        TokenStoreKind::Keyring => "the OS keyring",
        TokenStoreKind::File => "the file store (tokens.toml)",
    };
    let mut lines = vec![format!("Removed profile {what} from the config.")];
    let mut problems = done.warnings.clone();
    match &o.secret {
        SecretRemoval::Deleted => lines.push(format!("Its token was deleted from {place}.")),
        SecretRemoval::AlreadyGone => {
            lines.push(format!("Its token was already gone from {place}."));
        }
        SecretRemoval::Shared(users) => lines.push(format!(
            "Its token stays in {place}: {} still use it.",
            users.join(", ")
        )),
        SecretRemoval::Failed(e) => problems.push(format!(
            "The token could not be deleted from {place} ({e}): `chatwoot-link doctor --fix` \
             removes it later."
        )),
    }
    match &o.default {
        Some(d) => lines.push(format!("The default profile is {d}.")),
        None => lines.push("There is no default profile now.".to_owned()),
    }
    let names: Vec<&str> = others.iter().map(|(n, _)| n.as_str()).collect();
    let mut remains = Vec::new();
    if done.rotated {
        remains.push(
            "The token was reset on the server first: the old one no longer works anywhere."
                .to_owned(),
        );
        if !names.is_empty() {
            remains.push(format!(
                "Local profiles {} got the new token.",
                names.join(", ")
            ));
        }
    } else {
        remains.push(
            "The token itself stays valid on the server (Chatwoot cannot revoke it). To \
             invalidate it, reset it in Chatwoot under Profile Settings → Access Token; every \
             program using it then stops working."
                .to_owned(),
        );
        if !names.is_empty() {
            remains.push(format!(
                "Local {} {} still {} this token.",
                if names.len() == 1 {
                    "profile"
                } else {
                    "profiles"
                },
                names.join(", "),
                if names.len() == 1 { "uses" } else { "use" }
            ));
        }
    }
    if let Some(f) = &done.later {
        problems.push(f.message.clone());
    }
    RevokeReport {
        name: name.to_owned(),
        removed: true,
        done: lines,
        remains,
        problems,
    }
}

#[cfg(test)]
mod tests;
