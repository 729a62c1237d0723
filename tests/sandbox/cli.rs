//! The `chatwoot-link sandbox` command, run as the real binary.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use super::*;

const BIN: &str = env!("CARGO_BIN_EXE_chatwoot-link");

#[test]
fn scenario_help_lists_every_scenario_and_exits_0() {
    let out = Command::new(BIN)
        .args(["sandbox", "--scenario", "help"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    for s in Scenario::all() {
        let line = stdout
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{} ", s.name())))
            .unwrap_or_else(|| panic!("{} missing from {stdout}", s.name()));
        assert!(line.contains(&s.describe().english()), "{line}");
    }
}

#[test]
fn an_unknown_scenario_is_a_usage_error_with_the_list() {
    let out = Command::new(BIN)
        .args([
            "sandbox",
            "--scenario",
            "rate-limited",
            "--scenario",
            "teapot",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(stderr.contains("unknown scenario `teapot`"), "{stderr}");
    assert!(stderr.contains("drop-underscore-headers"), "{stderr}");
}

#[tokio::test]
async fn a_busy_port_says_so_and_exits_2() {
    let sb = sandbox().await;
    let port = sb.addr().port().to_string();
    let args = ["sandbox".to_owned(), "--port".to_owned(), port.clone()];
    let out = tokio::task::spawn_blocking(move || Command::new(BIN).args(args).output())
        .await
        .expect("joins")
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        stderr.contains(&format!("port {port} is in use")),
        "{stderr}"
    );
    assert!(stderr.contains("--port"), "{stderr}");
    sb.shutdown().await;
}

#[test]
fn serves_prints_demo_tokens_and_stops_on_sigterm() {
    let mut child = Command::new(BIN)
        .args([
            "sandbox",
            "--port",
            "0",
            "--latency-ms",
            "1",
            "--scenario",
            "degraded",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("first line");
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no URL in {first:?}"))
        .to_owned();

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let body = rt.block_on(async {
        client()
            .get(format!("{url}/api"))
            .send()
            .await
            .expect("answer")
            .text()
            .await
            .expect("body")
    });
    assert!(body.contains(r#""queue_services":"failing""#), "{body}");

    let pid = child.id().to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("exits");
    assert_eq!(status.code(), Some(0));
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("rest of stdout");
    for needle in [
        demo::ADMIN_EMAIL,
        demo::ADMIN_TOKEN,
        demo::SOLO_EMAIL,
        demo::SOLO_TOKEN,
        demo::BOT_TOKEN,
        demo::PLATFORM_TOKEN,
        "chatwoot-link check --url",
        "scenarios: degraded",
        "sandbox stopped",
    ] {
        assert!(rest.contains(needle), "{needle} missing from {rest}");
    }
}
