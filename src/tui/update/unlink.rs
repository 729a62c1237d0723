//! The unlink screen: the confirmation (with the opt-in token reset), then the result.

use crate::i18n::t;
use crossterm::event::KeyEvent;

use crate::tui::keys;
use crate::tui::model::{App, Screen, Unlink, UnlinkReport};
use crate::tui::msg::Effect;

pub fn key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    let Screen::Unlink(unlink) = &mut app.screen else {
        return Vec::new();
    };
    match unlink {
        Unlink::Confirm {
            name,
            record,
            rotate,
            ..
        } => match keys::action(keys::UNLINK, key) {
            Some(keys::Unlink::ToggleReset) => {
                *rotate = !*rotate;
                Vec::new()
            }
            Some(keys::Unlink::Confirm) => {
                let effect = Effect::Unlink {
                    name: name.clone(),
                    record: record.clone(),
                    rotate: *rotate,
                };
                *unlink = Unlink::Running {
                    name: name.clone(),
                    rotate: *rotate,
                };
                vec![effect]
            }
            Some(keys::Unlink::Keep) => {
                app.notice = Some(t!(wizard_unlink_kept, name = name.as_str()));
                super::home::go_home(app)
            }
            Some(keys::Unlink::Help) => {
                app.open_keys();
                Vec::new()
            }
            None => Vec::new(),
        },
        Unlink::Done(_) => match keys::action(keys::UNLINK_DONE, key) {
            Some(keys::UnlinkDone::Back) => super::home::go_home(app),
            Some(keys::UnlinkDone::Help) => {
                app.open_keys();
                Vec::new()
            }
            None => Vec::new(),
        },
        // Keys wait while the store (and the server) work; the help still opens.
        Unlink::Running { .. } => {
            if let Some(keys::Unlink::Help) = keys::action(keys::UNLINK, key) {
                app.open_keys();
            }
            Vec::new()
        }
    }
}

pub fn unlinked(app: &mut App, outcome: UnlinkReport) -> Vec<Effect> {
    if outcome.removed() {
        app.summary.push(t!(
            wizard_unlink_summary,
            name = outcome.name.as_str(),
            host = outcome.host.as_str(),
            account_id = outcome.account_id.to_string()
        ));
    }
    app.screen = Screen::Unlink(Unlink::Done(outcome));
    Vec::new()
}
