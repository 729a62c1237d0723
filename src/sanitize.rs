//! Server-provided text (names, emails, versions) is untrusted: a name holding an escape
//! sequence could repaint the terminal, a newline could forge a line of output. Everything
//! the server says passes through [`sanitize`] before it is drawn, printed or serialised.

/// Bidirectional formatting characters (`Cf`, not `Cc`) that can reorder what is shown.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters [`sanitize`] removes or replaces: control characters (C0, DEL, C1) and bidi
/// overrides.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// One line of plain text: line breaks and tabs become a space, every other control
/// character or bidi override is dropped. Text without such characters is returned unchanged.
pub fn sanitize(text: &str) -> String {
    if !text.chars().any(is_unsafe) {
        return text.to_owned();
    }
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strips_escapes_and_flattens_lines() {
        assert_eq!(sanitize("Acme\x1b[2J\x07 Co"), "Acme[2J Co");
        assert_eq!(sanitize("two\nlines\r\tok"), "two lines  ok");
        assert_eq!(sanitize("evil\u{202E}txt.exe"), "eviltxt.exe");
        assert_eq!(sanitize("\u{9b}31m"), "31m");
        assert_eq!(sanitize("Bücher GmbH ✓"), "Bücher GmbH ✓");
    }

    proptest! {
        #[test]
        fn output_never_contains_a_control_char(s in any::<String>()) {
            let out = sanitize(&s);
            prop_assert!(!out.chars().any(is_unsafe));
        }

        #[test]
        fn printable_text_is_unchanged(s in "[^\\p{Cc}\u{200E}\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}]*") {
            prop_assert_eq!(sanitize(&s), s);
        }
    }
}
