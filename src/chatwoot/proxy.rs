//! Proxies from the environment, read the way curl reads them: `https_proxy` for https
//! URLs, `http_proxy` for http, `all_proxy` for both, each also in upper case (lower case
//! wins), and `no_proxy`/`NO_PROXY` for the hosts that bypass them (`*`, host names with
//! their subdomains, IP addresses, CIDR ranges, an optional `:port`). A value that is not a
//! usable proxy URL is an error naming the variable, never silently ignored.

use std::net::IpAddr;

use url::{Host, Url};

use crate::i18n::{Msg, msg};

/// One proxy and the variable it came from. `Debug` and `Display` never show its password.
#[derive(Clone, PartialEq, Eq)]
pub struct Proxy {
    /// The URL as configured (credentials included: reqwest sends them to the proxy).
    url: Url,
    variable: &'static str,
}

impl Proxy {
    /// `http://proxy.example:3128`: without user name or password.
    pub fn shown(&self) -> String {
        let mut u = self.url.clone();
        let _ = u.set_username("");
        let _ = u.set_password(None);
        u.origin().ascii_serialization()
    }

    /// The environment variable it was read from (`HTTPS_PROXY`, `all_proxy`, …).
    pub fn variable(&self) -> &'static str {
        self.variable
    }

    pub(crate) fn url(&self) -> &Url {
        &self.url
    }
}

impl std::fmt::Debug for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Proxy({} from {})", self.shown(), self.variable)
    }
}

impl std::fmt::Display for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.shown(), self.variable)
    }
}

/// A proxy variable that cannot be used. The value is never repeated (it may hold a
/// password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyError {
    pub variable: &'static str,
    pub reason: ProxyProblem,
}

/// Why a proxy variable is not usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyProblem {
    NotUrl,
    Socks,
    Scheme,
    NoHost,
    Path,
}

impl ProxyError {
    pub fn msg(&self) -> Msg {
        let reason = match self.reason {
            ProxyProblem::NotUrl => msg!(network_proxy_not_url),
            ProxyProblem::Socks => msg!(network_proxy_socks),
            ProxyProblem::Scheme => msg!(network_proxy_scheme),
            ProxyProblem::NoHost => msg!(network_proxy_no_host),
            ProxyProblem::Path => msg!(network_proxy_path),
        };
        msg!(
            network_proxy_invalid,
            variable = self.variable,
            reason = reason
        )
    }
}

/// In the current language.
impl std::fmt::Display for ProxyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for ProxyError {}

/// The proxy settings in force: which proxy (if any) carries a request to a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProxyEnv {
    https: Option<Proxy>,
    http: Option<Proxy>,
    all: Option<Proxy>,
    bypass: Vec<Bypass>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Bypass {
    Everything,
    /// A host name and its subdomains.
    Domain(String, Option<u16>),
    Ip(IpAddr, Option<u16>),
    Cidr(IpAddr, u8),
}

impl ProxyEnv {
    /// No proxy at all.
    pub fn none() -> Self {
        Self::default()
    }

    /// The process environment.
    pub fn from_env() -> Result<Self, ProxyError> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// The variables as `get` returns them (tests pass a map).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<Self, ProxyError> {
        let read = |names: &[&'static str]| -> Result<Option<Proxy>, ProxyError> {
            for &name in names {
                if let Some(value) = get(name).filter(|v| !v.trim().is_empty()) {
                    return parse_proxy(name, value.trim()).map(Some);
                }
            }
            Ok(None)
        };
        // Under CGI, HTTP_PROXY is the client's `Proxy:` header (httpoxy): never use it.
        let http_names: &[&'static str] = if get("REQUEST_METHOD").is_some() {
            &["http_proxy"]
        } else {
            &["http_proxy", "HTTP_PROXY"]
        };
        let no_proxy = get("no_proxy")
            .or_else(|| get("NO_PROXY"))
            .unwrap_or_default();
        Ok(Self {
            https: read(&["https_proxy", "HTTPS_PROXY"])?,
            http: read(http_names)?,
            all: read(&["all_proxy", "ALL_PROXY"])?,
            bypass: no_proxy
                .split([',', ' '])
                .filter_map(|e| parse_bypass(e.trim()))
                .collect(),
        })
    }

    /// The proxy that carries a request to `url`, if any.
    pub fn for_url(&self, url: &Url) -> Option<&Proxy> {
        let proxy = match url.scheme() {
            "https" => self.https.as_ref().or(self.all.as_ref()),
            "http" => self.http.as_ref().or(self.all.as_ref()),
            _ => None,
        }?;
        let host = url.host()?;
        let port = url.port_or_known_default();
        if self.bypass.iter().any(|b| b.matches(&host, port)) {
            return None;
        }
        Some(proxy)
    }
}

fn parse_proxy(variable: &'static str, value: &str) -> Result<Proxy, ProxyError> {
    let fail = |reason: ProxyProblem| ProxyError { variable, reason };
    // curl's rule: no scheme means http.
    let with_scheme = if value.contains("://") {
        value.to_owned()
    } else {
        format!("http://{value}")
    };
    let url = Url::parse(&with_scheme).map_err(|_| fail(ProxyProblem::NotUrl))?;
    match url.scheme() {
        "http" | "https" => {}
        s if s.starts_with("socks") => {
            return Err(fail(ProxyProblem::Socks));
        }
        _ => return Err(fail(ProxyProblem::Scheme)),
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(fail(ProxyProblem::NoHost));
    }
    if !matches!(url.path(), "" | "/") || url.query().is_some() {
        return Err(fail(ProxyProblem::Path));
    }
    Ok(Proxy { url, variable })
}

fn parse_bypass(entry: &str) -> Option<Bypass> {
    if entry.is_empty() {
        return None;
    }
    if entry == "*" {
        return Some(Bypass::Everything);
    }
    if let Some((ip, bits)) = entry.split_once('/') {
        let ip: IpAddr = ip.trim_matches(['[', ']']).parse().ok()?;
        return Some(Bypass::Cidr(ip, bits.parse().ok()?));
    }
    let unbracketed = entry.trim_start_matches('[');
    if let Ok(ip) = entry.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Some(Bypass::Ip(ip, None));
    }
    // `host:port` or `[v6]:port`.
    let (host, port) = match unbracketed.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) && !h.contains(':') => {
            (h.trim_end_matches(']'), p.parse().ok())
        }
        Some((h, p)) if entry.starts_with('[') => (h.trim_end_matches(']'), p.parse().ok()),
        _ => (entry, None),
    };
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Some(Bypass::Ip(ip, port));
    }
    let domain = host
        .trim_start_matches('*')
        .trim_start_matches('.')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    (!domain.is_empty()).then_some(Bypass::Domain(domain, port))
}

impl Bypass {
    fn matches(&self, host: &Host<&str>, port: Option<u16>) -> bool {
        let port_ok = |p: &Option<u16>| p.is_none() || *p == port;
        match (self, host) {
            (Self::Everything, _) => true,
            (Self::Domain(d, p), Host::Domain(h)) => {
                let h = h.trim_end_matches('.').to_ascii_lowercase();
                port_ok(p) && (h == *d || h.ends_with(&format!(".{d}")))
            }
            (Self::Ip(ip, p), _) => port_ok(p) && host_ip(host) == Some(*ip),
            (Self::Cidr(net, bits), _) => host_ip(host).is_some_and(|ip| in_cidr(ip, *net, *bits)),
            (Self::Domain(..), _) => false,
        }
    }
}

fn host_ip(host: &Host<&str>) -> Option<IpAddr> {
    match host {
        Host::Ipv4(v4) => Some(IpAddr::V4(*v4)),
        Host::Ipv6(v6) => Some(IpAddr::V6(*v6)),
        Host::Domain(_) => None,
    }
}

fn in_cidr(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
