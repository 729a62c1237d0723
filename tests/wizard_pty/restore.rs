//! The panic hook alone gives the terminal back. The test binary runs itself in a
//! pseudo-terminal in a child mode (selected by an environment variable) that takes the
//! terminal as the wizard does (the library's `Guard`: raw mode, alternate screen, bracketed
//! paste, the panic hook), forgets the guard so its `Drop` cannot help, and panics, as under
//! `panic = "abort"`. A shell then runs `stty -a` on the same terminal.

use chatwoot_link::tui::terminal::Guard;

use super::pty::Pty;

/// Set in the child: panic with the terminal taken.
const CHILD: &str = "CHATWOOT_LINK_TEST_PANIC_CHILD";
const NAME: &str = "restore::panic_hook_alone_gives_the_terminal_back";
const PANIC: &str = "deliberate panic with the terminal taken";

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn panic_hook_alone_gives_the_terminal_back() {
    if std::env::var_os(CHILD).is_some() {
        let guard = Guard::enter().expect("take the terminal");
        std::mem::forget(guard);
        panic!("{PANIC}");
    }
    let exe = std::env::current_exe().expect("test binary");
    let script = format!(
        "'{}' --exact {NAME} --nocapture --test-threads=1; echo EXIT=$?; stty -a; echo STTY-END",
        exe.display()
    );
    let mut pty = Pty::spawn(&["/bin/sh", "-c", &script], &[(CHILD, "1")]);
    pty.wait_for("STTY-END");
    assert_eq!(pty.wait_exit(), 0, "the shell itself ends fine");
    let raw = pty.raw();
    let entered = find(&raw, b"\x1b[?1049h").expect("the child entered the alternate screen");
    let left = find(&raw, b"\x1b[?1049l").expect("the alternate screen was never left");
    let panicked = find(&raw, PANIC.as_bytes()).expect("the panic message was printed");
    assert!(
        entered < left && left < panicked,
        "the panic message must land on the normal screen, after it is restored"
    );
    let screen = pty.screen.lock().expect("screen");
    assert!(
        !screen.screen().alternate_screen(),
        "still on the alternate screen"
    );
    assert!(
        !screen.screen().bracketed_paste(),
        "bracketed paste still on"
    );
    drop(screen);
    let after = String::from_utf8_lossy(&raw[panicked..]).into_owned();
    assert!(
        after.contains("EXIT=101"),
        "the child did not panic:\n{after}"
    );
    // Raw mode is off: the line discipline edits lines and echoes again.
    let flags: Vec<&str> = after.split_whitespace().collect();
    for flag in ["icanon", "echo", "isig"] {
        assert!(flags.contains(&flag), "stty shows no {flag}:\n{after}");
    }
}
