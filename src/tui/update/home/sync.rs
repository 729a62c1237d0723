//! The list of profiles kept in step: the re-checks at start, their results, and the
//! config read again after every change.

use crate::i18n::t;
use crate::store::{Config, ProfileRecord};
use crate::tui::model::{App, RowResult, RowState};
use crate::tui::msg::{Change, Effect, Failure};

/// The first effects of a re-run: every profile re-checked at once.
pub fn init(app: &mut App) -> Vec<Effect> {
    check_all(app, Effect::StatusAll)
}

/// Marks every profile as checking and asks for one shared re-check of all of them, as
/// `run` says (with the cache's answers, or `V`'s fresh requests).
pub(super) fn check_all(
    app: &mut App,
    run: fn(Vec<(String, ProfileRecord)>) -> Effect,
) -> Vec<Effect> {
    let profiles: Vec<(String, ProfileRecord)> = app
        .home
        .config
        .profiles
        .iter()
        .map(|(n, r)| (n.clone(), r.clone()))
        .collect();
    if profiles.is_empty() {
        return Vec::new();
    }
    for (_, r) in &profiles {
        app.home.states.insert(r.id, RowState::Checking);
    }
    vec![run(profiles)]
}

/// The config as read again: rows whose profile did not change keep their state; new or
/// changed ones are re-checked.
pub fn config_loaded(app: &mut App, result: Result<Config, Failure>) -> Vec<Effect> {
    let config = match result {
        Ok(c) => c,
        Err(e) => {
            app.notice = Some(t!(wizard_home_reload_failed, error = e.to_string()));
            return Vec::new();
        }
    };
    let old = std::mem::replace(&mut app.home.config, config);
    let mut due = Vec::new();
    let mut states = std::mem::take(&mut app.home.states);
    for (name, record) in &app.home.config.profiles {
        let unchanged = old
            .profiles
            .values()
            .any(|r| r.id == record.id && r.same_revision(record));
        match states.remove(&record.id) {
            Some(s) if unchanged => {
                app.home.states.insert(record.id, s);
            }
            _ => {
                app.home.states.insert(record.id, RowState::Checking);
                due.push((name.clone(), record.clone()));
            }
        }
    }
    if let Some(name) = app.home.select.take()
        && let Some(i) = app.home.visible().iter().position(|n| *n == name)
    {
        app.home.selected = i;
    }
    app.home.clamp();
    if due.is_empty() {
        Vec::new()
    } else {
        vec![Effect::StatusAll(due)]
    }
}

/// One re-check ended: shown unless the profile changed meanwhile.
pub fn status(app: &mut App, result: RowResult) -> Vec<Effect> {
    let current = app
        .home
        .config
        .profiles
        .values()
        .any(|r| r.id == result.record.id && r.same_revision(&result.record));
    if current {
        if let Some(numbers) = result.numbers {
            app.home.numbers.insert(result.record.id, numbers);
        }
        // The store's message names the command that re-enters the token; here Enter does.
        let message = if result.secret_missing {
            let store = match result.record.token_store {
                crate::store::TokenStoreKind::Keyring => "keyring",
                crate::store::TokenStoreKind::File => "file",
            };
            t!(wizard_home_secret_missing, store = store)
        } else {
            result.message
        };
        app.home.states.insert(
            result.record.id,
            RowState::Done {
                status: result.status,
                message,
            },
        );
    }
    Vec::new()
}

/// The passing profiles' new `verified_at`, as written to the config.
pub fn status_done(
    app: &mut App,
    verified: &[uuid::Uuid],
    at: jiff::Timestamp,
    error: Option<Failure>,
) -> Vec<Effect> {
    for r in app.home.config.profiles.values_mut() {
        if verified.contains(&r.id) && at > r.data.verified_at {
            r.data.verified_at = at;
        }
    }
    if let Some(e) = error {
        app.notice = Some(t!(wizard_home_verified_not_recorded, error = e.to_string()));
    }
    Vec::new()
}

/// A default or rename was written (or not).
pub fn stored(app: &mut App, change: &Change, result: Result<String, Failure>) -> Vec<Effect> {
    app.home.busy = false;
    let (notice, effects) = match (change, result) {
        (Change::Default(_), Ok(name)) => (
            t!(wizard_home_default_set, name = name),
            vec![Effect::LoadConfig],
        ),
        (Change::Rename { old, .. }, Ok(name)) => (
            t!(wizard_home_renamed, old = old, name = name),
            vec![Effect::LoadConfig],
        ),
        (Change::Default(_), Err(e)) => (
            t!(wizard_home_default_failed, error = e.to_string()),
            Vec::new(),
        ),
        (Change::Rename { old, .. }, Err(e)) => (
            t!(wizard_home_rename_failed, old = old, error = e.to_string()),
            Vec::new(),
        ),
    };
    if effects.is_empty() {
        app.home.select = None;
    }
    app.notice = Some(notice);
    effects
}
