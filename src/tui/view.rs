//! `view`: draws the app. Pure: reads the model and the theme, writes only the frame.

mod accounts;
mod columns;
mod done;
mod form;
mod home;
mod inboxes;
mod multi;
mod overlay;
mod review;

// `update` asks how far the review can scroll (the layout's own rule).
pub use overlay::help_scroll_room;
pub use review::review_overflow;
mod trust;
mod unlink;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::model::{App, CheckState, Overlay, Screen};
use super::theme::Theme;
use crate::checks::Status;
use crate::i18n::t;

use super::model::{MIN_HEIGHT, MIN_WIDTH};

pub fn view(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(theme, frame, area);
        return;
    }
    let (main, bar) = split_bottom(area, 1);
    match &app.screen {
        Screen::Home => home::draw(app, theme, frame, main),
        Screen::Form => form::draw(app, theme, frame, main),
        Screen::Review if app.form.multi.is_some() => multi::draw_review(app, theme, frame, main),
        Screen::Review => review::draw_review(app, theme, frame, main),
        Screen::Done(_) if app.form.multi.as_ref().is_some_and(|m| m.outcome.is_some()) => {
            multi::draw_done(app, theme, frame, main);
        }
        Screen::Done(_) => done::draw_done(app, theme, frame, main),
        Screen::Unlink(_) => unlink::draw(app, theme, frame, main),
    }
    key_bar(app, theme, frame, bar);
    match app.overlay {
        Some(Overlay::Keys) => overlay::keys(app, theme, frame, main),
        Some(Overlay::ConfirmQuit) => overlay::confirm_quit(app, theme, frame, main),
        Some(Overlay::TrustCert) => trust::draw(app, theme, frame, main),
        None => {}
    }
    if theme.charset == super::theme::Charset::Ascii {
        ascii_letters(frame);
    }
}

/// Without UTF-8 the terminal shows only ASCII: Spanish and Portuguese letters lose their
/// accents (`ó` -> `o`, `ç` -> `c`), one cell for one cell.
fn ascii_letters(frame: &mut Frame) {
    let buf = frame.buffer_mut();
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if !cell.symbol().is_ascii() {
                let plain: String = cell.symbol().chars().map(plain_letter).collect();
                cell.set_symbol(&plain);
            }
        }
    }
}

pub(crate) fn plain_letter(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'ª' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'º' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Á' | 'À' | 'Â' | 'Ã' | 'Ä' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'Ó' | 'Ò' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        '¿' => '?',
        '¡' => '!',
        other => other,
    }
}

fn too_small(theme: &Theme, frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::styled(t!(wizard_keys_too_small_title), theme.fail()),
        // Sizes as text: no digit grouping.
        Line::raw(t!(
            wizard_keys_too_small,
            width = area.width.to_string(),
            height = area.height.to_string(),
            min_width = MIN_WIDTH.to_string(),
            min_height = MIN_HEIGHT.to_string()
        )),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// A key's name as a message argument, marked so [`keyed`] draws it in the key style.
pub(super) fn key_arg(key: &str) -> String {
    format!("{KEY_MARK}{key}{KEY_MARK}")
}

const KEY_MARK: char = '\u{1}';

/// A sentence with [`key_arg`] keys in it, as spans: the keys styled as keys.
pub(super) fn keyed(text: &str, theme: &Theme) -> Vec<Span<'static>> {
    text.split(KEY_MARK)
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            if i % 2 == 1 {
                Span::styled(part.to_owned(), theme.key())
            } else {
                Span::raw(part.to_owned())
            }
        })
        .collect()
}

/// Splits `n` rows off the bottom.
pub(super) fn split_bottom(area: Rect, n: u16) -> (Rect, Rect) {
    let n = n.min(area.height);
    let top = Rect {
        height: area.height - n,
        ..area
    };
    let bottom = Rect {
        y: area.y + area.height - n,
        height: n,
        ..area
    };
    (top, bottom)
}

/// The outer frame with the title (DEMO badge and the one-line welcome on a first run).
/// `titles` go from the longest to the shortest; the first that fits `width` is used.
pub(super) fn outer<'a>(app: &App, theme: &Theme, titles: &[&'a str], width: u16) -> Block<'a> {
    let mut spans = vec![Span::styled(" chatwoot-link ", theme.title())];
    if app.ctx.demo {
        spans.push(Span::styled(" DEMO ", theme.demo_badge()));
        spans.push(Span::raw(" "));
    }
    let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    let room = usize::from(width).saturating_sub(used + 2);
    let title = titles
        .iter()
        .find(|t| t.chars().count() <= room)
        .or(titles.last())
        .copied()
        .unwrap_or_default();
    spans.push(Span::styled(title, theme.base()));
    Block::bordered()
        .border_set(theme.sym.border)
        .border_style(theme.border())
        .title(Line::from(spans))
}

/// The bottom line: a notice if there is one, else the keys of the screen.
fn key_bar(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    if app.wants_ticks() {
        spans.push(Span::styled(
            format!("{} ", spinner(app, theme)),
            theme.checking(),
        ));
    }
    if let Some(secs) = app.slow_check() {
        // Which request is slow: the server's first answer, else the later checks.
        let url = app.form.check(crate::checks::CheckId::Url);
        let ell = theme.sym.ellipsis;
        let what = if matches!(url, CheckState::Done { .. }) {
            t!(wizard_keys_slow_server, ellipsis = ell, secs = secs)
        } else {
            t!(wizard_keys_slow_connecting, ellipsis = ell, secs = secs)
        };
        spans.push(Span::styled(format!("{what}  "), theme.checking()));
    }
    if let Some(notice) = app.notice.as_ref().filter(|_| app.slow_check().is_none()) {
        spans.push(Span::styled(form::ascii_safe(notice, theme), theme.warn()));
    } else {
        let mut used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
        let entries: Vec<(String, String, bool)> = crate::tui::keys::bar(app)
            .iter()
            .map(|entry| {
                let k = entry.label();
                let k = if theme.charset == super::theme::Charset::Ascii {
                    k.replace("↑↓", "Up/Down")
                } else {
                    k
                };
                (k, entry.what(), entry.spare)
            })
            .collect();
        // An entry is `key what`; two spaces go between entries, none after the last.
        let len =
            |(k, what, _): &(String, String, bool)| k.chars().count() + what.chars().count() + 1;
        let line = |lens: &mut dyn Iterator<Item = usize>| {
            lens.fold(None, |acc: Option<usize>, l| {
                Some(acc.map_or(l, |a| a + 2 + l))
            })
            .unwrap_or(0)
        };
        let width = usize::from(area.width);
        let all = line(&mut entries.iter().map(len));
        let kept = line(&mut entries.iter().filter(|e| !e.2).map(len));
        // From 80 columns, spare entries give way when that lets every other one fit whole
        // (the longer languages' words); narrower bars show what fits, in order.
        let drop_spare = width >= 80 && used + all > width && used + kept <= width;
        let mut first = true;
        for entry in entries.iter().filter(|e| !(drop_spare && e.2)) {
            // Whole entries only: drop the ones that do not fit.
            let len = len(entry) + if first { 0 } else { 2 };
            if used + len > width {
                break;
            }
            used += len;
            if !first {
                spans.push(Span::raw("  "));
            }
            first = false;
            let (k, what, _) = entry;
            spans.push(Span::styled(k.clone(), theme.key()));
            spans.push(Span::raw(format!(" {what}")));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub(super) fn spinner(app: &App, theme: &Theme) -> &'static str {
    let frames = theme.sym.spinner;
    frames[app.spinner % frames.len()]
}

/// The symbol and style for a check's state.
pub(super) fn status_symbol(app: &App, theme: &Theme, state: &CheckState) -> (String, Style) {
    let s = &theme.sym;
    match state.status() {
        None | Some(Status::Skipped) => (s.not_checked.to_owned(), theme.dim()),
        Some(Status::Checking) => (spinner(app, theme).to_owned(), theme.checking()),
        Some(Status::Ok) => (s.ok.to_owned(), theme.ok()),
        Some(Status::Warn) => (s.warn.to_owned(), theme.warn()),
        Some(Status::Fail) => (s.fail.to_owned(), theme.fail()),
    }
}

/// The style of a check's message.
pub(super) fn message_style(theme: &Theme, state: &CheckState) -> Style {
    match state.status() {
        Some(Status::Fail) => theme.fail(),
        Some(Status::Warn) => theme.warn(),
        Some(Status::Ok) => theme.base(),
        _ => theme.dim(),
    }
}

/// Shortens `s` to `width` columns (character count; the wizard's text is narrow), with an
/// ellipsis when cut.
pub(super) fn fit(s: &str, width: usize, theme: &Theme) -> String {
    if s.chars().count() <= width {
        return s.to_owned();
    }
    let ell = theme.sym.ellipsis;
    let keep = width.saturating_sub(ell.chars().count());
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(ell);
    out
}

/// Wraps `s` at spaces into lines of at most `width` characters (longer words are cut).
pub(super) fn wrap_words(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let mut word = word.to_owned();
        loop {
            let len = line.chars().count();
            let wlen = word.chars().count();
            if len == 0 && wlen > width {
                lines.push(word.chars().take(width).collect());
                word = word.chars().skip(width).collect();
                continue;
            }
            if len > 0 && len + 1 + wlen > width {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            if len > 0 {
                line.push(' ');
            }
            line.push_str(&word);
            break;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Server-provided text, stripped of control characters before it is drawn.
pub(super) fn clean(s: &str) -> String {
    crate::sanitize::sanitize(s)
}
