//! Edit from the list: the form pre-filled, the stored token read off the UI thread and
//! kept unless a new one is typed, a conflicting change on disk, and the way back.

use crossterm::event::KeyCode;

use super::*;
use crate::secret::Token;
use crate::tui::model::{App, FieldId, Mode, Overlay, SaveState, Screen};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::update;

/// Edit acme: the form pre-filled, the stored token read and used for the checks.
pub fn editing() -> App {
    let (mut app, _) = home_with(three_profiles());
    let effects = update(&mut app, key(KeyCode::Char('e')));
    assert!(
        matches!(effects.as_slice(), [Effect::ReadToken { name, .. }] if name == "acme"),
        "{effects:?}"
    );
    assert!(matches!(&app.form.mode, Mode::Edit(e) if e.name == "acme"));
    assert_eq!(
        app.form.fields.get(FieldId::Url),
        "https://chat.example.com"
    );
    assert_eq!(app.form.fields.get(FieldId::Email), "jane@example.com");
    assert_eq!(app.form.fields.get(FieldId::AccountId), "1");
    assert_eq!(app.form.fields.get(FieldId::Name), "acme");
    assert_eq!(
        app.form.fields.get(FieldId::Token),
        "",
        "the stored token is never shown"
    );
    assert!(app.wants_ticks(), "reading the token shows the spinner");
    let effects = update(
        &mut app,
        Msg::TokenRead(Ok(Token::parse(TOKEN).expect("token"))),
    );
    match effects.as_slice() {
        [Effect::RunChecks { inputs, .. }] => {
            assert_eq!(inputs.token.as_ref().map(Token::expose), Some(TOKEN));
            assert_eq!(inputs.account_id.as_deref(), Some("1"));
        }
        other => panic!("expected every check to run: {other:?}"),
    }
    finish_run(&mut app, good_run());
    app.form.focus = FieldId::Name;
    app
}

fn replace_request(effects: &[Effect]) -> crate::tui::msg::ReplaceRequest {
    match effects {
        [Effect::Replace(r)] => r.clone(),
        other => panic!("expected a replace: {other:?}"),
    }
}

#[test]
fn edit_without_a_new_token_keeps_the_stored_one() {
    let mut app = editing();
    assert!(app.name_problem().is_none(), "its own name is not taken");
    // Ctrl-R reveals only a typed token: there is none.
    app.form.focus = FieldId::Token;
    update(&mut app, ctrl('r'));
    assert_eq!(app.form.fields.get(FieldId::Token), "");
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    let req = replace_request(&update(&mut app, key(KeyCode::Enter)));
    assert!(req.keep_token);
    assert_eq!(req.name, "acme");
    assert_eq!(req.request.name, "acme");
    assert_eq!(req.expected.id, uuid::Uuid::from_u128(1));
    assert!(!format!("{app:?}").contains(TOKEN), "Debug never shows it");
    // Saved: the done screen, whose Enter goes home and reads the config again.
    update(
        &mut app,
        Msg::Saved(Ok(crate::tui::model::Saved {
            name: "acme".into(),
            config_file: "/cfg/profiles.toml".into(),
            token_place: "OS keyring".into(),
        })),
    );
    assert!(matches!(app.screen, Screen::Done(_)));
    let effects = update(&mut app, key(KeyCode::Enter));
    assert!(matches!(effects.as_slice(), [Effect::LoadConfig]));
    assert_eq!(app.screen, Screen::Home);
    assert!(app.exit.is_none());
    assert!(
        app.form
            .mode
            .edit()
            .is_none_or(|e| e.stored_token.is_none()),
        "the token is dropped with the form"
    );
}

#[test]
fn edit_with_a_new_token_and_another_account() {
    let mut app = editing();
    app.form.focus = FieldId::Token;
    let new = "NewTokenNewToken12345678";
    let effects = type_str(&mut app, new);
    assert!(matches!(effects.last(), Some(Effect::Debounce { .. })));
    update(&mut app, ctrl('r'));
    assert!(app.form.revealed, "a typed token can be shown");
    update(&mut app, key(KeyCode::Tab));
    assert!(!app.form.revealed);
    update(&mut app, key(KeyCode::Backspace));
    type_str(&mut app, "2");
    let effects = update(&mut app, key(KeyCode::Tab));
    let inputs = effects
        .iter()
        .find_map(|e| match e {
            Effect::RunChecks { inputs, .. } => Some(inputs.clone()),
            _ => None,
        })
        .expect("checks");
    assert_eq!(inputs.token.as_ref().map(Token::expose), Some(new));
    let mut run = good_run();
    run[4] = super::ok(crate::checks::CheckId::Account, "Globex: administrator").with_facts(
        crate::checks::Facts::Account(crate::checks::AccountFacts {
            id: 2,
            name: "Globex".into(),
            role: "administrator".into(),
            status: "active".into(),
        }),
    );
    finish_run(&mut app, run);
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    let req = replace_request(&update(&mut app, key(KeyCode::Enter)));
    assert!(!req.keep_token);
    assert_eq!(req.request.token.expose(), new);
    assert_eq!(req.request.data.account_id, 2);
    assert_eq!(req.request.data.account_name, "Globex");
}

#[test]
fn a_conflicting_change_on_disk_is_reported_and_nothing_is_lost() {
    let mut app = editing();
    update(&mut app, key(KeyCode::Enter));
    replace_request(&update(&mut app, key(KeyCode::Enter)));
    update(
        &mut app,
        Msg::Saved(Err(crate::tui::msg::SaveError::Other {
            message: "profile \"acme\" changed on disk since it was loaded".into(),
        })),
    );
    assert!(
        matches!(&app.form.save, SaveState::Failed { message } if message.contains("changed on disk"))
    );
    assert_eq!(app.screen, Screen::Review);
    // Esc to the form, Esc again: changed nothing, so home without asking.
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Form);
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn esc_in_an_edited_form_asks_before_going_home() {
    let mut app = editing();
    app.form.focus = FieldId::Email;
    type_str(&mut app, "x");
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    update(&mut app, key(KeyCode::Char('n')));
    assert_eq!(app.screen, Screen::Form);
    update(&mut app, key(KeyCode::Esc));
    let effects = update(&mut app, key(KeyCode::Char('y')));
    assert!(matches!(effects.as_slice(), [Effect::LoadConfig]));
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn an_unreadable_stored_token_says_to_type_one() {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Enter));
    let effects = update(
        &mut app,
        Msg::TokenRead(Err(std::sync::Arc::new(crate::link::LinkError::from(
            crate::store::StoreError::Keyring(crate::store::KeyringError::NoBus {
                detail: "DBUS_SESSION_BUS_ADDRESS is not set".into(),
            }),
        )))),
    );
    assert!(effects.is_empty());
    assert!(app.form.check(crate::checks::CheckId::Token).failed());
    assert!(!app.wants_ticks());
}
