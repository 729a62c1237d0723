//! The secret-store contract, and the in-memory backend for tests.

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use crate::secret::Token;

use super::config::TokenStoreKind;
use super::error::StoreError;

/// Where tokens are kept, keyed by `<instance>/<secret-uuid>`.
///
/// `get` answering `Ok(None)` means only "this backend said no such entry": some keyrings
/// say that while locked, so callers trust it after a [`SecretStore::probe`] succeeded.
pub trait SecretStore: Send + Sync {
    /// Which `token_store` value profiles kept here carry.
    fn kind(&self) -> TokenStoreKind;

    /// Names the backend for people ("Secret Service on the session bus", "tokens.toml").
    fn describe(&self) -> crate::i18n::Msg;

    /// Creates or replaces the entry `key`; `label` is what keyring browsers show.
    fn set(&self, key: &str, label: &str, token: &Token) -> Result<(), StoreError>;

    /// The entry's token, or `None` when the backend says there is no such entry.
    fn get(&self, key: &str) -> Result<Option<Token>, StoreError>;

    /// Deletes the entry; `Ok(false)` when it was not there.
    fn delete(&self, key: &str) -> Result<bool, StoreError>;

    /// Changes the label of an existing entry (after a rename). Backends without labels
    /// do nothing.
    fn relabel(&self, _key: &str, _label: &str) -> Result<(), StoreError> {
        Ok(())
    }

    /// The keys that start with `prefix`, or `None` when this backend cannot search.
    fn list(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError>;

    /// Proves the backend works: writes, reads back and deletes a throwaway entry.
    fn probe(&self) -> Result<(), StoreError> {
        let key = format!("probe/{}", uuid::Uuid::new_v4());
        let value = Token::from_trusted(format!("probe-{}", uuid::Uuid::new_v4().simple()));
        self.set(&key, "chatwoot-link: write test (safe to delete)", &value)?;
        let back = self.get(&key);
        let deleted = self.delete(&key);
        match back? {
            Some(v) if v == value => {}
            _ => {
                return Err(StoreError::ReadBackMismatch { store: self.kind() });
            }
        }
        deleted.map(|_| ())
    }
}

/// Secrets in memory: the backend of unit tests (and of nothing else).
#[derive(Debug)]
pub struct MemorySecretStore {
    kind: TokenStoreKind,
    entries: Mutex<BTreeMap<String, (String, Token)>>,
}

impl MemorySecretStore {
    /// An empty store that stands in for the backend of `kind`.
    pub fn new(kind: TokenStoreKind) -> Self {
        Self {
            kind,
            entries: Mutex::new(BTreeMap::new()),
        }
    }

    /// Every key held, in order.
    pub fn keys(&self) -> Vec<String> {
        self.lock().keys().cloned().collect()
    }

    /// The label an entry was stored with.
    pub fn label(&self, key: &str) -> Option<String> {
        self.lock().get(key).map(|(l, _)| l.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, (String, Token)>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl SecretStore for MemorySecretStore {
    fn kind(&self) -> TokenStoreKind {
        self.kind
    }

    fn describe(&self) -> crate::i18n::Msg {
        crate::i18n::msg!(store_backend_memory)
    }

    fn set(&self, key: &str, label: &str, token: &Token) -> Result<(), StoreError> {
        self.lock()
            .insert(key.to_owned(), (label.to_owned(), token.clone()));
        Ok(())
    }

    fn get(&self, key: &str) -> Result<Option<Token>, StoreError> {
        Ok(self.lock().get(key).map(|(_, t)| t.clone()))
    }

    fn delete(&self, key: &str) -> Result<bool, StoreError> {
        Ok(self.lock().remove(key).is_some())
    }

    fn relabel(&self, key: &str, label: &str) -> Result<(), StoreError> {
        if let Some(entry) = self.lock().get_mut(key) {
            label.clone_into(&mut entry.0);
        }
        Ok(())
    }

    fn list(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        Ok(Some(
            self.lock()
                .keys()
                .filter(|k| k.starts_with(prefix))
                .cloned()
                .collect(),
        ))
    }
}
