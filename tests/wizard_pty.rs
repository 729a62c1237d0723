//! The real binary in a pseudo-terminal (portable-pty + vt100), against the in-process
//! sandbox: the happy path typed key by key ends with a profile in the config and the token
//! in the keyring (inside `.ci/test-in-keyring-session`); Ctrl-C saves nothing and gives the
//! terminal back; `--demo` links the demo account. The token never appears on screen (in
//! any byte the program wrote) nor in any file but the secret store. The panic hook alone
//! restores the terminal (`restore`).

#[path = "wizard_pty/pty.rs"]
mod pty;

#[path = "wizard_pty/manage.rs"]
mod manage;

#[path = "wizard_pty/restore.rs"]
mod restore;

#[path = "wizard_pty/several.rs"]
mod several;

#[path = "wizard_pty/language.rs"]
mod language;

use std::path::Path;

use chatwoot_link::sandbox::{Sandbox, SandboxOptions, demo};
use pty::Pty;

const BIN: &str = env!("CARGO_BIN_EXE_chatwoot-link");

const TAB: &str = "\t";
const ENTER: &str = "\r";

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if std::fs::read(&path).is_ok_and(|b| contains(&b, needle)) {
            found.push(path.display().to_string());
        }
    }
    found
}

/// Types a new profile into the empty form, key by key, and waits for its name.
fn fill_form(pty: &mut Pty, url: &str, email: &str, token: &str, account: u64, name: &str) {
    pty.wait_for("Chatwoot URL");
    pty.type_keys(url);
    pty.type_keys(TAB);
    pty.type_keys(email);
    pty.type_keys(TAB);
    pty.type_keys(token);
    pty.wait_for(&"•".repeat(token.len()));
    pty.type_keys(TAB);
    pty.type_keys(&account.to_string());
    pty.type_keys(TAB);
    pty.wait_for(name);
}

fn keyring_session() -> bool {
    let on = std::env::var("CHATWOOT_LINK_TEST_KEYRING").is_ok_and(|v| v == "1");
    if !on {
        eprintln!(
            "skipping: no CHATWOOT_LINK_TEST_KEYRING=1 (run: bash .ci/test-in-keyring-session \
             cargo test --test wizard_pty)"
        );
    }
    on
}

async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxOptions::default())
        .await
        .expect("sandbox on 127.0.0.1")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn happy_path_typed_key_by_key_saves_to_the_keyring() {
    if !keyring_session() {
        return;
    }
    let sb = sandbox().await;
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let token = demo::ADMIN_TOKEN;
    let url = sb.url();
    let code = tokio::task::spawn_blocking(move || {
        let mut pty = Pty::spawn(&[BIN], &[("CHATWOOT_LINK_CONFIG_DIR", &cfg_path)]);
        pty.wait_for("Chatwoot URL");
        pty.type_keys(&url);
        pty.type_keys(TAB);
        pty.type_keys(demo::ADMIN_EMAIL);
        pty.type_keys(TAB);
        pty.type_keys(token);
        pty.wait_for(&"•".repeat(token.len()));
        pty.type_keys(TAB);
        pty.type_keys(&demo::ACCOUNT_ADMIN.to_string());
        pty.type_keys(TAB);
        pty.wait_for("acme-demo");
        pty.type_keys(ENTER);
        pty.wait_for("Review: acme-demo");
        pty.wait_for("OS keyring");
        pty.type_keys(ENTER);
        pty.wait_for("acme-demo is linked");
        pty.type_keys(ENTER);
        let code = pty.wait_exit();
        let raw = pty.raw();
        assert!(!contains(&raw, token), "the token reached the screen");
        code
    })
    .await
    .expect("pty thread");
    assert_eq!(code, 0);

    // The keyring's D-Bus client must not run (or be dropped) inside a tokio runtime.
    let dir = cfg.path().to_owned();
    std::thread::spawn(move || {
        let store = chatwoot_link::store::Store::open(Some(dir)).expect("store");
        let (name, record) = store.profile(Some("acme-demo")).expect("profile saved");
        assert_eq!(name, "acme-demo");
        assert_eq!(record.data.account_id, demo::ACCOUNT_ADMIN);
        assert_eq!(record.data.email, demo::ADMIN_EMAIL);
        assert_eq!(
            record.token_store,
            chatwoot_link::store::TokenStoreKind::Keyring
        );
        let stored = store
            .read_token(&name, &record)
            .expect("token in the keyring");
        assert_eq!(stored.expose(), token);
    })
    .join()
    .expect("keyring checks");
    assert_eq!(files_containing(cfg.path(), token), Vec::<String>::new());
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_mid_form_saves_nothing_and_gives_the_terminal_back() {
    let sb = sandbox().await;
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let url = sb.url();
    let (code, after, alt, paste) = tokio::task::spawn_blocking(move || {
        // The shell runs `stty -a` on the same terminal after the wizard: what the user's
        // shell would find.
        let script = format!("'{BIN}'; echo EXIT=$?; stty -a");
        let mut pty = Pty::spawn(
            &["/bin/sh", "-c", &script],
            &[("CHATWOOT_LINK_CONFIG_DIR", &cfg_path)],
        );
        pty.wait_for("Chatwoot URL");
        pty.type_keys(&url);
        pty.type_keys(TAB);
        pty.type_keys(demo::ADMIN_EMAIL);
        pty.type_keys(TAB);
        pty.type_keys(demo::ADMIN_TOKEN);
        pty.send(b"\x03");
        pty.wait_for("EXIT=");
        let code = pty.wait_exit();
        let screen = pty.screen.lock().expect("screen");
        let s = screen.screen();
        let after = s.contents();
        (code, after, s.alternate_screen(), s.bracketed_paste())
    })
    .await
    .expect("pty thread");
    assert_eq!(code, 0, "the shell itself ends fine");
    assert!(after.contains("EXIT=130"), "{after}");
    assert!(after.contains("nothing was saved"), "{after}");
    assert!(!alt, "still on the alternate screen");
    assert!(!paste, "bracketed paste still on");
    // Raw mode is off: the line discipline echoes and edits lines again.
    assert!(
        after.contains(" icanon") && after.contains(" echo "),
        "{after}"
    );
    assert!(!cfg.path().join("profiles.toml").exists());
    assert_eq!(
        files_containing(cfg.path(), demo::ADMIN_TOKEN),
        Vec::<String>::new()
    );
    sb.shutdown().await;
}

#[test]
fn demo_links_the_demo_account() {
    let data = tempfile::tempdir().expect("tempdir");
    let data_path = data.path().display().to_string();
    let mut pty = Pty::spawn(
        &[BIN, "--demo", "--reset"],
        &[("XDG_DATA_HOME", &data_path)],
    );
    pty.wait_for("DEMO");
    // The demo's WhatsApp inboxes are known (one symbol each: the demo's warning, a ready
    // one): the walk stops at their picker too.
    pty.wait_for("!✓ 3 inboxes");
    // Everything is pre-filled: Enter walks the form (the inboxes too) and opens the review.
    for _ in 0..6 {
        pty.type_keys(ENTER);
    }
    pty.wait_for("Review: acme-demo");
    pty.type_keys(ENTER);
    pty.wait_for("acme-demo is linked");
    // The next commands need the demo server, which ends with the wizard: it says how.
    pty.wait_for("sandbox --port");
    pty.type_keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert!(!contains(&pty.raw(), demo::ADMIN_TOKEN), "token on screen");
    // What the run did stays in the scrollback after the screen is restored.
    assert!(
        contains(&pty.raw(), "Linked acme-demo: 127.0.0.1:"),
        "no summary line after exit"
    );

    let dir = data.path().join("chatwoot-link/demo");
    let store = chatwoot_link::store::Store::builder(&dir).build();
    let (_, record) = store.profile(Some("acme-demo")).expect("demo profile");
    assert_eq!(record.data.account_id, demo::ACCOUNT_ADMIN);
    assert_eq!(
        record.token_store,
        chatwoot_link::store::TokenStoreKind::File
    );
    // The demo token lives in the demo's file store and nowhere else.
    let holders = files_containing(&dir, demo::ADMIN_TOKEN);
    assert_eq!(holders.len(), 1, "{holders:?}");
    assert!(holders[0].ends_with("tokens.toml"));

    // The next demo run points the saved demo profiles at its own sandbox, opens on the
    // home screen, and `a` names the new profile around the one that exists.
    let config = dir.join("profiles.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    let moved = text.replace(&record.data.url, "http://127.0.0.1:9");
    std::fs::write(&config, moved).expect("rewrite url");
    let mut pty = Pty::spawn(&[BIN, "--demo"], &[("XDG_DATA_HOME", &data_path)]);
    pty.wait_for("1 linked profile");
    // Its live status came in: the demo shows one readiness warning by design.
    pty.wait_for("Meta reports quality YELLOW");
    pty.type_keys("a");
    pty.wait_for("acme-demo-2");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 130);
    let (_, again) = store.profile(Some("acme-demo")).expect("demo profile");
    assert!(again.data.url.starts_with("http://127.0.0.1:"));
    assert_ne!(again.data.url, "http://127.0.0.1:9");
    assert!(!pty.alternate_screen());
}

#[test]
fn sigterm_exits_130_and_leaves_the_alternate_screen() {
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let mut pty = Pty::spawn(&[BIN], &[("CHATWOOT_LINK_CONFIG_DIR", &cfg_path)]);
    pty.wait_for("Chatwoot URL");
    pty.type_keys("chat.example");
    assert!(pty.alternate_screen());
    let pid = pty
        .child
        .process_id()
        .and_then(|p| i32::try_from(p).ok())
        .and_then(rustix::process::Pid::from_raw)
        .expect("pid");
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).expect("kill");
    assert_eq!(pty.wait_exit(), 130);
    let screen = pty.screen.lock().expect("screen");
    assert!(!screen.screen().alternate_screen());
    assert!(!screen.screen().bracketed_paste());
    assert!(!cfg.path().join("profiles.toml").exists());
}

#[test]
fn ctrl_z_hands_the_terminal_to_the_shell_and_fg_redraws() {
    if !Path::new("/bin/bash").exists() {
        eprintln!("skipping: no /bin/bash for job control");
        return;
    }
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let mut pty = Pty::spawn(
        &["/bin/bash", "--norc", "--noprofile", "-i"],
        &[("CHATWOOT_LINK_CONFIG_DIR", &cfg_path), ("PS1", "$ ")],
    );
    pty.type_keys(&format!("'{BIN}'\r"));
    pty.wait_for("Chatwoot URL");
    pty.type_keys("chat.example");
    pty.send(b"\x1a");
    pty.wait_for("Stopped");
    assert!(!pty.alternate_screen());
    pty.type_keys("fg\r");
    pty.wait_for("chat.example");
    assert!(pty.alternate_screen());
    pty.send(b"\x03");
    pty.wait_for("cancelled: nothing was saved");
    pty.type_keys("exit\r");
    pty.wait_exit();
}

#[test]
fn resizing_redraws_compact_then_too_small_then_full() {
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let mut pty = Pty::spawn(&[BIN], &[("CHATWOOT_LINK_CONFIG_DIR", &cfg_path)]);
    pty.wait_for("each checked live as you type");
    pty.type_keys("chat.example");
    pty.resize(60, 20);
    pty.wait_for("Welcome! Link a Chatwoot account");
    pty.resize(45, 12);
    pty.wait_for("Terminal too small");
    pty.resize(80, 24);
    pty.wait_for("each checked live as you type");
    assert!(
        pty.contents().contains("chat.example"),
        "{}",
        pty.contents()
    );
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 130);
}

#[test]
fn without_a_terminal_the_wizard_points_to_add_and_check() {
    let out = std::process::Command::new(BIN)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("chatwoot-link add") && err.contains("chatwoot-link check"),
        "{err}"
    );
}
