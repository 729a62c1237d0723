//! Executes effects as tokio tasks; each sends its result back as a `Msg`.

use crate::i18n::t;
use std::sync::Arc;

use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;
use tokio::task::JoinHandle;

use crate::checks::{self, Cache, ClientOptions};
use crate::link::host;
use crate::store::{Store, StoreError, TokenStoreKind};
use crate::tui::model::{KeyringState, Saved, TokenStore};
use crate::tui::msg::{Effect, Msg, SaveError, SaveRequest};

mod manage;
mod many;

/// What effects need: the checks' cache (shared requests), the profile store, and the
/// client options (`--timeout`) for a token reset on the server.
#[derive(Clone)]
pub struct Services {
    pub cache: Cache,
    pub store: Arc<Store>,
    pub options: ClientOptions,
}

pub struct Executor {
    services: Services,
    tx: UnboundedSender<Msg>,
    /// The live run in flight; a newer run aborts it (dropping the stream cancels its
    /// requests).
    checks: Option<JoinHandle<()>>,
    /// The pending typing pause; a newer edit replaces it, so stale timers never wake us.
    debounce: Option<JoinHandle<()>>,
    /// The checks of the marked accounts; a newer review aborts them.
    accounts: Option<JoinHandle<()>>,
}

impl Executor {
    pub fn new(services: Services, tx: UnboundedSender<Msg>) -> Self {
        Self {
            services,
            tx,
            checks: None,
            debounce: None,
            accounts: None,
        }
    }

    pub fn spawn(&mut self, effect: Effect) {
        let tx = self.tx.clone();
        match effect {
            Effect::RunChecks { generation, inputs } => {
                if let Some(old) = self.checks.take() {
                    old.abort();
                }
                let cache = self.services.cache.clone();
                self.checks = Some(tokio::spawn(async move {
                    let mut updates = std::pin::pin!(checks::run(inputs, &cache));
                    while let Some(update) = updates.next().await {
                        if tx.send(Msg::Check { generation, update }).is_err() {
                            return;
                        }
                    }
                    let _ = tx.send(Msg::ChecksDone { generation });
                }));
            }
            Effect::Debounce { generation, delay } => {
                if let Some(old) = self.debounce.take() {
                    old.abort();
                }
                self.debounce = Some(tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    let _ = tx.send(Msg::DebounceElapsed { generation });
                }));
            }
            Effect::SaveDeadline { delay } => {
                tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    let _ = tx.send(Msg::SaveDeadline);
                });
            }
            Effect::ProbeKeyring => {
                let store = Arc::clone(&self.services.store);
                // Keyring calls block (D-Bus, maybe an unlock prompt): on a detached thread
                // that nobody waits for on the way out.
                tokio::spawn(async move {
                    let probed =
                        crate::store::off_thread(move || store.probe(TokenStoreKind::Keyring))
                            .await;
                    let state = match probed {
                        Ok(()) => KeyringState::Available,
                        Err(e) => KeyringState::Unavailable {
                            reason: e.to_string(),
                        },
                    };
                    let _ = tx.send(Msg::KeyringProbed(state));
                });
            }
            Effect::Save(request) => {
                let store = Arc::clone(&self.services.store);
                tokio::spawn(async move {
                    let kind = kind_of(request.store);
                    let name = request.name.clone();
                    let (host, account_id) = (host(&request.data.url), request.data.account_id);
                    let dir_store = Arc::clone(&store);
                    let outcome = crate::store::off_thread(move || save(&dir_store, request)).await;
                    let _ = tx.send(Msg::Saved(saved(
                        &store, kind, outcome, &host, account_id, &name,
                    )));
                });
            }
            Effect::Replace(request) => {
                let store = Arc::clone(&self.services.store);
                tokio::spawn(async move {
                    let result = manage::replace(store, request).await;
                    let _ = tx.send(Msg::Saved(result));
                });
            }
            Effect::Trust { origin, cert } => {
                // Before the checks this precedes start: the cache is shared.
                if let Err(e) = self.services.cache.trust(&origin, Some(&cert)) {
                    tracing::warn!("cannot trust the confirmed certificate: {e}");
                }
            }
            Effect::CheckAccounts {
                generation,
                inputs,
                ids,
            } => self.check_accounts(tx, generation, *inputs, ids),
            Effect::SaveMany(request) => many::save_many(&self.services, tx, *request),
            Effect::LoadConfig => manage::load_config(&self.services, tx),
            Effect::StatusAll(profiles) => manage::status_all(&self.services, tx, profiles),
            Effect::Reverify { name, record } => {
                manage::reverify(&self.services, tx, name, *record);
            }
            Effect::ReverifyAll(profiles) => manage::reverify_all(&self.services, tx, profiles),
            Effect::ReadToken { name, record } => {
                manage::read_token(&self.services, tx, name, *record);
            }
            Effect::Store(change) => manage::store_change(&self.services, tx, change),
            Effect::OpenBrowser(url) => super::browser::spawn(tx, url),
            Effect::Unlink {
                name,
                record,
                rotate,
            } => manage::spawn_unlink(&self.services, tx, name, *record, rotate),
            // The runtime handles these itself (they need the terminal) and never passes
            // them here.
            Effect::Copy(_) | Effect::Suspend => {}
        }
    }
}

impl Executor {
    /// The marked accounts' checks, replacing those of an older review.
    fn check_accounts(
        &mut self,
        tx: UnboundedSender<Msg>,
        generation: u64,
        inputs: crate::link::ManyInputs,
        ids: Vec<u64>,
    ) {
        if let Some(old) = self.accounts.take() {
            old.abort();
        }
        let run = many::check_accounts(&self.services, tx, generation, inputs, ids);
        self.accounts = Some(run);
    }
}

pub(super) fn kind_of(store: TokenStore) -> TokenStoreKind {
    match store {
        TokenStore::Keyring => TokenStoreKind::Keyring,
        TokenStore::File => TokenStoreKind::File,
    }
}

/// The store's transaction: new secret, read back, config entry.
fn save(store: &Store, req: SaveRequest) -> Result<String, StoreError> {
    store
        .save_new_trusting(
            &req.name,
            req.data,
            &req.token,
            kind_of(req.store),
            req.trusted_cert.as_ref(),
        )
        .map(|outcome| outcome.name)
}

/// The outcome as the Done screen tells it, or the error as the review tells it.
pub(super) fn saved(
    store: &Store,
    kind: TokenStoreKind,
    outcome: Result<String, StoreError>,
    host: &str,
    account_id: u64,
    requested: &str,
) -> Result<Saved, SaveError> {
    match outcome {
        Ok(name) => {
            let token_place = match kind {
                TokenStoreKind::Keyring => {
                    t!(
                        wizard_done_place_keyring,
                        label = crate::store::keyring_label(&name, host, account_id)
                    )
                }
                TokenStoreKind::File => t!(
                    wizard_done_place_file,
                    path = store
                        .dir()
                        .join(crate::store::TOKENS_FILE)
                        .display()
                        .to_string()
                ),
            };
            Ok(Saved {
                name,
                config_file: store.config_path().display().to_string(),
                token_place,
            })
        }
        Err(StoreError::Keyring(e)) if kind == TokenStoreKind::Keyring => {
            Err(SaveError::KeyringUnavailable {
                reason: e.to_string(),
            })
        }
        Err(e) => Err(SaveError::Other {
            message: t!(
                wizard_done_save_failed,
                name = requested,
                error = e.to_string()
            ),
        }),
    }
}
