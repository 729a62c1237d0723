//! `list`: the linked profiles, no network. Also the helpers the profile commands share.

use std::sync::Arc;

use crate::cli::{Exit, Failure, GlobalArgs, Outcome};
// Stored strings are made safe for a terminal too: the file may have been edited by hand.
use crate::sanitize::sanitize;
use crate::store::{Config, Store};

/// Opens the config dir of the command line, telling stderr when the keyring waits, and
/// warning when another local user could change the config (reads go on; writes are
/// refused with the same words and exit 3).
pub fn open_store(global: &GlobalArgs) -> Result<Store, Failure> {
    let store = open_store_quiet(global)?;
    for u in store.exposures() {
        eprintln!("warning: {u}; nothing is saved there until then");
    }
    Ok(store)
}

/// [`open_store`] without the warnings, for `doctor`, which reports the same itself.
pub fn open_store_quiet(global: &GlobalArgs) -> Result<Store, Failure> {
    Ok(Store::open_with_notice(
        global.config_dir.clone(),
        Arc::new(|m: &str| eprintln!("{m}")),
    )?)
}

/// `list --json`: `{"schema":1,"config_schema":N,"read_only":…,"default":…,"profiles":[…]}`.
/// `schema` is the version of this JSON's shape, like every other output's; `config_schema`
/// is the one `profiles.toml` declares (read-only here when newer than this build's).
pub fn json(config: &Config) -> serde_json::Value {
    serde_json::json!({
        "schema": 1,
        "config_schema": config.schema,
        "read_only": !config.writable(),
        "default": config.default,
        "profiles": config
            .profiles
            .iter()
            .map(|(name, r)| r.list_entry(name))
            .collect::<Vec<_>>(),
    })
}

pub fn run(global: &GlobalArgs) -> Outcome {
    let store = open_store(global)?;
    let config = store.config()?;
    if global.json {
        say!("{}", json(&config));
        return Ok(Exit::Ok);
    }
    if config.profiles.is_empty() {
        say!(
            "No profiles in {} yet: add one with `chatwoot-link add` or run `chatwoot-link`.",
            store.dir().display()
        );
        return Ok(Exit::Ok);
    }
    let rows: Vec<[String; 6]> = config
        .profiles
        .iter()
        .map(|(name, r)| {
            let mark = if config.default.as_deref() == Some(name.as_str()) {
                "*"
            } else {
                " "
            };
            [
                format!("{mark} {name}"),
                sanitize(&r.data.url),
                format!("{} ({})", r.data.account_id, sanitize(&r.data.account_name)),
                sanitize(&r.data.email),
                r.token_store.to_string(),
                r.data
                    .verified_at
                    .strftime("%Y-%m-%d %H:%M UTC")
                    .to_string(),
            ]
        })
        .collect();
    let header = [
        "  NAME".to_owned(),
        "URL".to_owned(),
        "ACCOUNT".to_owned(),
        "EMAIL".to_owned(),
        "TOKEN".to_owned(),
        "VERIFIED".to_owned(),
    ];
    let mut widths = [0usize; 6];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        say!("{}", line.join("  ").trim_end());
    }
    if config
        .profiles
        .values()
        .any(|r| r.token_store == crate::store::TokenStoreKind::File)
    {
        say!(
            "\nTOKEN \"file\": kept in plain text in {} (mode 0600), not in the keyring.",
            store.dir().join(crate::store::TOKENS_FILE).display()
        );
    }
    Ok(Exit::Ok)
}
