//! Each TLS failure has its own code and remedy; a pinned certificate (a CA, or the
//! server's own, CA:TRUE self-signed included) is trusted, and a different one is refused.

use chatwoot_link::checks::{Code, Status};
use url::Url;

use crate::common::{
    Authority, CURRENT, Validity, cache_with, inputs, run, sandbox, self_signed_ca_true, tls_front,
    url_result,
};

const EXPIRED: Validity = Validity {
    not_before: (2020, 1, 1),
    not_after: (2021, 1, 1),
};

fn origin(addr: std::net::SocketAddr) -> Url {
    Url::parse(&format!("https://{addr}")).expect("url")
}

#[tokio::test]
async fn untrusted_names_the_certificate_and_never_suggests_http() {
    let sb = sandbox().await;
    let ca = Authority::new();
    let leaf = ca.issue(&["127.0.0.1"], &CURRENT);
    let addr = tls_front(&leaf, sb.addr()).await;
    let cache = cache_with(&[]);
    for typed in [format!("https://{addr}"), addr.to_string()] {
        let (status, code, message) = url_result(&run(inputs(&typed, false), &cache).await);
        assert_eq!(
            (status, code),
            (Status::Fail, Code::TlsUntrusted),
            "{message}"
        );
        assert!(
            message.contains(&leaf.certificate().info().sha256),
            "{message}"
        );
        assert!(message.contains("--ca-cert"), "{message}");
        assert!(!message.contains("http://"), "{typed}: {message}");
    }
}

#[tokio::test]
async fn a_pinned_ca_is_trusted_and_name_and_dates_still_verified() {
    let sb = sandbox().await;
    let ca = Authority::new();
    let good = tls_front(&ca.issue(&["127.0.0.1"], &CURRENT), sb.addr()).await;
    let expired = tls_front(&ca.issue(&["127.0.0.1"], &EXPIRED), sb.addr()).await;
    let wrong = tls_front(&ca.issue(&["other.test"], &CURRENT), sb.addr()).await;
    let cache = cache_with(&[]);
    for addr in [good, expired, wrong] {
        cache
            .trust(&origin(addr), Some(&ca.certificate()))
            .expect("trust");
    }
    let (status, code, message) =
        url_result(&run(inputs(origin(good).as_str(), false), &cache).await);
    assert_eq!((status, code), (Status::Ok, Code::Ok), "{message}");

    let (_, code, message) =
        url_result(&run(inputs(origin(expired).as_str(), false), &cache).await);
    assert_eq!(code, Code::TlsExpired, "{message}");
    assert!(
        message.contains("expired on 2021-01-01") && message.contains("renew"),
        "{message}"
    );

    let (_, code, message) = url_result(&run(inputs(origin(wrong).as_str(), false), &cache).await);
    assert_eq!(code, Code::TlsWrongName, "{message}");
    assert!(
        message.contains("other.test") && message.contains("not 127.0.0.1"),
        "{message}"
    );
}

#[tokio::test]
async fn a_self_signed_ca_true_server_certificate_can_be_pinned() {
    let sb = sandbox().await;
    let own = self_signed_ca_true(&["127.0.0.1"], &CURRENT);
    let addr = tls_front(&own, sb.addr()).await;
    let cache = cache_with(&[]);
    let (_, code, _) = url_result(&run(inputs(origin(addr).as_str(), false), &cache).await);
    assert_eq!(code, Code::TlsUntrusted);
    cache
        .trust(&origin(addr), Some(&own.certificate()))
        .expect("trust");
    let (status, code, message) =
        url_result(&run(inputs(origin(addr).as_str(), false), &cache).await);
    assert_eq!((status, code), (Status::Ok, Code::Ok), "{message}");

    // The pinned certificate itself is trusted as it is, even past its dates.
    let old = self_signed_ca_true(&["127.0.0.1"], &EXPIRED);
    let addr = tls_front(&old, sb.addr()).await;
    cache
        .trust(&origin(addr), Some(&old.certificate()))
        .expect("trust");
    let (status, _, message) = url_result(&run(inputs(origin(addr).as_str(), false), &cache).await);
    assert_eq!(status, Status::Ok, "{message}");
}

#[tokio::test]
async fn another_certificate_than_the_pinned_one_fails_loudly() {
    let sb = sandbox().await;
    let pinned = self_signed_ca_true(&["127.0.0.1"], &CURRENT);
    let imposter = self_signed_ca_true(&["127.0.0.1"], &CURRENT);
    let addr = tls_front(&imposter, sb.addr()).await;
    let cache = cache_with(&[]);
    cache
        .trust(&origin(addr), Some(&pinned.certificate()))
        .expect("trust");
    let (_, code, message) = url_result(&run(inputs(origin(addr).as_str(), false), &cache).await);
    assert_eq!(code, Code::TlsCertificateChanged, "{message}");
    assert!(
        message.contains(&imposter.certificate().info().sha256),
        "{message}"
    );
    assert!(
        message.contains("--ca-cert") && message.contains("intercept"),
        "{message}"
    );
    // A certificate from a CA the system trusts would not do either: the pin is exclusive.
    let ca = Authority::new();
    let other_ca = tls_front(&ca.issue(&["127.0.0.1"], &CURRENT), sb.addr()).await;
    cache
        .trust(&origin(other_ca), Some(&pinned.certificate()))
        .expect("trust");
    let (_, code, _) = url_result(&run(inputs(origin(other_ca).as_str(), false), &cache).await);
    assert_eq!(code, Code::TlsCertificateChanged);
}
