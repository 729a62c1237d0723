//! `add` through the binary: save on success, nothing on failure, duplicates, warnings.

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx, NO_BUS, SOLO_EMAIL, SOLO_TOKEN};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_checks_then_saves_with_the_token_in_the_file_store() {
    let fx = Fx::new().await;
    let url = fx.url();
    let out = fx
        .adding("Acme", ADMIN_EMAIL, 1)
        .stdin(&format!("  {ADMIN_TOKEN}  \n"))
        .json()
        .run()
        .await;
    out.expect(0);
    let j = out.json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["saved"], true);
    assert_eq!(j["checks"].as_array().map(Vec::len), Some(7));
    let p = &j["profile"];
    assert_eq!(p["name"], "acme", "names are lower-cased");
    assert_eq!(p["url"], url.as_str());
    assert_eq!(p["email"], ADMIN_EMAIL);
    assert_eq!(p["account_id"], 1);
    assert_eq!(p["account_name"], "Acme Demo");
    assert_eq!(p["user_id"], 7);
    assert_eq!(p["user_name"], "Dana Demo");
    assert_eq!(p["role"], "administrator");
    assert_eq!(p["server_version"], "4.15.1");
    assert_eq!(p["token_store"], "file");
    assert!(p["verified_at"].is_string() && p["id"].is_string());
    assert!(p.get("token_ref").is_none(), "{p}");
    let keys: Vec<&str> = p
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 13, "{keys:?}");

    let config = fx.config();
    assert_eq!(
        config.default.as_deref(),
        Some("acme"),
        "the first profile is the default"
    );
    let record = fx.record_of("acme");
    assert_eq!(record.id.to_string(), p["id"].as_str().expect("id"));
    assert_eq!(
        fx.stored_token("acme"),
        ADMIN_TOKEN,
        "stored trimmed, as sent"
    );
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_check_saves_nothing() {
    let fx = Fx::new().await;
    // Dana is only an agent of account 2.
    let out = fx.add("beta", ADMIN_EMAIL, ADMIN_TOKEN, 2).await;
    out.expect(1);
    assert!(
        out.stdout.contains("not_administrator") || out.stdout.contains("agent"),
        "{out:#?}"
    );
    assert!(out.stdout.contains("nothing was saved"), "{out:#?}");
    assert!(fx.config().profiles.is_empty());
    assert!(
        !fx.dir.join("tokens.toml").exists()
            || !std::fs::read_to_string(fx.dir.join("tokens.toml"))
                .unwrap_or_default()
                .contains(ADMIN_TOKEN),
        "no token kept"
    );

    // The same through --json: one object, saved false, profile null.
    let out = fx
        .adding("beta", SOLO_EMAIL, 4)
        .stdin(ADMIN_TOKEN)
        .json()
        .run()
        .await;
    out.expect(1);
    let j = out.json();
    assert_eq!(j["saved"], false);
    assert!(j["profile"].is_null());
    assert_eq!(j["checks"][2]["code"], "email_mismatch");
    assert!(fx.config().profiles.is_empty());
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_and_missing_inputs_fail_before_anything_is_sent() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    let before = fx.sb.requests().len();
    let bytes = fx.config_bytes();

    let dup = fx.add("ACME", ADMIN_EMAIL, ADMIN_TOKEN, 1).await;
    dup.expect(2);
    assert!(dup.stderr.contains("chatwoot-link edit acme"), "{dup:#?}");

    let bad = fx.add("bad name!", ADMIN_EMAIL, ADMIN_TOKEN, 1).await;
    bad.expect(2);
    assert!(bad.stderr.contains("invalid profile name"), "{bad:#?}");

    let no_token = fx.adding("x", ADMIN_EMAIL, 1).keyring().run().await;
    no_token.expect(2);
    assert!(no_token.stderr.contains("no token given"), "{no_token:#?}");

    let no_account = fx
        .adding("x", ADMIN_EMAIL, 1)
        .no_account()
        .keyring()
        .stdin(ADMIN_TOKEN)
        .run()
        .await;
    no_account.expect(2);
    assert!(
        no_account.stderr.contains("--account-id"),
        "{no_account:#?}"
    );

    assert_eq!(fx.sb.requests().len(), before, "nothing was sent");
    assert_eq!(fx.config_bytes(), bytes, "nothing was written");
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_account_under_another_name_warns_already_linked() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    fx.add("solo", SOLO_EMAIL, SOLO_TOKEN, 4).await.expect(0);
    let out = fx
        .adding("acme-again", ADMIN_EMAIL, 1)
        .stdin(ADMIN_TOKEN)
        .json()
        .run()
        .await;
    out.expect(0);
    let j = out.json();
    assert_eq!(j["saved"], true);
    let warnings = j["warnings"].as_array().expect("warnings");
    let linked: Vec<_> = warnings
        .iter()
        .filter(|w| w["code"] == "already_linked")
        .collect();
    assert_eq!(linked.len(), 1, "{warnings:?}");
    let message = linked[0]["message"].as_str().expect("message");
    assert!(
        message.contains("acme") && !message.contains("solo"),
        "{message}"
    );
    assert_eq!(fx.config().profiles.len(), 3);
    assert_eq!(fx.config().default.as_deref(), Some("acme"));
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_keyring_is_exit_3_and_never_a_silent_fallback() {
    let fx = Fx::new().await;
    let out = fx
        .adding("acme", ADMIN_EMAIL, 1)
        .keyring()
        .stdin(ADMIN_TOKEN)
        .env(NO_BUS)
        .run()
        .await;
    out.expect(3);
    assert!(out.stderr.contains("keyring"), "{out:#?}");
    assert!(out.stderr.contains("--insecure-storage"), "{out:#?}");
    assert!(out.stderr.contains("Nothing was saved"), "{out:#?}");
    assert!(fx.config().profiles.is_empty());
    assert!(
        !fx.dir.join("tokens.toml").exists(),
        "no fallback to the file store"
    );
    fx.assert_no_leak();
}
