//! `token [NAME]`: the stored token on stdout, for scripts (`$(chatwoot-link token acme)`).

use crate::cli::{Exit, GlobalArgs, Outcome};
use crate::profile::PROFILE_ENV;
use crate::store::{ProfileRecord, Store, StoreError};

use super::list::open_store;

/// The profile named on the command line, else by `CHATWOOT_LINK_PROFILE`, else the default.
/// When it was not named and there are several, stderr says which one was used (unless
/// `--json`, whose object names it), so a script does not use the wrong account unseen.
pub fn pick(
    store: &Store,
    name: Option<&str>,
    json: bool,
) -> Result<(String, ProfileRecord), StoreError> {
    let config = store.config()?;
    let from_env = name.is_none().then(env_profile).flatten();
    let found = config.find(name.or(from_env.as_deref()))?;
    if name.is_none() && config.profiles.len() > 1 && !json {
        let (name, count) = (found.0.as_str(), config.profiles.len());
        let note = if from_env.is_some() {
            crate::i18n::msg!(
                cli_using_profile_env,
                name = name,
                variable = PROFILE_ENV,
                count = count
            )
        } else {
            crate::i18n::msg!(cli_using_profile_default, name = name, count = count)
        };
        eprintln!("{note}");
    }
    Ok(found)
}

/// `CHATWOOT_LINK_PROFILE`, when set and not blank.
fn env_profile() -> Option<String> {
    std::env::var(PROFILE_ENV)
        .ok()
        .filter(|s| !s.trim().is_empty())
}

pub fn run(global: &GlobalArgs, name: Option<&str>) -> Outcome {
    let store = open_store(global)?;
    let (name, record) = pick(&store, name, global.json)?;
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
