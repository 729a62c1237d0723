//! The form, the review, the account list, the inbox picker and the certificate question
//! in Spanish and Brazilian Portuguese, at 80x24 and the compact 50x16: snapshots, and the
//! words that must not be cut (labels, the way on, the file-store offer).

use crossterm::event::KeyCode;

use super::{empty, failing, list, no_keyring, review, trust_cert};
use crate::i18n::{Lang, t, with_language};
use crate::tui::model::{App, FieldId};
use crate::tui::update::tests::{key, type_str};
use crate::tui::update::update;

/// Builds and draws `make`'s screen in each language ([`super::lang_screens`]), snapshots
/// it, and checks that each of `words(lang)` is on every screen whole. Returns nothing: the
/// assertions say what is cut.
fn snap_langs(name: &str, make: fn() -> App, words: fn() -> Vec<String>) {
    for (lang, snapshot, screen) in super::lang_screens(name, make, &[], false) {
        let flat = flat(&screen);
        for word in with_language(lang, words) {
            // ASCII screens spell → as -> and drop accents.
            let ascii: String = word
                .replace('→', "->")
                .replace('…', "...")
                .chars()
                .map(crate::tui::view::plain_letter)
                .collect();
            assert!(
                flat.contains(word.as_str()) || flat.contains(ascii.as_str()),
                "{word:?} cut or missing in {snapshot}:\n{screen}"
            );
        }
        insta::assert_snapshot!(snapshot, screen);
    }
}

/// The screen's text as one line: borders dropped, wrapped lines joined, so a sentence
/// wrapped over lines is found and one cut (`…`) is not.
pub(super) fn flat(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches(|c| c == '│' || c == '|' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn labels() -> Vec<String> {
    let mut words: Vec<String> = FieldId::ALL.iter().map(|f| f.label()).collect();
    words.push(t!(wizard_form_label_inboxes));
    words
}

#[test]
fn form_in_spanish_and_portuguese() {
    snap_langs("form_empty", empty, || {
        let mut w = labels();
        w.push(t!(wizard_form_help_title, field = FieldId::Url.label()));
        // The Inboxes row and the email's example fit the compact screen whole.
        w.push(t!(wizard_form_inboxes_with_account));
        w.push(FieldId::Email.placeholder());
        w
    });
    snap_langs("form_failing", failing, labels);
    snap_langs("form_accounts", list, labels);
    snap_langs(
        "form_token_help",
        || {
            let mut app = empty();
            update(&mut app, key(KeyCode::Tab));
            update(&mut app, key(KeyCode::Tab));
            app
        },
        || vec![t!(wizard_form_help_title, field = FieldId::Token.label())],
    );
    snap_langs(
        "form_insecure_http",
        || {
            let mut app = empty();
            type_str(&mut app, "http://chat.example.com");
            app.form.touched[FieldId::Url.index()] = true;
            app
        },
        labels,
    );
}

#[test]
fn review_in_spanish_and_portuguese() {
    snap_langs("review", review, || {
        // (the facts scroll on a short screen; the way on stays)
        vec![t!(wizard_review_enter_saves, key = "Enter")]
    });
    // The only way on without a keyring stays whole in view.
    snap_langs("review_no_keyring", no_keyring, || {
        vec![
            t!(wizard_review_enter_retry_keyring, key = "Enter")
                .split(';')
                .next()
                .unwrap_or_default()
                .to_owned(),
        ]
    });
}

#[test]
fn trust_question_in_spanish_and_portuguese() {
    snap_langs("trust_cert", trust_cert, || {
        vec![
            t!(wizard_form_trust_title),
            t!(wizard_form_trust_subject),
            // The question stays answerable at 50x16, and the advice whole.
            t!(wizard_form_trust_keys, yes = "y", no = "n", esc = "Esc"),
            t!(wizard_form_trust_valid),
        ]
    });
    // At 50x16, in every language: the keys, the advice to compare and the dates.
    for lang in [Lang::En, Lang::Es, Lang::PtBr] {
        with_language(lang, || {
            for screen in super::drawn(&trust_cert(), 50, 16) {
                let flat = flat(&screen);
                for word in [
                    t!(wizard_form_trust_keys, yes = "y", no = "n", esc = "Esc"),
                    t!(wizard_form_trust_compare_short),
                    t!(wizard_form_trust_valid),
                ] {
                    let ascii: String = word.chars().map(crate::tui::view::plain_letter).collect();
                    assert!(
                        flat.contains(&word) || flat.contains(&ascii),
                        "{word:?} cut at 50x16:\n{screen}"
                    );
                }
            }
        });
    }
}

#[test]
fn the_help_names_chatwoots_own_labels() {
    let token = |lang| with_language(lang, || FieldId::Token.help());
    assert!(token(Lang::Es).contains("tu avatar → Ajustes del perfil → Token de acceso"));
    assert!(token(Lang::PtBr).contains("seu avatar → Configurações do Perfil → Token de acesso"));
    let id = |lang| with_language(lang, || FieldId::AccountId.help());
    assert!(id(Lang::Es).contains("/app/accounts/"));
    assert!(id(Lang::PtBr).contains("/app/accounts/"));
    // English stays as the English screens and docs quote it.
    assert_eq!(
        with_language(Lang::En, || FieldId::Url.label()),
        "Chatwoot URL"
    );
    assert_eq!(
        with_language(Lang::Es, || FieldId::Name.label()),
        "Nombre del vínculo"
    );
    assert_eq!(
        with_language(Lang::PtBr, || FieldId::Name.label()),
        "Nome do vínculo"
    );
}

#[test]
fn the_name_rule_speaks_the_language() {
    let refusal = |lang| with_language(lang, || crate::tui::text::profile_name("acmé"));
    let es = refusal(Lang::Es).expect_err("refused");
    assert!(es.starts_with("no sirve como nombre"), "{es}");
    assert!(es.ends_with("p. ej. acme"), "{es}");
    let pt = refusal(Lang::PtBr).expect_err("refused");
    assert!(pt.starts_with("não serve como nome"), "{pt}");
    let en = refusal(Lang::En).expect_err("refused");
    assert!(en.starts_with("not usable as a name"), "{en}");
}

#[test]
fn wizard_messages_stay_english_for_programs() {
    with_language(Lang::PtBr, || {
        let m = crate::i18n::msg!(wizard_review_saving);
        assert_eq!(m.to_string(), "Salvando…");
        assert_eq!(m.english(), "Saving…");
        assert_eq!(
            serde_json::to_string(&m).expect("json"),
            "\"Saving…\"".to_owned()
        );
    });
}
