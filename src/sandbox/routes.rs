//! Chatwoot's routes and their answers, as the Rails app gives them (the endpoints are listed
//! in docs/architecture.md).
//! Transport misbehaviours live in `serve.rs`; this file only knows what Chatwoot would say.

use axum::http::{Method, StatusCode};

use super::demo::{Account, AccountStatus, Membership};
use super::json::{Json, obj};
use super::pages;
use super::readiness;
use super::shapes::{self, Health, View};
use super::state::{Caller, Shared};

pub const JSON: &str = "application/json; charset=utf-8";
pub const HTML: &str = "text/html; charset=utf-8";

/// A complete answer, before any transport scenario alters it.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: StatusCode,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub location: Option<String>,
}

impl Reply {
    pub fn json(status: StatusCode, j: &Json) -> Self {
        Self::bytes(status, JSON, j.to_body())
    }

    pub fn html(status: StatusCode, body: impl Into<String>) -> Self {
        Self::bytes(status, HTML, body.into().into_bytes())
    }

    pub fn bytes(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Self {
        Self {
            status,
            content_type,
            body,
            location: None,
        }
    }

    /// `request_exception_handler.rb`: `{"error": "..."}`.
    pub(super) fn error(status: StatusCode, message: &str) -> Self {
        Self::json(status, &obj![("error", message)])
    }

    /// Rails' `PublicExceptions` for an unknown route.
    pub fn not_found(accept_json: bool) -> Self {
        if accept_json {
            Self::json(
                StatusCode::NOT_FOUND,
                &obj![("status", 404u64), ("error", "Not Found")],
            )
        } else {
            Self::html(StatusCode::NOT_FOUND, pages::NOT_FOUND)
        }
    }
}

/// The parts of a request the routes look at.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: Method,
    /// Without the query string.
    pub path: String,
    pub accept_json: bool,
    /// The token as the app sees it (after any simulated proxy), hyphen spelling first.
    pub token: Option<String>,
}

pub fn answer(shared: &Shared, req: &Req, view: &View) -> Reply {
    let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
    let get = req.method == Method::GET || req.method == Method::HEAD;
    let post = req.method == Method::POST;
    match segs.as_slice() {
        ["api"] if get => Reply::json(StatusCode::OK, &shapes::api_info(view)),
        // `/health` arrived in 4.11.0.
        ["health"] if get && !view.old_version => {
            Reply::json(StatusCode::OK, &obj![("status", "woot")])
        }
        ["api", "v1", "profile"] if get => with_user(shared, req, |id| profile(shared, id, view)),
        // `reset_access_token` arrived in 4.3.0.
        ["api", "v1", "profile", "reset_access_token"] if post && !view.old_version => {
            with_user(shared, req, |id| {
                shared.rotate(id);
                profile(shared, id, view)
            })
        }
        ["api", "v1", "accounts", id] if get => {
            with_user(shared, req, |user| account(shared, user, id, view))
        }
        ["api", "v1", "accounts", id, "inboxes"] if get => {
            with_user(shared, req, |user| inboxes(shared, user, id, view))
        }
        ["api", "v1", "accounts", id, "webhooks"] if get => with_user(shared, req, |user| {
            readiness::webhooks(shared, user, id, view)
        }),
        ["api", "v1", "accounts", id, "conversations", "meta"] if get => {
            with_user(shared, req, |user| readiness::meta(shared, user, id))
        }
        // A server older than the endpoint has no such route.
        ["api", "v1", "accounts", id, "inboxes", inbox, "health"]
            if get && view.health != Health::Missing =>
        {
            with_user(shared, req, |user| {
                readiness::health(shared, user, id, inbox, view)
            })
        }
        [] | ["app", ..] if get => {
            if req.accept_json {
                Reply::error(
                    StatusCode::NOT_ACCEPTABLE,
                    "Please use API routes instead of dashboard routes for JSON requests",
                )
            } else {
                Reply::html(
                    StatusCode::OK,
                    pages::dashboard(view.version(), &view.frontend_url),
                )
            }
        }
        _ => Reply::not_found(req.accept_json),
    }
}

/// `Api::BaseController`: token auth when the header is present, devise otherwise; then
/// `validate_bot_access_token!` on user-only endpoints.
pub(super) fn with_user(shared: &Shared, req: &Req, then: impl FnOnce(u64) -> Reply) -> Reply {
    let Some(token) = req.token.as_deref().filter(|t| !t.is_empty()) else {
        return Reply::json(
            StatusCode::UNAUTHORIZED,
            &obj![(
                "errors",
                vec![Json::from(
                    "You need to sign in or sign up before continuing."
                )]
            )],
        );
    };
    match shared.caller(token) {
        Caller::User(id) => then(id),
        Caller::Bot => Reply::error(
            StatusCode::UNAUTHORIZED,
            "Access to this endpoint is not authorized for bots",
        ),
        Caller::Unknown => Reply::error(StatusCode::UNAUTHORIZED, "Invalid Access Token"),
    }
}

fn profile(shared: &Shared, id: u64, view: &View) -> Reply {
    let (Some(user), Some(token)) = (shared.user(id), shared.token_of_user(id)) else {
        return Reply::error(StatusCode::UNAUTHORIZED, "Invalid Access Token");
    };
    let body = shapes::profile(user, &token, &shared.demo.accounts, view);
    Reply::json(StatusCode::OK, &body)
}

pub(super) fn membership(shared: &Shared, user: u64, account: u64) -> Option<&Membership> {
    shared
        .user(user)?
        .memberships
        .iter()
        .find(|m| m.account_id == account)
}

pub(super) fn record_not_found() -> Reply {
    Reply::error(StatusCode::NOT_FOUND, "Resource could not be found")
}

/// `AccountsController#show`: `current_user.accounts.find(id)`; no suspension check.
fn account(shared: &Shared, user: u64, id: &str, view: &View) -> Reply {
    let Ok(id) = id.parse::<u64>() else {
        return record_not_found();
    };
    let acc = shared.demo.accounts.iter().find(|a| a.id == id);
    match (acc, membership(shared, user, id)) {
        (Some(acc), Some(_)) => Reply::json(StatusCode::OK, &shapes::account(acc, view)),
        _ => record_not_found(),
    }
}

/// `EnsureCurrentAccountHelper`: exists, then active, then member.
pub(super) fn current_account<'a>(
    shared: &'a Shared,
    user: u64,
    id: &str,
) -> Result<(&'a Account, &'a Membership), Reply> {
    let Some(acc) = id
        .parse::<u64>()
        .ok()
        .and_then(|id| shared.demo.accounts.iter().find(|a| a.id == id))
    else {
        return Err(record_not_found());
    };
    if acc.status == AccountStatus::Suspended {
        return Err(Reply::error(
            StatusCode::UNAUTHORIZED,
            "Account is suspended",
        ));
    }
    let Some(m) = membership(shared, user, acc.id) else {
        return Err(Reply::error(
            StatusCode::UNAUTHORIZED,
            "You are not authorized to access this account",
        ));
    };
    Ok((acc, m))
}

/// The account, then the inbox scope.
fn inboxes(shared: &Shared, user: u64, id: &str, view: &View) -> Reply {
    match current_account(shared, user, id) {
        Ok((acc, m)) => Reply::json(StatusCode::OK, &shapes::inboxes(acc, m, view)),
        Err(reply) => reply,
    }
}
