//! Linking several accounts of one user in one go (an agency's Master User administers
//! many): one check of the URL, token and email, then every chosen account checked at once
//! through the same cache (so those requests are sent once), one profile per account that
//! passed, named from its account's name, and the token stored once for all of them.

use std::collections::BTreeSet;
use std::sync::Arc;

use futures::StreamExt;
use futures::future::join_all;

use crate::checks::{
    self, AccountFacts, Cache, CheckId, CheckInputs, CheckReport, Code, Status, Warning,
};
use crate::i18n::{Msg, msg};
use crate::secret::Token;
use crate::store::{ProfileData, SaveOutcome, Store, StoreError, TokenStoreKind, slug};

mod checked;

pub use checked::{Checked, save_checked};

/// Which accounts to link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accounts {
    /// These IDs (each is checked; one that cannot be linked says why).
    Ids(Vec<u64>),
    /// Every account where the token's user is an active administrator; the others are
    /// listed as skipped, with the reason.
    AllAdmin,
}

/// What linking several accounts needs: the values shared by all of them.
#[derive(Debug, Clone)]
pub struct ManyInputs {
    pub url: String,
    pub email: String,
    pub token: Token,
    pub allow_http: bool,
    pub accounts: Accounts,
    pub kind: TokenStoreKind,
}

/// What became of one account.
#[derive(Debug)]
pub struct AccountResult {
    pub account_id: u64,
    /// From the server; `None` when the token's user is not a member.
    pub account_name: Option<String>,
    /// The profile name it was (or would have been) saved under.
    pub name: Option<String>,
    /// The account's full check; `None` when it was not checked (skipped by `AllAdmin`).
    pub report: Option<CheckReport>,
    /// The saved profile; `None` when not saved.
    pub saved: Option<SaveOutcome>,
    /// `ok` when saved; else why not (the failed check's code, `not_administrator` or
    /// `suspended` for a skipped account, `name_taken`).
    pub code: Code,
    /// In the current language when shown; English in `--json`.
    pub message: Msg,
    /// Warnings of the account's check, and `already_linked`.
    pub warnings: Vec<Warning>,
    /// False for an account `AllAdmin` did not choose (it does not make the run fail).
    pub chosen: bool,
}

/// The whole run.
#[derive(Debug)]
pub struct ManyOutcome {
    /// The check of the URL, token and email (no account): when it fails, nothing else ran.
    pub first: CheckReport,
    /// One entry per account: chosen ones in the order asked (or the server's), then those
    /// `AllAdmin` skipped.
    pub accounts: Vec<AccountResult>,
}

impl ManyOutcome {
    /// True when the shared values passed and every chosen account was saved.
    pub fn all_saved(&self) -> bool {
        self.first.ok
            && self.accounts.iter().any(|a| a.chosen)
            && self
                .accounts
                .iter()
                .filter(|a| a.chosen)
                .all(|a| a.saved.is_some())
    }
}

impl ManyInputs {
    /// The check inputs for one account (`None`: the URL, token and email only). Inboxes
    /// belong to one account: none are chosen when linking several.
    pub fn check_inputs(&self, account: Option<u64>) -> CheckInputs {
        CheckInputs {
            url: self.url.clone(),
            email: Some(self.email.clone()),
            token: Some(self.token.clone()),
            account_id: account.map(|id| id.to_string()),
            allow_http: self.allow_http,
            inbox_ids: Vec::new(),
        }
    }
}

/// Checks and saves, as the module says. A store failure saves none of them (and is the
/// error); every other reason is per account, in the outcome.
pub async fn link_accounts(
    store: &Arc<Store>,
    cache: &Cache,
    inputs: ManyInputs,
) -> Result<ManyOutcome, StoreError> {
    let first = run_checks(inputs.check_inputs(None), cache).await;
    let shared_ok = [CheckId::Url, CheckId::Token, CheckId::Email]
        .iter()
        .all(|&id| first.check(id).status != Status::Fail);
    if !shared_ok {
        return Ok(ManyOutcome {
            first,
            accounts: Vec::new(),
        });
    }
    let (chosen, skipped) = choose(&inputs.accounts, &first.accounts);
    let reports = join_all(chosen.iter().map(|&id| check_account(cache, &inputs, id))).await;
    let checked = chosen
        .into_iter()
        .zip(reports)
        .map(|(account_id, report)| Checked {
            account_id,
            name: None,
            report,
        })
        .collect();
    let mut results = save_checked(store, &inputs, &first, checked, None).await?;
    results.extend(skipped.into_iter().map(skipped_result));
    Ok(ManyOutcome {
        first,
        accounts: results,
    })
}

/// One account's full check (through the shared cache, so what the accounts share is
/// asked once).
pub async fn check_account(cache: &Cache, inputs: &ManyInputs, id: u64) -> CheckReport {
    run_checks(inputs.check_inputs(Some(id)), cache).await
}

/// What the account's check warns about beyond the shared check (whose warnings, such as
/// `http_loopback`, hold for every account): checks that passed with a warning, then
/// warnings of its own.
fn own_warnings(report: &CheckReport, first: &CheckReport) -> Vec<Warning> {
    let checks = report
        .checks
        .iter()
        .filter(|c| c.status == Status::Warn)
        .map(|c| Warning::new(c.code, check_said(c)));
    let own = report
        .warnings
        .iter()
        .filter(|w| !first.warnings.contains(w))
        .cloned();
    checks.chain(own).collect()
}

/// `account: …`: what a check said, after its id (as the check lines and --json name it).
pub fn check_said(c: &crate::checks::ReportCheck) -> Msg {
    msg!(link_check_said, check = c.id.as_str(), message = &c.message)
}

/// The IDs to check (asked ones, without repeats; or every active administrator account)
/// and, for `AllAdmin`, the accounts left out.
fn choose(accounts: &Accounts, known: &[AccountFacts]) -> (Vec<u64>, Vec<AccountFacts>) {
    match accounts {
        Accounts::Ids(ids) => {
            let mut seen = BTreeSet::new();
            (
                ids.iter().copied().filter(|id| seen.insert(*id)).collect(),
                Vec::new(),
            )
        }
        Accounts::AllAdmin => {
            let (chosen, skipped): (Vec<&AccountFacts>, Vec<&AccountFacts>) =
                known.iter().partition(|a| eligible(a));
            (
                chosen.iter().map(|a| a.id).collect(),
                skipped.into_iter().cloned().collect(),
            )
        }
    }
}

/// An account the link can use: the user administers it and it is active.
pub fn eligible(a: &AccountFacts) -> bool {
    a.role == "administrator" && a.status == "active"
}

/// An account `AllAdmin` left out, and why.
fn skipped_result(a: AccountFacts) -> AccountResult {
    let (code, message) = if a.role == "administrator" {
        (
            Code::Suspended,
            msg!(link_skipped_inactive, status = &a.status),
        )
    } else {
        (
            Code::NotAdministrator,
            msg!(link_skipped_not_admin, role = &a.role),
        )
    };
    AccountResult {
        account_id: a.id,
        account_name: Some(a.name),
        name: None,
        report: None,
        saved: None,
        code,
        message,
        warnings: Vec::new(),
        chosen: false,
    }
}

/// The account's name as a profile name (`account-<id>` when nothing of it is usable);
/// `-<id>` is added when another account of this run already has that name.
fn profile_name(account_name: &str, id: u64, so_far: &[(String, ProfileData)]) -> String {
    let base = match slug(account_name) {
        s if s.is_empty() => format!("account-{id}"),
        s => s,
    };
    if so_far.iter().any(|(n, _)| *n == base) {
        let suffix = format!("-{id}");
        let mut stem = base;
        stem.truncate(crate::store::NAME_MAX.saturating_sub(suffix.len()));
        format!("{}{suffix}", stem.trim_end_matches('-'))
    } else {
        base
    }
}

/// One full run of the checks, folded into a report.
async fn run_checks(inputs: CheckInputs, cache: &Cache) -> CheckReport {
    let mut report = CheckReport::new();
    let mut updates = std::pin::pin!(checks::run(inputs, cache));
    while let Some(u) = updates.next().await {
        report.apply(&u);
    }
    report
}

#[cfg(test)]
mod tests;
