//! The keyring backend against a real Secret Service (gnome-keyring on a private D-Bus).
//!
//! Run with `bash .ci/test-in-keyring-session cargo test --test keyring`. With
//! `CHATWOOT_LINK_TEST_KEYRING=1` (set by that script) a missing Secret Service or missing
//! tools fail the tests; without it they print a notice and pass.
//!
//! The failure states (no bus, no Secret Service, a keyring never unlocked, a locked one)
//! each run this test binary again as a child process inside a bus of their own, so the
//! environment of this process is never changed.
#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use chatwoot_link::secret::Token;
use chatwoot_link::store::{
    KeyringError, KeyringStore, MemorySecretStore, ProfileData, SaveOutcome, SecretStore, Store,
    StoreError, TokenStoreKind,
};

const TOKEN: &str = "kEyRiNgToKeN5x9QmWv7Lp2Z";
const CHILD_ENV: &str = "CHATWOOT_LINK_KEYRING_CHILD";
const CHILD_DIR_ENV: &str = "CHATWOOT_LINK_KEYRING_CHILD_DIR";

fn required() -> bool {
    std::env::var("CHATWOOT_LINK_TEST_KEYRING").is_ok_and(|v| v == "1")
}

/// True when the Secret Service tests should run here; false (with a notice) to skip.
fn keyring_session() -> bool {
    if required() {
        return true;
    }
    eprintln!(
        "skipping: no CHATWOOT_LINK_TEST_KEYRING=1 (run: bash .ci/test-in-keyring-session cargo test --test keyring)"
    );
    false
}

/// True when the tools for the nested-session tests exist; skip or fail otherwise.
fn tools() -> bool {
    let have = ["dbus-run-session", "gnome-keyring-daemon", "dbus-send"]
        .iter()
        .all(|t| which(t));
    assert!(
        have || !required(),
        "dbus-run-session, gnome-keyring-daemon and dbus-send are required (apt-get install dbus gnome-keyring)"
    );
    if !have {
        eprintln!("skipping: dbus-run-session / gnome-keyring-daemon not installed");
    }
    have
}

fn which(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn data(url: &str) -> ProfileData {
    ProfileData {
        url: url.to_owned(),
        email: "jane@example.com".to_owned(),
        account_id: 1,
        account_name: "Acme".to_owned(),
        user_id: 7,
        user_name: "Jane Doe".to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: "2026-06-20T09:15:02Z".parse().expect("timestamp"),
        inbox_ids: Vec::new(),
    }
}

fn keyring_store(dir: &Path) -> Store {
    Store::builder(dir)
        .keyring(Arc::new(
            KeyringStore::new().with_timeout(Duration::from_secs(20)),
        ))
        .build()
}

/// A keyring-backed store on a fresh temp DIR (keep the `TempDir` alive).
fn session_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = keyring_store(dir.path());
    (dir, store)
}

/// Saves NAME (the `data` profile on chat.example.com) with TOKEN in STORE's keyring.
fn save_in_keyring(store: &Store, name: &str, token: &Token) -> Result<SaveOutcome, StoreError> {
    store.save_new(
        name,
        data("https://chat.example.com"),
        token,
        TokenStoreKind::Keyring,
    )
}

fn secret_tool(args: &[&str]) -> String {
    let out = Command::new("secret-tool")
        .args(args)
        .output()
        .expect("secret-tool runs (apt-get install libsecret-tools)");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// The `secret-tool search --all` block of the item with this username, if any.
fn item_block(username: &str) -> Option<String> {
    // Searching by both attributes keeps other tests' items (being deleted concurrently)
    // out of the answer.
    let all = secret_tool(&[
        "search",
        "--all",
        "service",
        "chatwoot-link",
        "username",
        username,
    ]);
    all.split("\n[")
        .find(|block| block.contains(&format!("attribute.username = {username}\n")))
        .map(str::to_owned)
}

fn assert_not_in_files(dir: &Path, needle: &str) {
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(needle),
            "the token is in {}",
            path.display()
        );
    }
}

#[test]
fn save_read_replace_revoke_in_the_real_keyring() {
    if !keyring_session() {
        return;
    }
    let (dir, store) = session_store();
    store
        .probe(TokenStoreKind::Keyring)
        .expect("the keyring works");
    let token = Token::parse(TOKEN).expect("token");
    let saved = save_in_keyring(&store, "Acme", &token).expect("saved");
    let key = saved.record.token_ref.clone();
    let instance = store.config().expect("config").instance.expect("instance");
    assert!(key.starts_with(&format!("{instance}/")), "{key}");

    // secret-tool sees it, with the readable label and our attributes.
    let block = item_block(&key).expect("the item is in the keyring");
    assert!(
        block.contains("label = chatwoot-link: acme (chat.example.com, account 1)"),
        "{block}"
    );
    assert!(
        block.contains("attribute.service = chatwoot-link"),
        "{block}"
    );
    assert_eq!(
        secret_tool(&["lookup", "service", "chatwoot-link", "username", &key]).trim(),
        TOKEN
    );
    assert_eq!(
        store.read_token("acme", &saved.record).expect("read"),
        token
    );
    assert_not_in_files(dir.path(), TOKEN);

    // Replacing the token writes a new entry and deletes the old one.
    let token2 = Token::parse("sEcOnDtOkEn4q8RmXv2NwPz7").expect("token");
    let replaced = store
        .replace(
            "acme",
            &saved.record,
            data("https://chat.example.com"),
            Some(&token2),
            None,
        )
        .expect("replaced");
    assert!(replaced.warnings.is_empty(), "{:?}", replaced.warnings);
    assert!(item_block(&key).is_none(), "the old secret is gone");
    let key2 = replaced.record.token_ref.clone();
    assert_ne!(key, key2);
    assert!(item_block(&key2).is_some());
    assert_eq!(
        store.read_token("acme", &replaced.record).expect("read"),
        token2
    );

    // A rename relabels the item.
    store.rename("acme", "acme-prod").expect("renamed");
    let block = item_block(&key2).expect("still there");
    assert!(
        block.contains("label = chatwoot-link: acme-prod (chat.example.com, account 1)"),
        "{block}"
    );

    // Revoke removes the config entry, then the secret.
    let revoked = store.revoke("acme-prod").expect("revoked");
    assert!(matches!(
        revoked.secret,
        chatwoot_link::store::SecretRemoval::Deleted
    ));
    assert!(
        item_block(&key2).is_none(),
        "the secret is gone after revoke"
    );
    assert!(store.config().expect("config").profiles.is_empty());
    assert_not_in_files(dir.path(), "sEcOnDtOkEn4q8RmXv2NwPz7");
}

#[test]
#[cfg(feature = "cli")]
fn doctor_through_the_binary_is_healthy_with_a_working_keyring() {
    if !keyring_session() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("cfg"); // created 0700 by the store
    let store = keyring_store(&dir);
    save_in_keyring(&store, "acme", &Token::parse(TOKEN).expect("token")).expect("saved");
    let out = Command::new(bin())
        .arg("--config-dir")
        .arg(&dir)
        .args(["doctor", "--offline"])
        .output()
        .expect("doctor runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("keyring      ok: Secret Service"),
        "{stdout}"
    );
    assert!(stdout.contains("secrets      ok"), "{stdout}");
    assert!(!stdout.contains(TOKEN));
    let token = Command::new(bin())
        .arg("--config-dir")
        .arg(&dir)
        .arg("token")
        .output()
        .expect("token runs");
    assert_eq!(String::from_utf8_lossy(&token.stdout), format!("{TOKEN}\n"));
    store.revoke("acme").expect("cleanup");
}

#[test]
fn a_missing_secret_is_reported_as_missing_once_the_probe_passed() {
    if !keyring_session() {
        return;
    }
    let (_dir, store) = session_store();
    let token = Token::parse(TOKEN).expect("token");
    let saved = save_in_keyring(&store, "gone", &token).expect("saved");
    secret_tool(&[
        "clear",
        "service",
        "chatwoot-link",
        "username",
        &saved.record.token_ref,
    ]);
    let err = store.read_token("gone", &saved.record).unwrap_err();
    assert!(matches!(err, StoreError::SecretMissing { .. }), "{err:?}");
    assert!(err.to_string().contains("edit gone --token-stdin"), "{err}");
    let report = store.doctor();
    assert_eq!(report.secrets.len(), 1);
    assert!(report.backends.iter().all(|b| b.probe.is_ok()));
}

#[test]
fn doctor_names_and_removes_only_this_instances_orphans() {
    if !keyring_session() {
        return;
    }
    let (_dir, store) = session_store();
    let token = Token::parse(TOKEN).expect("token");
    let saved = save_in_keyring(&store, "kept", &token).expect("saved");
    let instance = store.config().expect("config").instance.expect("instance");
    let keyring = KeyringStore::new();
    let orphan = format!("{instance}/{}", uuid::Uuid::new_v4());
    let foreign = format!("{}/{}", uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
    keyring
        .set(&orphan, "chatwoot-link: orphan", &token)
        .expect("set");
    keyring
        .set(&foreign, "chatwoot-link: other dir", &token)
        .expect("set");

    let report = store.doctor();
    let keys: Vec<&str> = report.orphans.iter().map(|o| o.key.as_str()).collect();
    assert_eq!(keys, vec![orphan.as_str()]);
    assert_eq!(report.backends[0].searchable, Some(true));
    let removed = store.remove_orphans(&report.orphans).expect("fix");
    assert_eq!(removed.len(), 1);
    assert!(matches!(removed[0].1, Ok(true)));
    assert!(item_block(&orphan).is_none());
    assert!(
        item_block(&foreign).is_some(),
        "another instance's entry is untouched"
    );
    assert!(
        item_block(&saved.record.token_ref).is_some(),
        "the profile's own secret stays"
    );
    keyring.delete(&foreign).expect("cleanup");
}

#[test]
fn profile_load_reads_the_token_from_its_own_keyring_connection() {
    if !keyring_session() {
        return;
    }
    let (dir, store) = session_store();
    let token = Token::parse(TOKEN).expect("token");
    save_in_keyring(&store, "svc", &token).expect("saved");
    let profile = chatwoot_link::Profile::load_from(dir.path(), Some("svc")).expect("loaded");
    assert_eq!(profile.url(), "https://chat.example.com");
    assert_eq!(profile.account_id(), 1);
    assert_eq!(secrecy::ExposeSecret::expose_secret(profile.token()), TOKEN);
    assert!(!format!("{profile:?}").contains(TOKEN));
}

/// The chatwoot-link binary (for `doctor` in a session), or `false` without the CLI.
fn bin() -> &'static str {
    #[cfg(feature = "cli")]
    {
        env!("CARGO_BIN_EXE_chatwoot-link")
    }
    #[cfg(not(feature = "cli"))]
    {
        "false"
    }
}

#[path = "keyring/failures.rs"]
mod failures;
#[path = "keyring/killed.rs"]
mod killed;
