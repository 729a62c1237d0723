//! Real networks on loopback: a TLS server (certificates made here) in front of the
//! sandbox, and a small HTTP proxy (CONNECT and forwarding, optionally asking for a login).

#[path = "net/binary.rs"]
mod binary;
#[path = "net/common.rs"]
mod common;
#[path = "net/proxy.rs"]
mod proxy;
#[path = "net/tls.rs"]
mod tls;
