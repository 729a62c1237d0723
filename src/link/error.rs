//! Why a use case could not do its work. Each message says what happened and what to do;
//! a face may tell the store errors inside its own way ([`LinkError::render`]: the command
//! line adds its ways around a keyring), but the wording around them is written once, here.

use std::fmt;

use crate::chatwoot::{BuildError, Error as ClientError};
use crate::store::{StoreError, TokenStoreKind};

use super::store_place;

/// A use case's failure. `Store` is a plain store failure; the others say which step of a
/// flow failed and what that means for the server and the disk.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    Store(#[from] StoreError),
    /// The token to reset could not be read: nothing was sent.
    TokenUnreadable {
        name: String,
        #[source]
        source: StoreError,
    },
    /// The config cannot be written: a reset was not asked for.
    ConfigNotWritable {
        #[source]
        source: StoreError,
    },
    /// A token store the new token would go to failed its probe: a reset was not asked for.
    SecretsNotWritable {
        kind: TokenStoreKind,
        /// The backend, as the store describes it.
        describe: String,
        #[source]
        source: StoreError,
    },
    /// The HTTP client could not be built.
    Client(#[source] BuildError),
    /// The saved URL does not parse (the config was edited by hand).
    StoredUrl {
        name: String,
        detail: String,
    },
    /// The server has no token reset (Chatwoot < 4.3.0).
    RotationUnsupported {
        name: String,
    },
    /// The server did not reset the token: nothing changed.
    NotReset(#[source] ClientError),
    /// The server reset the token, but the new one could not be stored for `names`.
    RotatedNotStored {
        names: Vec<String>,
        #[source]
        source: StoreError,
    },
}

impl LinkError {
    /// The store error inside, if any (a face picks its own advice by it).
    pub fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e)
            | Self::TokenUnreadable { source: e, .. }
            | Self::ConfigNotWritable { source: e }
            | Self::SecretsNotWritable { source: e, .. }
            | Self::RotatedNotStored { source: e, .. } => Some(e),
            _ => None,
        }
    }

    /// The message, with the store error inside told by `store` (the `Display` form tells
    /// it as the store does).
    pub fn render(&self, store: &dyn Fn(&StoreError) -> String) -> String {
        match self {
            Self::Store(e) => store(e),
            Self::TokenUnreadable { name, source } => format!(
                "cannot read the token of {name}: {}. Nothing was changed; the server was not \
                 contacted",
                store(source)
            ),
            Self::ConfigNotWritable { source } => format!(
                "the server was not asked to reset the token, because the result could not be \
                 saved: {}. Nothing was changed",
                store(source)
            ),
            Self::SecretsNotWritable {
                kind,
                describe,
                source,
            } => format!(
                "the new token could not be stored in {} ({describe}), so the server was not \
                 asked to reset it; nothing was changed: {}",
                store_place(*kind),
                store(source)
            ),
            Self::Client(e) => e.to_string(),
            Self::StoredUrl { name, detail } => format!(
                "the stored URL of {name} is not usable ({detail}): fix it with `chatwoot-link \
                 edit {name} --url URL`"
            ),
            Self::RotationUnsupported { name } => format!(
                "token rotation is not supported by this server (Chatwoot < 4.3.0): reset it in \
                 Profile Settings → Access Token, then `chatwoot-link edit {name} \
                 --token-stdin`. Nothing was changed"
            ),
            Self::NotReset(e) => format!("the token was not reset: {e}. Nothing was changed"),
            Self::RotatedNotStored { names, source } => {
                let first = names.first().map_or("NAME", String::as_str);
                format!(
                    "the server reset the token (the old one no longer works), but the new one \
                     could not be stored: {}. It was not printed or kept anywhere. To recover: \
                     in Chatwoot, open Profile Settings → Access Token and copy the token shown \
                     there (it is the new one; no need to reset again), then run `chatwoot-link \
                     edit {first} --token-stdin` and paste it; do the same for {}",
                    store(source),
                    names.join(", ")
                )
            }
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&ToString::to_string))
    }
}
