//! Several accounts at once: marking in the list, the review of one profile per account
//! (checked each, renamed), the shared save and the done screen. The helpers are shared
//! with the screen snapshots and the key tables' tests.

use crossterm::event::KeyCode;

use super::*;
use crate::checks::CheckReport;
use crate::tui::model::{Ending, ManyLine, SaveState, Saved, Screen};
use crate::tui::msg::ManyRequest;

/// The agency's accounts: two it administers (1, 4), one as agent, one suspended.
pub fn agency_accounts() -> Vec<AccountFacts> {
    let mut all = accounts();
    all.insert(
        2,
        AccountFacts {
            id: 4,
            name: "Delta Shop".into(),
            role: "administrator".into(),
            status: "active".into(),
        },
    );
    all
}

/// The form's run without an Account ID: the URL, the token (reaching the agency's
/// accounts) and the email.
fn shared_run() -> Vec<CheckUpdate> {
    good_run()
        .into_iter()
        .take(4)
        .map(|u| match u.facts.clone() {
            Some(Facts::User { user, .. }) => u.with_facts(Facts::User {
                user,
                accounts: agency_accounts(),
            }),
            _ => u,
        })
        .collect()
}

/// The list open on the agency's accounts, nothing marked.
pub fn listing() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "");
    init(&mut app);
    finish_run(&mut app, shared_run());
    for _ in 0..3 {
        update(&mut app, key(KeyCode::Tab));
    }
    assert_eq!(app.form.focus, FieldId::AccountId);
    assert!(app.form.list.is_some());
    app
}

/// Acme (1) and Delta Shop (4) marked, the list still open.
pub fn marked() -> App {
    let mut app = listing();
    update(&mut app, key(KeyCode::Char(' ')));
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Char(' ')));
    assert_eq!(app.form.marked, [1, 4]);
    app
}

/// One account's full check as the link layer reports it.
pub fn account_report(id: u64, ok: bool) -> CheckReport {
    let account = agency_accounts().into_iter().find(|a| a.id == id);
    let mut report = CheckReport::new();
    for u in good_run().into_iter().take(4) {
        report.apply(&u);
    }
    if ok {
        let a = account.expect("known account");
        let message = msg!(
            checks_account_ok,
            account = a.name.as_str(),
            account_id = a.id
        );
        report.apply(&super::ok(CheckId::Account, message).with_facts(Facts::Account(a)));
        for u in good_run().into_iter().skip(5) {
            report.apply(&u);
        }
    } else {
        report.apply(&CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::NotAdministrator,
            msg!(
                checks_account_not_admin_agent,
                name = "Jane Doe",
                account_id = id,
                account = account.map(|a| a.name).unwrap_or_default()
            ),
        ));
    }
    report
}

/// The review of the two marked accounts, both checks passed.
pub fn reviewing() -> App {
    let mut app = marked();
    update(&mut app, key(KeyCode::Enter));
    let generation = app.form.multi.as_ref().map_or(0, |m| m.generation);
    for id in [1, 4] {
        update(
            &mut app,
            Msg::AccountChecked {
                generation,
                account_id: id,
                report: Box::new(account_report(id, true)),
            },
        );
    }
    app
}

/// What the save reports: both saved.
pub fn both_saved() -> (Saved, Vec<ManyLine>) {
    let line = |id: u64, name: &str, account: &str| ManyLine {
        account_id: id,
        account_name: account.into(),
        name: Some(name.into()),
        saved: true,
        code: Code::Ok,
        message: "linked and checked".into(),
        warnings: Vec::new(),
    };
    (
        Saved {
            name: "2 profiles".into(),
            config_file: "/home/jane/.config/chatwoot-link/profiles.toml".into(),
            token_place: crate::i18n::t!(wizard_multi_place_keyring, count = 2),
        },
        vec![
            line(1, "acme-inc", "Acme Inc."),
            line(4, "delta-shop", "Delta Shop"),
        ],
    )
}

fn names(app: &App) -> Vec<String> {
    app.form
        .multi
        .as_ref()
        .map(|m| m.rows.iter().map(|r| r.name.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn space_marks_only_accounts_that_can_be_linked() {
    let mut app = listing();
    update(&mut app, key(KeyCode::Down)); // Globex: agent
    update(&mut app, key(KeyCode::Char(' ')));
    assert!(app.form.marked.is_empty());
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("agent")));
    update(&mut app, key(KeyCode::Up));
    update(&mut app, key(KeyCode::Char(' ')));
    assert_eq!(app.form.marked, [1]);
    update(&mut app, key(KeyCode::Char(' ')));
    assert!(app.form.marked.is_empty(), "Space again unmarks");
    // The field's text is untouched: marks are not typing.
    assert_eq!(app.form.fields.get(FieldId::AccountId), "");
}

#[test]
fn space_outside_the_list_is_a_typed_space() {
    let mut app = listing();
    update(&mut app, key(KeyCode::BackTab));
    update(&mut app, key(KeyCode::Char(' ')));
    assert!(app.form.marked.is_empty());
    assert_eq!(app.form.fields.get(FieldId::Token), format!("{TOKEN} "));
}

#[test]
fn one_mark_then_enter_picks_as_before() {
    let mut app = listing();
    update(&mut app, key(KeyCode::Char(' ')));
    update(&mut app, key(KeyCode::Enter));
    assert!(app.form.marked.is_empty());
    assert!(app.form.multi.is_none());
    assert_eq!(app.form.fields.get(FieldId::AccountId), "1");
    assert_eq!(app.form.focus, FieldId::Name);
}

#[test]
fn two_marks_open_one_review_that_checks_each_account() {
    let mut app = marked();
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("2 accounts"))
    );
    let effects = update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    let Some(Effect::CheckAccounts {
        generation,
        inputs,
        ids,
    }) = effects.first()
    else {
        panic!("expected the accounts' checks: {effects:?}");
    };
    assert_eq!(ids, &[1, 4]);
    assert_eq!(inputs.token.expose(), TOKEN);
    assert!(!format!("{effects:?}").contains(TOKEN));
    assert_eq!(names(&app), ["acme-inc", "delta-shop"]);
    assert!(app.wants_ticks(), "spinners while the accounts are checked");
    // A result of an older review is dropped.
    let stale = Msg::AccountChecked {
        generation: generation + 7,
        account_id: 1,
        report: Box::new(account_report(1, true)),
    };
    update(&mut app, stale);
    assert!(
        app.form
            .multi
            .as_ref()
            .is_some_and(|m| m.rows[0].report.is_none())
    );
    // Enter before the checks ended saves nothing.
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("Waiting")));
}

#[test]
fn names_avoid_saved_profiles() {
    let mut config = Config::empty();
    config.profiles.insert(
        "acme-inc".into(),
        record(1, "https://other.example.com", 9, "Acme Inc.", 7),
    );
    let mut app = marked();
    app.home.config = config;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(names(&app), ["acme-inc-2", "delta-shop"]);
}

#[test]
fn n_renames_the_chosen_account_and_refuses_a_taken_name() {
    let mut app = reviewing();
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Char('n')));
    assert_eq!(
        crate::tui::keys::Active::of(&app),
        crate::tui::keys::Active::Rename
    );
    for _ in 0.."delta-shop".len() {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "acme-inc");
    update(&mut app, key(KeyCode::Enter));
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("exists")));
    for _ in 0.."acme-inc".len() {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "Delta Ñ");
    update(&mut app, key(KeyCode::Enter));
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("ASCII")));
    for _ in 0..2 {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "-eu");
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(names(&app), ["acme-inc", "delta-eu"]);
    // Esc while renaming keeps the name.
    update(&mut app, key(KeyCode::Char('n')));
    type_str(&mut app, "zzz");
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(names(&app), ["acme-inc", "delta-eu"]);
    assert_eq!(app.screen, Screen::Review);
}

#[test]
fn enter_saves_the_accounts_that_passed_under_their_names() {
    let mut app = marked();
    update(&mut app, key(KeyCode::Enter));
    let generation = app.form.multi.as_ref().map_or(0, |m| m.generation);
    for (id, ok) in [(1, true), (4, false)] {
        update(
            &mut app,
            Msg::AccountChecked {
                generation,
                account_id: id,
                report: Box::new(account_report(id, ok)),
            },
        );
    }
    let effects = update(&mut app, key(KeyCode::Enter));
    let [Effect::SaveMany(req)] = effects.as_slice() else {
        panic!("expected the shared save: {effects:?}");
    };
    let ManyRequest {
        checked, inputs, ..
    } = &**req;
    let saved: Vec<(u64, Option<&str>)> = checked
        .iter()
        .map(|c| (c.account_id, c.name.as_deref()))
        .collect();
    assert_eq!(saved, [(1, Some("acme-inc"))]);
    assert_eq!(inputs.kind, crate::store::TokenStoreKind::Keyring);
    assert_eq!(app.form.save, SaveState::Saving);
}

#[test]
fn the_done_screen_lists_each_and_the_scrollback_gets_a_line_each() {
    let mut app = reviewing();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, Msg::SavedMany(Ok(both_saved())));
    assert!(matches!(app.screen, Screen::Done(_)));
    assert!(matches!(
        update(&mut app, key(KeyCode::Char('i'))).as_slice(),
        [Effect::Copy(ids)] if ids == "1,4"
    ));
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.exit, Some(Ending::Finished));
    assert_eq!(
        app.exit_note.as_deref(),
        Some(
            "Linked acme-inc: chat.example.com account 1\n\
             Linked delta-shop: chat.example.com account 4"
        )
    );
}

#[test]
fn no_keyring_offers_the_file_store_for_the_shared_token() {
    let mut app = reviewing();
    app.keyring = crate::tui::model::KeyringState::Unavailable {
        reason: "no Secret Service".into(),
    };
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(matches!(app.form.save, SaveState::NeedsConsent { .. }));
    let effects = update(&mut app, key(KeyCode::Char('f')));
    assert!(
        matches!(effects.as_slice(), [Effect::SaveMany(r)] if r.inputs.kind == crate::store::TokenStoreKind::File)
    );
}

#[test]
fn a_new_token_drops_the_marks_and_esc_on_the_review_keeps_them() {
    let mut app = reviewing();
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Form);
    assert!(app.form.multi.is_none());
    assert_eq!(app.form.marked, [1, 4]);
    update(&mut app, key(KeyCode::Esc)); // close the list
    update(&mut app, key(KeyCode::BackTab));
    assert_eq!(app.form.focus, FieldId::Token);
    update(&mut app, key(KeyCode::Backspace));
    assert!(app.form.marked.is_empty());
}
