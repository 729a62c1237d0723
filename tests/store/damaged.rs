//! A corrupt file, a newer schema, a held lock: reported, never overwritten.

use super::*;

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
        .replace("schema = 2", "schema = 3\nfuture_field = \"x\"");
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
            matches!(e, StoreError::NewerSchema { found: 3, .. }),
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
