//! `chatwoot-link status [NAME…]`: re-check profiles live, all at once, each with its own
//! time limit; one [`Cache`] for the run, so profiles with the same URL and token share
//! their requests. Profiles that pass get a new `verified_at` (failing to write it is a
//! warning). Exit 3 if any token could not be read, else 1 if any check failed, else 0.

use std::pin::pin;

use futures::StreamExt;
use jiff::Timestamp;
use serde::Serialize;

use super::args::GlobalArgs;
use super::check::{self, interrupted};
use super::linked::{self, open_store};
use super::output::{self, Symbols};
use super::{Exit, Failure, Outcome, store_message};
use crate::checks::{
    AccountFacts, Cache, InboxFacts, OperationsFacts, ReportCheck, ServerFacts, Status, UserFacts,
    Warning, WhatsappFacts,
};
use crate::i18n::{msg, t};
use crate::link::{self, PROFILE_SLACK, Rechecked, recheck_all, record_verified};
use crate::store::{StoreError, TokenStoreKind};

/// One profile's result.
type Checked = Rechecked;

/// One entry of `status --json`: the name and store, then the check object without
/// `accounts`, then `error` (why nothing was checked, or null).
#[derive(Serialize)]
struct Entry<'a> {
    name: &'a str,
    token_store: TokenStoreKind,
    schema: u32,
    ok: bool,
    url: Option<&'a str>,
    checks: &'a [ReportCheck],
    server: Option<&'a ServerFacts>,
    user: Option<&'a UserFacts>,
    account: Option<&'a AccountFacts>,
    inboxes: Option<&'a InboxFacts>,
    warnings: &'a [Warning],
    operations: Option<&'a OperationsFacts>,
    whatsapp: Option<&'a WhatsappFacts>,
    /// The profile's chosen inboxes, re-checked.
    inbox_ids: &'a [u64],
    error: Option<String>,
}

#[derive(Serialize)]
struct StatusJson<'a> {
    schema: u32,
    ok: bool,
    profiles: Vec<Entry<'a>>,
}

/// Runs `status`.
pub async fn run(names: Vec<String>, global: &GlobalArgs) -> Outcome {
    let symbols = Symbols::from_env();
    let store = open_store(global)?;
    let config = link::config(&store).await?;
    let selected = link::select(&config, names)?;
    if selected.is_empty() {
        if global.json {
            check::print_json(&StatusJson {
                schema: 1,
                ok: true,
                profiles: Vec::new(),
            });
        } else {
            check::say(&t!(cli_status_empty));
        }
        return Ok(Exit::Ok);
    }
    let cache = Cache::new(linked::client_options(global))
        .map_err(|e| Failure::new(Exit::CheckFailed, e.msg()))?;
    let limit = linked::client_options(global).timeout + PROFILE_SLACK;
    let order: Vec<String> = selected.iter().map(|(n, _)| n.clone()).collect();
    let mut running = pin!(recheck_all(&store, &cache, selected, limit));
    let mut done: Vec<Checked> = Vec::new();
    // Lines come in the order of `order` (as in `--json`), each as soon as it and every
    // profile before it are done: the output is the same from run to run.
    let mut printed = 0;
    let mut stop = pin!(interrupted());
    loop {
        tokio::select! {
            next = running.next() => match next {
                Some(c) => {
                    done.push(c);
                    if !global.json {
                        printed = print_ready(&order, &done, printed, symbols);
                    }
                }
                None => break,
            },
            () = &mut stop => {
                if !global.json {
                    // The finished ones still waiting for a slower one before them.
                    for name in &order[printed..] {
                        if let Some(c) = done.iter().find(|c| c.name == *name) {
                            check::say(&line(c, symbols));
                        }
                    }
                }
                return Err(Failure::new(Exit::Interrupted, msg!(cli_status_interrupted)));
            }
        }
    }
    // One config write for every profile that passed (each stays untouched otherwise).
    if let Err(e) = record_verified(store.clone(), &done, Timestamp::now()).await {
        let problem = msg!(cli_status_not_recorded, error = e.msg());
        eprintln!("{}", msg!(cli_warning, message = problem));
    }
    done.sort_by_key(|c| order.iter().position(|n| *n == c.name));
    let secret_failed = done.iter().any(|c| c.secret_error.is_some());
    let ok = done.iter().all(|c| c.report.ok && c.secret_error.is_none());
    if global.json {
        check::print_json(&StatusJson {
            schema: 1,
            ok,
            profiles: done.iter().map(entry).collect(),
        });
    } else {
        check::say(&summary(&done));
    }
    Ok(if secret_failed {
        Exit::Storage
    } else if ok {
        Exit::Ok
    } else {
        Exit::CheckFailed
    })
}

/// Prints the lines of `order[printed..]` whose profiles are all done, up to the first one
/// still running; returns how many of `order` are printed now.
fn print_ready(order: &[String], done: &[Checked], mut printed: usize, symbols: Symbols) -> usize {
    while let Some(c) = order
        .get(printed)
        .and_then(|name| done.iter().find(|c| c.name == *name))
    {
        check::say(&line(c, symbols));
        printed += 1;
    }
    printed
}

/// `✓ acme  chat.example.com  account 1  all checks passed`
fn line(c: &Checked, symbols: Symbols) -> String {
    let (status, mut message) = c.summary();
    if let Some(e @ StoreError::Keyring(_)) = &c.secret_error {
        // As `summary` tells it, with the ways around a keyring that the CLI has.
        message =
            crate::sanitize::sanitize(&t!(cli_status_token_unreadable, error = store_message(e)));
    }
    format!(
        "{} {:<16} {}",
        output::symbol(status, symbols),
        c.name,
        msg!(
            cli_status_line,
            host = link::host(&c.record.data.url),
            account_id = c.record.data.account_id.to_string(),
            message = message
        )
    )
}

fn entry(c: &Checked) -> Entry<'_> {
    let r = &c.report;
    Entry {
        name: &c.name,
        token_store: c.record.token_store,
        schema: r.schema,
        ok: r.ok && c.secret_error.is_none(),
        url: r.url.as_deref(),
        checks: &r.checks,
        server: r.server.as_ref(),
        user: r.user.as_ref(),
        account: r.account.as_ref(),
        inboxes: r.inboxes.as_ref(),
        warnings: &r.warnings,
        operations: r.operations.as_ref(),
        whatsapp: r.whatsapp.as_ref(),
        inbox_ids: &c.record.data.inbox_ids,
        // Machine output: in English whatever the language.
        error: c
            .secret_error
            .as_ref()
            .map(|e| super::store_msg(e).english()),
    }
}

/// `3 profiles: 2 passed (1 with warnings), 1 failed`
fn summary(done: &[Checked]) -> String {
    let failed = done
        .iter()
        .filter(|c| !c.report.ok || c.secret_error.is_some())
        .count();
    let warned = done
        .iter()
        .filter(|c| c.report.ok && c.secret_error.is_none())
        .filter(|c| c.report.checks.iter().any(|x| x.status == Status::Warn))
        .count();
    let total = done.len();
    t!(
        cli_status_summary,
        total = total,
        passed = total - failed,
        warned = warned,
        failed = failed
    )
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, t, with_language};

    fn said(lang: Lang, total: usize, warned: usize, failed: usize) -> String {
        with_language(lang, || {
            t!(
                cli_status_summary,
                total = total,
                passed = total - failed,
                warned = warned,
                failed = failed
            )
        })
    }

    #[test]
    fn the_summary_counts_in_every_language() {
        assert_eq!(said(Lang::En, 1, 0, 0), "1 profile: 1 passed");
        assert_eq!(
            said(Lang::En, 3, 1, 1),
            "3 profiles: 2 passed (1 with warnings), 1 failed"
        );
        assert_eq!(said(Lang::Es, 1, 0, 0), "1 vínculo: 1 correcto");
        assert_eq!(
            said(Lang::Es, 3, 1, 2),
            "3 vínculos: 1 correcto (1 con advertencias), 2 fallaron"
        );
        assert_eq!(
            said(Lang::PtBr, 3, 0, 1),
            "3 vínculos: 2 aprovados, 1 falhou"
        );
    }
}
