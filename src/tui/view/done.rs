//! The done screen: what was saved where, and the commands to use it next.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::form::ascii_safe;
use super::outer;
use super::review::{Rows, inbox_warning};
use crate::i18n::t;
use crate::tui::model::{App, FieldId, Screen};
use crate::tui::theme::Theme;

pub fn draw_done(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Screen::Done(saved) = &app.screen else {
        return;
    };
    let name = saved.name.as_str();
    let title = format!("{} ", t!(wizard_done_title, name = name));
    let short = format!("{} ", t!(wizard_done_title_short));
    let block = outer(app, theme, &[title.as_str(), short.as_str()], area.width);
    let inner = block.inner(area);
    let mut rows = Rows::new(theme, inner.width);
    rows.text(
        Some((theme.sym.ok, theme.ok())),
        &t!(wizard_done_linked, name = name),
        theme.title(),
    );
    if let Some(warning) = inbox_warning(app) {
        rows.text(Some((theme.sym.warn, theme.warn())), &warning, theme.warn());
    }
    rows.blank();
    rows.row(
        &t!(wizard_done_row_profile),
        &saved.config_file,
        theme.base(),
    );
    rows.row(
        &t!(wizard_done_row_token),
        &ascii_safe(&saved.token_place, theme),
        theme.base(),
    );
    rows.row(
        &t!(wizard_done_row_url),
        &app.form.report.url.clone().unwrap_or_default(),
        theme.base(),
    );
    rows.row(
        &t!(wizard_done_row_account_id),
        app.form.fields.get(FieldId::AccountId).trim(),
        theme.base(),
    );
    let cmd = command_prefix(app);
    let commands = [
        (format!("{cmd} status {name}"), t!(wizard_done_cmd_status)),
        (format!("{cmd} token {name}"), t!(wizard_done_cmd_token)),
        (format!("{cmd} env {name}"), t!(wizard_done_cmd_env)),
        (
            format!("chatwoot_link::Profile::load(Some(\"{name}\"))"),
            t!(wizard_done_cmd_rust),
        ),
    ];
    next_steps(app, theme, &mut rows, &saved.config_file, &commands);
    frame.render_widget(Paragraph::new(rows.lines).block(block), area);
}

/// How the done screens spell the command: with the `--config-dir` the wizard was started
/// with, so the commands work as shown.
pub(super) fn command_prefix(app: &App) -> String {
    match &app.ctx.config_dir {
        Some(dir) => format!(
            "{} --config-dir {}",
            app.ctx.command,
            crate::tui::text::shell_word(dir)
        ),
        None => app.ctx.command.clone(),
    }
}

/// The "Next:" block both done screens end with: in the demo, how to reach its profiles
/// after the wizard; then `commands` aligned, each with what it does where that fits.
pub(super) fn next_steps(
    app: &App,
    theme: &Theme,
    rows: &mut Rows,
    config_file: &str,
    commands: &[(String, String)],
) {
    rows.blank();
    rows.text(None, &t!(wizard_done_next), theme.title());
    if app.ctx.demo {
        let dir = std::path::Path::new(config_file)
            .parent()
            .map_or_else(String::new, |d| d.display().to_string());
        // The demo's server lives in this process: after exit, `status` finds nobody there.
        let port = app
            .form
            .report
            .url
            .as_deref()
            .and_then(|u| u.rsplit_once(':'))
            .map_or("3771", |(_, p)| p);
        rows.text(
            None,
            &t!(
                wizard_done_demo,
                dir = dir,
                command = app.ctx.command.as_str(),
                port = port
            ),
            theme.dim(),
        );
    }
    let col = commands
        .iter()
        .map(|(c, _)| c.chars().count())
        .max()
        .unwrap_or(0);
    for (command, what) in commands {
        let fits = 3 + col + 2 + what.chars().count() <= rows.width;
        let mut spans = vec![Span::styled(format!("   {command:<col$}"), theme.key())];
        if fits {
            spans.push(Span::styled(format!("  {what}"), theme.dim()));
        }
        rows.lines.push(Line::from(spans));
    }
}
