//! Keys and pastes on the form.

use crossterm::event::{Event, KeyEvent};
use secrecy::zeroize::Zeroizing;
use tui_input::InputRequest;

use super::checks::{self, account_id};
use crate::checks::{CheckId, Code};
use crate::tui::keys::{self, Form};
use crate::tui::model::{AccountList, App, CheckState, FieldId, Overlay, Source};
use crate::tui::msg::Effect;
use crate::tui::text;

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let action = keys::action(keys::FORM, &key);
    if let Some(effects) = super::inboxes::key(app, action) {
        return effects;
    }
    let Some(action) = action else {
        return match tui_input::backend::crossterm::to_input_request(&Event::Key(key)) {
            Some(req) => edit(app, req),
            None => Vec::new(),
        };
    };
    let list_open = app.form.list.is_some();
    match action {
        Form::Up if list_open => move_in_list(app, -1),
        Form::Down if list_open => move_in_list(app, 1),
        Form::Enter if list_open && app.form.several() => request_review(app),
        Form::Enter if list_open => pick(app),
        Form::Mark if list_open => super::multi::mark(app),
        Form::Mark => edit(app, InputRequest::InsertChar(' ')),
        Form::Enter if app.form.focus.is_last() => request_review(app),
        Form::Next | Form::Down | Form::Enter => forward(app),
        Form::Prev | Form::Up
            if app.form.focus == FieldId::Name && super::inboxes::has_stop(app) =>
        {
            super::inboxes::open(app)
        }
        Form::Prev | Form::Up => focus(app, app.form.focus.prev()),
        Form::Esc if list_open => {
            app.form.list = None;
            Vec::new()
        }
        Form::Esc if app.from_home => {
            if app.form.changed_since_loaded() {
                app.overlay = Some(Overlay::ConfirmQuit);
                Vec::new()
            } else {
                super::home::go_home(app)
            }
        }
        Form::Esc => {
            if app.form.anything_typed() {
                app.overlay = Some(Overlay::ConfirmQuit);
            } else {
                super::cancel(app);
            }
            Vec::new()
        }
        Form::Reveal => toggle_reveal(app),
        Form::Recheck => recheck(app),
        Form::Right
            if app.form.focus == FieldId::Url && app.form.fields.get(FieldId::Url).is_empty() =>
        {
            app.form.fields.set(FieldId::Url, CLOUD_URL);
            changed(app, FieldId::Url)
        }
        Form::Right => edit(app, InputRequest::GoToNextChar),
        Form::Https => fix_https(app),
        Form::AllowHttp => allow_http(app),
        Form::TrustCert => super::trust::open(app),
        Form::Browser => token_page(app),
        Form::Help => {
            app.open_keys();
            Vec::new()
        }
    }
}

/// Chatwoot Cloud, taken from the URL's placeholder with →.
const CLOUD_URL: &str = "https://app.chatwoot.com";

/// A bracketed paste: newlines and control characters dropped, inserted at the cursor.
pub fn paste(app: &mut App, pasted: &str) -> Vec<Effect> {
    if app.screen != crate::tui::model::Screen::Form || app.overlay.is_some() {
        return Vec::new();
    }
    // It may be the token: no copy of it outlives this call unzeroed.
    let clean = Zeroizing::new(crate::sanitize::strip_unsafe(pasted));
    let clean = clean.trim();
    if clean.is_empty() {
        return Vec::new();
    }
    for c in clean.chars() {
        app.form
            .fields
            .handle(app.form.focus, InputRequest::InsertChar(c));
    }
    let mut effects = Vec::new();
    if app.form.focus == FieldId::Url {
        effects.extend(account_from_pasted_url(app));
    }
    effects.extend(changed(app, app.form.focus));
    // One debounce timer is enough: the newest generation covers every edit.
    effects.drain(..effects.len().saturating_sub(1));
    effects
}

/// A pasted dashboard URL names its account: it replaces an Account ID that was there
/// already (pre-filled, or from the stored profile), saying so, since the paste is the
/// user's latest word.
fn account_from_pasted_url(app: &mut App) -> Vec<Effect> {
    let typed = app.form.fields.get(FieldId::AccountId).trim().to_owned();
    let Some(id) = text::account_id_in_url(app.form.fields.get(FieldId::Url)) else {
        return Vec::new();
    };
    if typed.is_empty() || typed == id || app.form.account_source == Source::Derived {
        return Vec::new(); // `changed` fills it as for typing
    }
    app.notice = Some(crate::i18n::t!(
        wizard_form_notice_account_from_url,
        id = &id,
        typed = typed
    ));
    app.form.fields.set(FieldId::AccountId, id);
    app.form.account_source = Source::Derived;
    checks::edited(app, FieldId::AccountId)
}

fn edit(app: &mut App, req: InputRequest) -> Vec<Effect> {
    if app.form.fields.handle(app.form.focus, req) {
        changed(app, app.form.focus)
    } else {
        Vec::new()
    }
}

/// A field's value changed through the user.
fn changed(app: &mut App, field: FieldId) -> Vec<Effect> {
    let mut effects = Vec::new();
    match field {
        FieldId::Name => app.form.name_source = Source::Typed,
        FieldId::AccountId => {
            app.form.account_source = Source::Typed;
            if !app.form.report.accounts.is_empty() {
                app.form.list = Some(AccountList {
                    selected: 0,
                    filtering: true,
                });
            }
        }
        FieldId::Url => {
            // A pasted dashboard URL carries the Account ID: fill it unless the user typed one.
            let typed = app.form.fields.get(FieldId::AccountId).trim().to_owned();
            if let Some(id) = text::account_id_in_url(app.form.fields.get(FieldId::Url))
                && (typed.is_empty() || app.form.account_source == Source::Derived)
                && typed != id
            {
                app.form.fields.set(FieldId::AccountId, id);
                app.form.account_source = Source::Derived;
                effects.extend(checks::edited(app, FieldId::AccountId));
            }
        }
        FieldId::Email | FieldId::Token => {}
    }
    effects.extend(checks::edited(app, field));
    // One debounce timer is enough: the newest generation covers every edit.
    if effects.len() > 1 {
        effects.drain(..effects.len() - 1);
    }
    effects
}

/// The next stop: the inbox picker after the Account ID once its inboxes are known.
fn forward(app: &mut App) -> Vec<Effect> {
    if app.form.focus == FieldId::AccountId && super::inboxes::has_stop(app) {
        super::inboxes::open(app)
    } else {
        focus(app, app.form.focus.next())
    }
}

/// Moves the focus; leaving a field masks the token and starts the due live checks.
pub fn focus(app: &mut App, to: FieldId) -> Vec<Effect> {
    let from = app.form.focus;
    if from != to {
        app.form.touched[from.index()] = true;
    }
    if from == FieldId::Token && to != FieldId::Token {
        app.form.revealed = false;
    }
    app.form.list = None;
    app.form.inbox_list = None;
    app.form.focus = to;
    if to == FieldId::AccountId && !app.form.report.accounts.is_empty() {
        app.form.list = Some(list_on_current(app));
    }
    if from != to && app.form.live.due {
        checks::start(app)
    } else {
        Vec::new()
    }
}

/// The list as the field is entered: every account, the current one selected.
pub fn list_on_current(app: &App) -> AccountList {
    let current = account_id(app.form.fields.get(FieldId::AccountId));
    let selected = app
        .form
        .report
        .accounts
        .iter()
        .position(|a| Some(a.id) == current)
        .or_else(|| only_eligible(&app.form.report.accounts))
        .unwrap_or(0);
    AccountList {
        selected,
        filtering: false,
    }
}

/// The index of the one account a link can use (administrator, active), when only one is.
fn only_eligible(accounts: &[crate::checks::AccountFacts]) -> Option<usize> {
    let mut eligible = accounts
        .iter()
        .enumerate()
        .filter(|(_, a)| crate::tui::model::eligible(a));
    match (eligible.next(), eligible.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

fn move_in_list(app: &mut App, by: isize) -> Vec<Effect> {
    let rows = app.form.filtered_accounts().len();
    if let Some(list) = &mut app.form.list
        && rows > 0
    {
        list.selected = list.selected.saturating_add_signed(by).min(rows - 1);
    }
    Vec::new()
}

/// Enter in the account list: the selected account's id becomes the value, and the focus
/// moves on as Enter does everywhere in the form.
fn pick(app: &mut App) -> Vec<Effect> {
    let selected = app.form.list.map_or(0, |l| l.selected);
    let picked = app.form.filtered_accounts().get(selected).map(|a| a.id);
    app.form.list = None;
    let Some(id) = picked else {
        return Vec::new();
    };
    // A pick is one account: a lone mark goes with it.
    app.form.marked.clear();
    let mut effects = Vec::new();
    if account_id(app.form.fields.get(FieldId::AccountId)) != Some(id) {
        app.form.account_source = Source::Typed;
        app.form.fields.set(FieldId::AccountId, id.to_string());
        effects.extend(checks::edited(app, FieldId::AccountId));
        checks::fill_name(app);
    }
    // Leaving the field starts the due checks at once.
    effects.extend(forward(app));
    effects
}

/// Enter on the last field: the review if every check passed; wait if checks run.
fn request_review(app: &mut App) -> Vec<Effect> {
    // A given value that has no result yet (its run was cut short) is checked now too.
    let unchecked = FieldId::ALL.iter().any(|&f| {
        f.check()
            .is_some_and(|id| *app.form.check(id) == CheckState::NotChecked)
            && !app.form.fields.get(f).trim().is_empty()
    });
    let mut effects = if app.form.live.due || (unchecked && !app.form.live.running) {
        checks::start(app)
    } else {
        Vec::new()
    };
    if app.form.live.running && !app.ready_for_review() {
        app.form.review_pending = true;
        app.notice = Some(crate::i18n::t!(wizard_form_notice_waiting));
    } else {
        effects.extend(checks::open_review_or_point(app));
    }
    effects
}

/// Ctrl-L: the live checks again on the same inputs (a new generation, so a slow run still
/// on its way is dropped).
fn recheck(app: &mut App) -> Vec<Effect> {
    app.form.live.generation += 1;
    checks::start(app)
}

fn toggle_reveal(app: &mut App) -> Vec<Effect> {
    if app.form.focus == FieldId::Token {
        app.form.revealed = !app.form.revealed;
    } else {
        app.notice = Some(crate::i18n::t!(wizard_form_notice_reveal));
    }
    Vec::new()
}

/// Ctrl-B: the token's page, once the URL passed its check (the server is known to be
/// Chatwoot), for the account typed if any.
fn token_page(app: &mut App) -> Vec<Effect> {
    let url = app
        .form
        .report
        .url
        .clone()
        .filter(|_| app.form.check(CheckId::Url).passed());
    let Some(url) = url else {
        app.notice = Some(crate::i18n::t!(wizard_form_notice_token_page));
        return Vec::new();
    };
    let id = app.form.fields.get(FieldId::AccountId).trim().parse().ok();
    super::browser::open_token_page(app, &url, id)
}

/// Ctrl-T after `redirect_https`: rewrite the URL to https and check again.
fn fix_https(app: &mut App) -> Vec<Effect> {
    match text::to_https(app.form.fields.get(FieldId::Url)) {
        Some(fixed) if url_failed_with(app, Code::RedirectHttps) => {
            app.form.fields.set(FieldId::Url, fixed);
            let mut effects = checks::edited(app, FieldId::Url);
            effects.extend(checks::start(app));
            effects
        }
        _ => Vec::new(),
    }
}

/// Ctrl-O after `insecure_http`: the user accepts plain http to this origin for this
/// profile (the help panel spells out the risk next to the key); the URL is checked again.
fn allow_http(app: &mut App) -> Vec<Effect> {
    match checks::origin(app.form.fields.get(FieldId::Url)) {
        Some(origin) if url_failed_with(app, Code::InsecureHttp) => {
            // One status line at 80 columns: the host is in the field above.
            app.notice = Some(crate::i18n::t!(wizard_form_notice_http_allowed));
            app.form.http_allowed = Some(origin);
            let mut effects = checks::edited(app, FieldId::Url);
            effects.extend(checks::start(app));
            effects
        }
        _ => Vec::new(),
    }
}

/// The URL's check ended with `code`: the one-key remedy for it is on offer.
fn url_failed_with(app: &App, code: Code) -> bool {
    matches!(app.form.check(CheckId::Url), CheckState::Done { code: c, .. } if *c == code)
}
