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
        inbox_ids: Vec::new(),
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
    assert_eq!(v["schema"].as_integer(), Some(2));
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

#[path = "store/after_faults.rs"]
mod after_faults;
#[path = "store/concurrency.rs"]
mod concurrency;
#[path = "store/damaged.rs"]
mod damaged;
#[path = "store/killed.rs"]
mod killed;
#[path = "store/library.rs"]
mod library;
#[path = "store/shared.rs"]
mod shared;
#[path = "store/transactions.rs"]
mod transactions;

#[cfg(feature = "cli")]
#[path = "store/commands.rs"]
mod commands;
#[cfg(feature = "cli")]
#[path = "store/repair_commands.rs"]
mod repair_commands;
