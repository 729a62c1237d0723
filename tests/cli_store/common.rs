//! The fixture: a sandbox, a temp config dir, the real binary, and a record of everything
//! the binary printed (searched for tokens at the end of each test).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chatwoot_link::chatwoot::{Client, ClientOptions};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions, Scenario};
use chatwoot_link::secret::Token;
use chatwoot_link::store::{Config, ProfileRecord, Store};

pub use chatwoot_link::sandbox::demo::{
    ADMIN_EMAIL, ADMIN_TOKEN, AGENCY_EMAIL, AGENCY_TOKEN, PLANTED_SECRET, SOLO_EMAIL, SOLO_TOKEN,
};

pub const EXE: &str = env!("CARGO_BIN_EXE_chatwoot-link");

/// What one run of the binary gave.
#[derive(Debug, Clone)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}): {self:#?}"))
    }

    #[track_caller]
    pub fn expect(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "{self:#?}");
        self
    }
}

pub struct Fx {
    pub sb: Sandbox,
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    outputs: Arc<Mutex<Vec<String>>>,
    /// Every token value seen in this test (demo tokens, rotated ones).
    tokens: Mutex<Vec<String>>,
}

pub fn client() -> Client {
    Client::new(ClientOptions {
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        max_body: 1024 * 1024,
        system_proxy: false,
    })
    .expect("client")
}

impl Fx {
    pub async fn new() -> Self {
        Self::with(SandboxOptions::default()).await
    }

    pub async fn with_scenarios(scenarios: Vec<Scenario>) -> Self {
        Self::with(SandboxOptions {
            scenarios,
            ..SandboxOptions::default()
        })
        .await
    }

    pub async fn with(opts: SandboxOptions) -> Self {
        let sb = Sandbox::start(opts).await.expect("sandbox starts");
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("cfg");
        Self {
            sb,
            _tmp: tmp,
            dir,
            outputs: Arc::new(Mutex::new(Vec::new())),
            // The sandbox plants PLANTED_SECRET in every inbox's secrets and Meta's error text.
            tokens: Mutex::new(vec![
                ADMIN_TOKEN.to_owned(),
                SOLO_TOKEN.to_owned(),
                AGENCY_TOKEN.to_owned(),
                PLANTED_SECRET.to_owned(),
            ]),
        }
    }

    pub fn url(&self) -> String {
        self.sb.url()
    }

    /// The command line of one run: config dir, clean environment, no proxy.
    pub fn command(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        command(&self.dir, args, env)
    }

    /// Runs the binary to the end; `stdin` is piped (or /dev/null).
    pub async fn run_env(&self, args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Out {
        let cmd = self.command(args, env);
        let input = stdin.map(str::to_owned);
        let out = tokio::task::spawn_blocking(move || run_command(cmd, input))
            .await
            .expect("join");
        self.record(&out);
        out
    }

    pub async fn run(&self, args: &[&str], stdin: Option<&str>) -> Out {
        self.run_env(args, stdin, &[]).await
    }

    pub fn record(&self, out: &Out) {
        let mut o = self.outputs.lock().expect("lock");
        o.push(out.stdout.clone());
        o.push(out.stderr.clone());
    }

    /// `add` with the file store, the token typed on stdin.
    pub async fn add(&self, name: &str, email: &str, token: &str, account: u64) -> Out {
        self.adding(name, email, account)
            .stdin(&format!("{token}\n"))
            .run()
            .await
    }

    /// The three profiles most tests start from: Dana's account 1 twice (acme, acme2, one
    /// token) and Sam's (solo).
    pub async fn add_three(&self) {
        self.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1)
            .await
            .expect(0);
        self.add("acme2", ADMIN_EMAIL, ADMIN_TOKEN, 1)
            .await
            .expect(0);
        self.add("solo", SOLO_EMAIL, SOLO_TOKEN, 4).await.expect(0);
    }

    /// An `add` run to adjust before running: file store, no token, no `--json` yet.
    pub fn adding<'a>(&'a self, name: &'a str, email: &'a str, account: u64) -> Add<'a> {
        Add {
            fx: self,
            name,
            email,
            account: Some(account),
            stdin: None,
            insecure: true,
            json: false,
            env: Vec::new(),
        }
    }

    pub fn store(&self) -> Store {
        Store::builder(&self.dir).build()
    }

    pub fn config(&self) -> Config {
        self.store().config().expect("config readable")
    }

    pub fn record_of(&self, name: &str) -> ProfileRecord {
        self.config()
            .profiles
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("no profile {name}"))
    }

    /// The stored token of a file-store profile.
    pub fn stored_token(&self, name: &str) -> String {
        let record = self.record_of(name);
        self.store()
            .read_token(name, &record)
            .expect("token readable")
            .expose()
            .to_owned()
    }

    /// The user's current token on the sandbox (remembered for the leak search).
    pub fn server_token(&self, email: &str) -> String {
        let t = self.sb.token_of(email).expect("demo user");
        self.tokens.lock().expect("lock").push(t.clone());
        t
    }

    /// Resets a user's token on the sandbox behind the program's back.
    pub async fn rotate_behind_back(&self, email: &str) -> String {
        let current = Token::from_trusted(self.server_token(email));
        let origin = url::Url::parse(&self.url()).expect("url");
        client()
            .reset_access_token(&origin, &current)
            .await
            .expect("reset works on the sandbox");
        self.server_token(email)
    }

    /// No token seen in this test is in any output or any file of DIR but tokens.toml.
    #[track_caller]
    pub fn assert_no_leak(&self) {
        let tokens = self.tokens.lock().expect("lock").clone();
        let outputs = self.outputs.lock().expect("lock").clone();
        for t in &tokens {
            for o in &outputs {
                assert!(!o.contains(t.as_str()), "a token was printed:\n{o}");
            }
            assert_not_in_files(&self.dir, t);
        }
    }

    pub fn config_bytes(&self) -> Vec<u8> {
        std::fs::read(self.dir.join("profiles.toml")).unwrap_or_default()
    }

    /// How many POST requests (token resets) the sandbox received.
    pub fn posts(&self) -> usize {
        self.sb
            .requests()
            .iter()
            .filter(|r| r.method == "POST")
            .count()
    }

    /// How many requests to `path` the sandbox received.
    pub fn count(&self, path: &str) -> usize {
        self.sb.requests().iter().filter(|r| r.path == path).count()
    }
}

/// The keyring out of reach: a session bus address where nothing listens.
pub const NO_BUS: (&str, &str) = (
    "DBUS_SESSION_BUS_ADDRESS",
    "unix:path=/nonexistent/chatwoot-link-test-bus",
);

/// One `add` on the sandbox: `add --name --url --email [--account-id] [--token-stdin]
/// [--insecure-storage] [--json]`, in that order.
pub struct Add<'a> {
    fx: &'a Fx,
    name: &'a str,
    email: &'a str,
    account: Option<u64>,
    stdin: Option<String>,
    insecure: bool,
    json: bool,
    env: Vec<(&'a str, &'a str)>,
}

impl<'a> Add<'a> {
    /// `--token-stdin`, with TEXT piped in as typed.
    pub fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.to_owned());
        self
    }

    /// No `--insecure-storage`: the token goes to the OS keyring.
    pub fn keyring(mut self) -> Self {
        self.insecure = false;
        self
    }

    pub fn json(mut self) -> Self {
        self.json = true;
        self
    }

    /// No `--account-id`.
    pub fn no_account(mut self) -> Self {
        self.account = None;
        self
    }

    pub fn env(mut self, var: (&'a str, &'a str)) -> Self {
        self.env.push(var);
        self
    }

    fn args(&self) -> Vec<String> {
        let mut args: Vec<String> = ["add", "--name", self.name, "--url"]
            .map(str::to_owned)
            .into();
        args.push(self.fx.url());
        args.extend(["--email".to_owned(), self.email.to_owned()]);
        if let Some(account) = self.account {
            args.extend(["--account-id".to_owned(), account.to_string()]);
        }
        let flags = [
            (self.stdin.is_some(), "--token-stdin"),
            (self.insecure, "--insecure-storage"),
            (self.json, "--json"),
        ];
        args.extend(flags.iter().filter(|f| f.0).map(|f| f.1.to_owned()));
        args
    }

    /// The command line and stdin, to run elsewhere (several at once).
    pub fn command(&self) -> (Command, Option<String>) {
        let args = self.args();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        (self.fx.command(&args, &self.env), self.stdin.clone())
    }

    pub async fn run(self) -> Out {
        let args = self.args();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.fx
            .run_env(&args, self.stdin.as_deref(), &self.env)
            .await
    }
}

pub fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(EXE);
    cmd.arg("--config-dir")
        .arg(dir)
        .args(args)
        .env_remove("CHATWOOT_LINK_TOKEN")
        .env_remove("CHATWOOT_LINK_PROFILE")
        .env_remove("CHATWOOT_LINK_CONFIG_DIR")
        .env_remove("CHATWOOT_LINK_LANG")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_PROXY", "*")
        .env("no_proxy", "*")
        .env("LC_ALL", "C.UTF-8")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

pub fn run_command(mut cmd: Command, stdin: Option<String>) -> Out {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("binary starts");
    if let Some(input) = stdin
        && let Some(mut pipe) = child.stdin.take()
    {
        pipe.write_all(input.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("binary ends");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every file in DIR except tokens.toml (the file store, which holds tokens by consent).
#[track_caller]
pub fn assert_not_in_files(dir: &Path, needle: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n == "tokens.toml") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(needle),
            "a token is in {}",
            path.display()
        );
    }
}
