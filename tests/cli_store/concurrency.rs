//! Several processes at once on one config dir.

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx, run_command};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_adds_at_once_end_with_ten_profiles() {
    let fx = Fx::new().await;
    let runs: Vec<_> = (0..10)
        .map(|i| {
            let name = format!("client-{i}");
            let (cmd, stdin) = fx
                .adding(&name, ADMIN_EMAIL, 1)
                .stdin(ADMIN_TOKEN)
                .command();
            tokio::task::spawn_blocking(move || run_command(cmd, stdin))
        })
        .collect();
    for run in runs {
        let out = run.await.expect("join");
        fx.record(&out);
        out.expect(0);
    }
    let config = fx.config();
    assert_eq!(config.profiles.len(), 10, "{:?}", config.profiles.keys());
    assert!(
        config
            .default
            .as_deref()
            .is_some_and(|d| config.profiles.contains_key(d)),
        "exactly one default, and it exists"
    );
    let mut refs: Vec<&str> = config
        .profiles
        .values()
        .map(|r| r.token_ref.as_str())
        .collect();
    refs.sort_unstable();
    refs.dedup();
    assert_eq!(refs.len(), 10, "a secret each");
    for name in config.profiles.keys() {
        assert_eq!(fx.stored_token(name), ADMIN_TOKEN, "{name}");
    }
    fx.assert_no_leak();
}
