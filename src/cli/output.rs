//! Human output of the checks: one line per check (symbol, id, message), then a summary.
//! Colour is written as ANSI and left to `anstream`, which strips it when stdout is not a
//! terminal or `NO_COLOR` is set; symbols fall back to ASCII when the locale is not UTF-8.

use std::fmt::Write as _;

use crate::checks::{CheckReport, InboxReadiness, ReportCheck, Status, Warning};
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
    let chosen = if i.chosen { ", chosen" } else { "" };
    let mut said: Vec<&str> = i.problems.iter().map(|p| p.code.as_str()).collect();
    if said.is_empty() {
        said = i
            .health
            .iter()
            .flat_map(|h| [&h.status, &h.quality_rating, &h.messaging_limit_tier])
            .flatten()
            .map(String::as_str)
            .collect();
        if said.is_empty() {
            said.push("ready");
        }
    }
    format!(
        "{} (inbox {}, {}{chosen}): {}",
        i.name,
        i.id,
        i.channel,
        said.join(", ")
    )
}

/// What the server said, then the warnings and the verdict.
pub fn summary(report: &CheckReport) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let mut line = |label: &str, value: String| {
        let _ = writeln!(out, "{label:<9} {}", sanitize(&value));
    };
    if let Some(u) = &report.user {
        line("user:", format!("{} <{}> (id {})", u.name, u.email, u.id));
    }
    if let Some(a) = &report.account {
        line(
            "account:",
            format!("{} (id {}), {}, {}", a.name, a.id, a.role, a.status),
        );
    }
    if let Some(s) = &report.server {
        line("server:", format!("Chatwoot {}", s.version));
    }
    if let Some(i) = &report.inboxes {
        line(
            "inboxes:",
            format!("{} visible, {} WhatsApp", i.total, i.whatsapp),
        );
    }
    if let Some(w) = &report.whatsapp {
        for i in &w.inboxes {
            line("whatsapp:", inbox_line(i));
        }
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "warnings:");
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
        0 => format!("{}all checks passed{RESET}", colour(Status::Ok)),
        1 => format!("{}1 check failed{RESET}", colour(Status::Fail)),
        n => format!("{}{n} checks failed{RESET}", colour(Status::Fail)),
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
        r.warnings.push(Warning {
            code: Code::HttpLoopback,
            message: "plain http".into(),
        });
        let s = summary(&r);
        assert!(s.contains("Chatwoot 4.15.1"));
        assert!(s.contains("http_loopback: plain http"));
        assert!(s.contains("all checks passed"));
    }
}
