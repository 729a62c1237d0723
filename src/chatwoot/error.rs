//! One error type for every Chatwoot request, its messages, and the classification of a
//! transport failure; the pure classification of an HTTP answer is in `classify`. Bodies
//! never appear in an error: the profile body holds the token, and other bodies are
//! untrusted text.

use super::tls::Certificate;

mod classify;
mod transport;

pub use classify::Scope;
pub(crate) use classify::{classify_redirect, classify_status};

/// Why a Chatwoot request did not give the expected answer. Cheap to clone (requests are
/// shared between callers); carries no response body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("the host name {host} does not resolve: check the spelling of the URL")]
    Dns { host: String },
    #[error("nothing answers at {host}: check the host and port, and that Chatwoot is running")]
    Refused { host: String },
    #[error(
        "the TLS handshake with {host} failed ({detail}): check that this port serves https, and the server's TLS setup"
    )]
    Tls { host: String, detail: String },
    #[error(
        "{host} does not speak TLS on that port (it answered, but not with a TLS handshake): use the port that serves https, or http:// if this server has no TLS"
    )]
    TlsNotTls { host: String },
    #[error(
        "the certificate of {host} is not signed by an authority this computer trusts{}: if it is your server's own certificate or its private CA, trust it with --ca-cert FILE, or add the CA to the system store (or SSL_CERT_FILE)",
        presented(cert.as_ref())
    )]
    TlsUntrusted {
        host: String,
        /// What the server presented (the wizard offers to trust it).
        cert: Option<Certificate>,
    },
    #[error("the certificate of {host} {detail}")]
    TlsExpired { host: String, detail: String },
    #[error(
        "the certificate of {host} is for {names}, not {name}: use a URL with a name it covers, or have it reissued with {name} in its subjectAltName"
    )]
    TlsWrongName {
        host: String,
        name: String,
        names: String,
    },
    #[error(
        "the certificate of {host} is not the one this profile trusts (the server now shows SHA-256 {presented}): if it was replaced on purpose, trust the new one with `chatwoot-link edit <profile> --ca-cert FILE`; if not, someone may be intercepting the connection"
    )]
    TlsCertificateChanged { host: String, presented: String },
    #[error("{proxy} does not answer: check that it runs, or let {host} bypass it with NO_PROXY")]
    ProxyUnreachable { proxy: String, host: String },
    #[error(
        "{proxy} wants a login (407): put it in the variable as http://user:password@host:port, or let {host} bypass the proxy with NO_PROXY"
    )]
    ProxyAuthRequired { proxy: String, host: String },
    #[error(
        "{host} did not answer (or finish answering) within {secs} s: check the URL, or raise --timeout if the server is just slow"
    )]
    Timeout { host: String, secs: u64 },
    #[error("the connection to {host} failed ({detail}): check the network and try again")]
    Network { host: String, detail: String },
    #[error("the server redirects to https: use {https_url}")]
    RedirectHttps { https_url: String },
    #[error(
        "the server redirects to another host ({target}); the token was not sent there: if that is really your Chatwoot, use --url {target}"
    )]
    RedirectOtherHost { target: String },
    #[error("the server answers {path} with a redirect: use the URL of the Chatwoot root")]
    Redirect { path: String },
    #[error(
        "this URL does not answer like a Chatwoot root (GET /api gave no version): use the address you open the dashboard at, without a path"
    )]
    NotChatwoot,
    #[error("a dashboard route answered (406): use only the scheme and host of the dashboard URL")]
    DashboardUrl,
    #[error(
        "the token is not valid (wrong, or reset): copy it again from Profile Settings → Access Token"
    )]
    TokenInvalid,
    #[error(
        "the token header did not reach Chatwoot: a proxy in front of it drops it (let it pass the Api-Access-Token header), or the URL points at something else"
    )]
    TokenHeaderMissing,
    #[error(
        "this is an agent-bot or platform-app token, not a user's: use the token from Profile Settings → Access Token"
    )]
    TokenNotUser,
    #[error("the server is rate limiting requests (429): wait a minute and try again")]
    RateLimited,
    #[error("the server failed (HTTP {status}): try again later, or ask its administrator")]
    ServerError { status: u16 },
    #[error(
        "the server's answer is not the JSON Chatwoot sends (cut short, or another service answers at this URL): check the URL, then try again"
    )]
    MalformedResponse,
    #[error(
        "the server's answer is larger than {}, more than Chatwoot ever sends: check that the URL points at your Chatwoot",
        human_size(*limit)
    )]
    ResponseTooLarge { limit: u64 },
    #[error(
        "the server answered HTTP {status}, which Chatwoot does not send here: check that the URL points at your Chatwoot"
    )]
    UnexpectedStatus { status: u16 },
    #[error(
        "the account does not exist or the token's user is not a member of it (404): use the number in /app/accounts/<id>/ of the dashboard URL"
    )]
    NotMember,
    #[error("the account is suspended: ask the installation's administrator to reactivate it")]
    AccountSuspended,
    #[error(
        "the token's user may not access this account: use the token of one of its administrators"
    )]
    AccountForbidden,
    #[error(
        "Chatwoot refused this action to the token's user (401 'not authorized'): use an administrator's token"
    )]
    ActionForbidden,
    #[error(
        "this server has no number-health endpoint (404: Chatwoot from before September 2025): upgrade Chatwoot to see the number's status and quality here"
    )]
    HealthMissing,
    #[error("the inbox no longer exists (404): choose another inbox")]
    InboxNotFound,
    #[error("number health exists only for WhatsApp Cloud API inboxes (400)")]
    HealthNotSupported,
    #[error(
        "{}",
        if *authorization {
            "Meta refused the inbox's access token (expired or revoked): reconnect the inbox in Chatwoot under Settings → Inboxes → the inbox → Configuration"
        } else {
            "Meta's Graph API refused the health request (422): check the number in WhatsApp Manager, then try again"
        }
    )]
    MetaRefused { authorization: bool },
}

/// ` (CN=…, self-signed, valid … to …, SHA-256 …)`: what the server presented.
fn presented(cert: Option<&Certificate>) -> String {
    cert.map(|c| format!(" ({})", c.info().summary()))
        .unwrap_or_default()
}

/// `4 MiB`, `512 KiB`, `100 bytes`: the size cap as people read it.
fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use url::Url;

    use super::*;

    #[test]
    fn transport_and_size_messages_say_what_to_do() {
        let big = Error::ResponseTooLarge {
            limit: 4 * 1024 * 1024,
        };
        assert!(big.to_string().contains("larger than 4 MiB"), "{big}");
        assert_eq!(human_size(1536), "1 KiB");
        assert_eq!(human_size(100), "100 bytes");
        let other = classify_redirect(
            &Url::parse("http://127.0.0.1:3000/api").expect("url"),
            Some("http://localhost:3000/api"),
        );
        assert!(
            other
                .to_string()
                .contains("use --url http://localhost:3000"),
            "{other}"
        );
    }
}
