//! Temp files a killed writer left behind (`.profiles.toml.<uuid>.tmp`,
//! `.tokens.toml.<uuid>.tmp`, `.probe.<uuid>.tmp`). A `tokens.toml` one holds tokens in
//! plain text, so `doctor` reports them and `--fix` deletes them; each atomic write also
//! deletes those of its own file before it starts (it holds the lock, so they are stale).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::{IoAction, StoreError};
use super::fsio::{DirLock, resolve_links};
use super::{CONFIG_FILE, LOCK_FILE, Store, TOKENS_FILE};

/// The name part of the write probe's temp files.
pub(crate) const PROBE: &str = "probe";

/// A probe's temp file lives for microseconds, outside the lock: one older than this was
/// left by a killed process, a younger one may be another process's probe in flight.
const PROBE_GRACE: Duration = Duration::from_secs(60);

/// A temp file name for `name` in its directory: `.<name>.<uuid>.tmp`.
pub(crate) fn temp_name(name: &str) -> String {
    format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple())
}

/// Whether `file` is a temp file of `name` made by [`temp_name`].
fn is_temp_of(file: &str, name: &str) -> bool {
    file.strip_prefix('.')
        .and_then(|f| f.strip_prefix(name))
        .and_then(|f| f.strip_prefix('.'))
        .and_then(|f| f.strip_suffix(".tmp"))
        .is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The temp files of `name` in `dir` (none when `dir` cannot be read).
pub(crate) fn temp_files_of(dir: &Path, name: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| is_temp_of(&e.file_name().to_string_lossy(), name))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// One file left by an interrupted write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub path: PathBuf,
    /// It is a copy of `tokens.toml`: tokens in plain text.
    pub holds_tokens: bool,
}

/// A leftover and whether deleting it worked.
pub type LeftoverRemoval = (Leftover, Result<(), StoreError>);

impl Store {
    /// The temp files interrupted writes left in DIR (and beside the target of a symlinked
    /// `profiles.toml` or `tokens.toml`).
    pub fn leftovers(&self) -> Vec<Leftover> {
        let mut found = Vec::new();
        for (file, holds_tokens) in [(CONFIG_FILE, false), (TOKENS_FILE, true)] {
            let mut places = vec![self.dir.join(file)];
            if let Ok(target) = resolve_links(&self.dir.join(file))
                && !places.contains(&target)
            {
                places.push(target);
            }
            for place in places {
                let (Some(dir), Some(name)) = (place.parent(), place.file_name()) else {
                    continue;
                };
                found.extend(
                    temp_files_of(dir, &name.to_string_lossy())
                        .into_iter()
                        .map(|path| Leftover { path, holds_tokens }),
                );
            }
        }
        let old = |p: &Path| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age >= PROBE_GRACE)
        };
        found.extend(
            temp_files_of(&self.dir, PROBE)
                .into_iter()
                .filter(|p| old(p))
                .map(|path| Leftover {
                    path,
                    holds_tokens: false,
                }),
        );
        found.sort_by(|a, b| a.path.cmp(&b.path));
        found.dedup();
        found
    }

    /// Deletes the leftovers, under the lock every write holds (so none is a write in
    /// flight). Returns each with what happened.
    pub fn remove_leftovers(&self) -> Result<Vec<LeftoverRemoval>, StoreError> {
        if !self.dir.is_dir() {
            return Ok(Vec::new());
        }
        let _lock = DirLock::acquire(&self.dir.join(LOCK_FILE), self.lock_timeout)?;
        Ok(self
            .leftovers()
            .into_iter()
            .map(|l| {
                let done = match std::fs::remove_file(&l.path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        Err(StoreError::io(IoAction::Delete, &l.path, e))
                    }
                    _ => Ok(()),
                };
                (l, done)
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::is_temp_of;

    #[test]
    fn only_our_temp_names_match() {
        let id = "0123456789abcdef0123456789abcdef";
        assert!(is_temp_of(&format!(".tokens.toml.{id}.tmp"), "tokens.toml"));
        assert!(!is_temp_of(
            &format!(".tokens.toml.{id}.tmp"),
            "profiles.toml"
        ));
        assert!(!is_temp_of(".tokens.toml.abc.tmp", "tokens.toml"));
        assert!(!is_temp_of(&format!("tokens.toml.{id}.tmp"), "tokens.toml"));
        assert!(!is_temp_of(
            &format!(".tokens.toml.{id}.tmpx"),
            "tokens.toml"
        ));
    }
}
