//! Ctrl-G after `tls_untrusted`: the certificate is shown, `y` trusts it for this URL only
//! (the checks run again trusting it) and the save carries it; `n` declines.

use crossterm::event::KeyCode;

use super::*;
use crate::checks::Certificate;
use crate::tui::model::{CheckState, Overlay};

/// A self-signed certificate for chat.example.com (made once with openssl, so the screens
/// stay the same).
pub fn presented() -> Certificate {
    Certificate::parse(include_bytes!("self_signed.pem")).expect("fixture certificate")
}

/// The form after its URL failed `tls_untrusted` with [`presented`].
pub fn untrusted() -> App {
    let mut app = App::new(ctx());
    prefill(&mut app, "chat.example.com", "jane@example.com", TOKEN, "1");
    init(&mut app);
    let failed = CheckUpdate::new(
        CheckId::Url,
        Status::Fail,
        Code::TlsUntrusted,
        "the certificate of chat.example.com is not signed by an authority this computer trusts",
    )
    .with_facts(Facts::Certificate(presented()));
    let generation = app.form.live.generation;
    update(
        &mut app,
        Msg::Check {
            generation,
            update: failed,
        },
    );
    app
}

#[test]
fn ctrl_k_shows_the_certificate_and_y_trusts_it_for_this_url() {
    let mut app = untrusted();
    assert!(matches!(
        app.form.check(CheckId::Url),
        CheckState::Done { message, .. } if message.contains("Ctrl-G")
    ));
    assert!(update(&mut app, ctrl('g')).is_empty());
    assert_eq!(app.overlay, Some(Overlay::TrustCert));
    update(&mut app, key(KeyCode::Char('n')));
    assert_eq!(app.overlay, None);
    assert_eq!(app.form.trusted_cert, None, "declined");

    update(&mut app, ctrl('g'));
    let effects = update(&mut app, key(KeyCode::Char('y')));
    assert_eq!(app.overlay, None);
    match effects.as_slice() {
        [.., Effect::Trust { origin, cert }, Effect::RunChecks { .. }] => {
            assert_eq!(origin.as_str(), "https://chat.example.com/");
            assert_eq!(cert, &presented());
        }
        other => panic!("expected the checks to run again trusting it: {other:?}"),
    }
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("A7:67:F4"))
    );

    finish_run(&mut app, good_run());
    app.form.focus = FieldId::Name;
    update(&mut app, key(KeyCode::Enter));
    let effects = update(&mut app, key(KeyCode::Enter));
    match effects.as_slice() {
        [Effect::Save(req)] => assert_eq!(req.trusted_cert, Some(presented())),
        other => panic!("expected a save: {other:?}"),
    }
}

#[test]
fn the_trust_is_for_that_origin_only_and_ctrl_k_needs_tls_untrusted() {
    let mut app = untrusted();
    update(&mut app, ctrl('g'));
    update(&mut app, key(KeyCode::Char('y')));
    app.form.focus = FieldId::Url;
    update(&mut app, ctrl('u'));
    let effects = type_str(&mut app, "other.example.com");
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Trust { .. })),
        "another host is not trusted by it"
    );
    assert!(update(&mut app, ctrl('g')).is_empty());
    assert_eq!(
        app.overlay, None,
        "nothing to show: the URL did not fail tls_untrusted"
    );
}
