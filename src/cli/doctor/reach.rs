//! Connectivity: each profile's URL must answer `GET /api` as a Chatwoot root. Profiles on
//! the same URL share one request; no token is sent.

use std::collections::BTreeMap;

use url::Url;

use crate::checks::Cache;
use crate::cli::GlobalArgs;
use crate::i18n::{Lang, t, with_language};
use crate::link::host;
use crate::store::{ProfileRecord, Store};

/// Doctor waits at most this long for a server (less when `--timeout` is shorter): it
/// diagnoses, a slow server is worth reporting rather than waiting for.
const REACH_TIMEOUT_SECS: f64 = 5.0;

/// Whether one profile's server answered.
#[derive(Debug)]
pub struct Reach {
    pub name: String,
    /// The host, safe to print.
    pub host: String,
    /// The Chatwoot version, or what went wrong and what to do.
    pub result: Result<String, Failed>,
    /// The server reports Redis or Postgres as failing.
    pub degraded: bool,
}

/// What went wrong and what to do: for people (the current language) and for `--json`.
#[derive(Debug)]
pub struct Failed {
    pub text: String,
    pub english: String,
}

impl Failed {
    /// `say` worded in the current language and in English.
    fn new(say: impl Fn() -> String) -> Self {
        Self {
            text: say(),
            english: with_language(Lang::En, &say),
        }
    }
}

/// Asks every profile's server at once.
pub async fn all(
    store: &Store,
    profiles: &BTreeMap<String, ProfileRecord>,
    global: &GlobalArgs,
) -> Vec<Reach> {
    let options =
        crate::checks::ClientOptions::with_timeout_secs(global.timeout.min(REACH_TIMEOUT_SECS));
    let cache = match Cache::new(options) {
        Ok(c) => c,
        Err(e) => {
            return profiles
                .iter()
                .map(|(name, r)| failed(name, r, Failed::new(|| e.to_string())))
                .collect();
        }
    };
    futures::future::join_all(profiles.iter().map(|(name, r)| one(&cache, store, name, r))).await
}

async fn one(cache: &Cache, store: &Store, name: &str, record: &ProfileRecord) -> Reach {
    let Ok(origin) = Url::parse(&record.data.url) else {
        return failed(
            name,
            record,
            Failed::new(|| t!(doctor_server_stored_url, name = name)),
        );
    };
    // Judged by the certificate the profile trusts, as every other command does.
    match store.trusted_cert(record.id) {
        Ok(cert) => {
            if let Err(e) = cache.trust(&origin, cert.as_ref()) {
                return failed(name, record, Failed::new(|| e.to_string()));
            }
        }
        Err(e) => return failed(name, record, Failed::new(|| e.to_string())),
    }
    match cache.server_info(&origin).await {
        Ok(info) => Reach {
            name: name.to_owned(),
            host: host(&record.data.url),
            result: Ok(info.version.clone()),
            degraded: info.is_degraded(),
        },
        Err(e) => failed(name, record, Failed::new(|| e.to_string())),
    }
}

fn failed(name: &str, record: &ProfileRecord, message: Failed) -> Reach {
    Reach {
        name: name.to_owned(),
        host: host(&record.data.url),
        result: Err(message),
        degraded: false,
    }
}
