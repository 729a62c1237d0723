//! Every check's ok, warn, fail and skipped paths, driven through the sandbox.

use std::collections::HashMap;

use chatwoot_link::checks::{CheckId, CheckReport, Code, Status};
use chatwoot_link::sandbox::demo::{
    ACCOUNT_ADMIN, ACCOUNT_AGENT, ACCOUNT_NO_WHATSAPP, ACCOUNT_SUSPENDED, ACCOUNT_UNKNOWN,
    ADMIN_EMAIL, ADMIN_NAME, ADMIN_TOKEN, BOT_TOKEN, PLATFORM_TOKEN, SOLO_EMAIL, SOLO_TOKEN,
};
use chatwoot_link::sandbox::{Sandbox, Scenario, TokenHeader};

use crate::common::{cache, expect, inputs, run, sandbox};

fn acct(id: u64) -> String {
    id.to_string()
}

fn warning_codes(r: &CheckReport) -> Vec<Code> {
    r.warnings.iter().map(|w| w.code).collect()
}

/// How many requests reached each path.
pub fn paths(sb: &Sandbox) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for r in sb.requests() {
        *m.entry(r.path).or_default() += 1;
    }
    m
}

#[tokio::test]
async fn everything_ok() {
    let sb = sandbox(vec![]).await;
    let email = ADMIN_EMAIL.to_uppercase();
    let (_, r) = run(
        inputs(
            &sb.url(),
            Some(&email),
            Some(ADMIN_TOKEN),
            Some(&acct(ACCOUNT_ADMIN)),
        ),
        &cache(),
    )
    .await;
    for id in [
        CheckId::Url,
        CheckId::Token,
        CheckId::Email,
        CheckId::Account,
        CheckId::Inboxes,
    ] {
        expect(&r, id, Status::Ok, Code::Ok);
    }
    assert!(r.ok);
    assert_eq!(r.url.as_deref(), Some(sb.url().as_str()));
    assert_eq!(warning_codes(&r), [Code::HttpLoopback]);
    assert_eq!(
        r.server.as_ref().map(|s| s.version.as_str()),
        Some(chatwoot_link::sandbox::VERSION)
    );
    let user = r.user.as_ref().expect("user");
    assert_eq!(
        (user.name.as_str(), user.email.as_str()),
        (ADMIN_NAME, ADMIN_EMAIL)
    );
    assert_eq!(r.accounts.len(), 3);
    let account = r.account.as_ref().expect("account");
    assert_eq!(
        (account.id, account.role.as_str()),
        (ACCOUNT_ADMIN, "administrator")
    );
    let inboxes = r.inboxes.as_ref().expect("inboxes");
    assert_eq!(
        (inboxes.total, inboxes.whatsapp),
        (3, 2),
        "native and Twilio WhatsApp"
    );
    assert!(
        r.check(CheckId::Inboxes)
            .message
            .english()
            .contains("Acme WhatsApp")
    );
    // The hyphen spelling is what went on the wire.
    assert!(
        sb.requests()
            .iter()
            .filter(|q| q.path != "/api")
            .all(|q| q.token_header == Some(TokenHeader::Hyphen))
    );
    assert!(
        sb.requests()
            .iter()
            .all(|q| q.path == "/api" || q.token_matched_user.is_some())
    );
}

#[tokio::test]
async fn email_of_another_user() {
    let sb = sandbox(vec![]).await;
    let (_, r) = run(
        inputs(&sb.url(), Some(SOLO_EMAIL), Some(ADMIN_TOKEN), None),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Email, Status::Fail, Code::EmailMismatch);
    let m = &r.check(CheckId::Email).message.english();
    assert!(m.contains(ADMIN_EMAIL) && m.contains(SOLO_EMAIL), "{m}");
    expect(&r, CheckId::Account, Status::Skipped, Code::NotGiven);
    expect(&r, CheckId::Inboxes, Status::Skipped, Code::NotGiven);
    assert!(!r.ok);
}

#[tokio::test]
async fn account_failures_skip_the_inboxes() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    for (account, code) in [
        (ACCOUNT_NO_WHATSAPP, Code::NotMember),
        (ACCOUNT_UNKNOWN, Code::NotMember),
        (ACCOUNT_AGENT, Code::NotAdministrator),
        (ACCOUNT_SUSPENDED, Code::Suspended),
    ] {
        let (_, r) = run(
            inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some(&acct(account))),
            &c,
        )
        .await;
        expect(&r, CheckId::Account, Status::Fail, code);
        expect(&r, CheckId::Inboxes, Status::Skipped, Code::NeedsAccount);
        let m = &r.check(CheckId::Account).message.english();
        if code == Code::NotMember {
            assert!(
                m.contains("1 (Acme Demo)") && m.contains("/app/accounts/<id>/"),
                "{m}"
            );
            assert!(r.account.is_none());
        } else {
            assert_eq!(r.account.as_ref().map(|a| a.id), Some(account));
        }
        if code == Code::NotAdministrator {
            assert!(m.contains("ask an administrator of that account"), "{m}");
        }
    }
}

#[tokio::test]
async fn no_whatsapp_inbox_is_a_warning() {
    let sb = sandbox(vec![]).await;
    let (_, r) = run(
        inputs(
            &sb.url(),
            Some(SOLO_EMAIL),
            Some(SOLO_TOKEN),
            Some(&acct(ACCOUNT_NO_WHATSAPP)),
        ),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Account, Status::Ok, Code::Ok);
    expect(&r, CheckId::Inboxes, Status::Warn, Code::NoWhatsappInbox);
    assert!(r.ok, "a warning is not a failure");
    assert_eq!(
        r.inboxes.as_ref().map(|i| (i.total, i.whatsapp)),
        Some((2, 0)),
        "Twilio SMS is not WhatsApp"
    );
}

#[tokio::test]
async fn token_failures_skip_what_needs_the_token() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    for (token, code) in [
        ("WrongToken00000000000000", Code::TokenInvalid),
        (BOT_TOKEN, Code::TokenNotUser),
        (PLATFORM_TOKEN, Code::TokenNotUser),
    ] {
        let (_, r) = run(
            inputs(&sb.url(), Some(ADMIN_EMAIL), Some(token), Some("1")),
            &c,
        )
        .await;
        expect(&r, CheckId::Url, Status::Ok, Code::Ok);
        expect(&r, CheckId::Token, Status::Fail, code);
        for id in [CheckId::Email, CheckId::Account, CheckId::Inboxes] {
            expect(&r, id, Status::Skipped, Code::NeedsToken);
        }
        assert!(r.accounts.is_empty() && r.user.is_none());
    }
}

#[tokio::test]
async fn proxy_that_drops_the_token_header() {
    let sb = sandbox(vec![Scenario::DropTokenHeader]).await;
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), None), &cache()).await;
    expect(&r, CheckId::Token, Status::Fail, Code::TokenHeaderMissing);

    // The hyphen spelling survives a proxy that drops underscore headers.
    sb.set_scenarios(vec![Scenario::DropUnderscoreHeaders]);
    let (_, r) = run(
        inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Token, Status::Ok, Code::Ok);
    expect(&r, CheckId::Inboxes, Status::Ok, Code::Ok);
}

#[tokio::test]
async fn server_failures_end_the_url_check() {
    let sb = sandbox(vec![]).await;
    for (scenario, code) in [
        (Scenario::RedirectHttps, Code::RedirectHttps),
        (Scenario::RedirectOtherHost(None), Code::RedirectOtherHost),
        (Scenario::RateLimited, Code::RateLimited),
        (Scenario::ServerError, Code::ServerError),
        (Scenario::Html, Code::NotChatwoot),
        (Scenario::MalformedJson, Code::MalformedResponse),
    ] {
        sb.set_scenarios(vec![scenario.clone()]);
        let (_, r) = run(
            inputs(&sb.url(), Some(ADMIN_EMAIL), Some(ADMIN_TOKEN), Some("1")),
            &cache(),
        )
        .await;
        expect(&r, CheckId::Url, Status::Fail, code);
        for id in [
            CheckId::Token,
            CheckId::Email,
            CheckId::Account,
            CheckId::Inboxes,
        ] {
            expect(&r, id, Status::Skipped, Code::NeedsUrl);
        }
        if code == Code::RedirectHttps {
            let want = format!("use https://{}", sb.addr());
            assert!(
                r.check(CheckId::Url).message.english().contains(&want),
                "{}",
                r.check(CheckId::Url).message
            );
        }
    }
}

#[tokio::test]
async fn token_never_reaches_another_host() {
    let sb = sandbox(vec![Scenario::RedirectOtherHost(None)]).await;
    let (_, r) = run(
        inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1")),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Url, Status::Fail, Code::RedirectOtherHost);
    let requests = sb.requests();
    assert!(!requests.is_empty());
    for q in &requests {
        assert!(
            q.host.starts_with("127.0.0.1"),
            "redirect followed to {}",
            q.host
        );
    }
    assert!(
        requests
            .iter()
            .all(|q| !q.host.starts_with("localhost") || q.token_header.is_none())
    );
}

#[tokio::test]
async fn server_warnings() {
    let sb = sandbox(vec![Scenario::OldVersion]).await;
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), None), &cache()).await;
    expect(&r, CheckId::Url, Status::Ok, Code::Ok);
    assert!(warning_codes(&r).contains(&Code::ServerTooOld));

    sb.set_scenarios(vec![Scenario::Degraded]);
    let (_, r) = run(inputs(&sb.url(), None, Some(ADMIN_TOKEN), None), &cache()).await;
    expect(&r, CheckId::Url, Status::Warn, Code::ServerDegraded);
    assert!(warning_codes(&r).contains(&Code::ServerDegraded));
    assert!(r.ok);
}

#[tokio::test]
async fn control_characters_from_the_server_never_come_through() {
    let sb = sandbox(vec![Scenario::ControlChars]).await;
    let (updates, r) = run(
        inputs(
            &sb.url(),
            Some(ADMIN_EMAIL),
            Some(ADMIN_TOKEN),
            Some(&acct(ACCOUNT_ADMIN)),
        ),
        &cache(),
    )
    .await;
    expect(&r, CheckId::Inboxes, Status::Ok, Code::Ok);
    let json = serde_json::to_string(&r).expect("json");
    assert!(
        !json.contains("\\u001b") && !json.contains("\\u0007"),
        "{json}"
    );
    for u in &updates {
        assert!(
            !u.message.english().chars().any(char::is_control),
            "{:?}",
            u.message
        );
    }
    for s in r
        .accounts
        .iter()
        .map(|a| &a.name)
        .chain(r.user.iter().map(|u| &u.name))
    {
        assert!(!s.chars().any(char::is_control), "{s:?}");
    }
}

#[tokio::test]
async fn local_failures_send_nothing() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    let (_, r) = run(
        inputs(
            "http://chat.example.com",
            None,
            Some(ADMIN_TOKEN),
            Some("1"),
        ),
        &c,
    )
    .await;
    expect(&r, CheckId::Url, Status::Fail, Code::InsecureHttp);
    assert_eq!(r.url.as_deref(), Some("http://chat.example.com"));
    expect(&r, CheckId::Token, Status::Skipped, Code::NeedsUrl);

    let (_, r) = run(inputs("ftp://x", None, Some(ADMIN_TOKEN), None), &c).await;
    expect(&r, CheckId::Url, Status::Fail, Code::UrlInvalid);
    assert!(r.url.is_none());

    let (_, r) = run(
        inputs(&sb.url(), Some("not-an-email"), Some("short"), Some("abc")),
        &c,
    )
    .await;
    expect(&r, CheckId::Url, Status::Ok, Code::Ok);
    expect(&r, CheckId::Token, Status::Fail, Code::TokenFormat);
    expect(&r, CheckId::Email, Status::Fail, Code::EmailInvalid);
    expect(&r, CheckId::Account, Status::Fail, Code::AccountIdInvalid);
    expect(&r, CheckId::Inboxes, Status::Skipped, Code::NeedsAccount);
    assert_eq!(
        paths(&sb).keys().collect::<Vec<_>>(),
        ["/api"],
        "only the url check went out"
    );

    let (_, r) = run(inputs(&sb.url(), None, None, None), &c).await;
    expect(&r, CheckId::Token, Status::Skipped, Code::NotGiven);
    expect(&r, CheckId::Email, Status::Skipped, Code::NotGiven);
    expect(&r, CheckId::Account, Status::Skipped, Code::NotGiven);
}

#[tokio::test]
async fn a_pasted_path_is_dropped_with_a_warning() {
    let sb = sandbox(vec![]).await;
    let pasted = format!("{}/app/login?next=/x", sb.url());
    let (_, r) = run(inputs(&pasted, None, Some(ADMIN_TOKEN), None), &cache()).await;
    expect(&r, CheckId::Url, Status::Ok, Code::Ok);
    assert_eq!(r.url.as_deref(), Some(sb.url().as_str()));
    assert!(warning_codes(&r).contains(&Code::UrlPathIgnored));
    assert!(
        sb.requests().iter().all(|q| !q.path.contains("login")),
        "only the origin is used"
    );
}

#[tokio::test]
async fn account_id_from_a_dashboard_url() {
    let sb = sandbox(vec![]).await;
    let c = cache();
    let dashboard = format!("{}/app/accounts/{ACCOUNT_ADMIN}/dashboard", sb.url());
    let (_, r) = run(inputs(&dashboard, None, Some(ADMIN_TOKEN), None), &c).await;
    expect(&r, CheckId::Account, Status::Ok, Code::Ok);
    assert_eq!(r.url.as_deref(), Some(sb.url().as_str()));
    assert!(warning_codes(&r).contains(&Code::AccountIdFromUrl));

    let (_, r) = run(
        inputs(
            &dashboard,
            None,
            Some(ADMIN_TOKEN),
            Some(&acct(ACCOUNT_AGENT)),
        ),
        &c,
    )
    .await;
    expect(&r, CheckId::Account, Status::Fail, Code::NotAdministrator);
    assert_eq!(
        r.account.as_ref().map(|a| a.id),
        Some(ACCOUNT_AGENT),
        "the explicit ID wins"
    );
    assert!(warning_codes(&r).contains(&Code::AccountIdMismatch));
}
