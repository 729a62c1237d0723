//! The readiness checks (`operations`, `whatsapp`) through the engine, one sandbox scenario
//! each: the code, the status (warn, or fail for a chosen inbox) and where the message says
//! to fix it; never a planted secret in anything the report holds.

use chatwoot_link::checks::{CheckId, CheckInputs, CheckReport, Code, Status};
use chatwoot_link::sandbox::Scenario;
use chatwoot_link::sandbox::demo::{
    ACCOUNT_AGENT, ACCOUNT_NO_WHATSAPP, ADMIN_TOKEN, PLANTED_SECRET, SOLO_TOKEN,
};

use crate::common::{cache, expect, inputs, run, sandbox};

/// Inbox 1 of the demo account is its Cloud inbox; 2 is Twilio WhatsApp; 3 a web widget.
const CLOUD: u64 = 1;

async fn readiness(scenarios: Vec<Scenario>, chosen: &[u64]) -> CheckReport {
    let sb = sandbox(scenarios).await;
    let report = readiness_at(&sb.url(), ADMIN_TOKEN, "1", chosen).await;
    sb.shutdown().await;
    report
}

async fn readiness_at(url: &str, token: &str, account: &str, chosen: &[u64]) -> CheckReport {
    let inputs = CheckInputs {
        inbox_ids: chosen.to_vec(),
        ..inputs(url, None, Some(token), Some(account))
    };
    let (_, report) = run(inputs, &cache()).await;
    let everything = format!(
        "{report:?}{}",
        serde_json::to_string(&report).expect("json")
    );
    assert!(!everything.contains(PLANTED_SECRET), "{everything}");
    report
}

fn message(r: &CheckReport, id: CheckId) -> String {
    r.check(id).message.english()
}

#[tokio::test]
async fn a_healthy_account_is_ready() {
    let r = readiness(vec![], &[CLOUD]).await;
    expect(&r, CheckId::Operations, Status::Ok, Code::Ok);
    expect(&r, CheckId::Whatsapp, Status::Ok, Code::Ok);
    let ops = r.operations.as_ref().expect("operations facts");
    assert_eq!((ops.webhooks, ops.conversations), (Some(true), Some(true)));
    let w = r.whatsapp.as_ref().expect("whatsapp facts");
    assert_eq!(w.inboxes.len(), 2, "{w:#?}");
    let cloud = &w.inboxes[0];
    assert_eq!((cloud.id, cloud.channel.as_str()), (CLOUD, "cloud"));
    assert!(cloud.chosen);
    assert_eq!(cloud.connected, Some(true));
    let health = cloud.health.as_ref().expect("health");
    assert_eq!(health.quality_rating.as_deref(), Some("GREEN"));
    assert_eq!(health.status.as_deref(), Some("CONNECTED"));
    assert_eq!(health.messaging_limit_tier.as_deref(), Some("TIER_1K"));
    assert_eq!(w.inboxes[1].channel, "twilio");
    assert!(w.inboxes[1].health.is_none(), "no number health for Twilio");
    assert!(message(&r, CheckId::Whatsapp).contains("GREEN"));
    assert!(r.warnings.iter().all(|w| w.code == Code::HttpLoopback));
}

#[tokio::test]
async fn a_disconnected_inbox_warns_and_fails_when_chosen() {
    let r = readiness(vec![Scenario::InboxDisconnected], &[]).await;
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Warn,
        Code::WhatsappDisconnected,
    );
    assert!(r.ok, "a warning");
    let m = message(&r, CheckId::Whatsapp);
    assert!(
        m.contains("Acme WhatsApp") && m.contains("disconnected"),
        "{m}"
    );
    assert!(
        m.contains("Settings → Inboxes → Acme WhatsApp → Configuration"),
        "{m}"
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == Code::WhatsappDisconnected)
    );
    let r = readiness(vec![Scenario::InboxDisconnected], &[CLOUD]).await;
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Fail,
        Code::WhatsappDisconnected,
    );
    assert!(!r.ok);
    let w = r.whatsapp.as_ref().expect("facts");
    assert_eq!(w.inboxes[0].connected, Some(false));
    // Another inbox chosen: the disconnected one only warns.
    let r = readiness(vec![Scenario::InboxDisconnected], &[2]).await;
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Warn,
        Code::WhatsappDisconnected,
    );
}

#[tokio::test]
async fn a_wrong_frontend_url_warns_with_the_fix() {
    let r = readiness(vec![Scenario::WrongFrontendUrl], &[CLOUD]).await;
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Warn,
        Code::WebhookUrlMismatch,
    );
    let m = message(&r, CheckId::Whatsapp);
    assert!(m.contains("http://0.0.0.0:3000"), "{m}");
    assert!(m.contains("FRONTEND_URL") && m.contains("127.0.0.1"), "{m}");
    assert!(
        m.contains("and 1 more problem"),
        "the Twilio inbox too: {m}"
    );
    let w = r.whatsapp.as_ref().expect("facts");
    assert_eq!(w.inboxes[0].webhook_host.as_deref(), Some("0.0.0.0"));
}

#[tokio::test]
async fn a_number_at_risk_warns_even_when_chosen() {
    let r = readiness(vec![Scenario::NumberYellow], &[CLOUD]).await;
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Warn,
        Code::WhatsappNumberAtRisk,
    );
    let m = message(&r, CheckId::Whatsapp);
    assert!(
        m.contains("quality YELLOW") && m.contains("WhatsApp Manager"),
        "{m}"
    );
    let r = readiness(vec![Scenario::NumberFlagged], &[CLOUD]).await;
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Warn,
        Code::WhatsappNumberAtRisk,
    );
    assert!(message(&r, CheckId::Whatsapp).contains("status FLAGGED"));
}

#[tokio::test]
async fn health_unavailable_says_why() {
    let cases = [
        (
            Scenario::MetaRefused,
            "Meta refused the inbox's access token",
        ),
        (Scenario::NoHealthEndpoint, "no number-health endpoint"),
        (Scenario::OldVersion, "no number-health endpoint"),
    ];
    for (scenario, why) in cases {
        let r = readiness(vec![scenario.clone()], &[CLOUD]).await;
        expect(
            &r,
            CheckId::Whatsapp,
            Status::Warn,
            Code::WhatsappHealthUnavailable,
        );
        let m = message(&r, CheckId::Whatsapp);
        assert!(m.contains(why), "{scenario}: {m}");
        let w = r.whatsapp.as_ref().expect("facts");
        assert!(w.inboxes[0].health.is_none());
    }
}

#[tokio::test]
async fn webhooks_refused_warns_in_operations() {
    let r = readiness(vec![Scenario::WebhooksForbidden], &[]).await;
    expect(
        &r,
        CheckId::Operations,
        Status::Warn,
        Code::CannotManageWebhooks,
    );
    assert!(r.ok);
    let m = message(&r, CheckId::Operations);
    assert!(m.contains("administrator"), "{m}");
    let ops = r.operations.as_ref().expect("facts");
    assert_eq!((ops.webhooks, ops.conversations), (Some(false), Some(true)));
    expect(&r, CheckId::Whatsapp, Status::Ok, Code::Ok);
}

#[tokio::test]
async fn a_chosen_inbox_that_is_not_there_fails() {
    for chosen in [3, 42] {
        let r = readiness(vec![], &[chosen]).await;
        expect(&r, CheckId::Whatsapp, Status::Fail, Code::InboxNotFound);
        let m = message(&r, CheckId::Whatsapp);
        assert!(m.contains(&format!("inbox {chosen}")), "{m}");
        assert!(
            m.contains("1 (Acme WhatsApp), 2 (Acme Twilio WhatsApp)"),
            "{m}"
        );
        assert_eq!(r.whatsapp.as_ref().expect("facts").missing, [chosen]);
    }
}

#[tokio::test]
async fn readiness_waits_for_the_account_and_the_inboxes() {
    let sb = sandbox(vec![]).await;
    // An agent there: the account check fails, readiness is not asked for.
    let r = readiness_at(&sb.url(), ADMIN_TOKEN, &ACCOUNT_AGENT.to_string(), &[]).await;
    expect(&r, CheckId::Account, Status::Fail, Code::NotAdministrator);
    expect(&r, CheckId::Operations, Status::Skipped, Code::NeedsAccount);
    expect(&r, CheckId::Whatsapp, Status::Skipped, Code::NeedsAccount);
    // No WhatsApp inbox: nothing to check.
    let r = readiness_at(&sb.url(), SOLO_TOKEN, &ACCOUNT_NO_WHATSAPP.to_string(), &[]).await;
    expect(&r, CheckId::Operations, Status::Ok, Code::Ok);
    expect(
        &r,
        CheckId::Whatsapp,
        Status::Skipped,
        Code::NoWhatsappInbox,
    );
    // Wrong token: skipped with the token.
    let r = readiness_at(&sb.url(), "WrongToken00000000000000", "1", &[]).await;
    expect(&r, CheckId::Operations, Status::Skipped, Code::NeedsToken);
    expect(&r, CheckId::Whatsapp, Status::Skipped, Code::NeedsToken);
    sb.shutdown().await;
}

/// A number-health request that never answers holds up nothing but the `whatsapp` check,
/// which ends on its own time limit (the client's timeout here, shorter than 5 s).
#[tokio::test]
async fn a_hanging_health_request_holds_up_only_the_whatsapp_check() {
    use futures::StreamExt;
    let sb = sandbox(vec![Scenario::HealthHang]).await;
    let cache = crate::common::cache_with_timeout(std::time::Duration::from_secs(1));
    let inputs = CheckInputs {
        inbox_ids: vec![CLOUD],
        ..inputs(&sb.url(), None, Some(ADMIN_TOKEN), Some("1"))
    };
    let mut updates = std::pin::pin!(chatwoot_link::checks::run(inputs, &cache));
    let mut report = CheckReport::new();
    let mut others_final_while_health_pending = false;
    while let Some(u) = updates.next().await {
        report.apply(&u);
        let others = CheckId::ALL
            .iter()
            .filter(|&&id| id != CheckId::Whatsapp)
            .all(|&id| report.is_finished(id));
        if others && !report.is_finished(CheckId::Whatsapp) {
            // Five requests, then the health request the inbox list started.
            crate::common::wait_for_requests(&sb, 6).await;
            let health = sb
                .requests()
                .into_iter()
                .find(|q| q.path.ends_with("/health"))
                .expect("health was asked for");
            others_final_while_health_pending |= health.answered.is_none();
        }
    }
    assert!(others_final_while_health_pending, "{report:#?}");
    expect(&report, CheckId::Operations, Status::Ok, Code::Ok);
    expect(
        &report,
        CheckId::Whatsapp,
        Status::Warn,
        Code::WhatsappHealthUnavailable,
    );
    assert!(
        message(&report, CheckId::Whatsapp).contains("did not answer within 1 s"),
        "{}",
        message(&report, CheckId::Whatsapp)
    );
    sb.shutdown().await;
}
