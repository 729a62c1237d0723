//! The one-line messages of the live checks: what is wrong and where the right value is.
//! Server text in here is already sanitised (at deserialisation, `chatwoot::types`).

use std::fmt::Write as _;
use std::sync::Arc;

use super::url::NormalizedUrl;
use super::{
    AccountFacts, CheckId, CheckUpdate, Code, Facts, InboxFacts, ServerFacts, Status, UserFacts,
    WhatsappInbox,
};
use crate::chatwoot::{Error, Inbox, Profile, ProfileAccount, ServerInfo};

pub(super) fn checking(id: CheckId) -> &'static str {
    match id {
        CheckId::Url => "asking the server (GET /api)…",
        CheckId::Token => "asking who owns the token (GET /api/v1/profile)…",
        CheckId::Email => "waiting for the token's profile…",
        CheckId::Account => "waiting for the token's accounts…",
        CheckId::Inboxes => "listing the inboxes (GET /api/v1/accounts/<id>/inboxes)…",
        CheckId::Operations => {
            "asking for webhooks and conversations (GET …/webhooks, …/conversations/meta)…"
        }
        CheckId::Whatsapp => "checking the WhatsApp inboxes and their numbers' health…",
    }
}

pub(super) fn skipped(id: CheckId, code: Code) -> CheckUpdate {
    let message = match code {
        Code::NeedsUrl => "not checked: the URL check failed",
        Code::NeedsToken => "not checked: the token check failed",
        Code::NeedsAccount => "not checked: the account check failed",
        Code::NeedsInboxes => "not checked: the inboxes check failed",
        _ => "not checked",
    };
    CheckUpdate::new(id, Status::Skipped, code, message)
}

fn fail(id: CheckId, err: &Error) -> CheckUpdate {
    CheckUpdate::new(id, Status::Fail, Code::from(err), err.to_string())
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
            let mut u = fail(CheckId::Url, e);
            if let Some(typed) = typed
                && let Some(alt) = typed.plain_http_alternative()
            {
                let allow = if typed.is_loopback {
                    ""
                } else {
                    " --allow-http"
                };
                let _ = write!(
                    u.message,
                    "; no scheme was given, so https was tried: if the server speaks plain http, use --url {alt}{allow}"
                );
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
            format!(
                "Chatwoot {} at {origin}, but it reports its Redis or database failing: later requests may fail; ask its administrator to check them",
                info.version
            ),
        )
        .with_warning(
            Code::ServerDegraded,
            format!("Chatwoot at {origin} reports Redis or Postgres failing (GET /api)"),
        )
    } else {
        CheckUpdate::new(
            CheckId::Url,
            Status::Ok,
            Code::Ok,
            format!("Chatwoot {} at {origin}", info.version),
        )
    };
    if info.supports_token_rotation() == Some(false) {
        u = u.with_warning(
            Code::ServerTooOld,
            format!(
                "Chatwoot {} is older than 4.3.0: the token cannot be rotated from here (revoking only unlinks)",
                info.version
            ),
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
        format!(
            "valid: the token of {} <{}> (user {})",
            profile.name, profile.email, profile.id
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
            format!("{} owns the token", profile.email),
        );
    }
    CheckUpdate::new(
        CheckId::Email,
        Status::Fail,
        Code::EmailMismatch,
        format!(
            "the token belongs to {} <{}>, not {}: use {}'s token (Profile Settings → Access Token) or enter {}",
            profile.name,
            profile.email,
            crate::sanitize::sanitize(given),
            crate::sanitize::sanitize(given),
            profile.email
        ),
    )
}

fn list_accounts(profile: &Profile) -> String {
    if profile.accounts.is_empty() {
        return "the token's user belongs to no account".to_owned();
    }
    let mut s = "the token reaches ".to_owned();
    for (i, a) in profile.accounts.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "{} ({})", a.id, a.name);
    }
    s
}

pub(super) fn account(account_id: u64, profile: &Profile) -> CheckUpdate {
    let Some(a) = profile.account(account_id) else {
        return CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::NotMember,
            format!(
                "{} is not a member of account {account_id}; {}: use the number in /app/accounts/<id>/ of the dashboard URL",
                profile.name,
                list_accounts(profile)
            ),
        );
    };
    let facts = Facts::Account(account_facts(a));
    let u = if a.is_suspended() {
        CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::Suspended,
            format!(
                "account {} ({}) is suspended: ask the installation's administrator to reactivate it",
                a.id, a.name
            ),
        )
    } else if !a.is_administrator() {
        CheckUpdate::new(
            CheckId::Account,
            Status::Fail,
            Code::NotAdministrator,
            format!(
                "{} is {} in account {} ({}), not an administrator: use an administrator's token, or ask an administrator of that account to promote {}",
                profile.name,
                match a.role.as_str() {
                    "" => "a member without a role".to_owned(),
                    "agent" => "an agent".to_owned(),
                    other => format!("'{other}'"),
                },
                a.id,
                a.name,
                profile.name
            ),
        )
    } else {
        CheckUpdate::new(
            CheckId::Account,
            Status::Ok,
            Code::Ok,
            format!("{} (account {}): administrator, active", a.name, a.id),
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
    let plural = if total == 1 { "" } else { "es" };
    let u = if facts.whatsapp == 0 {
        CheckUpdate::new(
            CheckId::Inboxes,
            Status::Warn,
            Code::NoWhatsappInbox,
            format!(
                "none of the {total} inbox{plural} in account {account_id} is a WhatsApp inbox: add one under Settings → Inboxes, or check the Account ID"
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
            format!(
                "{total} inbox{plural}, {} WhatsApp: {}",
                facts.whatsapp,
                names.join(", ")
            ),
        )
    };
    u.with_facts(Facts::Inboxes(facts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::normalize_url;

    fn message(input: &str, err: Error) -> String {
        let typed = normalize_url(input, false).expect("normalises");
        url(&typed.origin, Some(&typed), &Err(err)).message
    }

    fn tls_message(input: &str) -> String {
        message(
            input,
            Error::TlsNotTls {
                host: "h".to_owned(),
            },
        )
    }

    #[test]
    fn a_refused_certificate_never_offers_http() {
        let untrusted = Error::TlsUntrusted {
            host: "127.0.0.1:8443".to_owned(),
            cert: None,
        };
        let text = message("127.0.0.1:8443", untrusted);
        assert!(!text.contains("http://"), "{text}");
        assert!(text.contains("--ca-cert"), "{text}");
        let other = Error::Tls {
            host: "h".to_owned(),
            detail: "x".to_owned(),
        };
        assert!(!message("localhost:3000", other).contains("http://"));
    }

    #[test]
    fn a_failed_assumed_https_offers_the_http_form() {
        let remote = tls_message("chat.example.com:8080");
        assert!(
            remote.ends_with("use --url http://chat.example.com:8080 --allow-http"),
            "{remote}"
        );
        assert!(tls_message("localhost:3000").ends_with("use --url http://localhost:3000"));
        assert!(!tls_message("chat.example.com").contains("--url"));
    }
}
