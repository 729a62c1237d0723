//! The parts of Chatwoot's JSON this tool reads. Serde ignores every field not declared
//! here, so the profile's `access_token` and `pubsub_token`, inbox secrets and the like are
//! never held. Every string from the server is sanitised as it is
//! read, so no consumer can print a control character by accident.

use serde::{Deserialize, Deserializer};

use crate::sanitize::sanitize;
use crate::secret::Token;

/// Sanitised and trimmed: a line break at the end of a name becomes a space, which would
/// otherwise stand before the `<email>` or `(id)` that follows it in messages.
fn tidy(s: &str) -> String {
    sanitize(s).trim().to_owned()
}

fn clean<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    // `null` where a name is expected becomes "", not an error: the field is informative.
    Ok(Option::<String>::deserialize(d)?
        .map(|s| tidy(&s))
        .unwrap_or_default())
}

fn clean_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.map(|s| tidy(&s)))
}

/// `GET /api`: `{"version":"4.15.1","timestamp":…,"queue_services":"ok","data_services":"ok"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ServerInfo {
    #[serde(deserialize_with = "clean")]
    pub version: String,
    /// Redis: `ok` or `failing`.
    #[serde(default, deserialize_with = "clean_opt")]
    pub queue_services: Option<String>,
    /// Postgres: `ok` or `failing`.
    #[serde(default, deserialize_with = "clean_opt")]
    pub data_services: Option<String>,
}

impl ServerInfo {
    /// True when Redis or Postgres is reported as anything but `ok`.
    pub fn is_degraded(&self) -> bool {
        [&self.queue_services, &self.data_services]
            .into_iter()
            .flatten()
            .any(|s| s != "ok")
    }

    /// `major.minor.patch` when the version starts with three numbers (`4.15.1`, `4.3.0-ee`).
    pub fn version_triple(&self) -> Option<(u64, u64, u64)> {
        let core = self
            .version
            .trim_start_matches('v')
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .next()?;
        let mut parts = core.split('.').map(str::parse::<u64>);
        let major = parts.next()?.ok()?;
        let minor = parts.next().and_then(Result::ok).unwrap_or(0);
        let patch = parts.next().and_then(Result::ok).unwrap_or(0);
        Some((major, minor, patch))
    }

    /// Token rotation (`POST /api/v1/profile/reset_access_token`) exists from 4.3.0 on.
    /// `None` when the version cannot be read.
    pub fn supports_token_rotation(&self) -> Option<bool> {
        self.version_triple().map(|v| v >= (4, 3, 0))
    }
}

/// `GET /api/v1/profile`, without `access_token` and `pubsub_token`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Profile {
    pub id: u64,
    #[serde(default, deserialize_with = "clean")]
    pub name: String,
    #[serde(default, deserialize_with = "clean_opt")]
    pub display_name: Option<String>,
    /// Stored lower-cased by Chatwoot; compare case-insensitively anyway.
    #[serde(deserialize_with = "clean")]
    pub email: String,
    /// `SuperAdmin` for installation super admins, else null.
    #[serde(default, rename = "type", deserialize_with = "clean_opt")]
    pub user_type: Option<String>,
    /// Every membership. The top-level `role`/`account_id` describe only the most recently
    /// active one and are deliberately not read.
    #[serde(default)]
    pub accounts: Vec<ProfileAccount>,
}

impl Profile {
    /// The membership in `account_id`, if the user has one.
    pub fn account(&self, account_id: u64) -> Option<&ProfileAccount> {
        self.accounts.iter().find(|a| a.id == account_id)
    }
}

/// One entry of the profile's `accounts[]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProfileAccount {
    pub id: u64,
    #[serde(default, deserialize_with = "clean")]
    pub name: String,
    /// `active` or `suspended`.
    #[serde(default, deserialize_with = "clean")]
    pub status: String,
    /// `administrator` or `agent` (custom roles are agents).
    #[serde(default, deserialize_with = "clean")]
    pub role: String,
}

impl ProfileAccount {
    pub fn is_administrator(&self) -> bool {
        self.role == "administrator"
    }

    pub fn is_suspended(&self) -> bool {
        self.status == "suspended"
    }
}

/// `GET /api/v1/accounts/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Account {
    pub id: u64,
    #[serde(default, deserialize_with = "clean")]
    pub name: String,
    #[serde(default, deserialize_with = "clean")]
    pub status: String,
    #[serde(default, deserialize_with = "clean_opt")]
    pub locale: Option<String>,
    #[serde(default, deserialize_with = "clean_opt")]
    pub latest_chatwoot_version: Option<String>,
}

/// One inbox of `GET /api/v1/accounts/{id}/inboxes`: what WhatsApp detection and
/// readiness need. An administrator's payload also carries `provider_config` (Meta's
/// `api_key`) and Twilio credentials: not declared, so never read or kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Inbox {
    pub id: u64,
    #[serde(default, deserialize_with = "clean")]
    pub name: String,
    #[serde(default, deserialize_with = "clean")]
    pub channel_type: String,
    /// Twilio only: `sms` or `whatsapp`.
    #[serde(default, deserialize_with = "clean_opt")]
    pub medium: Option<String>,
    #[serde(default, deserialize_with = "clean_opt")]
    pub phone_number: Option<String>,
    /// Native WhatsApp: `whatsapp_cloud` (Meta) or `default` (360dialog); else null.
    #[serde(default, deserialize_with = "clean_opt")]
    pub provider: Option<String>,
    /// WhatsApp (newer servers): true when the channel lost its Meta authorization.
    #[serde(default)]
    pub reauthorization_required: Option<bool>,
    /// Built from the server's `FRONTEND_URL`: where Meta (or Twilio) posts inbound messages.
    #[serde(default, deserialize_with = "clean_opt")]
    pub callback_webhook_url: Option<String>,
}

impl Inbox {
    /// Native WhatsApp (Cloud API, 360dialog) or Twilio with medium `whatsapp`.
    pub fn is_whatsapp(&self) -> bool {
        self.channel_type == "Channel::Whatsapp"
            || (self.channel_type == "Channel::TwilioSms"
                && self.medium.as_deref() == Some("whatsapp"))
    }

    /// A native WhatsApp inbox on Meta's Cloud API: the only kind with number health.
    pub fn is_whatsapp_cloud(&self) -> bool {
        self.channel_type == "Channel::Whatsapp"
            && self.provider.as_deref() == Some("whatsapp_cloud")
    }

    /// `cloud`, `360dialog` or `twilio` for a WhatsApp inbox; `None` otherwise.
    pub fn whatsapp_channel(&self) -> Option<&'static str> {
        if !self.is_whatsapp() {
            return None;
        }
        Some(
            match (self.channel_type.as_str(), self.provider.as_deref()) {
                ("Channel::TwilioSms", _) => "twilio",
                (_, Some("whatsapp_cloud")) => "cloud",
                _ => "360dialog",
            },
        )
    }
}

/// `GET /api/v1/accounts/{id}/inboxes/{inbox}/health`: the Cloud number as Meta reports
/// it. Only these fields are read; Meta's webhook configuration and business names are not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct NumberHealth {
    /// `CONNECTED`, or one of Chatwoot's risky statuses (`BANNED`, `FLAGGED`, …).
    #[serde(default, deserialize_with = "clean_opt")]
    pub status: Option<String>,
    /// `GREEN`, `YELLOW`, `RED` or `UNKNOWN`.
    #[serde(default, deserialize_with = "clean_opt")]
    pub quality_rating: Option<String>,
    /// e.g. `TIER_1K`.
    #[serde(default, deserialize_with = "clean_opt")]
    pub messaging_limit_tier: Option<String>,
    /// The display name's review state (`APPROVED`, …).
    #[serde(default, deserialize_with = "clean_opt")]
    pub name_status: Option<String>,
}

/// The `{"payload": [...]}` wrapper of the inbox list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub(crate) struct InboxList {
    pub payload: Vec<Inbox>,
}

/// The `access_token` of a reset response, read straight into [`Token`]: it never exists as
/// a plain `String` the program could print (secrecy zeroes the intermediate value).
pub(crate) struct NewToken(pub Token);

impl<'de> Deserialize<'de> for NewToken {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use secrecy::ExposeSecret;
        let secret = secrecy::SecretString::deserialize(d)?;
        Ok(Self(Token::from_trusted(secret.expose_secret().to_owned())))
    }
}

/// `POST /api/v1/profile/reset_access_token`: the profile plus the new token.
#[derive(Deserialize)]
pub(crate) struct ResetResponse {
    #[serde(flatten)]
    pub profile: Profile,
    pub access_token: NewToken,
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROFILE: &str = r#"{
      "access_token": "hPZ3kT9vUq2mNwXyR4sLbC8d", "account_id": 1, "available_name": "Jane",
      "email": "jane@example.com", "id": 7, "name": "Jane \u001b[2JDoe", "role": "agent",
      "pubsub_token": "Xo2bq7VQeS1mF4tZ9wLkP3aR", "type": null, "display_name": null,
      "accounts": [
        {"id": 1, "name": "Acme", "status": "active", "role": "administrator", "permissions": ["administrator"]},
        {"id": 4, "name": "Old Co", "status": "suspended", "role": "agent", "custom_role": null}
      ]}"#;

    #[test]
    fn profile_keeps_neither_token() {
        let p: Profile = serde_json::from_str(PROFILE).expect("profile");
        let debug = format!("{p:?}");
        assert!(!debug.contains("hPZ3kT9vUq2mNwXyR4sLbC8d"));
        assert!(!debug.contains("Xo2bq7VQeS1mF4tZ9wLkP3aR"));
        assert_eq!(p.name, "Jane Doe", "sanitised as read");
        assert!(p.account(1).is_some_and(ProfileAccount::is_administrator));
        assert!(p.account(4).is_some_and(ProfileAccount::is_suspended));
        assert!(p.account(2).is_none());
    }

    #[test]
    fn reset_response_puts_the_new_token_in_a_token() {
        let r: ResetResponse = serde_json::from_str(PROFILE).expect("reset");
        assert_eq!(r.access_token.0.expose(), "hPZ3kT9vUq2mNwXyR4sLbC8d");
        assert_eq!(r.profile.id, 7);
        assert!(!format!("{:?}", r.profile).contains("hPZ3kT9vUq2mNwXyR4sLbC8d"));
    }

    #[test]
    fn whatsapp_detection() {
        let inbox = |t: &str, medium: Option<&str>| Inbox {
            id: 1,
            channel_type: t.into(),
            medium: medium.map(Into::into),
            ..Inbox::default()
        };
        assert!(inbox("Channel::Whatsapp", None).is_whatsapp());
        assert!(inbox("Channel::TwilioSms", Some("whatsapp")).is_whatsapp());
        assert!(!inbox("Channel::TwilioSms", Some("sms")).is_whatsapp());
        assert!(!inbox("Channel::WebWidget", None).is_whatsapp());
        let list: InboxList = serde_json::from_str(
            r#"{"payload":[{"id":12,"name":"Sales","channel_type":"Channel::Whatsapp","phone_number":"+1555","provider_config":{"api_key":"META-SECRET-1"},"reauthorization_required":true}]}"#,
        )
        .expect("inboxes");
        assert!(list.payload[0].is_whatsapp());
        assert_eq!(list.payload[0].reauthorization_required, Some(true));
        assert!(!format!("{:?}", list.payload[0]).contains("META-SECRET-1"));
    }

    #[test]
    fn versions() {
        let info = |v: &str| ServerInfo {
            version: v.into(),
            queue_services: Some("ok".into()),
            data_services: Some("ok".into()),
        };
        assert_eq!(info("4.15.1").version_triple(), Some((4, 15, 1)));
        assert_eq!(info("v4.3.0-ee").version_triple(), Some((4, 3, 0)));
        assert_eq!(info("4.2.9").supports_token_rotation(), Some(false));
        assert_eq!(info("4.3.0").supports_token_rotation(), Some(true));
        assert_eq!(info("5").supports_token_rotation(), Some(true));
        assert_eq!(info("develop").supports_token_rotation(), None);
        assert!(!info("4.15.1").is_degraded());
        let mut degraded = info("4.15.1");
        degraded.data_services = Some("failing".into());
        assert!(degraded.is_degraded());
    }
}
