//! The checks engine and `chatwoot-link check` against the sandbox, over real HTTP on
//! loopback (system proxies bypassed).

#[path = "check/binary.rs"]
mod binary;
#[path = "check/common.rs"]
mod common;
#[path = "check/engine.rs"]
mod engine;
#[path = "check/per_request.rs"]
mod per_request;
#[path = "check/readiness.rs"]
mod readiness;
#[path = "check/readiness_cli.rs"]
mod readiness_cli;
#[path = "check/requests.rs"]
mod requests;
#[path = "check/terminal.rs"]
mod terminal;
#[path = "check/transport.rs"]
mod transport;
#[path = "check/usage.rs"]
mod usage;
