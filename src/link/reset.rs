//! Resetting a user's token on the server (`POST /api/v1/profile/reset_access_token`,
//! Chatwoot >= 4.3.0) and storing the new one for every local profile holding it (same URL
//! and user), in one transaction. The order is the rule: the token is read and every store
//! the new one goes to is proven writable ([`prepare_reset`], whose [`ResetReady`] the reset
//! needs) before the server is asked; after a reset, nothing cached of that server may
//! answer for the token again ([`reset_token`] forgets it). The new token is never printed.

use std::sync::Arc;

use url::Url;

use crate::chatwoot::Error as ClientError;
use crate::checks::Cache;
use crate::secret::Token;
use crate::store::{ProfileRecord, SaveOutcome, Store, StoreError, TokenStoreKind, off_thread};

use super::LinkError;

/// A profile and the other local profiles holding the same token.
#[derive(Debug, Clone)]
pub struct Sharing {
    pub name: String,
    pub record: ProfileRecord,
    /// The others, without the profile itself.
    pub others: Vec<(String, ProfileRecord)>,
}

impl Sharing {
    /// The profile first, then the others.
    pub fn all(&self) -> Vec<(String, ProfileRecord)> {
        let mut all = vec![(self.name.clone(), self.record.clone())];
        all.extend(self.others.iter().cloned());
        all
    }

    /// The names of the others.
    pub fn other_names(&self) -> Vec<&str> {
        self.others.iter().map(|(n, _)| n.as_str()).collect()
    }
}

/// The profile `name` and every local profile holding the same token, as on disk now.
pub async fn sharing(store: &Arc<Store>, name: &str) -> Result<Sharing, LinkError> {
    let (s, n) = (Arc::clone(store), name.to_owned());
    let found = off_thread(move || {
        let config = s.config()?;
        let (name, record) = config.find(Some(&n))?;
        let others: Vec<_> = config
            .sharing_user(&name)
            .into_iter()
            .filter(|(other, _)| *other != name)
            .collect();
        Ok(Sharing {
            name,
            record,
            others,
        })
    })
    .await?;
    Ok(found)
}

/// Proof that the token to reset was read and the stores its successor goes to can take
/// it: what [`reset_token`] requires.
pub struct ResetReady {
    token: Token,
    /// The certificate the profile trusts: the reset is sent trusting only it.
    cert: Option<crate::checks::Certificate>,
}

/// Reads the token of `profile` and proves the config and every store of `receivers` (the
/// profiles that get the new token) writable (write, read back, delete). A failure means
/// nothing was changed and nothing was sent.
pub async fn prepare_reset(
    store: &Arc<Store>,
    profile: (&str, &ProfileRecord),
    receivers: &[(String, ProfileRecord)],
) -> Result<ResetReady, LinkError> {
    let (s, n, r) = (Arc::clone(store), profile.0.to_owned(), profile.1.clone());
    let token = off_thread(move || s.read_token(&n, &r))
        .await
        .map_err(|source| LinkError::TokenUnreadable {
            name: profile.0.to_owned(),
            source,
        })?;
    let (s, id) = (Arc::clone(store), profile.1.id);
    let cert = off_thread(move || s.trusted_cert(id)).await?;
    let s = Arc::clone(store);
    off_thread(move || s.check_writable())
        .await
        .map_err(|source| LinkError::ConfigNotWritable { source })?;
    let mut kinds: Vec<TokenStoreKind> = receivers.iter().map(|(_, r)| r.token_store).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let s = Arc::clone(store);
        off_thread(move || s.probe(kind)).await.map_err(|source| {
            LinkError::SecretsNotWritable {
                kind,
                describe: store.secrets(kind).describe(),
                source,
            }
        })?;
    }
    Ok(ResetReady { token, cert })
}

/// Resets the token of `name` on the server through `cache`'s client, then forgets what
/// `cache` knows of that server (even when the answer was lost: the reset may have
/// happened). Old servers (by version, or a 404) get `RotationUnsupported`. Returns the new
/// token and anything to tell the user (the server reset another user's token).
pub async fn reset_token(
    cache: &Cache,
    name: &str,
    record: &ProfileRecord,
    ready: ResetReady,
) -> Result<(Token, Vec<crate::i18n::Msg>), LinkError> {
    let origin = Url::parse(&record.data.url).map_err(|e| LinkError::StoredUrl {
        name: name.to_owned(),
        detail: e.to_string(),
    })?;
    if let Err(e) = cache.trust(&origin, ready.cert.as_ref()) {
        // Logs are English whatever the language shown.
        let e = crate::i18n::with_language(crate::i18n::Lang::En, || e.to_string());
        tracing::warn!(profile = %name, "cannot trust the profile's certificate: {e}");
    }
    let result = reset_on_server(cache, name, record, &ready.token, &origin).await;
    cache.forget(&origin);
    result
}

async fn reset_on_server(
    cache: &Cache,
    name: &str,
    record: &ProfileRecord,
    token: &Token,
    origin: &Url,
) -> Result<(Token, Vec<crate::i18n::Msg>), LinkError> {
    let client = cache.client();
    let info = client
        .server_info(origin)
        .await
        .map_err(LinkError::NotReset)?;
    let unsupported = || LinkError::RotationUnsupported {
        name: name.to_owned(),
    };
    if info.supports_token_rotation() == Some(false) {
        return Err(unsupported());
    }
    // Tokens saved by early builds may carry the newline they were piped with.
    let token = Token::parse(token.expose()).unwrap_or_else(|_| token.clone());
    match client.reset_access_token(origin, &token).await {
        Ok((profile, new)) => {
            let mut warnings = Vec::new();
            if profile.id != record.data.user_id {
                warnings.push(crate::i18n::msg!(
                    link_reset_other_user,
                    user_id = profile.id.to_string(),
                    email = crate::sanitize::sanitize(&profile.email),
                    expected = record.data.user_id.to_string(),
                    name = name
                ));
            }
            Ok((new, warnings))
        }
        Err(ClientError::NotChatwoot) => Err(unsupported()),
        Err(e) => Err(LinkError::NotReset(e)),
    }
}

/// Stores the new token for `profiles` in one transaction; if the file changed meanwhile,
/// once more on the fresh records. A failure says how to recover (the token is not printed).
pub async fn store_rotated(
    store: &Arc<Store>,
    profiles: &[(String, ProfileRecord)],
    new: &Token,
) -> Result<Vec<SaveOutcome>, LinkError> {
    let (s, p, t) = (Arc::clone(store), profiles.to_vec(), new.clone());
    let first = off_thread(move || s.rotate(&p, &t)).await;
    let result = if let Ok(out) = first {
        Ok(out)
    } else {
        // Re-read: a concurrent `status` or `edit` may have changed a record; a transient
        // keyring failure may have passed.
        let (s, t) = (Arc::clone(store), new.clone());
        let ids: Vec<uuid::Uuid> = profiles.iter().map(|(_, r)| r.id).collect();
        off_thread(move || {
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
    result.map_err(|source: StoreError| LinkError::RotatedNotStored {
        names: profiles.iter().map(|(n, _)| n.clone()).collect(),
        source,
    })
}

/// What [`rotate`] did.
#[derive(Debug)]
pub struct Rotated {
    /// Things to tell the user (the server reset another user's token, an old secret kept).
    pub warnings: Vec<crate::i18n::Msg>,
}

/// Rotates the token of `sharing`'s profile: reset on the server, the new token stored for
/// it and every profile sharing it. `ready` comes from [`prepare_reset`] over all of them.
pub async fn rotate(
    store: &Arc<Store>,
    cache: &Cache,
    sharing: &Sharing,
    ready: ResetReady,
) -> Result<Rotated, LinkError> {
    let (new, mut warnings) = reset_token(cache, &sharing.name, &sharing.record, ready).await?;
    let outcomes = store_rotated(store, &sharing.all(), &new).await?;
    warnings.extend(outcomes.into_iter().flat_map(|o| o.warnings));
    Ok(Rotated { warnings })
}
