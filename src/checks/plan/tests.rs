use super::*;

const T: &str = "hPZ3kT9vUq2mNwXyR4sLbC8d";

fn inputs(
    url: &str,
    email: Option<&str>,
    token: Option<&str>,
    account: Option<&str>,
) -> CheckInputs {
    CheckInputs {
        url: url.into(),
        email: email.map(Into::into),
        token: token.map(|t| Token::from_trusted(t.into())),
        account_id: account.map(Into::into),
        allow_http: false,
        ..Default::default()
    }
}

fn decided(p: &Plan, id: CheckId) -> Option<(Status, Code)> {
    p.decided(id).map(|u| (u.status, u.code))
}

#[test]
fn all_inputs_good_means_everything_goes_live() {
    let p = plan(&inputs(
        "chat.example.com",
        Some("a@b.example"),
        Some(T),
        Some("3"),
    ));
    assert!(!p.has_local_failure());
    for id in CheckId::ALL {
        assert_eq!(decided(&p, id), None, "{id:?}");
    }
    assert_eq!(p.origin(), Some("https://chat.example.com"));
    assert_eq!(p.valid_account_id(), Some(3));
}

#[test]
fn account_id_from_url_and_explicit_override() {
    let url = "https://chat.example.com/app/accounts/7/dashboard";
    let p = plan(&inputs(url, None, Some(T), None));
    assert_eq!(p.valid_account_id(), Some(7));
    assert_eq!(p.account_warnings[0].code, Code::AccountIdFromUrl);

    let p = plan(&inputs(url, None, Some(T), Some(" 9 ")));
    assert_eq!(p.valid_account_id(), Some(9));
    assert_eq!(p.account_warnings[0].code, Code::AccountIdMismatch);
    assert!(
        p.account_warnings[0].message.english().contains('9')
            && p.account_warnings[0].message.english().contains('7')
    );

    let p = plan(&inputs(url, None, Some(T), Some("7")));
    assert!(p.account_warnings.is_empty(), "agreeing IDs: no warning");

    for bad in ["0", "-1", "abc", "+5", "1.5", "99999999999999999999999"] {
        let p = plan(&inputs(url, None, Some(T), Some(bad)));
        assert_eq!(
            decided(&p, CheckId::Account),
            Some((Status::Fail, Code::AccountIdInvalid)),
            "{bad}"
        );
        assert_eq!(
            decided(&p, CheckId::Inboxes),
            Some((Status::Skipped, Code::NeedsAccount))
        );
    }
}

#[test]
fn skip_rules() {
    // URL unusable: everything else needs the URL, but own local failures still show.
    let p = plan(&inputs("ftp://x", Some("bad"), Some(T), Some("1")));
    assert_eq!(
        decided(&p, CheckId::Url),
        Some((Status::Fail, Code::UrlInvalid))
    );
    assert_eq!(
        decided(&p, CheckId::Token),
        Some((Status::Skipped, Code::NeedsUrl))
    );
    assert_eq!(
        decided(&p, CheckId::Email),
        Some((Status::Fail, Code::EmailInvalid))
    );
    assert_eq!(
        decided(&p, CheckId::Inboxes),
        Some((Status::Skipped, Code::NeedsUrl))
    );

    // No token: the token check is not given; what needs it waits for it.
    let p = plan(&inputs(
        "chat.example.com",
        Some("a@b.example"),
        None,
        Some("1"),
    ));
    assert!(!p.has_local_failure());
    assert_eq!(decided(&p, CheckId::Url), None);
    assert_eq!(
        decided(&p, CheckId::Token),
        Some((Status::Skipped, Code::NotGiven))
    );
    for id in [CheckId::Email, CheckId::Account, CheckId::Inboxes] {
        assert_eq!(
            decided(&p, id),
            Some((Status::Skipped, Code::NeedsToken)),
            "{id:?}"
        );
    }

    // A malformed token fails locally.
    let p = plan(&inputs(
        "chat.example.com",
        None,
        Some("has space inside"),
        None,
    ));
    assert!(p.has_local_failure());
    assert_eq!(
        decided(&p, CheckId::Token),
        Some((Status::Fail, Code::TokenFormat))
    );

    // Inputs not given.
    let p = plan(&inputs("chat.example.com", None, Some(T), None));
    assert_eq!(
        decided(&p, CheckId::Email),
        Some((Status::Skipped, Code::NotGiven))
    );
    assert_eq!(
        decided(&p, CheckId::Account),
        Some((Status::Skipped, Code::NotGiven))
    );
    assert_eq!(
        decided(&p, CheckId::Inboxes),
        Some((Status::Skipped, Code::NotGiven))
    );
    assert_eq!(
        plan(&inputs("c.example", Some("  "), Some(T), Some(" ")))
            .email
            .as_ref()
            .map(|_| ()),
        None
    );
}

#[test]
fn insecure_http_keeps_the_origin_for_the_report() {
    let p = plan(&inputs("http://chat.example.com/x", None, Some(T), None));
    let u = p.decided(CheckId::Url).expect("decided");
    assert_eq!((u.status, u.code), (Status::Fail, Code::InsecureHttp));
    assert_eq!(
        u.facts,
        Some(Facts::Origin("http://chat.example.com".into()))
    );
    assert!(u.message.english().contains("--allow-http"));
}

#[test]
fn local_updates_cover_every_check_and_carry_extras() {
    let p = plan(&inputs(
        "http://127.0.0.1:3000/app/accounts/2",
        Some("x"),
        Some(T),
        None,
    ));
    let ups = p.local_updates();
    assert_eq!(ups.iter().map(|u| u.id).collect::<Vec<_>>(), CheckId::ALL);
    assert!(ups.iter().all(|u| u.status.is_final()));
    let url = &ups[0];
    assert_eq!(url.code, Code::NotChecked);
    assert_eq!(
        url.facts,
        Some(Facts::Origin("http://127.0.0.1:3000".into()))
    );
    assert_eq!(url.warnings[0].code, Code::HttpLoopback);
    assert_eq!(ups[1].code, Code::NotChecked);
    assert_eq!(
        (ups[2].status, ups[2].code),
        (Status::Fail, Code::EmailInvalid)
    );
    assert_eq!(ups[3].warnings[0].code, Code::AccountIdFromUrl);
}

#[test]
fn messages_are_single_lines_without_control_characters() {
    let p = plan(&inputs(
        "\u{1b}[31m",
        Some("a\u{7}\nb"),
        Some("x\u{1b}"),
        Some("1\n2"),
    ));
    for u in p.local_updates() {
        assert!(
            !u.message.english().chars().any(char::is_control),
            "{:?}",
            u.message
        );
    }
}
