//! `doctor [--fix]`: the keyring backend, the config and its permissions, profiles whose
//! token cannot be read, orphaned secrets of this config dir, and whether each profile's
//! URL still answers `GET /api` as Chatwoot (no token is sent).

mod print;
mod reach;

use crate::cli::list::open_store_quiet;
use crate::cli::{Exit, GlobalArgs, Outcome};
use crate::i18n::{Msg, msg};
use crate::store::{DoctorReport, Store, TokenStoreKind};

use reach::Reach;

/// Exit 3 for any storage problem, else 1 when a profile's server does not answer, else 0.
pub async fn run(global: &GlobalArgs, fix: bool, offline: bool) -> Outcome {
    let store = open_store_quiet(global)?;
    // The servers are asked while the keyring is probed; the config is read on its own
    // here because the store's report comes only after the keyring answered.
    let profiles = if offline {
        std::collections::BTreeMap::new()
    } else {
        store.config().map(|c| c.profiles).unwrap_or_default()
    };
    let s = store.clone();
    let local = crate::store::off_thread(move || {
        let fixed = if fix { repair(&s) } else { Vec::new() };
        Ok((fixed, s.doctor()))
    });
    let (local, reach) = tokio::join!(local, reach::all(&store, &profiles, global));
    let (fixed, report) = local?;
    let storage_ok = storage_healthy(&report);
    let reach_ok = reach.iter().all(|r| r.result.is_ok());
    if global.json {
        say!(
            "{}",
            print::to_json(&report, storage_ok && reach_ok, &fixed, &reach, global)
        );
    } else {
        print::text(&report, &fixed, &reach, global);
    }
    Ok(if !storage_ok {
        Exit::Storage
    } else if !reach_ok {
        Exit::CheckFailed
    } else {
        Exit::Ok
    })
}

/// Fixes what can be fixed without asking: permissions, temp files of interrupted saves
/// and this instance's orphans. (A file's owner, or a lost token, only the user can fix:
/// the report says how.)
fn repair(store: &Store) -> Vec<Msg> {
    let mut done = Vec::new();
    if let Err(e) = store.fix_permissions() {
        done.push(msg!(doctor_fixed_permissions_failed, cause = e.msg()));
    }
    match store.remove_leftovers() {
        Ok(removed) => done.extend(removed.into_iter().map(|(l, r)| {
            let path = l.path.display().to_string();
            match r {
                Ok(()) if l.holds_tokens => msg!(doctor_fixed_deleted_tokens, path = path),
                Ok(()) => msg!(doctor_fixed_deleted, path = path),
                Err(e) => msg!(doctor_fixed_delete_failed, cause = e.msg()),
            }
        })),
        Err(e) => done.push(msg!(doctor_fixed_deletes_failed, cause = e.msg())),
    }
    let before = store.doctor();
    if before.orphans.is_empty() {
        return done;
    }
    match store.remove_orphans(&before.orphans) {
        Ok(results) => {
            for (o, r) in results {
                done.push(match r {
                    Ok(_) => msg!(doctor_fixed_removed, key = &o.key, store = o.store.as_str()),
                    Err(e) => msg!(doctor_fixed_remove_failed, key = &o.key, cause = e.msg()),
                });
            }
        }
        Err(e) => done.push(msg!(doctor_fixed_removes_failed, cause = e.msg())),
    }
    done
}

/// Whether a failing backend of `kind` is a problem: when a profile uses it, or when there
/// are no profiles yet (the next `add` needs the keyring).
fn needed(r: &DoctorReport, kind: TokenStoreKind) -> bool {
    r.config.as_ref().is_ok_and(|c| {
        c.profiles.is_empty() && kind == TokenStoreKind::Keyring
            || c.profiles.values().any(|p| p.token_store == kind)
    })
}

fn storage_healthy(r: &DoctorReport) -> bool {
    r.config.is_ok()
        && r.permissions.is_empty()
        && r.backends
            .iter()
            .all(|b| b.probe.is_ok() || !needed(r, b.kind))
        && r.secrets.is_empty()
        && r.orphans.is_empty()
        && r.leftovers.is_empty()
        && r.foreign.is_empty()
}
