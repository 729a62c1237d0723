//! `man`: the man page, generated from the clap definition.

use clap::CommandFactory;

use crate::cli::{Cli, Exit, Failure, Outcome};

pub fn run() -> Outcome {
    clap_mangen::Man::new(Cli::command())
        .render(&mut std::io::stdout())
        .map_err(|e| Failure::new(Exit::Storage, format!("cannot write the man page: {e}")))?;
    Ok(Exit::Ok)
}
