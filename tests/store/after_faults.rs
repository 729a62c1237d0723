//! What faults leave behind and how it is repaired: temp files of killed writes, a secret
//! lost by the keyring, a config dir others could change, a symlinked profiles.toml.

use super::*;

const HEX: &str = "0123456789abcdef0123456789abcdef";

/// The temp files a killed writer would have left: a copy of tokens.toml holding a token,
/// and one of profiles.toml.
fn plant_leftovers(dir: &Path) -> [PathBuf; 2] {
    std::fs::create_dir_all(dir).expect("dir");
    let tokens = dir.join(format!(".tokens.toml.{HEX}.tmp"));
    let config = dir.join(format!(".profiles.toml.{}.tmp", HEX.to_uppercase()));
    std::fs::write(
        &tokens,
        format!("schema = 1\n[tokens]\n\"x/y\" = \"{T2}\"\n"),
    )
    .expect("w");
    std::fs::write(&config, "schema = 1\n").expect("w");
    [tokens, config]
}

#[test]
fn doctor_finds_temp_files_of_killed_writes_and_fix_deletes_them() {
    let f = Fixture::new().with_two();
    let [tokens, config] = plant_leftovers(&f.dir);
    // Not ours: another program's temp file and a name that only looks alike.
    let foreign = f.dir.join(".profiles.toml.backup.tmp");
    std::fs::write(&foreign, "x").expect("w");
    let report = f.store.doctor();
    assert!(!report.healthy());
    let found: Vec<_> = report.leftovers.iter().map(|l| l.path.clone()).collect();
    assert_eq!(found, vec![config.clone(), tokens.clone()]);
    assert!(
        report
            .leftovers
            .iter()
            .any(|l| l.path == tokens && l.holds_tokens)
    );
    let removed = f.store.remove_leftovers().expect("removed");
    assert_eq!(removed.len(), 2);
    assert!(removed.iter().all(|(_, r)| r.is_ok()));
    assert!(!tokens.exists() && !config.exists());
    assert!(foreign.exists(), "only our own temp names are touched");
    std::fs::remove_file(&foreign).expect("rm");
    assert!(f.store.doctor().healthy());
}

#[test]
fn the_next_save_clears_the_temp_files_of_its_own_file() {
    let f = Fixture::new().with_two();
    let [tokens, config] = plant_leftovers(&f.dir);
    // A keyring save writes profiles.toml only: its leftovers go, tokens.toml's stay.
    f.store
        .save_new("gamma", acme(), &tok(T1), TokenStoreKind::Keyring)
        .expect("saved");
    assert!(!config.exists());
    assert!(tokens.exists());
    // A file-store save writes tokens.toml too.
    f.store
        .save_new("delta", acme(), &tok(T1), TokenStoreKind::File)
        .expect("saved");
    assert!(!tokens.exists());
    assert!(f.temp_files().is_empty(), "{:?}", f.temp_files());
}

#[test]
#[cfg(unix)]
fn a_symlinked_config_is_written_through_to_its_target() {
    let f = Fixture::new();
    let dotfiles = f.dir.parent().expect("parent").join("dotfiles");
    std::fs::create_dir_all(&dotfiles).expect("dotfiles");
    std::fs::create_dir_all(&f.dir).expect("dir");
    let link = f.dir.join("profiles.toml");
    // Relative and dangling at first: the first save creates the target.
    std::os::unix::fs::symlink("../dotfiles/chatwoot.toml", &link).expect("symlink");
    let f = f.with_two();
    let target = dotfiles.join("chatwoot.toml");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("lstat")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    let text = std::fs::read_to_string(&target).expect("target written");
    assert!(text.contains("[profiles.beta]"), "{text}");
    f.store.rename("beta", "gamma").expect("renamed");
    assert!(
        std::fs::read_to_string(&target)
            .expect("target")
            .contains("[profiles.gamma]")
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("lstat")
            .is_symlink()
    );
    assert_eq!(mode(&target), 0o600);
    let temps = |d: &Path| {
        std::fs::read_dir(d)
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count()
    };
    assert_eq!(temps(&dotfiles) + temps(&f.dir), 0);
    // Leftovers beside the target are found and cleared too.
    let stale = dotfiles.join(format!(".chatwoot.toml.{HEX}.tmp"));
    std::fs::write(&stale, "x").expect("w");
    assert_eq!(f.store.leftovers().len(), 1);
    f.store.remove_leftovers().expect("removed");
    assert!(!stale.exists());
}

#[test]
#[cfg(unix)]
fn a_dir_others_can_write_is_refused_for_writes_and_read_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new().with_two();
    let before = f.state();
    std::fs::set_permissions(&f.dir, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let e = f
        .store
        .save_new("gamma", acme(), &tok(T1), TokenStoreKind::Keyring)
        .unwrap_err();
    assert!(matches!(e, StoreError::Exposed { .. }), "{e:?}");
    assert_eq!(e.class(), ErrorClass::Storage);
    let message = e.to_string();
    assert!(
        message.contains(&format!("chmod go-w {}", f.dir.display())),
        "{message}"
    );
    assert!(message.contains("mode 777"), "{message}");
    assert_eq!(f.state(), before, "nothing written, no secret left");
    assert!(matches!(
        f.store.revoke("acme").unwrap_err(),
        StoreError::Exposed { .. }
    ));
    assert!(matches!(
        f.store.check_writable().unwrap_err(),
        StoreError::Exposed { .. }
    ));
    // Reads go on; the faces warn with what exposures() lists.
    assert_eq!(f.store.config().expect("read").profiles.len(), 2);
    assert_eq!(f.store.exposures().len(), 1);
    // doctor --fix's chmod makes it writable again.
    f.store.fix_permissions().expect("fixed");
    assert!(f.store.exposures().is_empty());
    f.store
        .save_new("gamma", acme(), &tok(T1), TokenStoreKind::Keyring)
        .expect("saved once fixed");
}

#[test]
#[cfg(unix)]
fn a_config_owned_by_another_user_is_refused_for_writes() {
    let f = Fixture::new().with_two();
    let before = f.state();
    let config = f.dir.join("profiles.toml");
    let me = rustix::process::geteuid().as_raw();
    let other = me + 4242;
    if std::os::unix::fs::chown(&config, Some(other), None).is_err() {
        eprintln!("skipped: chown needs root");
        return;
    }
    let e = f.store.set_default("beta").unwrap_err();
    let message = e.to_string();
    assert!(matches!(e, StoreError::Exposed { .. }), "{e:?}");
    assert!(
        message.contains(&format!("chown {me} {}", config.display())),
        "{message}"
    );
    assert!(
        message.contains(&format!("owned by user {other}")),
        "{message}"
    );
    assert_eq!(f.state(), before);
    let report = f.store.doctor();
    assert_eq!(report.foreign.len(), 1, "{:?}", report.foreign);
    assert!(!report.healthy());
    std::os::unix::fs::chown(&config, Some(me), None).expect("chown back");
    f.store
        .set_default("beta")
        .expect("written once given back");
}

#[test]
fn profiles_whose_secret_is_gone_are_named_with_the_command_that_repairs_them() {
    let f = Fixture::new().with_two();
    assert!(f.store.missing_secrets().expect("listed").is_empty());
    let (_, beta) = f.store.profile(Some("beta")).expect("beta");
    f.secrets.delete(&beta.token_ref).expect("lost");
    assert_eq!(f.store.missing_secrets().expect("listed"), vec!["beta"]);
    let e = f.store.read_token("beta", &beta).unwrap_err();
    assert!(
        e.to_string()
            .contains("`chatwoot-link edit beta --token-stdin`"),
        "{e}"
    );
    // That command's store operation: a new token for the profile, nothing else changed.
    let done = f
        .store
        .replace("beta", &beta, beta.data.clone(), Some(&tok(T2)), None)
        .expect("re-entered");
    assert!(done.warnings.is_empty(), "{:?}", done.warnings);
    assert!(f.store.missing_secrets().expect("listed").is_empty());
    assert!(f.store.doctor().healthy());
}

#[test]
#[cfg(unix)]
fn a_symlinked_config_dir_is_judged_by_what_it_points_at() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let real = tmp.path().join("real");
    let link = tmp.path().join("link");
    let store = Store::builder(&real).build();
    store
        .save_new("acme", acme(), &tok(T1), TokenStoreKind::File)
        .expect("saved");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let through = Store::builder(&link).build();
    assert!(through.exposures().is_empty(), "{:?}", through.exposures());
    through
        .set_default("acme")
        .expect("written through the link");
}
