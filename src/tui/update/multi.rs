//! Several accounts at once: Space marks accounts in the list; with two or more marked the
//! review shows one profile per account (each checked live, each name editable with `n`),
//! and saving stores the token once for all of them (the link layer's `save_checked`).

use crate::i18n::t;
use crossterm::event::{Event, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;

use super::checks::{free_name, http_allowed};
use crate::checks::CheckReport;
use crate::link::{Checked, ManyInputs};
use crate::secret::Token;
use crate::store::TokenStoreKind;
use crate::tui::keys::{self, MultiReview};
use crate::tui::model::{
    App, Ending, FieldId, KeyringState, ManyLine, Multi, MultiRow, SaveState, Saved, Screen,
    TokenStore, eligible,
};
use crate::tui::msg::{Effect, ManyRequest, SaveError};
use crate::tui::text::profile_name;

/// Space in the list: marks or unmarks the selected account; one that cannot be linked
/// says why instead.
pub fn mark(app: &mut App) -> Vec<Effect> {
    let selected = app.form.list.map_or(0, |l| l.selected);
    let Some(account) = app
        .form
        .filtered_accounts()
        .get(selected)
        .map(|a| (*a).clone())
    else {
        return Vec::new();
    };
    if !app.form.mode.is_add() {
        app.notice = Some(t!(wizard_multi_only_new));
        return Vec::new();
    }
    if !eligible(&account) {
        app.notice = Some(if account.role == "administrator" {
            t!(
                wizard_multi_account_inactive,
                id = account.id.to_string(),
                status = account.status.as_str()
            )
        } else {
            t!(
                wizard_multi_not_admin,
                id = account.id.to_string(),
                role = account.role.as_str()
            )
        });
        return Vec::new();
    }
    let marked = &mut app.form.marked;
    if let Some(at) = marked.iter().position(|&id| id == account.id) {
        marked.remove(at);
    } else {
        marked.push(account.id);
    }
    // The list's order, so the review reads as the list did.
    let order: Vec<u64> = app.form.report.accounts.iter().map(|a| a.id).collect();
    app.form
        .marked
        .sort_by_key(|id| order.iter().position(|o| o == id));
    app.notice = match app.form.marked.len() {
        0 | 1 => None,
        n => Some(t!(wizard_multi_marked, count = n)),
    };
    Vec::new()
}

/// Drops marks of accounts the token no longer reaches (the token or URL changed).
pub fn keep_known_marks(app: &mut App) {
    let known = &app.form.report.accounts;
    app.form
        .marked
        .retain(|id| known.iter().any(|a| a.id == *id));
}

/// The review of the marked accounts: one row each, named from the account's name, all
/// checked at once.
pub fn open(app: &mut App) -> Vec<Effect> {
    let mut rows: Vec<MultiRow> = Vec::new();
    for id in app.form.marked.clone() {
        let Some(account) = app.form.report.accounts.iter().find(|a| a.id == id) else {
            continue;
        };
        let others: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
        let name = free_name(app, &account.name, id, &others);
        rows.push(MultiRow {
            account: account.clone(),
            name,
            report: None,
        });
    }
    let generation = app.form.live.generation;
    let ids = rows.iter().map(|r| r.account.id).collect();
    app.form.multi = Some(Multi {
        rows,
        selected: 0,
        renaming: None,
        generation,
        outcome: None,
    });
    match inputs(app) {
        Some(inputs) => vec![Effect::CheckAccounts {
            generation,
            inputs: Box::new(inputs),
            ids,
        }],
        None => Vec::new(),
    }
}

/// The shared values as the link layer takes them (`None` without a usable token, which
/// the form's checks prevent).
fn inputs(app: &App) -> Option<ManyInputs> {
    let ids = app.form.marked.clone();
    Some(ManyInputs {
        url: app.form.fields.get(FieldId::Url).trim().to_owned(),
        email: app.form.fields.get(FieldId::Email).trim().to_owned(),
        token: Token::parse(app.form.fields.get(FieldId::Token)).ok()?,
        allow_http: http_allowed(app),
        accounts: crate::link::Accounts::Ids(ids),
        kind: match app.form.token_store {
            TokenStore::Keyring => TokenStoreKind::Keyring,
            TokenStore::File => TokenStoreKind::File,
        },
    })
}

/// One account's check ended.
pub fn account_checked(
    app: &mut App,
    generation: u64,
    account_id: u64,
    report: CheckReport,
) -> Vec<Effect> {
    if let Some(m) = app
        .form
        .multi
        .as_mut()
        .filter(|m| m.generation == generation)
        && let Some(row) = m.rows.iter_mut().find(|r| r.account.id == account_id)
    {
        row.report = Some(report);
    }
    Vec::new()
}

pub fn review_key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    if app.form.save == SaveState::Saving {
        return Vec::new();
    }
    if app
        .form
        .multi
        .as_ref()
        .is_some_and(|m| m.renaming.is_some())
    {
        rename_key(app, key);
        return Vec::new();
    }
    let Some(action) = keys::action(keys::MULTI_REVIEW, key) else {
        return Vec::new();
    };
    let Some(multi) = app.form.multi.as_mut() else {
        return Vec::new();
    };
    match action {
        MultiReview::Down => {
            multi.selected = (multi.selected + 1).min(multi.rows.len().saturating_sub(1));
        }
        MultiReview::Up => multi.selected = multi.selected.saturating_sub(1),
        MultiReview::Rename => {
            if let Some(row) = multi.rows.get(multi.selected) {
                multi.renaming = Some(Input::new(row.name.clone()));
            }
        }
        MultiReview::Save => {
            let keyring_down = match (&app.keyring, &app.form.save) {
                (_, SaveState::NeedsConsent { .. }) => None,
                (KeyringState::Unavailable { reason }, _) => Some(reason.clone()),
                _ => None,
            };
            return match keyring_down {
                Some(reason) if app.form.token_store == TokenStore::Keyring => {
                    app.form.save = SaveState::NeedsConsent { reason };
                    Vec::new()
                }
                _ => save(app, app.form.token_store),
            };
        }
        MultiReview::FileStore => {
            if matches!(app.form.save, SaveState::NeedsConsent { .. }) {
                return save(app, TokenStore::File);
            }
        }
        MultiReview::Back => {
            app.form.multi = None;
            app.form.save = SaveState::Idle;
            app.screen = Screen::Form;
            // Back where the marks were made, with them in view.
            return super::form::focus(app, FieldId::AccountId);
        }
        MultiReview::Help => app.open_keys(),
    }
    Vec::new()
}

/// Typing the new name of the chosen account's profile.
fn rename_key(app: &mut App, key: &KeyEvent) {
    let action = keys::action(keys::RENAME, key);
    let problem = match action {
        Some(keys::Rename::Confirm) => rename_problem(app),
        _ => None,
    };
    let Some(multi) = app.form.multi.as_mut() else {
        return;
    };
    match action {
        Some(keys::Rename::Cancel) => multi.renaming = None,
        Some(keys::Rename::Help) => app.open_keys(),
        Some(keys::Rename::Confirm) => match problem {
            Some(Err(problem)) => app.notice = Some(problem),
            Some(Ok(name)) => {
                if let Some(row) = multi.rows.get_mut(multi.selected) {
                    row.name = name;
                }
                multi.renaming = None;
            }
            None => multi.renaming = None,
        },
        None => {
            if let (Some(input), Some(req)) =
                (multi.renaming.as_mut(), to_input_request(&Event::Key(*key)))
            {
                input.handle(req);
            }
        }
    }
}

/// The typed name, normalised, or why it cannot be used (taken by a saved profile or by
/// another row of this review).
fn rename_problem(app: &App) -> Option<Result<String, String>> {
    let multi = app.form.multi.as_ref()?;
    let typed = multi.renaming.as_ref()?.value();
    Some(profile_name(typed).and_then(|name| {
        let other_row = multi
            .rows
            .iter()
            .enumerate()
            .any(|(i, r)| i != multi.selected && r.name == name);
        if app.home.config.profiles.contains_key(&name) || other_row {
            Err(t!(wizard_home_name_taken, name = name.as_str()))
        } else {
            Ok(name)
        }
    }))
}

fn save(app: &mut App, store: TokenStore) -> Vec<Effect> {
    let Some(multi) = &app.form.multi else {
        return Vec::new();
    };
    if !multi.checked() {
        app.notice = Some(t!(wizard_multi_waiting));
        return Vec::new();
    }
    if multi.passing().next().is_none() {
        app.notice = Some(t!(wizard_multi_none_passed));
        return Vec::new();
    }
    let checked = multi
        .passing()
        .filter_map(|r| {
            Some(Checked {
                account_id: r.account.id,
                name: Some(r.name.clone()),
                report: r.report.clone()?,
            })
        })
        .collect();
    let Some(mut inputs) = inputs(app) else {
        return Vec::new();
    };
    inputs.kind = match store {
        TokenStore::Keyring => TokenStoreKind::Keyring,
        TokenStore::File => TokenStoreKind::File,
    };
    app.form.token_store = store;
    app.form.save = SaveState::Saving;
    vec![Effect::SaveMany(Box::new(ManyRequest {
        inputs,
        first: app.form.report.clone(),
        checked,
        trusted_cert: super::trust::trusted_for_url(app).cloned(),
    }))]
}

/// The save ended: the done screen lists what became of each account.
pub fn saved(app: &mut App, result: Result<(Saved, Vec<ManyLine>), SaveError>) -> Vec<Effect> {
    match result {
        Ok((saved, lines)) => {
            app.form.save = SaveState::Idle;
            let host = crate::link::host(app.form.report.url.as_deref().unwrap_or_default());
            for l in lines.iter().filter(|l| l.saved) {
                let name = l.name.as_deref().unwrap_or_default();
                app.summary.push(t!(
                    wizard_multi_summary_linked,
                    name = name,
                    host = host.as_str(),
                    account_id = l.account_id.to_string()
                ));
            }
            if app.quit_after_save {
                app.exit = Some(Ending::Interrupted);
                app.exit_note = Some(t!(wizard_multi_interrupted, names = saved.name.as_str()));
            }
            if let Some(m) = app.form.multi.as_mut() {
                m.outcome = Some(lines);
            }
            app.screen = Screen::Done(saved);
            Vec::new()
        }
        Err(e) => super::review::saved(app, Err(e)),
    }
}

/// The Account IDs the done screen's `i` copies: those saved, comma-separated.
pub fn saved_ids(app: &App) -> Option<String> {
    let lines = app.form.multi.as_ref()?.outcome.as_ref()?;
    let ids: Vec<String> = lines
        .iter()
        .filter(|l| l.saved)
        .map(|l| l.account_id.to_string())
        .collect();
    Some(ids.join(","))
}
