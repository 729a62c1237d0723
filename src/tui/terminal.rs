//! The terminal's state while the wizard runs: raw mode, the alternate screen and bracketed
//! paste, restored on every exit path (return, error, panic via the hook, signals through
//! the runtime) and around Ctrl-Z.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Owns the terminal; dropping it restores the terminal.
pub struct Guard {
    pub terminal: Term,
}

impl Guard {
    /// Enters raw mode and the alternate screen, and installs the panic hook that restores
    /// them first (so the panic message lands on a usable screen even with `panic = "abort"`).
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        setup()?;
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Ctrl-Z: hand the terminal back, stop the process, and take it again on `fg`.
    pub fn suspend(&mut self) -> io::Result<()> {
        restore();
        #[cfg(unix)]
        {
            use rustix::process::{Signal, getpid, kill_process};
            // Raw mode keeps the tty from sending SIGTSTP itself; raise it the same way.
            kill_process(getpid(), Signal::TSTP).map_err(io::Error::from)?;
        }
        // Execution continues here after SIGCONT, on a fresh alternate screen. Drawing a blank
        // frame makes ratatui's idea of the screen blank too, so the next frame is drawn in
        // full (`Terminal::clear` would ask the terminal for the cursor position, which not
        // every terminal answers).
        setup()?;
        execute!(io::stdout(), Clear(ClearType::All))?;
        self.terminal
            .draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))?;
        Ok(())
    }

    /// Writes an OSC 52 sequence that puts `text` on the clipboard of the terminal (also
    /// over SSH, where the terminal emulator is on the other side).
    pub fn copy(&mut self, text: &str) -> io::Result<()> {
        let mut out = io::stdout();
        write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()))?;
        out.flush()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the terminal is in the wizard's state now (the panic hook outlives the wizard and
/// must not write escape sequences after it).
static ACTIVE: AtomicBool = AtomicBool::new(false);

fn setup() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    if let Err(e) = execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste) {
        restore();
        return Err(e);
    }
    Ok(())
}

/// Leaves the alternate screen and raw mode; safe to call more than once.
pub fn restore() {
    ACTIVE.store(false, Ordering::SeqCst);
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if ACTIVE.load(Ordering::SeqCst) {
                restore();
            }
            previous(info);
        }));
    });
}

/// Standard base64 with padding (OSC 52 wants it; no dependency for twenty lines).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            (
                "https://chat.example.com",
                "aHR0cHM6Ly9jaGF0LmV4YW1wbGUuY29t",
            ),
        ] {
            assert_eq!(super::base64(plain.as_bytes()), encoded);
        }
    }
}
