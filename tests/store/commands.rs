//! The commands that need no network, through the real binary.

use super::*;

use std::process::{Command, Output};

pub(super) struct Run {
    pub(super) code: i32,
    pub(super) stdout: String,
    pub(super) stderr: String,
}

/// Runs the binary on `dir` with no keyring reachable (file-store profiles need none).
pub(super) fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
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
pub(super) fn seeded() -> (tempfile::TempDir, PathBuf) {
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

pub(super) fn no_token(r: &Run, what: &str) {
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
    assert!(!r.stderr.contains("did you mean"), "{}", r.stderr);
    // A near miss is named, by every command that takes a profile name.
    for args in [
        ["show", "acm"],
        ["token", "acmee"],
        ["env", "Bta"],
        ["default", "acne"],
    ] {
        let r = run(&dir, &args, &[]);
        assert_eq!(r.code, 2, "{args:?}");
        let meant = if args[1] == "Bta" { "beta" } else { "acme" };
        assert!(
            r.stderr.contains(&format!("did you mean \"{meant}\"?")),
            "{args:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn token_and_env_give_the_token_only_when_asked() {
    let (_tmp, dir) = seeded();
    let r = run(&dir, &["token"], &[]);
    assert_eq!((r.code, r.stdout.as_str()), (0, format!("{T1}\n").as_str()));
    // Not named, among several: stderr says which one (stdout stays the token alone).
    assert_eq!(
        r.stderr,
        "using profile acme (the default; 2 profiles: name one to pick another)\n"
    );
    let r = run(&dir, &["token"], &[("CHATWOOT_LINK_PROFILE", "beta")]);
    assert_eq!(r.stdout, format!("{T2}\n"));
    assert!(
        r.stderr
            .contains("using profile beta (named by CHATWOOT_LINK_PROFILE;"),
        "{}",
        r.stderr
    );
    let r = run(&dir, &["env"], &[]);
    assert!(r.stderr.contains("using profile acme"), "{}", r.stderr);
    for args in [&["token", "acme"][..], &["env", "--json"]] {
        let r = run(&dir, args, &[]);
        assert_eq!(r.stderr, "", "named, or named in the JSON: {args:?}");
    }
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
         export CHATWOOT_EMAIL='jane@example.com'\n\
         export CHATWOOT_INBOX_IDS=''\n"
    );
    no_token(&r, "env");
    let r = run(&dir, &["env", "acme", "--json"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("one JSON object");
    assert_eq!(
        v,
        serde_json::json!({
            "schema": 2,
            "name": "acme",
            "variables": {
                "CHATWOOT_URL": "https://chat.example.com",
                "CHATWOOT_ACCOUNT_ID": "1",
                "CHATWOOT_EMAIL": "jane@example.com",
                "CHATWOOT_INBOX_IDS": "",
            },
        })
    );
    // Bug: `schema` was one of the variables. A loop over them exports variables only.
    let names: Vec<&String> = v["variables"].as_object().expect("map").keys().collect();
    assert!(
        names.iter().all(|k| k.starts_with("CHATWOOT_")),
        "{names:?}"
    );
    no_token(&r, "env --json");
    let r = run(&dir, &["env", "acme", "--with-token"], &[]);
    assert!(
        r.stdout
            .contains(&format!("export CHATWOOT_API_TOKEN='{T1}'\n")),
        "{}",
        r.stdout
    );
    assert!(!r.stderr.contains(T1));
    let r = run(&dir, &["env", "acme", "--with-token", "--json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("one JSON object");
    assert_eq!(v["variables"]["CHATWOOT_API_TOKEN"], T1);
    assert_eq!(
        v["variables"].as_object().map(serde_json::Map::len),
        Some(5)
    );
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
    let r = run(&dir, &["doctor", "--offline"], &[]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("config       PROBLEM"), "{}", r.stdout);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), corrupt);

    let newer = good.replacen("schema = 2", "schema = 9", 1);
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
    let r = run(&dir, &["doctor", "--offline"], &[]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("keyring      not usable, but no profile uses it: no D-Bus session bus"),
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
    let r = run(&dir, &["doctor", "--offline", "--json"], &[]);
    assert_eq!(r.code, 3);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["ok"], false);
    assert_eq!(v["orphans"][0]["key"], orphan.as_str());
    #[cfg(unix)]
    assert_eq!(v["permissions"][0]["mode"], "644");
    let r = run(&dir, &["doctor", "--offline", "--fix"], &[]);
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
    let r = run(&f.dir, &["doctor", "--offline"], &[]);
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

/// A reader that goes away after the first bytes (`| head -1`) must not make a command
/// panic or report a failure: every data command, with stdout's read end closed at once.
#[test]
fn a_closed_stdout_is_not_a_failure() {
    let (_tmp, dir) = seeded();
    let cases: [&[&str]; 6] = [
        &["list"],
        &["show", "acme"],
        &["env", "acme"],
        &["man"],
        &["completions", "bash"],
        &["doctor", "--offline"],
    ];
    for args in cases {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chatwoot-link"))
            .arg("--config-dir")
            .arg(&dir)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .env_remove("CHATWOOT_LINK_PROFILE")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("the binary runs");
        // Close the read end before the command writes anything: every write gets EPIPE.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("it ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}
