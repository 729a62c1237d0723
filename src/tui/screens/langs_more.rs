//! The rest of the wizard's screens in Spanish and Brazilian Portuguese at 80x24 and the
//! compact 50x16 (the form's states, the help, the questions, the edit form, the home's
//! details, the inbox picker, several accounts), and a check that no English of ours is
//! left on any Spanish or Portuguese screen snapshot.

use super::langs::bar_is_whole;
use super::{
    checking, confirm_quit, demo_ready, empty, form_keys, render, saving, snap_langs, text,
    unmatched,
};
use crate::i18n::{Lang, with_language};
use crate::sandbox::demo;
use crate::tui::theme::{Charset, Palette, Theme};

#[test]
fn the_form_states_in_spanish_and_portuguese() {
    let s = snap_langs!("form_accounts_unmatched", unmatched, &[], false);
    bar_is_whole(&s, unmatched);
    let s = snap_langs!("form_checking", checking, &[], false);
    bar_is_whole(&s, checking);
    let s = snap_langs!("form_demo_ready", demo_ready, &[], false);
    bar_is_whole(&s, demo_ready);
    let s = snap_langs!("edit_form", super::manage::edit_form, &[], false);
    bar_is_whole(&s, super::manage::edit_form);
    let s = snap_langs!("review_saving", saving, &[], false);
    bar_is_whole(&s, saving);
    let s = snap_langs!("form_slow", super::friction::form_slow, &[], false);
    bar_is_whole(&s, super::friction::form_slow);
}

#[test]
fn the_forms_help_and_question_in_spanish_and_portuguese() {
    snap_langs!("confirm_quit", confirm_quit, &[], false);
    snap_langs!("keys", form_keys, &[], false);
}

#[test]
fn the_homes_details_in_spanish_and_portuguese() {
    use super::friction::{home_columns, home_numbers, home_numbers_pending};
    let s = snap_langs!("home_one", super::manage::home_one, &[], true);
    bar_is_whole(&s, super::manage::home_one);
    let s = snap_langs!("home_columns", home_columns, &[], false);
    bar_is_whole(&s, home_columns);
    let s = snap_langs!("home_numbers", home_numbers, &[], false);
    bar_is_whole(&s, home_numbers);
    let s = snap_langs!("home_numbers_pending", home_numbers_pending, &[], false);
    bar_is_whole(&s, home_numbers_pending);
}

#[test]
fn the_inbox_picker_in_spanish_and_portuguese() {
    use super::inboxes::{at_risk, disconnected, review_at_risk, wrong_frontend_url};
    let never = [demo::ADMIN_TOKEN, demo::PLANTED_SECRET];
    snap_langs!("inboxes_disconnected", disconnected, &never, false);
    snap_langs!(
        "inboxes_wrong_frontend_url",
        wrong_frontend_url,
        &never,
        false
    );
    snap_langs!("inboxes_at_risk", at_risk, &never, false);
    snap_langs!(
        "inboxes_chosen_disconnected",
        super::inboxes::chosen_disconnected,
        &never,
        false
    );
    snap_langs!("inboxes_review", review_at_risk, &never, false);
}

#[test]
fn several_accounts_in_spanish_and_portuguese() {
    use super::multi::{list_marked, review_checking};
    let s = snap_langs!("multi_list_marked", list_marked, &[], true);
    bar_is_whole(&s, list_marked);
    let s = snap_langs!("multi_review_checking", review_checking, &[], true);
    bar_is_whole(&s, review_checking);
}

#[test]
fn too_small_snapshots_in_spanish_and_portuguese() {
    let theme = Theme::new(Palette::Colour, Charset::Utf8);
    for (lang, code) in [(Lang::Es, "es"), (Lang::PtBr, "pt_br")] {
        let screen = with_language(lang, || {
            text(render(&empty(), &theme, 40, 10).backend().buffer())
        });
        insta::assert_snapshot!(format!("too_small_{code}_40x10"), screen);
    }
}

/// Words of ours that are English and never Spanish or Portuguese.
const ENGLISH: &[&str] = &[
    "the", "is", "and", "with", "not", "your", "you", "this", "that", "are", "was", "all",
    "checks", "passed", "after", "named", "exists", "already", "of", "needs", "belongs",
];

/// Word runs on the language screens that are not ours to translate: the operating system's
/// text, and English still produced below the wizard (each named with its owner, to go
/// when that layer words it).
const NOT_OURS: &[&str] = &[
    // The OS: the keyring's reason (no_keyring's fixture).
    "dbus session bus address is not set",
    // link::recheck's summary of a profile that passed.
    "all checks passed",
    // The save of several accounts (link::many): a name taken meanwhile.
    "a profile named umbrella exists already",
];

/// The screen's words, lowercased, in order; a word cut by the edge or an ellipsis is left
/// out (a cut Spanish word may look like an English one).
fn words(screen: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in screen.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '\'') {
                i += 1;
            }
            let next = chars.get(i).copied();
            let cut = matches!(next, Some('…' | '│' | '|' | '┐' | '┘' | '+'))
                || (next == Some('.') && chars.get(i + 1) == Some(&'.'));
            if !cut {
                out.push(chars[start..i].iter().collect::<String>().to_lowercase());
            }
        }
    }
    out
}

/// The English words of ours on `screen`, with a few words of context each.
fn english_in(screen: &str) -> Vec<String> {
    let words = words(screen);
    let not_ours: Vec<Vec<&str>> = NOT_OURS.iter().map(|f| f.split(' ').collect()).collect();
    let mut found = Vec::new();
    let mut i = 0;
    'words: while i < words.len() {
        for fragment in &not_ours {
            // A run may be cut by the edge: its first words (at least three) are enough.
            let matched = fragment
                .iter()
                .zip(&words[i..])
                .take_while(|(a, b)| **a == b.as_str())
                .count();
            if matched == fragment.len() || matched >= 3 {
                i += matched;
                continue 'words;
            }
        }
        if ENGLISH.contains(&words[i].as_str()) {
            let context = words[i.saturating_sub(3)..(i + 4).min(words.len())].join(" ");
            found.push(context);
        }
        i += 1;
    }
    found
}

/// Every Spanish and Portuguese screen the language tests draw (their snapshots) is free
/// of English of ours: only server text, the OS's and the lower layers' pending English.
#[test]
fn no_english_of_ours_on_spanish_and_portuguese_screens() {
    assert_eq!(english_in("│ the link │"), ["the link"]);
    assert!(english_in("│ consulta el to…│ notificaciones│").is_empty());
    assert!(english_in("(DBUS_SESSION_BUS_ADDRESS is not set)").is_empty());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens/snapshots");
    let mut seen = 0;
    let mut english = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("snapshots") {
        let path = entry.expect("snapshot").path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !(name.contains("_es_") || name.contains("_pt_br_")) {
            continue;
        }
        seen += 1;
        let snap = std::fs::read_to_string(&path).expect("snapshot text");
        // The screen follows insta's header.
        let screen = snap.splitn(3, "---\n").nth(2).unwrap_or_default();
        for found in english_in(screen) {
            english.push(format!("{name}: {found}"));
        }
    }
    assert!(seen >= 300, "only {seen} language snapshots");
    assert!(
        english.is_empty(),
        "English on the screens:\n{}",
        english.join("\n")
    );
}
