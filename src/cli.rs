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

mod add_many;
pub mod args;
pub mod check;
pub mod completions;
pub mod default;
pub mod doctor;
pub mod edit;
pub mod env;
mod examples;
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
        Some(Command::Add(args)) => add::run(args, &cli.global).await,
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
