//! The key tables: one per screen (and input mode), each row keys -> action plus what the
//! F1 help says of them. `update` finds a key's action here, the F1 help lists the rows,
//! and the key bar names keys only through them, so the three cannot disagree.

mod form;
mod home;
mod multi;
mod other;
#[cfg(test)]
mod tests;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Msg;

use super::model::{App, FieldId, HomeInput, SaveState, Screen, Unlink as ModelUnlink};

pub use form::{FORM, Form, FormPlace, form_bar};
pub use home::{
    FILTER, FILTER_BAR, Filter, GLOBAL, Global, HOME, HOME_BAR, HOME_BAR_EMPTY, Home, RENAME,
    RENAME_BAR, Rename,
};
pub use multi::{MULTI_REVIEW, MultiReview, multi_review_bar};
pub use other::{
    CONFIRM_QUIT, ConfirmQuit, DONE, Done, KEYS, KEYS_BAR, Keys, REVIEW, Review, TRUST_CERT,
    TrustCert, UNLINK, UNLINK_BAR, UNLINK_DONE, UNLINK_DONE_BAR, Unlink, UnlinkDone, done_bar,
    review_bar,
};

/// What a key does, worded when it is shown (the tables are constants; the language is
/// chosen at run time).
pub type Text = fn() -> Msg;

/// `w!(wizard_keys_bar_quit)`: a [`Text`] for a message without variables.
macro_rules! w {
    ($id:ident) => {
        || crate::i18n::msg!($id)
    };
}
use w;

const fn k(code: KeyCode) -> Key {
    Key::code(code)
}

const ENTER: Key = k(KeyCode::Enter);
const ESC: Key = k(KeyCode::Esc);
const TAB: Key = k(KeyCode::Tab);
const UP: Key = k(KeyCode::Up);
const DOWN: Key = k(KeyCode::Down);
const F1: Key = k(KeyCode::F(1));
const QUESTION: Key = Key::ch('?');

/// One key as the tables write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    /// A letter that acts in either case (y/Y on a question).
    pub any_case: bool,
}

impl Key {
    pub const fn code(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            any_case: false,
        }
    }

    /// A letter in either case.
    pub const fn letter(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: false,
            any_case: true,
        }
    }

    pub const fn ch(c: char) -> Self {
        Self::code(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
            any_case: false,
        }
    }

    /// The key pressed is this one (Shift is part of the character; a letter's other case
    /// is the same key where the table says so by listing both).
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let code = match (self.any_case, key.code) {
            (true, KeyCode::Char(c)) => KeyCode::Char(c.to_ascii_lowercase()),
            (_, code) => code,
        };
        code == self.code && ctrl == self.ctrl
    }

    /// How people read it: `Enter`, `Ctrl-R`, `↓`, `PgDn`, `Space`.
    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One row of a table: its keys (each with its action) and what the help says of them.
#[derive(Debug)]
pub struct Row<A: 'static> {
    pub keys: &'static [(Key, A)],
    /// Between the keys' names in the help (`", "`, `" / "`, `" "`).
    pub sep: &'static str,
    pub what: Text,
}

impl<A> Row<A> {
    /// The keys' names as the help writes them.
    pub fn label(&self) -> String {
        self.keys
            .iter()
            .map(|(k, _)| k.name())
            .collect::<Vec<_>>()
            .join(self.sep)
    }
}

/// A table: the rows in the order the help lists them.
pub type Table<A> = &'static [Row<A>];

/// The action of `key` in `table`, if it has one.
pub fn action<A: Copy>(table: Table<A>, key: &KeyEvent) -> Option<A> {
    table
        .iter()
        .flat_map(|row| row.keys.iter())
        .find(|(k, _)| k.matches(key))
        .map(|&(_, a)| a)
}

/// The help's rows of a table: the keys' names and what they do.
pub fn help<A>(table: Table<A>) -> Vec<(String, String)> {
    table
        .iter()
        .map(|row| (row.label(), (row.what)().to_string()))
        .collect()
}

/// One entry of the key bar: keys of the current table and a short word.
#[derive(Debug, Clone, Copy)]
pub struct Bar {
    pub keys: &'static [Key],
    pub what: Text,
    /// Left out first when the whole bar does not fit, if that lets the rest fit whole
    /// (the longer Spanish and Portuguese words; the key is still in the F1 help).
    pub spare: bool,
}

impl Bar {
    /// Typing (filters, names): no key of its own.
    pub const TYPE: Self = Self {
        keys: &[],
        what: w!(wizard_keys_bar_to_filter),
        spare: false,
    };

    /// The same entry, left out first when the bar is too narrow.
    #[must_use]
    pub const fn spare(self) -> Self {
        Self {
            spare: true,
            ..self
        }
    }

    /// What the entry does, in the current language.
    pub fn what(&self) -> String {
        (self.what)().to_string()
    }

    /// The keys as the bar writes them: arrows run together (`↑↓`), others take a `/`.
    pub fn label(&self) -> String {
        if self.keys.is_empty() {
            return crate::i18n::t!(wizard_keys_bar_type);
        }
        let arrows = self
            .keys
            .iter()
            .all(|k| matches!(k.code, KeyCode::Up | KeyCode::Down));
        let names: Vec<String> = self.keys.iter().map(Key::name).collect();
        names.join(if arrows { "" } else { "/" })
    }
}

/// Which table takes the keys now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Active {
    Home,
    Filter,
    Rename,
    Form,
    Review,
    /// The review of several accounts.
    MultiReview,
    Done,
    Unlink,
    UnlinkDone,
}

impl Active {
    pub fn of(app: &App) -> Self {
        match &app.screen {
            Screen::Home => match app.home.input {
                HomeInput::Browse => Self::Home,
                HomeInput::Filter => Self::Filter,
                HomeInput::Rename(_) => Self::Rename,
            },
            Screen::Form => Self::Form,
            Screen::Review => match &app.form.multi {
                Some(m) if m.renaming.is_some() => Self::Rename,
                Some(_) => Self::MultiReview,
                None => Self::Review,
            },
            Screen::Done(_) => Self::Done,
            Screen::Unlink(ModelUnlink::Done(_)) => Self::UnlinkDone,
            Screen::Unlink(_) => Self::Unlink,
        }
    }

    /// The F1 help: the table's rows, the global keys just before its last row (F1).
    pub fn help(self) -> Vec<(String, String)> {
        let mut rows = match self {
            Self::Home => help(HOME),
            Self::Filter => help(FILTER),
            Self::Rename => help(RENAME),
            Self::Form => help(FORM),
            Self::Review => help(REVIEW),
            Self::MultiReview => help(MULTI_REVIEW),
            Self::Done => help(DONE),
            Self::Unlink => help(UNLINK),
            Self::UnlinkDone => help(UNLINK_DONE),
        };
        let last = rows.pop();
        rows.extend(help(GLOBAL));
        rows.extend(last);
        rows
    }
}

/// The key bar of the current screen, most useful first.
pub fn bar(app: &App) -> Vec<Bar> {
    // The F1 help taller than the terminal: its own keys (where it fits, the screen's bar
    // stays as it was).
    if app.overlay == Some(super::model::Overlay::Keys) && super::view::help_scroll_room(app).0 > 0
    {
        return KEYS_BAR.to_vec();
    }
    match Active::of(app) {
        Active::Home if app.home.config.profiles.is_empty() => HOME_BAR_EMPTY.to_vec(),
        Active::Home => HOME_BAR.to_vec(),
        Active::Filter => FILTER_BAR.to_vec(),
        Active::Rename => RENAME_BAR.to_vec(),
        Active::Form if app.slow_check().is_some() && app.form.list.is_none() => {
            form::SLOW_BAR.to_vec()
        }
        Active::Form => {
            let eligible = app
                .form
                .filtered_accounts()
                .into_iter()
                .filter(|a| super::model::eligible(a))
                .count();
            let at = if app.form.inbox_list.is_some() {
                FormPlace::Inboxes
            } else if app.form.list.is_some() && app.form.several() {
                FormPlace::ListMarked
            } else if app.form.list.is_some() && eligible >= 2 {
                FormPlace::ListMarking
            } else if app.form.list.is_some() {
                FormPlace::List
            } else if app.form.focus == FieldId::Token {
                FormPlace::Token
            } else if app.form.focus.is_last() {
                FormPlace::Last
            } else {
                FormPlace::Field
            };
            form_bar(at, app.from_home).to_vec()
        }
        Active::MultiReview => {
            multi_review_bar(matches!(app.form.save, SaveState::NeedsConsent { .. })).to_vec()
        }
        Active::Review if matches!(app.form.save, SaveState::Changed { now: Some(_) }) => {
            other::REVIEW_CHANGED_BAR.to_vec()
        }
        Active::Review => {
            review_bar(matches!(app.form.save, SaveState::NeedsConsent { .. })).to_vec()
        }
        Active::Done => done_bar(app.from_home).to_vec(),
        Active::Unlink if matches!(app.screen, Screen::Unlink(ModelUnlink::Confirm { .. })) => {
            UNLINK_BAR.to_vec()
        }
        Active::Unlink | Active::UnlinkDone => UNLINK_DONE_BAR.to_vec(),
    }
}
