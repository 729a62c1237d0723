//! What the commands that check live and save share: opening the store, the client
//! options of the run, and confirmations.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;
use std::sync::Arc;

use super::args::GlobalArgs;
use super::{Exit, Failure};
use crate::checks::{self, BuildError, Cache, Certificate, CheckInputs, ClientOptions};
use crate::i18n::{msg, t};
use crate::store::Store;

/// Opens DIR (as `list` does) behind an `Arc`, for store calls on blocking threads.
pub fn open_store(global: &GlobalArgs) -> Result<Arc<Store>, Failure> {
    super::list::open_store(global).map(Arc::new)
}

/// Client options of one command run (`--timeout`).
pub fn client_options(global: &GlobalArgs) -> ClientOptions {
    ClientOptions::with_timeout_secs(global.timeout)
}

/// `--ca-cert FILE`: the certificate to trust, or a usage failure saying why it cannot be.
pub fn read_ca_cert(path: &Path) -> Result<Certificate, Failure> {
    let shown = crate::sanitize::sanitize(&path.display().to_string());
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::usage(msg!(
            cli_ca_cert_unreadable,
            file = &shown,
            error = e.to_string()
        ))
    })?;
    let cert = Certificate::parse(&bytes)
        .map_err(|e| Failure::usage(msg!(cli_ca_cert_untrusted, file = &shown, error = e.msg())))?;
    tracing::info!(file = %shown, cert = %cert.info().summary(), "--ca-cert");
    Ok(cert)
}

/// Exit 2 for a malformed proxy variable (nothing was sent), exit 1 for the rest.
pub fn build_failure(e: &BuildError) -> Failure {
    match e {
        BuildError::Proxy(_) => Failure::new(Exit::Usage, e.msg()),
        BuildError::Client(_) => Failure::new(Exit::CheckFailed, e.msg()),
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

/// Asks `question` on the terminal unless `yes`. No terminal and no `--yes`: exit 2;
/// anything but y/yes: exit 130 (nothing changed).
pub async fn confirm(question: String, yes: bool, what: &str) -> Result<(), Failure> {
    if yes {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Failure::usage(msg!(
            cli_confirm_needs_terminal,
            command = what
        )));
    }
    let suffix = t!(cli_confirm_suffix);
    let answer = tokio::task::spawn_blocking(move || {
        eprint!("{question} {suffix} ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map(|_| line)
    });
    let answer = tokio::select! {
        a = answer => a.ok().and_then(Result::ok).unwrap_or_default(),
        () = super::check::interrupted() => String::new(),
    };
    if is_yes(&answer, &t!(cli_confirm_yes)) {
        Ok(())
    } else {
        Err(Failure::new(Exit::Interrupted, msg!(cli_cancelled)))
    }
}

/// `y` and `yes` always mean yes; so do the words of `cli-confirm-yes` (`s|sí|si` in
/// Spanish), whatever the case.
fn is_yes(answer: &str, words: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    ["y", "yes"]
        .into_iter()
        .chain(words.split('|').map(str::trim))
        .any(|w| !w.is_empty() && w == answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_language};

    #[test]
    fn confirmations_accept_y_yes_and_the_languages_own_words() {
        let yes = |lang, answer: &str| with_language(lang, || is_yes(answer, &t!(cli_confirm_yes)));
        assert!(yes(Lang::En, "y\n") && yes(Lang::En, "YES"));
        assert!(!yes(Lang::En, "s") && !yes(Lang::En, ""));
        assert!(yes(Lang::Es, "sí") && yes(Lang::Es, "S") && yes(Lang::Es, "y"));
        assert!(yes(Lang::PtBr, "sim") && yes(Lang::PtBr, "s\n"));
        assert!(!yes(Lang::PtBr, "não") && !yes(Lang::Es, "no"));
        assert_eq!(with_language(Lang::Es, || t!(cli_confirm_suffix)), "[s/N]");
    }
}
