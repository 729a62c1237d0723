//! `tokens.toml` (0600 in DIR): the token store chosen explicitly with `--insecure-storage`
//! or in the wizard, for servers without a keyring. Written like `profiles.toml`: under the
//! same lock, atomically.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::secret::Token;

use super::config::{TokenStoreKind, corrupt};

/// The schema of `tokens.toml` (its own: `profiles.toml`'s moved on without it).
const SCHEMA: u32 = 1;
use super::error::StoreError;
use super::fsio::{self, DirLock, Writer};
use super::secrets::SecretStore;

/// The file's name in DIR.
pub const FILE_NAME: &str = "tokens.toml";

#[derive(Debug, Default, Serialize, Deserialize)]
struct TokensFile {
    schema: u32,
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

/// Tokens in `tokens.toml`.
pub struct FileSecretStore {
    dir: PathBuf,
    writer: Arc<dyn Writer>,
    lock_timeout: Duration,
}

impl std::fmt::Debug for FileSecretStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileSecretStore")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl FileSecretStore {
    pub fn new(dir: &Path, writer: Arc<dyn Writer>, lock_timeout: Duration) -> Self {
        Self {
            dir: dir.to_owned(),
            writer,
            lock_timeout,
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    fn read(&self) -> Result<TokensFile, StoreError> {
        let path = self.path();
        let Some(text) = fsio::read_optional(&path)? else {
            return Ok(TokensFile {
                schema: SCHEMA,
                tokens: BTreeMap::new(),
            });
        };
        let file: TokensFile = toml::from_str(&text).map_err(|e| corrupt(&path, &text, &e))?;
        if file.schema > SCHEMA {
            return Err(StoreError::NewerSchema {
                path,
                found: file.schema,
            });
        }
        Ok(file)
    }

    fn update<R>(&self, f: impl FnOnce(&mut TokensFile) -> R) -> Result<R, StoreError> {
        fsio::ensure_dir(&self.dir)?;
        let _lock = DirLock::acquire(&self.dir.join(super::LOCK_FILE), self.lock_timeout)?;
        let mut file = self.read()?;
        let r = f(&mut file);
        file.schema = SCHEMA;
        let text = toml::to_string(&file).map_err(|e| {
            StoreError::Internal(crate::i18n::msg!(store_toml_write, error = e.to_string()))
        })?;
        // A lost directory sync can only bring back a file with one token more or less,
        // which doctor reports; nothing to undo here.
        let _ = fsio::atomic_write(self.writer.as_ref(), &self.path(), text.as_bytes())?;
        Ok(r)
    }
}

impl SecretStore for FileSecretStore {
    fn kind(&self) -> TokenStoreKind {
        TokenStoreKind::File
    }

    fn describe(&self) -> crate::i18n::Msg {
        crate::i18n::msg!(store_backend_file, path = self.path().display().to_string())
    }

    fn set(&self, key: &str, _label: &str, token: &Token) -> Result<(), StoreError> {
        self.update(|f| {
            f.tokens.insert(key.to_owned(), token.expose().to_owned());
        })
    }

    fn get(&self, key: &str) -> Result<Option<Token>, StoreError> {
        Ok(self.read()?.tokens.remove(key).map(Token::from_trusted))
    }

    fn delete(&self, key: &str) -> Result<bool, StoreError> {
        if !self.read()?.tokens.contains_key(key) {
            return Ok(false);
        }
        self.update(|f| f.tokens.remove(key).is_some())
    }

    fn list(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        Ok(Some(
            self.read()?
                .tokens
                .into_keys()
                .filter(|k| k.starts_with(prefix))
                .collect(),
        ))
    }

    /// The file store works when the file parses and DIR takes a new file; nothing is
    /// written to `tokens.toml` itself.
    fn probe(&self) -> Result<(), StoreError> {
        fsio::ensure_dir(&self.dir)?;
        self.read()?;
        fsio::prove_dir_writable(self.writer.as_ref(), &self.dir)
    }
}
