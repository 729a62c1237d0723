//! Failures of one request while the others succeed, which the sandbox's server-wide
//! scenarios cannot produce: a tiny axum server answers each route as the test says.

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chatwoot_link::checks::{CheckId, Code, Status};
use chatwoot_link::sandbox::demo::ADMIN_TOKEN;

use crate::common::{cache, expect, inputs, run};

const PROFILE: &str = r#"{"access_token":"DemoAdminToken1111111111","id":7,"name":"Dana","email":"demo@example.com",
  "accounts":[{"id":1,"name":"Acme","status":"active","role":"administrator"}]}"#;

fn json(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response()
}

/// Serves `/api` as a healthy Chatwoot 4.15.1, the profile and the inboxes as given.
async fn serve(profile: fn() -> Response, inboxes: fn() -> Response) -> String {
    let app = Router::new()
        .route(
            "/api",
            get(|| async {
                json(
                    StatusCode::OK,
                    r#"{"version":"4.15.1","timestamp":"2026-06-20 09:15:02","queue_services":"ok","data_services":"ok"}"#,
                )
            }),
        )
        .route(
            "/api/v1/profile",
            get(move |h: HeaderMap| async move {
                // The token must arrive in the hyphen header.
                assert_eq!(
                    h.get("api-access-token").and_then(|v| v.to_str().ok()),
                    Some(ADMIN_TOKEN)
                );
                profile()
            }),
        )
        .route("/api/v1/accounts/1/inboxes", get(move || async move { inboxes() }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn ok_profile() -> Response {
    json(StatusCode::OK, PROFILE)
}

fn ok_inboxes() -> Response {
    json(StatusCode::OK, r#"{"payload":[]}"#)
}

#[tokio::test]
async fn the_token_check_gets_its_own_requests_failure() {
    let cases: [(fn() -> Response, Code); 6] = [
        (
            || {
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::CONTENT_TYPE, "text/plain")],
                    "Retry later\n",
                )
                    .into_response()
            },
            Code::RateLimited,
        ),
        (|| json(StatusCode::BAD_GATEWAY, "{}"), Code::ServerError),
        (
            || json(StatusCode::OK, r#"{"id":7,"#),
            Code::MalformedResponse,
        ),
        (
            || {
                json(
                    StatusCode::NOT_ACCEPTABLE,
                    r#"{"error":"Please use API routes instead of dashboard routes for JSON requests"}"#,
                )
            },
            Code::DashboardUrl,
        ),
        (
            || (StatusCode::FOUND, [(header::LOCATION, "/app/login")], "").into_response(),
            Code::Redirect,
        ),
        (
            || json(StatusCode::IM_A_TEAPOT, "{}"),
            Code::UnexpectedStatus,
        ),
    ];
    for (profile, code) in cases {
        let url = serve(profile, ok_inboxes).await;
        let (_, r) = run(
            inputs(&url, Some("demo@example.com"), Some(ADMIN_TOKEN), Some("1")),
            &cache(),
        )
        .await;
        expect(&r, CheckId::Url, Status::Ok, Code::Ok);
        expect(&r, CheckId::Token, Status::Fail, code);
        for id in [CheckId::Email, CheckId::Account, CheckId::Inboxes] {
            expect(&r, id, Status::Skipped, Code::NeedsToken);
        }
    }
}

#[tokio::test]
async fn the_inboxes_check_gets_its_own_requests_failure() {
    let cases: [(fn() -> Response, Code); 4] = [
        (
            || json(StatusCode::INTERNAL_SERVER_ERROR, "{}"),
            Code::ServerError,
        ),
        (
            || {
                json(
                    StatusCode::UNAUTHORIZED,
                    r#"{"error":"Account is suspended"}"#,
                )
            },
            Code::Suspended,
        ),
        (
            || {
                json(
                    StatusCode::UNAUTHORIZED,
                    r#"{"error":"You are not authorized to access this account"}"#,
                )
            },
            Code::NotMember,
        ),
        (|| json(StatusCode::OK, "[1,2"), Code::MalformedResponse),
    ];
    for (inboxes, code) in cases {
        let url = serve(ok_profile, inboxes).await;
        let (_, r) = run(
            inputs(&url, Some("demo@example.com"), Some(ADMIN_TOKEN), Some("1")),
            &cache(),
        )
        .await;
        expect(&r, CheckId::Account, Status::Ok, Code::Ok);
        expect(&r, CheckId::Inboxes, Status::Fail, code);
        assert!(!r.ok);
    }
}

#[tokio::test]
async fn an_oversized_answer_is_refused_by_its_length() {
    let url = serve(
        || {
            json(
                StatusCode::OK,
                Box::leak("x".repeat(300 * 1024).into_boxed_str()),
            )
        },
        ok_inboxes,
    )
    .await;
    let (_, r) = run(inputs(&url, None, Some(ADMIN_TOKEN), None), &cache()).await;
    expect(&r, CheckId::Token, Status::Fail, Code::ResponseTooLarge);
}
