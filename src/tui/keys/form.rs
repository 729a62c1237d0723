//! The form's keys. Up, Down, Enter and Esc act on the account list while it is open.

use crossterm::event::KeyCode;

use super::{Bar, DOWN, ENTER, ESC, F1, Key, Row, TAB, Table, Text, UP, k, w};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Next,
    Prev,
    /// Next field, or down the open list.
    Down,
    /// Previous field, or up the open list.
    Up,
    /// Next field; on the last one the review; in the list, pick.
    Enter,
    /// In the list: mark or unmark the account (two or more are linked at once);
    /// elsewhere a typed space.
    Mark,
    Reveal,
    /// → on the empty URL field: Chatwoot Cloud's URL; elsewhere the cursor moves.
    Right,
    /// Check everything again now (a slow or unreachable server).
    Recheck,
    Https,
    AllowHttp,
    /// Ctrl-G after `tls_untrusted`: show the server's certificate, asking to trust it.
    TrustCert,
    /// Ctrl-B once the URL passed: Chatwoot's Profile Settings (the token) in the browser.
    Browser,
    /// Close the list, else quit (asking when something was typed).
    Esc,
    Help,
}

const BACKTAB: Key = k(KeyCode::BackTab);
const SPACE: Key = Key::ch(' ');
const REVEAL: Key = Key::ctrl('r');

pub const FORM: Table<Form> = &[
    Row {
        keys: &[(TAB, Form::Next), (BACKTAB, Form::Prev)],
        sep: " / ",
        what: w!(wizard_keys_help_next_previous_field),
    },
    Row {
        keys: &[(DOWN, Form::Down), (UP, Form::Up)],
        sep: " / ",
        what: w!(wizard_keys_help_next_previous_field_list_move),
    },
    Row {
        keys: &[(ENTER, Form::Enter)],
        sep: ", ",
        what: w!(wizard_keys_help_next_field_last_field_review),
    },
    Row {
        keys: &[(SPACE, Form::Mark)],
        sep: ", ",
        what: w!(wizard_keys_help_mark_an_account_choose_an_inbox),
    },
    Row {
        keys: &[(REVEAL, Form::Reveal), (k(KeyCode::F(2)), Form::Reveal)],
        sep: ", ",
        what: w!(wizard_keys_help_show_or_hide_the_token),
    },
    Row {
        keys: &[(k(KeyCode::Right), Form::Right)],
        sep: ", ",
        what: w!(wizard_keys_help_empty_url_chatwoot_cloud_s_url),
    },
    Row {
        keys: &[(Key::ctrl('l'), Form::Recheck)],
        sep: ", ",
        what: w!(wizard_keys_help_check_again_cancels_a_slow_check),
    },
    Row {
        keys: &[(Key::ctrl('t'), Form::Https)],
        sep: ", ",
        what: w!(wizard_keys_help_switch_the_url_to_https),
    },
    Row {
        keys: &[(Key::ctrl('o'), Form::AllowHttp)],
        sep: ", ",
        what: w!(wizard_keys_help_allow_plain_http_asks_only_for),
    },
    Row {
        keys: &[(Key::ctrl('g'), Form::TrustCert)],
        sep: ", ",
        what: w!(wizard_keys_help_trust_the_server_s_certificate_asks),
    },
    Row {
        keys: &[(Key::ctrl('b'), Form::Browser)],
        sep: ", ",
        what: w!(wizard_keys_help_open_the_token_s_page_in),
    },
    Row {
        keys: &[(ESC, Form::Esc)],
        sep: ", ",
        what: w!(wizard_keys_help_close_the_list_else_quit_asks),
    },
    Row {
        keys: &[(F1, Form::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

/// Where the form is, for its key bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormPlace {
    /// The account list is open.
    List,
    /// The inbox picker is open.
    Inboxes,
    /// The list has two or more accounts that can be linked: Space marks them.
    ListMarking,
    /// Two or more are marked: Enter reviews them.
    ListMarked,
    Token,
    Last,
    Field,
}

const fn bar(keys: &'static [Key], what: Text) -> Bar {
    Bar {
        keys,
        what,
        spare: false,
    }
}

/// A live check runs past two seconds: the bar offers to cancel and retry it first.
pub const SLOW_BAR: &[Bar] = &[
    bar(&[Key::ctrl('l')], w!(wizard_keys_bar_cancel_and_retry)),
    bar(&[F1], w!(wizard_keys_bar_keys)),
];

/// `from_home`: Esc returns to the profiles instead of quitting.
pub fn form_bar(at: FormPlace, from_home: bool) -> &'static [Bar] {
    const LIST: &[Bar] = &[
        bar(&[UP, DOWN], w!(wizard_keys_bar_account)),
        bar(&[ENTER], w!(wizard_keys_bar_pick)),
        bar(&[ESC], w!(wizard_keys_bar_close_list)),
        bar(&[TAB], w!(wizard_keys_bar_next)),
    ];
    const INBOXES: &[Bar] = &[
        bar(&[UP, DOWN], w!(wizard_keys_bar_inbox)),
        bar(&[SPACE], w!(wizard_keys_bar_choose)),
        bar(&[ENTER], w!(wizard_keys_bar_next)),
        bar(&[ESC], w!(wizard_keys_bar_close_list)),
    ];
    const LIST_MARKING: &[Bar] = &[
        bar(&[UP, DOWN], w!(wizard_keys_bar_account)),
        bar(&[SPACE], w!(wizard_keys_bar_mark)),
        bar(&[ENTER], w!(wizard_keys_bar_pick)),
        bar(&[ESC], w!(wizard_keys_bar_close_list)),
        bar(&[TAB], w!(wizard_keys_bar_next)),
    ];
    const LIST_MARKED: &[Bar] = &[
        bar(&[UP, DOWN], w!(wizard_keys_bar_account)),
        bar(&[SPACE], w!(wizard_keys_bar_mark)),
        bar(&[ENTER], w!(wizard_keys_bar_review_the_marked)),
        bar(&[ESC], w!(wizard_keys_bar_close_list)),
    ];
    const HELP: Bar = bar(&[F1], w!(wizard_keys_bar_keys));
    const QUIT: Bar = bar(&[ESC], w!(wizard_keys_bar_quit));
    const PROFILES: Bar = bar(&[ESC], w!(wizard_keys_bar_profiles));
    const TOKEN: [Bar; 4] = [
        bar(&[TAB], w!(wizard_keys_bar_next)),
        bar(&[ENTER], w!(wizard_keys_bar_next)),
        bar(&[REVEAL], w!(wizard_keys_bar_show_hide_token)),
        HELP,
    ];
    const LAST: [Bar; 3] = [
        bar(&[ENTER], w!(wizard_keys_bar_review)),
        bar(&[TAB], w!(wizard_keys_bar_next)),
        HELP,
    ];
    const FIELD: [Bar; 4] = [
        bar(&[TAB], w!(wizard_keys_bar_next)),
        bar(&[BACKTAB], w!(wizard_keys_bar_back)),
        bar(&[ENTER], w!(wizard_keys_bar_next)),
        HELP,
    ];
    // Each with Esc last: "profiles" when the form was opened from them.
    const fn with(rest: [Bar; 4], esc: Bar) -> [Bar; 5] {
        [rest[0], rest[1], rest[2], rest[3], esc]
    }
    const TOKEN_Q: [Bar; 5] = with(TOKEN, QUIT);
    const TOKEN_P: [Bar; 5] = with(TOKEN, PROFILES);
    const LAST_Q: [Bar; 4] = [LAST[0], LAST[1], LAST[2], QUIT];
    const LAST_P: [Bar; 4] = [LAST[0], LAST[1], LAST[2], PROFILES];
    const FIELD_Q: [Bar; 5] = with(FIELD, QUIT);
    const FIELD_P: [Bar; 5] = with(FIELD, PROFILES);
    match (at, from_home) {
        (FormPlace::List, _) => LIST,
        (FormPlace::Inboxes, _) => INBOXES,
        (FormPlace::ListMarking, _) => LIST_MARKING,
        (FormPlace::ListMarked, _) => LIST_MARKED,
        (FormPlace::Token, false) => &TOKEN_Q,
        (FormPlace::Token, true) => &TOKEN_P,
        (FormPlace::Last, false) => &LAST_Q,
        (FormPlace::Last, true) => &LAST_P,
        (FormPlace::Field, false) => &FIELD_Q,
        (FormPlace::Field, true) => &FIELD_P,
    }
}
