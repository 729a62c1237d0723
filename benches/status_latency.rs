//! Wall time of `chatwoot-link status` over 20 profiles against sandboxes answering after
//! 300 ms. The profiles sit on 4 sandboxes (4 URLs), 5 each: two of Dana's for the same
//! account, Dana's agent and suspended accounts (which fail), and Sam's: 20 profiles but
//! only 8 distinct (URL, token) pairs. All requests start at once and are shared, so the
//! run should take about one round trip (plus process start), not twenty.
//!
//! Run: `cargo bench --bench status_latency` (add `--profile dev` to skip a release build).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "common/twenty.rs"]
mod twenty;

use twenty::{LATENCY, SANDBOXES, twenty_profiles};

const RUNS: usize = 7;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(bench());
}

async fn bench() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("cfg");
    let (sandboxes, count) = twenty_profiles(&dir).await;

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
