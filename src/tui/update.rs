//! `update`: the only place the wizard's state changes. Pure: it returns the effects for
//! the runtime to execute and never touches the terminal, the network or the disk.

mod browser;
pub(super) mod checks;
mod form;
pub mod home;
mod inboxes;
mod multi;
mod review;
#[cfg(test)]
pub(super) mod tests;
mod trust;
mod unlink;

use crate::i18n::t;
use crossterm::event::{KeyEvent, KeyEventKind};

use super::keys;

use super::model::Ending;
use super::model::{App, FieldId, Overlay, SaveState, Screen, Unlink};
use super::msg::{Effect, Msg, SAVE_GRACE};

/// Applies one message; returns what the runtime must do next.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let effects = apply(app, msg);
    // A normal end leaves what this run changed in the scrollback (as `gh auth login`).
    if app.exit == Some(Ending::Finished) && app.exit_note.is_none() && !app.summary.is_empty() {
        app.exit_note = Some(app.summary.join("\n"));
    }
    effects
}

fn apply(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) if key.kind == KeyEventKind::Release => Vec::new(),
        Msg::Key(key) => on_key(app, key),
        Msg::Paste(_) if app.too_small() => Vec::new(),
        Msg::Paste(text) if app.screen == Screen::Home => home::paste(app, &text),
        Msg::Paste(text) => form::paste(app, &text),
        Msg::Resize(width, height) => {
            app.viewport = (width, height);
            Vec::new()
        }
        Msg::Resumed => Vec::new(),
        Msg::ConfigLoaded(result) => home::config_loaded(app, result),
        Msg::Status(result) => home::status(app, result),
        Msg::StatusDone {
            verified,
            at,
            error,
        } => home::status_done(app, &verified, at, error),
        Msg::TokenRead(result) => home::token_read(app, result),
        Msg::Stored { change, result } => home::stored(app, &change, result),
        Msg::UnlinkReport(report) => unlink::unlinked(app, report),
        Msg::BrowserFailed { url, error } => browser::failed(app, &url, &error),
        Msg::Check { generation, update } => checks::apply(app, generation, &update),
        Msg::ChecksDone { generation } => checks::done(app, generation),
        Msg::DebounceElapsed { generation } => {
            if generation == app.form.live.generation && app.form.live.due {
                checks::start(app)
            } else {
                Vec::new()
            }
        }
        Msg::Tick => {
            app.spinner = app.spinner.wrapping_add(1);
            if app.form.live.running {
                app.form.live.ticks = app.form.live.ticks.saturating_add(1);
            }
            Vec::new()
        }
        Msg::KeyringProbed(state) => {
            app.keyring = state;
            if app.screen == Screen::Review {
                review::offer_file_store(app);
            }
            Vec::new()
        }
        Msg::KeyringWaiting(text) => {
            app.notice = Some(text);
            Vec::new()
        }
        Msg::Saved(result) => review::saved(app, result),
        Msg::AccountChecked {
            generation,
            account_id,
            report,
        } => multi::account_checked(app, generation, account_id, *report),
        Msg::SavedMany(result) => multi::saved(app, result),
        Msg::SaveDeadline => {
            if app.quit_after_save && app.form.save == SaveState::Saving {
                app.exit = Some(Ending::Interrupted);
                app.exit_note = Some(t!(wizard_home_save_deadline));
            }
            Vec::new()
        }
        Msg::Terminate => {
            let effects = interrupt(app);
            // A signal is not the user's quit: the caller learns the wizard was stopped.
            if app.exit == Some(Ending::Finished) {
                app.exit = Some(Ending::Interrupted);
            }
            effects
        }
    }
}

/// The effects to run once the first frame is on screen: the keyring probe, and in the
/// demo (where every field is pre-filled) the live checks.
pub fn init(app: &mut App) -> Vec<Effect> {
    let mut effects = Vec::new();
    if !app.ctx.demo {
        effects.push(Effect::ProbeKeyring);
    }
    if app.from_home {
        effects.extend(home::init(app));
    }
    if let Some(edit) = app.form.mode.edit().filter(|e| e.token_loading) {
        effects.push(Effect::ReadToken {
            name: edit.name.clone(),
            record: Box::new(edit.expected.clone()),
        });
        return effects;
    }
    if app.screen == Screen::Form && app.form.anything_typed() {
        for f in FieldId::ALL {
            checks::local(app, f);
        }
        app.form.live.generation += 1;
        effects.extend(checks::start(app));
    }
    effects
}

/// Fills the form (the demo values); the checks start in [`init`].
pub fn prefill(app: &mut App, url: &str, email: &str, token: &str, account_id: &str) {
    app.form.fields.set(FieldId::Url, url);
    app.form.fields.set(FieldId::Email, email);
    app.form.fields.set(FieldId::Token, token);
    app.form.fields.set(FieldId::AccountId, account_id);
    for f in [
        FieldId::Url,
        FieldId::Email,
        FieldId::Token,
        FieldId::AccountId,
    ] {
        app.form.touched[f.index()] = true;
    }
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match keys::action(keys::GLOBAL, &key) {
        Some(keys::Global::Interrupt) => return interrupt(app),
        Some(keys::Global::Suspend) => return vec![Effect::Suspend],
        None => {}
    }
    if app.too_small() {
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Keys) => {
            help_key(app, &key);
            return Vec::new();
        }
        Some(Overlay::TrustCert) => return trust::key(app, &key),
        Some(Overlay::ConfirmQuit) => {
            match keys::action(keys::CONFIRM_QUIT, &key) {
                Some(keys::ConfirmQuit::Yes) if app.from_home => return home::go_home(app),
                Some(keys::ConfirmQuit::Yes) => cancel(app),
                Some(keys::ConfirmQuit::No) => app.overlay = None,
                None => {}
            }
            return Vec::new();
        }
        None => {}
    }
    app.notice = None;
    match app.screen {
        Screen::Home => home::key(app, key),
        Screen::Form => form::key(app, key),
        Screen::Review if app.form.multi.is_some() => multi::review_key(app, &key),
        Screen::Review => review::review_key(app, &key),
        Screen::Done(_) => review::done_key(app, &key),
        Screen::Unlink(_) => unlink::key(app, &key),
    }
}

/// A key in the F1 help: it closes, or scrolls it (never the screen below).
fn help_key(app: &mut App, key: &KeyEvent) {
    let Some(action) = keys::action(keys::KEYS, key) else {
        return;
    };
    let (most, page) = crate::tui::view::help_scroll_room(app);
    let at = app.help_scroll.min(most);
    app.help_scroll = match action {
        keys::Keys::Close => {
            app.overlay = None;
            0
        }
        keys::Keys::ScrollDown => at.saturating_add(1).min(most),
        keys::Keys::ScrollUp => at.saturating_sub(1),
        keys::Keys::PageDown => at.saturating_add(page.max(1)).min(most),
        keys::Keys::PageUp => at.saturating_sub(page.max(1)),
        keys::Keys::Top => 0,
        keys::Keys::Bottom => most,
    };
}

/// Ctrl-C or SIGTERM: exit 130 saving nothing; a save in progress first gets 5 s to end.
fn interrupt(app: &mut App) -> Vec<Effect> {
    match (&app.screen, &app.form.save) {
        // Nothing is in progress on these: Ctrl-C is a plain quit.
        (Screen::Done(_) | Screen::Home, _) => {
            app.exit = Some(Ending::Finished);
            Vec::new()
        }
        (Screen::Unlink(unlink), _) => {
            app.exit_note = Some(match unlink {
                Unlink::Running { name, .. } => {
                    t!(wizard_home_interrupted_unlink, name = name.as_str())
                }
                Unlink::Done(_) => return quit_ok(app),
                Unlink::Confirm { .. } => t!(wizard_home_cancelled_unlink),
            });
            app.exit = Some(Ending::Interrupted);
            Vec::new()
        }
        (_, SaveState::Saving) => {
            if app.quit_after_save {
                return Vec::new();
            }
            app.quit_after_save = true;
            app.notice = Some(t!(wizard_home_finishing_save));
            vec![Effect::SaveDeadline { delay: SAVE_GRACE }]
        }
        _ => {
            cancel(app);
            Vec::new()
        }
    }
}

fn quit_ok(app: &mut App) -> Vec<Effect> {
    app.exit = Some(Ending::Finished);
    app.exit_note = None;
    Vec::new()
}

/// Quit without saving (exit 130).
fn cancel(app: &mut App) {
    app.exit = Some(Ending::Interrupted);
    app.exit_note = Some(if app.from_home {
        t!(wizard_home_cancelled_form)
    } else {
        t!(wizard_home_cancelled)
    });
}
