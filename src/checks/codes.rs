//! The stable `code` of every check result and warning. Codes are part of the `check --json`
//! contract: later versions add codes, never rename them. `docs/codes.md` lists them all.

use serde::{Deserialize, Serialize};

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*) => {
        /// A check result or warning code (`snake_case` on the wire).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])* #[serde(rename = $text)] $variant,)*
        }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }

            /// What the code means, for people (its doc comment; the table in `docs/codes.md`).
            pub fn description(self) -> &'static str {
                match self {
                    $(Code::$variant => concat!($($doc),*).trim_ascii(),)*
                }
            }
        }
    };
}

codes! {
    // --- any check ---
    /// The check passed.
    Ok = "ok",
    /// Waiting for the server (only with status `checking`, in the stream; never in a finished report).
    Checking = "checking",
    /// The input was not given, so the check did not run.
    NotGiven = "not_given",
    /// Skipped because the `url` check failed.
    NeedsUrl = "needs_url",
    /// Skipped because the `token` check failed.
    NeedsToken = "needs_token",
    /// Skipped because the `account` check failed.
    NeedsAccount = "needs_account",
    /// Not sent: another input failed its local check, so nothing was sent (`check` exit 2).
    NotChecked = "not_checked",

    // --- transport: can end any live check whose own request failed ---
    /// The host name does not resolve.
    Dns = "dns",
    /// Nothing listens at that host and port.
    Refused = "refused",
    /// The TLS handshake failed for another reason than the `tls_*` codes below (rustls' words in the message).
    Tls = "tls",
    /// The certificate is not signed by an authority this computer trusts (nor is it the one the profile trusts): trust it with `--ca-cert`.
    TlsUntrusted = "tls_untrusted",
    /// The certificate has expired, or is not valid yet (check the clocks).
    TlsExpired = "tls_expired",
    /// The certificate is for other host names than the URL's.
    TlsWrongName = "tls_wrong_name",
    /// The port answered, but not with TLS (a plain-http server on an https URL).
    TlsNotTls = "tls_not_tls",
    /// The server presents another certificate than the one the profile trusts (`--ca-cert`).
    TlsCertificateChanged = "tls_certificate_changed",
    /// The proxy (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`) does not answer.
    ProxyUnreachable = "proxy_unreachable",
    /// The proxy wants a login (407).
    ProxyAuthRequired = "proxy_auth_required",
    /// The server did not answer (or finish answering) in time.
    Timeout = "timeout",
    /// Another network failure (reset connection, unreachable network, …).
    Network = "network",
    /// HTTP 429 (rack-attack's plain-text "Retry later").
    RateLimited = "rate_limited",
    /// HTTP 5xx.
    ServerError = "server_error",
    /// The body was not the JSON Chatwoot sends.
    MalformedResponse = "malformed_response",
    /// The body exceeded the size cap.
    ResponseTooLarge = "response_too_large",
    /// A status this tool does not expect from Chatwoot there.
    UnexpectedStatus = "unexpected_status",

    // --- url ---
    /// The URL cannot be parsed (local).
    UrlInvalid = "url_invalid",
    /// Plain http to a non-loopback host without `--allow-http` (local).
    InsecureHttp = "insecure_http",
    /// The server redirects http to https on the same host: use the https URL.
    RedirectHttps = "redirect_https",
    /// The server redirects to another host; the token is never sent there.
    RedirectOtherHost = "redirect_other_host",
    /// Another redirect (a path on the same host, for example).
    Redirect = "redirect",
    /// The URL answers, but not as a Chatwoot root (`GET /api` without `version`).
    NotChatwoot = "not_chatwoot",
    /// A dashboard route answered (406): the URL carries a path it should not.
    DashboardUrl = "dashboard_url",

    // --- token ---
    /// The token is empty, has spaces or an impossible length (local).
    TokenFormat = "token_format",
    /// 401 "Invalid Access Token": wrong or rotated token.
    TokenInvalid = "token_invalid",
    /// 401 with the devise `errors` shape: the token header never arrived (a proxy dropped it).
    TokenHeaderMissing = "token_header_missing",
    /// 401 "not authorized for bots": an agent-bot or platform-app token, not a user's.
    TokenNotUser = "token_not_user",

    // --- email ---
    /// Not an email address (local).
    EmailInvalid = "email_invalid",
    /// The token belongs to another user.
    EmailMismatch = "email_mismatch",

    // --- account ---
    /// Not a positive whole number (local).
    AccountIdInvalid = "account_id_invalid",
    /// The token's user is not a member of that account.
    NotMember = "not_member",
    /// The user is an agent (or custom role) there, not an administrator.
    NotAdministrator = "not_administrator",
    /// The account is suspended.
    Suspended = "suspended",

    // --- inboxes ---
    /// The account has no WhatsApp inbox the user can see (warn).
    NoWhatsappInbox = "no_whatsapp_inbox",

    // --- operations ---
    /// `GET /api/v1/accounts/{id}/webhooks` refused (401): the token cannot register the integration's webhook (warn).
    CannotManageWebhooks = "cannot_manage_webhooks",
    /// `GET /api/v1/accounts/{id}/conversations/meta` refused: the token cannot read the account's conversations (warn).
    CannotReadConversations = "cannot_read_conversations",

    // --- whatsapp ---
    /// Skipped because the `inboxes` check failed.
    NeedsInboxes = "needs_inboxes",
    /// A WhatsApp inbox lost its authorization (`reauthorization_required`): no new messages arrive until it is reconnected (warn; fail for a chosen inbox).
    WhatsappDisconnected = "whatsapp_disconnected",
    /// An inbox's `callback_webhook_url` (the server's `FRONTEND_URL`) names another host than the linked URL: Meta posts inbound messages where nothing listens (warn).
    WebhookUrlMismatch = "webhook_url_mismatch",
    /// Meta rates the Cloud number `YELLOW` or `RED`, or reports it `BANNED`, `RESTRICTED`, `RATE_LIMITED`, `FLAGGED`, `DISCONNECTED` or `DELETED` (warn; fail for a chosen inbox that is `BANNED`, `DELETED` or `DISCONNECTED`).
    WhatsappNumberAtRisk = "whatsapp_number_at_risk",
    /// The Cloud number's health could not be read: the server predates the endpoint, the user is not an administrator, Meta refused, or no answer in time (warn).
    WhatsappHealthUnavailable = "whatsapp_health_unavailable",
    /// An inbox chosen for the integration is not among the account's WhatsApp inboxes (deleted, or not visible to this user) (fail).
    InboxNotFound = "inbox_not_found",

    // --- warnings ---
    /// Plain http to a loopback address: allowed, but only for local testing.
    HttpLoopback = "http_loopback",
    /// Plain http to a remote host allowed by `--allow-http`: the token crosses the network in clear.
    HttpAllowed = "http_allowed",
    /// The URL had a path that was dropped (Chatwoot runs at the root of its host).
    UrlPathIgnored = "url_path_ignored",
    /// `--account-id` differs from the ID in the pasted dashboard URL; the explicit one wins.
    AccountIdMismatch = "account_id_mismatch",
    /// The Account ID was taken from the dashboard URL.
    AccountIdFromUrl = "account_id_from_url",
    /// The server is older than 4.3.0: token rotation is not supported there.
    ServerTooOld = "server_too_old",
    /// `GET /api` reports Redis or Postgres as failing.
    ServerDegraded = "server_degraded",
    /// The same URL and account are already linked under another profile name (`add`, `edit`; never from `check`, which saves nothing).
    AlreadyLinked = "already_linked",
    /// A profile of the name this account would get exists already: the account was not linked again (`add` of several accounts).
    NameTaken = "name_taken",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::Code;

    /// The codes table of `docs/codes.md` (between the `codes:start`/`codes:end` markers).
    fn markdown_table() -> String {
        let mut out = String::from("| code | meaning |\n| --- | --- |\n");
        for c in Code::ALL {
            let _ = writeln!(out, "| `{}` | {} |", c.as_str(), c.description());
        }
        out
    }

    /// Fails when a code is missing from `docs/codes.md` or described differently there; the
    /// message holds the table to paste.
    #[test]
    fn codes_are_documented() {
        let readme = include_str!("../../docs/codes.md");
        let start = readme.find("<!-- codes:start").expect("codes:start marker");
        let start = start + readme[start..].find("-->").expect("end of marker") + 3;
        let end = readme.find("<!-- codes:end -->").expect("codes:end marker");
        let documented = readme[start..end].trim();
        let expected = markdown_table();
        assert_eq!(
            documented,
            expected.trim(),
            "docs/codes.md's codes table is out of date; paste this between the markers:\n{expected}"
        );
        for c in Code::ALL {
            assert!(
                documented.contains(&format!("`{}`", c.as_str())),
                "{c} missing"
            );
        }
    }

    #[test]
    fn wire_names_match_as_str_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in Code::ALL {
            let json = serde_json::to_string(c).expect("serialise");
            assert_eq!(json, format!("\"{}\"", c.as_str()));
            assert!(seen.insert(c.as_str()), "duplicate {c}");
            let back: Code = serde_json::from_str(&json).expect("parse");
            assert_eq!(back, *c);
        }
    }
}
