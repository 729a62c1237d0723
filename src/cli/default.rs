//! `default NAME`.

use crate::cli::{Exit, GlobalArgs, Outcome};
use crate::link;

use super::linked::open_store;

pub async fn run(global: &GlobalArgs, name: &str) -> Outcome {
    let store = open_store(global)?;
    let name = link::set_default(&store, name).await?;
    if global.json {
        say!("{}", serde_json::json!({"schema": 1, "default": name}));
    } else {
        say!("{}", crate::i18n::msg!(cli_default_now, name = &name));
    }
    Ok(Exit::Ok)
}
