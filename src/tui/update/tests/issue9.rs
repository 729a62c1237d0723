//! Issue 9's wizard bugs in `update` (each test fails before its fix).

use super::*;
use crate::tui::model::{App, FieldId};

/// Bug 5: a dashboard URL pasted over a URL while the Account ID holds a value (the demo's
/// pre-fill, an edited profile) sets the Account ID from the URL and says what it was.
#[test]
fn a_pasted_dashboard_url_replaces_an_account_id_already_there() {
    let mut app: App = filled();
    app.form.focus = FieldId::Url;
    app.form.fields.set(FieldId::Url, "");
    update(
        &mut app,
        Msg::Paste("https://chat.example.com/app/accounts/2/dashboard".into()),
    );
    assert_eq!(app.form.fields.get(FieldId::AccountId), "2");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("Account ID 2") && notice.contains("it was 1"),
        "{notice}"
    );
    // The same account: nothing to say.
    app.form.fields.set(FieldId::Url, "");
    app.notice = None;
    update(
        &mut app,
        Msg::Paste("https://chat.example.com/app/accounts/2/inbox".into()),
    );
    assert_eq!(app.form.fields.get(FieldId::AccountId), "2");
    assert_eq!(app.notice, None);
}
