//! What a passing check report gives a profile, the `already_linked` warning, and the
//! wording of a profile's host and token store that every face shows.

use jiff::Timestamp;

use crate::checks::{CheckReport, Code, Warning};
use crate::store::{ProfileData, TokenStoreKind};

/// The facts a passing report gives a profile, verified now. `None` when the report lacks
/// one (the email or account was not checked): nothing may be saved from it.
pub fn profile_data(report: &CheckReport) -> Option<ProfileData> {
    let url = report.url.clone()?;
    let user = report.user.as_ref()?;
    let account = report.account.as_ref()?;
    let server = report.server.as_ref()?;
    Some(ProfileData {
        url,
        email: user.email.to_lowercase(),
        account_id: account.id,
        account_name: account.name.clone(),
        user_id: user.id,
        user_name: user.name.clone(),
        role: account.role.clone(),
        server_version: server.version.clone(),
        verified_at: Timestamp::now(),
        inbox_ids: report
            .whatsapp
            .iter()
            .flat_map(|w| &w.inboxes)
            .filter(|i| i.chosen)
            .map(|i| i.id)
            .collect(),
    })
}

/// The `already_linked` warning, when `others` is not empty.
pub fn already_linked(others: &[String], data: &ProfileData) -> Option<Warning> {
    if others.is_empty() {
        return None;
    }
    Some(Warning::new(
        Code::AlreadyLinked,
        crate::i18n::msg!(
            link_already_linked,
            host = host(&data.url),
            account_id = data.account_id.to_string(),
            names = others.join(", ")
        ),
    ))
}

/// `chat.example.com` of `https://chat.example.com`, safe to print (the config file may
/// have been edited by hand).
pub fn host(url: &str) -> String {
    crate::sanitize::sanitize(url.split_once("://").map_or(url, |(_, rest)| rest))
}

/// The WhatsApp numbers a report found for a profile, each as `+1555 (Sales)`: its chosen
/// inboxes, or every WhatsApp inbox of the account when none was chosen. `None` when the
/// inboxes were not listed (an earlier check failed). Server text is sanitised.
pub fn whatsapp_numbers(report: &CheckReport, chosen: &[u64]) -> Option<Vec<String>> {
    let facts = report.inboxes.as_ref()?;
    Some(
        facts
            .whatsapp_inboxes
            .iter()
            .filter(|i| chosen.is_empty() || chosen.contains(&i.id))
            .map(|i| {
                let name = crate::sanitize::sanitize(&i.name);
                match i.phone_number.as_deref().filter(|p| !p.trim().is_empty()) {
                    Some(p) => format!("{} ({name})", crate::sanitize::sanitize(p)),
                    None => crate::i18n::t!(link_inbox_no_number, name = name),
                }
            })
            .collect(),
    )
}

/// The Chatwoot page with the user's access token: Profile Settings of the account
/// (the dashboard's `accounts/:accountId/profile/settings` route).
pub fn profile_settings_url(url: &str, account_id: u64) -> String {
    format!(
        "{}/app/accounts/{account_id}/profile/settings",
        url.trim_end_matches('/')
    )
}

/// Where a token store keeps things, for messages.
pub fn store_place(kind: TokenStoreKind) -> crate::i18n::Msg {
    match kind {
        TokenStoreKind::Keyring => crate::i18n::msg!(link_place_keyring),
        TokenStoreKind::File => crate::i18n::msg!(link_place_file),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{AccountFacts, ServerFacts, UserFacts};

    fn passing() -> CheckReport {
        let mut r = CheckReport::new();
        r.url = Some("https://chat.example.com".into());
        r.server = Some(ServerFacts {
            version: "4.15.1".into(),
        });
        r.user = Some(UserFacts {
            id: 7,
            name: "Jane".into(),
            email: "Jane@Example.com".into(),
        });
        r.account = Some(AccountFacts {
            id: 1,
            name: "Acme".into(),
            role: "administrator".into(),
            status: "active".into(),
        });
        r
    }

    #[test]
    fn a_profile_needs_every_fact() {
        let d = profile_data(&passing()).expect("complete");
        assert_eq!(
            (d.url.as_str(), d.email.as_str(), d.account_id, d.user_id),
            ("https://chat.example.com", "jane@example.com", 1, 7)
        );
        assert_eq!(d.server_version, "4.15.1");
        for strip in 0..4 {
            let mut r = passing();
            match strip {
                0 => r.url = None,
                1 => r.server = None,
                2 => r.user = None,
                _ => r.account = None,
            }
            assert!(profile_data(&r).is_none(), "missing fact {strip}");
        }
    }

    #[test]
    fn already_linked_names_the_others() {
        let d = profile_data(&passing()).expect("complete");
        assert!(already_linked(&[], &d).is_none());
        let w = already_linked(&["acme".into(), "acme-2".into()], &d).expect("warning");
        assert_eq!(w.code, Code::AlreadyLinked);
        assert!(
            w.message
                .english()
                .starts_with("chat.example.com account 1 is already linked as acme, acme-2")
        );
    }

    #[test]
    fn already_linked_speaks_the_language_but_serialises_english() {
        use crate::i18n::{Lang, with_language};
        let d = profile_data(&passing()).expect("complete");
        let w = already_linked(&["acme".into()], &d).expect("warning");
        let es = with_language(Lang::Es, || w.message.to_string());
        assert!(
            es.starts_with("la cuenta 1 de chat.example.com ya está vinculada como acme"),
            "{es}"
        );
        let pt = w.message.in_lang(Lang::PtBr);
        assert!(pt.contains("já está vinculada como acme"), "{pt}");
        let json = with_language(Lang::Es, || serde_json::to_string(&w)).expect("json");
        assert!(json.contains("is already linked as acme"), "{json}");
        let none = with_language(Lang::PtBr, || {
            crate::i18n::t!(link_inbox_no_number, name = "Sales")
        });
        assert_eq!(none, "Sales, sem número");
    }

    #[test]
    fn numbers_are_the_chosen_inboxes_else_all() {
        use crate::checks::{InboxFacts, WhatsappInbox};
        let mut r = passing();
        assert_eq!(whatsapp_numbers(&r, &[]), None);
        let inbox = |id, name: &str, phone: Option<&str>| WhatsappInbox {
            id,
            name: name.into(),
            phone_number: phone.map(Into::into),
            channel: "cloud".into(),
        };
        r.inboxes = Some(InboxFacts {
            total: 3,
            whatsapp: 2,
            whatsapp_inboxes: vec![
                inbox(12, "Sales", Some("+1555")),
                inbox(13, "Support\x1b[31m", None),
            ],
        });
        assert_eq!(
            whatsapp_numbers(&r, &[12]),
            Some(vec!["+1555 (Sales)".to_owned()])
        );
        let all = whatsapp_numbers(&r, &[]).expect("listed");
        assert_eq!(all.len(), 2);
        assert!(all[1].ends_with(", no number") && !all[1].contains('\x1b'));
    }

    #[test]
    fn the_token_page_is_the_accounts_profile_settings() {
        assert_eq!(
            profile_settings_url("https://chat.example.com/", 3),
            "https://chat.example.com/app/accounts/3/profile/settings"
        );
    }

    #[test]
    fn host_drops_the_scheme() {
        assert_eq!(
            host("https://chat.example.com:8443"),
            "chat.example.com:8443"
        );
        assert_eq!(host("chat.example.com"), "chat.example.com");
    }
}
