//! Memoised Chatwoot requests: by URL (`GET /api`), (URL, token) (the profile),
//! (URL, token, account) (the inboxes, webhooks, conversations summary) and
//! (URL, token, account, inbox) (a number's health). Callers asking for the same key at the same time
//! share one in-flight request; when every caller has dropped it, the request is cancelled.
//! Successes are kept for [`FRESH_FOR`] at most, and until [`Cache::clear`] or
//! [`Cache::forget`]; failures are not kept. The bound matters in the wizard, which lives
//! for minutes: a token reset elsewhere must not stay "valid" here.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{Duration, Instant};

use futures::future::{BoxFuture, FutureExt, Shared, WeakShared};
use url::Url;

use crate::chatwoot::{
    BuildError, Certificate, Client, ClientOptions, ConversationsMeta, Error, Inbox, NumberHealth,
    Profile, ServerInfo, Webhooks,
};
use crate::secret::Token;

type Fetch<T> = BoxFuture<'static, Result<Arc<T>, Error>>;

/// How long a success answers for the server: long enough to share answers while a form is
/// typed, the home screen re-checks, or a command runs; short enough that a change made
/// elsewhere (a token reset, a role change) shows on the next check.
pub const FRESH_FOR: Duration = Duration::from_secs(30);

enum Entry<T> {
    Done { value: Arc<T>, at: Instant },
    InFlight { id: u64, weak: WeakShared<Fetch<T>> },
}

type Map<K, T> = HashMap<K, Entry<T>>;

#[derive(Default)]
struct Maps {
    /// Bumped by `clear`, so a request started before it cannot store its result after it.
    generation: u64,
    next_id: u64,
    server: Map<String, ServerInfo>,
    profile: Map<(String, Token), Profile>,
    inboxes: Map<(String, Token, u64), Vec<Inbox>>,
    webhooks: Map<(String, Token, u64), Webhooks>,
    conversations: Map<(String, Token, u64), ConversationsMeta>,
    health: Map<(String, Token, u64, u64), NumberHealth>,
}

impl Maps {
    fn retain_origin(&mut self, keep: impl Fn(&str) -> bool) {
        self.server.retain(|k, _| keep(k));
        self.profile.retain(|(k, _), _| keep(k));
        self.inboxes.retain(|(k, _, _), _| keep(k));
        self.webhooks.retain(|(k, _, _), _| keep(k));
        self.conversations.retain(|(k, _, _), _| keep(k));
        self.health.retain(|(k, _, _, _), _| keep(k));
    }
}

struct Inner {
    client: Client,
    maps: Mutex<Maps>,
}

impl Inner {
    fn maps(&self) -> std::sync::MutexGuard<'_, Maps> {
        // A panic while holding the lock leaves plain maps behind; they stay usable.
        self.maps.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The client plus memoised answers. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct Cache {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache").finish_non_exhaustive()
    }
}

impl Cache {
    pub fn new(options: ClientOptions) -> Result<Self, BuildError> {
        Ok(Self::with_client(Client::new(options)?))
    }

    pub fn with_client(client: Client) -> Self {
        Self {
            inner: Arc::new(Inner {
                client,
                maps: Mutex::new(Maps::default()),
            }),
        }
    }

    pub fn client(&self) -> &Client {
        &self.inner.client
    }

    /// Trust only `cert` for `origin` (`None`: the system store); answers fetched under
    /// another trust are forgotten.
    pub fn trust(&self, origin: &Url, cert: Option<&Certificate>) -> Result<(), BuildError> {
        if self.inner.client.trust(origin, cert)? {
            self.forget(origin);
        }
        Ok(())
    }

    /// Forgets every stored answer (re-verify). Requests in flight finish for their callers
    /// but are not stored.
    pub fn clear(&self) {
        let mut m = self.inner.maps();
        m.generation += 1;
        m.retain_origin(|_| false);
    }

    /// Forgets the stored answers of one origin (re-verify one profile); the others stay.
    /// Requests in flight finish for their callers but are not stored.
    pub fn forget(&self, origin: &Url) {
        let key = origin.as_str();
        let mut m = self.inner.maps();
        m.generation += 1;
        m.retain_origin(|k| k != key);
    }

    /// `GET /api`, memoised by origin.
    pub fn server_info(&self, origin: &Url) -> Fetch<ServerInfo> {
        let url = origin.clone();
        self.get(
            |m| &mut m.server,
            origin.as_str().to_owned(),
            move |c| async move { c.server_info(&url).await }.boxed(),
        )
    }

    /// `GET /api/v1/profile`, memoised by (origin, token).
    pub fn profile(&self, origin: &Url, token: &Token) -> Fetch<Profile> {
        let (url, t) = (origin.clone(), token.clone());
        self.get(
            |m| &mut m.profile,
            (origin.as_str().to_owned(), token.clone()),
            move |c| async move { c.profile(&url, &t).await }.boxed(),
        )
    }

    /// `GET /api/v1/accounts/{id}/inboxes`, memoised by (origin, token, account).
    pub fn inboxes(&self, origin: &Url, token: &Token, account_id: u64) -> Fetch<Vec<Inbox>> {
        let (url, t) = (origin.clone(), token.clone());
        self.get(
            |m| &mut m.inboxes,
            (origin.as_str().to_owned(), token.clone(), account_id),
            move |c| async move { c.inboxes(&url, &t, account_id).await }.boxed(),
        )
    }

    /// `GET /api/v1/accounts/{id}/webhooks`, memoised by (origin, token, account).
    pub fn webhooks(&self, origin: &Url, token: &Token, account_id: u64) -> Fetch<Webhooks> {
        let (url, t) = (origin.clone(), token.clone());
        self.get(
            |m| &mut m.webhooks,
            (origin.as_str().to_owned(), token.clone(), account_id),
            move |c| async move { c.webhooks(&url, &t, account_id).await }.boxed(),
        )
    }

    /// `GET /api/v1/accounts/{id}/conversations/meta`, memoised by (origin, token, account).
    pub fn conversations(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
    ) -> Fetch<ConversationsMeta> {
        let (url, t) = (origin.clone(), token.clone());
        self.get(
            |m| &mut m.conversations,
            (origin.as_str().to_owned(), token.clone(), account_id),
            move |c| async move { c.conversations_meta(&url, &t, account_id).await }.boxed(),
        )
    }

    /// `GET /api/v1/accounts/{id}/inboxes/{inbox}/health` within `limit`, memoised by
    /// (origin, token, account, inbox).
    pub fn health(
        &self,
        origin: &Url,
        token: &Token,
        account_id: u64,
        inbox_id: u64,
        limit: Duration,
    ) -> Fetch<NumberHealth> {
        let (url, t) = (origin.clone(), token.clone());
        self.get(
            |m| &mut m.health,
            (
                origin.as_str().to_owned(),
                token.clone(),
                account_id,
                inbox_id,
            ),
            move |c| {
                async move { c.inbox_health(&url, &t, account_id, inbox_id, limit).await }.boxed()
            },
        )
    }

    fn get<K, T>(
        &self,
        select: fn(&mut Maps) -> &mut Map<K, T>,
        key: K,
        fetch: impl FnOnce(Client) -> BoxFuture<'static, Result<T, Error>>,
    ) -> Fetch<T>
    where
        K: Eq + Hash + Clone + Send + Sync + 'static,
        T: Send + Sync + 'static,
    {
        let mut maps = self.inner.maps();
        match select(&mut maps).get(&key) {
            Some(Entry::Done { value, at }) if at.elapsed() < FRESH_FOR => {
                let value = Arc::clone(value);
                return async move { Ok(value) }.boxed();
            }
            Some(Entry::InFlight { weak, .. }) => {
                if let Some(shared) = weak.upgrade() {
                    return shared.boxed();
                }
            }
            // Stale, or never asked: a new request replaces it.
            Some(Entry::Done { .. }) | None => {}
        }
        maps.next_id += 1;
        let (id, generation) = (maps.next_id, maps.generation);
        let request = fetch(self.inner.client.clone());
        let owner: Weak<Inner> = Arc::downgrade(&self.inner);
        let store_key = key.clone();
        let shared: Shared<Fetch<T>> = async move {
            let result = request.await.map(Arc::new);
            if let Some(inner) = owner.upgrade() {
                let mut maps = inner.maps();
                if maps.generation == generation {
                    let map = select(&mut maps);
                    let ours = matches!(map.get(&store_key), Some(Entry::InFlight { id: i, .. }) if *i == id);
                    if ours {
                        match &result {
                            Ok(value) => {
                                let done = Entry::Done {
                                    value: Arc::clone(value),
                                    at: Instant::now(),
                                };
                                map.insert(store_key, done);
                            }
                            Err(_) => {
                                map.remove(&store_key);
                            }
                        }
                    }
                }
            }
            result
        }
        .boxed()
        .shared();
        if let Some(weak) = shared.downgrade() {
            select(&mut maps).insert(key, Entry::InFlight { id, weak });
        }
        shared.boxed()
    }
}
