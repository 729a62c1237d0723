//! Saving the accounts that were checked: one profile per account that passed, the token
//! stored once for all of them (all or none), and why each other one was not saved.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{AccountResult, ManyInputs, check_said, own_warnings, profile_name};
use crate::checks::{Certificate, CheckReport, Code, Status};
use crate::i18n::{Msg, msg};
use crate::link::facts::{already_linked, profile_data};
use crate::store::{ProfileData, Store, StoreError, off_thread};

/// One account's finished check, to be saved under `name` (`None`: named from the
/// account's name, as `add --all-admin-accounts` does).
#[derive(Debug, Clone)]
pub struct Checked {
    pub account_id: u64,
    pub name: Option<String>,
    pub report: CheckReport,
}

/// Saves every account of `checked` that passed its check under a free name, in one
/// transaction sharing one secret; `first` is the check of the URL, token and email (its
/// warnings hold for every account and are not repeated per account). With `cert`, every
/// saved profile trusts that certificate (the user confirmed it for this URL); if that
/// cannot be recorded, the profiles are removed again. A store failure saves none of them.
pub async fn save_checked(
    store: &Arc<Store>,
    inputs: &ManyInputs,
    first: &CheckReport,
    checked: Vec<Checked>,
    cert: Option<&Certificate>,
) -> Result<Vec<AccountResult>, StoreError> {
    let config = {
        let s = Arc::clone(store);
        off_thread(move || s.config()).await?
    };
    let mut taken: BTreeSet<String> = config.profiles.keys().cloned().collect();
    let mut results = Vec::new();
    let mut to_save: Vec<(String, ProfileData)> = Vec::new();
    for Checked {
        account_id: id,
        name,
        report,
    } in checked
    {
        let mut result = AccountResult {
            account_id: id,
            account_name: report.account.as_ref().map(|a| a.name.clone()),
            name: None,
            warnings: own_warnings(&report, first),
            report: None,
            saved: None,
            code: Code::Ok,
            message: Msg::verbatim(""),
            chosen: true,
        };
        match report.ok.then(|| profile_data(&report)).flatten() {
            None => {
                let failed = report
                    .checks
                    .iter()
                    .find(|c| c.status == Status::Fail)
                    .or_else(|| report.checks.iter().find(|c| c.status == Status::Skipped));
                if let Some(c) = failed {
                    result.code = c.code;
                    result.message = check_said(c);
                }
            }
            Some(data) => {
                let name = name.unwrap_or_else(|| profile_name(&data.account_name, id, &to_save));
                result.name = Some(name.clone());
                if taken.contains(&name) {
                    result.code = Code::NameTaken;
                    result.message = msg!(link_name_taken, name = &name);
                } else {
                    let others = config.linked_elsewhere(&data.url, data.account_id, &name);
                    result.warnings.extend(already_linked(&others, &data));
                    taken.insert(name.clone());
                    to_save.push((name, data));
                }
            }
        }
        result.report = Some(report);
        results.push(result);
    }
    let saved = {
        let (s, shared_token, kind) = (Arc::clone(store), inputs.token.clone(), inputs.kind);
        let cert = cert.cloned();
        off_thread(move || {
            let saved = s.save_shared(to_save, &shared_token, kind)?;
            if let Some(cert) = &cert
                && let Err(e) = saved
                    .iter()
                    .try_for_each(|o| s.set_trusted_cert(o.record.id, Some(cert)))
            {
                for o in &saved {
                    let _ = s.revoke(&o.name);
                }
                return Err(e);
            }
            Ok(saved)
        })
        .await?
    };
    for outcome in saved {
        if let Some(r) = results
            .iter_mut()
            .find(|r| r.name.as_deref() == Some(&outcome.name))
        {
            r.message = msg!(link_linked_checked);
            r.saved = Some(outcome);
        }
    }
    Ok(results)
}
