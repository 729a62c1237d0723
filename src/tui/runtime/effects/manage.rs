//! The home screen's effects: the shared live re-check of many profiles, the edit's
//! replace, and unlink (with the optional token reset, as `remove --rotate-token`).

use crate::i18n::t;
use std::sync::Arc;

use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;

use super::Services;
use crate::link::{self, PROFILE_SLACK, Unlinked, host, recheck_all, record_verified};
use crate::store::{ProfileRecord, SecretRemoval, Store, StoreError};
use crate::tui::model::{RowResult, Saved, SecretFate, UnlinkReport};
use crate::tui::msg::{Change, Msg, ReplaceRequest, SaveError};

/// `LoadConfig`: the config read again.
pub fn load_config(services: &Services, tx: UnboundedSender<Msg>) {
    let store = Arc::clone(&services.store);
    tokio::spawn(async move {
        let config = link::config(&store).await;
        let _ = tx.send(Msg::ConfigLoaded(config.map_err(Arc::new)));
    });
}

/// `Reverify`: forget the cached answers of this profile's server, then re-check it.
pub fn reverify(
    services: &Services,
    tx: UnboundedSender<Msg>,
    name: String,
    record: ProfileRecord,
) {
    if let Ok(origin) = url::Url::parse(&record.data.url) {
        services.cache.forget(&origin);
    }
    status_all(services, tx, vec![(name, record)]);
}

/// `ReverifyAll`: as `Reverify`, for every profile at once (one shared run).
pub fn reverify_all(
    services: &Services,
    tx: UnboundedSender<Msg>,
    profiles: Vec<(String, ProfileRecord)>,
) {
    for (_, record) in &profiles {
        if let Ok(origin) = url::Url::parse(&record.data.url) {
            services.cache.forget(&origin);
        }
    }
    status_all(services, tx, profiles);
}

/// `ReadToken`: the edited profile's stored token.
pub fn read_token(
    services: &Services,
    tx: UnboundedSender<Msg>,
    name: String,
    record: ProfileRecord,
) {
    let store = Arc::clone(&services.store);
    tokio::spawn(async move {
        let token = link::read_token(&store, &name, &record).await;
        let _ = tx.send(Msg::TokenRead(token.map_err(Arc::new)));
    });
}

/// `Store`: a new default, or a rename.
pub fn store_change(services: &Services, tx: UnboundedSender<Msg>, change: Change) {
    let store = Arc::clone(&services.store);
    tokio::spawn(async move {
        let result = match &change {
            Change::Default(name) => link::set_default(&store, name).await,
            Change::Rename { old, new } => link::rename(&store, old, new).await.map(|(_, n)| n),
        };
        let _ = tx.send(Msg::Stored {
            change,
            result: result.map_err(Arc::new),
        });
    });
}

/// `Unlink`: the unlink (with the token reset first when `rotate`), then its outcome.
pub fn spawn_unlink(
    services: &Services,
    tx: UnboundedSender<Msg>,
    name: String,
    record: ProfileRecord,
    rotate: bool,
) {
    let services = services.clone();
    tokio::spawn(async move {
        let origin = url::Url::parse(&record.data.url).ok();
        let outcome = unlink(&services, name, record, rotate).await;
        // A reset (even one whose answer was lost) changes what the server says of the
        // token: nothing cached from before may answer for it again.
        if let (true, Some(origin)) = (rotate, origin) {
            services.cache.forget(&origin);
        }
        let _ = tx.send(Msg::UnlinkReport(outcome));
    });
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
                numbers: checked.numbers(),
                secret_missing: matches!(
                    checked.secret_error,
                    Some(crate::store::StoreError::SecretMissing { .. })
                ),
            };
            if tx.send(Msg::Status(row)).is_err() {
                return;
            }
            done.push(checked);
        }
        let at = jiff::Timestamp::now();
        let (verified, error) = match record_verified(store, &done, at).await {
            Ok(ids) => (ids, None),
            Err(e) => (Vec::new(), Some(Arc::new(e))),
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
    let id = req.expected.id;
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
    if let Err(StoreError::Conflict { .. }) = &outcome {
        // What is on disk now, for the review to show and to build on.
        let reader = Arc::clone(&store);
        let now = crate::store::off_thread(move || reader.config())
            .await
            .ok()
            .and_then(|c| c.profiles.into_iter().find(|(_, r)| r.id == id))
            .map(|(n, r)| (n, Box::new(r)));
        return Err(SaveError::Changed { now });
    }
    match super::saved(&store, kind, outcome, &host, account_id, &requested) {
        // Only a new profile may fall back to the file store; an edit keeps its store.
        Err(SaveError::KeyringUnavailable { reason }) => Err(SaveError::Other {
            message: t!(
                wizard_done_save_failed,
                name = requested.as_str(),
                error = reason
            ),
        }),
        other => other,
    }
}

/// Unlink as `remove` does it (the link layer's unlink); the outcome as data for the view.
pub async fn unlink(
    services: &Services,
    name: String,
    record: ProfileRecord,
    rotate: bool,
) -> UnlinkReport {
    let d = &record.data;
    let mut outcome = UnlinkReport {
        name: name.clone(),
        host: host(&d.url),
        account_id: d.account_id,
        account_name: d.account_name.clone(),
        others: Vec::new(),
        result: Err(String::new()),
    };
    // The profile and the others holding the same token, as on disk now.
    let target = match link::sharing(&services.store, &name).await {
        Ok(t) => t,
        Err(e) => {
            outcome.result = Err(e.to_string());
            return outcome;
        }
    };
    outcome.others = target.others.iter().map(|(n, _)| n.clone()).collect();
    let reset = rotate.then_some(&services.cache);
    outcome.result = link::unlink(&services.store, &target, reset)
        .await
        .map(|done| facts(&done))
        .map_err(|e| e.to_string());
    outcome
}

fn facts(done: &Unlinked) -> crate::tui::model::Unlinked {
    let o = &done.outcome;
    crate::tui::model::Unlinked {
        token_store: o.record.token_store,
        secret: match &o.secret {
            SecretRemoval::Deleted => SecretFate::Deleted,
            SecretRemoval::AlreadyGone => SecretFate::AlreadyGone,
            SecretRemoval::Shared(users) => SecretFate::Shared(users.clone()),
            SecretRemoval::Failed(e) => SecretFate::Failed(e.to_string()),
        },
        default: o.default.clone(),
        rotated: done.rotated,
        warnings: done.warnings.iter().map(ToString::to_string).collect(),
        later: done.later.as_ref().map(ToString::to_string),
    }
}

#[cfg(test)]
mod tests;
