//! `rename OLD NEW`.

use crate::cli::{Exit, GlobalArgs, Outcome};
use crate::link;

use super::linked::open_store;

pub async fn run(global: &GlobalArgs, old: &str, new: &str) -> Outcome {
    let store = open_store(global)?;
    let (old, new) = link::rename(&store, old, new).await?;
    if global.json {
        say!(
            "{}",
            serde_json::json!({"schema": 1, "renamed": {"from": old, "to": new}})
        );
    } else {
        say!("{}", crate::i18n::msg!(cli_renamed, old = &old, new = &new));
    }
    Ok(Exit::Ok)
}
