//! The form's state (add or edit): the fields, their checks, the account picker and the
//! save. A new form is built for every add or edit, so nothing leaks from one to the next.

use super::field::{FieldId, Fields};
use crate::checks::{AccountFacts, CheckReport, Code, Status};
use crate::secret::Token;
use crate::store::{ProfileRecord, TokenStoreKind};

/// What is shown beside one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckState {
    /// Nothing to check yet, or waiting for the live check to start.
    NotChecked,
    /// A live request is in flight.
    Checking,
    /// A final result, local or live.
    Done {
        status: Status,
        code: Code,
        message: String,
    },
}

impl CheckState {
    pub fn status(&self) -> Option<Status> {
        match self {
            Self::NotChecked => None,
            Self::Checking => Some(Status::Checking),
            Self::Done { status, .. } => Some(*status),
        }
    }

    pub fn passed(&self) -> bool {
        matches!(self.status(), Some(Status::Ok | Status::Warn))
    }

    /// Passed without a warning.
    pub fn passed_plainly(&self) -> bool {
        self.status() == Some(Status::Ok)
    }

    pub fn failed(&self) -> bool {
        self.status() == Some(Status::Fail)
    }
}

/// The live checks' bookkeeping. Every edit of a checked field bumps `generation`, so
/// results of older inputs still on their way are recognised and dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Live {
    /// The generation of the newest inputs; only updates tagged with it are applied.
    pub generation: u64,
    /// The inputs changed since the last run started: a run is due (after the debounce or
    /// when the field is left).
    pub due: bool,
    /// A run of `generation` has started and not yet ended.
    pub running: bool,
    /// Ticks since that run started: the form's clock for a slow server (ticks exist only
    /// while something is in flight, so the idle wizard keeps no timer).
    pub ticks: u32,
}

/// Where a field's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Filled in by the wizard (from the account name, or a dashboard URL).
    Derived,
    /// Typed or picked by the user.
    Typed,
}

/// The open account picker under the Account ID field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AccountList {
    /// Index into the filtered rows.
    pub selected: usize,
    /// Digits were typed since it opened: they filter the rows. A value already there when
    /// the field is focused (pre-filled, picked earlier) does not, so every account shows.
    pub filtering: bool,
}

/// Where the token goes when saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenStore {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// `tokens.toml` (0600) in the config directory: only by explicit choice, or in the demo.
    File,
}

/// The save's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Idle,
    Saving,
    /// The keyring is not reachable: the file store is offered as an explicit choice.
    NeedsConsent {
        reason: String,
    },
    Failed {
        message: String,
    },
    /// Edit: the profile changed on disk since it was loaded; nothing was saved. `now` is
    /// it as the file has it (its name, maybe new), `None` when it was removed.
    Changed {
        now: Option<(String, Box<ProfileRecord>)>,
    },
}

/// An account a link can use (the link layer's rule, ahead of the account check for the
/// picker).
pub use crate::link::eligible;

/// What the form is for.
#[derive(Debug, Clone)]
pub enum Mode {
    /// A new profile.
    Add,
    /// An existing profile: `expected` is the record as loaded; saving fails if the file
    /// changed since. The stored token is kept unless a new one is typed.
    Edit(Box<Edit>),
}

/// The edit-only part of a form.
#[derive(Debug, Clone)]
pub struct Edit {
    pub name: String,
    pub expected: ProfileRecord,
    /// The stored token (read off the UI thread), used for the checks and kept unless a new
    /// one is typed. Never drawn.
    pub stored_token: Option<Token>,
    /// The stored token is being read.
    pub token_loading: bool,
    /// The field values as loaded, to tell whether anything changed.
    pub original: [String; 5],
}

impl Mode {
    pub fn is_add(&self) -> bool {
        matches!(self, Self::Add)
    }

    pub fn edit(&self) -> Option<&Edit> {
        match self {
            Self::Add => None,
            Self::Edit(e) => Some(e),
        }
    }

    pub fn edit_mut(&mut self) -> Option<&mut Edit> {
        match self {
            Self::Add => None,
            Self::Edit(e) => Some(e),
        }
    }

    /// Edit: the stored token is being read.
    pub fn token_loading(&self) -> bool {
        self.edit().is_some_and(|e| e.token_loading)
    }
}

/// One run of the form.
#[derive(Debug, Clone)]
pub struct Form {
    pub mode: Mode,
    pub fields: Fields,
    pub focus: FieldId,
    /// Ctrl-R: the token is drawn in clear while its field is focused.
    pub revealed: bool,
    /// The origin the user accepted plain http to (Ctrl-O after `insecure_http`, or the
    /// stored URL of an edited profile): for this form only, and only while the URL is it.
    pub http_allowed: Option<String>,
    /// The certificate the server presented when the URL failed `tls_untrusted`.
    pub presented_cert: Option<crate::checks::Certificate>,
    /// The origin and certificate the user confirmed (Ctrl-G): trusted for this form, and
    /// saved with the profile, only while the URL is that origin.
    pub trusted_cert: Option<(String, crate::checks::Certificate)>,
    /// The name comes from the account's name until the user types in it.
    pub name_source: Source,
    /// The Account ID may come from a pasted dashboard URL (a later paste may replace it).
    pub account_source: Source,
    /// Beside each check, in `CheckId` order.
    pub checks: [CheckState; crate::checks::CheckId::COUNT],
    /// The facts and warnings of the current inputs (the engine's report, folded).
    pub report: CheckReport,
    pub live: Live,
    pub list: Option<AccountList>,
    /// The inbox picker is open (the Inboxes row has the focus).
    pub inbox_list: Option<super::inboxes::InboxList>,
    /// The inboxes chosen for the integration (edit: the profile's to begin with).
    pub chosen: super::inboxes::Chosen,
    /// Enter on the last field while checks ran: open the review when they end well.
    pub review_pending: bool,
    pub token_store: TokenStore,
    pub save: SaveState,
    /// The review's facts scrolled by this many lines (a short terminal).
    pub review_scroll: u16,
    /// Fields left at least once, or filled when the form opened: only these show a
    /// failure (a first `d` in the email is not yet "not an email address").
    pub touched: [bool; 5],
    /// Accounts marked in the list (Space), in the list's order: two or more are linked
    /// at once, one profile each.
    pub marked: Vec<u64>,
    /// The review of the marked accounts (when two or more are).
    pub multi: Option<super::Multi>,
}

impl Form {
    /// The profile name as the store will save it (its own rule); as typed while that rule
    /// refuses it (the form does not let such a name reach the review).
    pub fn profile_name(&self) -> String {
        let typed = self.fields.get(FieldId::Name);
        crate::store::normalize_name(typed).unwrap_or_else(|_| typed.to_owned())
    }

    /// An empty form to add a profile. `generation` continues the previous form's count,
    /// so results of its runs still on their way stay stale.
    pub fn add(demo: bool, generation: u64) -> Self {
        Self {
            mode: Mode::Add,
            fields: Fields::default(),
            focus: FieldId::Url,
            revealed: false,
            http_allowed: None,
            presented_cert: None,
            trusted_cert: None,
            name_source: Source::Derived,
            account_source: Source::Typed,
            checks: std::array::from_fn(|_| CheckState::NotChecked),
            report: CheckReport::new(),
            live: Live {
                generation,
                ..Live::default()
            },
            list: None,
            inbox_list: None,
            chosen: super::inboxes::Chosen::default(),
            review_pending: false,
            token_store: if demo {
                TokenStore::File
            } else {
                TokenStore::Keyring
            },
            save: SaveState::Idle,
            review_scroll: 0,
            touched: [false; 5],
            marked: Vec::new(),
            multi: None,
        }
    }

    /// The form on a stored profile; its token is read next (`token_loading`).
    pub fn edit(name: String, record: ProfileRecord, generation: u64) -> Self {
        let mut form = Self::add(false, generation);
        let d = &record.data;
        form.fields.set(FieldId::Url, d.url.clone());
        form.fields.set(FieldId::Email, d.email.clone());
        form.fields
            .set(FieldId::AccountId, d.account_id.to_string());
        form.fields.set(FieldId::Name, name.clone());
        form.name_source = Source::Typed;
        form.chosen = super::inboxes::Chosen {
            account_id: Some(d.account_id),
            ids: d.inbox_ids.clone(),
        };
        // Plain http to a remote host was accepted when this profile was saved (`status`
        // re-checks it the same way); a different URL needs the consent again.
        if d.url.starts_with("http://") {
            form.http_allowed = Some(d.url.clone());
        }
        form.token_store = match record.token_store {
            TokenStoreKind::Keyring => TokenStore::Keyring,
            TokenStoreKind::File => TokenStore::File,
        };
        let original = std::array::from_fn(|i| form.fields.get(FieldId::ALL[i]).to_owned());
        form.touched = [true; 5];
        form.mode = Mode::Edit(Box::new(Edit {
            name,
            expected: record,
            stored_token: None,
            token_loading: true,
            original,
        }));
        form
    }

    pub fn check(&self, id: crate::checks::CheckId) -> &CheckState {
        &self.checks[id as usize]
    }

    pub fn check_mut(&mut self, id: crate::checks::CheckId) -> &mut CheckState {
        &mut self.checks[id as usize]
    }

    /// The state to show beside `field`: a failure is held back while the field is
    /// typed into for the first time.
    pub fn shown(&self, field: FieldId, state: CheckState) -> CheckState {
        if self.focus == field && !self.touched[field.index()] && state.failed() {
            CheckState::NotChecked
        } else {
            state
        }
    }

    /// Anything typed by the user (Esc then asks before quitting).
    pub fn anything_typed(&self) -> bool {
        FieldId::ALL
            .iter()
            .any(|&f| !self.fields.get(f).trim().is_empty())
    }

    /// Edit: any field differs from what was loaded.
    pub fn changed_since_loaded(&self) -> bool {
        match self.mode.edit() {
            Some(e) => FieldId::ALL
                .iter()
                .any(|&f| self.fields.get(f) != e.original[f.index()]),
            None => self.anything_typed(),
        }
    }

    /// The token's accounts whose id starts with the typed digits (the picker's rows); all
    /// of them when none matches or nothing was typed since the list opened, so the right
    /// one is always in view.
    pub fn filtered_accounts(&self) -> Vec<&AccountFacts> {
        if self.list.is_some_and(|l| !l.filtering) {
            return self.report.accounts.iter().collect();
        }
        let typed = self.fields.get(FieldId::AccountId).trim();
        let matching: Vec<_> = self
            .report
            .accounts
            .iter()
            .filter(|a| a.id.to_string().starts_with(typed))
            .collect();
        if matching.is_empty() {
            self.report.accounts.iter().collect()
        } else {
            matching
        }
    }

    /// Two or more accounts are marked: they are linked at once (the Account ID and name
    /// fields stand aside; each account is checked and named on the review).
    pub fn several(&self) -> bool {
        self.marked.len() >= 2
    }

    /// True when the typed Account ID matches none of the token's accounts.
    pub fn account_unmatched(&self) -> bool {
        let typed = self.fields.get(FieldId::AccountId).trim();
        !self
            .report
            .accounts
            .iter()
            .any(|a| a.id.to_string().starts_with(typed))
    }
}
