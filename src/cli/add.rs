//! `chatwoot-link add`: run every check (the same output as `check`), then save the profile
//! only if every check passed, with the token in the keyring (or `tokens.toml` with
//! `--insecure-storage`; never as a silent fallback).

use serde::Serialize;

use super::args::{AddArgs, GlobalArgs};
use super::check::{self, Ending, TokenSource};
use super::linked::{self, blocking, open_store, store_place};
use super::output::{self, Symbols};
use super::{Exit, Failure, Outcome};
use crate::checks::{self, Cache, CheckInputs, CheckReport};
use crate::secret::Token;
use crate::store::{ProfileData, SaveOutcome, StoreError, TokenStoreKind, normalize_name};

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
        return Err(Failure::usage(
            "--name names one profile: with several --account-id, each profile is named from \
             its account's name (leave out --name)",
        ));
    }
    let symbols = Symbols::from_env();
    let name = normalize_name(&name).map_err(Failure::from)?;
    let store = open_store(global)?;
    let config = {
        let s = store.clone();
        blocking(move || s.config()).await.map_err(Failure::from)?
    };
    if config.profiles.contains_key(&name) {
        return Err(Failure::from(StoreError::NameTaken { name }));
    }
    let mut inputs = CheckInputs {
        url: args.url,
        email: Some(args.email),
        token: None,
        account_id: args.account_id.into_iter().next(),
        allow_http: args.allow_http,
    };
    require_account(&inputs)?;
    inputs.token = token_input(args.token_stdin).await?;
    let kind = if args.insecure_storage {
        TokenStoreKind::File
    } else {
        TokenStoreKind::Keyring
    };
    let token = inputs.token.clone();
    let save = move |data: ProfileData| -> Result<SaveOutcome, StoreError> {
        let token = token.ok_or_else(|| StoreError::Internal("no token to save".to_owned()))?;
        store.save_new(&name, data, &token, kind)
    };
    check_then_save(inputs, None, kind, global, symbols, save).await
}

/// An `add` without an Account ID could only be checked, not saved: say so before anything
/// is read or sent.
pub(super) fn require_account(inputs: &CheckInputs) -> Result<(), Failure> {
    if checks::plan(inputs).account_id.is_none() {
        return Err(Failure::usage(
            "add needs --account-id (the number in /app/accounts/<id>/ of the dashboard URL), \
             a dashboard URL that carries it, or --all-admin-accounts",
        ));
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
            "interrupted; nothing was checked or saved",
        )),
    }
}

/// Runs every check and, when all pass, `save`s the facts they gave. `except` is the
/// profile being edited (not a duplicate of itself). Prints as `check` does, then what was
/// saved; `--json` prints one [`SavedJson`].
pub async fn check_then_save(
    inputs: CheckInputs,
    except: Option<&str>,
    kind: TokenStoreKind,
    global: &GlobalArgs,
    symbols: Symbols,
    save: impl FnOnce(ProfileData) -> Result<SaveOutcome, StoreError> + Send + 'static,
) -> Outcome {
    let json = global.json;
    if let Some(report) = check::local_report(&inputs) {
        if json {
            emit(&report, None);
        } else {
            check::print_report(&report, false, symbols);
        }
        return Err(check::local_failure(&report));
    }
    let cache = Cache::new(linked::client_options(global))
        .map_err(|e| Failure::new(Exit::CheckFailed, e.to_string()))?;
    let (ending, mut report) = check::live(inputs, &cache, !json, symbols).await;
    if ending == Ending::Interrupted {
        if json {
            emit(&report, None);
        }
        return Err(Failure::new(
            Exit::Interrupted,
            "interrupted; nothing was saved",
        ));
    }
    let data = if report.ok {
        linked::profile_data(&report)
    } else {
        None
    };
    let Some(data) = data else {
        show(&report, None, json);
        if !json {
            check::say("nothing was saved: fix what failed and run the command again");
        }
        return Ok(Exit::CheckFailed);
    };
    // Read just before saving, so a profile added meanwhile is seen too.
    let store = open_store(global)?;
    let config = {
        let s = store.clone();
        blocking(move || s.config()).await.map_err(Failure::from)?
    };
    let others = config.linked_elsewhere(&data.url, data.account_id, except.unwrap_or(""));
    if let Some(w) = linked::already_linked(&others, &data) {
        report.warnings.push(w);
    }
    match blocking(move || save(data)).await {
        Ok(outcome) => {
            let entry = outcome.record.list_entry(&outcome.name);
            show(&report, Some(entry), json);
            if !json {
                say_saved(&outcome);
            }
            for w in &outcome.warnings {
                eprintln!("warning: {w}");
            }
            Ok(Exit::Ok)
        }
        Err(e) => {
            show(&report, None, json);
            let secret_store = matches!(
                e,
                StoreError::Keyring(_) | StoreError::ReadBackMismatch { .. }
            );
            let mut failure = Failure::from(e);
            if failure.exit == Exit::Storage {
                let tried = if secret_store {
                    format!(
                        " (tried {}: {})",
                        store_place(kind),
                        store.secrets(kind).describe()
                    )
                } else {
                    String::new()
                };
                failure.message = format!(
                    "every check passed, but the profile could not be saved{tried}: {}. \
                     Nothing was saved",
                    failure.message
                );
            }
            Err(failure)
        }
    }
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
    let default = if outcome.is_default {
        " (the default profile)"
    } else {
        ""
    };
    check::say(&format!(
        "saved profile {}{default}: {} account {} ({}), token in {}",
        outcome.name,
        linked::host(&r.data.url),
        r.data.account_id,
        crate::sanitize::sanitize(&r.data.account_name),
        store_place(r.token_store),
    ));
}
