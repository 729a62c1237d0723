//! The keys of the review, done and unlink screens and of the two overlays.

use crossterm::event::KeyCode;

use super::{Bar, DOWN, ENTER, ESC, F1, Key, QUESTION, Row, Table, Text, UP, k, w};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Save,
    ScrollDown,
    ScrollUp,
    FileStore,
    Reload,
    Back,
    Help,
}

pub const REVIEW: Table<Review> = &[
    Row {
        keys: &[(ENTER, Review::Save)],
        sep: ", ",
        what: w!(wizard_keys_help_save_the_profile),
    },
    Row {
        keys: &[(DOWN, Review::ScrollDown), (UP, Review::ScrollUp)],
        sep: " / ",
        what: w!(wizard_keys_help_scroll_a_short_terminal),
    },
    Row {
        keys: &[(Key::ch('f'), Review::FileStore)],
        sep: ", ",
        what: w!(wizard_keys_help_store_the_token_in_a_file),
    },
    Row {
        keys: &[(Key::ch('r'), Review::Reload)],
        sep: ", ",
        what: w!(wizard_keys_help_changed_on_disk_build_on_the),
    },
    Row {
        keys: &[(ESC, Review::Back)],
        sep: ", ",
        what: w!(wizard_keys_help_back_to_the_form),
    },
    Row {
        keys: &[(F1, Review::Help), (QUESTION, Review::Help)],
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

/// The review's bar after "changed on disk".
pub const REVIEW_CHANGED_BAR: &[Bar] = &[
    bar(&[Key::ch('r')], w!(wizard_keys_bar_use_the_version_on_disk)),
    bar(&[ESC], w!(wizard_keys_bar_back)),
    bar(&[F1], w!(wizard_keys_bar_keys)),
];

/// The review's bar; `consent`: the keyring failed and the file store is on offer.
pub fn review_bar(consent: bool) -> &'static [Bar] {
    const CONSENT: &[Bar] = &[
        bar(&[Key::ch('f')], w!(wizard_keys_bar_file_store)),
        bar(&[ENTER], w!(wizard_keys_bar_try_the_keyring)),
        bar(&[ESC], w!(wizard_keys_bar_back)),
        bar(&[F1], w!(wizard_keys_bar_keys)),
    ];
    const PLAIN: &[Bar] = &[
        bar(&[ENTER], w!(wizard_keys_bar_save)),
        bar(&[ESC], w!(wizard_keys_bar_back_to_the_form)),
        bar(&[F1], w!(wizard_keys_bar_keys)),
    ];
    if consent { CONSENT } else { PLAIN }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Leave,
    CopyUrl,
    CopyId,
    Help,
}

pub const DONE: Table<Done> = &[
    Row {
        keys: &[(ENTER, Done::Leave), (Key::ch('q'), Done::Leave)],
        sep: ", ",
        what: w!(wizard_keys_help_exit),
    },
    Row {
        keys: &[(Key::ch('u'), Done::CopyUrl)],
        sep: ", ",
        what: w!(wizard_keys_help_copy_the_url_osc_52_works),
    },
    Row {
        keys: &[(Key::ch('i'), Done::CopyId)],
        sep: ", ",
        what: w!(wizard_keys_help_copy_the_account_id),
    },
    Row {
        keys: &[(F1, Done::Help), (QUESTION, Done::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

/// The done screen's bar; from the home screen Enter goes back there.
pub fn done_bar(from_home: bool) -> &'static [Bar] {
    const HOME: &[Bar] = &[
        bar(&[ENTER], w!(wizard_keys_bar_back_to_the_profiles)),
        bar(&[Key::ch('u')], w!(wizard_keys_bar_copy_url)),
        bar(&[Key::ch('i')], w!(wizard_keys_bar_copy_account_id)),
    ];
    const EXIT: &[Bar] = &[
        bar(&[ENTER, Key::ch('q')], w!(wizard_keys_bar_exit)),
        bar(&[Key::ch('u')], w!(wizard_keys_bar_copy_url)),
        bar(&[Key::ch('i')], w!(wizard_keys_bar_copy_account_id)),
    ];
    if from_home { HOME } else { EXIT }
}

/// The unlink question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlink {
    Confirm,
    ToggleReset,
    Keep,
    Help,
}

pub const UNLINK: Table<Unlink> = &[
    Row {
        keys: &[(Key::letter('y'), Unlink::Confirm)],
        sep: ", ",
        what: w!(wizard_keys_help_unlink_the_profile),
    },
    Row {
        keys: &[
            (Key::ch('t'), Unlink::ToggleReset),
            (Key::ch(' '), Unlink::ToggleReset),
        ],
        sep: ", ",
        what: w!(wizard_keys_help_also_reset_the_token_on_the),
    },
    Row {
        keys: &[
            (Key::letter('n'), Unlink::Keep),
            (Key::ch('q'), Unlink::Keep),
            (ESC, Unlink::Keep),
            // Enter is never the destructive answer (as the CLI's [y/N]).
            (ENTER, Unlink::Keep),
        ],
        sep: ", ",
        what: w!(wizard_keys_help_keep_it_back_to_the_profiles),
    },
    Row {
        keys: &[(F1, Unlink::Help), (QUESTION, Unlink::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

pub const UNLINK_BAR: &[Bar] = &[
    bar(&[Key::letter('y')], w!(wizard_keys_bar_unlink)),
    bar(&[Key::ch('t')], w!(wizard_keys_bar_also_reset_the_token)),
    bar(&[Key::letter('n'), ESC, ENTER], w!(wizard_keys_bar_keep_it)),
];

/// The unlink's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlinkDone {
    Back,
    Help,
}

pub const UNLINK_DONE: Table<UnlinkDone> = &[
    Row {
        keys: &[
            (ENTER, UnlinkDone::Back),
            (ESC, UnlinkDone::Back),
            (Key::ch('q'), UnlinkDone::Back),
        ],
        sep: ", ",
        what: w!(wizard_keys_help_back_to_the_profiles),
    },
    Row {
        keys: &[(F1, UnlinkDone::Help), (QUESTION, UnlinkDone::Help)],
        sep: ", ",
        what: w!(wizard_keys_help_this_list),
    },
];

pub const UNLINK_DONE_BAR: &[Bar] = &[bar(&[ENTER], w!(wizard_keys_bar_back_to_the_profiles))];

/// The F1 box: it closes, and scrolls where the terminal is too short for every row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Close,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
}

pub const KEYS: Table<Keys> = &[
    Row {
        keys: &[
            (ESC, Keys::Close),
            (F1, Keys::Close),
            (ENTER, Keys::Close),
            (QUESTION, Keys::Close),
            (Key::ch('q'), Keys::Close),
        ],
        sep: ", ",
        what: w!(wizard_keys_help_close_this_list),
    },
    Row {
        keys: &[
            (DOWN, Keys::ScrollDown),
            (UP, Keys::ScrollUp),
            (Key::ch('j'), Keys::ScrollDown),
            (Key::ch('k'), Keys::ScrollUp),
        ],
        sep: " / ",
        what: w!(wizard_keys_help_scroll_this_list),
    },
    Row {
        keys: &[
            (k(KeyCode::PageDown), Keys::PageDown),
            (k(KeyCode::PageUp), Keys::PageUp),
            (k(KeyCode::Home), Keys::Top),
            (k(KeyCode::End), Keys::Bottom),
        ],
        sep: " ",
        what: w!(wizard_keys_help_page_top_bottom),
    },
];

/// The F1 box's bar when it scrolls.
pub const KEYS_BAR: &[Bar] = &[
    bar(&[UP, DOWN], w!(wizard_keys_bar_scroll)),
    bar(&[ESC], w!(wizard_keys_bar_close)),
];

/// "Trust this certificate?" (Ctrl-G after `tls_untrusted`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustCert {
    Trust,
    Decline,
}

pub const TRUST_CERT: Table<TrustCert> = &[
    Row {
        keys: &[(Key::letter('y'), TrustCert::Trust)],
        sep: ", ",
        what: w!(wizard_keys_help_trust_it_for_this_profile_s),
    },
    Row {
        keys: &[
            (Key::letter('n'), TrustCert::Decline),
            (ESC, TrustCert::Decline),
        ],
        sep: ", ",
        what: w!(wizard_keys_help_do_not_trust_it),
    },
];

/// "Quit without saving?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmQuit {
    Yes,
    No,
}

pub const CONFIRM_QUIT: Table<ConfirmQuit> = &[
    Row {
        keys: &[(Key::letter('y'), ConfirmQuit::Yes)],
        sep: ", ",
        what: w!(wizard_keys_help_quit_or_back_to_the_profiles),
    },
    Row {
        keys: &[(Key::letter('n'), ConfirmQuit::No), (ESC, ConfirmQuit::No)],
        sep: ", ",
        what: w!(wizard_keys_help_keep_editing),
    },
];
