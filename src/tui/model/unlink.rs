//! The unlink flow, shown on its own screen: the question, the work, and its outcome as
//! data (the view words it).

use crate::store::{ProfileRecord, TokenStoreKind};

/// The unlink flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlink {
    /// "Unlink profile X?" with the opt-in token reset.
    Confirm {
        name: String,
        record: Box<ProfileRecord>,
        /// The other local profiles holding the same token.
        others: Vec<String>,
        /// Also reset the token on the server (off by default).
        rotate: bool,
    },
    /// The store (and maybe the server) is at work.
    Running { name: String, rotate: bool },
    /// What was removed and what remains.
    Done(UnlinkReport),
}

/// What an unlink did, or why it did nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlinkReport {
    pub name: String,
    /// The profile as it was: host, account id and name.
    pub host: String,
    pub account_id: u64,
    pub account_name: String,
    /// The other local profiles holding the same token (as on disk at the time).
    pub others: Vec<String>,
    /// What was done, or the message of the failure (nothing was changed).
    pub result: Result<Unlinked, String>,
}

/// What was done when the profile was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlinked {
    /// Where the token was.
    pub token_store: TokenStoreKind,
    pub secret: SecretFate,
    /// The default profile afterwards.
    pub default: Option<String>,
    /// The token was reset on the server first.
    pub rotated: bool,
    /// Things to tell the user, as the use case words them.
    pub warnings: Vec<String>,
    /// Removed as asked, but the new token could not be stored for the profiles sharing
    /// it: how to recover.
    pub later: Option<String>,
}

/// What became of the removed profile's token in the local store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretFate {
    Deleted,
    AlreadyGone,
    /// It stays: these profiles, linked together with it, still use it.
    Shared(Vec<String>),
    /// It could not be deleted (why).
    Failed(String),
}

impl UnlinkReport {
    /// True when the profile was removed.
    pub fn removed(&self) -> bool {
        self.result.is_ok()
    }
}
