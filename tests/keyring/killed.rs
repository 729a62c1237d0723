//! gnome-keyring killed by PID (SIGKILL) while profiles are being saved into it, then
//! started again on the same keyring file: every profile's token either reads or is
//! reported missing with the command that re-enters it, and re-entering repairs it. (This
//! gnome-keyring writes its file before it answers, so a kill rarely loses an item: one is
//! deleted by hand after the restart so that the repair path always runs.)

use super::*;
use crate::failures::in_session;

const KILL_CHILD_ENV: &str = "CHATWOOT_LINK_KEYRING_KILL_CHILD";
const PROFILES: usize = 30;

/// Runs a child op (`$1`) of this binary; `$EXE` is the test binary.
const KILL_CHILD_FN: &str = r#"kchild() { CHATWOOT_LINK_KEYRING_KILL_CHILD="$1" "$EXE" --exact killed::kill_child --nocapture --test-threads=1; }; EXE="$1"; "#;

/// The Secret Service daemon's PID, asked of the bus itself.
/// The daemon may take its bus name a moment after `--unlock` returns: asked up to 3 s.
const DAEMON_PID: &str = r#"daemon_pid() { for _ in $(seq 30); do p=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | sed -n 's/.*uint32 //p'); [ -n "$p" ] && { echo "$p"; return; }; sleep 0.1; done; }; "#;

/// Not a test of its own: the body of the child processes below.
#[test]
fn kill_child() {
    let Ok(op) = std::env::var(KILL_CHILD_ENV) else {
        return;
    };
    let dir = PathBuf::from(std::env::var_os(CHILD_DIR_ENV).expect("child dir"));
    let store = Store::builder(&dir)
        .keyring(Arc::new(
            KeyringStore::new().with_timeout(Duration::from_secs(5)),
        ))
        .build();
    let token = Token::parse(TOKEN).expect("token");
    match op.as_str() {
        "save" => {
            let mut failures = 0;
            for i in 0..PROFILES {
                match save_in_keyring(&store, &format!("p{i}"), &token) {
                    Ok(_) => println!("SAVED=p{i}"),
                    Err(e) => {
                        println!("FAILED=p{i} {e}");
                        failures += 1;
                    }
                }
                // The keyring is gone (or came back locked): no point waiting out the rest.
                if failures == 2 {
                    break;
                }
            }
        }
        "verify" => {
            let missing = store.missing_secrets().expect("missing_secrets");
            println!("MISSING={}", missing.join(","));
            let config = store.config().expect("config");
            for (name, record) in &config.profiles {
                match store.read_token(name, record) {
                    Ok(t) if t == token => println!("PROFILE={name} ok"),
                    Ok(_) => println!("PROFILE={name} wrong"),
                    Err(e @ StoreError::SecretMissing { .. }) => {
                        let fix = chatwoot_link::store::reenter_command(name);
                        assert!(e.to_string().contains(&fix), "{e}");
                        println!("PROFILE={name} missing");
                        // What that command stores once the server accepted the token.
                        store
                            .replace(name, record, record.data.clone(), Some(&token), None)
                            .expect("re-entered");
                    }
                    Err(e) => println!("PROFILE={name} error {e}"),
                }
            }
            let orphans = store.doctor().orphans;
            store.remove_orphans(&orphans).expect("orphans");
            let report = store.doctor();
            println!(
                "HEALTHY={} {:?} {:?} {:?} {:?} {:?}",
                report.healthy(),
                report.secrets,
                report.orphans,
                report.permissions,
                report.leftovers,
                report.foreign
            );
        }
        other => panic!("unknown child op {other}"),
    }
}

#[test]
fn a_keyring_killed_during_saves_leaves_profiles_that_read_or_say_how_to_repair() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .expect("chmod");
    }
    let unlock = "echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null";
    let script = format!(
        "{KILL_CHILD_FN} {DAEMON_PID} {unlock}; \
         pid=$(daemon_pid); echo DAEMON=$pid; \
         kchild save & saver=$!; \
         sleep 0.$((RANDOM % 6 + 2)); kill -9 \"$pid\"; echo KILLED=$pid; \
         wait $saver; \
         again=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
           org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
           | sed -n 's/.*uint32 //p'); [ -n \"$again\" ] && kill -9 \"$again\"; \
         {unlock}; echo RESTARTED=$(daemon_pid); \
         ref=$(sed -n '/^\\[profiles.p0\\]/,/^\\[/s/^token_ref = \"\\(.*\\)\"/\\1/p' \
           \"$CHATWOOT_LINK_KEYRING_CHILD_DIR/profiles.toml\"); \
         [ -n \"$ref\" ] && secret-tool clear service chatwoot-link username \"$ref\"; \
         kchild verify"
    );
    let r = in_session(None, dir.path(), &script);
    let out = &r.output;
    // A tag's values; a child's first line shares its line with the test harness's.
    let tagged = |tag: &str| -> Vec<&str> {
        out.lines()
            .filter_map(|l| l.split_once(tag).map(|(_, v)| v))
            .collect()
    };
    assert!(out.contains("KILLED="), "{out}");
    assert!(!out.contains("panicked"), "{out}");
    let restarted = tagged("RESTARTED=").concat();
    assert!(!restarted.is_empty(), "the keyring came back: {out}");
    let profiles = tagged("PROFILE=");
    let saved = tagged("SAVED=").len();
    assert_eq!(
        profiles.len(),
        saved,
        "a profile for each save that said ok: {out}"
    );
    assert!(
        profiles
            .iter()
            .all(|p| p.ends_with(" ok") || p.ends_with(" missing")),
        "{out}"
    );
    let missing: Vec<&str> = profiles
        .iter()
        .filter_map(|p| p.strip_suffix(" missing"))
        .collect();
    assert_eq!(tagged("MISSING="), vec![missing.join(",")], "{out}");
    // p0's item is deleted by hand after the restart, as a lost item would be.
    if saved > 0 {
        assert!(missing.contains(&"p0"), "{out}");
    }
    eprintln!(
        "{saved} saved before/around the kill, {} missing after the restart (p0 by hand)",
        missing.len()
    );
    assert!(out.contains("HEALTHY=true"), "repaired: {out}");
}
