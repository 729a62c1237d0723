//! The wizard's state: plain data, changed only by `update`, read by `view`.

mod field;
mod form;
mod home;
mod inboxes;
mod multi;
mod unlink;

pub use field::{FieldId, Fields};
pub use form::{
    AccountList, CheckState, Edit, Form, Live, Mode, SaveState, Source, TokenStore, eligible,
};
pub use home::{HOME_CHROME, Home, HomeInput, RowResult, RowState};
pub use inboxes::{Chosen, InboxList, inbox_status};
pub use multi::{ManyLine, Multi, MultiRow};
pub use unlink::{SecretFate, Unlink, UnlinkReport, Unlinked};

use crate::checks::CheckId;

/// Which screen is shown, with what only that screen needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Re-runs: the linked profiles with their live state.
    Home,
    Form,
    Review,
    /// The profile was saved: what the store reported.
    Done(Saved),
    /// Unlink: the confirmation, then the result.
    Unlink(Unlink),
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

/// What is known of the OS keyring (probed after the first frame).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyringState {
    Unknown,
    Available,
    Unavailable { reason: String },
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
    /// How to call this program in the "next" commands.
    pub command: String,
    /// The `--config-dir` the wizard was started with (outside the demo): the "next"
    /// commands pass it on, or they would look in the default directory.
    pub config_dir: Option<String>,
    /// The time zone "last verified" is shown in (the system's; UTC in tests).
    pub tz: jiff::tz::TimeZone,
    /// The demo's values, filled in when a profile is added (`--demo`).
    pub demo_values: Option<[String; 4]>,
    /// A browser can be opened here (a desktop session): `o` opens pages, else shows them.
    pub browser: bool,
}

impl Default for Context {
    fn default() -> Self {
        Self {
            demo: false,
            config_file: String::new(),
            file_store: String::new(),
            command: String::new(),
            config_dir: None,
            tz: jiff::tz::TimeZone::UTC,
            demo_values: None,
            browser: false,
        }
    }
}

/// The whole wizard.
#[derive(Debug, Clone)]
pub struct App {
    pub ctx: Context,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// How many lines the F1 help is scrolled down (a short terminal); 0 when it opens.
    pub help_scroll: u16,
    /// The form in progress (add or edit); a new one is built for each.
    pub form: Form,
    pub home: Home,
    pub keyring: KeyringState,
    /// One transient line for the status bar ("Copied the URL", "waiting for checks…").
    pub notice: Option<String>,
    /// Spinner frame, advanced by ticks (which exist only while something is in flight).
    pub spinner: usize,
    /// Ctrl-C arrived during a save: exit 130 when it ends (or after 5 s).
    pub quit_after_save: bool,
    /// Set when the wizard ends; the runtime restores the terminal and returns it.
    pub exit: Option<Ending>,
    /// Printed on stderr after the terminal is restored.
    pub exit_note: Option<String>,
    /// What this run changed, one line each ("Linked acme: chat.example.com account 1"):
    /// left in the scrollback when the wizard ends normally.
    pub summary: Vec<String>,
    /// The wizard started with profiles: it returns to the home screen instead of exiting.
    pub from_home: bool,
    /// The terminal's size (columns, rows), for paging the home screen's list.
    pub viewport: (u16, u16),
}

/// The spinner's (and the slow-check clock's) period while something is in flight.
pub const TICK: std::time::Duration = std::time::Duration::from_millis(100);
/// A live check running this long shows its elapsed time and how to cancel and retry.
pub const SLOW_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// The smallest terminal the wizard draws its screens in.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 16;

impl App {
    pub fn new(ctx: Context) -> Self {
        Self {
            form: Form::add(ctx.demo, 0),
            ctx,
            screen: Screen::Form,
            overlay: None,
            help_scroll: 0,
            home: Home::default(),
            keyring: KeyringState::Unknown,
            notice: None,
            spinner: 0,
            quit_after_save: false,
            exit: None,
            exit_note: None,
            summary: Vec::new(),
            from_home: false,
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

    /// Opens the F1 help at its top.
    pub fn open_keys(&mut self) {
        self.overlay = Some(Overlay::Keys);
        self.help_scroll = 0;
    }

    /// Replaces the form with a new empty one (the generation keeps growing).
    pub fn new_form(&mut self) {
        self.form = Form::add(self.ctx.demo, self.form.live.generation + 1);
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

    /// Whether something is in flight that the spinner should show: the runtime keeps a
    /// tick timer only while this is true, so an idle wizard never wakes up.
    pub fn wants_ticks(&self) -> bool {
        let form = &self.form;
        form.live.running
            || form.save == SaveState::Saving
            || form.checks.contains(&CheckState::Checking)
            || form.mode.token_loading()
            || (self.screen == Screen::Review && form.multi.as_ref().is_some_and(|m| !m.checked()))
            || matches!(self.screen, Screen::Unlink(Unlink::Running { .. }))
            || (self.screen == Screen::Home && self.home.checking())
    }

    /// Whole seconds the form's live check has run, once it runs past [`SLOW_AFTER`].
    pub fn slow_check(&self) -> Option<u64> {
        let live = &self.form.live;
        let elapsed = TICK.saturating_mul(live.ticks);
        (self.screen == Screen::Form && live.running && elapsed >= SLOW_AFTER)
            .then_some(elapsed.as_secs())
    }

    /// The profile name's own (local) problem, if any.
    pub fn name_problem(&self) -> Option<String> {
        let typed = self.form.fields.get(FieldId::Name);
        if typed.trim().is_empty() {
            return Some(crate::i18n::t!(wizard_form_name_empty));
        }
        let name = match super::text::profile_name(typed) {
            Ok(name) => name,
            Err(problem) => return Some(problem),
        };
        if self.home.config.profiles.contains_key(&name) && !self.editing(&name) {
            Some(crate::i18n::t!(wizard_form_name_exists, name = &name))
        } else {
            None
        }
    }

    /// True when the form edits the profile called `name`.
    pub fn editing(&self, name: &str) -> bool {
        self.form.mode.edit().is_some_and(|e| e.name == name)
    }

    /// The first field whose check failed or has not passed, in form order.
    /// With several accounts marked, only the URL, email and token count here: each
    /// account and its name are checked on the review.
    pub fn first_unready_field(&self) -> Option<FieldId> {
        let several = self.form.several();
        FieldId::ALL.iter().copied().find(|&f| match f.check() {
            _ if several && matches!(f, FieldId::AccountId | FieldId::Name) => false,
            Some(id) => !self.form.check(id).passed(),
            None => self.name_problem().is_some(),
        })
    }

    /// Every check passed (ok or warn), the inboxes included, and the name is usable. The
    /// readiness checks only count once they failed: number health may take seconds and
    /// never holds up the review or a save (their results keep arriving there).
    pub fn ready_for_review(&self) -> bool {
        if self.form.several() {
            return !self.form.live.due && self.first_unready_field().is_none();
        }
        !self.form.live.due
            && self.first_unready_field().is_none()
            && self.form.check(CheckId::Inboxes).passed()
            && !CheckId::ALL
                .iter()
                .any(|&id| id.is_readiness() && self.form.check(id).failed())
    }
}
