//! The revoke screen: the confirmation (with the opt-in token reset), then the result.

use crossterm::event::{KeyCode, KeyEvent};

use crate::tui::model::{App, Overlay, Revoke, RevokeReport};
use crate::tui::msg::Effect;

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match app.revoke.take() {
        Some(Revoke::Confirm {
            name,
            record,
            others,
            rotate,
        }) => match key.code {
            KeyCode::Char(' ' | 't') => {
                app.revoke = Some(Revoke::Confirm {
                    name,
                    record,
                    others,
                    rotate: !rotate,
                });
                Vec::new()
            }
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => {
                app.revoke = Some(Revoke::Running {
                    name: name.clone(),
                    rotate,
                });
                vec![Effect::Revoke {
                    name,
                    record,
                    rotate,
                }]
            }
            KeyCode::Char('n' | 'N' | 'q') | KeyCode::Esc => {
                app.notice = Some(format!("Kept {name}: nothing was changed."));
                super::home::go_home(app)
            }
            code => {
                if code == KeyCode::Char('?') {
                    app.overlay = Some(Overlay::Keys);
                }
                app.revoke = Some(Revoke::Confirm {
                    name,
                    record,
                    others,
                    rotate,
                });
                Vec::new()
            }
        },
        Some(Revoke::Done(report)) => match key.code {
            KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q') => super::home::go_home(app),
            _ => {
                app.revoke = Some(Revoke::Done(report));
                Vec::new()
            }
        },
        // Keys wait while the store (and the server) work.
        other => {
            app.revoke = other;
            Vec::new()
        }
    }
}

pub fn revoked(app: &mut App, report: RevokeReport) -> Vec<Effect> {
    app.revoke = Some(Revoke::Done(report));
    Vec::new()
}
