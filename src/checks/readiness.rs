//! The readiness checks: `operations` (the token may manage webhooks and read
//! conversations, proven by asking) and `whatsapp` (each WhatsApp inbox connected, its
//! webhook URL on the linked host, its Cloud number healthy). Problems are warnings, except
//! for inboxes the user chose for the integration.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::i18n::{Msg, msg};

use super::{CheckId, CheckUpdate, Code, Facts, Status};
use crate::chatwoot::{ConversationsMeta, Error, NumberHealth, Webhooks};

mod whatsapp;

pub(super) use whatsapp::{HealthResults, whatsapp};

/// How long one number-health request may take: Chatwoot asks Meta's Graph API in turn, and
/// a slow answer must not keep a check open for the client's whole timeout.
pub const HEALTH_TIMEOUT: Duration = Duration::from_secs(5);

/// What the `operations` check proved (`None`: not known, the request failed otherwise).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationsFacts {
    /// `GET /webhooks` answered: the token may register the integration's webhook.
    pub webhooks: Option<bool>,
    /// `GET /conversations/meta` answered: the token may read conversations.
    pub conversations: Option<bool>,
}

/// One thing wrong with one inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub code: Code,
    /// Serialised in English (`--json`).
    #[serde(deserialize_with = "super::verbatim")]
    pub message: Msg,
    /// True when it fails the check (an inbox chosen for the integration).
    pub fails: bool,
}

/// One WhatsApp inbox's readiness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxReadiness {
    pub id: u64,
    pub name: String,
    pub phone_number: Option<String>,
    /// `cloud`, `360dialog` or `twilio`.
    pub channel: String,
    /// Chosen for the integration (`--inbox`).
    pub chosen: bool,
    /// False when Chatwoot reports `reauthorization_required`; null when it does not say.
    pub connected: Option<bool>,
    /// The host of its `callback_webhook_url` (the server's `FRONTEND_URL`).
    pub webhook_host: Option<String>,
    /// The Cloud number as Meta reports it, when the server could say.
    pub health: Option<NumberHealth>,
    /// Empty when the inbox is ready.
    pub problems: Vec<Problem>,
}

/// What the `whatsapp` check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatsappFacts {
    pub inboxes: Vec<InboxReadiness>,
    /// Chosen inbox ids that are not among the account's WhatsApp inboxes.
    pub missing: Vec<u64>,
}

impl WhatsappFacts {
    /// The worst problem of all inboxes: failing ones first, then by code severity.
    pub fn worst(&self) -> Option<&Problem> {
        self.inboxes
            .iter()
            .flat_map(|i| &i.problems)
            .min_by_key(|p| (!p.fails, severity(p.code)))
    }
}

/// Lower is worse.
fn severity(code: Code) -> u8 {
    match code {
        Code::InboxNotFound => 0,
        Code::WhatsappDisconnected => 1,
        Code::WebhookUrlMismatch => 2,
        Code::WhatsappNumberAtRisk => 3,
        _ => 4,
    }
}

fn problem(code: Code, message: Msg) -> Problem {
    Problem {
        code,
        message,
        fails: false,
    }
}

/// The `operations` check from the webhooks and conversations answers.
pub(super) fn operations(
    webhooks: &Result<Arc<Webhooks>, Error>,
    conversations: &Result<Arc<ConversationsMeta>, Error>,
) -> CheckUpdate {
    let id = CheckId::Operations;
    let refused = |e: &Error| matches!(e, Error::ActionForbidden | Error::AccountForbidden);
    // A failure that is not a refusal says nothing about rights: the check fails on it as
    // every check fails on its own request.
    for (what, err) in [
        ("GET /webhooks", webhooks.as_ref().err()),
        ("GET /conversations/meta", conversations.as_ref().err()),
    ] {
        if let Some(e) = err.filter(|e| !refused(e)) {
            return CheckUpdate::new(
                id,
                Status::Fail,
                Code::from(e),
                msg!(readiness_request_failed, what = what, error = e.msg()),
            );
        }
    }
    let facts = OperationsFacts {
        webhooks: Some(webhooks.is_ok()),
        conversations: Some(conversations.is_ok()),
    };
    let mut problems = Vec::new();
    if webhooks.is_err() {
        problems.push(problem(
            Code::CannotManageWebhooks,
            msg!(readiness_cannot_manage_webhooks),
        ));
    }
    if conversations.is_err() {
        problems.push(problem(
            Code::CannotReadConversations,
            msg!(readiness_cannot_read_conversations),
        ));
    }
    let Some(first) = problems.first() else {
        let count = webhooks.as_ref().map(|w| w.count).unwrap_or_default();
        return CheckUpdate::new(
            id,
            Status::Ok,
            Code::Ok,
            msg!(readiness_operations_ok, count = count),
        )
        .with_facts(Facts::Operations(facts));
    };
    let mut u = CheckUpdate::new(id, Status::Warn, first.code, first.message.clone());
    for p in &problems {
        u = u.with_warning(p.code, p.message.clone());
    }
    u.with_facts(Facts::Operations(facts))
}
