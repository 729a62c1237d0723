//! The live part: start every request whose inputs are known at once, and turn results
//! into final updates as soon as a check's prerequisites allow (a check's final update
//! never arrives before those of the checks it depends on).

use std::collections::VecDeque;
use std::sync::Arc;
use std::task::Poll;

use futures::future::BoxFuture;
use futures::stream::{self, FuturesUnordered};
use futures::{FutureExt, Stream, StreamExt};

use super::cache::Cache;
use super::messages;
use super::plan::{Plan, plan_via};
use super::{CheckId, CheckInputs, CheckUpdate, Code, Status};
use crate::chatwoot::{Error, Inbox, Profile, ServerInfo};

enum Done {
    Server(Result<Arc<ServerInfo>, Error>),
    Profile(Result<Arc<Profile>, Error>),
    Inboxes(Result<Arc<Vec<Inbox>>, Error>),
}

/// Runs every check. The stream first yields each check's local result (a final update, or
/// `checking` for those that need the server), then the final updates as answers arrive.
/// Dropping the stream cancels its requests (unless another caller shares them).
#[allow(clippy::needless_pass_by_value)] // owned: callers hand their inputs over
pub fn run(inputs: CheckInputs, cache: &Cache) -> impl Stream<Item = CheckUpdate> + Send + 'static {
    let plan = plan_via(&inputs, cache.client().proxies());
    let mut state = State {
        finals: [None; 5],
        server: None,
        profile: None,
        inboxes: None,
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
    let (requests, guard) = start_requests(&state, cache);
    let queue: VecDeque<CheckUpdate> = initial.into();
    stream::unfold(
        (state, requests, queue, guard),
        |(mut state, mut requests, mut queue, guard)| async move {
            loop {
                // Collect what has already arrived before handing out the next update.
                while let Poll::Ready(Some(done)) = futures::poll!(requests.next()) {
                    state.record(done);
                    queue.extend(state.advance());
                }
                if let Some(update) = queue.pop_front() {
                    return Some((update, (state, requests, queue, guard)));
                }
                if state.all_final() {
                    // Dropping `guard` here cancels what is no longer needed.
                    return None;
                }
                let done = requests.next().await?;
                state.record(done);
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

/// The requests whose inputs are known, all started together. On a tokio runtime each is
/// spawned, so it progresses even while the consumer is busy; the guard cancels them.
fn start_requests(state: &State, cache: &Cache) -> (Requests, AbortOnDrop) {
    let requests = Requests::new();
    let mut guard = AbortOnDrop(Vec::new());
    let Ok(url) = &state.plan.url else {
        return (requests, guard);
    };
    let origin = &url.url;
    let needs = |id: CheckId| state.finals[id as usize].is_none();
    let host = crate::chatwoot::authority(origin);
    let mut start = |fut: BoxFuture<'static, Done>, failed: fn(Error) -> Done| {
        requests.push(spawn(fut, failed, host.clone(), &mut guard));
    };
    if needs(CheckId::Url) {
        start(cache.server_info(origin).map(Done::Server).boxed(), |e| {
            Done::Server(Err(e))
        });
    }
    if let Some(token) = state.plan.valid_token() {
        if needs(CheckId::Token) {
            start(
                cache.profile(origin, token).map(Done::Profile).boxed(),
                |e| Done::Profile(Err(e)),
            );
        }
        if let Some(account) = state.plan.valid_account_id()
            && needs(CheckId::Inboxes)
        {
            start(
                cache
                    .inboxes(origin, token, account)
                    .map(Done::Inboxes)
                    .boxed(),
                |e| Done::Inboxes(Err(e)),
            );
        }
    }
    (requests, guard)
}

fn spawn(
    fut: BoxFuture<'static, Done>,
    failed: fn(Error) -> Done,
    host: String,
    guard: &mut AbortOnDrop,
) -> BoxFuture<'static, Done> {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        // Outside a runtime: run when the stream is polled (reqwest needs one by then).
        return fut;
    };
    let task = runtime.spawn(fut);
    guard.0.push(task.abort_handle());
    async move {
        task.await.unwrap_or_else(|_| {
            failed(Error::Network {
                host,
                detail: "the request task ended unexpectedly".to_owned(),
            })
        })
    }
    .boxed()
}

struct State {
    plan: Plan,
    finals: [Option<Status>; 5],
    server: Option<Result<Arc<ServerInfo>, Error>>,
    profile: Option<Result<Arc<Profile>, Error>>,
    inboxes: Option<Result<Arc<Vec<Inbox>>, Error>>,
}

impl State {
    fn all_final(&self) -> bool {
        self.finals.iter().all(Option::is_some)
    }

    fn record(&mut self, done: Done) {
        match done {
            Done::Server(r) => self.server = Some(r),
            Done::Profile(r) => self.profile = Some(r),
            Done::Inboxes(r) => self.inboxes = Some(r),
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
            CheckId::Url | CheckId::Token => None,
        }
    }
}
