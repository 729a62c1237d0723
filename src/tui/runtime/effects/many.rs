//! The effects of linking several accounts at once: each account's check and the shared
//! save, both the link layer's (`check_account`, `save_checked`, as `add` runs them).

use crate::i18n::t;
use std::sync::Arc;

use futures::StreamExt;
use futures::stream::FuturesUnordered;
use tokio::sync::mpsc::UnboundedSender;
use tokio::task::JoinHandle;

use super::Services;
use crate::link::{self, AccountResult, ManyInputs};
use crate::store::{StoreError, TokenStoreKind};
use crate::tui::model::{ManyLine, Saved};
use crate::tui::msg::{ManyRequest, Msg, SaveError};

/// `CheckAccounts`: every account checked at once; each result sent as it ends.
pub fn check_accounts(
    services: &Services,
    tx: UnboundedSender<Msg>,
    generation: u64,
    inputs: ManyInputs,
    ids: Vec<u64>,
) -> JoinHandle<()> {
    let cache = services.cache.clone();
    tokio::spawn(async move {
        let (cache, inputs) = (&cache, &inputs);
        let mut runs: FuturesUnordered<_> = ids
            .into_iter()
            .map(|id| async move { (id, link::check_account(cache, inputs, id).await) })
            .collect();
        while let Some((account_id, report)) = runs.next().await {
            let msg = Msg::AccountChecked {
                generation,
                account_id,
                report: Box::new(report),
            };
            if tx.send(msg).is_err() {
                return;
            }
        }
    })
}

/// `SaveMany`: the accounts saved in one transaction sharing one secret.
pub fn save_many(services: &Services, tx: UnboundedSender<Msg>, request: ManyRequest) {
    let store = Arc::clone(&services.store);
    tokio::spawn(async move {
        let ManyRequest {
            inputs,
            first,
            checked,
            trusted_cert,
        } = request;
        let kind = inputs.kind;
        let result =
            link::save_checked(&store, &inputs, &first, checked, trusted_cert.as_ref()).await;
        let msg = match result {
            Ok(results) => {
                let lines: Vec<ManyLine> = results.into_iter().map(line).collect();
                let saved = lines.iter().filter(|l| l.saved).count();
                Ok((
                    Saved {
                        name: format!("{saved} profiles"),
                        config_file: store.config_path().display().to_string(),
                        token_place: token_place(&store, kind, saved),
                    },
                    lines,
                ))
            }
            Err(StoreError::Keyring(e)) if kind == TokenStoreKind::Keyring => {
                Err(SaveError::KeyringUnavailable {
                    reason: e.to_string(),
                })
            }
            Err(e) => Err(SaveError::Other {
                message: t!(wizard_multi_nothing_saved, error = e.to_string()),
            }),
        };
        let _ = tx.send(Msg::SavedMany(msg));
    });
}

/// Where the one token went, for people.
fn token_place(store: &crate::store::Store, kind: TokenStoreKind, saved: usize) -> String {
    match kind {
        TokenStoreKind::Keyring => {
            t!(wizard_multi_place_keyring, count = saved)
        }
        TokenStoreKind::File => t!(
            wizard_multi_place_file,
            path = store
                .dir()
                .join(crate::store::TOKENS_FILE)
                .display()
                .to_string(),
            count = saved
        ),
    }
}

fn line(r: AccountResult) -> ManyLine {
    ManyLine {
        account_id: r.account_id,
        account_name: r.account_name.unwrap_or_default(),
        name: r.name,
        saved: r.saved.is_some(),
        code: r.code,
        message: r.message.to_string(),
        warnings: r
            .warnings
            .into_iter()
            .map(|w| w.message.to_string())
            .collect(),
    }
}
