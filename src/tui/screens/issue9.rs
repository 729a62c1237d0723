//! Issue 9's wizard bugs, each at the size it was seen at (fails before its fix).

use crossterm::event::KeyCode;

use super::drawn;
use crate::checks::{CheckId, CheckUpdate, Code, Status, Warning};
use crate::tui::model::{App, FieldId, KeyringState, Saved, Screen};
use crate::tui::msg::Msg;
use crate::tui::update::tests::{TOKEN, ctx, filled, finish_run, good_run, key, record};
use crate::tui::update::{init, prefill, update};

/// Bug 3: without a keyring the first review offers the file store (`f`) at once, and does
/// not say the token goes to the keyring.
#[test]
fn without_a_keyring_the_first_review_offers_the_file_store() {
    let mut app = filled();
    update(
        &mut app,
        Msg::KeyringProbed(KeyringState::Unavailable {
            reason: "no D-Bus session bus".into(),
        }),
    );
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    for screen in drawn(&app, 80, 24) {
        assert!(screen.contains("f keeps the token in"), "{screen}");
        assert!(screen.contains("f file store"), "{screen}");
        assert!(!screen.contains("OS keyring, as"), "{screen}");
    }
    // The probe may also end while the review is open.
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::KeyringProbed(KeyringState::Unavailable {
            reason: "no D-Bus session bus".into(),
        }),
    );
    assert!(drawn(&app, 80, 24)[0].contains("f keeps the token in"));
}

/// Bug 4: at 50x16 the review's warnings stay in view, and the facts below the fold
/// ("Profile to") are reached with the arrow keys.
#[test]
fn a_short_review_keeps_its_warnings_and_scrolls_its_facts() {
    let mut app = filled();
    app.home.config.profiles.insert(
        "acme-old".into(),
        record(9, "https://chat.example.com", 1, "Acme Inc.", 7),
    );
    app.form.report.warnings.push(Warning::new(
        Code::HttpAllowed,
        "plain http: the token crosses the network in clear",
    ));
    update(&mut app, Msg::Resize(50, 16));
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    for screen in drawn(&app, 50, 16) {
        assert!(screen.contains("plain http"), "{screen}");
        assert!(screen.contains("already linked"), "{screen}");
        assert!(screen.contains("more lines"), "{screen}");
    }
    for _ in 0..20 {
        update(&mut app, key(KeyCode::Down));
    }
    for screen in drawn(&app, 50, 16) {
        assert!(screen.contains("Profile to"), "{screen}");
        assert!(screen.contains("above"), "{screen}");
    }
    for _ in 0..20 {
        update(&mut app, key(KeyCode::Up));
    }
    assert_eq!(app.form.review_scroll, 0);
}

/// A checked form whose account has no WhatsApp inbox (the engine's own words).
fn no_whatsapp() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    let mut run = good_run();
    run.pop();
    run.push(CheckUpdate::new(
        CheckId::Inboxes,
        Status::Warn,
        Code::NoWhatsappInbox,
        "none of the 3 inboxes in account 1 is a WhatsApp inbox: add one under Settings → \
         Inboxes, or check the Account ID",
    ));
    finish_run(&mut app, run);
    app.form.focus = FieldId::Name;
    app
}

/// Bug 6: at 80 columns the "no WhatsApp inbox" warning is read whole (with the Account
/// ID, the row saying so), and the review and the done screen show it with its `!`.
#[test]
fn the_no_whatsapp_warning_is_read_whole_and_marked_on_review_and_done() {
    let mut app = no_whatsapp();
    for screen in drawn(&app, 80, 24) {
        assert!(screen.contains("(more: Account ID)"), "{screen}");
    }
    app.form.focus = FieldId::AccountId;
    app.form.list = None;
    for screen in drawn(&app, 80, 24) {
        let flat = screen
            .replace(['│', '|'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains("add one under Settings"), "{screen}");
    }
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    for screen in drawn(&app, 80, 24) {
        assert!(screen.contains("! none of the 3 inboxes"), "{screen}");
    }
    update(
        &mut app,
        Msg::Saved(Ok(Saved {
            name: "acme-inc".into(),
            config_file: "/c/profiles.toml".into(),
            token_place: "OS keyring".into(),
        })),
    );
    for screen in drawn(&app, 80, 24) {
        assert!(screen.contains("! none of the 3 inboxes"), "{screen}");
    }
}

/// Bug 7: started with `--config-dir`, the done screen's commands pass it on.
#[test]
fn the_next_commands_carry_the_config_dir() {
    let mut app = filled();
    app.ctx.config_dir = Some("/srv/my profiles".into());
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Ok(Saved {
            name: "acme-inc".into(),
            config_file: "/srv/my profiles/profiles.toml".into(),
            token_place: "OS keyring".into(),
        })),
    );
    for screen in drawn(&app, 80, 24) {
        assert!(
            screen.contains("chatwoot-link --config-dir '/srv/my profiles' status acme-inc"),
            "{screen}"
        );
    }
    assert_eq!(crate::tui::text::shell_word("/a/b-c"), "/a/b-c");
    assert_eq!(crate::tui::text::shell_word("it's"), "'it'\\''s'");
}

/// Bug 12: an unlink with the token reset says once that the profiles sharing the token
/// got the new one.
#[test]
fn the_unlink_result_says_each_thing_once() {
    let mut app = crate::tui::screens::manage::unlink_confirm();
    update(&mut app, key(KeyCode::Char('y')));
    let mut outcome = crate::tui::screens::manage::acme_unlinked();
    if let Ok(done) = &mut outcome.result {
        done.rotated = true;
        done.warnings = vec![
            "local profiles globex share this token; they got the new one. Every other \
             program using it stops working."
                .into(),
        ];
    }
    update(&mut app, Msg::UnlinkReport(outcome));
    for screen in drawn(&app, 80, 24) {
        let flat = screen
            .replace(['│', '|'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(flat.matches("got the new").count(), 1, "{screen}");
    }
}

/// Friction: a field typed into for the first time is not marked failed (`d` in the email
/// is not yet "not an email address"); once left, its failure shows.
#[test]
fn a_field_is_not_failed_while_first_typed() {
    let mut app = App::new(ctx());
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, Msg::Paste("d".into()));
    assert!(app.form.check(CheckId::Email).failed());
    for screen in drawn(&app, 80, 24) {
        assert!(!screen.contains("not an email"), "{screen}");
    }
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::BackTab));
    assert!(drawn(&app, 80, 24)[0].contains("not an email"));
}
