//! The revoke screen: the confirmation (with the opt-in token reset), then the result.

use crossterm::event::{KeyCode, KeyEvent};

use crate::tui::model::{App, Overlay, Revoke, Revoked, Screen};
use crate::tui::msg::Effect;

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Revoke(revoke) = &mut app.screen else {
        return Vec::new();
    };
    match revoke {
        Revoke::Confirm {
            name,
            record,
            rotate,
            ..
        } => match key.code {
            KeyCode::Char(' ' | 't') => {
                *rotate = !*rotate;
                Vec::new()
            }
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => {
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
            KeyCode::Char('n' | 'N' | 'q') | KeyCode::Esc => {
                app.notice = Some(format!("Kept {name}: nothing was changed."));
                super::home::go_home(app)
            }
            KeyCode::Char('?') => {
                app.overlay = Some(Overlay::Keys);
                Vec::new()
            }
            _ => Vec::new(),
        },
        Revoke::Done(_) => match key.code {
            KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q') => super::home::go_home(app),
            _ => Vec::new(),
        },
        // Keys wait while the store (and the server) work.
        Revoke::Running { .. } => Vec::new(),
    }
}

pub fn revoked(app: &mut App, outcome: Revoked) -> Vec<Effect> {
    app.screen = Screen::Revoke(Revoke::Done(outcome));
    Vec::new()
}
