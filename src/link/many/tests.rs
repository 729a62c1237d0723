//! The rules of choosing accounts and naming their profiles.

use super::*;
use crate::store::slug;

fn facts(id: u64, name: &str, role: &str, status: &str) -> AccountFacts {
    AccountFacts {
        id,
        name: name.into(),
        role: role.into(),
        status: status.into(),
    }
}

#[test]
fn all_admin_takes_active_administrator_accounts_only() {
    let known = [
        facts(1, "Acme", "administrator", "active"),
        facts(2, "Beta", "agent", "active"),
        facts(3, "Old", "administrator", "suspended"),
    ];
    let (chosen, skipped) = choose(&Accounts::AllAdmin, &known);
    assert_eq!(chosen, [1]);
    let codes: Vec<Code> = skipped
        .into_iter()
        .map(|a| skipped_result(a).code)
        .collect();
    assert_eq!(codes, [Code::NotAdministrator, Code::Suspended]);
    let (chosen, skipped) = choose(&Accounts::Ids(vec![4, 1, 4]), &known);
    assert_eq!((chosen, skipped.len()), (vec![4, 1], 0));
}

#[test]
fn names_come_from_account_names_and_stay_apart() {
    assert_eq!(profile_name("Acme Inc.", 1, &[]), "acme-inc");
    assert_eq!(profile_name("日本", 7, &[]), "account-7");
    let data = ProfileData {
        url: String::new(),
        email: String::new(),
        account_id: 1,
        account_name: "Acme".into(),
        user_id: 1,
        user_name: String::new(),
        role: String::new(),
        server_version: String::new(),
        verified_at: jiff::Timestamp::UNIX_EPOCH,
        inbox_ids: Vec::new(),
    };
    let so_far = [("acme".to_owned(), data)];
    assert_eq!(profile_name("ACME", 12, &so_far), "acme-12");
    let long = "x".repeat(40);
    let so_far = [(slug(&long), so_far[0].1.clone())];
    let name = profile_name(&long, 123, &so_far);
    assert!(
        name.ends_with("-123") && name.len() == crate::store::NAME_MAX,
        "{name}"
    );
}

#[test]
fn a_skipped_account_says_why_in_the_language_and_english_for_json() {
    use crate::i18n::{Lang, with_language};
    let agent = skipped_result(facts(2, "Beta", "agent", "active"));
    assert_eq!(
        agent.message.english(),
        "skipped: the user is agent there, not an administrator"
    );
    let es = with_language(Lang::Es, || agent.message.to_string());
    assert_eq!(
        es,
        "omitida: el usuario tiene ahí el rol agent, no es administrador"
    );
    let suspended = skipped_result(facts(3, "Old", "administrator", "suspended"));
    assert_eq!(
        suspended.message.in_lang(Lang::PtBr),
        "ignorada: o status da conta é suspended"
    );
    let json = with_language(Lang::Es, || serde_json::to_string(&suspended.message));
    assert_eq!(json.expect("json"), "\"skipped: the account is suspended\"");
}
