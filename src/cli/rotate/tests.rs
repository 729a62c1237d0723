//! The path no binary test can reach: the server rotated the token, then storing the new
//! one failed (twice: `rotate` retries once). Driven through `rotate_in` with a secret
//! store that passes its probe and fails the real writes.

use std::sync::Arc;

use super::rotate_in;
use crate::cli::{Exit, GlobalArgs};
use crate::sandbox::demo::{ADMIN_EMAIL, ADMIN_TOKEN};
use crate::sandbox::{Sandbox, SandboxOptions};
use crate::secret::Token;
use crate::store::faults::{FaultySecretStore, SecretFault};
use crate::store::{MemorySecretStore, ProfileData, SecretStore, Store, TokenStoreKind};

fn global(dir: &std::path::Path) -> GlobalArgs {
    GlobalArgs {
        lang: None,
        config_dir: Some(dir.to_owned()),
        json: true,
        timeout: 5.0,
        verbose: false,
    }
}

fn data(url: &str, account_id: u64) -> ProfileData {
    ProfileData {
        url: url.to_owned(),
        email: ADMIN_EMAIL.to_owned(),
        account_id,
        account_name: "Acme Demo".to_owned(),
        user_id: 7,
        user_name: "Dana Demo".to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: jiff::Timestamp::now(),
        inbox_ids: Vec::new(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storing_fails_after_the_server_rotated() {
    let sb = Sandbox::start(SandboxOptions::default())
        .await
        .expect("sandbox");
    let tmp = tempfile::tempdir().expect("tempdir");
    let memory = Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring));
    let faulty = Arc::new(FaultySecretStore::new(memory.clone()));
    let store = Arc::new(
        Store::builder(tmp.path())
            .keyring(faulty.clone())
            .file_store(Arc::new(MemorySecretStore::new(TokenStoreKind::File)))
            .build(),
    );
    let old = Token::parse(ADMIN_TOKEN).expect("token");
    for (name, account) in [("acme", 1), ("acme-2", 1)] {
        store
            .save_new(
                name,
                data(&sb.url(), account),
                &old,
                TokenStoreKind::Keyring,
            )
            .expect("saved");
    }
    let config_before = std::fs::read(store.config_path()).expect("config");
    let keys_before = memory.keys();

    // The probe's write passes; the new token's first write and the retry's both fail.
    faulty.fail_after(SecretFault::Set, 1);
    faulty.fail_next(SecretFault::Set);
    let failure = rotate_in(&store, "acme".to_owned(), true, &global(tmp.path()))
        .await
        .expect_err("storing failed");

    let new = sb.token_of(ADMIN_EMAIL).expect("demo user");
    assert_ne!(new, ADMIN_TOKEN, "the server did rotate");
    assert_eq!(failure.exit, Exit::Storage);
    for needle in [
        "the server reset the token (the old one no longer works)",
        "could not be stored",
        "Profile Settings → Access Token",
        "`chatwoot-link edit acme --token-stdin`",
        "acme, acme-2",
    ] {
        assert!(
            failure.message.english().contains(needle),
            "{needle}: {}",
            failure.message
        );
    }
    assert!(
        !failure.message.english().contains(&new),
        "the new token is not printed"
    );
    // Nothing changed locally: same config bytes, no new secret left behind.
    assert_eq!(
        std::fs::read(store.config_path()).expect("config"),
        config_before
    );
    assert_eq!(memory.keys(), keys_before);
    for key in &keys_before {
        assert_eq!(memory.get(key).expect("get"), Some(old.clone()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_config_it_cannot_write_stops_rotate_before_the_server() {
    let sb = Sandbox::start(SandboxOptions::default())
        .await
        .expect("sandbox");
    let tmp = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(
        Store::builder(tmp.path())
            .keyring(Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring)))
            .build(),
    );
    let old = Token::parse(ADMIN_TOKEN).expect("token");
    store
        .save_new("acme", data(&sb.url(), 1), &old, TokenStoreKind::Keyring)
        .expect("saved");
    let text = std::fs::read_to_string(store.config_path()).expect("config");
    let newer = text.replacen("schema = 2", "schema = 3", 1);
    std::fs::write(store.config_path(), &newer).expect("write");

    let failure = rotate_in(&store, "acme".to_owned(), true, &global(tmp.path()))
        .await
        .expect_err("refused");
    assert_eq!(failure.exit, Exit::Storage);
    assert!(
        failure.message.english().contains("was not asked to reset")
            && failure.message.english().contains("schema 3"),
        "{}",
        failure.message
    );
    assert_eq!(sb.token_of(ADMIN_EMAIL).as_deref(), Some(ADMIN_TOKEN));
    assert_eq!(
        std::fs::read_to_string(store.config_path()).expect("config"),
        newer
    );
}
