//! Real processes killed with SIGKILL at random points of their saves: the config always
//! parses, every profile's token reads, and doctor --fix leaves nothing behind.

use super::*;

const CHILD_ENV: &str = "CHATWOOT_LINK_STORE_KILL_CHILD";

/// Not a test of its own: the body of the processes killed below. Saves, re-tokens and
/// removes file-store profiles in a loop until it is killed.
#[test]
fn kill_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    let store = Store::open(None).expect("CHATWOOT_LINK_CONFIG_DIR");
    let pid = std::process::id();
    for i in 0.. {
        let name = format!("k{pid}-{}", i % 3);
        let token = if i % 2 == 0 { T1 } else { T2 };
        match store.profile(Some(&name)) {
            Ok(_) if i % 5 == 0 => {
                let _ = store.revoke(&name);
            }
            Ok((_, record)) => {
                let _ = store.replace(&name, &record, acme(), Some(&tok(token)), None);
            }
            Err(_) => {
                let _ = store.save_new(&name, acme(), &tok(token), TokenStoreKind::File);
            }
        }
    }
}

/// A small deterministic generator: the seed is printed, so a failure can be replayed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
#[cfg(unix)]
fn sigkill_at_random_points_of_saves_loses_nothing_and_doctor_fix_clears_the_rest() {
    let f = Fixture::new();
    // A profile the killed processes never touch: it must survive everything whole.
    let plain = Store::builder(&f.dir).build();
    plain
        .save_new("keep", acme(), &tok(T1), TokenStoreKind::File)
        .expect("keep");
    let exe = std::env::current_exe().expect("exe");
    let mut seed = u64::from(std::process::id()) | 1;
    eprintln!("seed {seed}");
    let mut leftovers_seen = 0;
    for round in 0..24 {
        let mut child = std::process::Command::new(&exe)
            .args(["--exact", "killed::kill_child", "--test-threads=1"])
            .env(CHILD_ENV, "1")
            .env("CHATWOOT_LINK_CONFIG_DIR", &f.dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        // Past the process start-up, then anywhere within a few saves.
        let delay = 30 + next(&mut seed) % 120;
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("wait");
        assert!(!status.success(), "round {round}: the child was killed");

        let config = plain
            .config()
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        for (name, record) in &config.profiles {
            let token = plain
                .read_token(name, record)
                .unwrap_or_else(|e| panic!("round {round}: {name}: {e}"));
            assert!([T1, T2].contains(&token.expose()), "round {round}");
        }
        assert!(config.profiles.contains_key("keep"));
        leftovers_seen += plain.leftovers().len();
        // Every other round the next save clears what the killed one left of tokens.toml.
        if round % 2 == 0 {
            plain
                .save_new(&format!("r{round}"), acme(), &tok(T2), TokenStoreKind::File)
                .expect("a save after a kill");
            assert!(
                plain.leftovers().is_empty(),
                "round {round}: {:?}",
                plain.leftovers()
            );
        }
    }
    eprintln!("leftovers found after kills: {leftovers_seen}");
    // doctor --fix's store operations: leftovers, then orphans.
    plain.remove_leftovers().expect("leftovers removed");
    let orphans = plain.doctor().orphans;
    plain.remove_orphans(&orphans).expect("orphans removed");
    let report = plain.doctor();
    assert!(report.leftovers.is_empty() && report.orphans.is_empty());
    assert!(report.secrets.is_empty(), "{:?}", report.secrets);
    // No copy of a token anywhere but tokens.toml.
    for entry in std::fs::read_dir(&f.dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n == "tokens.toml") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
        assert!(
            !text.contains(T1) && !text.contains(T2),
            "{}",
            path.display()
        );
    }
}
