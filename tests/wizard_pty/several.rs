//! Several accounts at once, end to end: the agency's Master User marks two accounts in
//! the list (Space), renames one profile on the review, saves; profiles.toml then holds
//! both, and the Secret Service one secret that both point at.

use chatwoot_link::sandbox::demo;
use chatwoot_link::store::{Store, TokenStoreKind};

use super::pty::Pty;
use super::{BIN, ENTER, TAB, contains, files_containing, keyring_session, sandbox};

/// Down, in one write (typed key by key, a lone ESC would close the list).
const DOWN: &[u8] = b"\x1b[B";
const BACKSPACE: &str = "\x7f";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_marked_accounts_are_linked_sharing_one_secret() {
    if !keyring_session() {
        return;
    }
    let sb = sandbox().await;
    let cfg = tempfile::tempdir().expect("tempdir");
    let cfg_path = cfg.path().display().to_string();
    let url = sb.url();
    let token = demo::AGENCY_TOKEN;
    let (code, raw) = tokio::task::spawn_blocking(move || {
        let mut pty = Pty::spawn(&[BIN], &[("CHATWOOT_LINK_CONFIG_DIR", &cfg_path)]);
        pty.wait_for("Chatwoot URL");
        pty.type_keys(&url);
        pty.type_keys(TAB);
        pty.type_keys(demo::AGENCY_EMAIL);
        pty.type_keys(TAB);
        pty.type_keys(token);
        pty.wait_for(&"•".repeat(token.len()));
        pty.type_keys(TAB);
        // The token's accounts, in the server's order: 1 to 4.
        pty.wait_for("Old Co");
        pty.wait_for("Space mark");
        pty.type_keys(" ");
        pty.wait_for("1 marked");
        // Account 2 (agent) cannot be marked; it says why.
        pty.send(DOWN);
        pty.type_keys(" ");
        pty.wait_for("only administrators can link it");
        pty.send(DOWN);
        pty.send(DOWN);
        pty.type_keys(" ");
        pty.wait_for("2 marked");
        pty.type_keys(ENTER);
        pty.wait_for("Review: 2 profiles");
        pty.wait_for("saves the 2 profiles");
        // The second account's profile renamed on the review.
        pty.send(DOWN);
        pty.type_keys("n");
        pty.type_keys(&BACKSPACE.repeat("shop".len()));
        pty.type_keys("eu");
        pty.type_keys(ENTER);
        pty.wait_for("solo-eu");
        pty.type_keys(ENTER);
        pty.wait_for("Linked 2 profiles");
        pty.wait_for("solo-eu: account 4");
        pty.type_keys(ENTER);
        (pty.wait_exit(), pty.raw())
    })
    .await
    .expect("pty thread");
    assert_eq!(code, 0);
    assert!(!contains(&raw, token), "the token reached the screen");
    assert!(
        contains(&raw, "Linked acme-demo: 127.0.0.1:"),
        "no summary line"
    );
    assert!(
        contains(&raw, "Linked solo-eu: 127.0.0.1:"),
        "no summary line"
    );

    let config = std::fs::read_to_string(cfg.path().join("profiles.toml")).expect("config");
    assert!(config.contains("[profiles.acme-demo]"), "{config}");
    assert!(config.contains("[profiles.solo-eu]"), "{config}");
    // The keyring's D-Bus client must not run inside a tokio runtime.
    let dir = cfg.path().to_owned();
    std::thread::spawn(move || {
        let store = Store::open(Some(dir)).expect("store");
        let (_, acme) = store.profile(Some("acme-demo")).expect("acme-demo saved");
        let (_, solo) = store.profile(Some("solo-eu")).expect("solo-eu saved");
        assert_eq!(acme.data.account_id, demo::ACCOUNT_ADMIN);
        assert_eq!(solo.data.account_id, demo::ACCOUNT_NO_WHATSAPP);
        assert_eq!(acme.token_store, TokenStoreKind::Keyring);
        // One secret, shared.
        assert_eq!(acme.token_ref, solo.token_ref);
        for (name, record) in [("acme-demo", &acme), ("solo-eu", &solo)] {
            let stored = store
                .read_token(name, record)
                .expect("token in the keyring");
            assert_eq!(stored.expose(), token);
        }
        assert_eq!(store.config().expect("config").profiles.len(), 2);
    })
    .join()
    .expect("keyring checks");
    assert_eq!(files_containing(cfg.path(), token), Vec::<String>::new());
    sb.shutdown().await;
}
