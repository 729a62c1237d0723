//! Opening a page in the user's browser: only where one can be opened (a desktop session),
//! with the opener detached from the terminal, so it never draws over the wizard or holds
//! up its loop.

use std::process::{Command, Stdio};

use tokio::sync::mpsc::UnboundedSender;

use crate::tui::msg::Msg;

/// True when a browser can be opened from here: a graphical session on Linux and the
/// BSDs (`DISPLAY` or `WAYLAND_DISPLAY`), always on macOS. Over SSH without X forwarding
/// neither is set, and the wizard shows the address instead.
pub fn available() -> bool {
    if cfg!(target_os = "macos") {
        return true;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("DISPLAY") || set("WAYLAND_DISPLAY")
}

/// The platform's opener.
const fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// Starts the opener on `url` (an `http(s)` address, so never read as an option) with its
/// input and output discarded, and reaps it on a blocking thread. Errors only when it
/// could not be started.
pub fn open(url: &str) -> Result<(), String> {
    let mut child = Command::new(opener())
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            crate::i18n::t!(
                wizard_home_opener_failed,
                opener = opener(),
                error = e.to_string()
            )
        })?;
    // xdg-open may wait for the browser; its exit status says nothing useful here.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

/// [`open`] off the UI's thread (starting a process may take a moment); `BrowserFailed`
/// when the opener could not be started.
pub fn spawn(tx: UnboundedSender<Msg>, url: String) {
    tokio::task::spawn_blocking(move || {
        if let Err(error) = open(&url) {
            let _ = tx.send(Msg::BrowserFailed { url, error });
        }
    });
}
