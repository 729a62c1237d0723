//! The profile-name rule: `^[a-z0-9][a-z0-9._-]{0,31}$`, lower-cased.

use super::error::StoreError;

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
    pub fn advice(self) -> &'static str {
        match self {
            Self::Empty => "give the profile a name",
            Self::BadStart => "start with a letter or a digit",
            Self::BadCharacter => "use only letters, digits, '.', '_' or '-'",
            Self::TooLong => "it is longer than 32 characters",
        }
    }
}

impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Empty => "it is empty",
            Self::BadStart => "it must start with a letter or a digit",
            Self::BadCharacter => "it holds a character that is not allowed",
            Self::TooLong => "it is longer than 32 characters",
        })
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
    fn the_too_long_texts_name_the_limit() {
        let max = NAME_MAX.to_string();
        assert!(NameProblem::TooLong.advice().contains(&max));
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
