//! Sending one request: the reqwest client a `Client` is built on, the outer time limit, the
//! proxy and trust in force (logged), redirects and proxy logins told apart, and the body
//! read under the size cap.

use std::sync::Arc;
use std::time::Instant;

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, LOCATION};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

use super::body::{Body, append_wiping};
use super::{BuildError, Client, ClientOptions, Error, Proxy, ProxyEnv, Scope, TOKEN_HEADER};
use super::{Certificate, authority, error, tls};
use crate::secret::Token;

impl Client {
    pub(super) async fn get_json<T: DeserializeOwned>(
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
    pub(super) async fn request(
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
pub(super) fn build(
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
    builder.build().map_err(|e| {
        BuildError::Client(crate::i18n::Msg::verbatim(crate::sanitize::sanitize(
            &e.to_string(),
        )))
    })
}

fn elapsed_ms(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}
