//! `update`: the only place the wizard's state changes. Pure: it returns the effects for
//! the runtime to execute and never touches the terminal, the network or the disk.

pub(super) mod checks;
mod form;
pub mod home;
mod review;
mod revoke;
#[cfg(test)]
pub(super) mod tests;
mod trust;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::model::Ending;
use super::model::{App, FieldId, Mode, Overlay, SaveState, Screen};
use super::msg::{Effect, Msg, SAVE_GRACE};

/// Applies one message; returns what the runtime must do next.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
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
        Msg::Stored(result) => home::stored(app, result),
        Msg::Revoked(report) => revoke::revoked(app, report),
        Msg::Check { generation, update } => checks::apply(app, generation, &update),
        Msg::ChecksDone { generation } => checks::done(app, generation),
        Msg::DebounceElapsed { generation } => {
            if generation == app.live.generation && app.live.due {
                checks::start(app)
            } else {
                Vec::new()
            }
        }
        Msg::Tick => {
            app.spinner = app.spinner.wrapping_add(1);
            Vec::new()
        }
        Msg::KeyringProbed(state) => {
            app.keyring = state;
            Vec::new()
        }
        Msg::KeyringWaiting(text) => {
            app.notice = Some(text);
            Vec::new()
        }
        Msg::Saved(result) => review::saved(app, result),
        Msg::SaveDeadline => {
            if app.quit_after_save && app.save == SaveState::Saving {
                app.exit = Some(Ending::Interrupted);
                app.exit_note = Some(
                    "interrupted: the save did not end within 5 s; it completes or rolls back \
                     on its own. Run `chatwoot-link list` to see whether the profile exists."
                        .to_owned(),
                );
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
    if let (Mode::Edit { name, expected }, true) = (&app.mode, app.token_loading) {
        effects.push(Effect::ReadToken {
            name: name.clone(),
            record: expected.clone(),
        });
        return effects;
    }
    if app.screen == Screen::Form && app.anything_typed() {
        for f in FieldId::ALL {
            checks::local(app, f);
        }
        app.live.generation += 1;
        effects.extend(checks::start(app));
    }
    effects
}

/// Fills the form (the demo values); the checks start in [`init`].
pub fn prefill(app: &mut App, url: &str, email: &str, token: &str, account_id: &str) {
    app.fields.set(FieldId::Url, url);
    app.fields.set(FieldId::Email, email);
    app.fields.set(FieldId::Token, token);
    app.fields.set(FieldId::AccountId, account_id);
}

pub(super) fn is_ctrl(key: &KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if is_ctrl(&key, 'c') {
        return interrupt(app);
    }
    if is_ctrl(&key, 'z') {
        return vec![Effect::Suspend];
    }
    if app.too_small() {
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Keys) => {
            if matches!(
                key.code,
                KeyCode::Esc | KeyCode::F(1) | KeyCode::Enter | KeyCode::Char('?' | 'q')
            ) {
                app.overlay = None;
            }
            return Vec::new();
        }
        Some(Overlay::TrustCert) => return trust::key(app, key),
        Some(Overlay::ConfirmQuit) => {
            match key.code {
                KeyCode::Char('y' | 'Y') if app.from_home => return home::go_home(app),
                KeyCode::Char('y' | 'Y') => cancel(app),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => app.overlay = None,
                _ => {}
            }
            return Vec::new();
        }
        None => {}
    }
    if key.code == KeyCode::F(1) {
        app.overlay = Some(Overlay::Keys);
        return Vec::new();
    }
    app.notice = None;
    match app.screen {
        Screen::Home => home::key(app, key),
        Screen::Form => form::key(app, key),
        Screen::Review => review::review_key(app, key),
        Screen::Done => review::done_key(app, key),
        Screen::Revoke => revoke::key(app, key),
    }
}

/// Ctrl-C or SIGTERM: exit 130 saving nothing; a save in progress first gets 5 s to end.
fn interrupt(app: &mut App) -> Vec<Effect> {
    match (app.screen, &app.save) {
        // Nothing is in progress on these: Ctrl-C is a plain quit.
        (Screen::Done | Screen::Home, _) => {
            app.exit = Some(Ending::Finished);
            Vec::new()
        }
        (Screen::Revoke, _) => {
            app.exit = Some(Ending::Interrupted);
            app.exit_note = Some(match &app.revoke {
                Some(super::model::Revoke::Running { name, .. }) => format!(
                    "interrupted while revoking {name}: it completes on its own or not at \
                     all; run `chatwoot-link list` to see whether it is still linked"
                ),
                Some(super::model::Revoke::Done(_)) => return quit_ok(app),
                _ => "cancelled: nothing was revoked".to_owned(),
            });
            Vec::new()
        }
        (_, SaveState::Saving) => {
            if app.quit_after_save {
                return Vec::new();
            }
            app.quit_after_save = true;
            app.notice = Some("Finishing the save before quitting (at most 5 s)…".to_owned());
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
        "cancelled: the form in progress was not saved (earlier changes stay)".to_owned()
    } else {
        "cancelled: nothing was saved".to_owned()
    });
}
