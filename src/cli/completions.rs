//! `completions SHELL`: generated from the clap definition.

use clap::CommandFactory;

use crate::cli::{Cli, Exit, Outcome};

pub fn run(shell: clap_complete::Shell) -> Outcome {
    clap_complete::generate(
        shell,
        &mut Cli::command(),
        "chatwoot-link",
        &mut std::io::stdout(),
    );
    Ok(Exit::Ok)
}
