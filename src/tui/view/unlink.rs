//! The unlink screen: the confirmation naming the profile and account, with the opt-in
//! token reset and its warning; the work in progress; what was removed and what remains.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::form::ascii_safe;
use super::{clean, key_arg, keyed, outer, spinner, wrap_words};
use crate::i18n::{msg, t};
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
        Unlink::Done(r) if r.removed() => t!(wizard_unlink_title_done, name = name),
        Unlink::Done(_) => t!(wizard_unlink_title_kept, name = name),
        _ => t!(wizard_unlink_title, name = name),
    };
    let title = format!("{title} ");
    let short = format!("{} ", t!(wizard_unlink_title_short));
    let block = outer(app, theme, &[title.as_str(), short.as_str()], area.width);
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
        } => {
            confirm(&mut t, name, record, others, *rotate);
            fit_question(&mut t.lines, usize::from(inner.height));
        }
        Unlink::Running { name, rotate } => {
            let what = if *rotate {
                t!(wizard_unlink_running_reset, name = name)
            } else {
                t!(wizard_unlink_running, name = name)
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
            let back = t!(wizard_unlink_back, enter = key_arg("Enter"));
            t.lines.push(Line::from(keyed(&format!(" {back}"), theme)));
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
        &t!(
            wizard_unlink_question,
            name = name,
            host = clean(host),
            account_id = d.account_id.to_string(),
            account = clean(&d.account_name)
        ),
        theme.title(),
    );
    t.para(
        None,
        &t!(wizard_unlink_leaves, store = store(record.token_store)),
        theme.base(),
    );
    t.blank();
    let check = if rotate { "[x]" } else { "[ ]" };
    t.para(
        Some((check, theme.key())),
        &t!(wizard_unlink_reset_option),
        theme.base(),
    );
    if rotate {
        t.para(
            Some((theme.sym.warn, theme.warn())),
            &t!(wizard_unlink_reset_warning),
            theme.warn(),
        );
        if others.is_empty() {
            let text = format!("    {}", t!(wizard_unlink_no_others));
            t.para(None, &text, theme.dim());
        } else {
            t.para(
                None,
                &format!(
                    "    {}",
                    t!(wizard_unlink_others_get_new, names = others.join(", "))
                ),
                theme.warn(),
            );
        }
    } else if !others.is_empty() {
        t.para(
            None,
            &format!(
                "    {}",
                t!(wizard_unlink_others, names = others.join(", "))
            ),
            theme.dim(),
        );
    }
    t.blank();
    let keys = t!(
        wizard_unlink_keys,
        y = key_arg("y"),
        n = key_arg("n"),
        esc = key_arg("Esc"),
        enter = key_arg("Enter")
    );
    t.lines.push(Line::from(keyed(&format!(" {keys}"), theme)));
}

/// A question taller than the screen (a narrow one, the reset ticked, long words) loses its
/// blank lines first; if it is still too tall, its keys (the last line) come right after the
/// question's first paragraphs, so it stays answerable.
fn fit_question(lines: &mut Vec<Line<'static>>, height: usize) {
    if lines.len() <= height {
        return;
    }
    let question = lines.iter().position(|l| l.width() == 0).unwrap_or(0);
    lines.retain(|l| l.width() > 0);
    if lines.len() > height
        && let Some(keys) = lines.pop()
    {
        // After the question and what it removes (the lines before the first blank).
        lines.insert(question.min(lines.len()), keys);
    }
}

/// The token store as the messages' `store` selector names it.
fn store(kind: TokenStoreKind) -> &'static str {
    match kind {
        TokenStoreKind::Keyring => "keyring",
        TokenStoreKind::File => "file",
    }
}

/// An unlink's outcome in sentences: what was done, what remains, and the problems.
pub struct Told {
    pub done: Vec<String>,
    pub remains: Vec<String>,
    pub problems: Vec<String>,
}

pub fn told(r: &UnlinkReport) -> Told {
    let what = msg!(
        wizard_unlink_what,
        name = r.name.as_str(),
        host = r.host.as_str(),
        account_id = r.account_id.to_string(),
        account = crate::sanitize::sanitize(&r.account_name)
    );
    let done = match &r.result {
        Ok(done) => done,
        Err(message) => {
            return Told {
                done: vec![t!(wizard_unlink_not_removed, what = what)],
                remains: Vec::new(),
                problems: vec![message.clone()],
            };
        }
    };
    let place = store(done.token_store);
    let mut lines = vec![t!(wizard_unlink_removed, what = what)];
    let mut problems = done.warnings.clone();
    match &done.secret {
        SecretFate::Deleted => lines.push(t!(wizard_unlink_token_deleted, store = place)),
        SecretFate::AlreadyGone => lines.push(t!(wizard_unlink_token_gone, store = place)),
        SecretFate::Shared(users) => lines.push(t!(
            wizard_unlink_token_shared,
            store = place,
            names = users.join(", ")
        )),
        SecretFate::Failed(e) => problems.push(t!(
            wizard_unlink_token_failed,
            store = place,
            error = e.as_str()
        )),
    }
    match &done.default {
        Some(d) => lines.push(t!(wizard_unlink_default_is, name = d.as_str())),
        None => lines.push(t!(wizard_unlink_no_default)),
    }
    let names = &r.others;
    let mut remains = Vec::new();
    if done.rotated {
        remains.push(t!(wizard_unlink_rotated));
        // The profiles that got the new token are named in the unlink's own warning.
    } else {
        remains.push(t!(wizard_unlink_still_valid));
        if !names.is_empty() {
            remains.push(t!(
                wizard_unlink_still_used,
                count = names.len(),
                names = names.join(", ")
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
