//! Human output of the checks: one line per check (symbol, id, message), then a summary.
//! Colour is written as ANSI and left to `anstream`, which strips it when stdout is not a
//! terminal or `NO_COLOR` is set; symbols fall back to ASCII when the locale is not UTF-8.

use std::fmt::Write as _;

use crate::checks::{CheckReport, InboxReadiness, ReportCheck, Status, Warning};
use crate::i18n::{msg, t};
use crate::sanitize::sanitize;

/// How to draw symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbols {
    Unicode,
    Ascii,
}

impl Symbols {
    /// From the process locale (`LC_ALL`, then `LC_CTYPE`, then `LANG`).
    pub fn from_env() -> Self {
        let var = |k| std::env::var(k).ok();
        Self::from_locale(
            var("LC_ALL").as_deref(),
            var("LC_CTYPE").as_deref(),
            var("LANG").as_deref(),
        )
    }

    /// The first non-empty of the three decides, as in POSIX; no locale at all is "C",
    /// which is not UTF-8.
    pub fn from_locale(lc_all: Option<&str>, lc_ctype: Option<&str>, lang: Option<&str>) -> Self {
        let effective = [lc_all, lc_ctype, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .unwrap_or("C")
            .to_ascii_lowercase();
        if effective.contains("utf-8") || effective.contains("utf8") {
            Self::Unicode
        } else {
            Self::Ascii
        }
    }

    pub fn status(self, status: Status) -> &'static str {
        match (self, status) {
            (Self::Unicode, Status::Ok) => "✓",
            (Self::Ascii, Status::Ok) => "ok",
            (_, Status::Warn) => "!",
            (Self::Unicode, Status::Fail) => "✗",
            (Self::Ascii, Status::Fail) => "x",
            (_, Status::Skipped) => "-",
            (Self::Unicode, Status::Checking) => "…",
            (Self::Ascii, Status::Checking) => "..",
        }
    }
}

const RESET: &str = "\x1b[0m";

fn colour(status: Status) -> &'static str {
    match status {
        Status::Ok => "\x1b[32m",
        Status::Warn => "\x1b[33m",
        Status::Fail => "\x1b[31m",
        Status::Skipped | Status::Checking => "\x1b[2m",
    }
}

/// A status symbol in its colour, two columns wide (anstream drops the colour where it
/// does not belong).
pub fn symbol(status: Status, symbols: Symbols) -> String {
    format!("{}{:<2}{RESET}", colour(status), symbols.status(status))
}

/// `✓ url        Chatwoot 4.15.1 at https://chat.example.com` (ids padded to the longest,
/// `operations`).
pub fn check_line(c: &ReportCheck, symbols: Symbols) -> String {
    format!(
        "{} {:<10} {}",
        symbol(c.status, symbols),
        c.id.as_str(),
        sanitize(&c.message.to_string())
    )
}

fn warning_line(w: &Warning) -> String {
    format!(
        "  {}!{RESET} {}: {}",
        colour(Status::Warn),
        w.code,
        sanitize(&w.message.to_string())
    )
}

/// `Acme WhatsApp (inbox 1, cloud, chosen): CONNECTED, GREEN, TIER_1K` or the problems' codes.
fn inbox_line(i: &InboxReadiness) -> String {
    let mut said: Vec<&str> = i.problems.iter().map(|p| p.code.as_str()).collect();
    if said.is_empty() {
        said = i
            .health
            .iter()
            .flat_map(|h| [&h.status, &h.quality_rating, &h.messaging_limit_tier])
            .flatten()
            .map(String::as_str)
            .collect();
    }
    let said = if said.is_empty() {
        t!(cli_inbox_ready)
    } else {
        said.join(", ")
    };
    t!(
        cli_summary_inbox,
        name = &i.name,
        id = i.id,
        channel = &i.channel,
        chosen = if i.chosen { "yes" } else { "no" },
        said = said
    )
}

/// What the server said, then the warnings and the verdict.
pub fn summary(report: &CheckReport) -> String {
    let mut out = String::new();
    // The labels line up in every language (9 columns in English).
    let width = [
        t!(cli_label_user),
        t!(cli_label_account),
        t!(cli_label_server),
        t!(cli_label_inboxes),
        t!(cli_label_whatsapp),
    ]
    .iter()
    .map(|l| l.chars().count())
    .max()
    .unwrap_or(0)
    .max(9);
    // Writing to a String cannot fail.
    let mut line = |label: String, value: String| {
        let _ = writeln!(out, "{label:<width$} {}", sanitize(&value));
    };
    if let Some(u) = &report.user {
        line(
            t!(cli_label_user),
            t!(
                cli_summary_user,
                name = &u.name,
                email = &u.email,
                id = u.id
            ),
        );
    }
    if let Some(a) = &report.account {
        line(
            t!(cli_label_account),
            t!(
                cli_summary_account,
                name = &a.name,
                id = a.id,
                role = &a.role,
                status = &a.status
            ),
        );
    }
    if let Some(s) = &report.server {
        line(
            t!(cli_label_server),
            t!(cli_summary_server, version = &s.version),
        );
    }
    if let Some(i) = &report.inboxes {
        line(
            t!(cli_label_inboxes),
            t!(cli_summary_inboxes, total = i.total, whatsapp = i.whatsapp),
        );
    }
    if let Some(w) = &report.whatsapp {
        for i in &w.inboxes {
            line(t!(cli_label_whatsapp), inbox_line(i));
        }
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "{}", msg!(cli_label_warnings));
        for w in &report.warnings {
            let _ = writeln!(out, "{}", warning_line(w));
        }
    }
    let failed = report
        .checks
        .iter()
        .filter(|c| c.status == Status::Fail)
        .count();
    let verdict = match failed {
        0 => format!("{}{}{RESET}", colour(Status::Ok), msg!(cli_all_passed)),
        n => format!(
            "{}{}{RESET}",
            colour(Status::Fail),
            msg!(cli_checks_failed, count = n)
        ),
    };
    let _ = writeln!(out, "{verdict}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{CheckId, Code};

    #[test]
    fn locale_decides_the_symbols() {
        use Symbols::{Ascii, Unicode};
        assert_eq!(
            Symbols::from_locale(None, None, Some("en_US.UTF-8")),
            Unicode
        );
        assert_eq!(
            Symbols::from_locale(None, None, Some("de_DE.utf8")),
            Unicode
        );
        assert_eq!(
            Symbols::from_locale(Some("C"), None, Some("en_US.UTF-8")),
            Ascii
        );
        assert_eq!(
            Symbols::from_locale(Some(""), Some("C.UTF-8"), Some("C")),
            Unicode
        );
        assert_eq!(Symbols::from_locale(None, None, None), Ascii);
        assert_eq!(Symbols::from_locale(None, None, Some("POSIX")), Ascii);
    }

    #[test]
    fn lines_carry_symbol_id_and_clean_message() {
        let c = ReportCheck {
            id: CheckId::Account,
            status: Status::Fail,
            code: Code::NotMember,
            message: "evil\x1b]0;title\x07 name".into(),
        };
        let line = check_line(&c, Symbols::Ascii);
        let plain = line.replace(colour(Status::Fail), "").replace(RESET, "");
        assert_eq!(plain, "x  account    evil name");
        assert!(check_line(&c, Symbols::Unicode).contains('✗'));
    }

    #[test]
    fn summary_says_what_the_server_said() {
        let mut r = CheckReport::new();
        r.server = Some(crate::checks::ServerFacts {
            version: "4.15.1".into(),
        });
        r.warnings
            .push(Warning::new(Code::HttpLoopback, "plain http"));
        let s = summary(&r);
        assert!(s.contains("Chatwoot 4.15.1"));
        assert!(s.contains("http_loopback: plain http"));
        assert!(s.contains("all checks passed"));
    }

    #[test]
    fn summary_in_spanish_and_portuguese_lines_up_and_counts() {
        use crate::i18n::{Lang, with_language};
        let mut r = CheckReport::new();
        r.user = Some(crate::checks::UserFacts {
            id: 7,
            name: "Dana".into(),
            email: "dana@example.com".into(),
        });
        r.inboxes = Some(crate::checks::InboxFacts {
            total: 1,
            whatsapp: 1,
            whatsapp_inboxes: Vec::new(),
        });
        let es = with_language(Lang::Es, || summary(&r));
        assert!(
            es.contains("usuario:  Dana <dana@example.com> (id 7)"),
            "{es}"
        );
        assert!(es.contains("bandejas: 1 visible, 1 de WhatsApp"), "{es}");
        assert!(es.contains("todas las verificaciones pasaron"), "{es}");
        let pt = with_language(Lang::PtBr, || summary(&r));
        assert!(pt.contains("usuário:  Dana"), "{pt}");
        assert!(pt.contains("todas as verificações passaram"), "{pt}");
        // English is unchanged.
        let en = with_language(Lang::En, || summary(&r));
        assert!(
            en.contains("user:     Dana <dana@example.com> (id 7)"),
            "{en}"
        );
        assert!(en.contains("inboxes:  1 visible, 1 WhatsApp"), "{en}");
        for (lang, one, two) in [
            (Lang::En, "1 check failed", "2 checks failed"),
            (
                Lang::Es,
                "1 verificación falló",
                "2 verificaciones fallaron",
            ),
            (
                Lang::PtBr,
                "1 verificação falhou",
                "2 verificações falharam",
            ),
        ] {
            let m =
                |n: usize| with_language(lang, || msg!(cli_checks_failed, count = n).to_string());
            assert_eq!((m(1).as_str(), m(2).as_str()), (one, two));
        }
    }
}
