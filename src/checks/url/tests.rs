use proptest::prelude::*;

use super::*;

fn ok(input: &str) -> NormalizedUrl {
    normalize_url(input, false).expect("normalises")
}

fn codes(n: &NormalizedUrl) -> Vec<Code> {
    n.warnings.iter().map(|w| w.code).collect()
}

#[test]
fn bare_host_and_port_gets_https() {
    let n = ok("localhost:3000");
    assert_eq!(n.origin, "https://localhost:3000");
    assert!(n.is_loopback);
    assert!(n.warnings.is_empty());

    let n = ok("chat.example.com:8080");
    assert_eq!(n.origin, "https://chat.example.com:8080");
    assert!(!n.is_loopback);

    assert_eq!(ok("127.0.0.1:3000").origin, "https://127.0.0.1:3000");
    assert!(ok("127.0.0.1:3000").is_loopback);
    assert_eq!(ok("[::1]:3000").origin, "https://[::1]:3000");
    assert!(ok("[::1]:3000").is_loopback);
}

#[test]
fn plain_http_is_suggested_only_when_https_was_assumed_and_likely_wrong() {
    let alt = |input: &str| {
        normalize_url(input, false)
            .expect("ok")
            .plain_http_alternative()
    };
    assert_eq!(
        alt("127.0.0.1:3000").as_deref(),
        Some("http://127.0.0.1:3000")
    );
    assert_eq!(alt("localhost").as_deref(), Some("http://localhost"));
    assert_eq!(alt("[::1]:3000").as_deref(), Some("http://[::1]:3000"));
    assert_eq!(
        alt("chat.example.com:8080").as_deref(),
        Some("http://chat.example.com:8080")
    );
    assert_eq!(
        alt("chat.example.com:80").as_deref(),
        Some("http://chat.example.com:80")
    );
    assert_eq!(
        alt("chat.example.com"),
        None,
        "a plain host: https is right"
    );
    assert_eq!(alt("chat.example.com:443"), None);
    assert_eq!(alt("https://127.0.0.1:3000"), None, "the scheme was typed");
}

#[test]
fn dashboard_url_gives_origin_and_account_id() {
    let n = ok("HTTPS://Chat.Example.COM/app/accounts/7/dashboard");
    assert_eq!(n.origin, "https://chat.example.com");
    assert_eq!(n.url.as_str(), "https://chat.example.com/");
    assert_eq!(n.account_id, Some(7));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(ok("https://c.example/app/accounts/12").account_id, Some(12));
    assert_eq!(
        ok("https://c.example/app/accounts/12/").account_id,
        Some(12)
    );
    assert_eq!(ok("https://c.example/app/accounts/12x/").account_id, None);
}

/// One rule for the Account ID of a pasted dashboard URL: what the form fills in
/// (`account_id_in_url`) is what the engine's plan takes from the same paste.
#[test]
fn the_form_and_the_engine_read_the_same_account_id_from_a_paste() {
    for pasted in [
        "https://chat.example.com/app/accounts/7/dashboard",
        "chat.example.com/app/accounts/12",
        "https://chat.example.com/app/accounts/007/inbox/3",
        "https://chat.example.com/app/accounts/0/",
        "https://chat.example.com/accounts/7/",
        "https://chat.example.com/x/app/accounts/7/",
        "https://chat.example.com/app/accounts/7x/",
        "http://chat.example.com/app/accounts/9?tab=1#top",
        "http://localhost:3000/app/accounts/3",
        "https://chat.example.com",
        "not a url at all",
    ] {
        let plan = crate::checks::plan(&crate::checks::CheckInputs {
            url: pasted.to_owned(),
            email: None,
            token: None,
            account_id: None,
            allow_http: true,
            inbox_ids: Vec::new(),
        });
        assert_eq!(
            account_id_in_url(pasted),
            plan.valid_account_id(),
            "{pasted}"
        );
    }
    assert_eq!(
        account_id_in_url("https://c.example/app/accounts/007/"),
        Some(7)
    );
    assert_eq!(account_id_in_url("https://c.example/accounts/7/"), None);
}

#[test]
fn other_paths_are_dropped_with_a_warning() {
    let n = ok("https://chat.example.com/app/login");
    assert_eq!(n.origin, "https://chat.example.com");
    assert_eq!(codes(&n), [Code::UrlPathIgnored]);
    let n = ok("https://chat.example.com/?x=1");
    assert_eq!(codes(&n), [Code::UrlPathIgnored]);
}

#[test]
fn trailing_slashes_and_default_ports_go() {
    assert_eq!(
        ok("https://chat.example.com/").origin,
        "https://chat.example.com"
    );
    assert_eq!(
        ok("https://chat.example.com:443").origin,
        "https://chat.example.com"
    );
    assert_eq!(
        ok("  chat.example.com/  ").origin,
        "https://chat.example.com"
    );
    assert!(ok("https://chat.example.com/").warnings.is_empty());
    let n = ok("chat.example.com:8080///");
    assert_eq!(n.origin, "https://chat.example.com:8080");
    assert!(
        n.warnings.is_empty(),
        "only slashes is no path: {:?}",
        n.warnings
    );
}

#[test]
fn idn_becomes_punycode() {
    assert_eq!(
        ok("https://bücher.example").origin,
        "https://xn--bcher-kva.example"
    );
    assert_eq!(ok("BÜCHER.example").origin, "https://xn--bcher-kva.example");
}

#[test]
fn plain_http_rules() {
    let err = normalize_url("http://chat.example.com", false).expect_err("refused");
    assert_eq!(err.code(), Code::InsecureHttp);
    assert_eq!(err.origin(), Some("http://chat.example.com"));
    let n = normalize_url("http://chat.example.com", true).expect("allowed");
    assert_eq!(codes(&n), [Code::HttpAllowed]);
    let n = ok("http://127.0.0.1:3000/");
    assert_eq!(n.origin, "http://127.0.0.1:3000");
    assert_eq!(codes(&n), [Code::HttpLoopback]);
    assert_eq!(codes(&ok("http://localhost:3000")), [Code::HttpLoopback]);
    assert_eq!(codes(&ok("http://[::1]:3000")), [Code::HttpLoopback]);
    assert_eq!(codes(&ok("http://127.8.9.10")), [Code::HttpLoopback]);
}

#[test]
fn the_http_allowed_warning_names_the_flag_only_on_the_command_line() {
    use crate::i18n::{Lang, Msg, msg, with_language};
    let n = normalize_url("http://chat.example.com", true).expect("allowed");
    let w = &n.warnings[0];
    // The command line's wording (and --json's English) names the flag.
    assert_eq!(
        w.message.english(),
        "plain http to http://chat.example.com (--allow-http): the token crosses the network in clear"
    );
    assert_eq!(w.message_with(&Remedy::cli), w.message);
    // A face that asked for the consent itself words it without the flag.
    let consented = |r: &Remedy| r.consented();
    let face = w.message_with(&consented);
    assert_eq!(
        face.english(),
        "plain http to http://chat.example.com: the token crosses the network in clear"
    );
    let es = with_language(Lang::Es, || face.to_string());
    assert!(
        es.starts_with("HTTP sin cifrar hacia http://chat.example.com:"),
        "{es}"
    );
    let pt = face.in_lang(Lang::PtBr);
    assert!(
        !pt.contains("--allow-http") && pt.contains("sem criptografia"),
        "{pt}"
    );
    // A warning without a face's wording is its message everywhere.
    let plain = Warning::new(
        Code::HttpLoopback,
        msg!(checks_url_http_loopback, origin = "x"),
    );
    assert_eq!(
        plain.message_with(&|_| Msg::verbatim("face")),
        plain.message
    );
}

#[test]
fn unusable_input() {
    assert_eq!(normalize_url("", false), Err(UrlError::Empty));
    assert_eq!(normalize_url("   ", false), Err(UrlError::Empty));
    assert_eq!(
        normalize_url("ftp://chat.example.com", false).map_err(|e| e.code()),
        Err(Code::UrlInvalid)
    );
    assert!(matches!(
        normalize_url("https://", false),
        Err(UrlError::Invalid(_))
    ));
    assert!(matches!(
        normalize_url("exa mple.com", false),
        Err(UrlError::Invalid(_))
    ));
}

proptest! {
    #[test]
    fn never_panics(s in any::<String>(), allow in any::<bool>()) {
        let _ = normalize_url(&s, allow);
    }

    #[test]
    fn output_is_an_idempotent_origin(
        s in "(https?://)?[a-zA-Z0-9.-]{1,20}(:[0-9]{1,5})?(/[a-z0-9/]{0,12})?",
    ) {
        if let Ok(n) = normalize_url(&s, true) {
            prop_assert!(!n.origin.ends_with('/'));
            let after_scheme = n.origin.split_once("://").map(|(_, r)| r).unwrap_or_default();
            prop_assert!(!after_scheme.contains('/'));
            prop_assert_eq!(n.url.path(), "/");
            let again = normalize_url(&n.origin, true).expect("an origin normalises");
            prop_assert_eq!(&again.origin, &n.origin);
        }
    }

    #[test]
    fn a_dashboard_url_gives_its_account_id(
        host in "[a-z][a-z0-9-]{0,10}(\\.[a-z]{2,5}){1,2}",
        port in proptest::option::of(1024u16..),
        id in 1u64..=u64::from(u32::MAX),
        tail in "(/[a-z_]{1,10}){0,3}/?",
        upper in any::<bool>(),
    ) {
        // "xn--" (any "--" in places 3-4) starts a punycode label, which IDNA rightly refuses
        // unless it decodes: not a dashboard URL anyone has.
        prop_assume!(!host.contains("--"));
        let authority = port.map_or_else(|| host.clone(), |p| format!("{host}:{p}"));
        // Scheme and host are case-insensitive; the path is not (and Chatwoot's is lower-case).
        let root = format!("https://{authority}");
        let root = if upper { root.to_uppercase() } else { root };
        let typed = format!("{root}/app/accounts/{id}{tail}");
        let n = normalize_url(&typed, false).expect("a dashboard URL normalises");
        prop_assert_eq!(n.account_id, Some(id));
        prop_assert_eq!(n.origin, format!("https://{authority}"));
        prop_assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    }

    #[test]
    fn any_text_output_is_an_origin(s in any::<String>()) {
        if let Ok(n) = normalize_url(&s, true) {
            prop_assert!(!n.origin.ends_with('/'));
            prop_assert!(n.origin.starts_with("http://") || n.origin.starts_with("https://"));
            let again = normalize_url(&n.origin, true).expect("an origin normalises");
            prop_assert_eq!(again.origin, n.origin);
        }
    }
}
