//! `man`: the man page, generated from the clap definition.

use clap::CommandFactory;

use crate::cli::{Cli, Exit, Failure, Outcome};

pub fn run() -> Outcome {
    match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
        // A closed pipe (`man | head`) is the reader's choice, not a failure.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::new(
            Exit::Storage,
            crate::i18n::msg!(cli_man_write_failed, error = e.to_string()),
        )),
        _ => Ok(Exit::Ok),
    }
}
