//! The review: what the server said, where the token goes, and the way on.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::form::ascii_safe;
use super::{clean, outer, spinner, wrap_words};
use crate::checks::{CheckId, Status};
use crate::tui::model::{App, CheckState, FieldId, KeyringState, Mode, SaveState, TokenStore};
use crate::tui::theme::{Charset, Palette, Theme};

/// Width of the key column of a row.
const KEY: usize = 11;

/// Lines being laid out for a screen of a given inner width, values wrapped under their
/// column.
pub(super) struct Rows<'a> {
    theme: &'a Theme,
    pub(super) width: usize,
    pub(super) lines: Vec<Line<'static>>,
}

impl<'a> Rows<'a> {
    pub(super) fn new(theme: &'a Theme, width: u16) -> Self {
        Self {
            theme,
            width: usize::from(width),
            lines: Vec::new(),
        }
    }

    /// ` key        value…` with the value wrapped in its column.
    pub(super) fn row(&mut self, key: &str, value: &str, style: Style) {
        let room = self.width.saturating_sub(KEY + 2);
        for (i, part) in wrap_words(value, room).into_iter().enumerate() {
            let k = if i == 0 { key } else { "" };
            self.lines.push(Line::from(vec![
                Span::styled(format!(" {k:<KEY$} "), self.theme.dim()),
                Span::styled(part, style),
            ]));
        }
    }

    /// A paragraph indented by one column, wrapped; `first` is drawn in front of it.
    pub(super) fn text(&mut self, first: Option<(&str, Style)>, value: &str, style: Style) {
        let lead = first.map_or(0, |(f, _)| f.chars().count() + 1);
        let room = self.width.saturating_sub(2 + lead);
        for (i, part) in wrap_words(value, room).into_iter().enumerate() {
            let mut spans = vec![Span::raw(" ")];
            match first {
                Some((f, fs)) if i == 0 => spans.push(Span::styled(format!("{f} "), fs)),
                Some(_) => spans.push(Span::raw(" ".repeat(lead))),
                None => {}
            }
            spans.push(Span::styled(part, style));
            self.lines.push(Line::from(spans));
        }
    }

    pub(super) fn width(&self) -> u16 {
        u16::try_from(self.width).unwrap_or(u16::MAX)
    }

    pub(super) fn blank(&mut self) {
        self.lines.push(Line::raw(""));
    }
}

pub fn draw_review(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let name = app.form.profile_name();
    let title = format!("Review: {name} ");
    let block = outer(app, theme, &[title.as_str(), "Review "], area.width);
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
        "Chatwoot",
        &format!("{url} (version {})", clean(version)),
        base,
    );
    if let Some(u) = &r.user {
        let user = format!("{} <{}>, user id {}", clean(&u.name), clean(&u.email), u.id);
        rows.row("User", &user, base);
    }
    if let Some(a) = &r.account {
        let account = format!(
            "{}, id {}: {}, {}",
            clean(&a.name),
            a.id,
            clean(&a.role),
            clean(&a.status)
        );
        rows.row("Account", &account, base);
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
        let mut text = format!("{} in all, {} WhatsApp", inboxes.total, inboxes.whatsapp);
        if !names.is_empty() {
            text = format!("{text}: {}", names.join(", "));
        }
        rows.row("Inboxes", &text, base);
    }
    if let Some(chosen) = super::inboxes::chosen_text(app, theme) {
        rows.row("Chosen", &chosen, base);
    }
    let token_place = match app.form.token_store {
        TokenStore::Keyring => format!(
            "OS keyring, as \"{}\"",
            crate::store::keyring_label(
                &name,
                &crate::link::host(&url),
                app.form.fields.get(FieldId::AccountId).trim()
            )
        ),
        TokenStore::File => format!("{} (file store)", app.ctx.file_store),
    };
    // Edit without a new token: the stored one stays where it is.
    let kept = matches!(app.form.mode, Mode::Edit(_))
        && app.form.fields.get(FieldId::Token).trim().is_empty();
    let token_place = if matches!(app.form.save, SaveState::NeedsConsent { .. }) {
        "not chosen yet: the OS keyring is not reachable (see below)".to_owned()
    } else if kept {
        match app.form.token_store {
            TokenStore::Keyring => "the stored token, kept in the OS keyring".to_owned(),
            TokenStore::File => format!("the stored token, kept in {}", app.ctx.file_store),
        }
    } else {
        token_place
    };
    rows.row("Token to", &ascii_safe(&token_place, theme), base);
    rows.row("Profile to", &app.ctx.config_file, base);
    let facts = std::mem::take(&mut rows.lines);
    if let Some(warning) = inbox_warning(app) {
        rows.text(Some((theme.sym.warn, theme.warn())), &warning, theme.warn());
    }
    for w in &r.warnings {
        // The wizard's consent is Ctrl-O, not the command line's flag.
        let message = clean(&w.message.to_string()).replace(" (--allow-http)", "");
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
        let text = format!(
            "This account is already linked as {}: two profiles for one account are easy to \
             mix up.",
            others.join(", ")
        );
        rows.text(Some((theme.sym.warn, theme.warn())), &text, theme.warn());
    }
    // The warnings stay in view with the way on: nobody saves without seeing them.
    rows.blank();
    save_lines(app, theme, &mut rows);
    (facts, rows.lines)
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
            (0, n) => format!("  ↓ {n} more lines"),
            (n, 0) => format!("  ↑ {n} lines above"),
            (up, down) => format!("  ↑ {up} above, ↓ {down} below"),
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
                let text = format!("The OS keyring is not reachable: {}", clean(reason));
                rows.text(None, &text, theme.warn());
            }
            rows.text(
                Some(("Enter", theme.key())),
                "saves; Esc goes back to change something.",
                theme.base(),
            );
        }
        SaveState::Saving => saving(app, theme, rows),
        SaveState::NeedsConsent { reason } => {
            file_store_offer(app, theme, rows, reason);
            rows.text(
                Some(("Enter", theme.key())),
                "tries the keyring again (unlock or start it first); Esc goes back.",
                theme.base(),
            );
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
                        &format!(
                            "Not saved: profile {name} changed on disk since it was loaded \
                             (another chatwoot-link edited it): {what}."
                        ),
                        theme.fail(),
                    );
                    rows.text(
                        Some(("r", theme.key())),
                        "builds on the version on disk, keeping your values in the form; \
                         Esc goes back.",
                        theme.base(),
                    );
                }
                _ => rows.text(
                    None,
                    &format!(
                        "Not saved: profile {name} was removed on disk since it was loaded. \
                         Esc goes back; add it again from the profiles."
                    ),
                    theme.fail(),
                ),
            }
        }
        SaveState::Failed { message } => {
            rows.text(
                None,
                &format!("Not saved: {}", clean(message)),
                theme.fail(),
            );
            rows.text(
                Some(("Enter", theme.key())),
                "tries again; Esc goes back.",
                theme.base(),
            );
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
        what.push(format!("renamed to {now_name}"));
    }
    if a.url != b.url {
        what.push(format!("URL now {}", clean(&b.url)));
    }
    if a.email != b.email {
        what.push(format!("email now {}", clean(&b.email)));
    }
    if a.account_id != b.account_id {
        what.push(format!("Account ID now {}", b.account_id));
    }
    if loaded.token_ref != now.token_ref || loaded.token_store != now.token_store {
        what.push("a new token".to_owned());
    }
    if what.is_empty() {
        what.push("details the form does not show".to_owned());
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
        &ascii_safe("Saving…", theme),
        theme.checking(),
    );
}

/// The keyring could not take the token: why, and the file store's `f` with its risk
/// spelled out (both reviews offer it in the same words).
pub(super) fn file_store_offer(app: &App, theme: &Theme, rows: &mut Rows, reason: &str) {
    let text = format!("The OS keyring is not reachable: {}", clean(reason));
    rows.text(None, &text, theme.fail());
    let file = format!(
        "keeps the token in {} instead: a plain file (mode 0600), not encrypted, readable by \
         anyone who can read your files or backups.",
        app.ctx.file_store
    );
    rows.text(Some(("f", theme.key())), &file, theme.base());
}
