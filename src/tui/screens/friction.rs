//! Issue 9's friction items, snapshot-tested at 80x24 and 50x16 in both themes.

use crossterm::event::KeyCode;

use super::{drawn, snap_compact};
use crate::checks::Status;
use crate::tui::model::{App, RowResult};
use crate::tui::msg::Msg;
use crate::tui::update::tests::{home_with, key, status_of, three_profiles};
use crate::tui::update::update;

/// acme passed with its numbers; globex (selected) still checking, its inbox ids known.
pub(super) fn home_numbers() -> App {
    let mut config = three_profiles();
    if let Some(r) = config.profiles.get_mut("globex") {
        r.data.inbox_ids = vec![12, 13];
    }
    let (mut app, _) = home_with(config);
    let record = app.home.config.profiles["acme"].clone();
    update(
        &mut app,
        Msg::Status(RowResult {
            record,
            status: Status::Ok,
            message: "all checks passed".into(),
            numbers: Some(vec![
                "+1 555 0100 (Sales)".into(),
                "Support, no number".into(),
            ]),
            secret_missing: false,
        }),
    );
    app
}

/// The same, globex selected: its inbox ids shown before its check ends.
pub(super) fn home_numbers_pending() -> App {
    let mut app = home_numbers();
    update(&mut app, key(KeyCode::Down));
    app
}

/// Three profiles, acme passed.
pub(super) fn home_columns() -> App {
    let (mut app, _) = home_with(three_profiles());
    status_of(&mut app, "acme", Status::Ok, "all checks passed");
    app
}

/// A slow server: 8 seconds into the check.
pub(super) fn form_slow() -> App {
    crate::tui::update::tests::friction::slow_form(83)
}

#[test]
fn the_details_show_the_url_and_whatsapp_numbers() {
    let app = home_numbers();
    for screen in drawn(&app, 80, 24) {
        assert!(
            screen.contains("URL         https://chat.example.com"),
            "{screen}"
        );
        assert!(
            screen.contains("WhatsApp    +1 555 0100 (Sales), Support, no number"),
            "{screen}"
        );
    }
    snap_compact!("home_numbers", &app, &[], false);
    // Before its check ends, a profile shows its chosen inbox ids at once.
    let app = home_numbers_pending();
    for screen in drawn(&app, 80, 24) {
        assert!(
            screen.contains("WhatsApp    inbox 12, 13; numbers after the check"),
            "{screen}"
        );
    }
    snap_compact!("home_numbers_pending", &app, &[], false);
    // A check that could not list the inboxes keeps the numbers already known.
    let mut app = home_numbers();
    status_of(&mut app, "acme", Status::Fail, "token: rejected");
    assert!(drawn(&app, 80, 24)[0].contains("+1 555 0100 (Sales)"));
}

/// At 50 columns the name column was 20 wide for 6-letter names and the account was cut to
/// one character: the columns now follow the values and the width.
#[test]
fn the_columns_follow_the_terminal_width() {
    let app = home_columns();
    for screen in drawn(&app, 50, 16) {
        assert!(
            screen.contains("acme             chat.example.com  Acme Inc."),
            "{screen}"
        );
        assert!(screen.contains("Profile "), "{screen}");
    }
    for screen in drawn(&app, 80, 24) {
        assert!(screen.contains("Profile (* default)"), "{screen}");
    }
    snap_compact!("home_columns", &app, &[], false);
}

/// A slow server: the clock and the cancel key on the bar, at both sizes.
#[test]
fn a_slow_check_shows_connecting_with_seconds() {
    let app = form_slow();
    for screen in drawn(&app, 80, 24) {
        assert!(screen.contains("connecting"), "{screen}");
        assert!(screen.contains(" 8 s  Ctrl-L cancel and retry"), "{screen}");
    }
    for screen in drawn(&app, 50, 16) {
        assert!(screen.contains("Ctrl-L cancel and retry"), "{screen}");
    }
    snap_compact!("form_slow", &app, &[], false);
}
