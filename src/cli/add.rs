//! `chatwoot-link add`: run every check (the same output as `check`), then save the profile
//! only if every check passed, with the token in the keyring (or `tokens.toml` with
//! `--insecure-storage`; never as a silent fallback).

use serde::Serialize;

use super::args::{AddArgs, GlobalArgs};
use super::check::{self, Ending, TokenSource};
use super::linked::{self, open_store, read_ca_cert};
use super::output::{self, Symbols};
use super::{Exit, Failure, Outcome};
use crate::checks::{self, Certificate, CheckInputs, CheckReport};
use crate::i18n::msg;
use crate::link::{self, Save, store_place};
use crate::secret::Token;
use crate::store::{SaveOutcome, StoreError, TokenStoreKind, normalize_name};

/// `add --json` and `edit --json`: the check object plus what was saved.
#[derive(Serialize)]
pub struct SavedJson<'a> {
    #[serde(flatten)]
    pub report: &'a CheckReport,
    pub saved: bool,
    /// The saved profile as `list --json` shows it.
    pub profile: Option<serde_json::Value>,
}

/// Runs `add`: with `--name`, one profile (the account from `--account-id` or the
/// dashboard URL); without it, one profile per account, named from the account's name,
/// all sharing one stored token ([`super::add_many`]).
pub async fn run(args: AddArgs, global: &GlobalArgs) -> Outcome {
    let Some(name) = args.name.clone() else {
        return super::add_many::run(args, global).await;
    };
    if args.account_id.len() > 1 {
        return Err(Failure::usage(msg!(cli_add_name_one)));
    }
    let symbols = Symbols::from_env();
    let name = normalize_name(&name).map_err(Failure::from)?;
    let store = open_store(global)?;
    link::ensure_name_free(&store, &name).await?;
    let mut inputs = CheckInputs {
        url: args.url,
        email: Some(args.email),
        token: None,
        account_id: args.account_id.into_iter().next(),
        allow_http: args.allow_http,
        inbox_ids: args.inbox,
    };
    require_account(&inputs)?;
    let cert = args.ca_cert.as_deref().map(read_ca_cert).transpose()?;
    inputs.token = token_input(args.token_stdin).await?;
    let kind = if args.insecure_storage {
        TokenStoreKind::File
    } else {
        TokenStoreKind::Keyring
    };
    let Some(token) = inputs.token.clone() else {
        // The local check reports the missing token; nothing is sent or saved.
        return Err(local_stop(&inputs, global.json, symbols)
            .unwrap_or_else(|| Failure::usage(msg!(cli_no_token))));
    };
    let save = Save::New {
        name,
        token,
        kind,
        cert: cert.clone(),
    };
    check_then_save(inputs, cert, save, global, symbols).await
}

/// An `add` without an Account ID could only be checked, not saved: say so before anything
/// is read or sent.
pub(super) fn require_account(inputs: &CheckInputs) -> Result<(), Failure> {
    if checks::plan(inputs).account_id.is_none() {
        return Err(Failure::usage(msg!(cli_add_needs_account)));
    }
    Ok(())
}

/// The new token from `--token-stdin` or `CHATWOOT_LINK_TOKEN`, if given.
pub async fn token_input(token_stdin: bool) -> Result<Option<Token>, Failure> {
    match check::read_token(token_stdin).await? {
        // Stored as sent: trimmed (the raw line still ends in its newline). A token that
        // fails its format check is kept raw for the local check to report.
        TokenSource::Given(t) => Ok(Some(Token::parse(t.expose()).unwrap_or(t))),
        TokenSource::Missing => Ok(None),
        TokenSource::Interrupted => Err(Failure::new(
            Exit::Interrupted,
            msg!(cli_interrupted_nothing_checked),
        )),
    }
}

/// Runs every check and, when all pass, saves the facts they gave as `save` says. Prints
/// as `check` does, then what was saved; `--json` prints one [`SavedJson`].
pub async fn check_then_save(
    inputs: CheckInputs,
    trust: Option<Certificate>,
    save: Save,
    global: &GlobalArgs,
    symbols: Symbols,
) -> Outcome {
    let json = global.json;
    if let Some(failure) = local_stop(&inputs, json, symbols) {
        return Err(failure);
    }
    let cache = linked::cache_trusting(global, &inputs, trust.as_ref())?;
    let (ending, mut report) = check::live(inputs, &cache, !json, symbols).await;
    if ending == Ending::Interrupted {
        if json {
            emit(&report, None);
        }
        return Err(Failure::new(
            Exit::Interrupted,
            msg!(cli_interrupted_nothing_saved),
        ));
    }
    let data = if report.ok {
        link::profile_data(&report)
    } else {
        None
    };
    let Some(data) = data else {
        show(&report, None, json);
        if !json {
            check::say(&msg!(cli_nothing_saved_fix).to_string());
        }
        return Ok(Exit::CheckFailed);
    };
    let store = open_store(global)?;
    if let Some(w) = link::linked_elsewhere(&store, &data, save.replaces()).await? {
        report.warnings.push(w);
    }
    let kind = save.kind();
    match save.run(&store, data).await {
        Ok(outcome) => {
            let entry = outcome.record.list_entry(&outcome.name);
            show(&report, Some(entry), json);
            if !json {
                say_saved(&outcome);
            }
            for w in &outcome.warnings {
                eprintln!("{}", msg!(cli_warning, message = w));
            }
            Ok(Exit::Ok)
        }
        Err(e) => {
            show(&report, None, json);
            let secret_store = matches!(
                e.store_error(),
                Some(StoreError::Keyring(_) | StoreError::ReadBackMismatch { .. })
            );
            let mut failure = Failure::from(e);
            if failure.exit == Exit::Storage {
                let error = failure.message;
                failure.message = if secret_store {
                    msg!(
                        cli_save_failed_tried,
                        place = store_place(kind),
                        describe = store.secrets(kind).describe(),
                        error = error
                    )
                } else {
                    msg!(cli_save_failed, error = error)
                };
            }
            Err(failure)
        }
    }
}

/// A value that fails its local check (or a missing token): printed as `check` does, and
/// the exit-2 failure; nothing is sent.
fn local_stop(inputs: &CheckInputs, json: bool, symbols: Symbols) -> Option<Failure> {
    let report = check::local_report(inputs)?;
    if json {
        emit(&report, None);
    } else {
        check::print_report(&report, false, symbols);
    }
    Some(check::local_failure(&report))
}

/// The one `--json` object.
fn emit(report: &CheckReport, profile: Option<serde_json::Value>) {
    check::print_json(&SavedJson {
        report,
        saved: profile.is_some(),
        profile,
    });
}

/// After the live lines: the JSON object, or the summary.
fn show(report: &CheckReport, profile: Option<serde_json::Value>, json: bool) {
    if json {
        emit(report, profile);
    } else {
        check::say(output::summary(report).trim_end());
    }
}

fn say_saved(outcome: &SaveOutcome) {
    let r = &outcome.record;
    let name = outcome.name.as_str();
    let host = link::host(&r.data.url);
    let account_name = crate::sanitize::sanitize(&r.data.account_name);
    let place = store_place(r.token_store);
    let id = r.data.account_id.to_string();
    let line = if outcome.is_default {
        msg!(
            cli_saved_default,
            name = name,
            host = host,
            account_id = id,
            account_name = account_name,
            place = place
        )
    } else {
        msg!(
            cli_saved,
            name = name,
            host = host,
            account_id = id,
            account_name = account_name,
            place = place
        )
    };
    check::say(&line.to_string());
}
