//! `chatwoot-link check` and `check --json` on each readiness scenario: warnings exit 0, a
//! chosen inbox that is gone or disconnected exits 1, and no output holds a planted secret
//! (the `chatwoot_link` helper asserts that on every run).

use chatwoot_link::sandbox::Scenario;
use chatwoot_link::sandbox::demo::{ADMIN_EMAIL, ADMIN_TOKEN};

use crate::binary::{chatwoot_link, check_code, json};
use crate::common::sandbox;

async fn check(
    scenarios: Vec<Scenario>,
    extra: &[&str],
) -> (crate::binary::Run, crate::binary::Run) {
    let sb = sandbox(scenarios).await;
    let url = sb.url();
    let mut args = vec![
        "check",
        "--url",
        &url,
        "--email",
        ADMIN_EMAIL,
        "--account-id",
        "1",
        "--token-stdin",
    ];
    args.extend_from_slice(extra);
    let human = chatwoot_link(&args, Some(ADMIN_TOKEN), &[]).await;
    args.push("--json");
    let machine = chatwoot_link(&args, Some(ADMIN_TOKEN), &[]).await;
    sb.shutdown().await;
    (human, machine)
}

/// Scenarios, extra flags, exit code, the check to look at and its (status, code).
type Case = (
    Vec<Scenario>,
    &'static [&'static str],
    i32,
    &'static str,
    (&'static str, &'static str),
);

#[tokio::test(flavor = "multi_thread")]
async fn every_scenario_in_check_and_json() {
    let cases: [Case; 9] = [
        (vec![], &[], 0, "whatsapp", ("ok", "ok")),
        (vec![], &["--inbox", "1"], 0, "operations", ("ok", "ok")),
        (
            vec![Scenario::InboxDisconnected],
            &[],
            0,
            "whatsapp",
            ("warn", "whatsapp_disconnected"),
        ),
        (
            vec![Scenario::InboxDisconnected],
            &["--inbox", "1", "--inbox", "2"],
            1,
            "whatsapp",
            ("fail", "whatsapp_disconnected"),
        ),
        (
            vec![Scenario::WrongFrontendUrl],
            &[],
            0,
            "whatsapp",
            ("warn", "webhook_url_mismatch"),
        ),
        (
            vec![Scenario::NumberFlagged],
            &["--inbox", "1"],
            0,
            "whatsapp",
            ("warn", "whatsapp_number_at_risk"),
        ),
        (
            vec![Scenario::MetaRefused],
            &[],
            0,
            "whatsapp",
            ("warn", "whatsapp_health_unavailable"),
        ),
        (
            vec![Scenario::WebhooksForbidden],
            &[],
            0,
            "operations",
            ("warn", "cannot_manage_webhooks"),
        ),
        (
            vec![],
            &["--inbox", "42"],
            1,
            "whatsapp",
            ("fail", "inbox_not_found"),
        ),
    ];
    for (scenarios, extra, code, id, expected) in cases {
        let what = format!("{scenarios:?} {extra:?}");
        let (human, machine) = check(scenarios, extra).await;
        assert_eq!(human.code, code, "{what}: {}{}", human.stdout, human.stderr);
        assert_eq!(machine.code, code, "{what}");
        let v = json(&machine);
        assert_eq!(check_code(&v, id), expected, "{what}");
        let symbol = match expected.0 {
            "ok" => "✓",
            "warn" => "!",
            _ => "✗",
        };
        assert!(
            human
                .stdout
                .lines()
                .any(|l| l.starts_with(symbol) && l.contains(id)),
            "{what}:\n{}",
            human.stdout
        );
        if expected.0 == "warn" {
            assert!(
                human.stdout.contains(expected.1),
                "{what}: {}",
                human.stdout
            );
        }
        assert!(v["whatsapp"]["inboxes"].is_array(), "{what}: {v:#}");
    }
}
