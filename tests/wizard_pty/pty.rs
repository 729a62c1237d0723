//! A pseudo-terminal running the real binary, with the screen it draws (vt100) and every
//! byte it wrote.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Generous: a debug build on a shared CI machine.
const WAIT: Duration = Duration::from_secs(30);

pub struct Pty {
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Every byte the program wrote, and the screen it makes.
    raw: Arc<Mutex<Vec<u8>>>,
    pub screen: Arc<Mutex<vt100::Parser>>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    /// Runs `argv` in an 80x24 pseudo-terminal (`/bin/sh -c …` for a shell around it).
    pub fn spawn(argv: &[&str], env: &[(&str, &str)]) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(argv[0]);
        cmd.args(&argv[1..]);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        // English unless a test asks for another language (CI's own locale must not leak in).
        for var in ["LC_ALL", "LC_MESSAGES", "CHATWOOT_LINK_LANG"] {
            cmd.env_remove(var);
        }
        cmd.env("NO_PROXY", "*");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn in pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let raw = Arc::new(Mutex::new(Vec::new()));
        let rows = NonZeroU16::new(24).expect("24");
        let cols = NonZeroU16::new(80).expect("80");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let (r, s) = (Arc::clone(&raw), Arc::clone(&screen));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                r.lock().expect("raw").extend_from_slice(&buf[..n]);
                s.lock().expect("screen").process(&buf[..n]);
            }
        });
        Self {
            writer,
            child,
            raw,
            screen,
            master: pair.master,
        }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen after `WAIT`.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.contents());
    }

    /// Sends one key at a time, as a person types.
    pub fn type_keys(&mut self, keys: &str) {
        for c in keys.chars() {
            let mut b = [0u8; 4];
            self.send(c.encode_utf8(&mut b).as_bytes());
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader drain the last bytes.
                std::thread::sleep(Duration::from_millis(200));
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the wizard did not exit; screen:\n{}", self.contents());
    }

    /// The exit code if the program has already exited (after a short grace), else `None`.
    pub fn wait_exit_or_none(&mut self) -> Option<u32> {
        std::thread::sleep(Duration::from_millis(300));
        self.child
            .try_wait()
            .expect("try_wait")
            .map(|s| s.exit_code())
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the screen model with it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize pty");
        let (r, c) = (
            NonZeroU16::new(rows).expect("rows"),
            NonZeroU16::new(cols).expect("cols"),
        );
        self.screen
            .lock()
            .expect("screen")
            .screen_mut()
            .set_size(r, c);
    }

    /// Whether the program's screen is the alternate one now.
    pub fn alternate_screen(&self) -> bool {
        self.screen
            .lock()
            .expect("screen")
            .screen()
            .alternate_screen()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().expect("raw").clone()
    }
}
