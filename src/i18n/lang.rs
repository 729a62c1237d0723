//! The three languages and how the user's is chosen: `--lang`, else `CHATWOOT_LINK_LANG`,
//! else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set and not empty).

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// A language chatwoot-link speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Lang {
    #[default]
    En = 0,
    /// Neutral Latin-American Spanish.
    Es = 1,
    /// Brazilian Portuguese.
    PtBr = 2,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::PtBr];

    /// The code `--lang` takes and the directory under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
        }
    }

    pub(super) fn from_index(i: u8) -> Lang {
        Lang::ALL.get(usize::from(i)).copied().unwrap_or_default()
    }

    pub(super) fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }

    /// The language of a POSIX locale name (`es_MX.UTF-8`, `pt_PT`, `C`): `es_*` is
    /// Spanish, `pt_*` Brazilian Portuguese (the one we have), anything else English.
    pub fn of_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "es" => Lang::Es,
            "pt" => Lang::PtBr,
            _ => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language name chatwoot-link does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a language chatwoot-link speaks: use en, es or pt-BR")]
pub struct LangError(pub String);

/// `en`, `es`, `pt-BR`; case and `_` for `-` do not matter, and `pt` is `pt-BR`.
impl FromStr for Lang {
    type Err = LangError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "en" => Ok(Lang::En),
            "es" => Ok(Lang::Es),
            "pt-br" | "pt" => Ok(Lang::PtBr),
            _ => Err(LangError(s.to_owned())),
        }
    }
}

/// The language from `--lang` (`flag`), else from the environment as read by `var`.
/// A `CHATWOOT_LINK_LANG` that names no language is reported (the `Err`, with the language
/// the locale gives) rather than silently ignored.
pub fn from_environment(
    flag: Option<Lang>,
    var: impl Fn(&str) -> Option<String>,
) -> (Lang, Option<LangError>) {
    if let Some(lang) = flag {
        return (lang, None);
    }
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let from_locale = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| set(name))
            .map_or(Lang::En, |locale| Lang::of_locale(&locale))
    };
    match set("CHATWOOT_LINK_LANG").map(|v| v.parse::<Lang>()) {
        Some(Ok(lang)) => (lang, None),
        Some(Err(e)) => (from_locale(), Some(e)),
        None => (from_locale(), None),
    }
}
