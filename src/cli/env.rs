//! `env [NAME] [--with-token]`: `export CHATWOOT_…=` lines for a shell or a `.env` file.

use crate::cli::{Exit, GlobalArgs, Outcome};

use super::list::open_store;
use super::token::pick;
use crate::link::{env_vars, export_lines};

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
    let mut vars = env_vars(&r);
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
        say!("{}", export_lines(&vars).trim_end());
    }
    Ok(Exit::Ok)
}
