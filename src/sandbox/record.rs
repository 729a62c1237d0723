//! What the sandbox remembers about each request, for tests: never the token itself.

use std::time::Instant;

/// Which spelling of the token header a request carried on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenHeader {
    /// `Api-Access-Token` / `api-access-token`; also recorded when both spellings arrived.
    Hyphen,
    /// `api_access_token` alone.
    Underscore,
}

/// One request as it reached the sandbox (before any simulated proxy dropped headers).
#[derive(Debug, Clone)]
pub struct RequestRecord {
    pub method: String,
    /// Path and query, e.g. `/api/v1/profile`.
    pub path: String,
    /// The `Host` header as sent, e.g. `127.0.0.1:3000` or `localhost:3000`.
    pub host: String,
    pub token_header: Option<TokenHeader>,
    /// The id of the user whose current token was sent (bot, platform and unknown tokens: `None`).
    pub token_matched_user: Option<u64>,
    pub arrived: Instant,
    /// When the response head left, after any latency; `None` while (or if never) answered.
    pub answered: Option<Instant>,
}
