//! Profiles whose token is gone from its store: the item was lost (a keyring killed before
//! it wrote its file, an entry deleted by hand) while `profiles.toml` still points at it.
//! Only the user can repair that, by entering the token again: [`reenter_command`].

use std::collections::BTreeSet;

use super::Store;
use super::config::TokenStoreKind;
use super::error::StoreError;

/// The command that stores a new token for profile `name`, keeping everything else (it
/// checks the token against the server first, as every save does).
pub fn reenter_command(name: &str) -> String {
    format!("chatwoot-link edit {name} --token-stdin")
}

impl Store {
    /// The names of the profiles whose token is missing from its store, without reading
    /// any token where the store can list its keys. Fails (rather than calling everything
    /// missing) when a store in use cannot be reached: a locked keyring may say "no such
    /// entry" for entries it has.
    pub fn missing_secrets(&self) -> Result<Vec<String>, StoreError> {
        let config = self.config()?;
        let Some(prefix) = config.secret_prefix() else {
            return Ok(Vec::new());
        };
        let mut missing = Vec::new();
        for kind in [TokenStoreKind::Keyring, TokenStoreKind::File] {
            let profiles: Vec<_> = config
                .profiles
                .iter()
                .filter(|(_, r)| r.token_store == kind)
                .collect();
            if profiles.is_empty() {
                continue;
            }
            let store = self.secrets(kind);
            store.probe()?;
            match store.list(&prefix)? {
                Some(keys) => {
                    let keys: BTreeSet<String> = keys.into_iter().collect();
                    missing.extend(
                        profiles
                            .iter()
                            .filter(|(_, r)| !keys.contains(&r.token_ref))
                            .map(|(n, _)| (*n).clone()),
                    );
                }
                None => {
                    for (name, r) in profiles {
                        if store.get(&r.token_ref)?.is_none() {
                            missing.push(name.clone());
                        }
                    }
                }
            }
        }
        missing.sort();
        Ok(missing)
    }
}
