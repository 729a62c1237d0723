//! The binary's exit-2 failures, found before anything is sent: local checks, input that
//! cannot be read, flags that cannot be used.

use std::io::Write as _;
use std::process::{Command, Stdio};

use chatwoot_link::sandbox::demo::ADMIN_TOKEN;

use crate::binary::{chatwoot_link, check_code, json};
use crate::common::sandbox;

#[tokio::test(flavor = "multi_thread")]
async fn local_failures_exit_2_before_sending() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let run = chatwoot_link(
        &[
            "check",
            "--url",
            &url,
            "--account-id",
            "abc",
            "--token-stdin",
            "--json",
        ],
        Some(ADMIN_TOKEN),
        &[],
    )
    .await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        check_code(&json(&run), "account"),
        ("fail", "account_id_invalid")
    );
    let run = chatwoot_link(
        &["check", "--url", "http://chat.example.com", "--token-stdin"],
        Some(ADMIN_TOKEN),
        &[],
    )
    .await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("insecure") || run.stdout.contains("--allow-http"),
        "{}",
        run.stdout
    );
    assert!(sb.requests().is_empty(), "nothing was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn json_is_one_object_on_every_input_failure() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let cases: [(&[&str], &str, &str); 3] = [
        (&["--url", "ftp://chat.example.com"], "url", "url_invalid"),
        (
            &["--url", &url, "--email", "not-an-address"],
            "email",
            "email_invalid",
        ),
        (
            &["--url", &url, "--account-id", "0"],
            "account",
            "account_id_invalid",
        ),
    ];
    for (extra, id, code) in cases {
        let mut args = vec!["check", "--token-stdin", "--json"];
        args.extend_from_slice(extra);
        let run = chatwoot_link(&args, Some(ADMIN_TOKEN), &[]).await;
        assert_eq!(run.code, 2, "{extra:?}: {}{}", run.stdout, run.stderr);
        let v = json(&run);
        assert_eq!(check_code(&v, id), ("fail", code), "{extra:?}");
        assert_eq!(v["ok"], false);
        assert_eq!(v["checks"].as_array().map(Vec::len), Some(7));
        // stderr holds one line: the message, never a second report.
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    }
    assert!(sb.requests().is_empty(), "nothing was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn unreadable_stdin_still_gives_one_json_object() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let out = tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chatwoot-link"))
            .args(["check", "--url", &url, "--token-stdin", "--json"])
            .env_remove("CHATWOOT_LINK_TOKEN")
            .env("NO_PROXY", "*")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(b"\xff\xfe not UTF-8\n").expect("write");
        drop(pipe);
        child.wait_with_output().expect("wait")
    })
    .await
    .expect("join");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(out.status.code(), Some(2), "{stdout}{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON object");
    assert_eq!(v["url"], sb.url());
    assert_eq!(check_code(&v, "token"), ("skipped", "not_checked"));
    assert!(stderr.contains("one line of text"), "{stderr}");
    assert!(sb.requests().is_empty(), "nothing was sent");
}

/// A `--timeout` that cannot be a timeout is clap's usage error: exit 2, the reason on
/// stderr, nothing on stdout (not even with `--json`), nothing sent.
#[tokio::test(flavor = "multi_thread")]
async fn an_unusable_timeout_is_a_usage_error() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    for bad in ["0", "-3", "1e20", "nan"] {
        let run = chatwoot_link(
            &[
                "check",
                "--url",
                &url,
                "--token-stdin",
                "--json",
                &format!("--timeout={bad}"),
            ],
            Some(ADMIN_TOKEN),
            &[],
        )
        .await;
        assert_eq!(run.code, 2, "{bad}: {}{}", run.stdout, run.stderr);
        assert!(run.stdout.is_empty(), "{bad}: {}", run.stdout);
        assert!(run.stderr.contains("--timeout"), "{bad}: {}", run.stderr);
        assert!(run.stderr.contains("at most 3600"), "{bad}: {}", run.stderr);
    }
    assert!(sb.requests().is_empty(), "nothing was sent");
}

/// Plain http to a remote host without `--allow-http` is one rule: a local check that fails
/// before anything is sent, exit 2 (`Exit::Usage`, whose README row names `insecure_http`),
/// from `check` and from `add` alike, with or without `--json`.
#[tokio::test(flavor = "multi_thread")]
async fn plain_http_to_a_remote_host_is_exit_2_as_documented() {
    use chatwoot_link::cli::Exit;
    assert!(Exit::Usage.meaning().contains("insecure_http"));
    assert!(!Exit::CheckFailed.meaning().contains("plain http"));
    let url = "http://chat.example.com";
    let common = ["--email", "jane@example.com", "--account-id", "1"];
    let runs: [&[&str]; 3] = [
        &["check", "--url", url, "--json"],
        &["check", "--url", url],
        &["add", "--name", "acme", "--insecure-storage", "--url", url],
    ];
    for base in runs {
        let mut args = base.to_vec();
        args.extend_from_slice(&common);
        args.push("--token-stdin");
        let run = chatwoot_link(&args, Some(ADMIN_TOKEN), &[]).await;
        assert_eq!(
            run.code,
            Exit::Usage as i32,
            "{args:?}: {}{}",
            run.stdout,
            run.stderr
        );
        assert!(
            run.stdout.contains("insecure_http") || run.stderr.contains("--allow-http"),
            "{args:?}: {}{}",
            run.stdout,
            run.stderr
        );
        if args.contains(&"--json") {
            let v = json(&run);
            assert_eq!(check_code(&v, "url"), ("fail", "insecure_http"));
            assert_eq!(check_code(&v, "token"), ("skipped", "needs_url"));
        }
    }
}
