//! Token rotation, dashboard and unknown routes, latency and the request record, shutdown.

use super::*;

#[tokio::test]
async fn reset_access_token_rotates_at_once() {
    let sb = sandbox().await;
    let (status, ct, body) = parts(
        post(
            &sb,
            "/api/v1/profile/reset_access_token",
            Via::Underscore(demo::ADMIN_TOKEN),
        )
        .await,
    )
    .await;
    assert_eq!((status, ct.as_str()), (StatusCode::OK, JSON_TYPE));
    assert_key_order(
        &body,
        &[
            "access_token",
            "account_id",
            "email",
            "pubsub_token",
            "accounts",
        ],
    );
    let v: Value = serde_json::from_str(&body).expect("json");
    let fresh = v["access_token"].as_str().expect("new token").to_owned();
    assert_ne!(fresh, demo::ADMIN_TOKEN);
    assert_eq!(fresh.len(), 24);
    assert!(
        fresh
            .chars()
            .all(|c| c.is_ascii_alphanumeric() && !"0OIl".contains(c))
    );
    assert_eq!(v["email"], demo::ADMIN_EMAIL);
    assert_eq!(
        sb.token_of("DEMO@example.com").as_deref(),
        Some(fresh.as_str())
    );

    let (_, _, body) =
        parts(get(&sb, "/api/v1/profile", Via::Hyphen(demo::ADMIN_TOKEN)).await).await;
    assert_eq!(body, INVALID, "the old token stops working at once");
    let fresh: &'static str = Box::leak(fresh.into_boxed_str());
    let (status, v) = json(get(&sb, "/api/v1/profile", Via::Hyphen(fresh)).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["access_token"], fresh);
    // The other user is untouched.
    assert_eq!(
        sb.token_of(demo::SOLO_EMAIL).as_deref(),
        Some(demo::SOLO_TOKEN)
    );
    assert_eq!(sb.token_of("nobody@example.com"), None);

    // GET is not a route for it.
    let r = get(
        &sb,
        "/api/v1/profile/reset_access_token",
        Via::Hyphen(fresh),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Records never hold a token, old or new.
    let dump = format!("{:?}", sb.requests());
    assert!(!dump.contains(demo::ADMIN_TOKEN) && !dump.contains(fresh));
    sb.shutdown().await;
}

#[tokio::test]
async fn dashboard_routes_serve_html_and_refuse_json() {
    let sb = sandbox().await;
    for path in ["/app/login", "/app/accounts/1/dashboard", "/"] {
        let (status, ct, body) = browser_get(&sb, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(ct.starts_with("text/html"), "{ct}");
        assert!(body.contains("window.chatwootConfig = {"));
        assert!(body.contains(&format!("APP_VERSION: '{VERSION}'")));
        let (status, ct, body) = parts(get(&sb, path, Via::None).await).await;
        assert_eq!(
            (status, ct.as_str()),
            (StatusCode::NOT_ACCEPTABLE, JSON_TYPE)
        );
        assert_eq!(
            body,
            r#"{"error":"Please use API routes instead of dashboard routes for JSON requests"}"#
        );
    }
    let (status, ct, body) = parts(get(&sb, "/api/v2/nothing", Via::None).await).await;
    assert_eq!((status, ct.as_str()), (StatusCode::NOT_FOUND, JSON_TYPE));
    assert_eq!(body, r#"{"status":404,"error":"Not Found"}"#);
    let (status, ct, body) = browser_get(&sb, "/swagger").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(ct.starts_with("text/html") && body.contains("doesn't exist"));
    sb.shutdown().await;
}

#[tokio::test]
async fn latency_delays_concurrent_requests_concurrently() {
    let sb = Sandbox::start(SandboxOptions {
        latency: Duration::from_millis(400),
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox");
    let via = Via::Hyphen(demo::ADMIN_TOKEN);
    let (a, b, c) = tokio::join!(
        get(&sb, "/api", Via::None),
        get(&sb, "/api/v1/profile", via),
        get(&sb, "/api/v1/accounts/1/inboxes", via),
    );
    assert!(a.status().is_success() && b.status().is_success() && c.status().is_success());
    let recs = sb.requests();
    assert_eq!(recs.len(), 3);
    let last_arrival = recs.iter().map(|r| r.arrived).max().expect("arrivals");
    let first_answer = recs
        .iter()
        .map(|r| r.answered.expect("answered"))
        .min()
        .expect("answers");
    assert!(
        last_arrival < first_answer,
        "all arrived before the first answer left"
    );
    for r in &recs {
        let answered = r.answered.expect("answered");
        assert!(
            answered >= r.arrived + Duration::from_millis(400),
            "each waited the latency"
        );
        assert_eq!(r.host, format!("127.0.0.1:{}", sb.addr().port()));
        assert_eq!(r.method, "GET");
    }
    let paths: Vec<_> = recs.iter().map(|r| r.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        ["/api", "/api/v1/accounts/1/inboxes", "/api/v1/profile"]
    );

    // Switching the latency off at run time applies to the next request.
    sb.set_latency(Duration::ZERO);
    assert!(get(&sb, "/health", Via::None).await.status().is_success());
    sb.shutdown().await;
}

#[tokio::test]
async fn shutdown_frees_the_port_and_drop_stops_too() {
    let sb = sandbox().await;
    let url = sb.url();
    assert!(url.starts_with("http://127.0.0.1:") && !url.ends_with('/'));
    sb.shutdown().await;
    let err = client()
        .get(format!("{url}/api"))
        .send()
        .await
        .expect_err("stopped");
    assert!(err.is_connect(), "{err}");

    let sb = sandbox().await;
    let url = sb.url();
    drop(sb);
    tokio::task::yield_now().await;
    let err = client()
        .get(format!("{url}/api"))
        .send()
        .await
        .expect_err("stopped");
    assert!(err.is_connect(), "{err}");
}

#[tokio::test]
async fn a_busy_port_is_an_addr_in_use_error() {
    let sb = sandbox().await;
    let err = Sandbox::start(SandboxOptions {
        port: sb.addr().port(),
        ..SandboxOptions::default()
    })
    .await
    .expect_err("port taken");
    assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
    sb.shutdown().await;
}
