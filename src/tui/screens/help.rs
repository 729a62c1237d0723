//! The F1 help at the compact 50x16 in every language: it scrolls to its last row, every
//! row's whole description shows on the way (wrapped under its column, never cut), and the
//! scroll keys move the help only, never the screen below it.

use crossterm::event::KeyCode;

use super::manage::home_three;
use super::{empty, render, text, themes};
use crate::i18n::{Lang, t, with_language};
use crate::tui::keys::Active;
use crate::tui::model::{App, Overlay};
use crate::tui::msg::Msg;
use crate::tui::theme::{Charset, Theme};
use crate::tui::update::tests::key;
use crate::tui::update::update;

const LANGS: [Lang; 3] = [Lang::En, Lang::Es, Lang::PtBr];

/// A screen's name and how it is built.
type Screen = (&'static str, fn() -> App);

fn screens() -> [Screen; 2] {
    [("home", home_three), ("form", empty)]
}

/// `make`'s screen at `w`x`h` with the F1 help open.
fn opened(make: fn() -> App, w: u16, h: u16) -> App {
    let mut app = make();
    update(&mut app, Msg::Resize(w, h));
    update(&mut app, key(KeyCode::F(1)));
    assert_eq!(app.overlay, Some(Overlay::Keys));
    app
}

/// The help box's inner lines (between its borders) on a drawn screen.
fn inner(screen: &str) -> Vec<String> {
    screen
        .lines()
        .skip_while(|l| !l.contains(" Keys (") && !l.contains(" Teclas ("))
        .skip(1)
        .take_while(|l| l.starts_with('│') || l.starts_with('|'))
        .map(|l| {
            let mut chars: Vec<char> = l.chars().collect();
            chars.remove(0);
            if matches!(chars.last(), Some('│' | '|')) {
                chars.pop();
            }
            chars.into_iter().collect()
        })
        .collect()
}

/// The help's lines from top to bottom, read by pressing `down` until it stops moving;
/// and the "more lines" line at the end.
fn scrolled(app: &App, theme: &Theme, down: KeyCode) -> (Vec<String>, Option<String>) {
    let mut app = app.clone();
    let mut content = Vec::new();
    for _ in 0..200 {
        let lines = inner(&text(render(&app, theme, 50, 16).backend().buffer()));
        assert!(!lines.is_empty(), "no help box");
        let before = app.help_scroll;
        update(&mut app, key(down));
        if app.help_scroll == before {
            let scrolls = before > 0;
            let (rest, more) = if scrolls {
                let (more, rest) = lines.split_last().expect("lines");
                (rest.to_vec(), Some(more.clone()))
            } else {
                (lines, None)
            };
            content.extend(rest);
            return (content, more);
        }
        content.push(lines[0].clone());
    }
    panic!("the help never stops scrolling");
}

#[test]
fn the_help_scrolls_to_its_last_row_and_shows_every_description_whole() {
    for lang in LANGS {
        with_language(lang, || {
            for (name, make) in screens() {
                let app = opened(make, 50, 16);
                let rows = Active::of(&app).help();
                for (theme_name, theme) in themes() {
                    let (content, more) = scrolled(&app, &theme, KeyCode::Down);
                    let at = format!("{lang:?} {name} {theme_name}");
                    let more = more.unwrap_or_else(|| panic!("{at}: the help fits?"));
                    let up = if theme.charset == Charset::Ascii {
                        '^'
                    } else {
                        '↑'
                    };
                    assert!(more.trim_start().starts_with(up), "{at}: {more}");
                    // The last row (F1) is reached, and `j` reads the same lines.
                    let last = content.last().expect("content");
                    assert!(last.trim_start().starts_with("F1"), "{at}: {content:#?}");
                    assert_eq!(
                        scrolled(&app, &theme, KeyCode::Char('j')).0,
                        content,
                        "{at}"
                    );
                    let joined = content.join(" ");
                    assert!(!joined.contains('…') && !joined.contains("..."), "{at}");
                    if theme.charset == Charset::Ascii {
                        continue;
                    }
                    let words = joined.split_whitespace().collect::<Vec<_>>().join(" ");
                    for (_, what) in &rows {
                        let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
                        assert!(words.contains(&what), "{at}: {what:?} not in {content:#?}");
                    }
                }
            }
        });
    }
}

#[test]
fn end_home_and_pages_move_the_help_within_its_ends() {
    for (name, make) in screens() {
        let mut app = opened(make, 50, 16);
        let (most, page) = crate::tui::view::help_scroll_room(&app);
        assert!(most > 0 && page > 1, "{name}: {most} {page}");
        update(&mut app, key(KeyCode::End));
        assert_eq!(app.help_scroll, most, "{name}");
        update(&mut app, key(KeyCode::PageDown));
        assert_eq!(app.help_scroll, most, "{name}");
        update(&mut app, key(KeyCode::PageUp));
        assert_eq!(app.help_scroll, most.saturating_sub(page), "{name}");
        update(&mut app, key(KeyCode::Char('k')));
        update(&mut app, key(KeyCode::Up));
        assert_eq!(app.help_scroll, most.saturating_sub(page + 2), "{name}");
        update(&mut app, key(KeyCode::Home));
        assert_eq!(app.help_scroll, 0, "{name}");
        update(&mut app, key(KeyCode::PageDown));
        assert_eq!(app.help_scroll, page.min(most), "{name}");
    }
}

#[test]
fn the_scroll_keys_do_not_reach_the_screen_and_the_help_reopens_at_its_top() {
    for (name, make) in screens() {
        let app = opened(make, 50, 16);
        let mut closed = app.clone();
        closed.overlay = None;
        for close in [KeyCode::Esc, KeyCode::F(1), KeyCode::Char('?')] {
            let mut after = app.clone();
            for k in [
                KeyCode::Down,
                KeyCode::Char('j'),
                KeyCode::PageDown,
                KeyCode::End,
                KeyCode::Up,
                KeyCode::Char('k'),
            ] {
                update(&mut after, key(k));
                assert_eq!(after.overlay, Some(Overlay::Keys), "{name}: {k:?}");
            }
            assert!(after.help_scroll > 0, "{name}");
            update(&mut after, key(close));
            assert_eq!(
                format!("{after:?}"),
                format!("{closed:?}"),
                "{name} {close:?}"
            );
            update(&mut after, key(KeyCode::F(1)));
            assert_eq!(
                (after.overlay, after.help_scroll),
                (Some(Overlay::Keys), 0),
                "{name}"
            );
        }
    }
}

#[test]
fn where_the_help_fits_it_does_not_scroll() {
    for (name, make) in screens() {
        let mut app = opened(make, 80, 24);
        assert_eq!(crate::tui::view::help_scroll_room(&app).0, 0, "{name}");
        update(&mut app, key(KeyCode::End));
        update(&mut app, key(KeyCode::Down));
        assert_eq!(app.help_scroll, 0, "{name}");
        for (_, theme) in themes() {
            let screen = text(render(&app, &theme, 80, 24).backend().buffer());
            assert!(!screen.contains("more line"), "{name}:\n{screen}");
        }
    }
}

#[test]
fn the_more_lines_line_in_spanish_and_portuguese() {
    let more = |lang| with_language(lang, || t!(wizard_keys_more_below, count = 3));
    assert_eq!(more(Lang::En), "↓ 3 more lines");
    assert_eq!(more(Lang::Es), "↓ 3 líneas más");
    assert_eq!(more(Lang::PtBr), "↓ mais 3 linhas");
    let one = with_language(Lang::Es, || t!(wizard_keys_more_above, count = 1));
    assert_eq!(one, "↑ 1 línea arriba");
    let both = with_language(Lang::PtBr, || {
        t!(wizard_keys_more_both, above = 2, below = 5)
    });
    assert_eq!(both, "↑ 2 acima, ↓ 5 abaixo");
}
