//! The key tables against the wizard itself: on every screen, a key that changes anything
//! is in that screen's F1 help, and every key in the help has an action there.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Active, GLOBAL};
use crate::checks::{CheckId, Code, Status};
use crate::tui::model::{App, FieldId, SaveState, Screen};
use crate::tui::msg::Msg;
use crate::tui::update::tests::{
    filled, finish_run, good_run, home_with, key, many_profiles, three_profiles,
};
use crate::tui::update::update;

/// Every key a user might press: letters in both cases, digits, punctuation, the
/// navigation and function keys, and Ctrl with each letter.
fn every_key() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = (' '..='~')
        .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        .collect();
    keys.extend(('a'..='z').map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)));
    let codes = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
    ];
    keys.extend(codes.map(|c| KeyEvent::new(c, KeyModifiers::NONE)));
    keys.extend((1..=12).map(|n| KeyEvent::new(KeyCode::F(n), KeyModifiers::NONE)));
    keys
}

/// Keys that edit text (tui-input's, Ctrl-W and the like included) where a field or a
/// filter takes the typing.
fn edits_text(key: &KeyEvent) -> bool {
    tui_input::backend::crossterm::to_input_request(&crossterm::event::Event::Key(*key)).is_some()
}

/// The key is named in the help of `active` (its table or the global keys).
fn in_help(active: Active, key: &KeyEvent) -> bool {
    super::action(GLOBAL, key).is_some()
        || match active {
            Active::Home => super::action(super::HOME, key).is_some(),
            Active::Filter => super::action(super::FILTER, key).is_some(),
            Active::Rename => super::action(super::RENAME, key).is_some(),
            Active::Form => super::action(super::FORM, key).is_some(),
            Active::Review => super::action(super::REVIEW, key).is_some(),
            Active::MultiReview => super::action(super::MULTI_REVIEW, key).is_some(),
            Active::Done => super::action(super::DONE, key).is_some(),
            Active::Unlink => super::action(super::UNLINK, key).is_some(),
            Active::UnlinkDone => super::action(super::UNLINK_DONE, key).is_some(),
        }
}

/// The screens, each in a state where its keys can act.
fn screens() -> Vec<(&'static str, App)> {
    let home = home_with(three_profiles()).0;
    let mut long = home_with(many_profiles(40)).0;
    long.home.selected = 3;
    let mut filter = long.clone();
    update(&mut filter, key(KeyCode::Char('/')));
    let mut rename = home.clone();
    update(&mut rename, key(KeyCode::Char('n')));
    let mut form = filled();
    form.form.focus = FieldId::Email;
    // The URL failed with both one-key remedies' codes in turn (Ctrl-T, Ctrl-O).
    let mut redirect = filled();
    *redirect.form.check_mut(CheckId::Url) = crate::tui::model::CheckState::Done {
        status: Status::Fail,
        code: Code::RedirectHttps,
        message: "use https".into(),
    };
    redirect
        .form
        .fields
        .set(FieldId::Url, "http://chat.example.com");
    let mut insecure = redirect.clone();
    *insecure.form.check_mut(CheckId::Url) = crate::tui::model::CheckState::Done {
        status: Status::Fail,
        code: Code::InsecureHttp,
        message: "plain http".into(),
    };
    let mut review = filled();
    finish_run(&mut review, good_run());
    review.screen = Screen::Review;
    // A short terminal: the review's facts scroll.
    let mut short = review.clone();
    update(&mut short, Msg::Resize(50, 16));
    let mut scrolled = short.clone();
    update(&mut scrolled, key(KeyCode::Down));
    let mut consent = review.clone();
    consent.form.save = SaveState::NeedsConsent {
        reason: "no keyring".into(),
    };
    // An edit whose profile changed on disk meanwhile.
    let mut changed = crate::tui::update::tests::edit::editing();
    update(&mut changed, key(KeyCode::Enter));
    let now = changed.form.mode.edit().map(|e| e.expected.clone());
    changed.form.save = SaveState::Changed {
        now: now.map(|r| ("acme".to_owned(), Box::new(r))),
    };
    let mut done = review.clone();
    update(
        &mut done,
        Msg::Saved(Ok(crate::tui::model::Saved {
            name: "acme".into(),
            config_file: "/tmp/c".into(),
            token_place: "keyring".into(),
        })),
    );
    let mut unlink = home.clone();
    update(&mut unlink, key(KeyCode::Char('u')));
    let mut unlink_done = unlink.clone();
    update(
        &mut unlink_done,
        Msg::UnlinkReport(crate::tui::screens::manage::acme_unlinked()),
    );
    let mut all = several();
    all.extend(vec![
        ("home", home),
        ("home long", long),
        ("filter", filter),
        ("rename", rename),
        ("form", form),
        ("form empty", App::new(crate::tui::update::tests::ctx())),
        (
            "form untrusted",
            crate::tui::update::tests::trust::untrusted(),
        ),
        ("form redirect", redirect),
        ("form inboxes", crate::tui::screens::inboxes::disconnected()),
        ("form insecure", insecure),
        ("review", review),
        ("review consent", consent),
        ("review short", short),
        ("review changed", changed),
        ("review scrolled", scrolled),
        ("done", done),
        ("unlink", unlink),
        ("unlink done", unlink_done),
    ]);
    all
}

/// The states of linking several accounts: the list (marked or not), their review
/// (renaming one, without a keyring) and the done screen.
fn several() -> Vec<(&'static str, App)> {
    use crate::tui::update::tests::multi;
    let many = multi::reviewing();
    let mut many_rename = many.clone();
    update(&mut many_rename, key(KeyCode::Char('n')));
    let mut many_consent = many.clone();
    many_consent.form.save = SaveState::NeedsConsent {
        reason: "no keyring".into(),
    };
    if let Some(m) = many_consent.form.multi.as_mut() {
        m.selected = 1;
    }
    // Any key clears a notice: the marks' own would make every key look like it acts.
    let mut list_marked = multi::marked();
    list_marked.notice = None;
    let mut many_done = many.clone();
    update(&mut many_done, Msg::SavedMany(Ok(multi::both_saved())));
    vec![
        ("list", multi::listing()),
        ("list marked", list_marked),
        ("review several", many),
        ("review several rename", many_rename),
        ("review several consent", many_consent),
        ("done several", many_done),
    ]
}

#[test]
fn every_key_that_acts_is_in_the_help() {
    for (name, app) in screens() {
        let active = Active::of(&app);
        let typing = matches!(active, Active::Form | Active::Filter | Active::Rename);
        let before = format!("{app:?}");
        for k in every_key() {
            if typing && edits_text(&k) && !in_help(active, &k) {
                continue;
            }
            let mut after = app.clone();
            let effects = update(&mut after, Msg::Key(k));
            let acted = !effects.is_empty() || format!("{after:?}") != before;
            if acted {
                assert!(
                    in_help(active, &k),
                    "{name}: {k:?} acts but is not in the help"
                );
            }
        }
        // The help's rows come from the table the keys are looked up in.
        let help = active.help();
        assert!(
            help.last().is_some_and(|(k, _)| k.starts_with("F1")),
            "{name}: {help:?}"
        );
    }
}

#[test]
fn every_key_in_a_help_does_something_on_its_screen() {
    // A help key that acts nowhere on the screen it is listed for is a lie; some act only
    // in a state (Ctrl-T after a redirect), so each key needs one screen state where it acts.
    let screens = screens();
    for active in [
        Active::Home,
        Active::Filter,
        Active::Rename,
        Active::Form,
        Active::Review,
        Active::MultiReview,
        Active::Done,
        Active::Unlink,
        Active::UnlinkDone,
    ] {
        let states: Vec<&App> = screens
            .iter()
            .map(|(_, a)| a)
            .filter(|a| Active::of(a) == active)
            .collect();
        for k in every_key() {
            if !in_help(active, &k)
                || GLOBAL
                    .iter()
                    .any(|r| r.keys.iter().any(|(g, _)| g.matches(&k)))
            {
                continue;
            }
            let acts = states.iter().any(|app| {
                let mut after = (*app).clone();
                let before = format!("{after:?}");
                let effects = update(&mut after, Msg::Key(k));
                !effects.is_empty() || format!("{after:?}") != before
            });
            assert!(acts, "{active:?}: {k:?} is in the help but does nothing");
        }
    }
}

#[test]
fn the_bar_names_only_keys_of_the_screen() {
    for (name, app) in screens() {
        let active = Active::of(&app);
        for entry in super::bar(&app) {
            for k in entry.keys {
                let event = KeyEvent::new(
                    k.code,
                    if k.ctrl {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    },
                );
                assert!(in_help(active, &event), "{name}: the bar shows {k:?}");
            }
        }
    }
}

/// Every screen with the F1 help open on a short terminal, scrolled to its top and to the
/// middle: the help's own table takes the keys.
fn helps() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    for (name, mut app) in screens() {
        update(&mut app, Msg::Resize(50, 16));
        if crate::tui::view::help_scroll_room(&app).0 == 0 {
            continue;
        }
        app.open_keys();
        let mut middle = app.clone();
        update(&mut middle, key(KeyCode::Down));
        out.push((name, app));
        out.push((name, middle));
    }
    out
}

#[test]
fn in_the_help_only_its_own_keys_act_and_each_of_them_does() {
    let helps = helps();
    assert!(helps.len() >= 4, "too few screens scroll their help");
    let in_keys = |k: &KeyEvent| {
        super::action(super::KEYS, k).is_some() || super::action(GLOBAL, k).is_some()
    };
    for (name, app) in &helps {
        for entry in super::bar(app) {
            for k in entry.keys {
                let event = KeyEvent::new(k.code, KeyModifiers::NONE);
                assert!(in_keys(&event), "{name}: the help's bar shows {k:?}");
            }
        }
    }
    for k in every_key() {
        let mut acted = false;
        for (name, app) in &helps {
            let mut after = app.clone();
            let effects = update(&mut after, Msg::Key(k));
            let acts = !effects.is_empty() || format!("{after:?}") != format!("{app:?}");
            assert!(
                !acts || in_keys(&k),
                "{name}: {k:?} acts in the help, not listed"
            );
            acted |= acts;
        }
        if super::action(super::KEYS, &k).is_some() {
            assert!(acted, "{k:?} is a help key but does nothing there");
        }
    }
}
