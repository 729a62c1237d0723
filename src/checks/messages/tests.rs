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
