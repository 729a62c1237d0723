//! The form: five fields with their status and message, the inboxes line, and below them
//! the help panel for the focused field (or the token's accounts while picking one).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};
use secrecy::zeroize::Zeroizing;

use super::{clean, fit, message_style, outer, status_symbol};
use crate::checks::CheckId;
use crate::i18n::t;
use crate::tui::model::{App, CheckState, FieldId, TokenStore};
use crate::tui::theme::Theme;

/// Columns: focus marker (2), label (13 in English, the widest label of the language),
/// gap (1), status (2), gap (1), then the input.
fn status_x() -> u16 {
    2 + FieldId::label_width() + 1
}

/// Where the input starts (19 in English).
fn input_x() -> u16 {
    status_x() + 3
}

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    // Longest first: the one that fits is drawn (each ends in a space before the border).
    let titles: Vec<String> = match &app.form.mode {
        crate::tui::model::Mode::Edit(edit) => vec![
            t!(wizard_form_title_edit, name = &edit.name),
            t!(wizard_form_title_edit_short),
        ],
        crate::tui::model::Mode::Add if app.home.config.profiles.is_empty() => vec![
            t!(wizard_form_title_welcome_long),
            t!(wizard_form_title_welcome),
            t!(wizard_form_title_welcome_short),
        ],
        crate::tui::model::Mode::Add => {
            vec![t!(wizard_form_title_another), t!(wizard_form_title_add)]
        }
    };
    let titles: Vec<String> = titles.into_iter().map(|t| format!("{t} ")).collect();
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    let block = outer(app, theme, &titles, area.width);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let mut y = inner.y;
    let bottom = inner.y + inner.height;
    for field in FieldId::ALL {
        if y + 2 > bottom {
            break;
        }
        draw_field(
            app,
            theme,
            frame,
            Rect::new(inner.x, y, inner.width, 2),
            field,
        );
        y += 2;
        if field == FieldId::AccountId && y < bottom {
            draw_inboxes(app, theme, frame, Rect::new(inner.x, y, inner.width, 1));
            y += 1;
        }
    }
    if y + 2 <= bottom {
        let panel = Rect::new(inner.x, y, inner.width, bottom - y);
        if app.form.inbox_list.is_some() {
            super::inboxes::draw(app, theme, frame, panel);
        } else if app.form.list.is_some() {
            super::accounts::draw_accounts(app, theme, frame, panel);
        } else {
            draw_help(app, theme, frame, panel);
        }
    }
}

fn draw_field(app: &App, theme: &Theme, frame: &mut Frame, row: Rect, field: FieldId) {
    // The inbox picker has the focus while the Account ID keeps the field focus.
    let focused = app.form.focus == field && app.form.inbox_list.is_none();
    let buf = frame.buffer_mut();
    let marker = if focused { theme.sym.focus } else { " " };
    let label_style = if focused { theme.focus() } else { theme.base() };
    buf.set_string(row.x, row.y, marker, label_style);
    buf.set_string(row.x + 2, row.y, field.label(), label_style);
    let (status_x, input_x) = (status_x(), input_x());

    let state = match field.check() {
        Some(id) => app.form.check(id).clone(),
        None => name_state(app),
    };
    let state = app.form.shown(field, state);
    if let Some((value, state)) = super::accounts::several_field(app, field) {
        let (sym, sym_style) = status_symbol(app, theme, &state);
        let width = usize::from(row.width.saturating_sub(input_x + 1));
        buf.set_string(row.x + status_x, row.y, &sym, sym_style);
        let style = if state.passed() {
            theme.base()
        } else {
            theme.placeholder()
        };
        buf.set_string(row.x + input_x, row.y, fit(&value, width, theme), style);
        if let CheckState::Done { message, .. } = &state {
            let text = fit(message, width, theme);
            buf.set_string(
                row.x + input_x,
                row.y + 1,
                text,
                message_style(theme, &state),
            );
        }
        return;
    }
    let (sym, sym_style) = status_symbol(app, theme, &state);
    buf.set_string(row.x + status_x, row.y, &sym, sym_style);

    let width = row.width.saturating_sub(input_x + 1);
    let input = app.form.fields.input(field);
    let x = row.x + input_x;
    if input.value().is_empty() {
        // Edit: the stored token is kept unless a new one is typed; it is never drawn.
        let placeholder = match (&app.form.mode, field) {
            (crate::tui::model::Mode::Edit(edit), FieldId::Token) if edit.token_loading => {
                t!(wizard_form_placeholder_token_loading)
            }
            (crate::tui::model::Mode::Edit(_), FieldId::Token) => {
                t!(wizard_form_placeholder_token_kept)
            }
            _ => field.placeholder(),
        };
        buf.set_string(
            x,
            row.y,
            fit(&ascii_safe(&placeholder, theme), width.into(), theme),
            theme.placeholder(),
        );
    } else {
        let scroll = input.visual_scroll(width.into());
        let shown: String = if field == FieldId::Token && !(app.form.revealed && focused) {
            std::iter::repeat_n(theme.sym.mask, input.value().chars().count()).collect()
        } else {
            input.value().to_owned()
        };
        // Revealed, these are copies of the token: zeroed when dropped.
        let shown = Zeroizing::new(shown);
        let visible: Zeroizing<String> =
            Zeroizing::new(shown.chars().skip(scroll).take(width.into()).collect());
        let style = if focused {
            theme.input_focused()
        } else {
            theme.base()
        };
        buf.set_string(x, row.y, visible.as_str(), style);
    }
    if focused && app.overlay.is_none() {
        // (the cursor stays hidden while the inbox picker has the focus)
        let scroll = input.visual_scroll(width.into());
        let cursor = u16::try_from(input.visual_cursor().saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position(Position::new(x + cursor.min(width), row.y));
    }

    if let CheckState::Done { message, .. } = &state {
        let text = fit(
            &ascii_safe(&clean(message), theme),
            (row.width.saturating_sub(input_x)).into(),
            theme,
        );
        frame
            .buffer_mut()
            .set_string(x, row.y + 1, text, message_style(theme, &state));
    }
}

/// The name field's state: its local rule only.
fn name_state(app: &App) -> CheckState {
    match app.name_problem() {
        Some(message) if !app.form.fields.get(FieldId::Name).is_empty() => CheckState::Done {
            status: crate::checks::Status::Fail,
            code: crate::checks::Code::Ok,
            message,
        },
        Some(_) => CheckState::NotChecked,
        None => CheckState::Done {
            status: crate::checks::Status::Ok,
            code: crate::checks::Code::Ok,
            message: String::new(),
        },
    }
}

fn draw_inboxes(app: &App, theme: &Theme, frame: &mut Frame, row: Rect) {
    let state = app.form.check(CheckId::Inboxes);
    let state = &if app.form.several() {
        CheckState::NotChecked
    } else {
        state.clone()
    };
    let buf = frame.buffer_mut();
    let picking = app.form.inbox_list.is_some();
    if picking {
        buf.set_string(row.x, row.y, theme.sym.focus, theme.focus());
    }
    let label = if picking { theme.focus() } else { theme.dim() };
    buf.set_string(row.x + 2, row.y, t!(wizard_form_label_inboxes), label);
    let (status_x, input_x) = (status_x(), input_x());
    let (sym, style) = status_symbol(app, theme, state);
    buf.set_string(row.x + status_x, row.y, sym, style);
    // One symbol per WhatsApp inbox (chosen ones marked) before the count.
    let skip = super::inboxes::draw_symbols(app, theme, frame, row.x + input_x, row.y);
    let row = Rect::new(row.x + skip, row.y, row.width.saturating_sub(skip), 1);
    let buf = frame.buffer_mut();
    let text = match state {
        CheckState::Done { message, .. } => ascii_safe(&clean(message), theme),
        CheckState::Checking => ascii_safe(&t!(wizard_form_inboxes_counting), theme),
        CheckState::NotChecked if app.form.several() => t!(wizard_form_inboxes_per_account),
        CheckState::NotChecked => t!(wizard_form_inboxes_with_account),
    };
    let width = usize::from(row.width.saturating_sub(input_x));
    // Cut, it points at where it is read whole: the help of the Account ID.
    let text = if text.chars().count() > width && app.form.focus != FieldId::AccountId {
        let more = format!(" {}", t!(wizard_form_inboxes_more));
        let room = width.saturating_sub(more.chars().count());
        format!("{}{more}", fit(&text, room, theme))
    } else {
        fit(&text, width, theme)
    };
    buf.set_string(row.x + input_x, row.y, text, message_style(theme, state));
}

fn draw_help(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let field = app.form.focus;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_set(theme.sym.border)
        .border_style(theme.border())
        .title(Line::styled(
            format!(" {} ", t!(wizard_form_help_title, field = field.label())),
            theme.title(),
        ))
        .padding(Padding::horizontal(1));
    let mut lines = Vec::new();
    // The focused field's full message (the line under the field may be cut).
    let state = field
        .check()
        .map_or_else(|| name_state(app), |id| app.form.check(id).clone());
    let state = app.form.shown(field, state);
    let insecure_http = matches!(
        state,
        CheckState::Done {
            code: crate::checks::Code::InsecureHttp,
            ..
        }
    );
    if let CheckState::Done { message, .. } = &state
        && (state.failed() || matches!(state.status(), Some(crate::checks::Status::Warn)))
        && !insecure_http
    {
        lines.push(Line::styled(
            ascii_safe(&clean(message), theme),
            message_style(theme, &state),
        ));
        if let CheckState::Done {
            code: crate::checks::Code::RedirectHttps,
            ..
        } = state
        {
            let text = t!(wizard_form_help_redirect_https, key = key_arg("Ctrl-T"));
            lines.push(keyed(&text, theme.key(), Style::default()));
        }
    }
    // The line under the field says "use https"; here the way out, with its risk.
    if insecure_http {
        let text = t!(wizard_form_help_insecure_http, key = key_arg("Ctrl-O"));
        lines.push(keyed(&text, theme.key(), theme.warn()));
    }
    // The Inboxes row has no focus of its own: its whole warning is read with the Account
    // ID it depends on (the row itself may cut it).
    let inboxes = app.form.check(CheckId::Inboxes);
    if field == FieldId::AccountId
        && let CheckState::Done { message, .. } = inboxes
        && !inboxes.passed_plainly()
    {
        lines.push(Line::styled(
            t!(
                wizard_form_help_inboxes,
                message = ascii_safe(&clean(message), theme)
            ),
            message_style(theme, inboxes),
        ));
    }
    if field == FieldId::Token && matches!(app.form.mode, crate::tui::model::Mode::Edit(_)) {
        lines.push(Line::raw(t!(wizard_form_help_token_edit)));
    }
    let mut help = field.help();
    if field == FieldId::Token {
        // A sentence of its own after the token's help.
        help.push(' ');
        help.push_str(&match (app.form.token_store, &app.keyring) {
            // Where it will really go: a keyring known unreachable means the file store,
            // offered on the review.
            (TokenStore::Keyring, crate::tui::model::KeyringState::Unavailable { .. })
                if app.form.mode.is_add() =>
            {
                t!(wizard_form_help_token_keyring_unreachable)
            }
            (TokenStore::Keyring, _) => t!(wizard_form_help_token_keyring),
            (TokenStore::File, _) if app.ctx.demo => t!(wizard_form_help_token_demo),
            (TokenStore::File, _) => t!(wizard_form_help_token_file),
        });
    }
    lines.push(Line::raw(ascii_safe(&help, theme)));
    let para = Paragraph::new(lines).block(block).wrap(Wrap { trim: true });
    frame.render_widget(para, area);
}

/// A key name as a message argument, marked so that [`keyed`] draws it as a key wherever
/// the language puts it.
pub(super) fn key_arg(key: &str) -> String {
    format!("\u{1}{key}\u{1}")
}

/// A translated line whose keys were given with [`key_arg`] (`Ctrl-O allows…`): the keys
/// in `key_style`, the rest in `style`.
pub(super) fn keyed(text: &str, key_style: Style, style: Style) -> Line<'static> {
    let spans: Vec<Span<'static>> = text
        .split('\u{1}')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            let style = if i % 2 == 1 { key_style } else { style };
            Span::styled(part.to_owned(), style)
        })
        .collect();
    Line::from(spans)
}

/// Replaces the few UTF-8 symbols of fixed texts when the terminal is ASCII-only.
pub(super) fn ascii_safe(s: &str, theme: &Theme) -> String {
    if theme.charset == crate::tui::theme::Charset::Ascii {
        s.replace('→', "->").replace('…', "...").replace('·', "|")
    } else {
        s.to_owned()
    }
}
