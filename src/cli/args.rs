//! The command line (docs/commands.md): every command and flag in one place.
//! Doc comments here are clap help text, not Markdown.
#![allow(clippy::doc_markdown)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    done; every check ok or warn
  1    a check ran and failed (the server could not be reached or said no, or a policy
       refused its answer)
  2    usage or input that failed its local check before anything was sent (plain http to
       a remote host without --allow-http included)
  3    storage: keyring unreachable or locked, config unreadable, corrupt or newer, lock
       timeout, config dir others can change; remove could not delete the token
  130  interrupted or cancelled by the user; nothing changed

Tokens are read only from stdin (--token-stdin) or CHATWOOT_LINK_TOKEN, never from arguments.";

/// Link a Chatwoot account to a WhatsApp workflow platform: every value checked live,
/// the token kept in the OS keyring.
#[derive(Debug, Parser)]
#[command(name = "chatwoot-link", version = crate::cli::VERSION, after_help = EXIT_CODES_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub global: GlobalArgs,

    /// Run the wizard against the built-in Chatwoot-compatible sandbox (no account needed).
    #[arg(long)]
    pub demo: bool,

    /// With --demo: forget the demo profiles first.
    #[arg(long, requires = "demo")]
    pub reset: bool,
}

/// Options every command takes, before or after the subcommand.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Where profiles.toml lives [default: the platform config dir, e.g. ~/.config/chatwoot-link].
    #[arg(
        long,
        global = true,
        env = "CHATWOOT_LINK_CONFIG_DIR",
        value_name = "DIR"
    )]
    pub config_dir: Option<PathBuf>,

    /// Print data as one JSON object on stdout.
    #[arg(long, global = true)]
    pub json: bool,

    /// Total time allowed for each request, in seconds (connecting gets at most 5).
    #[arg(long, global = true, value_name = "SECS", default_value_t = 15.0, value_parser = parse_timeout)]
    pub timeout: f64,

    /// Write a log to chatwoot-link.log in the config dir (0600): each request's method,
    /// path, status and time, the proxy and TLS trust used, store operations. Never the
    /// token.
    #[arg(long, global = true)]
    pub verbose: bool,

    /// Language of the wizard and of human output: en, es or pt-BR [default:
    /// CHATWOOT_LINK_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG)]. --json, logs and
    /// exit codes are never translated.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
}

/// The values a check or a save takes.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Chatwoot instance URL (https://app.chatwoot.com, or a self-hosted one). A dashboard
    /// URL such as https://host/app/accounts/7/dashboard also gives the Account ID.
    #[arg(long, value_name = "URL")]
    pub url: String,

    /// The Master User's email (an administrator of the account).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// The numeric Account ID (the number in /app/accounts/<id>/ of the dashboard URL).
    #[arg(long, value_name = "ID")]
    pub account_id: Option<String>,

    /// Read the API access token from stdin (echo off on a terminal).
    #[arg(long)]
    pub token_stdin: bool,

    /// Allow plain http to a host that is not loopback (the token crosses the network in clear).
    #[arg(long)]
    pub allow_http: bool,

    /// A WhatsApp inbox the integration will use (repeatable): the check fails when it is
    /// gone or disconnected.
    #[arg(long = "inbox", value_name = "ID")]
    pub inbox: Vec<u64>,
    /// Trust this certificate for the server, and only it (PEM or DER): its private CA, or
    /// the server's own certificate (self-signed included). add saves it with the profile.
    #[arg(long, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
}

/// The flags of `add`. The email is required (a profile without it cannot be checked as a
/// link); the Account ID may come from a dashboard URL, be repeated, or be every account
/// the user administers.
#[derive(Debug, Clone, Args)]
// Each bool is one independent command-line switch.
#[allow(clippy::struct_excessive_bools)]
pub struct AddArgs {
    /// Profile name: lower-case letters, digits, '.', '_' or '-', at most 32 [default: made
    /// from the account's name]. Only with one account.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Chatwoot instance URL (https://app.chatwoot.com, or a self-hosted one). A dashboard
    /// URL such as https://host/app/accounts/7/dashboard also gives the Account ID.
    #[arg(long, value_name = "URL")]
    pub url: String,

    /// The Master User's email (an administrator of the account).
    #[arg(long, value_name = "EMAIL")]
    pub email: String,

    /// The numeric Account ID (the number in /app/accounts/<id>/ of the dashboard URL).
    /// Repeat it to link several accounts with one token: one profile each, named from
    /// the account's name.
    #[arg(long, value_name = "ID")]
    pub account_id: Vec<String>,

    /// Link every account where the user is an active administrator: one profile each,
    /// named from the account's name.
    #[arg(long, conflicts_with_all = ["account_id", "name"])]
    pub all_admin_accounts: bool,

    /// Read the API access token from stdin (echo off on a terminal).
    #[arg(long)]
    pub token_stdin: bool,

    /// Allow plain http to a host that is not loopback (the token crosses the network in clear).
    #[arg(long)]
    pub allow_http: bool,

    /// A WhatsApp inbox the integration will use (repeatable): the check fails when it is
    /// gone or disconnected. Only with --name (inboxes belong to one account).
    #[arg(long = "inbox", value_name = "ID", requires = "name")]
    pub inbox: Vec<u64>,

    /// Trust this certificate for the server, and only it (PEM or DER): its private CA, or
    /// the server's own certificate (self-signed included); saved with the profile. Only
    /// with --name for now.
    #[arg(long, value_name = "FILE", requires = "name")]
    pub ca_cert: Option<PathBuf>,

    /// Keep the token in tokens.toml (0600) instead of the OS keyring.
    #[arg(long)]
    pub insecure_storage: bool,
}

/// The flags of `edit`: the values to change; the stored token is kept unless one is given.
#[derive(Debug, Clone, Default, Args)]
#[allow(clippy::struct_excessive_bools)] // one per on/off flag of the command line
pub struct EditArgs {
    pub name: String,
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    #[arg(long, value_name = "ID")]
    pub account_id: Option<String>,
    #[arg(long)]
    pub token_stdin: bool,
    /// Rename the profile too.
    #[arg(long = "name", value_name = "NEW")]
    pub new_name: Option<String>,
    #[arg(long)]
    pub allow_http: bool,
    /// Choose the WhatsApp inboxes the integration will use (repeatable; replaces the
    /// chosen ones).
    #[arg(long = "inbox", value_name = "ID")]
    pub inbox: Vec<u64>,
    /// Choose no inbox (clears the chosen ones).
    #[arg(long, conflicts_with = "inbox")]
    pub no_inbox: bool,
    /// Trust this certificate for the server from now on, and only it (PEM or DER: its
    /// private CA, or the server's own certificate).
    #[arg(long, value_name = "FILE", conflicts_with = "no_ca_cert")]
    pub ca_cert: Option<PathBuf>,
    /// Drop the profile's trusted certificate: trust the system store again.
    #[arg(long)]
    pub no_ca_cert: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every check; save nothing.
    #[command(after_help = super::examples::CHECK)]
    Check(CheckArgs),

    /// Check, then save as a new profile (or one per account, with several accounts).
    #[command(after_help = super::examples::ADD)]
    Add(AddArgs),

    /// Change a profile: with no flags on a terminal, the wizard; else the given values,
    /// re-checked (the stored token is kept unless --token-stdin is given).
    #[command(after_help = super::examples::EDIT)]
    Edit(EditArgs),

    /// List the linked profiles (no network).
    List,

    /// Show one profile (never its token; no network).
    Show { name: String },

    /// Re-check profiles live, all at once [default: all profiles].
    #[command(after_help = super::examples::STATUS)]
    Status { names: Vec<String> },

    /// Unlink a profile: remove it from the config, then its token from the store (the token
    /// stays valid on the server unless --rotate-token resets it).
    // `remove` and `revoke` were its names before; both keep working.
    #[command(name = "unlink", visible_aliases = ["remove", "revoke"], after_help = super::examples::UNLINK)]
    Remove {
        name: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
        /// Reset the token on the server first (breaks every other integration using it).
        #[arg(long)]
        rotate_token: bool,
    },

    /// Reset the token on the server and store the new one for every profile sharing it.
    #[command(after_help = super::examples::ROTATE)]
    Rotate {
        name: String,
        #[arg(long)]
        yes: bool,
    },

    /// Rename a profile.
    Rename { old: String, new: String },

    /// Make a profile the default.
    Default { name: String },

    /// Print a profile's token (for scripts).
    #[command(after_help = super::examples::TOKEN)]
    Token { name: Option<String> },

    /// Print `export CHATWOOT_…=` lines for a profile.
    #[command(after_help = super::examples::ENV)]
    Env {
        name: Option<String>,
        /// Also print CHATWOOT_API_TOKEN.
        #[arg(long)]
        with_token: bool,
    },

    /// Check the keyring, the config, orphaned secrets and connectivity.
    #[command(after_help = super::examples::DOCTOR)]
    Doctor {
        /// Remove orphaned secrets of this config dir and fix permissions.
        #[arg(long)]
        fix: bool,
        /// Do not contact the profiles' servers (local checks only).
        #[arg(long)]
        offline: bool,
    },

    /// Run the Chatwoot-compatible sandbox on 127.0.0.1 (prints its URL and demo tokens).
    Sandbox {
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Delay every answer by this many milliseconds.
        #[arg(long, default_value_t = 0)]
        latency_ms: u64,
        /// A misbehaviour to simulate; repeatable; `--scenario help` lists them.
        #[arg(long = "scenario", value_name = "NAME")]
        scenarios: Vec<String>,
    },

    /// Print shell completions.
    Completions { shell: clap_complete::Shell },

    /// Print the man page.
    Man,
}

/// `--timeout`: a positive number of seconds, at most an hour (a larger one is a typo, and
/// a duration that large does not fit the HTTP client's timers).
fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    s.parse().map_err(|_| "expected en, es or pt-BR".to_owned())
}

fn parse_timeout(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(t) if t.is_finite() && t > 0.0 && t <= 3600.0 => Ok(t),
        _ => Err("expected a number of seconds above 0 and at most 3600, e.g. 15 or 2.5".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_timeout;

    #[test]
    fn timeout_must_be_a_sane_positive_number() {
        assert_eq!(parse_timeout("15"), Ok(15.0));
        assert_eq!(parse_timeout("0.5"), Ok(0.5));
        for bad in ["0", "-1", "nan", "inf", "1e20", "", "ten"] {
            assert!(parse_timeout(bad).is_err(), "{bad}");
        }
    }
}
