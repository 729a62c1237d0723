//! The binary after faults: doctor names leftovers, lost tokens and unsafe owners/modes with
//! what to run; writes are refused (exit 3) while others could change the config.

use super::commands::{no_token, run, seeded};
use super::*;

#[test]
fn doctor_reports_temp_files_of_killed_saves_and_fix_deletes_them() {
    let (_tmp, dir) = seeded();
    let stale = dir.join(".tokens.toml.0123456789abcdef0123456789abcdef.tmp");
    std::fs::write(&stale, format!("schema = 1\n[tokens]\n\"x\" = \"{T1}\"\n")).expect("w");
    let r = run(&dir, &["doctor", "--offline"], &[]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert!(
        r.stdout.contains("leftovers    PROBLEM: 1 temp file(s)"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("tokens in plain text"), "{}", r.stdout);
    no_token(&r, "doctor");
    let r = run(&dir, &["doctor", "--offline", "--json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["leftovers"][0]["holds_tokens"], true);
    assert_eq!(v["leftovers"][0]["path"], stale.display().to_string());
    let r = run(&dir, &["doctor", "--offline", "--fix"], &[]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .contains(&format!("fixed        deleted {}", stale.display())),
        "{}",
        r.stdout
    );
    assert!(!stale.exists());
    assert!(r.stdout.contains("leftovers    none"), "{}", r.stdout);
}

#[test]
fn a_lost_token_is_reported_with_the_exact_command_that_re_enters_it() {
    let (_tmp, dir) = seeded();
    let store = Store::builder(&dir).build();
    let (_, beta) = store.profile(Some("beta")).expect("beta");
    store
        .secrets(TokenStoreKind::File)
        .delete(&beta.token_ref)
        .expect("lost");
    let command = format!(
        "chatwoot-link --config-dir {} edit beta --token-stdin",
        dir.display()
    );
    let r = run(&dir, &["doctor", "--offline"], &[]);
    assert_eq!(r.code, 3);
    assert!(
        r.stdout.contains("secrets      PROBLEM: beta:"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(&format!("`{command}`")), "{}", r.stdout);
    let r = run(&dir, &["doctor", "--offline", "--json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["secrets"][0]["missing"], true);
    assert_eq!(v["secrets"][0]["fix"], command.as_str());
    // --fix cannot help, and says so by leaving the line (and exit 3) in place.
    let r = run(&dir, &["doctor", "--offline", "--fix"], &[]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains(&command), "{}", r.stdout);
}

#[test]
#[cfg(unix)]
fn a_config_dir_others_can_write_is_read_with_a_warning_and_never_written() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, dir) = seeded();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let before = std::fs::read(dir.join("profiles.toml")).expect("read");
    let r = run(&dir, &["list"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning: "), "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("chmod go-w {}", dir.display())),
        "{}",
        r.stderr
    );
    for args in [vec!["default", "beta"], vec!["rename", "beta", "gamma"]] {
        let r = run(&dir, &args, &[]);
        assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
        assert!(r.stderr.contains("chmod go-w"), "{}", r.stderr);
    }
    assert_eq!(
        std::fs::read(dir.join("profiles.toml")).expect("read"),
        before
    );
    let r = run(&dir, &["doctor", "--offline"], &[]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("others can write it"), "{}", r.stdout);
    assert!(
        !r.stderr.contains("warning"),
        "doctor says it once: {}",
        r.stderr
    );
    assert_eq!(run(&dir, &["doctor", "--offline", "--fix"], &[]).code, 0);
    assert_eq!(run(&dir, &["default", "beta"], &[]).code, 0);
}

#[test]
#[cfg(unix)]
fn a_config_owned_by_another_user_is_refused_with_the_chown_to_run() {
    let (_tmp, dir) = seeded();
    let config = dir.join("profiles.toml");
    let me = rustix::process::geteuid().as_raw();
    if std::os::unix::fs::chown(&config, Some(me + 4242), None).is_err() {
        eprintln!("skipped: chown needs root");
        return;
    }
    let r = run(&dir, &["default", "beta"], &[]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("chown {me} {}", config.display())),
        "{}",
        r.stderr
    );
    let r = run(&dir, &["doctor", "--offline", "--json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["ok"], false);
    assert_eq!(v["ownership"][0]["path"], config.display().to_string());
    assert_eq!(
        v["ownership"][0]["fix"],
        format!("chown {me} {}", config.display())
    );
}

#[test]
fn list_json_reports_the_files_own_schema() {
    let (_tmp, dir) = seeded();
    let v = |dir: &Path| -> serde_json::Value {
        let r = run(dir, &["list", "--json"], &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        serde_json::from_str(&r.stdout).expect("json")
    };
    let now = v(&dir);
    let current = chatwoot_link::store::SCHEMA;
    assert_eq!(
        (&now["schema"], &now["config_schema"], &now["read_only"]),
        (&1.into(), &current.into(), &false.into())
    );
    let path = dir.join("profiles.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let newer = text.replacen(&format!("schema = {current}"), "schema = 99", 1);
    assert_ne!(newer, text);
    std::fs::write(&path, newer).expect("write");
    let newer = v(&dir);
    assert_eq!(newer["schema"], 1, "the JSON's own shape is still 1");
    assert_eq!(newer["config_schema"], 99);
    assert_eq!(newer["read_only"], true);
    assert_eq!(newer["profiles"].as_array().map(Vec::len), Some(2));
}

#[test]
#[cfg(target_os = "linux")]
fn remove_exits_3_when_the_token_could_not_be_deleted_and_says_what_remains() {
    // Keyring profiles, and no keyring reachable from the binary (no bus).
    let f = Fixture::new().with_two();
    let (_, acme) = f.store.profile(Some("acme")).expect("acme");
    let r = run(&f.dir, &["remove", "acme", "--yes"], &[]);
    assert_eq!(r.code, 3, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("unlinked profile acme"), "{}", r.stdout);
    for needle in [
        "its token remains in the OS keyring".to_owned(),
        format!("entry {}", acme.token_ref),
        "no D-Bus session bus".to_owned(),
        "`chatwoot-link doctor --fix` deletes it".to_owned(),
        format!(
            "`secret-tool clear service chatwoot-link username {}`",
            acme.token_ref
        ),
    ] {
        assert!(r.stderr.contains(&needle), "{needle}: {}", r.stderr);
    }
    assert!(
        f.store.profile(Some("acme")).is_err(),
        "the profile is gone"
    );
    let r = run(&f.dir, &["remove", "beta", "--yes", "--json"], &[]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("one JSON object");
    assert_eq!(
        (&v["removed"], &v["token"]),
        (&"beta".into(), &"failed".into())
    );
    // What remains is what doctor --fix removes once the keyring answers.
    let orphans = f.store.doctor().orphans;
    assert_eq!(orphans.len(), 2, "{orphans:?}");
}
