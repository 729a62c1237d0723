//! What happens to the wizard (`Msg`) and what it asks the runtime to do (`Effect`).

use std::time::Duration;

use crossterm::event::KeyEvent;

use std::sync::Arc;

use super::model::{KeyringState, ManyLine, RowResult, Saved, TokenStore, UnlinkReport};
use crate::checks::{Certificate, CheckInputs, CheckReport, CheckUpdate};
use crate::link::{Checked, LinkError, ManyInputs};
use crate::secret::Token;
use crate::store::{Config, ProfileData, ProfileRecord};

/// Something that happened: input, a timer, or the result of an effect.
#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Bracketed paste (stripped of newlines and control characters by `update`).
    Paste(Pasted),
    /// The terminal's size (columns, rows): at start and after every resize.
    Resize(u16, u16),
    /// One step of a live check, tagged with the generation of the inputs it checked.
    Check {
        generation: u64,
        update: CheckUpdate,
    },
    /// The run of that generation ended (every check final).
    ChecksDone {
        generation: u64,
    },
    /// The typing pause after an edit of that generation is over.
    DebounceElapsed {
        generation: u64,
    },
    /// Spinner frame (only sent while something is in flight).
    Tick,
    KeyringProbed(KeyringState),
    /// A keyring call is slow (an unlock prompt may be open): say so.
    KeyringWaiting(String),
    Saved(Result<Saved, SaveError>),
    /// One marked account's check ended (the review of several accounts).
    AccountChecked {
        generation: u64,
        account_id: u64,
        report: Box<CheckReport>,
    },
    /// The marked accounts were saved (what became of each), or none was.
    SavedMany(Result<(Saved, Vec<ManyLine>), SaveError>),
    /// A save was still running 5 s after Ctrl-C.
    SaveDeadline,
    /// SIGTERM or SIGINT from outside.
    Terminate,
    /// Back from Ctrl-Z.
    Resumed,
    /// The config as read from disk (home screen), or why it could not be read.
    ConfigLoaded(Result<Config, Failure>),
    /// One profile's live re-check ended.
    Status(RowResult),
    /// A batch of re-checks ended; the profiles with these ids passed and got
    /// `verified_at = at` (one config write), unless `error` says it failed.
    StatusDone {
        verified: Vec<uuid::Uuid>,
        at: jiff::Timestamp,
        error: Option<Failure>,
    },
    /// Edit: the stored token, or why it could not be read.
    TokenRead(Result<Token, Failure>),
    /// A home-screen change (default, rename) was written (the name it took), or not.
    Stored {
        change: Change,
        result: Result<String, Failure>,
    },
    /// The unlink ended (done or not: the outcome says).
    UnlinkReport(UnlinkReport),
    /// The browser could not be started for this address (why).
    BrowserFailed {
        url: String,
        error: String,
    },
}

/// A use case's error travelling in a `Msg` (shared: messages are cloned in tests).
pub type Failure = Arc<LinkError>;

/// A change the home screen asks the store for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `d`: make it the default profile.
    Default(String),
    /// `n`: rename it.
    Rename { old: String, new: String },
}

/// Why a save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No keyring reachable (no session bus, no Secret Service, locked, …): the wizard offers
    /// the file store as an explicit choice.
    KeyringUnavailable { reason: String },
    /// Edit: the profile changed on disk since it was loaded (`now`: as it is there, its
    /// name, or `None` when it is gone).
    Changed {
        now: Option<(String, Box<ProfileRecord>)>,
    },
    /// Anything else, as one message for people (what happened and what to do).
    Other { message: String },
}

/// A checked profile to save: its name, the facts the checks gave it (as the CLI stores
/// them, `link::profile_data`), and the token that was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    pub name: String,
    pub data: ProfileData,
    pub token: Token,
    /// The certificate the user confirmed in this form for its URL; `None` keeps what the
    /// profile trusts (nothing, for a new one).
    pub trusted_cert: Option<Certificate>,
    pub store: TokenStore,
}

/// Work for the runtime; each ends (if at all) with a `Msg` sent back.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Run the checks on these inputs (cancelling any older run): `Check` per update, then
    /// `ChecksDone`.
    RunChecks {
        generation: u64,
        inputs: CheckInputs,
    },
    /// Trust only `cert` for `origin` from now on (confirmed after `tls_untrusted`); comes
    /// before the `RunChecks` that needs it.
    Trust { origin: url::Url, cert: Certificate },
    /// Send `DebounceElapsed { generation }` after `delay`.
    Debounce { generation: u64, delay: Duration },
    /// Find out whether the OS keyring is reachable: `KeyringProbed`.
    ProbeKeyring,
    /// Save in one transaction: `Saved`.
    Save(SaveRequest),
    /// Check each account (all at once, through the shared cache): `AccountChecked` each.
    CheckAccounts {
        generation: u64,
        inputs: Box<ManyInputs>,
        ids: Vec<u64>,
    },
    /// Save the checked accounts, one token shared by their profiles: `SavedMany`.
    SaveMany(Box<ManyRequest>),
    /// Send `SaveDeadline` after `delay`.
    SaveDeadline { delay: Duration },
    /// Put the text on the clipboard with OSC 52 (works over SSH).
    Copy(String),
    /// Open this `http(s)` address in the browser, detached; `BrowserFailed` if it cannot.
    OpenBrowser(String),
    /// Ctrl-Z: restore the terminal, stop the process, redraw on resume (`Resumed`).
    Suspend,
    /// Read the config again: `ConfigLoaded`.
    LoadConfig,
    /// Re-check these profiles live, all at once, sharing requests: `Status` per profile,
    /// then `StatusDone` after recording `verified_at` of those that passed.
    StatusAll(Vec<(String, ProfileRecord)>),
    /// `v`: forget the cached answers of this profile's server, then as `StatusAll`.
    Reverify {
        name: String,
        record: Box<ProfileRecord>,
    },
    /// `V`: forget the cached answers of every one of these profiles' servers, then as
    /// `StatusAll`.
    ReverifyAll(Vec<(String, ProfileRecord)>),
    /// Edit: read the profile's stored token: `TokenRead`.
    ReadToken {
        name: String,
        record: Box<ProfileRecord>,
    },
    /// Edit: replace the profile in one transaction (new secret if a token was typed,
    /// config, old secret deleted), failing if it changed on disk since `expected`: `Saved`.
    Replace(ReplaceRequest),
    /// `d` (default) or `n` (rename): `Stored`.
    Store(Change),
    /// Unlink (with the token reset on the server first when `rotate`): `UnlinkReport`.
    Unlink {
        name: String,
        record: Box<ProfileRecord>,
        rotate: bool,
    },
}

/// Several checked accounts to save (the link layer's `save_checked`).
#[derive(Debug, Clone)]
pub struct ManyRequest {
    /// The shared values; `inputs.kind` is where the one token goes.
    pub inputs: ManyInputs,
    /// The form's check of the URL, token and email.
    pub first: CheckReport,
    /// The accounts, each under the name the review gave it.
    pub checked: Vec<Checked>,
    /// The certificate the user confirmed for this URL (Ctrl-G), trusted by each profile.
    pub trusted_cert: Option<Certificate>,
}

/// An edited profile to save over the one loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplaceRequest {
    /// The name it had when loaded.
    pub name: String,
    pub expected: Box<ProfileRecord>,
    /// The new facts; `request.name` is the new name (the same when not renamed), and
    /// `request.token` the token that was checked.
    pub request: SaveRequest,
    /// The token was not retyped: keep the stored secret.
    pub keep_token: bool,
}

/// How long typing must pause before the live checks run.
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// How long Ctrl-C waits for a save in progress to finish or roll back.
pub const SAVE_GRACE: Duration = Duration::from_secs(5);

/// Pasted text. It may be the token: `Debug` shows only its length, and its memory is zeroed
/// on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct Pasted(String);

impl From<String> for Pasted {
    fn from(text: String) -> Self {
        Self(text)
    }
}

impl From<&str> for Pasted {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl std::ops::Deref for Pasted {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Pasted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pasted({} characters)", self.0.chars().count())
    }
}

impl Drop for Pasted {
    fn drop(&mut self) {
        secrecy::zeroize::Zeroize::zeroize(&mut self.0);
    }
}
