//! The inbox picker under the Inboxes row: the account's WhatsApp inboxes with their
//! readiness, and the ones the user chose for the integration.

use super::field::FieldId;
use super::form::Form;
use crate::checks::{InboxReadiness, Status};

/// The open inbox picker: the Inboxes row has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InboxList {
    /// Index into the account's WhatsApp inboxes.
    pub selected: usize,
}

/// The inboxes chosen for the integration, and the account they belong to: a choice made
/// for one account means nothing for another.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Chosen {
    pub account_id: Option<u64>,
    pub ids: Vec<u64>,
}

/// One inbox's readiness as one symbol: its worst problem decides.
pub fn inbox_status(inbox: &InboxReadiness) -> Status {
    if inbox.problems.iter().any(|p| p.fails) {
        Status::Fail
    } else if inbox.problems.is_empty() {
        Status::Ok
    } else {
        Status::Warn
    }
}

impl Form {
    /// The account's WhatsApp inboxes as the `whatsapp` check last reported them.
    pub fn whatsapp_inboxes(&self) -> &[InboxReadiness] {
        self.report
            .whatsapp
            .as_ref()
            .map_or(&[], |w| w.inboxes.as_slice())
    }

    /// The typed Account ID, when it is a number.
    fn typed_account(&self) -> Option<u64> {
        self.fields.get(FieldId::AccountId).trim().parse().ok()
    }

    /// The chosen inbox ids, while the Account ID is the one they were chosen for.
    pub fn chosen_inboxes(&self) -> Vec<u64> {
        if self.chosen.account_id.is_some() && self.chosen.account_id == self.typed_account() {
            self.chosen.ids.clone()
        } else {
            Vec::new()
        }
    }

    pub fn is_chosen(&self, id: u64) -> bool {
        self.chosen_inboxes().contains(&id)
    }

    /// Chooses the inbox, or drops it from the choice; a choice left from another account
    /// is dropped first.
    pub fn toggle_inbox(&mut self, id: u64) {
        let mut ids = self.chosen_inboxes();
        match ids.iter().position(|&i| i == id) {
            Some(at) => {
                ids.remove(at);
            }
            None => ids.push(id),
        }
        ids.sort_unstable();
        self.chosen = Chosen {
            account_id: self.typed_account(),
            ids,
        };
    }
}
