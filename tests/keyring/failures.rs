//! The failure states, each in a D-Bus session of its own: no bus, no Secret Service, a
//! keyring never unlocked, a locked one, and one that never answers.

use super::*;

/// What a child run reported: the error kind and its message.
pub(crate) struct ChildResult {
    kind: String,
    message: String,
    pub(crate) output: String,
}

/// Runs `script` inside `dbus-run-session` (with `config` as its bus configuration when
/// given), fresh XDG dirs, and `$CHILD` bound to a command that runs this binary's child
/// test with `CHATWOOT_LINK_KEYRING_CHILD=<op>` taken from the script's environment.
pub(crate) fn in_session(config: Option<&Path>, dir: &Path, script: &str) -> ChildResult {
    let tmp = tempfile::tempdir().expect("tempdir");
    let runtime = tmp.path().join("runtime");
    std::fs::create_dir_all(&runtime).expect("runtime dir");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    }
    let exe = std::env::current_exe().expect("test binary");
    let mut cmd = Command::new("dbus-run-session");
    if let Some(c) = config {
        cmd.arg(format!("--config-file={}", c.display()));
    }
    cmd.args(["--", "bash", "-c", script, "bash"])
        .arg(&exe)
        .env("XDG_DATA_HOME", tmp.path().join("data"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env(CHILD_DIR_ENV, dir)
        .env("CHATWOOT_LINK_BIN", bin())
        .env_remove("CHATWOOT_LINK_TEST_KEYRING");
    let out = cmd.output().expect("dbus-run-session runs");
    let output =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let field = |name: &str| {
        output
            .lines()
            .rev()
            .find_map(|l| l.split_once(&format!("{name}=")).map(|(_, v)| v))
            .unwrap_or_default()
            .to_owned()
    };
    ChildResult {
        kind: field("CHILD_KIND"),
        message: field("CHILD_MESSAGE"),
        output,
    }
}

/// The shell snippet that runs the child with op `$1`.
const CHILD_FN: &str = r#"child() { CHATWOOT_LINK_KEYRING_CHILD="$1" "$EXE" --exact failures::child_process --nocapture --test-threads=1; }; EXE="$1"; "#;

fn kind(e: &StoreError) -> &'static str {
    match e {
        StoreError::Keyring(KeyringError::NoBus { .. }) => "no_bus",
        StoreError::Keyring(KeyringError::NoSecretService { .. }) => "no_secret_service",
        StoreError::Keyring(KeyringError::NoCollection) => "no_collection",
        StoreError::Keyring(KeyringError::Locked { .. }) => "locked",
        StoreError::Keyring(KeyringError::Timeout { .. }) => "timeout",
        StoreError::Keyring(_) => "keyring_other",
        StoreError::SecretMissing { .. } => "missing",
        _ => "other",
    }
}

/// Not a test of its own: the body of the child processes above (does nothing otherwise).
#[test]
fn child_process() {
    let Ok(op) = std::env::var(CHILD_ENV) else {
        return;
    };
    let dir = PathBuf::from(std::env::var_os(CHILD_DIR_ENV).expect("child dir"));
    let store = Store::builder(&dir)
        .keyring(Arc::new(
            KeyringStore::new().with_timeout(Duration::from_secs(10)),
        ))
        .build();
    let token = Token::parse(TOKEN).expect("token");
    let result: Result<String, StoreError> = match op.as_str() {
        "probe" => store
            .probe(TokenStoreKind::Keyring)
            .map(|()| "ok".to_owned()),
        "probe_slow" => {
            let keyring = KeyringStore::new()
                .with_timeout(Duration::from_secs(3))
                .with_notice(Arc::new(|m: &str| println!("NOTICE={m}")));
            keyring.probe().map(|()| "ok".to_owned())
        }
        "get" => store
            .secrets(TokenStoreKind::Keyring)
            .get("00000000-0000-0000-0000-000000000000/none")
            .map(|t| if t.is_some() { "found" } else { "no_entry" }.to_owned()),
        "save" => save_in_keyring(&store, "acme", &token).map(|_| "ok".to_owned()),
        "read" => store
            .profile(Some("acme"))
            .and_then(|(n, r)| store.read_token(&n, &r))
            .map(|t| if t == token { "ok" } else { "wrong" }.to_owned()),
        other => panic!("unknown child op {other}"),
    };
    match result {
        Ok(s) => println!("CHILD_KIND={s}\nCHILD_MESSAGE="),
        Err(e) => println!("CHILD_KIND={}\nCHILD_MESSAGE={e}", kind(&e)),
    }
}

#[test]
fn no_session_bus_says_so() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let r = in_session(
        None,
        dir.path(),
        &format!("{CHILD_FN} DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent child probe"),
    );
    assert_eq!(r.kind, "no_bus", "{}", r.output);
    assert!(r.message.contains("no D-Bus session bus"), "{}", r.message);
    assert!(r.message.contains("/nonexistent"), "{}", r.message);
    // What to do about the keyring itself; the CLI adds its own way around it.
    assert!(r.message.contains("dbus-run-session"), "{}", r.message);
    assert!(!r.message.contains("--insecure-storage"), "{}", r.message);
}

#[test]
fn a_bus_without_a_secret_service_says_so() {
    if !tools() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let services = tmp.path().join("services");
    std::fs::create_dir_all(&services).expect("dir");
    // A session bus that can activate nothing: no Secret Service will ever answer.
    let config = tmp.path().join("session.conf");
    std::fs::write(
        &config,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <servicedir>{}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
            services.display()
        ),
    )
    .expect("config");
    let dir = tempfile::tempdir().expect("tempdir");
    let r = in_session(
        Some(&config),
        dir.path(),
        &format!("{CHILD_FN} child probe"),
    );
    assert_eq!(r.kind, "no_secret_service", "{}", r.output);
    assert!(r.message.contains("no Secret Service"), "{}", r.message);
}

#[test]
fn a_keyring_never_unlocked_is_not_mistaken_for_a_missing_secret() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    // A profile that points at the keyring, written without one.
    let seed = Store::builder(dir.path())
        .keyring(Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring)))
        .build();
    save_in_keyring(&seed, "acme", &Token::parse(TOKEN).expect("token")).expect("seeded");
    let start = "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; ";
    // gnome-keyring answers "no such entry" here...
    let get = in_session(None, dir.path(), &format!("{CHILD_FN} {start} child get"));
    assert_eq!(get.kind, "no_entry", "{}", get.output);
    // ...which the store does not believe: the probe finds no collection to write to.
    let read = in_session(None, dir.path(), &format!("{CHILD_FN} {start} child read"));
    assert_eq!(read.kind, "no_collection", "{}", read.output);
    assert!(
        read.message.contains("no default collection"),
        "{}",
        read.message
    );
    let probe = in_session(None, dir.path(), &format!("{CHILD_FN} {start} child probe"));
    assert_eq!(probe.kind, "no_collection", "{}", probe.output);
    // The binary's doctor says the same, exit 3.
    if cfg!(feature = "cli") {
        let doctor = in_session(
            None,
            dir.path(),
            &format!(
                "{start} \"$CHATWOOT_LINK_BIN\" --config-dir \"$CHATWOOT_LINK_KEYRING_CHILD_DIR\" doctor --offline; \
                 echo DOCTOR_EXIT=$?"
            ),
        );
        assert!(doctor.output.contains("DOCTOR_EXIT=3"), "{}", doctor.output);
        assert!(!doctor.output.contains("panicked"), "{}", doctor.output);
        assert!(
            doctor
                .output
                .contains("keyring      PROBLEM: the keyring has no default collection"),
            "{}",
            doctor.output
        );
        assert!(
            doctor.output.contains("secrets      PROBLEM: acme:"),
            "{}",
            doctor.output
        );
    }
}

#[test]
fn a_locked_keyring_says_locked() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let script = format!(
        "{CHILD_FN} echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
         child save; \
         dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
           org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null; \
         child read"
    );
    let r = in_session(None, dir.path(), &script);
    assert!(
        r.output.contains("CHILD_KIND=ok"),
        "the save worked: {}",
        r.output
    );
    assert_eq!(r.kind, "locked", "{}", r.output);
    assert!(r.message.contains("locked"), "{}", r.message);
    assert!(r.message.contains("unlock it"), "{}", r.message);
    assert!(!r.message.contains("--insecure-storage"), "{}", r.message);

    // Writing a new secret into the locked keyring (a save, the probe) says locked too.
    let script = format!(
        "{CHILD_FN} echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
         dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
           org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null; \
         child probe"
    );
    let r = in_session(None, dir.path(), &script);
    assert_eq!(r.kind, "locked", "{}", r.output);
}

#[test]
fn a_keyring_that_never_answers_times_out_after_a_notice() {
    // A "bus" that accepts the connection and never says a word: the D-Bus handshake hangs.
    let tmp = tempfile::tempdir().expect("tempdir");
    let socket = tmp.path().join("silent-bus");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("bind");
    let out = Command::new(std::env::current_exe().expect("exe"))
        .args([
            "--exact",
            "failures::child_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "probe_slow")
        .env(CHILD_DIR_ENV, tmp.path())
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", socket.display()),
        )
        .output()
        .expect("child runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the child exits although the keyring thread hangs: {stdout}"
    );
    assert!(
        stdout.contains("NOTICE=waiting for the keyring: is an unlock prompt open?"),
        "{stdout}"
    );
    assert!(stdout.contains("CHILD_KIND=timeout"), "{stdout}");
    assert!(stdout.contains("did not answer within 3 s"), "{stdout}");
}
