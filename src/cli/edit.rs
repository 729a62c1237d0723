//! `chatwoot-link edit NAME [flags]`: change the given values, keep the stored token unless
//! a new one is given, re-check everything, and save in one transaction (new secret, config,
//! old secret deleted) only if the profile did not change on disk meanwhile.

use super::add::{check_then_save, token_input};
pub use super::args::EditArgs;
use super::args::GlobalArgs;
use super::linked::{blocking, open_store};
use super::output::Symbols;
use super::{Failure, Outcome};
use crate::checks::CheckInputs;
use crate::store::{ProfileData, SaveOutcome, StoreError, normalize_name};

impl EditArgs {
    /// True when any value to change was given (`--allow-http` alone changes nothing).
    fn changes_something(&self) -> bool {
        self.url.is_some()
            || self.email.is_some()
            || self.account_id.is_some()
            || self.token_stdin
            || self.new_name.is_some()
            || !self.inbox.is_empty()
            || self.no_inbox
            || std::env::var_os(super::check::TOKEN_ENV).is_some_and(|v| !v.is_empty())
    }
}

/// Runs `edit`.
pub async fn run(args: EditArgs, global: &GlobalArgs) -> Outcome {
    let symbols = Symbols::from_env();
    let name = normalize_name(&args.name).map_err(Failure::from)?;
    let new_name = args
        .new_name
        .as_deref()
        .map(normalize_name)
        .transpose()
        .map_err(Failure::from)?;
    if !args.changes_something() {
        #[cfg(feature = "tui")]
        if std::io::IsTerminal::is_terminal(&std::io::stdin())
            && std::io::IsTerminal::is_terminal(&std::io::stdout())
        {
            return super::wizard::run(global, false, false, Some(&name)).await;
        }
        return Err(Failure::usage(
            "nothing to change: pass --url, --email, --account-id, --token-stdin, --inbox, \
             --no-inbox or --name \
             (on a terminal, `chatwoot-link edit NAME` alone opens the wizard)",
        ));
    }
    let store = open_store(global)?;
    // The revision the change is based on: saving fails if the file changed since.
    let (name, record) = {
        let s = store.clone();
        let n = name.clone();
        blocking(move || s.profile(Some(&n)))
            .await
            .map_err(Failure::from)?
    };
    if let Some(target) = new_name.as_deref().filter(|t| *t != name) {
        let s = store.clone();
        let config = blocking(move || s.config()).await.map_err(Failure::from)?;
        if config.profiles.contains_key(target) {
            return Err(Failure::from(StoreError::NameTaken {
                name: target.to_owned(),
            }));
        }
    }
    let new_token = token_input(args.token_stdin).await?;
    if args.token_stdin && new_token.is_none() {
        return Err(Failure::usage(
            "--token-stdin was given but stdin was empty: pipe the new token in, or leave the \
             flag out to keep the stored token",
        ));
    }
    let token = if let Some(t) = &new_token {
        t.clone()
    } else {
        let (s, n, r) = (store.clone(), name.clone(), record.clone());
        blocking(move || s.read_token(&n, &r)).await.map_err(|e| {
            let mut f = Failure::from(e);
            f.message = format!(
                "cannot read the stored token of {name}, needed to re-check the profile: {}",
                f.message
            );
            f
        })?
    };
    let inputs = CheckInputs {
        // A stored URL was accepted when it was saved (with --allow-http if it needed it).
        allow_http: args.allow_http || args.url.is_none(),
        url: args.url.unwrap_or_else(|| record.data.url.clone()),
        email: Some(args.email.unwrap_or_else(|| record.data.email.clone())),
        token: Some(token),
        account_id: Some(
            args.account_id
                .unwrap_or_else(|| record.data.account_id.to_string()),
        ),
        // The chosen inboxes are kept unless replaced or cleared.
        inbox_ids: if args.no_inbox {
            Vec::new()
        } else if args.inbox.is_empty() {
            record.data.inbox_ids.clone()
        } else {
            args.inbox
        },
    };
    let kind = record.token_store;
    let (n, expected) = (name.clone(), record);
    let save = move |data: ProfileData| -> Result<SaveOutcome, StoreError> {
        store.replace(&n, &expected, data, new_token.as_ref(), new_name.as_deref())
    };
    check_then_save(inputs, Some(&name), kind, global, symbols, save).await
}
