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
    assert_eq!(
        f.secrets
            .label(&c.profiles["acme-prod"].token_ref)
            .as_deref(),
        Some("chatwoot-link: acme-prod (chat.example.com, account 1)"),
        "the keyring label follows"
    );
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

/// Not a test of its own: the body of the save processes below.
#[test]
fn save_child() {
    let Some(name) = std::env::var_os("CHATWOOT_LINK_STORE_SAVE_CHILD") else {
        return;
    };
    let store = Store::open(None).expect("CHATWOOT_LINK_CONFIG_DIR");
    store
        .save_new(
            name.to_str().expect("utf-8"),
            acme(),
            &tok(T1),
            TokenStoreKind::File,
        )
        .expect("saved");
}

#[test]
fn ten_processes_saving_at_once_end_with_ten_profiles() {
    let f = Fixture::new();
    let exe = std::env::current_exe().expect("exe");
    let children: Vec<_> = (0..10)
        .map(|i| {
            std::process::Command::new(&exe)
                .args(["--exact", "save_child", "--test-threads=1"])
                .env("CHATWOOT_LINK_STORE_SAVE_CHILD", format!("proc{i}"))
                .env("CHATWOOT_LINK_CONFIG_DIR", &f.dir)
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success());
    }
    let c = f.store.config().expect("config");
    assert_eq!(c.profiles.len(), 10);
    let instance = c.instance.expect("instance").to_string();
    let tokens = f
        .store
        .secrets(TokenStoreKind::File)
        .list(&instance)
        .expect("list")
        .expect("searchable");
    assert_eq!(tokens.len(), 10, "every token kept in tokens.toml");
    assert!(c.profiles.values().all(|r| tokens.contains(&r.token_ref)));
}

#[test]
fn off_thread_never_holds_up_the_runtime_shutdown() {
    let f = Fixture::new();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let store = f.store.clone();
    let saved = runtime.block_on(chatwoot_link::store::off_thread(move || {
        store.save_new("acme", acme(), &tok(T1), TokenStoreKind::Keyring)
    }));
    assert_eq!(saved.expect("saved").name, "acme");
    // An operation that hangs (a keyring waiting for a prompt): give up on it, then drop the
    // runtime. With spawn_blocking the drop would wait for it forever.
    let (release, wait) = std::sync::mpsc::channel::<()>();
    runtime.block_on(async {
        let hung = chatwoot_link::store::off_thread(move || {
            let _ = wait.recv();
            Ok(())
        });
        let r = tokio::time::timeout(Duration::from_millis(50), hung).await;
        assert!(r.is_err(), "still waiting");
    });
    drop(runtime);
    release.send(()).expect("release the thread");
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

#[test]
fn helpers_for_rotate_and_add_find_the_right_profiles() {
    let f = Fixture::new().with_two();
    f.store
        .save_new("acme-copy", acme(), &tok(T1), TokenStoreKind::Keyring)
        .expect("copy");
    let c = f.store.config().expect("c");
    let sharing: Vec<String> = c.sharing_user("acme").into_iter().map(|(n, _)| n).collect();
    assert_eq!(sharing, vec!["acme", "acme-copy"], "beta is another URL");
    assert_eq!(
        c.linked_elsewhere("https://chat.example.com", 1, "acme"),
        vec!["acme-copy"]
    );
    assert!(
        c.linked_elsewhere("https://chat.example.com", 2, "x")
            .is_empty()
    );
}

#[test]
fn a_blank_config_file_is_an_empty_config() {
    let f = Fixture::new();
    std::fs::create_dir_all(&f.dir).expect("dir");
    std::fs::write(f.dir.join("profiles.toml"), "\n").expect("write");
    assert!(f.store.config().expect("empty").profiles.is_empty());
    f.store
        .save_new("acme", acme(), &tok(T1), TokenStoreKind::Keyring)
        .expect("saved over it");
}

// ---- the library face: Profile::load, in child processes (the environment is its input) --

const CHILD_ENV: &str = "CHATWOOT_LINK_STORE_CHILD";

/// Not a test of its own: the body of the child processes below.
#[test]
fn profile_load_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    match chatwoot_link::Profile::load(None) {
        Ok(p) => {
            let debug = format!("{p:?}");
            let token = secrecy::ExposeSecret::expose_secret(p.token()).to_owned();
            println!(
                "NAME={}\nSOURCE={:?}\nTOKEN={token}\nDEBUG_HAS_TOKEN={}",
                p.name(),
                p.token_source(),
                debug.contains(&token)
            );
        }
        Err(e) => println!("ERROR={e}"),
    }
}

fn load_in_child(dir: &Path, env: &[(&str, &str)]) -> String {
    let mut cmd = std::process::Command::new(std::env::current_exe().expect("exe"));
    cmd.args([
        "--exact",
        "profile_load_child",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_ENV, "1")
    .env("CHATWOOT_LINK_CONFIG_DIR", dir)
    .env_remove("CHATWOOT_LINK_TOKEN")
    .env_remove("CHATWOOT_LINK_PROFILE")
    .env_remove("CREDENTIALS_DIRECTORY");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("child runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn profile_load_takes_the_token_from_env_then_credentials_then_the_store() {
    let f = Fixture::new();
    let file_store = Store::builder(&f.dir).build();
    file_store
        .save_new("acme", acme(), &tok(T1), TokenStoreKind::File)
        .expect("acme");
    file_store
        .save_new("beta", acme(), &tok(T1), TokenStoreKind::File)
        .expect("beta");
    let creds = tempfile::tempdir().expect("creds");
    std::fs::write(creds.path().join("chatwoot-link-acme"), format!("{T2}\n")).expect("cred");
    let creds_dir = creds.path().to_str().expect("utf-8 path");

    let out = load_in_child(&f.dir, &[]);
    assert!(out.contains("NAME=acme\nSOURCE=Store\n"), "{out}");
    assert!(out.contains(&format!("TOKEN={T1}\n")), "{out}");
    assert!(out.contains("DEBUG_HAS_TOKEN=false"), "{out}");

    let out = load_in_child(&f.dir, &[("CREDENTIALS_DIRECTORY", creds_dir)]);
    assert!(out.contains("SOURCE=Credential("), "{out}");
    assert!(out.contains(&format!("TOKEN={T2}\n")), "{out}");

    let env_token = "eNvIrOnMeNtToKeN3w7QpLz2";
    let out = load_in_child(
        &f.dir,
        &[
            ("CREDENTIALS_DIRECTORY", creds_dir),
            ("CHATWOOT_LINK_TOKEN", env_token),
        ],
    );
    assert!(out.contains("SOURCE=Environment"), "{out}");
    assert!(out.contains(&format!("TOKEN={env_token}\n")), "{out}");

    // CHATWOOT_LINK_PROFILE picks the profile; beta has no credential file: its store.
    let out = load_in_child(
        &f.dir,
        &[
            ("CHATWOOT_LINK_PROFILE", "beta"),
            ("CREDENTIALS_DIRECTORY", creds_dir),
        ],
    );
    assert!(out.contains("NAME=beta\nSOURCE=Store\n"), "{out}");

    let out = load_in_child(&f.dir, &[("CHATWOOT_LINK_PROFILE", "nope")]);
    assert!(out.contains("ERROR=no profile named \"nope\""), "{out}");
    let out = load_in_child(&f.dir, &[("CHATWOOT_LINK_TOKEN", "has space inside")]);
    assert!(
        out.contains("ERROR=the token in CHATWOOT_LINK_TOKEN"),
        "{out}"
    );
    assert!(!out.contains("has space inside"), "{out}");
}

// ---- the commands that need no network, through the real binary ----------------------

#[cfg(feature = "cli")]
mod commands {
    use super::*;
    use std::process::{Command, Output};

    struct Run {
        code: i32,
        stdout: String,
        stderr: String,
    }

    /// Runs the binary on `dir` with no keyring reachable (file-store profiles need none).
    fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_chatwoot-link"));
        cmd.arg("--config-dir")
            .arg(dir)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .env_remove("CHATWOOT_LINK_PROFILE")
            .env_remove("CHATWOOT_LINK_TOKEN")
            .env_remove("CHATWOOT_LINK_CONFIG_DIR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out: Output = cmd.output().expect("the binary runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Two file-store profiles, acme (default) and beta.
    fn seeded() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("cfg");
        let store = Store::builder(&dir).build();
        store
            .save_new("acme", acme(), &tok(T1), TokenStoreKind::File)
            .expect("acme");
        store
            .save_new(
                "beta",
                data("https://beta.example.com", "bob@example.com"),
                &tok(T2),
                TokenStoreKind::File,
            )
            .expect("beta");
        (tmp, dir)
    }

    fn no_token(r: &Run, what: &str) {
        for t in [T1, T2] {
            assert!(!r.stdout.contains(t), "{what}: token on stdout");
            assert!(!r.stderr.contains(t), "{what}: token on stderr");
        }
    }

    #[test]
    fn list_and_show_never_print_the_token() {
        let (_tmp, dir) = seeded();
        let r = run(&dir, &["list"], &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains("* acme"), "{}", r.stdout);
        assert!(r.stdout.contains("  beta"), "{}", r.stdout);
        assert!(
            r.stdout.contains("file"),
            "the file store is marked: {}",
            r.stdout
        );
        assert!(r.stdout.contains("plain text"), "{}", r.stdout);
        no_token(&r, "list");

        let r = run(&dir, &["list", "--json"], &[]);
        assert_eq!(r.code, 0);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        assert_eq!(v["schema"], 1);
        assert_eq!(v["default"], "acme");
        let p = &v["profiles"][0];
        assert_eq!(p["name"], "acme");
        assert_eq!(p["token_store"], "file");
        assert_eq!(p["verified_at"], "2026-06-20T09:15:02Z");
        let keys: Vec<&str> = p
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        for k in [
            "name",
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
        ] {
            assert!(keys.contains(&k), "{k} missing from {p}");
        }
        assert!(!keys.contains(&"token_ref"));

        let r = run(&dir, &["show", "BETA"], &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stdout.contains("https://beta.example.com"),
            "{}",
            r.stdout
        );
        no_token(&r, "show");
        let r = run(&dir, &["show", "nope"], &[]);
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("acme, beta"), "{}", r.stderr);
    }

    #[test]
    fn token_and_env_give_the_token_only_when_asked() {
        let (_tmp, dir) = seeded();
        let r = run(&dir, &["token"], &[]);
        assert_eq!((r.code, r.stdout.as_str()), (0, format!("{T1}\n").as_str()));
        let r = run(&dir, &["token"], &[("CHATWOOT_LINK_PROFILE", "beta")]);
        assert_eq!(r.stdout, format!("{T2}\n"));
        let r = run(
            &dir,
            &["token", "acme"],
            &[("CHATWOOT_LINK_PROFILE", "beta")],
        );
        assert_eq!(r.stdout, format!("{T1}\n"), "the argument wins");

        let r = run(&dir, &["env", "acme"], &[]);
        assert_eq!(r.code, 0);
        assert_eq!(
            r.stdout,
            "export CHATWOOT_URL='https://chat.example.com'\n\
             export CHATWOOT_ACCOUNT_ID='1'\n\
             export CHATWOOT_EMAIL='jane@example.com'\n"
        );
        no_token(&r, "env");
        let r = run(&dir, &["env", "acme", "--with-token"], &[]);
        assert!(
            r.stdout
                .contains(&format!("export CHATWOOT_API_TOKEN='{T1}'\n")),
            "{}",
            r.stdout
        );
        assert!(!r.stderr.contains(T1));
    }

    #[test]
    fn rename_and_default_change_the_file() {
        let (_tmp, dir) = seeded();
        let r = run(&dir, &["rename", "acme", "acme-prod"], &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let r = run(&dir, &["default", "beta"], &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let c = Store::builder(&dir).build().config().expect("config");
        assert_eq!(c.default.as_deref(), Some("beta"));
        assert!(c.profiles.contains_key("acme-prod"));
        let r = run(&dir, &["rename", "beta", "acme-prod"], &[]);
        assert_eq!(r.code, 2, "a taken name is a usage error");
        let r = run(&dir, &["rename", "beta", "Bad Name"], &[]);
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("invalid profile name"), "{}", r.stderr);
        let r = run(&dir, &["token", "acme-prod"], &[]);
        assert_eq!(r.stdout, format!("{T1}\n"), "the token follows the rename");
    }

    #[test]
    fn a_corrupt_or_newer_config_fails_every_command_with_exit_3() {
        let (_tmp, dir) = seeded();
        let path = dir.join("profiles.toml");
        let good = std::fs::read_to_string(&path).expect("read");
        let corrupt = good.replacen("default = \"acme\"", "default = acme", 1);
        std::fs::write(&path, &corrupt).expect("write");
        for args in [
            vec!["list"],
            vec!["show", "acme"],
            vec!["rename", "acme", "x"],
            vec!["default", "beta"],
            vec!["token", "acme"],
            vec!["env", "acme"],
        ] {
            let r = run(&dir, &args, &[]);
            assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains(&format!("{}:", path.display())),
                "{args:?}: {}",
                r.stderr
            );
        }
        let r = run(&dir, &["doctor"], &[]);
        assert_eq!(r.code, 3);
        assert!(r.stdout.contains("config       PROBLEM"), "{}", r.stdout);
        assert_eq!(std::fs::read_to_string(&path).expect("read"), corrupt);

        let newer = good.replacen("schema = 1", "schema = 9", 1);
        std::fs::write(&path, &newer).expect("write");
        assert_eq!(run(&dir, &["list"], &[]).code, 0, "reading works");
        let r = run(&dir, &["default", "beta"], &[]);
        assert_eq!(r.code, 3);
        assert!(r.stderr.contains("schema 9"), "{}", r.stderr);
        assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
    }

    #[test]
    fn doctor_reports_and_fixes() {
        let (_tmp, dir) = seeded();
        // File-store profiles only: the missing keyring is reported but is no problem.
        let r = run(&dir, &["doctor"], &[]);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        assert!(
            r.stdout
                .contains("keyring      PROBLEM: no D-Bus session bus"),
            "{}",
            r.stdout
        );
        // An orphan in tokens.toml, a loose permission.
        let store = Store::builder(&dir).build();
        let instance = store.config().expect("c").instance.expect("instance");
        let orphan = format!("{instance}/{}", uuid::Uuid::new_v4());
        store
            .secrets(TokenStoreKind::File)
            .set(&orphan, "x", &tok(T2))
            .expect("orphan");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(
                dir.join("profiles.toml"),
                std::fs::Permissions::from_mode(0o644),
            )
            .expect("chmod");
        }
        let r = run(&dir, &["doctor", "--json"], &[]);
        assert_eq!(r.code, 3);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        assert_eq!(v["ok"], false);
        assert_eq!(v["orphans"][0]["key"], orphan.as_str());
        #[cfg(unix)]
        assert_eq!(v["permissions"][0]["mode"], "644");
        let r = run(&dir, &["doctor", "--fix"], &[]);
        assert_eq!(r.code, 0, "{}", r.stdout);
        assert!(r.stdout.contains("removed orphaned secret"), "{}", r.stdout);
        no_token(&r, "doctor");
        #[cfg(unix)]
        assert_eq!(super::mode(&dir.join("profiles.toml")), 0o600);
        assert_eq!(
            store
                .secrets(TokenStoreKind::File)
                .list(&instance.to_string())
                .expect("list")
                .map(|k| k.len()),
            Some(2)
        );
    }

    #[test]
    fn doctor_without_a_bus_and_keyring_profiles_exits_3() {
        let f = Fixture::new().with_two(); // keyring profiles (written with a memory store)
        let r = run(&f.dir, &["doctor"], &[]);
        assert_eq!(r.code, 3, "{}", r.stdout);
        assert!(r.stdout.contains("no D-Bus session bus"), "{}", r.stdout);
        assert!(r.stdout.contains("--insecure-storage"), "{}", r.stdout);
        let r = run(&f.dir, &["token", "acme"], &[]);
        assert_eq!(r.code, 3);
        assert!(r.stderr.contains("no D-Bus session bus"), "{}", r.stderr);
    }

    #[test]
    fn completions_and_man_page() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let r = run(tmp.path(), &["completions", "bash"], &[]);
        assert_eq!(r.code, 0);
        assert!(r.stdout.contains("chatwoot-link"), "{}", r.stdout);
        assert!(r.stdout.contains("doctor"));
        let r = run(tmp.path(), &["man"], &[]);
        assert_eq!(r.code, 0);
        assert!(r.stdout.contains(".TH"), "{}", r.stdout);
    }
}
