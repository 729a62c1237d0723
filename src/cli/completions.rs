//! `completions SHELL`: generated from the clap definition.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, Exit, Failure, Outcome};

pub fn run(shell: clap_complete::Shell) -> Outcome {
    // clap_complete panics when its writer fails, so render into memory first.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "chatwoot-link", &mut script);
    let mut out = std::io::stdout().lock();
    match out.write_all(&script).and_then(|()| out.flush()) {
        // A closed pipe (`completions bash | head`) is the reader's choice, not a failure.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::new(
            Exit::Storage,
            crate::i18n::msg!(cli_completions_write_failed, error = e.to_string()),
        )),
        _ => Ok(Exit::Ok),
    }
}
