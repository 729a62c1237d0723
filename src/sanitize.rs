//! Server-provided text (names, emails, versions) is untrusted: a name holding an escape
//! sequence could repaint the terminal, a newline could forge a line of output. Everything
//! the server says passes through [`sanitize`] before it is drawn, printed or serialised.

use std::iter::Peekable;
use std::str::Chars;

/// Bidirectional formatting characters (`Cf`, not `Cc`) that can reorder what is shown.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that end a line somewhere: control ones, and the Unicode line and paragraph
/// separators, which some terminals and most text widgets break on.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters [`sanitize`] removes or replaces: control characters (C0, DEL, C1), bidi
/// overrides and line separators.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_line_break(c)
}

/// One line of plain text: line breaks and tabs become a space; an escape sequence (CSI such
/// as `ESC[31m`, OSC such as `ESC]0;title BEL`) is dropped whole, so no `[31m` debris is left;
/// every other control character or bidi override is dropped. Text without such characters
/// is returned unchanged.
pub fn sanitize(text: &str) -> String {
    if !text.chars().any(is_unsafe) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_line_break(c) => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Pasted text (a token, a URL): every character [`sanitize`] would remove or replace is
/// dropped, line breaks too, so a paste cannot move the cursor, reorder what is shown or
/// split a value.
pub fn strip_unsafe(text: &str) -> String {
    text.chars().filter(|&c| !is_unsafe(c)).collect()
}

/// After ESC: a CSI (`[`), a string (OSC `]`, DCS `P`, SOS `X`, PM `^`, APC `_`), or a short
/// sequence (intermediates 0x20-0x2F, then one final 0x30-0x7E, as in `ESC ( B`).
fn skip_escape(chars: &mut Peekable<Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        _ => {
            while chars.next_if(|c| matches!(c, ' '..='/')).is_some() {}
            chars.next_if(|c| matches!(c, '0'..='~'));
        }
    }
}

/// CSI parameters and intermediates (0x20-0x3F), then one final byte (0x40-0x7E).
fn skip_csi(chars: &mut Peekable<Chars<'_>>) {
    while chars.next_if(|c| matches!(c, ' '..='?')).is_some() {}
    chars.next_if(|c| matches!(c, '@'..='~'));
}

/// A string sequence runs to BEL or ST (`ESC \` or U+009C). It stops early at any other
/// control character, so a lone `ESC ]` cannot swallow the lines after it.
fn skip_string(chars: &mut Peekable<Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                chars.next_if_eq(&'\\');
                return;
            }
            c if c.is_control() => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strips_escapes_and_flattens_lines() {
        assert_eq!(sanitize("Acme\x1b[2J\x07 Co"), "Acme Co");
        assert_eq!(sanitize("two\nlines\r\tok"), "two lines  ok");
        assert_eq!(sanitize("evil\u{202E}txt.exe"), "eviltxt.exe");
        assert_eq!(sanitize("\u{9b}31mred"), "red");
        assert_eq!(sanitize("line\u{2028}sep"), "line sep");
        assert_eq!(
            strip_unsafe("ab\ncd\r\u{1b}[2Je\u{7}\u{202E}f"),
            "abcd[2Jef"
        );
    }

    #[test]
    fn escape_sequences_go_whole() {
        // The sandbox's control-chars name: colour, BEL, CR LF, a window title (OSC).
        assert_eq!(
            sanitize("\u{1b}[31mDana\u{7}\r\n\u{1b}]0;pwned\u{7}\u{1b}[0m"),
            "Dana  "
        );
        assert_eq!(
            sanitize("a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b"),
            "alinkb"
        );
        assert_eq!(sanitize("a\u{1b}(Bb"), "ab");
        assert_eq!(sanitize("a\u{1b}[?25lb"), "ab");
        // An unterminated string stops at the next control character, not the end.
        assert_eq!(sanitize("a\u{1b}]0;x\nrest"), "a rest");
        assert_eq!(sanitize("trailing\u{1b}"), "trailing");
        assert_eq!(sanitize("Bücher GmbH ✓"), "Bücher GmbH ✓");
    }

    proptest! {
        #[test]
        fn output_never_contains_a_control_char(s in any::<String>()) {
            let out = sanitize(&s);
            prop_assert!(!out.chars().any(is_unsafe));
        }

        #[test]
        fn escapes_around_text_leave_the_text(
            text in "[a-zA-Z0-9 .,]{0,20}",
            sgr in "[0-9;]{0,8}",
            title in "[a-zA-Z0-9 ]{0,12}",
        ) {
            let dirty = format!("\u{1b}[{sgr}m{text}\u{1b}]0;{title}\u{7}\u{1b}[0m");
            prop_assert_eq!(sanitize(&dirty), text);
        }

        #[test]
        fn a_stripped_paste_is_what_sanitize_keeps_of_one_line(s in any::<String>()) {
            let stripped = strip_unsafe(&s);
            prop_assert!(!stripped.chars().any(is_unsafe));
            // Without escapes or line breaks, both keep exactly the same characters.
            if !s.contains(['\u{1b}', '\u{9b}', '\u{90}', '\u{98}', '\u{9d}', '\u{9e}', '\u{9f}'])
                && !s.chars().any(is_line_break)
            {
                prop_assert_eq!(sanitize(&s), stripped);
            }
        }

        #[test]
        fn printable_text_is_unchanged(s in "[^\\p{Cc}\u{061C}\u{200E}\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{2028}\u{2029}]*") {
            prop_assert_eq!(sanitize(&s), s);
        }
    }
}
