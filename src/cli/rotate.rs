//! `chatwoot-link rotate NAME`: reset the user's token on the server and store the new one
//! for every local profile sharing it (same URL and user), after a confirmation. The flow
//! and its order (store proven writable before the server is called) are `link`'s; the new
//! token is never printed.

use std::sync::Arc;

use serde::Serialize;

use super::args::GlobalArgs;
use super::check::say;
use super::linked::{self, confirm, open_store};
use super::{Exit, Failure, Outcome};
use crate::checks::Cache;
use crate::i18n::{msg, t};
use crate::link;
use crate::store::Store;

#[derive(Serialize)]
struct RotateJson<'a> {
    rotated: bool,
    profiles: Vec<&'a str>,
    warnings: Vec<crate::i18n::Msg>,
}

/// Runs `rotate`.
pub async fn run(name: String, yes: bool, global: &GlobalArgs) -> Outcome {
    rotate_in(&open_store(global)?, name, yes, global).await
}

/// `rotate` on a given store (tests give one whose backend fails on cue).
async fn rotate_in(store: &Arc<Store>, name: String, yes: bool, global: &GlobalArgs) -> Outcome {
    let sharing = link::sharing(store, &name).await?;
    let all = sharing.all();
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let d = &sharing.record.data;
    confirm(
        t!(
            cli_rotate_ask,
            user = crate::sanitize::sanitize(&d.user_name),
            host = link::host(&d.url),
            names = names.join(", ")
        ),
        yes,
        "rotate",
    )
    .await?;
    let ready = link::prepare_reset(store, (&sharing.name, &sharing.record), &all).await?;
    if !global.json {
        say(&t!(cli_rotate_sharing, names = names.join(", ")));
    }
    let cache = Cache::new(linked::client_options(global))
        .map_err(|e| Failure::new(Exit::CheckFailed, e.msg()))?;
    let warnings = link::rotate(store, &cache, &sharing, ready).await?.warnings;
    if global.json {
        super::check::print_json(&RotateJson {
            rotated: true,
            profiles: names.clone(),
            warnings: warnings.clone(),
        });
    } else {
        say(&t!(
            cli_rotate_done,
            user = crate::sanitize::sanitize(&d.user_name),
            host = link::host(&d.url),
            names = names.join(", ")
        ));
    }
    for w in warnings {
        eprintln!("{}", msg!(cli_warning, message = w));
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests;
