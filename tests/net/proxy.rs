//! Proxies: what they carry, failures that name them, `NO_PROXY`, and consent for plain
//! http that a proxy carries.

use chatwoot_link::checks::{Code, Status};
use url::Url;

use crate::common::{
    Authority, CURRENT, TestProxy, cache_with, inputs, run, sandbox, tls_front, url_result,
};

#[tokio::test]
async fn https_goes_through_connect_and_plain_http_needs_consent() {
    let sb = sandbox().await;
    let ca = Authority::new();
    let addr = tls_front(&ca.issue(&["127.0.0.1"], &CURRENT), sb.addr()).await;
    let proxy = TestProxy::start(None).await;
    let cache = cache_with(&[("HTTPS_PROXY", &proxy.url()), ("http_proxy", &proxy.url())]);
    let origin = Url::parse(&format!("https://{addr}")).expect("url");
    cache
        .trust(&origin, Some(&ca.certificate()))
        .expect("trust");
    let (status, _, message) = url_result(&run(inputs(origin.as_str(), false), &cache).await);
    assert_eq!(status, Status::Ok, "{message}");
    assert!(proxy.carried() >= 1, "the proxy carried the tunnel");

    // Plain http to loopback crosses the network when a proxy carries it.
    let (status, code, message) = url_result(&run(inputs(&sb.url(), false), &cache).await);
    assert_eq!(
        (status, code),
        (Status::Fail, Code::InsecureHttp),
        "{message}"
    );
    assert!(
        message.contains(&proxy.url()) && message.contains("http_proxy"),
        "{message}"
    );
    assert!(
        message.contains("NO_PROXY") && message.contains("--allow-http"),
        "{message}"
    );
    let before = proxy.carried();
    let r = run(inputs(&sb.url(), true), &cache).await;
    let (status, _, message) = url_result(&r);
    assert_eq!(status, Status::Ok, "{message}");
    assert!(
        r.warnings.iter().any(|w| w.code == Code::HttpAllowed),
        "{r:?}"
    );
    assert!(proxy.carried() > before, "the proxy forwarded the request");
}

#[tokio::test]
async fn a_proxy_that_is_down_is_named() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let down = format!("http://127.0.0.1:{port}");
    let cache = cache_with(&[("ALL_PROXY", &down)]);
    let (_, code, message) = url_result(&run(inputs("https://127.0.0.1:9", false), &cache).await);
    assert_eq!(code, Code::ProxyUnreachable, "{message}");
    assert!(
        message.contains(&down) && message.contains("ALL_PROXY"),
        "{message}"
    );
    assert!(message.contains("NO_PROXY"), "{message}");
}

#[tokio::test]
async fn a_proxy_that_wants_a_login_is_named_and_a_login_in_the_variable_works() {
    let sb = sandbox().await;
    let ca = Authority::new();
    let addr = tls_front(&ca.issue(&["127.0.0.1"], &CURRENT), sb.addr()).await;
    let origin = Url::parse(&format!("https://{addr}")).expect("url");
    let proxy = TestProxy::start(Some("agent:s3cretpw")).await;

    let cache = cache_with(&[("https_proxy", &proxy.url()), ("http_proxy", &proxy.url())]);
    cache
        .trust(&origin, Some(&ca.certificate()))
        .expect("trust");
    let (_, code, message) = url_result(&run(inputs(origin.as_str(), false), &cache).await);
    assert_eq!(code, Code::ProxyAuthRequired, "https (CONNECT): {message}");
    assert!(
        message.contains("https_proxy") && message.contains("user:password"),
        "{message}"
    );
    let (_, code, message) = url_result(&run(inputs(&sb.url(), true), &cache).await);
    assert_eq!(
        code,
        Code::ProxyAuthRequired,
        "http (forwarding): {message}"
    );

    let with_login = format!("http://agent:s3cretpw@{}", proxy.addr);
    let cache = cache_with(&[("https_proxy", &with_login)]);
    cache
        .trust(&origin, Some(&ca.certificate()))
        .expect("trust");
    let r = run(inputs(origin.as_str(), false), &cache).await;
    let (status, _, message) = url_result(&r);
    assert_eq!(status, Status::Ok, "{message}");
    let json = serde_json::to_string(&r).expect("json");
    assert!(!json.contains("s3cretpw"), "{json}");
}

#[tokio::test]
async fn no_proxy_star_bypasses_every_proxy() {
    let sb = sandbox().await;
    let cache = cache_with(&[("ALL_PROXY", "http://127.0.0.1:9"), ("NO_PROXY", "*")]);
    let (status, _, message) = url_result(&run(inputs(&sb.url(), false), &cache).await);
    assert_ne!(status, Status::Fail, "{message}");
}
