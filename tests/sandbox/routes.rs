//! Every route for every kind of token, both header spellings.

use super::*;

#[tokio::test]
async fn api_and_health_identify_chatwoot_without_auth() {
    let sb = sandbox().await;
    let (status, ct, body) = parts(get(&sb, "/api", Via::None).await).await;
    assert_eq!((status, ct.as_str()), (StatusCode::OK, JSON_TYPE));
    assert_key_order(
        &body,
        &["version", "timestamp", "queue_services", "data_services"],
    );
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["version"], VERSION);
    assert_eq!(v["queue_services"], "ok");
    assert_eq!(v["data_services"], "ok");
    let ts = v["timestamp"].as_str().expect("timestamp");
    jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M:%S", ts).expect("db timestamp format");

    let (status, body) = json(get(&sb, "/health", Via::None).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, serde_json::json!({"status": "woot"}));
    sb.shutdown().await;
}

#[tokio::test]
async fn profile_has_chatwoots_shape_for_both_header_spellings() {
    let sb = sandbox().await;
    for via in both_spellings(demo::ADMIN_TOKEN) {
        let (status, ct, body) = parts(get(&sb, "/api/v1/profile", via).await).await;
        assert_eq!(
            (status, ct.as_str()),
            (StatusCode::OK, JSON_TYPE),
            "{via:?}"
        );
        assert_key_order(
            &body,
            &[
                "access_token",
                "account_id",
                "available_name",
                "avatar_url",
                "confirmed",
                "display_name",
                "message_signature",
                "email",
                "id",
                "inviter_id",
                "name",
                "provider",
                "pubsub_token",
                "role",
                "ui_settings",
                "uid",
                "type",
                "accounts",
                "id",
                "name",
                "status",
                "onboarding_step",
                "active_at",
                "role",
                "permissions",
                "availability",
                "availability_status",
                "auto_offline",
                "custom_role_id",
                "custom_role",
            ],
        );
        let v: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["access_token"], demo::ADMIN_TOKEN);
        assert_eq!(v["email"], demo::ADMIN_EMAIL);
        assert_eq!(v["name"], demo::ADMIN_NAME);
        assert_eq!(v["id"], demo::ADMIN_USER_ID);
        assert_eq!(v["account_id"], demo::ACCOUNT_ADMIN, "most recently active");
        assert_eq!(v["role"], "administrator");
        let accounts = v["accounts"].as_array().expect("accounts");
        let summary: Vec<(u64, &str, &str)> = accounts
            .iter()
            .map(|a| {
                (
                    a["id"].as_u64().expect("id"),
                    a["role"].as_str().expect("role"),
                    a["status"].as_str().expect("status"),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (demo::ACCOUNT_ADMIN, "administrator", "active"),
                (demo::ACCOUNT_AGENT, "agent", "active"),
                (demo::ACCOUNT_SUSPENDED, "administrator", "suspended"),
            ]
        );
        assert_eq!(accounts[1]["permissions"], serde_json::json!(["agent"]));
    }

    let (status, v) = json(get(&sb, "/api/v1/profile", Via::Hyphen(demo::SOLO_TOKEN)).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["email"], demo::SOLO_EMAIL);
    assert_eq!(v["id"], demo::SOLO_USER_ID);
    assert_eq!(v["display_name"], Value::Null);
    assert_eq!(v["available_name"], demo::SOLO_NAME);
    assert_eq!(v["accounts"][0]["id"], demo::ACCOUNT_NO_WHATSAPP);
    sb.shutdown().await;
}

#[tokio::test]
async fn the_hyphenated_header_wins_when_both_arrive() {
    let sb = sandbox().await;
    let url = format!("{}/api/v1/profile", sb.url());
    let both = |hyphen: &str, underscore: &str| {
        client()
            .get(&url)
            .header("Api-Access-Token", hyphen)
            .header("api_access_token", underscore)
            .send()
    };
    let r = both(demo::ADMIN_TOKEN, "NotAToken").await.expect("answer");
    assert_eq!(r.status(), StatusCode::OK);
    let r = both("NotAToken", demo::ADMIN_TOKEN).await.expect("answer");
    assert_eq!(r.text().await.expect("body"), INVALID);
    let recs = sb.requests();
    assert_eq!(recs[0].token_header, Some(TokenHeader::Hyphen));
    assert_eq!(recs[0].token_matched_user, Some(demo::ADMIN_USER_ID));
    assert_eq!(recs[1].token_matched_user, None);
    sb.shutdown().await;
}

#[tokio::test]
async fn every_user_endpoint_tells_the_token_failures_apart() {
    let sb = sandbox().await;
    let paths = [
        ("GET", "/api/v1/profile"),
        ("GET", "/api/v1/accounts/1"),
        ("GET", "/api/v1/accounts/1/inboxes"),
        ("POST", "/api/v1/profile/reset_access_token"),
    ];
    for (method, path) in paths {
        let m: reqwest::Method = method.parse().expect("method");
        let url = format!("{}{path}", sb.url());
        let cases = [
            (Via::None, DEVISE),
            (Via::Hyphen(""), DEVISE),
            (Via::Underscore(""), DEVISE),
            (Via::Hyphen("NoSuchToken1111111111111"), INVALID),
            (Via::Underscore("NoSuchToken1111111111111"), INVALID),
            (Via::Hyphen(demo::BOT_TOKEN), BOTS),
            (Via::Underscore(demo::BOT_TOKEN), BOTS),
            (Via::Hyphen(demo::PLATFORM_TOKEN), BOTS),
            (Via::Underscore(demo::PLATFORM_TOKEN), BOTS),
        ];
        for (via, expected) in cases {
            let (status, ct, body) = parts(send(&client(), m.clone(), &url, via).await).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path} {via:?}");
            assert_eq!(ct, JSON_TYPE);
            assert_eq!(body, expected, "{method} {path} {via:?}");
        }
    }
    // Nothing above rotated the admin's token.
    assert_eq!(
        sb.token_of(demo::ADMIN_EMAIL).as_deref(),
        Some(demo::ADMIN_TOKEN)
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn account_show_answers_members_only_and_ignores_suspension() {
    let sb = sandbox().await;
    for via in both_spellings(demo::ADMIN_TOKEN) {
        let (status, ct, body) = parts(get(&sb, "/api/v1/accounts/1", via).await).await;
        assert_eq!((status, ct.as_str()), (StatusCode::OK, JSON_TYPE));
        assert_key_order(
            &body,
            &[
                "settings",
                "created_at",
                "domain",
                "features",
                "id",
                "locale",
                "name",
                "support_email",
                "status",
                "cache_keys",
                "latest_chatwoot_version",
                "subscribed_features",
            ],
        );
        let v: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["id"], demo::ACCOUNT_ADMIN);
        assert_eq!(v["name"], "Acme Demo");
        assert_eq!(v["status"], "active");

        let (status, body) = json(get(&sb, "/api/v1/accounts/2", via).await).await;
        assert_eq!(status, StatusCode::OK, "agents may read the account");
        assert_eq!(body["custom_attributes"]["onboarding_step"], "invite_team");
        assert_eq!(body["custom_attributes"]["plan_name"], Value::Null);

        let (status, body) = json(get(&sb, "/api/v1/accounts/3", via).await).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body["status"], "suspended");

        for other in [
            "/api/v1/accounts/4",
            "/api/v1/accounts/999",
            "/api/v1/accounts/abc",
        ] {
            let (status, _, body) = parts(get(&sb, other, via).await).await;
            assert_eq!(
                (status, body.as_str()),
                (StatusCode::NOT_FOUND, NOT_FOUND),
                "{other}"
            );
        }
    }
    sb.shutdown().await;
}

fn channel_summary(v: &Value) -> Vec<(u64, String, Option<String>)> {
    v["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .map(|i| {
            (
                i["id"].as_u64().expect("id"),
                i["channel_type"].as_str().expect("type").to_owned(),
                i.get("medium").and_then(Value::as_str).map(str::to_owned),
            )
        })
        .collect()
}

#[tokio::test]
async fn inboxes_have_chatwoots_shape_for_administrators() {
    let sb = sandbox().await;
    for via in both_spellings(demo::ADMIN_TOKEN) {
        let (status, ct, body) = parts(get(&sb, "/api/v1/accounts/1/inboxes", via).await).await;
        assert_eq!((status, ct.as_str()), (StatusCode::OK, JSON_TYPE));
        assert_key_order(
            &body,
            &[
                "payload",
                "id",
                "avatar_url",
                "channel_id",
                "name",
                "channel_type",
                "greeting_enabled",
                "greeting_message",
                "working_hours_enabled",
                "enable_email_collect",
                "csat_survey_enabled",
                "csat_config",
                "enable_auto_assignment",
                "auto_assignment_config",
                "out_of_office_message",
                "working_hours",
                "timezone",
                "callback_webhook_url",
                "allow_messages_after_resolved",
                "lock_to_single_conversation",
                "sender_name_type",
                "business_name",
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
                "messaging_service_sid",
                "phone_number",
                "provider",
                "message_templates",
                "provider_config",
                "reauthorization_required",
                "voice_enabled",
                "inbound_calls_enabled",
            ],
        );
        let v: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(
            channel_summary(&v),
            [
                (1, "Channel::Whatsapp".into(), None),
                (2, "Channel::TwilioSms".into(), Some("whatsapp".into())),
                (3, "Channel::WebWidget".into(), None),
            ]
        );
        let p = &v["payload"];
        assert_eq!(p[0]["provider"], "whatsapp_cloud");
        assert_eq!(p[0]["phone_number"], "+15551234567");
        assert_eq!(p[0]["working_hours"].as_array().map(Vec::len), Some(7));
        assert_eq!(
            p[0]["callback_webhook_url"],
            format!("{}/webhooks/whatsapp/+15551234567", sb.url())
        );
        assert!(
            p[0]["provider_config"].is_object(),
            "administrators see secrets"
        );
        assert_eq!(p[1]["phone_number"], "whatsapp:+15557654321");
        assert_eq!(p[1]["provider"], Value::Null);
        assert!(p[1]["auth_token"].is_string());
        assert!(p[2]["website_token"].is_string());
        assert!(p[2]["hmac_token"].is_string());
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn inboxes_scope_and_account_checks() {
    let sb = sandbox().await;
    for via in both_spellings(demo::ADMIN_TOKEN) {
        // Agents see only the inboxes they are members of, and no secrets.
        let (status, v) = json(get(&sb, "/api/v1/accounts/2/inboxes", via).await).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(channel_summary(&v), [(4, "Channel::Whatsapp".into(), None)]);
        assert!(v["payload"][0].get("provider_config").is_none());

        let cases = [
            (
                "/api/v1/accounts/3/inboxes",
                StatusCode::UNAUTHORIZED,
                r#"{"error":"Account is suspended"}"#,
            ),
            (
                "/api/v1/accounts/4/inboxes",
                StatusCode::UNAUTHORIZED,
                r#"{"error":"You are not authorized to access this account"}"#,
            ),
            (
                "/api/v1/accounts/999/inboxes",
                StatusCode::NOT_FOUND,
                NOT_FOUND,
            ),
            (
                "/api/v1/accounts/abc/inboxes",
                StatusCode::NOT_FOUND,
                NOT_FOUND,
            ),
        ];
        for (path, want_status, want_body) in cases {
            let (status, ct, body) = parts(get(&sb, path, via).await).await;
            assert_eq!(
                (status, ct.as_str(), body.as_str()),
                (want_status, JSON_TYPE, want_body)
            );
        }
    }
    // Suspension is checked before membership: the second user sees it too.
    let (status, _, body) = parts(
        get(
            &sb,
            "/api/v1/accounts/3/inboxes",
            Via::Hyphen(demo::SOLO_TOKEN),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body.as_str()),
        (
            StatusCode::UNAUTHORIZED,
            r#"{"error":"Account is suspended"}"#
        )
    );

    let (status, v) = json(
        get(
            &sb,
            "/api/v1/accounts/4/inboxes",
            Via::Hyphen(demo::SOLO_TOKEN),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        channel_summary(&v),
        [
            (7, "Channel::WebWidget".into(), None),
            (8, "Channel::TwilioSms".into(), Some("sms".into())),
        ],
        "no WhatsApp inbox"
    );
    sb.shutdown().await;
}
