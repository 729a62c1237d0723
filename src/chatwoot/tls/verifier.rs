//! The certificate verifier every connection uses. It wraps the platform verifier (or, for a
//! profile that pins a certificate, a `WebPKI` verifier whose only root is that certificate)
//! and adds what rustls alone refuses or cannot tell:
//! - the pinned certificate itself, presented by the server, is accepted by DER equality
//!   (a self-signed CA:TRUE certificate is no valid end-entity for `WebPKI`);
//! - a certificate in the system store (or `SSL_CERT_FILE`) presented as the server's own
//!   is accepted the same way, as curl does;
//! - every refusal carries the presented certificate ([`Rejected`]), so the message can
//!   show its fingerprint and the wizard can offer to trust it.

use std::sync::{Arc, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, Error, OtherError, RootCertStore};

use super::Certificate;

/// Why the verifier refused the server's certificate, with the certificate it refused.
#[derive(Debug)]
pub(crate) struct Rejected {
    /// The underlying verification error (unknown issuer, expired, wrong name, …).
    pub cause: Error,
    /// The profile pins a certificate and the server presented another one.
    pub changed: bool,
    /// What the server presented (`None` if it cannot be parsed).
    pub presented: Option<Certificate>,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "certificate refused: {}", self.cause)
    }
}

impl std::error::Error for Rejected {}

#[derive(Debug)]
struct Verifier {
    provider: Arc<CryptoProvider>,
    /// The platform verifier, or a `WebPKI` verifier rooted at the pinned certificate.
    inner: Option<Arc<dyn ServerCertVerifier>>,
    pinned: Option<Certificate>,
}

/// A rustls client configuration trusting the system store, or only `pinned`.
pub(crate) fn client_config(
    pinned: Option<&Certificate>,
) -> Result<rustls::ClientConfig, crate::i18n::Msg> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let inner: Option<Arc<dyn ServerCertVerifier>> = match pinned {
        None => Some(Arc::new(
            rustls_platform_verifier::Verifier::new(Arc::clone(&provider))
                .map_err(|e| crate::i18n::msg!(network_system_store, error = e.to_string()))?,
        )),
        Some(cert) => {
            let mut roots = RootCertStore::empty();
            // A certificate that cannot be a trust anchor still matches by equality.
            match roots.add(CertificateDer::from(cert.der().to_vec())) {
                Ok(()) => WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots),
                    Arc::clone(&provider),
                )
                .build()
                .ok()
                .map(|v| v as Arc<dyn ServerCertVerifier>),
                Err(_) => None,
            }
        }
    };
    let verifier = Verifier {
        provider: Arc::clone(&provider),
        inner,
        pinned: pinned.cloned(),
    };
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| crate::i18n::Msg::verbatim(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        if let Some(pinned) = &self.pinned
            && pinned.der() == end_entity.as_ref()
        {
            tracing::debug!("the server presented the pinned certificate itself");
            return Ok(ServerCertVerified::assertion());
        }
        let result = match &self.inner {
            Some(inner) => {
                inner.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            }
            None => Err(CertificateError::UnknownIssuer.into()),
        };
        let cause = match result {
            Ok(ok) => return Ok(ok),
            Err(e) => e,
        };
        if self.pinned.is_none() && is_ca_as_end_entity(&cause) && in_system_store(end_entity) {
            tracing::debug!("the server presented a certificate of the system store itself");
            return Ok(ServerCertVerified::assertion());
        }
        let changed = self.pinned.is_some() && is_untrusted(&cause);
        Err(Error::InvalidCertificate(CertificateError::Other(
            OtherError(Arc::new(Rejected {
                cause,
                changed,
                presented: Certificate::from_der(end_entity.as_ref()).ok(),
            })),
        )))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// No chain to a trusted root: the case "trust this certificate" answers.
pub(crate) fn is_untrusted(e: &Error) -> bool {
    match e {
        Error::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer | CertificateError::BadSignature => true,
            CertificateError::Other(_) => is_ca_as_end_entity(e),
            _ => false,
        },
        _ => false,
    }
}

/// `WebPKI`'s refusal of a CA certificate (CA:TRUE) presented as the server's own.
pub(crate) fn is_ca_as_end_entity(e: &Error) -> bool {
    matches!(
        e,
        Error::InvalidCertificate(CertificateError::Other(OtherError(inner)))
            if matches!(
                inner.downcast_ref::<webpki::Error>(),
                Some(webpki::Error::CaUsedAsEndEntity)
            )
    )
}

/// The system store as `SSL_CERT_FILE`/`SSL_CERT_DIR` or the platform define it, loaded
/// once and only when a CA certificate is presented as a server's own.
fn in_system_store(end_entity: &CertificateDer<'_>) -> bool {
    static STORE: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();
    STORE
        .get_or_init(|| rustls_native_certs::load_native_certs().certs)
        .iter()
        .any(|c| c.as_ref() == end_entity.as_ref())
}
