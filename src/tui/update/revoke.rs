//! The revoke screen: the confirmation (with the opt-in token reset), then the result.

use crossterm::event::KeyEvent;

use crate::tui::keys;
use crate::tui::model::{App, Overlay, Revoke, Revoked, Screen};
use crate::tui::msg::Effect;

pub fn key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    let Screen::Revoke(revoke) = &mut app.screen else {
        return Vec::new();
    };
    match revoke {
        Revoke::Confirm {
            name,
            record,
            rotate,
            ..
        } => match keys::action(keys::REVOKE, key) {
            Some(keys::Revoke::ToggleReset) => {
                *rotate = !*rotate;
                Vec::new()
            }
            Some(keys::Revoke::Confirm) => {
                let effect = Effect::Revoke {
                    name: name.clone(),
                    record: record.clone(),
                    rotate: *rotate,
                };
                *revoke = Revoke::Running {
                    name: name.clone(),
                    rotate: *rotate,
                };
                vec![effect]
            }
            Some(keys::Revoke::Keep) => {
                app.notice = Some(format!("Kept {name}: nothing was changed."));
                super::home::go_home(app)
            }
            Some(keys::Revoke::Help) => {
                app.overlay = Some(Overlay::Keys);
                Vec::new()
            }
            None => Vec::new(),
        },
        Revoke::Done(_) => match keys::action(keys::REVOKE_DONE, key) {
            Some(keys::RevokeDone::Back) => super::home::go_home(app),
            Some(keys::RevokeDone::Help) => {
                app.overlay = Some(Overlay::Keys);
                Vec::new()
            }
            None => Vec::new(),
        },
        // Keys wait while the store (and the server) work; the help still opens.
        Revoke::Running { .. } => {
            if let Some(keys::Revoke::Help) = keys::action(keys::REVOKE, key) {
                app.overlay = Some(Overlay::Keys);
            }
            Vec::new()
        }
    }
}

pub fn revoked(app: &mut App, outcome: Revoked) -> Vec<Effect> {
    if outcome.removed() {
        app.summary.push(format!(
            "Unlinked {}: {} account {}",
            outcome.name, outcome.host, outcome.account_id
        ));
    }
    app.screen = Screen::Revoke(Revoke::Done(outcome));
    Vec::new()
}
