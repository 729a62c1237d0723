//! Small text helpers: profile-name slugs and the name rule as the wizard words it, the
//! Account ID inside a pasted dashboard URL, and the wizard's wording of check messages.

use crate::checks::{Code, Remedy};
use crate::i18n::{Msg, msg};

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

/// A remedy as the wizard words it: its own keys and fields, where the command line names
/// flags (it has no `--url`, `--allow-http`, `--timeout`).
pub fn wizard_remedy(remedy: &Remedy) -> Msg {
    match remedy {
        Remedy::TrustCertificate => msg!(wizard_checks_remedy_trust_cert),
        Remedy::TrustNewCertificate => msg!(wizard_checks_remedy_trust_new_cert),
        Remedy::MoreTime => msg!(wizard_checks_remedy_more_time),
        Remedy::UseUrl {
            url,
            allow_http: false,
        } => msg!(wizard_checks_remedy_use_url, url = url),
        Remedy::UseUrl {
            url,
            allow_http: true,
        } => msg!(wizard_checks_remedy_use_url_http, url = url),
        Remedy::AllowHttp => msg!(wizard_checks_remedy_allow_http),
        // The wizard asked for the consent itself (Ctrl-O): no flag to name.
        Remedy::HttpAllowed { .. } => remedy.consented(),
    }
}

/// A check's message as the wizard tells it, in the current language: `message` gives the
/// message with its remedy worded by the function it is handed ([`wizard_remedy`] here).
pub fn for_wizard(code: Code, message: impl FnOnce(&dyn Fn(&Remedy) -> Msg) -> Msg) -> String {
    if code == Code::InsecureHttp {
        return msg!(wizard_checks_insecure_http).to_string();
    }
    message(&wizard_remedy).to_string()
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

    /// The wizard's wording of a remedy is its own message in each language, never the
    /// command line's flag.
    #[test]
    fn the_wizard_words_remedies_in_each_language() {
        use crate::chatwoot::Error;
        use crate::i18n::{Lang, with_language};
        let e = Error::Timeout {
            host: "chat.example.com".to_owned(),
            secs: 10,
        };
        let told = |lang| with_language(lang, || for_wizard(Code::Timeout, |w| e.msg_with(w)));
        assert!(
            told(Lang::En).ends_with("or press Ctrl-L to check again if the server is just slow"),
            "{}",
            told(Lang::En)
        );
        let es = told(Lang::Es);
        assert!(es.contains("presiona Ctrl-L") && !es.contains("--"), "{es}");
        let pt = told(Lang::PtBr);
        assert!(
            pt.contains("pressione Ctrl-L") && !pt.contains("--"),
            "{pt}"
        );
        let insecure = with_language(Lang::Es, || {
            for_wizard(Code::InsecureHttp, |w| e.msg_with(w))
        });
        assert!(insecure.ends_with("Ctrl-O"), "{insecure}");
    }
}
