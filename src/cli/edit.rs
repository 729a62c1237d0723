//! `chatwoot-link edit NAME [flags]`: change the given values, keep the stored token unless
//! a new one is given, re-check everything, and save in one transaction (new secret, config,
//! old secret deleted) only if the profile did not change on disk meanwhile.

use super::add::{check_then_save, token_input};
pub use super::args::EditArgs;
use super::args::GlobalArgs;
use super::linked::{open_store, read_ca_cert};
use super::output::Symbols;
use super::{Failure, Outcome};
use crate::checks::CheckInputs;
use crate::i18n::msg;
use crate::link::{self, Save};
use crate::store::normalize_name;

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
            || self.ca_cert.is_some()
            || self.no_ca_cert
            || std::env::var_os(super::check::TOKEN_ENV).is_some_and(|v| !v.is_empty())
    }
}

/// `edit NAME` alone on a terminal opens the wizard on that profile (the binary does).
pub fn opens_the_wizard(args: &EditArgs) -> bool {
    !args.changes_something()
        && std::io::IsTerminal::is_terminal(&std::io::stdin())
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
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
        return Err(Failure::usage(msg!(cli_edit_nothing)));
    }
    let store = open_store(global)?;
    // The revision the change is based on: saving fails if the file changed since.
    let (name, record) = link::profile(&store, Some(&name)).await?;
    if let Some(target) = new_name.as_deref().filter(|t| *t != name) {
        link::ensure_name_free(&store, target).await?;
    }
    let new_cert = args.ca_cert.as_deref().map(read_ca_cert).transpose()?;
    let old_cert = {
        let (s, id) = (std::sync::Arc::clone(&store), record.id);
        crate::store::off_thread(move || s.trusted_cert(id))
            .await
            .map_err(Failure::from)?
    };
    // What the check trusts, and the change the save makes.
    let (trust, cert_change) = match (new_cert, args.no_ca_cert) {
        (Some(c), _) => (Some(c.clone()), Some(Some(c))),
        (None, true) => (None, old_cert.is_some().then_some(None)),
        (None, false) => (old_cert, None),
    };
    let new_token = token_input(args.token_stdin).await?;
    if args.token_stdin && new_token.is_none() {
        return Err(Failure::usage(msg!(cli_edit_stdin_empty)));
    }
    let token = if let Some(t) = &new_token {
        t.clone()
    } else {
        link::read_token(&store, &name, &record)
            .await
            .map_err(|e| {
                let mut f = Failure::from(e);
                f.message = msg!(
                    cli_edit_token_unreadable,
                    name = &name,
                    error = f.message.clone()
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
    let save = Save::Replace {
        name,
        expected: Box::new(record),
        token: new_token,
        rename: new_name,
        cert: cert_change,
    };
    check_then_save(inputs, trust, save, global, symbols).await
}
