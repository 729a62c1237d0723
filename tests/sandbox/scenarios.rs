//! Every scenario, observable from a client.

use super::*;

#[tokio::test]
async fn proxies_that_drop_token_headers() {
    let sb = sandbox_with(vec![Scenario::DropUnderscoreHeaders]).await;
    let (_, _, body) =
        parts(get(&sb, "/api/v1/profile", Via::Underscore(demo::ADMIN_TOKEN)).await).await;
    assert_eq!(body, DEVISE);
    let r = get(&sb, "/api/v1/profile", Via::Hyphen(demo::ADMIN_TOKEN)).await;
    assert_eq!(r.status(), StatusCode::OK);

    sb.set_scenarios(vec![Scenario::DropTokenHeader]);
    for via in both_spellings(demo::ADMIN_TOKEN) {
        let (_, _, body) = parts(get(&sb, "/api/v1/profile", via).await).await;
        assert_eq!(body, DEVISE, "{via:?}");
    }
    // The record shows what the client put on the wire, before the proxy.
    let recs = sb.requests();
    let seen: Vec<_> = recs
        .iter()
        .map(|r| (r.token_header, r.token_matched_user))
        .collect();
    let admin = Some(demo::ADMIN_USER_ID);
    assert_eq!(
        seen,
        [
            (Some(TokenHeader::Underscore), admin),
            (Some(TokenHeader::Hyphen), admin),
            (Some(TokenHeader::Hyphen), admin),
            (Some(TokenHeader::Underscore), admin),
        ]
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn redirect_to_https_keeps_host_and_path() {
    let sb = sandbox_with(vec![Scenario::RedirectHttps]).await;
    for path in ["/api", "/api/v1/profile?x=1"] {
        let r = get(&sb, path, Via::Hyphen(demo::ADMIN_TOKEN)).await;
        assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
        assert_eq!(
            r.headers()[header::LOCATION],
            format!("https://127.0.0.1:{}{path}", sb.addr().port()).as_str()
        );
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn redirect_to_another_host_lands_on_localhost_or_a_given_target() {
    let sb = sandbox_with(vec![Scenario::RedirectOtherHost(None)]).await;
    let port = sb.addr().port();
    let r = get(&sb, "/api/v1/profile", Via::Hyphen(demo::ADMIN_TOKEN)).await;
    assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
    let location = r.headers()[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert_eq!(location, format!("http://localhost:{port}/api/v1/profile"));

    // The same sandbox answers under Host `localhost`, and records that host.
    let c = Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .resolve("localhost", sb.addr())
        .build()
        .expect("client");
    let r = send(&c, reqwest::Method::GET, &location, Via::None).await;
    assert_eq!(r.text().await.expect("body"), DEVISE);
    let recs = sb.requests();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0].host, format!("127.0.0.1:{port}"));
    assert_eq!(recs[0].token_header, Some(TokenHeader::Hyphen));
    assert_eq!(recs[1].host, format!("localhost:{port}"));
    assert_eq!(recs[1].token_header, None);
    assert_eq!(recs[1].token_matched_user, None);

    sb.set_scenarios(vec![Scenario::RedirectOtherHost(Some(
        "https://elsewhere.example".into(),
    ))]);
    let r = get(&sb, "/api", Via::None).await;
    assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(
        r.headers()[header::LOCATION],
        "https://elsewhere.example/api"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn rate_limited_is_rack_attacks_plain_text_429() {
    let sb = sandbox_with(vec![Scenario::RateLimited]).await;
    for path in ["/api", "/api/v1/profile"] {
        let r = get(&sb, path, Via::Hyphen(demo::ADMIN_TOKEN)).await;
        assert!(r.headers().get(header::RETRY_AFTER).is_none());
        let (status, ct, body) = parts(r).await;
        assert_eq!(
            (status, ct.as_str(), body.as_str()),
            (StatusCode::TOO_MANY_REQUESTS, "text/plain", "Retry later\n")
        );
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn server_error_html_and_malformed_json() {
    let sb = sandbox_with(vec![Scenario::ServerError]).await;
    let (status, ct, body) =
        parts(get(&sb, "/api/v1/profile", Via::Hyphen(demo::ADMIN_TOKEN)).await).await;
    assert_eq!(
        (status, ct.as_str()),
        (StatusCode::INTERNAL_SERVER_ERROR, JSON_TYPE)
    );
    assert_eq!(body, r#"{"status":500,"error":"Internal Server Error"}"#);
    let (status, ct, body) = browser_get(&sb, "/api").await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(ct.starts_with("text/html") && body.contains("something went wrong"));

    sb.set_scenarios(vec![Scenario::Html]);
    for path in ["/api", "/api/v1/profile"] {
        let (status, ct, body) = parts(get(&sb, path, Via::Hyphen(demo::ADMIN_TOKEN)).await).await;
        assert_eq!(status, StatusCode::OK);
        assert!(ct.starts_with("text/html"));
        assert!(body.contains("<form") && !body.contains("chatwoot"));
    }

    sb.set_scenarios(vec![Scenario::MalformedJson]);
    for path in ["/api", "/api/v1/profile", "/api/v1/accounts/1/inboxes"] {
        let (status, ct, body) = parts(get(&sb, path, Via::Hyphen(demo::ADMIN_TOKEN)).await).await;
        assert_eq!((status, ct.as_str()), (StatusCode::OK, JSON_TYPE));
        assert!(body.starts_with('{'));
        assert!(serde_json::from_str::<Value>(&body).is_err(), "{body}");
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn hang_never_answers() {
    let sb = sandbox_with(vec![Scenario::Hang]).await;
    let err = client_with_timeout(Duration::from_millis(300))
        .get(format!("{}/api", sb.url()))
        .send()
        .await
        .expect_err("no answer");
    assert!(err.is_timeout(), "{err}");
    let recs = sb.requests();
    assert_eq!(recs.len(), 1, "the request arrived");
    assert!(recs[0].answered.is_none());
    // Shutdown ends the hanging handler instead of waiting for it forever.
    sb.shutdown().await;
}

#[tokio::test]
async fn drip_sends_the_head_then_crawls() {
    let sb = sandbox_with(vec![Scenario::Drip]).await;
    let mut r = client_with_timeout(Duration::from_millis(1500))
        .get(format!("{}/api/v1/profile", sb.url()))
        .header("Api-Access-Token", demo::ADMIN_TOKEN)
        .send()
        .await
        .expect("the head arrives");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(content_type(&r), JSON_TYPE);
    let first = r.chunk().await.expect("first byte").expect("a chunk");
    assert_eq!(&first[..], b"{");
    let mut err = None;
    while err.is_none() {
        match r.chunk().await {
            Ok(Some(_)) => {}
            Ok(None) => panic!("a 1 KiB body cannot finish within the timeout at 1 byte/s"),
            Err(e) => err = Some(e),
        }
    }
    assert!(err.expect("error").is_timeout());
    sb.shutdown().await;
}

#[tokio::test]
async fn endless_body_never_ends() {
    let sb = sandbox_with(vec![Scenario::EndlessBody]).await;
    let mut r = client_with_timeout(Duration::from_secs(20))
        .get(format!("{}/api", sb.url()))
        .send()
        .await
        .expect("the head arrives");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(content_type(&r), JSON_TYPE);
    let mut total = 0usize;
    while total < 8 << 20 {
        total += r.chunk().await.expect("more").expect("never ends").len();
    }
    drop(r);
    let err = client_with_timeout(Duration::from_millis(500))
        .get(format!("{}/api", sb.url()))
        .send()
        .await
        .expect("head")
        .bytes()
        .await
        .expect_err("never completes");
    assert!(err.is_timeout() || err.is_body(), "{err}");
    sb.shutdown().await;
}

fn has_controls(s: &str) -> bool {
    s.contains('\u{1b}') && s.contains('\u{7}')
}

#[tokio::test]
async fn control_chars_in_every_name() {
    let sb = sandbox_with(vec![Scenario::ControlChars]).await;
    let via = Via::Hyphen(demo::ADMIN_TOKEN);
    let (_, v) = json(get(&sb, "/api/v1/profile", via).await).await;
    for name in [
        &v["name"],
        &v["available_name"],
        &v["display_name"],
        &v["accounts"][0]["name"],
    ] {
        assert!(has_controls(name.as_str().expect("string")), "{name}");
    }
    assert_eq!(v["email"], demo::ADMIN_EMAIL, "emails stay clean");
    let (_, v) = json(get(&sb, "/api/v1/accounts/1", via).await).await;
    assert!(has_controls(v["name"].as_str().expect("name")));
    let (_, v) = json(get(&sb, "/api/v1/accounts/1/inboxes", via).await).await;
    for inbox in v["payload"].as_array().expect("payload") {
        assert!(has_controls(inbox["name"].as_str().expect("name")));
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn old_version_and_degraded() {
    let sb = sandbox_with(vec![Scenario::OldVersion]).await;
    let (_, v) = json(get(&sb, "/api", Via::None).await).await;
    assert_eq!(v["version"], OLD_VERSION);
    let (status, _, body) = parts(
        post(
            &sb,
            "/api/v1/profile/reset_access_token",
            Via::Hyphen(demo::ADMIN_TOKEN),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body.as_str()),
        (
            StatusCode::NOT_FOUND,
            r#"{"status":404,"error":"Not Found"}"#
        )
    );
    assert_eq!(
        sb.token_of(demo::ADMIN_EMAIL).as_deref(),
        Some(demo::ADMIN_TOKEN)
    );
    assert_eq!(
        get(&sb, "/health", Via::None).await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, v) = json(get(&sb, "/api/v1/profile", Via::Hyphen(demo::ADMIN_TOKEN)).await).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        v["accounts"][0].get("onboarding_step").is_none(),
        "added in 4.14.0"
    );

    sb.set_scenarios(vec![Scenario::Degraded]);
    let (status, v) = json(get(&sb, "/api", Via::None).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["version"], VERSION);
    assert_eq!(v["queue_services"], "failing");
    assert_eq!(v["data_services"], "ok");
    sb.shutdown().await;
}
