//! Review, save (failed, without a keyring, interrupted) and done.

use crossterm::event::KeyCode;

use super::*;
use crate::tui::model::Ending;
use crate::tui::model::{App, KeyringState, SaveState, Saved, Screen, TokenStore};
use crate::tui::msg::{Effect, Msg, SaveError};
use crate::tui::update::{init, prefill, update};

fn save_request(effects: &[Effect]) -> crate::tui::msg::SaveRequest {
    match effects {
        [Effect::Save(req)] => req.clone(),
        other => panic!("expected a save: {other:?}"),
    }
}

fn saved() -> Saved {
    Saved {
        name: "acme-inc".into(),
        config_file: "/cfg/profiles.toml".into(),
        token_place: "OS keyring".into(),
    }
}

#[test]
fn review_enter_saves_the_checked_facts_and_done_exits_0() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    let req = save_request(&update(&mut app, key(KeyCode::Enter)));
    assert_eq!(req.name, "acme-inc");
    assert_eq!(req.data.url, "https://chat.example.com");
    assert_eq!((req.data.account_id, req.data.user_id), (1, 7));
    assert_eq!(req.data.role, "administrator");
    assert_eq!(req.token.expose(), TOKEN);
    assert_eq!(req.store, TokenStore::Keyring);
    assert!(!format!("{req:?}").contains(TOKEN));
    assert!(!format!("{app:?}").contains(TOKEN));
    assert_eq!(app.form.save, SaveState::Saving);
    assert!(app.wants_ticks());
    // Keys do nothing while saving.
    assert!(update(&mut app, key(KeyCode::Esc)).is_empty());
    assert_eq!(app.screen, Screen::Review);
    update(&mut app, Msg::Saved(Ok(saved())));
    assert!(matches!(app.screen, Screen::Done(_)));
    assert!(matches!(
        update(&mut app, key(KeyCode::Char('u'))).as_slice(),
        [Effect::Copy(u)] if u == "https://chat.example.com"
    ));
    assert!(matches!(
        update(&mut app, key(KeyCode::Char('i'))).as_slice(),
        [Effect::Copy(i)] if i == "1"
    ));
    update(&mut app, key(KeyCode::Char('q')));
    assert_eq!(app.exit, Some(Ending::Finished));
}

#[test]
fn the_saved_email_is_the_servers_lower_cased_one_as_add_stores_it() {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "Jane@Example.COM", TOKEN, "1");
    init(&mut app);
    finish_run(&mut app, good_run());
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    let req = save_request(&update(&mut app, key(KeyCode::Enter)));
    assert_eq!(req.data.email, "jane@example.com");
}

#[test]
fn a_failed_save_says_why_and_enter_retries() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Err(SaveError::Other {
            message: "the disk is full".into(),
        })),
    );
    assert!(matches!(&app.form.save, SaveState::Failed { message } if message.contains("disk")));
    assert_eq!(app.screen, Screen::Review);
    save_request(&update(&mut app, key(KeyCode::Enter)));
}

#[test]
fn without_a_keyring_the_file_store_is_an_explicit_choice() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Err(SaveError::KeyringUnavailable {
            reason: "no D-Bus session bus".into(),
        })),
    );
    assert!(matches!(app.form.save, SaveState::NeedsConsent { .. }));
    // Enter retries the keyring, never the file.
    assert_eq!(
        save_request(&update(&mut app, key(KeyCode::Enter))).store,
        TokenStore::Keyring
    );
    update(
        &mut app,
        Msg::Saved(Err(SaveError::KeyringUnavailable {
            reason: "no D-Bus session bus".into(),
        })),
    );
    assert_eq!(
        save_request(&update(&mut app, key(KeyCode::Char('f')))).store,
        TokenStore::File
    );
    // A probe that found no keyring asks as the review opens (issue 9 bug 3).
    let mut app = filled();
    update(
        &mut app,
        Msg::KeyringProbed(KeyringState::Unavailable {
            reason: "locked".into(),
        }),
    );
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(matches!(app.form.save, SaveState::NeedsConsent { .. }));
}

#[test]
fn ctrl_c_during_a_save_waits_for_it() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    let effects = update(&mut app, ctrl('c'));
    assert!(matches!(effects.as_slice(), [Effect::SaveDeadline { .. }]));
    assert!(app.exit.is_none(), "waits for the save");
    update(
        &mut app,
        Msg::Saved(Err(SaveError::Other {
            message: "rolled back".into(),
        })),
    );
    assert_eq!(app.exit, Some(Ending::Interrupted));
    assert!(
        app.exit_note
            .as_deref()
            .is_some_and(|n| n.contains("nothing was saved"))
    );

    // The deadline ends the wait when the save hangs.
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, Msg::Terminate);
    update(&mut app, Msg::SaveDeadline);
    assert_eq!(app.exit, Some(Ending::Interrupted));
}

#[test]
fn ticks_advance_the_spinner_and_resize_changes_nothing() {
    let mut app = App::new(ctx());
    update(&mut app, Msg::Tick);
    assert_eq!(app.spinner, 1);
    assert!(update(&mut app, Msg::Resize(80, 24)).is_empty());
}

#[test]
fn demo_prefill_runs_the_checks_at_once_with_the_file_store() {
    let mut c = ctx();
    c.demo = true;
    let mut app = App::new(c);
    prefill(
        &mut app,
        "http://127.0.0.1:3771",
        "demo@example.com",
        TOKEN,
        "1",
    );
    let effects = init(&mut app);
    assert!(
        matches!(effects.as_slice(), [Effect::RunChecks { .. }]),
        "no keyring probe in the demo"
    );
    assert_eq!(app.form.token_store, TokenStore::File);
}

#[test]
fn a_slow_keyring_is_reported_on_the_status_line() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    let text = crate::store::WAIT_NOTICE.to_owned();
    assert!(update(&mut app, Msg::KeyringWaiting(text.clone())).is_empty());
    assert_eq!(app.notice, Some(text));
    assert_eq!(app.form.save, SaveState::Saving);
}
