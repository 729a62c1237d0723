//! `token [NAME]`: the stored token on stdout, for scripts (`$(chatwoot-link token acme)`).

use crate::cli::{Exit, GlobalArgs, Outcome};
use crate::profile::PROFILE_ENV;

use super::list::open_store;

/// The profile named on the command line, else by `CHATWOOT_LINK_PROFILE`, else the default.
pub fn resolve(name: Option<&str>) -> Option<String> {
    name.map(str::to_owned).or_else(|| {
        std::env::var(PROFILE_ENV)
            .ok()
            .filter(|s| !s.trim().is_empty())
    })
}

pub fn run(global: &GlobalArgs, name: Option<&str>) -> Outcome {
    let store = open_store(global)?;
    let (name, record) = store.profile(resolve(name).as_deref())?;
    let token = store.read_token(&name, &record)?;
    if global.json {
        say!(
            "{}",
            serde_json::json!({"schema": 1, "name": name, "token": token.expose()})
        );
    } else {
        say!("{}", token.expose());
    }
    Ok(Exit::Ok)
}
