//! A Chatwoot API client that speaks exactly what the checks need (docs/architecture.md
//! lists the endpoints and what they answer): no automatic
//! redirects, `Accept: application/json`, the token in a sensitive `Api-Access-Token`
//! header, connect and total timeouts, and a cap on the response size enforced while the
//! body streams in. No response body is ever logged, kept or put into an error.

mod body;
mod error;
pub mod proxy;
mod readiness;
mod send;
pub mod tls;
mod types;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use reqwest::Method;
use url::Url;

pub use error::{Detail, Error, Remedy, Scope};
pub use proxy::{Proxy, ProxyEnv, ProxyError, ProxyProblem};
pub use readiness::{ConversationsMeta, Webhooks};
pub use tls::{CertError, CertInfo, Certificate};
pub use types::{Account, Inbox, NumberHealth, Profile, ProfileAccount, ServerInfo};

use crate::secret::Token;
use send::build;
use types::{InboxList, ResetResponse};

/// Rack reads it like `api_access_token`, and the hyphen form survives proxies that drop
/// headers with underscores (nginx by default, Caddy since 2.11.4).
const TOKEN_HEADER: &str = "Api-Access-Token";

/// Timeouts and limits of the HTTP client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientOptions {
    /// Time to establish TCP (and TLS) with the server.
    pub connect_timeout: Duration,
    /// Total time for one request, from connecting until the last body byte.
    pub timeout: Duration,
    /// Largest response body accepted, in bytes.
    pub max_body: u64,
    /// Use the proxies of the environment (`HTTPS_PROXY`, …). Tests turn this off.
    pub system_proxy: bool,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(15),
            max_body: 4 * 1024 * 1024,
            system_proxy: true,
        }
    }
}

impl ClientOptions {
    /// The defaults with a total timeout of `secs` (the `--timeout` flag); the connect
    /// timeout never exceeds it.
    pub fn with_timeout_secs(secs: f64) -> Self {
        let timeout = Duration::try_from_secs_f64(secs)
            .ok()
            .filter(|d| !d.is_zero())
            .unwrap_or(Duration::from_secs(15));
        let d = Self::default();
        Self {
            connect_timeout: d.connect_timeout.min(timeout),
            timeout,
            ..d
        }
    }
}

/// The HTTP client could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildError {
    /// The TLS configuration or the system's certificate store failed to load.
    Client(crate::i18n::Msg),
    /// A proxy variable is malformed (a usage error: nothing was sent).
    Proxy(ProxyError),
}

impl From<ProxyError> for BuildError {
    fn from(e: ProxyError) -> Self {
        Self::Proxy(e)
    }
}

impl BuildError {
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            Self::Client(detail) => crate::i18n::msg!(network_client, detail = detail),
            Self::Proxy(e) => e.msg(),
        }
    }
}

/// In the current language.
impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for BuildError {}

/// A Chatwoot API client. Cheap to clone (the connection pool and the trusted
/// certificates are shared).
#[derive(Clone, Debug)]
pub struct Client {
    /// Trusts the system store.
    http: reqwest::Client,
    options: ClientOptions,
    proxies: Arc<ProxyEnv>,
    /// Origins whose profile trusts one certificate, with a client trusting only it.
    pinned: Arc<Mutex<HashMap<String, (Certificate, reqwest::Client)>>>,
}

impl Client {
    /// A client with the environment's proxies (when `options.system_proxy`).
    pub fn new(options: ClientOptions) -> Result<Self, BuildError> {
        let proxies = if options.system_proxy {
            ProxyEnv::from_env()?
        } else {
            ProxyEnv::none()
        };
        Self::with_proxies(options, proxies)
    }

    /// A client with these proxies, whatever the environment says.
    pub fn with_proxies(options: ClientOptions, proxies: ProxyEnv) -> Result<Self, BuildError> {
        let proxies = Arc::new(proxies);
        let http = build(&options, &proxies, None)?;
        Ok(Self {
            http,
            options,
            proxies,
            pinned: Arc::default(),
        })
    }

    pub fn options(&self) -> &ClientOptions {
        &self.options
    }

    /// The proxy that carries requests to `url`, if any.
    pub fn proxy_for(&self, url: &Url) -> Option<&Proxy> {
        self.proxies.for_url(url)
    }

    pub fn proxies(&self) -> &ProxyEnv {
        &self.proxies
    }

    /// Trust only `cert` for `origin` from now on (`None`: the system store again). Returns
    /// whether that changed anything (answers already fetched are then stale).
    pub fn trust(&self, origin: &Url, cert: Option<&Certificate>) -> Result<bool, BuildError> {
        let key = origin.origin().ascii_serialization();
        let mut pinned = self.pinned.lock().unwrap_or_else(PoisonError::into_inner);
        match cert {
            Some(c) if pinned.get(&key).is_some_and(|(old, _)| old == c) => Ok(false),
            Some(c) => {
                let http = build(&self.options, &self.proxies, Some(c))?;
                tracing::info!(origin = %key, sha256 = %c.info().sha256, "trusting one certificate");
                pinned.insert(key, (c.clone(), http));
                Ok(true)
            }
            None => Ok(pinned.remove(&key).is_some()),
        }
    }

    /// The certificate trusted for `origin`, if one is pinned.
    pub fn trusted(&self, origin: &Url) -> Option<Certificate> {
        let key = origin.origin().ascii_serialization();
        let pinned = self.pinned.lock().unwrap_or_else(PoisonError::into_inner);
        pinned.get(&key).map(|(c, _)| c.clone())
    }

    /// The reqwest client for `origin`, and what it trusts (for the log).
    fn http_for(&self, origin: &Url) -> (reqwest::Client, String) {
        let key = origin.origin().ascii_serialization();
        let pinned = self.pinned.lock().unwrap_or_else(PoisonError::into_inner);
        match pinned.get(&key) {
            Some((c, http)) => (http.clone(), format!("pinned SHA-256 {}", c.info().sha256)),
            None => (self.http.clone(), "system store".to_owned()),
        }
    }

    /// `GET /api`: the version and health of a Chatwoot root. No token is sent.
    pub async fn server_info(&self, origin: &Url) -> Result<ServerInfo, Error> {
        let body = self
            .request(Method::GET, origin, "/api", None, Scope::Root)
            .await?;
        // JSON cut short is a broken answer; anything else without a `version` (an HTML
        // page, another API's JSON) means this URL is not a Chatwoot root.
        let parsed = if body.is_json
            && serde_json::from_slice::<serde::de::IgnoredAny>(&body.bytes).is_err()
        {
            Err(Error::MalformedResponse)
        } else {
            body.json::<ServerInfo>().map_err(|_| Error::NotChatwoot)
        };
        body.wipe();
        parsed
    }

    /// `GET /api/v1/profile`: the token's user and every membership.
    pub async fn profile(&self, origin: &Url, token: &Token) -> Result<Profile, Error> {
        self.get_json(origin, "/api/v1/profile", token, Scope::User)
            .await
    }

    /// `GET /api/v1/accounts/{id}`.
    pub async fn account(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
    ) -> Result<Account, Error> {
        let path = format!("/api/v1/accounts/{account_id}");
        self.get_json(origin, &path, token, Scope::Account).await
    }

    /// `GET /api/v1/accounts/{id}/inboxes`: the inboxes the user can see (agents see only
    /// their own).
    pub async fn inboxes(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
    ) -> Result<Vec<Inbox>, Error> {
        let path = format!("/api/v1/accounts/{account_id}/inboxes");
        let list: InboxList = self.get_json(origin, &path, token, Scope::Account).await?;
        Ok(list.payload)
    }

    /// `POST /api/v1/profile/reset_access_token` (Chatwoot >= 4.3.0): the old token stops
    /// working at once; the new one is returned as a [`Token`]. Older servers answer 404,
    /// classified as [`Error::NotChatwoot`]; check [`ServerInfo::supports_token_rotation`] first.
    pub async fn reset_access_token(
        &self,
        origin: &Url,
        token: &Token,
    ) -> Result<(Profile, Token), Error> {
        let body = self
            .request(
                Method::POST,
                origin,
                "/api/v1/profile/reset_access_token",
                Some(token),
                Scope::User,
            )
            .await?;
        let parsed = body
            .json::<ResetResponse>()
            .map(|r| (r.profile, r.access_token.0));
        body.wipe();
        parsed
    }
}

/// `host[:port]` of an origin, as messages name it: with several services on one host, the
/// port is what tells them apart.
pub(crate) fn authority(origin: &Url) -> String {
    let host = origin.host_str().unwrap_or_default();
    match origin.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeout_flag_sets_the_total_and_caps_the_connect_timeout() {
        let o = ClientOptions::with_timeout_secs(2.5);
        assert_eq!(o.timeout, Duration::from_millis(2500));
        assert_eq!(o.connect_timeout, Duration::from_millis(2500));
        let o = ClientOptions::with_timeout_secs(30.0);
        assert_eq!(o.connect_timeout, Duration::from_secs(5));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                ClientOptions::with_timeout_secs(bad).timeout,
                Duration::from_secs(15)
            );
        }
    }
}
