//! The manage screens: home with 0, 1, 3 and 30 profiles (filtered), edit with the stored
//! token, the unlink confirmation and its result.

use super::*;
use crate::store::TokenStoreKind;
use crate::tui::model::{Screen, SecretFate, Unlink, UnlinkReport, Unlinked};
use crate::tui::update::tests::edit::editing;
use crate::tui::update::tests::{home_with, many_profiles, status_of, three_profiles};

pub(super) fn home_empty() -> App {
    home_with(crate::store::Config::empty()).0
}

/// One profile, its re-check still running.
pub(super) fn home_one() -> App {
    let mut config = three_profiles();
    config.profiles.retain(|n, _| n == "acme");
    home_with(config).0
}

/// acme passed, globex failed (selected), initech still checking.
pub(super) fn home_three() -> App {
    let (mut app, _) = home_with(three_profiles());
    status_of(&mut app, "acme", Status::Ok, "all checks passed");
    status_of(
        &mut app,
        "globex",
        Status::Fail,
        // As the re-check sums it up: the failed check's id, then its message.
        &format!(
            "account: {}",
            crate::i18n::msg!(
                checks_account_not_admin_agent,
                name = "Jane Doe",
                account_id = 2,
                account = "Globex"
            )
        ),
    );
    update(&mut app, key(KeyCode::Down));
    app
}

/// 30 profiles, most passed, some failing or warning, a few still checking; the
/// selection scrolled down.
pub(super) fn home_many() -> App {
    let (mut app, _) = home_with(many_profiles(30));
    for i in 1..=30 {
        let name = format!("client-{i:02}");
        match i % 7 {
            0 => status_of(
                &mut app,
                &name,
                Status::Fail,
                "token: the server rejected it",
            ),
            3 => status_of(&mut app, &name, Status::Warn, "inboxes: no WhatsApp inbox"),
            5 => {}
            _ => status_of(&mut app, &name, Status::Ok, "all checks passed"),
        }
    }
    for _ in 0..14 {
        update(&mut app, key(KeyCode::Down));
    }
    app
}

pub(super) fn home_filtered() -> App {
    let mut app = home_many();
    update(&mut app, key(KeyCode::Char('/')));
    type_str(&mut app, "client-2");
    update(&mut app, key(KeyCode::Down));
    app
}

pub(super) fn home_rename() -> App {
    let mut app = home_three();
    update(&mut app, key(KeyCode::Char('n')));
    type_str(&mut app, "-eu");
    app
}

pub(super) fn edit_form() -> App {
    let mut app = editing();
    app.form.focus = FieldId::Token;
    app
}

pub(crate) fn unlink_confirm() -> App {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('u')));
    update(&mut app, key(KeyCode::Char('t')));
    app
}

/// acme unlinked without a reset, globex still sharing its token.
pub(crate) fn acme_unlinked() -> UnlinkReport {
    UnlinkReport {
        name: "acme".into(),
        host: "chat.example.com".into(),
        account_id: 1,
        account_name: "Acme Inc.".into(),
        others: vec!["globex".into()],
        result: Ok(Unlinked {
            token_store: TokenStoreKind::Keyring,
            secret: SecretFate::Deleted,
            default: None,
            rotated: false,
            warnings: Vec::new(),
            later: None,
        }),
    }
}

pub(super) fn unlink_result() -> App {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('u')));
    update(&mut app, key(KeyCode::Char('y')));
    update(&mut app, Msg::UnlinkReport(acme_unlinked()));
    app
}

#[test]
fn home_screens() {
    snap("home_empty", &home_empty());
    snap("home_one", &home_one());
    snap("home", &home_three());
    snap("home_many", &home_many());
    snap("home_filtered", &home_filtered());
    snap("home_rename", &home_rename());
    let mut app = home_three();
    update(&mut app, key(KeyCode::F(1)));
    snap("home_keys", &app);
}

#[test]
fn edit_and_unlink_screens() {
    snap("edit_form", &edit_form());
    snap("unlink_confirm", &unlink_confirm());
    snap("unlink_result", &unlink_result());
    assert!(matches!(
        unlink_result().screen,
        Screen::Unlink(Unlink::Done(_))
    ));
}

#[test]
fn home_rows_show_status_default_and_details() {
    let app = home_three();
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    // The default is marked; each row has its symbol, name, host and account name.
    assert!(screen.contains("✓  *acme"), "{screen}");
    assert!(screen.contains("✗   globex"), "{screen}");
    // ASCII's two-letter `ok` keeps a space before the default marker; names line up.
    let ascii = Theme::new(Palette::Mono, Charset::Ascii);
    let screen = text(render(&app, &ascii, 80, 24).backend().buffer());
    assert!(screen.contains("|ok *acme "), "{screen}");
    assert!(screen.contains("|x   globex "), "{screen}");
    assert!(screen.contains("chat.example.com"));
    assert!(screen.contains("Initech"));
    // The selected profile's details: email, account, role, token store, verified (local
    // time in the context's zone), and why it failed.
    for part in [
        "jane@example.com",
        "Globex (id 2)",
        "Jane Doe, administrator",
        "OS keyring",
        "2026-06-20 09:15:02 UTC",
        "Jane Doe is an agent",
    ] {
        assert!(screen.contains(part), "{part} missing:\n{screen}");
    }
    // Failing row in red, passing in green.
    let buf = render(&app, &theme, 80, 24).backend().buffer().clone();
    let row = |name: &str| {
        (0..24u16)
            .find(|&y| {
                (0..80u16)
                    .map(|x| buf[(x, y)].symbol().to_owned())
                    .collect::<String>()
                    .contains(name)
            })
            .expect("row")
    };
    assert_eq!(buf[(1, row("*acme"))].fg, Color::Green);
    assert_eq!(buf[(1, row(" globex "))].fg, Color::Red);

    // The file store is named as such.
    let mut app = home_three();
    update(&mut app, key(KeyCode::Down));
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    assert!(
        screen.contains("file store (tokens.toml, plain text"),
        "{screen}"
    );
}

#[test]
fn the_stored_token_is_never_drawn_and_ctrl_r_reveals_only_a_typed_one() {
    let mut app = edit_form();
    let stored = app
        .form
        .mode
        .edit()
        .and_then(|e| e.stored_token.clone())
        .expect("stored");
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    update(&mut app, super::super::update::tests::ctrl('r'));
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    assert!(!screen.contains(stored.expose()), "{screen}");
    assert!(screen.contains("stored: kept unless you type a new one"));
}

#[test]
fn the_review_names_the_profiles_already_linked_to_the_account_but_not_the_one_edited() {
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    // Adding account 1 of chat.example.com again, which acme links already.
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('a')));
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    finish_run(&mut app, good_run());
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, super::super::model::Screen::Review);
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    assert!(screen.contains("already linked as acme:"), "{screen}");
    // Editing acme itself: no warning.
    let mut app = editing();
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, super::super::model::Screen::Review);
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    assert!(!screen.contains("already linked"), "{screen}");
}

#[test]
fn the_rename_box_holds_a_32_character_name_with_its_cursor() {
    let long = "globex-european-union-office-eu1";
    assert_eq!(long.len(), crate::store::NAME_MAX);
    let mut app = home_three();
    update(&mut app, key(KeyCode::Char('n')));
    update(&mut app, super::super::update::tests::ctrl('u'));
    type_str(&mut app, long);
    for (w, h) in [(80, 24), (60, 20)] {
        for (_, theme) in themes() {
            let mut terminal = render(&app, &theme, w, h);
            let screen = text(terminal.backend().buffer());
            assert!(screen.contains(long), "{w}x{h}:\n{screen}");
            // Row 3 of the screen is globex's (border, titles, acme, globex).
            let end = 1 + 4 + u16::try_from(long.len()).expect("short");
            terminal
                .backend_mut()
                .assert_cursor_position(Position::new(end, 3));
        }
    }
}
