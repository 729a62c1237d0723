//! One error type for every Chatwoot request, its messages, and the classification of a
//! transport failure; the pure classification of an HTTP answer is in `classify`. Bodies
//! never appear in an error: the profile body holds the token, and other bodies are
//! untrusted text.

use super::tls::Certificate;
use crate::i18n::{Msg, msg};

mod classify;
mod transport;

pub use classify::Scope;
pub(crate) use classify::{classify_redirect, classify_status};

/// Why a Chatwoot request did not give the expected answer. Cheap to clone (requests are
/// shared between callers); carries no response body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    Dns {
        host: String,
    },
    Refused {
        host: String,
    },
    Tls {
        host: String,
        detail: String,
    },
    TlsNotTls {
        host: String,
    },
    TlsUntrusted {
        host: String,
        /// What the server presented (the wizard offers to trust it).
        cert: Option<Certificate>,
    },
    TlsExpired {
        host: String,
        /// Not valid yet (rather than expired).
        not_yet: bool,
        /// The day it expired, or before which it is not valid (`2026-01-31`).
        day: Option<String>,
    },
    TlsWrongName {
        host: String,
        name: String,
        names: String,
    },
    TlsCertificateChanged {
        host: String,
        presented: String,
    },
    ProxyUnreachable {
        proxy: String,
        host: String,
    },
    ProxyAuthRequired {
        proxy: String,
        host: String,
    },
    Timeout {
        host: String,
        secs: u64,
    },
    Network {
        host: String,
        detail: Detail,
    },
    RedirectHttps {
        https_url: String,
    },
    RedirectOtherHost {
        target: String,
    },
    Redirect {
        path: String,
    },
    NotChatwoot,
    DashboardUrl,
    TokenInvalid,
    TokenHeaderMissing,
    TokenNotUser,
    RateLimited,
    ServerError {
        status: u16,
    },
    MalformedResponse,
    ResponseTooLarge {
        limit: u64,
    },
    UnexpectedStatus {
        status: u16,
    },
    NotMember,
    AccountSuspended,
    AccountForbidden,
    ActionForbidden,
    HealthMissing,
    InboxNotFound,
    HealthNotSupported,
    MetaRefused {
        authorization: bool,
    },
}

/// What failed in a connection that got no HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    Connect,
    CutOff,
    Incomplete,
    /// The checks' own request task ended (a bug, not the network).
    TaskEnded,
    /// The operating system's words (English: they come from the OS and its libraries).
    Io(String),
    /// The proxy refused to open a tunnel.
    Tunnel {
        proxy: String,
    },
    /// `detail`, when the connection went through `proxy`.
    Through {
        detail: Box<Detail>,
        proxy: String,
    },
}

impl Detail {
    fn msg(&self, host: &str) -> Msg {
        match self {
            Self::Connect => msg!(network_detail_connect),
            Self::CutOff => msg!(network_detail_cut_off),
            Self::Incomplete => msg!(network_detail_incomplete),
            Self::TaskEnded => msg!(network_detail_task_ended),
            Self::Io(text) => Msg::verbatim(text.clone()),
            Self::Tunnel { proxy } => msg!(network_detail_tunnel, proxy = proxy, host = host),
            Self::Through { detail, proxy } => {
                msg!(
                    network_detail_through,
                    detail = detail.msg(host),
                    proxy = proxy
                )
            }
        }
    }
}

/// What the user can do that a face words its own way: the command line with a flag, the
/// wizard with a key or a field. The error's message holds it as one clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Trust the server's own certificate or CA (`--ca-cert FILE`).
    TrustCertificate,
    /// Trust the replaced certificate of a saved profile (`edit <profile> --ca-cert FILE`).
    TrustNewCertificate,
    /// Give a slow server more time (`--timeout`).
    MoreTime,
    /// Use this URL instead (`--url URL`), accepting plain http to it (`--allow-http`).
    UseUrl { url: String, allow_http: bool },
    /// Accept plain http (`--allow-http`).
    AllowHttp,
    /// Not a remedy but a consent already given: plain http to `origin` (through `proxy`)
    /// was allowed (`--allow-http`; the wizard asks with a key). The whole warning, worded
    /// by each face: the command line names its flag.
    HttpAllowed {
        origin: String,
        proxy: Option<String>,
    },
}

impl Remedy {
    /// As the command line words it, with its flag.
    pub fn cli(&self) -> Msg {
        match self {
            Self::TrustCertificate => msg!(network_remedy_trust_cert),
            Self::TrustNewCertificate => msg!(network_remedy_trust_new_cert),
            Self::MoreTime => msg!(network_remedy_more_time),
            Self::UseUrl {
                url,
                allow_http: false,
            } => msg!(network_remedy_use_url, url = url),
            Self::UseUrl {
                url,
                allow_http: true,
            } => msg!(network_remedy_use_url_http, url = url),
            Self::AllowHttp => msg!(network_remedy_allow_http),
            Self::HttpAllowed {
                origin,
                proxy: None,
            } => msg!(checks_url_http_allowed, origin = origin),
            Self::HttpAllowed {
                origin,
                proxy: Some(proxy),
            } => msg!(
                checks_url_http_allowed_proxied,
                origin = origin,
                proxy = proxy
            ),
        }
    }

    /// The [`HttpAllowed`](Self::HttpAllowed) warning where the consent needs no words (a
    /// face that asked for it itself); other remedies as the command line words them.
    pub fn consented(&self) -> Msg {
        match self {
            Self::HttpAllowed {
                origin,
                proxy: None,
            } => msg!(checks_url_http_allowed_consented, origin = origin),
            Self::HttpAllowed {
                origin,
                proxy: Some(proxy),
            } => msg!(
                checks_url_http_allowed_proxied_consented,
                origin = origin,
                proxy = proxy
            ),
            other => other.cli(),
        }
    }
}

impl Error {
    /// The message, its remedy worded for the command line (flags).
    pub fn msg(&self) -> Msg {
        self.msg_with(&Remedy::cli)
    }

    /// The remedy a face words its own way, if the message has one.
    pub fn remedy(&self) -> Option<Remedy> {
        match self {
            Self::TlsUntrusted { .. } => Some(Remedy::TrustCertificate),
            Self::TlsCertificateChanged { .. } => Some(Remedy::TrustNewCertificate),
            Self::Timeout { .. } => Some(Remedy::MoreTime),
            Self::RedirectOtherHost { target } => Some(Remedy::UseUrl {
                url: target.clone(),
                allow_http: false,
            }),
            _ => None,
        }
    }

    /// The message, its remedy (if any) worded by `word`.
    pub fn msg_with(&self, word: &dyn Fn(&Remedy) -> Msg) -> Msg {
        match self {
            Self::Dns { host } => msg!(network_dns, host = host),
            Self::Refused { host } => msg!(network_refused, host = host),
            Self::Tls { host, detail } => msg!(network_tls, host = host, detail = detail),
            Self::TlsNotTls { host } => msg!(network_tls_not_tls, host = host),
            Self::TlsUntrusted { host, cert } => msg!(
                network_tls_untrusted,
                host = host,
                presented = cert.as_ref().map_or_else(
                    || msg!(network_nothing),
                    |c| msg!(network_presented, summary = c.info().summary_msg())
                ),
                remedy = word(&Remedy::TrustCertificate)
            ),
            Self::TlsExpired { host, not_yet, day } => match (not_yet, day) {
                (false, None) => msg!(network_tls_expired, host = host),
                (false, Some(day)) => msg!(network_tls_expired_on, host = host, day = day),
                (true, None) => msg!(network_tls_not_yet, host = host),
                (true, Some(day)) => msg!(network_tls_not_yet_before, host = host, day = day),
            },
            Self::TlsWrongName { host, name, names } => {
                msg!(
                    network_tls_wrong_name,
                    host = host,
                    name = name,
                    names = names
                )
            }
            Self::TlsCertificateChanged { host, presented } => msg!(
                network_tls_changed,
                host = host,
                presented = presented,
                remedy = word(&Remedy::TrustNewCertificate)
            ),
            Self::ProxyUnreachable { proxy, host } => {
                msg!(network_proxy_unreachable, proxy = proxy, host = host)
            }
            Self::ProxyAuthRequired { proxy, host } => {
                msg!(network_proxy_auth, proxy = proxy, host = host)
            }
            Self::Timeout { host, secs } => {
                msg!(
                    network_timeout,
                    host = host,
                    secs = *secs,
                    remedy = word(&Remedy::MoreTime)
                )
            }
            Self::Network { host, detail } => {
                msg!(network_failed, host = host, detail = detail.msg(host))
            }
            Self::RedirectHttps { https_url } => {
                msg!(network_redirect_https, https_url = https_url)
            }
            Self::RedirectOtherHost { target } => {
                let remedy = Remedy::UseUrl {
                    url: target.clone(),
                    allow_http: false,
                };
                msg!(
                    network_redirect_other_host,
                    target = target,
                    remedy = word(&remedy)
                )
            }
            Self::Redirect { path } => msg!(network_redirect, path = path),
            Self::NotChatwoot => msg!(network_not_chatwoot),
            Self::DashboardUrl => msg!(network_dashboard_url),
            Self::TokenInvalid => msg!(network_token_invalid),
            Self::TokenHeaderMissing => msg!(network_token_header_missing),
            Self::TokenNotUser => msg!(network_token_not_user),
            Self::RateLimited => msg!(network_rate_limited),
            Self::ServerError { status } => msg!(network_server_error, status = *status),
            Self::MalformedResponse => msg!(network_malformed),
            Self::ResponseTooLarge { limit } => too_large(*limit),
            Self::UnexpectedStatus { status } => msg!(network_unexpected_status, status = *status),
            Self::NotMember => msg!(network_not_member),
            Self::AccountSuspended => msg!(network_account_suspended),
            Self::AccountForbidden => msg!(network_account_forbidden),
            Self::ActionForbidden => msg!(network_action_forbidden),
            Self::HealthMissing => msg!(network_health_missing),
            Self::InboxNotFound => msg!(network_inbox_not_found),
            Self::HealthNotSupported => msg!(network_health_not_supported),
            Self::MetaRefused {
                authorization: true,
            } => msg!(network_meta_token),
            Self::MetaRefused {
                authorization: false,
            } => msg!(network_meta_refused),
        }
    }
}

/// In the current language, the remedy worded for the command line.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for Error {}

/// The size cap as people read it (`4 MiB`, `512 KiB`, `100 bytes`).
fn too_large(bytes: u64) -> Msg {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        msg!(network_too_large_mib, size = bytes / MIB)
    } else if bytes >= KIB {
        msg!(network_too_large_kib, size = bytes / KIB)
    } else {
        msg!(network_too_large_bytes, size = bytes)
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
        assert!(too_large(1536).english().contains("than 1 KiB,"));
        assert!(too_large(100).english().contains("than 100 bytes,"));
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
