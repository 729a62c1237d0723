//! Whether someone else could swap DIR's files: a DIR or file writable by group or others,
//! or owned by another user. Writes are refused then (the user fixes it first); reads go on
//! and the faces warn (see [`Store::exposures`]).

use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::fsio::resolve_links;
use super::{CONFIG_FILE, Store, TOKENS_FILE};
use crate::i18n::{Msg, msg};

/// What lets another local user change a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exposure {
    /// Group or others may write it (the mode found, permission bits only).
    WritableByOthers { mode: u32 },
    /// Owned by another user than the one running chatwoot-link.
    ForeignOwner { owner: u32, me: u32 },
}

/// A path of DIR that another local user could change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsafePath {
    pub path: PathBuf,
    pub exposure: Exposure,
}

impl UnsafePath {
    /// The command that makes the path safe again.
    pub fn remedy(&self) -> String {
        let path = shell_quote(&self.path);
        match self.exposure {
            Exposure::WritableByOthers { .. } => format!("chmod go-w {path}"),
            Exposure::ForeignOwner { me, .. } => format!("chown {me} {path}"),
        }
    }

    /// What is wrong, in English (for `doctor --json`): "is writable by group or others
    /// (mode 777)".
    pub fn problem(&self) -> String {
        match self.exposure {
            Exposure::WritableByOthers { mode } => {
                format!("is writable by group or others (mode {mode:o})")
            }
            Exposure::ForeignOwner { owner, me } => {
                format!("is owned by user {owner}, not by this user ({me})")
            }
        }
    }

    /// The error a write refused because of this path returns.
    pub(crate) fn refusal(&self) -> StoreError {
        StoreError::Exposed {
            unsafe_path: self.clone(),
        }
    }

    /// Why a write was refused: the path, what is wrong and the command that fixes it.
    pub(crate) fn refusal_msg(&self) -> Msg {
        let (path, remedy) = (self.path.display().to_string(), self.remedy());
        match self.exposure {
            Exposure::WritableByOthers { mode } => msg!(
                store_exposed_writable,
                path = path,
                mode = format!("{mode:o}"),
                remedy = remedy
            ),
            Exposure::ForeignOwner { owner, me } => msg!(
                store_exposed_foreign,
                path = path,
                owner = owner.to_string(),
                me = me.to_string(),
                remedy = remedy
            ),
        }
    }

    /// What is wrong and the command that fixes it, for a warning.
    pub fn msg(&self) -> Msg {
        let (path, remedy) = (self.path.display().to_string(), self.remedy());
        match self.exposure {
            Exposure::WritableByOthers { mode } => msg!(
                store_unsafe_writable,
                path = path,
                mode = format!("{mode:o}"),
                remedy = remedy
            ),
            Exposure::ForeignOwner { owner, me } => msg!(
                store_unsafe_foreign,
                path = path,
                owner = owner.to_string(),
                me = me.to_string(),
                remedy = remedy
            ),
        }
    }
}

/// In the current language.
impl std::fmt::Display for UnsafePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

/// `path` in single quotes when it holds anything a shell would interpret.
fn shell_quote(path: &Path) -> String {
    let s = path.display().to_string();
    if s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@".contains(&b))
    {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// What exposes `path` (through symlinks: a link's own mode is always 777 and means
/// nothing; whoever may replace the link is judged by its directory).
#[cfg(unix)]
fn inspect(path: &Path) -> Option<UnsafePath> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    let me = rustix::process::geteuid().as_raw();
    let exposure = if meta.uid() != me {
        Exposure::ForeignOwner {
            owner: meta.uid(),
            me,
        }
    } else if meta.mode() & 0o022 != 0 {
        Exposure::WritableByOthers {
            mode: meta.mode() & 0o7777,
        }
    } else {
        return None;
    };
    Some(UnsafePath {
        path: path.to_owned(),
        exposure,
    })
}

#[cfg(not(unix))]
fn inspect(_path: &Path) -> Option<UnsafePath> {
    None // ACLs on Windows: the profile dir is the user's own by default.
}

impl Store {
    /// DIR, `profiles.toml` and `tokens.toml` (through symlinks: the files they point at and
    /// the directories those are in) where another local user could change them.
    pub fn exposures(&self) -> Vec<UnsafePath> {
        let mut paths = vec![self.dir.clone()];
        for file in [CONFIG_FILE, TOKENS_FILE] {
            let link = self.dir.join(file);
            let target = resolve_links(&link).unwrap_or_else(|_| link.clone());
            if let Some(parent) = target.parent()
                && target != link
            {
                paths.push(parent.to_owned());
            }
            paths.push(target);
        }
        paths.dedup();
        paths.iter().filter_map(|p| inspect(p)).collect()
    }

    /// Refuses a write while another local user could swap DIR's files (see
    /// [`Store::exposures`]): [`StoreError::Exposed`] with the command that fixes it.
    pub(crate) fn ensure_safe(&self) -> Result<(), StoreError> {
        match self.exposures().first() {
            Some(p) => Err(p.refusal()),
            None => Ok(()),
        }
    }
}
