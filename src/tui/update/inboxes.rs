//! The inbox picker under the Inboxes row: Up/Down move, Space chooses or drops an inbox
//! for the integration, Enter/Tab go on to the profile name. A new choice re-runs the
//! checks after the typing pause (a chosen inbox that cannot work fails).

use super::form::focus;
use crate::tui::keys::Form;
use crate::tui::model::{App, CheckState, FieldId, InboxList};
use crate::tui::msg::{DEBOUNCE, Effect};

/// The picker is a stop between the Account ID and the name once the account's WhatsApp
/// inboxes are known.
pub fn has_stop(app: &App) -> bool {
    !app.form.whatsapp_inboxes().is_empty()
}

/// Moves the focus onto the Inboxes row (the Account ID keeps the field focus; its due
/// checks start as when it is left).
pub fn open(app: &mut App) -> Vec<Effect> {
    app.form.touched[FieldId::AccountId.index()] = true;
    app.form.list = None;
    app.form.focus = FieldId::AccountId;
    app.form.inbox_list = Some(InboxList::default());
    if app.form.live.due {
        super::checks::start(app)
    } else {
        Vec::new()
    }
}

/// A key while the picker is open; `None` when it is the form's ordinary business.
pub fn key(app: &mut App, action: Option<Form>) -> Option<Vec<Effect>> {
    app.form.inbox_list?;
    let rows = app.form.whatsapp_inboxes().len();
    if rows == 0 {
        // The inboxes went away (a re-run for other inputs): nothing to pick from.
        app.form.inbox_list = None;
        return None;
    }
    Some(match action {
        Some(Form::Up) => move_by(app, -1, rows),
        Some(Form::Down) => move_by(app, 1, rows),
        Some(Form::Mark) => toggle(app),
        Some(Form::Next | Form::Enter) => {
            app.form.inbox_list = None;
            focus(app, FieldId::Name)
        }
        Some(Form::Prev) => {
            app.form.inbox_list = None;
            focus(app, FieldId::AccountId)
        }
        Some(Form::Esc) => {
            app.form.inbox_list = None;
            Vec::new()
        }
        // Typing has no field here.
        None => Vec::new(),
        Some(_) => return None,
    })
}

fn move_by(app: &mut App, by: isize, rows: usize) -> Vec<Effect> {
    if let Some(list) = &mut app.form.inbox_list {
        list.selected = list.selected.saturating_add_signed(by).min(rows - 1);
    }
    Vec::new()
}

fn toggle(app: &mut App) -> Vec<Effect> {
    let selected = app.form.inbox_list.map_or(0, |l| l.selected);
    let Some(id) = app.form.whatsapp_inboxes().get(selected).map(|i| i.id) else {
        return Vec::new();
    };
    app.form.toggle_inbox(id);
    app.form.review_pending = false;
    // The run in flight had the old choice: it becomes stale, as after an edit.
    for c in &mut app.form.checks {
        if *c == CheckState::Checking {
            *c = CheckState::NotChecked;
        }
    }
    app.form.live.generation += 1;
    app.form.live.due = true;
    app.form.live.running = false;
    vec![Effect::Debounce {
        generation: app.form.live.generation,
        delay: DEBOUNCE,
    }]
}
