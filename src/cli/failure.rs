//! Exit codes, and the one place where errors of the layers below become them (with the
//! command line's own hints: the ways around a keyring that only it has).

use std::process::ExitCode;

use crate::link::LinkError;
use crate::store::{ErrorClass, StoreError};

/// The process exit codes; the same with or without `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    /// Done; every check ok or warn.
    Ok = 0,
    /// A check ran and failed, or a policy refused it.
    CheckFailed = 1,
    /// Usage or input that failed its local check before anything was sent.
    Usage = 2,
    /// Storage: keyring or config.
    Storage = 3,
    /// Interrupted or cancelled by the user; nothing changed.
    Interrupted = 130,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> Self {
        ExitCode::from(e as u8)
    }
}

/// A command that could not do its work: the exit code and one message for stderr
/// (what happened and what to do).
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }
}

/// The command line's ways to keep a token without a keyring, added to every keyring error
/// it reports.
pub const OTHER_WAYS: &str = "without a keyring, save with --insecure-storage (tokens.toml, \
     plain text, mode 0600) or give the token as a systemd credential (docs/server.md)";

/// A store error as the command line tells it: a keyring failure also names the ways around
/// a keyring that only the command line has (`--insecure-storage`, a systemd credential).
pub fn store_message(e: &StoreError) -> String {
    match e {
        StoreError::Keyring(_) => format!("{e}; {OTHER_WAYS}"),
        _ => e.to_string(),
    }
}

fn store_exit(e: &StoreError) -> Exit {
    match e.class() {
        ErrorClass::Usage => Exit::Usage,
        ErrorClass::Storage => Exit::Storage,
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Self::new(store_exit(&e), store_message(&e))
    }
}

impl From<LinkError> for Failure {
    fn from(e: LinkError) -> Self {
        let exit = match &e {
            LinkError::Store(s)
            | LinkError::TokenUnreadable { source: s, .. }
            | LinkError::ConfigNotWritable { source: s }
            | LinkError::SecretsNotWritable { source: s, .. } => store_exit(s),
            LinkError::StoredUrl { .. } | LinkError::RotatedNotStored { .. } => Exit::Storage,
            LinkError::Client(_)
            | LinkError::RotationUnsupported { .. }
            | LinkError::NotReset(_) => Exit::CheckFailed,
        };
        Self::new(exit, e.render(&store_message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::KeyringError;

    #[test]
    fn keyring_failures_name_the_ways_around_a_keyring_once() {
        let keyring = || StoreError::Keyring(KeyringError::Unsupported);
        let plain = Failure::from(keyring());
        assert_eq!(plain.exit, Exit::Storage);
        assert_eq!(plain.message.matches("--insecure-storage").count(), 1);
        let wrapped = Failure::from(LinkError::TokenUnreadable {
            name: "acme".into(),
            source: keyring(),
        });
        assert_eq!(wrapped.exit, Exit::Storage);
        assert!(
            wrapped
                .message
                .starts_with("cannot read the token of acme: ")
        );
        assert_eq!(wrapped.message.matches("--insecure-storage").count(), 1);
        let usage = Failure::from(LinkError::Store(StoreError::NoDefault));
        assert_eq!(usage.exit, Exit::Usage);
    }
}
