//! `doctor`'s report: one line per finding for people, one object for `--json`.

use serde_json::json;

use super::Reach;
use crate::cli::{GlobalArgs, store_message};
use crate::store::{DoctorReport, Leftover, SecretProblem, StoreError, TokenStoreKind};

/// What a leftover temp file holds, when that matters: " (a copy of tokens.toml: ...)".
pub fn leftover_note(l: &Leftover) -> &'static str {
    if l.holds_tokens {
        " (a copy of tokens.toml: tokens in plain text)"
    } else {
        ""
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
        StoreError::SecretMissing { store, .. } => format!(
            "its token is gone from the {store} store (a keyring stopped before it saved it, or \
             the entry was deleted); only you can repair it: enter the token again with `{}` \
             (it is checked against the server; the rest of the profile is kept)",
            reenter(global, &s.name)
        ),
        e => store_message(e),
    }
}

pub fn text(r: &DoctorReport, fixed: &[String], reach: &[Reach], global: &GlobalArgs) {
    for line in fixed {
        say!("fixed        {line}");
    }
    say!("config dir   {}", r.dir.display());
    match &r.config {
        Ok(c) if c.instance.is_none() => {
            say!("config       ok: nothing saved yet (no profiles.toml)");
        }
        Ok(c) => say!(
            "config       ok: {} profile(s), default {}",
            c.profiles.len(),
            c.default.as_deref().unwrap_or("none")
        ),
        Err(e) => say!("config       PROBLEM: {e}"),
    }
    files(r);
    for b in &r.backends {
        let name = match b.kind {
            TokenStoreKind::Keyring => "keyring",
            TokenStoreKind::File => "file store",
        };
        match &b.probe {
            Ok(()) => say!(
                "{name:<12} ok: {} (write, read back, delete)",
                b.description
            ),
            Err(e) if super::needed(r, b.kind) => say!("{name:<12} PROBLEM: {}", store_message(e)),
            Err(e) => say!(
                "{name:<12} not usable, but no profile uses it: {}",
                store_message(e)
            ),
        }
        if b.searchable == Some(false) {
            say!(
                "{name:<12} note: this backend cannot list its entries, so orphaned secrets cannot be found there"
            );
        }
    }
    if let Ok(c) = &r.config
        && r.secrets.is_empty()
        && !c.profiles.is_empty()
    {
        say!("secrets      ok: every profile's token can be read");
    }
    for s in &r.secrets {
        say!(
            "secrets      PROBLEM: {}: {}",
            s.name,
            secret_line(s, global)
        );
    }
    leftovers(r);
    let unsearched: Vec<&str> = r
        .backends
        .iter()
        .filter(|b| b.probe.is_err())
        .map(|b| b.kind.as_str())
        .collect();
    if !unsearched.is_empty() {
        say!(
            "orphans      not searched in: {} (not reachable)",
            unsearched.join(", ")
        );
    }
    if r.orphans.is_empty() {
        say!("orphans      none found (secrets of this config dir that no profile uses)");
    } else {
        say!(
            "orphans      {} secret(s) of this config dir that no profile uses (doctor --fix removes them):",
            r.orphans.len()
        );
        for o in &r.orphans {
            say!("             {} {}", o.store, o.key);
        }
    }
    servers(reach);
}

/// Modes and owners of DIR and its files.
fn files(r: &DoctorReport) {
    if r.permissions.is_empty() {
        say!("permissions  ok (directory 0700, files 0600)");
    }
    for p in &r.permissions {
        say!(
            "permissions  PROBLEM: {} is {:o}, should be {:o} (doctor --fix sets it){}",
            p.path.display(),
            p.mode,
            p.expected,
            if p.mode & 0o022 == 0 {
                ""
            } else {
                "; others can write it, so nothing is saved until then"
            }
        );
    }
    for u in &r.foreign {
        say!(
            "ownership    PROBLEM: {u}; nothing is saved until then (doctor --fix does not \
             change owners)"
        );
    }
}

/// Temp files of interrupted saves.
fn leftovers(r: &DoctorReport) {
    if r.leftovers.is_empty() {
        say!("leftovers    none (temp files of interrupted saves)");
    } else {
        say!(
            "leftovers    PROBLEM: {} temp file(s) of interrupted saves (doctor --fix deletes them):",
            r.leftovers.len()
        );
        for l in &r.leftovers {
            say!("             {}{}", l.path.display(), leftover_note(l));
        }
    }
}

/// Whether each profile's server answered.
fn servers(reach: &[Reach]) {
    for c in reach {
        match &c.result {
            Ok(version) if c.degraded => say!(
                "server       {}: {} answers (Chatwoot {version}) but reports its database or \
                 Redis as failing: see the server's logs",
                c.name,
                c.host
            ),
            Ok(version) => say!(
                "server       {}: ok: Chatwoot {version} at {}",
                c.name,
                c.host
            ),
            Err(e) => say!("server       PROBLEM: {}: {e}", c.name),
        }
    }
}

pub fn to_json(
    r: &DoctorReport,
    ok: bool,
    fixed: &[String],
    reach: &[Reach],
    global: &GlobalArgs,
) -> serde_json::Value {
    json!({
        "schema": 1,
        "ok": ok,
        "dir": r.dir.display().to_string(),
        "config": match &r.config {
            Ok(c) => json!({"ok": true, "profiles": c.profiles.len(), "default": c.default}),
            Err(e) => json!({"ok": false, "error": e.to_string()}),
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
            "error": c.result.as_ref().err(),
        })).collect::<Vec<_>>(),
        "fixed": fixed,
    })
}
