//! The binary's face: argument parsing, dispatch to one module per command, exit codes.

pub mod add;
/// `println!` for command output: a closed stdout (`chatwoot-link list | head -1`) is the
/// reader's choice, not a failure, so it is ignored instead of panicking as `println!` does.
macro_rules! say {
    () => {
        $crate::cli::check::say("")
    };
    ($($arg:tt)*) => {
        $crate::cli::check::say(&format!($($arg)*))
    };
}

pub mod args;
pub mod check;
pub mod completions;
pub mod default;
pub mod doctor;
pub mod edit;
pub mod env;
pub mod linked;
pub mod list;
pub mod man;
pub mod output;
pub mod remove;
pub mod rename;
pub mod rotate;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod show;
pub mod status;
pub mod token;
#[cfg(feature = "tui")]
pub mod wizard;

use std::process::ExitCode;

pub use args::{Cli, Command, GlobalArgs};

/// `--version`: the crate version and the git revision it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("CHATWOOT_LINK_GIT_REV"),
    ")"
);

/// The process exit codes (DESIGN section 2); the same with or without `--json`.
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

/// A store error as the command line tells it: a keyring failure also names the ways around
/// a keyring that only the command line has (`--insecure-storage`, a systemd credential).
pub fn store_message(e: &crate::store::StoreError) -> String {
    match e {
        crate::store::StoreError::Keyring(_) => format!("{e}; {}", crate::store::OTHER_WAYS),
        _ => e.to_string(),
    }
}

/// What every command returns: the exit code on success paths (0 or 1), or a failure.
pub type Outcome = Result<Exit, Failure>;

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> Outcome {
    match cli.command {
        #[cfg(feature = "tui")]
        None => wizard::run(&cli.global, cli.demo, cli.reset, None).await,
        #[cfg(not(feature = "tui"))]
        None => Err(Failure::usage(
            "this build has no wizard (feature `tui`); use `chatwoot-link add` or `check`",
        )),
        #[cfg(feature = "sandbox")]
        Some(Command::Sandbox {
            port,
            latency_ms,
            scenarios,
        }) => sandbox::run(port, latency_ms, &scenarios).await,
        Some(Command::Check(args)) => check::run(args, &cli.global).await,
        Some(Command::Add {
            name,
            check,
            insecure_storage,
        }) => add::run(name, check, insecure_storage, &cli.global).await,
        Some(Command::Edit(args)) => edit::run(args, &cli.global).await,
        Some(Command::Status { names }) => status::run(names, &cli.global).await,
        Some(Command::Remove {
            name,
            yes,
            rotate_token,
        }) => remove::run(name, yes, rotate_token, &cli.global).await,
        Some(Command::Rotate { name, yes }) => rotate::run(name, yes, &cli.global).await,
        Some(Command::List) => list::run(&cli.global),
        Some(Command::Show { name }) => show::run(&cli.global, &name),
        Some(Command::Rename { old, new }) => rename::run(&cli.global, &old, &new),
        Some(Command::Default { name }) => default::run(&cli.global, &name),
        Some(Command::Token { name }) => token::run(&cli.global, name.as_deref()),
        Some(Command::Env { name, with_token }) => {
            env::run(&cli.global, name.as_deref(), with_token)
        }
        Some(Command::Doctor { fix, offline }) => doctor::run(&cli.global, fix, offline).await,
        Some(Command::Completions { shell }) => completions::run(shell),
        Some(Command::Man) => man::run(),
        #[cfg(not(feature = "sandbox"))]
        Some(Command::Sandbox { .. }) => Err(Failure::usage(
            "this build has no sandbox (built without the `sandbox` feature)",
        )),
    }
}

#[cfg(test)]
mod tests {
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
        let readme = include_str!("../docs/codes.md");
        let start = readme
            .find("<!-- exits:start -->")
            .expect("exits:start marker");
        let start = start + "<!-- exits:start -->".len();
        let end = readme.find("<!-- exits:end -->").expect("exits:end marker");
        assert_eq!(
            readme[start..end].trim(),
            expected.trim(),
            "paste this table into docs/codes.md:\n{expected}"
        );
    }
}
