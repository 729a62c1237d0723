//! `chatwoot-link` with no subcommand (or `edit NAME` alone on a terminal): the wizard;
//! `--demo [--reset]`: the wizard against the built-in sandbox with its own persistent demo
//! directory and the file store. The binary composes the faces: this module joins the
//! command line's arguments and exit codes to the wizard's outcome.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chatwoot_link::checks::{Cache, ClientOptions};
use chatwoot_link::cli::{Exit, Failure, GlobalArgs, Outcome, WizardStart};
use chatwoot_link::sandbox::{Sandbox, SandboxOptions, demo};
use chatwoot_link::store::{KeyringStore, MemorySecretStore, Store, TOKENS_FILE, TokenStoreKind};
use chatwoot_link::tui::Msg;
use chatwoot_link::tui::model::{App, Context, Ending};
use chatwoot_link::tui::runtime::{self, Inbox, Services};
use chatwoot_link::tui::{Theme, update};

/// The demo sandbox's port when it is free (another is picked when it is busy).
const DEMO_PORT: u16 = 3771;

/// The wizard: the form on a first run, the home screen when profiles exist; `edit` opens
/// the form on that profile (home behind it).
pub async fn run(global: &GlobalArgs, start: WizardStart) -> Outcome {
    let WizardStart { demo, reset, edit } = start;
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Failure::usage(chatwoot_link::i18n::msg!(
            cli_wizard_needs_terminal
        )));
    }
    // Chosen once, here; `view` only ever receives it as a value.
    let theme = Theme::detect(|k| std::env::var(k).ok());
    let mut options = ClientOptions::with_timeout_secs(global.timeout);
    let mut sandbox = None;
    let inbox = Inbox::new();
    let (store, prefill) = if demo {
        let s = start_sandbox().await?;
        options.system_proxy = false; // loopback only
        let store = demo_store(reset, &s.url())?;
        let values = [
            s.url(),
            demo::ADMIN_EMAIL.to_owned(),
            demo::ADMIN_TOKEN.to_owned(),
            demo::ACCOUNT_ADMIN.to_string(),
        ];
        sandbox = Some(s);
        (store, Some(values))
    } else {
        // A slow keyring (an unlock prompt) is reported on the wizard's status line.
        let posts = inbox.sender();
        let keyring = KeyringStore::new().with_notice(Arc::new(move |text: &str| {
            let _ = posts.send(Msg::KeyringWaiting(text.to_owned()));
        }));
        let store =
            Store::open_with_keyring(global.config_dir.clone(), keyring).map_err(Failure::from)?;
        (store, None)
    };
    // The first frame needs only the config file: no keyring, no network.
    let config = store.config().map_err(Failure::from)?;
    let ctx = Context {
        demo,
        config_file: store.config_path().display().to_string(),
        file_store: store.dir().join(TOKENS_FILE).display().to_string(),
        command: "chatwoot-link".to_owned(),
        // The demo's own directory is named on the done screen instead.
        config_dir: (!demo)
            .then(|| global.config_dir.as_ref().map(|d| d.display().to_string()))
            .flatten(),
        tz: jiff::tz::TimeZone::system(),
        demo_values: prefill.clone(),
        browser: runtime::browser::available(),
    };
    let mut app = if config.profiles.is_empty() {
        App::new(ctx)
    } else {
        App::with_home(ctx, config.clone())
    };
    if let Some(name) = edit {
        let (name, record) = config.find(Some(&name)).map_err(Failure::from)?;
        if let Some(i) = app.home.visible().iter().position(|n| *n == name) {
            app.home.selected = i;
        }
        // Its effect (reading the stored token) is asked for again by `init`.
        let _ = update::home::edit_profile(&mut app, name, record);
    } else if let (Some([url, email, token, account]), false) = (&prefill, app.from_home) {
        update::prefill(&mut app, url, email, token, account);
    }
    let cache = Cache::new(options.clone()).map_err(|e| Failure::new(Exit::Usage, e.msg()))?;
    // Each profile's trusted certificate, for its form checks as for its re-checks. One that
    // cannot be read is reported by that profile's re-check.
    for record in config.profiles.values() {
        if let (Ok(origin), Ok(Some(cert))) = (
            url::Url::parse(&record.data.url),
            store.trusted_cert(record.id),
        ) {
            let _ = cache.trust(&origin, Some(&cert));
        }
    }
    let services = Services {
        cache,
        store: Arc::new(store),
        options,
    };
    let outcome = runtime::run(app, theme, services, inbox).await;
    if let Some(s) = sandbox {
        s.shutdown().await;
    }
    let app = outcome.map_err(|e| {
        Failure::usage(chatwoot_link::i18n::msg!(
            cli_wizard_terminal_failed,
            error = e.to_string()
        ))
    })?;
    if let Some(note) = &app.exit_note {
        eprintln!("{note}");
    }
    Ok(match app.exit {
        Some(Ending::Finished) | None => Exit::Ok,
        Some(Ending::Interrupted) => Exit::Interrupted,
    })
}

async fn start_sandbox() -> Result<Sandbox, Failure> {
    let options = |port| SandboxOptions {
        port,
        latency: Duration::ZERO,
        scenarios: demo::demo_scenarios(),
    };
    match Sandbox::start(options(DEMO_PORT)).await {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => Sandbox::start(options(0))
            .await
            .map_err(|e| sandbox_failure(&e)),
        Err(e) => Err(sandbox_failure(&e)),
    }
}

fn sandbox_failure(e: &std::io::Error) -> Failure {
    Failure::usage(chatwoot_link::i18n::msg!(
        cli_demo_sandbox_failed,
        error = e.to_string()
    ))
}

/// The demo directory: under the platform data dir, never the user's config dir.
fn demo_dir() -> Result<PathBuf, Failure> {
    directories::ProjectDirs::from("", "", "chatwoot-link")
        .map(|p| p.data_dir().join("demo"))
        .ok_or_else(|| {
            Failure::new(
                Exit::Storage,
                chatwoot_link::i18n::msg!(cli_demo_no_data_dir),
            )
        })
}

/// The demo's store: its own directory, tokens in its file store, and an in-memory
/// stand-in for the keyring so the user's real keyring is never touched. Demo profiles
/// saved against an earlier sandbox get the current sandbox's URL.
fn demo_store(reset: bool, sandbox_url: &str) -> Result<Store, Failure> {
    let dir = demo_dir()?;
    if reset {
        remove_demo_dir(&dir)?;
    }
    let store = Store::builder(&dir)
        .keyring(Arc::new(MemorySecretStore::new(TokenStoreKind::Keyring)))
        .build();
    let config = store.config().map_err(Failure::from)?;
    for (name, record) in &config.profiles {
        if record.data.url != sandbox_url && record.data.url.starts_with("http://127.0.0.1:") {
            let mut data = record.data.clone();
            sandbox_url.clone_into(&mut data.url);
            store
                .replace(name, record, data, None, None)
                .map_err(Failure::from)?;
        }
    }
    Ok(store)
}

fn remove_demo_dir(dir: &Path) -> Result<(), Failure> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Failure::new(
            Exit::Storage,
            chatwoot_link::i18n::msg!(
                cli_demo_cannot_empty,
                dir = dir.display().to_string(),
                error = e.to_string()
            ),
        )),
    }
}
