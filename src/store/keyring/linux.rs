//! Linux: the Secret Service over D-Bus (gnome-keyring, `KeePassXC`, `KWallet`'s bridge).

use std::collections::HashMap;
use std::sync::Arc;

use keyring_core::CredentialStore;
use secret_service::Error as SsError;

use crate::i18n::{Msg, msg};
use crate::store::error::{KeyringError, StoreError};

/// The backend, for people.
pub(super) fn description() -> crate::i18n::Msg {
    crate::i18n::msg!(store_backend_secret_service)
}

/// Connects to the Secret Service. A failure here is about the bus or the service, told
/// apart by whether the bus itself can be reached.
pub(super) fn new_store() -> Result<Arc<CredentialStore>, StoreError> {
    if let Err(detail) = bus_reachable() {
        return Err(KeyringError::NoBus { detail }.into());
    }
    match zbus_secret_service_keyring_store::Store::new() {
        Ok(s) => Ok(s),
        Err(e) => {
            let detail = describe(&e);
            Err(match bus_reachable() {
                Err(bus) => KeyringError::NoBus { detail: bus },
                Ok(()) => KeyringError::NoSecretService { detail },
            }
            .into())
        }
    }
}

/// The item label in Seahorse and `secret-tool`.
pub(super) fn label_modifiers(label: &str) -> HashMap<&str, &str> {
    HashMap::from([("label", label)])
}

/// Sets the label of the item behind `entry` (the store only sets it on creation).
pub(super) fn relabel(entry: &keyring_core::Entry, label: &str) -> keyring_core::Result<()> {
    match entry
        .as_any()
        .downcast_ref::<zbus_secret_service_keyring_store::cred::Specifier>()
    {
        Some(spec) => spec.set_label(label),
        None => Ok(()),
    }
}

/// Tells a failed entry operation apart.
pub(super) fn classify(e: &keyring_core::Error) -> KeyringError {
    match e {
        keyring_core::Error::NoStorageAccess(inner) => match inner.downcast_ref::<SsError>() {
            Some(SsError::NoResult) => KeyringError::NoCollection,
            Some(SsError::Prompt) => KeyringError::Locked {
                detail: msg!(store_keyring_prompt_dismissed),
            },
            Some(SsError::PromptDisconnected) => KeyringError::Locked {
                detail: msg!(store_keyring_prompt_gone),
            },
            Some(SsError::Locked) => KeyringError::Locked {
                detail: msg!(store_keyring_collection_locked),
            },
            _ => KeyringError::Locked {
                detail: Msg::verbatim(describe(e)),
            },
        },
        keyring_core::Error::PlatformFailure(inner) => {
            let text = inner.to_string();
            if let Err(detail) = bus_reachable() {
                KeyringError::NoBus { detail }
            } else if text.contains("ServiceUnknown") || text.contains("NameHasNoOwner") {
                KeyringError::NoSecretService { detail: text }
            } else if matches!(inner.downcast_ref::<SsError>(), Some(SsError::Locked)) {
                KeyringError::Locked {
                    detail: Msg::verbatim(text),
                }
            } else {
                KeyringError::Platform {
                    detail: Msg::verbatim(text),
                }
            }
        }
        _ => KeyringError::Platform {
            detail: Msg::verbatim(describe(e)),
        },
    }
}

fn describe(e: &keyring_core::Error) -> String {
    use std::error::Error as _;
    match e.source() {
        Some(s) => s.to_string(),
        None => e.to_string(),
    }
}

/// Whether the session bus address names something that can be connected to. Only Unix
/// socket paths are checked; other transports are left to the D-Bus library.
fn bus_reachable() -> Result<(), Msg> {
    let address = match std::env::var("DBUS_SESSION_BUS_ADDRESS") {
        Ok(a) if !a.trim().is_empty() => a,
        _ => {
            // Without the variable, D-Bus libraries try $XDG_RUNTIME_DIR/bus.
            let Some(runtime) = std::env::var_os("XDG_RUNTIME_DIR") else {
                return Err(msg!(store_keyring_bus_unset));
            };
            let path = std::path::Path::new(&runtime).join("bus");
            return connect(&path.to_string_lossy()).map_err(|e| {
                msg!(
                    store_keyring_bus_default,
                    path = path.display().to_string(),
                    error = e.to_string()
                )
            });
        }
    };
    // An address may list several transports separated by ';'; one that works is enough.
    let mut last = None;
    for part in address.split(';') {
        let Some(rest) = part.strip_prefix("unix:") else {
            return Ok(());
        };
        let path = rest.split(',').find_map(|kv| kv.strip_prefix("path="));
        let Some(path) = path else {
            return Ok(()); // abstract sockets, runtime=yes, ...: let zbus try
        };
        match connect(path) {
            Ok(()) => return Ok(()),
            // The variable and the system's error: nothing of ours to translate.
            Err(e) => {
                last = Some(Msg::verbatim(format!(
                    "DBUS_SESSION_BUS_ADDRESS={address}: {e}"
                )));
            }
        }
    }
    last.map_or(Ok(()), Err)
}

fn connect(path: &str) -> Result<(), std::io::Error> {
    std::os::unix::net::UnixStream::connect(path).map(drop)
}
