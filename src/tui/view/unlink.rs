//! The unlink screen: the confirmation naming the profile and account, with the opt-in
//! token reset and its warning; the work in progress; what was removed and what remains.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::form::ascii_safe;
use super::{clean, outer, spinner, wrap_words};
use crate::store::{ProfileRecord, TokenStoreKind};
use crate::tui::model::{App, Screen, SecretFate, Unlink, UnlinkReport};
use crate::tui::theme::Theme;

/// Wrapped lines of one paragraph, indented by one column, `lead` (a symbol or key) first.
struct Text<'a> {
    theme: &'a Theme,
    width: usize,
    lines: Vec<Line<'static>>,
}

impl Text<'_> {
    fn para(&mut self, lead: Option<(&str, Style)>, text: &str, style: Style) {
        let text = ascii_safe(text, self.theme);
        let lead_w = lead.map_or(0, |(l, _)| l.chars().count() + 1);
        let room = self.width.saturating_sub(2 + lead_w);
        for (i, part) in wrap_words(&text, room).into_iter().enumerate() {
            let mut spans = vec![Span::raw(" ")];
            match lead {
                Some((l, ls)) if i == 0 => spans.push(Span::styled(format!("{l} "), ls)),
                Some(_) => spans.push(Span::raw(" ".repeat(lead_w))),
                None => {}
            }
            spans.push(Span::styled(part, style));
            self.lines.push(Line::from(spans));
        }
    }

    fn blank(&mut self) {
        self.lines.push(Line::raw(""));
    }
}

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Screen::Unlink(unlink) = &app.screen else {
        return;
    };
    let name = match unlink {
        Unlink::Confirm { name, .. } | Unlink::Running { name, .. } => name.as_str(),
        Unlink::Done(r) => r.name.as_str(),
    };
    let title = match unlink {
        Unlink::Done(r) if r.removed() => format!("Unlinked {name} "),
        Unlink::Done(_) => format!("{name} not unlinked "),
        _ => format!("Unlink {name} "),
    };
    let block = outer(app, theme, &[title.as_str(), "Unlink "], area.width);
    let inner = block.inner(area);
    let mut t = Text {
        theme,
        width: usize::from(inner.width),
        lines: Vec::new(),
    };
    match unlink {
        Unlink::Confirm {
            name,
            record,
            others,
            rotate,
        } => confirm(&mut t, name, record, others, *rotate),
        Unlink::Running { name, rotate } => {
            let what = if *rotate {
                format!("Resetting the token on the server, then unlinking {name}…")
            } else {
                format!("Unlinking {name}…")
            };
            t.para(
                Some((spinner(app, theme), theme.checking())),
                &what,
                theme.checking(),
            );
        }
        Unlink::Done(outcome) => {
            let report = told(outcome);
            let (sym, style) = if outcome.removed() {
                (theme.sym.ok, theme.ok())
            } else {
                (theme.sym.fail, theme.fail())
            };
            for (i, line) in report.done.iter().enumerate() {
                let lead = (i == 0).then_some((sym, style));
                t.para(lead, line, if i == 0 { style } else { theme.base() });
            }
            if !report.remains.is_empty() {
                t.blank();
                for line in &report.remains {
                    t.para(None, line, theme.base());
                }
            }
            for p in &report.problems {
                t.para(
                    Some((theme.sym.warn, theme.warn())),
                    &clean(p),
                    theme.warn(),
                );
            }
            t.blank();
            t.lines.push(Line::from(vec![
                Span::raw(" "),
                Span::styled("Enter", theme.key()),
                Span::raw(" returns to the profiles."),
            ]));
        }
    }
    frame.render_widget(Paragraph::new(t.lines).block(block), area);
}

fn confirm(t: &mut Text<'_>, name: &str, record: &ProfileRecord, others: &[String], rotate: bool) {
    let theme = t.theme;
    let d = &record.data;
    let host = d.url.split_once("://").map_or(d.url.as_str(), |(_, h)| h);
    t.para(
        None,
        &format!(
            "Unlink profile {name}: {} account {} ({})?",
            clean(host),
            d.account_id,
            clean(&d.account_name)
        ),
        theme.title(),
    );
    let place = match record.token_store {
        TokenStoreKind::Keyring => "the OS keyring",
        TokenStoreKind::File => "the file store",
    };
    t.para(
        None,
        &format!(
            "Its entry leaves the config and its token leaves {place}. Chatwoot cannot \
             revoke a token: it stays valid on the server unless it is reset."
        ),
        theme.base(),
    );
    t.blank();
    let check = if rotate { "[x]" } else { "[ ]" };
    t.para(
        Some((check, theme.key())),
        "also reset the token on the server (t or Space)",
        theme.base(),
    );
    if rotate {
        t.para(
            Some((theme.sym.warn, theme.warn())),
            "Every other integration using this token stops working at once.",
            theme.warn(),
        );
        if others.is_empty() {
            t.para(None, "    No other local profile uses it.", theme.dim());
        } else {
            t.para(
                None,
                &format!(
                    "    Local profiles sharing it get the new token: {}.",
                    others.join(", ")
                ),
                theme.warn(),
            );
        }
    } else if !others.is_empty() {
        t.para(
            None,
            &format!("    Local profiles sharing it: {}.", others.join(", ")),
            theme.dim(),
        );
    }
    t.blank();
    t.lines.push(Line::from(vec![
        Span::raw(" "),
        Span::styled("y", theme.key()),
        Span::raw(" unlinks; "),
        Span::styled("n", theme.key()),
        Span::raw(", "),
        Span::styled("Esc", theme.key()),
        Span::raw(" or "),
        Span::styled("Enter", theme.key()),
        Span::raw(" keep it."),
    ]));
}

/// An unlink's outcome in sentences: what was done, what remains, and the problems.
pub struct Told {
    pub done: Vec<String>,
    pub remains: Vec<String>,
    pub problems: Vec<String>,
}

pub fn told(r: &UnlinkReport) -> Told {
    let what = format!(
        "{} ({} account {}, {})",
        r.name,
        r.host,
        r.account_id,
        crate::sanitize::sanitize(&r.account_name)
    );
    let done = match &r.result {
        Ok(done) => done,
        Err(message) => {
            return Told {
                done: vec![format!(
                    "Profile {what} was not removed: nothing was changed."
                )],
                remains: Vec::new(),
                problems: vec![message.clone()],
            };
        }
    };
    let place = match done.token_store {
        TokenStoreKind::Keyring => "the OS keyring",
        TokenStoreKind::File => "the file store (tokens.toml)",
    };
    let mut lines = vec![format!("Removed profile {what} from the config.")];
    let mut problems = done.warnings.clone();
    match &done.secret {
        SecretFate::Deleted => lines.push(format!("Its token was deleted from {place}.")),
        SecretFate::AlreadyGone => lines.push(format!("Its token was already gone from {place}.")),
        SecretFate::Shared(users) => lines.push(format!(
            "Its token stays in {place}: {} still use it.",
            users.join(", ")
        )),
        SecretFate::Failed(e) => problems.push(format!(
            "The token could not be deleted from {place} ({e}): `chatwoot-link doctor --fix` \
             removes it later."
        )),
    }
    match &done.default {
        Some(d) => lines.push(format!("The default profile is {d}.")),
        None => lines.push("There is no default profile now.".to_owned()),
    }
    let names = &r.others;
    let mut remains = Vec::new();
    if done.rotated {
        remains.push(
            "The token was reset on the server first: the old one no longer works anywhere."
                .to_owned(),
        );
        // The profiles that got the new token are named in the unlink's own warning.
    } else {
        remains.push(
            "The token itself stays valid on the server (Chatwoot cannot revoke it). To \
             invalidate it, reset it in Chatwoot under Profile Settings → Access Token; every \
             program using it then stops working."
                .to_owned(),
        );
        if !names.is_empty() {
            remains.push(format!(
                "Local {} {} still {} this token.",
                if names.len() == 1 {
                    "profile"
                } else {
                    "profiles"
                },
                names.join(", "),
                if names.len() == 1 { "uses" } else { "use" }
            ));
        }
    }
    if let Some(f) = &done.later {
        problems.push(f.clone());
    }
    Told {
        done: lines,
        remains,
        problems,
    }
}
