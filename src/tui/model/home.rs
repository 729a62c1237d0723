//! The home screen's state (re-runs): the profiles as the config has them, each one's live
//! status, the selection, the `/` filter and the inline rename.

use std::collections::HashMap;

use tui_input::Input;
use uuid::Uuid;

use crate::checks::Status;
use crate::store::{Config, ProfileRecord};

/// Rows of the home screen's frame that are not the list: border (2), column titles (1),
/// the separator (1) and the selected profile's details (9).
pub const HOME_CHROME: u16 = 13;

/// One profile's live state on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowState {
    /// The re-check is running (or about to).
    Checking,
    /// The re-check ended: ok, warn or fail, and its one-line summary.
    Done { status: Status, message: String },
}

/// One profile's finished re-check, as the home screen takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    /// The record that was checked: applied only while the profile is still that revision.
    pub record: ProfileRecord,
    pub status: Status,
    pub message: String,
    /// The WhatsApp numbers the check found (`None`: the inboxes were not listed).
    pub numbers: Option<Vec<String>>,
    /// The profile's token is gone from its store (the keyring was stopped before it saved
    /// it, or the entry was deleted): the row says Enter types it again.
    pub secret_missing: bool,
}

/// Where the home screen's typed keys go.
#[derive(Debug, Clone, Default)]
pub enum HomeInput {
    /// The keys act on the list.
    #[default]
    Browse,
    /// The keys edit the filter (until Enter or Esc).
    Filter,
    /// `n`: the new name being typed for the selected profile.
    Rename(Input),
}

/// The home screen.
#[derive(Debug, Clone, Default)]
pub struct Home {
    /// The config as last read (from disk, or updated after a re-check).
    pub config: Config,
    /// Live state by profile id; a profile without one was not checked yet.
    pub states: HashMap<Uuid, RowState>,
    /// The WhatsApp numbers by profile id, from the last check that listed the inboxes
    /// (kept while a new check runs).
    pub numbers: HashMap<Uuid, Vec<String>>,
    /// Index into [`Home::visible`].
    pub selected: usize,
    /// `/`: rows whose name, host or account name contain this text (kept after Enter).
    pub filter: Option<Input>,
    /// Where typed keys go.
    pub input: HomeInput,
    /// A config change (default, rename) is being written.
    pub busy: bool,
    /// The profile to select once the config is read again (renamed, saved).
    pub select: Option<String>,
}

impl Home {
    /// The names of the rows in view, in order (filtered when a filter is set).
    pub fn visible(&self) -> Vec<&str> {
        let needle = self
            .filter
            .as_ref()
            .map(|f| f.value().trim().to_lowercase())
            .unwrap_or_default();
        self.config
            .profiles
            .iter()
            .filter(|(name, r)| {
                needle.is_empty()
                    || name.contains(&needle)
                    || r.data.url.to_lowercase().contains(&needle)
                    || r.data.account_name.to_lowercase().contains(&needle)
            })
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// The selected profile, if any row is in view.
    pub fn selected(&self) -> Option<(&str, &ProfileRecord)> {
        let name = *self.visible().get(self.selected)?;
        self.config
            .profiles
            .get_key_value(name)
            .map(|(n, r)| (n.as_str(), r))
    }

    pub fn state(&self, record: &ProfileRecord) -> Option<&RowState> {
        self.states.get(&record.id)
    }

    /// True while a re-check runs (the spinner's tick is needed).
    pub fn checking(&self) -> bool {
        self.busy || self.states.values().any(|s| *s == RowState::Checking)
    }

    /// Keeps the selection on a row in view.
    pub fn clamp(&mut self) {
        let n = self.visible().len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}
