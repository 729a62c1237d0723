//! Transport failures: each gets its own code, and nothing hangs.

use std::time::Duration;

use chatwoot_link::checks::{Cache, CheckId, ClientOptions, Code, Status};
use chatwoot_link::sandbox::Scenario;

use crate::common::{cache, expect, inputs, options, run, sandbox};

const T: &str = chatwoot_link::sandbox::demo::ADMIN_TOKEN;

#[tokio::test]
async fn refused_port() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let (_, r) = run(
        inputs(&format!("http://127.0.0.1:{port}"), None, Some(T), None),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Url, Status::Fail, Code::Refused);
    expect(&r, CheckId::Token, Status::Skipped, Code::NeedsUrl);
    let message = &r.check(CheckId::Url).message.english();
    assert!(
        message.contains(&format!("127.0.0.1:{port}")),
        "the message names the port: {message}"
    );
}

#[tokio::test]
async fn unresolvable_host() {
    let (_, r) = run(
        inputs("https://no-such-host.invalid", None, Some(T), None),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Url, Status::Fail, Code::Dns);
    assert!(
        r.check(CheckId::Url)
            .message
            .english()
            .contains("no-such-host.invalid")
    );
}

#[tokio::test]
async fn tls_to_a_plain_http_port() {
    let sb = sandbox(vec![]).await;
    let url = format!("https://{}", sb.addr());
    let (_, r) = run(inputs(&url, None, Some(T), None), &cache()).await;
    expect(&r, CheckId::Url, Status::Fail, Code::TlsNotTls);
    let typed = &r.check(CheckId::Url).message.english();
    assert!(!typed.contains("use --url"), "https was typed: {typed}");

    // `127.0.0.1:PORT` without a scheme becomes https; the message offers the http form.
    let bare = sb.addr().to_string();
    let (_, r) = run(inputs(&bare, None, Some(T), None), &cache()).await;
    expect(&r, CheckId::Url, Status::Fail, Code::TlsNotTls);
    let message = &r.check(CheckId::Url).message.english();
    assert!(
        message.contains(&format!("use --url http://{bare}")),
        "{message}"
    );
    assert!(!message.contains("--allow-http"), "loopback: {message}");
}

#[tokio::test]
async fn hanging_server_times_out() {
    let sb = sandbox(vec![Scenario::Hang]).await;
    let c = Cache::new(ClientOptions {
        timeout: Duration::from_secs(1),
        ..options()
    })
    .expect("client");
    let (_, r) = run(inputs(&sb.url(), None, Some(T), Some("1")), &c).await;
    expect(&r, CheckId::Url, Status::Fail, Code::Timeout);
}

#[tokio::test]
async fn dripping_body_times_out() {
    let sb = sandbox(vec![Scenario::Drip]).await;
    let c = Cache::new(ClientOptions {
        timeout: Duration::from_secs(2),
        ..options()
    })
    .expect("client");
    let (_, r) = run(inputs(&sb.url(), None, Some(T), None), &c).await;
    expect(&r, CheckId::Url, Status::Fail, Code::Timeout);
    let message = &r.check(CheckId::Url).message.english();
    assert!(message.contains("within 2 s"), "{message}");
    assert!(message.contains("--timeout"), "says what to do: {message}");
}

#[tokio::test]
async fn endless_body_is_cut_at_the_cap() {
    let sb = sandbox(vec![Scenario::EndlessBody]).await;
    let (_, r) = run(inputs(&sb.url(), None, Some(T), None), &cache()).await;
    expect(&r, CheckId::Url, Status::Fail, Code::ResponseTooLarge);
}

#[tokio::test]
async fn connection_closed_without_an_answer_is_a_network_failure() {
    use tokio::io::AsyncReadExt as _;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            // Read the request head, then hang up without a word.
            let mut buf = [0u8; 1024];
            let _ = stream.read(&mut buf).await;
            drop(stream);
        }
    });
    let (_, r) = run(
        inputs(&format!("http://{addr}"), None, Some(T), None),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Url, Status::Fail, Code::Network);
    let message = &r.check(CheckId::Url).message.english();
    assert!(message.contains(&addr.to_string()), "{message}");
    assert!(message.contains("try again"), "{message}");
}
