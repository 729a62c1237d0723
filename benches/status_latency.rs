//! Wall time of `chatwoot-link status` over 20 profiles against sandboxes answering after
//! 300 ms. The profiles sit on 4 sandboxes (4 URLs), 5 each: two of Dana's for the same
//! account, Dana's agent and suspended accounts (which fail), and Sam's: 20 profiles but
//! only 8 distinct (URL, token) pairs. All requests start at once and are shared, so the
//! run should take about two round trips (number health follows the inbox list) plus
//! process start, not forty.
//!
//! Run: `cargo bench --bench status_latency` (add `--profile dev` to skip a release build).

use std::process::{Command, Stdio};
use std::time::Instant;

#[path = "common/twenty.rs"]
mod twenty;

use twenty::{LATENCY, SANDBOXES, Twenty, spread};

const RUNS: usize = 7;

fn main() {
    twenty::block_on(bench());
}

async fn bench() {
    let twenty = Twenty::start().await;
    let (sandboxes, count) = (&twenty.sandboxes, twenty.count);

    let exe = env!("CARGO_BIN_EXE_chatwoot-link");
    let mut times = Vec::new();
    let mut requests = 0;
    for run in 0..=RUNS {
        let before: usize = sandboxes.iter().map(|s| s.requests().len()).sum();
        let mut cmd = Command::new(exe);
        cmd.arg("--config-dir")
            .arg(&twenty.dir)
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
    println!(
        "status over {count} profiles ({SANDBOXES} URLs, 8 distinct URL+token), sandbox latency {} ms, {RUNS} runs of the binary:",
        LATENCY.as_millis()
    );
    println!("  wall time: {}", spread(&mut times));
    println!(
        "  requests per run: {requests} (without sharing: at least {} = 5 per profile, plus number health)",
        count * 5
    );
    twenty.shutdown().await;
}
