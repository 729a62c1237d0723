//! What happens to the wizard (`Msg`) and what it asks the runtime to do (`Effect`).

use std::time::Duration;

use crossterm::event::KeyEvent;

use super::model::{KeyringState, Saved, TokenStore};
use crate::checks::{CheckInputs, CheckUpdate};
use crate::secret::Token;

/// Something that happened: input, a timer, or the result of an effect.
#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Bracketed paste (stripped of newlines and control characters by `update`).
    Paste(String),
    Resize,
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
    /// A save was still running 5 s after Ctrl-C.
    SaveDeadline,
    /// SIGTERM or SIGINT from outside.
    Terminate,
    /// Back from Ctrl-Z.
    Resumed,
}

/// Why a save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No keyring reachable (no session bus, no Secret Service, locked, …): the wizard offers
    /// the file store as an explicit choice.
    KeyringUnavailable { reason: String },
    /// Anything else, as one message for people (what happened and what to do).
    Other { message: String },
}

/// A checked profile to save, built from the review's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    pub name: String,
    /// The normalised origin.
    pub url: String,
    pub email: String,
    pub account_id: u64,
    pub account_name: String,
    pub user_id: u64,
    pub user_name: String,
    pub role: String,
    pub server_version: String,
    pub token: Token,
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
    /// Send `DebounceElapsed { generation }` after `delay`.
    Debounce { generation: u64, delay: Duration },
    /// Find out whether the OS keyring is reachable: `KeyringProbed`.
    ProbeKeyring,
    /// Save in one transaction: `Saved`.
    Save(SaveRequest),
    /// Send `SaveDeadline` after `delay`.
    SaveDeadline { delay: Duration },
    /// Put the text on the clipboard with OSC 52 (works over SSH).
    Copy(String),
    /// Ctrl-Z: restore the terminal, stop the process, redraw on resume (`Resumed`).
    Suspend,
}

/// How long typing must pause before the live checks run.
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// How long Ctrl-C waits for a save in progress to finish or roll back.
pub const SAVE_GRACE: Duration = Duration::from_secs(5);
