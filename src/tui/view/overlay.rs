//! Boxes over the screen: every key (F1), and "quit without saving?".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::form::ascii_safe;
use crate::tui::model::App;
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

pub fn keys(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rows = crate::tui::keys::Active::of(app).help();
    let lines: Vec<Line> = rows
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
