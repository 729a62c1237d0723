//! Windows: the Credential Manager.

use std::collections::HashMap;
use std::sync::Arc;

use keyring_core::CredentialStore;

use crate::store::error::{KeyringError, StoreError};

/// The backend, for people.
pub(super) fn description() -> crate::i18n::Msg {
    crate::i18n::msg!(store_backend_credential_manager)
}

pub(super) fn new_store() -> Result<Arc<CredentialStore>, StoreError> {
    match windows_native_keyring_store::Store::new() {
        Ok(s) => Ok(s),
        Err(e) => Err(classify(&e).into()),
    }
}

/// The Credential Manager store takes no label modifier.
pub(super) fn label_modifiers(_label: &str) -> HashMap<&str, &str> {
    HashMap::new()
}

/// Labels are not kept apart from the service and account here: nothing to change.
pub(super) fn relabel(_entry: &keyring_core::Entry, _label: &str) -> keyring_core::Result<()> {
    Ok(())
}

pub(super) fn classify(e: &keyring_core::Error) -> KeyringError {
    match e {
        keyring_core::Error::NoStorageAccess(inner) => KeyringError::Locked {
            detail: crate::i18n::Msg::verbatim(inner.to_string()),
        },
        other => KeyringError::Platform {
            detail: crate::i18n::Msg::verbatim(other.to_string()),
        },
    }
}
