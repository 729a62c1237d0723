//! Shared helpers: clients that bypass proxies, a sandbox per test, running the engine.

use std::time::Duration;

use chatwoot_link::checks::{
    self, Cache, CheckId, CheckInputs, CheckReport, CheckUpdate, ClientOptions, Code, Status,
};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions, Scenario};
use chatwoot_link::secret::Token;
use futures::StreamExt;

pub fn options() -> ClientOptions {
    ClientOptions {
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(3),
        max_body: 256 * 1024,
        system_proxy: false,
    }
}

pub fn cache() -> Cache {
    Cache::new(options()).expect("client")
}

pub async fn sandbox(scenarios: Vec<Scenario>) -> Sandbox {
    Sandbox::start(SandboxOptions {
        scenarios,
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox starts")
}

pub fn inputs(
    url: &str,
    email: Option<&str>,
    token: Option<&str>,
    account: Option<&str>,
) -> CheckInputs {
    CheckInputs {
        url: url.to_owned(),
        email: email.map(str::to_owned),
        token: token.map(|t| Token::from_trusted(t.to_owned())),
        account_id: account.map(str::to_owned),
        allow_http: false,
        ..Default::default()
    }
}

/// Runs the checks to the end: every update, and the folded report.
pub async fn run(inputs: CheckInputs, cache: &Cache) -> (Vec<CheckUpdate>, CheckReport) {
    let updates: Vec<CheckUpdate> = checks::run(inputs, cache).collect().await;
    let mut report = CheckReport::new();
    for u in &updates {
        report.apply(u);
    }
    assert!(report.is_complete(), "{report:#?}");
    // Each check: at most one `checking`, then exactly one final update, in that order.
    for id in CheckId::ALL {
        let mine: Vec<_> = updates.iter().filter(|u| u.id == id).collect();
        let finals = mine.iter().filter(|u| u.status.is_final()).count();
        assert_eq!(finals, 1, "{id:?}: {mine:#?}");
        assert!(
            mine.last().is_some_and(|u| u.status.is_final()),
            "{mine:#?}"
        );
    }
    (updates, report)
}

/// Asserts one check's final status and code.
#[track_caller]
pub fn expect(report: &CheckReport, id: CheckId, status: Status, code: Code) {
    let c = report.check(id);
    assert_eq!(
        (c.status, c.code),
        (status, code),
        "{id:?}: {}\n{report:#?}",
        c.message
    );
    assert!(!c.message.english().is_empty());
    assert!(!c.message.english().contains('\n'));
}

pub fn cache_with_timeout(timeout: Duration) -> Cache {
    Cache::new(ClientOptions {
        timeout,
        ..options()
    })
    .expect("client")
}

/// Waits until the sandbox has seen `n` requests (bounded, so a bug fails instead of hanging).
pub async fn wait_for_requests(sb: &Sandbox, n: usize) {
    for _ in 0..1000 {
        if sb.requests().len() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("only {} of {n} requests arrived", sb.requests().len());
}
