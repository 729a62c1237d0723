//! `chatwoot-link rotate NAME`: reset the user's token on the server
//! (`POST /api/v1/profile/reset_access_token`, Chatwoot >= 4.3.0) and store the new one for
//! every local profile sharing it (same URL and user), in one transaction. The store is
//! proven writable before the server is called; the new token is never printed.

use std::sync::Arc;

use serde::Serialize;
use url::Url;

use super::args::GlobalArgs;
use super::linked::{self, blocking, confirm, open_store};
use super::{Exit, Failure, Outcome};
use crate::chatwoot::{Client, ClientOptions, Error};
use crate::secret::Token;
use crate::store::{ProfileRecord, SaveOutcome, Store, StoreError, TokenStoreKind};

#[derive(Serialize)]
struct RotateJson<'a> {
    rotated: bool,
    profiles: Vec<&'a str>,
    warnings: Vec<String>,
}

/// Runs `rotate`.
pub async fn run(name: String, yes: bool, global: &GlobalArgs) -> Outcome {
    rotate_in(&open_store(global)?, name, yes, global).await
}

/// `rotate` on a given store (tests give one whose backend fails on cue).
async fn rotate_in(
    store: &std::sync::Arc<Store>,
    name: String,
    yes: bool,
    global: &GlobalArgs,
) -> Outcome {
    let store = store.clone();
    let (name, record, sharing) = load(&store, &name).await?;
    let names: Vec<&str> = sharing.iter().map(|(n, _)| n.as_str()).collect();
    let d = &record.data;
    confirm(
        format!(
            "Reset the API access token of {} on {}? The current token stops working at once \
             for every program using it; the new one is stored for: {}.",
            crate::sanitize::sanitize(&d.user_name),
            linked::host(&d.url),
            names.join(", ")
        ),
        yes,
        "rotate",
    )
    .await?;
    let token = read_stored(&store, &name, &record).await?;
    prove_writable(&store, &sharing).await?;
    if !global.json {
        check_say(&format!(
            "profiles sharing this token (same URL and user): {}",
            names.join(", ")
        ));
    }
    let mut warnings = Vec::new();
    let new = reset_on_server(
        &store,
        &name,
        &record,
        &token,
        &linked::client_options(global),
        &mut warnings,
    )
    .await?;
    let outcomes = store_rotated(&store, &sharing, &new).await?;
    warnings.extend(outcomes.iter().flat_map(|o| o.warnings.clone()));
    if global.json {
        super::check::print_json(&RotateJson {
            rotated: true,
            profiles: names.clone(),
            warnings: warnings.clone(),
        });
    } else {
        check_say(&format!(
            "the token of {} on {} was reset on the server; the new one is stored for {} \
             (never printed). The old token no longer works: update any other program that \
             used it.",
            crate::sanitize::sanitize(&d.user_name),
            linked::host(&d.url),
            names.join(", ")
        ));
    }
    for w in warnings {
        eprintln!("warning: {w}");
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests;

fn check_say(line: &str) {
    super::check::say(line);
}

/// The profile and every local profile holding the same token (it first).
pub async fn load(
    store: &std::sync::Arc<Store>,
    name: &str,
) -> Result<(String, ProfileRecord, Vec<(String, ProfileRecord)>), Failure> {
    let s = store.clone();
    let n = name.to_owned();
    blocking(move || {
        let config = s.config()?;
        let (name, record) = config.find(Some(&n))?;
        // The named profile first, then the others holding the same token.
        let mut sharing = config.sharing_user(&name);
        sharing.sort_by_key(|(n, _)| *n != name);
        Ok((name, record, sharing))
    })
    .await
    .map_err(Failure::from)
}

/// The stored token; a failure means nothing was sent.
pub async fn read_stored(
    store: &std::sync::Arc<Store>,
    name: &str,
    record: &ProfileRecord,
) -> Result<Token, Failure> {
    let (s, n, r) = (store.clone(), name.to_owned(), record.clone());
    blocking(move || s.read_token(&n, &r)).await.map_err(|e| {
        let mut f = Failure::from(e);
        f.message = format!(
            "cannot read the token of {name}: {}. Nothing was changed; the server was not contacted",
            f.message
        );
        f
    })
}

/// Proves the config can be written and every store the new token will go to can take it
/// (write, read back, delete), before the server is asked to reset anything.
pub async fn prove_writable(
    store: &std::sync::Arc<Store>,
    profiles: &[(String, ProfileRecord)],
) -> Result<(), Failure> {
    let s = store.clone();
    blocking(move || s.check_writable()).await.map_err(|e| {
        let mut f = Failure::from(e);
        f.message = format!(
            "the server was not asked to reset the token, because the result could not be \
             saved: {}. Nothing was changed",
            f.message
        );
        f
    })?;
    let mut kinds: Vec<TokenStoreKind> = profiles.iter().map(|(_, r)| r.token_store).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let s = store.clone();
        blocking(move || s.probe(kind)).await.map_err(|e| {
            let mut f = Failure::from(e);
            f.message = format!(
                "the new token could not be stored in {} ({}), so the server was not asked to \
                 reset it; nothing was changed: {}",
                linked::store_place(kind),
                store.secrets(kind).describe(),
                f.message
            );
            f
        })?;
    }
    Ok(())
}

/// What to do on a server without token rotation.
fn not_supported(name: &str) -> Failure {
    Failure::new(
        Exit::CheckFailed,
        format!(
            "token rotation is not supported by this server (Chatwoot < 4.3.0): reset it in \
             Profile Settings → Access Token, then `chatwoot-link edit {name} --token-stdin`. \
             Nothing was changed"
        ),
    )
}

/// Resets the token on the server. Old servers (by version, or a 404) get "not supported".
/// Something to tell the user (the server reset another user's token) goes to `warnings`.
pub async fn reset_on_server(
    store: &Arc<Store>,
    name: &str,
    record: &ProfileRecord,
    token: &Token,
    options: &ClientOptions,
    warnings: &mut Vec<String>,
) -> Result<Token, Failure> {
    let client = Client::new(options.clone()).map_err(|e| linked::build_failure(&e))?;
    let origin = Url::parse(&record.data.url).map_err(|e| {
        Failure::new(
            Exit::Storage,
            format!(
                "the stored URL of {name} is not usable ({e}): fix it with `chatwoot-link edit {name} --url URL`"
            ),
        )
    })?;
    // The profile's trusted certificate, if it pins one, is the only one the reset trusts.
    let cert = {
        let (s, id) = (Arc::clone(store), record.id);
        linked::blocking(move || s.trusted_cert(id))
            .await
            .map_err(Failure::from)?
    };
    client
        .trust(&origin, cert.as_ref())
        .map_err(|e| linked::build_failure(&e))?;
    let unreachable = |e: Error| {
        Failure::new(
            Exit::CheckFailed,
            format!("the token was not reset: {e}. Nothing was changed"),
        )
    };
    let info = client.server_info(&origin).await.map_err(unreachable)?;
    if info.supports_token_rotation() == Some(false) {
        return Err(not_supported(name));
    }
    // Tokens saved by early builds may carry the newline they were piped with.
    let token = Token::parse(token.expose()).unwrap_or_else(|_| token.clone());
    match client.reset_access_token(&origin, &token).await {
        Ok((profile, new)) => {
            if profile.id != record.data.user_id {
                warnings.push(format!(
                    "the server reset the token of user {} ({}), not of user {} as profile \
                     {name} says",
                    profile.id,
                    crate::sanitize::sanitize(&profile.email),
                    record.data.user_id
                ));
            }
            Ok(new)
        }
        Err(Error::NotChatwoot) => Err(not_supported(name)),
        Err(e) => Err(unreachable(e)),
    }
}

/// Stores the new token for `profiles` in one transaction; if the file changed meanwhile,
/// once more on the fresh records. A failure says how to recover (the token is not printed).
pub async fn store_rotated(
    store: &std::sync::Arc<Store>,
    profiles: &[(String, ProfileRecord)],
    new: &Token,
) -> Result<Vec<SaveOutcome>, Failure> {
    let (s, p, t) = (store.clone(), profiles.to_vec(), new.clone());
    let first = blocking(move || s.rotate(&p, &t)).await;
    let result = if let Ok(out) = first {
        Ok(out)
    } else {
        // Re-read: a concurrent `status` or `edit` may have changed a record; a transient
        // keyring failure may have passed.
        let (s, t) = (store.clone(), new.clone());
        let ids: Vec<uuid::Uuid> = profiles.iter().map(|(_, r)| r.id).collect();
        blocking(move || {
            let config = s.config()?;
            let fresh: Vec<(String, ProfileRecord)> = config
                .profiles
                .iter()
                .filter(|(_, r)| ids.contains(&r.id))
                .map(|(n, r)| (n.clone(), r.clone()))
                .collect();
            s.rotate(&fresh, &t)
        })
        .await
    };
    result.map_err(|e: StoreError| {
        let e = super::store_message(&e);
        let names: Vec<&str> = profiles.iter().map(|(n, _)| n.as_str()).collect();
        let first = names.first().copied().unwrap_or("NAME");
        Failure::new(
            Exit::Storage,
            format!(
                "the server reset the token (the old one no longer works), but the new one could \
                 not be stored: {e}. It was not printed or kept anywhere. To recover: in Chatwoot, \
                 open Profile Settings → Access Token and copy the token shown there (it is the \
                 new one; no need to reset again), then run `chatwoot-link edit {first} \
                 --token-stdin` and paste it; do the same for {}",
                names.join(", ")
            ),
        )
    })
}
