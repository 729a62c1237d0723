//! The account's WhatsApp inboxes: one symbol each on the Inboxes row, and the picker in
//! the panel below the fields (the selected inbox's worst problem above the rows).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use super::{clean, fit, wrap_words};
use crate::checks::{InboxReadiness, Status};
use crate::i18n::t;
use crate::tui::model::{App, inbox_status};
use crate::tui::theme::Theme;

fn symbol(theme: &Theme, inbox: &InboxReadiness) -> (&'static str, Style) {
    match inbox_status(inbox) {
        Status::Fail => (theme.sym.fail, theme.fail()),
        Status::Ok => (theme.sym.ok, theme.ok()),
        _ => (theme.sym.warn, theme.warn()),
    }
}

/// One symbol per WhatsApp inbox at (x, y), then a space; the columns used (0: none known).
pub fn draw_symbols(app: &App, theme: &Theme, frame: &mut Frame, x: u16, y: u16) -> u16 {
    let inboxes = app.form.whatsapp_inboxes();
    if inboxes.is_empty() {
        return 0;
    }
    let buf = frame.buffer_mut();
    let mut at = x;
    for inbox in inboxes.iter().take(8) {
        let (sym, style) = symbol(theme, inbox);
        buf.set_string(at, y, sym, style);
        // ASCII symbols are words ("ok"): a space keeps them apart.
        at += u16::try_from(sym.chars().count()).unwrap_or(1) + u16::from(sym.len() > 3);
    }
    at - x + 1
}

/// The picker: each WhatsApp inbox with its readiness and whether it is chosen.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::TOP)
        .border_set(theme.sym.border)
        .border_style(theme.border())
        .title(Line::styled(
            format!(" {} ", t!(wizard_form_inboxes_picker_title)),
            theme.title(),
        ));
    let mut inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = app.form.whatsapp_inboxes();
    let selected = app
        .form
        .inbox_list
        .map_or(0, |l| l.selected)
        .min(rows.len().saturating_sub(1));
    // The selected inbox's worst problem, whole (its row cuts it), else what Space does.
    let (note, style) = match rows.get(selected).and_then(worst) {
        Some((message, fails)) => (
            super::form::ascii_safe(&clean(&message), theme),
            if fails { theme.fail() } else { theme.warn() },
        ),
        None => (t!(wizard_form_inboxes_picker_hint), theme.dim()),
    };
    // The note shares the panel with the rows: at least half of it (or all rows) is theirs.
    let height = usize::from(inner.height);
    let keep = rows.len().min((height / 2).max(1));
    let width = usize::from(inner.width.saturating_sub(1));
    for line in wrap_words(&note, width) {
        if usize::from(inner.height) <= keep {
            break;
        }
        frame
            .buffer_mut()
            .set_string(inner.x + 1, inner.y, fit(&line, width, theme), style);
        inner.y += 1;
        inner.height -= 1;
    }
    let buf = frame.buffer_mut();
    let height = usize::from(inner.height);
    let first = selected.saturating_sub(height.saturating_sub(1));
    for (i, inbox) in rows.iter().enumerate().skip(first).take(height) {
        let y = inner.y + u16::try_from(i - first).unwrap_or(0);
        let mark = if app.form.is_chosen(inbox.id) {
            "[x]"
        } else {
            "[ ]"
        };
        let (sym, sym_style) = symbol(theme, inbox);
        let line = format!(
            "{mark} {:>5}  {:<24} {:<16} {}",
            inbox.id,
            fit(&clean(&inbox.name), 24, theme),
            clean(inbox.phone_number.as_deref().unwrap_or("")),
            clean(&inbox.channel),
        );
        let style = if i == selected {
            theme.selected()
        } else {
            theme.base()
        };
        let marker = if i == selected { theme.sym.focus } else { " " };
        buf.set_string(inner.x, y, marker, style);
        buf.set_string(inner.x + 1, y, sym, sym_style);
        buf.set_string(
            inner.x + 4,
            y,
            fit(&line, inner.width.saturating_sub(4).into(), theme),
            style,
        );
    }
}

/// The inbox's worst problem: failing ones first.
fn worst(inbox: &InboxReadiness) -> Option<(String, bool)> {
    inbox
        .problems
        .iter()
        .min_by_key(|p| !p.fails)
        .map(|p| (p.message.to_string(), p.fails))
}

/// The review's line of chosen inboxes, one readiness symbol each ("none chosen" when the
/// account has WhatsApp inboxes and none was chosen); `None` when there is nothing to say.
pub fn chosen_text(app: &App, theme: &Theme) -> Option<String> {
    let chosen = app.form.chosen_inboxes();
    let inboxes = app.form.whatsapp_inboxes();
    if chosen.is_empty() {
        return (!inboxes.is_empty()).then(|| t!(wizard_review_chosen_none));
    }
    let names: Vec<String> = chosen
        .iter()
        .map(|id| match inboxes.iter().find(|i| i.id == *id) {
            Some(i) => format!("{} {} ({id})", symbol(theme, i).0, clean(&i.name)),
            None => t!(wizard_review_chosen_unknown, id = id.to_string()),
        })
        .collect();
    Some(names.join(", "))
}
