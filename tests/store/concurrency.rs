//! Threads and processes writing at once: nothing lost.

use super::*;

#[test]
fn ten_concurrent_saves_end_with_ten_profiles() {
    let f = Fixture::new();
    std::thread::scope(|s| {
        for i in 0..10 {
            let store = f.other();
            s.spawn(move || {
                store
                    .save_new(&format!("p{i}"), acme(), &tok(T1), TokenStoreKind::Keyring)
                    .expect("saved");
            });
        }
    });
    let c = f.store.config().expect("config");
    assert_eq!(c.profiles.len(), 10);
    assert!(c.default.is_some());
    assert_eq!(f.secrets.keys().len(), 10);
    assert!(f.store.doctor().orphans.is_empty());
}

/// Not a test of its own: the body of the save processes below.
#[test]
fn save_child() {
    let Some(name) = std::env::var_os("CHATWOOT_LINK_STORE_SAVE_CHILD") else {
        return;
    };
    let store = Store::open(None).expect("CHATWOOT_LINK_CONFIG_DIR");
    store
        .save_new(
            name.to_str().expect("utf-8"),
            acme(),
            &tok(T1),
            TokenStoreKind::File,
        )
        .expect("saved");
}

#[test]
fn ten_processes_saving_at_once_end_with_ten_profiles() {
    let f = Fixture::new();
    let exe = std::env::current_exe().expect("exe");
    let children: Vec<_> = (0..10)
        .map(|i| {
            std::process::Command::new(&exe)
                .args(["--exact", "concurrency::save_child", "--test-threads=1"])
                .env("CHATWOOT_LINK_STORE_SAVE_CHILD", format!("proc{i}"))
                .env("CHATWOOT_LINK_CONFIG_DIR", &f.dir)
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success());
    }
    let c = f.store.config().expect("config");
    assert_eq!(c.profiles.len(), 10);
    let instance = c.instance.expect("instance").to_string();
    let tokens = f
        .store
        .secrets(TokenStoreKind::File)
        .list(&instance)
        .expect("list")
        .expect("searchable");
    assert_eq!(tokens.len(), 10, "every token kept in tokens.toml");
    assert!(c.profiles.values().all(|r| tokens.contains(&r.token_ref)));
}

#[test]
fn off_thread_never_holds_up_the_runtime_shutdown() {
    let f = Fixture::new();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let store = f.store.clone();
    let saved = runtime.block_on(chatwoot_link::store::off_thread(move || {
        store.save_new("acme", acme(), &tok(T1), TokenStoreKind::Keyring)
    }));
    assert_eq!(saved.expect("saved").name, "acme");
    // An operation that hangs (a keyring waiting for a prompt): give up on it, then drop the
    // runtime. With spawn_blocking the drop would wait for it forever.
    let (release, wait) = std::sync::mpsc::channel::<()>();
    runtime.block_on(async {
        let hung = chatwoot_link::store::off_thread(move || {
            let _ = wait.recv();
            Ok(())
        });
        let r = tokio::time::timeout(Duration::from_millis(50), hung).await;
        assert!(r.is_err(), "still waiting");
    });
    drop(runtime);
    release.send(()).expect("release the thread");
}

#[test]
fn an_edit_while_verified_at_updates_run_loses_neither() {
    let f = Fixture::new().with_two();
    let (_, loaded) = f.store.profile(Some("acme")).expect("acme");
    let base: Timestamp = "2026-07-01T00:00:00Z".parse().expect("ts");
    let last = base + jiff::SignedDuration::from_secs(49);
    std::thread::scope(|s| {
        let status = f.other();
        let id = loaded.id;
        s.spawn(move || {
            for i in 0..50 {
                status
                    .touch_verified(id, base + jiff::SignedDuration::from_secs(i))
                    .expect("touch");
            }
        });
        let edit = f.other();
        s.spawn(move || {
            for i in 0..10 {
                let (_, cur) = edit.profile(Some("acme")).expect("acme");
                edit.replace(
                    "acme",
                    &cur,
                    data("https://chat.example.com", &format!("edit{i}@example.com")),
                    None,
                    None,
                )
                .expect("edit (verified_at changes are not conflicts)");
            }
        });
    });
    let (_, end) = f.store.profile(Some("acme")).expect("acme");
    assert_eq!(end.data.email, "edit9@example.com");
    assert_eq!(end.data.verified_at, last);
}

/// A keyring whose read-back of a new secret waits until the test lets it go: the save is
/// then held between writing its secret and committing the config.
struct HeldReadBack {
    inner: Arc<MemorySecretStore>,
    written: std::sync::mpsc::Sender<()>,
    go: std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
}

impl SecretStore for HeldReadBack {
    fn kind(&self) -> TokenStoreKind {
        self.inner.kind()
    }
    fn describe(&self) -> chatwoot_link::i18n::Msg {
        chatwoot_link::i18n::msg!(store_backend_faulty, inner = self.inner.describe())
    }
    fn set(&self, key: &str, label: &str, token: &Token) -> Result<(), StoreError> {
        self.inner.set(key, label, token)
    }
    fn get(&self, key: &str) -> Result<Option<Token>, StoreError> {
        if !key.starts_with("probe/") {
            let _ = self.written.send(());
            let _ = self.go.lock().expect("go").recv();
        }
        self.inner.get(key)
    }
    fn delete(&self, key: &str) -> Result<bool, StoreError> {
        self.inner.delete(key)
    }
    fn list(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        self.inner.list(prefix)
    }
}

#[test]
fn doctor_fix_never_deletes_the_secret_of_a_save_in_flight() {
    let f = Fixture::new().with_two();
    let (written_tx, written) = std::sync::mpsc::channel();
    let (go, go_rx) = std::sync::mpsc::channel();
    let held = Arc::new(HeldReadBack {
        inner: f.secrets.clone(),
        written: written_tx,
        go: std::sync::Mutex::new(go_rx),
    });
    let saver = Store::builder(&f.dir).keyring(held).build();
    // doctor --fix in "another process", with a short lock timeout so that waiting for the
    // save shows up as an error instead of a hang.
    let fixer = Store::builder(&f.dir)
        .keyring(f.secrets.clone())
        .lock_timeout(Duration::from_millis(50))
        .build();
    std::thread::scope(|s| {
        // Moved in so that a failed assertion drops it and the held save returns.
        let go = go;
        let save =
            s.spawn(move || saver.save_new("gamma", acme(), &tok(T2), TokenStoreKind::Keyring));
        written.recv().expect("the save wrote its secret");
        // Its secret is not in the config yet, so it looks orphaned...
        let report = fixer.doctor();
        assert_eq!(report.orphans.len(), 1, "{report:?}");
        // ...but it is not removed while the save is in flight.
        let removal = fixer.remove_orphans(&report.orphans);
        assert!(
            matches!(removal, Err(StoreError::LockTimeout { .. })),
            "{removal:?}"
        );
        assert!(f.secrets.keys().contains(&report.orphans[0].key));
        go.send(()).expect("let the save go on");
        let gamma = save.join().expect("no panic").expect("saved");
        assert_eq!(gamma.record.token_ref, report.orphans[0].key);
        // Now that the config points at it, doctor --fix leaves it alone.
        let removal = fixer.remove_orphans(&report.orphans).expect("fix");
        assert!(removal.is_empty(), "{removal:?}");
    });
    let (name, record) = f.store.profile(Some("gamma")).expect("gamma");
    assert_eq!(f.store.read_token(&name, &record).expect("token"), tok(T2));
    assert!(f.store.doctor().orphans.is_empty());
}

#[test]
fn doctor_fix_removes_the_secret_of_a_save_that_died() {
    let f = Fixture::new().with_two();
    let instance = f.store.config().expect("c").instance.expect("instance");
    // What a save leaves when its process dies after writing the secret: its shared lock
    // went with it.
    let key = format!("{instance}/{}", uuid::Uuid::new_v4());
    f.secrets.set(&key, "x", &tok(T2)).expect("set");
    let report = f.store.doctor();
    let removed = f.store.remove_orphans(&report.orphans).expect("fix");
    assert_eq!(removed.len(), 1);
    assert!(!f.secrets.keys().contains(&key));
    assert_eq!(f.secrets.keys().len(), 2);
}
