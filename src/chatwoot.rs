//! A Chatwoot API client that speaks exactly what the checks need (docs/architecture.md
//! lists the endpoints and what they answer): no automatic
//! redirects, `Accept: application/json`, the token in a sensitive `Api-Access-Token`
//! header, connect and total timeouts, and a cap on the response size enforced while the
//! body streams in. No response body is ever logged, kept or put into an error.

mod error;
pub mod proxy;
mod readiness;
pub mod tls;
mod types;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, LOCATION};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

pub use error::{Error, Scope};
pub use proxy::{Proxy, ProxyEnv, ProxyError};
pub use readiness::{ConversationsMeta, Webhooks};
pub use tls::{CertError, CertInfo, Certificate};
pub use types::{Account, Inbox, NumberHealth, Profile, ProfileAccount, ServerInfo};

use crate::secret::Token;
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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    /// The TLS configuration or the system's certificate store failed to load.
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
    /// A proxy variable is malformed (a usage error: nothing was sent).
    #[error(transparent)]
    Proxy(#[from] ProxyError),
}

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

    async fn get_json<T: DeserializeOwned>(
        &self,
        origin: &Url,
        path: &str,
        token: &Token,
        scope: Scope,
    ) -> Result<T, Error> {
        let body = self
            .request(Method::GET, origin, path, Some(token), scope)
            .await?;
        let parsed = body.json();
        body.wipe();
        parsed
    }

    /// Sends one request and returns a 2xx JSON-or-not body, or the classified failure.
    async fn request(
        &self,
        method: Method,
        origin: &Url,
        path: &str,
        token: Option<&Token>,
        scope: Scope,
    ) -> Result<Body, Error> {
        let url = origin.join(path).map_err(|_| Error::NotChatwoot)?;
        let host = authority(origin);
        // Whole seconds for the message, rounded up so `--timeout 2.5` is not reported as 2.
        let secs = u64::try_from(self.options.timeout.as_millis().div_ceil(1000))
            .unwrap_or(u64::MAX)
            .max(1);
        // reqwest's own timeout covers the body too; this outer one is the guarantee that a
        // dripping server cannot hold a check open past the limit.
        let work = self.send(method, &url, token, scope, origin, secs);
        match tokio::time::timeout(self.options.timeout, work).await {
            Ok(result) => result,
            Err(_) => Err(Error::Timeout { host, secs }),
        }
    }

    async fn send(
        &self,
        method: Method,
        url: &Url,
        token: Option<&Token>,
        scope: Scope,
        origin: &Url,
        secs: u64,
    ) -> Result<Body, Error> {
        let (http, trust) = self.http_for(origin);
        let proxy = self.proxies.for_url(url);
        let via = proxy.map_or_else(|| "direct".to_owned(), Proxy::shown);
        let started = Instant::now();
        let mut req = http.request(method.clone(), url.clone());
        if let Some(token) = token {
            let mut value =
                HeaderValue::from_str(token.expose()).map_err(|_| Error::TokenInvalid)?;
            value.set_sensitive(true);
            req = req.header(TOKEN_HEADER, value);
        }
        let mut resp = match req.send().await {
            Ok(resp) => resp,
            Err(e) => {
                let err = Error::from_transport(&e, origin, secs, proxy);
                tracing::warn!(%method, path = url.path(), ms = elapsed_ms(started), %via, %trust, "request failed: {err}");
                return Err(err);
            }
        };
        let status = resp.status();
        tracing::info!(%method, path = url.path(), status = status.as_u16(), ms = elapsed_ms(started), %via, %trust, "answered");
        if status == StatusCode::PROXY_AUTHENTICATION_REQUIRED
            && let Some(p) = proxy
        {
            return Err(Error::ProxyAuthRequired {
                proxy: p.to_string(),
                host: authority(origin),
            });
        }
        if status.is_redirection() {
            let location = resp
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            return Err(error::classify_redirect(url, location.as_deref()));
        }
        let is_json = resp
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.to_ascii_lowercase().contains("json"));
        let limit = self.options.max_body;
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err(Error::ResponseTooLarge { limit });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| Error::from_transport(&e, origin, secs, proxy))?
        {
            if bytes.len() as u64 + chunk.len() as u64 > limit {
                Body { bytes, is_json }.wipe();
                return Err(Error::ResponseTooLarge { limit });
            }
            append_wiping(&mut bytes, &chunk);
        }
        let body = Body { bytes, is_json };
        if status.is_success() {
            if status == StatusCode::NO_CONTENT || (!is_json && scope != Scope::Root) {
                body.wipe();
                return Err(Error::MalformedResponse);
            }
            return Ok(body);
        }
        let err = error::classify_status(status.as_u16(), is_json, &body.bytes, scope);
        body.wipe();
        Err(err)
    }
}

/// One reqwest client: no redirects, JSON, our timeouts, our proxies (never reqwest's own
/// reading of the environment) and our certificate verifier.
fn build(
    options: &ClientOptions,
    proxies: &Arc<ProxyEnv>,
    pinned: Option<&Certificate>,
) -> Result<reqwest::Client, BuildError> {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    let tls = tls::client_config(pinned).map_err(BuildError::Client)?;
    let mut builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(options.connect_timeout)
        .timeout(options.timeout)
        .default_headers(headers)
        .user_agent(concat!("chatwoot-link/", env!("CARGO_PKG_VERSION")))
        .no_proxy()
        .tls_backend_preconfigured(tls);
    if *proxies.as_ref() != ProxyEnv::none() {
        let proxies = Arc::clone(proxies);
        builder = builder.proxy(reqwest::Proxy::custom(move |url| {
            proxies.for_url(url).map(|p| p.url().clone())
        }));
    }
    builder
        .build()
        .map_err(|e| BuildError::Client(crate::sanitize::sanitize(&e.to_string())))
}

fn elapsed_ms(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
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

/// Appends like `extend_from_slice`, but when the buffer must grow the old allocation is
/// zeroed first: a plain reallocation would leave a copy of the token (in the profile body)
/// in freed memory.
fn append_wiping(bytes: &mut Vec<u8>, chunk: &[u8]) {
    let needed = bytes.len() + chunk.len();
    if needed > bytes.capacity() {
        let mut grown = Vec::with_capacity(needed.next_power_of_two());
        grown.extend_from_slice(bytes);
        bytes.fill(0);
        std::hint::black_box(&bytes);
        *bytes = grown;
    }
    bytes.extend_from_slice(chunk);
}

/// A response body held only until it is parsed, then overwritten (the profile body
/// contains the token).
struct Body {
    bytes: Vec<u8>,
    is_json: bool,
}

impl Body {
    fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.bytes).map_err(|_| Error::MalformedResponse)
    }

    fn wipe(mut self) {
        self.bytes.fill(0);
        std::hint::black_box(&self.bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growing_body_keeps_every_byte() {
        let mut bytes = Vec::new();
        let mut expected = Vec::new();
        for i in 0..50u8 {
            let chunk = vec![i; usize::from(i) * 7 + 1];
            append_wiping(&mut bytes, &chunk);
            expected.extend_from_slice(&chunk);
        }
        assert_eq!(bytes, expected);
    }

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
