//! Boxes over the screen: every key (F1), and "quit without saving?".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::form::ascii_safe;
use crate::tui::model::{App, Screen};
use crate::tui::theme::Theme;

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

const FORM_KEYS: &[(&str, &str)] = &[
    ("Tab / Shift-Tab", "next / previous field"),
    ("↓ / ↑", "next / previous field; list: move"),
    ("Enter", "next field; last field: review"),
    ("Ctrl-R, F2", "show or hide the token"),
    ("Ctrl-T", "switch the URL to https://"),
    ("Ctrl-O", "allow plain http (asks only for it)"),
    ("Ctrl-G", "trust the server's certificate (asks)"),
    ("Esc", "close the list, else quit (asks)"),
    ("Ctrl-C", "quit at once, saving nothing"),
    ("Ctrl-Z", "suspend (fg resumes)"),
    ("F1", "this list"),
];

const REVIEW_KEYS: &[(&str, &str)] = &[
    ("Enter", "save the profile"),
    ("f", "store the token in a file (no keyring)"),
    ("Esc", "back to the form"),
    ("Ctrl-C", "quit, saving nothing"),
    ("F1, ?", "this list"),
];

const DONE_KEYS: &[(&str, &str)] = &[
    ("Enter, q", "exit"),
    ("u", "copy the URL (OSC 52, works over SSH)"),
    ("i", "copy the Account ID"),
    ("F1, ?", "this list"),
];

const HOME_KEYS: &[(&str, &str)] = &[
    ("↓ / ↑", "next / previous profile"),
    ("PgDn PgUp Home End", "page, first, last"),
    ("a", "add a profile"),
    ("Enter, e", "edit the selected profile"),
    ("v", "check it live again"),
    ("d", "make it the default"),
    ("n", "rename it"),
    ("r", "revoke it (asks first)"),
    ("/", "filter (when the list is long)"),
    ("q, Esc", "quit"),
    ("F1, ?", "this list"),
];

const REVOKE_KEYS: &[(&str, &str)] = &[
    ("y, Enter", "revoke the profile"),
    ("t, Space", "also reset the token on the server"),
    ("n, Esc", "keep it, back to the profiles"),
    ("F1, ?", "this list"),
];

pub fn keys(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let keys = match app.screen {
        Screen::Home => HOME_KEYS,
        Screen::Form => FORM_KEYS,
        Screen::Review => REVIEW_KEYS,
        Screen::Done => DONE_KEYS,
        Screen::Revoke => REVOKE_KEYS,
    };
    let lines: Vec<Line> = keys
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(
                    format!(
                        " {:<19}",
                        ascii_safe(k, theme).replace('↓', "Down").replace('↑', "Up")
                    ),
                    theme.key(),
                ),
                Span::raw(ascii_safe(what, theme)),
            ])
        })
        .collect();
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centered(area, 60, height);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_set(theme.sym.border)
        .border_style(theme.title())
        .title(Line::styled(" Keys (Esc closes) ", theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

pub fn confirm_quit(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rect = centered(area, 44, 5);
    frame.render_widget(Clear, rect);
    let (title, question, yes) = if app.from_home {
        (
            " Discard? ",
            "Discard the changes, back to the profiles?",
            " discards, ",
        )
    } else {
        (" Quit? ", "Quit without saving anything?", " quits, ")
    };
    let block = Block::bordered()
        .border_set(theme.sym.border)
        .border_style(theme.warn())
        .title(Line::styled(title, theme.warn()));
    let text = vec![
        Line::raw(question),
        Line::from(vec![
            Span::styled("y", theme.key()),
            Span::raw(yes),
            Span::styled("n", theme.key()),
            Span::raw(" or "),
            Span::styled("Esc", theme.key()),
            Span::raw(" keeps editing."),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}
