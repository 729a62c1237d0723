//! `update` driven message by message: every key and every message kind. The helpers here
//! are shared with the screen snapshots.

mod checks;
pub mod edit;
pub mod friction;
mod home;
mod inboxes;
mod issue9;
mod keys;
mod lost_token;
pub mod multi;
mod save;
pub mod trust;
mod unlink;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{init, prefill, update};
use crate::checks::{
    AccountFacts, CheckId, CheckUpdate, Code, Facts, InboxFacts, ServerFacts, Status, UserFacts,
};
use crate::i18n::msg;
use crate::store::{Config, ProfileData, ProfileRecord, TokenStoreKind};
use crate::tui::model::{App, Context, FieldId, RowResult};
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

pub fn ok(id: CheckId, message: impl Into<crate::i18n::Msg>) -> CheckUpdate {
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
    let url = || {
        ok(
            CheckId::Url,
            msg!(
                checks_url_ok,
                version = "4.15.1",
                origin = "https://chat.example.com"
            ),
        )
    };
    vec![
        url().with_facts(Facts::Origin("https://chat.example.com".into())),
        url().with_facts(Facts::Server(ServerFacts {
            version: "4.15.1".into(),
        })),
        ok(
            CheckId::Token,
            msg!(
                checks_token_ok,
                name = "Jane Doe",
                email = "jane@example.com",
                id = 7
            ),
        )
        .with_facts(Facts::User {
            user: UserFacts {
                id: 7,
                name: "Jane Doe".into(),
                email: "jane@example.com".into(),
            },
            accounts: accounts(),
        }),
        ok(
            CheckId::Email,
            msg!(checks_email_ok, email = "jane@example.com"),
        ),
        ok(
            CheckId::Account,
            msg!(checks_account_ok, account = "Acme Inc.", account_id = 1),
        )
        .with_facts(Facts::Account(accounts()[0].clone())),
        ok(
            CheckId::Inboxes,
            msg!(
                checks_inboxes_ok,
                total = 3,
                whatsapp = 1,
                names = "Sales (+1 555 0100)"
            ),
        )
        .with_facts(Facts::Inboxes(InboxFacts {
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
    let generation = app.form.live.generation;
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
    app.form.focus = FieldId::Name;
    app
}

pub fn run_of(effects: &[Effect]) -> Option<u64> {
    effects.iter().find_map(|e| match e {
        Effect::RunChecks { generation, .. } => Some(*generation),
        _ => None,
    })
}

/// A saved profile for the home screen's tests (user 7 unless `user` says otherwise).
pub fn record(n: u128, url: &str, account_id: u64, account_name: &str, user: u64) -> ProfileRecord {
    ProfileRecord {
        id: uuid::Uuid::from_u128(n),
        data: ProfileData {
            url: url.into(),
            email: "jane@example.com".into(),
            account_id,
            account_name: account_name.into(),
            user_id: user,
            user_name: "Jane Doe".into(),
            role: "administrator".into(),
            server_version: "4.15.1".into(),
            verified_at: "2026-06-20T09:15:02Z".parse().expect("timestamp"),
            inbox_ids: Vec::new(),
        },
        token_store: TokenStoreKind::Keyring,
        token_ref: format!("inst/{n}"),
    }
}

/// acme and globex share Jane's token on chat.example.com; initech is Sam's on another
/// server, with its token in the file store. acme is the default.
pub fn three_profiles() -> Config {
    let mut c = Config::empty();
    c.instance = Some(uuid::Uuid::from_u128(99));
    c.default = Some("acme".into());
    c.profiles.insert(
        "acme".into(),
        record(1, "https://chat.example.com", 1, "Acme Inc.", 7),
    );
    c.profiles.insert(
        "globex".into(),
        record(2, "https://chat.example.com", 2, "Globex", 7),
    );
    let mut initech = record(3, "https://support.initech.io", 12, "Initech", 9);
    initech.token_store = TokenStoreKind::File;
    c.profiles.insert("initech".into(), initech);
    c
}

/// `n` profiles `client-01`… on two servers.
pub fn many_profiles(n: u128) -> Config {
    let mut c = Config::empty();
    c.instance = Some(uuid::Uuid::from_u128(99));
    c.default = Some("client-01".into());
    for i in 1..=n {
        let url = if i % 2 == 0 {
            "https://chat.example.com"
        } else {
            "https://support.agency.io"
        };
        let id = u64::try_from(i).expect("small");
        c.profiles.insert(
            format!("client-{i:02}"),
            record(i, url, id, &format!("Client {i} Ltd"), 7),
        );
    }
    c
}

/// The home screen with `config`, its first effects run (every profile checking).
pub fn home_with(config: Config) -> (App, Vec<Effect>) {
    let mut app = App::with_home(ctx(), config);
    update(&mut app, Msg::Resize(80, 24));
    let effects = init(&mut app);
    (app, effects)
}

/// Ends the re-check of profile `name` with `status` and `message`.
pub fn status_of(app: &mut App, name: &str, status: Status, message: &str) {
    let record = app.home.config.profiles[name].clone();
    update(
        app,
        Msg::Status(RowResult {
            record,
            status,
            message: message.into(),
            numbers: None,
            secret_missing: false,
        }),
    );
}
