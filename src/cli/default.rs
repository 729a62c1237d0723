//! `default NAME`.

use crate::cli::{Exit, GlobalArgs, Outcome};

use super::list::open_store;

pub fn run(global: &GlobalArgs, name: &str) -> Outcome {
    let store = open_store(global)?;
    let name = store.set_default(name)?;
    if global.json {
        say!("{}", serde_json::json!({"schema": 1, "default": name}));
    } else {
        say!("{name} is the default profile now.");
    }
    Ok(Exit::Ok)
}
