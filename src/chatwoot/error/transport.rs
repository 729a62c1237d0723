//! The classification of a transport failure (no HTTP answer): DNS, refused, timeouts, each
//! TLS cause from rustls' own error, and failures of the proxy that carried the request.

use std::error::Error as _;
use std::io;

use rustls::{CertificateError, InvalidMessage};
use url::Url;

use super::{Detail, Error};
use crate::chatwoot::proxy::Proxy;
use crate::chatwoot::tls::{self, Rejected};

/// hyper-util's tunnel errors (their type is private): CONNECT answered 407, or anything
/// else but 200.
const TUNNEL_407: &str = "tunnel error: proxy authorization required";
const TUNNEL_REFUSED: &str = "tunnel error: unsuccessful";

impl Error {
    /// Classifies a transport failure by walking its `source()` chain. `proxy`: the proxy
    /// the request went through, which a refused or unresolvable connection then blames.
    pub(crate) fn from_transport(
        err: &reqwest::Error,
        origin: &Url,
        timeout_secs: u64,
        proxy: Option<&Proxy>,
    ) -> Self {
        let host = crate::chatwoot::authority(origin);
        if err.is_timeout() {
            return Self::Timeout {
                host,
                secs: timeout_secs,
            };
        }
        let unreachable = |host: String| match proxy {
            Some(p) => Self::ProxyUnreachable {
                proxy: p.to_string(),
                host,
            },
            None => Self::Refused { host },
        };
        let mut innermost_io: Option<&io::Error> = None;
        let mut source = err.source();
        while let Some(e) = source {
            let mut next = e.source();
            if let Some(tls) = e.downcast_ref::<rustls::Error>() {
                return from_tls(tls, origin, host);
            }
            if let Some(p) = proxy {
                let text = e.to_string();
                if text == TUNNEL_407 {
                    return Self::ProxyAuthRequired {
                        proxy: p.to_string(),
                        host,
                    };
                }
                if text == TUNNEL_REFUSED {
                    return Self::Network {
                        detail: Detail::Tunnel {
                            proxy: p.to_string(),
                        },
                        host,
                    };
                }
            }
            if let Some(io) = e.downcast_ref::<io::Error>() {
                match io.kind() {
                    io::ErrorKind::ConnectionRefused => return unreachable(host),
                    io::ErrorKind::TimedOut => {
                        return Self::Timeout {
                            host,
                            secs: timeout_secs,
                        };
                    }
                    _ => innermost_io = Some(io),
                }
                // `io::Error::source` skips the wrapped error itself; descend into it.
                if let Some(inner) = io.get_ref() {
                    next = Some(inner);
                }
            }
            source = next;
        }
        if err.is_dns() {
            // Through a proxy, only the proxy's own name is resolved here.
            if proxy.is_some() {
                return unreachable(host);
            }
            return Self::Dns {
                host: origin.host_str().unwrap_or_default().to_owned(),
            };
        }
        let detail = innermost_io.map_or_else(
            || {
                if err.is_connect() {
                    Detail::Connect
                } else if err.is_body() {
                    Detail::CutOff
                } else {
                    Detail::Incomplete
                }
            },
            |io| Detail::Io(crate::sanitize::sanitize(&io.to_string())),
        );
        let detail = match proxy {
            Some(p) if err.is_connect() => Detail::Through {
                detail: Box::new(detail),
                proxy: p.to_string(),
            },
            _ => detail,
        };
        Self::Network { host, detail }
    }
}

/// One error per cause a person can act on; the rest is `tls` with rustls' words.
fn from_tls(e: &rustls::Error, origin: &Url, host: String) -> Error {
    let (cause, changed, cert) = match e {
        rustls::Error::InvalidCertificate(CertificateError::Other(other)) => {
            match other.0.downcast_ref::<Rejected>() {
                Some(r) => (&r.cause, r.changed, r.presented.as_ref()),
                None => (e, false, None),
            }
        }
        _ => (e, false, None),
    };
    if changed {
        return Error::TlsCertificateChanged {
            host,
            presented: cert.map_or_else(|| "?".to_owned(), |c| c.info().sha256.clone()),
        };
    }
    if tls::is_untrusted(cause) {
        return Error::TlsUntrusted {
            host,
            cert: cert.cloned(),
        };
    }
    let name = origin.host_str().unwrap_or_default().to_owned();
    match cause {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                Error::TlsExpired {
                    host,
                    not_yet: false,
                    day: cert.map(|c| tls::day(c.info().not_after)),
                }
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                Error::TlsExpired {
                    host,
                    not_yet: true,
                    day: cert.map(|c| tls::day(c.info().not_before)),
                }
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                let names = match c {
                    CertificateError::NotValidForNameContext { presented, .. }
                        if !presented.is_empty() =>
                    {
                        crate::sanitize::sanitize(&presented.join(", "))
                    }
                    _ => {
                        cert.map_or_else(|| "other names".to_owned(), |c| c.info().subject.clone())
                    }
                };
                Error::TlsWrongName { host, name, names }
            }
            other => Error::Tls {
                host,
                detail: crate::sanitize::sanitize(&format!("certificate: {other:?}")),
            },
        },
        rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType) => {
            Error::TlsNotTls { host }
        }
        other => Error::Tls {
            host,
            detail: crate::sanitize::sanitize(&other.to_string()),
        },
    }
}
