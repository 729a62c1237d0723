//! `chatwoot-link sandbox`: the Chatwoot-compatible sandbox on 127.0.0.1, until Ctrl-C or
//! SIGTERM. The one command that prints tokens: they are the sandbox's public demo tokens.

use std::fmt::Write as _;
use std::time::Duration;

use crate::cli::{Exit, Failure, Outcome};
use crate::i18n::{msg, t};
use crate::sandbox::{Sandbox, SandboxOptions, Scenario, demo};

/// The scenario list with descriptions, as `--scenario help` prints it.
pub fn scenario_help() -> String {
    let mut out = format!("{}\n", msg!(cli_sandbox_scenarios_heading));
    let width = Scenario::all()
        .iter()
        .map(|s| s.name().len())
        .max()
        .unwrap_or(0);
    for s in Scenario::all() {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "  {:width$}  {}", s.name(), s.describe());
    }
    out
}

pub async fn run(port: u16, latency_ms: u64, names: &[String]) -> Outcome {
    if names.iter().any(|n| n.trim() == "help") {
        say!("{}", scenario_help().trim_end_matches('\n'));
        return Ok(Exit::Ok);
    }
    let mut scenarios = Vec::new();
    for name in names {
        match name.parse::<Scenario>() {
            Ok(s) if !scenarios.contains(&s) => scenarios.push(s),
            Ok(_) => {}
            Err(e) => {
                return Err(Failure::usage(msg!(
                    cli_sandbox_unknown_scenario,
                    name = &e.name,
                    list = scenario_help()
                )));
            }
        }
    }
    let opts = SandboxOptions {
        port,
        latency: Duration::from_millis(latency_ms),
        scenarios: scenarios.clone(),
    };
    let stop = super::check::interrupted();
    let sandbox = Sandbox::start(opts)
        .await
        .map_err(|e| bind_failure(port, &e))?;
    print_banner(&sandbox, latency_ms, &scenarios);
    stop.await;
    sandbox.shutdown().await;
    say!("{}", msg!(cli_sandbox_stopped));
    Ok(Exit::Ok)
}

fn bind_failure(port: u16, e: &std::io::Error) -> Failure {
    match e.kind() {
        // The port is text: a number would be formatted (grouped) by the language.
        std::io::ErrorKind::AddrInUse => {
            Failure::usage(msg!(cli_sandbox_port_in_use, port = port.to_string()))
        }
        std::io::ErrorKind::PermissionDenied => {
            Failure::usage(msg!(cli_sandbox_port_privileged, port = port.to_string()))
        }
        _ => Failure::usage(msg!(
            cli_sandbox_cannot_listen,
            port = port.to_string(),
            error = e.to_string()
        )),
    }
}

/// `account 1` (the id as text, as the sandbox's data has it).
fn demo_account(id: impl std::fmt::Display) -> String {
    t!(cli_sandbox_account, id = id.to_string())
}

fn print_banner(sandbox: &Sandbox, latency_ms: u64, scenarios: &[Scenario]) {
    let url = sandbox.url();
    say!(
        "{}",
        msg!(
            cli_sandbox_listening,
            version = crate::sandbox::VERSION,
            url = &url
        )
    );
    if latency_ms > 0 {
        say!("{}", msg!(cli_sandbox_latency, ms = latency_ms.to_string()));
    }
    if !scenarios.is_empty() {
        let names: Vec<String> = scenarios.iter().map(ToString::to_string).collect();
        say!("{}", msg!(cli_sandbox_scenarios, names = names.join(", ")));
    }
    say!();
    say!("{}", msg!(cli_sandbox_users));
    say!(
        "  {} <{}>  token {}",
        demo::ADMIN_NAME,
        demo::ADMIN_EMAIL,
        demo::ADMIN_TOKEN
    );
    say!(
        "    {}  Acme Demo    {}",
        demo_account(demo::ACCOUNT_ADMIN),
        msg!(cli_sandbox_acme)
    );
    say!(
        "    {}  Beta Agency  {}",
        demo_account(demo::ACCOUNT_AGENT),
        msg!(cli_sandbox_beta)
    );
    say!(
        "    {}  Old Co       {}",
        demo_account(demo::ACCOUNT_SUSPENDED),
        msg!(cli_sandbox_oldco)
    );
    say!(
        "  {} <{}>  token {}",
        demo::SOLO_NAME,
        demo::SOLO_EMAIL,
        demo::SOLO_TOKEN
    );
    say!(
        "    {}  Solo Shop    {}",
        demo_account(demo::ACCOUNT_NO_WHATSAPP),
        msg!(cli_sandbox_solo)
    );
    say!(
        "  {} <{}>  token {}",
        demo::AGENCY_NAME,
        demo::AGENCY_EMAIL,
        demo::AGENCY_TOKEN
    );
    say!("    {}", msg!(cli_sandbox_agency));
    let bot = t!(cli_sandbox_bot_token);
    let platform = t!(cli_sandbox_platform_token);
    let w = bot.chars().count().max(platform.chars().count());
    say!("  {bot:<w$}  {}", demo::BOT_TOKEN);
    say!("  {platform:<w$}  {}", demo::PLATFORM_TOKEN);
    say!();
    say!("{}", msg!(cli_sandbox_try));
    say!(
        "  echo {} | chatwoot-link check --url {url} --email {} --account-id {} --token-stdin",
        demo::ADMIN_TOKEN,
        demo::ADMIN_EMAIL,
        demo::ACCOUNT_ADMIN
    );
    say!();
    say!("{}", msg!(cli_sandbox_stop_hint));
}
