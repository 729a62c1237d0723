//! `--verbose`: a log a user can read when a TLS, proxy or keyring failure needs more than
//! its one-line message. It goes to `chatwoot-link.log` in the config dir (0600), not to
//! the terminal, so the wizard's screen stays intact and a script's stdout stays JSON.
//!
//! Only this crate's events are written: dependencies' own tracing (zbus logs D-Bus
//! messages, which carry the secrets sent to the keyring) never reaches the file. Our
//! events carry method, path, status, time, proxy, trust and store outcomes, never a
//! header, a body or a token. The file is capped: a log past [`MAX_BYTES`] is moved to
//! `chatwoot-link.log.1` before a run, and a run stops writing at the cap.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tracing::Level;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

use super::args::GlobalArgs;
use crate::chatwoot::ProxyEnv;

/// The log's file name in the config dir.
pub const LOG_FILE: &str = "chatwoot-link.log";
/// Past this size the log is rotated (one previous file is kept).
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Starts the log when `--verbose` was given. A log that cannot be opened is a warning,
/// never a reason to fail the command. Returns the file's path.
pub fn init(global: &GlobalArgs) -> Option<PathBuf> {
    if !global.verbose {
        return None;
    }
    let dir = match crate::store::resolve_dir(global.config_dir.clone()) {
        Ok(d) => d,
        Err(e) => {
            let problem = crate::i18n::msg!(cli_log_no_dir, error = e.to_string());
            eprintln!("{}", crate::i18n::msg!(cli_warning, message = problem));
            return None;
        }
    };
    let path = dir.join(LOG_FILE);
    let file = match open(&dir, &path) {
        Ok(f) => f,
        Err(e) => {
            let problem = crate::i18n::msg!(
                cli_log_cannot_write,
                path = path.display().to_string(),
                error = e.to_string()
            );
            eprintln!("{}", crate::i18n::msg!(cli_warning, message = problem));
            return None;
        }
    };
    let writer = Capped {
        file: Arc::new(Mutex::new(file)),
        written: Arc::new(AtomicU64::new(0)),
    };
    let layer = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_target(true)
        .with_writer(move || writer.clone());
    let only_ours = Targets::new().with_target("chatwoot_link", Level::DEBUG);
    let installed = tracing_subscriber::registry()
        .with(tracing_subscriber::Layer::with_filter(layer, only_ours))
        .try_init();
    if installed.is_err() {
        return None;
    }
    tracing::info!(
        version = crate::cli::VERSION,
        command = %std::env::args().nth(1).unwrap_or_default(),
        "chatwoot-link started"
    );
    log_environment();
    Some(path)
}

/// What decides where requests go and whom they trust, before any request is made.
fn log_environment() {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    match (var("SSL_CERT_FILE"), var("SSL_CERT_DIR")) {
        (None, None) => tracing::info!("TLS roots: the system store"),
        (file, dir) => tracing::info!(
            ssl_cert_file = file.as_deref().unwrap_or("-"),
            ssl_cert_dir = dir.as_deref().unwrap_or("-"),
            "TLS roots: SSL_CERT_FILE/SSL_CERT_DIR (these replace the system store)"
        ),
    }
    match ProxyEnv::from_env() {
        Ok(p) if p == ProxyEnv::none() => tracing::info!("proxies: none"),
        Ok(p) => tracing::info!("proxies: {p:?}"),
        Err(e) => tracing::warn!("proxies: {e}"),
    }
}

/// Opens the log for appending (0600), after moving a full one aside.
fn open(dir: &Path, path: &Path) -> io::Result<File> {
    std::fs::create_dir_all(dir)?;
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_BYTES) {
        std::fs::rename(path, path.with_extension("log.1"))?;
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    // A log created by an older build or by hand may be readable by others.
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    Ok(file)
}

/// Appends to the log until this run has written [`MAX_BYTES`], then drops the rest.
#[derive(Clone)]
struct Capped {
    file: Arc<Mutex<File>>,
    written: Arc<AtomicU64>,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let len = buf.len() as u64;
        let before = self.written.fetch_add(len, Ordering::Relaxed);
        if before + len > MAX_BYTES {
            if before <= MAX_BYTES {
                let mut f = self.file.lock().unwrap_or_else(PoisonError::into_inner);
                f.write_all(b"... log capped: the rest of this run is not written\n")?;
            }
            return Ok(buf.len());
        }
        let mut f = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        f.write_all(buf)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .flush()
    }
}
