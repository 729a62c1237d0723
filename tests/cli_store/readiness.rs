//! Chosen inboxes through the binary: `add --inbox`, `edit --inbox/--no-inbox`, `status`
//! re-checking them, `show`, `list --json`, `env`; the config schema bump; and no planted
//! secret (Meta's key in `provider_config`, its error text, webhook URLs) in any output or
//! file after every command that talks to the server.

use chatwoot_link::sandbox::Scenario;

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx};

async fn add_with_inboxes(fx: &Fx, name: &str, inboxes: &[&str]) -> super::common::Out {
    let url = fx.url();
    let mut args = vec![
        "add",
        "--name",
        name,
        "--url",
        &url,
        "--email",
        ADMIN_EMAIL,
        "--account-id",
        "1",
        "--token-stdin",
        "--insecure-storage",
    ];
    for id in inboxes {
        args.extend(["--inbox", id]);
    }
    fx.run(&args, Some(&format!("{ADMIN_TOKEN}\n"))).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chosen_inboxes_are_saved_shown_and_exported() {
    let fx = Fx::new().await;
    add_with_inboxes(&fx, "acme", &["1", "2"]).await.expect(0);
    let config = fx.config();
    assert_eq!(config.schema, 2);
    assert_eq!(config.profiles["acme"].data.inbox_ids, [1, 2]);
    let list = fx.run(&["list", "--json"], None).await;
    list.expect(0);
    assert_eq!(
        list.json()["profiles"][0]["inbox_ids"],
        serde_json::json!([1, 2])
    );
    let show = fx.run(&["show", "acme"], None).await;
    show.expect(0);
    assert!(
        show.stdout
            .lines()
            .any(|l| l.starts_with("inboxes") && l.ends_with("1, 2")),
        "{}",
        show.stdout
    );
    let env = fx.run(&["env", "acme"], None).await;
    env.expect(0);
    assert!(
        env.stdout.contains("export CHATWOOT_INBOX_IDS='1,2'"),
        "{}",
        env.stdout
    );
    let env = fx.run(&["env", "acme", "--json"], None).await;
    assert_eq!(env.json()["variables"]["CHATWOOT_INBOX_IDS"], "1,2");
    let lib = chatwoot_link::Profile::load_from(&fx.dir, Some("acme")).expect("loads");
    assert_eq!(lib.inbox_ids(), [1, 2]);

    // edit replaces them, --no-inbox clears them; both re-check.
    fx.run(&["edit", "acme", "--inbox", "2"], None)
        .await
        .expect(0);
    assert_eq!(fx.config().profiles["acme"].data.inbox_ids, [2]);
    fx.run(&["edit", "acme", "--no-inbox"], None)
        .await
        .expect(0);
    assert!(fx.config().profiles["acme"].data.inbox_ids.is_empty());
    let env = fx.run(&["env", "acme"], None).await;
    assert!(
        env.stdout.contains("export CHATWOOT_INBOX_IDS=''"),
        "{}",
        env.stdout
    );
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gone_or_disconnected_chosen_inbox_fails_add_and_status() {
    let fx = Fx::new().await;
    // Not a WhatsApp inbox of the account: nothing is saved.
    add_with_inboxes(&fx, "web", &["3"]).await.expect(1);
    assert!(fx.config().profiles.is_empty());
    add_with_inboxes(&fx, "acme", &["1"]).await.expect(0);
    add_with_inboxes(&fx, "plain", &[]).await.expect(0);

    fx.sb.set_scenarios(vec![Scenario::InboxDisconnected]);
    // The disconnected inbox is chosen by acme: it fails; plain only warns.
    let out = fx.run(&["status"], None).await;
    out.expect(1);
    let line = |name: &str| {
        out.stdout
            .lines()
            .find(|l| l.split_whitespace().nth(1) == Some(name))
            .unwrap_or_else(|| panic!("{name}: {}", out.stdout))
            .to_owned()
    };
    let acme = line("acme");
    assert!(
        acme.starts_with('✗')
            && acme.contains("whatsapp: inbox 'Acme WhatsApp'")
            && acme.contains("disconnected"),
        "{acme}"
    );
    let plain = line("plain");
    assert!(
        plain.starts_with('!') && plain.contains("disconnected"),
        "{plain}"
    );
    let json = fx.run(&["status", "--json"], None).await;
    json.expect(1);
    let v = json.json();
    let acme = &v["profiles"][0];
    assert_eq!(acme["inbox_ids"], serde_json::json!([1]));
    assert_eq!(acme["whatsapp"]["inboxes"][0]["connected"], false);
    assert_eq!(acme["checks"][6]["code"], "whatsapp_disconnected");
    assert_eq!(acme["checks"][6]["status"], "fail");
    assert_eq!(v["profiles"][1]["checks"][6]["status"], "warn");
    // An add choosing it fails too.
    add_with_inboxes(&fx, "again", &["1"]).await.expect(1);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schema_1_file_is_read_as_is_and_upgraded_only_when_written() {
    let fx = Fx::new().await;
    add_with_inboxes(&fx, "acme", &[]).await.expect(0);
    let path = fx.dir.join("profiles.toml");
    let text = std::fs::read_to_string(&path).expect("config");
    assert!(!text.contains("inbox_ids"), "none chosen, nothing written");
    let old = text.replacen("schema = 2", "schema = 1", 1);
    assert_ne!(old, text);
    std::fs::write(&path, &old).expect("write schema 1");
    for read_only in [&["list"][..], &["show", "acme"], &["env", "acme"]] {
        fx.run(read_only, None).await.expect(0);
        assert_eq!(
            std::fs::read_to_string(&path).expect("config"),
            old,
            "{read_only:?}"
        );
    }
    let list = fx.run(&["list", "--json"], None).await;
    assert_eq!(list.json()["config_schema"], 1);
    fx.run(&["edit", "acme", "--inbox", "1"], None)
        .await
        .expect(0);
    let config = fx.config();
    assert_eq!(config.schema, 2);
    assert_eq!(config.profiles["acme"].data.inbox_ids, [1]);
    fx.assert_no_leak();
}

/// Every readiness scenario through check, add and status: Meta's key (administrators see
/// it in `provider_config`), its error text and webhook URLs never reach an output or a file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn planted_secrets_never_leave_the_server() {
    let fx = Fx::new().await;
    let url = fx.url();
    let scenarios = [
        Scenario::MetaRefused,
        Scenario::InboxDisconnected,
        Scenario::WrongFrontendUrl,
        Scenario::NumberFlagged,
        Scenario::WebhooksForbidden,
        Scenario::NoHealthEndpoint,
    ];
    for (n, scenario) in scenarios.into_iter().enumerate() {
        fx.sb.set_scenarios(vec![scenario]);
        let name = format!("p{n}");
        add_with_inboxes(&fx, &name, &["2"]).await.expect(0);
        let add_json = fx
            .run(
                &[
                    "add",
                    "--name",
                    &format!("j{n}"),
                    "--url",
                    &url,
                    "--email",
                    ADMIN_EMAIL,
                    "--account-id",
                    "1",
                    "--token-stdin",
                    "--insecure-storage",
                    "--inbox",
                    "2",
                    "--json",
                    "--verbose",
                ],
                Some(ADMIN_TOKEN),
            )
            .await;
        add_json.expect(0);
        for args in [
            &[
                "check",
                "--url",
                &url,
                "--email",
                ADMIN_EMAIL,
                "--account-id",
                "1",
                "--token-stdin",
                "--json",
            ][..],
            &[
                "check",
                "--url",
                &url,
                "--account-id",
                "1",
                "--token-stdin",
                "--verbose",
            ],
        ] {
            fx.run(args, Some(ADMIN_TOKEN)).await;
        }
        fx.run(&["status", "--verbose"], None).await;
        fx.run(&["status", "--json"], None).await;
        fx.run(&["show", &name, "--json"], None).await.expect(0);
    }
    fx.run(&["doctor"], None).await;
    // tokens.toml holds only Chatwoot tokens.
    let tokens = std::fs::read_to_string(fx.dir.join("tokens.toml")).expect("tokens");
    assert!(!tokens.contains(super::common::PLANTED_SECRET));
    fx.assert_no_leak();
}
