//! `CheckReport`: the updates of one run folded into the `check --json` object.

use serde::Serialize;

use super::{
    AccountFacts, CheckId, CheckUpdate, Code, Facts, InboxFacts, OperationsFacts, ServerFacts,
    Status, UserFacts, Warning, WhatsappFacts,
};

/// One check's final state, as serialised in `checks[]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportCheck {
    pub id: CheckId,
    pub status: Status,
    pub code: Code,
    /// Serialised in English (`--json`).
    pub message: crate::i18n::Msg,
}

/// The `check --json` object (schema 1). Build it with [`CheckReport::new`], feed it every
/// update with [`CheckReport::apply`], read it or serialise it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub schema: u32,
    /// True iff no check has status `fail`.
    pub ok: bool,
    /// The normalised origin (`https://host[:port]`), or null when the URL did not parse.
    pub url: Option<String>,
    /// Always every check, in the order of [`CheckId::ALL`].
    pub checks: Vec<ReportCheck>,
    pub server: Option<ServerFacts>,
    pub user: Option<UserFacts>,
    pub account: Option<AccountFacts>,
    /// Every account the token reaches; empty unless the token check passed.
    pub accounts: Vec<AccountFacts>,
    pub inboxes: Option<InboxFacts>,
    pub warnings: Vec<Warning>,
    /// What the `operations` check proved.
    pub operations: Option<OperationsFacts>,
    /// Each WhatsApp inbox's readiness (the `whatsapp` check).
    pub whatsapp: Option<WhatsappFacts>,
    /// Which checks have received a final update. A new report's placeholders are not
    /// results, so [`CheckReport::is_complete`] cannot pass before the run has spoken.
    #[serde(skip)]
    finished: [bool; CheckId::COUNT],
}

impl Default for CheckReport {
    fn default() -> Self {
        Self::new()
    }
}

impl CheckReport {
    /// A report in which nothing has been checked yet.
    pub fn new() -> Self {
        Self {
            schema: 1,
            ok: true,
            url: None,
            checks: CheckId::ALL
                .iter()
                .map(|&id| ReportCheck {
                    id,
                    status: Status::Skipped,
                    code: Code::NotGiven,
                    message: crate::i18n::msg!(checks_not_checked),
                })
                .collect(),
            server: None,
            user: None,
            account: None,
            accounts: Vec::new(),
            inboxes: None,
            warnings: Vec::new(),
            operations: None,
            whatsapp: None,
            finished: [false; CheckId::COUNT],
        }
    }

    /// Folds one update in: the check's state, its facts and its warnings.
    pub fn apply(&mut self, update: &CheckUpdate) {
        if let Some(c) = self.checks.iter_mut().find(|c| c.id == update.id) {
            c.status = update.status;
            c.code = update.code;
            c.message.clone_from(&update.message);
        }
        self.finished[update.id as usize] = update.status.is_final();
        match &update.facts {
            Some(Facts::Origin(url)) => self.url = Some(url.clone()),
            Some(Facts::Server(s)) => self.server = Some(s.clone()),
            Some(Facts::User { user, accounts }) => {
                self.user = Some(user.clone());
                self.accounts.clone_from(accounts);
            }
            Some(Facts::Account(a)) => self.account = Some(a.clone()),
            Some(Facts::Inboxes(i)) => self.inboxes = Some(i.clone()),
            Some(Facts::Operations(o)) => self.operations = Some(o.clone()),
            Some(Facts::Whatsapp(w)) => self.whatsapp = Some(w.clone()),
            Some(Facts::Certificate(_)) | None => {}
        }
        for w in &update.warnings {
            if !self.warnings.contains(w) {
                self.warnings.push(w.clone());
            }
        }
        self.ok = self.checks.iter().all(|c| c.status != Status::Fail);
    }

    /// The state of one check.
    pub fn check(&self, id: CheckId) -> &ReportCheck {
        // `checks` always holds every id, in order.
        &self.checks[id as usize]
    }

    /// True once `id` has received a final update (a placeholder is not one).
    pub fn is_finished(&self, id: CheckId) -> bool {
        self.finished[id as usize]
    }

    /// True once every check has received a final update.
    pub fn is_complete(&self) -> bool {
        self.finished.iter().all(|&f| f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_report_lists_every_check_in_order() {
        let r = CheckReport::new();
        let ids: Vec<_> = r.checks.iter().map(|c| c.id).collect();
        assert_eq!(ids, CheckId::ALL);
        for id in CheckId::ALL {
            assert_eq!(r.check(id).id, id);
        }
        assert!(!r.is_complete(), "placeholders are not results");
    }

    #[test]
    fn complete_once_every_check_is_final() {
        let mut r = CheckReport::new();
        for id in CheckId::ALL {
            assert!(!r.is_complete());
            r.apply(&CheckUpdate::new(id, Status::Checking, Code::Checking, "…"));
        }
        assert!(!r.is_complete(), "checking is not final");
        for id in CheckId::ALL {
            r.apply(&CheckUpdate::new(id, Status::Ok, Code::Ok, "ok"));
        }
        assert!(r.is_complete());
    }

    #[test]
    fn a_failure_clears_ok_and_facts_are_folded() {
        let mut r = CheckReport::new();
        r.apply(
            &CheckUpdate::new(CheckId::Url, Status::Ok, Code::Ok, "Chatwoot 4.15.1")
                .with_facts(Facts::Server(ServerFacts {
                    version: "4.15.1".into(),
                }))
                .with_warning(Code::HttpLoopback, "plain http"),
        );
        assert!(r.ok);
        assert_eq!(
            r.server.as_ref().map(|s| s.version.as_str()),
            Some("4.15.1")
        );
        r.apply(&CheckUpdate::new(
            CheckId::Token,
            Status::Fail,
            Code::TokenInvalid,
            "bad",
        ));
        assert!(!r.ok);
        assert_eq!(r.warnings.len(), 1);
        let json = serde_json::to_value(&r).expect("serialise");
        assert_eq!(json["schema"], 1);
        assert_eq!(json["checks"][1]["code"], "token_invalid");
        assert_eq!(json["checks"][1]["status"], "fail");
        assert_eq!(json["accounts"], serde_json::json!([]));
        assert!(json["user"].is_null());
    }
}
