//! `list`: the linked profiles, no network. Also the helpers the profile commands share.

use std::sync::Arc;

use crate::cli::{Exit, Failure, GlobalArgs, Outcome};
use crate::i18n::{msg, t};
// Stored strings are made safe for a terminal too: the file may have been edited by hand.
use crate::sanitize::sanitize;
use crate::store::{Config, Store};

/// Opens the config dir of the command line, telling stderr when the keyring waits, and
/// warning when another local user could change the config (reads go on; writes are
/// refused with the same words and exit 3).
pub fn open_store(global: &GlobalArgs) -> Result<Store, Failure> {
    let store = open_store_quiet(global)?;
    for u in store.exposures() {
        let problem = crate::i18n::msg!(cli_exposed, problem = u.msg());
        eprintln!("{}", crate::i18n::msg!(cli_warning, message = problem));
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
            "{}",
            msg!(cli_list_empty, dir = store.dir().display().to_string())
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
                t!(
                    cli_account_cell,
                    account_id = r.data.account_id.to_string(),
                    account_name = sanitize(&r.data.account_name)
                ),
                sanitize(&r.data.email),
                r.token_store.to_string(),
                date_minute(r.data.verified_at),
            ]
        })
        .collect();
    let header = [
        format!("  {}", msg!(cli_list_name)),
        t!(cli_list_url),
        t!(cli_list_account),
        t!(cli_list_email),
        t!(cli_list_token),
        t!(cli_list_verified),
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
        let path = store.dir().join(crate::store::TOKENS_FILE);
        say!(
            "\n{}",
            msg!(cli_list_file_note, path = path.display().to_string())
        );
    }
    Ok(Exit::Ok)
}

/// `2026-12-02 06:56 UTC` in English, `02/12/2026 06:56 UTC` in Spanish and Portuguese.
pub fn date_minute(at: jiff::Timestamp) -> String {
    crate::i18n::when(&at.to_zoned_datetime(jiff::tz::TimeZone::UTC), false).to_string()
}

/// [`date_minute`] with seconds.
pub fn date_second(at: jiff::Timestamp) -> String {
    crate::i18n::when(&at.to_zoned_datetime(jiff::tz::TimeZone::UTC), true).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_language};

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let at: jiff::Timestamp = "2026-03-04T05:06:07Z".parse().expect("timestamp");
        let both = |lang| with_language(lang, || (date_minute(at), date_second(at)));
        assert_eq!(
            both(Lang::En),
            (
                "2026-03-04 05:06 UTC".into(),
                "2026-03-04 05:06:07 UTC".into()
            )
        );
        assert_eq!(
            both(Lang::Es),
            (
                "04/03/2026 05:06 UTC".into(),
                "04/03/2026 05:06:07 UTC".into()
            )
        );
        assert_eq!(both(Lang::PtBr).0, "04/03/2026 05:06 UTC");
    }
}
