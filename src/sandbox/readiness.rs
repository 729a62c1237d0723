//! The readiness routes as Chatwoot answers them: webhooks (Pundit: administrators only),
//! the conversations summary (any member) and a Cloud number's health (administrators; 400
//! for other channels; 422 when Meta refuses). Secrets are planted where Chatwoot has them.

use axum::http::StatusCode;

use super::demo::{Account, InboxKind, PLANTED_SECRET, Role};
use super::json::{Json, obj};
use super::routes::{Reply, current_account, record_not_found};
use super::shapes::{Health, View};
use super::state::Shared;

/// Pundit's refusal (`render_unauthorized`).
fn not_authorized() -> Reply {
    Reply::error(
        StatusCode::UNAUTHORIZED,
        "You are not authorized to do this action",
    )
}

/// `GET /api/v1/accounts/{id}/webhooks`: `{"payload":{"webhooks":[…]}}`.
pub fn webhooks(shared: &Shared, user: u64, id: &str, view: &View) -> Reply {
    let (acc, m) = match current_account(shared, user, id) {
        Ok(found) => found,
        Err(reply) => return reply,
    };
    if m.role != Role::Administrator || view.webhooks_forbidden {
        return not_authorized();
    }
    let hook = obj![
        ("id", acc.id),
        (
            "url",
            format!(
                "https://hooks.example.com/chatwoot/{}?secret={PLANTED_SECRET}",
                acc.id
            )
        ),
        ("name", "CRM sync"),
        ("account_id", acc.id),
        (
            "subscriptions",
            vec![
                Json::from("conversation_created"),
                Json::from("message_created"),
            ]
        ),
    ];
    Reply::json(
        StatusCode::OK,
        &obj![("payload", obj![("webhooks", vec![hook])])],
    )
}

/// `GET /api/v1/accounts/{id}/conversations/meta`.
pub fn meta(shared: &Shared, user: u64, id: &str) -> Reply {
    if let Err(reply) = current_account(shared, user, id) {
        return reply;
    }
    let counts = obj![
        ("mine_count", 2u64),
        ("unassigned_count", 3u64),
        ("all_count", 9u64),
    ];
    Reply::json(StatusCode::OK, &obj![("data", obj![("meta", counts)])])
}

/// `GET /api/v1/accounts/{id}/inboxes/{inbox}/health`.
pub fn health(shared: &Shared, user: u64, id: &str, inbox: &str, view: &View) -> Reply {
    let (acc, m) = match current_account(shared, user, id) {
        Ok(found) => found,
        Err(reply) => return reply,
    };
    let Some(i) = find_inbox(acc, inbox) else {
        return record_not_found();
    };
    if m.role != Role::Administrator {
        return not_authorized();
    }
    if i.kind != InboxKind::Whatsapp {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            "Health data only available for WhatsApp Cloud API channels",
        );
    }
    let phone = i.phone_number.as_deref().unwrap_or_default();
    let (status, quality) = match view.health {
        Health::MetaRefused => {
            // Meta's Graph API text, echoed by Chatwoot; it may quote what it rejected.
            let error = obj![
                ("type", "authorization"),
                (
                    "message",
                    format!(
                        "Error validating access token: Session has expired (access_token=EAAG{PLANTED_SECRET})"
                    )
                ),
                ("http_status", 400u64),
                ("code", 190u64),
                ("subcode", 463u64),
            ];
            return Reply::json(StatusCode::UNPROCESSABLE_ENTITY, &obj![("error", error)]);
        }
        Health::Yellow => ("CONNECTED", "YELLOW"),
        Health::Flagged => ("FLAGGED", "GREEN"),
        Health::Green | Health::Missing => ("CONNECTED", "GREEN"),
    };
    let callback = format!("{}/webhooks/whatsapp/{phone}", view.frontend_url);
    let body = obj![
        ("id", "100000000000001"),
        ("display_phone_number", phone),
        ("verified_name", i.name.as_str()),
        ("name_status", "APPROVED"),
        ("quality_rating", quality),
        ("messaging_limit_tier", "TIER_1K"),
        ("status", status),
        ("account_mode", "LIVE"),
        ("code_verification_status", "VERIFIED"),
        (
            "webhook_configuration",
            obj![("application", callback.as_str())]
        ),
        ("expected_webhook_url", callback.as_str()),
        ("throughput", obj![("level", "STANDARD")]),
        ("throughput_level", "STANDARD"),
        ("last_onboarded_time", "2025-11-04T10:12:00+0000"),
        ("is_on_biz_app", false),
        ("platform_type", "CLOUD_API"),
        ("business_account_id", "200000000000001"),
        ("business_account_name", acc.name.as_str()),
        ("business_portfolio_id", "300000000000001"),
        ("business_portfolio_name", acc.name.as_str()),
        ("health_checked_at", jiff::Timestamp::now().to_string()),
    ];
    Reply::json(StatusCode::OK, &body)
}

/// `Current.account.inboxes.find(params[:id])`.
fn find_inbox<'a>(acc: &'a Account, id: &str) -> Option<&'a super::demo::Inbox> {
    let id = id.parse::<u64>().ok()?;
    acc.inboxes.iter().find(|i| i.id == id)
}
