//! The inbox picker: a stop after the Account ID once the account's WhatsApp inboxes are
//! known; Space chooses; the choice goes to the next run's inputs and to the save.

use crossterm::event::KeyCode;

use super::*;
use crate::checks::{InboxReadiness, Problem, WhatsappFacts};
use crate::tui::model::Screen;

fn inbox(id: u64, name: &str, problems: Vec<Problem>) -> InboxReadiness {
    InboxReadiness {
        id,
        name: name.into(),
        phone_number: Some("+15551234567".into()),
        channel: "cloud".into(),
        chosen: false,
        connected: Some(problems.is_empty()),
        webhook_host: Some("chat.example.com".into()),
        health: None,
        problems,
    }
}

fn whatsapp_run() -> CheckUpdate {
    let disconnected = Problem {
        code: Code::WhatsappDisconnected,
        message: "inbox 'Sales' is disconnected".into(),
        fails: false,
    };
    CheckUpdate::new(
        CheckId::Whatsapp,
        Status::Warn,
        Code::WhatsappDisconnected,
        "inbox 'Sales' is disconnected",
    )
    .with_facts(Facts::Whatsapp(WhatsappFacts {
        inboxes: vec![
            inbox(5, "Support", vec![]),
            inbox(9, "Sales", vec![disconnected]),
        ],
        missing: vec![],
    }))
}

/// Filled in and checked, the WhatsApp inboxes known, focus on the Account ID.
fn with_inboxes() -> App {
    let mut app = filled();
    let mut run = good_run();
    run.push(whatsapp_run());
    app.form.live.generation += 1;
    finish_run(&mut app, run);
    app.form.focus = FieldId::AccountId;
    app.form.list = None;
    app
}

#[test]
fn tab_from_the_account_id_stops_at_the_inboxes_only_when_some_are_known() {
    let mut app = with_inboxes();
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(
        app.form.inbox_list,
        Some(crate::tui::model::InboxList::default())
    );
    assert_eq!(app.form.focus, FieldId::AccountId);
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.form.inbox_list, None);
    assert_eq!(app.form.focus, FieldId::Name);
    // Back from the name: the inboxes again, then the Account ID.
    update(&mut app, key(KeyCode::BackTab));
    assert!(app.form.inbox_list.is_some());
    update(&mut app, key(KeyCode::BackTab));
    assert_eq!(app.form.inbox_list, None);
    assert_eq!(app.form.focus, FieldId::AccountId);

    let mut app = filled();
    app.form.focus = FieldId::AccountId;
    app.form.list = None;
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.form.inbox_list, None);
    assert_eq!(app.form.focus, FieldId::Name);
}

#[test]
fn space_chooses_and_the_next_run_checks_the_choice() {
    let mut app = with_inboxes();
    update(&mut app, key(KeyCode::Tab));
    // Typing does nothing here; Space chooses, it types nothing.
    assert!(type_str(&mut app, "x").is_empty());
    update(&mut app, key(KeyCode::Down));
    let effects = update(&mut app, key(KeyCode::Char(' ')));
    assert_eq!(app.form.chosen_inboxes(), vec![9]);
    assert_eq!(app.form.fields.get(FieldId::AccountId), "1");
    let generation = match effects.as_slice() {
        [Effect::Debounce { generation, .. }] => *generation,
        other => panic!("{other:?}"),
    };
    let effects = update(&mut app, Msg::DebounceElapsed { generation });
    let inputs = effects
        .iter()
        .find_map(|e| match e {
            Effect::RunChecks { inputs, .. } => Some(inputs.clone()),
            _ => None,
        })
        .expect("a run");
    assert_eq!(inputs.inbox_ids, vec![9]);
    // Space again drops it; none chosen is allowed.
    update(&mut app, key(KeyCode::Char(' ')));
    assert!(app.form.chosen_inboxes().is_empty());
    // Elsewhere Space is a space.
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Char(' ')));
    assert!(app.form.fields.get(FieldId::Name).ends_with(' '));
}

#[test]
fn the_choice_is_saved_and_belongs_to_its_account() {
    let mut app = with_inboxes();
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Char(' ')));
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.focus, FieldId::Name);
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
    let effects = update(&mut app, key(KeyCode::Enter));
    let saved = effects
        .iter()
        .find_map(|e| match e {
            Effect::Save(req) => Some(req.data.inbox_ids.clone()),
            _ => None,
        })
        .expect("a save");
    assert_eq!(saved, vec![5]);

    // Another Account ID: the choice was for account 1.
    let mut app = with_inboxes();
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Char(' ')));
    app.form.fields.set(FieldId::AccountId, "12");
    assert!(app.form.chosen_inboxes().is_empty());
}

#[test]
fn an_edit_starts_with_the_profiles_chosen_inboxes() {
    let (mut app, _) = home_with(three_profiles());
    if let Some(p) = app.home.config.profiles.get_mut("acme") {
        p.data.inbox_ids = vec![9];
    }
    update(&mut app, key(KeyCode::Char('e')));
    assert_eq!(app.form.chosen_inboxes(), vec![9]);
}
