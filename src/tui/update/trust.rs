//! Trusting the server's certificate after `tls_untrusted`, as ssh asks about a new host
//! key: Ctrl-G shows the certificate (SHA-256 fingerprint, subject, issuer, validity), `y`
//! trusts it for this form's URL (and saves it with the profile), anything else declines.

use crossterm::event::KeyEvent;

use super::checks;
use crate::checks::{Certificate, CheckId, Code};
use crate::tui::keys;
use crate::tui::model::{App, CheckState, FieldId, Overlay};
use crate::tui::msg::Effect;

/// The `url` line's text after `tls_untrusted` (fits under the field at 80 columns).
pub fn untrusted_hint() -> String {
    crate::i18n::t!(wizard_form_trust_hint)
}

/// Ctrl-G in the form: opens the certificate when the URL failed `tls_untrusted`.
pub fn open(app: &mut App) -> Vec<Effect> {
    let untrusted = matches!(
        app.form.check(CheckId::Url),
        CheckState::Done {
            code: Code::TlsUntrusted,
            ..
        }
    );
    if untrusted && app.form.presented_cert.is_some() {
        app.overlay = Some(Overlay::TrustCert);
    }
    Vec::new()
}

/// A key while the certificate is shown: `y` trusts it, `n`/Esc declines.
pub fn key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    match keys::action(keys::TRUST_CERT, key) {
        Some(keys::TrustCert::Trust) => {
            app.overlay = None;
            let (Some(cert), Some(origin)) = (
                app.form.presented_cert.clone(),
                checks::origin(app.form.fields.get(FieldId::Url)),
            ) else {
                return Vec::new();
            };
            let info = cert.info();
            let fingerprint = info.sha256.get(..23).unwrap_or(&info.sha256);
            app.notice = Some(crate::i18n::t!(
                wizard_form_trust_notice,
                fingerprint = fingerprint
            ));
            app.form.trusted_cert = Some((origin, cert));
            let mut effects = checks::edited(app, FieldId::Url);
            effects.extend(checks::start(app));
            effects
        }
        Some(keys::TrustCert::Decline) => {
            app.overlay = None;
            Vec::new()
        }
        None => Vec::new(),
    }
}

/// The certificate confirmed for the URL now in the field, if any.
pub fn trusted_for_url(app: &App) -> Option<&Certificate> {
    let (origin, cert) = app.form.trusted_cert.as_ref()?;
    (checks::origin(app.form.fields.get(FieldId::Url)).as_deref() == Some(origin.as_str()))
        .then_some(cert)
}

/// The `Trust` effect that must precede a run of the checks on the current URL.
pub fn effect(app: &App) -> Option<Effect> {
    let cert = trusted_for_url(app)?.clone();
    let url = crate::checks::normalize_url(app.form.fields.get(FieldId::Url), true).ok()?;
    Some(Effect::Trust {
        origin: url.url,
        cert,
    })
}
