//! The rows of the reviews (one profile, several, done): a key column and values wrapped
//! under it.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::form::keyed;
use super::super::wrap_words;
use crate::i18n::t;
use crate::tui::theme::Theme;

/// Width of the key column of a row: 11, or the widest key of the review in the current
/// language.
fn key_width() -> usize {
    [
        t!(wizard_review_key_chatwoot),
        t!(wizard_review_key_user),
        t!(wizard_review_key_account),
        t!(wizard_review_key_inboxes),
        t!(wizard_review_key_chosen),
        t!(wizard_review_key_token_to),
        t!(wizard_review_key_profile_to),
    ]
    .iter()
    .map(|k| k.chars().count())
    .max()
    .unwrap_or(0)
    .max(11)
}

/// Lines being laid out for a screen of a given inner width, values wrapped under their
/// column.
pub(in crate::tui::view) struct Rows<'a> {
    theme: &'a Theme,
    pub(in crate::tui::view) width: usize,
    key: usize,
    pub(in crate::tui::view) lines: Vec<Line<'static>>,
}

impl<'a> Rows<'a> {
    pub(in crate::tui::view) fn new(theme: &'a Theme, width: u16) -> Self {
        Self {
            theme,
            width: usize::from(width),
            key: key_width(),
            lines: Vec::new(),
        }
    }

    /// ` key        value…` with the value wrapped in its column.
    pub(in crate::tui::view) fn row(&mut self, key: &str, value: &str, style: Style) {
        let key_w = self.key;
        let room = self.width.saturating_sub(key_w + 2);
        for (i, part) in wrap_words(value, room).into_iter().enumerate() {
            let k = if i == 0 { key } else { "" };
            self.lines.push(Line::from(vec![
                Span::styled(format!(" {k:<key_w$} "), self.theme.dim()),
                Span::styled(part, style),
            ]));
        }
    }

    /// A paragraph indented by one column, wrapped; `first` is drawn in front of it.
    pub(in crate::tui::view) fn text(
        &mut self,
        first: Option<(&str, Style)>,
        value: &str,
        style: Style,
    ) {
        let lead = first.map_or(0, |(f, _)| f.chars().count() + 1);
        let room = self.width.saturating_sub(2 + lead);
        for (i, part) in wrap_words(value, room).into_iter().enumerate() {
            let mut spans = vec![Span::raw(" ")];
            match first {
                Some((f, fs)) if i == 0 => spans.push(Span::styled(format!("{f} "), fs)),
                Some(_) => spans.push(Span::raw(" ".repeat(lead))),
                None => {}
            }
            spans.push(Span::styled(part, style));
            self.lines.push(Line::from(spans));
        }
    }

    /// A paragraph whose keys were given with [`key_arg`] (`Enter saves; …`): wrapped, the
    /// keys drawn as keys; a key that opens the text is set apart as [`Rows::text`] does.
    pub(in crate::tui::view) fn keyed(&mut self, text: &str) {
        let (key, style) = (self.theme.key(), self.theme.base());
        // The key first (the English order): drawn in front, the rest wrapped beside it.
        if let Some(rest) = text.strip_prefix('\u{1}')
            && let Some((k, rest)) = rest.split_once('\u{1}')
            && !rest.contains('\u{1}')
        {
            self.text(Some((k, key)), rest.trim_start(), style);
            return;
        }
        let room = self.width.saturating_sub(2);
        for part in wrap_words(text, room) {
            let mut line = keyed(&part, key, style);
            line.spans.insert(0, Span::raw(" "));
            self.lines.push(line);
        }
    }

    pub(in crate::tui::view) fn width(&self) -> u16 {
        u16::try_from(self.width).unwrap_or(u16::MAX)
    }

    pub(in crate::tui::view) fn blank(&mut self) {
        self.lines.push(Line::raw(""));
    }
}
