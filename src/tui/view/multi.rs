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
use crate::i18n::t;
use crate::tui::model::{App, KeyringState, Multi, MultiRow, SaveState, Screen, TokenStore};
use crate::tui::theme::Theme;

pub fn draw_review(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(multi) = &app.form.multi else {
        return;
    };
    let title = format!("{} ", t!(wizard_multi_title, count = multi.rows.len()));
    let short = format!("{} ", t!(wizard_multi_title_short));
    let block = outer(app, theme, &[title.as_str(), short.as_str()], area.width);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut rows = Rows::new(theme, inner.width);
    let r = &app.form.report;
    let url = r.url.clone().unwrap_or_default();
    let version = r.server.as_ref().map_or("?", |s| s.version.as_str());
    rows.row(
        &t!(wizard_multi_row_chatwoot),
        &t!(wizard_multi_server, url = url, version = clean(version)),
        theme.base(),
    );
    if let Some(u) = &r.user {
        let user = t!(
            wizard_multi_user,
            name = clean(&u.name),
            email = clean(&u.email),
            id = u.id.to_string()
        );
        rows.row(&t!(wizard_multi_row_user), &user, theme.base());
    }
    rows.row(
        &t!(wizard_multi_row_token_to),
        &token_place(app),
        theme.base(),
    );
    rows.row(
        &t!(wizard_multi_row_profile_to),
        &app.ctx.config_file,
        theme.base(),
    );
    for w in &r.warnings {
        let message = clean(&w.message_with(&crate::tui::text::wizard_remedy).to_string());
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
            (0, n) => format!("  {}", t!(wizard_multi_more_below, count = n)),
            (n, 0) => format!("  {}", t!(wizard_multi_more_above, count = n)),
            (up, down) => format!("  {}", t!(wizard_multi_more_both, up = up, down = down)),
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
        return t!(wizard_multi_token_not_chosen);
    }
    match app.form.token_store {
        TokenStore::Keyring => t!(wizard_multi_token_keyring),
        TokenStore::File => t!(wizard_multi_token_file, path = app.ctx.file_store.as_str()),
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
        (None, _) => (
            ascii_safe(&t!(wizard_multi_checking), theme),
            theme.checking(),
        ),
        (Some(_), Some((_, why))) => (t!(wizard_multi_not_saved, why = clean(&why)), theme.fail()),
        (Some(r), None) => {
            let mut text = r.inboxes.as_ref().map_or_else(String::new, |b| {
                t!(wizard_multi_inboxes, total = b.total, whatsapp = b.whatsapp)
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
                    "{text}; {} {}",
                    theme.sym.warn,
                    t!(wizard_multi_linked_elsewhere, names = linked.join(", "))
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
                &t!(wizard_multi_save_failed, why = clean(message)),
                theme.fail(),
            );
        }
        SaveState::Idle | SaveState::Changed { .. } => {
            if let (KeyringState::Unavailable { reason }, TokenStore::Keyring) =
                (&app.keyring, app.form.token_store)
            {
                let text = t!(wizard_multi_keyring_unreachable, reason = clean(reason));
                rows.text(None, &text, theme.warn());
            }
            let what = if multi.renaming.is_some() {
                t!(wizard_multi_enter_renaming)
            } else if !multi.checked() {
                ascii_safe(&t!(wizard_multi_enter_waits), theme)
            } else if passing == multi.rows.len() {
                t!(wizard_multi_enter_save_all, count = passing)
            } else {
                t!(
                    wizard_multi_enter_save_some,
                    passing = passing,
                    failing = multi.rows.len() - passing
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
    let title = format!("{} ", t!(wizard_multi_done_title, count = count));
    let short = format!("{} ", t!(wizard_done_title_short));
    let block = outer(app, theme, &[title.as_str(), short.as_str()], area.width);
    let inner = block.inner(area);
    let mut rows = Rows::new(theme, inner.width);
    for l in lines {
        let account = format!("{} {}", l.account_id, clean(&l.account_name));
        if l.saved {
            let name = l.name.as_deref().unwrap_or_default();
            let text = t!(
                wizard_multi_done_saved,
                name = name,
                account = account.as_str()
            );
            rows.text(Some((theme.sym.ok, theme.ok())), &text, theme.base());
        } else {
            let text = t!(
                wizard_multi_done_not_saved,
                account = account.as_str(),
                why = clean(&l.message)
            );
            rows.text(Some((theme.sym.fail, theme.fail())), &text, theme.fail());
        }
        for w in &l.warnings {
            rows.text(Some(("  !", theme.warn())), &clean(w), theme.warn());
        }
    }
    rows.blank();
    rows.row(
        &t!(wizard_done_row_profiles),
        &saved.config_file,
        theme.base(),
    );
    rows.row(
        &t!(wizard_done_row_token),
        &ascii_safe(&saved.token_place, theme),
        theme.base(),
    );
    let cmd = super::done::command_prefix(app);
    let commands = [
        (format!("{cmd} status"), t!(wizard_done_cmd_status_all)),
        (format!("{cmd} list"), t!(wizard_done_cmd_list)),
    ];
    super::done::next_steps(app, theme, &mut rows, &saved.config_file, &commands);
    frame.render_widget(Paragraph::new(rows.lines).block(block), area);
}
