//! One error type for every Chatwoot request, and the pure classification of an HTTP answer
//! (status, content type, body shape) into it. Bodies never appear in an error: the profile
//! body holds the token, and other bodies are untrusted text.

use std::error::Error as _;
use std::io;

use url::Url;

use crate::checks::Code;

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
        "the TLS handshake with {host} failed (certificate not trusted, expired or for another name, or the port does not speak https)"
    )]
    Tls { host: String },
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
}

impl Error {
    /// The check code this error ends a check with.
    pub fn code(&self) -> Code {
        match self {
            Self::Dns { .. } => Code::Dns,
            Self::Refused { .. } => Code::Refused,
            Self::Tls { .. } => Code::Tls,
            Self::Timeout { .. } => Code::Timeout,
            Self::Network { .. } => Code::Network,
            Self::RedirectHttps { .. } => Code::RedirectHttps,
            Self::RedirectOtherHost { .. } => Code::RedirectOtherHost,
            Self::Redirect { .. } => Code::Redirect,
            Self::NotChatwoot => Code::NotChatwoot,
            Self::DashboardUrl => Code::DashboardUrl,
            Self::TokenInvalid => Code::TokenInvalid,
            Self::TokenHeaderMissing => Code::TokenHeaderMissing,
            Self::TokenNotUser => Code::TokenNotUser,
            Self::RateLimited => Code::RateLimited,
            Self::ServerError { .. } => Code::ServerError,
            Self::MalformedResponse => Code::MalformedResponse,
            Self::ResponseTooLarge { .. } => Code::ResponseTooLarge,
            Self::UnexpectedStatus { .. } => Code::UnexpectedStatus,
            Self::NotMember | Self::AccountForbidden => Code::NotMember,
            Self::AccountSuspended => Code::Suspended,
        }
    }

    /// Classifies a transport failure by walking its `source()` chain: DNS, refused, TLS and
    /// timeouts each get their own code so the message can say what to fix.
    pub(crate) fn from_transport(err: &reqwest::Error, origin: &Url, timeout_secs: u64) -> Self {
        let host = super::authority(origin);
        if err.is_timeout() {
            return Self::Timeout {
                host,
                secs: timeout_secs,
            };
        }
        if err.is_dns() {
            return Self::Dns {
                host: origin.host_str().unwrap_or_default().to_owned(),
            };
        }
        let mut innermost_io: Option<&io::Error> = None;
        let mut source = err.source();
        while let Some(e) = source {
            let mut next = e.source();
            if let Some(io) = e.downcast_ref::<io::Error>() {
                match io.kind() {
                    io::ErrorKind::ConnectionRefused => return Self::Refused { host },
                    io::ErrorKind::TimedOut => {
                        return Self::Timeout {
                            host,
                            secs: timeout_secs,
                        };
                    }
                    // tokio-rustls reports every handshake failure (bad certificate, a
                    // plain-http peer) as InvalidData wrapping the rustls error.
                    io::ErrorKind::InvalidData if err.is_connect() => return Self::Tls { host },
                    _ => innermost_io = Some(io),
                }
                // `io::Error::source` skips the wrapped error itself; descend into it.
                if let Some(inner) = io.get_ref() {
                    next = Some(inner);
                }
            }
            if is_tls_error_name(e) {
                return Self::Tls { host };
            }
            source = next;
        }
        let detail = innermost_io.map_or_else(
            || {
                if err.is_connect() {
                    "could not connect".to_owned()
                } else if err.is_body() {
                    "the answer was cut off".to_owned()
                } else {
                    "the request could not be completed".to_owned()
                }
            },
            |io| crate::sanitize::sanitize(&io.to_string()),
        );
        Self::Network { host, detail }
    }
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

/// rustls errors reached without an `io::Error` wrapper, recognised by their type name
/// (rustls is not a direct dependency, so it cannot be downcast to).
fn is_tls_error_name(e: &(dyn std::error::Error + 'static)) -> bool {
    let debug = format!("{e:?}");
    debug.starts_with("InvalidCertificate")
        || debug.starts_with("InvalidMessage")
        || debug.starts_with("AlertReceived")
        || debug.starts_with("PeerIncompatible")
        || debug.starts_with("PeerMisbehaved")
}

/// Which endpoint answered: the same status means different things on each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// `GET /api`: unauthenticated, identifies the server.
    Root,
    /// `/api/v1/profile…`: the token's user, no account.
    User,
    /// `/api/v1/accounts/{id}…`: one account.
    Account,
}

/// The JSON error shapes Chatwoot sends. Matched on shape and the hard-coded English
/// `error` strings; the devise `errors` text is localised and never read.
#[derive(serde::Deserialize)]
struct ErrorBody {
    error: Option<serde_json::Value>,
    errors: Option<serde_json::Value>,
}

/// Classifies a non-2xx, non-3xx answer. `body` is read only for its JSON shape.
pub(crate) fn classify_status(status: u16, is_json: bool, body: &[u8], scope: Scope) -> Error {
    let shape: Option<ErrorBody> = if is_json {
        serde_json::from_slice(body).ok()
    } else {
        None
    };
    let error_text = shape
        .as_ref()
        .and_then(|b| b.error.as_ref())
        .and_then(serde_json::Value::as_str);
    let has_errors_array = shape
        .as_ref()
        .and_then(|b| b.errors.as_ref())
        .is_some_and(serde_json::Value::is_array);
    match status {
        401 => match (error_text, has_errors_array) {
            (_, true) => Error::TokenHeaderMissing,
            (Some(t), _) if t.contains("not authorized for bots") => Error::TokenNotUser,
            (Some(t), _) if scope == Scope::Account && t.contains("suspended") => {
                Error::AccountSuspended
            }
            (Some(t), _) if scope == Scope::Account && t.contains("access this account") => {
                Error::AccountForbidden
            }
            (Some(_), _) => Error::TokenInvalid,
            (None, false) => Error::UnexpectedStatus { status },
        },
        // Chatwoot's RecordNotFound answer on an account route; any other 404 (an HTML
        // page, Rails' unknown route) means this is not a Chatwoot root.
        404 if scope == Scope::Account && error_text.is_some() => Error::NotMember,
        404 => Error::NotChatwoot,
        406 => Error::DashboardUrl,
        429 => Error::RateLimited,
        500..=599 => Error::ServerError { status },
        _ => Error::UnexpectedStatus { status },
    }
}

/// Classifies a 3xx answer to a request for `requested` (the token is never re-sent).
pub(crate) fn classify_redirect(requested: &Url, location: Option<&str>) -> Error {
    let target = location.and_then(|l| requested.join(l).ok());
    let path = requested.path().to_owned();
    let Some(target) = target else {
        return Error::Redirect { path };
    };
    let same_host = target.host_str() == requested.host_str();
    if same_host && requested.scheme() == "http" && target.scheme() == "https" {
        return Error::RedirectHttps {
            https_url: target.origin().ascii_serialization(),
        };
    }
    // Only an http(s) target is a URL worth suggesting (not `ftp://…`).
    if !same_host && matches!(target.scheme(), "http" | "https") {
        return Error::RedirectOtherHost {
            target: target.origin().ascii_serialization(),
        };
    }
    Error::Redirect { path }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }

    #[test]
    fn token_errors_are_told_apart_by_shape() {
        let c = |body: &str, scope| classify_status(401, true, &json(body), scope);
        assert_eq!(
            c(r#"{"error":"Invalid Access Token"}"#, Scope::User),
            Error::TokenInvalid
        );
        assert_eq!(
            c(r#"{"errors":["Vous devez vous connecter."]}"#, Scope::User),
            Error::TokenHeaderMissing
        );
        assert_eq!(
            c(
                r#"{"error":"Access to this endpoint is not authorized for bots"}"#,
                Scope::User
            ),
            Error::TokenNotUser
        );
        assert_eq!(
            c(r#"{"error":"Account is suspended"}"#, Scope::Account),
            Error::AccountSuspended
        );
        assert_eq!(
            c(
                r#"{"error":"You are not authorized to access this account"}"#,
                Scope::Account
            ),
            Error::AccountForbidden
        );
        assert_eq!(
            classify_status(401, false, b"nope", Scope::User),
            Error::UnexpectedStatus { status: 401 }
        );
    }

    #[test]
    fn other_statuses() {
        let nf = json(r#"{"error":"Resource could not be found"}"#);
        assert_eq!(
            classify_status(404, true, &nf, Scope::Account),
            Error::NotMember
        );
        assert_eq!(
            classify_status(404, false, b"<html>", Scope::Account),
            Error::NotChatwoot
        );
        assert_eq!(
            classify_status(
                404,
                true,
                &json(r#"{"status":404,"error":"Not Found"}"#),
                Scope::Root
            ),
            Error::NotChatwoot
        );
        assert_eq!(
            classify_status(406, true, b"{}", Scope::User),
            Error::DashboardUrl
        );
        assert_eq!(
            classify_status(429, false, b"Retry later\n", Scope::User),
            Error::RateLimited
        );
        assert_eq!(
            classify_status(502, false, b"", Scope::Root),
            Error::ServerError { status: 502 }
        );
        assert_eq!(
            classify_status(418, false, b"", Scope::Root),
            Error::UnexpectedStatus { status: 418 }
        );
    }

    #[test]
    fn redirects() {
        let from = Url::parse("http://chat.example.com/api/v1/profile").expect("url");
        assert_eq!(
            classify_redirect(&from, Some("https://chat.example.com/api/v1/profile")),
            Error::RedirectHttps {
                https_url: "https://chat.example.com".into()
            }
        );
        assert_eq!(
            classify_redirect(&from, Some("https://evil.example.net/x")),
            Error::RedirectOtherHost {
                target: "https://evil.example.net".into()
            }
        );
        assert_eq!(
            classify_redirect(&from, Some("/login")),
            Error::Redirect {
                path: "/api/v1/profile".into()
            }
        );
        assert_eq!(
            classify_redirect(&from, None),
            Error::Redirect {
                path: "/api/v1/profile".into()
            }
        );
        assert_eq!(classify_redirect(&from, Some("/x")).code(), Code::Redirect);
        assert_eq!(
            classify_redirect(&from, Some("ftp://files.example.net/")).code(),
            Code::Redirect
        );
    }

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

    #[test]
    fn messages_never_contain_bodies() {
        let body = json(r#"{"error":"SECRET-BODY-TEXT"}"#);
        let e = classify_status(401, true, &body, Scope::User);
        assert!(!e.to_string().contains("SECRET-BODY-TEXT"));
    }
}
