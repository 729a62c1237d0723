//! Time from starting the wizard to every profile's live status on its home screen: 20
//! profiles on 4 sandboxes answering after 300 ms (the layout of `status_latency`: 8
//! distinct URL+token pairs), the real binary in a 100x40 pseudo-terminal (all 20 rows
//! in view). Also the time to the first frame, which needs only the config.
//!
//! Run: `cargo bench --bench home_latency` (add `--profile dev` to skip a release build).

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "common/twenty.rs"]
mod twenty;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use twenty::{LATENCY, SANDBOXES, Twenty, spread};

const RUNS: usize = 5;
const ROWS: u16 = 40;
const COLS: u16 = 100;

fn main() {
    twenty::block_on(bench());
}

async fn bench() {
    let twenty = Twenty::start().await;
    let count = twenty.count;
    let dir = twenty.dir.display().to_string();
    let mut first = Vec::new();
    let mut all = Vec::new();
    for run in 0..=RUNS {
        let d = dir.clone();
        let (to_first, to_all) = tokio::task::spawn_blocking(move || one_run(&d, count))
            .await
            .expect("run");
        // The first run warms the page cache; it is not counted.
        if run > 0 {
            first.push(to_first);
            all.push(to_all);
        }
    }
    println!(
        "wizard home screen, {count} profiles ({SANDBOXES} URLs, 8 distinct URL+token), sandbox \
         latency {} ms, {RUNS} runs of the binary in a {COLS}x{ROWS} pseudo-terminal:",
        LATENCY.as_millis()
    );
    for (what, times) in [("first frame", &mut first), ("all statuses", &mut all)] {
        println!("  start to {what}: {}", spread(times));
    }
    twenty.shutdown().await;
}

/// Starts the wizard; returns the time to its first frame and to every row's final status.
fn one_run(dir: &str, count: usize) -> (Duration, Duration) {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("openpty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_chatwoot-link"));
    cmd.env("CHATWOOT_LINK_CONFIG_DIR", dir);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    cmd.env("NO_PROXY", "*");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");
    let screen = Arc::new(Mutex::new(vt100::Parser::new(
        NonZeroU16::new(ROWS).expect("rows"),
        NonZeroU16::new(COLS).expect("cols"),
        0,
    )));
    let s = Arc::clone(&screen);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            s.lock().expect("screen").process(&buf[..n]);
        }
    });
    let title = format!("{count} linked profiles");
    let mut to_first = None;
    let to_all = loop {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no statuses after 60 s"
        );
        let text = screen.lock().expect("screen").screen().contents();
        if to_first.is_none() && text.contains(&title) {
            to_first = Some(start.elapsed());
        }
        let done = text
            .lines()
            .filter(|l| ["│✓", "│✗", "│!"].iter().any(|s| l.starts_with(s)))
            .count();
        if done == count {
            break start.elapsed();
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    writer.write_all(b"q").expect("quit");
    let _ = child.wait();
    (to_first.unwrap_or(to_all), to_all)
}
