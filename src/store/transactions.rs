//! The crash-safe changes that involve a secret: save, replace (edit), rotate, revoke.

use uuid::Uuid;

use crate::secret::Token;

use super::Store;
use super::config::{Config, ProfileData, ProfileRecord, TokenStoreKind};
use super::error::StoreError;
use super::fsio::Durability;
use super::keyring::label;
use super::name::normalize_name;

/// A profile that was saved.
#[derive(Debug, Clone)]
pub struct SaveOutcome {
    /// The normalised name it is saved under.
    pub name: String,
    pub record: ProfileRecord,
    /// True when it is the default profile now.
    pub is_default: bool,
    /// Things that did not go fully right but did not undo the save (an old secret that
    /// could not be deleted): tell the user.
    pub warnings: Vec<crate::i18n::Msg>,
}

/// What became of a revoked profile's secret.
#[derive(Debug)]
pub enum SecretRemoval {
    Deleted,
    /// It was not in the store any more.
    AlreadyGone,
    /// Other profiles (named) still use it, so it stays in the store.
    Shared(Vec<String>),
    /// The profile is gone from the config, but its secret could not be deleted:
    /// `doctor --fix` removes it later.
    Failed(StoreError),
}

/// A revoked profile.
#[derive(Debug)]
pub struct RevokeOutcome {
    pub name: String,
    pub record: ProfileRecord,
    /// The default profile after the removal.
    pub default: Option<String>,
    pub secret: SecretRemoval,
}

impl Store {
    /// Saves a new profile: new secret → read back → config entry → done. The first profile
    /// becomes the default. Refuses an existing name ([`StoreError::NameTaken`]).
    pub fn save_new(
        &self,
        name: &str,
        data: ProfileData,
        token: &Token,
        kind: TokenStoreKind,
    ) -> Result<SaveOutcome, StoreError> {
        let name = normalize_name(name)?;
        if self.config()?.profiles.contains_key(&name) {
            return Err(StoreError::NameTaken { name });
        }
        let _in_flight = self.secret_in_flight()?;
        let instance = self.instance()?;
        let key = self.write_secret(
            kind,
            instance,
            &label(&name, &data.url, data.account_id),
            token,
        )?;
        let record = ProfileRecord {
            id: Uuid::new_v4(),
            data,
            token_store: kind,
            token_ref: key.clone(),
        };
        let committed = self.mutate(|c| {
            if c.profiles.contains_key(&name) {
                return Err(StoreError::NameTaken { name: name.clone() });
            }
            if c.profiles.is_empty() {
                c.default = Some(name.clone());
            }
            c.profiles.insert(name.clone(), record.clone());
            Ok(c.default.as_deref() == Some(name.as_str()))
        });
        match committed {
            Ok((is_default, _)) => Ok(SaveOutcome {
                name,
                record,
                is_default,
                warnings: Vec::new(),
            }),
            Err(e) => {
                let _ = self.secrets(kind).delete(&key);
                Err(e)
            }
        }
    }

    /// Replaces a profile's facts, and its token when `token` is given (kept otherwise),
    /// optionally renaming it. `expected` is the record as the caller loaded it: if the
    /// profile changed on disk since (other than `verified_at`), nothing is saved
    /// ([`StoreError::Conflict`]). The old secret is deleted after the config points at the
    /// new one.
    pub fn replace(
        &self,
        name: &str,
        expected: &ProfileRecord,
        data: ProfileData,
        token: Option<&Token>,
        new_name: Option<&str>,
    ) -> Result<SaveOutcome, StoreError> {
        let name = normalize_name(name)?;
        let target = match new_name {
            Some(n) => normalize_name(n)?,
            None => name.clone(),
        };
        let config = self.config()?;
        check_current(&config, &name, expected)?;
        if target != name && config.profiles.contains_key(&target) {
            return Err(StoreError::NameTaken { name: target });
        }
        let kind = expected.token_store;
        let _in_flight = token.map(|_| self.secret_in_flight()).transpose()?;
        let new_key = match token {
            Some(t) => Some(self.write_secret(
                kind,
                self.instance()?,
                &label(&target, &data.url, data.account_id),
                t,
            )?),
            None => None,
        };
        let committed = self.mutate(|c| {
            let current = check_current(c, &name, expected)?;
            if target != name && c.profiles.contains_key(&target) {
                return Err(StoreError::NameTaken {
                    name: target.clone(),
                });
            }
            let mut record = current;
            // `status` may have recorded a later verification meanwhile: keep the later one.
            let verified_at = record.data.verified_at.max(data.verified_at);
            record.data = data;
            record.data.verified_at = verified_at;
            if let Some(key) = &new_key {
                record.token_ref.clone_from(key);
            }
            c.profiles.remove(&name);
            c.profiles.insert(target.clone(), record.clone());
            if c.default.as_deref() == Some(name.as_str()) {
                c.default = Some(target.clone());
            }
            // A secret shared with profiles linked together stays while any of them uses it.
            let old_shared = !c
                .secret_users(kind, &expected.token_ref)
                .iter()
                .all(|n| *n == target);
            Ok((
                record,
                c.default.as_deref() == Some(target.as_str()),
                old_shared,
            ))
        });
        let ((record, is_default, old_shared), durability) = match committed {
            Ok(ok) => ok,
            Err(e) => {
                if let Some(key) = &new_key {
                    let _ = self.secrets(kind).delete(key);
                }
                return Err(e);
            }
        };
        let mut warnings = Vec::new();
        if new_key.is_some() {
            if !old_shared {
                self.delete_old(kind, &expected.token_ref, &durability, &mut warnings);
            }
        } else if target != name && !old_shared {
            self.relabel(&target, &record);
        }
        Ok(SaveOutcome {
            name: target,
            record,
            is_default,
            warnings,
        })
    }

    /// Stores a new token for several profiles (those sharing a URL and user, after a
    /// rotation on the server) in one config write. Each old secret gets one new one, so
    /// profiles that shared a secret still do; if any cannot be written and read back, the
    /// new ones are deleted and nothing changes.
    pub fn rotate(
        &self,
        profiles: &[(String, ProfileRecord)],
        token: &Token,
    ) -> Result<Vec<SaveOutcome>, StoreError> {
        let config = self.config()?;
        for (name, expected) in profiles {
            check_current(&config, name, expected)?;
        }
        let _in_flight = self.secret_in_flight()?;
        let instance = self.instance()?;
        let mut written: Vec<(TokenStoreKind, String)> = Vec::new();
        let undo = |written: &[(TokenStoreKind, String)]| {
            for (kind, key) in written {
                let _ = self.secrets(*kind).delete(key);
            }
        };
        // (kind, old key) → new key: one new secret for each old one.
        let mut renewed: Vec<((TokenStoreKind, &str), String)> = Vec::new();
        for (name, expected) in profiles {
            let kind = expected.token_store;
            let old = (kind, expected.token_ref.as_str());
            if let Some((_, key)) = renewed.iter().find(|(o, _)| *o == old) {
                written.push((kind, key.clone()));
                continue;
            }
            match self.write_secret(
                kind,
                instance,
                &label(name, &expected.data.url, expected.data.account_id),
                token,
            ) {
                Ok(key) => {
                    renewed.push((old, key.clone()));
                    written.push((kind, key));
                }
                Err(e) => {
                    undo(&written);
                    return Err(e);
                }
            }
        }
        let committed = self.mutate(|c| {
            let mut out = Vec::new();
            for ((name, expected), (_, key)) in profiles.iter().zip(&written) {
                let mut record = check_current(c, name, expected)?;
                record.token_ref.clone_from(key);
                c.profiles.insert(name.clone(), record.clone());
                out.push(SaveOutcome {
                    name: name.clone(),
                    record,
                    is_default: c.default.as_deref() == Some(name.as_str()),
                    warnings: Vec::new(),
                });
            }
            // Old secrets no profile uses any more (one shared by several is deleted once).
            let unused: Vec<bool> = profiles
                .iter()
                .map(|(_, e)| c.secret_users(e.token_store, &e.token_ref).is_empty())
                .collect();
            Ok((out, unused))
        });
        let ((mut out, unused), durability) = match committed {
            Ok(ok) => ok,
            Err(e) => {
                undo(&written);
                return Err(e);
            }
        };
        for (((_, expected), outcome), unused) in profiles.iter().zip(&mut out).zip(unused) {
            if !unused {
                continue;
            }
            self.delete_old(
                expected.token_store,
                &expected.token_ref,
                &durability,
                &mut outcome.warnings,
            );
        }
        Ok(out)
    }

    /// Removes a profile from the config, then its secret. Removing the default leaves the
    /// only remaining profile as the default, or none.
    pub fn revoke(&self, name: &str) -> Result<RevokeOutcome, StoreError> {
        let name = normalize_name(name)?;
        let ((record, default, users), _) = self.mutate(|c| {
            let record = c.profiles.remove(&name).ok_or_else(|| c.unknown(&name))?;
            if c.default.as_deref() == Some(name.as_str()) {
                c.default = if c.profiles.len() == 1 {
                    c.profiles.keys().next().cloned()
                } else {
                    None
                };
            }
            let users = c.secret_users(record.token_store, &record.token_ref);
            Ok((record, c.default.clone(), users))
        })?;
        // The config no longer points at the secret, so a lost directory sync can at worst
        // bring back a profile whose secret is gone; doctor reports that.
        let secret = if users.is_empty() {
            match self.secrets(record.token_store).delete(&record.token_ref) {
                Ok(true) => SecretRemoval::Deleted,
                Ok(false) => SecretRemoval::AlreadyGone,
                Err(e) => SecretRemoval::Failed(e),
            }
        } else {
            SecretRemoval::Shared(users)
        };
        tracing::info!(profile = %name, store = %record.token_store, secret = ?secret, "profile removed");
        // Nothing points at the trusted certificate any more; it is public, so a failure
        // to delete it only leaves a stray file.
        let _ = self.set_trusted_cert(record.id, None);
        Ok(RevokeOutcome {
            name,
            record,
            default,
            secret,
        })
    }

    /// Best effort: the keyring label names the profile, which was renamed. A stale label
    /// is cosmetic, so a failure is not reported.
    pub(super) fn relabel(&self, name: &str, record: &ProfileRecord) {
        let _ = self.secrets(record.token_store).relabel(
            &record.token_ref,
            &label(name, &record.data.url, record.data.account_id),
        );
    }

    /// Writes a new secret and reads it back; on any failure the new entry is deleted.
    pub(super) fn write_secret(
        &self,
        kind: TokenStoreKind,
        instance: Uuid,
        label: &str,
        token: &Token,
    ) -> Result<String, StoreError> {
        let store = self.secrets(kind);
        let key = format!("{instance}/{}", Uuid::new_v4());
        let fail = |e: StoreError| {
            // The write may have landed although it reported failure.
            let _ = store.delete(&key);
            e
        };
        let started = std::time::Instant::now();
        let result = store.set(&key, label, token).map_err(fail).and_then(|()| {
            match store.get(&key).map_err(fail)? {
                Some(back) if back == *token => Ok(()),
                _ => Err(fail(StoreError::ReadBackMismatch { store: kind })),
            }
        });
        let ms = started.elapsed().as_millis();
        match &result {
            Ok(()) => tracing::info!(store = %kind, ms, "token written and read back"),
            Err(e) => tracing::warn!(store = %kind, ms, "token not written: {}", e.msg().english()),
        }
        result.map(|()| key)
    }

    /// Deletes a replaced secret, unless the config write may not be durable (then the old
    /// config could come back and still need it).
    fn delete_old(
        &self,
        kind: TokenStoreKind,
        key: &str,
        durability: &Durability,
        warnings: &mut Vec<crate::i18n::Msg>,
    ) {
        match durability {
            Durability::DirNotSynced(e) => warnings.push(crate::i18n::msg!(
                store_old_token_not_flushed,
                dir = self.dir.display().to_string(),
                error = e.to_string(),
                store = kind.to_string()
            )),
            Durability::Synced => {
                if let Err(e) = self.secrets(kind).delete(key) {
                    warnings.push(crate::i18n::msg!(
                        store_old_token_not_deleted,
                        store = kind.to_string(),
                        error = e.msg()
                    ));
                }
            }
        }
    }
}

/// The profile `name` as it is in `c`, if it is still the revision the caller saw.
fn check_current(
    c: &Config,
    name: &str,
    expected: &ProfileRecord,
) -> Result<ProfileRecord, StoreError> {
    match c.profiles.get(name) {
        Some(r) if r.same_revision(expected) => Ok(r.clone()),
        Some(_) => Err(StoreError::Conflict {
            name: name.to_owned(),
        }),
        None if c.profiles.values().any(|r| r.id == expected.id) => Err(StoreError::Conflict {
            name: name.to_owned(),
        }),
        None => Err(c.unknown(name)),
    }
}
