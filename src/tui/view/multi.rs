//! Several accounts at once: the review (one profile per marked account, each with its
//! live check and its name) and the done screen (what was saved, what was not and why).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::form::ascii_safe;
use super::review::Rows;
use super::{clean, outer, spinner};
use crate::checks::Status;
use crate::tui::model::{App, KeyringState, Multi, MultiRow, SaveState, Screen, TokenStore};
use crate::tui::theme::Theme;

pub fn draw_review(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(multi) = &app.form.multi else {
        return;
    };
    let title = format!("Review: {} profiles, one token ", multi.rows.len());
    let block = outer(app, theme, &[title.as_str(), "Review "], area.width);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut rows = Rows::new(theme, inner.width);
    let r = &app.form.report;
    let url = r.url.clone().unwrap_or_default();
    let version = r.server.as_ref().map_or("?", |s| s.version.as_str());
    rows.row(
        "Chatwoot",
        &format!("{url} (version {})", clean(version)),
        theme.base(),
    );
    if let Some(u) = &r.user {
        let user = format!("{} <{}>, user id {}", clean(&u.name), clean(&u.email), u.id);
        rows.row("User", &user, theme.base());
    }
    rows.row("Token to", &token_place(app), theme.base());
    rows.row("Profile to", &app.ctx.config_file, theme.base());
    for w in &r.warnings {
        let message = clean(&w.message.to_string()).replace(" (--allow-http)", "");
        rows.text(Some((theme.sym.warn, theme.warn())), &message, theme.warn());
    }
    let mut starts = Vec::new();
    for (i, row) in multi.rows.iter().enumerate() {
        starts.push(rows.lines.len());
        account_lines(app, theme, multi, i, row, &mut rows);
    }
    let ends: Vec<usize> = starts[1..]
        .iter()
        .copied()
        .chain([rows.lines.len()])
        .collect();
    let mut facts = std::mem::take(&mut rows.lines);
    actions(app, theme, multi, &mut rows);
    let actions = rows.lines;
    let actions_h = u16::try_from(actions.len())
        .unwrap_or(u16::MAX)
        .min(inner.height);
    let room = usize::from(inner.height - actions_h);
    if facts.len() > room && room > 1 {
        // A window that keeps the chosen account in view (↓ reaches the rest), its last
        // line saying what is out of view: nobody saves past an unseen warning.
        let shown = room - 1;
        let end = ends.get(multi.selected).copied().unwrap_or(facts.len());
        let top = end.saturating_sub(shown);
        let below = facts.len().saturating_sub(top + shown);
        let more = match (top, below) {
            (0, n) => format!("  ↓ {n} more lines"),
            (n, 0) => format!("  ↑ {n} lines above"),
            (up, down) => format!("  ↑ {up} above, ↓ {down} below"),
        };
        facts = facts.into_iter().skip(top).take(shown).collect();
        let more = if theme.charset == crate::tui::theme::Charset::Ascii {
            more.replace('↓', "v").replace('↑', "^")
        } else {
            more
        };
        facts.push(Line::styled(more, theme.key()));
    }
    let facts_h = u16::try_from(facts.len()).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(facts),
        Rect::new(inner.x, inner.y, inner.width, facts_h),
    );
    frame.render_widget(
        Paragraph::new(actions),
        Rect::new(inner.x, inner.y + facts_h, inner.width, actions_h),
    );
}

/// Where the one token goes.
fn token_place(app: &App) -> String {
    if matches!(app.form.save, SaveState::NeedsConsent { .. }) {
        return "not chosen yet: the OS keyring is not reachable (see below)".to_owned();
    }
    match app.form.token_store {
        TokenStore::Keyring => "OS keyring, once for all of them".to_owned(),
        TokenStore::File => format!("{} (file store), once for all of them", app.ctx.file_store),
    }
}

/// One account: its check's symbol, id, name and profile name, then what its check said.
fn account_lines(
    app: &App,
    theme: &Theme,
    multi: &Multi,
    i: usize,
    row: &MultiRow,
    rows: &mut Rows,
) {
    let chosen = i == multi.selected;
    let (sym, style) = match &row.report {
        None => (spinner(app, theme).to_owned(), theme.checking()),
        Some(r) if !r.ok => (theme.sym.fail.to_owned(), theme.fail()),
        Some(r) if r.checks.iter().any(|c| c.status == Status::Warn) => {
            (theme.sym.warn.to_owned(), theme.warn())
        }
        Some(_) => (theme.sym.ok.to_owned(), theme.ok()),
    };
    let marker = if chosen { theme.sym.focus } else { " " };
    let name = match (&multi.renaming, chosen) {
        (Some(input), true) => format!("{}_", input.value()),
        _ => row.name.clone(),
    };
    let name_style = if chosen {
        theme.selected()
    } else {
        theme.base()
    };
    let account = super::fit(&clean(&row.account.name), 24, theme);
    rows.lines.push(Line::from(vec![
        Span::styled(format!("{marker}{sym} "), style),
        Span::styled(
            format!("{:>5}  {account:<24} ", row.account.id),
            theme.base(),
        ),
        Span::styled(ascii_safe("→ ", theme), theme.dim()),
        Span::styled(name, name_style),
    ]));
    let (text, style) = match (&row.report, row.failure()) {
        (None, _) => (ascii_safe("checking…", theme), theme.checking()),
        (Some(_), Some((_, why))) => (format!("not saved: {}", clean(&why)), theme.fail()),
        (Some(r), None) => {
            let mut text = r.inboxes.as_ref().map_or_else(String::new, |b| {
                format!("{} inboxes, {} WhatsApp", b.total, b.whatsapp)
            });
            let warns = r.checks.iter().filter(|c| c.status == Status::Warn);
            for c in warns {
                text = format!(
                    "{text}; {} {}",
                    theme.sym.warn,
                    clean(&c.message.to_string())
                );
            }
            let linked = r.url.as_deref().map_or_else(Vec::new, |url| {
                app.home.config.linked_elsewhere(url, row.account.id, "")
            });
            if !linked.is_empty() {
                text = format!(
                    "{text}; {} already linked as {}",
                    theme.sym.warn,
                    linked.join(", ")
                );
            }
            (text, theme.dim())
        }
    };
    for part in super::wrap_words(&text, usize::from(rows.width()).saturating_sub(10)) {
        rows.lines
            .push(Line::styled(format!("          {part}"), style));
    }
}

/// The way on, always in view.
fn actions(app: &App, theme: &Theme, multi: &Multi, rows: &mut Rows) {
    rows.blank();
    let passing = multi.passing().count();
    match &app.form.save {
        SaveState::Saving => super::review::saving(app, theme, rows),
        SaveState::NeedsConsent { reason } => {
            super::review::file_store_offer(app, theme, rows, reason);
        }
        SaveState::Failed { message } => {
            rows.text(
                None,
                &format!("Not saved: {}", clean(message)),
                theme.fail(),
            );
        }
        SaveState::Idle | SaveState::Changed { .. } => {
            if let (KeyringState::Unavailable { reason }, TokenStore::Keyring) =
                (&app.keyring, app.form.token_store)
            {
                let text = format!("The OS keyring is not reachable: {}", clean(reason));
                rows.text(None, &text, theme.warn());
            }
            let what = if multi.renaming.is_some() {
                "keeps the typed name; Esc keeps the old one.".to_owned()
            } else if !multi.checked() {
                ascii_safe("waits for the checks…", theme)
            } else if passing == multi.rows.len() {
                format!("saves the {passing} profiles; n renames the chosen one; Esc goes back.")
            } else {
                format!(
                    "saves the {passing} that passed ({} not); n renames; Esc goes back.",
                    multi.rows.len() - passing
                )
            };
            rows.text(Some(("Enter", theme.key())), &what, theme.base());
        }
    }
}

/// The done screen after several were saved.
pub fn draw_done(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (Screen::Done(saved), Some(lines)) = (
        &app.screen,
        app.form.multi.as_ref().and_then(|m| m.outcome.as_ref()),
    ) else {
        return;
    };
    let count = lines.iter().filter(|l| l.saved).count();
    let title = format!("Linked {count} profiles ");
    let block = outer(app, theme, &[title.as_str(), "Linked "], area.width);
    let inner = block.inner(area);
    let mut rows = Rows::new(theme, inner.width);
    for l in lines {
        let account = format!("{} {}", l.account_id, clean(&l.account_name));
        if l.saved {
            let name = l.name.as_deref().unwrap_or_default();
            let text = format!("{name}: account {account}, linked and checked");
            rows.text(Some((theme.sym.ok, theme.ok())), &text, theme.base());
        } else {
            let text = format!("account {account} not saved: {}", clean(&l.message));
            rows.text(Some((theme.sym.fail, theme.fail())), &text, theme.fail());
        }
        for w in &l.warnings {
            rows.text(Some(("  !", theme.warn())), &clean(w), theme.warn());
        }
    }
    rows.blank();
    rows.row("Profiles", &saved.config_file, theme.base());
    rows.row(
        "Token",
        &ascii_safe(&saved.token_place, theme),
        theme.base(),
    );
    let cmd = super::done::command_prefix(app);
    let commands = [
        (format!("{cmd} status"), "check them all live again"),
        (format!("{cmd} list"), "the profiles"),
    ];
    super::done::next_steps(app, theme, &mut rows, &saved.config_file, &commands);
    frame.render_widget(Paragraph::new(rows.lines).block(block), area);
}
