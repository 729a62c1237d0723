//! The keys of the review, done and unlink screens and of the two overlays.

use super::{Bar, DOWN, ENTER, ESC, F1, Key, QUESTION, Row, Table, UP};

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
        what: "save the profile",
    },
    Row {
        keys: &[(DOWN, Review::ScrollDown), (UP, Review::ScrollUp)],
        sep: " / ",
        what: "scroll (a short terminal)",
    },
    Row {
        keys: &[(Key::ch('f'), Review::FileStore)],
        sep: ", ",
        what: "store the token in a file (no keyring)",
    },
    Row {
        keys: &[(Key::ch('r'), Review::Reload)],
        sep: ", ",
        what: "changed on disk: build on the version there",
    },
    Row {
        keys: &[(ESC, Review::Back)],
        sep: ", ",
        what: "back to the form",
    },
    Row {
        keys: &[(F1, Review::Help), (QUESTION, Review::Help)],
        sep: ", ",
        what: "this list",
    },
];

const fn bar(keys: &'static [Key], what: &'static str) -> Bar {
    Bar { keys, what }
}

/// The review's bar after "changed on disk".
pub const REVIEW_CHANGED_BAR: &[Bar] = &[
    bar(&[Key::ch('r')], "use the version on disk"),
    bar(&[ESC], "back"),
    bar(&[F1], "keys"),
];

/// The review's bar; `consent`: the keyring failed and the file store is on offer.
pub fn review_bar(consent: bool) -> &'static [Bar] {
    const CONSENT: &[Bar] = &[
        bar(&[Key::ch('f')], "file store"),
        bar(&[ENTER], "try the keyring"),
        bar(&[ESC], "back"),
        bar(&[F1], "keys"),
    ];
    const PLAIN: &[Bar] = &[
        bar(&[ENTER], "save"),
        bar(&[ESC], "back to the form"),
        bar(&[F1], "keys"),
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
        what: "exit",
    },
    Row {
        keys: &[(Key::ch('u'), Done::CopyUrl)],
        sep: ", ",
        what: "copy the URL (OSC 52, works over SSH)",
    },
    Row {
        keys: &[(Key::ch('i'), Done::CopyId)],
        sep: ", ",
        what: "copy the Account ID",
    },
    Row {
        keys: &[(F1, Done::Help), (QUESTION, Done::Help)],
        sep: ", ",
        what: "this list",
    },
];

/// The done screen's bar; from the home screen Enter goes back there.
pub fn done_bar(from_home: bool) -> &'static [Bar] {
    const HOME: &[Bar] = &[
        bar(&[ENTER], "back to the profiles"),
        bar(&[Key::ch('u')], "copy URL"),
        bar(&[Key::ch('i')], "copy Account ID"),
    ];
    const EXIT: &[Bar] = &[
        bar(&[ENTER, Key::ch('q')], "exit"),
        bar(&[Key::ch('u')], "copy URL"),
        bar(&[Key::ch('i')], "copy Account ID"),
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
        what: "unlink the profile",
    },
    Row {
        keys: &[
            (Key::ch('t'), Unlink::ToggleReset),
            (Key::ch(' '), Unlink::ToggleReset),
        ],
        sep: ", ",
        what: "also reset the token on the server",
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
        what: "keep it, back to the profiles",
    },
    Row {
        keys: &[(F1, Unlink::Help), (QUESTION, Unlink::Help)],
        sep: ", ",
        what: "this list",
    },
];

pub const UNLINK_BAR: &[Bar] = &[
    bar(&[Key::letter('y')], "unlink"),
    bar(&[Key::ch('t')], "also reset the token"),
    bar(&[Key::letter('n'), ESC, ENTER], "keep it"),
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
        what: "back to the profiles",
    },
    Row {
        keys: &[(F1, UnlinkDone::Help), (QUESTION, UnlinkDone::Help)],
        sep: ", ",
        what: "this list",
    },
];

pub const UNLINK_DONE_BAR: &[Bar] = &[bar(&[ENTER], "back to the profiles")];

/// The F1 box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Close,
}

pub const KEYS: Table<Keys> = &[Row {
    keys: &[
        (ESC, Keys::Close),
        (F1, Keys::Close),
        (ENTER, Keys::Close),
        (QUESTION, Keys::Close),
        (Key::ch('q'), Keys::Close),
    ],
    sep: ", ",
    what: "close this list",
}];

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
        what: "trust it, for this profile's URL only",
    },
    Row {
        keys: &[
            (Key::letter('n'), TrustCert::Decline),
            (ESC, TrustCert::Decline),
        ],
        sep: ", ",
        what: "do not trust it",
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
        what: "quit (or back to the profiles), dropping the form",
    },
    Row {
        keys: &[(Key::letter('n'), ConfirmQuit::No), (ESC, ConfirmQuit::No)],
        sep: ", ",
        what: "keep editing",
    },
];
