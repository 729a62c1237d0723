//! Platforms without a supported keyring: every call says so.

use std::collections::HashMap;
use std::sync::Arc;

use keyring_core::CredentialStore;

use crate::store::error::{KeyringError, StoreError};

/// The backend, for people.
pub(super) fn description() -> crate::i18n::Msg {
    crate::i18n::msg!(store_backend_none)
}

pub(super) fn new_store() -> Result<Arc<CredentialStore>, StoreError> {
    Err(KeyringError::Unsupported.into())
}

pub(super) fn label_modifiers(_label: &str) -> HashMap<&str, &str> {
    HashMap::new()
}

/// Labels are not kept apart from the service and account here: nothing to change.
pub(super) fn relabel(_entry: &keyring_core::Entry, _label: &str) -> keyring_core::Result<()> {
    Ok(())
}

pub(super) fn classify(e: &keyring_core::Error) -> KeyringError {
    KeyringError::Platform {
        detail: crate::i18n::Msg::verbatim(e.to_string()),
    }
}
