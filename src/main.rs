//! `chatwoot-link`: parse the command line, then run the command or open the wizard (the
//! binary is where the two faces meet; neither imports the other), and map the outcome to
//! an exit code.

use std::process::ExitCode;

#[path = "main/wizard.rs"]
mod wizard;

use chatwoot_link::cli::{self, Exit};
use chatwoot_link::i18n;
use clap::Parser;

fn main() -> ExitCode {
    chatwoot_link::secret::harden_process();
    let args = cli::Cli::parse();
    let (lang, unknown) = i18n::from_environment(args.global.lang, |k| std::env::var(k).ok());
    i18n::set_language(lang);
    if let Some(i18n::LangError(given)) = unknown {
        eprintln!(
            "{}",
            i18n::msg!(
                lang_unknown,
                given = given,
                fallback = i18n::msg!(lang_name)
            )
        );
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!(
                "{}",
                i18n::msg!(
                    cli_error,
                    message = i18n::msg!(cli_no_runtime, error = e.to_string())
                )
            );
            return Exit::Storage.into();
        }
    };
    // `--verbose`: the log covers the wizard as every command.
    let _ = cli::log::init(&args.global);
    let outcome = runtime.block_on(async {
        match cli::wizard_start(&args)? {
            Some(start) => wizard::run(&args.global, start).await,
            None => cli::run(args).await,
        }
    });
    match &outcome {
        Ok(exit) => tracing::info!("finished: exit {}", *exit as u8),
        Err(f) => tracing::info!("finished: exit {}: {}", f.exit as u8, f.message.english()),
    }
    // Keyring calls run on detached threads; never wait for them on the way out.
    runtime.shutdown_background();
    match outcome {
        Ok(exit) => exit.into(),
        Err(failure) => {
            eprintln!("{}", i18n::msg!(cli_error, message = &failure.message));
            failure.exit.into()
        }
    }
}
