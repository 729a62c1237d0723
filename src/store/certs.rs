//! The certificate a profile trusts (`--ca-cert`, or confirmed in the wizard): one PEM file
//! per profile, `certs/<profile id>.pem` in DIR (0600), so renames never move it. No file:
//! the profile trusts the system store.

use std::path::PathBuf;

use uuid::Uuid;

use super::config::{ProfileData, ProfileRecord, TokenStoreKind};
use super::error::{IoAction, StoreError};
use super::fsio::{atomic_write, ensure_dir};
use super::{SaveOutcome, Store};
use crate::chatwoot::Certificate;
use crate::secret::Token;

/// The directory in DIR that holds the trusted certificates.
pub const CERTS_DIR: &str = "certs";

impl Store {
    /// Where the certificate trusted by profile `id` is kept.
    pub fn cert_path(&self, id: Uuid) -> PathBuf {
        self.dir()
            .join(CERTS_DIR)
            .join(format!("{}.pem", id.simple()))
    }

    /// The certificate profile `id` trusts, if it pins one.
    pub fn trusted_cert(&self, id: Uuid) -> Result<Option<Certificate>, StoreError> {
        let path = self.cert_path(id);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::io(IoAction::Read, &path, e)),
        };
        let cert = Certificate::parse(&bytes).map_err(|e| StoreError::BadCertificate {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        tracing::debug!(path = %path.display(), sha256 = %cert.info().sha256, "read the trusted certificate");
        Ok(Some(cert))
    }

    /// Makes profile `id` trust only `cert` (`None`: the system store again). Atomic: the
    /// old file stays whole until the new one replaces it.
    pub fn set_trusted_cert(&self, id: Uuid, cert: Option<&Certificate>) -> Result<(), StoreError> {
        let path = self.cert_path(id);
        let outcome = match cert {
            Some(c) => {
                let dir = self.dir().join(CERTS_DIR);
                ensure_dir(&dir)?;
                atomic_write(self.writer.as_ref(), &path, c.to_pem().as_bytes()).map(|_| ())
            }
            None => match std::fs::remove_file(&path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(StoreError::io(IoAction::Remove, &path, e)),
            },
        };
        match &outcome {
            Ok(()) => {
                tracing::info!(path = %path.display(), pinned = cert.is_some(), "trusted certificate saved");
            }
            Err(e) => {
                tracing::warn!(path = %path.display(), "trusted certificate not saved: {}", e.msg().english());
            }
        }
        outcome
    }

    /// [`Store::save_new`], then the certificate the profile trusts. The id exists only
    /// after the save; without its certificate the profile could not reach its server, so
    /// a failure to write it takes the profile back out (nothing saved).
    pub fn save_new_trusting(
        &self,
        name: &str,
        data: ProfileData,
        token: &Token,
        kind: TokenStoreKind,
        cert: Option<&Certificate>,
    ) -> Result<SaveOutcome, StoreError> {
        let outcome = self.save_new(name, data, token, kind)?;
        if let Some(cert) = cert
            && let Err(e) = self.set_trusted_cert(outcome.record.id, Some(cert))
        {
            let _ = self.revoke(&outcome.name);
            return Err(e);
        }
        Ok(outcome)
    }

    /// [`Store::replace`] with a change of the trusted certificate: `None` keeps it,
    /// `Some(None)` drops it, `Some(Some(c))` trusts `c`. The certificate is written first
    /// and put back if the replace fails.
    pub fn replace_trusting(
        &self,
        name: &str,
        expected: &ProfileRecord,
        data: ProfileData,
        token: Option<&Token>,
        new_name: Option<&str>,
        cert: Option<Option<&Certificate>>,
    ) -> Result<SaveOutcome, StoreError> {
        let Some(cert) = cert else {
            return self.replace(name, expected, data, token, new_name);
        };
        let old = self.trusted_cert(expected.id)?;
        self.set_trusted_cert(expected.id, cert)?;
        self.replace(name, expected, data, token, new_name)
            .inspect_err(|_| {
                let _ = self.set_trusted_cert(expected.id, old.as_ref());
            })
    }
}
