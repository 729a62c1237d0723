//! The sandbox's mutable state: current tokens, active scenarios, latency, request record.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tokio_util::sync::CancellationToken;

use super::demo::{Demo, User};
use super::record::RequestRecord;
use super::scenario::Scenario;

/// Who a token belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    User(u64),
    Bot,
    Unknown,
}

pub struct Shared {
    pub demo: Demo,
    pub port: u16,
    /// Cancelled on shutdown: ends hanging, dripping and endless answers.
    pub cancel: CancellationToken,
    inner: Mutex<Inner>,
}

struct Inner {
    /// (user id, current token); rotation replaces the token.
    tokens: Vec<(u64, String)>,
    scenarios: Vec<Scenario>,
    latency: Duration,
    records: Vec<RequestRecord>,
}

impl Shared {
    pub fn new(demo: Demo, port: u16, scenarios: Vec<Scenario>, latency: Duration) -> Self {
        let tokens = demo.users.iter().map(|u| (u.id, u.token.clone())).collect();
        Self {
            demo,
            port,
            cancel: CancellationToken::new(),
            inner: Mutex::new(Inner {
                tokens,
                scenarios,
                latency,
                records: Vec::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere cannot leave Inner half-updated (each change is one assignment).
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn scenarios(&self) -> Vec<Scenario> {
        self.lock().scenarios.clone()
    }

    pub fn set_scenarios(&self, s: Vec<Scenario>) {
        self.lock().scenarios = s;
    }

    pub fn latency(&self) -> Duration {
        self.lock().latency
    }

    pub fn set_latency(&self, d: Duration) {
        self.lock().latency = d;
    }

    pub fn caller(&self, token: &str) -> Caller {
        if let Some((id, _)) = self.lock().tokens.iter().find(|(_, t)| t == token) {
            return Caller::User(*id);
        }
        if self.demo.bot_tokens.iter().any(|b| b.token == token) {
            Caller::Bot
        } else {
            Caller::Unknown
        }
    }

    pub fn user(&self, id: u64) -> Option<&User> {
        self.demo.users.iter().find(|u| u.id == id)
    }

    pub fn token_of_user(&self, id: u64) -> Option<String> {
        self.lock()
            .tokens
            .iter()
            .find(|(uid, _)| *uid == id)
            .map(|(_, t)| t.clone())
    }

    pub fn token_of_email(&self, email: &str) -> Option<String> {
        let user = self
            .demo
            .users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(email.trim()))?;
        self.token_of_user(user.id)
    }

    /// Gives the user a fresh token; the old one stops working at once.
    pub fn rotate(&self, id: u64) -> String {
        let fresh = new_token();
        let mut inner = self.lock();
        if let Some(slot) = inner.tokens.iter_mut().find(|(uid, _)| *uid == id) {
            slot.1.clone_from(&fresh);
        }
        fresh
    }

    /// Appends a record; returns its index for [`Shared::answered`]. A long-running
    /// sandbox (a benchmark) stops recording at [`MAX_RECORDS`] rather than grow forever.
    pub fn record(&self, r: RequestRecord) -> usize {
        let mut inner = self.lock();
        if inner.records.len() >= MAX_RECORDS {
            return usize::MAX;
        }
        inner.records.push(r);
        inner.records.len() - 1
    }

    pub fn answered(&self, index: usize, at: Instant) {
        if let Some(r) = self.lock().records.get_mut(index) {
            r.answered = Some(at);
        }
    }

    pub fn records(&self) -> Vec<RequestRecord> {
        self.lock().records.clone()
    }
}

/// About 20 MB of records at most.
pub const MAX_RECORDS: usize = 100_000;

const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// A random 24-character base58 token, like Rails' `has_secure_token`.
/// Random bytes come from uuid v4 (the OS generator); bytes >= 232 are skipped so every
/// character is equally likely.
pub fn new_token() -> String {
    let mut out = String::with_capacity(24);
    while out.len() < 24 {
        for b in uuid::Uuid::new_v4().into_bytes() {
            if b < 232 && out.len() < 24 {
                out.push(char::from(BASE58[usize::from(b % 58)]));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_tokens_are_24_base58_characters_and_differ() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        for t in [a, b] {
            assert_eq!(t.len(), 24);
            assert!(t.bytes().all(|c| BASE58.contains(&c)), "{t}");
        }
    }
}
