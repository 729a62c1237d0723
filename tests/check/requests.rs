//! How the engine runs its requests: concurrently, shared and cached, started at once, and
//! cancelled with the stream. Also the client's endpoints one by one.

use std::time::Duration;

use chatwoot_link::checks::{CheckId, Code, Status};
use chatwoot_link::sandbox::demo::{
    ACCOUNT_ADMIN, ACCOUNT_SUSPENDED, ACCOUNT_UNKNOWN, ADMIN_EMAIL, ADMIN_TOKEN, SOLO_TOKEN,
};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions, Scenario};
use futures::StreamExt;

use crate::common::{cache, expect, inputs, run, sandbox};
use crate::engine::paths;

/// Everything but number health is one round trip: the five requests whose inputs are known
/// all arrive before the first answer leaves; the health request follows the inbox list.
#[tokio::test]
async fn the_first_requests_run_concurrently_and_health_follows_the_inboxes() {
    let sb = Sandbox::start(SandboxOptions {
        latency: Duration::from_millis(200),
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox");
    let (_, r) = run(
        inputs(&sb.url(), Some(ADMIN_EMAIL), Some(ADMIN_TOKEN), Some("1")),
        &cache(),
    )
    .await;
    assert!(r.ok);
    let requests = sb.requests();
    assert_eq!(requests.len(), 6, "{requests:#?}");
    let (health, first): (Vec<_>, Vec<_>) =
        requests.iter().partition(|q| q.path.ends_with("/health"));
    assert_eq!(first.len(), 5);
    let last_arrival = first.iter().map(|q| q.arrived).max().expect("arrivals");
    let first_answer = first
        .iter()
        .filter_map(|q| q.answered)
        .min()
        .expect("answers");
    assert!(
        last_arrival < first_answer,
        "all five arrived before the first answer left"
    );
    let inboxes = first
        .iter()
        .find(|q| q.path == "/api/v1/accounts/1/inboxes")
        .and_then(|q| q.answered)
        .expect("inboxes answered");
    assert_eq!(health.len(), 1);
    assert_eq!(health[0].path, "/api/v1/accounts/1/inboxes/1/health");
    assert!(
        health[0].arrived >= inboxes,
        "health starts with the inbox list"
    );
}

#[tokio::test]
async fn only_the_inbox_request_is_resent_when_the_account_changes() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("3")), &c).await;
    expect(&r, CheckId::Account, Status::Fail, Code::Suspended);
    let before = sb.requests().len();
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")), &c).await;
    assert!(r.ok);
    let mut new: Vec<String> = sb.requests()[before..]
        .iter()
        .map(|q| q.path.clone())
        .collect();
    new.sort_unstable();
    assert_eq!(
        new,
        [
            "/api/v1/accounts/1/conversations/meta",
            "/api/v1/accounts/1/inboxes",
            "/api/v1/accounts/1/inboxes/1/health",
            "/api/v1/accounts/1/webhooks",
        ]
    );
    // And back: everything is answered from the cache.
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")), &c).await;
    assert!(r.ok);
    let p = paths(&sb);
    assert_eq!(p.get("/api"), Some(&1));
    assert_eq!(p.get("/api/v1/profile"), Some(&1));
    assert_eq!(p.get("/api/v1/accounts/1/inboxes"), Some(&1));
    assert_eq!(p.get("/api/v1/accounts/1/webhooks"), Some(&1));
    assert_eq!(p.get("/api/v1/accounts/1/inboxes/1/health"), Some(&1));

    c.clear();
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")), &c).await;
    assert!(r.ok);
    assert_eq!(
        paths(&sb).get("/api/v1/profile"),
        Some(&2),
        "clear() re-verifies"
    );
}

#[tokio::test]
async fn concurrent_runs_share_one_request() {
    let sb = Sandbox::start(SandboxOptions {
        latency: Duration::from_millis(100),
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox");
    let c = cache();
    let runs = (0..4).map(|_| run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")), &c));
    for (_, r) in futures::future::join_all(runs).await {
        assert!(r.ok);
    }
    assert_eq!(sb.requests().len(), 6, "{:#?}", sb.requests());
}

#[tokio::test]
async fn failures_are_not_cached() {
    let sb = sandbox(vec![Scenario::ServerError]).await;
    let c = cache();
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), None), &c).await;
    expect(&r, CheckId::Url, Status::Fail, Code::ServerError);
    sb.set_scenarios(vec![]);
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), None), &c).await;
    expect(&r, CheckId::Url, Status::Ok, Code::Ok);
}

#[tokio::test]
async fn first_updates_are_local_and_carry_the_origin() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    let mut stream = std::pin::pin!(chatwoot_link::checks::run(
        inputs(
            &format!("{}/", sb.url()),
            None,
            Some(ADMIN_TOKEN),
            Some("1")
        ),
        &c
    ));
    let first = stream.next().await.expect("an update");
    assert_eq!((first.id, first.status), (CheckId::Url, Status::Checking));
    assert_eq!(
        first.facts,
        Some(chatwoot_link::checks::Facts::Origin(sb.url()))
    );
}

#[tokio::test]
async fn client_endpoints() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    let origin = url::Url::parse(&sb.url()).expect("url");
    let client = c.client();
    let token = chatwoot_link::secret::Token::parse(ADMIN_TOKEN).expect("token");
    let account = client
        .account(&origin, &token, ACCOUNT_ADMIN)
        .await
        .expect("account");
    assert_eq!(account.name, "Acme Demo");
    assert_eq!(
        client.account(&origin, &token, ACCOUNT_UNKNOWN).await,
        Err(chatwoot_link::chatwoot::Error::NotMember)
    );
    assert_eq!(
        client.inboxes(&origin, &token, ACCOUNT_SUSPENDED).await,
        Err(chatwoot_link::chatwoot::Error::AccountSuspended)
    );
    let solo = chatwoot_link::secret::Token::parse(SOLO_TOKEN).expect("token");
    assert_eq!(
        client.inboxes(&origin, &solo, ACCOUNT_ADMIN).await,
        Err(chatwoot_link::chatwoot::Error::AccountForbidden)
    );

    let (profile, new_token) = client
        .reset_access_token(&origin, &token)
        .await
        .expect("reset");
    assert_eq!(profile.email, ADMIN_EMAIL);
    assert_ne!(new_token.expose(), ADMIN_TOKEN);
    assert!(!format!("{new_token:?} {profile:?}").contains(new_token.expose()));
    assert_eq!(
        sb.token_of(ADMIN_EMAIL).as_deref(),
        Some(new_token.expose())
    );
    assert_eq!(
        client.profile(&origin, &token).await,
        Err(chatwoot_link::chatwoot::Error::TokenInvalid)
    );
    assert_eq!(
        client.profile(&origin, &new_token).await.map(|p| p.id),
        Ok(profile.id)
    );
}

#[tokio::test]
async fn requests_start_with_the_first_poll() {
    let sb = sandbox(vec![Scenario::Hang]).await;
    let c = crate::common::cache_with_timeout(Duration::from_secs(60));
    let mut stream = Box::pin(chatwoot_link::checks::run(
        inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")),
        &c,
    ));
    let first = stream.next().await.expect("a local update");
    assert_eq!(first.id, CheckId::Url);
    // The consumer polls nothing more; the requests still go out.
    crate::common::wait_for_requests(&sb, 3).await;
}

#[tokio::test]
async fn dropping_the_stream_cancels_its_requests() {
    let sb = sandbox(vec![Scenario::Hang]).await;
    let c = crate::common::cache_with_timeout(Duration::from_secs(60));
    let input = || inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1"));
    // A consumer task, as the TUI runs one; aborting it drops the stream.
    let consume = |c: chatwoot_link::checks::Cache| {
        let stream = chatwoot_link::checks::run(input(), &c);
        tokio::spawn(async move { stream.collect::<Vec<_>>().await })
    };
    let first = consume(c.clone());
    crate::common::wait_for_requests(&sb, 3).await;
    first.abort();
    let _ = first.await;
    // Had the requests lived on, the cache would hand this run the same in-flight
    // requests; cancelled, they are sent again.
    let second = consume(c.clone());
    crate::common::wait_for_requests(&sb, 6).await;
    second.abort();
    let again = sb.requests()[3..]
        .iter()
        .filter(|q| q.path == "/api/v1/profile")
        .count();
    assert_eq!(again, 1);
}
