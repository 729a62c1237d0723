//! The documentation's screens against the program's.

use super::{done, failing, list, no_keyring, render, review, text, trust_cert};
use crate::i18n::{Lang, with_language};
use crate::tui::model::App;
use crate::tui::msg::Msg;
use crate::tui::theme::{Charset, Palette, Theme};
use crate::tui::update::update;

/// Builds the app state of one screen.
type Build = fn() -> App;

/// The documentation shows screens as the program draws them: each `<!-- screen:NAME -->`
/// block in the README, `docs/wizard.md` or `docs/language.md` must equal the 80x24 colour
/// rendering of that screen (`NAME@es`: in that language), and `docs/wizard.md` shows
/// every one of them.
#[test]
fn documented_screens_are_the_programs() {
    let read = |path: &str| {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let screens: [(&str, Build); 15] = [
        ("form_failing", failing),
        ("trust_cert", trust_cert),
        ("form_accounts", list),
        ("form_inboxes", super::inboxes::disconnected),
        ("review", review),
        ("review_no_keyring", no_keyring),
        ("done", done),
        ("multi_list_marked", super::multi::list_marked),
        ("multi_review", super::multi::review_several),
        ("multi_done", super::multi::done_several),
        ("home", super::manage::home_three),
        ("home_filtered", super::manage::home_filtered),
        ("edit_form", super::manage::edit_form),
        ("unlink_confirm", super::manage::unlink_confirm),
        ("unlink_result", super::manage::unlink_result),
    ];
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    let drawn = |build: Build, lang: Lang| {
        with_language(lang, || {
            let mut app = build();
            update(&mut app, Msg::Resize(80, 24));
            text(render(&app, &theme, 80, 24).backend().buffer())
        })
    };
    let wizard = read("docs/wizard.md");
    for (path, doc) in [
        ("README.md", read("README.md")),
        ("docs/wizard.md", wizard.clone()),
        ("docs/language.md", read("docs/language.md")),
    ] {
        for (at, _) in doc.match_indices("<!-- screen:") {
            let rest = &doc[at + "<!-- screen:".len()..];
            let marker = &rest[..rest.find(" -->").expect("end of screen marker")];
            let (name, lang) = match marker.split_once('@') {
                Some((name, code)) => (name, code.parse::<Lang>().expect("a language code")),
                None => (marker, Lang::En),
            };
            let build = screens
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| panic!("{path} shows an unknown screen {name:?}"))
                .1;
            let fence = rest.find("```text\n").expect("screen block") + "```text\n".len();
            let body = &rest[fence..];
            let body = &body[..body.find("```").expect("closing fence")];
            assert_eq!(
                body,
                drawn(build, lang),
                "{path}: screen {marker} differs from the program"
            );
        }
    }
    for (name, _) in screens {
        assert!(
            wizard.contains(&format!("<!-- screen:{name} -->\n```text\n")),
            "docs/wizard.md has no screen {name}"
        );
    }
}
