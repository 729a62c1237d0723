//! The requests that prove an account can run the integration: webhooks (administrators
//! only), the conversations summary (reading conversations) and a Cloud number's health.
//! Webhook URLs may embed a secret and health errors may echo Meta's text: neither is read.

use std::time::Duration;

use serde::Deserialize;
use serde::de::IgnoredAny;
use url::Url;

use super::{Client, Error, NumberHealth, Scope, authority};
use crate::secret::Token;

/// `GET /api/v1/accounts/{id}/webhooks` answered: the token may manage webhooks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Webhooks {
    pub count: usize,
}

/// `GET /api/v1/accounts/{id}/conversations/meta` answered: the token reads conversations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConversationsMeta {
    pub all_count: Option<u64>,
}

#[derive(Deserialize)]
struct WebhookList {
    payload: WebhookPayload,
}

#[derive(Deserialize)]
struct WebhookPayload {
    webhooks: Vec<IgnoredAny>,
}

#[derive(Deserialize)]
struct MetaBody {
    data: MetaData,
}

#[derive(Deserialize)]
struct MetaData {
    meta: Counts,
}

#[derive(Deserialize)]
struct Counts {
    #[serde(default)]
    all_count: Option<u64>,
}

impl Client {
    /// `GET /api/v1/accounts/{id}/webhooks` (Pundit: administrators only; others 401).
    pub async fn webhooks(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
    ) -> Result<Webhooks, Error> {
        let path = format!("/api/v1/accounts/{account_id}/webhooks");
        let list: WebhookList = self.get_json(origin, &path, token, Scope::Account).await?;
        Ok(Webhooks {
            count: list.payload.webhooks.len(),
        })
    }

    /// `GET /api/v1/accounts/{id}/conversations/meta` (any member).
    pub async fn conversations_meta(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
    ) -> Result<ConversationsMeta, Error> {
        let path = format!("/api/v1/accounts/{account_id}/conversations/meta");
        let body: MetaBody = self.get_json(origin, &path, token, Scope::Account).await?;
        Ok(ConversationsMeta {
            all_count: body.data.meta.all_count,
        })
    }

    /// `GET /api/v1/accounts/{id}/inboxes/{inbox}/health`: Chatwoot asks Meta, so this may
    /// take seconds; `limit` bounds it (below the client's own timeout).
    pub async fn inbox_health(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
        inbox_id: u64,
        limit: Duration,
    ) -> Result<NumberHealth, Error> {
        let path = format!("/api/v1/accounts/{account_id}/inboxes/{inbox_id}/health");
        let work = self.get_json(origin, &path, token, Scope::Health);
        match tokio::time::timeout(limit, work).await {
            Ok(result) => result,
            Err(_) => Err(Error::Timeout {
                host: authority(origin),
                secs: u64::try_from(limit.as_millis().div_ceil(1000))
                    .unwrap_or(u64::MAX)
                    .max(1),
            }),
        }
    }
}
