//! The keys of the review of several accounts (renaming one takes the rename table).

use super::{Bar, DOWN, ENTER, ESC, F1, Key, QUESTION, Row, Table, Text, UP, w};

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
        what: w!(wizard_keys_help_save_the_profiles_one_token_for),
    },
    Row {
        keys: &[(DOWN, MultiReview::Down), (UP, MultiReview::Up)],
        sep: " / ",
        what: w!(wizard_keys_help_choose_an_account),
    },
    Row {
        keys: &[(Key::ch('n'), MultiReview::Rename)],
        sep: ", ",
        what: w!(wizard_keys_help_rename_the_chosen_account_s_profile),
    },
    Row {
        keys: &[(Key::ch('f'), MultiReview::FileStore)],
        sep: ", ",
        what: w!(wizard_keys_help_store_the_token_in_a_file),
    },
    Row {
        keys: &[(ESC, MultiReview::Back)],
        sep: ", ",
        what: w!(wizard_keys_help_back_to_the_form),
    },
    Row {
        keys: &[(F1, MultiReview::Help), (QUESTION, MultiReview::Help)],
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

/// The bar; `consent`: the keyring failed and the file store is on offer.
pub fn multi_review_bar(consent: bool) -> &'static [Bar] {
    const CONSENT: &[Bar] = &[
        bar(&[Key::ch('f')], w!(wizard_keys_bar_file_store)),
        bar(&[ENTER], w!(wizard_keys_bar_try_the_keyring)),
        bar(&[Key::ch('n')], w!(wizard_keys_bar_rename)),
        bar(&[ESC], w!(wizard_keys_bar_back)),
    ];
    const PLAIN: &[Bar] = &[
        bar(&[ENTER], w!(wizard_keys_bar_save)),
        bar(&[UP, DOWN], w!(wizard_keys_bar_account)),
        bar(&[Key::ch('n')], w!(wizard_keys_bar_rename)),
        bar(&[ESC], w!(wizard_keys_bar_back)),
        bar(&[F1], w!(wizard_keys_bar_keys)),
    ];
    if consent { CONSENT } else { PLAIN }
}
