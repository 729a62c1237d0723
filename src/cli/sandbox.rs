//! `chatwoot-link sandbox`: the Chatwoot-compatible sandbox on 127.0.0.1, until Ctrl-C or
//! SIGTERM. The one command that prints tokens: they are the sandbox's public demo tokens.

use std::fmt::Write as _;
use std::time::Duration;

use crate::cli::{Exit, Failure, Outcome};
use crate::sandbox::{Sandbox, SandboxOptions, Scenario, demo};

/// The scenario list with descriptions, as `--scenario help` prints it.
pub fn scenario_help() -> String {
    let mut out = String::from("Scenarios (repeat --scenario to combine):\n");
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
                return Err(Failure::usage(format!(
                    "unknown scenario `{}`\n{}",
                    e.name,
                    scenario_help()
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
    say!("sandbox stopped");
    Ok(Exit::Ok)
}

fn bind_failure(port: u16, e: &std::io::Error) -> Failure {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => Failure::usage(format!(
            "port {port} is in use: pick another with --port (or --port 0 for any free port)"
        )),
        std::io::ErrorKind::PermissionDenied => Failure::usage(format!(
            "port {port} needs privileges: pick one above 1023 with --port"
        )),
        _ => Failure::usage(format!("cannot listen on 127.0.0.1:{port}: {e}")),
    }
}

fn print_banner(sandbox: &Sandbox, latency_ms: u64, scenarios: &[Scenario]) {
    let url = sandbox.url();
    say!(
        "Chatwoot sandbox {} listening on {url}",
        crate::sandbox::VERSION
    );
    if latency_ms > 0 {
        say!("latency: {latency_ms} ms on every answer");
    }
    if !scenarios.is_empty() {
        let names: Vec<String> = scenarios.iter().map(ToString::to_string).collect();
        say!("scenarios: {}", names.join(", "));
    }
    say!();
    say!("Demo users (tokens are public demo values, valid only here):");
    say!(
        "  {} <{}>  token {}",
        demo::ADMIN_NAME,
        demo::ADMIN_EMAIL,
        demo::ADMIN_TOKEN
    );
    say!(
        "    account {}  Acme Demo    administrator, active, WhatsApp + Twilio WhatsApp + web widget",
        demo::ACCOUNT_ADMIN
    );
    say!(
        "    account {}  Beta Agency  agent, active",
        demo::ACCOUNT_AGENT
    );
    say!(
        "    account {}  Old Co       administrator, suspended",
        demo::ACCOUNT_SUSPENDED
    );
    say!(
        "  {} <{}>  token {}",
        demo::SOLO_NAME,
        demo::SOLO_EMAIL,
        demo::SOLO_TOKEN
    );
    say!(
        "    account {}  Solo Shop    administrator, active, no WhatsApp inbox",
        demo::ACCOUNT_NO_WHATSAPP
    );
    say!(
        "  {} <{}>  token {}",
        demo::AGENCY_NAME,
        demo::AGENCY_EMAIL,
        demo::AGENCY_TOKEN
    );
    say!("    accounts 1, 4 administrator (active), 3 administrator (suspended), 2 agent");
    say!("  agent bot token     {}", demo::BOT_TOKEN);
    say!("  platform app token  {}", demo::PLATFORM_TOKEN);
    say!();
    say!("Try, in another terminal:");
    say!(
        "  echo {} | chatwoot-link check --url {url} --email {} --account-id {} --token-stdin",
        demo::ADMIN_TOKEN,
        demo::ADMIN_EMAIL,
        demo::ACCOUNT_ADMIN
    );
    say!();
    say!("Ctrl-C stops the sandbox.");
}
