//! A Chatwoot-compatible server on 127.0.0.1 for tests, benchmarks and `--demo`: Chatwoot's
//! real JSON shapes and error bodies, demo data from `assets/sandbox/demo.json`, and
//! scenarios that simulate the ways a server or the path to it goes wrong.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use chatwoot_link::sandbox::{Sandbox, SandboxOptions, Scenario, demo};
//! let sb = Sandbox::start(SandboxOptions::default()).await?;
//! println!("{} accepts {}", sb.url(), demo::ADMIN_EMAIL);
//! sb.set_scenarios(vec![Scenario::RateLimited]);
//! sb.shutdown().await;
//! # Ok(()) }
//! ```

pub mod demo;
mod json;
mod pages;
mod readiness;
mod record;
mod routes;
mod scenario;
mod serve;
mod shapes;
mod state;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::task::JoinHandle;

pub use record::{RequestRecord, TokenHeader};
pub use scenario::{Scenario, UnknownScenario};
pub use shapes::{OLD_VERSION, VERSION};

use state::Shared;

/// How long `shutdown` waits for open connections before cutting them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// How to start a sandbox.
#[derive(Debug, Clone, Default)]
pub struct SandboxOptions {
    /// 0 picks any free port.
    pub port: u16,
    /// Every answer is delayed by this much (concurrent requests are delayed concurrently).
    pub latency: Duration,
    pub scenarios: Vec<Scenario>,
}

/// A running sandbox; stops on [`Sandbox::shutdown`] or when dropped.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: Option<JoinHandle<()>>,
}

impl Sandbox {
    /// Binds 127.0.0.1 (only) and starts serving on the current tokio runtime.
    pub async fn start(opts: SandboxOptions) -> std::io::Result<Sandbox> {
        let demo = demo::load().map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("the built-in demo data is invalid: {e}"),
            )
        })?;
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, opts.port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(demo, addr.port(), opts.scenarios, opts.latency));
        let app = Router::new()
            .fallback(serve::handle)
            .with_state(Arc::clone(&shared));
        let stop = shared.cancel.clone().cancelled_owned();
        let task = tokio::spawn(async move {
            // An accept error ends the server; requests then fail with "connection refused",
            // which is what a test would see from a dead server anyway.
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(stop)
                .await;
        });
        Ok(Sandbox {
            addr,
            shared,
            task: Some(task),
        })
    }

    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Replaces the active scenarios; applies to requests that arrive from now on.
    pub fn set_scenarios(&self, s: Vec<Scenario>) {
        self.shared.set_scenarios(s);
    }

    pub fn scenarios(&self) -> Vec<Scenario> {
        self.shared.scenarios()
    }

    /// Replaces the latency; applies to requests that arrive from now on.
    pub fn set_latency(&self, d: Duration) {
        self.shared.set_latency(d);
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.records()
    }

    /// The user's current token (after any rotation), by email (case-insensitive).
    pub fn token_of(&self, email: &str) -> Option<String> {
        self.shared.token_of_email(email)
    }

    /// Stops accepting, ends hanging and streaming answers, waits briefly for open
    /// connections, then cuts what is left.
    pub async fn shutdown(mut self) {
        self.shared.cancel.cancel();
        if let Some(mut task) = self.task.take()
            && tokio::time::timeout(SHUTDOWN_GRACE, &mut task)
                .await
                .is_err()
        {
            task.abort();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.shared.cancel.cancel();
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}
