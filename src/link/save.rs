//! Saving a checked profile (new, or replacing one as loaded) and the config-only changes
//! (rename, default), plus the reads every flow starts from.

use std::sync::Arc;

use crate::checks::{Certificate, Warning};
use crate::secret::Token;
use crate::store::{
    Config, ProfileData, ProfileRecord, SaveOutcome, Store, StoreError, TokenStoreKind, off_thread,
};

use super::{LinkError, already_linked};

/// Where a checked profile goes: a new profile, or the replacement of one as it was loaded
/// (saving fails if it changed on disk since).
#[derive(Debug)]
pub enum Save {
    New {
        name: String,
        token: Token,
        kind: TokenStoreKind,
        /// The one certificate the profile trusts for its server (`--ca-cert`, or confirmed
        /// in the wizard); `None`: the system store.
        cert: Option<Certificate>,
    },
    Replace {
        name: String,
        expected: Box<ProfileRecord>,
        /// A new token; `None` keeps the stored one.
        token: Option<Token>,
        /// A new name; `None` (or the same name) keeps it.
        rename: Option<String>,
        /// `None` keeps the certificate the profile trusts; `Some(None)` drops it (the
        /// system store again); `Some(Some(c))` trusts `c` from now on.
        cert: Option<Option<Certificate>>,
    },
}

impl Save {
    /// The token store the profile's secret is (or stays) in.
    pub fn kind(&self) -> TokenStoreKind {
        match self {
            Self::New { kind, .. } => *kind,
            Self::Replace { expected, .. } => expected.token_store,
        }
    }

    /// The profile being replaced: it is not a duplicate of itself.
    pub fn replaces(&self) -> Option<&str> {
        match self {
            Self::New { .. } => None,
            Self::Replace { name, .. } => Some(name),
        }
    }

    /// Saves `data` in one store transaction (new secret, read back, config entry; an old
    /// secret deleted after the config points at the new one).
    pub async fn run(
        self,
        store: &Arc<Store>,
        data: ProfileData,
    ) -> Result<SaveOutcome, LinkError> {
        let s = Arc::clone(store);
        let saved = off_thread(move || match self {
            Self::New {
                name,
                token,
                kind,
                cert,
            } => s.save_new_trusting(&name, data, &token, kind, cert.as_ref()),
            Self::Replace {
                name,
                expected,
                token,
                rename,
                cert,
            } => {
                let rename = rename.filter(|r| *r != name);
                let cert = cert.as_ref().map(Option::as_ref);
                s.replace_trusting(
                    &name,
                    &expected,
                    data,
                    token.as_ref(),
                    rename.as_deref(),
                    cert,
                )
            }
        })
        .await?;
        Ok(saved)
    }
}

/// The config as on disk now.
pub async fn config(store: &Arc<Store>) -> Result<Config, LinkError> {
    let s = Arc::clone(store);
    Ok(off_thread(move || s.config()).await?)
}

/// The profile `name` (the default when `None`) as on disk now.
pub async fn profile(
    store: &Arc<Store>,
    name: Option<&str>,
) -> Result<(String, ProfileRecord), LinkError> {
    let (s, n) = (Arc::clone(store), name.map(str::to_owned));
    Ok(off_thread(move || s.profile(n.as_deref())).await?)
}

/// Refuses a name a profile already has.
pub async fn ensure_name_free(store: &Arc<Store>, name: &str) -> Result<(), LinkError> {
    if config(store).await?.profiles.contains_key(name) {
        return Err(StoreError::NameTaken {
            name: name.to_owned(),
        }
        .into());
    }
    Ok(())
}

/// The `already_linked` warning for `data`, read from the config just before saving (so a
/// profile added meanwhile is seen too). `except` is the profile being replaced.
pub async fn linked_elsewhere(
    store: &Arc<Store>,
    data: &ProfileData,
    except: Option<&str>,
) -> Result<Option<Warning>, LinkError> {
    let others =
        config(store)
            .await?
            .linked_elsewhere(&data.url, data.account_id, except.unwrap_or(""));
    Ok(already_linked(&others, data))
}

/// The stored token of a profile.
pub async fn read_token(
    store: &Arc<Store>,
    name: &str,
    record: &ProfileRecord,
) -> Result<Token, LinkError> {
    let (s, n, r) = (Arc::clone(store), name.to_owned(), record.clone());
    Ok(off_thread(move || s.read_token(&n, &r)).await?)
}

/// Renames `old` to `new` (the default follows). Returns both names, normalised.
pub async fn rename(
    store: &Arc<Store>,
    old: &str,
    new: &str,
) -> Result<(String, String), LinkError> {
    let (s, old, new) = (Arc::clone(store), old.to_owned(), new.to_owned());
    Ok(off_thread(move || {
        let (old, _) = s.profile(Some(&old))?;
        let new = s.rename(&old, &new)?;
        Ok((old, new))
    })
    .await?)
}

/// Makes `name` the default profile. Returns the normalised name.
pub async fn set_default(store: &Arc<Store>, name: &str) -> Result<String, LinkError> {
    let (s, n) = (Arc::clone(store), name.to_owned());
    Ok(off_thread(move || s.set_default(&n)).await?)
}
