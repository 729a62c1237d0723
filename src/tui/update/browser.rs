//! `o` on the profiles, Ctrl-B on the form: Chatwoot's Profile Settings page, where the
//! access token is, in the browser where one can be opened, else its address to copy.

use crate::i18n::t;
use crate::tui::model::App;
use crate::tui::msg::Effect;

/// Opens (or shows) the token page of the account at `url`; without an account id, the
/// dashboard (Chatwoot opens the default account; Profile Settings is under the avatar).
pub fn open_token_page(app: &mut App, url: &str, account_id: Option<u64>) -> Vec<Effect> {
    let origin = url::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
    let Some(origin) = origin else {
        app.notice = Some(t!(wizard_home_url_unknown));
        return Vec::new();
    };
    let base = origin.as_str().trim_end_matches('/').to_owned();
    let page = match account_id {
        Some(id) => crate::link::profile_settings_url(&base, id),
        None => format!("{base}/app"),
    };
    if app.ctx.browser {
        app.notice = Some(t!(wizard_home_opening, page = page.as_str()));
        vec![Effect::OpenBrowser(page)]
    } else {
        app.notice = Some(t!(wizard_home_no_browser, page = page));
        Vec::new()
    }
}

/// The browser could not be started: the address instead.
pub fn failed(app: &mut App, url: &str, error: &str) -> Vec<Effect> {
    app.notice = Some(t!(wizard_home_browser_failed, error = error, url = url));
    Vec::new()
}
