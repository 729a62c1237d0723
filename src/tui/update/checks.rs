//! The checks as the form sees them: local checks on every keystroke, live runs after a
//! typing pause or when a field is left, results of older inputs dropped.

use crate::checks::{CheckId, CheckInputs, CheckReport, CheckUpdate, Code, Facts, Remedy, Status};
use crate::i18n::Msg;
use crate::secret::Token;
use crate::store::NAME_MAX;
use crate::tui::model::{App, CheckState, FieldId, Screen, Source};
use crate::tui::msg::{DEBOUNCE, Effect};
use crate::tui::text;

/// The checks that depend on each check's input: editing it makes their results stale.
fn dependents(id: CheckId) -> &'static [CheckId] {
    match id {
        CheckId::Url => &CheckId::ALL,
        CheckId::Token => &[
            CheckId::Token,
            CheckId::Email,
            CheckId::Account,
            CheckId::Inboxes,
            CheckId::Operations,
            CheckId::Whatsapp,
        ],
        CheckId::Email => &[CheckId::Email],
        CheckId::Account => &[
            CheckId::Account,
            CheckId::Inboxes,
            CheckId::Operations,
            CheckId::Whatsapp,
        ],
        CheckId::Inboxes => &[CheckId::Inboxes, CheckId::Whatsapp],
        CheckId::Operations => &[CheckId::Operations],
        CheckId::Whatsapp => &[CheckId::Whatsapp],
    }
}

/// A field's text changed: forget what depended on it, check it locally, and schedule the
/// live checks after the typing pause. Older results still on their way become stale.
pub fn edited(app: &mut App, field: FieldId) -> Vec<Effect> {
    app.form.review_pending = false;
    let Some(id) = field.check() else {
        return Vec::new();
    };
    for &dep in dependents(id) {
        *app.form.check_mut(dep) = CheckState::NotChecked;
    }
    // The run in flight is stale now: its spinners stop until the next run starts (which
    // may never come, e.g. when the URL was emptied; an idle form must not keep ticking).
    for c in &mut app.form.checks {
        if *c == CheckState::Checking {
            *c = CheckState::NotChecked;
        }
    }
    forget_facts(&mut app.form.report, id);
    super::multi::keep_known_marks(app);
    local(app, field);
    app.form.live.generation += 1;
    app.form.live.due = true;
    app.form.live.running = false;
    vec![Effect::Debounce {
        generation: app.form.live.generation,
        delay: DEBOUNCE,
    }]
}

fn forget_facts(report: &mut CheckReport, id: CheckId) {
    match id {
        CheckId::Url => *report = CheckReport::new(),
        CheckId::Token => {
            report.user = None;
            report.accounts.clear();
            report.account = None;
            report.inboxes = None;
            report.operations = None;
            report.whatsapp = None;
        }
        CheckId::Account => {
            report.account = None;
            report.inboxes = None;
            report.operations = None;
            report.whatsapp = None;
        }
        CheckId::Email | CheckId::Inboxes | CheckId::Operations | CheckId::Whatsapp => {}
    }
}

/// The instant part of a field's check (the engine's own local rules): a failure shows at
/// once; a pass waits for the live check (shown as not checked).
pub fn local(app: &mut App, field: FieldId) {
    let Some(id) = field.check() else {
        return;
    };
    let plan = crate::checks::plan(&inputs(app));
    let failure = if app.form.fields.get(field).trim().is_empty() {
        None
    } else {
        plan.local_failure(id)
    };
    *app.form.check_mut(id) = match failure {
        Some(f) => CheckState::Done {
            status: Status::Fail,
            code: f.code,
            message: wizard_message(f.code, |word| f.message_with(word)),
        },
        None => CheckState::NotChecked,
    };
}

/// A positive whole number.
pub fn account_id(value: &str) -> Option<u64> {
    let v = value.trim();
    v.parse::<u64>()
        .ok()
        .filter(|&n| n > 0 && v.chars().all(|c| c.is_ascii_digit()))
}

/// The check inputs as the form holds them (empty fields are not given).
fn inputs(app: &App) -> CheckInputs {
    let given = |f: FieldId| {
        let v = app.form.fields.get(f).trim();
        (!v.is_empty()).then(|| v.to_owned())
    };
    // A token that fails its format check is still handed over so the engine reports it.
    // Edit: an empty token field stands for the stored token.
    let token = given(FieldId::Token)
        .map(Token::from_trusted)
        .or_else(|| app.form.mode.edit().and_then(|e| e.stored_token.clone()));
    CheckInputs {
        url: app.form.fields.get(FieldId::Url).trim().to_owned(),
        email: given(FieldId::Email),
        token,
        account_id: given(FieldId::AccountId),
        allow_http: http_allowed(app),
        inbox_ids: chosen_inboxes(app),
    }
}

/// The inboxes chosen for the integration (edit: the profile's to begin with), while the
/// Account ID is the one they were chosen for. A save stores them even before the
/// `whatsapp` check is done.
pub fn chosen_inboxes(app: &App) -> Vec<u64> {
    app.form.chosen_inboxes()
}

/// The typed URL's origin, whatever its scheme (`None` when it is no URL).
pub fn origin(url: &str) -> Option<String> {
    crate::checks::normalize_url(url, true)
        .ok()
        .map(|u| u.origin)
}

/// The user accepted plain http to the origin now in the URL field.
pub fn http_allowed(app: &App) -> bool {
    app.form.http_allowed.is_some()
        && origin(app.form.fields.get(FieldId::Url)) == app.form.http_allowed
}

fn wizard_message(code: Code, message: impl FnOnce(&dyn Fn(&Remedy) -> Msg) -> Msg) -> String {
    if code == Code::TlsUntrusted {
        return super::trust::untrusted_hint();
    }
    crate::sanitize::sanitize(&text::for_wizard(code, message))
}

/// Starts the live checks on the current inputs (if a URL is there to check).
pub fn start(app: &mut App) -> Vec<Effect> {
    app.form.live.due = false;
    if app.form.fields.get(FieldId::Url).trim().is_empty() {
        return Vec::new();
    }
    let inputs = inputs(app);
    app.form.live.running = true;
    app.form.live.ticks = 0;
    app.form.report.warnings.clear();
    let trust = super::trust::effect(app);
    trust
        .into_iter()
        .chain([Effect::RunChecks {
            generation: app.form.live.generation,
            inputs,
        }])
        .collect()
}

/// One update of a live run; dropped unless it belongs to the newest inputs.
pub fn apply(app: &mut App, generation: u64, update: &CheckUpdate) -> Vec<Effect> {
    if generation != app.form.live.generation {
        return Vec::new();
    }
    // "Needs a valid token" says nothing new while that field is still empty.
    let prerequisite_empty = |f: FieldId| app.form.fields.get(f).trim().is_empty();
    *app.form.check_mut(update.id) = match (update.status, update.code) {
        (Status::Skipped, Code::NotGiven | Code::NotChecked) => CheckState::NotChecked,
        (Status::Skipped, Code::NeedsToken) if prerequisite_empty(FieldId::Token) => {
            CheckState::NotChecked
        }
        (Status::Skipped, Code::NeedsAccount) if prerequisite_empty(FieldId::AccountId) => {
            CheckState::NotChecked
        }
        (Status::Checking, _) => CheckState::Checking,
        (status, code) => CheckState::Done {
            status,
            code,
            message: wizard_message(code, |word| update.message_with(word)),
        },
    };
    let had_accounts = !app.form.report.accounts.is_empty();
    app.form.report.apply(update);
    match &update.facts {
        Some(Facts::User { .. }) => {
            // Open the picker when the accounts first become known, not on every re-run.
            if app.form.focus == FieldId::AccountId && app.form.list.is_none() && !had_accounts {
                app.form.list = Some(super::form::list_on_current(app));
            }
            fill_name(app);
        }
        Some(Facts::Account(_)) => fill_name(app),
        Some(Facts::Certificate(cert)) => app.form.presented_cert = Some(cert.clone()),
        _ => {}
    }
    // Enter asked for the review: it opens once the values are checked, without waiting
    // for the readiness checks.
    if app.form.review_pending && app.ready_for_review() {
        app.form.review_pending = false;
        return open_review_or_point(app);
    }
    Vec::new()
}

/// The run of `generation` ended: open the review if Enter asked for it and all is well,
/// else move to the first field that needs attention.
pub fn done(app: &mut App, generation: u64) -> Vec<Effect> {
    if generation != app.form.live.generation {
        return Vec::new();
    }
    app.form.live.running = false;
    for c in &mut app.form.checks {
        if *c == CheckState::Checking {
            *c = CheckState::NotChecked;
        }
    }
    if app.form.review_pending {
        app.form.review_pending = false;
        return open_review_or_point(app);
    }
    Vec::new()
}

/// Opens the review when every check passed (with several accounts marked, theirs, whose
/// checks start now); else focuses the first field to fix.
pub fn open_review_or_point(app: &mut App) -> Vec<Effect> {
    if app.ready_for_review() {
        app.screen = Screen::Review;
        app.form.list = None;
        app.form.inbox_list = None;
        app.form.revealed = false;
        app.form.review_scroll = 0;
        app.notice = None;
        super::review::offer_file_store(app);
        if app.form.several() {
            return super::multi::open(app);
        }
        app.form.multi = None;
        Vec::new()
    } else if app.first_unready_field().is_none() && super::inboxes::has_stop(app) {
        // The fields passed: a chosen inbox failed its readiness; the picker shows why.
        app.notice = Some(crate::i18n::t!(wizard_form_notice_fix_inboxes));
        super::inboxes::open(app)
    } else {
        let field = app.first_unready_field().unwrap_or(FieldId::AccountId);
        app.notice = Some(crate::i18n::t!(
            wizard_form_notice_fix_field,
            field = field.label()
        ));
        super::form::focus(app, field)
    }
}

/// Fills the profile name from the account's name until the user edits it, avoiding the
/// names already taken (`acme`, `acme-2`, …).
pub fn fill_name(app: &mut App) {
    if app.form.name_source == Source::Typed {
        return;
    }
    let Some(id) = account_id(app.form.fields.get(FieldId::AccountId)) else {
        return;
    };
    let name = app
        .form
        .report
        .account
        .iter()
        .chain(app.form.report.accounts.iter())
        .find(|a| a.id == id)
        .map(|a| a.name.clone());
    let Some(name) = name else {
        return;
    };
    let name = free_name(app, &name, id, &[]);
    app.form.fields.set(FieldId::Name, name);
}

/// A profile name from an account's name (the store's slug rule; `account-<id>` when
/// nothing of it is usable), with `-2`, `-3`, … while a saved profile or one of `also`
/// has it.
pub fn free_name(app: &App, account_name: &str, id: u64, also: &[String]) -> String {
    let base = match text::slug(account_name) {
        s if s.is_empty() => format!("account-{id}"),
        s => s,
    };
    let taken = |n: &str| app.home.config.profiles.contains_key(n) || also.iter().any(|a| a == n);
    let mut candidate = base.clone();
    let mut n = 2;
    while taken(&candidate) {
        let suffix = format!("-{n}");
        let keep = base.len().min(NAME_MAX - suffix.len());
        candidate = format!("{}{suffix}", &base[..keep]);
        n += 1;
    }
    candidate
}
