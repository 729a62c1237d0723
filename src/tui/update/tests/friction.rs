//! Issue 9's friction items at the update level.

use crossterm::event::KeyCode;

use super::{TOKEN, ctrl, finish_run, good_run, home_with, key, run_of, three_profiles};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::update;

#[test]
fn c_copies_the_selected_profiles_env_lines_without_the_token() {
    let mut config = three_profiles();
    if let Some(r) = config.profiles.get_mut("globex") {
        r.data.inbox_ids = vec![12, 13];
    }
    let (mut app, _) = home_with(config);
    update(&mut app, key(KeyCode::Down));
    let effects = update(&mut app, key(KeyCode::Char('c')));
    let [Effect::Copy(text)] = effects.as_slice() else {
        panic!("one copy: {effects:?}");
    };
    assert_eq!(
        text,
        "export CHATWOOT_URL='https://chat.example.com'\n\
         export CHATWOOT_ACCOUNT_ID='2'\n\
         export CHATWOOT_EMAIL='jane@example.com'\n\
         export CHATWOOT_INBOX_IDS='12,13'\n"
    );
    assert!(!text.contains(TOKEN) && !text.contains("API_TOKEN"));
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.starts_with("Copied globex's 4 env lines (no token)"),
        "{notice}"
    );
}

/// A form whose first live run has not answered after `ticks` ticks.
pub fn slow_form(ticks: u32) -> crate::tui::model::App {
    use crate::tui::model::{App, FieldId};
    let mut app = App::new(super::ctx());
    crate::tui::update::prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    crate::tui::update::init(&mut app);
    app.form.focus = FieldId::Token;
    for _ in 0..ticks {
        update(&mut app, Msg::Tick);
    }
    app
}

#[test]
fn a_slow_check_shows_its_clock_after_two_seconds_and_ctrl_l_retries() {
    let mut app = slow_form(19);
    assert!(app.wants_ticks());
    assert_eq!(app.slow_check(), None);
    update(&mut app, Msg::Tick);
    assert_eq!(app.slow_check(), Some(2));
    for _ in 0..60 {
        update(&mut app, Msg::Tick);
    }
    assert_eq!(app.slow_check(), Some(8));
    // The bar offers the cancel first.
    let bar = crate::tui::keys::bar(&app);
    assert_eq!((bar[0].what)().english(), "cancel and retry");
    // Ctrl-L: a new run (the runtime aborts the old one), the clock from zero; the old
    // run's answers are dropped.
    let old = app.form.live.generation;
    let effects = update(&mut app, ctrl('l'));
    assert_eq!(run_of(&effects), Some(old + 1));
    assert_eq!(app.slow_check(), None);
    update(&mut app, Msg::ChecksDone { generation: old });
    assert!(app.form.live.running);
    // The run ends: no clock and no tick left.
    finish_run(&mut app, good_run());
    assert_eq!(app.slow_check(), None);
    assert!(!app.wants_ticks());
}

#[test]
fn o_opens_the_token_page_where_a_browser_can_be_opened_else_shows_it() {
    let (mut app, _) = home_with(three_profiles());
    update(&mut app, key(KeyCode::Down));
    let page = "https://chat.example.com/app/accounts/2/profile/settings";
    // No desktop session (the default in tests): the address, nothing started.
    let effects = update(&mut app, key(KeyCode::Char('o')));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(
        app.notice.as_deref(),
        Some(format!("No browser here: open {page}").as_str())
    );
    app.ctx.browser = true;
    let effects = update(&mut app, key(KeyCode::Char('o')));
    assert!(
        matches!(effects.as_slice(), [Effect::OpenBrowser(u)] if u == page),
        "{effects:?}"
    );
    // The opener could not start: the address to open by hand.
    update(
        &mut app,
        Msg::BrowserFailed {
            url: page.into(),
            error: "xdg-open could not be started: not found".into(),
        },
    );
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.ends_with(&format!("open {page} yourself.")),
        "{notice}"
    );
}

#[test]
fn ctrl_b_on_the_form_waits_for_a_checked_url() {
    let mut app = slow_form(0);
    app.ctx.browser = true;
    assert!(update(&mut app, ctrl('b')).is_empty());
    assert_eq!(
        app.notice.as_deref(),
        Some("Ctrl-B works once the URL is checked.")
    );
    let mut app = super::filled();
    app.ctx.browser = true;
    let effects = update(&mut app, ctrl('b'));
    assert!(
        matches!(effects.as_slice(), [Effect::OpenBrowser(u)]
            if u == "https://chat.example.com/app/accounts/1/profile/settings"),
        "{effects:?}"
    );
}
