//! The real binary against a sandbox started in the test: exit codes, `--json` shape, and
//! that no output ever contains the token (the failures found before sending: `usage.rs`).

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use chatwoot_link::sandbox::demo::{ADMIN_EMAIL, ADMIN_TOKEN, SOLO_EMAIL};
use chatwoot_link::sandbox::{Sandbox, Scenario};

use crate::common::sandbox;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `chatwoot-link <args>` with `stdin` piped in and a clean environment; asserts that
/// neither the token it was given nor any demo token shows up in its output, and that it
/// wrote nothing to its config dir.
pub async fn chatwoot_link(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Run {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    let stdin = stdin.map(str::to_owned);
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let config = tempfile::tempdir().expect("tempdir");
    let config_path = config.path().to_owned();
    let out: Output = tokio::task::spawn_blocking(move || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_chatwoot-link"));
        cmd.args(&args)
            .env_remove("CHATWOOT_LINK_TOKEN")
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env("LANG", "C.UTF-8")
            .env("NO_PROXY", "*")
            .env("no_proxy", "*")
            .env("CHATWOOT_LINK_CONFIG_DIR", &config_path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn");
        let mut pipe = child.stdin.take().expect("stdin");
        if let Some(s) = stdin {
            // A usage error exits before reading stdin: a closed pipe is not a failure.
            match pipe.write_all(s.as_bytes()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("write stdin: {e}"),
                _ => {}
            }
        }
        drop(pipe);
        child.wait_with_output().expect("wait")
    })
    .await
    .expect("join");
    let run = Run {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).expect("utf-8"),
        stderr: String::from_utf8(out.stderr).expect("utf-8"),
    };
    let secrets = [
        ADMIN_TOKEN,
        chatwoot_link::sandbox::demo::SOLO_TOKEN,
        "WrongToken00000000000000",
        "DemoPubsubAdmin111111111",
        chatwoot_link::sandbox::demo::PLANTED_SECRET,
    ];
    for secret in secrets {
        assert!(
            !run.stdout.contains(secret),
            "token in stdout:\n{}",
            run.stdout
        );
        assert!(
            !run.stderr.contains(secret),
            "token in stderr:\n{}",
            run.stderr
        );
    }
    let written: Vec<_> = std::fs::read_dir(config.path())
        .expect("read dir")
        .collect();
    assert!(written.is_empty(), "check saved something: {written:?}");
    run
}

pub fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: one JSON object expected:\n{}", run.stdout))
}

pub fn check_code<'a>(v: &'a serde_json::Value, id: &str) -> (&'a str, &'a str) {
    let c = v["checks"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["id"] == id))
        .expect("check present");
    (
        c["status"].as_str().expect("status"),
        c["code"].as_str().expect("code"),
    )
}

fn full_args(sb: &Sandbox, email: &str) -> Vec<String> {
    [
        "check",
        "--url",
        &sb.url(),
        "--email",
        email,
        "--account-id",
        "1",
        "--token-stdin",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn all_ok_exits_0_and_prints_each_check() {
    let sb = sandbox(vec![]).await;
    let args = full_args(&sb, ADMIN_EMAIL);
    let run = chatwoot_link(&strs(&args), Some(&format!("{ADMIN_TOKEN}\n")), &[]).await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    for id in ["url", "token", "email", "account", "inboxes"] {
        assert!(
            run.stdout
                .lines()
                .any(|l| l.starts_with('✓') && l.contains(id)),
            "{id}:\n{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains("all checks passed"));
    assert!(run.stdout.contains("Dana Demo"));
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn ascii_symbols_outside_utf8_locales() {
    let sb = sandbox(vec![]).await;
    let args = full_args(&sb, SOLO_EMAIL);
    let run = chatwoot_link(&strs(&args), Some(ADMIN_TOKEN), &[("LANG", "C")]).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.lines().any(|l| l.starts_with("ok url")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.lines().any(|l| l.starts_with("x  email")),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('✓') && !run.stdout.contains('✗'));
}

#[tokio::test(flavor = "multi_thread")]
async fn json_is_one_object_of_the_documented_shape() {
    let sb = sandbox(vec![]).await;
    let mut args = full_args(&sb, ADMIN_EMAIL);
    args.push("--json".into());
    let run = chatwoot_link(&strs(&args), Some(ADMIN_TOKEN), &[]).await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let v = json(&run);
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "account",
            "accounts",
            "checks",
            "inboxes",
            "ok",
            "operations",
            "schema",
            "server",
            "url",
            "user",
            "warnings",
            "whatsapp"
        ]
    );
    assert_eq!(v["schema"], 1);
    assert_eq!(v["ok"], true);
    assert_eq!(v["url"], sb.url());
    let ids: Vec<&str> = v["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "url",
            "token",
            "email",
            "account",
            "inboxes",
            "operations",
            "whatsapp"
        ]
    );
    assert_eq!(v["server"]["version"], chatwoot_link::sandbox::VERSION);
    assert_eq!(v["user"]["email"], ADMIN_EMAIL);
    assert_eq!(v["account"]["id"], 1);
    assert_eq!(v["inboxes"]["whatsapp"], 2);
    assert_eq!(v["warnings"][0]["code"], "http_loopback");
}

#[tokio::test(flavor = "multi_thread")]
async fn failing_check_exits_1() {
    let sb = sandbox(vec![]).await;
    let mut args = full_args(&sb, ADMIN_EMAIL);
    args.push("--json".into());
    let run = chatwoot_link(&strs(&args), Some("WrongToken00000000000000"), &[]).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let v = json(&run);
    assert_eq!(v["ok"], false);
    assert_eq!(check_code(&v, "token"), ("fail", "token_invalid"));
    assert_eq!(check_code(&v, "inboxes"), ("skipped", "needs_token"));
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_token_exits_2_with_a_report() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let run = chatwoot_link(&["check", "--url", &url, "--json"], None, &[]).await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let v = json(&run);
    assert_eq!(check_code(&v, "token"), ("fail", "token_format"));
    assert!(run.stderr.contains("no token given"), "{}", run.stderr);
    // --token-stdin with nothing on stdin is missing too.
    let run = chatwoot_link(&["check", "--url", &url, "--token-stdin"], Some(""), &[]).await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(sb.requests().is_empty(), "nothing was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn token_from_env_and_stdin_wins() {
    let sb = sandbox(vec![]).await;
    let url = sb.url();
    let run = chatwoot_link(
        &["check", "--url", &url, "--json"],
        None,
        &[("CHATWOOT_LINK_TOKEN", ADMIN_TOKEN)],
    )
    .await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let run = chatwoot_link(
        &["check", "--url", &url, "--token-stdin", "--json"],
        Some(ADMIN_TOKEN),
        &[("CHATWOOT_LINK_TOKEN", "WrongToken00000000000000")],
    )
    .await;
    assert_eq!(run.code, 0, "stdin wins: {}{}", run.stdout, run.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn server_control_characters_never_reach_the_output() {
    let sb = sandbox(vec![Scenario::ControlChars]).await;
    let args = full_args(&sb, ADMIN_EMAIL);
    let run = chatwoot_link(&strs(&args), Some(ADMIN_TOKEN), &[]).await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        !run.stdout.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        run.stdout
    );
    // The names themselves come through (the test is not passing on empty output), and
    // no debris of the escape sequences does.
    assert!(run.stdout.contains("Dana Demo"), "{}", run.stdout);
    assert!(run.stdout.contains("Acme WhatsApp"), "{}", run.stdout);
    for debris in ["[31m", "[0m", "]0;", "pwned"] {
        assert!(!run.stdout.contains(debris), "{debris}: {}", run.stdout);
    }
    assert_eq!(
        run.stdout
            .lines()
            .filter(|l| l.contains("Dana Demo"))
            .count(),
        2
    );
    assert!(
        run.stdout.contains("Dana Demo <demo@example.com>"),
        "no stray spaces where the name's line break was: {}",
        run.stdout
    );

    // --json: the same names, sanitised, escaped by nothing but JSON.
    let mut args = full_args(&sb, ADMIN_EMAIL);
    args.push("--json".into());
    let run = chatwoot_link(&strs(&args), Some(ADMIN_TOKEN), &[]).await;
    let v = json(&run);
    let user = v["user"]["name"].as_str().expect("user name");
    assert!(user.contains("Dana Demo"), "{user:?}");
    assert!(!user.chars().any(char::is_control), "{user:?}");
    assert!(!run.stdout.contains("\\u001b"), "{}", run.stdout);
}

/// `--lang es` words the human lines in Spanish; `--json` stays English (messages and codes).
#[tokio::test(flavor = "multi_thread")]
async fn json_stays_english_under_another_language() {
    let sb = sandbox(vec![]).await;
    let mut args = full_args(&sb, "someone.else@example.com");
    args.extend(["--lang".to_owned(), "es".to_owned()]);
    let human = chatwoot_link(&strs(&args), Some(ADMIN_TOKEN), &[]).await;
    assert!(
        human.stdout.contains("el token pertenece a"),
        "{}{}",
        human.stdout,
        human.stderr
    );
    args.push("--json".into());
    let run = chatwoot_link(&strs(&args), Some(ADMIN_TOKEN), &[]).await;
    let v = json(&run);
    assert_eq!(check_code(&v, "email"), ("fail", "email_mismatch"));
    let email = v["checks"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["id"] == "email"))
        .and_then(|c| c["message"].as_str())
        .expect("email message");
    assert!(email.starts_with("the token belongs to"), "{email}");
    assert!(
        email.contains("(Profile Settings → Access Token)"),
        "{email}"
    );
    assert!(!run.stdout.contains("pertenece"), "{}", run.stdout);
}
