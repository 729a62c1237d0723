//! Chatwoot's JSON shapes (as its 4.15 jbuilder views write them, keys in their order).

use super::demo::{Account, Inbox, InboxKind, Membership, PLANTED_SECRET, Role, User};
use super::json::{Json, obj};

pub const VERSION: &str = "4.15.1";
pub const OLD_VERSION: &str = "4.2.0";

/// What changes how a body is written: the simulated server version and the scenarios
/// that alter data rather than transport.
#[derive(Debug, Clone)]
#[allow(clippy::struct_excessive_bools)] // one flag per scenario that alters a body
pub struct View {
    pub old_version: bool,
    pub control_chars: bool,
    pub degraded: bool,
    /// The server's `FRONTEND_URL` (used in `callback_webhook_url`).
    pub frontend_url: String,
    /// Native WhatsApp inboxes need reauthorization.
    pub disconnected: bool,
    /// What `GET …/inboxes/{id}/health` answers for a Cloud inbox.
    pub health: Health,
    /// `GET …/webhooks` refuses everyone.
    pub webhooks_forbidden: bool,
}

/// The number health the sandbox reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Green,
    Yellow,
    Flagged,
    MetaRefused,
    /// No such route (a server older than the endpoint).
    Missing,
}

impl View {
    pub fn version(&self) -> &'static str {
        if self.old_version {
            OLD_VERSION
        } else {
            VERSION
        }
    }

    /// A name as stored; with `control-chars`, wrapped in escapes a terminal would obey.
    fn name(&self, name: &str) -> Json {
        if self.control_chars {
            Json::Str(format!(
                "\u{1b}[31m{name}\u{7}\r\n\u{1b}]0;pwned\u{7}\u{1b}[0m"
            ))
        } else {
            Json::from(name)
        }
    }
}

/// `GET /api`.
pub fn api_info(view: &View) -> Json {
    let timestamp = jiff::Timestamp::now()
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string();
    obj![
        ("version", view.version()),
        ("timestamp", timestamp),
        (
            "queue_services",
            if view.degraded { "failing" } else { "ok" }
        ),
        ("data_services", "ok"),
    ]
}

/// The membership that sets the top-level `account_id`/`role`: `active_at DESC NULLS LAST`.
fn most_recent(user: &User) -> Option<&Membership> {
    let mut best: Option<&Membership> = None;
    for m in &user.memberships {
        best = match best {
            None => Some(m),
            Some(b) if m.active_at > b.active_at => Some(m),
            keep => keep,
        };
    }
    best
}

/// `_user.json.jbuilder` (enterprise build), as `GET /api/v1/profile` and
/// `POST /api/v1/profile/reset_access_token` return it, with the caller's current token.
pub fn profile(user: &User, token: &str, accounts: &[Account], view: &View) -> Json {
    let active = most_recent(user);
    let display = user.display_name.as_deref();
    let available = display.filter(|d| !d.is_empty()).unwrap_or(&user.name);
    let memberships: Vec<Json> = user
        .memberships
        .iter()
        .filter_map(|m| {
            let acc = accounts.iter().find(|a| a.id == m.account_id)?;
            Some(account_user(m, acc, view))
        })
        .collect();
    obj![
        ("access_token", token),
        ("account_id", active.map(|m| m.account_id)),
        ("available_name", view.name(available)),
        ("avatar_url", ""),
        ("confirmed", true),
        ("display_name", display.map_or(Json::Null, |d| view.name(d))),
        ("message_signature", Json::Null),
        ("email", user.email.as_str()),
        ("id", user.id),
        ("inviter_id", Json::Null),
        ("name", view.name(&user.name)),
        ("provider", "email"),
        ("pubsub_token", user.pubsub_token.as_str()),
        ("role", active.map(|m| m.role.as_str())),
        ("ui_settings", Json::empty()),
        ("uid", user.email.as_str()),
        ("type", Json::Null),
        ("accounts", memberships),
    ]
}

fn account_user(m: &Membership, acc: &Account, view: &View) -> Json {
    let mut j = obj![
        ("id", acc.id),
        ("name", view.name(&acc.name)),
        ("status", acc.status.as_str()),
    ];
    if !view.old_version {
        j.push("onboarding_step", acc.onboarding_step.as_deref());
    }
    j.push("active_at", m.active_at.as_deref());
    j.push("role", m.role.as_str());
    j.push("permissions", vec![Json::from(m.role.as_str())]);
    j.push("availability", m.availability.as_str());
    j.push("availability_status", "offline");
    j.push("auto_offline", true);
    j.push("custom_role_id", Json::Null);
    j.push("custom_role", Json::Null);
    j
}

/// `accounts/show.json.jbuilder` (enterprise build).
pub fn account(acc: &Account, view: &View) -> Json {
    let mut j = obj![
        ("settings", Json::empty()),
        ("created_at", acc.created_at.as_str())
    ];
    if let Some(step) = &acc.onboarding_step {
        j.push(
            "custom_attributes",
            obj![
                ("plan_name", Json::Null),
                ("subscribed_quantity", Json::Null),
                ("subscription_status", Json::Null),
                ("subscription_ends_on", Json::Null),
                ("onboarding_step", step.as_str()),
            ],
        );
    }
    j.push("domain", Json::Null);
    j.push(
        "features",
        Json::Obj(
            acc.features
                .iter()
                .map(|f| (f.clone(), Json::Bool(true)))
                .collect(),
        ),
    );
    j.push("id", acc.id);
    j.push("locale", "en");
    j.push("name", view.name(&acc.name));
    j.push("support_email", acc.support_email.as_deref());
    j.push("status", acc.status.as_str());
    j.push(
        "cache_keys",
        obj![
            ("label", "0000000000"),
            ("inbox", "1718875502"),
            ("team", "0000000000"),
        ],
    );
    j.push("latest_chatwoot_version", VERSION);
    j.push("subscribed_features", Vec::<Json>::new());
    j
}

/// `inboxes/index.json.jbuilder`: the inboxes `role` may see (administrators all, agents
/// their own), each as `_inbox.json.jbuilder` writes it.
pub fn inboxes(acc: &Account, m: &Membership, view: &View) -> Json {
    let admin = m.role == Role::Administrator;
    let payload: Vec<Json> = acc
        .inboxes
        .iter()
        .filter(|i| admin || m.inbox_ids.contains(&i.id))
        .map(|i| inbox(i, admin, view))
        .collect();
    obj![("payload", payload)]
}

fn working_hours() -> Json {
    let days = (0u64..7).map(|day| {
        let closed = day == 0 || day == 6;
        let hour = |h: u64| if closed { Json::Null } else { Json::from(h) };
        obj![
            ("day_of_week", day),
            ("closed_all_day", closed),
            ("open_hour", hour(9)),
            ("open_minutes", hour(0)),
            ("close_hour", hour(17)),
            ("close_minutes", hour(0)),
            ("open_all_day", false),
        ]
    });
    Json::Arr(days.collect())
}

fn inbox(i: &Inbox, admin: bool, view: &View) -> Json {
    let twilio = matches!(i.kind, InboxKind::TwilioWhatsapp | InboxKind::TwilioSms);
    let whatsapp = i.kind == InboxKind::Whatsapp;
    let (channel_type, callback) = match i.kind {
        InboxKind::Whatsapp => (
            "Channel::Whatsapp",
            Json::Str(format!(
                "{}/webhooks/whatsapp/{}",
                view.frontend_url,
                i.phone_number.as_deref().unwrap_or_default()
            )),
        ),
        InboxKind::TwilioWhatsapp | InboxKind::TwilioSms => (
            "Channel::TwilioSms",
            Json::Str(format!("{}/twilio/callback", view.frontend_url)),
        ),
        InboxKind::WebWidget => ("Channel::WebWidget", Json::Null),
    };
    let mut j = obj![
        ("id", i.id),
        ("avatar_url", ""),
        ("channel_id", i.channel_id),
        ("name", view.name(&i.name)),
        ("channel_type", channel_type),
        ("greeting_enabled", false),
        ("greeting_message", Json::Null),
        ("working_hours_enabled", false),
        ("enable_email_collect", true),
        ("csat_survey_enabled", false),
        ("csat_config", Json::empty()),
        ("enable_auto_assignment", true),
        ("auto_assignment_config", Json::empty()),
        ("out_of_office_message", Json::Null),
        ("working_hours", working_hours()),
        ("timezone", "UTC"),
        ("callback_webhook_url", callback),
        ("allow_messages_after_resolved", true),
        ("lock_to_single_conversation", false),
        ("sender_name_type", "friendly"),
        ("business_name", Json::Null),
    ];
    push_widget_keys(&mut j, i, admin, view);
    j.push("messaging_service_sid", Json::Null);
    j.push("phone_number", i.phone_number.as_deref());
    if twilio {
        let medium = if i.kind == InboxKind::TwilioWhatsapp {
            "whatsapp"
        } else {
            "sms"
        };
        j.push("medium", medium);
        j.push("content_templates", Json::empty());
        if admin {
            j.push("auth_token", PLANTED_SECRET);
            j.push("account_sid", "ACdemo0000000000000000000000000000");
            if !view.old_version {
                j.push("api_key_sid", Json::Null);
            }
        }
    }
    j.push(
        "provider",
        if whatsapp {
            Json::from("whatsapp_cloud")
        } else {
            Json::Null
        },
    );
    if whatsapp {
        j.push("message_templates", Vec::<Json>::new());
        if admin {
            j.push(
                "provider_config",
                obj![
                    ("api_key", format!("EAAG{PLANTED_SECRET}")),
                    ("phone_number_id", "100000000000001"),
                    ("business_account_id", "200000000000001"),
                    ("webhook_verify_token", PLANTED_SECRET),
                ],
            );
        }
        j.push("reauthorization_required", view.disconnected);
    }
    if !view.old_version && (twilio || whatsapp) {
        j.push("voice_enabled", false);
        j.push("inbound_calls_enabled", false);
        if twilio {
            j.push("voice_configured", false);
            j.push("has_api_key_secret", false);
        }
    }
    j
}

/// The web-widget keys: present (as null) on every inbox, filled in for web widgets.
fn push_widget_keys(j: &mut Json, i: &Inbox, admin: bool, view: &View) {
    if i.kind != InboxKind::WebWidget {
        for key in [
            "allowed_domains",
            "widget_color",
            "website_url",
            "hmac_mandatory",
            "welcome_title",
            "welcome_tagline",
            "web_widget_script",
            "website_token",
            "selected_feature_flags",
            "reply_time",
        ] {
            j.push(key, Json::Null);
        }
        return;
    }
    let website_token = format!("DemoWidget{:0>14}", i.id);
    let script = format!(
        "<script>(function(d,t){{var BASE_URL=\"{base}\";var g=d.createElement(t),\
         s=d.getElementsByTagName(t)[0];g.src=BASE_URL+\"/packs/js/sdk.js\";g.async=true;\
         s.parentNode.insertBefore(g,s);g.onload=function(){{window.chatwootSDK.run({{\
         websiteToken:'{website_token}',baseUrl:BASE_URL}})}}}})(document,\"script\");</script>",
        base = view.frontend_url
    );
    j.push("allowed_domains", "");
    j.push("widget_color", "#1f93ff");
    j.push("website_url", i.website_url.as_deref());
    j.push("hmac_mandatory", false);
    j.push("welcome_title", "Hi there!");
    j.push("welcome_tagline", "We make it simple to connect with us.");
    j.push("web_widget_script", script);
    j.push("website_token", website_token);
    j.push(
        "selected_feature_flags",
        vec![
            Json::from("attachments"),
            Json::from("emoji_picker"),
            Json::from("end_conversation"),
        ],
    );
    j.push("reply_time", "in_a_few_minutes");
    if admin {
        j.push("hmac_token", PLANTED_SECRET);
    }
    j.push("pre_chat_form_enabled", false);
    j.push(
        "pre_chat_form_options",
        obj![
            ("pre_chat_message", "Share your queries or comments here."),
            ("pre_chat_fields", Vec::<Json>::new()),
        ],
    );
    j.push("continuity_via_email", true);
}
