//! The fixture `status_latency` and `home_latency` both time: 20 profiles on 4 sandboxes
//! answering after 300 ms, 5 on each (two of Dana's for the same account, Dana's agent and
//! suspended accounts, which fail, and Sam's): 8 distinct (URL, token) pairs. Tokens are in
//! the file store, so no keyring is needed.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chatwoot_link::sandbox::demo::{
    ACCOUNT_ADMIN, ACCOUNT_AGENT, ACCOUNT_NO_WHATSAPP, ACCOUNT_SUSPENDED, ADMIN_EMAIL, ADMIN_NAME,
    ADMIN_TOKEN, ADMIN_USER_ID, SOLO_EMAIL, SOLO_NAME, SOLO_TOKEN, SOLO_USER_ID,
};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions};
use chatwoot_link::secret::Token;
use chatwoot_link::store::{ProfileData, Store, TokenStoreKind};

pub const LATENCY: Duration = Duration::from_millis(300);
pub const SANDBOXES: usize = 4;

fn data(url: &str, email: &str, account: u64, user: (u64, &str)) -> ProfileData {
    ProfileData {
        url: url.to_owned(),
        email: email.to_owned(),
        account_id: account,
        account_name: format!("account {account}"),
        user_id: user.0,
        user_name: user.1.to_owned(),
        role: "administrator".to_owned(),
        server_version: "4.15.1".to_owned(),
        verified_at: "2026-06-20T09:15:02Z".parse().expect("timestamp"),
        inbox_ids: Vec::new(),
    }
}

/// Starts the sandboxes and saves the profiles in the config directory `dir`; returns the
/// sandboxes (shut them down at the end) and the number of profiles.
pub async fn twenty_profiles(dir: &Path) -> (Vec<Sandbox>, usize) {
    let mut sandboxes = Vec::new();
    for _ in 0..SANDBOXES {
        sandboxes.push(
            Sandbox::start(SandboxOptions {
                latency: LATENCY,
                ..SandboxOptions::default()
            })
            .await
            .expect("sandbox"),
        );
    }
    let store = Store::builder(dir).build();
    let admin = Token::parse(ADMIN_TOKEN).expect("token");
    let solo = Token::parse(SOLO_TOKEN).expect("token");
    let dana = (ADMIN_USER_ID, ADMIN_NAME);
    let sam = (SOLO_USER_ID, SOLO_NAME);
    for (i, sb) in sandboxes.iter().enumerate() {
        let url = sb.url();
        let profiles = [
            ("acme", data(&url, ADMIN_EMAIL, ACCOUNT_ADMIN, dana), &admin),
            (
                "acme-copy",
                data(&url, ADMIN_EMAIL, ACCOUNT_ADMIN, dana),
                &admin,
            ),
            ("beta", data(&url, ADMIN_EMAIL, ACCOUNT_AGENT, dana), &admin),
            (
                "oldco",
                data(&url, ADMIN_EMAIL, ACCOUNT_SUSPENDED, dana),
                &admin,
            ),
            (
                "solo",
                data(&url, SOLO_EMAIL, ACCOUNT_NO_WHATSAPP, sam),
                &solo,
            ),
        ];
        for (name, d, token) in profiles {
            store
                .save_new(&format!("{name}-{i}"), d, token, TokenStoreKind::File)
                .expect("save");
        }
    }
    let count = store.config().expect("config").profiles.len();
    (sandboxes, count)
}

/// Runs the bench on a multi-thread runtime.
pub fn block_on(bench: impl Future<Output = ()>) {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(bench);
}

/// The twenty profiles in a temp config directory, with their sandboxes.
pub struct Twenty {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub sandboxes: Vec<Sandbox>,
    pub count: usize,
}

impl Twenty {
    pub async fn start() -> Self {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("cfg");
        let (sandboxes, count) = twenty_profiles(&dir).await;
        Self {
            _tmp: tmp,
            dir,
            sandboxes,
            count,
        }
    }

    pub async fn shutdown(self) {
        for sb in self.sandboxes {
            sb.shutdown().await;
        }
    }
}

/// "min …, median …, max …" of TIMES, in milliseconds (sorts them).
pub fn spread(times: &mut [Duration]) -> String {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "min {:.0} ms, median {:.0} ms, max {:.0} ms",
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    )
}
