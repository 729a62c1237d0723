//! The theme: colour or monochrome (`NO_COLOR`), UTF-8 or ASCII symbols. Chosen once from
//! the environment at start and passed to `view` as a value, so tests pick one without
//! touching the process environment.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// Whether styles use colour (`NO_COLOR` unset) or only bold/reverse/underline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    Colour,
    Mono,
}

/// Whether the terminal can draw UTF-8 symbols (from the locale) or only ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    Ascii,
}

/// The symbols the wizard draws; ASCII versions for terminals without UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    pub not_checked: &'static str,
    pub ok: &'static str,
    pub warn: &'static str,
    pub fail: &'static str,
    pub spinner: &'static [&'static str],
    /// Drawn for every character of a masked token.
    pub mask: char,
    pub focus: &'static str,
    pub ellipsis: &'static str,
    /// Box lines: a terminal without UTF-8 cannot draw `┌─┐` either.
    pub border: border::Set<'static>,
}

const UTF8: Symbols = Symbols {
    not_checked: "·",
    ok: "✓",
    warn: "!",
    fail: "✗",
    spinner: throbber_widgets_tui::symbols::throbber::BRAILLE_SIX.symbols,
    mask: '•',
    focus: "›",
    ellipsis: "…",
    border: border::PLAIN,
};

const ASCII: Symbols = Symbols {
    not_checked: "-",
    ok: "ok",
    warn: "!",
    fail: "x",
    spinner: throbber_widgets_tui::symbols::throbber::ASCII.symbols,
    mask: '*',
    focus: ">",
    ellipsis: "...",
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
};

/// Colours (or their monochrome stand-ins) and symbols for every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub palette: Palette,
    pub charset: Charset,
    pub sym: Symbols,
}

impl Theme {
    pub fn new(palette: Palette, charset: Charset) -> Self {
        let sym = match charset {
            Charset::Utf8 => UTF8,
            Charset::Ascii => ASCII,
        };
        Self {
            palette,
            charset,
            sym,
        }
    }

    /// Reads `NO_COLOR` and the locale (`LC_ALL`, then `LC_CTYPE`, then `LANG`) through `var`,
    /// so callers pass `std::env::var` and tests pass a map.
    pub fn detect(var: impl Fn(&str) -> Option<String>) -> Self {
        let palette = match var("NO_COLOR") {
            Some(v) if !v.is_empty() => Palette::Mono,
            _ => Palette::Colour,
        };
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .find_map(|k| var(k).filter(|v| !v.is_empty()))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let charset = if locale.contains("utf-8") || locale.contains("utf8") {
            Charset::Utf8
        } else {
            Charset::Ascii
        };
        Self::new(palette, charset)
    }

    fn pick(self, colour: Style, mono: Style) -> Style {
        match self.palette {
            Palette::Colour => colour,
            Palette::Mono => mono,
        }
    }

    pub fn base(self) -> Style {
        Style::default()
    }

    pub fn title(self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    pub fn demo_badge(self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    /// The label of the focused field (also marked with `sym.focus`).
    pub fn focus(self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    /// The text of the focused input.
    pub fn input_focused(self) -> Style {
        Style::default().add_modifier(Modifier::UNDERLINED)
    }

    pub fn placeholder(self) -> Style {
        self.pick(
            Style::default().fg(Color::DarkGray),
            Style::default().add_modifier(Modifier::DIM),
        )
    }

    pub fn ok(self) -> Style {
        self.pick(Style::default().fg(Color::Green), Style::default())
    }

    pub fn warn(self) -> Style {
        self.pick(
            Style::default().fg(Color::Yellow),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    pub fn fail(self) -> Style {
        self.pick(
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    pub fn checking(self) -> Style {
        self.pick(Style::default().fg(Color::Cyan), Style::default())
    }

    pub fn dim(self) -> Style {
        self.pick(
            Style::default().fg(Color::Gray),
            Style::default().add_modifier(Modifier::DIM),
        )
    }

    pub fn key(self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    /// The selected row of a list.
    pub fn selected(self) -> Style {
        self.pick(
            Style::default().fg(Color::Black).bg(Color::Cyan),
            Style::default().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn border(self) -> Style {
        self.pick(Style::default().fg(Color::DarkGray), Style::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: std::collections::HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn no_color_and_locale_pick_the_theme() {
        let t = Theme::detect(env(&[("LANG", "en_US.UTF-8")]));
        assert_eq!((t.palette, t.charset), (Palette::Colour, Charset::Utf8));
        let t = Theme::detect(env(&[("NO_COLOR", "1"), ("LANG", "C")]));
        assert_eq!((t.palette, t.charset), (Palette::Mono, Charset::Ascii));
        // LC_ALL wins over LANG; an empty NO_COLOR does not count (no-color.org).
        let t = Theme::detect(env(&[
            ("NO_COLOR", ""),
            ("LC_ALL", "C"),
            ("LANG", "en_US.utf8"),
        ]));
        assert_eq!((t.palette, t.charset), (Palette::Colour, Charset::Ascii));
        assert_eq!(t.sym.mask, '*');
        assert_eq!(t.sym.spinner, &["|", "/", "-", "\\"]);
    }
}
