//! Issue 9's friction items at the update level.

use crossterm::event::KeyCode;

use super::{TOKEN, home_with, key, three_profiles};
use crate::tui::msg::Effect;
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
