//! `update` driven message by message: every key and every message kind. The helpers here
//! are shared with the screen snapshots.

mod checks;
mod keys;
mod save;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{init, prefill, update};
use crate::checks::{
    AccountFacts, CheckId, CheckUpdate, Code, Facts, InboxFacts, ServerFacts, Status, UserFacts,
};
use crate::tui::model::{App, Context, FieldId};
use crate::tui::msg::{Effect, Msg};

pub const TOKEN: &str = "hPZ3kT9vUq2mNwXyR4sLbC8d";

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn type_str(app: &mut App, s: &str) -> Vec<Effect> {
    s.chars()
        .flat_map(|c| update(app, key(KeyCode::Char(c))))
        .collect()
}

pub fn ok(id: CheckId, message: &str) -> CheckUpdate {
    CheckUpdate::new(id, Status::Ok, Code::Ok, message)
}

pub fn accounts() -> Vec<AccountFacts> {
    vec![
        AccountFacts {
            id: 1,
            name: "Acme Inc.".into(),
            role: "administrator".into(),
            status: "active".into(),
        },
        AccountFacts {
            id: 2,
            name: "Globex".into(),
            role: "agent".into(),
            status: "active".into(),
        },
        AccountFacts {
            id: 12,
            name: "Initech".into(),
            role: "administrator".into(),
            status: "suspended".into(),
        },
    ]
}

/// The updates a sandbox run for account 1 would send, in order.
pub fn good_run() -> Vec<CheckUpdate> {
    vec![
        ok(CheckId::Url, "Chatwoot 4.15.1")
            .with_facts(Facts::Origin("https://chat.example.com".into())),
        ok(CheckId::Url, "Chatwoot 4.15.1").with_facts(Facts::Server(ServerFacts {
            version: "4.15.1".into(),
        })),
        ok(CheckId::Token, "Jane Doe's token").with_facts(Facts::User {
            user: UserFacts {
                id: 7,
                name: "Jane Doe".into(),
                email: "jane@example.com".into(),
            },
            accounts: accounts(),
        }),
        ok(CheckId::Email, "matches the token's user"),
        ok(CheckId::Account, "Acme Inc.: administrator, active")
            .with_facts(Facts::Account(accounts()[0].clone())),
        ok(CheckId::Inboxes, "3 inboxes, 1 WhatsApp").with_facts(Facts::Inboxes(InboxFacts {
            total: 3,
            whatsapp: 1,
            whatsapp_inboxes: vec![],
        })),
    ]
}

pub fn ctx() -> Context {
    Context {
        config_file: "/home/jane/.config/chatwoot-link/profiles.toml".into(),
        file_store: "/home/jane/.config/chatwoot-link/tokens.toml".into(),
        command: "chatwoot-link".into(),
        ..Context::default()
    }
}

/// Feeds a full run for the current generation and ends it.
pub fn finish_run(app: &mut App, updates: Vec<CheckUpdate>) -> Vec<Effect> {
    let generation = app.live.generation;
    let mut effects = Vec::new();
    for u in updates {
        effects.extend(update(
            app,
            Msg::Check {
                generation,
                update: u,
            },
        ));
    }
    effects.extend(update(app, Msg::ChecksDone { generation }));
    effects
}

/// A form filled in and checked, focus on the name.
pub fn filled() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    let effects = init(&mut app);
    assert!(matches!(
        effects.as_slice(),
        [Effect::ProbeKeyring, Effect::RunChecks { .. }]
    ));
    finish_run(&mut app, good_run());
    app.focus = FieldId::Name;
    app
}

pub fn run_of(effects: &[Effect]) -> Option<u64> {
    effects.iter().find_map(|e| match e {
        Effect::RunChecks { generation, .. } => Some(*generation),
        _ => None,
    })
}
