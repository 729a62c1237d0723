//! The binary's face: argument parsing, dispatch to one module per command, exit codes.

pub mod add;
pub mod args;
pub mod check;
pub mod edit;
pub mod linked;
pub mod output;
pub mod remove;
pub mod rotate;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod status;

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

/// What every command returns: the exit code on success paths (0 or 1), or a failure.
pub type Outcome = Result<Exit, Failure>;

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> Outcome {
    match cli.command {
        None => Err(Failure::usage(
            "the wizard is not built yet; use `chatwoot-link check` (see --help)",
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
        Some(Command::Edit {
            name,
            url,
            email,
            account_id,
            token_stdin,
            new_name,
            allow_http,
        }) => {
            let args = edit::EditArgs {
                name,
                url,
                email,
                account_id,
                token_stdin,
                new_name,
                allow_http,
            };
            edit::run(args, &cli.global).await
        }
        Some(Command::Status { names }) => status::run(names, &cli.global).await,
        Some(Command::Remove {
            name,
            yes,
            rotate_token,
        }) => remove::run(name, yes, rotate_token, &cli.global).await,
        Some(Command::Rotate { name, yes }) => rotate::run(name, yes, &cli.global).await,
        Some(_) => Err(Failure::usage("this command is not implemented yet")),
    }
}
