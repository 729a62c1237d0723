//! Keys on the review and done screens, and the save's outcome.

use crossterm::event::KeyEvent;

use crate::checks::CheckId;
use crate::i18n::t;
use crate::secret::Token;
use crate::tui::keys;
use crate::tui::model::Ending;
use crate::tui::model::{App, FieldId, KeyringState, Mode, SaveState, Saved, Screen, TokenStore};
use crate::tui::msg::{Effect, ReplaceRequest, SaveError, SaveRequest};

/// A new profile whose token would go to a keyring known to be unreachable: the review
/// offers the file store at once instead of after a failed save.
pub fn offer_file_store(app: &mut App) {
    if let (KeyringState::Unavailable { reason }, TokenStore::Keyring, SaveState::Idle, true) = (
        &app.keyring,
        app.form.token_store,
        &app.form.save,
        app.form.mode.is_add(),
    ) {
        app.form.save = SaveState::NeedsConsent {
            reason: reason.clone(),
        };
    }
}

pub fn review_key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    if app.form.save == SaveState::Saving {
        return Vec::new();
    }
    let Some(action) = keys::action(keys::REVIEW, key) else {
        return Vec::new();
    };
    match action {
        // Saving over a version never seen would fail the same way again.
        keys::Review::Save if matches!(app.form.save, SaveState::Changed { .. }) => {
            app.notice = Some(t!(wizard_review_notice_changed));
            Vec::new()
        }
        keys::Review::Save => {
            let keyring_down = match (&app.keyring, &app.form.save) {
                (_, SaveState::NeedsConsent { .. }) => None,
                (KeyringState::Unavailable { reason }, _) => Some(reason.clone()),
                _ => None,
            };
            match keyring_down {
                Some(reason)
                    if app.form.token_store == TokenStore::Keyring && app.form.mode.is_add() =>
                {
                    app.form.save = SaveState::NeedsConsent { reason };
                    Vec::new()
                }
                _ => save(app, app.form.token_store),
            }
        }
        keys::Review::FileStore => {
            if matches!(app.form.save, SaveState::NeedsConsent { .. }) && app.form.mode.is_add() {
                save(app, TokenStore::File)
            } else {
                Vec::new()
            }
        }
        keys::Review::ScrollDown => {
            let most = crate::tui::view::review_overflow(app);
            app.form.review_scroll = (app.form.review_scroll + 1).min(most);
            Vec::new()
        }
        keys::Review::ScrollUp => {
            app.form.review_scroll = app.form.review_scroll.saturating_sub(1);
            Vec::new()
        }
        keys::Review::Reload => reload(app),
        keys::Review::Back => {
            app.screen = Screen::Form;
            app.form.save = SaveState::Idle;
            Vec::new()
        }
        keys::Review::Help => {
            app.open_keys();
            Vec::new()
        }
    }
}

pub fn done_key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    let Some(action) = keys::action(keys::DONE, key) else {
        return Vec::new();
    };
    match action {
        keys::Done::Leave if app.from_home => super::home::go_home(app),
        keys::Done::Leave => {
            app.exit = Some(Ending::Finished);
            Vec::new()
        }
        keys::Done::CopyUrl => {
            let url = app.form.report.url.clone().unwrap_or_default();
            app.notice = Some(t!(wizard_review_notice_copied_url, url = &url));
            vec![Effect::Copy(url)]
        }
        keys::Done::CopyId => {
            let id = super::multi::saved_ids(app)
                .unwrap_or_else(|| app.form.fields.get(FieldId::AccountId).trim().to_owned());
            app.notice = Some(t!(wizard_review_notice_copied_id, id = &id));
            vec![Effect::Copy(id)]
        }
        keys::Done::Help => {
            app.open_keys();
            Vec::new()
        }
    }
}

/// The save request from the checked facts (the same facts `add` saves); `None` if one is
/// missing (then the checks did not all pass, which the form prevents).
pub fn request(app: &App, store: TokenStore) -> Option<SaveRequest> {
    Some(SaveRequest {
        name: crate::store::normalize_name(app.form.fields.get(FieldId::Name)).ok()?,
        data: crate::store::ProfileData {
            inbox_ids: super::checks::chosen_inboxes(app),
            ..crate::link::profile_data(&app.form.report)?
        },
        token: if token_typed(app) {
            Token::parse(app.form.fields.get(FieldId::Token)).ok()?
        } else {
            app.form.mode.edit().and_then(|e| e.stored_token.clone())?
        },
        store,
        trusted_cert: super::trust::trusted_for_url(app).cloned(),
    })
}

/// A token was typed in the field (edit: an empty field keeps the stored one).
fn token_typed(app: &App) -> bool {
    !app.form.fields.get(FieldId::Token).trim().is_empty()
}

fn save(app: &mut App, store: TokenStore) -> Vec<Effect> {
    if !app.ready_for_review() {
        app.screen = Screen::Form;
        return super::checks::open_review_or_point(app);
    }
    if let Some(req) = request(app, store) {
        app.form.save = SaveState::Saving;
        match &app.form.mode {
            Mode::Add => vec![Effect::Save(req)],
            Mode::Edit(edit) => vec![Effect::Replace(ReplaceRequest {
                name: edit.name.clone(),
                expected: Box::new(edit.expected.clone()),
                keep_token: !token_typed(app),
                request: req,
            })],
        }
    } else {
        app.form.save = SaveState::Failed {
            message: format!(
                "the checks did not report everything a profile needs ({}); press Esc and \
                 check the form again",
                missing(app)
            ),
        };
        Vec::new()
    }
}

fn missing(app: &App) -> &'static str {
    let r = &app.form.report;
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
            app.form.save = SaveState::Idle;
            if interrupted {
                app.exit = Some(Ending::Interrupted);
                app.exit_note = Some(t!(wizard_review_interrupted_saved, name = &saved.name));
            }
            let host = crate::link::host(app.form.report.url.as_deref().unwrap_or_default());
            let id = app.form.fields.get(FieldId::AccountId).trim();
            app.summary.push(if app.form.mode.is_add() {
                t!(
                    wizard_review_linked,
                    name = &saved.name,
                    host = host,
                    id = id
                )
            } else {
                t!(
                    wizard_review_saved,
                    name = &saved.name,
                    host = host,
                    id = id
                )
            });
            app.screen = Screen::Done(saved);
        }
        Err(SaveError::KeyringUnavailable { reason }) => {
            app.keyring = KeyringState::Unavailable {
                reason: reason.clone(),
            };
            if interrupted {
                interrupted_unsaved(app, &reason);
            }
            app.form.save = SaveState::NeedsConsent { reason };
        }
        Err(SaveError::Changed { now }) => {
            if interrupted {
                interrupted_unsaved(app, &t!(wizard_review_why_changed));
            }
            app.form.save = SaveState::Changed { now };
        }
        Err(SaveError::Other { message }) => {
            if interrupted {
                interrupted_unsaved(app, &message);
            }
            app.form.save = SaveState::Failed { message };
        }
    }
    Vec::new()
}

/// `r` after "changed on disk": the version on disk becomes the one the edit replaces;
/// the form keeps the user's values, checked again against it before the next save.
fn reload(app: &mut App) -> Vec<Effect> {
    let SaveState::Changed {
        now: Some((name, record)),
    } = &app.form.save
    else {
        return Vec::new();
    };
    let (name, record) = (name.clone(), (**record).clone());
    if let Some(edit) = app.form.mode.edit_mut() {
        edit.name = name;
        edit.expected = record;
    }
    app.form.save = SaveState::Idle;
    app.notice = Some(t!(wizard_review_notice_reloaded));
    Vec::new()
}

fn interrupted_unsaved(app: &mut App, why: &str) {
    app.exit = Some(Ending::Interrupted);
    app.exit_note = Some(t!(wizard_review_interrupted, why = why));
}
