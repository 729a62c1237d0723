//! Boxes over the screen: every key (F1), and "quit without saving?".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::form::ascii_safe;
use super::{key_arg, keyed};
use crate::i18n::t;
use crate::tui::model::App;
use crate::tui::theme::{Charset, Palette, Theme};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The F1 box's size in `area`: 60 columns at most, as tall as its lines (and borders).
fn keys_rect(area: Rect, lines: usize) -> Rect {
    let height = u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2);
    centered(area, 60, height)
}

/// The F1 help's lines at the box's `width`: each row's keys, then what they do, wrapped
/// with its continuation lines under the description column.
fn help_lines(app: &App, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let rows: Vec<(String, String)> = crate::tui::keys::Active::of(app)
        .help()
        .iter()
        .map(|(k, what)| {
            let k = ascii_safe(k, theme).replace('↓', "Down").replace('↑', "Up");
            (k, ascii_safe(what, theme))
        })
        .collect();
    // 19 columns for the keys; narrower, as many as the widest key needs.
    let key_w = if width >= 60 {
        19
    } else {
        rows.iter()
            .map(|(k, _)| k.chars().count() + 2)
            .max()
            .unwrap_or(0)
    };
    let room = usize::from(width).saturating_sub(key_w + 3).max(8);
    let indent = " ".repeat(key_w + 1);
    let mut lines = Vec::new();
    for (k, what) in &rows {
        let mut key = format!(" {k:<key_w$}");
        if k.chars().count() + 1 > key_w {
            // A key wider than its column: what it does starts on the next line.
            lines.push(Line::styled(std::mem::take(&mut key), theme.key()));
            key.clone_from(&indent);
        }
        for (i, part) in super::wrap_words(what, room).into_iter().enumerate() {
            let lead = if i == 0 {
                Span::styled(std::mem::take(&mut key), theme.key())
            } else {
                Span::raw(indent.clone())
            };
            lines.push(Line::from(vec![lead, Span::raw(part)]));
        }
    }
    lines
}

/// Where the F1 help stands in a box of `height` inner lines: how far it can scroll, and
/// how many of its lines show at once (one line less than the box when it scrolls: the
/// "more lines" line).
fn help_window(lines: usize, height: u16) -> (usize, usize) {
    let height = usize::from(height);
    if lines <= height {
        (0, lines)
    } else {
        let shown = height.saturating_sub(1).max(1);
        (lines - shown, shown)
    }
}

/// How far the F1 help can scroll and how many lines a page is, at the terminal's size
/// (`update` asks: the layout's own rule).
pub fn help_scroll_room(app: &App) -> (u16, u16) {
    let theme = Theme::new(Palette::Mono, Charset::Ascii);
    // The key bar (1) is below the box.
    let area = Rect::new(0, 0, app.viewport.0, app.viewport.1.saturating_sub(1));
    let width = centered(area, 60, 0).width;
    let lines = help_lines(app, &theme, width).len();
    let rect = keys_rect(area, lines);
    let (most, shown) = help_window(lines, rect.height.saturating_sub(2));
    (
        u16::try_from(most).unwrap_or(u16::MAX),
        u16::try_from(shown).unwrap_or(u16::MAX),
    )
}

pub fn keys(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = centered(area, 60, 0).width;
    let mut lines = help_lines(app, theme, width);
    let rect = keys_rect(area, lines.len());
    let (most, shown) = help_window(lines.len(), rect.height.saturating_sub(2));
    if most > 0 {
        let top = usize::from(app.help_scroll).min(most);
        let below = most - top;
        lines = lines.into_iter().skip(top).take(shown).collect();
        let more = if top == 0 {
            t!(wizard_keys_more_below, count = below)
        } else if below == 0 {
            t!(wizard_keys_more_above, count = top)
        } else {
            t!(wizard_keys_more_both, above = top, below = below)
        };
        let more = if theme.charset == Charset::Ascii {
            more.replace('↓', "v").replace('↑', "^")
        } else {
            more
        };
        lines.push(Line::styled(
            format!(" {}", ascii_safe(&more, theme)),
            theme.key(),
        ));
    }
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_set(theme.sym.border)
        .border_style(theme.title())
        .title(Line::styled(
            format!(" {} ", t!(wizard_keys_overlay_title)),
            theme.title(),
        ));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

pub fn confirm_quit(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rect = centered(area, 44, 5);
    frame.render_widget(Clear, rect);
    let (y, n, esc) = (key_arg("y"), key_arg("n"), key_arg("Esc"));
    let (title, question, keys) = if app.from_home {
        (
            t!(wizard_keys_discard_title),
            t!(wizard_keys_discard_question),
            t!(wizard_keys_discard_keys, y = y, n = n, esc = esc),
        )
    } else {
        (
            t!(wizard_keys_quit_title),
            t!(wizard_keys_quit_question),
            t!(wizard_keys_quit_keys, y = y, n = n, esc = esc),
        )
    };
    let block = Block::bordered()
        .border_set(theme.sym.border)
        .border_style(theme.warn())
        .title(Line::styled(format!(" {title} "), theme.warn()));
    let text = vec![Line::raw(question), Line::from(keyed(&keys, theme))];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}
