//! Exit codes, and the one place where errors of the layers below become them (with the
//! command line's own hints: the ways around a keyring that only it has).

use std::process::ExitCode;

use crate::i18n::{Msg, msg};
use crate::link::LinkError;
use crate::store::{ErrorClass, StoreError};

/// The process exit codes; the same with or without `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    /// Done; every check ok or warn.
    Ok = 0,
    /// A check ran and failed, or a policy refused the server's answer.
    CheckFailed = 1,
    /// Usage or input that failed its local check before anything was sent.
    Usage = 2,
    /// Storage: keyring or config.
    Storage = 3,
    /// Interrupted or cancelled by the user; nothing changed.
    Interrupted = 130,
}

impl Exit {
    /// Every exit code, in the order `docs/codes.md` lists them.
    pub const ALL: [Exit; 5] = [
        Exit::Ok,
        Exit::CheckFailed,
        Exit::Usage,
        Exit::Storage,
        Exit::Interrupted,
    ];

    /// When a command exits with this code: `docs/codes.md`'s exit-code table is this text
    /// (a test compares them), so the rule is written once. Plain http to a remote host
    /// without `--allow-http` is a local check that fails before anything is sent: exit 2.
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Ok => "done; every check ok or warn",
            Exit::CheckFailed => {
                "a check ran and failed: the server could not be reached or said no, or a \
                 policy refused its answer (agent role, redirect, suspended account)"
            }
            Exit::Usage => {
                "usage or input that fails its local check before anything was sent: unknown \
                 flag, missing token, unparseable URL/email/account ID, plain http to a remote \
                 host without `--allow-http` (`insecure_http`), unknown profile, no terminal for \
                 the wizard, confirmation needed without a terminal and without `--yes`"
            }
            Exit::Storage => {
                "storage: keyring unreachable, locked or read-back mismatch; config unreadable, \
                 corrupt, of a newer schema, or its lock not obtained in time; disk full; the \
                 config dir or a file in it writable by others or owned by another user (the \
                 message names the `chmod`/`chown` to run); `remove` when the profile was \
                 removed but its token could not be deleted"
            }
            Exit::Interrupted => {
                "interrupted or cancelled by the user (Ctrl-C, SIGTERM, a declined \
                 confirmation); nothing changed"
            }
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> Self {
        ExitCode::from(e as u8)
    }
}

/// A command that could not do its work: the exit code and one message for stderr
/// (what happened and what to do), shown in the user's language; the log gets
/// [`Msg::english`].
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub message: Msg,
}

impl Failure {
    pub fn new(exit: Exit, message: Msg) -> Self {
        Self { exit, message }
    }

    pub fn usage(message: Msg) -> Self {
        Self::new(Exit::Usage, message)
    }
}

/// The command line's ways to keep a token without a keyring, added to every keyring error
/// it reports (in English: `docs` and `--json` quote it).
pub const OTHER_WAYS: &str = "without a keyring, save with --insecure-storage (tokens.toml, \
     plain text, mode 0600) or give the token as a systemd credential (docs/server.md)";

/// A store error as the command line tells it: a keyring failure also names the ways around
/// a keyring that only the command line has (`--insecure-storage`, a systemd credential).
pub fn store_msg(e: &StoreError) -> Msg {
    match e {
        StoreError::Keyring(_) => msg!(cli_keyring_other_ways, error = e.msg()),
        _ => e.msg(),
    }
}

/// [`store_msg`] as text in the current language.
pub fn store_message(e: &StoreError) -> String {
    store_msg(e).to_string()
}

fn store_exit(e: &StoreError) -> Exit {
    match e.class() {
        ErrorClass::Usage => Exit::Usage,
        ErrorClass::Storage => Exit::Storage,
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Self::new(store_exit(&e), store_msg(&e))
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
        Self::new(exit, e.render(&store_msg))
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
        assert_eq!(
            plain
                .message
                .english()
                .matches("--insecure-storage")
                .count(),
            1
        );
        let wrapped = Failure::from(LinkError::TokenUnreadable {
            name: "acme".into(),
            source: keyring(),
        });
        assert_eq!(wrapped.exit, Exit::Storage);
        let text = wrapped.message.english();
        assert!(text.starts_with("cannot read the token of acme: "));
        assert_eq!(text.matches("--insecure-storage").count(), 1);
        let english = msg!(cli_keyring_other_ways, error = "x").english();
        assert_eq!(english, format!("x; {OTHER_WAYS}"));
        let usage = Failure::from(LinkError::Store(StoreError::NoDefault));
        assert_eq!(usage.exit, Exit::Usage);
    }
}

#[cfg(test)]
mod lang_tests {
    use super::*;
    use crate::i18n::{Lang, with_language};

    #[test]
    fn failures_are_shown_in_the_language_and_logged_in_english() {
        let f = Failure::usage(msg!(cli_no_token));
        let es = with_language(Lang::Es, || {
            msg!(cli_error, message = &f.message).to_string()
        });
        assert_eq!(
            es,
            "error: no se indicó ningún token: pásalo con --token-stdin"
        );
        let pt = with_language(Lang::PtBr, || {
            msg!(cli_error, message = &f.message).to_string()
        });
        assert_eq!(
            pt,
            "erro: nenhum token informado: passe-o com --token-stdin"
        );
        assert_eq!(
            with_language(Lang::PtBr, || f.message.english()),
            "no token given: pipe it with --token-stdin"
        );
        // Text from another layer is carried as it is.
        let wrapped = Failure::new(Exit::Storage, Msg::verbatim("disk full"));
        assert_eq!(
            with_language(Lang::Es, || wrapped.message.to_string()),
            "disk full"
        );
    }
}

#[cfg(test)]
mod exit_tests {
    use std::fmt::Write as _;

    use super::Exit;

    /// Fails when `docs/codes.md`'s exit-code table (between the `exits:start`/`exits:end`
    /// markers) differs from [`Exit::meaning`]; the message holds the table to paste.
    #[test]
    fn exit_codes_are_documented_as_coded() {
        let mut expected = String::from("| code | meaning |\n| --- | --- |\n");
        for e in Exit::ALL {
            let _ = writeln!(expected, "| {} | {} |", e as u8, e.meaning());
        }
        let doc = include_str!("../../docs/codes.md");
        let start = doc
            .find("<!-- exits:start -->")
            .expect("exits:start marker");
        let start = start + "<!-- exits:start -->".len();
        let end = doc.find("<!-- exits:end -->").expect("exits:end marker");
        assert_eq!(
            doc[start..end].trim(),
            expected.trim(),
            "paste this table into docs/codes.md:\n{expected}"
        );
    }
}
