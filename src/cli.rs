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
pub mod log;
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

mod failure;

pub use args::{Cli, Command, GlobalArgs};
pub use failure::{Exit, Failure, OTHER_WAYS, store_message, store_msg};

/// `--version`: the crate version and the git revision it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("CHATWOOT_LINK_GIT_REV"),
    ")"
);

/// What every command returns: the exit code on success paths (0 or 1), or a failure.
pub type Outcome = Result<Exit, Failure>;

/// The wizard a command line asks for instead of a command, for the binary to open (the
/// command line itself never starts it: the two faces do not import each other).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WizardStart {
    /// `--demo`: against the built-in sandbox.
    pub demo: bool,
    /// `--demo --reset`: forget the demo profiles first.
    pub reset: bool,
    /// `edit NAME` alone on a terminal: the form on that profile.
    pub edit: Option<String>,
}

/// The wizard `cli` asks for: no subcommand, or `edit NAME` with nothing to change on a
/// terminal. `None`: run the command with [`run`].
pub fn wizard_start(cli: &Cli) -> Result<Option<WizardStart>, Failure> {
    match &cli.command {
        None => Ok(Some(WizardStart {
            demo: cli.demo,
            reset: cli.reset,
            edit: None,
        })),
        Some(Command::Edit(args)) if edit::opens_the_wizard(args) => Ok(Some(WizardStart {
            demo: false,
            reset: false,
            edit: Some(crate::store::normalize_name(&args.name)?),
        })),
        Some(_) => Ok(None),
    }
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> Outcome {
    match cli.command {
        // The binary opens the wizard itself (see `wizard_start`); a library caller has none.
        None => Err(Failure::usage(crate::i18n::msg!(cli_no_command))),
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
        Some(Command::Rename { old, new }) => rename::run(&cli.global, &old, &new).await,
        Some(Command::Default { name }) => default::run(&cli.global, &name).await,
        Some(Command::Token { name }) => token::run(&cli.global, name.as_deref()),
        Some(Command::Env { name, with_token }) => {
            env::run(&cli.global, name.as_deref(), with_token)
        }
        Some(Command::Doctor { fix, offline }) => doctor::run(&cli.global, fix, offline).await,
        Some(Command::Completions { shell }) => completions::run(shell),
        Some(Command::Man) => man::run(),
        #[cfg(not(feature = "sandbox"))]
        Some(Command::Sandbox { .. }) => Err(Failure::usage(crate::i18n::msg!(cli_no_sandbox))),
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use super::*;

    fn start(args: &[&str]) -> Option<WizardStart> {
        let cli = Cli::try_parse_from(args).expect("parses");
        wizard_start(&cli).expect("no failure")
    }

    #[test]
    fn the_binary_opens_the_wizard_only_without_a_command() {
        let plain = WizardStart {
            demo: false,
            reset: false,
            edit: None,
        };
        assert_eq!(start(&["chatwoot-link"]), Some(plain));
        let demo = start(&["chatwoot-link", "--demo", "--reset"]).expect("wizard");
        assert!(demo.demo && demo.reset && demo.edit.is_none());
        assert_eq!(start(&["chatwoot-link", "list"]), None);
        // Something to change: the command runs, terminal or not.
        assert_eq!(
            start(&["chatwoot-link", "edit", "acme", "--url", "x"]),
            None
        );
    }
}
