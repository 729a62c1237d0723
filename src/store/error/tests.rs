//! The store's messages in each language: English as it always was, Spanish and Brazilian
//! Portuguese when chosen; logs and programs read English.

use super::*;
use crate::i18n::{Lang, with_language};
use crate::store::{NameProblem, TokenStoreKind};

fn locked() -> StoreError {
    KeyringError::Locked {
        detail: Msg::verbatim("org.freedesktop.Secret.Error.IsLocked"),
    }
    .into()
}

#[test]
fn a_keyring_failure_keeps_its_english_words() {
    let e = locked();
    let english = "the keyring is locked (org.freedesktop.Secret.Error.IsLocked): unlock it \
                   (log in to the desktop, use Seahorse, or `echo PASSWORD | \
                   gnome-keyring-daemon --unlock`) and try again";
    assert_eq!(with_language(Lang::En, || e.to_string()), english);
    // Programs and logs read English whatever the language.
    assert_eq!(with_language(Lang::Es, || e.msg().english()), english);
}

#[test]
fn a_keyring_failure_in_spanish_and_portuguese() {
    let e = locked();
    let es = with_language(Lang::Es, || e.to_string());
    assert!(
        es.starts_with("el llavero del sistema está bloqueado (org.freedesktop"),
        "{es}"
    );
    assert!(
        es.contains("`echo PASSWORD | gnome-keyring-daemon --unlock`"),
        "{es}"
    );
    assert!(es.ends_with("e inténtalo de nuevo"), "{es}");
    let pt = with_language(Lang::PtBr, || e.to_string());
    assert!(
        pt.starts_with("o chaveiro do sistema está bloqueado (org.freedesktop"),
        "{pt}"
    );
    assert!(pt.ends_with("e tente novamente"), "{pt}");
    let timeout = StoreError::from(KeyringError::Timeout { secs: 30 });
    assert_eq!(
        timeout.msg().in_lang(Lang::PtBr),
        "o chaveiro do sistema não respondeu em 30 s: pode haver um pedido de desbloqueio \
         aberto no desktop; responda a ele e tente novamente"
    );
}

#[test]
fn a_missing_token_names_its_store_in_each_language() {
    let e = StoreError::SecretMissing {
        name: "acme".to_owned(),
        store: TokenStoreKind::Keyring,
        token_ref: "cwl-1".to_owned(),
    };
    assert!(e.msg().english().starts_with(
        "the token of profile \"acme\" is missing from the keyring store (entry cwl-1;"
    ));
    let es = e.msg().in_lang(Lang::Es);
    assert!(
        es.starts_with("falta el token del vínculo \"acme\" en el llavero del sistema"),
        "{es}"
    );
    assert!(
        es.contains("`chatwoot-link edit acme --token-stdin`"),
        "{es}"
    );
    let pt = e.msg().in_lang(Lang::PtBr);
    assert!(
        pt.starts_with("o token do vínculo \"acme\" não está no chaveiro do sistema"),
        "{pt}"
    );
}

#[test]
fn name_advice_and_unknown_profiles_are_translated() {
    assert_eq!(
        NameProblem::BadStart.advice().in_lang(Lang::Es),
        "empieza por una letra o un dígito"
    );
    let e = StoreError::UnknownProfile {
        name: "acm".to_owned(),
        known: vec!["acme".to_owned(), "solo".to_owned()],
    };
    assert_eq!(
        e.msg().english(),
        "no profile named \"acm\": did you mean \"acme\"? Known profiles are acme, solo \
         (see `chatwoot-link list`)"
    );
    assert_eq!(
        e.msg().in_lang(Lang::PtBr),
        "não há nenhum vínculo chamado \"acm\": você quis dizer \"acme\"? Os vínculos \
         existentes são acme, solo (veja `chatwoot-link list`)"
    );
    let invalid = StoreError::InvalidName {
        name: "-x".to_owned(),
        reason: NameProblem::BadStart,
    };
    assert!(
        invalid
            .msg()
            .in_lang(Lang::Es)
            .starts_with("nombre de vínculo no válido \"-x\": debe empezar por una letra")
    );
}
