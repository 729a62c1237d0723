//! The binary on a terminal and under signals: colour only on a terminal and without
//! `NO_COLOR`; Ctrl-C ends a run with exit 130, a complete report and nothing saved.
#![cfg(unix)]

use std::process::{Command, Stdio};

use chatwoot_link::sandbox::Scenario;
use chatwoot_link::sandbox::demo::{ADMIN_EMAIL, ADMIN_TOKEN};

use crate::binary::check_code;
use crate::common::{sandbox, wait_for_requests};

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_c_exits_130_and_saves_nothing() {
    let sb = sandbox(vec![Scenario::Hang]).await;
    let config = tempfile::tempdir().expect("tempdir");
    let child = Command::new(env!("CARGO_BIN_EXE_chatwoot-link"))
        .args([
            "--timeout",
            "60",
            "check",
            "--url",
            &sb.url(),
            "--account-id",
            "1",
            "--json",
        ])
        .env("CHATWOOT_LINK_TOKEN", ADMIN_TOKEN)
        .env("NO_PROXY", "*")
        .env("CHATWOOT_LINK_CONFIG_DIR", config.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // The five first requests are in flight (and hang) before the interrupt.
    wait_for_requests(&sb, 5).await;
    rustix::process::kill_process(
        rustix::process::Pid::from_child(&child),
        rustix::process::Signal::INT,
    )
    .expect("SIGINT");
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().expect("wait"))
        .await
        .expect("join");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(out.status.code(), Some(130), "{stdout}{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON object");
    assert_eq!(check_code(&v, "url"), ("skipped", "not_checked"));
    assert!(stderr.contains("interrupted"));
    assert!(!stdout.contains(ADMIN_TOKEN) && !stderr.contains(ADMIN_TOKEN));
    assert_eq!(std::fs::read_dir(config.path()).expect("dir").count(), 0);
}

/// `chatwoot-link <args>` with stdin, stdout and stderr on a fresh pseudo-terminal, in a
/// UTF-8 locale with no colour preferences and no token in the environment, plus `env`.
fn spawn_on_a_pty(
    args: &[&str],
    env: &[(&str, &str)],
) -> (
    Box<dyn portable_pty::Child + Send + Sync>,
    Box<dyn portable_pty::MasterPty + Send>,
) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_chatwoot-link"));
    cmd.args(args);
    for k in [
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "LC_ALL",
        "LC_CTYPE",
        "CHATWOOT_LINK_TOKEN",
    ] {
        cmd.env_remove(k);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    cmd.env("NO_PROXY", "*");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pair.slave.spawn_command(cmd).expect("spawn");
    (child, pair.master)
}

/// Runs `check` with stdout on a pseudo-terminal (the token from the environment, since a
/// terminal stdin would prompt); returns everything the terminal received.
fn check_on_a_terminal(url: &str, env: &[(&str, &str)]) -> String {
    use std::io::Read as _;

    let args = [
        "check",
        "--url",
        url,
        "--email",
        ADMIN_EMAIL,
        "--account-id",
        "1",
    ];
    let mut env = env.to_vec();
    env.push(("CHATWOOT_LINK_TOKEN", ADMIN_TOKEN));
    let (mut child, master) = spawn_on_a_pty(&args, &env);
    let mut reader = master.try_clone_reader().expect("reader");
    let mut out = Vec::new();
    // Linux ends a pty read with EIO once the child has exited; what was read stays.
    let _ = reader.read_to_end(&mut out);
    let status = child.wait().expect("wait");
    let out = String::from_utf8_lossy(&out).into_owned();
    assert!(status.success(), "{out}");
    assert!(!out.contains(ADMIN_TOKEN), "token on the terminal: {out}");
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn colour_on_a_terminal_unless_no_color() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let coloured = tokio::task::spawn_blocking(move || check_on_a_terminal(&url, &[]))
        .await
        .expect("join");
    assert!(coloured.contains("\x1b[32m✓"), "green ticks: {coloured:?}");
    assert!(coloured.contains("all checks passed"), "{coloured:?}");
    let url = sb.url();
    let plain =
        tokio::task::spawn_blocking(move || check_on_a_terminal(&url, &[("NO_COLOR", "1")]))
            .await
            .expect("join");
    assert!(plain.contains("all checks passed"), "{plain:?}");
    assert!(!plain.contains('\x1b'), "NO_COLOR: {plain:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_c_at_the_token_prompt_exits_130_with_one_report() {
    use std::io::{Read as _, Write as _};
    use std::sync::mpsc;
    use std::time::Duration;

    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let (code, text) = tokio::task::spawn_blocking(move || {
        let (mut child, master) =
            spawn_on_a_pty(&["check", "--url", &url, "--token-stdin", "--json"], &[]);
        let mut reader = master.try_clone_reader().expect("reader");
        let (tx, rx) = mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        // The prompt shows once the interrupt handler is in place; then type Ctrl-C.
        let mut seen = Vec::new();
        while !String::from_utf8_lossy(&seen).contains("input hidden") {
            let chunk = rx
                .recv_timeout(Duration::from_secs(30))
                .expect("the token prompt");
            seen.extend_from_slice(&chunk);
        }
        let mut writer = master.take_writer().expect("writer");
        writer.write_all(b"\x03").expect("Ctrl-C");
        let status = child.wait().expect("wait");
        while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(500)) {
            seen.extend_from_slice(&chunk);
        }
        (status, String::from_utf8_lossy(&seen).into_owned())
    })
    .await
    .expect("join");
    assert_eq!(code.signal(), None, "killed by the signal: {text:?}");
    assert_eq!(code.exit_code(), 130, "{text:?}");
    let json = &text[text.find('{').expect("a report")..=text.rfind('}').expect("its end")];
    let v: serde_json::Value = serde_json::from_str(json).expect("one JSON object");
    assert_eq!(v["url"], sb.url());
    assert_eq!(check_code(&v, "token"), ("skipped", "not_checked"));
    assert!(text.contains("interrupted"), "{text:?}");
    assert!(sb.requests().is_empty(), "nothing was sent");
}
