//! Boxes over the screen: every key (F1), and "quit without saving?".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::form::ascii_safe;
use super::{key_arg, keyed};
use crate::i18n::t;
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
    let rows: Vec<(String, String)> = crate::tui::keys::Active::of(app)
        .help()
        .iter()
        .map(|(k, what)| {
            let k = ascii_safe(k, theme).replace('↓', "Down").replace('↑', "Up");
            (k, ascii_safe(what, theme))
        })
        .collect();
    let height = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centered(area, 60, height);
    // 19 columns for the keys; narrower, as many as the widest key needs, and a
    // description cut at the edge says so.
    let key_w = if rect.width >= 60 {
        19
    } else {
        rows.iter()
            .map(|(k, _)| k.chars().count() + 2)
            .max()
            .unwrap_or(0)
    };
    let room = usize::from(rect.width).saturating_sub(key_w + 3);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!(" {k:<key_w$}"), theme.key()),
                Span::raw(super::fit(what, room, theme)),
            ])
        })
        .collect();
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
