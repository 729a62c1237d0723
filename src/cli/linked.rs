//! What the commands that check live and save share: opening the store, running store calls
//! off the async workers, the facts a passing check report gives a profile, the
//! `already_linked` warning, and confirmations.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;

use super::args::GlobalArgs;
use super::{Exit, Failure};
use crate::checks::{
    self, BuildError, Cache, Certificate, CheckInputs, CheckReport, ClientOptions, Code, Warning,
};
use crate::store::{ProfileData, Store, StoreError, TokenStoreKind};

/// Opens DIR (as `list` does) behind an `Arc`, for store calls on blocking threads.
pub fn open_store(global: &GlobalArgs) -> Result<Arc<Store>, Failure> {
    super::list::open_store(global).map(Arc::new)
}

/// Runs a (possibly slow: keyring, lock, fsync) store call without holding an async worker.
/// The keyring itself never hangs past its timeout, and `main` never joins blocking threads.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(StoreError::Internal(format!("a store task failed: {e}"))))
}

/// Client options of one command run (`--timeout`).
pub fn client_options(global: &GlobalArgs) -> ClientOptions {
    ClientOptions::with_timeout_secs(global.timeout)
}

/// `--ca-cert FILE`: the certificate to trust, or a usage failure saying why it cannot be.
pub fn read_ca_cert(path: &Path) -> Result<Certificate, Failure> {
    let shown = crate::sanitize::sanitize(&path.display().to_string());
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::usage(format!("cannot read --ca-cert {shown}: {e}")))?;
    let cert = Certificate::parse(&bytes).map_err(|e| {
        Failure::usage(format!(
            "--ca-cert {shown} cannot be trusted: {e}. Save the server's certificate (or its CA) as PEM, e.g. with `openssl s_client -connect HOST:443 -showcerts`"
        ))
    })?;
    tracing::info!(file = %shown, cert = %cert.info().summary(), "--ca-cert");
    Ok(cert)
}

/// Exit 2 for a malformed proxy variable (nothing was sent), exit 1 for the rest.
pub fn build_failure(e: &BuildError) -> Failure {
    match e {
        BuildError::Proxy(_) => Failure::new(Exit::Usage, e.to_string()),
        BuildError::Client(_) => Failure::new(Exit::CheckFailed, e.to_string()),
    }
}

/// The cache of one command run; with `trust`, the URL of `inputs` trusts only that
/// certificate.
pub fn cache_trusting(
    global: &GlobalArgs,
    inputs: &CheckInputs,
    trust: Option<&Certificate>,
) -> Result<Cache, Failure> {
    let cache = Cache::new(client_options(global)).map_err(|e| build_failure(&e))?;
    if let Ok(url) = checks::plan(inputs).url {
        cache
            .trust(&url.url, trust)
            .map_err(|e| build_failure(&e))?;
    }
    Ok(cache)
}

/// The facts a passing report gives a profile, verified now. `None` when the report lacks
/// one (the email or account was not checked): nothing may be saved from it.
pub fn profile_data(report: &CheckReport) -> Option<ProfileData> {
    let url = report.url.clone()?;
    let user = report.user.as_ref()?;
    let account = report.account.as_ref()?;
    let server = report.server.as_ref()?;
    Some(ProfileData {
        url,
        email: user.email.to_lowercase(),
        account_id: account.id,
        account_name: account.name.clone(),
        user_id: user.id,
        user_name: user.name.clone(),
        role: account.role.clone(),
        server_version: server.version.clone(),
        verified_at: Timestamp::now(),
    })
}

/// The `already_linked` warning, when `others` is not empty.
pub fn already_linked(others: &[String], data: &ProfileData) -> Option<Warning> {
    if others.is_empty() {
        return None;
    }
    Some(Warning {
        code: Code::AlreadyLinked,
        message: format!(
            "{} account {} is already linked as {}: two profiles for one account are easy to mix up",
            host(&data.url),
            data.account_id,
            others.join(", ")
        ),
    })
}

/// `chat.example.com` of `https://chat.example.com`, safe to print (the config file may
/// have been edited by hand).
pub fn host(url: &str) -> String {
    crate::sanitize::sanitize(url.split_once("://").map_or(url, |(_, rest)| rest))
}

/// Where a token store keeps things, for messages.
pub fn store_place(kind: TokenStoreKind) -> &'static str {
    match kind {
        TokenStoreKind::Keyring => "the OS keyring",
        TokenStoreKind::File => "tokens.toml (plain text, 0600)",
    }
}

/// Asks `question` on the terminal unless `yes`. No terminal and no `--yes`: exit 2;
/// anything but y/yes: exit 130 (nothing changed).
pub async fn confirm(question: String, yes: bool, what: &str) -> Result<(), Failure> {
    if yes {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Failure::usage(format!(
            "{what} needs a confirmation and there is no terminal to ask on: pass --yes"
        )));
    }
    let answer = tokio::task::spawn_blocking(move || {
        eprint!("{question} [y/N] ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map(|_| line)
    });
    let answer = tokio::select! {
        a = answer => a.ok().and_then(Result::ok).unwrap_or_default(),
        () = super::check::interrupted() => String::new(),
    };
    if matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(Failure::new(
            Exit::Interrupted,
            "cancelled; nothing was changed",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{AccountFacts, ServerFacts, UserFacts};

    fn passing() -> CheckReport {
        let mut r = CheckReport::new();
        r.url = Some("https://chat.example.com".into());
        r.server = Some(ServerFacts {
            version: "4.15.1".into(),
        });
        r.user = Some(UserFacts {
            id: 7,
            name: "Jane".into(),
            email: "Jane@Example.com".into(),
        });
        r.account = Some(AccountFacts {
            id: 1,
            name: "Acme".into(),
            role: "administrator".into(),
            status: "active".into(),
        });
        r
    }

    #[test]
    fn a_profile_needs_every_fact() {
        let d = profile_data(&passing()).expect("complete");
        assert_eq!(
            (d.url.as_str(), d.email.as_str(), d.account_id, d.user_id),
            ("https://chat.example.com", "jane@example.com", 1, 7)
        );
        assert_eq!(d.server_version, "4.15.1");
        for strip in 0..4 {
            let mut r = passing();
            match strip {
                0 => r.url = None,
                1 => r.server = None,
                2 => r.user = None,
                _ => r.account = None,
            }
            assert!(profile_data(&r).is_none(), "missing fact {strip}");
        }
    }

    #[test]
    fn already_linked_names_the_others() {
        let d = profile_data(&passing()).expect("complete");
        assert!(already_linked(&[], &d).is_none());
        let w = already_linked(&["acme".into(), "acme-2".into()], &d).expect("warning");
        assert_eq!(w.code, Code::AlreadyLinked);
        assert!(
            w.message
                .starts_with("chat.example.com account 1 is already linked as acme, acme-2")
        );
    }

    #[test]
    fn host_drops_the_scheme() {
        assert_eq!(
            host("https://chat.example.com:8443"),
            "chat.example.com:8443"
        );
        assert_eq!(host("chat.example.com"), "chat.example.com");
    }
}
