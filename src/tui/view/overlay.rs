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

pub fn keys(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let keys = match app.screen {
        Screen::Form => FORM_KEYS,
        Screen::Review => REVIEW_KEYS,
        Screen::Done => DONE_KEYS,
    };
    let lines: Vec<Line> = keys
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(
                    format!(
                        " {:<16}",
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
        .border_style(theme.title())
        .title(Line::styled(" Keys (Esc closes) ", theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

pub fn confirm_quit(theme: &Theme, frame: &mut Frame, area: Rect) {
    let rect = centered(area, 44, 5);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme.warn())
        .title(Line::styled(" Quit? ", theme.warn()));
    let text = vec![
        Line::raw("Quit without saving anything?"),
        Line::from(vec![
            Span::styled("y", theme.key()),
            Span::raw(" quits, "),
            Span::styled("n", theme.key()),
            Span::raw(" or "),
            Span::styled("Esc", theme.key()),
            Span::raw(" goes back."),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}
