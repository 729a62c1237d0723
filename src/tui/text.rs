//! Small text helpers: profile-name slugs and the name rule as the wizard words it, the
//! Account ID inside a pasted dashboard URL, and the wizard's wording of check messages.

/// Profile-name slugs are the store's rule (`add` names profiles the same way).
pub use crate::store::slug;

/// The store's own name rule (so the wizard accepts exactly what saving accepts), its
/// refusal worded to fit the status line at 80 columns. Names stay ASCII (they are typed
/// as arguments and read back in scripts and keyring labels on any keyboard), so a name
/// with other letters is refused with the ASCII spelling to use instead: the wizard does
/// not rename behind the user's back.
pub fn profile_name(typed: &str) -> Result<String, String> {
    use crate::store::NameProblem;
    match crate::store::normalize_name(typed) {
        Ok(name) => Ok(name),
        Err(crate::store::StoreError::InvalidName { reason, .. }) => match reason {
            NameProblem::BadCharacter => {
                let spelled = slug(typed);
                Err(if spelled.is_empty() {
                    crate::i18n::t!(wizard_form_name_bad_character)
                } else {
                    crate::i18n::t!(wizard_form_name_bad_character_example, example = spelled)
                })
            }
            other => Err(crate::i18n::t!(
                wizard_form_name_unusable,
                advice = other.advice().to_string()
            )),
        },
        Err(e) => Err(e.to_string()),
    }
}

/// The Account ID in a pasted dashboard URL (`https://host/app/accounts/7/dashboard`), as
/// the engine reads it (`checks::account_id_in_url` owns the rule), as the field's text.
pub fn account_id_in_url(url: &str) -> Option<String> {
    crate::checks::account_id_in_url(url).map(|id| id.to_string())
}

/// Rewrites `http://host…` to `https://host…` (the one-key fix for `redirect_https`).
pub fn to_https(url: &str) -> Option<String> {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    lower
        .starts_with("http://")
        .then(|| format!("https://{}", &trimmed["http://".len()..]))
}

/// A check's message as the wizard tells it: where the engine names a command-line flag,
/// the wizard names its own key or field (it has no `--url`, `--allow-http`, `--timeout`).
pub fn for_wizard(code: crate::checks::Code, message: &str) -> String {
    if code == crate::checks::Code::InsecureHttp {
        // Short enough for the line under the field at 80 columns; the help panel spells
        // out the risk next to the key.
        return "plain http sends the token in clear: use https, or Ctrl-O".to_owned();
    }
    let mut out = message.replace(" (--allow-http)", "");
    if let Some((before, target)) = out.split_once("use --url ") {
        let (url, plain) = match target.strip_suffix(" --allow-http") {
            Some(url) => (url, true),
            None => (target, false),
        };
        let then = if plain { ", then Ctrl-O" } else { "" };
        out = format!("{before}type {url} as the URL{then}");
    }
    out.replace(
        "or pass --allow-http if you accept that",
        "or press Ctrl-O if you accept that",
    )
    .replace(
        "or raise --timeout if the server is just slow",
        "or press Ctrl-L to check again if the server is just slow",
    )
}

/// `s` as one word for a POSIX shell: as it is when it holds nothing special, else in
/// single quotes.
pub fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:,@%=".contains(c));
    if plain {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NAME_MAX;

    #[test]
    fn slugs() {
        assert_eq!(slug("Acme Inc."), "acme-inc");
        assert_eq!(slug("  Ümlaut & Co  "), "umlaut-co");
        assert_eq!(slug("Demo Shop 2"), "demo-shop-2");
        assert_eq!(slug("---"), "");
        assert_eq!(slug(&"x".repeat(40)).len(), NAME_MAX);
        let valid = |n: &str| crate::store::normalize_name(n).is_ok_and(|v| v == n);
        assert!(valid(&slug("Acme Inc.")));
        assert!(valid(&slug(&"ab ".repeat(20))));
    }

    #[test]
    fn dashboard_urls_give_the_account_id() {
        let f = account_id_in_url;
        assert_eq!(
            f("https://chat.example.com/app/accounts/7/dashboard").as_deref(),
            Some("7")
        );
        assert_eq!(f("https://x/app/accounts/123").as_deref(), Some("123"));
        assert_eq!(f("https://x/app/accounts/12x/"), None);
        assert_eq!(f("https://x/app/accounts/0/"), None);
        assert_eq!(f("https://chat.example.com"), None);
    }

    #[test]
    fn https_fix() {
        assert_eq!(
            to_https("http://chat.example.com").as_deref(),
            Some("https://chat.example.com")
        );
        assert_eq!(to_https("https://x"), None);
    }
}
