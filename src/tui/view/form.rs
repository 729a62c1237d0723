//! The form: five fields with their status and message, the inboxes line, and below them
//! the help panel for the focused field (or the token's accounts while picking one).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};
use secrecy::zeroize::Zeroizing;

use super::{clean, fit, message_style, outer, status_symbol};
use crate::checks::CheckId;
use crate::tui::model::{App, CheckState, FieldId, TokenStore};
use crate::tui::theme::Theme;

/// Columns: focus marker (2), label (13), gap (1), status (2), gap (1), then the input.
const INPUT_X: u16 = 19;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let edit_title = match &app.form.mode {
        crate::tui::model::Mode::Edit(edit) => Some(format!("Edit {} ", edit.name)),
        crate::tui::model::Mode::Add => None,
    };
    let edit_titles;
    let titles: &[&str] = if let Some(t) = &edit_title {
        edit_titles = [t.as_str(), "Edit "];
        &edit_titles
    } else if app.home.config.profiles.is_empty() {
        &[
            "Welcome! Four values, each checked live as you type ",
            "Welcome! Link a Chatwoot account ",
            "Welcome! ",
        ]
    } else {
        &["Link another Chatwoot account ", "Add a profile "]
    };
    let block = outer(app, theme, titles, area.width);
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
        if app.form.list.is_some() {
            super::accounts::draw_accounts(app, theme, frame, panel);
        } else {
            draw_help(app, theme, frame, panel);
        }
    }
}

fn draw_field(app: &App, theme: &Theme, frame: &mut Frame, row: Rect, field: FieldId) {
    let focused = app.form.focus == field;
    let buf = frame.buffer_mut();
    let marker = if focused { theme.sym.focus } else { " " };
    let label_style = if focused { theme.focus() } else { theme.base() };
    buf.set_string(row.x, row.y, marker, label_style);
    buf.set_string(row.x + 2, row.y, field.label(), label_style);

    let state = match field.check() {
        Some(id) => app.form.check(id).clone(),
        None => name_state(app),
    };
    let state = app.form.shown(field, state);
    if let Some((value, state)) = super::accounts::several_field(app, field) {
        let (sym, sym_style) = status_symbol(app, theme, &state);
        let width = usize::from(row.width.saturating_sub(INPUT_X + 1));
        buf.set_string(row.x + 16, row.y, &sym, sym_style);
        let style = if state.passed() {
            theme.base()
        } else {
            theme.placeholder()
        };
        buf.set_string(row.x + INPUT_X, row.y, fit(&value, width, theme), style);
        if let CheckState::Done { message, .. } = &state {
            let text = fit(message, width, theme);
            buf.set_string(
                row.x + INPUT_X,
                row.y + 1,
                text,
                message_style(theme, &state),
            );
        }
        return;
    }
    let (sym, sym_style) = status_symbol(app, theme, &state);
    buf.set_string(row.x + 16, row.y, &sym, sym_style);

    let width = row.width.saturating_sub(INPUT_X + 1);
    let input = app.form.fields.input(field);
    let x = row.x + INPUT_X;
    if input.value().is_empty() {
        // Edit: the stored token is kept unless a new one is typed; it is never drawn.
        let placeholder = match (&app.form.mode, field) {
            (crate::tui::model::Mode::Edit(edit), FieldId::Token) if edit.token_loading => {
                "stored (reading it…)"
            }
            (crate::tui::model::Mode::Edit(_), FieldId::Token) => {
                "stored: kept unless you type a new one"
            }
            _ => field.placeholder(),
        };
        buf.set_string(
            x,
            row.y,
            fit(&ascii_safe(placeholder, theme), width.into(), theme),
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
        let scroll = input.visual_scroll(width.into());
        let cursor = u16::try_from(input.visual_cursor().saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position(Position::new(x + cursor.min(width), row.y));
    }

    if let CheckState::Done { message, .. } = &state {
        let text = fit(
            &clean(message),
            (row.width.saturating_sub(INPUT_X)).into(),
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
    buf.set_string(row.x + 2, row.y, "Inboxes", theme.dim());
    let (sym, style) = status_symbol(app, theme, state);
    buf.set_string(row.x + 16, row.y, sym, style);
    let text = match state {
        CheckState::Done { message, .. } => clean(message),
        CheckState::Checking => ascii_safe("counting inboxes…", theme),
        CheckState::NotChecked if app.form.several() => {
            "checked per account on the review".to_owned()
        }
        CheckState::NotChecked => "checked with the Account ID".to_owned(),
    };
    let width = usize::from(row.width.saturating_sub(INPUT_X));
    // Cut, it points at where it is read whole: the help of the Account ID.
    let text = if text.chars().count() > width && app.form.focus != FieldId::AccountId {
        let more = " (more: Account ID)";
        let room = width.saturating_sub(more.chars().count());
        format!("{}{more}", fit(&text, room, theme))
    } else {
        fit(&text, width, theme)
    };
    buf.set_string(row.x + INPUT_X, row.y, text, message_style(theme, state));
}

fn draw_help(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let field = app.form.focus;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_set(theme.sym.border)
        .border_style(theme.border())
        .title(Line::styled(
            format!(" Help: {} ", field.label()),
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
        lines.push(Line::styled(clean(message), message_style(theme, &state)));
        if let CheckState::Done {
            code: crate::checks::Code::RedirectHttps,
            ..
        } = state
        {
            lines.push(Line::from(vec![
                Span::styled("Ctrl-T", theme.key()),
                Span::raw(" rewrites the URL to https:// and checks again."),
            ]));
        }
    }
    // The line under the field says "use https"; here the way out, with its risk.
    if insecure_http {
        lines.push(Line::from(vec![
            Span::styled("Ctrl-O", theme.key()),
            Span::styled(
                " allows plain http for this profile if you accept the risk: the token crosses \
                 the network unencrypted, so anyone on the way (Wi-Fi, proxy, provider) can \
                 read it and act as this administrator.",
                theme.warn(),
            ),
        ]));
    }
    // The Inboxes row has no focus of its own: its whole warning is read with the Account
    // ID it depends on (the row itself may cut it).
    let inboxes = app.form.check(CheckId::Inboxes);
    if field == FieldId::AccountId
        && let CheckState::Done { message, .. } = inboxes
        && !inboxes.passed_plainly()
    {
        lines.push(Line::styled(
            format!("Inboxes: {}", clean(message)),
            message_style(theme, inboxes),
        ));
    }
    if field == FieldId::Token && matches!(app.form.mode, crate::tui::model::Mode::Edit(_)) {
        lines.push(Line::raw(
            "A token is stored for this profile: leave the field empty to keep it, or paste a \
             new one to replace it.",
        ));
    }
    let mut help = field.help().to_owned();
    if field == FieldId::Token {
        help.push_str(match (app.form.token_store, &app.keyring) {
            // Where it will really go: a keyring known unreachable means the file store,
            // offered on the review.
            (TokenStore::Keyring, crate::tui::model::KeyringState::Unavailable { .. })
                if app.form.mode.is_add() =>
            {
                " The OS keyring is not reachable here: the review offers the file store \
                 (tokens.toml, 0600) instead."
            }
            (TokenStore::Keyring, _) => " It is kept in the OS keyring, never in a plain file.",
            (TokenStore::File, _) if app.ctx.demo => " The demo keeps it in its own file store.",
            (TokenStore::File, _) => {
                " This profile keeps it in the file store (tokens.toml, 0600)."
            }
        });
    }
    lines.push(Line::raw(ascii_safe(&help, theme)));
    let para = Paragraph::new(lines).block(block).wrap(Wrap { trim: true });
    frame.render_widget(para, area);
}

/// Replaces the few UTF-8 symbols of fixed texts when the terminal is ASCII-only.
pub(super) fn ascii_safe(s: &str, theme: &Theme) -> String {
    if theme.charset == crate::tui::theme::Charset::Ascii {
        s.replace('→', "->").replace('…', "...").replace('·', "|")
    } else {
        s.to_owned()
    }
}
