//! `chatwoot-link check`: run every check, print each as it completes, save nothing.

use std::io::Write as _;
use std::pin::pin;

use futures::StreamExt;

use super::args::{CheckArgs, GlobalArgs};
use super::output::{self, Symbols};
use super::{Exit, Failure, Outcome};
use crate::checks::{
    self, BuildError, Cache, CheckId, CheckInputs, CheckReport, CheckUpdate, ClientOptions, Code,
    Status,
};
use crate::i18n::msg;

mod token;

pub use token::{TOKEN_ENV, TokenSource, read_token};

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

/// The exit code of a check run (docs/codes.md): the first thing that stopped it wins.
pub fn exit_code(ending: Ending, report: &CheckReport) -> Exit {
    match ending {
        Ending::LocalFailure => Exit::Usage,
        Ending::Interrupted => Exit::Interrupted,
        Ending::Completed if report.ok => Exit::Ok,
        Ending::Completed => Exit::CheckFailed,
    }
}

/// Resolves on Ctrl-C, or SIGTERM on Unix. The handlers are installed by the call itself,
/// not on the first poll: call it before starting what it guards, or a signal that arrives
/// in between kills the process instead (no report, no exit 130). Needs a tokio runtime.
pub fn interrupted() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let int = signal(SignalKind::interrupt());
        let term = signal(SignalKind::terminate());
        async move {
            match (int, term) {
                (Ok(mut int), Ok(mut term)) => {
                    tokio::select! {
                        _ = int.recv() => {}
                        _ = term.recv() => {}
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Runs `check`.
pub async fn run(args: CheckArgs, global: &GlobalArgs) -> Outcome {
    let symbols = Symbols::from_env();
    let trust = match args.ca_cert.as_deref().map(super::linked::read_ca_cert) {
        Some(Err(failure)) => return Err(stopped_unsent(&args, global, failure)),
        Some(Ok(cert)) => Some(cert),
        None => None,
    };
    let token = match read_token(args.token_stdin).await {
        Ok(TokenSource::Given(t)) => Some(t),
        Ok(TokenSource::Missing) => None,
        Ok(TokenSource::Interrupted) => {
            let failure = Failure::new(Exit::Interrupted, msg!(cli_interrupted_nothing_checked));
            return Err(stopped_unsent(&args, global, failure));
        }
        Err(failure) => return Err(stopped_unsent(&args, global, failure)),
    };
    let inputs = CheckInputs {
        url: args.url,
        email: args.email,
        token,
        account_id: args.account_id,
        allow_http: args.allow_http,
        inbox_ids: args.inbox,
    };
    if let Some(report) = local_report(&inputs) {
        print_report(&report, global.json, symbols);
        return Err(local_failure(&report));
    }
    let plan = checks::plan(&inputs);
    let built = Cache::new(ClientOptions::with_timeout_secs(global.timeout)).and_then(|cache| {
        if let Ok(url) = &plan.url {
            cache.trust(&url.url, trust.as_ref())?;
        }
        Ok(cache)
    });
    let cache = match built {
        Ok(cache) => cache,
        Err(e) => {
            let report = unsent_report(&plan, &msg!(cli_check_no_client));
            if global.json {
                print_json(&report);
            }
            let mut failure = super::linked::build_failure(&e);
            failure.message = match e {
                BuildError::Proxy(_) => msg!(cli_proxy_unsent, error = e.msg()),
                BuildError::Client(_) => msg!(cli_tls_store_unsent, error = e.msg()),
            };
            return Err(failure);
        }
    };
    let (ending, report) = live(inputs, &cache, !global.json, symbols).await;
    let exit = exit_code(ending, &report);
    if global.json {
        print_json(&report);
    } else if ending == Ending::Completed {
        say(output::summary(&report).trim_end());
    }
    match exit {
        Exit::Interrupted => Err(Failure::new(exit, msg!(cli_interrupted_nothing_saved))),
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
    let mut report = unsent_report(&plan, &msg!(cli_check_not_sent_input));
    if inputs.token.is_none() {
        report.apply(&CheckUpdate::new(
            CheckId::Token,
            Status::Fail,
            Code::TokenFormat,
            msg!(cli_check_missing_token),
        ));
    }
    Some(report)
}

/// The exit-2 failure of a [`local_report`]: its first failing check.
pub fn local_failure(report: &CheckReport) -> Failure {
    let (check, message) = report
        .checks
        .iter()
        .find(|c| c.status == Status::Fail)
        .map_or_else(Default::default, |c| {
            (c.id.as_str().to_owned(), c.message.to_string())
        });
    Failure::new(
        exit_code(Ending::LocalFailure, report),
        msg!(cli_local_failure, check = check, message = message),
    )
}

/// Runs the checks against the server until they finish or the user interrupts (Ctrl-C,
/// SIGTERM); then what was still running is `not_checked`. With `show`, checks are printed
/// in their fixed order, each as soon as it and those before it are final; a check never
/// waits on a later one, so this delays nothing that matters.
pub async fn live(
    inputs: CheckInputs,
    cache: &Cache,
    show: bool,
    symbols: Symbols,
) -> (Ending, CheckReport) {
    let mut stop = pin!(interrupted());
    let mut report = CheckReport::new();
    let mut updates = pin!(checks::run(inputs, cache));
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
            if !report.is_finished(id) {
                report.apply(&CheckUpdate::new(
                    id,
                    Status::Skipped,
                    Code::NotChecked,
                    msg!(cli_check_interrupted),
                ));
            }
        }
    }
    (ending, report)
}

/// The report of a run that ends before any request: each check's local result, and
/// `not_checked` saying `why` for the checks that needed the server.
fn unsent_report(plan: &checks::Plan, why: &crate::i18n::Msg) -> CheckReport {
    let mut report = CheckReport::new();
    for mut u in plan.local_updates() {
        if u.code == Code::NotChecked {
            u.message = why.clone();
        }
        report.apply(&u);
    }
    report
}

/// Stops before the token was read (interrupted, or stdin failed). `--json` still prints its
/// one object: every check `not_checked`, with the origin when the URL parses.
fn stopped_unsent(args: &CheckArgs, global: &GlobalArgs, failure: Failure) -> Failure {
    if global.json {
        let mut report = CheckReport::new();
        let why = if failure.exit == Exit::Interrupted {
            msg!(cli_check_token_interrupted)
        } else {
            msg!(cli_check_token_unreadable)
        };
        for id in CheckId::ALL {
            let mut u = CheckUpdate::new(id, Status::Skipped, Code::NotChecked, why.clone());
            if id == CheckId::Url
                && let Some(origin) = checks::plan(&CheckInputs {
                    url: args.url.clone(),
                    allow_http: args.allow_http,
                    ..CheckInputs::default()
                })
                .origin()
            {
                u = u.with_facts(checks::Facts::Origin(origin.to_owned()));
            }
            report.apply(&u);
        }
        print_json(&report);
    }
    failure
}

/// Prints a report: `--json`'s one object, or one line per check.
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

/// Prints the report as `--json`'s one object on stdout.
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
