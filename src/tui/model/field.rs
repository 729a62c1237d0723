//! The five text fields and their order.

use std::fmt;

use secrecy::zeroize::Zeroize;
use tui_input::{Input, InputRequest};

use crate::checks::CheckId;

/// The form's fields, in the order they are shown and tabbed through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    Url,
    Email,
    Token,
    AccountId,
    Name,
}

impl FieldId {
    pub const ALL: [Self; 5] = [
        Self::Url,
        Self::Email,
        Self::Token,
        Self::AccountId,
        Self::Name,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The check that validates this field (the name has only its local rule).
    pub fn check(self) -> Option<CheckId> {
        match self {
            Self::Url => Some(CheckId::Url),
            Self::Email => Some(CheckId::Email),
            Self::Token => Some(CheckId::Token),
            Self::AccountId => Some(CheckId::Account),
            Self::Name => None,
        }
    }

    #[must_use]
    pub fn next(self) -> Self {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }

    #[must_use]
    pub fn prev(self) -> Self {
        Self::ALL[(self.index() + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    pub fn is_last(self) -> bool {
        self == Self::Name
    }

    /// The field's label, in the user's language.
    pub fn label(self) -> String {
        use crate::i18n::t;
        match self {
            Self::Url => t!(wizard_form_label_url),
            Self::Email => t!(wizard_form_label_email),
            Self::Token => t!(wizard_form_label_token),
            Self::AccountId => t!(wizard_form_label_account_id),
            Self::Name => t!(wizard_form_label_name),
        }
    }

    /// A stable English name, for `Debug` (never shown on screen).
    fn debug_name(self) -> &'static str {
        match self {
            Self::Url => "url",
            Self::Email => "email",
            Self::Token => "token",
            Self::AccountId => "account_id",
            Self::Name => "name",
        }
    }

    /// Never a value: "e.g." or a hint, drawn dim.
    pub fn placeholder(self) -> String {
        use crate::i18n::t;
        match self {
            Self::Url => t!(wizard_form_placeholder_url),
            Self::Email => t!(wizard_form_placeholder_email),
            Self::Token => t!(wizard_form_placeholder_token),
            Self::AccountId => t!(wizard_form_placeholder_account_id),
            Self::Name => t!(wizard_form_placeholder_name),
        }
    }

    /// The help panel's text: where to find the value.
    pub fn help(self) -> String {
        use crate::i18n::t;
        match self {
            Self::Url => t!(wizard_form_help_url),
            Self::Email => t!(wizard_form_help_email),
            Self::Token => t!(wizard_form_help_token),
            Self::AccountId => t!(wizard_form_help_account_id),
            Self::Name => t!(wizard_form_help_name),
        }
    }

    /// The widest label of the form in the current language (the Inboxes row's included),
    /// at least 13 columns (the English layout).
    pub fn label_width() -> u16 {
        let widest = Self::ALL
            .iter()
            .map(|f| f.label())
            .chain(std::iter::once(crate::i18n::t!(wizard_form_label_inboxes)))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        u16::try_from(widest).unwrap_or(u16::MAX).max(13)
    }
}

/// Room reserved for the typed token, so typing or pasting one never reallocates it (a
/// reallocation would leave a copy in freed memory); Chatwoot tokens have 24 characters.
const TOKEN_ROOM: usize = 256;

/// The text of each field. `Debug` never shows the token, and its memory is zeroed when it
/// is replaced and on drop. What stays out of reach: copies inside crossterm's input parser
/// and, while revealed with Ctrl-R, the cells of ratatui's frame buffers (overwritten by the
/// next frames).
#[derive(Clone)]
pub struct Fields([Input; 5]);

impl Default for Fields {
    fn default() -> Self {
        let mut inputs: [Input; 5] = Default::default();
        inputs[FieldId::Token.index()] = Input::new(String::with_capacity(TOKEN_ROOM));
        Self(inputs)
    }
}

impl Fields {
    pub fn get(&self, f: FieldId) -> &str {
        self.0[f.index()].value()
    }

    pub fn input(&self, f: FieldId) -> &Input {
        &self.0[f.index()]
    }

    /// Applies one edit; true when the value changed.
    pub fn handle(&mut self, f: FieldId, req: InputRequest) -> bool {
        let input = &mut self.0[f.index()];
        if f != FieldId::Token {
            return input.handle(req).is_some_and(|r| r.value);
        }
        // tui-input keeps cut text in a kill ring that it drops without zeroing: the token's
        // cuts go a character at a time instead, and there is nothing to yank back.
        let after = input.value().chars().count().saturating_sub(input.cursor());
        let (back, forward) = match req {
            InputRequest::DeleteLine => (input.cursor(), after),
            InputRequest::DeletePrevWord | InputRequest::DeleteFromStart => (input.cursor(), 0),
            InputRequest::DeleteNextWord | InputRequest::DeleteTillEnd => (0, after),
            InputRequest::Yank => return false,
            other => return input.handle(other).is_some_and(|r| r.value),
        };
        let mut changed = false;
        for _ in 0..back {
            changed |= input.handle(InputRequest::DeletePrevChar).is_some();
        }
        for _ in 0..forward {
            changed |= input.handle(InputRequest::DeleteNextChar).is_some();
        }
        changed
    }

    /// Replaces the value, cursor at the end.
    pub fn set(&mut self, f: FieldId, value: impl Into<String>) {
        let mut value = value.into();
        if f == FieldId::Token {
            self.wipe_token();
            let mut room = String::with_capacity(TOKEN_ROOM.max(value.len()));
            room.push_str(&value);
            value.zeroize();
            value = room;
        }
        self.0[f.index()] = Input::new(value);
    }

    /// Zeroes the token's memory (its whole capacity) and leaves the field empty.
    fn wipe_token(&mut self) {
        let input = std::mem::take(&mut self.0[FieldId::Token.index()]);
        String::from(input).zeroize();
    }
}

impl Drop for Fields {
    fn drop(&mut self) {
        self.wipe_token();
    }
}

impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Fields");
        for id in FieldId::ALL {
            if id == FieldId::Token {
                d.field("token", &"[redacted]");
            } else {
                d.field(id.debug_name(), &self.get(id));
            }
        }
        d.finish()
    }
}
