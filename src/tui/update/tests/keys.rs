//! Form keys: the account list, names, paste, reveal, https fix, help, quit, suspend.

use crossterm::event::KeyCode;

use super::*;
use crate::checks::{CheckId, CheckUpdate, Code, Status};
use crate::tui::model::Ending;
use crate::tui::model::{App, CheckState, FieldId, Overlay};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::{init, prefill, update};

#[test]
fn a_typed_name_is_kept_and_a_taken_name_is_avoided() {
    let mut app = App::new(ctx());
    app.home.config.profiles.insert(
        "acme-inc".into(),
        record(9, "https://other.example.com", 1, "Acme Inc.", 7),
    );
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    finish_run(&mut app, good_run());
    assert_eq!(app.form.fields.get(FieldId::Name), "acme-inc-2");
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Backspace));
    type_str(&mut app, "x");
    assert_eq!(app.form.fields.get(FieldId::Name), "acme-inc-x");
    app.form.focus = FieldId::AccountId;
    update(&mut app, key(KeyCode::Backspace));
    type_str(&mut app, "2");
    finish_run(&mut app, good_run());
    assert_eq!(
        app.form.fields.get(FieldId::Name),
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
        app.form.fields.get(FieldId::Url),
        "https://chat.example.com/app/accounts/7/dashboard"
    );
    assert_eq!(app.form.fields.get(FieldId::AccountId), "7");
    assert_eq!(effects.len(), 1, "one debounce for both fields");
    app.form.focus = FieldId::Token;
    update(&mut app, Msg::Paste(format!("\u{1b}[31m{TOKEN}\n").into()));
    assert_eq!(app.form.fields.get(FieldId::Token), format!("[31m{TOKEN}"));
}

#[test]
fn ctrl_r_and_f2_reveal_the_token_until_the_field_is_left() {
    let mut app = App::new(ctx());
    app.form.focus = FieldId::Token;
    update(&mut app, ctrl('r'));
    assert!(app.form.revealed);
    update(&mut app, key(KeyCode::F(2)));
    assert!(!app.form.revealed);
    update(&mut app, key(KeyCode::F(2)));
    update(&mut app, key(KeyCode::Tab));
    assert!(!app.form.revealed, "leaving the field masks it");
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
    assert_eq!(
        app.form.fields.get(FieldId::Url),
        "https://chat.example.com"
    );
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
    assert_eq!(app.form.fields.get(FieldId::Url), "?");
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Char('?')));
    assert_eq!(app.overlay, Some(Overlay::Keys));
}

#[test]
fn esc_quits_at_once_when_empty_and_asks_when_something_was_typed() {
    let mut app = App::new(ctx());
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.exit, Some(Ending::Interrupted));
    let mut app = App::new(ctx());
    type_str(&mut app, "a");
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    update(&mut app, key(KeyCode::Char('n')));
    assert_eq!((app.overlay, app.exit), (None, None));
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, key(KeyCode::Char('y')));
    assert_eq!(app.exit, Some(Ending::Interrupted));
}

#[test]
fn ctrl_c_and_sigterm_exit_130() {
    let mut app = App::new(ctx());
    type_str(&mut app, "abc");
    update(&mut app, ctrl('c'));
    assert_eq!(app.exit, Some(Ending::Interrupted));
    let mut app = App::new(ctx());
    update(&mut app, Msg::Terminate);
    assert_eq!(app.exit, Some(Ending::Interrupted));
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

#[test]
fn ctrl_o_allows_plain_http_after_insecure_http_for_that_origin_only() {
    let mut app = App::new(ctx());
    type_str(&mut app, "https://chat.example.com");
    assert!(
        update(&mut app, ctrl('o')).is_empty(),
        "not offered for https"
    );
    assert_eq!(app.form.http_allowed, None);
    update(&mut app, ctrl('u'));
    type_str(&mut app, "http://chat.example.com/app");
    let url = app.form.check(CheckId::Url).clone();
    assert!(
        matches!(&url, CheckState::Done { code: Code::InsecureHttp, message, .. }
            if message.contains("Ctrl-O") && !message.contains("--allow-http")),
        "{url:?}"
    );
    let effects = update(&mut app, ctrl('o'));
    assert_eq!(
        app.form.http_allowed.as_deref(),
        Some("http://chat.example.com")
    );
    assert!(!app.form.check(CheckId::Url).failed());
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("in clear"))
    );
    match effects.as_slice() {
        [.., Effect::RunChecks { inputs, .. }] => assert!(inputs.allow_http),
        other => panic!("expected the checks to run again: {other:?}"),
    }
    // Another host needs its own consent.
    update(&mut app, ctrl('u'));
    type_str(&mut app, "http://other.example.com");
    assert!(app.form.check(CheckId::Url).failed());
    update(&mut app, ctrl('u'));
    type_str(&mut app, "http://chat.example.com");
    assert!(
        !app.form.check(CheckId::Url).failed(),
        "the same origin stays allowed"
    );
}

#[test]
fn editing_a_plain_http_profile_keeps_its_consent() {
    let mut config = crate::store::Config::empty();
    config.profiles.insert(
        "lan".into(),
        record(1, "http://chat.lan.example.com", 1, "Acme Inc.", 7),
    );
    let (mut app, _) = home_with(config);
    update(&mut app, key(KeyCode::Char('e')));
    assert!(!app.form.check(CheckId::Url).failed());
    let effects = update(
        &mut app,
        Msg::TokenRead(Ok(crate::secret::Token::parse(TOKEN).expect("token"))),
    );
    assert!(
        matches!(effects.as_slice(), [Effect::RunChecks { inputs, .. }] if inputs.allow_http),
        "{effects:?}"
    );
    // Back home and adding: no consent carried over.
    update(&mut app, key(KeyCode::Esc));
    update(&mut app, key(KeyCode::Char('a')));
    assert_eq!(app.form.http_allowed, None);
}

#[test]
fn the_token_field_keeps_no_kill_ring_and_pastes_debug_without_the_token() {
    let mut app = App::new(ctx());
    // Elsewhere Ctrl-U cuts and Ctrl-Y yanks back (tui-input's kill ring).
    type_str(&mut app, "chat.example.com");
    update(&mut app, ctrl('u'));
    update(&mut app, ctrl('y'));
    assert_eq!(app.form.fields.get(FieldId::Url), "chat.example.com");
    // The token's cuts leave nothing to yank.
    app.form.focus = FieldId::Token;
    type_str(&mut app, TOKEN);
    update(&mut app, key(KeyCode::Left));
    update(&mut app, ctrl('k'));
    assert_eq!(
        app.form.fields.get(FieldId::Token),
        &TOKEN[..TOKEN.len() - 1]
    );
    update(&mut app, ctrl('w'));
    assert_eq!(app.form.fields.get(FieldId::Token), "");
    update(&mut app, ctrl('y'));
    assert_eq!(app.form.fields.get(FieldId::Token), "", "nothing to yank");
    type_str(&mut app, TOKEN);
    update(&mut app, key(KeyCode::Home));
    update(&mut app, ctrl('u'));
    assert_eq!(app.form.fields.get(FieldId::Token), "");
    update(&mut app, ctrl('y'));
    assert_eq!(app.form.fields.get(FieldId::Token), "");
    // A paste that may be the token never shows in Debug output.
    let pasted = Msg::Paste(TOKEN.into());
    assert!(!format!("{pasted:?}").contains(TOKEN));
    update(&mut app, pasted);
    assert_eq!(app.form.fields.get(FieldId::Token), TOKEN);
    assert!(!format!("{app:?}").contains(TOKEN));
}

#[test]
fn the_name_follows_the_stores_rule() {
    let mut app = filled();
    for (typed, problem) in [
        ("", Some("give the profile a name")),
        ("-acme", Some("start with a letter or a digit")),
        ("acme inc", Some("ASCII letters, digits")),
        (&"a".repeat(33), Some("longer than 32")),
        ("Acme.EU_1", None),
    ] {
        app.form.fields.set(FieldId::Name, typed);
        let found = app.name_problem();
        match problem {
            Some(p) => assert!(
                found.as_deref().is_some_and(|f| f.contains(p)),
                "{typed}: {found:?}"
            ),
            None => assert_eq!(found, None, "{typed}"),
        }
    }
}

#[test]
fn entering_the_account_field_lists_every_account_with_the_current_one_selected() {
    let mut app = filled();
    app.form.fields.set(FieldId::AccountId, "2");
    app.form.focus = FieldId::Token;
    update(&mut app, key(KeyCode::Tab));
    // "2" is there already: it selects, it does not filter.
    let ids: Vec<u64> = app.form.filtered_accounts().iter().map(|a| a.id).collect();
    assert_eq!(ids, [1, 2, 12]);
    assert_eq!(app.form.list.map(|l| l.selected), Some(1));
    update(&mut app, key(KeyCode::Up));
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.fields.get(FieldId::AccountId), "1");
    // Typing filters.
    app.form.focus = FieldId::Token;
    update(&mut app, key(KeyCode::Tab));
    type_str(&mut app, "2");
    let ids: Vec<u64> = app.form.filtered_accounts().iter().map(|a| a.id).collect();
    assert_eq!(ids, [12]);
}
