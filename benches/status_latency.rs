//! Wall time of `chatwoot-link status` over 20 profiles against sandboxes answering after
//! 300 ms. The profiles sit on 4 sandboxes (4 URLs), 5 each: two of Dana's for the same
//! account, Dana's agent and suspended accounts (which fail), and Sam's: 20 profiles but
//! only 8 distinct (URL, token) pairs. All requests start at once and are shared, so the
//! run should take about one round trip (plus process start), not twenty.
//!
//! Run: `cargo bench --bench status_latency` (add `--profile dev` to skip a release build).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chatwoot_link::sandbox::demo::{
    ACCOUNT_ADMIN, ACCOUNT_AGENT, ACCOUNT_NO_WHATSAPP, ACCOUNT_SUSPENDED, ADMIN_EMAIL, ADMIN_NAME,
    ADMIN_TOKEN, ADMIN_USER_ID, SOLO_EMAIL, SOLO_NAME, SOLO_TOKEN, SOLO_USER_ID,
};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions};
use chatwoot_link::secret::Token;
use chatwoot_link::store::{ProfileData, Store, TokenStoreKind};

const LATENCY: Duration = Duration::from_millis(300);
const SANDBOXES: usize = 4;
const RUNS: usize = 7;

fn data(url: &str, email: &str, account: u64, user: (u64, &str)) -> ProfileData {
    ProfileData {
        url: url.to_owned(),
        email: email.to_owned(),
        account_id: account,
        account_name: format!("account {account}"),
        user_id: user.0,
        user_name: user.1.to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: "2026-06-20T09:15:02Z".parse().expect("timestamp"),
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(bench());
}

async fn bench() {
    let mut sandboxes = Vec::new();
    for _ in 0..SANDBOXES {
        sandboxes.push(
            Sandbox::start(SandboxOptions {
                latency: LATENCY,
                ..SandboxOptions::default()
            })
            .await
            .expect("sandbox"),
        );
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("cfg");
    let store = Store::builder(&dir).build();
    let admin = Token::parse(ADMIN_TOKEN).expect("token");
    let solo = Token::parse(SOLO_TOKEN).expect("token");
    let dana = (ADMIN_USER_ID, ADMIN_NAME);
    let sam = (SOLO_USER_ID, SOLO_NAME);
    for (i, sb) in sandboxes.iter().enumerate() {
        let url = sb.url();
        let profiles = [
            ("acme", data(&url, ADMIN_EMAIL, ACCOUNT_ADMIN, dana), &admin),
            (
                "acme-copy",
                data(&url, ADMIN_EMAIL, ACCOUNT_ADMIN, dana),
                &admin,
            ),
            ("beta", data(&url, ADMIN_EMAIL, ACCOUNT_AGENT, dana), &admin),
            (
                "oldco",
                data(&url, ADMIN_EMAIL, ACCOUNT_SUSPENDED, dana),
                &admin,
            ),
            (
                "solo",
                data(&url, SOLO_EMAIL, ACCOUNT_NO_WHATSAPP, sam),
                &solo,
            ),
        ];
        for (name, d, token) in profiles {
            store
                .save_new(&format!("{name}-{i}"), d, token, TokenStoreKind::File)
                .expect("save");
        }
    }
    let count = store.config().expect("config").profiles.len();

    let exe = env!("CARGO_BIN_EXE_chatwoot-link");
    let mut times = Vec::new();
    let mut requests = 0;
    for run in 0..=RUNS {
        let before: usize = sandboxes.iter().map(|s| s.requests().len()).sum();
        let mut cmd = Command::new(exe);
        cmd.arg("--config-dir")
            .arg(&dir)
            .args(["status", "--json"])
            .env("NO_PROXY", "*")
            .env_remove("CHATWOOT_LINK_PROFILE")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let start = Instant::now();
        let out = tokio::task::spawn_blocking(move || cmd.output())
            .await
            .expect("join")
            .expect("binary runs");
        let elapsed = start.elapsed();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("status --json");
        let checked = json["profiles"].as_array().map_or(0, Vec::len);
        assert_eq!(checked, count, "every profile was checked");
        let after: usize = sandboxes.iter().map(|s| s.requests().len()).sum();
        requests = after - before;
        // The first run warms the page cache; it is not counted.
        if run > 0 {
            times.push(elapsed);
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "status over {count} profiles ({SANDBOXES} URLs, 8 distinct URL+token), sandbox latency {} ms, {RUNS} runs of the binary:",
        LATENCY.as_millis()
    );
    println!(
        "  wall time: min {:.0} ms, median {:.0} ms, max {:.0} ms",
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
    println!(
        "  requests per run: {requests} (without sharing: {} = 3 per profile)",
        count * 3
    );
    for sb in sandboxes {
        sb.shutdown().await;
    }
}
