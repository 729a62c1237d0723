//! Several accounts linked at once: the accounts marked in the list (Space), then the
//! review of one profile per marked account (each checked live, each name editable) and
//! what the save made of each.

use tui_input::Input;

use crate::checks::{AccountFacts, CheckReport, Code, Status};

/// The review of several accounts.
#[derive(Debug, Clone)]
pub struct Multi {
    /// One per marked account, in the list's order.
    pub rows: Vec<MultiRow>,
    /// The row `n` renames.
    pub selected: usize,
    /// `n`: the new name being typed for the selected row.
    pub renaming: Option<Input>,
    /// The checks of this review; results of an older one are dropped.
    pub generation: u64,
    /// After the save: what became of each account.
    pub outcome: Option<Vec<ManyLine>>,
}

/// One marked account on the review.
#[derive(Debug, Clone)]
pub struct MultiRow {
    pub account: AccountFacts,
    /// The profile name it is saved under (from the account's name until renamed).
    pub name: String,
    /// Its full check; `None` while it runs.
    pub report: Option<CheckReport>,
}

impl MultiRow {
    /// Its check ended and passed (ok or warn): it is saved.
    pub fn passed(&self) -> bool {
        self.report.as_ref().is_some_and(|r| r.ok)
    }

    /// Why its check failed (the first failed check, as `id: message`), once it ended.
    pub fn failure(&self) -> Option<(Code, String)> {
        let report = self.report.as_ref().filter(|r| !r.ok)?;
        let c = report
            .checks
            .iter()
            .find(|c| c.status == Status::Fail)
            .or_else(|| report.checks.iter().find(|c| c.status == Status::Skipped))?;
        Some((c.code, crate::link::check_said(c).to_string()))
    }
}

impl Multi {
    /// Every account's check has ended.
    pub fn checked(&self) -> bool {
        self.rows.iter().all(|r| r.report.is_some())
    }

    /// The accounts that will be saved.
    pub fn passing(&self) -> impl Iterator<Item = &MultiRow> {
        self.rows.iter().filter(|r| r.passed())
    }
}

/// What became of one account after the save, for the done screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManyLine {
    pub account_id: u64,
    pub account_name: String,
    /// The profile it was (or would have been) saved under.
    pub name: Option<String>,
    pub saved: bool,
    /// `ok` when saved, else why not.
    pub code: Code,
    pub message: String,
    /// The warnings of its check (no WhatsApp inbox, already linked).
    pub warnings: Vec<String>,
}
