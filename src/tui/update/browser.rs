//! `o` on the profiles, Ctrl-B on the form: Chatwoot's Profile Settings page, where the
//! access token is, in the browser where one can be opened, else its address to copy.

use crate::tui::model::App;
use crate::tui::msg::Effect;

/// Opens (or shows) the token page of the account at `url`; without an account id, the
/// dashboard (Chatwoot opens the default account; Profile Settings is under the avatar).
pub fn open_token_page(app: &mut App, url: &str, account_id: Option<u64>) -> Vec<Effect> {
    let origin = url::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
    let Some(origin) = origin else {
        app.notice = Some("The URL is not known yet: type it first.".to_owned());
        return Vec::new();
    };
    let base = origin.as_str().trim_end_matches('/').to_owned();
    let page = match account_id {
        Some(id) => crate::link::profile_settings_url(&base, id),
        None => format!("{base}/app"),
    };
    if app.ctx.browser {
        app.notice = Some(format!("Opening {page} (Access Token is on it)."));
        vec![Effect::OpenBrowser(page)]
    } else {
        app.notice = Some(format!("No browser here: open {page}"));
        Vec::new()
    }
}

/// The browser could not be started: the address instead.
pub fn failed(app: &mut App, url: &str, error: &str) -> Vec<Effect> {
    app.notice = Some(format!("{error}: open {url} yourself."));
    Vec::new()
}
