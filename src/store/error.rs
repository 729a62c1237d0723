//! Everything that can go wrong while keeping profiles, each with what to do about it.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{Msg, msg};

/// What kind of mistake a [`StoreError`] is; each face maps it to its own outcome (the
/// command line to an exit code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// The input was wrong (a bad or unknown name); nothing was touched.
    Usage,
    /// Keyring or config trouble.
    Storage,
}

/// A keyring failure, told apart so each gets its own advice. A message says what happened
/// and what to do about the keyring itself; the ways around a keyring depend on the face (the
/// command line names its flags, the wizard offers its file store), so none is named here.
/// `detail` is the platform's own text and is shown as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    /// `detail`: why the bus cannot be reached (ours, or the platform's text).
    NoBus {
        detail: Msg,
    },
    NoSecretService {
        detail: String,
    },
    NoCollection,
    Locked {
        detail: Msg,
    },
    Timeout {
        secs: u64,
    },
    Platform {
        detail: Msg,
    },
    Unsupported,
}

impl KeyringError {
    /// What happened and what to do, in any language.
    pub fn msg(&self) -> Msg {
        match self {
            Self::NoBus { detail } => msg!(store_keyring_no_bus, detail = detail),
            Self::NoSecretService { detail } => {
                msg!(store_keyring_no_secret_service, detail = detail)
            }
            Self::NoCollection => msg!(store_keyring_no_collection),
            Self::Locked { detail } => msg!(store_keyring_locked, detail = detail),
            Self::Timeout { secs } => msg!(store_keyring_timeout, secs = *secs),
            Self::Platform { detail } => msg!(store_keyring_platform, detail = detail),
            Self::Unsupported => msg!(store_keyring_unsupported),
        }
    }
}

/// In the current language.
impl fmt::Display for KeyringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

/// What a file operation was doing when it failed ("cannot read PATH: ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Read,
    Write,
    Create,
    CreateDir,
    Delete,
    Remove,
    Replace,
    Flush,
    FollowLink,
    Lock,
    OpenLock,
    Chmod,
}

/// A failure of the profile store. The message says what happened and what to do
/// ([`StoreError::msg`]; `Display` shows it in the current language).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    NoConfigDir,
    Io {
        action: IoAction,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    NewerSchema {
        path: PathBuf,
        found: u32,
    },
    LockTimeout {
        path: PathBuf,
        secs: u64,
    },
    InvalidName {
        name: String,
        reason: super::name::NameProblem,
    },
    UnknownProfile {
        name: String,
        known: Vec<String>,
    },
    NameTaken {
        name: String,
    },
    NoDefault,
    Conflict {
        name: String,
    },
    Keyring(#[from] KeyringError),
    SecretMissing {
        name: String,
        store: super::TokenStoreKind,
        token_ref: String,
    },
    ReadBackMismatch {
        store: super::TokenStoreKind,
    },
    /// `doctor` did not ask a backend that failed its probe; `reason` is that failure.
    Unchecked {
        store: super::TokenStoreKind,
        reason: String,
    },
    BadCertificate {
        path: PathBuf,
        reason: String,
    },
    /// A write refused because another local user could change DIR's files.
    Exposed {
        unsafe_path: super::safety::UnsafePath,
    },
    Internal(Msg),
}

/// In the current language.
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

/// A path as shown in a message.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn io_msg(action: IoAction, path: &Path, cause: &std::io::Error) -> Msg {
    let (path, cause) = (shown(path), cause.to_string());
    match action {
        IoAction::Read => msg!(store_io_read, path = path, cause = cause),
        IoAction::Write => msg!(store_io_write, path = path, cause = cause),
        IoAction::Create => msg!(store_io_create, path = path, cause = cause),
        IoAction::CreateDir => msg!(store_io_create_dir, path = path, cause = cause),
        IoAction::Delete => msg!(store_io_delete, path = path, cause = cause),
        IoAction::Remove => msg!(store_io_remove, path = path, cause = cause),
        IoAction::Replace => msg!(store_io_replace, path = path, cause = cause),
        IoAction::Flush => msg!(store_io_flush, path = path, cause = cause),
        IoAction::FollowLink => msg!(store_io_follow_link, path = path, cause = cause),
        IoAction::Lock => msg!(store_io_lock, path = path, cause = cause),
        IoAction::OpenLock => msg!(store_io_open_lock, path = path, cause = cause),
        IoAction::Chmod => msg!(store_io_chmod, path = path, cause = cause),
    }
}

fn unknown_msg(name: &str, known: &[String]) -> Msg {
    let quoted = format!("{name:?}");
    if known.is_empty() {
        msg!(store_unknown_profile_none, name = quoted)
    } else if let Some(near) = super::name::closest(name, known) {
        msg!(
            store_unknown_profile_near,
            name = quoted,
            near = format!("{near:?}"),
            known = known.join(", ")
        )
    } else {
        msg!(
            store_unknown_profile_known,
            name = quoted,
            known = known.join(", ")
        )
    }
}

impl StoreError {
    /// What happened and what to do, in any language ([`Msg::english`] for logs and
    /// programs).
    pub fn msg(&self) -> Msg {
        match self {
            Self::NoConfigDir => msg!(store_no_config_dir),
            Self::Io {
                action,
                path,
                source,
            } => io_msg(*action, path, source),
            Self::Corrupt {
                path,
                line,
                column,
                message,
            } => msg!(
                store_corrupt,
                path = shown(path),
                line = *line,
                column = *column,
                message = message
            ),
            Self::NewerSchema { path, found } => msg!(
                store_newer_schema,
                path = shown(path),
                found = *found,
                schema = super::config::SCHEMA
            ),
            Self::LockTimeout { path, secs } => {
                msg!(store_lock_timeout, path = shown(path), secs = *secs)
            }
            Self::InvalidName { name, reason } => msg!(
                store_invalid_name,
                name = format!("{name:?}"),
                reason = reason.msg()
            ),
            Self::UnknownProfile { name, known } => unknown_msg(name, known),
            Self::NameTaken { name } => {
                msg!(store_name_taken, name = format!("{name:?}"), profile = name)
            }
            Self::NoDefault => msg!(store_no_default),
            Self::Conflict { name } => msg!(store_conflict, name = format!("{name:?}")),
            Self::Keyring(e) => e.msg(),
            Self::SecretMissing {
                name,
                store,
                token_ref,
            } => msg!(
                store_secret_missing,
                name = format!("{name:?}"),
                store = store.as_str(),
                token_ref = token_ref,
                command = super::missing::reenter_command(name)
            ),
            Self::ReadBackMismatch { store } => {
                msg!(store_read_back_mismatch, store = store.as_str())
            }
            Self::Unchecked { store, .. } => msg!(store_unchecked, store = store.as_str()),
            Self::BadCertificate { path, reason } => {
                msg!(store_bad_certificate, path = shown(path), reason = reason)
            }
            Self::Exposed { unsafe_path } => unsafe_path.refusal_msg(),
            Self::Internal(detail) => msg!(store_internal, detail = detail),
        }
    }

    /// `Usage` for input mistakes (bad or unknown name), `Storage` for everything else.
    pub fn class(&self) -> ErrorClass {
        match self {
            Self::InvalidName { .. }
            | Self::UnknownProfile { .. }
            | Self::NameTaken { .. }
            | Self::NoDefault => ErrorClass::Usage,
            _ => ErrorClass::Storage,
        }
    }

    pub(crate) fn io(action: IoAction, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

#[cfg(test)]
mod tests;
