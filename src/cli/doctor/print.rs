//! `doctor`'s report: one line per finding for people, one object for `--json`.

use serde_json::json;

use super::Reach;
use crate::cli::store_message;
use crate::store::{DoctorReport, StoreError, TokenStoreKind};

pub fn text(r: &DoctorReport, fixed: &[String], reach: &[Reach]) {
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
    if r.permissions.is_empty() {
        say!("permissions  ok (directory 0700, files 0600)");
    }
    for p in &r.permissions {
        say!(
            "permissions  PROBLEM: {} is {:o}, should be {:o} (doctor --fix sets it)",
            p.path.display(),
            p.mode,
            p.expected
        );
    }
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
            store_message(&s.error)
        );
    }
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

pub fn to_json(r: &DoctorReport, ok: bool, fixed: &[String], reach: &[Reach]) -> serde_json::Value {
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
            "error": store_message(&s.error),
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
