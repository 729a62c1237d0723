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
mod tests {
    use super::*;
    use crate::checks::normalize_url;

    fn message(input: &str, err: Error) -> String {
        let typed = normalize_url(input, false).expect("normalises");
        url(&typed.origin, Some(&typed), &Err(err))
            .message
            .english()
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

    /// A failure and its remedy in each language; the report's JSON keeps the English.
    #[test]
    fn failures_and_remedies_in_spanish_and_portuguese() {
        use crate::i18n::{Lang, with_language};
        let timeout = fail(
            CheckId::Url,
            &Error::Timeout {
                host: "chat.example.com".to_owned(),
                secs: 10,
            },
        );
        let es = with_language(Lang::Es, || timeout.message.to_string());
        assert_eq!(
            es,
            "chat.example.com no respondió (o no terminó de responder) en 10 s: revisa la URL, o aumenta --timeout si el servidor solo es lento"
        );
        let pt = with_language(Lang::PtBr, || timeout.message.to_string());
        assert!(
            pt.contains("não respondeu")
                && pt.ends_with("aumente --timeout se o servidor só estiver lento"),
            "{pt}"
        );
        // "Where to find the right value": Chatwoot's own dashboard labels.
        let token = fail(CheckId::Token, &Error::TokenInvalid);
        let es = with_language(Lang::Es, || token.message.to_string());
        assert!(es.ends_with("Ajustes del perfil → Token de acceso"), "{es}");
        let pt = with_language(Lang::PtBr, || token.message.to_string());
        assert!(
            pt.ends_with("Configurações do Perfil → Token de acesso"),
            "{pt}"
        );
        // The same message for a program is English, whatever the language.
        with_language(Lang::Es, || {
            let mut report = crate::checks::CheckReport::new();
            report.apply(&token);
            let json = serde_json::to_value(&report).expect("serialise");
            assert_eq!(
                json["checks"][1]["message"],
                "the token is not valid (wrong, or reset): copy it again from Profile Settings → Access Token"
            );
        });
    }

    #[test]
    fn plurals_follow_the_count() {
        use crate::i18n::{Lang, with_language};
        let u = inboxes(7, &Ok(Arc::new(Vec::new())));
        assert_eq!(
            u.message.english(),
            "none of the 0 inboxes in account 7 is a WhatsApp inbox: add one under Settings → Inboxes, or check the Account ID"
        );
        let pt = with_language(Lang::PtBr, || u.message.to_string());
        assert!(pt.contains("Configurações → Caixas de Entrada"), "{pt}");
        let es = with_language(Lang::Es, || u.message.to_string());
        assert!(es.contains("Ajustes → Entradas"), "{es}");
    }
}
