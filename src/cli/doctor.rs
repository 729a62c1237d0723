//! `doctor [--fix]`: the keyring backend, the config and its permissions, profiles whose
//! token cannot be read, orphaned secrets of this config dir. No network.

use serde_json::json;

use crate::cli::{Exit, GlobalArgs, Outcome};
use crate::store::{DoctorReport, Store, TokenStoreKind};

use super::list::open_store;

pub fn run(global: &GlobalArgs, fix: bool) -> Outcome {
    let store = open_store(global)?;
    let mut fixed = Vec::new();
    if fix {
        fixed = repair(&store);
    }
    let report = store.doctor();
    let ok = healthy(&report);
    if global.json {
        println!("{}", to_json(&report, ok, &fixed));
    } else {
        print_text(&report, &fixed);
    }
    Ok(if ok { Exit::Ok } else { Exit::Storage })
}

/// Fixes what can be fixed without asking: permissions and this instance's orphans.
fn repair(store: &Store) -> Vec<String> {
    let mut done = Vec::new();
    match store.fix_permissions() {
        Ok(()) => {}
        Err(e) => done.push(format!("could not fix permissions: {e}")),
    }
    let before = store.doctor();
    if before.orphans.is_empty() {
        return done;
    }
    match store.remove_orphans(&before.orphans) {
        Ok(results) => {
            for (o, r) in results {
                done.push(match r {
                    Ok(_) => format!(
                        "removed orphaned secret {} from the {} store",
                        o.key, o.store
                    ),
                    Err(e) => format!("could not remove orphaned secret {}: {e}", o.key),
                });
            }
        }
        Err(e) => done.push(format!("could not remove orphans: {e}")),
    }
    done
}

/// A failing backend counts when a profile uses it, or when there are no profiles yet
/// (the next `add` needs the keyring).
fn healthy(r: &DoctorReport) -> bool {
    let Ok(config) = &r.config else {
        return false;
    };
    let used = |kind: TokenStoreKind| {
        config.profiles.is_empty() && kind == TokenStoreKind::Keyring
            || config.profiles.values().any(|p| p.token_store == kind)
    };
    r.permissions.is_empty()
        && r.backends.iter().all(|b| b.probe.is_ok() || !used(b.kind))
        && r.secrets.is_empty()
        && r.orphans.is_empty()
}

fn print_text(r: &DoctorReport, fixed: &[String]) {
    for line in fixed {
        println!("fixed        {line}");
    }
    println!("config dir   {}", r.dir.display());
    match &r.config {
        Ok(c) if c.instance.is_none() => {
            println!("config       ok: nothing saved yet (no profiles.toml)");
        }
        Ok(c) => println!(
            "config       ok: {} profile(s), default {}",
            c.profiles.len(),
            c.default.as_deref().unwrap_or("none")
        ),
        Err(e) => println!("config       PROBLEM: {e}"),
    }
    if r.permissions.is_empty() {
        println!("permissions  ok (directory 0700, files 0600)");
    }
    for p in &r.permissions {
        println!(
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
            Ok(()) => println!(
                "{name:<12} ok: {} (write, read back, delete)",
                b.description
            ),
            Err(e) => println!("{name:<12} PROBLEM: {e}"),
        }
        if b.searchable == Some(false) {
            println!(
                "{name:<12} note: this backend cannot list its entries, so orphaned secrets cannot be found there"
            );
        }
    }
    if let Ok(c) = &r.config
        && r.secrets.is_empty()
        && !c.profiles.is_empty()
    {
        println!("secrets      ok: every profile's token can be read");
    }
    for s in &r.secrets {
        println!("secrets      PROBLEM: {}: {}", s.name, s.error);
    }
    let unsearched: Vec<&str> = r
        .backends
        .iter()
        .filter(|b| b.probe.is_err())
        .map(|b| b.kind.as_str())
        .collect();
    if !unsearched.is_empty() {
        println!(
            "orphans      not searched in: {} (not reachable)",
            unsearched.join(", ")
        );
    }
    if r.orphans.is_empty() {
        println!("orphans      none found (secrets of this config dir that no profile uses)");
    } else {
        println!(
            "orphans      {} secret(s) of this config dir that no profile uses (doctor --fix removes them):",
            r.orphans.len()
        );
        for o in &r.orphans {
            println!("             {} {}", o.store, o.key);
        }
    }
}

fn to_json(r: &DoctorReport, ok: bool, fixed: &[String]) -> serde_json::Value {
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
            "error": b.probe.as_ref().err().map(ToString::to_string),
            "searchable": b.searchable,
        })).collect::<Vec<_>>(),
        "secrets": r.secrets.iter().map(|s| json!({
            "name": s.name, "store": s.store.as_str(), "error": s.error.to_string(),
        })).collect::<Vec<_>>(),
        "orphans": r.orphans.iter().map(|o| json!({
            "store": o.store.as_str(), "key": o.key,
        })).collect::<Vec<_>>(),
        "fixed": fixed,
    })
}
