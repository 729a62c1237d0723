//! The checks engine: five checks (url, token, email, account, inboxes), each with an instant
//! local part and a live part against the Chatwoot API.
//!
//! The CLI and the TUI both consume [`run`], a stream of [`CheckUpdate`]s; [`CheckReport`]
//! folds them into the `check --json` object. This module knows nothing of any UI.

mod cache;
mod classify;
mod codes;
mod messages;
mod plan;
mod report;
mod run;
pub mod url;

pub use crate::chatwoot::{BuildError, ClientOptions};
pub use cache::Cache;
pub use codes::Code;
pub use plan::{LocalFailure, Plan, plan};
pub use report::{CheckReport, ReportCheck};
pub use run::run;
pub use url::{NormalizedUrl, UrlError, account_id_in_url, normalize_url};

use serde::{Deserialize, Serialize};

use crate::secret::Token;

/// The five checks, in the order they are shown and serialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    Url,
    Token,
    Email,
    Account,
    Inboxes,
}

impl CheckId {
    pub const ALL: [Self; 5] = [
        Self::Url,
        Self::Token,
        Self::Email,
        Self::Account,
        Self::Inboxes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Url => "url",
            Self::Token => "token",
            Self::Email => "email",
            Self::Account => "account",
            Self::Inboxes => "inboxes",
        }
    }
}

/// Where a check stands. `Checking` appears only in the stream; a finished report holds
/// `Ok`, `Warn`, `Fail` or `Skipped`. "Not checked" is the absence of any update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Checking,
    Ok,
    Warn,
    Fail,
    Skipped,
}

impl Status {
    pub fn is_final(self) -> bool {
        !matches!(self, Self::Checking)
    }
}

/// What the user gave. Everything is raw text as typed; the engine normalises it.
#[derive(Debug, Clone, Default)]
pub struct CheckInputs {
    /// Instance URL as typed (`chat.example.com`, a dashboard URL, …).
    pub url: String,
    pub email: Option<String>,
    pub token: Option<Token>,
    /// Account ID as typed; `None` lets a dashboard URL supply it.
    pub account_id: Option<String>,
    /// Permit plain http to a non-loopback host (`--allow-http`).
    pub allow_http: bool,
}

/// A warning not tied to one check's status (plain http on loopback, a server too old to
/// rotate tokens, an account ID that differs from the dashboard URL's, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub code: Code,
    pub message: String,
}

/// The server as `GET /api` describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerFacts {
    pub version: String,
}

/// The token's user, from `GET /api/v1/profile` (never its `access_token`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserFacts {
    pub id: u64,
    pub name: String,
    pub email: String,
}

/// One membership of the token's user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountFacts {
    pub id: u64,
    pub name: String,
    /// `administrator` or `agent` (custom roles are agents).
    pub role: String,
    /// `active` or `suspended`.
    pub status: String,
}

/// A WhatsApp inbox of the account (native Cloud/360dialog, or Twilio with medium whatsapp).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatsappInbox {
    pub id: u64,
    pub name: String,
    pub phone_number: Option<String>,
}

/// The inboxes the user can see in the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxFacts {
    pub total: u64,
    pub whatsapp: u64,
    pub whatsapp_inboxes: Vec<WhatsappInbox>,
}

/// What a live check learned, carried by the update that finished it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Facts {
    /// With the `url` check's first update: the normalised origin.
    Origin(String),
    /// With the `url` check.
    Server(ServerFacts),
    /// With the `token` check: the user and every account the token reaches.
    User {
        user: UserFacts,
        accounts: Vec<AccountFacts>,
    },
    /// With the `account` check.
    Account(AccountFacts),
    /// With the `inboxes` check.
    Inboxes(InboxFacts),
}

/// One step of one check. A check emits `Checking` (when a live part starts) and then exactly
/// one final update; a check that fails locally emits only its final update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckUpdate {
    pub id: CheckId,
    pub status: Status,
    pub code: Code,
    /// One line for people: what is wrong and where the right value is. Already stripped of
    /// control characters.
    pub message: String,
    pub facts: Option<Facts>,
    /// Warnings this step raised (also folded into the report's `warnings`).
    pub warnings: Vec<Warning>,
}

impl CheckUpdate {
    pub fn new(id: CheckId, status: Status, code: Code, message: impl Into<String>) -> Self {
        Self {
            id,
            status,
            code,
            message: message.into(),
            facts: None,
            warnings: Vec::new(),
        }
    }

    #[must_use]
    pub fn with_facts(mut self, facts: Facts) -> Self {
        self.facts = Some(facts);
        self
    }

    #[must_use]
    pub fn with_warning(mut self, code: Code, message: impl Into<String>) -> Self {
        self.warnings.push(Warning {
            code,
            message: message.into(),
        });
        self
    }
}
