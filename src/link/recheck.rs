//! Re-checking saved profiles live, all at once: what `status` and the wizard's home screen
//! share. One [`Cache`] for the run, so profiles with the same URL and token share their
//! requests; each profile has its own time limit; the token is read off the async workers
//! (a keyring call may wait for an unlock prompt). Profiles that pass get a new
//! `verified_at`, for all of them in one config write ([`record_verified`]).

use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{FuturesUnordered, Stream, StreamExt};
use jiff::Timestamp;
use uuid::Uuid;

use crate::checks::{self, Cache, CheckId, CheckInputs, CheckReport, CheckUpdate, Code, Status};
use crate::i18n::msg;
use crate::store::{Config, ProfileRecord, Store, StoreError, normalize_name, off_thread};

use super::LinkError;

/// Extra time a profile gets beyond the request timeout (its requests run concurrently).
pub const PROFILE_SLACK: Duration = Duration::from_secs(5);

/// One profile's result.
#[derive(Debug)]
pub struct Rechecked {
    pub name: String,
    pub record: ProfileRecord,
    pub report: CheckReport,
    /// The token could not be read: nothing was sent.
    pub secret_error: Option<StoreError>,
}

impl Rechecked {
    /// Every check passed (ok or warn) and the token was readable.
    pub fn passed(&self) -> bool {
        self.report.ok && self.secret_error.is_none()
    }

    /// The WhatsApp numbers this check found for the profile (see [`super::whatsapp_numbers`]).
    pub fn numbers(&self) -> Option<Vec<String>> {
        super::whatsapp_numbers(&self.report, &self.record.data.inbox_ids)
    }

    /// The outcome in one status and one line: the first failure, else the first warning,
    /// else "all checks passed". Server text is sanitised.
    pub fn summary(&self) -> (Status, String) {
        let (status, message) = if let Some(e) = &self.secret_error {
            (
                Status::Fail,
                msg!(link_token_unreadable_short, cause = e.msg()),
            )
        } else if let Some(f) = self.report.checks.iter().find(|x| x.status == Status::Fail) {
            (Status::Fail, super::many::check_said(f))
        } else if let Some(w) = self.report.checks.iter().find(|x| x.status == Status::Warn) {
            (Status::Warn, super::many::check_said(w))
        } else {
            (Status::Ok, msg!(link_all_passed))
        };
        (status, crate::sanitize::sanitize(&message.to_string()))
    }
}

/// Re-checks every profile at once; results come in the order they finish.
pub fn recheck_all(
    store: &Arc<Store>,
    cache: &Cache,
    profiles: Vec<(String, ProfileRecord)>,
    limit: Duration,
) -> impl Stream<Item = Rechecked> + use<> {
    profiles
        .into_iter()
        .map(|(name, record)| recheck_one(Arc::clone(store), cache.clone(), name, record, limit))
        .collect::<FuturesUnordered<_>>()
}

/// Reads the profile's token and runs every check on its saved values within `limit`.
// Owned arguments: the future outlives the caller's borrows (it runs in a set of many).
#[allow(clippy::needless_pass_by_value)]
pub async fn recheck_one(
    store: Arc<Store>,
    cache: Cache,
    name: String,
    record: ProfileRecord,
    limit: Duration,
) -> Rechecked {
    let token = {
        let (n, r) = (name.clone(), record.clone());
        // The profile's trusted certificate comes with its token: without it the check
        // would judge the server by the system store.
        off_thread(move || Ok((store.read_token(&n, &r)?, store.trusted_cert(r.id)?))).await
    };
    let token = token.map(|(token, cert)| {
        if let Ok(origin) = url::Url::parse(&record.data.url)
            && let Err(e) = cache.trust(&origin, cert.as_ref())
        {
            // Logs are English whatever the language shown.
            let e = crate::i18n::with_language(crate::i18n::Lang::En, || e.to_string());
            tracing::warn!(profile = %name, "cannot trust the profile's certificate: {e}");
        }
        token
    });
    let token = match token {
        Ok(t) => t,
        Err(e) => {
            let mut report = CheckReport::new();
            report.url = Some(record.data.url.clone());
            for id in CheckId::ALL {
                report.apply(&CheckUpdate::new(
                    id,
                    Status::Skipped,
                    Code::NotChecked,
                    msg!(link_not_checked_token),
                ));
            }
            report.ok = false;
            return Rechecked {
                name,
                record,
                report,
                secret_error: Some(e),
            };
        }
    };
    let inputs = CheckInputs {
        url: record.data.url.clone(),
        email: Some(record.data.email.clone()),
        token: Some(token),
        account_id: Some(record.data.account_id.to_string()),
        // Plain http to a remote host was allowed explicitly when the profile was saved.
        allow_http: true,
        // A chosen inbox that is gone or disconnected fails the profile.
        inbox_ids: record.data.inbox_ids.clone(),
    };
    let mut report = CheckReport::new();
    let mut updates = pin!(checks::run(inputs, &cache));
    let mut deadline = pin!(tokio::time::sleep(limit));
    loop {
        tokio::select! {
            u = updates.next() => match u {
                Some(u) => report.apply(&u),
                None => break,
            },
            () = &mut deadline => {
                for id in CheckId::ALL {
                    if !report.is_finished(id) {
                        report.apply(&CheckUpdate::new(
                            id,
                            Status::Fail,
                            Code::Timeout,
                            msg!(link_no_answer, seconds = limit.as_secs()),
                        ));
                    }
                }
                break;
            }
        }
    }
    Rechecked {
        name,
        record,
        report,
        secret_error: None,
    }
}

/// Records `when` as `verified_at` of every profile that passed, in one config write.
/// Returns the ids written (empty when none passed; nothing is written then).
pub async fn record_verified(
    store: Arc<Store>,
    done: &[Rechecked],
    when: Timestamp,
) -> Result<Vec<Uuid>, LinkError> {
    let passed: Vec<Uuid> = done
        .iter()
        .filter(|c| c.passed())
        .map(|c| c.record.id)
        .collect();
    if passed.is_empty() {
        return Ok(passed);
    }
    let ids = passed.clone();
    off_thread(move || store.touch_verified_all(&ids, when)).await?;
    Ok(passed)
}

/// The profiles to check: the named ones (each once); with none, `CHATWOOT_LINK_PROFILE`,
/// else all.
pub fn select(
    config: &Config,
    names: Vec<String>,
) -> Result<Vec<(String, ProfileRecord)>, LinkError> {
    let names = if names.is_empty() {
        match std::env::var(crate::profile::PROFILE_ENV) {
            Ok(n) if !n.trim().is_empty() => vec![n],
            _ => {
                return Ok(config
                    .profiles
                    .iter()
                    .map(|(n, r)| (n.clone(), r.clone()))
                    .collect());
            }
        }
    } else {
        names
    };
    let mut out: Vec<(String, ProfileRecord)> = Vec::new();
    for n in names {
        let name = normalize_name(&n)?;
        let Some(record) = config.profiles.get(&name) else {
            return Err(StoreError::UnknownProfile {
                name,
                known: config.profiles.keys().cloned().collect(),
            }
            .into());
        };
        if !out.iter().any(|(seen, _)| *seen == name) {
            out.push((name, record.clone()));
        }
    }
    Ok(out)
}
