//! Unlinking a profile: its config entry, then its secret. Chatwoot has no endpoint to
//! revoke a user token, so the token stays valid on the server unless it is reset first;
//! the other local profiles sharing it then get the new token.

use std::sync::Arc;

use crate::checks::Cache;
use crate::store::{RevokeOutcome, Store, off_thread};

use super::{LinkError, Sharing, prepare_reset, reset_token, store_rotated};

/// What [`unlink`] did.
#[derive(Debug)]
pub struct Unlinked {
    pub outcome: RevokeOutcome,
    /// The token was reset on the server first.
    pub rotated: bool,
    /// Things to tell the user (other profiles sharing the token, an old secret kept).
    pub warnings: Vec<crate::i18n::Msg>,
    /// The profile was removed as asked, but the new token could not be stored for the
    /// profiles sharing it: how to recover.
    pub later: Option<LinkError>,
}

/// Unlinks `target` (config entry, then secret). With `reset`, first resets the token on
/// the server through that cache's client (which then forgets the server's answers) and
/// stores the new one for the profiles sharing it. A failure before the config entry is
/// removed means nothing changed.
pub async fn unlink(
    store: &Arc<Store>,
    target: &Sharing,
    reset: Option<&Cache>,
) -> Result<Unlinked, LinkError> {
    let mut later = None;
    let mut warnings = Vec::new();
    if let Some(cache) = reset {
        let ready = prepare_reset(store, (&target.name, &target.record), &target.others).await?;
        let (new, told) = reset_token(cache, &target.name, &target.record, ready).await?;
        warnings.extend(told);
        if !target.others.is_empty() {
            warnings.push(crate::i18n::msg!(
                link_sharing_rotated,
                names = target.other_names().join(", ")
            ));
            match store_rotated(store, &target.others, &new).await {
                Ok(outcomes) => {
                    warnings.extend(outcomes.into_iter().flat_map(|o| o.warnings));
                }
                // The profile is still removed as asked; the failure is reported after.
                Err(e) => later = Some(e),
            }
        }
        drop(new);
    }
    let (s, n) = (Arc::clone(store), target.name.clone());
    let outcome = off_thread(move || s.revoke(&n)).await?;
    Ok(Unlinked {
        outcome,
        rotated: reset.is_some(),
        warnings,
        later,
    })
}
