//! `status`: every profile at once, shared requests, `verified_at`, exit codes, JSON shape.

use chatwoot_link::store::TokenStoreKind;

use super::common::{Fx, SOLO_EMAIL};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_json_with_one_failing_profile() {
    let fx = Fx::new().await;
    fx.add_three().await;
    let before = fx.config();
    // Sam's token is reset on the server: solo must fail, the others pass.
    fx.rotate_behind_back(SOLO_EMAIL).await;
    let (api, profile, inboxes1) = (
        fx.count("/api"),
        fx.count("/api/v1/profile"),
        fx.count("/api/v1/accounts/1/inboxes"),
    );

    let out = fx.run(&["status", "--json"], None).await;
    out.expect(1);
    let j = out.json();
    assert_eq!(j["schema"], 1);
    assert_eq!(j["ok"], false);
    let profiles = j["profiles"].as_array().expect("profiles");
    let names: Vec<&str> = profiles.iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names, ["acme", "acme2", "solo"]);
    for p in profiles {
        assert_eq!(p["token_store"], "file");
        assert!(p.get("accounts").is_none(), "no accounts list: {p}");
        assert_eq!(p["checks"].as_array().map(Vec::len), Some(7));
        assert!(p["error"].is_null());
    }
    assert_eq!(profiles[0]["ok"], true);
    assert_eq!(profiles[1]["ok"], true);
    assert_eq!(profiles[2]["ok"], false);
    assert_eq!(profiles[2]["checks"][1]["code"], "token_invalid");
    assert_eq!(profiles[0]["account"]["name"], "Acme Demo");

    // One cache for the run: acme and acme2 (same URL and token) shared their requests.
    assert_eq!(fx.count("/api") - api, 1, "one GET /api for one URL");
    assert_eq!(fx.count("/api/v1/profile") - profile, 2, "one per token");
    assert_eq!(fx.count("/api/v1/accounts/1/inboxes") - inboxes1, 1);

    // verified_at moves for the profiles that passed, only for them.
    let after = fx.config();
    for name in ["acme", "acme2"] {
        assert!(
            after.profiles[name].data.verified_at > before.profiles[name].data.verified_at,
            "{name}"
        );
    }
    assert_eq!(after.profiles["solo"], before.profiles["solo"]);

    // Human output: one line per profile, the failing one with its first failing check.
    let human = fx.run(&["status"], None).await;
    human.expect(1);
    let solo = human
        .stdout
        .lines()
        .find(|l| l.contains("solo"))
        .expect("a line for solo");
    assert!(
        solo.starts_with('✗') && solo.contains("account 4") && solo.contains("token"),
        "{solo}"
    );
    let acme = human
        .stdout
        .lines()
        .find(|l| l.contains("acme "))
        .expect("acme line");
    assert!(acme.starts_with('✓'), "{acme}");
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_of_named_profiles_and_of_the_environment_profile() {
    let fx = Fx::new().await;
    fx.add_three().await;
    fx.rotate_behind_back(SOLO_EMAIL).await;

    let one = fx.run(&["status", "ACME", "--json"], None).await;
    one.expect(0);
    let j = one.json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["profiles"].as_array().map(Vec::len), Some(1));

    let env = fx
        .run_env(
            &["status", "--json"],
            None,
            &[("CHATWOOT_LINK_PROFILE", "solo")],
        )
        .await;
    env.expect(1);
    let j = env.json();
    assert_eq!(j["profiles"].as_array().map(Vec::len), Some(1));
    assert_eq!(j["profiles"][0]["name"], "solo");

    let unknown = fx.run(&["status", "acme", "nope"], None).await;
    unknown.expect(2);
    assert!(
        unknown.stderr.contains("no profile named \"nope\""),
        "{unknown:#?}"
    );
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_secret_is_exit_3_and_the_others_are_still_checked() {
    let fx = Fx::new().await;
    fx.add_three().await;
    let record = fx.record_of("acme2");
    let deleted = fx
        .store()
        .secrets(TokenStoreKind::File)
        .delete(&record.token_ref)
        .expect("delete");
    assert!(deleted);
    let out = fx.run(&["status", "--json"], None).await;
    out.expect(3);
    let j = out.json();
    let p = &j["profiles"][1];
    assert_eq!(p["name"], "acme2");
    assert_eq!(p["ok"], false);
    let error = p["error"].as_str().expect("error message");
    assert!(
        error.contains("missing") && error.contains("edit acme2 --token-stdin"),
        "{error}"
    );
    assert_eq!(j["profiles"][0]["ok"], true);
    assert_eq!(j["profiles"][2]["ok"], true);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_with_no_profiles_says_how_to_add_one() {
    let fx = Fx::new().await;
    let out = fx.run(&["status"], None).await;
    out.expect(0);
    assert!(out.stdout.contains("chatwoot-link add"), "{out:#?}");
    let j = fx.run(&["status", "--json"], None).await.json();
    assert_eq!(
        j,
        serde_json::json!({"schema": 1, "ok": true, "profiles": []})
    );
}

/// Bug: the text lines came in the order the checks finished, so a fast profile (here one
/// whose token is gone, answered at once) jumped ahead. They follow `--json`'s order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_lines_come_in_the_same_order_as_json() {
    let fx = Fx::with(chatwoot_link::sandbox::SandboxOptions {
        latency: std::time::Duration::from_millis(200),
        ..Default::default()
    })
    .await;
    fx.add_three().await;
    let record = fx.record_of("solo");
    let store = fx.store();
    assert!(
        store
            .secrets(TokenStoreKind::File)
            .delete(&record.token_ref)
            .expect("delete")
    );
    let out = fx.run(&["status"], None).await;
    out.expect(3);
    let names: Vec<&str> = out
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .filter(|n| ["acme", "acme2", "solo"].contains(n))
        .collect();
    assert_eq!(names, ["acme", "acme2", "solo"], "{out:#?}");
    let j = fx.run(&["status", "--json"], None).await.json();
    let json: Vec<&str> = j["profiles"]
        .as_array()
        .expect("profiles")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(json, names);
    fx.assert_no_leak();
}
