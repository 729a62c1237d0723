//! Every screen rendered into ratatui's `TestBackend` at 80x24 and 60x20 in both themes,
//! snapshot-tested with insta; focus, error colour and cursor asserted on the buffer.
//! The 80x24 colour screens are also written to `assets/screens/` for the documentation.

use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::style::{Color, Modifier};

use super::model::{App, FieldId, KeyringState, Saved};
use super::msg::{Msg, SaveError};
use super::theme::{Charset, Palette, Theme};
use super::update::tests::{TOKEN, ctx, filled, finish_run, good_run, key, type_str};
use super::update::{init, prefill, update};

mod docs;
mod friction;
mod help;
pub(crate) mod inboxes;
mod issue9;
mod langs;
mod langs_form;
mod langs_more;
pub(crate) mod manage;
mod multi;
use super::view::view;
use crate::checks::{CheckId, CheckUpdate, Code, Status};
use crate::i18n::msg;

fn render(app: &App, theme: &Theme, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal.draw(|f| view(app, theme, f)).expect("draw");
    terminal
}

fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn themes() -> [(&'static str, Theme); 2] {
    [
        ("colour", Theme::new(Palette::Colour, Charset::Utf8)),
        ("mono", Theme::new(Palette::Mono, Charset::Ascii)),
    ]
}

/// Snapshots one screen in both themes and both sizes.
fn snap(name: &str, app: &App) {
    for (theme_name, theme) in themes() {
        for (w, h) in [(80, 24), (60, 20)] {
            let mut app = app.clone();
            update(&mut app, Msg::Resize(w, h));
            let app = &app;
            let terminal = render(app, &theme, w, h);
            let screen = text(terminal.backend().buffer());
            assert!(
                !screen.contains(TOKEN) || app.form.revealed,
                "token on screen in {name}"
            );
            if theme.charset == Charset::Ascii {
                // Without UTF-8 the terminal could not show anything else (the test data's
                // server text is ASCII too).
                assert!(screen.is_ascii(), "{name} {w}x{h} is not ASCII:\n{screen}");
            }
            insta::assert_snapshot!(format!("{name}_{theme_name}_{w}x{h}"), screen);
            if theme_name == "colour" && (w, h) == (80, 24) {
                write_asset(name, &screen);
            }
        }
    }
}

/// One screen at `w`x`h`, as each theme draws it.
fn drawn(app: &App, w: u16, h: u16) -> Vec<String> {
    let mut app = app.clone();
    update(&mut app, Msg::Resize(w, h));
    themes()
        .iter()
        .map(|(_, theme)| text(render(&app, theme, w, h).backend().buffer()))
        .collect()
}

/// The screens of [`snap_compact!`], in both themes at 80x24 and the compact 50x16, checked:
/// never the token or any of `never` on screen, and, with `ascii`, nothing but ASCII from
/// the mono theme. Yields (snapshot name, screen).
fn compact_screens(name: &str, app: &App, never: &[&str], ascii: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (w, h) in [(80, 24), (50, 16)] {
        for ((theme_name, theme), screen) in themes().iter().zip(drawn(app, w, h)) {
            for secret in std::iter::once(&TOKEN).chain(never) {
                assert!(!screen.contains(secret), "{secret} on screen in {name}");
            }
            if ascii && theme.charset == Charset::Ascii {
                assert!(screen.is_ascii(), "{name} {w}x{h} is not ASCII:\n{screen}");
            }
            out.push((format!("{name}_{theme_name}_{w}x{h}"), screen));
        }
    }
    out
}

/// Snapshots one screen as [`compact_screens`] draws it. A macro, so the snapshots keep the
/// calling module's name and folder.
macro_rules! snap_compact {
    ($name:expr, $app:expr, $never:expr, $ascii:expr $(,)?) => {
        for (snapshot, screen) in $crate::tui::screens::compact_screens($name, $app, $never, $ascii)
        {
            insta::assert_snapshot!(snapshot, screen);
        }
    };
}
use snap_compact;

/// The screens of [`compact_screens`] in Spanish and Brazilian Portuguese, the app built
/// by `build` in that language too (notices are worded when they are set). Snapshot names
/// get the language: `{name}_es_…`, `{name}_pt_br_…`. Yields (language, snapshot name,
/// screen) for assertions.
fn lang_screens(
    name: &str,
    build: impl Fn() -> App,
    never: &[&str],
    ascii: bool,
) -> Vec<(crate::i18n::Lang, String, String)> {
    use crate::i18n::{Lang, with_language};
    let mut out = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let code = lang.code().to_lowercase().replace('-', "_");
        with_language(lang, || {
            let app = build();
            for (snapshot, screen) in compact_screens(&format!("{name}_{code}"), &app, never, ascii)
            {
                out.push((lang, snapshot, screen));
            }
        });
    }
    out
}

/// Snapshots one screen in Spanish and Portuguese as [`lang_screens`] draws them, and
/// yields them. A macro, so the snapshots keep the calling module's name and folder.
macro_rules! snap_langs {
    ($name:expr, $build:expr, $never:expr, $ascii:expr $(,)?) => {{
        let screens = $crate::tui::screens::lang_screens($name, $build, $never, $ascii);
        for (_, snapshot, screen) in &screens {
            insta::assert_snapshot!(snapshot.clone(), screen);
        }
        screens
    }};
}
use snap_langs;

fn write_asset(name: &str, screen: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screens");
    let path = dir.join(format!("{name}.txt"));
    if std::fs::read_to_string(&path).ok().as_deref() != Some(screen) {
        std::fs::create_dir_all(&dir).expect("assets dir");
        std::fs::write(&path, screen).expect("write asset");
    }
}

fn empty() -> App {
    App::new(ctx())
}

fn failing() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "boss@example.com", TOKEN, "2");
    init(&mut app);
    let mut run = good_run();
    run[3] = CheckUpdate::new(
        CheckId::Email,
        Status::Fail,
        Code::EmailMismatch,
        msg!(
            checks_email_mismatch,
            name = "Jane Doe",
            email = "jane@example.com",
            given = "boss@example.com"
        ),
    );
    run[4] = CheckUpdate::new(
        CheckId::Account,
        Status::Fail,
        Code::NotAdministrator,
        msg!(
            checks_account_not_admin_agent,
            name = "Jane Doe",
            account_id = 2,
            account = "Globex"
        ),
    );
    run[5] = CheckUpdate::new(
        CheckId::Inboxes,
        Status::Skipped,
        Code::NeedsAccount,
        msg!(checks_skipped_needs_account),
    );
    finish_run(&mut app, run);
    app.form.focus = FieldId::Email;
    app
}

fn checking() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    let g = app.form.live.generation;
    let mut run = good_run();
    run.truncate(2);
    for u in run {
        update(
            &mut app,
            Msg::Check {
                generation: g,
                update: u,
            },
        );
    }
    for id in [
        CheckId::Token,
        CheckId::Email,
        CheckId::Account,
        CheckId::Inboxes,
    ] {
        update(
            &mut app,
            Msg::Check {
                generation: g,
                update: CheckUpdate::new(id, Status::Checking, Code::Checking, ""),
            },
        );
    }
    app.form.focus = FieldId::Token;
    app
}

fn list() -> App {
    let mut app = filled();
    app.form.focus = FieldId::Token;
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Down));
    app
}

fn unmatched() -> App {
    let mut app = filled();
    app.form.focus = FieldId::Token;
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Backspace));
    type_str(&mut app, "9");
    let mut run = good_run();
    run[4] = CheckUpdate::new(
        CheckId::Account,
        Status::Fail,
        Code::NotMember,
        msg!(
            checks_account_not_member,
            name = "Jane Doe",
            account_id = 9,
            accounts = msg!(
                checks_accounts_list,
                list = "1 (Acme Inc.), 2 (Globex), 12 (Initech)"
            )
        ),
    );
    run[5] = CheckUpdate::new(
        CheckId::Inboxes,
        Status::Skipped,
        Code::NeedsAccount,
        msg!(checks_skipped_needs_account),
    );
    finish_run(&mut app, run);
    app
}

fn review() -> App {
    let mut app = filled();
    update(&mut app, key(KeyCode::Enter));
    app
}

fn no_keyring() -> App {
    let mut app = review();
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Err(SaveError::KeyringUnavailable {
            reason: "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)".into(),
        })),
    );
    app
}

fn done() -> App {
    let mut app = review();
    update(&mut app, key(KeyCode::Enter));
    update(
        &mut app,
        Msg::Saved(Ok(Saved {
            name: "acme-inc".into(),
            config_file: "/home/jane/.config/chatwoot-link/profiles.toml".into(),
            token_place: crate::i18n::t!(
                wizard_done_place_keyring,
                label = crate::store::keyring_label("acme-inc", "chat.example.com", 1)
            ),
        })),
    );
    app
}

/// The form's F1 help.
fn form_keys() -> App {
    let mut app = empty();
    update(&mut app, key(KeyCode::F(1)));
    app
}

/// Esc on a form with something typed.
fn confirm_quit() -> App {
    let mut app = empty();
    type_str(&mut app, "chat");
    update(&mut app, key(KeyCode::Esc));
    app
}

/// The demo's form, checked, ready for the review.
fn demo_ready() -> App {
    let mut app = review();
    app.ctx.demo = true;
    app.screen = super::model::Screen::Form;
    app
}

/// The review, saving to the keyring.
fn saving() -> App {
    let mut app = review();
    update(&mut app, Msg::KeyringProbed(KeyringState::Available));
    update(&mut app, key(KeyCode::Enter));
    app
}

fn trust_cert() -> App {
    let mut app = super::update::tests::trust::untrusted();
    update(&mut app, super::update::tests::ctrl('g'));
    app
}

#[test]
fn form_screens() {
    snap("form_empty", &empty());
    snap("form_failing", &failing());
    snap("form_checking", &checking());
    snap("form_accounts", &list());
    snap("form_accounts_unmatched", &unmatched());
    snap("keys", &form_keys());
    snap("confirm_quit", &confirm_quit());

    snap("trust_cert", &trust_cert());
    snap("form_demo_ready", &demo_ready());
    let mut app = empty();
    type_str(&mut app, "http://chat.example.com");
    // Left once and back: a failure shows only after the first typing.
    app.form.touched[FieldId::Url.index()] = true;
    snap("form_insecure_http", &app);
}

#[test]
fn review_and_done_screens() {
    snap("review", &review());
    snap("review_no_keyring", &no_keyring());
    // The only way on without a keyring stays in view, however long the reason.
    let mut app = no_keyring();
    app.form.save = super::model::SaveState::NeedsConsent {
        reason: "no D-Bus session bus: start one with `dbus-run-session -- sh`. ".repeat(4),
    };
    for (w, h) in [(80, 24), (60, 20)] {
        for (_, theme) in themes() {
            let screen = text(render(&app, &theme, w, h).backend().buffer());
            assert!(
                screen.contains("f keeps the token in"),
                "{w}x{h}:\n{screen}"
            );
            assert!(screen.contains("f file store"), "{w}x{h}:\n{screen}");
        }
    }
    snap("review_saving", &saving());
    snap("done", &done());
}

#[test]
fn too_small_says_so() {
    let app = empty();
    let terminal = render(&app, &Theme::new(Palette::Colour, Charset::Utf8), 40, 10);
    let screen = text(terminal.backend().buffer());
    assert!(screen.contains("Terminal too small"), "{screen}");
    insta::assert_snapshot!("too_small_40x10", screen);
}

#[test]
fn focus_error_colour_and_cursor_are_on_the_buffer() {
    let app = failing();
    let colour = Theme::new(Palette::Colour, Charset::Utf8);
    let mut terminal = render(&app, &colour, 80, 24);
    let buf = terminal.backend().buffer().clone();
    // Row 1 is the URL, row 3 the email (focused): marker and label in the focus style.
    assert_eq!(buf[(1, 3)].symbol(), "›");
    assert_eq!(buf[(3, 3)].fg, Color::Yellow);
    assert!(buf[(3, 3)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(3, 1)].fg, Color::Reset, "unfocused label is plain");
    // The email failed: a red ✗ and a red message.
    assert_eq!(buf[(17, 3)].symbol(), "✗");
    assert_eq!(buf[(17, 3)].fg, Color::Red);
    assert_eq!(buf[(20, 4)].fg, Color::Red);
    // The URL passed: a green ✓.
    assert_eq!(buf[(17, 1)].symbol(), "✓");
    assert_eq!(buf[(17, 1)].fg, Color::Green);
    // The cursor sits at the end of the focused email.
    let end = 20 + u16::try_from("boss@example.com".len()).expect("short");
    terminal
        .backend_mut()
        .assert_cursor_position(Position::new(end, 3));

    // Monochrome: no colour at all, yet focus and failure still show.
    let mono = Theme::new(Palette::Mono, Charset::Ascii);
    let terminal = render(&app, &mono, 80, 24);
    let buf = terminal.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert_eq!(buf[(1, 3)].symbol(), ">");
    assert!(buf[(3, 3)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buf[(17, 3)].symbol(), "x");
    assert!(buf[(17, 3)].modifier.contains(Modifier::BOLD));
}

#[test]
fn the_token_is_masked_unless_revealed() {
    let mut app = empty();
    app.form.focus = FieldId::Token;
    update(&mut app, Msg::Paste(TOKEN.into()));
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    assert!(!screen.contains(TOKEN));
    assert!(screen.contains(&"•".repeat(TOKEN.len())));
    update(&mut app, super::update::tests::ctrl('r'));
    let screen = text(render(&app, &theme, 80, 24).backend().buffer());
    assert!(screen.contains(TOKEN));
    let ascii = Theme::new(Palette::Mono, Charset::Ascii);
    update(&mut app, super::update::tests::ctrl('r'));
    let screen = text(render(&app, &ascii, 80, 24).backend().buffer());
    assert!(screen.contains(&"*".repeat(TOKEN.len())));
    // The help says where the token goes: the keyring, or the demo's file store.
    assert!(screen.contains("kept in the OS keyring"), "{screen}");
    app.ctx.demo = true;
    app.form.token_store = super::model::TokenStore::File;
    let screen = text(render(&app, &ascii, 80, 24).backend().buffer());
    assert!(
        screen.contains("The demo keeps it in its own file store"),
        "{screen}"
    );
}
