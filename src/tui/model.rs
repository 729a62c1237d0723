//! The wizard's state: plain data, changed only by `update`, read by `view`.

mod field;
mod home;

pub use field::{FieldId, Fields};
pub use home::{HOME_CHROME, Home, Mode, Revoke, RevokeReport, RowResult, RowState};

use crate::checks::{AccountFacts, CheckId, CheckReport, Code, Status};
use crate::secret::Token;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Re-runs: the linked profiles with their live state.
    Home,
    Form,
    Review,
    Done,
    /// Revoke: the confirmation, then the result.
    Revoke,
}

/// How the wizard ended; the binary turns it into an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Saved, or left by the user with nothing pending.
    Finished,
    /// Cancelled, interrupted or stopped by a signal: what was in progress was not saved.
    Interrupted,
}

/// A box drawn over the screen that takes the keys until it is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// F1 (or `?` where no text field is focused): every key.
    Keys,
    /// Esc with something typed: "quit without saving?".
    ConfirmQuit,
    /// Ctrl-G after `tls_untrusted`: the server's certificate, "trust it?" (as ssh asks).
    TrustCert,
}

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

/// What is known of the OS keyring (probed after the first frame).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyringState {
    Unknown,
    Available,
    Unavailable { reason: String },
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
}

/// What the store reported after a successful save (for the Done screen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    /// Where the profile went (the config file).
    pub config_file: String,
    /// Where the token went, for people ("OS keyring, entry 'chatwoot-link: acme (…)'").
    pub token_place: String,
}

/// What the wizard knows before it starts: nothing here needs the keyring or the network.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// `--demo`: the sandbox, the demo directory and the file store.
    pub demo: bool,
    /// The config file, as shown to people.
    pub config_file: String,
    /// The file store's path, as shown to people.
    pub file_store: String,
    /// How to call this program in the "next" commands (with `--config-dir` in the demo).
    pub command: String,
    /// The time zone "last verified" is shown in (the system's; UTC in tests).
    pub tz: jiff::tz::TimeZone,
    /// The demo's values, filled in when a profile is added (`--demo`).
    pub demo_values: Option<[String; 4]>,
}

impl Default for Context {
    fn default() -> Self {
        Self {
            demo: false,
            config_file: String::new(),
            file_store: String::new(),
            command: String::new(),
            tz: jiff::tz::TimeZone::UTC,
            demo_values: None,
        }
    }
}

/// The whole wizard.
// Plain flags of a plain model: each is read by `view` and set by `update` on its own.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone)]
pub struct App {
    pub ctx: Context,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
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
    pub checks: [CheckState; CheckId::COUNT],
    /// The facts and warnings of the current inputs (the engine's report, folded).
    pub report: CheckReport,
    pub live: Live,
    pub list: Option<AccountList>,
    /// Enter on the last field while checks ran: open the review when they end well.
    pub review_pending: bool,
    pub keyring: KeyringState,
    pub token_store: TokenStore,
    pub save: SaveState,
    pub saved: Option<Saved>,
    /// One transient line for the status bar ("Copied the URL", "waiting for checks…").
    pub notice: Option<String>,
    /// Spinner frame, advanced by ticks (which exist only while something is in flight).
    pub spinner: usize,
    /// Ctrl-C arrived during a save: exit 130 when it ends (or after 5 s).
    pub quit_after_save: bool,
    /// Set when the wizard ends; the runtime restores the terminal and exits with it.
    pub exit: Option<Ending>,
    /// Printed on stderr after the terminal is restored.
    pub exit_note: Option<String>,
    /// Adding a profile, or editing one.
    pub mode: Mode,
    /// The wizard started with profiles: it returns to the home screen instead of exiting.
    pub from_home: bool,
    pub home: Home,
    pub revoke: Option<Revoke>,
    /// Edit: the stored token (read off the UI thread), used for the checks and kept
    /// unless a new one is typed. Never drawn.
    pub stored_token: Option<Token>,
    /// Edit: the stored token is being read.
    pub token_loading: bool,
    /// Edit: the field values as loaded, to tell whether anything changed.
    pub original: Option<[String; 5]>,
    /// The terminal's size (columns, rows), for paging the home screen's list.
    pub viewport: (u16, u16),
}

/// The smallest terminal the wizard draws its screens in.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 16;

impl App {
    pub fn new(ctx: Context) -> Self {
        let token_store = if ctx.demo {
            TokenStore::File
        } else {
            TokenStore::Keyring
        };
        Self {
            ctx,
            screen: Screen::Form,
            overlay: None,
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
            live: Live::default(),
            list: None,
            review_pending: false,
            keyring: KeyringState::Unknown,
            token_store,
            save: SaveState::Idle,
            saved: None,
            notice: None,
            spinner: 0,
            quit_after_save: false,
            exit: None,
            exit_note: None,
            mode: Mode::Add,
            from_home: false,
            home: Home::default(),
            revoke: None,
            stored_token: None,
            token_loading: false,
            original: None,
            viewport: (80, 24),
        }
    }

    /// The wizard on a re-run: the home screen with the profiles of `config`, their live
    /// state still unknown (the re-checks start after the first frame). The form checks
    /// names and "already linked" against the same config (empty on a first run).
    pub fn with_home(ctx: Context, config: crate::store::Config) -> Self {
        let mut app = Self::new(ctx);
        app.from_home = true;
        app.screen = Screen::Home;
        app.home.config = config;
        app
    }

    /// Below [`MIN_WIDTH`]x[`MIN_HEIGHT`] the view says "terminal too small" instead of the
    /// screen, so no key but Ctrl-C (and Ctrl-Z) may act: nothing happens unseen.
    pub fn too_small(&self) -> bool {
        self.viewport.0 < MIN_WIDTH || self.viewport.1 < MIN_HEIGHT
    }

    /// How many profile rows the home screen's list has room for.
    pub fn home_rows_fit(&self) -> usize {
        // The key bar takes one more row.
        usize::from(self.viewport.1.saturating_sub(HOME_CHROME + 1)).max(1)
    }

    /// Edit: any field differs from what was loaded.
    pub fn changed_since_loaded(&self) -> bool {
        match &self.original {
            Some(original) => FieldId::ALL
                .iter()
                .any(|&f| self.fields.get(f) != original[f.index()]),
            None => self.anything_typed(),
        }
    }

    pub fn check(&self, id: CheckId) -> &CheckState {
        &self.checks[id as usize]
    }

    pub fn check_mut(&mut self, id: CheckId) -> &mut CheckState {
        &mut self.checks[id as usize]
    }

    /// Whether something is in flight that the spinner should show: the runtime keeps a
    /// tick timer only while this is true, so an idle wizard never wakes up.
    pub fn wants_ticks(&self) -> bool {
        self.live.running
            || self.save == SaveState::Saving
            || self.checks.contains(&CheckState::Checking)
            || self.token_loading
            || matches!(self.revoke, Some(Revoke::Running { .. }))
            || (self.screen == Screen::Home && self.home.checking())
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

    /// True when the typed Account ID matches none of the token's accounts.
    pub fn account_unmatched(&self) -> bool {
        let typed = self.fields.get(FieldId::AccountId).trim();
        !self
            .report
            .accounts
            .iter()
            .any(|a| a.id.to_string().starts_with(typed))
    }

    /// Anything typed by the user (Esc then asks before quitting).
    pub fn anything_typed(&self) -> bool {
        FieldId::ALL
            .iter()
            .any(|&f| !self.fields.get(f).trim().is_empty())
    }

    /// The profile name's own (local) problem, if any.
    pub fn name_problem(&self) -> Option<String> {
        let typed = self.fields.get(FieldId::Name);
        if typed.trim().is_empty() {
            return Some("give the profile a name (letters, digits, '.', '_', '-')".to_owned());
        }
        let name = match super::text::profile_name(typed) {
            Ok(name) => name,
            Err(problem) => return Some(problem),
        };
        if self.home.config.profiles.contains_key(&name) && !self.editing(&name) {
            Some(format!(
                "a profile named {name} exists already: pick another name"
            ))
        } else {
            None
        }
    }

    /// True when the form edits the profile called `name`.
    pub fn editing(&self, name: &str) -> bool {
        matches!(&self.mode, Mode::Edit { name: n, .. } if n == name)
    }

    /// The first field whose check failed or has not passed, in form order.
    pub fn first_unready_field(&self) -> Option<FieldId> {
        FieldId::ALL.iter().copied().find(|&f| match f.check() {
            Some(id) => !self.check(id).passed(),
            None => self.name_problem().is_some(),
        })
    }

    /// Every check passed (ok or warn), the inboxes included, and the name is usable. The
    /// readiness checks only count once they failed: number health may take seconds and
    /// never holds up the review or a save (their results keep arriving there).
    pub fn ready_for_review(&self) -> bool {
        !self.live.due
            && self.first_unready_field().is_none()
            && self.check(CheckId::Inboxes).passed()
            && !CheckId::ALL
                .iter()
                .any(|&id| id.is_readiness() && self.check(id).failed())
    }
}
