//! Re-runs: link two profiles, re-run to the home screen, edit one to another account (a
//! new token typed), revoke the other; the config and the Secret Service end exactly as
//! expected, and neither token is ever on screen or in a file.

use std::process::Command;

use chatwoot_link::sandbox::demo;
use chatwoot_link::store::Store;

use super::pty::Pty;
use super::{BIN, ENTER, TAB, contains, files_containing, fill_form, keyring_session, sandbox};

const CTRL_U: &str = "\x15";

/// `secret-tool search --all service chatwoot-link`, one block per item.
fn keyring_items() -> Vec<String> {
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", "chatwoot-link"])
        .output()
        .expect("secret-tool runs (apt-get install libsecret-tools)");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    text.split("\n[")
        .map(str::to_owned)
        .filter(|b| b.contains("attribute.username"))
        .collect()
}

fn secret_of(username: &str) -> String {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "chatwoot-link", "username", username])
        .output()
        .expect("secret-tool");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The three runs of the wizard, key by key; every byte they wrote.
fn sessions(cfg_path: &str, url: &str) -> Vec<u8> {
    let env = [("CHATWOOT_LINK_CONFIG_DIR", cfg_path)];
    let mut raw = first_run(&env, url);
    raw.extend(add_second(&env, url));
    raw.extend(edit_and_revoke(&env));
    raw
}

/// First run: the form; Dana's account 1.
fn first_run(env: &[(&str, &str)], url: &str) -> Vec<u8> {
    let mut pty = Pty::spawn(&[BIN], env);
    fill_form(
        &mut pty,
        url,
        demo::ADMIN_EMAIL,
        demo::ADMIN_TOKEN,
        demo::ACCOUNT_ADMIN,
        "acme-demo",
    );
    pty.type_keys(ENTER);
    pty.wait_for("Review: acme-demo");
    pty.type_keys(ENTER);
    pty.wait_for("acme-demo is linked");
    pty.type_keys(ENTER);
    assert_eq!(pty.wait_exit(), 0);
    pty.raw()
}

/// Re-run: the home screen; `a` links Sam's account 4 and returns home.
fn add_second(env: &[(&str, &str)], url: &str) -> Vec<u8> {
    let mut pty = Pty::spawn(&[BIN], env);
    pty.wait_for("1 linked profile");
    pty.wait_for("all checks passed");
    pty.type_keys("a");
    fill_form(
        &mut pty,
        url,
        demo::SOLO_EMAIL,
        demo::SOLO_TOKEN,
        4,
        "solo-shop",
    );
    pty.type_keys(ENTER);
    pty.wait_for("Review: solo-shop");
    pty.type_keys(ENTER);
    pty.wait_for("solo-shop is linked");
    pty.type_keys(ENTER);
    pty.wait_for("2 linked profiles");
    assert_eq!(pty.wait_exit_or_none(), None, "the wizard stays open");
    pty.type_keys("q");
    assert_eq!(pty.wait_exit(), 0);
    pty.raw()
}

/// Re-run: edit acme-demo (selected first) to Sam's account 4 with his token; back home,
/// revoke solo-shop (the second row) without resetting the token.
fn edit_and_revoke(env: &[(&str, &str)]) -> Vec<u8> {
    let mut pty = Pty::spawn(&[BIN], env);
    pty.wait_for("2 linked profiles");
    pty.type_keys("e");
    pty.wait_for("Edit acme-demo");
    pty.wait_for("stored: kept unless you type a new one");
    pty.wait_for("Dana Demo");
    pty.type_keys(TAB);
    pty.type_keys(CTRL_U);
    pty.type_keys(demo::SOLO_EMAIL);
    pty.type_keys(TAB);
    pty.type_keys(demo::SOLO_TOKEN);
    pty.wait_for(&"•".repeat(demo::SOLO_TOKEN.len()));
    pty.type_keys(TAB);
    pty.type_keys(CTRL_U);
    pty.type_keys("4");
    pty.type_keys(TAB);
    pty.type_keys(ENTER);
    pty.wait_for("Review: acme-demo");
    pty.wait_for("Solo Shop");
    pty.type_keys(ENTER);
    pty.wait_for("acme-demo is linked");
    pty.type_keys(ENTER);

    pty.wait_for("2 linked profiles");
    pty.send(b"\x1b[B"); // Down, in one write (a lone ESC would quit)
    pty.type_keys("u");
    pty.wait_for("Unlink profile solo-shop");
    pty.type_keys("y");
    pty.wait_for("Unlinked solo-shop");
    pty.wait_for("stays valid on the server");
    pty.type_keys(ENTER);
    pty.wait_for("1 linked profile");
    pty.type_keys("q");
    assert_eq!(pty.wait_exit(), 0);
    pty.raw()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn link_two_rerun_edit_one_to_another_account_and_revoke_the_other() {
    if !keyring_session() {
        return;
    }
    let sb = sandbox().await;
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let url = sb.url();
    let raw = tokio::task::spawn_blocking(move || sessions(&cfg_path, &url))
        .await
        .expect("pty thread");
    for token in [demo::ADMIN_TOKEN, demo::SOLO_TOKEN] {
        assert!(!contains(&raw, token), "a token reached the screen");
        assert_eq!(files_containing(cfg.path(), token), Vec::<String>::new());
    }

    // The config: acme-demo only, now Sam's account 4.
    let store = Store::builder(cfg.path()).build();
    let config = store.config().expect("config");
    assert_eq!(
        config.profiles.keys().collect::<Vec<_>>(),
        ["acme-demo"],
        "{config:?}"
    );
    let record = &config.profiles["acme-demo"];
    assert_eq!(record.data.account_id, 4);
    assert_eq!(record.data.account_name, "Solo Shop");
    assert_eq!(record.data.email, demo::SOLO_EMAIL);
    assert_eq!(record.data.user_id, demo::SOLO_USER_ID);
    assert_eq!(config.default.as_deref(), Some("acme-demo"));

    // The keyring: exactly one secret of this DIR, the one the profile points at, Sam's.
    let prefix = config.secret_prefix().expect("instance");
    let ours: Vec<String> = keyring_items()
        .into_iter()
        .filter(|b| b.contains(&format!("attribute.username = {prefix}")))
        .collect();
    assert_eq!(ours.len(), 1, "{ours:#?}");
    assert!(
        ours[0].contains(&format!("attribute.username = {}", record.token_ref)),
        "{ours:#?}"
    );
    assert_eq!(secret_of(&record.token_ref), demo::SOLO_TOKEN);
    sb.shutdown().await;
}

/// `chatwoot-link edit NAME` with no flags on a terminal opens the form on that profile
/// (its token from the file store here: no keyring needed), re-checks it, and Esc goes to
/// the list of profiles. An unknown name says so before taking the terminal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_name_opens_the_wizard_on_that_profile() {
    let sb = sandbox().await;
    let cfg = tempfile::tempdir().expect("tempdir");
    let store = Store::builder(cfg.path()).build();
    let data = chatwoot_link::store::ProfileData {
        url: sb.url(),
        email: demo::ADMIN_EMAIL.to_owned(),
        account_id: demo::ACCOUNT_ADMIN,
        account_name: "Acme Demo".to_owned(),
        user_id: demo::ADMIN_USER_ID,
        user_name: demo::ADMIN_NAME.to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: "2026-06-20T09:15:02Z".parse().expect("ts"),
        inbox_ids: Vec::new(),
    };
    let token = chatwoot_link::secret::Token::parse(demo::ADMIN_TOKEN).expect("token");
    store
        .save_new(
            "acme",
            data,
            &token,
            chatwoot_link::store::TokenStoreKind::File,
        )
        .expect("saved");
    let before = store.config().expect("config");
    let verified_before = before.profiles["acme"].data.verified_at;
    let cfg_path = cfg.path().display().to_string();
    let dir = cfg.path().to_owned();
    tokio::task::spawn_blocking(move || {
        let env = [("CHATWOOT_LINK_CONFIG_DIR", cfg_path.as_str())];
        let mut pty = Pty::spawn(&[BIN, "edit", "nope"], &env);
        pty.wait_for("no profile named \"nope\"");
        assert_eq!(pty.wait_exit(), 2);

        let mut pty = Pty::spawn(&[BIN, "edit", "ACME"], &env);
        pty.wait_for("Edit acme");
        pty.wait_for("stored: kept unless you type a new one");
        pty.wait_for("the token of Dana Demo");
        pty.wait_for("3 inboxes");
        pty.send(b"\x1b");
        pty.wait_for("1 linked profile");
        pty.wait_for("all checks passed");
        // The row shows the result before the time of the check is written (one write for
        // the whole re-check): quit once it is, so the test does not race that write.
        let written = || {
            Store::builder(&dir)
                .build()
                .config()
                .is_ok_and(|c| c.profiles["acme"].data.verified_at > verified_before)
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !written() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        pty.type_keys("q");
        assert_eq!(pty.wait_exit(), 0);
        assert!(!contains(&pty.raw(), demo::ADMIN_TOKEN), "token on screen");
    })
    .await
    .expect("pty thread");
    // Nothing was changed but the time of the passing re-check.
    let after = store.config().expect("config");
    let (a, b) = (&before.profiles["acme"], &after.profiles["acme"]);
    assert!(a.same_revision(b));
    assert!(b.data.verified_at > a.data.verified_at);
    sb.shutdown().await;
}
