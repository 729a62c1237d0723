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
