//! Everything that can go wrong while keeping profiles, each with what to do about it.

use std::path::PathBuf;

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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    #[error(
        "no D-Bus session bus ({detail}), and the keyring is reached through it: run inside a \
         desktop session or start one with `dbus-run-session -- sh`"
    )]
    NoBus { detail: String },
    #[error(
        "the session bus has no Secret Service ({detail}): start one, e.g. \
         `gnome-keyring-daemon --start --components=secrets` (or KeePassXC with its Secret \
         Service integration)"
    )]
    NoSecretService { detail: String },
    #[error(
        "the keyring has no default collection to keep secrets in (it was never created or \
         unlocked): unlock it once, e.g. `echo PASSWORD | gnome-keyring-daemon --unlock`, or \
         create a default keyring in Seahorse"
    )]
    NoCollection,
    #[error(
        "the keyring is locked ({detail}): unlock it (log in to the desktop, use Seahorse, or \
         `echo PASSWORD | gnome-keyring-daemon --unlock`) and try again"
    )]
    Locked { detail: String },
    #[error(
        "the keyring did not answer within {secs} s: an unlock prompt may be open on the \
         desktop; answer it and try again"
    )]
    Timeout { secs: u64 },
    #[error("the keyring failed: {detail}; check that it is running and unlocked, then try again")]
    Platform { detail: String },
    #[error("no keyring is supported on this platform")]
    Unsupported,
}

/// A failure of the profile store. The message says what happened and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot find a configuration directory for this user: pass --config-dir or set \
         CHATWOOT_LINK_CONFIG_DIR"
    )]
    NoConfigDir,
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}:{column}: {message}. The file was left as it is: fix it by hand, or move \
         it away to start over"
    )]
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path} has schema {found}, newer than this build understands (schema {}): it is \
         read-only here; upgrade chatwoot-link to change it",
        super::config::SCHEMA
    )]
    NewerSchema { path: PathBuf, found: u32 },
    #[error(
        "another chatwoot-link holds {path} for more than {secs} s: wait for it to finish and \
         try again (or end it if it hangs)"
    )]
    LockTimeout { path: PathBuf, secs: u64 },
    #[error(
        "invalid profile name {name:?}: {reason}. Use 1 to 32 letters, digits, '.', '_' or '-', \
         starting with a letter or digit (upper case is turned into lower case)"
    )]
    InvalidName {
        name: String,
        reason: super::name::NameProblem,
    },
    #[error("no profile named {name:?}{}", known_list(name, .known))]
    UnknownProfile { name: String, known: Vec<String> },
    #[error(
        "a profile named {name:?} exists already: change it with `chatwoot-link edit {name}` or pick another name"
    )]
    NameTaken { name: String },
    #[error(
        "no profile given and no default profile: name one, set CHATWOOT_LINK_PROFILE, or run `chatwoot-link default NAME`"
    )]
    NoDefault,
    #[error(
        "profile {name:?} changed on disk since it was loaded (another chatwoot-link edited it): \
         nothing was saved; load it again and repeat the change"
    )]
    Conflict { name: String },
    #[error("{0}")]
    Keyring(#[from] KeyringError),
    #[error(
        "the token of profile {name:?} is missing from the {store} store (entry {token_ref}; \
         the keyring may have been stopped before it saved it): enter it again with `{}` \
         (it is checked against the server, the rest of the profile is kept)",
        super::missing::reenter_command(name)
    )]
    SecretMissing {
        name: String,
        store: super::TokenStoreKind,
        token_ref: String,
    },
    #[error(
        "the {store} store gave back a different value than was written: nothing was saved; \
         try again, and run `chatwoot-link doctor` if it persists"
    )]
    ReadBackMismatch { store: super::TokenStoreKind },
    /// `doctor` did not ask a backend that failed its probe; `reason` is that failure.
    #[error("not checked: the {store} store is not usable (see its own line)")]
    Unchecked {
        store: super::TokenStoreKind,
        reason: String,
    },
    #[error(
        "{path} is not a usable certificate ({reason}): trust the server's certificate again \
         with `chatwoot-link edit <profile> --ca-cert FILE`, or drop it with --no-ca-cert"
    )]
    BadCertificate { path: PathBuf, reason: String },
    #[error(
        "{path} {problem}: another local user could replace what chatwoot-link writes there, \
         so nothing was written; run `{remedy}` and try again"
    )]
    Exposed {
        path: PathBuf,
        problem: String,
        remedy: String,
    },
    #[error("internal error: {0}")]
    Internal(String),
}

fn known_list(name: &str, known: &[String]) -> String {
    if known.is_empty() {
        ": there are no profiles yet; add one with `chatwoot-link add`".to_owned()
    } else if let Some(near) = super::name::closest(name, known) {
        format!(
            ": did you mean {near:?}? Known profiles are {} (see `chatwoot-link list`)",
            known.join(", ")
        )
    } else {
        format!(
            ": known profiles are {} (see `chatwoot-link list`)",
            known.join(", ")
        )
    }
}

impl StoreError {
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

    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }
}
