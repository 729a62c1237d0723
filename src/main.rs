//! `chatwoot-link`: parse the command line, run the command, map the outcome to an exit code.

use std::process::ExitCode;

use chatwoot_link::cli::{self, Exit};
use clap::Parser;

fn main() -> ExitCode {
    chatwoot_link::secret::harden_process();
    let args = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return Exit::Storage.into();
        }
    };
    let outcome = runtime.block_on(cli::run(args));
    // Keyring calls run on detached threads; never wait for them on the way out.
    runtime.shutdown_background();
    match outcome {
        Ok(exit) => exit.into(),
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            failure.exit.into()
        }
    }
}
