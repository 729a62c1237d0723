//! Why a use case could not do its work. Each message says what happened and what to do;
//! a face may tell the store errors inside its own way ([`LinkError::render`]: the command
//! line adds its ways around a keyring), but the wording around them is written once, here.

use std::fmt;

use crate::chatwoot::{BuildError, Error as ClientError};
use crate::i18n::{Msg, msg};
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
        describe: Msg,
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

    /// What happened and what to do, in any language ([`Msg::english`] for programs).
    pub fn msg(&self) -> Msg {
        self.worded(&StoreError::msg)
    }

    /// The message, with the store error inside told by `store` (the `Display` form tells
    /// it as the store does), in the current language.
    pub fn render(&self, store: &dyn Fn(&StoreError) -> Msg) -> Msg {
        self.worded(store)
    }

    /// The message, with the store error inside as `store` gives it.
    fn worded(&self, store: &dyn Fn(&StoreError) -> Msg) -> Msg {
        match self {
            Self::Store(e) => store(e),
            Self::TokenUnreadable { name, source } => {
                msg!(link_token_unreadable, name = name, cause = store(source))
            }
            Self::ConfigNotWritable { source } => {
                msg!(link_config_not_writable, cause = store(source))
            }
            Self::SecretsNotWritable {
                kind,
                describe,
                source,
            } => msg!(
                link_secrets_not_writable,
                place = store_place(*kind),
                describe = describe,
                cause = store(source)
            ),
            Self::Client(e) => e.msg(),
            Self::StoredUrl { name, detail } => {
                msg!(link_stored_url, name = name, detail = detail)
            }
            Self::RotationUnsupported { name } => msg!(link_rotation_unsupported, name = name),
            Self::NotReset(e) => msg!(link_not_reset, cause = e.msg()),
            Self::RotatedNotStored { names, source } => msg!(
                link_rotated_not_stored,
                cause = store(source),
                first = names.first().map_or("NAME", String::as_str),
                names = names.join(", ")
            ),
        }
    }
}

/// In the current language.
impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

#[cfg(test)]
mod tests;
