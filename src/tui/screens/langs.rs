//! The wizard's home, help, done, unlink and several-accounts screens in Spanish and
//! Brazilian Portuguese, at 80x24 and 50x16: snapshots, and checks that the longer words
//! still fit (the key bar's entries whole, titles and questions not cut).

use crossterm::event::KeyCode;

use super::manage::{
    home_empty, home_filtered, home_many, home_rename, home_three, unlink_confirm, unlink_result,
};
use super::multi::{done_several, review_several};
use super::{lang_screens, render, snap_langs, text};
use crate::i18n::{Lang, with_language};
use crate::tui::keys;
use crate::tui::model::App;
use crate::tui::msg::Msg;
use crate::tui::theme::{Charset, Palette, Theme};
use crate::tui::update::tests::key;
use crate::tui::update::update;

pub(super) type Screens = Vec<(Lang, String, String)>;

/// At 80x24 (colour), every entry of the key bar is on the last line whole, unless a
/// notice has the line; a spare entry may give way.
pub(super) fn bar_is_whole(screens: &Screens, build: impl Fn() -> App) {
    for (lang, name, screen) in screens {
        if !name.ends_with("colour_80x24") {
            continue;
        }
        with_language(*lang, || {
            let mut app = build();
            update(&mut app, Msg::Resize(80, 24));
            if app.notice.is_some() {
                return;
            }
            let last = screen.lines().last().unwrap_or_default();
            for entry in keys::bar(&app) {
                let shown = format!("{} {}", entry.label(), entry.what());
                assert!(
                    entry.spare || last.contains(&shown),
                    "{name}: the key bar lacks {shown:?}:\n{screen}"
                );
            }
        });
    }
}

/// Every screen of `lang` at 80x24 (colour) holds each of `words`.
fn holds(screens: &Screens, lang: Lang, words: &[&str]) {
    for (l, name, screen) in screens {
        if *l != lang || !name.ends_with("colour_80x24") {
            continue;
        }
        for w in words {
            assert!(screen.contains(w), "{name} lacks {w:?}:\n{screen}");
        }
    }
}

#[test]
fn home_in_spanish_and_portuguese() {
    let s = snap_langs!("home", home_three, &[], true);
    bar_is_whole(&s, home_three);
    holds(
        &s,
        Lang::Es,
        &[
            "3 vínculos, 1 con fallas",
            "Vínculo (* predeterminado)",
            "Verificado",
        ],
    );
    holds(
        &s,
        Lang::PtBr,
        &[
            "3 vínculos, 1 com falha",
            "Vínculo (* padrão)",
            "Verificado",
        ],
    );
    // The whole bar, the spare `n` and `/` entries given way.
    holds(
        &s,
        Lang::Es,
        &["a nuevo  Enter editar  v verificar  u desvincular  q salir  F1 ayuda"],
    );
    holds(
        &s,
        Lang::PtBr,
        &["a novo  Enter editar  v verificar  u desvincular  q sair  F1 ajuda"],
    );

    let s = snap_langs!("home_empty", home_empty, &[], true);
    bar_is_whole(&s, home_empty);
    holds(&s, Lang::Es, &["para vincular una cuenta de Chatwoot"]);
    holds(&s, Lang::PtBr, &["para vincular uma conta do Chatwoot"]);

    let s = snap_langs!("home_many", home_many, &[], true);
    holds(&s, Lang::Es, &["30 vínculos, 4 con fallas, 15 de 30"]);
    let s = snap_langs!("home_filtered", home_filtered, &[], true);
    bar_is_whole(&s, home_filtered);
    let s = snap_langs!("home_rename", home_rename, &[], true);
    bar_is_whole(&s, home_rename);
}

fn home_keys() -> App {
    let mut app = home_three();
    update(&mut app, key(KeyCode::F(1)));
    app
}

fn discard() -> App {
    let mut app = super::manage::edit_form();
    update(&mut app, key(KeyCode::Char('x')));
    update(&mut app, key(KeyCode::Esc));
    app
}

#[test]
fn help_and_questions_in_spanish_and_portuguese() {
    let s = snap_langs!("home_keys", home_keys, &[], true);
    holds(
        &s,
        Lang::Es,
        &[
            "Teclas (Esc cierra)",
            "abrir la página del token",
            "esta lista",
        ],
    );
    holds(
        &s,
        Lang::PtBr,
        &["Teclas (Esc fecha)", "filtrar por nome, host ou conta"],
    );
    // The form behind it is another screen's: its mono text is not checked here.
    // The form behind it is the form's own screen: its mono text is checked there.
    let s = snap_langs!("discard", discard, &[], false);
    holds(&s, Lang::Es, &["¿Descartar?", "sigue editando."]);
    holds(&s, Lang::PtBr, &["Descartar?", "continua editando."]);
}

#[test]
fn done_unlink_and_several_accounts_in_spanish_and_portuguese() {
    let s = snap_langs!("done", super::done, &[], true);
    bar_is_whole(&s, super::done);
    holds(
        &s,
        Lang::Es,
        &[
            "está vinculado y verificado",
            "Después:",
            "volver a verificarlo",
        ],
    );
    holds(
        &s,
        Lang::PtBr,
        &["verificar novamente", "linhas export para .env"],
    );
    holds(
        &s,
        Lang::PtBr,
        &["está vinculado e verificado", "Próximos passos:"],
    );

    let s = snap_langs!("unlink_confirm", unlink_confirm, &[], true);
    bar_is_whole(&s, unlink_confirm);
    holds(&s, Lang::Es, &["¿Desvincular acme", "lo conservan."]);
    holds(&s, Lang::PtBr, &["Desvincular acme", "mantêm."]);

    let s = snap_langs!("unlink_result", unlink_result, &[], true);
    bar_is_whole(&s, unlink_result);
    holds(&s, Lang::Es, &["Enter vuelve a los vínculos."]);
    holds(&s, Lang::PtBr, &["Enter volta aos vínculos."]);

    let s = snap_langs!("multi_review", review_several, &[], true);
    holds(&s, Lang::Es, &["Revisión: 2 vínculos, un token"]);
    holds(&s, Lang::PtBr, &["Revisão: 2 vínculos, um token"]);
    let s = snap_langs!("multi_done", done_several, &[], true);
    bar_is_whole(&s, done_several);
    holds(&s, Lang::Es, &["2 vínculos creados", "no guardada"]);
    holds(&s, Lang::PtBr, &["2 vínculos criados", "não salva"]);
}

#[test]
fn too_small_in_spanish_and_portuguese() {
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    for (lang, title) in [
        (Lang::Es, "Terminal demasiado chica"),
        (Lang::PtBr, "Terminal pequeno demais"),
    ] {
        let screen = with_language(lang, || {
            text(render(&super::empty(), &theme, 40, 10).backend().buffer())
        });
        assert!(screen.contains(title), "{screen}");
        assert!(screen.contains("Ctrl-C"), "{screen}");
    }
}

/// The mono theme (no UTF-8) draws the accents as plain letters.
#[test]
fn ascii_terminals_get_plain_letters() {
    let screens = lang_screens("ascii", home_three, &[], true);
    let mono = screens
        .iter()
        .find(|(l, n, _)| *l == Lang::Es && n.ends_with("mono_80x24"))
        .map(|(_, _, s)| s.clone())
        .unwrap_or_default();
    assert!(mono.contains("3 vinculos, 1 con fallas"), "{mono}");
}

/// Notices and the key words are worded in the language shown; English stays English.
#[test]
fn messages_follow_the_language() {
    let en = keys::HOME_BAR[0].what();
    assert_eq!(en, "add");
    assert_eq!(
        with_language(Lang::Es, || keys::HOME_BAR[0].what()),
        "nuevo"
    );
    assert_eq!(
        with_language(Lang::PtBr, || keys::HOME_BAR[0].what()),
        "novo"
    );
    let m = crate::i18n::msg!(wizard_home_copied_env, name = "acme", count = 1);
    assert_eq!(
        m.english(),
        "Copied acme's 1 env line (no token) to the clipboard (OSC 52)."
    );
    assert!(m.in_lang(Lang::Es).contains("1 línea env de acme"));
    assert!(m.in_lang(Lang::PtBr).contains("1 linha env de acme"));
    // Ids and key names stay as they are.
    let q = crate::i18n::msg!(
        wizard_unlink_question,
        name = "acme",
        host = "chat.example.com",
        account_id = "1234",
        account = "Acme"
    );
    assert!(
        q.in_lang(Lang::Es).contains("cuenta 1234"),
        "{}",
        q.in_lang(Lang::Es)
    );
}

/// The unlink question with the reset ticked, at 50x16 in every language: its keys stay in
/// view.
#[test]
fn the_unlink_question_is_answerable_at_50x16() {
    for lang in [Lang::En, Lang::Es, Lang::PtBr] {
        with_language(lang, || {
            let keys = crate::i18n::t!(
                wizard_unlink_keys,
                y = "y",
                n = "n",
                esc = "Esc",
                enter = "Enter"
            );
            for screen in super::drawn(&unlink_confirm(), 50, 16) {
                let flat = super::langs_form::flat(&screen);
                let ascii: String = keys.chars().map(crate::tui::view::plain_letter).collect();
                assert!(
                    flat.contains(&keys) || flat.contains(&ascii),
                    "{keys:?} cut at 50x16:\n{screen}"
                );
            }
        });
    }
}
