//! What the commands that check live and save share: opening the store, mapping its errors
//! to exit codes, running store calls off the async workers, the `list --json` entry of a
//! profile, the facts a passing check report gives a profile, and confirmations.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::sync::Arc;

use jiff::Timestamp;
use serde::Serialize;
use uuid::Uuid;

use super::args::GlobalArgs;
use super::{Exit, Failure};
use crate::checks::{CheckReport, ClientOptions, Code, Warning};
use crate::store::{
    Config, ErrorClass, KeyringStore, ProfileData, ProfileRecord, Store, StoreError, TokenStoreKind,
};

/// Opens DIR with the OS keyring, telling stderr when a keyring call waits (unlock prompt).
pub fn open_store(global: &GlobalArgs) -> Result<Arc<Store>, Failure> {
    let notice: crate::store::Notice = Arc::new(|m: &str| eprintln!("{m}"));
    Store::open_with_keyring(
        global.config_dir.clone(),
        KeyringStore::new().with_notice(notice),
    )
    .map(Arc::new)
    .map_err(store_failure)
}

/// A store error as a failure: exit 2 for a bad or unknown name, else exit 3.
#[allow(clippy::needless_pass_by_value)] // the shape `map_err` wants
pub fn store_failure(e: StoreError) -> Failure {
    let exit = match e.class() {
        ErrorClass::Usage => Exit::Usage,
        ErrorClass::Storage => Exit::Storage,
    };
    Failure::new(exit, e.to_string())
}

/// Runs a (possibly slow: keyring, lock, fsync) store call without holding an async worker.
/// The keyring itself never hangs past its timeout, and `main` never joins blocking threads.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(StoreError::Internal(format!("a store task failed: {e}"))))
}

/// Client options of one command run (`--timeout`).
pub fn client_options(global: &GlobalArgs) -> ClientOptions {
    ClientOptions::with_timeout_secs(global.timeout)
}

/// One profile as `list --json` shows it (never the token or its reference).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileEntry {
    pub name: String,
    pub id: Uuid,
    pub url: String,
    pub email: String,
    pub account_id: u64,
    pub account_name: String,
    pub user_id: u64,
    pub user_name: String,
    pub role: String,
    pub server_version: String,
    pub verified_at: Timestamp,
    pub token_store: TokenStoreKind,
}

impl ProfileEntry {
    pub fn new(name: &str, record: &ProfileRecord) -> Self {
        let d = &record.data;
        Self {
            name: name.to_owned(),
            id: record.id,
            url: d.url.clone(),
            email: d.email.clone(),
            account_id: d.account_id,
            account_name: d.account_name.clone(),
            user_id: d.user_id,
            user_name: d.user_name.clone(),
            role: d.role.clone(),
            server_version: d.server_version.clone(),
            verified_at: d.verified_at,
            token_store: record.token_store,
        }
    }
}

/// The facts a passing report gives a profile, verified now. `None` when the report lacks
/// one (the email or account was not checked): nothing may be saved from it.
pub fn profile_data(report: &CheckReport) -> Option<ProfileData> {
    let url = report.url.clone()?;
    let user = report.user.as_ref()?;
    let account = report.account.as_ref()?;
    let server = report.server.as_ref()?;
    Some(ProfileData {
        url,
        email: user.email.to_lowercase(),
        account_id: account.id,
        account_name: account.name.clone(),
        user_id: user.id,
        user_name: user.name.clone(),
        role: account.role.clone(),
        server_version: server.version.clone(),
        verified_at: Timestamp::now(),
    })
}

/// The profiles other than `except` that link the same URL and account.
pub fn same_link<'a>(config: &'a Config, data: &ProfileData, except: Option<&str>) -> Vec<&'a str> {
    config
        .profiles
        .iter()
        .filter(|(name, r)| {
            Some(name.as_str()) != except
                && r.data.url == data.url
                && r.data.account_id == data.account_id
        })
        .map(|(name, _)| name.as_str())
        .collect()
}

/// The `already_linked` warning, when `others` is not empty.
pub fn already_linked(others: &[&str], data: &ProfileData) -> Option<Warning> {
    if others.is_empty() {
        return None;
    }
    Some(Warning {
        code: Code::AlreadyLinked,
        message: format!(
            "{} account {} is already linked as {}: two profiles for one account are easy to mix up",
            host(&data.url),
            data.account_id,
            others.join(", ")
        ),
    })
}

/// The local profiles that hold the token of `user_id` on `url` (Chatwoot has one token per
/// user), the named one first.
pub fn sharing_token(
    config: &Config,
    name: &str,
    record: &ProfileRecord,
) -> Vec<(String, ProfileRecord)> {
    let mut out = vec![(name.to_owned(), record.clone())];
    out.extend(
        config
            .profiles
            .iter()
            .filter(|(n, r)| {
                n.as_str() != name
                    && r.data.url == record.data.url
                    && r.data.user_id == record.data.user_id
            })
            .map(|(n, r)| (n.clone(), r.clone())),
    );
    out
}

/// `chat.example.com` of `https://chat.example.com`.
pub fn host(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest)
}

/// Where a token store keeps things, for messages.
pub fn store_place(kind: TokenStoreKind) -> &'static str {
    match kind {
        TokenStoreKind::Keyring => "the OS keyring",
        TokenStoreKind::File => "tokens.toml (plain text, 0600)",
    }
}

/// Asks `question` on the terminal unless `yes`. No terminal and no `--yes`: exit 2;
/// anything but y/yes: exit 130 (nothing changed).
pub async fn confirm(question: String, yes: bool, what: &str) -> Result<(), Failure> {
    if yes {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Failure::usage(format!(
            "{what} needs a confirmation and there is no terminal to ask on: pass --yes"
        )));
    }
    let answer = tokio::task::spawn_blocking(move || {
        eprint!("{question} [y/N] ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map(|_| line)
    });
    let answer = tokio::select! {
        a = answer => a.ok().and_then(Result::ok).unwrap_or_default(),
        () = super::check::interrupted() => String::new(),
    };
    if matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(Failure::new(
            Exit::Interrupted,
            "cancelled; nothing was changed",
        ))
    }
}
