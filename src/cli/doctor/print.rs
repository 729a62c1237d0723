//! `doctor`'s report: one line per finding for people, one object for `--json`.

use serde_json::json;

use super::Reach;
use crate::cli::{GlobalArgs, store_message};
use crate::i18n::{Lang, Msg, msg, t, with_language};
use crate::store::{DoctorReport, Leftover, SecretProblem, StoreError, TokenStoreKind};

/// A leftover temp file, with what it holds when that matters.
fn leftover_line(l: &Leftover) -> Msg {
    let path = l.path.display().to_string();
    if l.holds_tokens {
        msg!(doctor_leftover_tokens, path = path)
    } else {
        msg!(doctor_leftover, path = path)
    }
}

/// The exact command that re-enters profile `name`'s token, with this run's --config-dir.
fn reenter(global: &GlobalArgs, name: &str) -> String {
    let command = crate::store::reenter_command(name);
    match &global.config_dir {
        Some(dir) => {
            let dir = dir.display().to_string();
            let dir = if dir
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/._-".contains(&b))
            {
                dir
            } else {
                format!("'{}'", dir.replace('\'', r"'\''"))
            };
            command.replacen(
                "chatwoot-link ",
                &format!("chatwoot-link --config-dir {dir} "),
                1,
            )
        }
        None => command,
    }
}

/// A secret problem for people: a lost token gets the command that re-enters it.
fn secret_line(s: &SecretProblem, global: &GlobalArgs) -> String {
    match &s.error {
        StoreError::SecretMissing { store, .. } => t!(
            doctor_secret_missing,
            store = store.as_str(),
            command = reenter(global, &s.name)
        ),
        e => store_message(e),
    }
}

/// The label column, as wide as the longest label in this language (12 in English).
fn width() -> usize {
    [
        msg!(doctor_label_fixed),
        msg!(doctor_label_dir),
        msg!(doctor_label_config),
        msg!(doctor_label_permissions),
        msg!(doctor_label_ownership),
        msg!(doctor_label_keyring),
        msg!(doctor_label_file_store),
        msg!(doctor_label_secrets),
        msg!(doctor_label_leftovers),
        msg!(doctor_label_orphans),
        msg!(doctor_label_server),
    ]
    .iter()
    .map(|l| l.to_string().chars().count())
    .fold(12, usize::max)
}

/// One finding: its label, padded, then what was found.
fn line(label: &Msg, found: impl std::fmt::Display) {
    let w = width();
    say!("{:<w$} {found}", label.to_string());
}

/// A line under the previous one's finding (a file, an orphan).
fn item(found: impl std::fmt::Display) {
    let w = width();
    say!("{:<w$} {found}", "");
}

pub fn text(r: &DoctorReport, fixed: &[Msg], reach: &[Reach], global: &GlobalArgs) {
    for done in fixed {
        line(&msg!(doctor_label_fixed), done);
    }
    line(&msg!(doctor_label_dir), r.dir.display());
    let config = msg!(doctor_label_config);
    match &r.config {
        Ok(c) if c.instance.is_none() => line(&config, msg!(doctor_config_empty)),
        Ok(c) => match c.default.as_deref() {
            Some(d) => line(
                &config,
                msg!(doctor_config_ok, count = c.profiles.len(), default = d),
            ),
            None => line(
                &config,
                msg!(doctor_config_ok_no_default, count = c.profiles.len()),
            ),
        },
        Err(e) => line(&config, msg!(doctor_problem, cause = e.msg())),
    }
    files(r);
    for b in &r.backends {
        let name = match b.kind {
            TokenStoreKind::Keyring => msg!(doctor_label_keyring),
            TokenStoreKind::File => msg!(doctor_label_file_store),
        };
        match &b.probe {
            Ok(()) => line(&name, msg!(doctor_backend_ok, description = &b.description)),
            Err(e) if super::needed(r, b.kind) => {
                line(&name, msg!(doctor_problem, cause = store_message(e)));
            }
            Err(e) => line(&name, msg!(doctor_backend_unused, cause = store_message(e))),
        }
        if b.searchable == Some(false) {
            line(&name, msg!(doctor_backend_unsearchable));
        }
    }
    let secrets = msg!(doctor_label_secrets);
    if let Ok(c) = &r.config
        && r.secrets.is_empty()
        && !c.profiles.is_empty()
    {
        line(&secrets, msg!(doctor_secrets_ok));
    }
    for s in &r.secrets {
        line(
            &secrets,
            msg!(
                doctor_secrets_problem,
                name = &s.name,
                cause = secret_line(s, global)
            ),
        );
    }
    leftovers(r);
    let orphans = msg!(doctor_label_orphans);
    let unsearched: Vec<&str> = r
        .backends
        .iter()
        .filter(|b| b.probe.is_err())
        .map(|b| b.kind.as_str())
        .collect();
    if !unsearched.is_empty() {
        line(
            &orphans,
            msg!(doctor_orphans_unsearched, stores = unsearched.join(", ")),
        );
    }
    if r.orphans.is_empty() {
        line(&orphans, msg!(doctor_orphans_none));
    } else {
        line(
            &orphans,
            msg!(doctor_orphans_found, count = r.orphans.len()),
        );
        for o in &r.orphans {
            item(format!("{} {}", o.store, o.key));
        }
    }
    servers(reach);
}

/// Modes and owners of DIR and its files.
fn files(r: &DoctorReport) {
    let permissions = msg!(doctor_label_permissions);
    if r.permissions.is_empty() {
        line(&permissions, msg!(doctor_permissions_ok));
    }
    for p in &r.permissions {
        let (path, mode, expected) = (
            p.path.display().to_string(),
            format!("{:o}", p.mode),
            format!("{:o}", p.expected),
        );
        let found = if p.mode & 0o022 == 0 {
            msg!(
                doctor_permissions_problem,
                path = path,
                mode = mode,
                expected = expected
            )
        } else {
            msg!(
                doctor_permissions_writable,
                path = path,
                mode = mode,
                expected = expected
            )
        };
        line(&permissions, found);
    }
    for u in &r.foreign {
        line(
            &msg!(doctor_label_ownership),
            msg!(doctor_ownership_problem, cause = u.msg()),
        );
    }
}

/// Temp files of interrupted saves.
fn leftovers(r: &DoctorReport) {
    let label = msg!(doctor_label_leftovers);
    if r.leftovers.is_empty() {
        line(&label, msg!(doctor_leftovers_none));
    } else {
        line(
            &label,
            msg!(doctor_leftovers_found, count = r.leftovers.len()),
        );
        for l in &r.leftovers {
            item(leftover_line(l));
        }
    }
}

/// Whether each profile's server answered.
fn servers(reach: &[Reach]) {
    let label = msg!(doctor_label_server);
    for c in reach {
        let found = match &c.result {
            Ok(version) if c.degraded => msg!(
                doctor_server_degraded,
                name = &c.name,
                host = &c.host,
                version = version
            ),
            Ok(version) => msg!(
                doctor_server_ok,
                name = &c.name,
                version = version,
                host = &c.host
            ),
            Err(e) => msg!(doctor_server_problem, name = &c.name, cause = &e.text),
        };
        line(&label, found);
    }
}

/// The report for programs: always in English, whatever the language of the run.
pub fn to_json(
    r: &DoctorReport,
    ok: bool,
    fixed: &[Msg],
    reach: &[Reach],
    global: &GlobalArgs,
) -> serde_json::Value {
    with_language(Lang::En, || json_english(r, ok, fixed, reach, global))
}

fn json_english(
    r: &DoctorReport,
    ok: bool,
    fixed: &[Msg],
    reach: &[Reach],
    global: &GlobalArgs,
) -> serde_json::Value {
    json!({
        "schema": 1,
        "ok": ok,
        "dir": r.dir.display().to_string(),
        "config": match &r.config {
            Ok(c) => json!({"ok": true, "profiles": c.profiles.len(), "default": c.default}),
            Err(e) => json!({"ok": false, "error": e.msg().english()}),
        },
        "permissions": r.permissions.iter().map(|p| json!({
            "path": p.path.display().to_string(),
            "mode": format!("{:o}", p.mode),
            "expected": format!("{:o}", p.expected),
        })).collect::<Vec<_>>(),
        "backends": r.backends.iter().map(|b| json!({
            "store": b.kind.as_str(),
            "description": b.description,
            "ok": b.probe.is_ok(),
            "error": b.probe.as_ref().err().map(store_message),
            "searchable": b.searchable,
        })).collect::<Vec<_>>(),
        "secrets": r.secrets.iter().map(|s| json!({
            "name": s.name,
            "store": s.store.as_str(),
            "missing": matches!(s.error, StoreError::SecretMissing { .. }),
            "error": secret_line(s, global),
            "fix": matches!(s.error, StoreError::SecretMissing { .. })
                .then(|| reenter(global, &s.name)),
        })).collect::<Vec<_>>(),
        "leftovers": r.leftovers.iter().map(|l| json!({
            "path": l.path.display().to_string(),
            "holds_tokens": l.holds_tokens,
        })).collect::<Vec<_>>(),
        "ownership": r.foreign.iter().map(|u| json!({
            "path": u.path.display().to_string(),
            "problem": u.problem(),
            "fix": u.remedy(),
        })).collect::<Vec<_>>(),
        "orphans": r.orphans.iter().map(|o| json!({
            "store": o.store.as_str(), "key": o.key,
        })).collect::<Vec<_>>(),
        "servers": reach.iter().map(|c| json!({
            "name": c.name,
            "host": c.host,
            "ok": c.result.is_ok(),
            "version": c.result.as_ref().ok(),
            "degraded": c.degraded,
            "error": c.result.as_ref().err().map(|e| &e.english),
        })).collect::<Vec<_>>(),
        "fixed": fixed.iter().map(Msg::english).collect::<Vec<_>>(),
    })
}
