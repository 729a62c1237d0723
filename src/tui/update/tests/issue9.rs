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

/// Bug 13: the wizard's messages name its own keys and fields, never a command-line flag.
#[test]
fn messages_name_the_wizards_keys_not_cli_flags() {
    use crate::chatwoot::Error;
    use crate::checks::{Code, Remedy, Wording};
    use crate::tui::text::for_wizard;

    let not_tls = || Error::TlsNotTls {
        host: "chat.example.com:8080".to_owned(),
    };
    let cases = [
        (
            Code::Tls,
            Wording::AssumedHttps {
                error: not_tls(),
                remedy: Remedy::UseUrl {
                    url: "http://chat.example.com:8080".to_owned(),
                    allow_http: true,
                },
            },
            "type http://chat.example.com:8080 as the URL, then Ctrl-O",
        ),
        (
            Code::Tls,
            Wording::AssumedHttps {
                error: not_tls(),
                remedy: Remedy::UseUrl {
                    url: "http://localhost:3000".to_owned(),
                    allow_http: false,
                },
            },
            "type http://localhost:3000 as the URL",
        ),
        (
            Code::Timeout,
            Wording::Error(Error::Timeout {
                host: "chat.example.com".to_owned(),
                secs: 10,
            }),
            "press Ctrl-L to check again",
        ),
        (
            Code::RedirectOtherHost,
            Wording::Error(Error::RedirectOtherHost {
                target: "https://chat.example.net".to_owned(),
            }),
            "type https://chat.example.net as the URL",
        ),
    ];
    for (code, wording, wizard) in cases {
        let told = for_wizard(code, |word| wording.msg_with(word));
        assert!(told.contains(wizard), "{told}");
        assert!(!told.contains("--"), "{told}");
        // The command line's wording of the same message names its flags.
        assert!(wording.msg_with(&Remedy::cli).english().contains("--"));
    }
    // Ctrl-L runs the checks again on the same inputs.
    let mut app = filled();
    let effects = update(&mut app, ctrl('l'));
    assert!(run_of(&effects).is_some(), "{effects:?}");
}

/// Friction: the local action is "unlink" (`u`), and Enter on its question keeps the
/// profile: only `y` unlinks (the CLI's prompt is `[y/N]`).
#[test]
fn enter_on_the_unlink_question_keeps_the_profile() {
    use crossterm::event::KeyCode;

    use crate::tui::model::Screen;
    use crate::tui::msg::Effect;

    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('u')));
    assert!(matches!(app.screen, Screen::Unlink(_)));
    let effects = update(&mut app, key(KeyCode::Enter));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Unlink { .. })),
        "{effects:?}"
    );
    assert_eq!(app.screen, Screen::Home);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("Kept acme"))
    );
}

/// Friction: the URL's placeholder is never a value, and → on the empty field takes
/// Chatwoot Cloud's URL in one key; elsewhere → moves the cursor as ever.
#[test]
fn right_takes_the_cloud_url_on_an_empty_url_field() {
    use crossterm::event::KeyCode;

    assert!(FieldId::Url.placeholder().starts_with("e.g. "));
    assert!(FieldId::Email.placeholder().starts_with("e.g. "));
    let mut app = App::new(ctx());
    update(&mut app, key(KeyCode::Right));
    assert_eq!(
        app.form.fields.get(FieldId::Url),
        "https://app.chatwoot.com"
    );
    update(&mut app, key(KeyCode::Home));
    update(&mut app, key(KeyCode::Right));
    update(&mut app, key(KeyCode::Char('X')));
    assert_eq!(
        app.form.fields.get(FieldId::Url),
        "hXttps://app.chatwoot.com"
    );
}

/// Friction: the account list marks the accounts a link cannot use, and when only one is
/// usable the list opens on it.
#[test]
fn the_account_list_opens_on_the_only_eligible_account() {
    use crossterm::event::KeyCode;

    let mut app = App::new(ctx());
    let mut accounts = accounts();
    accounts.rotate_left(1); // agent, suspended, then the one administrator of an active one
    app.form.report.accounts = accounts.clone();
    app.form.focus = FieldId::Token;
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.form.focus, FieldId::AccountId);
    let selected = app.form.list.map(|l| l.selected);
    assert_eq!(selected, Some(2), "{accounts:?}");
    assert!(crate::tui::model::eligible(&accounts[2]));
    assert!(!crate::tui::model::eligible(&accounts[0]));
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.fields.get(FieldId::AccountId), "1");
}

/// Friction: a normal end leaves what the run did in the scrollback.
#[test]
fn a_normal_end_leaves_a_summary_line() {
    use crossterm::event::KeyCode;

    use crate::tui::model::{Ending, Saved};

    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Ok(Saved {
            name: "acme-inc".into(),
            config_file: "/c/profiles.toml".into(),
            token_place: "OS keyring".into(),
        })),
    );
    update(&mut app, key(KeyCode::Char('q')));
    assert_eq!(app.exit, Some(Ending::Finished));
    assert_eq!(
        app.exit_note.as_deref(),
        Some("Linked acme-inc: chat.example.com account 1")
    );
}
