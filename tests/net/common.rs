//! A certificate authority, a TLS front for the sandbox, a proxy, and a check runner.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chatwoot_link::chatwoot::{Certificate, Client, ClientOptions, ProxyEnv};
use chatwoot_link::checks::{self, Cache, CheckId, CheckInputs, CheckReport, Code, Status};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions};
use chatwoot_link::secret::Token;
use futures::StreamExt;
use rcgen::{CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, SanType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const T: &str = chatwoot_link::sandbox::demo::ADMIN_TOKEN;

pub fn options() -> ClientOptions {
    ClientOptions {
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(4),
        max_body: 256 * 1024,
        system_proxy: false,
    }
}

/// A cache whose client uses exactly these proxy variables.
pub fn cache_with(vars: &[(&str, &str)]) -> Cache {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let proxies = ProxyEnv::from_vars(|k| map.get(k).cloned()).expect("proxy variables");
    Cache::with_client(Client::with_proxies(options(), proxies).expect("client"))
}

pub async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxOptions::default())
        .await
        .expect("sandbox starts")
}

/// A server certificate and its key, as PEM.
pub struct Issued {
    pub cert: String,
    pub key: String,
}

impl Issued {
    pub fn certificate(&self) -> Certificate {
        Certificate::parse(self.cert.as_bytes()).expect("certificate")
    }
}

pub struct Validity {
    pub not_before: (i32, u8, u8),
    pub not_after: (i32, u8, u8),
}

pub const CURRENT: Validity = Validity {
    not_before: (2020, 1, 1),
    not_after: (2099, 1, 1),
};

fn params(names: &[&str], validity: &Validity, ca: bool) -> CertificateParams {
    let mut p = CertificateParams::new(Vec::<String>::new()).expect("params");
    for n in names {
        let san = match n.parse() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName((*n).try_into().expect("dns name")),
        };
        p.subject_alt_names.push(san);
    }
    p.distinguished_name.push(
        DnType::CommonName,
        names.first().copied().unwrap_or("Test CA"),
    );
    let (y, m, d) = validity.not_before;
    p.not_before = rcgen::date_time_ymd(y, m, d);
    let (y, m, d) = validity.not_after;
    p.not_after = rcgen::date_time_ymd(y, m, d);
    if ca {
        p.is_ca = IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    }
    p
}

/// A private certificate authority, as a self-hoster's company would run.
pub struct Authority {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl Authority {
    pub fn new() -> Self {
        let mut p = params(&[], &CURRENT, true);
        p.distinguished_name = rcgen::DistinguishedName::new();
        p.distinguished_name
            .push(DnType::CommonName, "Test Private CA");
        let key = KeyPair::generate().expect("key");
        Self {
            issuer: CertifiedIssuer::self_signed(p, key).expect("CA"),
        }
    }

    pub fn pem(&self) -> String {
        self.issuer.pem()
    }

    pub fn certificate(&self) -> Certificate {
        Certificate::parse(self.pem().as_bytes()).expect("CA certificate")
    }

    pub fn issue(&self, names: &[&str], validity: &Validity) -> Issued {
        let key = KeyPair::generate().expect("key");
        let cert = params(names, validity, false)
            .signed_by(&key, &self.issuer)
            .expect("sign");
        Issued {
            cert: cert.pem(),
            key: key.serialize_pem(),
        }
    }
}

/// What `openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=host -addext
/// subjectAltName=…` makes: self-signed, CA:TRUE.
pub fn self_signed_ca_true(names: &[&str], validity: &Validity) -> Issued {
    let key = KeyPair::generate().expect("key");
    let cert = params(names, validity, true)
        .self_signed(&key)
        .expect("cert");
    Issued {
        cert: cert.pem(),
        key: key.serialize_pem(),
    }
}

/// A TLS server on loopback presenting `issued`, passing the decrypted bytes on to `to`.
pub async fn tls_front(issued: &Issued, to: SocketAddr) -> SocketAddr {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs = vec![CertificateDer::from_pem_slice(issued.cert.as_bytes()).expect("pem")];
    let key = PrivateKeyDer::from_pem_slice(issued.key.as_bytes()).expect("key");
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server config");
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                if let Ok(mut back) = TcpStream::connect(to).await {
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut back).await;
                }
            });
        }
    });
    addr
}

/// A small HTTP proxy: CONNECT tunnels and absolute-URI forwarding, counting what it
/// carried; with `login`, anything without that `Proxy-Authorization` gets 407.
pub struct TestProxy {
    pub addr: SocketAddr,
    pub carried: Arc<AtomicUsize>,
}

impl TestProxy {
    pub async fn start(login: Option<&str>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let carried = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&carried);
        let login = login.map(|l| format!("basic {}", base64(l.as_bytes())));
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let (count, login) = (Arc::clone(&count), login.clone());
                tokio::spawn(async move {
                    let _ = serve(tcp, count, login).await;
                });
            }
        });
        Self { addr, carried }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn carried(&self) -> usize {
        self.carried.load(Ordering::SeqCst)
    }
}

async fn serve(
    mut tcp: TcpStream,
    count: Arc<AtomicUsize>,
    login: Option<String>,
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if tcp.read(&mut byte).await? == 0 {
            return Ok(());
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).to_string();
    let mut lines = text.split("\r\n");
    let first = lines.next().unwrap_or_default().to_owned();
    let authorized = login.as_ref().is_none_or(|want| {
        lines.any(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("proxy-authorization: ")
                .is_some_and(|v| v == want.to_ascii_lowercase())
        })
    });
    if !authorized {
        tcp.write_all(
            b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"t\"\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        )
        .await?;
        return Ok(());
    }
    let mut parts = first.split(' ');
    let (method, target) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    count.fetch_add(1, Ordering::SeqCst);
    if method == "CONNECT" {
        let mut back = TcpStream::connect(target).await?;
        tcp.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .await?;
        tokio::io::copy_bidirectional(&mut tcp, &mut back).await?;
        return Ok(());
    }
    // `GET http://host:port/path HTTP/1.1`: forward in origin form.
    let rest = target.strip_prefix("http://").unwrap_or(target);
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut back = TcpStream::connect(authority).await?;
    let rewritten = text.replacen(target, if path.is_empty() { "/" } else { path }, 1);
    back.write_all(rewritten.as_bytes()).await?;
    tokio::io::copy_bidirectional(&mut tcp, &mut back).await?;
    Ok(())
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                char::from(A[(n >> (18 - 6 * i)) as usize & 63])
            } else {
                '='
            });
        }
    }
    out
}

pub fn inputs(url: &str, allow_http: bool) -> CheckInputs {
    CheckInputs {
        url: url.to_owned(),
        email: None,
        token: Some(Token::from_trusted(T.to_owned())),
        account_id: None,
        allow_http,
        inbox_ids: Vec::new(),
    }
}

pub async fn run(inputs: CheckInputs, cache: &Cache) -> CheckReport {
    let mut report = CheckReport::new();
    let updates: Vec<_> = checks::run(inputs, cache).collect().await;
    for u in &updates {
        report.apply(u);
    }
    report
}

/// The url check's code and message.
pub fn url_result(r: &CheckReport) -> (Status, Code, String) {
    let c = r.check(CheckId::Url);
    (c.status, c.code, c.message.english())
}
