//! The home screen (re-runs): keys, the profiles' live re-checks, the config reloaded
//! after every change, and the way into the form (add, edit) and back.

use crate::i18n::t;
use crossterm::event::{Event, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;

mod sync;

pub use sync::{config_loaded, init, status, status_done, stored};

use super::checks;
use crate::checks::Status;
use crate::store::ProfileRecord;
use crate::tui::keys::{self, Home};
use crate::tui::model::{
    App, CheckState, Ending, FieldId, Form, HomeInput, RowState, Screen, Unlink,
};
use crate::tui::msg::{Change, Effect, Failure};
use crate::tui::text::profile_name;

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match app.home.input {
        HomeInput::Rename(_) => return rename_key(app, key),
        HomeInput::Filter => return filter_key(app, key),
        HomeInput::Browse => {}
    }
    let Some(action) = keys::action(keys::HOME, &key) else {
        return Vec::new();
    };
    let rows = app.home.visible().len();
    let page = app.home_rows_fit().max(1);
    let sel = app.home.selected;
    let last = rows.saturating_sub(1);
    match action {
        Home::Up => app.home.selected = sel.saturating_sub(1),
        Home::Down => app.home.selected = (sel + 1).min(last),
        Home::PageUp => app.home.selected = sel.saturating_sub(page),
        Home::PageDown => app.home.selected = (sel + page).min(last),
        Home::First => app.home.selected = 0,
        Home::Last => app.home.selected = last,
        Home::Add => return start_add(app),
        Home::Edit => return start_edit(app),
        Home::Verify => return reverify(app),
        Home::VerifyAll => return reverify_all(app),
        Home::Default => return set_default(app),
        Home::Rename => {
            if let Some((name, _)) = app.home.selected() {
                app.home.input = HomeInput::Rename(Input::new(name.to_owned()));
            }
        }
        Home::Unlink => start_unlink(app),
        Home::CopyEnv => return copy_env(app),
        Home::Open => {
            if let Some((_, r)) = app.home.selected() {
                let (url, id) = (r.data.url.clone(), r.data.account_id);
                return super::browser::open_token_page(app, &url, Some(id));
            }
        }
        Home::Filter => {
            app.home.filter.get_or_insert_with(Input::default);
            app.home.input = HomeInput::Filter;
        }
        Home::Back if app.home.filter.is_some() => {
            app.home.filter = None;
            app.home.clamp();
        }
        // A change being written (rename, default) ends first: the rename also relabels the
        // keyring entry, and quitting mid-way would leave the user unsure which name holds.
        Home::Quit | Home::Back if app.home.busy => {
            app.notice = Some(t!(wizard_home_quit_busy));
        }
        // Esc quits although an arrow key's escape sequence split across reads arrives as
        // Esc, `[`, `B` (crossterm cannot wait for the rest): nothing on this screen is
        // unsaved, so that costs a restart, never data.
        Home::Quit | Home::Back => app.exit = Some(Ending::Finished),
        Home::Help => app.open_keys(),
    }
    Vec::new()
}

/// The selected profile's variables as `env` prints them (never the token), through the
/// same OSC 52 effect as the done screen's copies.
fn copy_env(app: &mut App) -> Vec<Effect> {
    let Some((name, record)) = app.home.selected() else {
        return Vec::new();
    };
    let vars = crate::link::env_vars(record);
    let text = crate::link::export_lines(&vars);
    app.notice = Some(t!(wizard_home_copied_env, name = name, count = vars.len()));
    vec![Effect::Copy(text)]
}

fn filter_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match keys::action(keys::FILTER, &key) {
        Some(keys::Filter::Clear) => {
            app.home.filter = None;
            app.home.input = HomeInput::Browse;
        }
        Some(keys::Filter::Done) => app.home.input = HomeInput::Browse,
        Some(keys::Filter::Help) => app.open_keys(),
        None => {
            // Only a key that edits the filter starts the list over at the top.
            if let (Some(f), Some(req)) = (&mut app.home.filter, to_input_request(&Event::Key(key)))
                && f.handle(req).is_some_and(|c| c.value)
            {
                app.home.selected = 0;
            }
        }
    }
    app.home.clamp();
    Vec::new()
}

fn rename_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match keys::action(keys::RENAME, &key) {
        Some(keys::Rename::Cancel) => app.home.input = HomeInput::Browse,
        Some(keys::Rename::Help) => app.open_keys(),
        Some(keys::Rename::Confirm) => {
            let typed = match &app.home.input {
                HomeInput::Rename(i) => Some(i.value().to_owned()),
                _ => None,
            };
            let old = app.home.selected().map(|(n, _)| n.to_owned());
            let (Some(typed), Some(old)) = (typed, old) else {
                app.home.input = HomeInput::Browse;
                return Vec::new();
            };
            match profile_name(&typed) {
                Err(problem) => app.notice = Some(problem),
                Ok(new) if new == old => app.home.input = HomeInput::Browse,
                Ok(new) if app.home.config.profiles.contains_key(&new) => {
                    app.notice = Some(t!(wizard_home_name_taken, name = new));
                }
                Ok(new) => {
                    app.home.input = HomeInput::Browse;
                    app.home.busy = true;
                    app.home.select = Some(new.clone());
                    return vec![Effect::Store(Change::Rename { old, new })];
                }
            }
        }
        None => {
            if let (HomeInput::Rename(input), Some(req)) =
                (&mut app.home.input, to_input_request(&Event::Key(key)))
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

/// `V`: every profile checked again with fresh requests (their servers' cached answers
/// forgotten), as one shared run.
fn reverify_all(app: &mut App) -> Vec<Effect> {
    sync::check_all(app, Effect::ReverifyAll)
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
    vec![Effect::Store(Change::Default(name))]
}

fn start_unlink(app: &mut App) {
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
    app.screen = Screen::Unlink(Unlink::Confirm {
        name,
        record: Box::new(record),
        others,
        rotate: false,
    });
}

/// `a`: the empty form (the demo's values in the demo).
fn start_add(app: &mut App) -> Vec<Effect> {
    app.new_form();
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
    app.form = Form::edit(name.clone(), record.clone(), app.form.live.generation + 1);
    app.screen = Screen::Form;
    for f in FieldId::ALL {
        checks::local(app, f);
    }
    vec![Effect::ReadToken {
        name,
        record: Box::new(record),
    }]
}

/// The stored token arrived (edit): check everything with it.
pub fn token_read(app: &mut App, result: Result<crate::secret::Token, Failure>) -> Vec<Effect> {
    let Some(edit) = app.form.mode.edit_mut().filter(|e| e.token_loading) else {
        return Vec::new(); // the form was left meanwhile
    };
    edit.token_loading = false;
    match result {
        Ok(token) => {
            edit.stored_token = Some(token);
            app.form.live.generation += 1;
            checks::start(app)
        }
        Err(e) => {
            let missing = matches!(
                &*e,
                crate::link::LinkError::Store(crate::store::StoreError::SecretMissing { .. })
            );
            let message = if missing {
                // Re-entering it is the repair: the field is where the user goes next.
                app.form.focus = FieldId::Token;
                t!(wizard_home_token_missing)
            } else {
                t!(wizard_home_token_unreadable, error = e.to_string())
            };
            *app.form.check_mut(crate::checks::CheckId::Token) = CheckState::Done {
                status: Status::Fail,
                code: crate::checks::Code::NotChecked,
                message,
            };
            Vec::new()
        }
    }
}

/// Back to the home screen after the form, a save or an unlink; the config is read again.
pub fn go_home(app: &mut App) -> Vec<Effect> {
    // The profile just saved is selected when the list comes back.
    if let Screen::Done(saved) = &app.screen {
        app.home.select = Some(saved.name.clone());
    }
    app.new_form();
    app.overlay = None;
    app.screen = Screen::Home;
    vec![Effect::LoadConfig]
}

/// A paste into the filter or the new name (control characters dropped).
pub fn paste(app: &mut App, pasted: &str) -> Vec<Effect> {
    if app.overlay.is_some() {
        return Vec::new();
    }
    let clean = crate::sanitize::strip_unsafe(pasted);
    let input = if let HomeInput::Rename(rename) = &mut app.home.input {
        rename
    } else if matches!(app.home.input, HomeInput::Filter)
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
