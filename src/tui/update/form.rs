//! Keys and pastes on the form.

use crossterm::event::{Event, KeyCode, KeyEvent};
use secrecy::zeroize::Zeroizing;
use tui_input::InputRequest;

use super::checks::{self, account_id};
use super::is_ctrl;
use crate::checks::{CheckId, Code};
use crate::tui::model::{AccountList, App, CheckState, FieldId, Overlay, Source};
use crate::tui::msg::Effect;
use crate::tui::text;

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let list_open = app.list.is_some();
    match key.code {
        KeyCode::Up if list_open => move_in_list(app, -1),
        KeyCode::Down if list_open => move_in_list(app, 1),
        KeyCode::Enter if list_open => pick(app),
        KeyCode::Enter if app.focus.is_last() => request_review(app),
        KeyCode::Tab | KeyCode::Down | KeyCode::Enter => focus(app, app.focus.next()),
        KeyCode::BackTab | KeyCode::Up => focus(app, app.focus.prev()),
        KeyCode::Esc if list_open => {
            app.list = None;
            Vec::new()
        }
        KeyCode::Esc if app.from_home => {
            if app.changed_since_loaded() {
                app.overlay = Some(Overlay::ConfirmQuit);
                Vec::new()
            } else {
                super::home::go_home(app)
            }
        }
        KeyCode::Esc => {
            if app.anything_typed() {
                app.overlay = Some(Overlay::ConfirmQuit);
            } else {
                super::cancel(app);
            }
            Vec::new()
        }
        KeyCode::F(2) => toggle_reveal(app),
        _ if is_ctrl(&key, 'r') => toggle_reveal(app),
        _ if is_ctrl(&key, 't') => fix_https(app),
        _ if is_ctrl(&key, 'o') => allow_http(app),
        _ if is_ctrl(&key, 'g') => super::trust::open(app),
        _ => match tui_input::backend::crossterm::to_input_request(&Event::Key(key)) {
            Some(req) => edit(app, req),
            None => Vec::new(),
        },
    }
}

/// A bracketed paste: newlines and control characters dropped, inserted at the cursor.
pub fn paste(app: &mut App, pasted: &str) -> Vec<Effect> {
    if app.screen != crate::tui::model::Screen::Form || app.overlay.is_some() {
        return Vec::new();
    }
    // It may be the token: no copy of it outlives this call unzeroed.
    let clean = Zeroizing::new(text::strip_control(pasted));
    let clean = clean.trim();
    if clean.is_empty() {
        return Vec::new();
    }
    for c in clean.chars() {
        app.fields.handle(app.focus, InputRequest::InsertChar(c));
    }
    changed(app, app.focus)
}

fn edit(app: &mut App, req: InputRequest) -> Vec<Effect> {
    if app.fields.handle(app.focus, req) {
        changed(app, app.focus)
    } else {
        Vec::new()
    }
}

/// A field's value changed through the user.
fn changed(app: &mut App, field: FieldId) -> Vec<Effect> {
    let mut effects = Vec::new();
    match field {
        FieldId::Name => app.name_source = Source::Typed,
        FieldId::AccountId => {
            app.account_source = Source::Typed;
            if !app.report.accounts.is_empty() {
                app.list = Some(AccountList {
                    selected: 0,
                    filtering: true,
                });
            }
        }
        FieldId::Url => {
            // A pasted dashboard URL carries the Account ID: fill it unless the user typed one.
            let typed = app.fields.get(FieldId::AccountId).trim().to_owned();
            if let Some(id) = text::account_id_in_url(app.fields.get(FieldId::Url))
                && (typed.is_empty() || app.account_source == Source::Derived)
                && typed != id
            {
                app.fields.set(FieldId::AccountId, id);
                app.account_source = Source::Derived;
                effects.extend(checks::edited(app, FieldId::AccountId));
            }
        }
        FieldId::Email | FieldId::Token => {}
    }
    effects.extend(checks::edited(app, field));
    // One debounce timer is enough: the newest generation covers every edit.
    if effects.len() > 1 {
        effects.drain(..effects.len() - 1);
    }
    effects
}

/// Moves the focus; leaving a field masks the token and starts the due live checks.
pub fn focus(app: &mut App, to: FieldId) -> Vec<Effect> {
    let from = app.focus;
    if from == FieldId::Token && to != FieldId::Token {
        app.revealed = false;
    }
    app.list = None;
    app.focus = to;
    if to == FieldId::AccountId && !app.report.accounts.is_empty() {
        app.list = Some(list_on_current(app));
    }
    if from != to && app.live.due {
        checks::start(app)
    } else {
        Vec::new()
    }
}

/// The list as the field is entered: every account, the current one selected.
pub fn list_on_current(app: &App) -> AccountList {
    let current = account_id(app.fields.get(FieldId::AccountId));
    let selected = app
        .report
        .accounts
        .iter()
        .position(|a| Some(a.id) == current)
        .unwrap_or(0);
    AccountList {
        selected,
        filtering: false,
    }
}

fn move_in_list(app: &mut App, by: isize) -> Vec<Effect> {
    let rows = app.filtered_accounts().len();
    if let Some(list) = &mut app.list
        && rows > 0
    {
        list.selected = list.selected.saturating_add_signed(by).min(rows - 1);
    }
    Vec::new()
}

/// Enter in the account list: the selected account's id becomes the value, and the focus
/// moves on as Enter does everywhere in the form.
fn pick(app: &mut App) -> Vec<Effect> {
    let selected = app.list.map_or(0, |l| l.selected);
    let picked = app.filtered_accounts().get(selected).map(|a| a.id);
    app.list = None;
    let Some(id) = picked else {
        return Vec::new();
    };
    let mut effects = Vec::new();
    if account_id(app.fields.get(FieldId::AccountId)) != Some(id) {
        app.account_source = Source::Typed;
        app.fields.set(FieldId::AccountId, id.to_string());
        effects.extend(checks::edited(app, FieldId::AccountId));
        checks::fill_name(app);
    }
    // Leaving the field starts the due checks at once.
    effects.extend(focus(app, app.focus.next()));
    effects
}

/// Enter on the last field: the review if every check passed; wait if checks run.
fn request_review(app: &mut App) -> Vec<Effect> {
    // A given value that has no result yet (its run was cut short) is checked now too.
    let unchecked = FieldId::ALL.iter().any(|&f| {
        f.check()
            .is_some_and(|id| *app.check(id) == CheckState::NotChecked)
            && !app.fields.get(f).trim().is_empty()
    });
    let effects = if app.live.due || (unchecked && !app.live.running) {
        checks::start(app)
    } else {
        Vec::new()
    };
    if app.live.running && !app.ready_for_review() {
        app.review_pending = true;
        app.notice = Some("waiting for checks…".to_owned());
    } else {
        checks::open_review_or_point(app);
    }
    effects
}

fn toggle_reveal(app: &mut App) -> Vec<Effect> {
    if app.focus == FieldId::Token {
        app.revealed = !app.revealed;
    } else {
        app.notice = Some("Ctrl-R shows the token while its field is focused.".to_owned());
    }
    Vec::new()
}

/// Ctrl-T after `redirect_https`: rewrite the URL to https and check again.
fn fix_https(app: &mut App) -> Vec<Effect> {
    match text::to_https(app.fields.get(FieldId::Url)) {
        Some(fixed) if url_failed_with(app, Code::RedirectHttps) => {
            app.fields.set(FieldId::Url, fixed);
            let mut effects = checks::edited(app, FieldId::Url);
            effects.extend(checks::start(app));
            effects
        }
        _ => Vec::new(),
    }
}

/// Ctrl-O after `insecure_http`: the user accepts plain http to this origin for this
/// profile (the help panel spells out the risk next to the key); the URL is checked again.
fn allow_http(app: &mut App) -> Vec<Effect> {
    match checks::origin(app.fields.get(FieldId::Url)) {
        Some(origin) if url_failed_with(app, Code::InsecureHttp) => {
            // One status line at 80 columns: the host is in the field above.
            app.notice = Some(
                "Plain http allowed for this profile: the token crosses the network in clear."
                    .to_owned(),
            );
            app.http_allowed = Some(origin);
            let mut effects = checks::edited(app, FieldId::Url);
            effects.extend(checks::start(app));
            effects
        }
        _ => Vec::new(),
    }
}

/// The URL's check ended with `code`: the one-key remedy for it is on offer.
fn url_failed_with(app: &App, code: Code) -> bool {
    matches!(app.check(CheckId::Url), CheckState::Done { code: c, .. } if *c == code)
}
