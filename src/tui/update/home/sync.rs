//! The list of profiles kept in step: the re-checks at start, their results, and the
//! config read again after every change.

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
            app.notice = Some(format!("cannot read the profiles again: {e}"));
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
            format!(
                "the token is missing from {}: Enter to type it again",
                crate::link::store_place(result.record.token_store)
            )
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
        app.notice = Some(format!(
            "the checks ran, but the time of verification could not be recorded: {e}"
        ));
    }
    Vec::new()
}

/// A default or rename was written (or not).
pub fn stored(app: &mut App, change: &Change, result: Result<String, Failure>) -> Vec<Effect> {
    app.home.busy = false;
    let (notice, effects) = match (change, result) {
        (Change::Default(_), Ok(name)) => (
            format!("{name} is the default profile now."),
            vec![Effect::LoadConfig],
        ),
        (Change::Rename { old, .. }, Ok(name)) => (
            format!("Renamed {old} to {name}."),
            vec![Effect::LoadConfig],
        ),
        (Change::Default(_), Err(e)) => (format!("the default was not changed: {e}"), Vec::new()),
        (Change::Rename { old, .. }, Err(e)) => (format!("{old} was not renamed: {e}"), Vec::new()),
    };
    if effects.is_empty() {
        app.home.select = None;
    }
    app.notice = Some(notice);
    effects
}
