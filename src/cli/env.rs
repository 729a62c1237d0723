//! `env [NAME] [--with-token]`: `export CHATWOOT_…=` lines for a shell or a `.env` file.

use crate::cli::{Exit, GlobalArgs, Outcome};

use super::list::open_store;
use super::token::pick;
use crate::sanitize::sanitize;

/// `1,2` (or `1, 2` with `sep` `", "`); empty for none.
pub fn inbox_list(ids: &[u64], sep: &str) -> String {
    ids.iter().map(u64::to_string).collect::<Vec<_>>().join(sep)
}

/// A value in single quotes, safe for `sh` (`'` becomes `'\''`).
fn quote(v: &str) -> String {
    format!("'{}'", v.replace('\'', r"'\''"))
}

/// `env --json`: the variables in a map of their own, so that a loop over `variables` sees
/// only variables (schema 1 put them beside `schema`, and such a loop exported it), with
/// the profile they came from.
fn json(name: &str, vars: Vec<(&str, String)>) -> serde_json::Value {
    let variables: serde_json::Map<String, serde_json::Value> = vars
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.into()))
        .collect();
    serde_json::json!({"schema": ENV_SCHEMA, "name": name, "variables": variables})
}

/// The shape of `env --json`: 2 since the variables moved into `variables`.
const ENV_SCHEMA: u32 = 2;

pub fn run(global: &GlobalArgs, name: Option<&str>, with_token: bool) -> Outcome {
    let store = open_store(global)?;
    let (name, r) = pick(&store, name, global.json)?;
    let mut vars = vec![
        ("CHATWOOT_URL", sanitize(&r.data.url)),
        ("CHATWOOT_ACCOUNT_ID", r.data.account_id.to_string()),
        ("CHATWOOT_EMAIL", sanitize(&r.data.email)),
        // Comma-separated; empty when no inbox was chosen.
        ("CHATWOOT_INBOX_IDS", inbox_list(&r.data.inbox_ids, ",")),
    ];
    let token = if with_token {
        Some(store.read_token(&name, &r)?)
    } else {
        None
    };
    if let Some(t) = &token {
        vars.push(("CHATWOOT_API_TOKEN", t.expose().to_owned()));
    }
    if global.json {
        say!("{}", json(&name, vars));
    } else {
        for (k, v) in vars {
            say!("export {k}={}", quote(&v));
        }
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting_survives_single_quotes() {
        assert_eq!(super::quote("a'b"), r"'a'\''b'");
        assert_eq!(super::quote("https://x"), "'https://x'");
    }
}
