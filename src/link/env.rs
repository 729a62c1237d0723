//! The variables an integration reads, as `env` prints them and the wizard's home screen
//! copies them: one owner, so both faces give the same lines.

use crate::sanitize::sanitize;
use crate::store::ProfileRecord;

/// `1,2` (or `1, 2` with `sep` `", "`); empty for none.
pub fn inbox_list(ids: &[u64], sep: &str) -> String {
    ids.iter().map(u64::to_string).collect::<Vec<_>>().join(sep)
}

/// The profile's variables, without the token (only `env --with-token` adds it).
pub fn env_vars(record: &ProfileRecord) -> Vec<(&'static str, String)> {
    let d = &record.data;
    vec![
        ("CHATWOOT_URL", sanitize(&d.url)),
        ("CHATWOOT_ACCOUNT_ID", d.account_id.to_string()),
        ("CHATWOOT_EMAIL", sanitize(&d.email)),
        // Comma-separated; empty when no inbox was chosen.
        ("CHATWOOT_INBOX_IDS", inbox_list(&d.inbox_ids, ",")),
    ]
}

/// A value in single quotes, safe for `sh` (`'` becomes `'\''`).
pub fn quote(v: &str) -> String {
    format!("'{}'", v.replace('\'', r"'\''"))
}

/// `export NAME='value'`, one line each.
pub fn export_lines(vars: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (k, v) in vars {
        out.push_str("export ");
        out.push_str(k);
        out.push('=');
        out.push_str(&quote(v));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting_survives_single_quotes() {
        assert_eq!(super::quote("a'b"), r"'a'\''b'");
        assert_eq!(super::quote("https://x"), "'https://x'");
    }

    #[test]
    fn export_lines_end_each_line() {
        let vars = [("A", "1".to_owned()), ("B", "x'y".to_owned())];
        assert_eq!(
            super::export_lines(&vars),
            "export A='1'\nexport B='x'\\''y'\n"
        );
    }
}
