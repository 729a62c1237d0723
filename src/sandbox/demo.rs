//! The demo data (assets/sandbox/demo.json) and the fixed demo identities tests use.
//!
//! These tokens are public demo values that work only against the sandbox.

use serde::Deserialize;

/// Dana Demo: administrator of account 1 (active, WhatsApp inboxes), agent of account 2,
/// administrator of the suspended account 3.
pub const ADMIN_TOKEN: &str = "DemoAdminToken1111111111";
pub const ADMIN_EMAIL: &str = "demo@example.com";
pub const ADMIN_NAME: &str = "Dana Demo";
pub const ADMIN_USER_ID: u64 = 7;

/// Sam Second: administrator of account 4, which has no WhatsApp inbox.
pub const SOLO_TOKEN: &str = "DemoSecondToken111111111";
pub const SOLO_EMAIL: &str = "solo@example.com";
pub const SOLO_NAME: &str = "Sam Second";
pub const SOLO_USER_ID: u64 = 8;

/// Alex Agency: an agency's Master User, administrator of accounts 1 and 4 (both active)
/// and of the suspended account 3, agent of account 2: several accounts to link at once.
pub const AGENCY_TOKEN: &str = "DemoAgencyToken111111111";
pub const AGENCY_EMAIL: &str = "agency@example.com";
pub const AGENCY_NAME: &str = "Alex Agency";
pub const AGENCY_USER_ID: u64 = 9;

/// An agent-bot token and a platform-app token: 401 "not authorized for bots" on user endpoints.
pub const BOT_TOKEN: &str = "DemoAgentBotToken1111111";
pub const PLATFORM_TOKEN: &str = "DemoPartnerAppToken11111";

/// "Acme Demo": active; WhatsApp Cloud, Twilio WhatsApp and web-widget inboxes; Dana administers it.
pub const ACCOUNT_ADMIN: u64 = 1;
/// "Beta Agency": active; Dana is an agent and a member of its WhatsApp inbox only.
pub const ACCOUNT_AGENT: u64 = 2;
/// "Old Co": suspended; Dana administers it.
pub const ACCOUNT_SUSPENDED: u64 = 3;
/// "Solo Shop": active; Sam administers it; a web widget and an SMS inbox, no WhatsApp.
pub const ACCOUNT_NO_WHATSAPP: u64 = 4;
/// An account id that exists nowhere.
pub const ACCOUNT_UNKNOWN: u64 = 999;

/// A recognisable secret in every secret field the sandbox serves (Meta's `api_key` in
/// `provider_config`, Twilio and widget credentials, webhook URLs, Meta's error text): tests
/// search every output for it.
pub const PLANTED_SECRET: &str = "PLANTEDsecret0Meta7Kq2Zx9";

/// The scenarios of `--demo`: one readiness warning (the Cloud number's quality is YELLOW),
/// so a new user sees what one looks like; nothing fails.
pub fn demo_scenarios() -> Vec<super::Scenario> {
    vec![super::Scenario::NumberYellow]
}

const DEMO_JSON: &str = include_str!("../../assets/sandbox/demo.json");

#[derive(Debug, Clone, Deserialize)]
pub struct Demo {
    pub users: Vec<User>,
    pub bot_tokens: Vec<BotToken>,
    pub accounts: Vec<Account>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub display_name: Option<String>,
    pub email: String,
    pub token: String,
    pub pubsub_token: String,
    pub memberships: Vec<Membership>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Membership {
    pub account_id: u64,
    pub role: Role,
    pub active_at: Option<String>,
    pub availability: String,
    /// Inboxes this user is a member of (what an agent sees).
    pub inbox_ids: Vec<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Agent,
    Administrator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Administrator => "administrator",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct BotToken {
    pub kind: BotKind,
    pub token: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BotKind {
    AgentBot,
    PlatformApp,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Account {
    pub id: u64,
    pub name: String,
    pub status: AccountStatus,
    pub created_at: String,
    pub support_email: Option<String>,
    pub features: Vec<String>,
    pub onboarding_step: Option<String>,
    pub inboxes: Vec<Inbox>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    Active,
    Suspended,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Inbox {
    pub id: u64,
    pub channel_id: u64,
    pub name: String,
    pub kind: InboxKind,
    #[serde(default)]
    pub phone_number: Option<String>,
    #[serde(default)]
    pub website_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InboxKind {
    /// `Channel::Whatsapp`, provider `whatsapp_cloud`.
    Whatsapp,
    /// `Channel::TwilioSms` with medium `whatsapp`.
    TwilioWhatsapp,
    /// `Channel::TwilioSms` with medium `sms`.
    TwilioSms,
    /// `Channel::WebWidget`.
    WebWidget,
}

/// The demo data, parsed. The file is part of the binary, so a parse error is a build
/// defect that the unit test below catches.
pub fn load() -> Result<Demo, serde_json::Error> {
    serde_json::from_str(DEMO_JSON)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE58: &str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    fn demo() -> Demo {
        load().expect("demo.json parses")
    }

    #[test]
    fn constants_match_the_data() {
        let d = demo();
        let user = |id| d.users.iter().find(|u| u.id == id).expect("user");
        assert_eq!(user(ADMIN_USER_ID).token, ADMIN_TOKEN);
        assert_eq!(user(ADMIN_USER_ID).email, ADMIN_EMAIL);
        assert_eq!(user(ADMIN_USER_ID).name, ADMIN_NAME);
        assert_eq!(user(SOLO_USER_ID).token, SOLO_TOKEN);
        assert_eq!(user(AGENCY_USER_ID).token, AGENCY_TOKEN);
        assert_eq!(user(AGENCY_USER_ID).email, AGENCY_EMAIL);
        assert_eq!(user(SOLO_USER_ID).email, SOLO_EMAIL);
        assert_eq!(user(SOLO_USER_ID).name, SOLO_NAME);
        let bot = |k| d.bot_tokens.iter().find(|b| b.kind == k).expect("bot");
        assert_eq!(bot(BotKind::AgentBot).token, BOT_TOKEN);
        assert_eq!(bot(BotKind::PlatformApp).token, PLATFORM_TOKEN);
        assert!(d.accounts.iter().all(|a| a.id != ACCOUNT_UNKNOWN));
        let acc = |id| d.accounts.iter().find(|a| a.id == id).expect("account");
        assert_eq!(acc(ACCOUNT_SUSPENDED).status, AccountStatus::Suspended);
        assert_eq!(acc(ACCOUNT_ADMIN).status, AccountStatus::Active);
        assert!(
            acc(ACCOUNT_NO_WHATSAPP)
                .inboxes
                .iter()
                .all(|i| !matches!(i.kind, InboxKind::Whatsapp | InboxKind::TwilioWhatsapp))
        );
    }

    #[test]
    fn tokens_look_like_chatwoot_tokens_and_are_distinct() {
        let d = demo();
        let mut all: Vec<&str> = d.users.iter().map(|u| u.token.as_str()).collect();
        all.extend(d.users.iter().map(|u| u.pubsub_token.as_str()));
        all.extend(d.bot_tokens.iter().map(|b| b.token.as_str()));
        for t in &all {
            assert_eq!(t.len(), 24, "{t}");
            assert!(t.chars().all(|c| BASE58.contains(c)), "{t}");
        }
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }

    #[test]
    fn memberships_point_at_existing_accounts_and_inboxes() {
        let d = demo();
        for u in &d.users {
            for m in &u.memberships {
                let acc = d
                    .accounts
                    .iter()
                    .find(|a| a.id == m.account_id)
                    .expect("account");
                for id in &m.inbox_ids {
                    assert!(acc.inboxes.iter().any(|i| i.id == *id));
                }
            }
        }
    }
}
