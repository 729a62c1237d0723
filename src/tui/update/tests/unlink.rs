//! Unlink: declined, confirmed, with the token reset on the server, and back home.

use crossterm::event::KeyCode;

use super::*;
use crate::tui::model::{App, Screen, Unlink};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::update;

fn confirming(which: usize) -> App {
    let (mut app, _) = home_with(three_profiles());
    for _ in 0..which {
        update(&mut app, key(KeyCode::Down));
    }
    assert!(update(&mut app, key(KeyCode::Char('u'))).is_empty());
    assert!(matches!(app.screen, Screen::Unlink(_)));
    app
}

#[test]
fn the_confirmation_names_the_profile_and_lists_those_sharing_the_token() {
    let app = confirming(0);
    match &app.screen {
        Screen::Unlink(Unlink::Confirm {
            name,
            record,
            others,
            rotate,
        }) => {
            assert_eq!(name, "acme");
            assert_eq!(record.data.account_id, 1);
            assert_eq!(others, &["globex".to_owned()]);
            assert!(!rotate, "the token reset is opt-in");
        }
        other => panic!("expected the confirmation: {other:?}"),
    }
    let app = confirming(2);
    assert!(
        matches!(&app.screen, Screen::Unlink(Unlink::Confirm { others, .. }) if others.is_empty())
    );
}

#[test]
fn declined_changes_nothing() {
    for no in [KeyCode::Char('n'), KeyCode::Esc] {
        let mut app = confirming(0);
        let effects = update(&mut app, key(no));
        assert!(matches!(effects.as_slice(), [Effect::LoadConfig]));
        assert_eq!(app.screen, Screen::Home);
        assert!(!matches!(app.screen, Screen::Unlink(_)));
        assert!(app.exit.is_none());
    }
}

#[test]
fn confirmed_revokes_without_touching_the_server() {
    let mut app = confirming(0);
    // Other keys change nothing.
    assert!(update(&mut app, key(KeyCode::Char('x'))).is_empty());
    let effects = update(&mut app, key(KeyCode::Char('y')));
    assert!(
        matches!(effects.as_slice(), [Effect::Unlink { name, rotate: false, .. }] if name == "acme"),
        "{effects:?}"
    );
    assert!(app.wants_ticks());
    // Keys wait while it runs.
    assert!(update(&mut app, key(KeyCode::Esc)).is_empty());
    assert!(matches!(app.screen, Screen::Unlink(Unlink::Running { .. })));
    let report = crate::tui::screens::manage::acme_unlinked();
    update(&mut app, Msg::UnlinkReport(report.clone()));
    assert_eq!(app.screen, Screen::Unlink(Unlink::Done(report)));
    assert!(!app.wants_ticks());
    let effects = update(&mut app, key(KeyCode::Enter));
    assert!(matches!(effects.as_slice(), [Effect::LoadConfig]));
    assert_eq!(app.screen, Screen::Home);
    // The home screen drops the unlinked profile and keeps the others' states.
    let mut config = three_profiles();
    config.profiles.remove("acme");
    config.default = None;
    status_of(&mut app, "globex", crate::checks::Status::Ok, "ok");
    assert!(update(&mut app, Msg::ConfigLoaded(Ok(config))).is_empty());
    assert_eq!(app.home.visible(), ["globex", "initech"]);
}

#[test]
fn with_rotation_the_opt_in_is_toggled_and_sent() {
    let mut app = confirming(0);
    update(&mut app, key(KeyCode::Char('t')));
    assert!(matches!(
        app.screen,
        Screen::Unlink(Unlink::Confirm { rotate: true, .. })
    ));
    update(&mut app, key(KeyCode::Char(' ')));
    assert!(matches!(
        app.screen,
        Screen::Unlink(Unlink::Confirm { rotate: false, .. })
    ));
    update(&mut app, key(KeyCode::Char(' ')));
    let effects = update(&mut app, key(KeyCode::Char('y')));
    assert!(
        matches!(effects.as_slice(), [Effect::Unlink { name, rotate: true, .. }] if name == "acme"),
        "{effects:?}"
    );
    assert!(matches!(
        app.screen,
        Screen::Unlink(Unlink::Running { rotate: true, .. })
    ));
}

/// Issue 9, bug 2: while "terminal too small" hides the question, Enter and `t` do nothing;
/// once the window is large enough again the question is still there, unchanged.
#[test]
fn keys_hidden_by_a_too_small_terminal_do_nothing() {
    let mut app = confirming(0);
    update(&mut app, Msg::Resize(45, 14));
    for hidden in [KeyCode::Char('t'), KeyCode::Enter, KeyCode::Char('y')] {
        assert!(update(&mut app, key(hidden)).is_empty(), "{hidden:?}");
    }
    assert!(update(&mut app, Msg::Paste("y".into())).is_empty());
    update(&mut app, Msg::Resize(80, 24));
    assert!(matches!(app.screen, Screen::Unlink(_)));
    assert!(matches!(
        &app.screen,
        Screen::Unlink(Unlink::Confirm { rotate: false, .. })
    ));
    // Ctrl-C still quits while the screen is hidden.
    update(&mut app, Msg::Resize(45, 14));
    update(&mut app, ctrl('c'));
    assert!(app.exit.is_some());
}
