//! `profiles.toml`: its schema (docs/storage.md) and parsing with positions.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::error::StoreError;
use super::name::normalize_name;

/// The `schema` this build reads and writes. A file with a larger number is read-only.
/// 2 added `inbox_ids`; a schema-1 file reads as is and becomes 2 only when written.
pub const SCHEMA: u32 = 2;

/// Where a profile's token is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenStoreKind {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// `tokens.toml` in DIR (0600): only with `--insecure-storage` or the wizard's explicit choice.
    File,
}

impl TokenStoreKind {
    /// `keyring` or `file`, as written in `profiles.toml` and `list --json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keyring => "keyring",
            Self::File => "file",
        }
    }
}

impl std::fmt::Display for TokenStoreKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The non-secret facts a successful check produced: what a save writes besides the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileData {
    /// The instance origin (`https://host[:port]`, no trailing slash).
    pub url: String,
    pub email: String,
    pub account_id: u64,
    pub account_name: String,
    pub user_id: u64,
    pub user_name: String,
    pub role: String,
    pub server_version: String,
    /// When the checks that produced these facts passed.
    pub verified_at: Timestamp,
    /// The WhatsApp inboxes chosen for the integration (schema 2; none chosen is allowed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inbox_ids: Vec<u64>,
}

/// One `[profiles.<name>]` table as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRecord {
    /// Stable identity: never changes on edit or rename.
    pub id: Uuid,
    #[serde(flatten)]
    pub data: ProfileData,
    pub token_store: TokenStoreKind,
    /// The keyring username (`<instance>/<secret-uuid>`) or the key in `tokens.toml`.
    pub token_ref: String,
}

impl ProfileRecord {
    /// The profile as one entry of `list --json` (also `add --json`'s `"profile"`): every
    /// saved field but `token_ref`, plus its name.
    pub fn list_entry(&self, name: &str) -> serde_json::Value {
        let d = &self.data;
        serde_json::json!({
            "name": name,
            "id": self.id,
            "url": d.url,
            "email": d.email,
            "account_id": d.account_id,
            "account_name": d.account_name,
            "user_id": d.user_id,
            "user_name": d.user_name,
            "role": d.role,
            "server_version": d.server_version,
            "verified_at": d.verified_at.to_string(),
            "token_store": self.token_store.as_str(),
            "inbox_ids": d.inbox_ids,
        })
    }

    /// True when `other` is the same revision of this profile: every field equal except
    /// `verified_at`, which `status` updates on its own and must not make an edit conflict.
    pub fn same_revision(&self, other: &Self) -> bool {
        let mut a = self.clone();
        a.data.verified_at = other.data.verified_at;
        a == *other
    }
}

/// A snapshot of `profiles.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Config {
    pub schema: u32,
    /// Namespaces this DIR's secrets; absent only before the first write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileRecord>,
}

impl Config {
    /// The empty configuration of a DIR nothing was saved in yet.
    pub fn empty() -> Self {
        Self {
            schema: SCHEMA,
            ..Self::default()
        }
    }

    /// True when this build may write the file back (its schema is not newer).
    pub fn writable(&self) -> bool {
        self.schema <= SCHEMA
    }

    /// The profile called `name` (already validated and lower-cased).
    pub fn get(&self, name: &str) -> Option<&ProfileRecord> {
        self.profiles.get(name)
    }

    /// The profile `name` (any case), or the default one when `name` is `None`: the
    /// normalised name and the record, or the error that names the known profiles.
    pub fn find(&self, name: Option<&str>) -> Result<(String, ProfileRecord), StoreError> {
        let name = match name {
            Some(n) => normalize_name(n)?,
            None => self.default.clone().ok_or(StoreError::NoDefault)?,
        };
        match self.profiles.get(&name) {
            Some(r) => Ok((name, r.clone())),
            None => Err(self.unknown(&name)),
        }
    }

    /// The error for a profile that is not there, listing those that are.
    pub(crate) fn unknown(&self, name: &str) -> StoreError {
        StoreError::UnknownProfile {
            name: name.to_owned(),
            known: self.profiles.keys().cloned().collect(),
        }
    }

    /// The profiles that use the same token as `name` would after a rotation: same URL and
    /// same user (including `name` itself), for `rotate`.
    pub fn sharing_user(&self, name: &str) -> Vec<(String, ProfileRecord)> {
        let Some(me) = self.profiles.get(name) else {
            return Vec::new();
        };
        self.profiles
            .iter()
            .filter(|(_, r)| r.data.url == me.data.url && r.data.user_id == me.data.user_id)
            .map(|(n, r)| (n.clone(), r.clone()))
            .collect()
    }

    /// Names of the profiles other than `except` linking the same URL and account (`add`
    /// warns about these).
    pub fn linked_elsewhere(&self, url: &str, account_id: u64, except: &str) -> Vec<String> {
        self.profiles
            .iter()
            .filter(|(n, r)| {
                n.as_str() != except && r.data.url == url && r.data.account_id == account_id
            })
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// The profiles whose token is the secret `key` of the `kind` store (several when they
    /// were linked together and share one token).
    pub fn secret_users(&self, kind: TokenStoreKind, key: &str) -> Vec<String> {
        self.profiles
            .iter()
            .filter(|(_, r)| r.token_store == kind && r.token_ref == key)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// The key prefix of this DIR's secrets: `<instance>/`.
    pub fn secret_prefix(&self) -> Option<String> {
        self.instance.map(|i| format!("{i}/"))
    }

    /// Parses the file's text; `path` is only for messages.
    pub(crate) fn parse(path: &Path, text: &str) -> Result<Self, StoreError> {
        // The schema is read first so a newer file that this build cannot parse says
        // "newer", not "corrupt".
        let table: toml::Table = toml::from_str(text).map_err(|e| corrupt(path, text, &e))?;
        let schema = match table.get("schema") {
            Some(toml::Value::Integer(n)) => u32::try_from(*n).ok(),
            _ => None,
        };
        let Some(schema) = schema else {
            return Err(StoreError::Corrupt {
                path: path.to_owned(),
                line: 1,
                column: 1,
                message: "no `schema = <number>` at the top level".to_owned(),
            });
        };
        match toml::from_str::<Self>(text) {
            Ok(config) => Ok(config),
            Err(_) if schema > SCHEMA => Err(StoreError::NewerSchema {
                path: path.to_owned(),
                found: schema,
            }),
            Err(e) => Err(corrupt(path, text, &e)),
        }
    }

    /// The file's text, checked to read back as this very config: a file this build could
    /// not read (a number above TOML's 2^63 - 1, say) is never written.
    pub(crate) fn render(&self) -> Result<String, StoreError> {
        let text = toml::to_string(self).map_err(|e| {
            StoreError::Internal(crate::i18n::msg!(store_toml_write, error = e.to_string()))
        })?;
        match Self::parse(Path::new(super::CONFIG_FILE), &text) {
            Ok(back) if back == *self => Ok(text),
            Ok(_) | Err(_) => Err(StoreError::Internal(crate::i18n::msg!(store_not_read_back))),
        }
    }
}

/// A parse error with its 1-based line and column.
pub(crate) fn corrupt(path: &Path, text: &str, e: &toml::de::Error) -> StoreError {
    let (line, column) = e
        .span()
        .map_or((1, 1), |span| line_column(text, span.start));
    StoreError::Corrupt {
        path: path.to_owned(),
        line,
        column,
        message: e.message().to_owned(),
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_have_line_and_column() {
        let text = "schema = 1\ndefault = \"a\"\n[profiles.a\n";
        let e = Config::parse(Path::new("/x/profiles.toml"), text).unwrap_err();
        match e {
            StoreError::Corrupt { line, column, .. } => {
                assert_eq!(line, 3);
                assert!(column > 1, "column {column}");
            }
            other => panic!("expected Corrupt, got {other:?}"),
        }
    }

    proptest::proptest! {
        /// Whatever the server said (quotes, newlines, any Unicode), the file reads back
        /// as written.
        #[test]
        fn a_config_reads_back_as_written(
            text in "\\PC{0,30}",
            multi in "[a-z\"'\\\\\n\t ]{0,20}",
            id in 0..=i64::MAX.unsigned_abs(),
        ) {
            let data = ProfileData {
                url: format!("https://{text}"),
                email: multi.clone(),
                account_id: id,
                account_name: text.clone(),
                user_id: id / 2,
                user_name: multi,
                role: "administrator".to_owned(),
                server_version: text,
                verified_at: Timestamp::now(),
                inbox_ids: if id % 2 == 0 { vec![id, 1] } else { Vec::new() },
            };
            let mut c = Config::empty();
            c.instance = Some(Uuid::new_v4());
            c.default = Some("a".to_owned());
            c.profiles.insert("a".to_owned(), ProfileRecord {
                id: Uuid::new_v4(),
                data,
                token_store: TokenStoreKind::File,
                token_ref: "x/y".to_owned(),
            });
            let rendered = c.render().expect("render");
            proptest::prop_assert_eq!(Config::parse(Path::new("p"), &rendered).expect("parse"), c);
        }
    }

    #[test]
    fn a_value_that_would_not_read_back_is_refused() {
        let mut c = Config::empty();
        c.instance = Some(Uuid::new_v4());
        c.profiles.insert(
            "a".to_owned(),
            ProfileRecord {
                id: Uuid::new_v4(),
                data: ProfileData {
                    url: "https://x".to_owned(),
                    email: String::new(),
                    account_id: u64::MAX,
                    account_name: String::new(),
                    user_id: 1,
                    user_name: String::new(),
                    role: String::new(),
                    server_version: String::new(),
                    verified_at: Timestamp::now(),
                    inbox_ids: Vec::new(),
                },
                token_store: TokenStoreKind::Keyring,
                token_ref: "x/y".to_owned(),
            },
        );
        assert!(matches!(c.render(), Err(StoreError::Internal(_))));
    }

    #[test]
    fn a_newer_schema_that_does_not_parse_says_newer() {
        let e = Config::parse(Path::new("p"), "schema = 3\nprofiles = 3\n").unwrap_err();
        assert!(
            matches!(e, StoreError::NewerSchema { found: 3, .. }),
            "{e:?}"
        );
        let ok = Config::parse(Path::new("p"), "schema = 3\nfuture = true\n").expect("reads");
        assert!(!ok.writable());
    }

    #[test]
    fn a_schema_1_file_reads_without_inbox_ids() {
        let id = Uuid::new_v4();
        let text = format!(
            "schema = 1\ninstance = \"{id}\"\n[profiles.a]\nid = \"{id}\"\nurl = \"https://x\"\n\
             email = \"a@x\"\naccount_id = 1\naccount_name = \"A\"\nuser_id = 2\n\
             user_name = \"U\"\nrole = \"administrator\"\nserver_version = \"4.15.1\"\n\
             verified_at = \"2026-06-20T09:15:02Z\"\ntoken_store = \"file\"\ntoken_ref = \"k\"\n"
        );
        let c = Config::parse(Path::new("p"), &text).expect("reads");
        assert_eq!(c.schema, 1);
        assert!(c.writable());
        assert!(c.profiles["a"].data.inbox_ids.is_empty());
    }
}
