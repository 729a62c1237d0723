//! `edit` with flags: keep or replace the token, re-check, refuse a change made meanwhile.

use std::time::Duration;

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx, SOLO_EMAIL, SOLO_TOKEN};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_keeps_the_stored_token_unless_a_new_one_is_given() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    let original = fx.record_of("acme");

    // Rename only: re-checked with the stored token, same id and secret.
    let out = fx
        .run(&["edit", "acme", "--name", "Renamed", "--json"], None)
        .await;
    out.expect(0);
    let j = out.json();
    assert_eq!(j["saved"], true);
    assert_eq!(j["profile"]["name"], "renamed");
    let config = fx.config();
    assert!(!config.profiles.contains_key("acme"));
    assert_eq!(
        config.default.as_deref(),
        Some("renamed"),
        "the default follows"
    );
    let renamed = fx.record_of("renamed");
    assert_eq!(renamed.id, original.id);
    assert_eq!(renamed.token_ref, original.token_ref);
    assert!(renamed.data.verified_at > original.data.verified_at);

    // The token was reset elsewhere: the profile fails until a new one is given.
    let fresh = fx.rotate_behind_back(ADMIN_EMAIL).await;
    fx.run(&["status", "renamed"], None).await.expect(1);
    let out = fx
        .run(
            &["edit", "renamed", "--token-stdin"],
            Some(&format!("{fresh}\n")),
        )
        .await;
    out.expect(0);
    assert!(out.stdout.contains("saved profile renamed"), "{out:#?}");
    let updated = fx.record_of("renamed");
    assert_eq!(updated.id, original.id);
    assert_ne!(updated.token_ref, original.token_ref, "a new secret");
    assert_eq!(fx.stored_token("renamed"), fresh);
    let tokens = std::fs::read_to_string(fx.dir.join("tokens.toml")).expect("tokens.toml");
    assert!(
        !tokens.contains(&original.token_ref),
        "the old secret was deleted"
    );
    fx.run(&["status", "renamed"], None).await.expect(0);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_that_fails_its_checks_changes_nothing() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    let bytes = fx.config_bytes();
    // Account 3 is suspended; Sam's token belongs to another user than the email.
    fx.run(&["edit", "acme", "--account-id", "3"], None)
        .await
        .expect(1);
    fx.run(&["edit", "acme", "--token-stdin"], Some(SOLO_TOKEN))
        .await
        .expect(1);
    // No flags and no terminal: a usage error, not the wizard.
    let none = fx.run(&["edit", "acme"], None).await;
    none.expect(2);
    assert!(none.stderr.contains("--token-stdin"), "{none:#?}");
    fx.run(&["edit", "nope", "--account-id", "1"], None)
        .await
        .expect(2);
    assert_eq!(fx.config_bytes(), bytes);
    fx.assert_no_leak();
}

/// Waits until the sandbox has received more than `n` requests.
async fn requests_beyond(fx: &Fx, n: usize) {
    for _ in 0..500 {
        if fx.sb.requests().len() > n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the command sent nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_based_on_a_stale_profile_is_refused() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    // Edit A answers after 2 s, edit B (loaded while A runs) after 4 s: A saves first, so B's
    // profile changed on disk after B loaded it.
    fx.sb.set_latency(Duration::from_secs(2));
    let seen = fx.sb.requests().len();
    let a = {
        let cmd = fx.command(&["edit", "acme", "--name", "first"], &[]);
        tokio::task::spawn_blocking(move || super::common::run_command(cmd, None))
    };
    requests_beyond(&fx, seen).await;
    fx.sb.set_latency(Duration::from_secs(4));
    let b = fx.run(&["edit", "acme", "--name", "second"], None).await;
    let a = a.await.expect("join");
    fx.record(&a);
    a.expect(0);
    b.expect(3);
    assert!(b.stderr.contains("changed on disk"), "{b:#?}");
    let config = fx.config();
    let names: Vec<&String> = config.profiles.keys().collect();
    assert_eq!(names, ["first"]);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_while_status_runs_loses_neither_change() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    fx.add("solo", SOLO_EMAIL, SOLO_TOKEN, 4).await.expect(0);
    let before = fx.config();
    // status answers after 2 s; the edit, started while status waits, after 1 s.
    fx.sb.set_latency(Duration::from_secs(2));
    let seen = fx.sb.requests().len();
    let status = {
        let cmd = fx.command(&["status"], &[]);
        tokio::task::spawn_blocking(move || super::common::run_command(cmd, None))
    };
    requests_beyond(&fx, seen).await;
    fx.sb.set_latency(Duration::from_secs(1));
    let edit = fx
        .run(&["edit", "acme", "--name", "acme-renamed"], None)
        .await;
    let status = status.await.expect("join");
    fx.record(&status);
    edit.expect(0);
    status.expect(0);
    let after = fx.config();
    let names: Vec<&String> = after.profiles.keys().collect();
    assert_eq!(names, ["acme-renamed", "solo"], "the edit is kept");
    assert_eq!(
        after.profiles["acme-renamed"].id,
        before.profiles["acme"].id
    );
    assert!(
        after.profiles["solo"].data.verified_at > before.profiles["solo"].data.verified_at,
        "status's verified_at is kept"
    );
    fx.assert_no_leak();
}
