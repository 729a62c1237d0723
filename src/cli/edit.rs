//! `chatwoot-link edit NAME [flags]`: change the given values, keep the stored token unless
//! a new one is given, re-check everything, and save in one transaction (new secret, config,
//! old secret deleted) only if the profile did not change on disk meanwhile.

use super::add::{check_then_save, token_input};
pub use super::args::EditArgs;
use super::args::GlobalArgs;
use super::linked::{blocking, open_store, read_ca_cert};
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
            || self.ca_cert.is_some()
            || self.no_ca_cert
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
            "nothing to change: pass --url, --email, --account-id, --token-stdin, --name, \
             --ca-cert or --no-ca-cert \
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
    let new_cert = args.ca_cert.as_deref().map(read_ca_cert).transpose()?;
    let old_cert = {
        let (s, id) = (store.clone(), record.id);
        blocking(move || s.trusted_cert(id))
            .await
            .map_err(Failure::from)?
    };
    // What the check trusts, and what the profile trusts after the save.
    let trust = match (&new_cert, args.no_ca_cert) {
        (Some(c), _) => Some(c.clone()),
        (None, true) => None,
        (None, false) => old_cert.clone(),
    };
    let cert_changes = new_cert.is_some() || (args.no_ca_cert && old_cert.is_some());
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
    };
    let kind = record.token_store;
    let (n, expected) = (name.clone(), record);
    let saved_trust = trust.clone();
    let save = move |data: ProfileData| -> Result<SaveOutcome, StoreError> {
        let change = cert_changes.then_some(saved_trust.as_ref());
        store.replace_trusting(
            &n,
            &expected,
            data,
            new_token.as_ref(),
            new_name.as_deref(),
            change,
        )
    };
    check_then_save(inputs, trust, Some(&name), kind, global, symbols, save).await
}
