//! The account list under the Account ID field (the token's accounts, those that cannot
//! be linked marked as such, Space's marks) and the two fields that stand aside while
//! several accounts are marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use super::{clean, fit, wrap_words};
use crate::checks::{CheckId, Code, Status};
use crate::i18n::t;
use crate::tui::model::{App, CheckState, FieldId};
use crate::tui::theme::Theme;

/// With several accounts marked, what the Account ID and name fields show instead of
/// their value: the marked IDs, and where the names come from.
pub fn several_field(app: &App, field: FieldId) -> Option<(String, CheckState)> {
    if !app.form.several() {
        return None;
    }
    let n = app.form.marked.len();
    match field {
        FieldId::AccountId => {
            let ids: Vec<String> = app.form.marked.iter().map(u64::to_string).collect();
            Some((
                ids.join(", "),
                CheckState::Done {
                    status: Status::Ok,
                    code: Code::Ok,
                    message: t!(wizard_form_several_marked, count = n),
                },
            ))
        }
        FieldId::Name => Some((
            t!(wizard_form_several_names),
            CheckState::Done {
                status: Status::Ok,
                code: Code::Ok,
                message: t!(wizard_form_several_rename),
            },
        )),
        _ => None,
    }
}

pub fn draw_accounts(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::TOP)
        .border_set(theme.sym.border)
        .border_style(theme.border())
        .title(Line::styled(title(app), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = app.form.filtered_accounts();
    let mut inner = inner;
    // Wrapped, not cut: the end of a failure says what to do. One row is kept for the list.
    let mut note = |text: String, style| {
        let width = usize::from(inner.width.saturating_sub(1));
        for line in wrap_words(&text, width) {
            if inner.height <= 1 {
                break;
            }
            frame
                .buffer_mut()
                .set_string(inner.x + 1, inner.y, fit(&line, width, theme), style);
            inner.y += 1;
            inner.height -= 1;
        }
    };
    // Why the typed ID failed stays in view above the choices.
    if let CheckState::Done { message, .. } = app.form.check(CheckId::Account)
        && app.form.check(CheckId::Account).failed()
    {
        note(
            super::form::ascii_safe(&clean(message), theme),
            theme.fail(),
        );
    }
    if app.form.account_unmatched() {
        let typed = app.form.fields.get(FieldId::AccountId).trim();
        note(
            t!(wizard_form_accounts_unmatched, typed = typed),
            theme.warn(),
        );
    }
    let marking = !app.form.marked.is_empty();
    let buf = frame.buffer_mut();
    let selected = app.form.list.map_or(0, |l| l.selected);
    let height = usize::from(inner.height);
    let first = selected.saturating_sub(height.saturating_sub(1));
    for (i, account) in rows.iter().enumerate().skip(first).take(height) {
        let y = inner.y + u16::try_from(i - first).unwrap_or(0);
        let usable = crate::tui::model::eligible(account);
        // With marks, a box per account that can be linked (the id column gives room).
        let id = match (marking, usable) {
            (false, _) => format!("{:>6}", account.id),
            (true, false) => format!("    {:>2}", account.id),
            (true, true) if app.form.marked.contains(&account.id) => {
                format!("[x]{:>3}", account.id)
            }
            (true, true) => format!("[ ]{:>3}", account.id),
        };
        let line = format!(
            "{id}  {:<28} {:<14} {}{}",
            fit(&clean(&account.name), 28, theme),
            clean(&account.role),
            clean(&account.status),
            // Marked, not hidden: the role and status beside it say why.
            if usable {
                String::new()
            } else {
                format!(" {}", theme.sym.fail)
            }
        );
        let style = match (i == selected, usable) {
            (true, _) => theme.selected(),
            (false, true) => theme.base(),
            (false, false) => theme.dim(),
        };
        let marker = if i == selected { theme.sym.focus } else { " " };
        buf.set_string(inner.x, y, marker, style);
        buf.set_string(
            inner.x + 1,
            y,
            fit(&line, inner.width.saturating_sub(1).into(), theme),
            style,
        );
    }
}

/// The list's title: how many are marked, once any is.
fn title(app: &App) -> String {
    match app.form.marked.len() {
        0 => format!(" {} ", t!(wizard_form_accounts_title)),
        n => format!(" {} ", t!(wizard_form_accounts_title_marked, count = n)),
    }
}
