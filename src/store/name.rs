//! The profile-name rule: `^[a-z0-9][a-z0-9._-]{0,31}$`, lower-cased.

use super::error::StoreError;
use crate::i18n::{Msg, msg};

/// Longest profile name, in characters.
pub const NAME_MAX: usize = 32;

/// Why a profile name is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    BadStart,
    BadCharacter,
    TooLong,
}

impl NameProblem {
    /// What to do about it, short enough for the wizard's status line.
    pub fn advice(self) -> Msg {
        match self {
            Self::Empty => msg!(store_name_advice_empty),
            Self::BadStart => msg!(store_name_advice_bad_start),
            Self::BadCharacter => msg!(store_name_advice_bad_character),
            Self::TooLong => msg!(store_name_advice_too_long),
        }
    }

    /// What is wrong ("it is empty").
    pub fn msg(self) -> Msg {
        match self {
            Self::Empty => msg!(store_name_empty),
            Self::BadStart => msg!(store_name_bad_start),
            Self::BadCharacter => msg!(store_name_bad_character),
            Self::TooLong => msg!(store_name_too_long),
        }
    }
}

/// In the current language.
impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

/// Checks a profile name and returns it lower-cased: `^[a-z0-9][a-z0-9._-]{0,31}$`.
pub fn normalize_name(name: &str) -> Result<String, StoreError> {
    let lower = name.trim().to_lowercase();
    let bad = |reason: NameProblem| StoreError::InvalidName {
        name: name.to_owned(),
        reason,
    };
    let mut chars = lower.chars();
    match chars.next() {
        None => return Err(bad(NameProblem::Empty)),
        Some(c) if !(c.is_ascii_lowercase() || c.is_ascii_digit()) => {
            return Err(bad(NameProblem::BadStart));
        }
        Some(_) => {}
    }
    if chars.any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))) {
        return Err(bad(NameProblem::BadCharacter));
    }
    if lower.chars().count() > NAME_MAX {
        return Err(bad(NameProblem::TooLong));
    }
    Ok(lower)
}

/// A profile name made from an account's name: "Acme Inc." → `acme-inc`. Lower-case ASCII
/// letters and digits (accented Latin letters folded to theirs: "Ñandú" → `nandu`); every
/// other run of characters becomes one `-`; at most `NAME_MAX` characters. Empty when
/// nothing usable is left (a name of only non-Latin letters).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let folded = fold_latin(c);
        if folded.is_empty() {
            dash = true;
        } else {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push_str(folded);
        }
    }
    out.truncate(NAME_MAX);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A lower-case letter or digit as ASCII: itself, an accented Latin letter's base
/// (`ñ` → `n`, `æ` → `ae`), or nothing.
fn fold_latin(c: char) -> &'static str {
    const ASCII: [&str; 36] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ];
    match c {
        'a'..='z' => ASCII[usize::from(c as u8 - b'a')],
        '0'..='9' => ASCII[26 + usize::from(c as u8 - b'0')],
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì'..='ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'þ' => "th",
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    }
}

/// The known name `typed` was most likely meant to be, for "did you mean": the closest by
/// edit distance when it is at most a third of the name (at least 1), else the only name
/// that starts with or contains `typed`.
pub fn closest<'a>(typed: &str, known: &'a [String]) -> Option<&'a str> {
    let typed = typed.trim().to_lowercase();
    let limit = (typed.chars().count() / 3).max(1);
    let near = known
        .iter()
        .map(|k| (edit_distance(&typed, k), k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str());
    near.or_else(|| {
        let mut holding = known
            .iter()
            .filter(|k| !typed.is_empty() && k.contains(&typed));
        match (holding.next(), holding.next()) {
            (Some(only), None) => Some(only.as_str()),
            _ => None,
        }
    })
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lowercased_and_checked() {
        assert_eq!(normalize_name("Acme-1").expect("valid"), "acme-1");
        assert_eq!(normalize_name("a.b_c").expect("valid"), "a.b_c");
        assert!(normalize_name("").is_err());
        assert!(normalize_name("-acme").is_err());
        assert!(normalize_name("ac me").is_err());
        assert!(normalize_name("acmé").is_err());
        assert!(normalize_name(&"a".repeat(NAME_MAX)).is_ok());
        assert!(normalize_name(&"a".repeat(NAME_MAX + 1)).is_err());
    }

    #[test]
    fn slugs_are_valid_names() {
        assert_eq!(slug("  Globex -- EU "), "globex-eu");
        assert_eq!(slug("Ñandú"), "nandu");
        assert_eq!(slug("日本"), "");
        assert_eq!(
            normalize_name(&slug("Old Co. (2019)")).ok().as_deref(),
            Some("old-co-2019")
        );
    }

    #[test]
    fn did_you_mean_picks_a_close_or_the_only_containing_name() {
        let known: Vec<String> = ["acme", "acme-prod", "beta", "solo-shop"]
            .map(String::from)
            .to_vec();
        assert_eq!(closest("acm", &known), Some("acme"));
        assert_eq!(closest("ACME-PRD", &known), Some("acme-prod"));
        assert_eq!(closest("bta", &known), Some("beta"));
        assert_eq!(closest("shop", &known), Some("solo-shop"));
        assert_eq!(closest("prod", &known), Some("acme-prod"));
        assert_eq!(closest("nope", &known), None);
        assert_eq!(
            closest("a", &known),
            None,
            "too short to guess among several"
        );
        assert_eq!(closest("x", &[]), None);
    }

    #[test]
    fn the_too_long_texts_name_the_limit() {
        let max = NAME_MAX.to_string();
        assert!(NameProblem::TooLong.advice().english().contains(&max));
        assert!(NameProblem::TooLong.to_string().contains(&max));
    }

    proptest::proptest! {
        #[test]
        fn valid_names_are_their_own_normal_form(name in "[a-z0-9][a-z0-9._-]{0,31}") {
            proptest::prop_assert_eq!(normalize_name(&name).expect("valid"), name);
        }

        #[test]
        fn any_input_gives_a_valid_name_or_an_error(input in "\\PC{0,40}") {
            if let Ok(n) = normalize_name(&input) {
                proptest::prop_assert!(n.len() <= NAME_MAX);
                proptest::prop_assert!(n.chars().all(|c| c.is_ascii_lowercase()
                    || c.is_ascii_digit() || "._-".contains(c)));
            }
        }
    }
}
