//! The one-line messages of the live checks: what is wrong and where the right value is.
//! Server text in here is already sanitised (at deserialisation, `chatwoot::types`).

use std::sync::Arc;

use super::url::NormalizedUrl;
use super::{
    AccountFacts, CheckId, CheckUpdate, Code, Facts, InboxFacts, Remedy, ServerFacts, Status,
    UserFacts, WhatsappInbox, Wording,
};
use crate::chatwoot::{Error, Inbox, Profile, ProfileAccount, ServerInfo};
use crate::i18n::{Msg, msg};

/// Why a typed or pasted token cannot be a Chatwoot token, in any language.
pub fn token_format(e: crate::secret::TokenFormatError) -> Msg {
    use crate::secret::TokenFormatError as E;
    match e {
        E::Empty => msg!(checks_token_empty),
        E::InnerWhitespace => msg!(checks_token_spaces),
        E::TooShort(n) => msg!(checks_token_too_short, length = n),
        E::TooLong(n) => msg!(checks_token_too_long, length = n),
        E::Control => msg!(checks_token_control),
    }
}

pub(super) fn checking(id: CheckId) -> Msg {
    match id {
        CheckId::Url => msg!(checks_checking_url),
        CheckId::Token => msg!(checks_checking_token),
        CheckId::Email => msg!(checks_checking_email),
        CheckId::Account => msg!(checks_checking_account),
        CheckId::Inboxes => msg!(checks_checking_inboxes),
        CheckId::Operations => msg!(checks_checking_operations),
        CheckId::Whatsapp => msg!(checks_checking_whatsapp),
    }
}

pub(super) fn skipped(id: CheckId, code: Code) -> CheckUpdate {
    let message = match code {
        Code::NeedsUrl => msg!(checks_skipped_needs_url),
        Code::NeedsToken => msg!(checks_skipped_needs_token),
        Code::NeedsAccount => msg!(checks_skipped_needs_account),
        Code::NeedsInboxes => msg!(checks_skipped_needs_inboxes),
        _ => msg!(checks_not_checked),
    };
    CheckUpdate::new(id, Status::Skipped, code, message)
}

pub(super) fn fail(id: CheckId, err: &Error) -> CheckUpdate {
    CheckUpdate::new(id, Status::Fail, Code::from(err), err.msg())
        .worded(Wording::Error(err.clone()))
}

/// `typed`: the URL as normalised; when https was only assumed and its handshake fails,
/// the message offers the `http://` form.
pub(super) fn url(
    origin: &str,
    typed: Option<&NormalizedUrl>,
    result: &Result<Arc<ServerInfo>, Error>,
) -> CheckUpdate {
    let info = match result {
        Ok(info) => info,
        // Only a port that answered without TLS hints at plain http; an untrusted or
        // otherwise refused certificate means the server does speak https.
        Err(e @ Error::TlsNotTls { .. }) => {
            let u = fail(CheckId::Url, e);
            if let Some(typed) = typed
                && let Some(alt) = typed.plain_http_alternative()
            {
                return u.worded(Wording::AssumedHttps {
                    error: e.clone(),
                    remedy: Remedy::UseUrl {
                        url: alt,
                        allow_http: !typed.is_loopback,
                    },
                });
            }
            return u;
        }
        Err(e @ Error::TlsUntrusted { cert, .. }) => {
            let u = fail(CheckId::Url, e);
            return match cert {
                Some(c) => u.with_facts(Facts::Certificate(c.clone())),
                None => u,
            };
        }
        Err(e) => return fail(CheckId::Url, e),
    };
    let facts = Facts::Server(ServerFacts {
        version: info.version.clone(),
    });
    let mut u = if info.is_degraded() {
        CheckUpdate::new(
            CheckId::Url,
            Status::Warn,
            Code::ServerDegraded,
            msg!(
                checks_url_degraded,
                version = &info.version,
                origin = origin
            ),
        )
        .with_warning(
            Code::ServerDegraded,
            msg!(checks_url_degraded_warning, origin = origin),
        )
    } else {
        CheckUpdate::new(
            CheckId::Url,
            Status::Ok,
            Code::Ok,
            msg!(checks_url_ok, version = &info.version, origin = origin),
        )
    };
    if info.supports_token_rotation() == Some(false) {
        u = u.with_warning(
            Code::ServerTooOld,
            msg!(checks_url_too_old, version = &info.version),
        );
    }
    u.with_facts(facts)
}

fn account_facts(a: &ProfileAccount) -> AccountFacts {
    AccountFacts {
        id: a.id,
        name: a.name.clone(),
        role: a.role.clone(),
        status: a.status.clone(),
    }
}

pub(super) fn token(result: &Result<Arc<Profile>, Error>) -> CheckUpdate {
    let profile = match result {
        Ok(p) => p,
        Err(e) => return fail(CheckId::Token, e),
    };
    let user = UserFacts {
        id: profile.id,
        name: profile.name.clone(),
        email: profile.email.clone(),
    };
    let accounts = profile.accounts.iter().map(account_facts).collect();
    CheckUpdate::new(
        CheckId::Token,
        Status::Ok,
        Code::Ok,
        msg!(
            checks_token_ok,
            name = &profile.name,
            email = &profile.email,
            id = profile.id
        ),
    )
    .with_facts(Facts::User { user, accounts })
}

pub(super) fn email(given: &str, profile: &Profile) -> CheckUpdate {
    if given.eq_ignore_ascii_case(&profile.email)
        || given.to_lowercase() == profile.email.to_lowercase()
    {
        return CheckUpdate::new(
            CheckId::Email,
            Status::Ok,
            Code::Ok,
            msg!(checks_email_ok, email = &profile.email),
        );
    }
    CheckUpdate::new(
        CheckId::Email,
        Status::Fail,
        Code::EmailMismatch,
        msg!(
            checks_email_mismatch,
            name = &profile.name,
            email = &profile.email,
            given = crate::sanitize::sanitize(given)
        ),
    )
}

fn list_accounts(profile: &Profile) -> Msg {
    if profile.accounts.is_empty() {
        return msg!(checks_accounts_none);
    }
    let list: Vec<String> = profile
        .accounts
        .iter()
        .map(|a| format!("{} ({})", a.id, a.name))
        .collect();
    msg!(checks_accounts_list, list = list.join(", "))
}

pub(super) fn account(account_id: u64, profile: &Profile) -> CheckUpdate {
    let Some(a) = profile.account(account_id) else {
        return CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::NotMember,
            msg!(
                checks_account_not_member,
                name = &profile.name,
                account_id = account_id,
                accounts = list_accounts(profile)
            ),
        );
    };
    let facts = Facts::Account(account_facts(a));
    let u = if a.is_suspended() {
        CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::Suspended,
            msg!(
                checks_account_suspended,
                account_id = a.id,
                account = &a.name
            ),
        )
    } else if !a.is_administrator() {
        CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::NotAdministrator,
            match a.role.as_str() {
                "" => msg!(
                    checks_account_not_admin_none,
                    name = &profile.name,
                    account_id = a.id,
                    account = &a.name
                ),
                "agent" => msg!(
                    checks_account_not_admin_agent,
                    name = &profile.name,
                    account_id = a.id,
                    account = &a.name
                ),
                role => msg!(
                    checks_account_not_admin_role,
                    name = &profile.name,
                    role = role,
                    account_id = a.id,
                    account = &a.name
                ),
            },
        )
    } else {
        CheckUpdate::new(
            CheckId::Account,
            Status::Ok,
            Code::Ok,
            msg!(checks_account_ok, account = &a.name, account_id = a.id),
        )
    };
    u.with_facts(facts)
}

pub(super) fn inboxes(account_id: u64, result: &Result<Arc<Vec<Inbox>>, Error>) -> CheckUpdate {
    let list = match result {
        Ok(list) => list,
        Err(e) => return fail(CheckId::Inboxes, e),
    };
    let whatsapp: Vec<WhatsappInbox> = list
        .iter()
        .filter(|i| i.is_whatsapp())
        .map(|i| WhatsappInbox {
            id: i.id,
            name: i.name.clone(),
            phone_number: i.phone_number.clone(),
            channel: i.whatsapp_channel().unwrap_or_default().to_owned(),
        })
        .collect();
    let facts = InboxFacts {
        total: list.len() as u64,
        whatsapp: whatsapp.len() as u64,
        whatsapp_inboxes: whatsapp,
    };
    let total = list.len();
    let u = if facts.whatsapp == 0 {
        CheckUpdate::new(
            CheckId::Inboxes,
            Status::Warn,
            Code::NoWhatsappInbox,
            msg!(
                checks_inboxes_no_whatsapp,
                total = total,
                account_id = account_id
            ),
        )
    } else {
        let names: Vec<String> = facts
            .whatsapp_inboxes
            .iter()
            .map(|w| match &w.phone_number {
                Some(p) if !p.is_empty() => format!("{} ({p})", w.name),
                _ => w.name.clone(),
            })
            .collect();
        CheckUpdate::new(
            CheckId::Inboxes,
            Status::Ok,
            Code::Ok,
            msg!(
                checks_inboxes_ok,
                total = total,
                whatsapp = facts.whatsapp,
                names = names.join(", ")
            ),
        )
    };
    u.with_facts(Facts::Inboxes(facts))
}

#[cfg(test)]
mod tests;
