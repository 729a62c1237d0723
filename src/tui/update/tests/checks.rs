//! Live checks: debounce, leaving a field, stale results, Enter while they run.

use crossterm::event::KeyCode;

use super::*;
use crate::checks::{CheckId, CheckUpdate, Code, Status};
use crate::tui::model::{App, CheckState, FieldId, KeyringState, Screen};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::{init, prefill, update};

#[test]
fn first_frame_needs_nothing_and_init_probes_the_keyring_only() {
    let mut app = App::new(ctx());
    assert_eq!(app.screen, Screen::Form);
    assert_eq!(app.form.focus, FieldId::Url);
    assert!(!app.wants_ticks(), "an idle form has no timer");
    assert!(matches!(init(&mut app).as_slice(), [Effect::ProbeKeyring]));
    update(&mut app, Msg::KeyringProbed(KeyringState::Available));
    assert_eq!(app.keyring, KeyringState::Available);
}

#[test]
fn typing_checks_locally_and_debounces_the_live_checks() {
    let mut app = App::new(ctx());
    let effects = type_str(&mut app, "chat.example.com");
    assert_eq!(app.form.fields.get(FieldId::Url), "chat.example.com");
    // One debounce per keystroke, each for a newer generation; no request yet.
    assert_eq!(effects.len(), "chat.example.com".len());
    assert!(run_of(&effects).is_none());
    let Some(Effect::Debounce { generation, .. }) = effects.last() else {
        panic!("no debounce: {effects:?}");
    };
    // An older timer does nothing; the newest starts the run.
    assert!(
        update(
            &mut app,
            Msg::DebounceElapsed {
                generation: generation - 1
            }
        )
        .is_empty()
    );
    let effects = update(
        &mut app,
        Msg::DebounceElapsed {
            generation: *generation,
        },
    );
    assert_eq!(run_of(&effects), Some(*generation));
    assert!(app.wants_ticks());
    // The email fails its local check at once, before any request.
    update(&mut app, key(KeyCode::Tab));
    type_str(&mut app, "jane@");
    assert!(app.form.check(CheckId::Email).failed());
    type_str(&mut app, "example.com");
    assert_eq!(*app.form.check(CheckId::Email), CheckState::NotChecked);
}

#[test]
fn leaving_a_field_starts_the_due_checks_at_once() {
    let mut app = App::new(ctx());
    type_str(&mut app, "chat.example.com");
    let effects = update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.form.focus, FieldId::Email);
    assert_eq!(run_of(&effects), Some(app.form.live.generation));
    // The debounce that follows finds nothing due.
    let g = app.form.live.generation;
    assert!(update(&mut app, Msg::DebounceElapsed { generation: g }).is_empty());
}

#[test]
fn stale_results_are_dropped() {
    let mut app = App::new(ctx());
    type_str(&mut app, "chat.example.com");
    update(&mut app, key(KeyCode::Tab));
    let old = app.form.live.generation;
    update(&mut app, key(KeyCode::BackTab));
    type_str(&mut app, "x");
    assert!(app.form.live.generation > old);
    update(
        &mut app,
        Msg::Check {
            generation: old,
            update: ok(CheckId::Url, "old"),
        },
    );
    assert_eq!(*app.form.check(CheckId::Url), CheckState::NotChecked);
    update(&mut app, Msg::ChecksDone { generation: old });
    assert!(
        app.form.live.due,
        "the newer inputs still wait for their run"
    );
}

#[test]
fn tab_shift_tab_up_down_and_enter_move_between_fields() {
    let mut app = App::new(ctx());
    for expected in [
        FieldId::Email,
        FieldId::Token,
        FieldId::AccountId,
        FieldId::Name,
        FieldId::Url,
    ] {
        update(&mut app, key(KeyCode::Tab));
        assert_eq!(app.form.focus, expected);
    }
    update(&mut app, key(KeyCode::BackTab));
    assert_eq!(app.form.focus, FieldId::Name);
    update(&mut app, key(KeyCode::Up));
    assert_eq!(app.form.focus, FieldId::AccountId);
    update(&mut app, key(KeyCode::Down));
    assert_eq!(app.form.focus, FieldId::Name);
    app.form.focus = FieldId::Url;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.focus, FieldId::Email);
}

#[test]
fn enter_on_the_last_field_opens_the_review_when_all_passed() {
    let mut app = filled();
    assert_eq!(
        app.form.fields.get(FieldId::Name),
        "acme-inc",
        "slug of the account name"
    );
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
}

#[test]
fn enter_while_checks_run_waits_then_opens_the_review() {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Form);
    assert!(app.form.review_pending);
    assert_eq!(app.notice.as_deref(), Some("waiting for checks…"));
    finish_run(&mut app, good_run());
    assert_eq!(app.screen, Screen::Review);
}

#[test]
fn enter_while_checks_run_then_a_failure_focuses_the_failed_field() {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "2");
    init(&mut app);
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    let mut run = good_run();
    run[4] = CheckUpdate::new(
        CheckId::Account,
        Status::Fail,
        Code::NotAdministrator,
        "Jane Doe is an agent in Globex",
    );
    run[5] = CheckUpdate::new(CheckId::Inboxes, Status::Skipped, Code::NeedsAccount, "");
    finish_run(&mut app, run);
    assert_eq!(app.screen, Screen::Form);
    assert_eq!(app.form.focus, FieldId::AccountId);
    assert!(
        app.form.list.is_some(),
        "focusing the Account ID opens the token's accounts"
    );
}

#[test]
fn account_list_opens_filters_moves_picks_and_closes() {
    let mut app = filled();
    app.form.focus = FieldId::Email;
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.form.focus, FieldId::AccountId);
    assert!(app.form.list.is_some());
    // Typed digits filter: "1" matches 1 and 12.
    update(&mut app, key(KeyCode::Backspace));
    assert_eq!(app.form.filtered_accounts().len(), 3);
    type_str(&mut app, "1");
    let ids: Vec<u64> = app.form.filtered_accounts().iter().map(|a| a.id).collect();
    assert_eq!(ids, [1, 12]);
    // Down moves in the list, not to the next field.
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    assert_eq!(app.form.focus, FieldId::AccountId);
    assert_eq!(app.form.list.map(|l| l.selected), Some(1));
    let effects = update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.fields.get(FieldId::AccountId), "12");
    assert!(app.form.list.is_none());
    assert_eq!(app.form.focus, FieldId::Name, "Enter picks and moves on");
    assert!(run_of(&effects).is_some(), "a pick checks at once");
    assert_eq!(app.form.fields.get(FieldId::Name), "initech");
    // A re-run does not reopen the list; focusing the field again does.
    finish_run(&mut app, good_run());
    assert!(app.form.list.is_none());
    update(&mut app, key(KeyCode::Up));
    assert!(app.form.list.is_some());
    // Enter on the current value picks nothing new and just moves on.
    let effects = update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.focus, FieldId::Name);
    assert!(run_of(&effects).is_none());
    app.form.focus = FieldId::AccountId;
    // Esc closes the list without quitting; Tab leaves it too.
    type_str(&mut app, "3");
    assert!(app.form.list.is_some());
    update(&mut app, key(KeyCode::Esc));
    assert!(app.form.list.is_none());
    assert!(app.exit.is_none() && app.overlay.is_none());
    update(&mut app, key(KeyCode::Backspace));
    assert!(app.form.list.is_some());
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.form.focus, FieldId::Name);
    assert!(app.form.list.is_none());
}

#[test]
fn emptying_the_url_mid_run_leaves_nothing_ticking() {
    let mut app = App::new(ctx());
    type_str(&mut app, "chat.example.com");
    update(&mut app, key(KeyCode::Tab));
    let g = app.form.live.generation;
    let checking = CheckUpdate::new(CheckId::Url, Status::Checking, Code::Checking, "");
    update(
        &mut app,
        Msg::Check {
            generation: g,
            update: checking,
        },
    );
    assert!(app.wants_ticks());
    update(&mut app, key(KeyCode::BackTab));
    update(&mut app, super::ctrl('u'));
    assert_eq!(app.form.fields.get(FieldId::Url), "");
    assert!(!app.wants_ticks(), "a stale run keeps the spinner going");
    // Leaving the empty field starts nothing, and nothing ticks.
    assert!(run_of(&update(&mut app, key(KeyCode::Tab))).is_none());
    assert!(!app.wants_ticks());
}

#[test]
fn enter_on_the_last_field_checks_values_left_without_a_result() {
    let mut app = App::new(ctx());
    prefill(
        &mut app,
        "chat.example.com",
        "jane@example.com",
        super::TOKEN,
        "1",
    );
    for f in FieldId::ALL {
        crate::tui::update::checks::local(&mut app, f);
    }
    app.form.focus = FieldId::Name;
    let effects = update(&mut app, key(KeyCode::Enter));
    assert!(run_of(&effects).is_some());
    assert!(app.form.review_pending);
    finish_run(&mut app, good_run());
    assert_eq!(app.screen, Screen::Review);
}
