//! Files in DIR: 0700/0600 from creation, the lock on `profiles.lock`, and atomic replace
//! (temp file → write → fsync → rename → fsync DIR) behind a [`Writer`] so tests can fail
//! any step.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::{IoAction, StoreError};

/// The steps of an atomic replace. Tests implement this to fail one of them.
pub trait Writer: Send + Sync {
    /// Creates a new file (never an existing one) readable by the owner only.
    fn create(&self, path: &Path) -> io::Result<File>;
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    /// `fsync` of the file's data.
    fn sync(&self, file: &File) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// `fsync` of the directory, so the rename survives a power cut.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealWriter;

impl Writer for RealWriter {
    fn create(&self, path: &Path) -> io::Result<File> {
        private_options().create_new(true).write(true).open(path)
    }

    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            File::open(dir)?.sync_all()
        }
        #[cfg(not(unix))]
        {
            let _ = dir; // Windows cannot open a directory to flush it; rename is enough there.
            Ok(())
        }
    }
}

/// Open options that create files 0600 (on Unix) from the first byte.
fn private_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o
}

/// Creates DIR (and missing parents) with mode 0700 for the last component.
pub(crate) fn ensure_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
        .map_err(|e| StoreError::io(IoAction::CreateDir, dir, e))
}

/// Whether the rename is known to be durable.
#[derive(Debug)]
pub(crate) enum Durability {
    Synced,
    /// The new file is in place but DIR could not be synced: after a power cut the old
    /// file may come back, so anything it points at must be kept.
    DirNotSynced(io::Error),
}

/// Replaces `target` with `bytes` atomically. On any failure before the rename the old file
/// is untouched and the temp file is removed. A symlinked `target` (a dotfile manager's) is
/// written through: the temp file goes beside the file it points at, which is replaced, so
/// the link stays. Callers hold the DIR lock, so temp files of `target` that are there
/// already were left by a writer that was killed, and are removed first.
pub(crate) fn atomic_write(
    w: &dyn Writer,
    target: &Path,
    bytes: &[u8],
) -> Result<Durability, StoreError> {
    let target = &resolve_links(target)?;
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let name = target
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    for stale in super::leftovers::temp_files_of(dir, &name) {
        let _ = std::fs::remove_file(stale);
    }
    let tmp = dir.join(super::leftovers::temp_name(&name));
    let cleanup = |e: StoreError| {
        let _ = std::fs::remove_file(&tmp);
        e
    };
    let mut f = w
        .create(&tmp)
        .map_err(|e| StoreError::io(IoAction::Create, &tmp, e))?;
    w.write(&mut f, bytes)
        .map_err(|e| cleanup(StoreError::io(IoAction::Write, &tmp, e)))?;
    w.sync(&f)
        .map_err(|e| cleanup(StoreError::io(IoAction::Flush, &tmp, e)))?;
    drop(f);
    w.rename(&tmp, target)
        .map_err(|e| cleanup(StoreError::io(IoAction::Replace, target, e)))?;
    Ok(match w.sync_dir(dir) {
        Ok(()) => Durability::Synced,
        Err(e) => Durability::DirNotSynced(e),
    })
}

/// How many symlinks [`resolve_links`] follows before it calls it a loop (as Linux does).
const MAX_LINKS: usize = 40;

/// The file `path` stands for: `path` itself, or where its chain of symlinks ends (which
/// need not exist yet: a dangling link is written through too).
pub(crate) fn resolve_links(path: &Path) -> Result<PathBuf, StoreError> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = std::fs::read_link(&current)
                    .map_err(|e| StoreError::io(IoAction::FollowLink, &current, e))?;
                current = match current.parent() {
                    Some(parent) if next.is_relative() => parent.join(next),
                    _ => next,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(StoreError::io(
        IoAction::FollowLink,
        path,
        io::Error::other(format!("more than {MAX_LINKS} links in a row (a loop?)")),
    ))
}

/// Proves DIR takes a new file (creates and removes a temp file), without touching others.
pub(crate) fn prove_dir_writable(w: &dyn Writer, dir: &Path) -> Result<(), StoreError> {
    let tmp = dir.join(super::leftovers::temp_name(super::leftovers::PROBE));
    let made = w
        .create(&tmp)
        .map_err(|e| StoreError::io(IoAction::Create, &tmp, e));
    let _ = std::fs::remove_file(&tmp);
    made.map(drop)
}

/// Reads a file, `None` when it does not exist.
pub(crate) fn read_optional(path: &Path) -> Result<Option<String>, StoreError> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io(IoAction::Read, path, e)),
    }
}

/// A lock on a lock file in DIR (`profiles.lock`, `secrets.lock`), released on drop.
#[derive(Debug)]
pub(crate) struct DirLock {
    file: File,
}

impl DirLock {
    /// An exclusive lock: polls `try_lock` with backoff until `timeout`.
    pub(crate) fn acquire(path: &Path, timeout: Duration) -> Result<Self, StoreError> {
        Self::acquire_as(path, timeout, File::try_lock)
    }

    /// A shared lock (others may hold it shared too, nobody exclusively).
    pub(crate) fn acquire_shared(path: &Path, timeout: Duration) -> Result<Self, StoreError> {
        Self::acquire_as(path, timeout, File::try_lock_shared)
    }

    fn acquire_as(
        path: &Path,
        timeout: Duration,
        try_lock: fn(&File) -> Result<(), std::fs::TryLockError>,
    ) -> Result<Self, StoreError> {
        let file = private_options()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| StoreError::io(IoAction::OpenLock, path, e))?;
        let start = Instant::now();
        let mut wait = Duration::from_millis(2);
        loop {
            match try_lock(&file) {
                Ok(()) => return Ok(Self { file }),
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(StoreError::io(IoAction::Lock, path, e));
                }
            }
            if start.elapsed() >= timeout {
                return Err(StoreError::LockTimeout {
                    path: PathBuf::from(path),
                    secs: timeout.as_secs().max(1),
                });
            }
            std::thread::sleep(wait.min(timeout.saturating_sub(start.elapsed())));
            wait = (wait * 2).min(Duration::from_millis(100));
        }
    }
}

impl Drop for DirLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}
