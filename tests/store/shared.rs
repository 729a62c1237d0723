//! Profiles linked together share one secret: it is written once, and it stays while any
//! profile uses it (unlink, edit with a new token, rotate).

use super::*;

fn account(id: u64, name: &str) -> ProfileData {
    ProfileData {
        account_id: id,
        account_name: name.to_owned(),
        ..acme()
    }
}

/// acme-1 and acme-2 saved together with T1; `other` on its own.
fn linked_together() -> Fixture {
    let f = Fixture::new();
    f.store
        .save_new(
            "other",
            data("https://o.example.com", "o@example.com"),
            &tok(T2),
            TokenStoreKind::Keyring,
        )
        .expect("other");
    let saved = f
        .store
        .save_shared(
            vec![
                ("Acme-1".into(), account(1, "Acme")),
                ("acme-2".into(), account(2, "Acme EU")),
            ],
            &tok(T1),
            TokenStoreKind::Keyring,
        )
        .expect("saved together");
    let names: Vec<&str> = saved.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["acme-1", "acme-2"]);
    assert!(saved.iter().all(|s| !s.is_default), "other was first");
    f
}

#[test]
fn the_token_is_stored_once_and_read_by_each() {
    let f = linked_together();
    assert_eq!(
        f.secrets.keys().len(),
        2,
        "one secret for both, one for other"
    );
    let c = f.store.config().expect("config");
    assert_eq!(
        c.profiles["acme-1"].token_ref,
        c.profiles["acme-2"].token_ref
    );
    for name in ["acme-1", "acme-2"] {
        let r = &c.profiles[name];
        assert_eq!(f.store.read_token(name, r).expect("token").expose(), T1);
    }
    let label = f
        .secrets
        .label(&c.profiles["acme-1"].token_ref)
        .expect("label");
    assert!(label.ends_with("and 1 more"), "{label}");
    let doctor = f.store.doctor();
    assert!(doctor.orphans.is_empty() && doctor.healthy(), "{doctor:?}");
}

#[test]
fn unlinking_one_keeps_the_secret_for_the_other_then_the_last_deletes_it() {
    let f = linked_together();
    let r = f.store.revoke("acme-1").expect("revoke");
    assert!(
        matches!(&r.secret, SecretRemoval::Shared(u) if u == &["acme-2"]),
        "{:?}",
        r.secret
    );
    let (_, left) = f.store.profile(Some("acme-2")).expect("acme-2");
    assert_eq!(
        f.store.read_token("acme-2", &left).expect("token").expose(),
        T1
    );
    let r = f.store.revoke("acme-2").expect("revoke");
    assert!(matches!(r.secret, SecretRemoval::Deleted), "{:?}", r.secret);
    assert_eq!(f.secrets.keys().len(), 1, "only other's secret is left");
}

#[test]
fn a_new_token_for_one_leaves_the_shared_secret_to_the_other() {
    let f = linked_together();
    let (_, r) = f.store.profile(Some("acme-1")).expect("acme-1");
    f.store
        .replace(
            "acme-1",
            &r,
            account(1, "Acme"),
            Some(&tok(T2)),
            Some("acme-one"),
        )
        .expect("replace");
    let c = f.store.config().expect("config");
    assert_eq!(
        f.store
            .read_token("acme-one", &c.profiles["acme-one"])
            .expect("new")
            .expose(),
        T2
    );
    assert_eq!(
        f.store
            .read_token("acme-2", &c.profiles["acme-2"])
            .expect("kept")
            .expose(),
        T1
    );
    assert_eq!(f.secrets.keys().len(), 3);
    assert!(f.store.doctor().orphans.is_empty());
}

#[test]
fn a_rotation_keeps_them_sharing_one_new_secret() {
    let f = linked_together();
    let c = f.store.config().expect("config");
    let old = c.profiles["acme-1"].token_ref.clone();
    let pair: Vec<_> = ["acme-1", "acme-2"]
        .map(|n| (n.to_owned(), c.profiles[n].clone()))
        .to_vec();
    f.store.rotate(&pair, &tok(T2)).expect("rotate");
    let c = f.store.config().expect("config");
    let new = &c.profiles["acme-1"].token_ref;
    assert_eq!(new, &c.profiles["acme-2"].token_ref, "still one secret");
    assert_ne!(new, &old);
    assert!(!f.secrets.keys().contains(&old), "the old one is deleted");
    assert_eq!(f.secrets.keys().len(), 2);
    assert_eq!(
        f.store
            .read_token("acme-2", &c.profiles["acme-2"])
            .expect("t")
            .expose(),
        T2
    );
}

#[test]
fn a_taken_name_saves_none_of_them() {
    let f = linked_together();
    let before = f.state();
    for names in [["acme-3", "other"], ["acme-3", "ACME-3"]] {
        let e = f
            .store
            .save_shared(
                names.map(|n| (n.to_owned(), account(3, "Acme 3"))).to_vec(),
                &tok(T1),
                TokenStoreKind::Keyring,
            )
            .expect_err("a taken name");
        assert!(matches!(e, StoreError::NameTaken { .. }), "{e:?}");
        assert_eq!(f.state(), before, "{names:?}");
    }
    assert!(
        f.store
            .save_shared(Vec::new(), &tok(T1), TokenStoreKind::Keyring)
            .expect("none")
            .is_empty()
    );
    assert_eq!(f.state(), before);
}
