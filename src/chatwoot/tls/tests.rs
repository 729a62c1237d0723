use super::*;

fn self_signed() -> (String, String) {
    let mut params = rcgen::CertificateParams::new(vec!["chat.test".to_owned()]).expect("params");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "chat.test");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = params.self_signed(&key).expect("cert");
    (cert.pem(), key.serialize_pem())
}

#[test]
fn pem_and_der_give_the_same_certificate_and_round_trip() {
    let (pem, _) = self_signed();
    let cert = Certificate::parse(pem.as_bytes()).expect("pem");
    let again = Certificate::parse(cert.to_pem().as_bytes()).expect("round trip");
    assert_eq!(cert, again);
    assert_eq!(Certificate::parse(cert.der()).expect("der"), cert);
    let info = cert.info();
    assert_eq!(info.subject, "CN=chat.test");
    assert!(info.is_ca);
    assert_eq!(info.sha256.len(), 95);
    assert_eq!(info.sha256, fingerprint(cert.der()));
    assert!(info.summary().contains("self-signed"), "{}", info.summary());
}

#[test]
fn keys_and_garbage_are_refused_with_a_reason() {
    let (_, key) = self_signed();
    assert_eq!(
        Certificate::parse(key.as_bytes()),
        Err(CertError::PrivateKey)
    );
    assert_eq!(Certificate::parse(b"hello"), Err(CertError::NoCertificate));
    assert!(matches!(
        Certificate::parse(&[0x30, 0x03, 1, 2, 3]),
        Err(CertError::Unparsable(_))
    ));
}

#[test]
fn base64_pads_like_the_standard() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64(b"foobar"), "Zm9vYmFy");
}
