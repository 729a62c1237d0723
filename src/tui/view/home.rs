//! The home screen: one row per profile (live status, name, host, account name; the
//! default marked), the selected profile's details below, and the `/` filter.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{clean, fit, outer, spinner, wrap_words};
use crate::checks::Status;
use crate::i18n::t;
use crate::store::{NAME_MAX, ProfileRecord, TokenStoreKind};
use crate::tui::model::{App, HomeInput, RowState};
use crate::tui::theme::Theme;

use super::columns::{Columns, SYM_W, columns};

/// Width of a detail's label.
const KEY_W: usize = 12;
/// The inline rename box: the longest name the store takes and the cursor after it.
const RENAME_W: usize = NAME_MAX + 1;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let n = app.home.config.profiles.len();
    let failing = app
        .home
        .config
        .profiles
        .values()
        .filter(|r| {
            matches!(
                app.home.state(r),
                Some(RowState::Done {
                    status: Status::Fail,
                    ..
                })
            )
        })
        .count();
    // Where the selection is when the list is longer than the screen.
    let shown = app.home.visible().len();
    let mut title = if shown > app.home_rows_fit() {
        t!(
            wizard_home_title_at,
            count = n,
            failing = failing,
            selected = app.home.selected + 1,
            shown = shown
        )
    } else {
        t!(wizard_home_title, count = n, failing = failing)
    };
    title.push(' ');
    let short = format!("{} ", t!(wizard_home_title_short));
    let block = outer(app, theme, &[title.as_str(), short.as_str()], area.width);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 3 {
        return;
    }
    if n == 0 {
        let lines = vec![
            Line::raw(""),
            Line::raw(format!(" {}", t!(wizard_home_empty))),
            Line::from(super::keyed(
                &format!(
                    " {}",
                    t!(
                        wizard_home_empty_keys,
                        add = super::key_arg("a"),
                        quit = super::key_arg("q")
                    )
                ),
                theme,
            )),
        ];
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let details_h = 10.min(inner.height.saturating_sub(2));
    let list_h = inner.height - 1 - details_h;
    header(
        app,
        theme,
        frame,
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    rows(
        app,
        theme,
        frame,
        Rect::new(inner.x, inner.y + 1, inner.width, list_h),
    );
    details(
        app,
        theme,
        frame,
        Rect::new(inner.x, inner.y + 1 + list_h, inner.width, details_h),
    );
}

/// Column titles, or the filter being typed.
fn header(app: &App, theme: &Theme, frame: &mut Frame, row: Rect) {
    let buf = frame.buffer_mut();
    if let Some(filter) = &app.home.filter {
        let shown = app.home.visible().len();
        let total = app.home.config.profiles.len();
        let label = format!(" {}", t!(wizard_home_filter_label));
        buf.set_string(row.x, row.y, &label, theme.key());
        let x = row.x + u16::try_from(label.chars().count()).unwrap_or(0) + 1;
        let style = if matches!(app.home.input, HomeInput::Filter) {
            theme.input_focused()
        } else {
            theme.base()
        };
        buf.set_string(x, row.y, filter.value(), style);
        let count = format!(
            "  {}",
            t!(wizard_home_filter_count, shown = shown, total = total)
        );
        let after = x + u16::try_from(filter.value().chars().count()).unwrap_or(0);
        buf.set_string(after, row.y, count, theme.dim());
        if matches!(app.home.input, HomeInput::Filter) && app.overlay.is_none() {
            let cursor = u16::try_from(filter.visual_cursor()).unwrap_or(0);
            frame.set_cursor_position(Position::new(x + cursor, row.y));
        }
        return;
    }
    let c = home_columns(app, row.width);
    let (name_w, host_w) = (c.name, c.host);
    let text = format!(
        "{:SYM_W$}{:<name_w$}{:<host_w$}{}",
        "",
        c.name_title(),
        fit(&t!(wizard_home_col_host), host_w.saturating_sub(1), theme),
        t!(wizard_home_col_account)
    );
    buf.set_string(
        row.x,
        row.y,
        fit(&text, row.width.into(), theme),
        theme.dim(),
    );
}

/// The columns follow the terminal's width and every profile's values (not only the
/// filtered ones: a filter does not move the columns).
fn home_columns(app: &App, width: u16) -> Columns {
    let rows = app
        .home
        .config
        .profiles
        .iter()
        .map(|(n, r)| (n.as_str(), r));
    columns(rows, width.into())
}

fn rows(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let c = home_columns(app, area.width);
    let visible = app.home.visible();
    let height = usize::from(area.height);
    let selected = app.home.selected;
    let first = selected.saturating_sub(height.saturating_sub(1));
    if visible.is_empty() {
        frame.buffer_mut().set_string(
            area.x + col(SYM_W + 1),
            area.y,
            t!(wizard_home_no_match),
            theme.warn(),
        );
        return;
    }
    for (i, name) in visible.iter().enumerate().skip(first).take(height) {
        let Some(record) = app.home.config.profiles.get(*name) else {
            continue;
        };
        let y = area.y + u16::try_from(i - first).unwrap_or(0);
        let is_selected = i == selected;
        let row_style = if is_selected {
            theme.selected()
        } else {
            theme.base()
        };
        let (sym, sym_style) = symbol(app, theme, app.home.state(record));
        let default = app.home.config.default.as_deref() == Some(*name);
        let buf = frame.buffer_mut();
        if is_selected {
            buf.set_string(area.x, y, " ".repeat(area.width.into()), theme.selected());
        }
        buf.set_string(
            area.x,
            y,
            sym,
            sym_style.patch(row_style_bg(theme, is_selected)),
        );
        let mark = if default { "*" } else { " " };
        let name_cell = format!("{mark}{}", fit(name, c.name.saturating_sub(2), theme));
        buf.set_string(area.x + col(SYM_W), y, &name_cell, row_style);
        let host_x = SYM_W + c.name;
        let renaming = is_selected && matches!(app.home.input, HomeInput::Rename(_));
        if !renaming {
            let host = fit(
                &crate::link::host(&record.data.url),
                c.host.saturating_sub(1),
                theme,
            );
            buf.set_string(area.x + col(host_x), y, host, row_style);
        }
        let account_x = c.account_x();
        let room = usize::from(area.width).saturating_sub(account_x);
        let account = fit(&clean(&record.data.account_name), room, theme);
        buf.set_string(area.x + col(account_x), y, account, row_style);
        if is_selected && let HomeInput::Rename(input) = &app.home.input {
            // The inline rename: the new name is typed over the row, wide enough for any
            // name (narrower terminals scroll it with the cursor).
            let x = area.x + col(SYM_W + 1);
            let w = RENAME_W
                .min(usize::from(area.width).saturating_sub(SYM_W + 2))
                .max(1);
            let scroll = input.visual_scroll(w);
            let shown: String = input.value().chars().skip(scroll).take(w).collect();
            buf.set_string(x, y, " ".repeat(w), theme.input_focused());
            buf.set_string(x, y, shown, theme.input_focused());
            if app.overlay.is_none() {
                let cursor = input.visual_cursor().saturating_sub(scroll).min(w - 1);
                frame.set_cursor_position(Position::new(x + col(cursor), y));
            }
        }
    }
}

/// The selected row keeps the status colour but not its own background in colour themes.
fn row_style_bg(theme: &Theme, selected: bool) -> Style {
    if selected && theme.palette == crate::tui::theme::Palette::Colour {
        Style::default().bg(theme.selected().bg.unwrap_or(ratatui::style::Color::Reset))
    } else {
        Style::default()
    }
}

fn symbol(app: &App, theme: &Theme, state: Option<&RowState>) -> (String, Style) {
    let s = &theme.sym;
    match state {
        None => (s.not_checked.to_owned(), theme.dim()),
        Some(RowState::Checking) => (spinner(app, theme).to_owned(), theme.checking()),
        Some(RowState::Done { status, .. }) => match status {
            Status::Ok => (s.ok.to_owned(), theme.ok()),
            Status::Warn => (s.warn.to_owned(), theme.warn()),
            Status::Fail => (s.fail.to_owned(), theme.fail()),
            Status::Checking | Status::Skipped => (s.not_checked.to_owned(), theme.dim()),
        },
    }
}

fn col(x: usize) -> u16 {
    u16::try_from(x).unwrap_or(u16::MAX)
}

/// The selected profile: email, account, role, token store, last verified (local time),
/// and the live result.
fn details(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some((name, record)) = app.home.selected() else {
        return;
    };
    let block = Block::default()
        .borders(Borders::TOP)
        .border_set(theme.sym.border)
        .border_style(theme.border())
        .title(Line::styled(format!(" {name} "), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    let mut row = |key: &str, value: String, style: Style| {
        lines.push(Line::from(vec![
            Span::styled(format!(" {key:<KEY_W$}"), theme.dim()),
            Span::styled(fit(&value, width.saturating_sub(KEY_W + 1), theme), style),
        ]));
    };
    let d = &record.data;
    row(&t!(wizard_home_row_url), clean(&d.url), theme.base());
    row(&t!(wizard_home_row_email), clean(&d.email), theme.base());
    row(
        &t!(wizard_home_row_account),
        // The id as it is (a number shown as text: no digit grouping).
        t!(
            wizard_home_account,
            name = clean(&d.account_name),
            id = d.account_id.to_string()
        ),
        theme.base(),
    );
    row(
        &t!(wizard_home_row_user),
        format!("{}, {}", clean(&d.user_name), clean(&d.role)),
        theme.base(),
    );
    row(
        &t!(wizard_home_row_token),
        token_store(record),
        theme.base(),
    );
    row(
        &t!(wizard_home_row_verified),
        verified(app, record),
        theme.base(),
    );
    let (numbers, numbers_style) = whatsapp(app, theme, record);
    row(&t!(wizard_home_row_whatsapp), numbers, numbers_style);
    let (text, style) = match app.home.state(record) {
        None => (t!(wizard_home_not_checked), theme.dim()),
        Some(RowState::Checking) => (t!(wizard_home_checking), theme.checking()),
        Some(RowState::Done { status, message }) => (
            super::form::ascii_safe(&clean(message), theme),
            match status {
                Status::Fail => theme.fail(),
                Status::Warn => theme.warn(),
                _ => theme.ok(),
            },
        ),
    };
    let text = super::form::ascii_safe(&text, theme);
    for (i, part) in wrap_words(&text, width.saturating_sub(KEY_W + 1))
        .into_iter()
        .take(2)
        .enumerate()
    {
        let key = if i == 0 {
            t!(wizard_home_row_now)
        } else {
            String::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {key:<KEY_W$}"), theme.dim()),
            Span::styled(part, style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn token_store(record: &ProfileRecord) -> String {
    match record.token_store {
        TokenStoreKind::Keyring => t!(wizard_home_store_keyring),
        TokenStoreKind::File => t!(wizard_home_store_file),
    }
}

/// The numbers the last check found; before one ends, the chosen inbox ids (known at once,
/// so the first frame never waits for the network).
fn whatsapp(app: &App, theme: &Theme, record: &ProfileRecord) -> (String, Style) {
    match app.home.numbers.get(&record.id) {
        Some(numbers) if !numbers.is_empty() => (numbers.join(", "), theme.base()),
        Some(_) => (t!(wizard_home_no_whatsapp), theme.warn()),
        None => {
            let ids = &record.data.inbox_ids;
            let listed = matches!(app.home.state(record), Some(RowState::Done { .. }));
            let text = match (ids.is_empty(), listed) {
                (true, false) => t!(wizard_home_inboxes_none_after),
                (true, true) => t!(wizard_home_inboxes_none_unknown),
                (false, false) => t!(
                    wizard_home_inboxes_after,
                    ids = crate::link::inbox_list(ids, ", ")
                ),
                (false, true) => t!(
                    wizard_home_inboxes_unknown,
                    ids = crate::link::inbox_list(ids, ", ")
                ),
            };
            (text, theme.dim())
        }
    }
}

/// When the checks last passed, as an absolute local time.
fn verified(app: &App, record: &ProfileRecord) -> String {
    let local = record
        .data
        .verified_at
        .to_zoned_datetime(app.ctx.tz.clone());
    crate::i18n::when(&local, true).to_string()
}
