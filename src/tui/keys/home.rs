//! The home screen's keys: the list, the filter being typed, the new name being typed;
//! and the keys of every screen.

use crossterm::event::KeyCode;

use super::{Bar, DOWN, ENTER, ESC, F1, Key, QUESTION, Row, TAB, Table, UP, k};

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
        what: "quit at once, saving nothing",
    },
    Row {
        keys: &[(Key::ctrl('z'), Global::Suspend)],
        sep: ", ",
        what: "suspend (fg resumes)",
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
        what: "next / previous profile",
    },
    Row {
        keys: &[
            (k(KeyCode::PageDown), Home::PageDown),
            (k(KeyCode::PageUp), Home::PageUp),
            (k(KeyCode::Home), Home::First),
            (k(KeyCode::End), Home::Last),
        ],
        sep: " ",
        what: "page, first, last",
    },
    Row {
        keys: &[(Key::ch('a'), Home::Add)],
        sep: ", ",
        what: "add a profile",
    },
    Row {
        keys: &[(ENTER, Home::Edit), (Key::ch('e'), Home::Edit)],
        sep: ", ",
        what: "edit the selected profile",
    },
    Row {
        keys: &[(Key::ch('v'), Home::Verify)],
        sep: ", ",
        what: "check it live again",
    },
    Row {
        keys: &[(Key::ch('V'), Home::VerifyAll)],
        sep: ", ",
        what: "check every profile live again",
    },
    Row {
        keys: &[(Key::ch('d'), Home::Default)],
        sep: ", ",
        what: "make it the default",
    },
    Row {
        keys: &[(Key::ch('n'), Home::Rename)],
        sep: ", ",
        what: "rename it",
    },
    Row {
        keys: &[(Key::ch('u'), Home::Unlink)],
        sep: ", ",
        what: "unlink it (asks first)",
    },
    Row {
        keys: &[(Key::ch('c'), Home::CopyEnv)],
        sep: ", ",
        what: "copy its env lines (no token)",
    },
    Row {
        keys: &[(Key::ch('o'), Home::Open)],
        sep: ", ",
        what: "open its token page in the browser",
    },
    Row {
        keys: &[(Key::ch('/'), Home::Filter)],
        sep: ", ",
        what: "filter by name, host or account",
    },
    Row {
        keys: &[(Key::ch('q'), Home::Quit), (ESC, Home::Back)],
        sep: ", ",
        what: "quit",
    },
    Row {
        keys: &[(F1, Home::Help), (QUESTION, Home::Help)],
        sep: ", ",
        what: "this list",
    },
];

pub const HOME_BAR_EMPTY: &[Bar] = &[
    Bar {
        keys: &[Key::ch('a')],
        what: "add",
    },
    Bar {
        keys: &[Key::ch('q')],
        what: "quit",
    },
    Bar {
        keys: &[F1],
        what: "keys",
    },
];

pub const HOME_BAR: &[Bar] = &[
    Bar {
        keys: &[Key::ch('a')],
        what: "add",
    },
    Bar {
        keys: &[ENTER],
        what: "edit",
    },
    Bar {
        keys: &[Key::ch('v')],
        what: "verify",
    },
    // `d default` is in the F1 list: the bar keeps room for `/` and F1 at 80 columns.
    Bar {
        keys: &[Key::ch('n')],
        what: "rename",
    },
    Bar {
        keys: &[Key::ch('u')],
        what: "unlink",
    },
    Bar {
        keys: &[Key::ch('/')],
        what: "filter",
    },
    Bar {
        keys: &[Key::ch('q')],
        what: "quit",
    },
    Bar {
        keys: &[F1],
        what: "keys",
    },
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
        what: "done filtering",
    },
    Row {
        keys: &[(ESC, Filter::Clear)],
        sep: ", ",
        what: "clear the filter",
    },
    Row {
        keys: &[(F1, Filter::Help)],
        sep: ", ",
        what: "this list",
    },
];

pub const FILTER_BAR: &[Bar] = &[
    Bar::TYPE,
    Bar {
        keys: &[ENTER],
        what: "done",
    },
    Bar {
        keys: &[ESC],
        what: "clear the filter",
    },
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
        what: "rename the profile",
    },
    Row {
        keys: &[(ESC, Rename::Cancel)],
        sep: ", ",
        what: "keep the old name",
    },
    Row {
        keys: &[(F1, Rename::Help)],
        sep: ", ",
        what: "this list",
    },
];

pub const RENAME_BAR: &[Bar] = &[
    Bar {
        keys: &[ENTER],
        what: "rename",
    },
    Bar {
        keys: &[ESC],
        what: "cancel",
    },
];
