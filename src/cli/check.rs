//! `chatwoot-link check`: run every check, print each as it completes, save nothing.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::pin::pin;

use futures::StreamExt;

use super::args::{CheckArgs, GlobalArgs};
use super::output::{self, Symbols};
use super::{Exit, Failure, Outcome};
use crate::checks::{
    self, Cache, CheckId, CheckInputs, CheckReport, CheckUpdate, ClientOptions, Code, Status,
};
use crate::secret::Token;

/// The environment variable `check`, `add` and `edit` read the token from.
pub const TOKEN_ENV: &str = "CHATWOOT_LINK_TOKEN";

const MISSING_TOKEN: &str = "no token given: pipe it to --token-stdin or set CHATWOOT_LINK_TOKEN (Profile Settings → Access Token in Chatwoot)";

/// How a run ended, for [`exit_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// An input failed its local check; nothing was sent.
    LocalFailure,
    /// Ctrl-C or SIGTERM before the checks finished.
    Interrupted,
    /// Every check reached a final status.
    Completed,
}

/// The exit code of a check run (DESIGN section 2): the first thing that stopped it wins.
pub fn exit_code(ending: Ending, report: &CheckReport) -> Exit {
    match ending {
        Ending::LocalFailure => Exit::Usage,
        Ending::Interrupted => Exit::Interrupted,
        Ending::Completed if report.ok => Exit::Ok,
        Ending::Completed => Exit::CheckFailed,
    }
}

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
    let echo = if tty {
        eprint!("API access token (input hidden): ");
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
        () = interrupted() => {
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
        Ok(Err(e)) => Err(Failure::usage(format!(
            "cannot read the token from stdin: {e}"
        ))),
        Err(_) => Err(Failure::usage("cannot read the token from stdin")),
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

/// Resolves on Ctrl-C, or SIGTERM on Unix.
pub async fn interrupted() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Runs `check`.
pub async fn run(args: CheckArgs, global: &GlobalArgs) -> Outcome {
    let symbols = Symbols::from_env();
    let token = match read_token(args.token_stdin).await? {
        TokenSource::Given(t) => Some(t),
        TokenSource::Missing => None,
        TokenSource::Interrupted => {
            return Err(Failure::new(
                Exit::Interrupted,
                "interrupted; nothing was checked or saved",
            ));
        }
    };
    let inputs = CheckInputs {
        url: args.url,
        email: args.email,
        token,
        account_id: args.account_id,
        allow_http: args.allow_http,
    };
    if let Some(report) = local_report(&inputs) {
        print_report(&report, global.json, symbols);
        return Err(local_failure(&report));
    }
    if let Some(failure) = bad_timeout(global) {
        let mut report = CheckReport::new();
        for u in checks::plan(&inputs).local_updates() {
            report.apply(&u);
        }
        print_report(&report, global.json, symbols);
        return Err(failure);
    }

    let cache = Cache::new(ClientOptions::with_timeout_secs(global.timeout))
        .map_err(|e| Failure::new(Exit::CheckFailed, e.to_string()))?;
    let (ending, report) = live(inputs, &cache, !global.json, symbols).await;
    let exit = exit_code(ending, &report);
    if global.json {
        print_json(&report);
    } else if ending == Ending::Completed {
        say(output::summary(&report).trim_end());
    }
    match exit {
        Exit::Interrupted => Err(Failure::new(exit, "interrupted; nothing was saved")),
        _ => Ok(exit),
    }
}

/// The report of inputs that fail their local checks (or lack a token), printed instead of
/// running anything; `None` when the live checks may run.
pub fn local_report(inputs: &CheckInputs) -> Option<CheckReport> {
    let plan = checks::plan(inputs);
    if inputs.token.is_some() && !plan.has_local_failure() {
        return None;
    }
    let mut report = CheckReport::new();
    for mut u in plan.local_updates() {
        if u.id == CheckId::Token && inputs.token.is_none() {
            u = CheckUpdate::new(
                CheckId::Token,
                Status::Fail,
                Code::TokenFormat,
                MISSING_TOKEN,
            );
        }
        report.apply(&u);
    }
    Some(report)
}

/// The exit-2 failure of a [`local_report`]: its first failing check.
pub fn local_failure(report: &CheckReport) -> Failure {
    let first = report
        .checks
        .iter()
        .find(|c| c.status == Status::Fail)
        .map_or_else(String::new, |c| format!("{}: {}", c.id.as_str(), c.message));
    Failure::new(
        exit_code(Ending::LocalFailure, report),
        format!("{first} (nothing was sent)"),
    )
}

/// A `--timeout` that is not a positive number of seconds (exit 2, nothing sent).
pub fn bad_timeout(global: &GlobalArgs) -> Option<Failure> {
    (!(global.timeout.is_finite() && global.timeout > 0.0)).then(|| {
        Failure::usage("--timeout must be a positive number of seconds (nothing was sent)")
    })
}

/// Runs the live checks until they finish or the user interrupts (then what was still
/// running is "not checked"). With `show`, checks are printed in their fixed order, each as
/// soon as it and those before it are final; a check never waits on a later one, so this
/// delays nothing that matters.
pub async fn live(
    inputs: CheckInputs,
    cache: &Cache,
    show: bool,
    symbols: Symbols,
) -> (Ending, CheckReport) {
    let mut report = CheckReport::new();
    let mut updates = pin!(checks::run(inputs, cache));
    let mut stop = pin!(interrupted());
    let mut done = [false; CheckId::ALL.len()];
    let mut printed = 0;
    let ending = loop {
        tokio::select! {
            update = updates.next() => match update {
                Some(u) => {
                    report.apply(&u);
                    done[u.id as usize] |= u.status.is_final();
                    while show && printed < done.len() && done[printed] {
                        say(&output::check_line(&report.checks[printed], symbols));
                        printed += 1;
                    }
                }
                None => break Ending::Completed,
            },
            () = &mut stop => break Ending::Interrupted,
        }
    };
    if ending == Ending::Interrupted {
        // The contract lists only final statuses: what was still running is "not checked".
        for id in CheckId::ALL {
            if !report.check(id).status.is_final() {
                report.apply(&CheckUpdate::new(
                    id,
                    Status::Skipped,
                    Code::NotChecked,
                    "not checked: interrupted",
                ));
            }
        }
    }
    (ending, report)
}

pub fn print_report(report: &CheckReport, json: bool, symbols: Symbols) {
    if json {
        print_json(report);
    } else {
        for c in &report.checks {
            say(&output::check_line(c, symbols));
        }
    }
}

/// One line of human output on stdout; colour is stripped by anstream when stdout is not
/// a terminal or `NO_COLOR` is set.
pub fn say(line: &str) {
    let mut out = anstream::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}

pub fn print_json(value: &impl serde::Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is the reader's choice, not an error to report.
            let _ = writeln!(out, "{s}").and_then(|()| out.flush());
        }
        // Serialising plain structs of strings and numbers cannot fail; say so if it did.
        Err(e) => eprintln!("error: cannot serialise the report: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_code_choice() {
        let mut r = CheckReport::new();
        assert_eq!(exit_code(Ending::Completed, &r), Exit::Ok);
        r.apply(&CheckUpdate::new(
            CheckId::Inboxes,
            Status::Warn,
            Code::NoWhatsappInbox,
            "w",
        ));
        assert_eq!(exit_code(Ending::Completed, &r), Exit::Ok, "warnings pass");
        r.apply(&CheckUpdate::new(
            CheckId::Token,
            Status::Fail,
            Code::TokenInvalid,
            "f",
        ));
        assert_eq!(exit_code(Ending::Completed, &r), Exit::CheckFailed);
        assert_eq!(exit_code(Ending::Interrupted, &r), Exit::Interrupted);
        assert_eq!(exit_code(Ending::LocalFailure, &r), Exit::Usage);
        assert_eq!(
            exit_code(Ending::LocalFailure, &CheckReport::new()),
            Exit::Usage
        );
    }
}
