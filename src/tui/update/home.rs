//! The home screen (re-runs): keys, the profiles' live re-checks, the config reloaded
//! after every change, and the way into the form (add, edit) and back.

use crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;

mod sync;

pub use sync::{config_loaded, init, status, status_done, stored};

use super::checks;
use crate::checks::Status;
use crate::store::ProfileRecord;
use crate::tui::model::Ending;
use crate::tui::model::{
    App, CheckState, FieldId, Mode, Overlay, Revoke, RowState, SaveState, Screen, Source,
};
use crate::tui::msg::Effect;
use crate::tui::text::profile_name;

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if app.home.rename.is_some() {
        return rename_key(app, key);
    }
    if app.home.filtering {
        return filter_key(app, key);
    }
    let rows = app.home.visible().len();
    let page = app.home_rows_fit().max(1);
    let sel = app.home.selected;
    match key.code {
        KeyCode::Up => app.home.selected = sel.saturating_sub(1),
        KeyCode::Down => app.home.selected = (sel + 1).min(rows.saturating_sub(1)),
        KeyCode::PageUp => app.home.selected = sel.saturating_sub(page),
        KeyCode::PageDown => app.home.selected = (sel + page).min(rows.saturating_sub(1)),
        KeyCode::Home => app.home.selected = 0,
        KeyCode::End => app.home.selected = rows.saturating_sub(1),
        KeyCode::Char('a') => return start_add(app),
        KeyCode::Enter | KeyCode::Char('e') => return start_edit(app),
        KeyCode::Char('v') => return reverify(app),
        KeyCode::Char('d') => return set_default(app),
        KeyCode::Char('n') => {
            if let Some((name, _)) = app.home.selected() {
                app.home.rename = Some(Input::new(name.to_owned()));
            }
        }
        KeyCode::Char('r') => start_revoke(app),
        KeyCode::Char('/') => {
            if app.home.config.profiles.len() > app.home_rows_fit() {
                app.home.filter.get_or_insert_with(Input::default);
                app.home.filtering = true;
            } else {
                app.notice = Some("Every profile is in view: nothing to filter.".to_owned());
            }
        }
        KeyCode::Esc if app.home.filter.is_some() => {
            app.home.filter = None;
            app.home.clamp();
        }
        // A change being written (rename, default) ends first: the rename also relabels the
        // keyring entry, and quitting mid-way would leave the user unsure which name holds.
        KeyCode::Char('q') | KeyCode::Esc if app.home.busy => {
            app.notice = Some("Saving the change first: quit again in a moment.".to_owned());
        }
        // Esc quits although an arrow key's escape sequence split across reads arrives as
        // Esc, `[`, `B` (crossterm cannot wait for the rest): nothing on this screen is
        // unsaved, so that costs a restart, never data.
        KeyCode::Char('q') | KeyCode::Esc => app.exit = Some(Ending::Finished),
        KeyCode::Char('?') => app.overlay = Some(Overlay::Keys),
        _ => {}
    }
    Vec::new()
}

fn filter_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match key.code {
        KeyCode::Esc => {
            app.home.filter = None;
            app.home.filtering = false;
        }
        KeyCode::Enter | KeyCode::Down | KeyCode::Tab => app.home.filtering = false,
        _ => {
            if let (Some(f), Some(req)) = (&mut app.home.filter, to_input_request(&Event::Key(key)))
            {
                f.handle(req);
            }
            app.home.selected = 0;
        }
    }
    app.home.clamp();
    Vec::new()
}

fn rename_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match key.code {
        KeyCode::Esc => app.home.rename = None,
        KeyCode::Enter => {
            let typed = app.home.rename.as_ref().map(|i| i.value().to_owned());
            let old = app.home.selected().map(|(n, _)| n.to_owned());
            let (Some(typed), Some(old)) = (typed, old) else {
                app.home.rename = None;
                return Vec::new();
            };
            match profile_name(&typed) {
                Err(problem) => app.notice = Some(problem),
                Ok(new) if new == old => app.home.rename = None,
                Ok(new) if app.home.config.profiles.contains_key(&new) => {
                    app.notice = Some(format!(
                        "a profile named {new} exists already: pick another name"
                    ));
                }
                Ok(new) => {
                    app.home.rename = None;
                    app.home.busy = true;
                    app.home.select = Some(new.clone());
                    return vec![Effect::Rename { old, new }];
                }
            }
        }
        _ => {
            if let (Some(input), Some(req)) =
                (&mut app.home.rename, to_input_request(&Event::Key(key)))
            {
                input.handle(req);
            }
        }
    }
    Vec::new()
}

/// `v`: forget what the cache knows of this profile's server and check it again.
fn reverify(app: &mut App) -> Vec<Effect> {
    let Some((name, record)) = app.home.selected().map(|(n, r)| (n.to_owned(), r.clone())) else {
        return Vec::new();
    };
    app.home.states.insert(record.id, RowState::Checking);
    vec![Effect::Reverify {
        name,
        record: Box::new(record),
    }]
}

fn set_default(app: &mut App) -> Vec<Effect> {
    let Some(name) = app.home.selected().map(|(n, _)| n.to_owned()) else {
        return Vec::new();
    };
    if app.home.config.default.as_deref() == Some(name.as_str()) {
        app.notice = Some(format!("{name} is the default profile already."));
        return Vec::new();
    }
    app.home.busy = true;
    vec![Effect::SetDefault(name)]
}

fn start_revoke(app: &mut App) {
    let Some((name, record)) = app.home.selected().map(|(n, r)| (n.to_owned(), r.clone())) else {
        return;
    };
    let others = app
        .home
        .config
        .sharing_user(&name)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| *n != name)
        .collect();
    app.revoke = Some(Revoke::Confirm {
        name,
        record: Box::new(record),
        others,
        rotate: false,
    });
    app.screen = Screen::Revoke;
}

/// Clears the form for a new run of it (add or edit).
fn reset_form(app: &mut App) {
    let fresh = App::new(app.ctx.clone());
    app.fields = fresh.fields;
    app.focus = FieldId::Url;
    app.revealed = false;
    app.http_allowed = None;
    app.presented_cert = None;
    app.trusted_cert = None;
    app.name_source = Source::Derived;
    app.account_source = Source::Typed;
    app.checks = fresh.checks;
    app.report = fresh.report;
    // The generation only grows: results of an earlier form's run stay stale.
    app.live.due = false;
    app.live.running = false;
    app.live.generation += 1;
    app.list = None;
    app.review_pending = false;
    app.save = SaveState::Idle;
    app.saved = None;
    app.stored_token = None;
    app.token_loading = false;
    app.original = None;
    app.token_store = fresh.token_store;
}

/// `a`: the empty form (the demo's values in the demo).
fn start_add(app: &mut App) -> Vec<Effect> {
    reset_form(app);
    app.mode = Mode::Add;
    app.screen = Screen::Form;
    if let Some([url, email, token, account]) = app.ctx.demo_values.clone() {
        super::prefill(app, &url, &email, &token, &account);
        for f in FieldId::ALL {
            checks::local(app, f);
        }
        return checks::start(app);
    }
    Vec::new()
}

/// Enter or `e`: the form pre-filled with the selected profile; the stored token is read
/// off the UI thread, then everything is checked again.
pub fn start_edit(app: &mut App) -> Vec<Effect> {
    let Some((name, record)) = app.home.selected().map(|(n, r)| (n.to_owned(), r.clone())) else {
        return Vec::new();
    };
    edit_profile(app, name, record)
}

/// The form on profile `name` (also `chatwoot-link edit NAME`).
pub fn edit_profile(app: &mut App, name: String, record: ProfileRecord) -> Vec<Effect> {
    reset_form(app);
    let d = &record.data;
    app.fields.set(FieldId::Url, d.url.clone());
    app.fields.set(FieldId::Email, d.email.clone());
    app.fields.set(FieldId::AccountId, d.account_id.to_string());
    app.fields.set(FieldId::Name, name.clone());
    app.name_source = Source::Typed;
    // Plain http to a remote host was accepted when this profile was saved (`status`
    // re-checks it the same way); a different URL needs the consent again.
    if d.url.starts_with("http://") {
        app.http_allowed = Some(d.url.clone());
    }
    app.original = Some(std::array::from_fn(|i| {
        app.fields.get(FieldId::ALL[i]).to_owned()
    }));
    app.token_store = match record.token_store {
        crate::store::TokenStoreKind::Keyring => crate::tui::model::TokenStore::Keyring,
        crate::store::TokenStoreKind::File => crate::tui::model::TokenStore::File,
    };
    app.mode = Mode::Edit {
        name: name.clone(),
        expected: Box::new(record.clone()),
    };
    app.screen = Screen::Form;
    app.token_loading = true;
    for f in FieldId::ALL {
        checks::local(app, f);
    }
    vec![Effect::ReadToken {
        name,
        record: Box::new(record),
    }]
}

/// The stored token arrived (edit): check everything with it.
pub fn token_read(app: &mut App, result: Result<crate::secret::Token, String>) -> Vec<Effect> {
    if !app.token_loading {
        return Vec::new(); // the form was left meanwhile
    }
    app.token_loading = false;
    match result {
        Ok(token) => {
            app.stored_token = Some(token);
            app.live.generation += 1;
            checks::start(app)
        }
        Err(e) => {
            *app.check_mut(crate::checks::CheckId::Token) = CheckState::Done {
                status: Status::Fail,
                code: crate::checks::Code::NotChecked,
                message: format!(
                    "cannot read the stored token ({e}): type the token to replace it"
                ),
            };
            Vec::new()
        }
    }
}

/// Back to the home screen after the form, a save or a revoke; the config is read again.
pub fn go_home(app: &mut App) -> Vec<Effect> {
    // The profile just saved is selected when the list comes back.
    if let Some(saved) = &app.saved {
        app.home.select = Some(saved.name.clone());
    }
    reset_form(app);
    app.mode = Mode::Add;
    app.revoke = None;
    app.overlay = None;
    app.screen = Screen::Home;
    vec![Effect::LoadConfig]
}

/// A paste into the filter or the new name (control characters dropped).
pub fn paste(app: &mut App, pasted: &str) -> Vec<Effect> {
    if app.overlay.is_some() {
        return Vec::new();
    }
    let clean = crate::tui::text::strip_control(pasted);
    let input = if let Some(rename) = &mut app.home.rename {
        rename
    } else if app.home.filtering
        && let Some(filter) = &mut app.home.filter
    {
        app.home.selected = 0;
        filter
    } else {
        return Vec::new();
    };
    for c in clean.trim().chars() {
        input.handle(tui_input::InputRequest::InsertChar(c));
    }
    app.home.clamp();
    Vec::new()
}
