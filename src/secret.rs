//! The API access token type: redacted everywhere except where it is sent or stored.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// Chatwoot tokens are 24 base58 characters (`has_secure_token`); older or custom
/// installations may differ, so only absurd lengths are refused.
const MIN_LEN: usize = 8;
const MAX_LEN: usize = 256;

/// A Chatwoot user API access token.
///
/// `Debug` and `Display` print `[redacted]`; the value is reachable only through
/// [`Token::expose`], which is called where the token is sent (the HTTP header) or stored
/// (the secret store). The memory is zeroed on drop by `secrecy`.
#[derive(Clone)]
pub struct Token(SecretString);

/// Why a typed or pasted token cannot be a Chatwoot token (the local part of the `token` check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenFormatError {
    Empty,
    InnerWhitespace,
    /// The length in characters.
    TooShort(usize),
    TooLong(usize),
    Control,
}

impl TokenFormatError {
    /// What is wrong and where to copy the token from (never the input itself).
    pub fn msg(&self) -> crate::i18n::Msg {
        use crate::i18n::msg;
        match *self {
            Self::Empty => msg!(secret_token_empty),
            Self::InnerWhitespace => msg!(secret_token_spaces),
            Self::TooShort(count) => msg!(secret_token_too_short, count = count),
            Self::TooLong(count) => msg!(secret_token_too_long, count = count),
            Self::Control => msg!(secret_token_control),
        }
    }
}

/// In the current language.
impl fmt::Display for TokenFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.msg(), f)
    }
}

impl std::error::Error for TokenFormatError {}

impl Token {
    /// Trims surrounding whitespace and checks the shape; the error never contains the input.
    pub fn parse(input: &str) -> Result<Self, TokenFormatError> {
        let t = input.trim();
        let len = t.chars().count();
        if t.is_empty() {
            Err(TokenFormatError::Empty)
        } else if t.chars().any(char::is_whitespace) {
            Err(TokenFormatError::InnerWhitespace)
        } else if t.chars().any(char::is_control) {
            Err(TokenFormatError::Control)
        } else if len < MIN_LEN {
            Err(TokenFormatError::TooShort(len))
        } else if len > MAX_LEN {
            Err(TokenFormatError::TooLong(len))
        } else {
            Ok(Self(SecretString::from(t.to_owned())))
        }
    }

    /// Wraps a value that came from a trusted place (the secret store, a server response)
    /// without checking its shape.
    pub fn from_trusted(value: String) -> Self {
        Self(SecretString::from(value))
    }

    /// The secret itself. Call only to send or store it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Converts into the `secrecy` type the library face hands to integrations.
    pub fn into_secret(self) -> SecretString {
        self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token([redacted])")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl PartialEq for Token {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for Token {}

impl std::hash::Hash for Token {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.expose().hash(state);
    }
}

/// Makes the process unable to leave the token in a core dump: `RLIMIT_CORE` 0 and, on
/// Linux, not dumpable (which also keeps other users' ptrace out). Best effort: a failure
/// is ignored because it only weakens a defence, it does not break anything.
pub fn harden_process() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let _ = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        );
    }
    #[cfg(target_os = "linux")]
    {
        let _ =
            rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "hPZ3kT9vUq2mNwXyR4sLbC8d";

    #[test]
    fn debug_and_display_are_redacted() {
        let t = Token::parse(T).expect("valid");
        assert!(!format!("{t:?}").contains(T));
        assert!(!format!("{t}").contains(T));
        assert!(!format!("{:?}", Some(&t)).contains(T));
        assert_eq!(t.expose(), T);
    }

    #[test]
    fn parse_trims_and_refuses_bad_shapes() {
        assert_eq!(
            Token::parse(&format!("  {T}\n")).expect("trimmed").expose(),
            T
        );
        assert_eq!(Token::parse("   ").unwrap_err(), TokenFormatError::Empty);
        assert_eq!(
            Token::parse("abcdefgh ijklmnop").unwrap_err(),
            TokenFormatError::InnerWhitespace
        );
        assert_eq!(
            Token::parse("abc").unwrap_err(),
            TokenFormatError::TooShort(3)
        );
        assert_eq!(
            Token::parse(&"a".repeat(300)).unwrap_err(),
            TokenFormatError::TooLong(300)
        );
        assert_eq!(
            Token::parse("abcd\u{7}efghijk").unwrap_err(),
            TokenFormatError::Control
        );
    }

    #[test]
    fn errors_never_echo_the_input() {
        let secret = "secretsecret withspace";
        let e = Token::parse(secret).unwrap_err();
        assert!(!e.to_string().contains("secretsecret"));
    }

    #[test]
    fn format_errors_count_characters_and_speak_the_language() {
        use crate::i18n::{Lang, with_language};
        let one = TokenFormatError::TooShort(1);
        assert!(
            one.msg()
                .english()
                .starts_with("the token is too short (1 character;")
        );
        assert!(
            TokenFormatError::TooLong(300)
                .to_string()
                .contains("(300 characters;")
        );
        let es = with_language(Lang::Es, || one.to_string());
        assert!(
            es.starts_with("el token es demasiado corto (1 carácter;"),
            "{es}"
        );
        assert!(es.ends_with("Ajustes del perfil → Token de acceso"), "{es}");
        let pt = TokenFormatError::Empty.msg().in_lang(Lang::PtBr);
        assert!(
            pt.ends_with("Configurações do Perfil → Token de acesso"),
            "{pt}"
        );
    }
}
