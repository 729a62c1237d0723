//! Fault-injecting [`Writer`] and [`SecretStore`] wrappers: tests make one step fail and
//! check that the previous state is whole. Not used by the program itself.

use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use crate::secret::Token;

use super::config::TokenStoreKind;
use super::error::{KeyringError, StoreError};
use super::fsio::{RealWriter, Writer};
use super::secrets::SecretStore;

/// A step of an atomic file replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    Create,
    /// Fails after writing half of the bytes, as a full disk would.
    Write,
    Sync,
    Rename,
    SyncDir,
}

/// The real file system, except that the armed step fails once.
#[derive(Debug, Default)]
pub struct FaultyWriter {
    armed: Mutex<Vec<WriteStep>>,
}

impl FaultyWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the next call of `step` fail (once).
    pub fn fail_next(&self, step: WriteStep) {
        self.armed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(step);
    }

    fn trip(&self, step: WriteStep) -> io::Result<()> {
        let mut armed = self.armed.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(i) = armed.iter().position(|s| *s == step) {
            armed.remove(i);
            return Err(io::Error::other(format!("injected failure at {step:?}")));
        }
        Ok(())
    }
}

impl Writer for FaultyWriter {
    fn create(&self, path: &Path) -> io::Result<File> {
        self.trip(WriteStep::Create)?;
        RealWriter.create(path)
    }

    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if let Err(e) = self.trip(WriteStep::Write) {
            RealWriter.write(file, bytes.get(..bytes.len() / 2).unwrap_or_default())?;
            return Err(e);
        }
        RealWriter.write(file, bytes)
    }

    fn sync(&self, file: &File) -> io::Result<()> {
        self.trip(WriteStep::Sync)?;
        RealWriter.sync(file)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.trip(WriteStep::Rename)?;
        RealWriter.rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.trip(WriteStep::SyncDir)?;
        RealWriter.sync_dir(dir)
    }
}

/// A secret-store operation that can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretFault {
    /// `set` fails and writes nothing.
    Set,
    /// `set` writes the entry, then reports a failure (the answer was lost).
    SetAfterWrite,
    /// `get` fails.
    Get,
    /// `get` answers a different token (a read-back mismatch).
    GetWrongValue,
    /// `get` answers "no such entry" although it exists (a locked keyring may do this).
    GetNoEntry,
    /// `delete` fails and deletes nothing.
    Delete,
    /// `list` fails.
    List,
}

/// Wraps a secret store; each armed fault fires once on the next matching call.
pub struct FaultySecretStore {
    inner: Arc<dyn SecretStore>,
    /// Each fault with the number of matching calls to let through before it fires.
    armed: Mutex<Vec<(SecretFault, usize)>>,
    /// When true, `probe` fails as a locked keyring would.
    probe_fails: Mutex<bool>,
}

impl std::fmt::Debug for FaultySecretStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FaultySecretStore").finish_non_exhaustive()
    }
}

impl FaultySecretStore {
    pub fn new(inner: Arc<dyn SecretStore>) -> Self {
        Self {
            inner,
            armed: Mutex::new(Vec::new()),
            probe_fails: Mutex::new(false),
        }
    }

    pub fn fail_next(&self, fault: SecretFault) {
        self.fail_after(fault, 0);
    }

    /// Lets `skip` matching calls through, then fails the next one (once).
    pub fn fail_after(&self, fault: SecretFault, skip: usize) {
        self.armed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((fault, skip));
    }

    /// Makes every probe fail (true) or pass through (false).
    pub fn set_probe_fails(&self, fails: bool) {
        *self
            .probe_fails
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = fails;
    }

    fn take(&self, fault: SecretFault) -> bool {
        let mut armed = self.armed.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(i) = armed.iter().position(|(f, _)| *f == fault) else {
            return false;
        };
        if armed[i].1 == 0 {
            armed.remove(i);
            true
        } else {
            armed[i].1 -= 1;
            false
        }
    }
}

fn injected() -> StoreError {
    KeyringError::Platform {
        detail: crate::i18n::Msg::verbatim("injected failure"),
    }
    .into()
}

impl SecretStore for FaultySecretStore {
    fn kind(&self) -> TokenStoreKind {
        self.inner.kind()
    }

    fn describe(&self) -> crate::i18n::Msg {
        crate::i18n::msg!(store_backend_faulty, inner = self.inner.describe())
    }

    fn set(&self, key: &str, label: &str, token: &Token) -> Result<(), StoreError> {
        if self.take(SecretFault::Set) {
            return Err(injected());
        }
        self.inner.set(key, label, token)?;
        if self.take(SecretFault::SetAfterWrite) {
            return Err(injected());
        }
        Ok(())
    }

    fn get(&self, key: &str) -> Result<Option<Token>, StoreError> {
        if self.take(SecretFault::Get) {
            return Err(injected());
        }
        if self.take(SecretFault::GetNoEntry) {
            return Ok(None);
        }
        let got = self.inner.get(key)?;
        if self.take(SecretFault::GetWrongValue) {
            return Ok(Some(Token::from_trusted("not-what-was-written".to_owned())));
        }
        Ok(got)
    }

    fn delete(&self, key: &str) -> Result<bool, StoreError> {
        if self.take(SecretFault::Delete) {
            return Err(injected());
        }
        self.inner.delete(key)
    }

    fn relabel(&self, key: &str, label: &str) -> Result<(), StoreError> {
        self.inner.relabel(key, label)
    }

    fn list(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        if self.take(SecretFault::List) {
            return Err(injected());
        }
        self.inner.list(prefix)
    }

    fn probe(&self) -> Result<(), StoreError> {
        if *self
            .probe_fails
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
        {
            return Err(KeyringError::Locked {
                detail: crate::i18n::Msg::verbatim("injected: the collection is locked"),
            }
            .into());
        }
        self.inner.probe()
    }
}
