//! The request pipeline: record the request, wait out the latency, then either misbehave
//! as the active scenarios say or let `routes` answer as Chatwoot would.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use futures::stream;
use tokio_util::sync::CancellationToken;

use super::json::obj;
use super::pages;
use super::record::{RequestRecord, TokenHeader};
use super::routes::{self, JSON, Reply, Req};
use super::scenario::Scenario;
use super::shapes::{Health, View};
use super::state::{Caller, Shared};

const HYPHEN: &str = "api-access-token";
const UNDERSCORE: &str = "api_access_token";

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).map(|v| v.to_str().unwrap_or_default())
}

pub async fn handle(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let arrived = Instant::now();
    let headers = req.headers();
    // A token that is not UTF-8 is still a token (one that matches nobody).
    let token_header = |name: &str| {
        headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
    };
    let hyphen = token_header(HYPHEN);
    let underscore = token_header(UNDERSCORE);
    let host = header_str(headers, header::HOST.as_str())
        .map(str::to_owned)
        .or_else(|| req.uri().authority().map(ToString::to_string))
        .unwrap_or_default();
    let accept_json = header_str(headers, header::ACCEPT.as_str())
        .is_some_and(|a| a.contains("application/json"));
    let path_and_query = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.uri().path().to_owned(), ToString::to_string);

    // Puma keeps the hyphenated spelling when both arrive.
    let sent = hyphen.as_deref().or(underscore.as_deref());
    let token_matched_user = match sent.map(|t| shared.caller(t)) {
        Some(Caller::User(id)) => Some(id),
        _ => None,
    };
    let index = shared.record(RequestRecord {
        method: req.method().to_string(),
        path: path_and_query.clone(),
        host: host.clone(),
        token_header: match (&hyphen, &underscore) {
            (Some(_), _) => Some(TokenHeader::Hyphen),
            (None, Some(_)) => Some(TokenHeader::Underscore),
            (None, None) => None,
        },
        token_matched_user,
        arrived,
        answered: None,
    });

    let scenarios = shared.scenarios();
    let has = |s: &Scenario| scenarios.contains(s);
    let health_route = req.uri().path().ends_with("/health") && req.uri().path() != "/health";
    if has(&Scenario::Hang) || (has(&Scenario::HealthHang) && health_route) {
        // Never answer; only shutdown ends the wait (and the connection).
        shared.cancel.cancelled().await;
        return status_only(StatusCode::SERVICE_UNAVAILABLE);
    }
    let latency = shared.latency();
    if !latency.is_zero() {
        tokio::select! {
            () = tokio::time::sleep(latency) => {}
            () = shared.cancel.cancelled() => return status_only(StatusCode::SERVICE_UNAVAILABLE),
        }
    }

    // What a proxy in front of Chatwoot lets through.
    let token = if has(&Scenario::DropTokenHeader) {
        None
    } else if has(&Scenario::DropUnderscoreHeaders) {
        hyphen
    } else {
        hyphen.or(underscore)
    };
    let app_req = Req {
        method: req.method().clone(),
        path: req.uri().path().to_owned(),
        accept_json,
        token,
    };
    let ctx = Ctx {
        shared: &shared,
        scenarios: &scenarios,
        host: &host,
        path_and_query: &path_and_query,
    };
    let response = respond(&ctx, &app_req);
    shared.answered(index, Instant::now());
    response
}

struct Ctx<'a> {
    shared: &'a Shared,
    scenarios: &'a [Scenario],
    host: &'a str,
    path_and_query: &'a str,
}

impl Ctx<'_> {
    fn has(&self, s: &Scenario) -> bool {
        self.scenarios.contains(s)
    }

    /// The `RedirectOtherHost` target if it applies to this request: requests that already
    /// arrived at the target host are served, so the default target lands on this sandbox.
    fn other_host_target(&self) -> Option<String> {
        let configured = self.scenarios.iter().find_map(|s| match s {
            Scenario::RedirectOtherHost(t) => Some(t.clone()),
            _ => None,
        })?;
        let target = configured.unwrap_or_else(|| format!("http://localhost:{}", self.shared.port));
        let authority = target
            .split_once("://")
            .map_or(target.as_str(), |(_, rest)| rest)
            .split('/')
            .next()
            .unwrap_or_default();
        (!authority.eq_ignore_ascii_case(self.host)).then_some(target)
    }
}

fn respond(ctx: &Ctx<'_>, req: &Req) -> Response {
    if let Some(reply) = transport_reply(ctx, req) {
        return into_response(reply);
    }
    let old_version = ctx.has(&Scenario::OldVersion);
    let health = if old_version || ctx.has(&Scenario::NoHealthEndpoint) {
        Health::Missing
    } else if ctx.has(&Scenario::MetaRefused) {
        Health::MetaRefused
    } else if ctx.has(&Scenario::NumberFlagged) {
        Health::Flagged
    } else if ctx.has(&Scenario::NumberYellow) {
        Health::Yellow
    } else {
        Health::Green
    };
    let frontend_url = if ctx.has(&Scenario::WrongFrontendUrl) {
        "http://0.0.0.0:3000".to_owned()
    } else {
        format!("http://127.0.0.1:{}", ctx.shared.port)
    };
    let view = View {
        old_version,
        control_chars: ctx.has(&Scenario::ControlChars),
        degraded: ctx.has(&Scenario::Degraded),
        frontend_url,
        disconnected: ctx.has(&Scenario::InboxDisconnected),
        health,
        webhooks_forbidden: ctx.has(&Scenario::WebhooksForbidden),
    };
    let mut reply = routes::answer(ctx.shared, req, &view);
    let cancel = ctx.shared.cancel.clone();
    if ctx.has(&Scenario::EndlessBody) {
        return endless(cancel);
    }
    if ctx.has(&Scenario::MalformedJson) {
        let keep = (reply.body.len() / 2).max(1);
        reply.body.truncate(keep);
        if reply.body.is_empty() {
            reply.body.push(b'{');
        }
        reply.status = StatusCode::OK;
        reply.content_type = JSON;
    }
    if ctx.has(&Scenario::Drip) {
        return drip(reply, cancel);
    }
    into_response(reply)
}

/// Scenarios that replace Chatwoot's answer entirely (a proxy or a throttle in front).
fn transport_reply(ctx: &Ctx<'_>, req: &Req) -> Option<Reply> {
    let redirect = |location: String| {
        let mut r = Reply::html(StatusCode::MOVED_PERMANENTLY, pages::moved(&location));
        r.location = Some(location);
        r
    };
    if ctx.has(&Scenario::RedirectHttps) {
        return Some(redirect(format!(
            "https://{}{}",
            ctx.host, ctx.path_and_query
        )));
    }
    if let Some(target) = ctx.other_host_target() {
        return Some(redirect(format!("{target}{}", ctx.path_and_query)));
    }
    if ctx.has(&Scenario::RateLimited) {
        return Some(Reply::bytes(
            StatusCode::TOO_MANY_REQUESTS,
            "text/plain",
            b"Retry later\n".to_vec(),
        ));
    }
    if ctx.has(&Scenario::ServerError) {
        let status = StatusCode::INTERNAL_SERVER_ERROR;
        return Some(if req.accept_json {
            Reply::json(
                status,
                &obj![("status", 500u64), ("error", "Internal Server Error")],
            )
        } else {
            Reply::html(status, pages::SERVER_ERROR)
        });
    }
    if ctx.has(&Scenario::Html) {
        return Some(Reply::html(StatusCode::OK, pages::OTHER_LOGIN));
    }
    None
}

fn builder(status: StatusCode, content_type: &str) -> axum::http::response::Builder {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
}

fn status_only(status: StatusCode) -> Response {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = status;
    r
}

fn into_response(reply: Reply) -> Response {
    let mut b = builder(reply.status, reply.content_type);
    if let Some(location) = &reply.location {
        b = b.header(header::LOCATION, location);
    }
    b.body(Body::from(reply.body))
        .unwrap_or_else(|_| status_only(StatusCode::INTERNAL_SERVER_ERROR))
}

/// The head at once, then one byte per second; ends early on shutdown.
fn drip(reply: Reply, cancel: CancellationToken) -> Response {
    let bytes = reply.body;
    let s = stream::unfold((0usize, bytes, cancel), |(i, bytes, cancel)| async move {
        let byte = *bytes.get(i)?;
        if i > 0 {
            tokio::select! {
                () = tokio::time::sleep(Duration::from_secs(1)) => {}
                () = cancel.cancelled() => return None,
            }
        }
        Some((
            Ok::<_, std::convert::Infallible>(Bytes::from(vec![byte])),
            (i + 1, bytes, cancel),
        ))
    });
    builder(reply.status, reply.content_type)
        .body(Body::from_stream(s))
        .unwrap_or_else(|_| status_only(StatusCode::INTERNAL_SERVER_ERROR))
}

/// A JSON head, then an array that never closes, as fast as the client reads.
fn endless(cancel: CancellationToken) -> Response {
    let chunk = Bytes::from(r#"{"id":1,"name":"again"},"#.repeat(2048));
    let head = stream::once(async { Ok(Bytes::from_static(br#"{"payload":["#)) });
    let rest = stream::unfold((chunk, cancel), |(chunk, cancel)| async move {
        if cancel.is_cancelled() {
            return None;
        }
        tokio::task::yield_now().await;
        Some((
            Ok::<_, std::convert::Infallible>(chunk.clone()),
            (chunk, cancel),
        ))
    });
    builder(StatusCode::OK, JSON)
        .body(Body::from_stream(futures::StreamExt::chain(head, rest)))
        .unwrap_or_else(|_| status_only(StatusCode::INTERNAL_SERVER_ERROR))
}
