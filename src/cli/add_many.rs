//! `add` without `--name`: one profile per account (the `--account-id`s, the dashboard
//! URL's, or `--all-admin-accounts`), named from the account's name, the token stored once
//! for all of them. The flow is `link::link_accounts`; this file reads the flags and words
//! the outcome. Exit 0 when every chosen account was linked, else 1 (3: nothing could be
//! saved).

use serde::Serialize;

use super::add::{require_account, token_input};
use super::args::{AddArgs, GlobalArgs};
use super::check::{self, local_failure, local_report};
use super::linked::{self, open_store};
use super::output::{self, Symbols};
use super::{Exit, Failure, Outcome};
use crate::checks::{
    self, Cache, CheckId, CheckInputs, CheckReport, Code, ReportCheck, Status, Warning,
};
use crate::i18n::{msg, t};
use crate::link::{AccountResult, Accounts, ManyInputs, ManyOutcome, link_accounts, store_place};
use crate::store::TokenStoreKind;

/// `add --json` with several accounts: the shared check (URL, token, email, the token's
/// accounts), then one entry per account.
#[derive(Serialize)]
struct ManyJson<'a> {
    #[serde(flatten)]
    first: &'a CheckReport,
    /// Where the one stored token went.
    token_store: TokenStoreKind,
    results: Vec<ResultJson<'a>>,
}

#[derive(Serialize)]
struct ResultJson<'a> {
    account_id: u64,
    account_name: Option<&'a str>,
    /// The profile name it got (or would have got).
    name: Option<&'a str>,
    /// False for an account `--all-admin-accounts` left out (agent, suspended).
    chosen: bool,
    saved: bool,
    /// `ok` when saved, else why not.
    code: Code,
    message: &'a crate::i18n::Msg,
    warnings: &'a [Warning],
    /// The account's checks (null when it was not checked).
    checks: Option<&'a [ReportCheck]>,
    /// The saved profile as `list --json` shows it.
    profile: Option<serde_json::Value>,
}

pub async fn run(args: AddArgs, global: &GlobalArgs) -> Outcome {
    let symbols = Symbols::from_env();
    let accounts = accounts(&args)?;
    let mut inputs = CheckInputs {
        url: args.url.clone(),
        email: Some(args.email.clone()),
        token: None,
        account_id: None,
        allow_http: args.allow_http,
        inbox_ids: Vec::new(),
    };
    inputs.token = token_input(args.token_stdin).await?;
    if let Some(report) = local_report(&inputs) {
        check::print_report(&report, global.json, symbols);
        return Err(local_failure(&report));
    }
    let Some(token) = inputs.token else {
        return Err(Failure::usage(msg!(cli_no_token)));
    };
    let kind = if args.insecure_storage {
        TokenStoreKind::File
    } else {
        TokenStoreKind::Keyring
    };
    let store = open_store(global)?;
    let cache = Cache::new(linked::client_options(global))
        .map_err(|e| Failure::new(Exit::CheckFailed, e.msg()))?;
    let many = ManyInputs {
        url: args.url,
        email: args.email,
        token,
        allow_http: args.allow_http,
        accounts,
        kind,
    };
    let outcome = tokio::select! {
        o = link_accounts(&store, &cache, many) => o,
        () = check::interrupted() => {
            return Err(Failure::new(Exit::Interrupted, msg!(cli_interrupted_nothing_saved)));
        }
    };
    let outcome = outcome.map_err(|e| {
        let mut f = Failure::from(e);
        f.message = msg!(
            cli_many_save_failed,
            place = store_place(kind),
            error = f.message.clone()
        );
        f
    })?;
    if global.json {
        print_json(&outcome, kind);
    } else {
        print_text(&outcome, kind, symbols);
    }
    Ok(if outcome.all_saved() {
        Exit::Ok
    } else {
        Exit::CheckFailed
    })
}

/// The accounts the flags ask for: `--all-admin-accounts`, the `--account-id`s, or the
/// dashboard URL's.
fn accounts(args: &AddArgs) -> Result<Accounts, Failure> {
    if args.all_admin_accounts {
        return Ok(Accounts::AllAdmin);
    }
    if args.account_id.is_empty() {
        let inputs = CheckInputs {
            url: args.url.clone(),
            email: None,
            token: None,
            account_id: None,
            allow_http: args.allow_http,
            inbox_ids: Vec::new(),
        };
        require_account(&inputs)?;
        let id = checks::normalize_url(&args.url, args.allow_http)
            .ok()
            .and_then(|u| u.account_id);
        return id
            .map(|id| Accounts::Ids(vec![id]))
            .ok_or_else(|| Failure::usage(msg!(cli_add_needs_account_short)));
    }
    let ids = args
        .account_id
        .iter()
        .map(|a| match a.trim().parse::<u64>() {
            Ok(id) if id > 0 => Ok(id),
            _ => Err(Failure::usage(msg!(
                cli_account_id_invalid,
                given = format!("{a:?}")
            ))),
        })
        .collect::<Result<Vec<u64>, Failure>>()?;
    Ok(Accounts::Ids(ids))
}

fn print_json(outcome: &ManyOutcome, kind: TokenStoreKind) {
    let results = outcome
        .accounts
        .iter()
        .map(|a| ResultJson {
            account_id: a.account_id,
            account_name: a.account_name.as_deref(),
            name: a.name.as_deref(),
            chosen: a.chosen,
            saved: a.saved.is_some(),
            code: a.code,
            message: &a.message,
            warnings: &a.warnings,
            checks: a.report.as_ref().map(|r| r.checks.as_slice()),
            profile: a.saved.as_ref().map(|s| s.record.list_entry(&s.name)),
        })
        .collect();
    let mut first = outcome.first.clone();
    first.ok = outcome.all_saved();
    check::print_json(&ManyJson {
        first: &first,
        token_store: kind,
        results,
    });
}

fn print_text(outcome: &ManyOutcome, kind: TokenStoreKind, symbols: Symbols) {
    for id in [CheckId::Url, CheckId::Token, CheckId::Email] {
        check::say(&output::check_line(outcome.first.check(id), symbols));
    }
    if outcome.accounts.is_empty() {
        check::say(&t!(cli_nothing_saved_fix));
        return;
    }
    for a in &outcome.accounts {
        check::say(&account_line(a, symbols));
        for w in &a.warnings {
            check::say(&format!(
                "     ! {}: {}",
                w.code,
                crate::sanitize::sanitize(&w.message.to_string())
            ));
        }
    }
    let chosen = outcome.accounts.iter().filter(|a| a.chosen).count();
    let saved: Vec<&str> = outcome
        .accounts
        .iter()
        .filter_map(|a| a.saved.as_ref().map(|s| s.name.as_str()))
        .collect();
    if saved.is_empty() {
        check::say(&t!(cli_many_none_linked, chosen = chosen));
    } else {
        check::say(&t!(
            cli_many_linked,
            saved = saved.len(),
            chosen = chosen,
            place = store_place(kind),
            names = saved.join(", ")
        ));
    }
}

/// `✓  acme-demo   account 1 (Acme Demo): linked and checked`
fn account_line(a: &AccountResult, symbols: Symbols) -> String {
    let status = match (&a.saved, a.chosen) {
        (Some(_), _) if a.warnings.is_empty() => Status::Ok,
        (Some(_), _) => Status::Warn,
        (None, true) => Status::Fail,
        (None, false) => Status::Skipped,
    };
    let id = a.account_id.to_string();
    let what = match &a.account_name {
        Some(n) => msg!(cli_many_account_named, account_id = id, account_name = n),
        None => msg!(cli_many_account, account_id = id),
    };
    let message = a.message.to_string();
    let line = if a.saved.is_none() && a.chosen {
        t!(cli_many_not_linked, what = what, message = message)
    } else {
        t!(cli_many_result, what = what, message = message)
    };
    format!(
        "{} {:<16} {}",
        output::symbol(status, symbols),
        a.name.as_deref().unwrap_or(""),
        crate::sanitize::sanitize(&line),
    )
}
