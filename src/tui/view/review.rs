//! The review: what the server said, where the token goes, and the way on.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

mod rows;

pub(super) use rows::Rows;

use super::form::{ascii_safe, key_arg};
use super::{clean, outer, spinner};
use crate::checks::{CheckId, Status};
use crate::i18n::t;
use crate::tui::model::{App, CheckState, FieldId, KeyringState, Mode, SaveState, TokenStore};
use crate::tui::theme::{Charset, Palette, Theme};

pub fn draw_review(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let name = app.form.profile_name();
    let title = format!("{} ", t!(wizard_review_title, name = &name));
    let short = format!("{} ", t!(wizard_review_title_short));
    let block = outer(app, theme, &[title.as_str(), short.as_str()], area.width);
    let inner = block.inner(area);
    let (facts, actions) = review_lines(app, theme, inner.width);
    frame.render_widget(block, area);
    facts_then_actions(app, theme, frame, inner, facts, actions);
}

/// How many lines of the review's facts are out of view at the terminal's size (what
/// ↓ can scroll).
pub fn review_overflow(app: &App) -> u16 {
    let theme = Theme::new(Palette::Mono, Charset::Ascii);
    // The frame's border (2) and the key bar (1).
    let (width, height) = (
        app.viewport.0.saturating_sub(2),
        app.viewport.1.saturating_sub(3),
    );
    let (facts, actions) = review_lines(app, &theme, width);
    overflow(height, facts.len(), actions.len())
}

/// The facts' lines that do not fit above the actions (one more for the "more" line).
fn overflow(height: u16, facts: usize, actions: usize) -> u16 {
    let actions = u16::try_from(actions).unwrap_or(u16::MAX).min(height);
    let room = height - actions;
    let facts = u16::try_from(facts).unwrap_or(u16::MAX);
    if facts > room {
        facts - room.saturating_sub(1)
    } else {
        0
    }
}

/// The review's facts (they scroll when the screen is short) and what is always in view
/// below them: the warnings and the way on.
fn review_lines(app: &App, theme: &Theme, width: u16) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let name = app.form.profile_name();
    let r = &app.form.report;
    let url = r.url.clone().unwrap_or_default();
    let mut rows = Rows::new(theme, width);
    let base = theme.base();
    let version = r.server.as_ref().map_or("?", |s| s.version.as_str());
    rows.row(
        &t!(wizard_review_key_chatwoot),
        &t!(wizard_review_server, url = &url, version = clean(version)),
        base,
    );
    if let Some(u) = &r.user {
        let user = t!(
            wizard_review_user,
            name = clean(&u.name),
            email = clean(&u.email),
            id = u.id.to_string()
        );
        rows.row(&t!(wizard_review_key_user), &user, base);
    }
    if let Some(a) = &r.account {
        let account = t!(
            wizard_review_account,
            name = clean(&a.name),
            id = a.id.to_string(),
            role = clean(&a.role),
            status = clean(&a.status)
        );
        rows.row(&t!(wizard_review_key_account), &account, base);
    }
    if let Some(inboxes) = &r.inboxes {
        let names: Vec<String> = inboxes
            .whatsapp_inboxes
            .iter()
            .map(|i| match &i.phone_number {
                Some(p) => format!("{} {}", clean(&i.name), clean(p)),
                None => clean(&i.name),
            })
            .collect();
        let text = if names.is_empty() {
            t!(
                wizard_review_inboxes,
                total = inboxes.total,
                whatsapp = inboxes.whatsapp
            )
        } else {
            t!(
                wizard_review_inboxes_named,
                total = inboxes.total,
                whatsapp = inboxes.whatsapp,
                names = names.join(", ")
            )
        };
        rows.row(&t!(wizard_review_key_inboxes), &text, base);
    }
    if let Some(chosen) = super::inboxes::chosen_text(app, theme) {
        rows.row(&t!(wizard_review_key_chosen), &chosen, base);
    }
    let token_place = token_place(app, &name, &url);
    rows.row(
        &t!(wizard_review_key_token_to),
        &ascii_safe(&token_place, theme),
        base,
    );
    rows.row(
        &t!(wizard_review_key_profile_to),
        &app.ctx.config_file,
        base,
    );
    let facts = std::mem::take(&mut rows.lines);
    if let Some(warning) = inbox_warning(app) {
        rows.text(Some((theme.sym.warn, theme.warn())), &warning, theme.warn());
    }
    for w in &r.warnings {
        // The wizard's consent is Ctrl-O, not the command line's flag.
        let message = clean(&w.message_with(&crate::tui::text::wizard_remedy).to_string());
        rows.text(Some((theme.sym.warn, theme.warn())), &message, theme.warn());
    }
    let others = match (&r.url, &r.account, &app.form.mode) {
        (Some(url), Some(account), Mode::Edit(edit)) => app
            .home
            .config
            .linked_elsewhere(url, account.id, &edit.name),
        (Some(url), Some(account), Mode::Add) => {
            app.home.config.linked_elsewhere(url, account.id, "")
        }
        _ => Vec::new(),
    };
    if !others.is_empty() {
        let text = t!(wizard_review_linked_elsewhere, names = others.join(", "));
        rows.text(Some((theme.sym.warn, theme.warn())), &text, theme.warn());
    }
    // The warnings stay in view with the way on: nobody saves without seeing them.
    rows.blank();
    save_lines(app, theme, &mut rows);
    (facts, rows.lines)
}

/// Where the token will be kept, as the review's "Token to" row says it.
fn token_place(app: &App, name: &str, url: &str) -> String {
    let token_place = match app.form.token_store {
        TokenStore::Keyring => t!(
            wizard_review_token_keyring,
            label = crate::store::keyring_label(
                name,
                &crate::link::host(url),
                app.form.fields.get(FieldId::AccountId).trim()
            )
        ),
        TokenStore::File => t!(wizard_review_token_file, path = &app.ctx.file_store),
    };
    // Edit without a new token: the stored one stays where it is.
    let kept = matches!(app.form.mode, Mode::Edit(_))
        && app.form.fields.get(FieldId::Token).trim().is_empty();
    if matches!(app.form.save, SaveState::NeedsConsent { .. }) {
        t!(wizard_review_token_not_chosen)
    } else if kept {
        match app.form.token_store {
            TokenStore::Keyring => t!(wizard_review_token_kept_keyring),
            TokenStore::File => t!(wizard_review_token_kept_file, path = &app.ctx.file_store),
        }
    } else {
        token_place
    }
}

/// The way on (save, the file-store choice) stays in view below the facts; on a small
/// screen the facts are cut instead.
fn facts_then_actions(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    inner: Rect,
    mut facts: Vec<Line<'static>>,
    mut actions: Vec<Line<'static>>,
) {
    let actions_h = u16::try_from(actions.len())
        .unwrap_or(u16::MAX)
        .min(inner.height);
    let room = inner.height - actions_h;
    let hidden = overflow(inner.height, facts.len(), actions.len());
    if hidden > 0 && room > 0 {
        // A short screen: a window on the facts, its last line saying what is left.
        let top = usize::from(app.form.review_scroll.min(hidden));
        let shown = usize::from(room - 1);
        let below = facts.len().saturating_sub(top + shown);
        facts = facts.into_iter().skip(top).take(shown).collect();
        let more = match (top, below) {
            (0, n) => format!("  {}", t!(wizard_review_more_below, count = n)),
            (n, 0) => format!("  {}", t!(wizard_review_more_above, count = n)),
            (up, down) => format!(
                "  {}",
                t!(wizard_review_more_both, above = up, below = down)
            ),
        };
        facts.push(Line::styled(ascii_safe(&more, theme), theme.key()));
    }
    let facts_h = u16::try_from(facts.len()).unwrap_or(u16::MAX).min(room);
    frame.render_widget(
        Paragraph::new(facts),
        Rect::new(inner.x, inner.y, inner.width, facts_h),
    );
    // Actions too tall for the screen keep their end: the keys.
    let skip = actions.len() - usize::from(actions_h);
    frame.render_widget(
        Paragraph::new(actions.split_off(skip)),
        Rect::new(inner.x, inner.y + facts_h, inner.width, actions_h),
    );
}

fn save_lines(app: &App, theme: &Theme, rows: &mut Rows) {
    match &app.form.save {
        SaveState::Idle => {
            if let (KeyringState::Unavailable { reason }, TokenStore::Keyring) =
                (&app.keyring, app.form.token_store)
            {
                let text = t!(wizard_review_keyring_unreachable, reason = clean(reason));
                rows.text(None, &text, theme.warn());
            }
            rows.keyed(&t!(wizard_review_enter_saves, key = key_arg("Enter")));
        }
        SaveState::Saving => saving(app, theme, rows),
        SaveState::NeedsConsent { reason } => {
            file_store_offer(app, theme, rows, reason);
            rows.keyed(&t!(
                wizard_review_enter_retry_keyring,
                key = key_arg("Enter")
            ));
        }
        SaveState::Changed { now } => {
            let (name, loaded) = app
                .form
                .mode
                .edit()
                .map(|e| (e.name.as_str(), Some(&e.expected)))
                .unwrap_or_default();
            match (now, loaded) {
                (Some((now_name, now)), Some(loaded)) => {
                    let what = changed_fields(name, loaded, now_name, now);
                    rows.text(
                        None,
                        &t!(wizard_review_changed, name = name, what = what),
                        theme.fail(),
                    );
                    rows.keyed(&t!(wizard_review_changed_reload, key = key_arg("r")));
                }
                _ => rows.text(None, &t!(wizard_review_removed, name = name), theme.fail()),
            }
        }
        SaveState::Failed { message } => {
            rows.text(
                None,
                &t!(wizard_review_failed, message = clean(message)),
                theme.fail(),
            );
            rows.keyed(&t!(wizard_review_enter_retry, key = key_arg("Enter")));
        }
    }
}

/// What differs between the profile as loaded and as it is on disk now, for people.
fn changed_fields(
    name: &str,
    loaded: &crate::store::ProfileRecord,
    now_name: &str,
    now: &crate::store::ProfileRecord,
) -> String {
    let (a, b) = (&loaded.data, &now.data);
    let mut what = Vec::new();
    if name != now_name {
        what.push(t!(wizard_review_changed_renamed, name = now_name));
    }
    if a.url != b.url {
        what.push(t!(wizard_review_changed_url, url = clean(&b.url)));
    }
    if a.email != b.email {
        what.push(t!(wizard_review_changed_email, email = clean(&b.email)));
    }
    if a.account_id != b.account_id {
        what.push(t!(
            wizard_review_changed_account_id,
            id = b.account_id.to_string()
        ));
    }
    if loaded.token_ref != now.token_ref || loaded.token_store != now.token_store {
        what.push(t!(wizard_review_changed_token));
    }
    if what.is_empty() {
        what.push(t!(wizard_review_changed_other));
    }
    what.join(", ")
}

/// The inboxes check's warning (no WhatsApp inbox), whole.
pub(super) fn inbox_warning(app: &App) -> Option<String> {
    match app.form.check(CheckId::Inboxes) {
        CheckState::Done {
            status: Status::Warn,
            message,
            ..
        } => Some(clean(message)),
        _ => None,
    }
}

/// The save in progress, as both reviews show it.
pub(super) fn saving(app: &App, theme: &Theme, rows: &mut Rows) {
    rows.text(
        Some((spinner(app, theme), theme.checking())),
        &ascii_safe(&t!(wizard_review_saving), theme),
        theme.checking(),
    );
}

/// The keyring could not take the token: why, and the file store's `f` with its risk
/// spelled out (both reviews offer it in the same words).
pub(super) fn file_store_offer(app: &App, theme: &Theme, rows: &mut Rows, reason: &str) {
    let text = t!(wizard_review_keyring_unreachable, reason = clean(reason));
    rows.text(None, &text, theme.fail());
    let file = t!(
        wizard_review_file_store_offer,
        key = key_arg("f"),
        path = &app.ctx.file_store
    );
    rows.keyed(&file);
}
