//! The misbehaviours the sandbox can simulate, one per failure the checks must explain.

use std::fmt;
use std::str::FromStr;

/// A way the sandbox departs from a healthy Chatwoot (or from a healthy path to it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scenario {
    /// A proxy that drops `api_access_token` but passes `Api-Access-Token`.
    DropUnderscoreHeaders,
    /// A proxy that drops every token header.
    DropTokenHeader,
    /// Every request answers 301 to `https://<same host:port><path>`.
    RedirectHttps,
    /// Every request answers 301 to another host: the given base URL, or
    /// `http://localhost:<same port>` so the same sandbox receives it under Host `localhost`.
    RedirectOtherHost(Option<String>),
    /// rack-attack's 429: `text/plain`, `Retry later\n`, no `Retry-After`.
    RateLimited,
    /// 500 with Rails' error page (JSON for JSON requests, else HTML).
    ServerError,
    /// 200 HTML (another product's login page) on every route.
    Html,
    /// 200 `application/json` with the body cut in half.
    MalformedJson,
    /// Accepts the request and never answers.
    Hang,
    /// Sends the head, then the body one byte per second.
    Drip,
    /// 200 JSON head, then bytes forever.
    EndlessBody,
    /// Names of users, accounts and inboxes carry ANSI escapes and control characters.
    ControlChars,
    /// Version 4.2.0: no `/health`, no `reset_access_token`.
    OldVersion,
    /// `GET /api` says `"queue_services":"failing"`.
    Degraded,
    /// Every native WhatsApp inbox has `reauthorization_required: true`.
    InboxDisconnected,
    /// The server's `FRONTEND_URL` is `http://0.0.0.0:3000`: every `callback_webhook_url` says so.
    WrongFrontendUrl,
    /// Meta rates every Cloud number's quality YELLOW.
    NumberYellow,
    /// Meta reports every Cloud number FLAGGED.
    NumberFlagged,
    /// Meta refuses the inbox's token: health answers 422 with `type: authorization`.
    MetaRefused,
    /// A server older than the health endpoint: 404 there (`old-version` implies it).
    NoHealthEndpoint,
    /// The token's role stops short of webhooks (a custom role): `GET /webhooks` answers 401.
    WebhooksForbidden,
    /// Number health never answers (Chatwoot waiting on Meta); every other route does.
    HealthHang,
}

/// Every scenario, in the order `--scenario help` lists them.
pub const ALL: [Scenario; 22] = [
    Scenario::DropUnderscoreHeaders,
    Scenario::DropTokenHeader,
    Scenario::RedirectHttps,
    Scenario::RedirectOtherHost(None),
    Scenario::RateLimited,
    Scenario::ServerError,
    Scenario::Html,
    Scenario::MalformedJson,
    Scenario::Hang,
    Scenario::Drip,
    Scenario::EndlessBody,
    Scenario::ControlChars,
    Scenario::OldVersion,
    Scenario::Degraded,
    Scenario::InboxDisconnected,
    Scenario::WrongFrontendUrl,
    Scenario::NumberYellow,
    Scenario::NumberFlagged,
    Scenario::MetaRefused,
    Scenario::NoHealthEndpoint,
    Scenario::WebhooksForbidden,
    Scenario::HealthHang,
];

impl Scenario {
    /// Every scenario (the redirect target left at its default).
    pub fn all() -> &'static [Scenario] {
        &ALL
    }

    /// The kebab-case name used on the command line.
    pub fn name(&self) -> &'static str {
        match self {
            Self::DropUnderscoreHeaders => "drop-underscore-headers",
            Self::DropTokenHeader => "drop-token-header",
            Self::RedirectHttps => "redirect-https",
            Self::RedirectOtherHost(_) => "redirect-other-host",
            Self::RateLimited => "rate-limited",
            Self::ServerError => "server-error",
            Self::Html => "html",
            Self::MalformedJson => "malformed-json",
            Self::Hang => "hang",
            Self::Drip => "drip",
            Self::EndlessBody => "endless-body",
            Self::ControlChars => "control-chars",
            Self::OldVersion => "old-version",
            Self::Degraded => "degraded",
            Self::InboxDisconnected => "inbox-disconnected",
            Self::WrongFrontendUrl => "wrong-frontend-url",
            Self::NumberYellow => "number-yellow",
            Self::NumberFlagged => "number-flagged",
            Self::MetaRefused => "meta-refused",
            Self::NoHealthEndpoint => "no-health-endpoint",
            Self::WebhooksForbidden => "webhooks-forbidden",
            Self::HealthHang => "health-hang",
        }
    }

    /// What the scenario makes the sandbox do, for `--scenario help`.
    pub fn describe(&self) -> crate::i18n::Msg {
        use crate::i18n::msg;
        match self {
            Self::DropUnderscoreHeaders => msg!(sandbox_scenario_drop_underscore_headers),
            Self::DropTokenHeader => msg!(sandbox_scenario_drop_token_header),
            Self::RedirectHttps => msg!(sandbox_scenario_redirect_https),
            Self::RedirectOtherHost(_) => msg!(sandbox_scenario_redirect_other_host),
            Self::RateLimited => msg!(sandbox_scenario_rate_limited),
            Self::ServerError => msg!(sandbox_scenario_server_error),
            Self::Html => msg!(sandbox_scenario_html),
            Self::MalformedJson => msg!(sandbox_scenario_malformed_json),
            Self::Hang => msg!(sandbox_scenario_hang),
            Self::Drip => msg!(sandbox_scenario_drip),
            Self::EndlessBody => msg!(sandbox_scenario_endless_body),
            Self::ControlChars => msg!(sandbox_scenario_control_chars),
            Self::OldVersion => msg!(sandbox_scenario_old_version),
            Self::Degraded => msg!(sandbox_scenario_degraded),
            Self::InboxDisconnected => msg!(sandbox_scenario_inbox_disconnected),
            Self::WrongFrontendUrl => msg!(sandbox_scenario_wrong_frontend_url),
            Self::NumberYellow => msg!(sandbox_scenario_number_yellow),
            Self::NumberFlagged => msg!(sandbox_scenario_number_flagged),
            Self::MetaRefused => msg!(sandbox_scenario_meta_refused),
            Self::NoHealthEndpoint => msg!(sandbox_scenario_no_health_endpoint),
            Self::WebhooksForbidden => msg!(sandbox_scenario_webhooks_forbidden),
            Self::HealthHang => msg!(sandbox_scenario_health_hang),
        }
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::RedirectOtherHost(Some(target)) => write!(f, "{}={target}", self.name()),
            _ => f.write_str(self.name()),
        }
    }
}

/// A scenario name that is not known; its message lists the known ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scenario `{name}`; known scenarios: {}", known_names())]
pub struct UnknownScenario {
    pub name: String,
}

fn known_names() -> String {
    ALL.iter()
        .map(Scenario::name)
        .collect::<Vec<_>>()
        .join(", ")
}

impl FromStr for Scenario {
    type Err = UnknownScenario;

    /// Parses a kebab-case name; `redirect-other-host=URL` sets the redirect target.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Some(target) = s.strip_prefix("redirect-other-host=") {
            let target = target.trim().trim_end_matches('/');
            if target.contains("://") {
                return Ok(Self::RedirectOtherHost(Some(target.to_owned())));
            }
            return Err(UnknownScenario { name: s.to_owned() });
        }
        ALL.iter()
            .find(|sc| sc.name().eq_ignore_ascii_case(s))
            .cloned()
            .ok_or_else(|| UnknownScenario { name: s.to_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips() {
        for sc in Scenario::all() {
            let parsed: Scenario = sc.name().parse().expect("known name");
            assert_eq!(&parsed, sc);
            assert_eq!(parsed.to_string(), sc.name());
            assert!(!sc.describe().english().is_empty());
        }
    }

    #[test]
    fn names_are_kebab_case_and_unique() {
        let mut names: Vec<_> = ALL.iter().map(Scenario::name).collect();
        for n in &names {
            assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{n}");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }

    #[test]
    fn parsing_is_case_insensitive_and_trims() {
        assert_eq!(
            " Rate-Limited ".parse::<Scenario>(),
            Ok(Scenario::RateLimited)
        );
    }

    #[test]
    fn redirect_target_is_parsed_and_displayed() {
        let sc: Scenario = "redirect-other-host=http://evil.example:8080/"
            .parse()
            .expect("target");
        assert_eq!(
            sc,
            Scenario::RedirectOtherHost(Some("http://evil.example:8080".into()))
        );
        assert_eq!(
            sc.to_string(),
            "redirect-other-host=http://evil.example:8080"
        );
        assert!("redirect-other-host=nohost".parse::<Scenario>().is_err());
    }

    #[test]
    fn unknown_names_are_refused_with_the_list() {
        let err = "teapot".parse::<Scenario>().expect_err("unknown");
        assert_eq!(err.name, "teapot");
        let msg = err.to_string();
        assert!(msg.contains("teapot"));
        for sc in Scenario::all() {
            assert!(msg.contains(sc.name()), "{msg}");
        }
        assert!("".parse::<Scenario>().is_err());
        assert!("help".parse::<Scenario>().is_err());
    }
}
