//! Wall time of a full check (every check, cold cache) against the sandbox with 300 ms of
//! latency on every answer. The five requests whose inputs are known run concurrently, so
//! every check but `whatsapp` is final after about one round trip (~300 ms); the number
//! health requests start when the inbox list arrives, so the whole check takes about two.
//!
//! Run: `cargo bench --bench check_latency` (`cargo test --bench check_latency` for a quick
//! debug-build run).

use std::time::{Duration, Instant};

use chatwoot_link::checks::{self, Cache, CheckId, CheckInputs, CheckReport, ClientOptions};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions, demo};
use chatwoot_link::secret::Token;
use futures::StreamExt;

const LATENCY: Duration = Duration::from_millis(300);
const RUNS: usize = 10;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .expect("tokio runtime");
    runtime.block_on(bench());
}

async fn bench() {
    let sandbox = Sandbox::start(SandboxOptions {
        latency: LATENCY,
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox");
    let mut times = Vec::with_capacity(RUNS);
    let mut before_health = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        // A new cache each run: every request goes to the server.
        let cache = Cache::new(ClientOptions {
            system_proxy: false,
            ..ClientOptions::default()
        })
        .expect("client");
        let inputs = CheckInputs {
            url: sandbox.url(),
            email: Some(demo::ADMIN_EMAIL.to_owned()),
            token: Some(Token::from_trusted(demo::ADMIN_TOKEN.to_owned())),
            account_id: Some(demo::ACCOUNT_ADMIN.to_string()),
            allow_http: false,
            ..Default::default()
        };
        let start = Instant::now();
        let mut report = CheckReport::new();
        let mut updates = std::pin::pin!(checks::run(inputs, &cache));
        let mut others_done = None;
        while let Some(u) = updates.next().await {
            report.apply(&u);
            let others = CheckId::ALL
                .iter()
                .filter(|&&id| id != CheckId::Whatsapp)
                .all(|&id| report.is_finished(id));
            if others && others_done.is_none() {
                others_done = Some(start.elapsed());
            }
        }
        times.push(start.elapsed());
        before_health.push(others_done.expect("every check finished"));
        assert!(report.ok && report.is_complete(), "{report:#?}");
    }
    times.sort();
    before_health.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "every check but whatsapp (no number health), {} ms sandbox latency, {RUNS} runs: min {:.1} ms, median {:.1} ms, max {:.1} ms",
        LATENCY.as_millis(),
        ms(before_health[0]),
        ms(before_health[RUNS / 2]),
        ms(before_health[RUNS - 1]),
    );
    println!(
        "full check with number health, cold cache, {} ms sandbox latency, {RUNS} runs: min {:.1} ms, median {:.1} ms, max {:.1} ms ({} requests per check)",
        LATENCY.as_millis(),
        ms(times[0]),
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1]),
        sandbox.requests().len() / RUNS,
    );
    sandbox.shutdown().await;
}
