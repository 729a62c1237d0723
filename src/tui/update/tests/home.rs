//! The home screen: the first effects, every key, the live statuses, the config read
//! again after a change, and edit with and without a new token.

use crossterm::event::KeyCode;

use super::*;
use crate::checks::Status;
use crate::tui::model::Ending;
use crate::tui::model::{App, FieldId, HomeInput, Overlay, RowState, Screen};
use crate::tui::msg::{Change, Effect, Msg};
use crate::tui::update::update;

use super::edit::editing;

fn names(effects: &[Effect]) -> Vec<String> {
    match effects {
        [.., Effect::StatusAll(profiles)] => profiles.iter().map(|(n, _)| n.clone()).collect(),
        other => panic!("expected a re-check: {other:?}"),
    }
}

#[test]
fn the_first_frame_needs_only_the_config_and_every_profile_is_checked_at_once() {
    let (mut app, effects) = home_with(three_profiles());
    assert_eq!(app.screen, Screen::Home);
    assert!(matches!(effects.first(), Some(Effect::ProbeKeyring)));
    assert_eq!(names(&effects), ["acme", "globex", "initech"]);
    assert!(app.home.states.values().all(|s| *s == RowState::Checking));
    assert!(app.wants_ticks(), "the spinner runs while rows are checked");
    status_of(&mut app, "acme", Status::Ok, "all checks passed");
    status_of(
        &mut app,
        "globex",
        Status::Fail,
        "account: Jane Doe is an agent",
    );
    assert!(app.wants_ticks(), "initech is still checking");
    status_of(
        &mut app,
        "initech",
        Status::Warn,
        "inboxes: no WhatsApp inbox",
    );
    assert!(!app.wants_ticks(), "idle once every row is known");
    let at: jiff::Timestamp = "2026-07-01T10:00:00Z".parse().expect("ts");
    let acme = app.home.config.profiles["acme"].id;
    update(
        &mut app,
        Msg::StatusDone {
            verified: vec![acme],
            at,
            error: None,
        },
    );
    assert_eq!(app.home.config.profiles["acme"].data.verified_at, at);
    assert_ne!(app.home.config.profiles["globex"].data.verified_at, at);
}

#[test]
fn a_result_for_an_older_revision_is_dropped() {
    let (mut app, _) = home_with(three_profiles());
    let old = app.home.config.profiles["acme"].clone();
    let mut changed = three_profiles();
    changed
        .profiles
        .get_mut("acme")
        .expect("acme")
        .data
        .account_id = 5;
    update(&mut app, Msg::ConfigLoaded(Ok(changed)));
    update(
        &mut app,
        Msg::Status(crate::tui::model::RowResult {
            record: old,
            status: Status::Ok,
            message: "stale".into(),
            numbers: None,
            secret_missing: false,
        }),
    );
    let acme = &app.home.config.profiles["acme"];
    assert_eq!(app.home.state(acme), Some(&RowState::Checking));
}

#[test]
fn moving_keys_stay_in_the_list_and_page_by_what_fits() {
    let (mut app, _) = home_with(many_profiles(30));
    assert_eq!(app.home_rows_fit(), 11 - 1);
    let sel = |app: &mut App, code| {
        update(app, key(code));
        app.home.selected
    };
    assert_eq!(sel(&mut app, KeyCode::Up), 0);
    assert_eq!(sel(&mut app, KeyCode::Down), 1);
    assert_eq!(sel(&mut app, KeyCode::PageDown), 11);
    assert_eq!(sel(&mut app, KeyCode::PageUp), 1);
    assert_eq!(sel(&mut app, KeyCode::End), 29);
    assert_eq!(sel(&mut app, KeyCode::Down), 29);
    assert_eq!(sel(&mut app, KeyCode::PageDown), 29);
    assert_eq!(sel(&mut app, KeyCode::Home), 0);
    assert_eq!(app.home.selected().map(|(n, _)| n), Some("client-01"));
}

#[test]
fn slash_filters_a_long_list_and_esc_clears_it() {
    let (mut app, _) = home_with(many_profiles(30));
    update(&mut app, key(KeyCode::Char('/')));
    assert!(matches!(app.home.input, HomeInput::Filter));
    type_str(&mut app, "client-2");
    assert_eq!(app.home.visible().len(), 10, "client-20 … client-29");
    // Typed letters go to the filter, not to the commands.
    assert_eq!(app.screen, Screen::Home);
    assert!(app.exit.is_none());
    update(&mut app, key(KeyCode::Enter));
    assert!(matches!(app.home.input, HomeInput::Browse));
    update(&mut app, key(KeyCode::Down));
    assert_eq!(app.home.selected().map(|(n, _)| n), Some("client-21"));
    // By host and account name too.
    update(&mut app, key(KeyCode::Esc));
    assert!(app.home.filter.is_none(), "Esc clears the filter first");
    assert!(app.exit.is_none());
    update(&mut app, key(KeyCode::Char('/')));
    type_str(&mut app, "15 ltd");
    assert_eq!(app.home.visible(), ["client-15"]);
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.home.visible().len(), 30);
    // A paste goes into the filter, without its newline.
    update(&mut app, key(KeyCode::Char('/')));
    update(&mut app, Msg::Paste("client-30\n".into()));
    assert_eq!(app.home.visible(), ["client-30"]);
    update(&mut app, key(KeyCode::Esc));
    // Not filtering: a paste on the list does nothing.
    assert!(update(&mut app, Msg::Paste("q".into())).is_empty());
    assert_eq!(app.home.visible().len(), 30);

    // A short list filters too (issue 9: `/` always), and j/k move as ↓/↑.
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('/')));
    assert!(matches!(app.home.input, HomeInput::Filter));
    type_str(&mut app, "glob");
    assert_eq!(app.home.visible(), ["globex"]);
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, key(KeyCode::Char('j')));
    assert_eq!(app.home.selected().map(|(n, _)| n), Some("globex"));
    update(&mut app, key(KeyCode::Char('k')));
    assert_eq!(app.home.selected().map(|(n, _)| n), Some("acme"));
    // V checks every profile again, afresh.
    let effects = update(&mut app, key(KeyCode::Char('V')));
    assert!(
        matches!(effects.as_slice(), [Effect::ReverifyAll(p)] if p.len() == 3),
        "{effects:?}"
    );
}

#[test]
fn q_and_esc_quit_and_f1_or_question_mark_show_the_keys() {
    for quit in [KeyCode::Char('q'), KeyCode::Esc] {
        let (mut app, _) = home_with(three_profiles());
        assert!(update(&mut app, key(quit)).is_empty());
        assert_eq!(app.exit, Some(Ending::Finished));
    }
    for help in [KeyCode::F(1), KeyCode::Char('?')] {
        let (mut app, _) = home_with(three_profiles());
        update(&mut app, key(help));
        assert_eq!(app.overlay, Some(Overlay::Keys));
        update(&mut app, key(KeyCode::Esc));
        assert_eq!(app.overlay, None);
        assert!(app.exit.is_none());
    }
}

#[test]
fn v_rechecks_the_selected_profile_afresh() {
    let (mut app, _) = home_with(three_profiles());
    status_of(&mut app, "acme", Status::Fail, "token: rejected");
    let effects = update(&mut app, key(KeyCode::Char('v')));
    assert!(
        matches!(effects.as_slice(), [Effect::Reverify { name, .. }] if name == "acme"),
        "{effects:?}"
    );
    let acme = &app.home.config.profiles["acme"];
    assert_eq!(app.home.state(acme), Some(&RowState::Checking));
}

#[test]
fn d_sets_the_default_and_the_config_is_read_again() {
    let (mut app, _) = home_with(three_profiles());
    assert!(update(&mut app, key(KeyCode::Char('d'))).is_empty());
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("already")));
    update(&mut app, key(KeyCode::Down));
    let effects = update(&mut app, key(KeyCode::Char('d')));
    assert!(matches!(effects.as_slice(), [Effect::Store(Change::Default(n))] if n == "globex"));
    assert!(app.home.busy);
    // Quitting waits for the write (an Esc may also be half of a split arrow key).
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, key(KeyCode::Char('q')));
    assert_eq!(app.exit, None);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("quit again"))
    );
    let effects = update(
        &mut app,
        Msg::Stored {
            change: Change::Default("globex".into()),
            result: Ok("globex".into()),
        },
    );
    assert!(matches!(effects.as_slice(), [Effect::LoadConfig]));
    let mut config = three_profiles();
    config.default = Some("globex".into());
    // Unchanged profiles keep their state: nothing is checked again.
    status_of(&mut app, "acme", Status::Ok, "all checks passed");
    assert!(update(&mut app, Msg::ConfigLoaded(Ok(config))).is_empty());
    assert_eq!(app.home.config.default.as_deref(), Some("globex"));
    let acme = &app.home.config.profiles["acme"];
    assert!(matches!(app.home.state(acme), Some(RowState::Done { .. })));
}

#[test]
fn n_renames_inline_with_the_store_rules() {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('n')));
    assert_eq!(
        match &app.home.input {
            HomeInput::Rename(i) => Some(i.value()),
            _ => None,
        },
        Some("acme")
    );
    // The letters are the new name, not commands.
    type_str(&mut app, " co");
    assert!(app.exit.is_none());
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("ASCII letters, digits") && n.chars().count() <= 80),
        "{:?}",
        app.notice
    );
    for _ in 0..3 {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "-Co");
    let effects = update(&mut app, key(KeyCode::Enter));
    assert!(
        matches!(effects.as_slice(), [Effect::Store(Change::Rename { old, new })] if old == "acme" && new == "acme-co"),
        "{effects:?}"
    );
    assert!(matches!(app.home.input, HomeInput::Browse));
    // A taken name is refused before anything is written; Esc cancels.
    update(&mut app, key(KeyCode::Char('n')));
    for _ in 0..4 {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "globex");
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("exists")));
    update(&mut app, key(KeyCode::Esc));
    assert!(matches!(app.home.input, HomeInput::Browse));
    assert!(app.exit.is_none());
}

#[test]
fn a_adds_a_profile_and_esc_returns_home() {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('a')));
    assert_eq!(app.screen, Screen::Form);
    assert!(app.form.mode.is_add());
    assert_eq!(app.form.fields.get(FieldId::Url), "");
    let effects = update(&mut app, key(KeyCode::Esc));
    assert!(matches!(effects.as_slice(), [Effect::LoadConfig]));
    assert_eq!(app.screen, Screen::Home);
    // With something typed it asks first.
    update(&mut app, key(KeyCode::Char('a')));
    type_str(&mut app, "chat");
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    update(&mut app, key(KeyCode::Char('y')));
    assert_eq!(app.screen, Screen::Home);
    assert!(app.exit.is_none());
    // A taken name is refused by the form.
    update(&mut app, key(KeyCode::Char('a')));
    app.form.fields.set(FieldId::Name, "globex");
    assert!(app.name_problem().is_some_and(|p| p.contains("exists")));
}

#[test]
fn ctrl_c_on_the_list_quits_and_in_a_form_keeps_earlier_changes() {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, ctrl('c'));
    assert_eq!(app.exit, Some(Ending::Finished));
    // SIGTERM or SIGHUP is not the user's quit.
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, Msg::Terminate);
    assert_eq!(app.exit, Some(Ending::Interrupted));
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('a')));
    update(&mut app, ctrl('c'));
    assert_eq!(app.exit, Some(Ending::Interrupted));
    assert!(
        app.exit_note
            .as_deref()
            .is_some_and(|n| n.contains("earlier changes stay"))
    );
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('u')));
    update(&mut app, ctrl('c'));
    assert_eq!(app.exit, Some(Ending::Interrupted));
    assert_eq!(
        app.exit_note.as_deref(),
        Some("cancelled: nothing was unlinked")
    );
}

#[test]
fn the_renamed_or_saved_profile_is_selected_when_the_list_returns() {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Char('n')));
    for _ in 0..4 {
        update(&mut app, key(KeyCode::Backspace));
    }
    type_str(&mut app, "zeta");
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Stored {
            change: Change::Rename {
                old: "acme".into(),
                new: "zeta".into(),
            },
            result: Ok("zeta".into()),
        },
    );
    let mut config = three_profiles();
    let acme = config.profiles.remove("acme").expect("acme");
    config.profiles.insert("zeta".into(), acme);
    config.default = Some("zeta".into());
    // Only renamed: not checked again.
    assert!(update(&mut app, Msg::ConfigLoaded(Ok(config))).is_empty());
    assert_eq!(app.home.selected().map(|(n, _)| n), Some("zeta"));

    let mut app = editing();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Ok(crate::tui::model::Saved {
            name: "initech".into(),
            config_file: "/cfg/profiles.toml".into(),
            token_place: "OS keyring".into(),
        })),
    );
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, Msg::ConfigLoaded(Ok(three_profiles())));
    assert_eq!(app.home.selected().map(|(n, _)| n), Some("initech"));
}
