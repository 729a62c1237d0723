//! The binary: `--ca-cert` saved with a profile and used later, a changed certificate, the
//! system store via `SSL_CERT_FILE`, proxy variables, and a `--verbose` log without secrets.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use chatwoot_link::sandbox::demo;

use crate::common::{Authority, CURRENT, T, sandbox, self_signed_ca_true, tls_front};

const EXE: &str = env!("CARGO_BIN_EXE_chatwoot-link");

/// Runs the binary with a clean environment (no proxies, no keyring) and `stdin`.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut cmd = Command::new(EXE);
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir)
        .env("CHATWOOT_LINK_CONFIG_DIR", dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("wait")
}

fn text(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn add_args<'a>(url: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "add",
        "--name",
        "acme",
        "--url",
        url,
        "--email",
        demo::ADMIN_EMAIL,
        "--account-id",
        "1",
        "--token-stdin",
        "--insecure-storage",
        "--json",
    ];
    args.extend_from_slice(extra);
    args
}

#[tokio::test(flavor = "multi_thread")]
async fn a_saved_certificate_is_used_later_and_a_changed_one_fails_loudly() {
    let sb = sandbox().await;
    let own = self_signed_ca_true(&["127.0.0.1"], &CURRENT);
    let addr = tls_front(&own, sb.addr()).await;
    let dir = tempfile::tempdir().expect("dir");
    let pem = dir.path().join("server.pem");
    std::fs::write(&pem, &own.cert).expect("pem");
    let url = format!("https://{addr}");
    let pem_arg = pem.to_str().expect("utf-8");

    let o = run(dir.path(), &add_args(&url, &["--ca-cert", pem_arg]), &[], T);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let certs: Vec<_> = std::fs::read_dir(dir.path().join("certs"))
        .expect("certs dir")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(certs.len(), 1, "{certs:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&certs[0])
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let o = run(dir.path(), &["status", "--json"], &[], "");
    assert_eq!(
        o.status.code(),
        Some(0),
        "status trusts the saved certificate: {}",
        text(&o)
    );
    let loaded = chatwoot_link::Profile::load_from(dir.path(), Some("acme")).expect("load");
    assert_eq!(
        loaded.trusted_cert().map(|c| c.info().sha256.clone()),
        Some(own.certificate().info().sha256.clone())
    );

    // The profile now trusts another certificate than the server shows.
    let other = self_signed_ca_true(&["127.0.0.1"], &CURRENT);
    std::fs::write(&certs[0], &other.cert).expect("swap");
    let o = run(dir.path(), &["status", "--json"], &[], "");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("tls_certificate_changed"), "{}", text(&o));

    // edit --ca-cert trusts the server's certificate again.
    let o = run(
        dir.path(),
        &["edit", "acme", "--ca-cert", pem_arg, "--json"],
        &[],
        "",
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(dir.path(), &["status"], &[], "");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[tokio::test(flavor = "multi_thread")]
async fn untrusted_without_a_scheme_names_the_cause_and_ssl_cert_file_trusts_it() {
    let sb = sandbox().await;
    let own = self_signed_ca_true(&["127.0.0.1"], &CURRENT);
    let addr = tls_front(&own, sb.addr()).await;
    let dir = tempfile::tempdir().expect("dir");
    let bare = addr.to_string();
    let check = ["check", "--url", bare.as_str(), "--token-stdin", "--json"];
    let o = run(dir.path(), &check, &[], T);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let url = &json["checks"][0];
    assert_eq!(url["code"], "tls_untrusted", "{json}");
    let message = url["message"].as_str().unwrap_or_default();
    assert!(!message.contains("http://"), "{message}");

    // The self-hoster's usual certificate (CA:TRUE) in SSL_CERT_FILE is trusted, as curl does.
    let file = dir.path().join("roots.pem");
    std::fs::write(&file, &own.cert).expect("roots");
    let roots = file.to_str().expect("utf-8");
    let o = run(dir.path(), &check, &[("SSL_CERT_FILE", roots)], T);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));

    // A private CA in SSL_CERT_FILE trusts what it issued.
    let ca = Authority::new();
    let issued = tls_front(&ca.issue(&["127.0.0.1"], &CURRENT), sb.addr()).await;
    std::fs::write(&file, ca.pem()).expect("roots");
    let url = format!("https://{issued}");
    let check = ["check", "--url", url.as_str(), "--token-stdin"];
    let o = run(dir.path(), &check, &[("SSL_CERT_FILE", roots)], T);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_malformed_proxy_variable_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().expect("dir");
    let check = [
        "check",
        "--url",
        "https://chat.example.com",
        "--token-stdin",
    ];
    let o = run(
        dir.path(),
        &check,
        &[("HTTPS_PROXY", "socks5://u:pw-secret@h:1080")],
        T,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let all = text(&o);
    assert!(
        all.contains("HTTPS_PROXY") && all.contains("SOCKS"),
        "{all}"
    );
    assert!(!all.contains("pw-secret"), "{all}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_verbose_log_has_requests_and_store_operations_but_no_secret() {
    let sb = sandbox().await;
    let dir = tempfile::tempdir().expect("dir");
    let url = sb.url();
    let o = run(dir.path(), &add_args(&url, &["--verbose"]), &[], T);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(dir.path(), &["status", "--verbose"], &[], "");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let check = [
        "check",
        "--url",
        url.as_str(),
        "--token-stdin",
        "--account-id",
        "1",
        "--verbose",
    ];
    let o = run(dir.path(), &check, &[], T);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(
        dir.path(),
        &["remove", "acme", "--yes", "--verbose"],
        &[],
        "",
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));

    let path = dir.path().join("chatwoot-link.log");
    let log = std::fs::read_to_string(&path).expect("log written");
    for expected in [
        "GET",
        "/api/v1/profile",
        "/api/v1/accounts/1/inboxes",
        "status=200",
        "via=direct",
        "trust=system store",
        "TLS roots",
        "proxies: none",
        "token written and read back",
        "profiles.toml written",
        "profile removed",
        "finished: exit 0",
    ] {
        assert!(
            log.contains(expected),
            "{expected} missing from the log:\n{log}"
        );
    }
    for secret in [
        T,
        "Api-Access-Token",
        "api_access_token",
        "provider_config",
        "demo-not-a-real-meta-api-key",
        "demo-not-a-real-verify-token",
    ] {
        assert!(
            !log.to_ascii_lowercase()
                .contains(&secret.to_ascii_lowercase()),
            "{secret} in the log"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
