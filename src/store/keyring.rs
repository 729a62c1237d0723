//! The OS keyring through `keyring-core`, with the platform store built here (never the
//! process-global default store, which a host program may own).
//!
//! Every call runs on its own detached thread with a timeout: a keyring waiting for an
//! unlock prompt must not hang the program, and the thread is never joined on the way out.

use std::collections::HashMap;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use keyring_core::CredentialStore;

use crate::secret::Token;

use super::config::TokenStoreKind;
use super::error::{KeyringError, StoreError};
use super::secrets::SecretStore;

#[cfg(target_os = "linux")]
#[path = "keyring/linux.rs"]
mod platform;
#[cfg(target_os = "macos")]
#[path = "keyring/macos.rs"]
mod platform;
#[cfg(target_os = "windows")]
#[path = "keyring/windows.rs"]
mod platform;
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
#[path = "keyring/other.rs"]
mod platform;

/// The keyring `service` of every entry.
pub const SERVICE: &str = "chatwoot-link";

/// What keyring browsers show for a profile's entry:
/// `chatwoot-link: acme (chat.example.com, account 1)`. The one format, for the entries the
/// store writes and for a face telling where a token goes.
pub fn label(name: &str, url: &str, account_id: impl std::fmt::Display) -> String {
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    format!("{SERVICE}: {name} ({host}, account {account_id})")
}

/// How long a keyring call may take (an unlock prompt may be open).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(25);

/// After this long, the wait notice is given.
const NOTICE_AFTER: Duration = Duration::from_secs(1);

/// What the wait notice says, in English (the notice itself is `store-keyring-wait`, shown
/// in the current language).
pub const WAIT_NOTICE: &str = "waiting for the keyring: is an unlock prompt open?";

/// Called once per slow keyring call with [`WAIT_NOTICE`].
pub type Notice = Arc<dyn Fn(&str) + Send + Sync>;

type Shared = Arc<Mutex<Held>>;

/// The platform store, once built. Dropping the D-Bus connection inside it blocks on
/// zbus's own runtime, which panics on a thread that drives a tokio runtime (as the CLI's
/// main thread does): so the last reference is dropped on a detached thread of its own.
#[derive(Default)]
struct Held(Option<Arc<CredentialStore>>);

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(store) = self.0.take() {
            let _ = std::thread::Builder::new()
                .name("keyring-drop".to_owned())
                .spawn(move || drop(store));
        }
    }
}

/// The OS keyring. Cheap to create: nothing is contacted until the first call.
#[derive(Clone)]
pub struct KeyringStore {
    store: Shared,
    timeout: Duration,
    notice: Option<Notice>,
}

impl std::fmt::Debug for KeyringStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyringStore")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Default for KeyringStore {
    fn default() -> Self {
        Self::new()
    }
}

impl KeyringStore {
    pub fn new() -> Self {
        Self {
            store: Arc::new(Mutex::new(Held::default())),
            timeout: DEFAULT_TIMEOUT,
            notice: None,
        }
    }

    /// Changes the per-call timeout (tests use a short one).
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets what is told after a call has waited one second.
    #[must_use]
    pub fn with_notice(mut self, notice: Notice) -> Self {
        self.notice = Some(notice);
        self
    }

    /// Runs `op` on a detached thread, building the platform store there on first use.
    fn call<T: Send + 'static>(
        &self,
        op: impl FnOnce(&CredentialStore) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (tx, rx) = mpsc::channel();
        let shared = Arc::clone(&self.store);
        let spawned = std::thread::Builder::new()
            .name("keyring".to_owned())
            .spawn(move || {
                let store = {
                    let mut guard = shared.lock().unwrap_or_else(PoisonError::into_inner);
                    match guard.0.as_ref() {
                        Some(s) => Ok(Arc::clone(s)),
                        None => platform::new_store().inspect(|s| guard.0 = Some(Arc::clone(s))),
                    }
                };
                let _ = tx.send(store.and_then(|s| op(s.as_ref())));
            });
        if let Err(e) = spawned {
            return Err(KeyringError::Platform {
                detail: crate::i18n::msg!(store_thread_failed, error = e.to_string()),
            }
            .into());
        }
        let first = NOTICE_AFTER.min(self.timeout);
        match rx.recv_timeout(first) {
            Ok(r) => return r,
            Err(RecvTimeoutError::Disconnected) => return Err(crashed()),
            Err(RecvTimeoutError::Timeout) => {}
        }
        if let Some(notice) = &self.notice {
            notice(&crate::i18n::t!(store_keyring_wait));
        }
        match rx.recv_timeout(self.timeout.saturating_sub(first)) {
            Ok(r) => r,
            Err(RecvTimeoutError::Disconnected) => Err(crashed()),
            Err(RecvTimeoutError::Timeout) => Err(KeyringError::Timeout {
                secs: self.timeout.as_secs().max(1),
            }
            .into()),
        }
    }
}

fn crashed() -> StoreError {
    KeyringError::Platform {
        detail: crate::i18n::msg!(store_keyring_call_stopped),
    }
    .into()
}

/// Maps a `keyring-core` error of an entry operation.
#[allow(clippy::needless_pass_by_value)] // the shape `map_err` wants
fn op_error(e: keyring_core::Error) -> StoreError {
    platform::classify(&e).into()
}

impl SecretStore for KeyringStore {
    fn kind(&self) -> TokenStoreKind {
        TokenStoreKind::Keyring
    }

    fn describe(&self) -> crate::i18n::Msg {
        platform::description()
    }

    fn set(&self, key: &str, label: &str, token: &Token) -> Result<(), StoreError> {
        let (key, label, token) = (key.to_owned(), label.to_owned(), token.clone());
        self.call(move |s| {
            let mods: HashMap<&str, &str> = platform::label_modifiers(&label);
            let entry = s.build(SERVICE, &key, Some(&mods)).map_err(op_error)?;
            entry.set_password(token.expose()).map_err(op_error)
        })
    }

    fn get(&self, key: &str) -> Result<Option<Token>, StoreError> {
        let key = key.to_owned();
        self.call(move |s| {
            let entry = s.build(SERVICE, &key, None).map_err(op_error)?;
            match entry.get_password() {
                Ok(p) => Ok(Some(Token::from_trusted(p))),
                Err(keyring_core::Error::NoEntry) => Ok(None),
                Err(e) => Err(op_error(e)),
            }
        })
    }

    fn delete(&self, key: &str) -> Result<bool, StoreError> {
        let key = key.to_owned();
        self.call(move |s| {
            let entry = s.build(SERVICE, &key, None).map_err(op_error)?;
            match entry.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring_core::Error::NoEntry) => Ok(false),
                Err(e) => Err(op_error(e)),
            }
        })
    }

    fn relabel(&self, key: &str, label: &str) -> Result<(), StoreError> {
        let (key, label) = (key.to_owned(), label.to_owned());
        self.call(move |s| {
            let entry = s.build(SERVICE, &key, None).map_err(op_error)?;
            platform::relabel(&entry, &label).map_err(op_error)
        })
    }

    fn list(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        let prefix = prefix.to_owned();
        self.call(move |s| {
            let spec: HashMap<&str, &str> = HashMap::from([("service", SERVICE)]);
            let entries = match s.search(&spec) {
                Ok(e) => e,
                Err(keyring_core::Error::NotSupportedByStore(_)) => return Ok(None),
                Err(e) => return Err(op_error(e)),
            };
            let mut keys: Vec<String> = entries
                .iter()
                .filter_map(keyring_core::Entry::get_specifiers)
                .filter(|(service, user)| service == SERVICE && user.starts_with(&prefix))
                .map(|(_, user)| user)
                .collect();
            keys.sort();
            keys.dedup();
            Ok(Some(keys))
        })
    }
}

#[cfg(test)]
mod label_tests {
    #[test]
    fn the_label_names_profile_host_and_account() {
        assert_eq!(
            super::label("acme", "https://chat.example.com:8443", 1),
            "chatwoot-link: acme (chat.example.com:8443, account 1)"
        );
        assert_eq!(
            super::label("x", "chat.example.com", "7"),
            "chatwoot-link: x (chat.example.com, account 7)"
        );
    }
}
