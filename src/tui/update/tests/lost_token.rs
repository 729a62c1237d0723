//! A profile whose token is gone from its store: the home row says Enter types it again, and
//! Enter opens the edit form on the token field with the repair spelled out.

use std::sync::Arc;

use crossterm::event::KeyCode;

use super::*;
use crate::checks::{CheckId, Status};
use crate::link::LinkError;
use crate::store::{StoreError, TokenStoreKind};
use crate::tui::model::{CheckState, FieldId, RowResult, RowState, Screen};
use crate::tui::msg::{Effect, Msg};
use crate::tui::update::update;

#[test]
fn a_lost_token_is_marked_and_enter_asks_for_it_again() {
    let (mut app, _) = home_with(three_profiles());
    let record = app.home.config.profiles["acme"].clone();
    update(
        &mut app,
        Msg::Status(RowResult {
            record: record.clone(),
            status: Status::Fail,
            message: "cannot read the token: … `chatwoot-link edit acme --token-stdin`".into(),
            numbers: None,
            secret_missing: true,
        }),
    );
    match app.home.state(&record) {
        Some(RowState::Done { status, message }) => {
            assert_eq!(*status, Status::Fail);
            assert!(message.contains("Enter to type it again"), "{message}");
            assert!(!message.contains("--token-stdin"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let effects = update(&mut app, key(KeyCode::Enter));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::ReadToken { .. })),
        "{effects:?}"
    );
    let lost = StoreError::SecretMissing {
        name: "acme".into(),
        store: TokenStoreKind::Keyring,
        token_ref: record.token_ref.clone(),
    };
    update(
        &mut app,
        Msg::TokenRead(Err(Arc::new(LinkError::Store(lost)))),
    );
    assert!(matches!(app.screen, Screen::Form));
    assert_eq!(app.form.focus, FieldId::Token);
    match app.form.check(CheckId::Token) {
        CheckState::Done {
            status, message, ..
        } => {
            assert_eq!(*status, Status::Fail);
            assert!(message.contains("missing: type it again"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}
