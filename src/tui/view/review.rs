//! The review (what the server said, where the token goes) and the done screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::form::ascii_safe;
use super::{clean, outer, spinner};
use crate::tui::model::{App, FieldId, KeyringState, SaveState, TokenStore};
use crate::tui::theme::Theme;

fn row<'a>(theme: &Theme, key: &'a str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!(" {key:<10} "), theme.dim()),
        Span::raw(value),
    ])
}

fn host(url: &str) -> &str {
    url.split("://").nth(1).unwrap_or(url)
}

pub fn draw_review(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let name = app.fields.get(FieldId::Name).trim().to_lowercase();
    let title = format!("Review: {name} ");
    let block = outer(app, theme, &title);
    let r = &app.report;
    let url = r.url.clone().unwrap_or_default();
    let mut lines = vec![
        row(
            theme,
            "Chatwoot",
            format!(
                "{url} (version {})",
                r.server.as_ref().map_or("?", |s| s.version.as_str())
            ),
        ),
        row(
            theme,
            "User",
            r.user.as_ref().map_or_else(String::new, |u| {
                format!("{} <{}>, id {}", clean(&u.name), clean(&u.email), u.id)
            }),
        ),
        row(
            theme,
            "Account",
            r.account.as_ref().map_or_else(String::new, |a| {
                format!(
                    "{}, id {} ({}, {})",
                    clean(&a.name),
                    a.id,
                    clean(&a.role),
                    clean(&a.status)
                )
            }),
        ),
    ];
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
        lines.push(row(theme, "Inboxes", text));
    }
    let token_place = match app.token_store {
        TokenStore::Keyring => format!(
            "OS keyring, entry \"chatwoot-link: {name} ({}, account {})\"",
            host(&url),
            app.fields.get(FieldId::AccountId).trim()
        ),
        TokenStore::File => format!("{} (file store)", app.ctx.file_store),
    };
    lines.push(row(theme, "Token", ascii_safe(&token_place, theme)));
    lines.push(row(theme, "Profile", app.ctx.config_file.clone()));
    for w in &r.warnings {
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", theme.sym.warn), theme.warn()),
            Span::styled(clean(&w.message), theme.warn()),
        ]));
    }
    if let Some(other) = app.ctx.existing.iter().find(|p| {
        Some(p.url.as_str()) == r.url.as_deref()
            && Some(p.account_id) == r.account.as_ref().map(|a| a.id)
    }) {
        lines.push(Line::styled(
            format!(
                " {} This account is already linked as {}.",
                theme.sym.warn, other.name
            ),
            theme.warn(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(save_lines(app, theme));
    let para = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    frame.render_widget(para, area);
}

fn save_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    match &app.save {
        SaveState::Idle => {
            let mut lines = Vec::new();
            if let (KeyringState::Unavailable { reason }, TokenStore::Keyring) =
                (&app.keyring, app.token_store)
            {
                lines.push(Line::styled(
                    format!(" The OS keyring is not reachable: {}", clean(reason)),
                    theme.warn(),
                ));
            }
            lines.push(Line::from(vec![
                Span::raw(" Press "),
                Span::styled("Enter", theme.key()),
                Span::raw(" to save, "),
                Span::styled("Esc", theme.key()),
                Span::raw(" to change something."),
            ]));
            lines
        }
        SaveState::Saving => vec![Line::styled(
            format!(" {} Saving…", spinner(app, theme)),
            theme.checking(),
        )],
        SaveState::NeedsConsent { reason } => vec![
            Line::styled(
                format!(" The OS keyring is not reachable: {}", clean(reason)),
                theme.fail(),
            ),
            Line::from(vec![
                Span::raw(" Press "),
                Span::styled("f", theme.key()),
                Span::raw(format!(
                    " to keep the token in {} instead: a plain file (mode 0600), not \
                     encrypted, readable by anyone who can read your files or backups.",
                    app.ctx.file_store
                )),
            ]),
            Line::from(vec![
                Span::raw(" Or unlock or start the keyring and press "),
                Span::styled("Enter", theme.key()),
                Span::raw(" to try again; "),
                Span::styled("Esc", theme.key()),
                Span::raw(" goes back."),
            ]),
        ],
        SaveState::Failed { message } => vec![
            Line::styled(format!(" Not saved: {}", clean(message)), theme.fail()),
            Line::from(vec![
                Span::raw(" Press "),
                Span::styled("Enter", theme.key()),
                Span::raw(" to try again or "),
                Span::styled("Esc", theme.key()),
                Span::raw(" to go back."),
            ]),
        ],
    }
}

pub fn draw_done(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(saved) = &app.saved else {
        return;
    };
    let name = saved.name.as_str();
    let block = outer(app, theme, "Linked ");
    let cmd = &app.ctx.command;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!(" {} ", theme.sym.ok), theme.ok()),
            Span::styled(format!("Linked {name}."), theme.title()),
        ]),
        Line::raw(""),
        row(theme, "Profile", format!("{} [{name}]", saved.config_file)),
        row(theme, "Token", ascii_safe(&saved.token_place, theme)),
        row(theme, "URL", app.report.url.clone().unwrap_or_default()),
        row(
            theme,
            "Account ID",
            app.fields.get(FieldId::AccountId).trim().to_owned(),
        ),
        Line::raw(""),
        Line::styled(" Next:", theme.title()),
    ];
    for (sub, what) in [
        ("status", "check it live again"),
        ("token", "print the token for scripts"),
        ("env", "print export lines for a .env"),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("   {cmd} {sub} {name}"), theme.key()),
            Span::styled(format!("  {what}"), theme.dim()),
        ]));
    }
    lines.push(Line::from(vec![
        Span::raw("   In Rust: "),
        Span::styled(
            format!("chatwoot_link::Profile::load(Some(\"{name}\"))"),
            theme.key(),
        ),
    ]));
    let para = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    frame.render_widget(para, area);
}
