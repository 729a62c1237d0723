//! Several accounts at once: the marked list, the review of one profile per account and
//! the done screen, at 80x24 and at the smallest size the wizard draws (50x16).

use crossterm::event::KeyCode;

use super::{render, snap_compact, text, themes};
use crate::checks::{CheckId, Status};
use crate::tui::model::{App, ManyLine};
use crate::tui::msg::Msg;
use crate::tui::update::tests::multi::{account_report, both_saved, marked, reviewing};
use crate::tui::update::tests::{key, record};
use crate::tui::update::update;

/// Acme and Delta Shop marked in the list.
pub(super) fn list_marked() -> App {
    let mut app = marked();
    app.notice = None;
    app
}

/// Their review, both checked; Delta Shop is linked already under another name.
pub(super) fn review_several() -> App {
    let mut app = reviewing();
    app.home.config.profiles.insert(
        "delta".into(),
        record(9, "https://chat.example.com", 4, "Delta Shop", 7),
    );
    app
}

/// The done screen: two saved, one not (its name was taken meanwhile).
pub(super) fn done_several() -> App {
    let mut app = reviewing();
    let (saved, mut lines) = both_saved();
    lines.push(ManyLine {
        account_id: 7,
        account_name: "Umbrella".into(),
        name: Some("umbrella".into()),
        saved: false,
        code: crate::checks::Code::NameTaken,
        message: "a profile named umbrella exists already".into(),
        warnings: Vec::new(),
    });
    update(&mut app, Msg::SavedMany(Ok((saved, lines))));
    app
}

/// Their review, the checks still running.
pub(super) fn review_checking() -> App {
    let mut app = marked();
    update(&mut app, key(KeyCode::Enter));
    app
}

#[test]
fn the_marked_list() {
    let app = list_marked();
    snap_compact!("multi_list_marked", &app, &[], true);
    let screen = text(render(&app, &themes()[0].1, 80, 24).backend().buffer());
    assert!(screen.contains("[x]  1"), "{screen}");
    assert!(screen.contains("[x]  4"), "{screen}");
    assert!(screen.contains("Space mark"), "{screen}");
    assert!(screen.contains("Enter review the marked"), "{screen}");
    assert!(screen.contains("1, 4"), "{screen}");
}

#[test]
fn the_review_of_several_accounts() {
    snap_compact!("multi_review_checking", &review_checking(), &[], true);
    snap_compact!("multi_review", &review_several(), &[], true);
    // One account failed: it is said why, and Enter saves the other.
    let mut failed = marked();
    update(&mut failed, key(KeyCode::Enter));
    let generation = failed.form.multi.as_ref().map_or(0, |m| m.generation);
    for (id, ok) in [(1, true), (4, false)] {
        let report = Box::new(account_report(id, ok));
        let msg = Msg::AccountChecked {
            generation,
            account_id: id,
            report,
        };
        update(&mut failed, msg);
    }
    let screen = text(render(&failed, &themes()[0].1, 80, 24).backend().buffer());
    assert!(
        screen.contains("not saved: account: Jane Doe is an agent in account 4"),
        "{screen}"
    );
    assert!(
        screen.contains("saves the 1 that passed (1 not)"),
        "{screen}"
    );
    assert!(failed.form.multi.as_ref().is_some_and(|m| {
        m.rows[1]
            .report
            .as_ref()
            .is_some_and(|r| r.check(CheckId::Account).status == Status::Fail)
    }));
}

#[test]
fn the_done_screen_of_several_accounts() {
    let app = done_several();
    snap_compact!("multi_done", &app, &[], true);
    let screen = text(render(&app, &themes()[0].1, 80, 24).backend().buffer());
    assert!(screen.contains("acme-inc: account 1 Acme Inc., linked and checked"));
    assert!(screen.contains("account 7 Umbrella not saved: a profile named umbrella"));
}
