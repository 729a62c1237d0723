//! `show NAME`: one profile, never its token, no network.

use crate::cli::{Exit, GlobalArgs, Outcome};

use super::list::open_store;
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
        crate::store::TokenStoreKind::Keyring => format!(
            "in the OS keyring (service {}, username {})",
            crate::store::SERVICE,
            r.token_ref
        ),
        crate::store::TokenStoreKind::File => format!(
            "in plain text in {} (file store)",
            store.dir().join(crate::store::TOKENS_FILE).display()
        ),
    };
    let lines = [
        (
            "profile",
            format!("{name}{}", if is_default { " (default)" } else { "" }),
        ),
        ("url", sanitize(&d.url)),
        ("email", sanitize(&d.email)),
        (
            "account",
            format!("{} ({})", d.account_id, sanitize(&d.account_name)),
        ),
        (
            "user",
            format!(
                "{} (id {}, {})",
                sanitize(&d.user_name),
                d.user_id,
                sanitize(&d.role)
            ),
        ),
        ("server", sanitize(&d.server_version)),
        (
            "inboxes",
            if d.inbox_ids.is_empty() {
                "none chosen".to_owned()
            } else {
                crate::link::inbox_list(&d.inbox_ids, ", ")
            },
        ),
        (
            "verified",
            d.verified_at.strftime("%Y-%m-%d %H:%M:%S UTC").to_string(),
        ),
        ("token", token),
        ("id", r.id.to_string()),
    ];
    for (k, v) in lines {
        say!("{k:<9} {v}");
    }
    Ok(Exit::Ok)
}
