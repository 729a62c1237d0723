//! The confirmation of `remove` on a real terminal (a pseudo-terminal): declined is exit
//! 130 with nothing changed; accepted removes.

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, EXE, Fx};

/// Runs `remove NAME` on a pseudo-terminal, answers the question with `answer`, and
/// returns the exit code and everything the terminal showed.
fn remove_on_a_terminal(dir: &Path, name: &str, answer: &str) -> (u32, String) {
    let pair = native_pty_system()
        .openpty(PtySize::default())
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(EXE);
    cmd.arg("--config-dir");
    cmd.arg(dir);
    cmd.args(["remove", name]);
    cmd.env("LC_ALL", "C.UTF-8");
    cmd.env("NO_COLOR", "1");
    cmd.env_remove("CHATWOOT_LINK_CONFIG_DIR");
    let mut child = pair.slave.spawn_command(cmd).expect("binary starts");
    drop(pair.slave);
    let shown = Arc::new(Mutex::new(Vec::new()));
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let sink = Arc::clone(&shown);
    std::thread::spawn(move || {
        let mut buf = [0u8; 1024];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("lock").extend_from_slice(&buf[..n]);
        }
    });
    let text = || String::from_utf8_lossy(&shown.lock().expect("lock")).into_owned();
    let start = Instant::now();
    while !text().contains("[y/N]") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no question: {}",
            text()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut writer = pair.master.take_writer().expect("writer");
    writer
        .write_all(format!("{answer}\r").as_bytes())
        .expect("answer");
    let status = child.wait().expect("binary ends");
    // Let the reader drain what is left.
    std::thread::sleep(Duration::from_millis(100));
    (status.exit_code(), text())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remove_asks_on_a_terminal_and_a_no_changes_nothing() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    let bytes = fx.config_bytes();
    let dir = fx.dir.clone();
    let (code, shown) =
        tokio::task::spawn_blocking(move || remove_on_a_terminal(&dir, "acme", "n"))
            .await
            .expect("join");
    assert_eq!(code, 130, "{shown}");
    assert!(shown.contains("Unlink profile acme"), "{shown}");
    assert!(shown.contains("nothing was changed"), "{shown}");
    assert_eq!(fx.config_bytes(), bytes);

    let dir = fx.dir.clone();
    let (code, shown) =
        tokio::task::spawn_blocking(move || remove_on_a_terminal(&dir, "acme", "yes"))
            .await
            .expect("join");
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("unlinked profile acme"), "{shown}");
    assert!(fx.config().profiles.is_empty());
    assert!(!shown.contains(ADMIN_TOKEN));
    fx.assert_no_leak();
}
