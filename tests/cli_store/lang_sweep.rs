//! Every command's human output in Spanish and Brazilian Portuguese, searched for English of
//! ours: words that cannot be Spanish or Portuguese, once what is never translated is taken
//! out (the server's names, paths, URLs, flags, commands and codes).

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, AGENCY_EMAIL, AGENCY_TOKEN, Fx, Out};

/// Names the sandbox's server gives (users, accounts, inboxes): shown as they are.
const SERVER_NAMES: &[&str] = &[
    "Dana Demo",
    "Sam Second",
    "Alex Agency",
    "Acme Demo",
    "Beta Agency",
    "Old Co",
    "Solo Shop",
    "Acme Twilio WhatsApp",
    "Acme WhatsApp",
    "Acme Support",
    "Acme Sales",
    "Acme Website",
    "Acme Email",
    "Beta WhatsApp",
    "Solo Website",
];

/// The checks' ids: codes, as `--json` names them (`✓ account  …`, `account: …`).
const CHECK_IDS: &[&str] = &[
    "url",
    "token",
    "email",
    "account",
    "inboxes",
    "operations",
    "whatsapp",
];

/// Words of English that are not Spanish or Portuguese words.
const ENGLISH: &[&str] = &[
    "the", "is", "and", "with", "not", "your", "was", "are", "has", "have", "this", "that",
    "cannot", "could", "from", "will", "would", "which", "there", "linked", "checked", "passed",
    "saved", "skipped", "account", "profile", "profiles", "already", "none", "nothing", "every",
    "its", "were", "been", "found", "removed", "renamed", "default", "stored", "token's", "answer",
    "within", "number", "missing", "run", "should",
];

/// The words of `text` that look like English of ours (with the line they are on).
fn english_of_ours(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut l = line.to_owned();
        // `✓  account    …`: the id after a status symbol is a code.
        let trimmed = l.trim_start();
        if trimmed.starts_with(|c: char| !c.is_alphanumeric()) {
            let mut words = trimmed.split_whitespace();
            if let (Some(_), Some(id)) = (words.next(), words.next())
                && CHECK_IDS.contains(&id)
            {
                l = l.replacen(id, " ", 1);
            }
        }
        for id in CHECK_IDS {
            l = l.replace(&format!("{id}: "), " ");
        }
        for name in SERVER_NAMES {
            l = l.replace(name, " ");
        }
        // `chatwoot-link show acme`, `queue_services`: commands and codes in backquotes.
        let mut kept = String::new();
        for (i, part) in l.split('`').enumerate() {
            if i % 2 == 0 {
                kept.push_str(part);
                kept.push(' ');
            }
        }
        for word in kept.split(|c: char| c.is_whitespace() || ",;:()[]<>\"'".contains(c)) {
            // Flags, paths, URLs, hosts, emails, codes (snake_case) and commands.
            if word.starts_with('-')
                || word.contains('/')
                || word.contains('.')
                || word.contains('@')
                || word.contains('_')
                || word.contains('=')
                || word.starts_with("chatwoot-link")
            {
                continue;
            }
            let lower = word.to_lowercase();
            if ENGLISH.contains(&lower.as_str()) {
                found.push(format!("{word:?} in {line:?}"));
            }
        }
    }
    found
}

#[track_caller]
fn assert_translated(what: &str, out: &Out) {
    let mut found = english_of_ours(&out.stdout);
    found.extend(english_of_ours(&out.stderr));
    assert!(
        found.is_empty(),
        "{what}: English in the output:\n  {}\n{out:#?}",
        found.join("\n  ")
    );
}

#[test]
fn the_filter_finds_english_and_spares_what_is_never_translated() {
    assert!(!english_of_ours("all checks passed").is_empty());
    assert!(!english_of_ours("skipped: the account is suspended").is_empty());
    assert!(english_of_ours("todas las verificaciones pasaron").is_empty());
    assert!(english_of_ours("usa `chatwoot-link show acme` o --allow-http").is_empty());
    assert!(english_of_ours("cuenta 2 (Beta Agency): omitida").is_empty());
}

/// Runs one command in both languages and checks its output; `code` is the exit expected.
async fn sweep(fx: &Fx, args: &[&str], stdin: Option<&str>, code: i32) {
    for lang in ["es", "pt-BR"] {
        let mut a = args.to_vec();
        a.extend(["--lang", lang]);
        let out = fx.run(&a, stdin).await;
        assert_eq!(out.code, code, "{args:?} --lang {lang}: {out:#?}");
        assert_translated(&format!("{args:?} --lang {lang}"), &out);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_speaks_spanish_and_portuguese() {
    let fx = Fx::new().await;
    let url = fx.url();
    let token = format!("{ADMIN_TOKEN}\n");
    let add = |name: &'static str| {
        vec![
            "add",
            "--name",
            name,
            "--url",
            url.as_str(),
            "--email",
            ADMIN_EMAIL,
            "--account-id",
            "1",
            "--token-stdin",
            "--insecure-storage",
        ]
    };
    // Nothing saved yet.
    sweep(&fx, &["list"], None, 0).await;
    sweep(&fx, &["status"], None, 0).await;
    // `add` once per language (a second profile for one account warns `already_linked`).
    for (name, lang) in [("acme", "es"), ("acme-pt", "pt-BR")] {
        let mut a = add(name);
        a.extend(["--lang", lang]);
        let out = fx.run(&a, Some(&token)).await;
        out.expect(0);
        assert_translated(&format!("add --lang {lang}"), &out);
    }
    let mut check = add("x");
    check[0] = "check";
    check.retain(|a| !["--name", "x", "--insecure-storage"].contains(a));
    sweep(&fx, &check, Some(&token), 0).await;
    // Failures: a token that cannot be one (nothing sent), an account the user is not in.
    sweep(&fx, &check, Some("abc\n"), 2).await;
    let mut unknown = check.clone();
    let at = unknown.iter().position(|a| *a == "1").expect("account id");
    unknown[at] = "999";
    sweep(&fx, &unknown, Some(&token), 1).await;
    sweep(&fx, &["list"], None, 0).await;
    sweep(&fx, &["show", "acme"], None, 0).await;
    sweep(&fx, &["status"], None, 0).await;
    sweep(&fx, &["edit", "acme", "--timeout", "10"], None, 2).await;
    sweep(&fx, &["edit", "acme", "--email", ADMIN_EMAIL], None, 0).await;
    sweep(&fx, &["default", "acme-pt"], None, 0).await;
    fx.run(&["rename", "acme-pt", "acme-2"], None)
        .await
        .expect(0);
    sweep(&fx, &["rename", "acme-2", "acme"], None, 2).await;
    for lang in ["es", "pt-BR"] {
        let out = fx
            .run(&["rename", "acme-2", "acme-3", "--lang", lang], None)
            .await;
        out.expect(0);
        assert_translated(&format!("rename --lang {lang}"), &out);
        fx.run(&["rename", "acme-3", "acme-2"], None)
            .await
            .expect(0);
    }
    sweep(&fx, &["doctor", "--offline"], None, 0).await;
    sweep(&fx, &["doctor"], None, 0).await;
    sweep(&fx, &["sandbox", "--scenario", "help"], None, 0).await;
    sweep(&fx, &["show", "nope"], None, 2).await;
    sweep(&fx, &["rotate", "acme", "--yes"], None, 0).await;
    sweep(&fx, &["status"], None, 0).await;
    for (name, lang) in [("acme-2", "es"), ("acme", "pt-BR")] {
        let out = fx
            .run(&["unlink", name, "--yes", "--lang", lang], None)
            .await;
        out.expect(0);
        assert_translated(&format!("unlink --lang {lang}"), &out);
    }
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn linking_several_accounts_speaks_spanish_and_portuguese() {
    for lang in ["es", "pt-BR"] {
        // The agency administers some accounts and not others: linked and skipped lines.
        let fx = Fx::new().await;
        let url = fx.url();
        let out = fx
            .run(
                &[
                    "add",
                    "--url",
                    url.as_str(),
                    "--email",
                    AGENCY_EMAIL,
                    "--all-admin-accounts",
                    "--token-stdin",
                    "--insecure-storage",
                    "--lang",
                    lang,
                ],
                Some(&format!("{AGENCY_TOKEN}\n")),
            )
            .await;
        out.expect(0);
        assert_translated(&format!("add --all-admin-accounts --lang {lang}"), &out);
        fx.assert_no_leak();
    }
}
