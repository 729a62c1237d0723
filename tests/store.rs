//! The profile store on a real temp DIR, with failing writers and secret stores injected:
//! every failed step leaves the previous state whole (bytes of profiles.toml, secrets held).
//! Tests run as root, so modes are asserted as bits and failures are injected, never
//! provoked with permissions.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chatwoot_link::secret::Token;
use chatwoot_link::store::faults::{FaultySecretStore, FaultyWriter, SecretFault, WriteStep};
use chatwoot_link::store::{
    ErrorClass, MemorySecretStore, ProfileData, SecretRemoval, SecretStore, Store, StoreError,
    TokenStoreKind,
};
use jiff::Timestamp;

const T1: &str = "fIrStToKeN8k2PqWx5Lm9ZvR";
const T2: &str = "sEcOnDtOkEn4q8RmXv2NwPz7";

fn tok(s: &str) -> Token {
    Token::parse(s).expect("token")
}

fn data(url: &str, email: &str) -> ProfileData {
    ProfileData {
        url: url.to_owned(),
        email: email.to_owned(),
        account_id: 1,
        account_name: "Acme".to_owned(),
        user_id: 7,
        user_name: "Jane Doe".to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: "2026-06-20T09:15:02Z".parse().expect("timestamp"),
    }
}

fn acme() -> ProfileData {
    data("https://chat.example.com", "jane@example.com")
}

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    secrets: Arc<MemorySecretStore>,
    faulty: Arc<FaultySecretStore>,
    writer: Arc<FaultyWriter>,
    store: Store,
}

impl Fixture {
    fn new() -> Self {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("nested").join("chatwoot-link");
        let secrets = Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring));
        let faulty = Arc::new(FaultySecretStore::new(secrets.clone()));
        let writer = Arc::new(FaultyWriter::new());
        let store = Store::builder(&dir)
            .writer(writer.clone())
            .keyring(faulty.clone())
            .lock_timeout(Duration::from_secs(10))
            .build();
        Self {
            _tmp: tmp,
            dir,
            secrets,
            faulty,
            writer,
            store,
        }
    }

    /// Another Store on the same DIR and secrets (as another process would have).
    fn other(&self) -> Store {
        Store::builder(&self.dir)
            .keyring(self.secrets.clone())
            .build()
    }

    fn config_bytes(&self) -> Vec<u8> {
        std::fs::read(self.dir.join("profiles.toml")).unwrap_or_default()
    }

    fn state(&self) -> (Vec<u8>, Vec<String>) {
        (self.config_bytes(), self.secrets.keys())
    }

    fn temp_files(&self) -> Vec<String> {
        std::fs::read_dir(&self.dir)
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| Path::new(n).extension().is_some_and(|e| e == "tmp"))
            .collect()
    }

    fn with_two(self) -> Self {
        self.store
            .save_new("acme", acme(), &tok(T1), TokenStoreKind::Keyring)
            .expect("acme");
        self.store
            .save_new(
                "beta",
                data("https://beta.example.com", "bob@example.com"),
                &tok(T1),
                TokenStoreKind::Keyring,
            )
            .expect("beta");
        self
    }
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

#[test]
#[cfg(unix)]
fn dir_and_files_are_private_from_creation() {
    let f = Fixture::new();
    f.store
        .save_new("acme", acme(), &tok(T1), TokenStoreKind::File)
        .expect("saved");
    assert_eq!(mode(&f.dir), 0o700);
    for name in ["profiles.toml", "profiles.lock", "tokens.toml"] {
        assert_eq!(mode(&f.dir.join(name)), 0o600, "{name}");
    }
    assert!(f.store.doctor().permissions.is_empty());
}

#[test]
fn the_file_follows_the_schema() {
    let f = Fixture::new().with_two();
    let text = String::from_utf8(f.config_bytes()).expect("utf-8");
    let v: toml::Table = toml::from_str(&text).expect("toml");
    assert_eq!(v["schema"].as_integer(), Some(1));
    assert_eq!(
        v["default"].as_str(),
        Some("acme"),
        "the first profile is the default"
    );
    let instance = v["instance"].as_str().expect("instance");
    uuid::Uuid::parse_str(instance).expect("a uuid");
    let p = v["profiles"]["acme"].as_table().expect("profile table");
    for key in [
        "id",
        "url",
        "email",
        "account_id",
        "account_name",
        "user_id",
        "user_name",
        "role",
        "server_version",
        "verified_at",
        "token_store",
        "token_ref",
    ] {
        assert!(p.contains_key(key), "missing {key} in\n{text}");
    }
    assert_eq!(p["verified_at"].as_str(), Some("2026-06-20T09:15:02Z"));
    assert_eq!(p["token_store"].as_str(), Some("keyring"));
    let token_ref = p["token_ref"].as_str().expect("ref");
    assert!(token_ref.starts_with(&format!("{instance}/")));
    assert_eq!(
        f.secrets.label(token_ref).as_deref(),
        Some("chatwoot-link: acme (chat.example.com, account 1)")
    );
    // The instance is written once.
    f.store.set_default("beta").expect("default");
    let again: toml::Table =
        toml::from_str(&String::from_utf8_lossy(&f.config_bytes())).expect("toml");
    assert_eq!(again["instance"].as_str(), Some(instance));
}

#[test]
fn names_are_checked_and_unique() {
    let f = Fixture::new().with_two();
    let e = f
        .store
        .save_new("-bad", acme(), &tok(T1), TokenStoreKind::Keyring)
        .unwrap_err();
    assert_eq!(e.class(), ErrorClass::Usage);
    let e = f
        .store
        .save_new("ACME", acme(), &tok(T1), TokenStoreKind::Keyring)
        .unwrap_err();
    assert!(matches!(e, StoreError::NameTaken { .. }), "{e:?}");
    assert!(e.to_string().contains("chatwoot-link edit acme"), "{e}");
    assert_eq!(e.class(), ErrorClass::Usage);
    let e = f.store.profile(Some("nope")).unwrap_err();
    assert!(e.to_string().contains("acme, beta"), "{e}");
    assert_eq!(e.class(), ErrorClass::Usage);
    assert_eq!(f.secrets.keys().len(), 2, "refused saves leave no secret");
}

#[test]
fn removing_the_default_leaves_the_only_remaining_one_or_none() {
    let f = Fixture::new().with_two();
    f.store
        .save_new("gamma", acme(), &tok(T1), TokenStoreKind::Keyring)
        .expect("gamma");
    let r = f.store.revoke("acme").expect("revoke");
    assert_eq!(r.default, None, "two remain: no default");
    assert!(matches!(r.secret, SecretRemoval::Deleted));
    f.store.set_default("beta").expect("default");
    let r = f.store.revoke("beta").expect("revoke");
    assert_eq!(r.default.as_deref(), Some("gamma"), "the only one left");
    assert_eq!(f.secrets.keys().len(), 1);
    let e = f.store.revoke("beta").unwrap_err();
    assert!(matches!(e, StoreError::UnknownProfile { .. }));
}

#[test]
fn rename_and_default_follow() {
    let f = Fixture::new().with_two();
    let id = f.store.profile(Some("acme")).expect("acme").1.id;
    assert_eq!(
        f.store.rename("acme", "Acme-Prod").expect("renamed"),
        "acme-prod"
    );
    let c = f.store.config().expect("config");
    assert_eq!(c.default.as_deref(), Some("acme-prod"));
    assert_eq!(c.profiles["acme-prod"].id, id, "the id never changes");
    assert!(matches!(
        f.store.rename("beta", "acme-prod").unwrap_err(),
        StoreError::NameTaken { .. }
    ));
}

/// Every config-writing operation, failed at every file step, leaves bytes and secrets.
type Op = fn(&Store) -> Result<(), StoreError>;

#[test]
fn a_failed_file_step_leaves_the_previous_state_whole() {
    let steps = [
        WriteStep::Create,
        WriteStep::Write,
        WriteStep::Sync,
        WriteStep::Rename,
    ];
    let ops: [(&str, Op); 7] = [
        ("save_new", |s| {
            s.save_new("gamma", acme(), &tok(T2), TokenStoreKind::Keyring)
                .map(drop)
        }),
        ("replace", |s| {
            let (_, r) = s.profile(Some("acme"))?;
            s.replace(
                "acme",
                &r,
                data("https://new.example.com", "new@example.com"),
                Some(&tok(T2)),
                Some("renamed"),
            )
            .map(drop)
        }),
        ("revoke", |s| s.revoke("acme").map(drop)),
        ("rename", |s| s.rename("acme", "other").map(drop)),
        ("set_default", |s| s.set_default("beta").map(drop)),
        ("touch_verified", |s| {
            let (_, r) = s.profile(Some("acme"))?;
            s.touch_verified(r.id, Timestamp::now()).map(drop)
        }),
        ("rotate", |s| {
            let c = s.config()?;
            let all: Vec<_> = c.profiles.into_iter().collect();
            s.rotate(&all, &tok(T2)).map(drop)
        }),
    ];
    for (name, op) in ops {
        for step in steps {
            let f = Fixture::new().with_two();
            let before = f.state();
            f.writer.fail_next(step);
            let e = op(&f.store).expect_err(&format!("{name} must fail at {step:?}"));
            assert!(matches!(e, StoreError::Io { .. }), "{name} {step:?}: {e:?}");
            assert_eq!(e.class(), ErrorClass::Storage);
            assert_eq!(f.state(), before, "{name} at {step:?} changed the state");
            assert!(
                f.temp_files().is_empty(),
                "{name} {step:?}: {:?}",
                f.temp_files()
            );
            // And the same operation works once the fault is gone.
            op(&f.store).unwrap_or_else(|e| panic!("{name} after {step:?}: {e}"));
        }
    }
}

#[test]
fn a_failed_secret_step_leaves_the_previous_state_whole() {
    for fault in [
        SecretFault::Set,
        SecretFault::SetAfterWrite,
        SecretFault::Get,
        SecretFault::GetWrongValue,
        SecretFault::GetNoEntry,
    ] {
        let f = Fixture::new().with_two();
        let before = f.state();
        f.faulty.fail_next(fault);
        let e = f
            .store
            .save_new("gamma", acme(), &tok(T2), TokenStoreKind::Keyring)
            .expect_err("save must fail");
        assert_eq!(e.class(), ErrorClass::Storage, "{fault:?}");
        assert_eq!(f.state(), before, "save with {fault:?}");

        let (_, r) = f.store.profile(Some("acme")).expect("acme");
        f.faulty.fail_next(fault);
        f.store
            .replace("acme", &r, acme(), Some(&tok(T2)), None)
            .expect_err("replace must fail");
        assert_eq!(f.state(), before, "replace with {fault:?}");
        assert_eq!(
            f.store.read_token("acme", &r).expect("old token").expose(),
            T1
        );
    }
    let f = Fixture::new();
    f.faulty.fail_next(SecretFault::GetWrongValue);
    let e = f
        .store
        .save_new("acme", acme(), &tok(T1), TokenStoreKind::Keyring)
        .unwrap_err();
    assert!(matches!(e, StoreError::ReadBackMismatch { .. }), "{e:?}");
    assert!(f.secrets.keys().is_empty());
}

#[test]
fn a_rotation_that_fails_halfway_changes_nothing() {
    let f = Fixture::new().with_two();
    let all: Vec<_> = f.store.config().expect("c").profiles.into_iter().collect();
    let before = f.state();
    // The first profile's new secret is written and read back; the second's fails in
    // every way: the first is taken back each time.
    for fault in [
        SecretFault::Set,
        SecretFault::SetAfterWrite,
        SecretFault::Get,
        SecretFault::GetWrongValue,
    ] {
        f.faulty.fail_after(fault, 1);
        let e = f.store.rotate(&all, &tok(T2)).unwrap_err();
        assert_eq!(e.class(), ErrorClass::Storage, "{fault:?}");
        assert_eq!(f.state(), before, "{fault:?}");
    }
    let out = f.store.rotate(&all, &tok(T2)).expect("rotated");
    assert_eq!(out.len(), 2);
    let c = f.store.config().expect("c");
    for (name, r) in &c.profiles {
        assert_eq!(f.store.read_token(name, r).expect("token").expose(), T2);
    }
    assert_eq!(f.secrets.keys().len(), 2, "the old secrets are deleted");
}

#[test]
fn an_old_secret_that_cannot_be_deleted_becomes_a_named_orphan() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    f.faulty.fail_next(SecretFault::Delete);
    let out = f
        .store
        .replace("acme", &r, acme(), Some(&tok(T2)), None)
        .expect("saved anyway");
    assert_eq!(out.warnings.len(), 1);
    assert!(
        out.warnings[0].contains("doctor --fix"),
        "{:?}",
        out.warnings
    );
    let report = f.store.doctor();
    assert_eq!(report.orphans.len(), 1);
    assert_eq!(report.orphans[0].key, r.token_ref);
    let removed = f.store.remove_orphans(&report.orphans).expect("fixed");
    assert!(matches!(removed[0].1, Ok(true)));
    assert!(f.store.doctor().orphans.is_empty());
    assert_eq!(f.secrets.keys().len(), 2);
}

#[test]
fn an_unsynced_directory_keeps_the_old_secret() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    f.writer.fail_next(WriteStep::SyncDir);
    let out = f
        .store
        .replace("acme", &r, acme(), Some(&tok(T2)), None)
        .expect("saved");
    assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
    assert!(f.secrets.keys().contains(&r.token_ref), "old secret kept");
}

#[test]
fn no_entry_from_a_locked_store_is_not_called_missing() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    f.faulty.fail_next(SecretFault::GetNoEntry);
    f.faulty.set_probe_fails(true);
    let e = f.store.read_token("acme", &r).unwrap_err();
    assert!(matches!(e, StoreError::Keyring(_)), "{e:?}");
    assert!(e.to_string().contains("locked"), "{e}");
    f.faulty.set_probe_fails(false);
    f.secrets.delete(&r.token_ref).expect("delete");
    let e = f.store.read_token("acme", &r).unwrap_err();
    assert!(matches!(e, StoreError::SecretMissing { .. }), "{e:?}");
}

#[test]
fn an_edit_of_a_profile_changed_meanwhile_is_a_conflict() {
    let f = Fixture::new().with_two();
    let (_, loaded) = f.store.profile(Some("acme")).expect("acme");
    let other = f.other();
    other
        .replace(
            "acme",
            &loaded,
            data("https://chat.example.com", "second@example.com"),
            None,
            None,
        )
        .expect("the other edit");
    let before = f.state();
    let e = f
        .store
        .replace("acme", &loaded, acme(), Some(&tok(T2)), None)
        .unwrap_err();
    assert!(matches!(e, StoreError::Conflict { .. }), "{e:?}");
    assert_eq!(
        f.state(),
        before,
        "nothing saved, the new secret taken back"
    );
    // A verified_at update alone is not a conflict.
    let (_, fresh) = f.store.profile(Some("acme")).expect("acme");
    f.store
        .touch_verified(fresh.id, Timestamp::now())
        .expect("touched");
    f.store
        .replace("acme", &fresh, acme(), None, None)
        .expect("no conflict");
}

#[test]
fn ten_concurrent_saves_end_with_ten_profiles() {
    let f = Fixture::new();
    std::thread::scope(|s| {
        for i in 0..10 {
            let store = f.other();
            s.spawn(move || {
                store
                    .save_new(&format!("p{i}"), acme(), &tok(T1), TokenStoreKind::Keyring)
                    .expect("saved");
            });
        }
    });
    let c = f.store.config().expect("config");
    assert_eq!(c.profiles.len(), 10);
    assert!(c.default.is_some());
    assert_eq!(f.secrets.keys().len(), 10);
    assert!(f.store.doctor().orphans.is_empty());
}

#[test]
fn an_edit_while_verified_at_updates_run_loses_neither() {
    let f = Fixture::new().with_two();
    let (_, loaded) = f.store.profile(Some("acme")).expect("acme");
    let base: Timestamp = "2026-07-01T00:00:00Z".parse().expect("ts");
    let last = base + jiff::SignedDuration::from_secs(49);
    std::thread::scope(|s| {
        let status = f.other();
        let id = loaded.id;
        s.spawn(move || {
            for i in 0..50 {
                status
                    .touch_verified(id, base + jiff::SignedDuration::from_secs(i))
                    .expect("touch");
            }
        });
        let edit = f.other();
        s.spawn(move || {
            for i in 0..10 {
                let (_, cur) = edit.profile(Some("acme")).expect("acme");
                edit.replace(
                    "acme",
                    &cur,
                    data("https://chat.example.com", &format!("edit{i}@example.com")),
                    None,
                    None,
                )
                .expect("edit (verified_at changes are not conflicts)");
            }
        });
    });
    let (_, end) = f.store.profile(Some("acme")).expect("acme");
    assert_eq!(end.data.email, "edit9@example.com");
    assert_eq!(end.data.verified_at, last);
}

#[test]
fn a_corrupt_config_is_reported_and_never_written() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    let path = f.dir.join("profiles.toml");
    let mut text = String::from_utf8(f.config_bytes()).expect("utf-8");
    text.push_str("\n[profiles.broken\nurl = 3\n");
    std::fs::write(&path, &text).expect("write");
    let line = text
        .lines()
        .position(|l| l.starts_with("[profiles.broken"))
        .expect("line")
        + 1;
    let results = all_operations(&f.store, &r);
    for (name, result) in results {
        let e = result.expect_err(name);
        let msg = e.to_string();
        assert!(
            msg.starts_with(&format!("{}:{line}:", path.display())),
            "{name}: {msg}"
        );
        assert!(msg.contains("left as it is"), "{name}: {msg}");
        assert_eq!(e.class(), ErrorClass::Storage);
    }
    assert_eq!(f.config_bytes(), text.as_bytes());
    assert!(f.store.doctor().config.is_err());
    let e = chatwoot_link::Profile::load_from(&f.dir, Some("acme")).unwrap_err();
    assert!(e.to_string().contains(&format!(":{line}:")), "{e}");
}

#[test]
fn a_newer_schema_is_read_only() {
    let f = Fixture::new().with_two();
    let path = f.dir.join("profiles.toml");
    let text = String::from_utf8(f.config_bytes())
        .expect("utf-8")
        .replace("schema = 1", "schema = 2\nfuture_field = \"x\"");
    std::fs::write(&path, &text).expect("write");
    // Reads work.
    let c = f.store.config().expect("readable");
    assert_eq!(c.profiles.len(), 2);
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    assert_eq!(f.store.read_token("acme", &r).expect("token").expose(), T1);
    // Writes are refused with a clear message.
    for (name, result) in all_operations(&f.store, &r) {
        let e = result.expect_err(name);
        assert!(
            matches!(e, StoreError::NewerSchema { found: 2, .. }),
            "{name}: {e:?}"
        );
        assert!(e.to_string().contains("read-only"), "{e}");
    }
    assert_eq!(f.config_bytes(), text.as_bytes());
    assert_eq!(f.secrets.keys().len(), 2, "no secret written or deleted");
}

/// Every operation that writes, each returning its error.
fn all_operations(
    s: &Store,
    r: &chatwoot_link::store::ProfileRecord,
) -> Vec<(&'static str, Result<(), StoreError>)> {
    vec![
        (
            "save_new",
            s.save_new("gamma", acme(), &tok(T2), TokenStoreKind::Keyring)
                .map(drop),
        ),
        (
            "replace",
            s.replace("acme", r, acme(), Some(&tok(T2)), None).map(drop),
        ),
        ("revoke", s.revoke("acme").map(drop)),
        ("rename", s.rename("acme", "x").map(drop)),
        ("set_default", s.set_default("beta").map(drop)),
        (
            "touch_verified",
            s.touch_verified(r.id, Timestamp::now()).map(drop),
        ),
        (
            "rotate",
            s.rotate(&[("acme".to_owned(), r.clone())], &tok(T2))
                .map(drop),
        ),
    ]
}

#[test]
fn a_held_lock_times_out_with_a_clear_error() {
    let f = Fixture::new().with_two();
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(f.dir.join("profiles.lock"))
        .expect("lock file");
    lock.lock().expect("locked");
    let store = Store::builder(&f.dir)
        .keyring(f.secrets.clone())
        .lock_timeout(Duration::from_millis(200))
        .build();
    let before = f.state();
    let e = store.set_default("beta").unwrap_err();
    assert!(matches!(e, StoreError::LockTimeout { .. }), "{e:?}");
    assert!(e.to_string().contains("another chatwoot-link"), "{e}");
    assert_eq!(f.state(), before);
    lock.unlock().expect("unlock");
    store.set_default("beta").expect("works once free");
}

#[test]
fn the_token_is_in_no_file_but_the_file_store() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    f.store
        .replace("acme", &r, acme(), Some(&tok(T2)), Some("acme2"))
        .expect("replaced");
    f.store.rename("beta", "beta2").expect("renamed");
    let _ = f.store.doctor();
    for entry in std::fs::read_dir(&f.dir).expect("dir") {
        let path = entry.expect("entry").path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
        assert!(
            !text.contains(T1) && !text.contains(T2),
            "{}",
            path.display()
        );
    }
    // The file store: only tokens.toml holds it, and revoke takes it out.
    f.store
        .save_new("plain", acme(), &tok(T2), TokenStoreKind::File)
        .expect("file store");
    let tokens = std::fs::read_to_string(f.dir.join("tokens.toml")).expect("tokens.toml");
    assert!(tokens.contains(T2));
    assert!(!String::from_utf8_lossy(&f.config_bytes()).contains(T2));
    let c = f.store.config().expect("c");
    assert_eq!(c.profiles["plain"].token_store, TokenStoreKind::File);
    let report = f.store.doctor();
    assert!(
        report
            .backends
            .iter()
            .any(|b| b.kind == TokenStoreKind::File && b.probe.is_ok())
    );
    f.store.revoke("plain").expect("revoked");
    let tokens = std::fs::read_to_string(f.dir.join("tokens.toml")).expect("tokens.toml");
    assert!(!tokens.contains(T2));
}

#[test]
fn doctor_only_removes_orphans_of_this_instance() {
    let f = Fixture::new().with_two();
    let instance = f.store.config().expect("c").instance.expect("instance");
    let mine = format!("{instance}/{}", uuid::Uuid::new_v4());
    let theirs = format!("{}/{}", uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
    f.secrets.set(&mine, "x", &tok(T1)).expect("set");
    f.secrets.set(&theirs, "x", &tok(T1)).expect("set");
    let report = f.store.doctor();
    assert_eq!(report.orphans.len(), 1);
    assert_eq!(report.orphans[0].key, mine);
    // Even when asked to, another instance's key is not touched.
    let mut asked = report.orphans.clone();
    asked.push(chatwoot_link::store::Orphan {
        store: TokenStoreKind::Keyring,
        key: theirs.clone(),
    });
    let removed = f.store.remove_orphans(&asked).expect("fix");
    assert_eq!(removed.len(), 1);
    assert!(f.secrets.keys().contains(&theirs));
    assert!(!f.secrets.keys().contains(&mine));
}
