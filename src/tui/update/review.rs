//! Keys on the review and done screens, and the save's outcome.

use crossterm::event::{KeyCode, KeyEvent};

use crate::checks::CheckId;
use crate::secret::Token;
use crate::tui::model::Ending;
use crate::tui::model::{
    App, FieldId, KeyringState, Mode, Overlay, SaveState, Saved, Screen, TokenStore,
};
use crate::tui::msg::{Effect, ReplaceRequest, SaveError, SaveRequest};

pub fn review_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if app.save == SaveState::Saving {
        return Vec::new();
    }
    match key.code {
        KeyCode::Enter => {
            let keyring_down = match (&app.keyring, &app.save) {
                (_, SaveState::NeedsConsent { .. }) => None,
                (KeyringState::Unavailable { reason }, _) => Some(reason.clone()),
                _ => None,
            };
            match keyring_down {
                Some(reason) if app.token_store == TokenStore::Keyring && app.mode == Mode::Add => {
                    app.save = SaveState::NeedsConsent { reason };
                    Vec::new()
                }
                _ => save(app, app.token_store),
            }
        }
        KeyCode::Char('f')
            if matches!(app.save, SaveState::NeedsConsent { .. }) && app.mode == Mode::Add =>
        {
            save(app, TokenStore::File)
        }
        KeyCode::Esc => {
            app.screen = Screen::Form;
            app.save = SaveState::Idle;
            Vec::new()
        }
        KeyCode::Char('?') => {
            app.overlay = Some(Overlay::Keys);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

pub fn done_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match key.code {
        KeyCode::Enter | KeyCode::Char('q') if app.from_home => super::home::go_home(app),
        KeyCode::Enter | KeyCode::Char('q') => {
            app.exit = Some(Ending::Finished);
            Vec::new()
        }
        KeyCode::Char('u') => {
            let url = app.report.url.clone().unwrap_or_default();
            app.notice = Some(format!("Copied {url} to the clipboard (OSC 52)."));
            vec![Effect::Copy(url)]
        }
        KeyCode::Char('i') => {
            let id = app.fields.get(FieldId::AccountId).trim().to_owned();
            app.notice = Some(format!("Copied Account ID {id} to the clipboard (OSC 52)."));
            vec![Effect::Copy(id)]
        }
        KeyCode::Char('?') => {
            app.overlay = Some(Overlay::Keys);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The save request from the checked facts (the same facts `add` saves); `None` if one is
/// missing (then the checks did not all pass, which the form prevents).
pub fn request(app: &App, store: TokenStore) -> Option<SaveRequest> {
    Some(SaveRequest {
        name: app.fields.get(FieldId::Name).trim().to_lowercase(),
        data: crate::store::ProfileData {
            inbox_ids: super::checks::chosen_inboxes(app),
            ..crate::cli::linked::profile_data(&app.report)?
        },
        token: if token_typed(app) {
            Token::parse(app.fields.get(FieldId::Token)).ok()?
        } else {
            app.stored_token.clone()?
        },
        store,
        trusted_cert: super::trust::trusted_for_url(app).cloned(),
    })
}

/// A token was typed in the field (edit: an empty field keeps the stored one).
fn token_typed(app: &App) -> bool {
    !app.fields.get(FieldId::Token).trim().is_empty()
}

fn save(app: &mut App, store: TokenStore) -> Vec<Effect> {
    if !app.ready_for_review() {
        app.screen = Screen::Form;
        super::checks::open_review_or_point(app);
        return Vec::new();
    }
    if let Some(req) = request(app, store) {
        app.save = SaveState::Saving;
        match &app.mode {
            Mode::Add => vec![Effect::Save(req)],
            Mode::Edit { name, expected } => vec![Effect::Replace(ReplaceRequest {
                name: name.clone(),
                expected: expected.clone(),
                keep_token: !token_typed(app),
                request: req,
            })],
        }
    } else {
        {
            app.save = SaveState::Failed {
                message: format!(
                    "the checks did not report everything a profile needs ({}); press Esc and \
                     check the form again",
                    missing(app)
                ),
            };
            Vec::new()
        }
    }
}

fn missing(app: &App) -> &'static str {
    let r = &app.report;
    if r.url.is_none() || r.server.is_none() {
        CheckId::Url.as_str()
    } else if r.user.is_none() {
        CheckId::Token.as_str()
    } else {
        CheckId::Account.as_str()
    }
}

pub fn saved(app: &mut App, result: Result<Saved, SaveError>) -> Vec<Effect> {
    let interrupted = app.quit_after_save;
    match result {
        Ok(saved) => {
            app.save = SaveState::Idle;
            if interrupted {
                app.exit = Some(Ending::Interrupted);
                app.exit_note = Some(format!(
                    "interrupted after the save had finished: profile {} is linked",
                    saved.name
                ));
            }
            app.saved = Some(saved);
            app.screen = Screen::Done;
        }
        Err(SaveError::KeyringUnavailable { reason }) => {
            app.keyring = KeyringState::Unavailable {
                reason: reason.clone(),
            };
            if interrupted {
                interrupted_unsaved(app, &reason);
            }
            app.save = SaveState::NeedsConsent { reason };
        }
        Err(SaveError::Other { message }) => {
            if interrupted {
                interrupted_unsaved(app, &message);
            }
            app.save = SaveState::Failed { message };
        }
    }
    Vec::new()
}

fn interrupted_unsaved(app: &mut App, why: &str) {
    app.exit = Some(Ending::Interrupted);
    app.exit_note = Some(format!("interrupted: nothing was saved ({why})"));
}
