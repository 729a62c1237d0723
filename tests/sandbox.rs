//! The sandbox over real HTTP on 127.0.0.1: every route for every kind of token (both
//! header spellings), every scenario, token rotation, and the request record.
#![cfg(feature = "sandbox")]

use std::time::Duration;

use chatwoot_link::sandbox::{
    OLD_VERSION, Sandbox, SandboxOptions, Scenario, TokenHeader, VERSION, demo,
};
use reqwest::{Client, Response, StatusCode, header};
use serde_json::Value;

const JSON_TYPE: &str = "application/json; charset=utf-8";
const DEVISE: &str = r#"{"errors":["You need to sign in or sign up before continuing."]}"#;
const INVALID: &str = r#"{"error":"Invalid Access Token"}"#;
const BOTS: &str = r#"{"error":"Access to this endpoint is not authorized for bots"}"#;
const NOT_FOUND: &str = r#"{"error":"Resource could not be found"}"#;

/// How a request carries the token.
#[derive(Clone, Copy, Debug)]
enum Via {
    None,
    Hyphen(&'static str),
    Underscore(&'static str),
}

async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxOptions::default())
        .await
        .expect("sandbox starts")
}

async fn sandbox_with(scenarios: Vec<Scenario>) -> Sandbox {
    Sandbox::start(SandboxOptions {
        scenarios,
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox starts")
}

fn client_with_timeout(t: Duration) -> Client {
    Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(t)
        .build()
        .expect("client")
}

fn client() -> Client {
    client_with_timeout(Duration::from_secs(10))
}

async fn get(sb: &Sandbox, path: &str, via: Via) -> Response {
    send(
        &client(),
        reqwest::Method::GET,
        &format!("{}{path}", sb.url()),
        via,
    )
    .await
}

async fn post(sb: &Sandbox, path: &str, via: Via) -> Response {
    send(
        &client(),
        reqwest::Method::POST,
        &format!("{}{path}", sb.url()),
        via,
    )
    .await
}

/// A GET without the JSON Accept header (as a browser sends it): status, type, body.
async fn browser_get(sb: &Sandbox, path: &str) -> (StatusCode, String, String) {
    let r = client()
        .get(format!("{}{path}", sb.url()))
        .send()
        .await
        .expect("answer");
    parts(r).await
}

async fn send(c: &Client, method: reqwest::Method, url: &str, via: Via) -> Response {
    let mut rb = c
        .request(method, url)
        .header(header::ACCEPT, "application/json");
    rb = match via {
        Via::None => rb,
        Via::Hyphen(t) => rb.header("Api-Access-Token", t),
        Via::Underscore(t) => rb.header("api_access_token", t),
    };
    rb.send().await.expect("request answered")
}

fn content_type(r: &Response) -> String {
    r.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Status, content type and the raw body text.
async fn parts(r: Response) -> (StatusCode, String, String) {
    let status = r.status();
    let ct = content_type(&r);
    (status, ct, r.text().await.expect("body"))
}

async fn json(r: Response) -> (StatusCode, Value) {
    let (status, ct, body) = parts(r).await;
    assert_eq!(ct, JSON_TYPE, "{body}");
    (status, serde_json::from_str(&body).expect("JSON body"))
}

/// The keys appear in the raw body in this order (Chatwoot's jbuilder order).
fn assert_key_order(body: &str, keys: &[&str]) {
    let mut last = 0;
    for k in keys {
        let needle = format!("\"{k}\":");
        let at = body[last..]
            .find(&needle)
            .unwrap_or_else(|| panic!("key {k} missing or out of order in {body}"));
        last += at + needle.len();
    }
}

fn both_spellings(token: &'static str) -> [Via; 2] {
    [Via::Hyphen(token), Via::Underscore(token)]
}

#[path = "sandbox/cli.rs"]
mod cli;
#[path = "sandbox/lifecycle.rs"]
mod lifecycle;
#[path = "sandbox/routes.rs"]
mod routes;
#[path = "sandbox/scenarios.rs"]
mod scenarios;
