//! The token for `check`, `add` and `edit`: from stdin (echo off on a terminal) or the
//! environment, never from an argument.

use std::io::{BufRead as _, IsTerminal as _};

use super::interrupted;
use crate::cli::Failure;
use crate::secret::Token;

/// The environment variable `check`, `add` and `edit` read the token from.
pub const TOKEN_ENV: &str = "CHATWOOT_LINK_TOKEN";

/// Where the token came from, if anywhere.
pub enum TokenSource {
    Given(Token),
    Missing,
    Interrupted,
}

/// The token from stdin (`--token-stdin`, which wins) or `CHATWOOT_LINK_TOKEN`.
pub async fn read_token(token_stdin: bool) -> Result<TokenSource, Failure> {
    if token_stdin {
        return read_token_stdin().await;
    }
    Ok(match std::env::var(TOKEN_ENV) {
        Ok(v) if !v.trim().is_empty() => TokenSource::Given(Token::from_trusted(v)),
        _ => TokenSource::Missing,
    })
}

async fn read_token_stdin() -> Result<TokenSource, Failure> {
    let tty = std::io::stdin().is_terminal();
    let stop = interrupted();
    let echo = if tty {
        eprint!("{} ", crate::i18n::msg!(cli_token_prompt));
        Some(EchoOff::new())
    } else {
        None
    };
    let read = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map(|n| (n, line))
    });
    let result = tokio::select! {
        r = read => r,
        () = stop => {
            drop(echo);
            if tty { eprintln!(); }
            return Ok(TokenSource::Interrupted);
        }
    };
    drop(echo);
    if tty {
        eprintln!();
    }
    match result {
        Ok(Ok((0, _))) => Ok(TokenSource::Missing),
        // Moved, not copied: the only copy is zeroed when the Token drops.
        Ok(Ok((_, line))) => Ok(TokenSource::Given(Token::from_trusted(line))),
        Ok(Err(e)) => Err(Failure::usage(crate::i18n::msg!(
            cli_token_stdin_error,
            error = e.to_string()
        ))),
        Err(_) => Err(Failure::usage(crate::i18n::msg!(cli_token_stdin_failed))),
    }
}

/// Terminal echo off while the token is typed; restored on drop.
struct EchoOff {
    #[cfg(unix)]
    saved: Option<rustix::termios::Termios>,
}

impl EchoOff {
    fn new() -> Self {
        #[cfg(unix)]
        {
            use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
            let stdin = std::io::stdin();
            let saved = tcgetattr(&stdin).ok();
            if let Some(t) = &saved {
                let mut quiet = t.clone();
                quiet.local_modes.remove(LocalModes::ECHO);
                quiet.local_modes.insert(LocalModes::ECHONL);
                let _ = tcsetattr(&stdin, OptionalActions::Now, &quiet);
            }
            Self { saved }
        }
        #[cfg(not(unix))]
        {
            Self {}
        }
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(t) = &self.saved {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Now,
                t,
            );
        }
    }
}
