//! The `whatsapp` check: one verdict per WhatsApp inbox from the inbox list and, for Cloud
//! inboxes, the number's health; the check's status is the worst of them.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use url::Url;

use super::{InboxReadiness, Problem, WhatsappFacts, problem};
use crate::chatwoot::{Error, Inbox, NumberHealth};
use crate::checks::{CheckId, CheckUpdate, Code, Facts, Status};

/// The health answers by inbox id.
pub(in crate::checks) type HealthResults = HashMap<u64, Result<Arc<NumberHealth>, Error>>;

/// Chatwoot's own risk rule (`Whatsapp::HealthService`).
const RISKY_QUALITY: [&str; 2] = ["YELLOW", "RED"];
const RISKY_STATUS: [&str; 6] = [
    "BANNED",
    "RESTRICTED",
    "RATE_LIMITED",
    "FLAGGED",
    "DISCONNECTED",
    "DELETED",
];
/// The statuses under which a number sends and receives nothing: a chosen inbox fails.
const DEAD_STATUS: [&str; 3] = ["BANNED", "DELETED", "DISCONNECTED"];

/// Where the fix is, for each inbox.
fn settings(name: &str) -> String {
    format!("Settings → Inboxes → {name} → Configuration")
}

fn label(i: &Inbox) -> String {
    match i.phone_number.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => format!("'{}' ({p}, inbox {})", i.name, i.id),
        None => format!("'{}' (inbox {})", i.name, i.id),
    }
}

/// Loopback names are one host: a sandbox or a development server may be linked as
/// `localhost` while its `FRONTEND_URL` says `127.0.0.1`.
fn same_host(a: &Url, b: &Url) -> bool {
    let loopback = |u: &Url| match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    (loopback(a) && loopback(b))
        || a.host_str()
            .zip(b.host_str())
            .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// The `whatsapp` check. `linked`: the origin being linked; `chosen`: the inbox ids the
/// integration will use; `health`: an answer for every Cloud inbox.
pub(in crate::checks) fn whatsapp(
    linked: &Url,
    account_id: u64,
    chosen: &[u64],
    list: &[Inbox],
    health: &HealthResults,
) -> CheckUpdate {
    let inboxes: Vec<InboxReadiness> = list
        .iter()
        .filter(|i| i.is_whatsapp())
        .map(|i| readiness(linked, chosen.contains(&i.id), i, health.get(&i.id)))
        .collect();
    let missing: Vec<u64> = chosen
        .iter()
        .copied()
        .filter(|id| !inboxes.iter().any(|i| i.id == *id))
        .collect();
    let facts = WhatsappFacts { inboxes, missing };
    let mut missing_problems: Vec<Problem> = facts
        .missing
        .iter()
        .map(|id| Problem {
            code: Code::InboxNotFound,
            message: format!(
                "inbox {id}, chosen for the integration, is not a WhatsApp inbox of account {account_id} (deleted, or not visible to this user): {}",
                choices(&facts)
            ),
            fails: true,
        })
        .collect();
    let worst = missing_problems.first().or_else(|| facts.worst()).cloned();
    let id = CheckId::Whatsapp;
    let Some(worst) = worst else {
        if facts.inboxes.is_empty() {
            return CheckUpdate::new(
                id,
                Status::Skipped,
                Code::NoWhatsappInbox,
                format!("not checked: account {account_id} has no WhatsApp inbox"),
            )
            .with_facts(Facts::Whatsapp(facts));
        }
        return CheckUpdate::new(id, Status::Ok, Code::Ok, ready_line(&facts))
            .with_facts(Facts::Whatsapp(facts));
    };
    let all: Vec<Problem> = missing_problems
        .drain(..)
        .chain(facts.inboxes.iter().flat_map(|i| i.problems.clone()))
        .collect();
    let status = if worst.fails {
        Status::Fail
    } else {
        Status::Warn
    };
    let mut message = worst.message.clone();
    let more = all.len() - 1;
    if more > 0 {
        let plural = if more == 1 { "" } else { "s" };
        let _ = write!(message, " (and {more} more problem{plural})");
    }
    let mut u = CheckUpdate::new(id, status, worst.code, message);
    for p in all.iter().filter(|p| !p.fails) {
        u = u.with_warning(p.code, p.message.clone());
    }
    u.with_facts(Facts::Whatsapp(facts))
}

fn choices(facts: &WhatsappFacts) -> String {
    if facts.inboxes.is_empty() {
        return "the account has no WhatsApp inbox the user can see".to_owned();
    }
    let list: Vec<String> = facts
        .inboxes
        .iter()
        .map(|i| format!("{} ({})", i.id, i.name))
        .collect();
    format!("choose among {}", list.join(", "))
}

fn ready_line(facts: &WhatsappFacts) -> String {
    let n = facts.inboxes.len();
    let each: Vec<String> = facts
        .inboxes
        .iter()
        .map(|i| {
            let mut s = i.name.clone();
            if let Some(h) = &i.health {
                let parts: Vec<&str> = [&h.status, &h.quality_rating, &h.messaging_limit_tier]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                if !parts.is_empty() {
                    let _ = write!(s, " ({})", parts.join(", "));
                }
            }
            s
        })
        .collect();
    let plural = if n == 1 { " is" } else { "es are" };
    format!("{n} WhatsApp inbox{plural} ready: {}", each.join(", "))
}

fn readiness(
    linked: &Url,
    chosen: bool,
    i: &Inbox,
    health: Option<&Result<Arc<NumberHealth>, Error>>,
) -> InboxReadiness {
    let mut problems = Vec::new();
    let label = label(i);
    if i.reauthorization_required == Some(true) {
        problems.push(Problem {
            fails: chosen,
            ..problem(
                Code::WhatsappDisconnected,
                format!(
                    "inbox {label} is disconnected: it receives no new messages until it is reauthorized in Chatwoot under {}",
                    settings(&i.name)
                ),
            )
        });
    }
    let callback = i
        .callback_webhook_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok());
    if let Some(cb) = &callback
        && !same_host(cb, linked)
    {
        problems.push(problem(
            Code::WebhookUrlMismatch,
            format!(
                "inbox {label} gives {} the webhook URL {}/… (the server's FRONTEND_URL), not {}: inbound WhatsApp messages cannot arrive; set FRONTEND_URL to {} on the Chatwoot server, restart it, then update the callback URL in {}",
                if i.whatsapp_channel() == Some("twilio") { "Twilio" } else { "Meta" },
                cb.origin().ascii_serialization(),
                linked.host_str().unwrap_or_default(),
                linked.origin().ascii_serialization(),
                settings(&i.name)
            ),
        ));
    }
    let mut number = None;
    match health {
        Some(Ok(h)) => {
            number = Some(NumberHealth::clone(h));
            if let Some(p) = at_risk(&label, chosen, h) {
                problems.push(p);
            }
        }
        Some(Err(e)) => problems.push(problem(
            Code::WhatsappHealthUnavailable,
            format!(
                "the number health of inbox {label} is not available: {}",
                unavailable(e)
            ),
        )),
        None => {}
    }
    InboxReadiness {
        id: i.id,
        name: i.name.clone(),
        phone_number: i.phone_number.clone(),
        channel: i.whatsapp_channel().unwrap_or_default().to_owned(),
        chosen,
        connected: i.reauthorization_required.map(|r| !r),
        webhook_host: callback.and_then(|u| u.host_str().map(str::to_owned)),
        health: number,
        problems,
    }
}

fn at_risk(label: &str, chosen: bool, h: &NumberHealth) -> Option<Problem> {
    let status = h.status.as_deref().unwrap_or_default();
    let quality = h.quality_rating.as_deref().unwrap_or_default();
    let risky_status = RISKY_STATUS.contains(&status);
    if !risky_status && !RISKY_QUALITY.contains(&quality) {
        return None;
    }
    let mut said = Vec::new();
    if risky_status {
        said.push(format!("status {status}"));
    }
    if !quality.is_empty() {
        said.push(format!("quality {quality}"));
    }
    if let Some(tier) = &h.messaging_limit_tier {
        said.push(format!("messaging limit {tier}"));
    }
    Some(Problem {
        code: Code::WhatsappNumberAtRisk,
        message: format!(
            "the number of inbox {label} is at risk: Meta reports {}; see WhatsApp Manager → Phone numbers for its quality and limits",
            said.join(", ")
        ),
        fails: chosen && DEAD_STATUS.contains(&status),
    })
}

fn unavailable(e: &Error) -> String {
    match e {
        Error::ActionForbidden | Error::AccountForbidden => {
            "only an administrator's token may read it (401)".to_owned()
        }
        Error::Timeout { secs, .. } => format!(
            "Chatwoot did not answer within {secs} s (it asks Meta's Graph API in turn); try again later"
        ),
        other => other.to_string(),
    }
}
