//! The local part of the `url` check: turn whatever was typed or pasted into the origin of
//! a Chatwoot instance (`scheme://host[:port]`), and read an Account ID out of a pasted
//! dashboard URL.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use url::{Host, Url};

use super::{Code, Warning};
use crate::chatwoot::{ProxyEnv, Remedy};
use crate::i18n::{Msg, msg};

/// A URL reduced to its origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedUrl {
    /// `https://host[:port]`: lower-case host (IDN as punycode), no default port, no path,
    /// no trailing slash.
    pub origin: String,
    /// The same origin as a [`Url`] (its path is `/`), ready for `join("/api")`.
    pub url: Url,
    /// The ID in a pasted dashboard URL (`/app/accounts/7/…`).
    pub account_id: Option<u64>,
    /// `url_path_ignored`, `http_loopback`, `http_allowed`.
    pub warnings: Vec<Warning>,
    /// 127.0.0.0/8, `::1` or `localhost`.
    pub is_loopback: bool,
    /// The input had no `://`, so `https://` was assumed.
    pub scheme_assumed: bool,
}

impl NormalizedUrl {
    /// The `http://` form to suggest when https was only assumed and the server may well
    /// speak plain http: a loopback host, or a port other than 443 (`127.0.0.1:3000` is
    /// usually a local Chatwoot without TLS).
    pub fn plain_http_alternative(&self) -> Option<String> {
        if !self.scheme_assumed || !(self.is_loopback || self.url.port().is_some()) {
            return None;
        }
        let mut http = self.url.clone();
        http.set_scheme("http").ok()?;
        // A port that is http's default is dropped by `set_scheme`; say it anyway.
        let origin = http.origin().ascii_serialization();
        Some(match (self.url.port(), http.port()) {
            (Some(p), None) => format!("{origin}:{p}"),
            _ => origin,
        })
    }
}

/// Why the typed URL cannot be used (the `url` check fails before anything is sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlError {
    Empty,
    /// Not a URL: the parser's words (English).
    Invalid(String),
    /// A URL without a host name.
    NoHost,
    Scheme(String),
    InsecureHttp {
        origin: String,
    },
    InsecureHttpProxied {
        origin: String,
        proxy: String,
    },
}

/// In the current language, the remedy worded for the command line.
impl std::fmt::Display for UrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for UrlError {}

impl UrlError {
    /// The message, its remedy worded for the command line (flags).
    pub fn msg(&self) -> Msg {
        self.msg_with(&Remedy::cli)
    }

    /// The message, its remedy (accepting plain http) worded by `word`.
    pub fn msg_with(&self, word: &dyn Fn(&Remedy) -> Msg) -> Msg {
        match self {
            Self::Empty => msg!(checks_url_empty),
            Self::Invalid(reason) => msg!(checks_url_invalid, reason = reason),
            Self::NoHost => msg!(checks_url_invalid, reason = msg!(checks_url_no_host)),
            Self::Scheme(scheme) => msg!(checks_url_scheme, scheme = scheme),
            Self::InsecureHttp { origin } => msg!(
                checks_url_insecure,
                origin = origin,
                remedy = word(&Remedy::AllowHttp)
            ),
            Self::InsecureHttpProxied { origin, proxy } => msg!(
                checks_url_insecure_proxied,
                origin = origin,
                proxy = proxy,
                remedy = word(&Remedy::AllowHttp)
            ),
        }
    }

    pub fn code(&self) -> Code {
        match self {
            Self::Empty | Self::Invalid(_) | Self::NoHost | Self::Scheme(_) => Code::UrlInvalid,
            Self::InsecureHttp { .. } | Self::InsecureHttpProxied { .. } => Code::InsecureHttp,
        }
    }

    /// The origin, when the URL parsed but a policy refused it.
    pub fn origin(&self) -> Option<&str> {
        match self {
            Self::InsecureHttp { origin } | Self::InsecureHttpProxied { origin, .. } => {
                Some(origin)
            }
            _ => None,
        }
    }
}

/// Normalises a typed or pasted instance URL. A scheme counts only if the input contains
/// `://` (`localhost:3000` would otherwise parse with scheme `localhost`); without one,
/// `https://` is assumed. Plain http is judged with the environment's proxies.
pub fn normalize_url(input: &str, allow_http: bool) -> Result<NormalizedUrl, UrlError> {
    // A malformed variable is reported when the client is built; here it proxies nothing.
    normalize_url_via(input, allow_http, &ProxyEnv::from_env().unwrap_or_default())
}

/// [`normalize_url`] with these proxies: plain http that one of them carries crosses the
/// network even to a loopback host, so it needs the same consent as to a remote host.
pub fn normalize_url_via(
    input: &str,
    allow_http: bool,
    proxies: &ProxyEnv,
) -> Result<NormalizedUrl, UrlError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(UrlError::Empty);
    }
    let with_scheme = if input.contains("://") {
        input.to_owned()
    } else {
        format!("https://{input}")
    };
    let parsed = Url::parse(&with_scheme)
        .map_err(|e| UrlError::Invalid(crate::sanitize::sanitize(&e.to_string())))?;
    let scheme = parsed.scheme();
    if scheme != "http" && scheme != "https" {
        return Err(UrlError::Scheme(crate::sanitize::sanitize(scheme)));
    }
    let Some(host) = parsed.host() else {
        return Err(UrlError::NoHost);
    };
    if matches!(&host, Host::Domain(d) if d.is_empty()) {
        return Err(UrlError::NoHost);
    }
    let is_loopback = is_loopback(&host);
    let origin = parsed.origin().ascii_serialization();
    let url = Url::parse(&origin).map_err(|e| UrlError::Invalid(e.to_string()))?;

    let mut warnings = Vec::new();
    let account_id = account_id_in_path(parsed.path());
    let has_extra = parsed.query().is_some() || parsed.fragment().is_some();
    // Only slashes (`https://host//`) is no path, just a sloppy paste.
    let has_path = parsed.path().chars().any(|c| c != '/');
    if (account_id.is_none() && has_path) || has_extra {
        warnings.push(Warning::new(
            Code::UrlPathIgnored,
            msg!(checks_url_path_ignored, origin = &origin),
        ));
    }
    let proxy = proxies.for_url(&url).map(ToString::to_string);
    if scheme == "http" {
        if let Some(proxy) = proxy {
            if !allow_http {
                return Err(UrlError::InsecureHttpProxied { origin, proxy });
            }
            warnings.push(Warning::worded(
                Code::HttpAllowed,
                Remedy::HttpAllowed {
                    origin: origin.clone(),
                    proxy: Some(proxy),
                },
            ));
        } else if is_loopback {
            warnings.push(Warning::new(
                Code::HttpLoopback,
                msg!(checks_url_http_loopback, origin = &origin),
            ));
        } else if allow_http {
            warnings.push(Warning::worded(
                Code::HttpAllowed,
                Remedy::HttpAllowed {
                    origin: origin.clone(),
                    proxy: None,
                },
            ));
        } else {
            return Err(UrlError::InsecureHttp { origin });
        }
    }
    Ok(NormalizedUrl {
        origin,
        url,
        account_id,
        warnings,
        is_loopback,
        scheme_assumed: !input.contains("://"),
    })
}

/// The Account ID a pasted dashboard URL carries (`https://host/app/accounts/7/…` gives 7),
/// by the rule the url check applies; the form fills its Account ID field with it. The http
/// policy is not applied here: the url check reports that on its own.
pub fn account_id_in_url(input: &str) -> Option<u64> {
    normalize_url(input, true).ok()?.account_id
}

/// The `7` of `/app/accounts/7/dashboard` (the regex `/app/accounts/(\d+)(?:/|$)`).
fn account_id_in_path(path: &str) -> Option<u64> {
    let rest = path.strip_prefix("/app/accounts/")?;
    let end = rest.find('/').unwrap_or(rest.len());
    let digits = &rest[..end];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&id| id > 0)
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(d) => {
            let d = d.trim_end_matches('.');
            d == "localhost" || d.ends_with(".localhost")
        }
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip_is_loopback(IpAddr::V6(*ip)),
    }
}

fn ip_is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6 == Ipv6Addr::LOCALHOST
                || v6
                    .to_ipv4_mapped()
                    .is_some_and(|v4| Ipv4Addr::is_loopback(&v4))
        }
    }
}

#[cfg(test)]
mod tests;
