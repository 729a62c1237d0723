//! The five text fields and their order.

use std::fmt;

use tui_input::Input;

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

    pub fn for_check(id: CheckId) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.check() == Some(id))
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

    pub fn label(self) -> &'static str {
        match self {
            Self::Url => "Chatwoot URL",
            Self::Email => "Master email",
            Self::Token => "API token",
            Self::AccountId => "Account ID",
            Self::Name => "Profile name",
        }
    }

    pub fn placeholder(self) -> &'static str {
        match self {
            Self::Url => "https://app.chatwoot.com",
            Self::Email => "admin@example.com",
            Self::Token => "from Profile Settings → Access Token",
            Self::AccountId => "e.g. 1",
            Self::Name => "filled in from the account name",
        }
    }

    /// The help panel's text: where to find the value.
    pub fn help(self) -> &'static str {
        match self {
            Self::Url => {
                "The address you open Chatwoot at: https://app.chatwoot.com for Chatwoot Cloud, \
                 or your own server. Pasting a dashboard URL (…/app/accounts/7/…) fills in the \
                 Account ID too."
            }
            Self::Email => {
                "The Master User: the email of an administrator of the account, the person \
                 whose API access token you enter next."
            }
            Self::Token => {
                "In Chatwoot: your avatar → Profile Settings → Access Token; copy it here. It \
                 is kept in the OS keyring, never in a plain file. Ctrl-R shows it."
            }
            Self::AccountId => {
                "The number in /app/accounts/<id>/ of the dashboard URL. Once the token is \
                 checked its accounts are listed: digits filter, Enter picks."
            }
            Self::Name => {
                "A short name for this link, as in `chatwoot-link status NAME`. Filled in \
                 from the account name until you edit it."
            }
        }
    }
}

/// The text of each field. `Debug` never shows the token.
#[derive(Clone, Default)]
pub struct Fields([Input; 5]);

impl Fields {
    pub fn get(&self, f: FieldId) -> &str {
        self.0[f.index()].value()
    }

    pub fn input(&self, f: FieldId) -> &Input {
        &self.0[f.index()]
    }

    pub fn input_mut(&mut self, f: FieldId) -> &mut Input {
        &mut self.0[f.index()]
    }

    /// Replaces the value, cursor at the end.
    pub fn set(&mut self, f: FieldId, value: impl Into<String>) {
        self.0[f.index()] = Input::new(value.into());
    }
}

impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Fields");
        for id in FieldId::ALL {
            if id == FieldId::Token {
                d.field("token", &"[redacted]");
            } else {
                d.field(id.label(), &self.get(id));
            }
        }
        d.finish()
    }
}
