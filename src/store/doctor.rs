//! `doctor`: the backends, the config and its permissions, profiles whose secret is
//! missing, and orphaned secrets of this DIR's instance (and their removal).

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::config::{Config, TokenStoreKind};
use super::error::{IoAction, StoreError};
use super::leftovers::Leftover;
use super::safety::{Exposure, UnsafePath};
use super::{CONFIG_FILE, LOCK_FILE, SECRETS_LOCK_FILE, Store, TOKENS_FILE};

/// A file or DIR that others than the owner may read or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionIssue {
    pub path: PathBuf,
    /// The mode found (permission bits only).
    pub mode: u32,
    /// The mode it should have (0o700 for DIR, 0o600 for files).
    pub expected: u32,
}

/// A secret of this DIR's instance that no profile points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Orphan {
    pub store: TokenStoreKind,
    pub key: String,
}

/// An orphan and whether deleting it worked (`Ok(false)`: it was gone already).
pub type OrphanRemoval = (Orphan, Result<bool, StoreError>);

/// One backend's health.
#[derive(Debug)]
pub struct BackendReport {
    pub kind: TokenStoreKind,
    pub description: crate::i18n::Msg,
    /// The write-read-delete probe.
    pub probe: Result<(), StoreError>,
    /// `None` when the backend cannot search (orphans cannot be listed there), or was not
    /// searched because its probe failed.
    pub searchable: Option<bool>,
}

/// A profile whose token cannot be read.
#[derive(Debug)]
pub struct SecretProblem {
    pub name: String,
    pub store: TokenStoreKind,
    pub error: StoreError,
}

/// What `doctor` found. Never fails as a whole: each part carries its own result.
#[derive(Debug)]
pub struct DoctorReport {
    pub dir: PathBuf,
    pub config: Result<Config, StoreError>,
    pub permissions: Vec<PermissionIssue>,
    pub backends: Vec<BackendReport>,
    pub secrets: Vec<SecretProblem>,
    pub orphans: Vec<Orphan>,
    /// Temp files left by interrupted writes (`--fix` deletes them).
    pub leftovers: Vec<Leftover>,
    /// DIR or its files owned by another user: writes are refused until they are given
    /// back (`--fix` cannot; [`UnsafePath::remedy`] says how). A mode that lets others
    /// write is in `permissions`.
    pub foreign: Vec<UnsafePath>,
}

impl DoctorReport {
    /// True when nothing needs attention.
    pub fn healthy(&self) -> bool {
        self.config.is_ok()
            && self.permissions.is_empty()
            && self.backends.iter().all(|b| b.probe.is_ok())
            && self.secrets.is_empty()
            && self.orphans.is_empty()
            && self.leftovers.is_empty()
            && self.foreign.is_empty()
    }
}

impl Store {
    /// Examines DIR and the secret stores (no network). The keyring is always probed; the
    /// file store only when `tokens.toml` exists or a profile uses it.
    pub fn doctor(&self) -> DoctorReport {
        let config = self.config();
        let uses_file = config.as_ref().is_ok_and(|c| {
            c.profiles
                .values()
                .any(|r| r.token_store == TokenStoreKind::File)
        }) || self.dir.join(TOKENS_FILE).exists();
        let mut kinds = vec![TokenStoreKind::Keyring];
        if uses_file {
            kinds.push(TokenStoreKind::File);
        }
        let mut backends = Vec::new();
        let mut orphans = BTreeSet::new();
        for kind in kinds {
            let store = self.secrets(kind);
            let probe = store.probe();
            let mut searchable = None;
            if probe.is_ok()
                && let Ok(c) = &config
                && let Some(prefix) = c.secret_prefix()
            {
                let referenced: BTreeSet<&str> = c
                    .profiles
                    .values()
                    .filter(|r| r.token_store == kind)
                    .map(|r| r.token_ref.as_str())
                    .collect();
                match store.list(&prefix) {
                    Ok(Some(keys)) => {
                        searchable = Some(true);
                        orphans.extend(
                            keys.into_iter()
                                .filter(|k| !referenced.contains(k.as_str()))
                                .map(|key| Orphan { store: kind, key }),
                        );
                    }
                    Ok(None) => searchable = Some(false),
                    Err(_) => {}
                }
            }
            backends.push(BackendReport {
                kind,
                description: store.describe(),
                probe,
                searchable,
            });
        }
        let mut secrets = Vec::new();
        if let Ok(c) = &config {
            for (name, record) in &c.profiles {
                // A backend that failed its probe is reported once above; asking it again
                // for every profile could wait out its timeout each time.
                let failed = backends
                    .iter()
                    .find(|b| b.kind == record.token_store)
                    .and_then(|b| b.probe.as_ref().err());
                if let Some(e) = failed {
                    secrets.push(SecretProblem {
                        name: name.clone(),
                        store: record.token_store,
                        error: StoreError::Unchecked {
                            store: record.token_store,
                            reason: e.to_string(),
                        },
                    });
                    continue;
                }
                if let Err(error) = self.read_token(name, record) {
                    secrets.push(SecretProblem {
                        name: name.clone(),
                        store: record.token_store,
                        error,
                    });
                }
            }
        }
        DoctorReport {
            dir: self.dir.clone(),
            config,
            permissions: self.permission_issues(),
            backends,
            secrets,
            orphans: orphans.into_iter().collect(),
            leftovers: self.leftovers(),
            foreign: self
                .exposures()
                .into_iter()
                .filter(|p| matches!(p.exposure, Exposure::ForeignOwner { .. }))
                .collect(),
        }
    }

    /// Deletes the given orphans, skipping any that a profile points at by now. Only keys
    /// of this DIR's instance are touched. Returns each orphan with what happened.
    ///
    /// Waits (up to the lock timeout, then [`StoreError::LockTimeout`]) for saves in other
    /// processes that are between writing a secret and committing the config, and keeps
    /// new ones from starting meanwhile: their secret looks orphaned but is not.
    pub fn remove_orphans(&self, orphans: &[Orphan]) -> Result<Vec<OrphanRemoval>, StoreError> {
        let _no_save = self.no_secret_in_flight()?;
        let config = self.config()?;
        let Some(prefix) = config.secret_prefix() else {
            return Ok(Vec::new());
        };
        let referenced: BTreeSet<&str> = config
            .profiles
            .values()
            .map(|r| r.token_ref.as_str())
            .collect();
        Ok(orphans
            .iter()
            .filter(|o| o.key.starts_with(&prefix) && !referenced.contains(o.key.as_str()))
            .map(|o| (o.clone(), self.secrets(o.store).delete(&o.key)))
            .collect())
    }

    /// Sets DIR to 0700 and its files to 0600 (Unix).
    pub fn fix_permissions(&self) -> Result<(), StoreError> {
        #[cfg(unix)]
        for issue in self.permission_issues() {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&issue.path, std::fs::Permissions::from_mode(issue.expected))
                .map_err(|e| StoreError::io(IoAction::Chmod, &issue.path, e))?;
        }
        Ok(())
    }

    #[cfg_attr(not(unix), allow(unused_mut))]
    fn permission_issues(&self) -> Vec<PermissionIssue> {
        let mut issues = Vec::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mut check = |path: PathBuf, expected: u32| {
                if let Ok(meta) = std::fs::metadata(&path) {
                    let mode = meta.permissions().mode() & 0o777;
                    if mode & 0o077 != 0 {
                        issues.push(PermissionIssue {
                            path,
                            mode,
                            expected,
                        });
                    }
                }
            };
            check(self.dir.clone(), 0o700);
            for f in [CONFIG_FILE, LOCK_FILE, SECRETS_LOCK_FILE, TOKENS_FILE] {
                check(self.dir.join(f), 0o600);
            }
        }
        issues
    }
}
