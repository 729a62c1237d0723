//! The keyring backend against a real Secret Service (gnome-keyring on a private D-Bus).
//!
//! Run with `bash .ci/test-in-keyring-session cargo test --test keyring`. With
//! `CHATWOOT_LINK_TEST_KEYRING=1` (set by that script) a missing Secret Service or missing
//! tools fail the tests; without it they print a notice and pass.
//!
//! The failure states (no bus, no Secret Service, a keyring never unlocked, a locked one)
//! each run this test binary again as a child process inside a bus of their own, so the
//! environment of this process is never changed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use chatwoot_link::secret::Token;
use chatwoot_link::store::{
    KeyringError, KeyringStore, MemorySecretStore, ProfileData, SecretStore, Store, StoreError,
    TokenStoreKind,
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
    }
}

fn keyring_store(dir: &Path) -> Store {
    Store::builder(dir)
        .keyring(Arc::new(
            KeyringStore::new().with_timeout(Duration::from_secs(20)),
        ))
        .build()
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
    let dir = tempfile::tempdir().expect("tempdir");
    let store = keyring_store(dir.path());
    store
        .probe(TokenStoreKind::Keyring)
        .expect("the keyring works");
    let token = Token::parse(TOKEN).expect("token");
    let saved = store
        .save_new(
            "Acme",
            data("https://chat.example.com"),
            &token,
            TokenStoreKind::Keyring,
        )
        .expect("saved");
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

    // Revoke removes the config entry, then the secret.
    let revoked = store.revoke("acme").expect("revoked");
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
fn a_missing_secret_is_reported_as_missing_once_the_probe_passed() {
    if !keyring_session() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let store = keyring_store(dir.path());
    let token = Token::parse(TOKEN).expect("token");
    let saved = store
        .save_new(
            "gone",
            data("https://chat.example.com"),
            &token,
            TokenStoreKind::Keyring,
        )
        .expect("saved");
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
    let dir = tempfile::tempdir().expect("tempdir");
    let store = keyring_store(dir.path());
    let token = Token::parse(TOKEN).expect("token");
    let saved = store
        .save_new(
            "kept",
            data("https://chat.example.com"),
            &token,
            TokenStoreKind::Keyring,
        )
        .expect("saved");
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
    let dir = tempfile::tempdir().expect("tempdir");
    let store = keyring_store(dir.path());
    let token = Token::parse(TOKEN).expect("token");
    store
        .save_new(
            "svc",
            data("https://chat.example.com"),
            &token,
            TokenStoreKind::Keyring,
        )
        .expect("saved");
    let profile = chatwoot_link::Profile::load_from(dir.path(), Some("svc")).expect("loaded");
    assert_eq!(profile.url(), "https://chat.example.com");
    assert_eq!(profile.account_id(), 1);
    assert_eq!(secrecy::ExposeSecret::expose_secret(profile.token()), TOKEN);
    assert!(!format!("{profile:?}").contains(TOKEN));
}

// ---- failure states, each in a bus of its own -------------------------------------------

/// What a child run reported: the error kind and its message.
struct ChildResult {
    kind: String,
    message: String,
    output: String,
}

/// Runs `script` inside `dbus-run-session` (with `config` as its bus configuration when
/// given), fresh XDG dirs, and `$CHILD` bound to a command that runs this binary's child
/// test with `CHATWOOT_LINK_KEYRING_CHILD=<op>` taken from the script's environment.
fn in_session(config: Option<&Path>, dir: &Path, script: &str) -> ChildResult {
    let tmp = tempfile::tempdir().expect("tempdir");
    let runtime = tmp.path().join("runtime");
    std::fs::create_dir_all(&runtime).expect("runtime dir");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    }
    let exe = std::env::current_exe().expect("test binary");
    let mut cmd = Command::new("dbus-run-session");
    if let Some(c) = config {
        cmd.arg(format!("--config-file={}", c.display()));
    }
    cmd.args(["--", "bash", "-c", script, "bash"])
        .arg(&exe)
        .env("XDG_DATA_HOME", tmp.path().join("data"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env(CHILD_DIR_ENV, dir)
        .env_remove("CHATWOOT_LINK_TEST_KEYRING");
    let out = cmd.output().expect("dbus-run-session runs");
    let output =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let field = |name: &str| {
        output
            .lines()
            .rev()
            .find_map(|l| l.split_once(&format!("{name}=")).map(|(_, v)| v))
            .unwrap_or_default()
            .to_owned()
    };
    ChildResult {
        kind: field("CHILD_KIND"),
        message: field("CHILD_MESSAGE"),
        output,
    }
}

/// The shell snippet that runs the child with op `$1`.
const CHILD_FN: &str = r#"child() { CHATWOOT_LINK_KEYRING_CHILD="$1" "$EXE" --exact child_process --nocapture --test-threads=1; }; EXE="$1"; "#;

fn kind(e: &StoreError) -> &'static str {
    match e {
        StoreError::Keyring(KeyringError::NoBus { .. }) => "no_bus",
        StoreError::Keyring(KeyringError::NoSecretService { .. }) => "no_secret_service",
        StoreError::Keyring(KeyringError::NoCollection) => "no_collection",
        StoreError::Keyring(KeyringError::Locked { .. }) => "locked",
        StoreError::Keyring(KeyringError::Timeout { .. }) => "timeout",
        StoreError::Keyring(_) => "keyring_other",
        StoreError::SecretMissing { .. } => "missing",
        _ => "other",
    }
}

/// Not a test of its own: the body of the child processes above (does nothing otherwise).
#[test]
fn child_process() {
    let Ok(op) = std::env::var(CHILD_ENV) else {
        return;
    };
    let dir = PathBuf::from(std::env::var_os(CHILD_DIR_ENV).expect("child dir"));
    let store = Store::builder(&dir)
        .keyring(Arc::new(
            KeyringStore::new().with_timeout(Duration::from_secs(10)),
        ))
        .build();
    let token = Token::parse(TOKEN).expect("token");
    let result: Result<String, StoreError> = match op.as_str() {
        "probe" => store
            .probe(TokenStoreKind::Keyring)
            .map(|()| "ok".to_owned()),
        "get" => store
            .secrets(TokenStoreKind::Keyring)
            .get("00000000-0000-0000-0000-000000000000/none")
            .map(|t| if t.is_some() { "found" } else { "no_entry" }.to_owned()),
        "save" => store
            .save_new(
                "acme",
                data("https://chat.example.com"),
                &token,
                TokenStoreKind::Keyring,
            )
            .map(|_| "ok".to_owned()),
        "read" => store
            .profile(Some("acme"))
            .and_then(|(n, r)| store.read_token(&n, &r))
            .map(|t| if t == token { "ok" } else { "wrong" }.to_owned()),
        other => panic!("unknown child op {other}"),
    };
    match result {
        Ok(s) => println!("CHILD_KIND={s}\nCHILD_MESSAGE="),
        Err(e) => println!("CHILD_KIND={}\nCHILD_MESSAGE={e}", kind(&e)),
    }
}

#[test]
fn no_session_bus_says_so() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let r = in_session(
        None,
        dir.path(),
        &format!("{CHILD_FN} DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent child probe"),
    );
    assert_eq!(r.kind, "no_bus", "{}", r.output);
    assert!(r.message.contains("no D-Bus session bus"), "{}", r.message);
    assert!(r.message.contains("/nonexistent"), "{}", r.message);
    assert!(r.message.contains("--insecure-storage"), "{}", r.message);
}

#[test]
fn a_bus_without_a_secret_service_says_so() {
    if !tools() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let services = tmp.path().join("services");
    std::fs::create_dir_all(&services).expect("dir");
    // A session bus that can activate nothing: no Secret Service will ever answer.
    let config = tmp.path().join("session.conf");
    std::fs::write(
        &config,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <servicedir>{}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
            services.display()
        ),
    )
    .expect("config");
    let dir = tempfile::tempdir().expect("tempdir");
    let r = in_session(
        Some(&config),
        dir.path(),
        &format!("{CHILD_FN} child probe"),
    );
    assert_eq!(r.kind, "no_secret_service", "{}", r.output);
    assert!(r.message.contains("no Secret Service"), "{}", r.message);
}

#[test]
fn a_keyring_never_unlocked_is_not_mistaken_for_a_missing_secret() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    // A profile that points at the keyring, written without one.
    let seed = Store::builder(dir.path())
        .keyring(Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring)))
        .build();
    seed.save_new(
        "acme",
        data("https://chat.example.com"),
        &Token::parse(TOKEN).expect("token"),
        TokenStoreKind::Keyring,
    )
    .expect("seeded");
    let start = "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; ";
    // gnome-keyring answers "no such entry" here...
    let get = in_session(None, dir.path(), &format!("{CHILD_FN} {start} child get"));
    assert_eq!(get.kind, "no_entry", "{}", get.output);
    // ...which the store does not believe: the probe finds no collection to write to.
    let read = in_session(None, dir.path(), &format!("{CHILD_FN} {start} child read"));
    assert_eq!(read.kind, "no_collection", "{}", read.output);
    assert!(
        read.message.contains("no default collection"),
        "{}",
        read.message
    );
    let probe = in_session(None, dir.path(), &format!("{CHILD_FN} {start} child probe"));
    assert_eq!(probe.kind, "no_collection", "{}", probe.output);
}

#[test]
fn a_locked_keyring_says_locked() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let script = format!(
        "{CHILD_FN} echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
         child save; \
         dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
           org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null; \
         child read"
    );
    let r = in_session(None, dir.path(), &script);
    assert!(
        r.output.contains("CHILD_KIND=ok"),
        "the save worked: {}",
        r.output
    );
    assert_eq!(r.kind, "locked", "{}", r.output);
    assert!(r.message.contains("locked"), "{}", r.message);
}
