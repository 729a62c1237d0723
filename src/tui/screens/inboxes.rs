//! The inbox picker against the sandbox's readiness cases (a disconnected inbox, a wrong
//! `FRONTEND_URL`, a number at risk), at 80x24 and 50x16.

use crossterm::event::KeyCode;
use futures::StreamExt;

use super::snap_compact;
use crate::checks::{Cache, CheckId, ClientOptions, Status};
use crate::sandbox::{Sandbox, SandboxOptions, Scenario, demo};
use crate::tui::model::{App, CheckState, FieldId};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::tests::{ctx, key};
use crate::tui::update::{init, prefill, update};

/// What the URL field shows in the pictures: the sandbox's port changes from run to run.
const SHOWN_URL: &str = "http://localhost:3000";

/// The demo administrator's form on account 1, checked live against a sandbox with
/// `scenarios`, `chosen` inboxes chosen, the inbox picker open.
pub fn sandboxed(scenarios: Vec<Scenario>, chosen: &[u64]) -> App {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let sb = Sandbox::start(SandboxOptions {
            scenarios,
            ..SandboxOptions::default()
        })
        .await
        .expect("sandbox");
        let cache = Cache::new(ClientOptions {
            system_proxy: false,
            ..ClientOptions::default()
        })
        .expect("client");
        let mut app = App::new(ctx());
        prefill(
            &mut app,
            &sb.url(),
            demo::ADMIN_EMAIL,
            demo::ADMIN_TOKEN,
            &demo::ACCOUNT_ADMIN.to_string(),
        );
        app.form.chosen = crate::tui::model::Chosen {
            account_id: Some(demo::ACCOUNT_ADMIN),
            ids: chosen.to_vec(),
        };
        let effects = init(&mut app);
        run(&mut app, &cache, effects).await;
        let origin = sb.url().trim_end_matches('/').to_owned();
        sb.shutdown().await;
        app.form.fields.set(FieldId::Url, SHOWN_URL);
        for c in &mut app.form.checks {
            if let CheckState::Done { message, .. } = c {
                *message = message.replace(&origin, SHOWN_URL);
            }
        }
        let r = &mut app.form.report;
        r.url = Some(SHOWN_URL.to_owned());
        for w in &mut r.warnings {
            w.message =
                crate::i18n::Msg::verbatim(w.message.to_string().replace(&origin, SHOWN_URL));
        }
        let host = origin.trim_start_matches("http://").to_owned();
        if let Some(w) = &mut app.form.report.whatsapp {
            for p in w.inboxes.iter_mut().flat_map(|i| &mut i.problems) {
                p.message = crate::i18n::Msg::verbatim(
                    p.message.to_string().replace(&host, "localhost:3000"),
                );
            }
        }
        app.form.focus = FieldId::AccountId;
        update(&mut app, key(KeyCode::Tab));
        assert!(app.form.inbox_list.is_some(), "{:?}", app.form.report);
        app
    })
}

/// Runs the engine for every `RunChecks` effect, feeding its updates back in.
async fn run(app: &mut App, cache: &Cache, effects: Vec<Effect>) {
    for effect in effects {
        let Effect::RunChecks { generation, inputs } = effect else {
            continue;
        };
        let mut updates = std::pin::pin!(crate::checks::run(inputs, cache));
        while let Some(u) = updates.next().await {
            update(
                app,
                Msg::Check {
                    generation,
                    update: u,
                },
            );
        }
        update(app, Msg::ChecksDone { generation });
    }
}

pub fn disconnected() -> App {
    sandboxed(vec![Scenario::InboxDisconnected], &[])
}

pub fn wrong_frontend_url() -> App {
    sandboxed(vec![Scenario::WrongFrontendUrl], &[])
}

pub fn at_risk() -> App {
    sandboxed(vec![Scenario::NumberFlagged], &[])
}

#[test]
fn the_inbox_picker_in_the_readiness_cases() {
    snap_compact!(
        "inboxes_disconnected",
        &disconnected(),
        &[demo::ADMIN_TOKEN, demo::PLANTED_SECRET],
        false,
    );
    snap_compact!(
        "inboxes_wrong_frontend_url",
        &wrong_frontend_url(),
        &[demo::ADMIN_TOKEN, demo::PLANTED_SECRET],
        false,
    );
    snap_compact!(
        "inboxes_at_risk",
        &at_risk(),
        &[demo::ADMIN_TOKEN, demo::PLANTED_SECRET],
        false,
    );
}

/// The disconnected inbox (the sandbox's first) chosen.
pub fn chosen_disconnected() -> App {
    sandboxed(vec![Scenario::InboxDisconnected], &[1])
}

/// A chosen disconnected inbox fails live; choosing is Space, and the choice is what the
/// next run checks.
#[test]
fn a_chosen_disconnected_inbox_fails_live() {
    let app = disconnected();
    assert_eq!(
        app.form.check(CheckId::Whatsapp).status(),
        Some(Status::Warn)
    );
    let first = app.form.whatsapp_inboxes()[0].id;
    assert_eq!(first, 1, "the sandbox's first WhatsApp inbox");
    let chosen = chosen_disconnected();
    assert_eq!(
        chosen.form.check(CheckId::Whatsapp).status(),
        Some(Status::Fail)
    );
    snap_compact!(
        "inboxes_chosen_disconnected",
        &chosen,
        &[demo::ADMIN_TOKEN, demo::PLANTED_SECRET],
        false,
    );
}

/// The review lists the chosen inboxes with their readiness; a chosen inbox at risk (not
/// dead) lets the link be saved with its warning.
pub fn review_at_risk() -> App {
    let mut app = sandboxed(vec![Scenario::NumberFlagged], &[1]);
    update(&mut app, key(KeyCode::Enter));
    update(&mut app, key(KeyCode::Enter));
    app
}

#[test]
fn the_review_shows_the_chosen_inboxes() {
    let app = review_at_risk();
    assert_eq!(
        app.screen,
        crate::tui::model::Screen::Review,
        "{:?}",
        app.notice
    );
    snap_compact!(
        "inboxes_review",
        &app,
        &[demo::ADMIN_TOKEN, demo::PLANTED_SECRET],
        false,
    );
}

/// Enter on the name while a chosen inbox fails: the picker opens on it.
#[test]
fn a_failing_chosen_inbox_holds_the_review_and_opens_the_picker() {
    let mut app = sandboxed(vec![Scenario::InboxDisconnected], &[1]);
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.form.focus, FieldId::Name);
    update(&mut app, key(KeyCode::Enter));
    assert_eq!(app.screen, crate::tui::model::Screen::Form);
    assert!(app.form.inbox_list.is_some());
    assert_eq!(app.notice.as_deref(), Some("Fix Inboxes first."));
}
