//! The flows against a real store (temp dir, in-memory keyring) and the sandbox on
//! loopback: a reset through `unlink` or `rotate` leaves no cached answer calling the old
//! token valid, and the new token reaches every profile sharing it.

use std::sync::Arc;

use super::*;
use crate::checks::{Cache, CheckId, CheckInputs, CheckReport, ClientOptions, Status};
use crate::sandbox::{Sandbox, SandboxOptions, demo};
use crate::secret::Token;
use crate::store::{MemorySecretStore, ProfileData, SecretStore, Store, TokenStoreKind};

fn cache() -> Cache {
    Cache::new(ClientOptions {
        system_proxy: false,
        ..ClientOptions::default()
    })
    .expect("client")
}

fn new_store(dir: &std::path::Path) -> Arc<Store> {
    let keyring = Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring));
    Arc::new(
        Store::builder(dir)
            .keyring(keyring as Arc<dyn SecretStore>)
            .build(),
    )
}

fn save(store: &Store, name: &str, url: &str) {
    let data = ProfileData {
        url: url.to_owned(),
        email: demo::ADMIN_EMAIL.to_owned(),
        account_id: demo::ACCOUNT_ADMIN,
        account_name: "Acme".to_owned(),
        user_id: demo::ADMIN_USER_ID,
        user_name: demo::ADMIN_NAME.to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: jiff::Timestamp::now(),
        inbox_ids: Vec::new(),
    };
    let token = Token::parse(demo::ADMIN_TOKEN).expect("token");
    store
        .save_new(name, data, &token, TokenStoreKind::Keyring)
        .expect("saved");
}

/// The token check of the demo admin's original token, through `cache`.
async fn old_token_status(cache: &Cache, url: &str) -> Status {
    let inputs = CheckInputs {
        url: url.to_owned(),
        email: Some(demo::ADMIN_EMAIL.to_owned()),
        token: Some(Token::parse(demo::ADMIN_TOKEN).expect("token")),
        account_id: Some(demo::ACCOUNT_ADMIN.to_string()),
        allow_http: false,
        inbox_ids: Vec::new(),
    };
    let mut report = CheckReport::new();
    let mut updates = std::pin::pin!(crate::checks::run(inputs, cache));
    while let Some(update) = futures::StreamExt::next(&mut updates).await {
        report.apply(&update);
    }
    report.check(CheckId::Token).status
}

#[tokio::test]
async fn an_unlink_with_a_reset_forgets_the_servers_answers_and_rekeys_the_sharers() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (store, cache, url) = (new_store(tmp.path()), cache(), sb.url());
    save(&store, "acme", &url);
    save(&store, "acme-2", &url);
    assert_eq!(old_token_status(&cache, &url).await, Status::Ok);

    let target = sharing(&store, "ACME").await.expect("found");
    assert_eq!(target.name, "acme");
    assert_eq!(target.other_names(), ["acme-2"]);
    let done = unlink(&store, &target, Some(&cache))
        .await
        .expect("unlinked");
    assert!(done.rotated && done.later.is_none(), "{done:?}");

    // The cache was used before the reset; it must not call the old token valid now.
    assert_eq!(old_token_status(&cache, &url).await, Status::Fail);
    let new = sb.token_of(demo::ADMIN_EMAIL).expect("demo user");
    assert_ne!(new, demo::ADMIN_TOKEN);
    let (name, record) = profile(&store, Some("acme-2")).await.expect("kept");
    let stored = read_token(&store, &name, &record).await.expect("token");
    assert_eq!(stored.expose(), new);
    assert!(profile(&store, Some("acme")).await.is_err(), "removed");
    sb.shutdown().await;
}

#[tokio::test]
async fn rotate_needs_a_readable_token_and_then_forgets_the_servers_answers() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (store, cache, url) = (new_store(tmp.path()), cache(), sb.url());
    save(&store, "acme", &url);
    assert_eq!(old_token_status(&cache, &url).await, Status::Ok);

    let target = sharing(&store, "acme").await.expect("found");
    let ready = prepare_reset(&store, (&target.name, &target.record), &target.all())
        .await
        .expect("ready");
    let done = rotate(&store, &cache, &target, ready)
        .await
        .expect("rotated");
    assert!(done.warnings.is_empty(), "{:?}", done.warnings);
    assert_eq!(old_token_status(&cache, &url).await, Status::Fail);

    // A profile whose secret is gone: nothing is sent, and the error says so.
    let (name, record) = profile(&store, Some("acme")).await.expect("kept");
    store
        .secrets(TokenStoreKind::Keyring)
        .delete(&record.token_ref)
        .expect("deleted");
    let Err(e) = prepare_reset(&store, (&name, &record), &[]).await else {
        panic!("the token is gone");
    };
    assert!(matches!(e, LinkError::TokenUnreadable { .. }), "{e:?}");
    assert!(
        e.to_string().contains("the server was not contacted"),
        "{e}"
    );
    sb.shutdown().await;
}

/// The check of the URL, token and email alone (what `save_checked` takes as `first`).
async fn shared_check(cache: &Cache, inputs: &ManyInputs) -> CheckReport {
    let mut report = CheckReport::new();
    let mut updates = std::pin::pin!(crate::checks::run(inputs.check_inputs(None), cache));
    while let Some(update) = futures::StreamExt::next(&mut updates).await {
        report.apply(&update);
    }
    report
}

/// Each account checked, to be saved under the name beside it.
async fn checked(cache: &Cache, inputs: &ManyInputs, ids: &[(u64, &str)]) -> Vec<Checked> {
    let mut out = Vec::new();
    for &(id, name) in ids {
        out.push(Checked {
            account_id: id,
            name: Some(name.to_owned()),
            report: check_account(cache, inputs, id).await,
        });
    }
    out
}

#[tokio::test]
async fn save_checked_keeps_the_given_names_and_shares_one_secret() {
    let sb = Sandbox::start(SandboxOptions::default()).await.expect("sb");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (store, cache, url) = (new_store(tmp.path()), cache(), sb.url());
    save(&store, "taken", &url);
    let inputs = ManyInputs {
        url: url.clone(),
        email: demo::AGENCY_EMAIL.to_owned(),
        token: Token::parse(demo::AGENCY_TOKEN).expect("token"),
        allow_http: false,
        accounts: Accounts::Ids(vec![1, 2, 4]),
        kind: TokenStoreKind::Keyring,
    };
    let first = shared_check(&cache, &inputs).await;
    // A taken name and an account where the user is an agent: nothing is saved.
    let batch = checked(&cache, &inputs, &[(1, "taken"), (2, "beta")]).await;
    let results = save_checked(&store, &inputs, &first, batch, None)
        .await
        .expect("no store failure");
    let codes: Vec<_> = results
        .iter()
        .map(|r| (r.code, r.saved.is_some()))
        .collect();
    assert_eq!(codes[0], (crate::checks::Code::NameTaken, false));
    assert!(
        !codes[1].1 && codes[1].0 != crate::checks::Code::Ok,
        "{codes:?}"
    );
    assert_eq!(config(&store).await.expect("config").profiles.len(), 1);

    let batch = checked(&cache, &inputs, &[(1, "agency-acme"), (4, "solo-eu")]).await;
    let results = save_checked(&store, &inputs, &first, batch, None)
        .await
        .expect("saved");
    assert!(results.iter().all(|r| r.saved.is_some()), "{results:?}");
    let (_, acme) = profile(&store, Some("agency-acme")).await.expect("saved");
    let (_, solo) = profile(&store, Some("solo-eu")).await.expect("saved");
    assert_eq!(acme.token_ref, solo.token_ref, "one secret, shared");
    assert_eq!(solo.data.account_id, 4);
    let stored = read_token(&store, "solo-eu", &solo).await.expect("token");
    assert_eq!(stored.expose(), demo::AGENCY_TOKEN);
    sb.shutdown().await;
}
