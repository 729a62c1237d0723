//! Linked profiles: `profiles.toml` in DIR for the facts, a secret store for the tokens,
//! and the crash-safe transactions between them (docs/storage.md).
//!
//! Order of every save: write the new secret, read it back, write the config pointing at it,
//! then delete the old secret. Revoke: remove the config entry, then the secret. A crash at
//! any point leaves the old or the new profile whole plus at most one orphaned secret,
//! which [`Store::doctor`] names and [`Store::remove_orphans`] deletes.
//!
//! The config lock is held only around config writes, never across a keyring call (which
//! may wait for an unlock prompt); instead each write re-reads the file under the lock and
//! checks that what it is about to change is still what the caller saw.
//!
//! Between writing a new secret and committing the config that points at it, that secret
//! looks orphaned. So a save holds `secrets.lock` shared over that window and
//! `doctor --fix` takes it exclusively to delete orphans: saves never wait for each other,
//! and no in-flight secret is deleted. Lock order: `secrets.lock`, then `profiles.lock`.

mod certs;
mod config;
mod doctor;
mod error;
pub mod faults;
mod fields;
mod file_secrets;
mod fsio;
mod keyring;
mod leftovers;
mod missing;
mod name;
mod safety;
mod secrets;
mod shared;
mod transactions;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use uuid::Uuid;

pub use certs::CERTS_DIR;
pub use config::{Config, ProfileData, ProfileRecord, SCHEMA, TokenStoreKind};
pub use doctor::{
    BackendReport, DoctorReport, Orphan, OrphanRemoval, PermissionIssue, SecretProblem,
};
pub use error::{ErrorClass, IoAction, KeyringError, StoreError};
pub use file_secrets::{FILE_NAME as TOKENS_FILE, FileSecretStore};
pub use fsio::{RealWriter, Writer};
pub use keyring::{
    DEFAULT_TIMEOUT as KEYRING_TIMEOUT, KeyringStore, Notice, SERVICE, WAIT_NOTICE,
    label as keyring_label,
};
pub use leftovers::{Leftover, LeftoverRemoval};
pub use missing::reenter_command;
pub use name::{NAME_MAX, NameProblem, closest, normalize_name, slug};
pub use safety::{Exposure, UnsafePath};
pub use secrets::{MemorySecretStore, SecretStore};
pub use transactions::{RevokeOutcome, SaveOutcome, SecretRemoval};

use crate::secret::Token;
use fsio::{DirLock, Durability};

/// The config file's name in DIR.
pub const CONFIG_FILE: &str = "profiles.toml";
/// The lock file's name in DIR (never renamed or deleted).
pub const LOCK_FILE: &str = "profiles.lock";
/// Held shared by saves from writing a new secret until the config points at it, and
/// exclusively by [`Store::remove_orphans`] (never renamed or deleted).
pub const SECRETS_LOCK_FILE: &str = "secrets.lock";
/// The environment variable naming DIR.
pub const CONFIG_DIR_ENV: &str = "CHATWOOT_LINK_CONFIG_DIR";
/// How long a write waits for another process holding the lock.
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// DIR and its stores. Cheap to open and to clone: nothing is read or contacted until used.
///
/// Every method blocks (a keyring call may wait up to [`KEYRING_TIMEOUT`] for an unlock
/// prompt). From async code use [`off_thread`], not `spawn_blocking`: a blocking task that
/// hangs would make the runtime's shutdown wait for it.
#[derive(Clone)]
pub struct Store {
    dir: PathBuf,
    writer: Arc<dyn Writer>,
    keyring: Arc<dyn SecretStore>,
    file: Arc<dyn SecretStore>,
    lock_timeout: Duration,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// Assembles a [`Store`] from parts; tests swap in failing writers and secret stores.
pub struct StoreBuilder {
    dir: PathBuf,
    writer: Arc<dyn Writer>,
    keyring: Option<Arc<dyn SecretStore>>,
    file: Option<Arc<dyn SecretStore>>,
    lock_timeout: Duration,
}

impl StoreBuilder {
    /// The file writer (default: the real file system).
    #[must_use]
    pub fn writer(mut self, writer: Arc<dyn Writer>) -> Self {
        self.writer = writer;
        self
    }

    /// The backend of `token_store = "keyring"` (default: the OS keyring).
    #[must_use]
    pub fn keyring(mut self, store: Arc<dyn SecretStore>) -> Self {
        self.keyring = Some(store);
        self
    }

    /// The backend of `token_store = "file"` (default: `tokens.toml` in DIR).
    #[must_use]
    pub fn file_store(mut self, store: Arc<dyn SecretStore>) -> Self {
        self.file = Some(store);
        self
    }

    /// How long writes wait for the lock (default [`LOCK_TIMEOUT`]).
    #[must_use]
    pub fn lock_timeout(mut self, timeout: Duration) -> Self {
        self.lock_timeout = timeout;
        self
    }

    pub fn build(self) -> Store {
        let file = self.file.unwrap_or_else(|| {
            Arc::new(FileSecretStore::new(
                &self.dir,
                Arc::clone(&self.writer),
                self.lock_timeout,
            ))
        });
        Store {
            keyring: self
                .keyring
                .unwrap_or_else(|| Arc::new(KeyringStore::new())),
            file,
            writer: self.writer,
            lock_timeout: self.lock_timeout,
            dir: self.dir,
        }
    }
}

/// Runs `f` (a store operation) on a detached thread and awaits its result. If the future
/// is dropped (the user quit), the thread finishes on its own and nobody waits for it.
pub async fn off_thread<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("store".to_owned())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| {
            StoreError::Internal(crate::i18n::msg!(
                store_thread_failed,
                error = e.to_string()
            ))
        })?;
    rx.await
        .map_err(|_| StoreError::Internal(crate::i18n::msg!(store_operation_stopped)))?
}

/// DIR: the given one, else `CHATWOOT_LINK_CONFIG_DIR`, else the platform config dir.
pub fn resolve_dir(dir: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    if let Some(d) = dir {
        return Ok(d);
    }
    if let Some(d) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "chatwoot-link")
        .map(|p| p.config_dir().to_owned())
        .ok_or(StoreError::NoConfigDir)
}

impl Store {
    /// Opens DIR (see [`resolve_dir`]) with the OS keyring and `tokens.toml`.
    pub fn open(dir: Option<PathBuf>) -> Result<Self, StoreError> {
        Ok(Self::builder(resolve_dir(dir)?).build())
    }

    /// Opens DIR with the OS keyring built with `keyring` (e.g. a wait notice or timeout).
    pub fn open_with_keyring(
        dir: Option<PathBuf>,
        keyring: KeyringStore,
    ) -> Result<Self, StoreError> {
        Ok(Self::builder(resolve_dir(dir)?)
            .keyring(Arc::new(keyring))
            .build())
    }

    /// Opens DIR with the OS keyring telling `notice` when a call waits (an unlock prompt).
    pub fn open_with_notice(dir: Option<PathBuf>, notice: Notice) -> Result<Self, StoreError> {
        Self::open_with_keyring(dir, KeyringStore::new().with_notice(notice))
    }

    /// A builder for DIR with the default parts.
    pub fn builder(dir: impl Into<PathBuf>) -> StoreBuilder {
        StoreBuilder {
            dir: dir.into(),
            writer: Arc::new(RealWriter),
            keyring: None,
            file: None,
            lock_timeout: LOCK_TIMEOUT,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `DIR/profiles.toml`.
    pub fn config_path(&self) -> PathBuf {
        self.dir.join(CONFIG_FILE)
    }

    /// The backend that keeps tokens of `kind`.
    pub fn secrets(&self, kind: TokenStoreKind) -> &Arc<dyn SecretStore> {
        match kind {
            TokenStoreKind::Keyring => &self.keyring,
            TokenStoreKind::File => &self.file,
        }
    }

    /// A read-only snapshot of `profiles.toml` (empty when the file does not exist yet).
    /// Works on a newer schema; fails with the position of a parse error.
    pub fn config(&self) -> Result<Config, StoreError> {
        let path = self.config_path();
        match fsio::read_optional(&path)? {
            // An empty file (created by hand) holds nothing; a crash cannot make one, since
            // files are only ever replaced whole.
            None => Ok(Config::empty()),
            Some(text) if text.trim().is_empty() => Ok(Config::empty()),
            Some(text) => Config::parse(&path, &text),
        }
    }

    /// The profile `name` (any case), or the default one when `name` is `None`.
    /// Returns the normalised name and the record.
    pub fn profile(&self, name: Option<&str>) -> Result<(String, ProfileRecord), StoreError> {
        self.config()?.find(name)
    }

    /// Proves the backend of `kind` can store a token (write, read back, delete).
    pub fn probe(&self, kind: TokenStoreKind) -> Result<(), StoreError> {
        self.secrets(kind).probe()
    }

    /// The token of a profile. "No such entry" from the backend becomes
    /// [`StoreError::SecretMissing`] only after a probe of that backend succeeded; otherwise
    /// the probe's error (a locked keyring) is returned.
    pub fn read_token(&self, name: &str, record: &ProfileRecord) -> Result<Token, StoreError> {
        let store = self.secrets(record.token_store);
        if let Some(token) = store.get(&record.token_ref)? {
            return Ok(token);
        }
        store.probe()?;
        // The probe may have unlocked the keyring: ask once more before calling it missing.
        if let Some(token) = store.get(&record.token_ref)? {
            return Ok(token);
        }
        Err(StoreError::SecretMissing {
            name: name.to_owned(),
            store: record.token_store,
            token_ref: record.token_ref.clone(),
        })
    }

    /// Proves that `profiles.toml` can be written now: it parses, is not of a newer schema,
    /// the lock can be taken and DIR takes a new file. Nothing is changed. For callers that
    /// must not start something irreversible (a token reset on the server) they cannot save.
    pub fn check_writable(&self) -> Result<(), StoreError> {
        self.ensure_safe()?;
        fsio::ensure_dir(&self.dir)?;
        let _lock = DirLock::acquire(&self.dir.join(LOCK_FILE), self.lock_timeout)?;
        let config = self.config()?;
        if !config.writable() {
            return Err(StoreError::NewerSchema {
                path: self.config_path(),
                found: config.schema,
            });
        }
        fsio::prove_dir_writable(self.writer.as_ref(), &self.dir)
    }

    /// Read-modify-write of `profiles.toml` under the lock. `f` sees the file as it is now;
    /// when it fails nothing is written. A corrupt or newer file is never written.
    fn mutate<R>(
        &self,
        f: impl FnOnce(&mut Config) -> Result<R, StoreError>,
    ) -> Result<(R, Durability), StoreError> {
        self.ensure_safe()?;
        fsio::ensure_dir(&self.dir)?;
        let _lock = DirLock::acquire(&self.dir.join(LOCK_FILE), self.lock_timeout)?;
        let mut config = self.config()?;
        if !config.writable() {
            return Err(StoreError::NewerSchema {
                path: self.config_path(),
                found: config.schema,
            });
        }
        let before = config.clone();
        let r = f(&mut config)?;
        if config == before && config.instance.is_some() {
            return Ok((r, Durability::Synced)); // nothing changed: no write
        }
        config.schema = SCHEMA;
        if config.instance.is_none() {
            config.instance = Some(Uuid::new_v4());
        }
        let text = config.render()?;
        let written =
            fsio::atomic_write(self.writer.as_ref(), &self.config_path(), text.as_bytes());
        match &written {
            Ok(d) => tracing::info!(
                path = %self.config_path().display(),
                profiles = config.profiles.len(),
                durable = matches!(d, Durability::Synced),
                "profiles.toml written"
            ),
            Err(e) => tracing::warn!("profiles.toml not written: {e}"),
        }
        Ok((r, written?))
    }

    /// Marks a save in flight (see the module comment) until the guard is dropped.
    fn secret_in_flight(&self) -> Result<DirLock, StoreError> {
        // Refused before the secret is written, not after (a save writes tokens.toml too).
        self.ensure_safe()?;
        fsio::ensure_dir(&self.dir)?;
        DirLock::acquire_shared(&self.dir.join(SECRETS_LOCK_FILE), self.lock_timeout)
    }

    /// Waits until no save has a secret in flight and keeps others from starting one.
    fn no_secret_in_flight(&self) -> Result<DirLock, StoreError> {
        self.ensure_safe()?;
        fsio::ensure_dir(&self.dir)?;
        DirLock::acquire(&self.dir.join(SECRETS_LOCK_FILE), self.lock_timeout)
    }

    /// This DIR's instance id, writing it (once) when the file has none yet, so that a
    /// secret written before the first profile is already attributable to this DIR.
    fn instance(&self) -> Result<Uuid, StoreError> {
        let config = self.config()?;
        if !config.writable() {
            return Err(StoreError::NewerSchema {
                path: self.config_path(),
                found: config.schema,
            });
        }
        if let Some(i) = config.instance {
            return Ok(i);
        }
        let (i, _) = self.mutate(|c| Ok(c.instance.get_or_insert_with(Uuid::new_v4).to_owned()))?;
        Ok(i)
    }
}
