//! Each step of a transaction failed in turn: the previous state stays whole.

use super::*;

type Op = fn(&Store) -> Result<(), StoreError>;

#[test]
fn a_failed_file_step_leaves_the_previous_state_whole() {
    let steps = [
        WriteStep::Create,
        WriteStep::Write,
        WriteStep::Sync,
        WriteStep::Rename,
    ];
    let ops: [(&str, Op); 8] = [
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
        ("save_shared", |s| {
            let two = vec![("gamma".into(), acme()), ("delta".into(), acme())];
            s.save_shared(two, &tok(T2), TokenStoreKind::Keyring)
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
        f.faulty.fail_next(fault);
        let two = vec![("gamma".into(), acme()), ("delta".into(), acme())];
        f.store
            .save_shared(two, &tok(T2), TokenStoreKind::Keyring)
            .expect_err("save_shared must fail");
        assert_eq!(f.state(), before, "save_shared with {fault:?}");

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
        out.warnings[0].english().contains("doctor --fix"),
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
fn a_change_that_changes_nothing_writes_nothing() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    // An older verification does not move verified_at back, so there is nothing to write:
    // the armed failure is never reached.
    f.writer.fail_next(WriteStep::Create);
    let older: Timestamp = "2020-01-01T00:00:00Z".parse().expect("ts");
    assert!(f.store.touch_verified(r.id, older).expect("no write"));
    f.store.set_default("acme").expect("already the default");
    let e = f.store.set_default("beta").unwrap_err();
    assert!(
        matches!(e, StoreError::Io { .. }),
        "the first real write fails: {e:?}"
    );
}

#[test]
fn a_revoke_whose_secret_cannot_be_deleted_leaves_a_named_orphan() {
    let f = Fixture::new().with_two();
    let (_, r) = f.store.profile(Some("acme")).expect("acme");
    f.faulty.fail_next(SecretFault::Delete);
    let out = f.store.revoke("acme").expect("the profile is removed");
    assert!(
        matches!(out.secret, SecretRemoval::Failed(_)),
        "{:?}",
        out.secret
    );
    assert!(!f.store.config().expect("c").profiles.contains_key("acme"));
    let orphans = f.store.doctor().orphans;
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].key, r.token_ref);
    f.store.remove_orphans(&orphans).expect("fixed");
    assert_eq!(f.secrets.keys().len(), 1, "only beta's secret is left");
}
