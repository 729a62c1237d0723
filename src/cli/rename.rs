//! `rename OLD NEW`.

use crate::cli::{Exit, GlobalArgs, Outcome};

use super::list::open_store;

pub fn run(global: &GlobalArgs, old: &str, new: &str) -> Outcome {
    let store = open_store(global)?;
    let (old, _) = store.profile(Some(old))?;
    let new = store.rename(&old, new)?;
    if global.json {
        say!(
            "{}",
            serde_json::json!({"schema": 1, "renamed": {"from": old, "to": new}})
        );
    } else {
        say!("Renamed {old} to {new}.");
    }
    Ok(Exit::Ok)
}
