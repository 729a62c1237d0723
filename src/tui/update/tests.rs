//! `update` driven message by message: every key and every message kind.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{init, prefill, update};
use crate::checks::{
    AccountFacts, CheckId, CheckUpdate, Code, Facts, InboxFacts, ServerFacts, Status, UserFacts,
};
use crate::cli::Exit;
use crate::tui::model::{
    App, CheckState, Context, ExistingProfile, FieldId, KeyringState, Overlay, SaveState, Saved,
    Screen, TokenStore,
};
use crate::tui::msg::{Effect, Msg, SaveError};

pub const TOKEN: &str = "hPZ3kT9vUq2mNwXyR4sLbC8d";

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn type_str(app: &mut App, s: &str) -> Vec<Effect> {
    s.chars()
        .flat_map(|c| update(app, key(KeyCode::Char(c))))
        .collect()
}

fn ok(id: CheckId, message: &str) -> CheckUpdate {
    CheckUpdate::new(id, Status::Ok, Code::Ok, message)
}

pub fn accounts() -> Vec<AccountFacts> {
    vec![
        AccountFacts {
            id: 1,
            name: "Acme Inc.".into(),
            role: "administrator".into(),
            status: "active".into(),
        },
        AccountFacts {
            id: 2,
            name: "Globex".into(),
            role: "agent".into(),
            status: "active".into(),
        },
        AccountFacts {
            id: 12,
            name: "Initech".into(),
            role: "administrator".into(),
            status: "suspended".into(),
        },
    ]
}

/// The updates a sandbox run for account 1 would send, in order.
pub fn good_run() -> Vec<CheckUpdate> {
    vec![
        ok(CheckId::Url, "Chatwoot 4.15.1")
            .with_facts(Facts::Origin("https://chat.example.com".into())),
        ok(CheckId::Url, "Chatwoot 4.15.1").with_facts(Facts::Server(ServerFacts {
            version: "4.15.1".into(),
        })),
        ok(CheckId::Token, "Jane Doe's token").with_facts(Facts::User {
            user: UserFacts {
                id: 7,
                name: "Jane Doe".into(),
                email: "jane@example.com".into(),
            },
            accounts: accounts(),
        }),
        ok(CheckId::Email, "matches the token's user"),
        ok(CheckId::Account, "Acme Inc.: administrator, active")
            .with_facts(Facts::Account(accounts()[0].clone())),
        ok(CheckId::Inboxes, "3 inboxes, 1 WhatsApp").with_facts(Facts::Inboxes(InboxFacts {
            total: 3,
            whatsapp: 1,
            whatsapp_inboxes: vec![],
        })),
    ]
}

pub fn ctx() -> Context {
    Context {
        config_file: "/home/jane/.config/chatwoot-link/profiles.toml".into(),
        file_store: "/home/jane/.config/chatwoot-link/tokens.toml".into(),
        command: "chatwoot-link".into(),
        ..Context::default()
    }
}

/// Feeds a full run for the current generation and ends it.
pub fn finish_run(app: &mut App, updates: Vec<CheckUpdate>) -> Vec<Effect> {
    let generation = app.live.generation;
    let mut effects = Vec::new();
    for u in updates {
        effects.extend(update(
            app,
            Msg::Check {
                generation,
                update: u,
            },
        ));
    }
    effects.extend(update(app, Msg::ChecksDone { generation }));
    effects
}

/// A form filled in and checked, focus on the name.
pub fn filled() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    let effects = init(&mut app);
    assert!(matches!(
        effects.as_slice(),
        [Effect::ProbeKeyring, Effect::RunChecks { .. }]
    ));
    finish_run(&mut app, good_run());
    app.focus = FieldId::Name;
    app
}

fn run_of(effects: &[Effect]) -> Option<u64> {
    effects.iter().find_map(|e| match e {
        Effect::RunChecks { generation, .. } => Some(*generation),
        _ => None,
    })
}

#[test]
fn first_frame_needs_nothing_and_init_probes_the_keyring_only() {
    let mut app = App::new(ctx());
    assert_eq!(app.screen, Screen::Form);
    assert_eq!(app.focus, FieldId::Url);
    assert!(!app.wants_ticks(), "an idle form has no timer");
    assert!(matches!(init(&mut app).as_slice(), [Effect::ProbeKeyring]));
    update(&mut app, Msg::KeyringProbed(KeyringState::Available));
    assert_eq!(app.keyring, KeyringState::Available);
}

#[test]
fn typing_checks_locally_and_debounces_the_live_checks() {
    let mut app = App::new(ctx());
    let effects = type_str(&mut app, "chat.example.com");
    assert_eq!(app.fields.get(FieldId::Url), "chat.example.com");
    // One debounce per keystroke, each for a newer generation; no request yet.
    assert_eq!(effects.len(), "chat.example.com".len());
    assert!(run_of(&effects).is_none());
    let Some(Effect::Debounce { generation, .. }) = effects.last() else {
        panic!("no debounce: {effects:?}");
    };
    // An older timer does nothing; the newest starts the run.
    assert!(
        update(
            &mut app,
            Msg::DebounceElapsed {
                generation: generation - 1
            }
        )
        .is_empty()
    );
    let effects = update(
        &mut app,
        Msg::DebounceElapsed {
            generation: *generation,
        },
    );
    assert_eq!(run_of(&effects), Some(*generation));
    assert!(app.wants_ticks());
    // The email fails its local check at once, before any request.
    update(&mut app, key(KeyCode::Tab));
    type_str(&mut app, "jane@");
    assert!(app.check(CheckId::Email).failed());
    type_str(&mut app, "example.com");
    assert_eq!(*app.check(CheckId::Email), CheckState::NotChecked);
}

#[test]
fn leaving_a_field_starts_the_due_checks_at_once() {
    let mut app = App::new(ctx());
    type_str(&mut app, "chat.example.com");
    let effects = update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.focus, FieldId::Email);
    assert_eq!(run_of(&effects), Some(app.live.generation));
    // The debounce that follows finds nothing due.
    let g = app.live.generation;
    assert!(update(&mut app, Msg::DebounceElapsed { generation: g }).is_empty());
}

#[test]
fn stale_results_are_dropped() {
    let mut app = App::new(ctx());
    type_str(&mut app, "chat.example.com");
    update(&mut app, key(KeyCode::Tab));
    let old = app.live.generation;
    update(&mut app, key(KeyCode::BackTab));
    type_str(&mut app, "x");
    assert!(app.live.generation > old);
    update(
        &mut app,
        Msg::Check {
            generation: old,
            update: ok(CheckId::Url, "old"),
        },
    );
    assert_eq!(*app.check(CheckId::Url), CheckState::NotChecked);
    update(&mut app, Msg::ChecksDone { generation: old });
    assert!(app.live.due, "the newer inputs still wait for their run");
}

#[test]
fn tab_shift_tab_up_down_and_enter_move_between_fields() {
    let mut app = App::new(ctx());
    for expected in [
        FieldId::Email,
        FieldId::Token,
        FieldId::AccountId,
        FieldId::Name,
        FieldId::Url,
    ] {
        update(&mut app, key(KeyCode::Tab));
        assert_eq!(app.focus, expected);
    }
    update(&mut app, key(KeyCode::BackTab));
    assert_eq!(app.focus, FieldId::Name);
    update(&mut app, key(KeyCode::Up));
    assert_eq!(app.focus, FieldId::AccountId);
    update(&mut app, key(KeyCode::Down));
    assert_eq!(app.focus, FieldId::Name);
    app.focus = FieldId::Url;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.focus, FieldId::Email);
}

#[test]
fn enter_on_the_last_field_opens_the_review_when_all_passed() {
    let mut app = filled();
    assert_eq!(
        app.fields.get(FieldId::Name),
        "acme-inc",
        "slug of the account name"
    );
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Review);
}

#[test]
fn enter_while_checks_run_waits_then_opens_the_review() {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    app.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Form);
    assert!(app.review_pending);
    assert_eq!(app.notice.as_deref(), Some("waiting for checks…"));
    finish_run(&mut app, good_run());
    assert_eq!(app.screen, Screen::Review);
}

#[test]
fn enter_while_checks_run_then_a_failure_focuses_the_failed_field() {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "2");
    init(&mut app);
    app.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    let mut run = good_run();
    run[4] = CheckUpdate::new(
        CheckId::Account,
        Status::Fail,
        Code::NotAdministrator,
        "Jane Doe is an agent in Globex",
    );
    run[5] = CheckUpdate::new(CheckId::Inboxes, Status::Skipped, Code::NeedsAccount, "");
    finish_run(&mut app, run);
    assert_eq!(app.screen, Screen::Form);
    assert_eq!(app.focus, FieldId::AccountId);
    assert!(
        app.list.is_some(),
        "focusing the Account ID opens the token's accounts"
    );
}

#[test]
fn account_list_opens_filters_moves_picks_and_closes() {
    let mut app = filled();
    app.focus = FieldId::Email;
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.focus, FieldId::AccountId);
    assert!(app.list.is_some());
    // Typed digits filter: "1" matches 1 and 12.
    update(&mut app, key(KeyCode::Backspace));
    assert_eq!(app.filtered_accounts().len(), 3);
    type_str(&mut app, "1");
    let ids: Vec<u64> = app.filtered_accounts().iter().map(|a| a.id).collect();
    assert_eq!(ids, [1, 12]);
    // Down moves in the list, not to the next field.
    update(&mut app, key(KeyCode::Down));
    update(&mut app, key(KeyCode::Down));
    assert_eq!(app.focus, FieldId::AccountId);
    assert_eq!(app.list.map(|l| l.selected), Some(1));
    let effects = update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.fields.get(FieldId::AccountId), "12");
    assert!(app.list.is_none());
    assert_eq!(app.focus, FieldId::Name, "Enter picks and moves on");
    assert!(run_of(&effects).is_some(), "a pick checks at once");
    assert_eq!(app.fields.get(FieldId::Name), "initech");
    // A re-run does not reopen the list; focusing the field again does.
    finish_run(&mut app, good_run());
    assert!(app.list.is_none());
    update(&mut app, key(KeyCode::Up));
    assert!(app.list.is_some());
    // Enter on the current value picks nothing new and just moves on.
    let effects = update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.focus, FieldId::Name);
    assert!(run_of(&effects).is_none());
    app.focus = FieldId::AccountId;
    // Esc closes the list without quitting; Tab leaves it too.
    type_str(&mut app, "3");
    assert!(app.list.is_some());
    update(&mut app, key(KeyCode::Esc));
    assert!(app.list.is_none());
    assert!(app.exit.is_none() && app.overlay.is_none());
    update(&mut app, key(KeyCode::Backspace));
    assert!(app.list.is_some());
    update(&mut app, key(KeyCode::Tab));
    assert_eq!(app.focus, FieldId::Name);
    assert!(app.list.is_none());
}

#[test]
fn a_typed_name_is_kept_and_a_taken_name_is_avoided() {
    let mut c = ctx();
    c.existing.push(ExistingProfile {
        name: "acme-inc".into(),
        url: "https://other.example.com".into(),
        account_id: 1,
    });
    let mut app = App::new(c);
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    finish_run(&mut app, good_run());
    assert_eq!(app.fields.get(FieldId::Name), "acme-inc-2");
    app.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Backspace));
    type_str(&mut app, "x");
    assert_eq!(app.fields.get(FieldId::Name), "acme-inc-x");
    app.focus = FieldId::AccountId;
    update(&mut app, key(KeyCode::Backspace));
    type_str(&mut app, "2");
    finish_run(&mut app, good_run());
    assert_eq!(
        app.fields.get(FieldId::Name),
        "acme-inc-x",
        "never overwritten once typed"
    );
}

#[test]
fn a_pasted_dashboard_url_fills_the_account_id_and_pastes_are_cleaned() {
    let mut app = App::new(ctx());
    let effects = update(
        &mut app,
        Msg::Paste("https://chat.example.com/app/accounts/7/dashboard\r\n".into()),
    );
    assert_eq!(
        app.fields.get(FieldId::Url),
        "https://chat.example.com/app/accounts/7/dashboard"
    );
    assert_eq!(app.fields.get(FieldId::AccountId), "7");
    assert_eq!(effects.len(), 1, "one debounce for both fields");
    app.focus = FieldId::Token;
    update(&mut app, Msg::Paste(format!("\u{1b}[31m{TOKEN}\n")));
    assert_eq!(app.fields.get(FieldId::Token), format!("[31m{TOKEN}"));
}

#[test]
fn ctrl_r_and_f2_reveal_the_token_until_the_field_is_left() {
    let mut app = App::new(ctx());
    app.focus = FieldId::Token;
    update(&mut app, ctrl('r'));
    assert!(app.revealed);
    update(&mut app, key(KeyCode::F(2)));
    assert!(!app.revealed);
    update(&mut app, key(KeyCode::F(2)));
    update(&mut app, key(KeyCode::Tab));
    assert!(!app.revealed, "leaving the field masks it");
}

#[test]
fn redirect_https_offers_a_one_key_fix() {
    let mut app = App::new(ctx());
    type_str(&mut app, "http://chat.example.com");
    update(&mut app, key(KeyCode::Tab));
    finish_run(
        &mut app,
        vec![CheckUpdate::new(
            CheckId::Url,
            Status::Fail,
            Code::RedirectHttps,
            "use https",
        )],
    );
    let effects = update(&mut app, ctrl('t'));
    assert_eq!(app.fields.get(FieldId::Url), "https://chat.example.com");
    assert!(run_of(&effects).is_some());
    // Without the failure Ctrl-T does nothing.
    assert!(update(&mut app, ctrl('t')).is_empty());
}

#[test]
fn f1_and_question_mark_show_the_keys() {
    let mut app = App::new(ctx());
    update(&mut app, key(KeyCode::F(1)));
    assert_eq!(app.overlay, Some(Overlay::Keys));
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
    // On the form `?` is text; on the review it opens the keys.
    type_str(&mut app, "?");
    assert_eq!(app.fields.get(FieldId::Url), "?");
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Char('?')));
    assert_eq!(app.overlay, Some(Overlay::Keys));
}

#[test]
fn esc_quits_at_once_when_empty_and_asks_when_something_was_typed() {
    let mut app = App::new(ctx());
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.exit, Some(Exit::Interrupted));
    let mut app = App::new(ctx());
    type_str(&mut app, "a");
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    update(&mut app, key(KeyCode::Char('n')));
    assert_eq!((app.overlay, app.exit), (None, None));
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, key(KeyCode::Char('y')));
    assert_eq!(app.exit, Some(Exit::Interrupted));
}

#[test]
fn ctrl_c_and_sigterm_exit_130() {
    let mut app = App::new(ctx());
    type_str(&mut app, "abc");
    update(&mut app, ctrl('c'));
    assert_eq!(app.exit, Some(Exit::Interrupted));
    let mut app = App::new(ctx());
    update(&mut app, Msg::Terminate);
    assert_eq!(app.exit, Some(Exit::Interrupted));
}

#[test]
fn ctrl_z_suspends() {
    let mut app = App::new(ctx());
    assert!(matches!(
        update(&mut app, ctrl('z')).as_slice(),
        [Effect::Suspend]
    ));
    assert!(update(&mut app, Msg::Resumed).is_empty());
}

fn save_request(effects: &[Effect]) -> crate::tui::msg::SaveRequest {
    match effects {
        [Effect::Save(req)] => req.clone(),
        other => panic!("expected a save: {other:?}"),
    }
}

fn saved() -> Saved {
    Saved {
        name: "acme-inc".into(),
        config_file: "/cfg/profiles.toml".into(),
        token_place: "OS keyring".into(),
    }
}

#[test]
fn review_enter_saves_the_checked_facts_and_done_exits_0() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    let req = save_request(&update(&mut app, key(KeyCode::Enter)));
    assert_eq!(req.name, "acme-inc");
    assert_eq!(req.url, "https://chat.example.com");
    assert_eq!((req.account_id, req.user_id), (1, 7));
    assert_eq!(req.role, "administrator");
    assert_eq!(req.token.expose(), TOKEN);
    assert_eq!(req.store, TokenStore::Keyring);
    assert!(!format!("{req:?}").contains(TOKEN));
    assert!(!format!("{app:?}").contains(TOKEN));
    assert_eq!(app.save, SaveState::Saving);
    assert!(app.wants_ticks());
    // Keys do nothing while saving.
    assert!(update(&mut app, key(KeyCode::Esc)).is_empty());
    assert_eq!(app.screen, Screen::Review);
    update(&mut app, Msg::Saved(Ok(saved())));
    assert_eq!(app.screen, Screen::Done);
    assert!(matches!(
        update(&mut app, key(KeyCode::Char('u'))).as_slice(),
        [Effect::Copy(u)] if u == "https://chat.example.com"
    ));
    assert!(matches!(
        update(&mut app, key(KeyCode::Char('i'))).as_slice(),
        [Effect::Copy(i)] if i == "1"
    ));
    update(&mut app, key(KeyCode::Char('q')));
    assert_eq!(app.exit, Some(Exit::Ok));
}

#[test]
fn a_failed_save_says_why_and_enter_retries() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Err(SaveError::Other {
            message: "the disk is full".into(),
        })),
    );
    assert!(matches!(&app.save, SaveState::Failed { message } if message.contains("disk")));
    assert_eq!(app.screen, Screen::Review);
    save_request(&update(&mut app, key(KeyCode::Enter)));
}

#[test]
fn without_a_keyring_the_file_store_is_an_explicit_choice() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Err(SaveError::KeyringUnavailable {
            reason: "no D-Bus session bus".into(),
        })),
    );
    assert!(matches!(app.save, SaveState::NeedsConsent { .. }));
    // Enter retries the keyring, never the file.
    assert_eq!(
        save_request(&update(&mut app, key(KeyCode::Enter))).store,
        TokenStore::Keyring
    );
    update(
        &mut app,
        Msg::Saved(Err(SaveError::KeyringUnavailable {
            reason: "no D-Bus session bus".into(),
        })),
    );
    assert_eq!(
        save_request(&update(&mut app, key(KeyCode::Char('f')))).store,
        TokenStore::File
    );
    // A probe that found no keyring asks before the first attempt.
    let mut app = filled();
    update(
        &mut app,
        Msg::KeyringProbed(KeyringState::Unavailable {
            reason: "locked".into(),
        }),
    );
    update(&mut app, key(KeyCode::Enter));
    assert!(update(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(matches!(app.save, SaveState::NeedsConsent { .. }));
}

#[test]
fn ctrl_c_during_a_save_waits_for_it() {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    let effects = update(&mut app, ctrl('c'));
    assert!(matches!(effects.as_slice(), [Effect::SaveDeadline { .. }]));
    assert!(app.exit.is_none(), "waits for the save");
    update(
        &mut app,
        Msg::Saved(Err(SaveError::Other {
            message: "rolled back".into(),
        })),
    );
    assert_eq!(app.exit, Some(Exit::Interrupted));
    assert!(
        app.exit_note
            .as_deref()
            .is_some_and(|n| n.contains("nothing was saved"))
    );

    // The deadline ends the wait when the save hangs.
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, Msg::Terminate);
    update(&mut app, Msg::SaveDeadline);
    assert_eq!(app.exit, Some(Exit::Interrupted));
}

#[test]
fn ticks_advance_the_spinner_and_resize_changes_nothing() {
    let mut app = App::new(ctx());
    update(&mut app, Msg::Tick);
    assert_eq!(app.spinner, 1);
    assert!(update(&mut app, Msg::Resize).is_empty());
}

#[test]
fn demo_prefill_runs_the_checks_at_once_with_the_file_store() {
    let mut c = ctx();
    c.demo = true;
    let mut app = App::new(c);
    prefill(
        &mut app,
        "http://127.0.0.1:3771",
        "demo@example.com",
        TOKEN,
        "1",
    );
    let effects = init(&mut app);
    assert!(
        matches!(effects.as_slice(), [Effect::RunChecks { .. }]),
        "no keyring probe in the demo"
    );
    assert_eq!(app.token_store, TokenStore::File);
}
