//! Executes effects as tokio tasks; each sends its result back as a `Msg`.

use std::sync::Arc;

use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;
use tokio::task::JoinHandle;

use crate::checks::{self, Cache};
use crate::store::{ProfileData, Store, StoreError, TokenStoreKind};
use crate::tui::model::{KeyringState, Saved, TokenStore};
use crate::tui::msg::{Effect, Msg, SaveError, SaveRequest};

/// What effects need: the checks' cache (shared requests) and the profile store.
#[derive(Clone)]
pub struct Services {
    pub cache: Cache,
    pub store: Arc<Store>,
}

pub struct Executor {
    services: Services,
    tx: UnboundedSender<Msg>,
    /// The live run in flight; a newer run aborts it (dropping the stream cancels its
    /// requests).
    checks: Option<JoinHandle<()>>,
    /// The pending typing pause; a newer edit replaces it, so stale timers never wake us.
    debounce: Option<JoinHandle<()>>,
}

impl Executor {
    pub fn new(services: Services, tx: UnboundedSender<Msg>) -> Self {
        Self {
            services,
            tx,
            checks: None,
            debounce: None,
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
                // Keyring calls block (D-Bus, maybe an unlock prompt): a plain thread, outside
                // the runtime's context (the D-Bus client must not see a tokio runtime there).
                off_runtime(move || {
                    let state = match store.probe(TokenStoreKind::Keyring) {
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
                off_runtime(move || {
                    let _ = tx.send(Msg::Saved(save(&store, request)));
                });
            }
            // The runtime handles these itself: they need the terminal.
            Effect::Copy(_) | Effect::Suspend => {}
        }
    }
}

/// Runs blocking store work on a detached thread that is never joined (a keyring waiting
/// for an unlock prompt must not hold up the exit). Falls back to the calling thread only if
/// no thread can be started, which then reports its result the same way.
fn off_runtime(work: impl FnOnce() + Send + 'static) {
    let work = std::sync::Arc::new(std::sync::Mutex::new(Some(work)));
    let again = std::sync::Arc::clone(&work);
    let spawned = std::thread::Builder::new()
        .name("chatwoot-link-store".into())
        .spawn(move || take_and_run(&again));
    if spawned.is_err() {
        take_and_run(&work);
    }
}

fn take_and_run<F: FnOnce()>(slot: &std::sync::Mutex<Option<F>>) {
    let work = slot
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    if let Some(work) = work {
        work();
    }
}

/// Drops the store on a plain thread: the OS keyring's D-Bus client blocks in its `Drop`,
/// which panics inside a tokio runtime.
pub fn drop_store(store: Arc<Store>) {
    off_runtime(move || drop(store));
}

fn save(store: &Store, req: SaveRequest) -> Result<Saved, SaveError> {
    let kind = match req.store {
        TokenStore::Keyring => TokenStoreKind::Keyring,
        TokenStore::File => TokenStoreKind::File,
    };
    let data = ProfileData {
        url: req.url,
        email: req.email,
        account_id: req.account_id,
        account_name: req.account_name,
        user_id: req.user_id,
        user_name: req.user_name,
        role: req.role,
        server_version: req.server_version,
        verified_at: jiff::Timestamp::now(),
    };
    let host = data
        .url
        .split_once("://")
        .map_or(data.url.clone(), |(_, h)| h.to_owned());
    let account_id = data.account_id;
    match store.save_new(&req.name, data, &req.token, kind) {
        Ok(outcome) => {
            let token_place = match kind {
                TokenStoreKind::Keyring => format!(
                    "OS keyring → \"chatwoot-link: {} ({host}, account {account_id})\"",
                    outcome.name
                ),
                TokenStoreKind::File => format!(
                    "{} (file store, mode 0600)",
                    store.dir().join(crate::store::TOKENS_FILE).display()
                ),
            };
            Ok(Saved {
                name: outcome.name,
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
            message: e.to_string(),
        }),
    }
}
