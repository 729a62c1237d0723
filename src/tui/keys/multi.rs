//! The keys of the review of several accounts (renaming one takes the rename table).

use super::{Bar, DOWN, ENTER, ESC, F1, Key, QUESTION, Row, Table, UP};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MultiReview {
    Save,
    Down,
    Up,
    Rename,
    FileStore,
    Back,
    Help,
}

pub const MULTI_REVIEW: Table<MultiReview> = &[
    Row {
        keys: &[(ENTER, MultiReview::Save)],
        sep: ", ",
        what: "save the profiles (one token for all)",
    },
    Row {
        keys: &[(DOWN, MultiReview::Down), (UP, MultiReview::Up)],
        sep: " / ",
        what: "choose an account",
    },
    Row {
        keys: &[(Key::ch('n'), MultiReview::Rename)],
        sep: ", ",
        what: "rename the chosen account's profile",
    },
    Row {
        keys: &[(Key::ch('f'), MultiReview::FileStore)],
        sep: ", ",
        what: "store the token in a file (no keyring)",
    },
    Row {
        keys: &[(ESC, MultiReview::Back)],
        sep: ", ",
        what: "back to the form",
    },
    Row {
        keys: &[(F1, MultiReview::Help), (QUESTION, MultiReview::Help)],
        sep: ", ",
        what: "this list",
    },
];

const fn bar(keys: &'static [Key], what: &'static str) -> Bar {
    Bar { keys, what }
}

/// The bar; `consent`: the keyring failed and the file store is on offer.
pub fn multi_review_bar(consent: bool) -> &'static [Bar] {
    const CONSENT: &[Bar] = &[
        bar(&[Key::ch('f')], "file store"),
        bar(&[ENTER], "try the keyring"),
        bar(&[Key::ch('n')], "rename"),
        bar(&[ESC], "back"),
    ];
    const PLAIN: &[Bar] = &[
        bar(&[ENTER], "save"),
        bar(&[UP, DOWN], "account"),
        bar(&[Key::ch('n')], "rename"),
        bar(&[ESC], "back"),
        bar(&[F1], "keys"),
    ];
    if consent { CONSENT } else { PLAIN }
}
