use std::collections::HashMap;

use super::*;

fn env(vars: &[(&str, &str)]) -> Result<ProxyEnv, ProxyError> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    ProxyEnv::from_vars(|k| map.get(k).cloned())
}

fn via(e: &ProxyEnv, url: &str) -> Option<String> {
    e.for_url(&Url::parse(url).expect("url"))
        .map(|p| format!("{} {}", p.shown(), p.variable()))
}

#[test]
fn scheme_picks_the_variable_and_lower_case_wins() {
    let e = env(&[
        ("HTTPS_PROXY", "http://upper:1"),
        ("https_proxy", "http://lower:2"),
        ("HTTP_PROXY", "plain:3"),
        ("ALL_PROXY", "http://all:4"),
    ])
    .expect("env");
    assert_eq!(
        via(&e, "https://chat.example.com").as_deref(),
        Some("http://lower:2 https_proxy")
    );
    assert_eq!(
        via(&e, "http://chat.example.com").as_deref(),
        Some("http://plain:3 HTTP_PROXY")
    );
    let all = env(&[("all_proxy", "http://all:4")]).expect("env");
    assert_eq!(
        via(&all, "https://x.test").as_deref(),
        Some("http://all:4 all_proxy")
    );
    assert_eq!(via(&ProxyEnv::none(), "https://x.test"), None);
}

#[test]
fn cgi_never_takes_http_proxy_from_a_header() {
    let e = env(&[("HTTP_PROXY", "http://evil:1"), ("REQUEST_METHOD", "GET")]).expect("env");
    assert_eq!(via(&e, "http://chat.example.com"), None);
}

#[test]
fn no_proxy_forms() {
    let e = |no: &str| env(&[("all_proxy", "http://p:3128"), ("NO_PROXY", no)]).expect("env");
    assert_eq!(via(&e("*"), "https://anything.example"), None);
    let list = e("example.com, .corp.test,10.0.0.0/8 ,::1,127.0.0.1:3000,[fd00::1]:8443");
    assert_eq!(via(&list, "https://example.com"), None);
    assert_eq!(via(&list, "https://chat.example.com"), None);
    assert!(via(&list, "https://notexample.com").is_some());
    assert_eq!(via(&list, "https://a.corp.test"), None);
    assert_eq!(via(&list, "https://10.1.2.3"), None);
    assert!(via(&list, "https://11.1.2.3").is_some());
    assert_eq!(via(&list, "http://[::1]:3000"), None);
    assert_eq!(via(&list, "http://127.0.0.1:3000"), None);
    assert!(via(&list, "http://127.0.0.1:3001").is_some());
    assert_eq!(via(&list, "https://[fd00::1]:8443"), None);
    assert!(via(&list, "https://[fd00::1]").is_some());
}

#[test]
fn a_malformed_variable_is_named_and_its_value_never_shown() {
    for (value, why) in [
        ("socks5://u:secretpw@h:1080", "SOCKS"),
        ("ftp://secretpw@h", "scheme"),
        ("http://", "not a URL"),
        ("http://h:1/secretpw", "path"),
    ] {
        let err = env(&[("HTTPS_PROXY", value)]).expect_err(value);
        let text = err.to_string();
        assert!(text.contains("HTTPS_PROXY") && text.contains(why), "{text}");
        assert!(!text.contains("secretpw"), "{text}");
    }
}

#[test]
fn credentials_never_shown() {
    let e = env(&[("https_proxy", "http://user:secretpw@p.test:3128")]).expect("env");
    let p = e
        .for_url(&Url::parse("https://x.test").expect("url"))
        .expect("proxy");
    assert_eq!(p.shown(), "http://p.test:3128");
    assert!(!format!("{p:?} {p}").contains("secretpw"));
    assert_eq!(p.url().password(), Some("secretpw"));
}
