//! Which server certificates the client trusts: the system store (the platform verifier,
//! which honours `SSL_CERT_FILE` and `SSL_CERT_DIR` on Linux), or one certificate a profile
//! pins: a CA, or the server's own certificate (self-signed, CA:TRUE included).

mod verifier;

use std::fmt::{self, Write as _};
use std::sync::Arc;

use jiff::Timestamp;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use sha2::{Digest, Sha256};

use crate::i18n::{Msg, msg};

pub(crate) use verifier::{Rejected, client_config, is_untrusted};

/// A certificate, with what a person needs to recognise it. Cheap to clone.
#[derive(Clone, PartialEq, Eq)]
pub struct Certificate {
    der: Arc<[u8]>,
    info: Arc<CertInfo>,
}

/// What `openssl x509 -noout -fingerprint -sha256 -subject -issuer -dates` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertInfo {
    /// `AB:CD:…`, 32 upper-case hex pairs.
    pub sha256: String,
    /// RFC 4514 form, e.g. `CN=chat.example.com, O=Example`.
    pub subject: String,
    pub issuer: String,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
    /// Basic constraints CA:TRUE.
    pub is_ca: bool,
}

impl fmt::Debug for Certificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Certificate")
            .field("sha256", &self.info.sha256)
            .field("subject", &self.info.subject)
            .finish_non_exhaustive()
    }
}

/// A file or text that does not hold a usable certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertError {
    NoCertificate,
    PrivateKey,
    /// The parser's words (English).
    Unparsable(String),
}

impl CertError {
    pub fn msg(&self) -> Msg {
        match self {
            Self::NoCertificate => msg!(network_cert_none),
            Self::PrivateKey => msg!(network_cert_private_key),
            Self::Unparsable(why) => msg!(network_cert_unparsable, why = why),
        }
    }
}

/// In the current language.
impl std::fmt::Display for CertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for CertError {}

impl Certificate {
    /// The first certificate of a PEM file, or a DER file.
    pub fn parse(bytes: &[u8]) -> Result<Self, CertError> {
        let text = String::from_utf8_lossy(bytes);
        if text.contains("-----BEGIN") {
            if let Some(Ok(der)) = CertificateDer::pem_slice_iter(bytes).next() {
                return Self::from_der(der.as_ref());
            }
            if text.contains("PRIVATE KEY-----") {
                return Err(CertError::PrivateKey);
            }
            return Err(CertError::NoCertificate);
        }
        if bytes.first() != Some(&0x30) {
            return Err(CertError::NoCertificate);
        }
        Self::from_der(bytes)
    }

    /// A DER certificate (what a TLS server presents).
    pub fn from_der(der: &[u8]) -> Result<Self, CertError> {
        let (_, cert) = x509_parser::parse_x509_certificate(der)
            .map_err(|e| CertError::Unparsable(crate::sanitize::sanitize(&e.to_string())))?;
        let time = |t: &x509_parser::time::ASN1Time| {
            Timestamp::from_second(t.timestamp()).unwrap_or(Timestamp::UNIX_EPOCH)
        };
        let validity = cert.validity();
        let info = CertInfo {
            sha256: fingerprint(der),
            subject: crate::sanitize::sanitize(&cert.subject().to_string()),
            issuer: crate::sanitize::sanitize(&cert.issuer().to_string()),
            not_before: time(&validity.not_before),
            not_after: time(&validity.not_after),
            is_ca: cert.is_ca(),
        };
        Ok(Self {
            der: der.into(),
            info: Arc::new(info),
        })
    }

    pub fn der(&self) -> &[u8] {
        &self.der
    }

    pub fn info(&self) -> &CertInfo {
        &self.info
    }

    /// The certificate as PEM, as it is stored with a profile.
    pub fn to_pem(&self) -> String {
        let mut out = String::from("-----BEGIN CERTIFICATE-----\n");
        let b64 = base64(&self.der);
        for line in b64.as_bytes().chunks(64) {
            out.push_str(&String::from_utf8_lossy(line));
            out.push('\n');
        }
        out.push_str("-----END CERTIFICATE-----\n");
        out
    }
}

impl CertInfo {
    /// One line: `subject S, issued by I, valid A to B, SHA-256 F`.
    /// For people, in the current language (`summary` is the log's English).
    pub fn summary_msg(&self) -> Msg {
        let (from, to) = (day(self.not_before), day(self.not_after));
        if self.issuer == self.subject {
            msg!(
                network_cert_self_signed,
                subject = &self.subject,
                from = from,
                to = to,
                sha256 = &self.sha256
            )
        } else {
            msg!(
                network_cert_issued,
                subject = &self.subject,
                issuer = &self.issuer,
                from = from,
                to = to,
                sha256 = &self.sha256
            )
        }
    }

    pub fn summary(&self) -> String {
        let issuer = if self.issuer == self.subject {
            "self-signed".to_owned()
        } else {
            format!("issued by {}", self.issuer)
        };
        format!(
            "{}, {issuer}, valid {} to {}, SHA-256 {}",
            self.subject,
            day(self.not_before),
            day(self.not_after),
            self.sha256
        )
    }
}

/// `2027-03-01`: the date as people compare it with a calendar.
pub(crate) fn day(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

/// SHA-256 as `AB:CD:…` (the form `openssl x509 -fingerprint -sha256` prints).
pub fn fingerprint(der: &[u8]) -> String {
    let digest = Sha256::digest(der);
    let mut out = String::with_capacity(95);
    for (i, b) in digest.iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        let _ = write!(out, "{b:02X}");
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
