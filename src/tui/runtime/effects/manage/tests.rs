//! The home screen's effects against a real store (in a temp dir, an in-memory keyring)
//! and the sandbox on loopback: replace (keep, new token, conflict), unlink (with and
//! without the token reset), and the shared re-check of several profiles.

use std::sync::Arc;

use tokio::sync::mpsc;

use super::*;
use crate::checks::{Cache, ClientOptions};
use crate::sandbox::{Sandbox, SandboxOptions, demo};
use crate::secret::Token;
use crate::store::{MemorySecretStore, ProfileData, Store, TokenStoreKind};
use crate::tui::model::TokenStore;
use crate::tui::msg::SaveRequest;

const NEW: &str = "EditedTokenEditedToken12";

fn options() -> ClientOptions {
    ClientOptions {
        system_proxy: false,
        ..ClientOptions::default()
    }
}

fn services(dir: &std::path::Path) -> (Services, Arc<MemorySecretStore>) {
    let keyring = Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring));
    let store = Store::builder(dir)
        .keyring(Arc::clone(&keyring) as Arc<dyn crate::store::SecretStore>)
        .build();
    let services = Services {
        cache: Cache::new(options()).expect("client"),
        store: Arc::new(store),
        options: options(),
    };
    (services, keyring)
}

fn data(url: &str, account_id: u64) -> ProfileData {
    ProfileData {
        url: url.to_owned(),
        email: demo::ADMIN_EMAIL.to_owned(),
        account_id,
        account_name: format!("Account {account_id}"),
        user_id: demo::ADMIN_USER_ID,
        user_name: demo::ADMIN_NAME.to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: "2026-06-20T09:15:02Z".parse().expect("ts"),
        inbox_ids: Vec::new(),
    }
}

fn save(store: &Store, name: &str, url: &str, account_id: u64) -> ProfileRecord {
    let token = Token::parse(demo::ADMIN_TOKEN).expect("token");
    store
        .save_new(name, data(url, account_id), &token, TokenStoreKind::Keyring)
        .expect("saved")
        .record
}

fn request(name: &str, url: &str, account_id: u64, token: &str) -> SaveRequest {
    SaveRequest {
        trusted_cert: None,
        name: name.to_owned(),
        data: data(url, account_id),
        token: Token::parse(token).expect("token"),
        store: TokenStore::Keyring,
    }
}

fn replace_req(
    name: &str,
    expected: &ProfileRecord,
    req: SaveRequest,
    keep_token: bool,
) -> ReplaceRequest {
    ReplaceRequest {
        name: name.to_owned(),
        expected: Box::new(expected.clone()),
        request: req,
        keep_token,
    }
}

#[tokio::test]
async fn replace_keeps_or_replaces_the_token_and_refuses_a_conflict() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, keyring) = services(tmp.path());
    let url = "https://chat.example.com";
    let loaded = save(&s.store, "acme", url, 1);

    // Kept: same secret, new facts.
    let req = request("acme", url, 2, demo::ADMIN_TOKEN);
    let saved = replace(
        Arc::clone(&s.store),
        replace_req("acme", &loaded, req, true),
    )
    .await
    .expect("saved");
    assert_eq!(saved.name, "acme");
    let (_, now) = s.store.profile(Some("acme")).expect("profile");
    assert_eq!(now.data.account_id, 2);
    assert_eq!(now.token_ref, loaded.token_ref);
    assert_eq!(keyring.keys().len(), 1);

    // A new token, renamed: new secret, old one deleted.
    let req = request("acme-two", url, 2, NEW);
    replace(Arc::clone(&s.store), replace_req("acme", &now, req, false))
        .await
        .expect("saved");
    let (name, after) = s.store.profile(Some("acme-two")).expect("renamed");
    assert_ne!(after.token_ref, now.token_ref);
    assert_eq!(
        s.store.read_token(&name, &after).expect("token").expose(),
        NEW
    );
    assert_eq!(keyring.keys(), vec![after.token_ref.clone()]);

    // Edited from a stale load: refused, nothing changed, no secret left behind.
    let mut stale = after.clone();
    stale.data.account_id = 7;
    let req = request("acme-two", url, 3, demo::ADMIN_TOKEN);
    let err = replace(
        Arc::clone(&s.store),
        replace_req("acme-two", &stale, req, false),
    )
    .await
    .expect_err("conflict");
    // The review learns the profile as it is on disk now, to build on it.
    match err {
        SaveError::Changed {
            now: Some((name, now)),
        } => {
            assert_eq!(name, "acme-two");
            assert_eq!(*now, after);
        }
        other => panic!("{other:?}"),
    }
    let (_, unchanged) = s.store.profile(Some("acme-two")).expect("still there");
    assert_eq!(unchanged, after);
    assert_eq!(keyring.keys(), vec![after.token_ref]);
}

#[tokio::test]
async fn revoke_without_rotation_says_the_token_stays_valid() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, keyring) = services(tmp.path());
    let url = sb.url();
    let acme = save(&s.store, "acme", &url, 1);
    save(&s.store, "acme-copy", &url, 1);
    let report = unlink(&s, "acme".into(), acme, false).await;
    let done = report.result.as_ref().expect("removed");
    assert_eq!(done.secret, SecretFate::Deleted, "{report:?}");
    assert_eq!(done.token_store, TokenStoreKind::Keyring);
    assert!(!done.rotated);
    assert_eq!(report.others, ["acme-copy"]);
    assert!(s.store.profile(Some("acme")).is_err());
    assert_eq!(keyring.keys().len(), 1);
    // The server was not asked to reset anything.
    assert_eq!(
        sb.token_of(demo::ADMIN_EMAIL).as_deref(),
        Some(demo::ADMIN_TOKEN)
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn revoke_with_rotation_resets_the_token_and_hands_the_new_one_on() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, _) = services(tmp.path());
    let url = sb.url();
    let acme = save(&s.store, "acme", &url, 1);
    save(&s.store, "acme-copy", &url, 1);
    let report = unlink(&s, "acme".into(), acme, true).await;
    let done = report.result.as_ref().expect("removed");
    assert!(done.rotated, "{report:?}");
    assert_eq!(report.others, ["acme-copy"]);
    let new = sb.token_of(demo::ADMIN_EMAIL).expect("user");
    assert_ne!(new, demo::ADMIN_TOKEN, "the server has a new token");
    let (name, copy) = s.store.profile(Some("acme-copy")).expect("kept");
    assert_eq!(
        s.store.read_token(&name, &copy).expect("token").expose(),
        new
    );
    let text = format!("{report:?}");
    assert!(!text.contains(&new) && !text.contains(demo::ADMIN_TOKEN));
    sb.shutdown().await;
}

#[tokio::test]
async fn status_all_rechecks_every_profile_and_records_those_that_passed() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, _) = services(tmp.path());
    let url = sb.url();
    let good = save(&s.store, "acme", &url, demo::ACCOUNT_ADMIN);
    let bad = save(&s.store, "agent", &url, demo::ACCOUNT_AGENT);
    let (tx, mut rx) = mpsc::unbounded_channel();
    status_all(
        &s,
        tx,
        vec![("acme".into(), good.clone()), ("agent".into(), bad.clone())],
    );
    let mut rows = Vec::new();
    let (verified, error) = loop {
        match rx.recv().await.expect("messages") {
            Msg::Status(row) => rows.push(row),
            Msg::StatusDone {
                verified, error, ..
            } => break (verified, error),
            other => panic!("unexpected {other:?}"),
        }
    };
    assert_eq!(rows.len(), 2);
    let of = |id| rows.iter().find(|r| r.record.id == id).expect("row");
    assert_eq!(of(good.id).status, crate::checks::Status::Ok);
    assert_eq!(of(bad.id).status, crate::checks::Status::Fail);
    assert!(
        of(bad.id).message.starts_with("account:"),
        "{:?}",
        of(bad.id)
    );
    assert_eq!(verified, vec![good.id]);
    assert!(error.is_none(), "{error:?}");
    let (_, after) = s.store.profile(Some("acme")).expect("acme");
    assert!(after.data.verified_at > good.data.verified_at);
    let (_, after) = s.store.profile(Some("agent")).expect("agent");
    assert_eq!(after.data.verified_at, bad.data.verified_at);
    sb.shutdown().await;
}

/// Waits for `StatusDone`, returning the rows before it.
async fn rows_until_done(rx: &mut mpsc::UnboundedReceiver<Msg>) -> Vec<RowResult> {
    let mut rows = Vec::new();
    loop {
        match rx.recv().await.expect("messages") {
            Msg::Status(row) => rows.push(row),
            Msg::StatusDone { .. } => return rows,
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[tokio::test]
async fn reverify_forgets_only_that_servers_answers() {
    let one = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let two = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, _) = services(tmp.path());
    let a = save(&s.store, "a", &one.url(), demo::ACCOUNT_ADMIN);
    let b = save(&s.store, "b", &two.url(), demo::ACCOUNT_ADMIN);
    let both = vec![("a".to_owned(), a.clone()), ("b".to_owned(), b)];
    let (tx, mut rx) = mpsc::unbounded_channel();
    status_all(&s, tx.clone(), both.clone());
    assert_eq!(rows_until_done(&mut rx).await.len(), 2);
    let counts = || (one.requests().len(), two.requests().len());
    let first = counts();
    assert!(first.0 > 0 && first.1 > 0);
    // Checked again: the shared cache answers, nothing is sent.
    status_all(&s, tx.clone(), both);
    rows_until_done(&mut rx).await;
    assert_eq!(counts(), first);
    // `v` on a: its server is asked again, the other one is not.
    reverify(&s, tx, "a".into(), a);
    let rows = rows_until_done(&mut rx).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, crate::checks::Status::Ok);
    let after = counts();
    assert!(after.0 > first.0, "{after:?} vs {first:?}");
    assert_eq!(after.1, first.1);
    one.shutdown().await;
    two.shutdown().await;
}

/// The wizard shows a keyring failure's cause and what to do about the keyring next to its
/// own file-store choice, never the command line's flag (the CLI's own tests hold its
/// `--insecure-storage` way around).
#[tokio::test]
async fn a_keyring_failure_tells_the_wizard_the_cause_not_the_cli_flag() {
    use crate::store::{KeyringError, StoreError};
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, _) = services(tmp.path());
    let e = || {
        StoreError::Keyring(KeyringError::NoBus {
            detail: "DBUS_SESSION_BUS_ADDRESS is not set".into(),
        })
    };
    let outcome = super::super::saved(
        &s.store,
        TokenStoreKind::Keyring,
        Err(e()),
        "chat.example.com",
        1,
        "acme",
    );
    let reason = match outcome {
        Err(SaveError::KeyringUnavailable { reason }) => reason,
        other => panic!("{other:?}"),
    };
    assert!(reason.contains("no D-Bus session bus"), "{reason}");
    assert!(reason.contains("dbus-run-session"), "{reason}");
    assert!(!reason.contains("--insecure-storage"), "{reason}");
}

/// The token check as the form runs it, through the wizard's shared cache.
async fn token_status(s: &Services, url: &str) -> crate::checks::Status {
    let inputs = crate::checks::CheckInputs {
        url: url.to_owned(),
        email: Some(demo::ADMIN_EMAIL.to_owned()),
        token: Some(Token::parse(demo::ADMIN_TOKEN).expect("token")),
        account_id: Some(demo::ACCOUNT_ADMIN.to_string()),
        allow_http: false,
        ..Default::default()
    };
    let mut report = crate::checks::CheckReport::new();
    let mut updates = std::pin::pin!(crate::checks::run(inputs, &s.cache));
    while let Some(update) = futures::StreamExt::next(&mut updates).await {
        report.apply(&update);
    }
    report.check(crate::checks::CheckId::Token).status
}

/// Issue 9, bug 1: after an unlink that reset the token on the server, the form must not
/// call the old token valid from the cache (it did until `v`).
#[tokio::test]
async fn a_token_reset_by_an_unlink_is_not_valid_from_the_cache_afterwards() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, _) = services(tmp.path());
    let url = sb.url();
    assert_eq!(token_status(&s, &url).await, crate::checks::Status::Ok);
    let acme = save(&s.store, "acme", &url, demo::ACCOUNT_ADMIN);
    let (tx, mut rx) = mpsc::unbounded_channel();
    spawn_unlink(&s, tx, "acme".into(), acme, true);
    match rx.recv().await.expect("unlinked") {
        Msg::UnlinkReport(report) => assert!(report.removed(), "{report:?}"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(token_status(&s, &url).await, crate::checks::Status::Fail);
    sb.shutdown().await;
}

/// A profile whose secret is gone from its store (a keyring stopped before it saved it):
/// the re-check sends nothing and its row is marked for re-entering the token.
#[tokio::test]
async fn a_lost_secret_is_marked_on_its_row() {
    use crate::store::SecretStore;
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s, keyring) = services(tmp.path());
    let acme = save(&s.store, "acme", &sb.url(), demo::ACCOUNT_ADMIN);
    assert!(keyring.delete(&acme.token_ref).expect("deleted"));
    let (tx, mut rx) = mpsc::unbounded_channel();
    status_all(&s, tx, vec![("acme".into(), acme)]);
    let rows = rows_until_done(&mut rx).await;
    assert_eq!(rows.len(), 1);
    assert!(rows[0].secret_missing, "{:?}", rows[0]);
    assert_eq!(rows[0].status, crate::checks::Status::Fail);
    assert!(sb.requests().is_empty(), "nothing is sent without a token");
    sb.shutdown().await;
}
