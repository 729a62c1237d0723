//! Issue 9's wizard bugs in `update` (each test fails before its fix).

use super::*;
use crate::tui::model::{App, FieldId};

/// Bug 5: a dashboard URL pasted over a URL while the Account ID holds a value (the demo's
/// pre-fill, an edited profile) sets the Account ID from the URL and says what it was.
#[test]
fn a_pasted_dashboard_url_replaces_an_account_id_already_there() {
    let mut app: App = filled();
    app.form.focus = FieldId::Url;
    app.form.fields.set(FieldId::Url, "");
    update(
        &mut app,
        Msg::Paste("https://chat.example.com/app/accounts/2/dashboard".into()),
    );
    assert_eq!(app.form.fields.get(FieldId::AccountId), "2");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("Account ID 2") && notice.contains("it was 1"),
        "{notice}"
    );
    // The same account: nothing to say.
    app.form.fields.set(FieldId::Url, "");
    app.notice = None;
    update(
        &mut app,
        Msg::Paste("https://chat.example.com/app/accounts/2/inbox".into()),
    );
    assert_eq!(app.form.fields.get(FieldId::AccountId), "2");
    assert_eq!(app.notice, None);
}

/// Bug 8: after "changed on disk since it was loaded", Enter no longer retries forever:
/// `r` takes the version on disk as the base, keeping the form's values, and the next
/// save replaces that version.
#[test]
fn changed_on_disk_offers_to_build_on_the_version_there() {
    use crossterm::event::KeyCode;

    use crate::tui::model::{SaveState, Screen};
    use crate::tui::msg::{Effect, SaveError};

    let mut app = super::edit::editing();
    app.form.fields.set(FieldId::Email, "jane@example.com");
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    assert!(matches!(
        update(&mut app, key(KeyCode::Enter)).as_slice(),
        [Effect::Replace(_)]
    ));
    let mut now = app.form.mode.edit().expect("edit").expected.clone();
    now.data.account_name = "Acme Holding".into();
    now.token_ref = "inst/99".into();
    update(
        &mut app,
        Msg::Saved(Err(SaveError::Changed {
            now: Some(("acme".into(), Box::new(now.clone()))),
        })),
    );
    assert!(matches!(app.form.save, SaveState::Changed { .. }));
    // Enter does not send the same doomed save again.
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    update(&mut app, key(KeyCode::Char('r')));
    assert_eq!(app.form.save, SaveState::Idle);
    assert_eq!(app.form.mode.edit().expect("edit").expected, now);
    match update(&mut app, key(KeyCode::Enter)).as_slice() {
        [Effect::Replace(r)] => assert_eq!(*r.expected, now),
        other => panic!("{other:?}"),
    }
}

/// Bug 9: a name with non-ASCII letters is refused saying "ASCII letters", with the ASCII
/// spelling to use; names derived from account names fold accents the same way.
#[test]
fn a_non_ascii_name_is_refused_with_its_ascii_spelling() {
    use crossterm::event::KeyCode;

    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('n')));
    for _ in 0..4 {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "Shop Ñandú");
    update(&mut app, key(KeyCode::Enter));
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("ASCII letters"), "{notice}");
    assert!(notice.contains("e.g. shop-nandu"), "{notice}");
    assert!(notice.chars().count() <= 80, "{notice}");
    assert_eq!(crate::tui::text::slug("Café Ñandú Inc."), "cafe-nandu-inc");
    assert_eq!(crate::tui::text::slug("Ærø Straße"), "aero-strasse");
}
