//! The same commands with the token in a real Secret Service (gnome-keyring on a private
//! bus): run with `bash .ci/test-in-keyring-session cargo test --test cli_store`. Without
//! `CHATWOOT_LINK_TEST_KEYRING=1` these tests say so and pass without checking anything.

use std::process::Command;

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, AGENCY_EMAIL, AGENCY_TOKEN, Fx, NO_BUS};

fn keyring_session() -> bool {
    if std::env::var("CHATWOOT_LINK_TEST_KEYRING").is_ok_and(|v| v == "1") {
        return true;
    }
    eprintln!(
        "skipping: no CHATWOOT_LINK_TEST_KEYRING=1 (run: bash .ci/test-in-keyring-session cargo test --test cli_store)"
    );
    false
}

/// The secret stored under this keyring username, if any (`secret-tool lookup`).
fn lookup(username: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "chatwoot-link", "username", username])
        .output()
        .expect("secret-tool runs (apt-get install libsecret-tools)");
    let value = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !value.is_empty()).then_some(value)
}

/// The label keyring browsers show for this username.
fn label(username: &str) -> String {
    let out = Command::new("secret-tool")
        .args([
            "search",
            "--all",
            "service",
            "chatwoot-link",
            "username",
            username,
        ])
        .output()
        .expect("secret-tool runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    text.lines()
        .find_map(|l| l.strip_prefix("label = "))
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_status_edit_rotate_remove_with_the_token_in_the_keyring() {
    if !keyring_session() {
        return;
    }
    let fx = Fx::new().await;
    let add = fx
        .adding("acme", ADMIN_EMAIL, 1)
        .keyring()
        .stdin(ADMIN_TOKEN)
        .json()
        .run()
        .await;
    add.expect(0);
    assert_eq!(add.json()["profile"]["token_store"], "keyring");
    let first = fx.record_of("acme");
    assert_eq!(lookup(&first.token_ref).as_deref(), Some(ADMIN_TOKEN));
    assert!(
        label(&first.token_ref).starts_with("chatwoot-link: acme ("),
        "{}",
        label(&first.token_ref)
    );
    assert!(
        !fx.dir.join("tokens.toml").exists(),
        "nothing in the file store"
    );

    fx.run(&["status"], None).await.expect(0);

    // The keyring out of reach: status cannot read the token (exit 3), and rotate stops
    // before the server is asked to reset anything.
    let no_bus = [NO_BUS];
    let status = fx.run_env(&["status", "--json"], None, &no_bus).await;
    status.expect(3);
    assert!(
        status.json()["profiles"][0]["error"].is_string(),
        "{status:#?}"
    );
    let rotate = fx
        .run_env(&["rotate", "acme", "--yes"], None, &no_bus)
        .await;
    rotate.expect(3);
    assert!(
        rotate.stderr.contains("the server was not contacted"),
        "{rotate:#?}"
    );
    assert_eq!(fx.posts(), 0);
    assert_eq!(fx.server_token(ADMIN_EMAIL), ADMIN_TOKEN);

    // A token reset elsewhere, then given with edit: a new keyring entry, the old one gone.
    let fresh = fx.rotate_behind_back(ADMIN_EMAIL).await;
    fx.run(&["status", "--json"], None).await.expect(1);
    fx.run(&["edit", "acme", "--token-stdin"], Some(&fresh))
        .await
        .expect(0);
    let second = fx.record_of("acme");
    assert_ne!(second.token_ref, first.token_ref);
    assert_eq!(lookup(&second.token_ref).as_deref(), Some(fresh.as_str()));
    assert_eq!(lookup(&first.token_ref), None, "the old secret was deleted");

    // Rotate: the server's new token replaces the stored one.
    fx.run(&["rotate", "acme", "--yes"], None).await.expect(0);
    let third = fx.record_of("acme");
    let rotated = fx.server_token(ADMIN_EMAIL);
    assert_ne!(rotated, fresh);
    assert_eq!(lookup(&third.token_ref).as_deref(), Some(rotated.as_str()));
    assert_eq!(lookup(&second.token_ref), None);
    fx.run(&["status"], None).await.expect(0);

    let remove = fx.run(&["remove", "acme", "--yes"], None).await;
    remove.expect(0);
    assert!(
        remove.stdout.contains("deleted from the OS keyring"),
        "{remove:#?}"
    );
    assert_eq!(lookup(&third.token_ref), None, "the secret is gone");
    assert!(fx.config().profiles.is_empty());
    fx.assert_no_leak();
}

/// The keyring usernames of this config dir's secrets (`<instance>/<uuid>`).
fn usernames(fx: &Fx) -> Vec<String> {
    let Some(prefix) = fx.config().secret_prefix() else {
        return Vec::new();
    };
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", "chatwoot-link"])
        .output()
        .expect("secret-tool runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    text.lines()
        .filter_map(|l| l.strip_prefix("attribute.username = "))
        .filter(|u| u.starts_with(&prefix))
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accounts_linked_together_keep_one_keyring_entry_until_the_last_goes() {
    if !keyring_session() {
        return;
    }
    let fx = Fx::new().await;
    let url = fx.url();
    let args = [
        "add",
        "--url",
        &url,
        "--email",
        AGENCY_EMAIL,
        "--all-admin-accounts",
        "--token-stdin",
    ];
    let out = fx.run(&args, Some(AGENCY_TOKEN)).await;
    out.expect(0);
    assert!(
        out.stdout
            .contains("the token is stored once, in the OS keyring, for acme-demo, solo-shop"),
        "{out:#?}"
    );
    let entries = usernames(&fx);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(lookup(&entries[0]).as_deref(), Some(AGENCY_TOKEN));
    let shown = label(&entries[0]);
    assert!(
        shown.starts_with("chatwoot-link: acme-demo (") && shown.ends_with("and 1 more"),
        "{shown}"
    );
    fx.run(&["unlink", "acme-demo", "--yes"], None)
        .await
        .expect(0);
    assert_eq!(usernames(&fx), entries, "solo-shop still uses it");
    fx.run(&["status", "solo-shop"], None).await.expect(0);
    fx.run(&["unlink", "solo-shop", "--yes"], None)
        .await
        .expect(0);
    assert!(usernames(&fx).is_empty());
    fx.assert_no_leak();
}
