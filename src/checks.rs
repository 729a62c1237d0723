//! The checks engine: seven checks (url, token, email, account, inboxes, and the readiness
//! checks operations and whatsapp), each with an instant local part and a live part against
//! the Chatwoot API.
//!
//! The CLI and the TUI both consume [`run`], a stream of [`CheckUpdate`]s; [`CheckReport`]
//! folds them into the `check --json` object. This module knows nothing of any UI.

mod cache;
mod classify;
mod codes;
mod messages;
mod plan;
mod readiness;
mod report;
mod run;
pub mod url;

pub use crate::chatwoot::{BuildError, Certificate, ClientOptions, ProxyEnv};
pub use cache::Cache;
pub use codes::Code;
pub use plan::{LocalFailure, Plan, plan, plan_via};
pub use readiness::{HEALTH_TIMEOUT, InboxReadiness, OperationsFacts, Problem, WhatsappFacts};
pub use report::{CheckReport, ReportCheck};
pub use run::run;
pub use url::{NormalizedUrl, UrlError, account_id_in_url, normalize_url, normalize_url_via};

use serde::{Deserialize, Serialize};

use crate::i18n::{Msg, msg};
use crate::secret::Token;

pub use crate::chatwoot::Remedy;

/// The checks, in the order they are shown and serialised. Later versions add ids at the
/// end, never rename or reorder them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    Url,
    Token,
    Email,
    Account,
    Inboxes,
    /// Readiness: webhooks and conversations proven live.
    Operations,
    /// Readiness: every WhatsApp inbox connected, reachable by Meta, its number healthy.
    Whatsapp,
}

impl CheckId {
    pub const COUNT: usize = 7;

    pub const ALL: [Self; Self::COUNT] = [
        Self::Url,
        Self::Token,
        Self::Email,
        Self::Account,
        Self::Inboxes,
        Self::Operations,
        Self::Whatsapp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Url => "url",
            Self::Token => "token",
            Self::Email => "email",
            Self::Account => "account",
            Self::Inboxes => "inboxes",
            Self::Operations => "operations",
            Self::Whatsapp => "whatsapp",
        }
    }

    /// The readiness checks: they never make a link fail, except for inboxes the user chose.
    pub fn is_readiness(self) -> bool {
        matches!(self, Self::Operations | Self::Whatsapp)
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
    /// The WhatsApp inboxes chosen for the integration: each must exist and be connected.
    pub inbox_ids: Vec<u64>,
}

/// A warning not tied to one check's status (plain http on loopback, a server too old to
/// rotate tokens, an account ID that differs from the dashboard URL's, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub code: Code,
    /// Serialised in English (`--json`).
    #[serde(deserialize_with = "verbatim")]
    pub message: Msg,
    /// When `message` is a face's own wording ([`Remedy`]): how each face tells it. The
    /// message holds the command line's.
    #[serde(skip)]
    pub remedy: Option<Remedy>,
}

impl Warning {
    pub fn new(code: Code, message: impl Into<Msg>) -> Self {
        Self {
            code,
            message: message.into(),
            remedy: None,
        }
    }

    /// A warning worded by each face: `message` is the command line's ([`Remedy::cli`]).
    pub fn worded(code: Code, remedy: Remedy) -> Self {
        Self {
            code,
            message: remedy.cli(),
            remedy: Some(remedy),
        }
    }

    /// The message as `word` tells its remedy (the wizard names keys, not flags).
    pub fn message_with(&self, word: &dyn Fn(&Remedy) -> Msg) -> Msg {
        self.remedy
            .as_ref()
            .map_or_else(|| self.message.clone(), word)
    }
}

/// A message read back from JSON: its English text, shown as it is.
pub(crate) fn verbatim<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Msg, D::Error> {
    let text = String::deserialize(d)?;
    Ok(Msg::verbatim(text))
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
    /// `cloud` (Meta's Cloud API), `360dialog` or `twilio`.
    #[serde(default)]
    pub channel: String,
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
    /// With the `operations` check.
    Operations(OperationsFacts),
    /// With the `whatsapp` check.
    Whatsapp(WhatsappFacts),
    /// With a `url` check that failed `tls_untrusted`: the certificate the server presented,
    /// for a face to show and offer to trust.
    Certificate(Certificate),
}

/// One step of one check. A check emits `Checking` (when a live part starts) and then exactly
/// one final update; a check that fails locally emits only its final update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckUpdate {
    pub id: CheckId,
    pub status: Status,
    pub code: Code,
    /// One line for people: what is wrong and where the right value is. Its arguments are
    /// already stripped of control characters. Shown in the current language; `--json`
    /// carries its English. A remedy a face words its own way is worded for the command line:
    /// see [`CheckUpdate::message_with`].
    pub message: Msg,
    /// How `message` was built when it holds a face-worded [`Remedy`].
    pub wording: Option<Wording>,
    pub facts: Option<Facts>,
    /// Warnings this step raised (also folded into the report's `warnings`).
    pub warnings: Vec<Warning>,
}

impl CheckUpdate {
    pub fn new(id: CheckId, status: Status, code: Code, message: impl Into<Msg>) -> Self {
        Self {
            id,
            status,
            code,
            message: message.into(),
            wording: None,
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
    pub fn with_warning(mut self, code: Code, message: impl Into<Msg>) -> Self {
        self.warnings.push(Warning::new(code, message));
        self
    }
}

impl CheckUpdate {
    /// A failure whose message holds a remedy a face words its own way.
    #[must_use]
    pub fn worded(mut self, wording: Wording) -> Self {
        self.message = wording.msg_with(&Remedy::cli);
        self.wording = Some(wording);
        self
    }

    /// The message with its remedy (if any) worded by `word`: the wizard names its keys and
    /// fields where the command line names flags.
    pub fn message_with(&self, word: &dyn Fn(&Remedy) -> Msg) -> Msg {
        self.wording
            .as_ref()
            .map_or_else(|| self.message.clone(), |w| w.msg_with(word))
    }
}

/// A message holding a remedy that each face words its own way ([`Remedy`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wording {
    /// A request failed.
    Error(crate::chatwoot::Error),
    /// The TLS handshake failed where https was only assumed: `remedy` is the http form.
    AssumedHttps {
        error: crate::chatwoot::Error,
        remedy: Remedy,
    },
    /// A local rule refused the URL.
    Url(UrlError),
}

impl Wording {
    pub fn msg_with(&self, word: &dyn Fn(&Remedy) -> Msg) -> Msg {
        match self {
            Self::Error(e) => e.msg_with(word),
            Self::AssumedHttps { error, remedy } => msg!(
                checks_url_assumed_https,
                error = error.msg_with(word),
                remedy = word(remedy)
            ),
            Self::Url(e) => e.msg_with(word),
        }
    }
}
