//! The live part: start every request whose inputs are known at once, and turn results
//! into final updates as soon as a check's prerequisites allow (a check's final update
//! never arrives before those of the checks it depends on). Number-health requests start
//! the moment the inbox list arrives, each bounded by [`HEALTH_TIMEOUT`].

use std::collections::VecDeque;
use std::sync::Arc;
use std::task::Poll;

use futures::future::BoxFuture;
use futures::stream::{self, FuturesUnordered};
use futures::{FutureExt, Stream, StreamExt};

use super::cache::Cache;
use super::messages;
use super::plan::{Plan, plan_via};
use super::readiness::{self, HEALTH_TIMEOUT, HealthResults};
use super::{CheckId, CheckInputs, CheckUpdate, Code, Status};
use crate::chatwoot::{
    ConversationsMeta, Error, Inbox, NumberHealth, Profile, ServerInfo, Webhooks,
};

type Answer<T> = Result<Arc<T>, Error>;

enum Done {
    Server(Answer<ServerInfo>),
    Profile(Answer<Profile>),
    Inboxes(Answer<Vec<Inbox>>),
    Webhooks(Answer<Webhooks>),
    Conversations(Answer<ConversationsMeta>),
    Health(u64, Answer<NumberHealth>),
}

/// Runs every check. The stream first yields each check's local result (a final update, or
/// `checking` for those that need the server), then the final updates as answers arrive.
/// Dropping the stream cancels its requests (unless another caller shares them).
#[allow(clippy::needless_pass_by_value)] // owned: callers hand their inputs over
pub fn run(inputs: CheckInputs, cache: &Cache) -> impl Stream<Item = CheckUpdate> + Send + 'static {
    let plan = plan_via(&inputs, cache.client().proxies());
    let mut state = State {
        finals: [None; CheckId::COUNT],
        server: None,
        profile: None,
        inboxes: None,
        webhooks: None,
        conversations: None,
        health: HealthResults::new(),
        health_wanted: None,
        chosen: inputs.inbox_ids.clone(),
        plan,
    };
    let mut initial = Vec::new();
    for id in CheckId::ALL {
        let mut u = state.plan.decided(id).unwrap_or_else(|| {
            CheckUpdate::new(id, Status::Checking, Code::Checking, messages::checking(id))
        });
        state.plan.attach_local_extras(&mut u);
        if u.status.is_final() {
            state.finals[id as usize] = Some(u.status);
        }
        initial.push(u);
    }
    let mut starter = Starter {
        cache: cache.clone(),
        requests: Requests::new(),
        guard: AbortOnDrop(Vec::new()),
    };
    starter.start_known(&state);
    let queue: VecDeque<CheckUpdate> = initial.into();
    stream::unfold(
        (state, starter, queue),
        |(mut state, mut starter, mut queue)| async move {
            loop {
                // Collect what has already arrived before handing out the next update.
                while let Poll::Ready(Some(done)) = futures::poll!(starter.requests.next()) {
                    state.record(done, &mut starter);
                    queue.extend(state.advance());
                }
                if let Some(update) = queue.pop_front() {
                    return Some((update, (state, starter, queue)));
                }
                if state.all_final() {
                    // Dropping the starter's guard here cancels what is no longer needed.
                    return None;
                }
                let done = starter.requests.next().await?;
                state.record(done, &mut starter);
                queue.extend(state.advance());
            }
        },
    )
}

type Requests = FuturesUnordered<BoxFuture<'static, Done>>;

/// Aborts the spawned requests when the stream is dropped or done.
struct AbortOnDrop(Vec<tokio::task::AbortHandle>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        for h in &self.0 {
            h.abort();
        }
    }
}

/// Starts requests: all those whose inputs are known at once, the health requests when
/// the inbox list arrives.
struct Starter {
    cache: Cache,
    requests: Requests,
    guard: AbortOnDrop,
}

impl Starter {
    /// On a tokio runtime each request is spawned, so it progresses even while the
    /// consumer is busy; the guard cancels them.
    fn start(
        &mut self,
        host: String,
        fut: BoxFuture<'static, Done>,
        failed: impl FnOnce(Error) -> Done + Send + 'static,
    ) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            // Outside a runtime: run when the stream is polled (reqwest needs one by then).
            self.requests.push(fut);
            return;
        };
        let task = runtime.spawn(fut);
        self.guard.0.push(task.abort_handle());
        self.requests.push(
            async move {
                task.await.unwrap_or_else(|_| {
                    failed(Error::Network {
                        host,
                        detail: crate::chatwoot::Detail::TaskEnded,
                    })
                })
            }
            .boxed(),
        );
    }

    fn start_known(&mut self, state: &State) {
        let Ok(url) = &state.plan.url else {
            return;
        };
        let origin = &url.url;
        let needs = |id: CheckId| state.finals[id as usize].is_none();
        let host = crate::chatwoot::authority(origin);
        let cache = self.cache.clone();
        if needs(CheckId::Url) {
            let fut = cache.server_info(origin).map(Done::Server).boxed();
            self.start(host.clone(), fut, |e| Done::Server(Err(e)));
        }
        let Some(token) = state.plan.valid_token() else {
            return;
        };
        if needs(CheckId::Token) {
            let fut = cache.profile(origin, token).map(Done::Profile).boxed();
            self.start(host.clone(), fut, |e| Done::Profile(Err(e)));
        }
        let Some(account) = state.plan.valid_account_id() else {
            return;
        };
        if needs(CheckId::Inboxes) || needs(CheckId::Whatsapp) {
            let fut = cache.inboxes(origin, token, account);
            self.start(host.clone(), fut.map(Done::Inboxes).boxed(), |e| {
                Done::Inboxes(Err(e))
            });
        }
        if needs(CheckId::Operations) {
            let fut = cache.webhooks(origin, token, account);
            self.start(host.clone(), fut.map(Done::Webhooks).boxed(), |e| {
                Done::Webhooks(Err(e))
            });
            let fut = cache.conversations(origin, token, account);
            self.start(host, fut.map(Done::Conversations).boxed(), |e| {
                Done::Conversations(Err(e))
            });
        }
    }

    /// One health request per Cloud inbox, all at once; returns their ids.
    fn start_health(&mut self, state: &State, list: &[Inbox]) -> Vec<u64> {
        let (Ok(url), Some(token), Some(account)) = (
            &state.plan.url,
            state.plan.valid_token(),
            state.plan.valid_account_id(),
        ) else {
            return Vec::new();
        };
        let limit = HEALTH_TIMEOUT.min(self.cache.client().options().timeout);
        let host = crate::chatwoot::authority(&url.url);
        let ids: Vec<u64> = list
            .iter()
            .filter(|i| i.is_whatsapp_cloud())
            .map(|i| i.id)
            .collect();
        for &inbox in &ids {
            let fut = self.cache.health(&url.url, token, account, inbox, limit);
            let fut = fut.map(move |r| Done::Health(inbox, r)).boxed();
            self.start(host.clone(), fut, move |e| Done::Health(inbox, Err(e)));
        }
        ids
    }
}

struct State {
    plan: Plan,
    finals: [Option<Status>; CheckId::COUNT],
    server: Option<Answer<ServerInfo>>,
    profile: Option<Answer<Profile>>,
    inboxes: Option<Answer<Vec<Inbox>>>,
    webhooks: Option<Answer<Webhooks>>,
    conversations: Option<Answer<ConversationsMeta>>,
    health: HealthResults,
    /// The Cloud inboxes whose health was asked for (once the inbox list arrived).
    health_wanted: Option<Vec<u64>>,
    chosen: Vec<u64>,
}

impl State {
    fn all_final(&self) -> bool {
        self.finals.iter().all(Option::is_some)
    }

    fn record(&mut self, done: Done, starter: &mut Starter) {
        match done {
            Done::Server(r) => self.server = Some(r),
            Done::Profile(r) => self.profile = Some(r),
            Done::Inboxes(r) => {
                if let Ok(list) = &r
                    && self.status(CheckId::Whatsapp).is_none()
                {
                    self.health_wanted = Some(starter.start_health(self, list));
                }
                self.inboxes = Some(r);
            }
            Done::Webhooks(r) => self.webhooks = Some(r),
            Done::Conversations(r) => self.conversations = Some(r),
            Done::Health(id, r) => {
                self.health.insert(id, r);
            }
        }
    }

    fn status(&self, id: CheckId) -> Option<Status> {
        self.finals[id as usize]
    }

    /// Decides every check that can be decided now, in dependency order.
    fn advance(&mut self) -> Vec<CheckUpdate> {
        let mut out = Vec::new();
        for id in CheckId::ALL {
            if self.status(id).is_some() {
                continue;
            }
            if let Some(u) = self.decide(id) {
                self.finals[id as usize] = Some(u.status);
                out.push(u);
            }
        }
        out
    }

    fn decide(&self, id: CheckId) -> Option<CheckUpdate> {
        let origin = self.plan.origin().unwrap_or_default();
        if id == CheckId::Url {
            let typed = self.plan.url.as_ref().ok();
            return Some(messages::url(origin, typed, self.server.as_ref()?));
        }
        // Everything else waits for the url check and is skipped when it failed.
        match self.status(CheckId::Url)? {
            Status::Fail | Status::Skipped => return Some(messages::skipped(id, Code::NeedsUrl)),
            _ => {}
        }
        if id == CheckId::Token {
            return Some(messages::token(self.profile.as_ref()?));
        }
        if self.status(CheckId::Token)? != Status::Ok {
            return Some(messages::skipped(id, Code::NeedsToken));
        }
        let Ok(profile) = self.profile.as_ref()? else {
            return Some(messages::skipped(id, Code::NeedsToken));
        };
        match id {
            CheckId::Email => {
                let email = self.plan.email.as_ref()?.as_ref().ok()?;
                Some(messages::email(email, profile))
            }
            CheckId::Account => {
                let account_id = self.plan.valid_account_id()?;
                Some(messages::account(account_id, profile))
            }
            CheckId::Inboxes => match self.status(CheckId::Account)? {
                Status::Ok | Status::Warn => {
                    let account_id = self.plan.valid_account_id()?;
                    Some(messages::inboxes(account_id, self.inboxes.as_ref()?))
                }
                _ => Some(messages::skipped(id, Code::NeedsAccount)),
            },
            CheckId::Operations => match self.status(CheckId::Account)? {
                Status::Ok | Status::Warn => Some(readiness::operations(
                    self.webhooks.as_ref()?,
                    self.conversations.as_ref()?,
                )),
                _ => Some(messages::skipped(id, Code::NeedsAccount)),
            },
            CheckId::Whatsapp => self.decide_whatsapp(),
            CheckId::Url | CheckId::Token => None,
        }
    }

    /// After the inboxes check, and once every health request has answered.
    fn decide_whatsapp(&self) -> Option<CheckUpdate> {
        let id = CheckId::Whatsapp;
        match self.status(CheckId::Inboxes)? {
            Status::Ok | Status::Warn => {}
            Status::Fail => return Some(messages::skipped(id, Code::NeedsInboxes)),
            _ => return Some(messages::skipped(id, Code::NeedsAccount)),
        }
        let Ok(list) = self.inboxes.as_ref()? else {
            return Some(messages::skipped(id, Code::NeedsInboxes));
        };
        let wanted = self.health_wanted.as_ref()?;
        if !wanted.iter().all(|i| self.health.contains_key(i)) {
            return None;
        }
        let linked = &self.plan.url.as_ref().ok()?.url;
        let account_id = self.plan.valid_account_id()?;
        Some(readiness::whatsapp(
            linked,
            account_id,
            &self.chosen,
            list,
            &self.health,
        ))
    }
}
