//! The `whatsapp` check: one verdict per WhatsApp inbox from the inbox list and, for Cloud
//! inboxes, the number's health; the check's status is the worst of them.

use std::collections::HashMap;
use std::sync::Arc;

use url::Url;

use super::{InboxReadiness, Problem, WhatsappFacts, problem};
use crate::chatwoot::{Error, Inbox, NumberHealth};
use crate::checks::{CheckId, CheckUpdate, Code, Facts, Status};
use crate::i18n::{Msg, msg};

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

fn label(i: &Inbox) -> Msg {
    match i.phone_number.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => msg!(readiness_label_phone, name = &i.name, phone = p, id = i.id),
        None => msg!(readiness_label, name = &i.name, id = i.id),
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
            message: msg!(
                readiness_inbox_missing,
                id = *id,
                account_id = account_id,
                choices = choices(&facts)
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
                msg!(readiness_no_whatsapp, account_id = account_id),
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
    let more = all.len() - 1;
    let message = if more > 0 {
        msg!(
            readiness_more_problems,
            problem = &worst.message,
            more = more
        )
    } else {
        worst.message.clone()
    };
    let mut u = CheckUpdate::new(id, status, worst.code, message);
    for p in all.iter().filter(|p| !p.fails) {
        u = u.with_warning(p.code, p.message.clone());
    }
    u.with_facts(Facts::Whatsapp(facts))
}

fn choices(facts: &WhatsappFacts) -> Msg {
    if facts.inboxes.is_empty() {
        return msg!(readiness_choices_none);
    }
    let list: Vec<String> = facts
        .inboxes
        .iter()
        .map(|i| format!("{} ({})", i.id, i.name))
        .collect();
    msg!(readiness_choices, list = list.join(", "))
}

fn ready_line(facts: &WhatsappFacts) -> Msg {
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
                    s = format!("{s} ({})", parts.join(", "));
                }
            }
            s
        })
        .collect();
    msg!(readiness_ready, count = n, each = each.join(", "))
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
                msg!(readiness_disconnected, label = &label, name = &i.name),
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
            msg!(
                readiness_webhook_mismatch,
                label = &label,
                provider = if i.whatsapp_channel() == Some("twilio") {
                    "Twilio"
                } else {
                    "Meta"
                },
                callback = cb.origin().ascii_serialization(),
                host = linked.host_str().unwrap_or_default(),
                origin = linked.origin().ascii_serialization(),
                name = &i.name
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
            msg!(
                readiness_health_unavailable,
                label = &label,
                why = unavailable(e)
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

fn at_risk(label: &Msg, chosen: bool, h: &NumberHealth) -> Option<Problem> {
    let status = h.status.as_deref().unwrap_or_default();
    let quality = h.quality_rating.as_deref().unwrap_or_default();
    let risky_status = RISKY_STATUS.contains(&status);
    if !risky_status && !RISKY_QUALITY.contains(&quality) {
        return None;
    }
    let mut said = Vec::new();
    if risky_status {
        said.push(msg!(readiness_said_status, status = status).to_string());
    }
    if !quality.is_empty() {
        said.push(msg!(readiness_said_quality, quality = quality).to_string());
    }
    if let Some(tier) = &h.messaging_limit_tier {
        said.push(msg!(readiness_said_limit, tier = tier).to_string());
    }
    Some(Problem {
        code: Code::WhatsappNumberAtRisk,
        message: msg!(readiness_at_risk, label = label, said = said.join(", ")),
        fails: chosen && DEAD_STATUS.contains(&status),
    })
}

fn unavailable(e: &Error) -> Msg {
    match e {
        Error::ActionForbidden | Error::AccountForbidden => msg!(readiness_health_admin_only),
        Error::Timeout { secs, .. } => msg!(readiness_health_timeout, secs = *secs),
        other => other.msg(),
    }
}
