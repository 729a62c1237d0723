//! The home screen's keys: the list, the filter being typed, the new name being typed;
//! and the keys of every screen.

use crossterm::event::KeyCode;

use super::{Bar, DOWN, ENTER, ESC, F1, Key, QUESTION, Row, TAB, Table, Text, UP, k, w};

/// Keys that act on every screen, before the screen's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    Interrupt,
    Suspend,
}

pub const GLOBAL: Table<Global> = &[
    Row {
        keys: &[(Key::ctrl('c'), Global::Interrupt)],
        sep: ", ",
        what: w!(wizard_keys_help_quit_at_once_saving_nothing),
    },
    Row {
        keys: &[(Key::ctrl('z'), Global::Suspend)],
        sep: ", ",
        what: w!(wizard_keys_help_suspend_fg_resumes),
    },
];

/// The home screen's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    Down,
    Up,
    PageDown,
    PageUp,
    First,
    Last,
    Add,
    Edit,
    Verify,
    /// `V`: every profile, with fresh requests.
    VerifyAll,
    Default,
    Rename,
    Unlink,
    /// `c`: the profile's `env` lines (no token) to the clipboard.
    CopyEnv,
    /// `o`: Chatwoot's Profile Settings (the token's page) in the browser.
    Open,
    Filter,
    Quit,
    /// Esc: clears the filter, else quits.
    Back,
    Help,
}

pub const HOME: Table<Home> = &[
    // One row for both pairs: the help keeps a row for `c` within 18 rows.
    Row {
        keys: &[
            (DOWN, Home::Down),
            (UP, Home::Up),
            (Key::ch('j'), Home::Down),
            (Key::ch('k'), Home::Up),
        ],
        sep: " / ",
        what: w!(wizard_keys_help_next_previous_profile),
    },
    Row {
        keys: &[
            (k(KeyCode::PageDown), Home::PageDown),
            (k(KeyCode::PageUp), Home::PageUp),
            (k(KeyCode::Home), Home::First),
            (k(KeyCode::End), Home::Last),
        ],
        sep: " ",
        what: w!(wizard_keys_help_page_first_last),
    },
    Row {
        keys: &[(Key::ch('a'), Home::Add)],
        sep: ", ",
        what: w!(wizard_keys_help_add_a_profile),
    },
    Row {
        keys: &[(ENTER, Home::Edit), (Key::ch('e'), Home::Edit)],
        sep: ", ",
        what: w!(wizard_keys_help_edit_the_selected_profile),
    },
    Row {
        keys: &[(Key::ch('v'), Home::Verify)],
        sep: ", ",
        what: w!(wizard_keys_help_check_it_live_again),
    },
    Row {
        keys: &[(Key::ch('V'), Home::VerifyAll)],
        sep: ", ",
        what: w!(wizard_keys_help_check_every_profile_live_again),
    },
    Row {
        keys: &[(Key::ch('d'), Home::Default)],
        sep: ", ",
        what: w!(wizard_keys_help_make_it_the_default),
    },
    Row {
        keys: &[(Key::ch('n'), Home::Rename)],
        sep: ", ",
        what: w!(wizard_keys_help_rename_it),
    },
    Row {
        keys: &[(Key::ch('u'), Home::Unlink)],
        sep: ", ",
        what: w!(wizard_keys_help_unlink_it_asks_first),
    },
    Row {
        keys: &[(Key::ch('c'), Home::CopyEnv)],
        sep: ", ",
        what: w!(wizard_keys_help_copy_its_env_lines_no_token),
    },
    Row {
        keys: &[(Key::ch('o'), Home::Open)],
        sep: ", ",
        what: w!(wizard_keys_help_open_its_token_page_in_the),
    },
    Row {
        keys: &[(Key::ch('/'), Home::Filter)],
        sep: ", ",
        what: w!(wizard_keys_help_filter_by_name_host_or_account),
    },
    Row {
        keys: &[(Key::ch('q'), Home::Quit), (ESC, Home::Back)],
        sep: ", ",
        what: w!(wizard_keys_help_quit),
    },
    Row {
        keys: &[(F1, Home::Help), (QUESTION, Home::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

const fn bar(keys: &'static [Key], what: Text) -> Bar {
    Bar {
        keys,
        what,
        spare: false,
    }
}

pub const HOME_BAR_EMPTY: &[Bar] = &[
    bar(&[Key::ch('a')], w!(wizard_keys_bar_add)),
    bar(&[Key::ch('q')], w!(wizard_keys_bar_quit)),
    bar(&[F1], w!(wizard_keys_bar_keys)),
];

pub const HOME_BAR: &[Bar] = &[
    bar(&[Key::ch('a')], w!(wizard_keys_bar_add)),
    bar(&[ENTER], w!(wizard_keys_bar_edit)),
    bar(&[Key::ch('v')], w!(wizard_keys_bar_verify)),
    // `d default` is in the F1 list: the bar keeps room for `/` and F1 at 80 columns.
    bar(&[Key::ch('n')], w!(wizard_keys_bar_rename)).spare(),
    bar(&[Key::ch('u')], w!(wizard_keys_bar_unlink)),
    // Spare, as `n`: where the words are longer (Spanish, Portuguese), these two give way
    // so that quit and F1 stay on the bar.
    bar(&[Key::ch('/')], w!(wizard_keys_bar_filter)).spare(),
    bar(&[Key::ch('q')], w!(wizard_keys_bar_quit)),
    bar(&[F1], w!(wizard_keys_bar_keys)),
];

/// The home screen while `/` filter text is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Done,
    Clear,
    Help,
}

pub const FILTER: Table<Filter> = &[
    Row {
        keys: &[
            (ENTER, Filter::Done),
            (DOWN, Filter::Done),
            (TAB, Filter::Done),
        ],
        sep: ", ",
        what: w!(wizard_keys_help_done_filtering),
    },
    Row {
        keys: &[(ESC, Filter::Clear)],
        sep: ", ",
        what: w!(wizard_keys_help_clear_the_filter),
    },
    Row {
        keys: &[(F1, Filter::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

pub const FILTER_BAR: &[Bar] = &[
    Bar::TYPE,
    bar(&[ENTER], w!(wizard_keys_bar_done)),
    bar(&[ESC], w!(wizard_keys_bar_clear_the_filter)),
];

/// The home screen while a new name is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rename {
    Confirm,
    Cancel,
    Help,
}

pub const RENAME: Table<Rename> = &[
    Row {
        keys: &[(ENTER, Rename::Confirm)],
        sep: ", ",
        what: w!(wizard_keys_help_rename_the_profile),
    },
    Row {
        keys: &[(ESC, Rename::Cancel)],
        sep: ", ",
        what: w!(wizard_keys_help_keep_the_old_name),
    },
    Row {
        keys: &[(F1, Rename::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

pub const RENAME_BAR: &[Bar] = &[
    bar(&[ENTER], w!(wizard_keys_bar_rename)),
    bar(&[ESC], w!(wizard_keys_bar_cancel)),
];
