//! `add` of several accounts at once: one profile per account named from its name, the
//! token stored once for all, each account checked, what was not linked and why.

use chatwoot_link::store::TokenStoreKind;

use super::common::{AGENCY_EMAIL, AGENCY_TOKEN, Fx};

/// `add --url U --email agency@example.com --token-stdin --insecure-storage` + `extra`.
async fn add_agency(fx: &Fx, extra: &[&str]) -> super::common::Out {
    let url = fx.url();
    let mut args = vec![
        "add",
        "--url",
        &url,
        "--email",
        AGENCY_EMAIL,
        "--token-stdin",
    ];
    args.push("--insecure-storage");
    args.extend_from_slice(extra);
    fx.run(&args, Some(&format!("{AGENCY_TOKEN}\n"))).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_admin_accounts_links_each_with_one_stored_token() {
    let fx = Fx::new().await;
    let out = add_agency(&fx, &["--all-admin-accounts", "--json"]).await;
    out.expect(0);
    let j = out.json();
    assert_eq!(
        (j["schema"].clone(), j["ok"].clone()),
        (1.into(), true.into())
    );
    assert_eq!(j["token_store"], "file");
    assert_eq!(j["user"]["email"], AGENCY_EMAIL);
    let results = j["results"].as_array().expect("results");
    let row = |id: u64| {
        results
            .iter()
            .find(|r| r["account_id"] == id)
            .unwrap_or_else(|| panic!("account {id} in {j}"))
    };
    for (id, name) in [(1, "acme-demo"), (4, "solo-shop")] {
        let r = row(id);
        assert_eq!(
            (r["saved"].clone(), r["chosen"].clone()),
            (true.into(), true.into()),
            "{r}"
        );
        assert_eq!(r["name"], name);
        assert_eq!(r["code"], "ok");
        assert_eq!(r["profile"]["name"], name);
        assert_eq!(r["checks"].as_array().map(Vec::len), Some(7));
    }
    let warned: Vec<&str> = row(4)["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|w| w["code"].as_str())
        .collect();
    assert!(warned.contains(&"no_whatsapp_inbox"), "{warned:?}");
    // Left out, and why; they do not make the run fail.
    for (id, code) in [(2, "not_administrator"), (3, "suspended")] {
        let r = row(id);
        assert_eq!(
            (r["saved"].clone(), r["chosen"].clone()),
            (false.into(), false.into()),
            "{r}"
        );
        assert_eq!(r["code"], code, "{r}");
        assert!(r["profile"].is_null() && r["checks"].is_null());
    }

    // One token, stored once, read by both profiles.
    let c = fx.config();
    let (a, s) = (&c.profiles["acme-demo"], &c.profiles["solo-shop"]);
    assert_eq!(a.token_ref, s.token_ref);
    assert_eq!(a.token_store, TokenStoreKind::File);
    assert_eq!(fx.stored_token("acme-demo"), AGENCY_TOKEN);
    assert_eq!(fx.stored_token("solo-shop"), AGENCY_TOKEN);
    let tokens = std::fs::read_to_string(fx.dir.join("tokens.toml")).expect("tokens.toml");
    assert_eq!(tokens.matches(AGENCY_TOKEN).count(), 1, "stored once");
    // The URL, the token's user and its accounts were asked once for the whole run.
    assert_eq!(fx.count("/api"), 1);
    assert_eq!(fx.count("/api/v1/profile"), 1);

    let status = fx.run(&["status"], None).await;
    status.expect(0);

    // Again: both names are taken, nothing changes.
    let bytes = fx.config_bytes();
    let again = add_agency(&fx, &["--all-admin-accounts", "--json"]).await;
    again.expect(1);
    let j = again.json();
    assert_eq!(j["ok"], false);
    let taken: Vec<&str> = j["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["code"] == "name_taken")
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert_eq!(taken, ["acme-demo", "solo-shop"]);
    assert_eq!(fx.config_bytes(), bytes);

    // Unlinking one keeps the shared token for the other.
    let unlink = fx.run(&["unlink", "acme-demo", "--yes"], None).await;
    unlink.expect(0);
    assert!(
        unlink.stdout.contains("its token stays in tokens.toml")
            && unlink.stdout.contains("solo-shop still use"),
        "{unlink:#?}"
    );
    fx.run(&["status", "solo-shop"], None).await.expect(0);
    let j = fx
        .run(&["unlink", "solo-shop", "--yes", "--json"], None)
        .await
        .json();
    assert_eq!(j["token"], "deleted", "the last one deletes it");
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn named_accounts_are_each_checked_and_the_failures_say_why() {
    let fx = Fx::new().await;
    let out = add_agency(
        &fx,
        &[
            "--account-id",
            "1",
            "--account-id",
            "2",
            "--account-id",
            "999",
            "--account-id",
            "1",
        ],
    )
    .await;
    out.expect(1);
    let lines: Vec<&str> = out.stdout.lines().collect();
    let line = |needle: &str| {
        lines
            .iter()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?}: {out:#?}"))
    };
    assert!(line("account 1 (Acme Demo)").contains("acme-demo"));
    assert!(line("account 1 (Acme Demo)").contains("linked and checked"));
    assert!(
        line("account 2 (Beta Agency)").contains("not linked: account: Alex Agency is an agent"),
        "{out:#?}"
    );
    assert!(
        line("account 999").contains("not linked: account:"),
        "{out:#?}"
    );
    assert!(
        out.stdout
            .contains("linked 1 of 3 accounts; the token is stored once, in tokens.toml"),
        "{out:#?}"
    );
    let c = fx.config();
    assert_eq!(c.profiles.keys().collect::<Vec<_>>(), ["acme-demo"]);
    assert_eq!(c.default.as_deref(), Some("acme-demo"));
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_token_links_nothing() {
    let fx = Fx::new().await;
    let url = fx.url();
    let args = [
        "add",
        "--url",
        &url,
        "--email",
        AGENCY_EMAIL,
        "--all-admin-accounts",
        "--token-stdin",
        "--insecure-storage",
    ];
    let out = fx.run(&args, Some("WrongToken11111111111111\n")).await;
    out.expect(1);
    assert!(out.stdout.contains("nothing was saved"), "{out:#?}");
    assert!(fx.config().profiles.is_empty());
    fx.assert_no_leak();
}

/// Bug: `add --help` showed --email as optional, and `add` then failed with "add needs
/// --email". The help says it is required, and clap refuses its absence in those words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_help_and_the_errors_agree_on_what_add_needs() {
    let fx = Fx::new().await;
    let help = fx.run(&["add", "--help"], None).await;
    help.expect(0);
    let usage = help
        .stdout
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .expect("usage line");
    assert!(usage.contains(" --email <EMAIL>"), "{usage}");
    let optional = usage
        .split(['[', ']'])
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>();
    assert!(optional.iter().all(|o| !o.contains("email")), "{usage}");
    assert!(help.stdout.contains("Examples:") && help.stdout.contains("--all-admin-accounts"));

    let url = fx.url();
    let no_email = fx
        .run(
            &["add", "--name", "x", "--url", &url, "--account-id", "1"],
            None,
        )
        .await;
    no_email.expect(2);
    assert!(no_email.stderr.contains("--email <EMAIL>"), "{no_email:#?}");
    let two_named = fx
        .run(
            &[
                "add",
                "--name",
                "x",
                "--url",
                &url,
                "--email",
                AGENCY_EMAIL,
                "--account-id",
                "1",
                "--account-id",
                "4",
            ],
            None,
        )
        .await;
    two_named.expect(2);
    assert!(
        two_named.stderr.contains("leave out --name"),
        "{two_named:#?}"
    );
    let both = fx
        .run(
            &[
                "add",
                "--url",
                &url,
                "--email",
                AGENCY_EMAIL,
                "--account-id",
                "1",
                "--all-admin-accounts",
            ],
            None,
        )
        .await;
    both.expect(2);
    let bad = fx
        .run(
            &[
                "add",
                "--url",
                &url,
                "--email",
                AGENCY_EMAIL,
                "--account-id",
                "one",
            ],
            None,
        )
        .await;
    bad.expect(2);
    assert!(
        bad.stderr.contains("not a positive whole number"),
        "{bad:#?}"
    );
    assert_eq!(fx.count("/api"), 0, "nothing was sent");
}
