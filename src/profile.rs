//! The library face for integrations: load a saved profile and its token.
//!
//! ```no_run
//! use secrecy::ExposeSecret;
//!
//! let profile = chatwoot_link::Profile::load(None)?; // CHATWOOT_LINK_PROFILE or the default
//! let url = format!("{}/api/v1/accounts/{}/inboxes", profile.url(), profile.account_id());
//! let header = ("Api-Access-Token", profile.token().expose_secret());
//! # let _ = (url, header);
//! # Ok::<(), chatwoot_link::LoadError>(())
//! ```

use std::fmt;
use std::path::{Path, PathBuf};

use secrecy::SecretString;

use crate::chatwoot::Certificate;
use crate::secret::{Token, TokenFormatError};
use crate::store::{ProfileRecord, Store, StoreError};

/// Names the profile when none is given.
pub const PROFILE_ENV: &str = "CHATWOOT_LINK_PROFILE";
/// A token that overrides the stored one.
pub const TOKEN_ENV: &str = "CHATWOOT_LINK_TOKEN";
/// systemd's `LoadCredential=` directory; the token is read from `chatwoot-link-<name>` in it.
pub const CREDENTIALS_DIR_ENV: &str = "CREDENTIALS_DIRECTORY";

/// Where the token came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    /// `CHATWOOT_LINK_TOKEN`.
    Environment,
    /// A systemd credential file.
    Credential(PathBuf),
    /// The profile's secret store (keyring or `tokens.toml`).
    Store,
}

/// Why a profile could not be loaded. `Display` shows [`LoadError::msg`] in the current
/// language, which for a program using this library is English unless it chose another.
#[derive(Debug)]
pub enum LoadError {
    Store(StoreError),
    Credential {
        path: PathBuf,
        source: std::io::Error,
    },
    BadToken {
        origin: String,
        source: TokenFormatError,
    },
}

impl From<StoreError> for LoadError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

/// A store failure is told as itself (its source is the store's), as before.
impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Store(e) => e.source(),
            Self::Credential { source, .. } => Some(source),
            Self::BadToken { source, .. } => Some(source),
        }
    }
}

impl LoadError {
    /// What went wrong, in any language ([`crate::i18n::Msg::english`] always English).
    pub fn msg(&self) -> crate::i18n::Msg {
        use crate::i18n::msg;
        match self {
            Self::Store(e) => e.msg(),
            Self::Credential { path, source } => msg!(
                store_load_credential,
                path = path.display().to_string(),
                cause = source.to_string()
            ),
            Self::BadToken { origin, source } => {
                msg!(store_load_bad_token, origin = origin, cause = source.msg())
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

/// A saved profile with its token. `Debug` never shows the token.
pub struct Profile {
    name: String,
    record: ProfileRecord,
    token: SecretString,
    source: TokenSource,
    trusted_cert: Option<Certificate>,
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profile")
            .field("name", &self.name)
            .field("url", &self.record.data.url)
            .field("account_id", &self.record.data.account_id)
            .field("email", &self.record.data.email)
            .field("inbox_ids", &self.record.data.inbox_ids)
            .field("token", &"[redacted]")
            .field("token_source", &self.source)
            .field("trusted_cert", &self.trusted_cert)
            .finish()
    }
}

impl Profile {
    /// Loads `name` (else `CHATWOOT_LINK_PROFILE`, else the default profile) from the
    /// config dir (`CHATWOOT_LINK_CONFIG_DIR` or the platform's). The token comes from
    /// `CHATWOOT_LINK_TOKEN`, else `$CREDENTIALS_DIRECTORY/chatwoot-link-<name>`, else the
    /// profile's store (a keyring connection of its own, not a process-wide default).
    pub fn load(name: Option<&str>) -> Result<Self, LoadError> {
        Self::from_store(&Store::open(None)?, name)
    }

    /// Like [`Profile::load`] with an explicit config dir.
    pub fn load_from(dir: &Path, name: Option<&str>) -> Result<Self, LoadError> {
        Self::from_store(&Store::open(Some(dir.to_owned()))?, name)
    }

    /// Like [`Profile::load`] with a store built by the caller.
    pub fn from_store(store: &Store, name: Option<&str>) -> Result<Self, LoadError> {
        let from_env = std::env::var(PROFILE_ENV)
            .ok()
            .filter(|s| !s.trim().is_empty());
        let (name, record) = store.profile(name.or(from_env.as_deref()))?;
        let (token, source) = if let Some(t) = env_token()? {
            (t, TokenSource::Environment)
        } else if let Some((t, path)) = credential_token(&name)? {
            (t, TokenSource::Credential(path))
        } else {
            (store.read_token(&name, &record)?, TokenSource::Store)
        };
        let trusted_cert = store.trusted_cert(record.id)?;
        Ok(Self {
            name,
            record,
            token: token.into_secret(),
            source,
            trusted_cert,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The instance origin, e.g. `https://chat.example.com` (no trailing slash).
    pub fn url(&self) -> &str {
        &self.record.data.url
    }

    pub fn account_id(&self) -> u64 {
        self.record.data.account_id
    }

    /// The Master User's email.
    pub fn email(&self) -> &str {
        &self.record.data.email
    }

    /// The WhatsApp inboxes chosen for the integration (empty: none chosen).
    pub fn inbox_ids(&self) -> &[u64] {
        &self.record.data.inbox_ids
    }

    /// The API access token (send it as the `Api-Access-Token` header).
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    pub fn token_source(&self) -> &TokenSource {
        &self.source
    }

    /// The one certificate this profile trusts for its server (`--ca-cert`, or confirmed in
    /// the wizard), if any: an integration should trust only it, e.g. with
    /// `reqwest::ClientBuilder::tls_certs_only([Certificate::from_der(cert.der())?])` for
    /// a CA, or by comparing the server's certificate with it. `None`: the system store.
    pub fn trusted_cert(&self) -> Option<&Certificate> {
        self.trusted_cert.as_ref()
    }

    /// Everything saved about the profile (no token).
    pub fn record(&self) -> &ProfileRecord {
        &self.record
    }
}

fn env_token() -> Result<Option<Token>, LoadError> {
    match std::env::var(TOKEN_ENV) {
        Ok(v) if !v.trim().is_empty() => {
            Token::parse(&v)
                .map(Some)
                .map_err(|source| LoadError::BadToken {
                    origin: TOKEN_ENV.to_owned(),
                    source,
                })
        }
        _ => Ok(None),
    }
}

fn credential_token(name: &str) -> Result<Option<(Token, PathBuf)>, LoadError> {
    let Some(dir) = std::env::var_os(CREDENTIALS_DIR_ENV).filter(|d| !d.is_empty()) else {
        return Ok(None);
    };
    let path = Path::new(&dir).join(format!("chatwoot-link-{name}"));
    match std::fs::read_to_string(&path) {
        Ok(text) => Token::parse(&text)
            .map(|t| Some((t, path.clone())))
            .map_err(|source| LoadError::BadToken {
                origin: path.display().to_string(),
                source,
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(LoadError::Credential { path, source }),
    }
}
