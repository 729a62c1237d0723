//! Profiles linked together (several accounts of one user, in one go) share one secret:
//! the token is stored once. Unlinking, editing or rotating one of them keeps the secret
//! while another still uses it (`Config::secret_users`).

use uuid::Uuid;

use crate::secret::Token;

use super::Store;
use super::config::{ProfileData, ProfileRecord, TokenStoreKind};
use super::error::StoreError;
use super::name::normalize_name;
use super::transactions::SaveOutcome;

impl Store {
    /// Saves new profiles that share `token`: one secret written and read back, then every
    /// profile pointing at it, in one config write. All or none: a taken name (on disk, or
    /// twice in `profiles`) saves nothing. The first profile ever saved becomes the default.
    pub fn save_shared(
        &self,
        profiles: Vec<(String, ProfileData)>,
        token: &Token,
        kind: TokenStoreKind,
    ) -> Result<Vec<SaveOutcome>, StoreError> {
        let mut named: Vec<(String, ProfileData)> = Vec::with_capacity(profiles.len());
        for (name, data) in profiles {
            let name = normalize_name(&name)?;
            if named.iter().any(|(n, _)| *n == name) {
                return Err(StoreError::NameTaken { name });
            }
            named.push((name, data));
        }
        let Some((first, first_data)) = named.first() else {
            return Ok(Vec::new());
        };
        let config = self.config()?;
        if let Some((name, _)) = named.iter().find(|(n, _)| config.profiles.contains_key(n)) {
            return Err(StoreError::NameTaken { name: name.clone() });
        }
        let _in_flight = self.secret_in_flight()?;
        let label = shared_label(first, first_data, named.len());
        let key = self.write_secret(kind, self.instance()?, &label, token)?;
        let committed = self.mutate(|c| {
            if let Some((name, _)) = named.iter().find(|(n, _)| c.profiles.contains_key(n)) {
                return Err(StoreError::NameTaken { name: name.clone() });
            }
            if c.profiles.is_empty() {
                c.default = Some(first.clone());
            }
            let mut out = Vec::with_capacity(named.len());
            for (name, data) in &named {
                let record = ProfileRecord {
                    id: Uuid::new_v4(),
                    data: data.clone(),
                    token_store: kind,
                    token_ref: key.clone(),
                };
                c.profiles.insert(name.clone(), record.clone());
                out.push(SaveOutcome {
                    name: name.clone(),
                    record,
                    is_default: c.default.as_deref() == Some(name.as_str()),
                    warnings: Vec::new(),
                });
            }
            Ok(out)
        });
        match committed {
            Ok((out, _)) => Ok(out),
            Err(e) => {
                let _ = self.secrets(kind).delete(&key);
                Err(e)
            }
        }
    }
}

/// The keyring label of a secret several profiles share: the first one's name, and how
/// many more (one label per secret; the names are in the config).
fn shared_label(first: &str, data: &ProfileData, count: usize) -> String {
    let label = super::keyring::label(first, &data.url, data.account_id);
    match count {
        0 | 1 => label,
        n => format!("{label} and {} more", n - 1),
    }
}
