//! `show NAME`: one profile, never its token, no network.

use crate::cli::{Exit, GlobalArgs, Outcome};

use super::list::{date_second, open_store};
use crate::i18n::{msg, t};
use crate::sanitize::sanitize;

pub fn run(global: &GlobalArgs, name: &str) -> Outcome {
    let store = open_store(global)?;
    let config = store.config()?;
    let (name, r) = config.find(Some(name))?;
    let is_default = config.default.as_deref() == Some(name.as_str());
    if global.json {
        let mut entry = r.list_entry(&name);
        entry["default"] = is_default.into();
        say!("{entry}");
        return Ok(Exit::Ok);
    }
    let d = &r.data;
    let token = match r.token_store {
        crate::store::TokenStoreKind::Keyring => t!(
            cli_show_token_keyring,
            service = crate::store::SERVICE,
            username = &r.token_ref
        ),
        crate::store::TokenStoreKind::File => t!(
            cli_show_token_file,
            path = store
                .dir()
                .join(crate::store::TOKENS_FILE)
                .display()
                .to_string()
        ),
    };
    let lines = [
        (
            msg!(cli_show_profile),
            if is_default {
                t!(cli_show_name_default, name = &name)
            } else {
                name.clone()
            },
        ),
        (msg!(cli_show_url), sanitize(&d.url)),
        (msg!(cli_show_email), sanitize(&d.email)),
        (
            msg!(cli_show_account),
            t!(
                cli_account_cell,
                account_id = d.account_id.to_string(),
                account_name = sanitize(&d.account_name)
            ),
        ),
        (
            msg!(cli_show_user),
            t!(
                cli_show_user_value,
                name = sanitize(&d.user_name),
                id = d.user_id.to_string(),
                role = sanitize(&d.role)
            ),
        ),
        (msg!(cli_show_server), sanitize(&d.server_version)),
        (
            msg!(cli_show_inboxes),
            if d.inbox_ids.is_empty() {
                t!(cli_show_no_inboxes)
            } else {
                crate::link::inbox_list(&d.inbox_ids, ", ")
            },
        ),
        (msg!(cli_show_verified), date_second(d.verified_at)),
        (msg!(cli_show_token), token),
        (msg!(cli_show_id), r.id.to_string()),
    ];
    let lines: Vec<(String, String)> = lines.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    // 9 columns in English, as before; wider when a language's labels are longer.
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(9);
    for (k, v) in lines {
        say!("{k:<width$} {v}");
    }
    Ok(Exit::Ok)
}
