//! What the wizard costs while nobody types, and how fast a key shows: the real binary
//! (`--demo`, so no keyring and no network beyond its own sandbox) in an 80x24
//! pseudo-terminal.
//!
//! - Idle CPU: utime + stime of the process (`/proc/<pid>/stat`) over 5 s with no input, on
//!   the form (checks done), the review, the done screen, the home screen (statuses in) and
//!   the unlink confirmation and its result. Zero ticks means no timer runs while idle.
//! - Keystroke to frame: from writing one key (alternately `x` and Backspace in the profile
//!   name field) to the first byte of the frame it causes, over 50 keys.
//!
//! Linux only (`/proc`). Run: `cargo bench --bench wizard_idle` (add `--profile dev` to skip
//! a release build).

#[allow(dead_code)] // the terminal tests' helper; not every function is needed here
#[path = "../tests/wizard_pty/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::Pty;

const IDLE: Duration = Duration::from_secs(5);
const KEYS: usize = 50;
/// Output stopped for this long: the frame (and anything it set off) is complete.
const QUIET: Duration = Duration::from_millis(300);

fn main() {
    let data = tempfile::tempdir().expect("tempdir");
    let data_home = data.path().display().to_string();
    let bin = env!("CARGO_BIN_EXE_chatwoot-link");
    let env = [("XDG_DATA_HOME", data_home.as_str())];
    let ticks = clock_ticks();
    let mut idle = Vec::new();

    let mut pty = Pty::spawn(&[bin, "--demo"], &env);
    // The demo form is pre-filled: its live checks end with the name filled in.
    pty.wait_for("acme-demo");
    settle(&pty);
    idle.push(("form, checks done", idle_ticks(&pty)));

    // Shift-Tab from the URL wraps to the profile name, a field with no live check: every
    // key draws exactly one frame and sets nothing else off.
    pty.send(b"\x1b[Z");
    settle(&pty);
    let mut latencies = Vec::with_capacity(KEYS);
    for i in 0..KEYS {
        let key: &[u8] = if i % 2 == 0 { b"x" } else { b"\x7f" };
        latencies.push(key_to_frame(&mut pty, key));
        settle(&pty);
    }

    pty.send(b"\r");
    pty.wait_for("Review: acme-demo");
    settle(&pty);
    idle.push(("review", idle_ticks(&pty)));

    pty.send(b"\r");
    pty.wait_for("acme-demo is linked");
    settle(&pty);
    idle.push(("done", idle_ticks(&pty)));
    pty.send(b"\r");
    assert_eq!(pty.wait_exit(), 0, "the wizard did not exit 0");

    // A re-run opens the home screen and re-checks the profile live.
    let mut pty = Pty::spawn(&[bin, "--demo"], &env);
    pty.wait_for("1 linked profile");
    // The demo's number is at risk (its readiness warning): the re-check has ended.
    pty.wait_for("is at risk");
    settle(&pty);
    idle.push(("home, statuses in", idle_ticks(&pty)));

    pty.send(b"u");
    pty.wait_for("Unlink profile acme-demo");
    settle(&pty);
    idle.push(("unlink confirmation", idle_ticks(&pty)));
    pty.send(b"y");
    pty.wait_for("Unlinked acme-demo");
    settle(&pty);
    idle.push(("unlink result", idle_ticks(&pty)));
    pty.send(b"\r");
    pty.wait_for("0 linked profiles");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0, "the wizard did not exit 0");

    println!(
        "wizard idle CPU (utime+stime over {} s, {ticks} ticks/s), real binary --demo in an \
         80x24 pseudo-terminal:",
        IDLE.as_secs()
    );
    for (screen, t) in &idle {
        println!("  {screen:<20} {t} ticks ({} ms)", t * 1000 / ticks);
    }
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "keystroke to first byte of the new frame, {KEYS} keys: min {:.2} ms, median {:.2} ms, \
         p90 {:.2} ms, max {:.2} ms",
        ms(latencies[0]),
        ms(latencies[KEYS / 2]),
        ms(latencies[KEYS * 9 / 10]),
        ms(latencies[KEYS - 1])
    );
}

/// Waits until the program has written nothing for [`QUIET`].
fn settle(pty: &Pty) {
    let mut seen = pty.raw().len();
    let mut since = Instant::now();
    while since.elapsed() < QUIET {
        std::thread::sleep(Duration::from_millis(10));
        let now = pty.raw().len();
        if now != seen {
            seen = now;
            since = Instant::now();
        }
    }
}

/// CPU ticks the process used over [`IDLE`] with no input.
fn idle_ticks(pty: &Pty) -> u64 {
    let pid = pty.child.process_id().expect("the wizard's pid");
    let before = cpu_ticks(pid);
    let written = pty.raw().len();
    std::thread::sleep(IDLE);
    let after = cpu_ticks(pid);
    assert_eq!(
        pty.raw().len(),
        written,
        "the wizard drew while idle:\n{}",
        pty.contents()
    );
    after - before
}

/// utime + stime of `pid`, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/<pid>/stat");
    // The command name (field 2) may hold spaces: count the fields after its ')'.
    let after = &stat[stat.rfind(')').expect("comm") + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat(5) are the 12th and 13th after the command name.
    let utime: u64 = fields[11].parse().expect("utime");
    let stime: u64 = fields[12].parse().expect("stime");
    utime + stime
}

/// Time from writing `key` to the first byte the program writes after it.
fn key_to_frame(pty: &mut Pty, key: &[u8]) -> Duration {
    let before = pty.raw().len();
    let start = Instant::now();
    pty.send(key);
    while pty.raw().len() == before {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no frame after a key"
        );
        std::hint::spin_loop();
    }
    start.elapsed()
}

fn clock_ticks() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100)
}
