//! The command line in Spanish and Brazilian Portuguese (`--lang`, `CHATWOOT_LINK_LANG`,
//! the locale): human output translated, `--json` and exit codes the same in every language.

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx};

/// `check` against the sandbox, human or `--json`, with extra arguments and environment.
async fn check(fx: &Fx, extra: &[&str], env: &[(&str, &str)]) -> super::common::Out {
    let url = fx.url();
    let mut args = vec![
        "check",
        "--url",
        url.as_str(),
        "--email",
        ADMIN_EMAIL,
        "--account-id",
        "1",
        "--token-stdin",
    ];
    args.extend_from_slice(extra);
    fx.run_env(&args, Some(&format!("{ADMIN_TOKEN}\n")), env)
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_speaks_spanish_and_portuguese_but_json_stays_english() {
    let fx = Fx::new().await;
    let en = check(&fx, &[], &[]).await;
    en.expect(0);
    assert!(en.stdout.contains("all checks passed"), "{en:#?}");
    assert!(en.stdout.contains("user:     Dana Demo"), "{en:#?}");

    let es = check(&fx, &["--lang", "es"], &[]).await;
    es.expect(0);
    assert!(
        es.stdout.contains("todas las verificaciones pasaron"),
        "{es:#?}"
    );
    assert!(es.stdout.contains("usuario:"), "{es:#?}");
    assert!(!es.stdout.contains("all checks passed"), "{es:#?}");

    // The locale alone chooses Brazilian Portuguese.
    let pt = check(&fx, &[], &[("LC_ALL", ""), ("LANG", "pt_BR.UTF-8")]).await;
    pt.expect(0);
    assert!(
        pt.stdout.contains("todas as verificações passaram"),
        "{pt:#?}"
    );
    assert!(pt.stdout.contains("usuário:"), "{pt:#?}");

    // Machine output: the same bytes whatever the language (messages in English).
    let english = check(&fx, &["--json"], &[]).await;
    let spanish = check(&fx, &["--json", "--lang", "es"], &[]).await;
    let portuguese = check(&fx, &["--json"], &[("CHATWOOT_LINK_LANG", "pt-BR")]).await;
    assert_eq!(english.code, 0);
    assert_eq!(spanish.json(), english.json());
    assert_eq!(portuguese.json(), english.json());
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_show_and_failures_in_each_language() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);

    let en = fx.run(&["list"], None).await;
    en.expect(0);
    assert!(en.stdout.starts_with("  NAME"), "{en:#?}");
    let es = fx.run(&["list", "--lang", "es"], None).await;
    es.expect(0);
    assert!(es.stdout.starts_with("  NOMBRE"), "{es:#?}");
    assert!(es.stdout.contains("CUENTA"), "{es:#?}");
    // Dates: 2026-12-02 06:56 UTC in English, 02/12/2026 06:56 UTC in Spanish.
    let date = fx.record_of("acme").data.verified_at;
    assert!(
        en.stdout
            .contains(&date.strftime("%Y-%m-%d %H:%M UTC").to_string()),
        "{en:#?}"
    );
    assert!(
        es.stdout
            .contains(&date.strftime("%d/%m/%Y %H:%M UTC").to_string()),
        "{es:#?}"
    );

    let pt = fx
        .run_env(
            &["show", "acme"],
            None,
            &[("LC_ALL", ""), ("LANG", "pt_BR.UTF-8")],
        )
        .await;
    pt.expect(0);
    assert!(pt.stdout.contains("vínculo"), "{pt:#?}");
    assert!(pt.stdout.contains("acme (padrão)"), "{pt:#?}");

    // --json is identical in every language.
    let list_en = fx.run(&["list", "--json"], None).await;
    let list_pt = fx.run(&["list", "--json", "--lang", "pt-BR"], None).await;
    assert_eq!(list_pt.stdout, list_en.stdout);

    // A usage failure: same exit code, the prefix and text translated.
    let en = fx.run(&["edit", "acme"], None).await;
    en.expect(2);
    assert!(en.stderr.starts_with("error: nothing to change"), "{en:#?}");
    let pt = fx.run(&["edit", "acme", "--lang", "pt-BR"], None).await;
    pt.expect(2);
    assert!(pt.stderr.starts_with("erro: nada para alterar"), "{pt:#?}");
    let es = fx.run(&["edit", "acme", "--lang", "es"], None).await;
    es.expect(2);
    assert!(es.stderr.starts_with("error: nada que cambiar"), "{es:#?}");
    // The log stays English.
    let es = fx
        .run(&["edit", "acme", "--lang", "es", "--verbose"], None)
        .await;
    es.expect(2);
    let log = std::fs::read_to_string(fx.dir.join("chatwoot-link.log")).expect("log");
    assert!(log.contains("finished: exit 2: nothing to change"), "{log}");
    assert!(!log.contains("nada que cambiar"), "{log}");
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_language_warns_and_falls_back() {
    let fx = Fx::new().await;
    let out = fx
        .run_env(&["list"], None, &[("CHATWOOT_LINK_LANG", "fr")])
        .await;
    out.expect(0);
    assert!(
        out.stderr
            .contains("CHATWOOT_LINK_LANG=fr is not a language chatwoot-link speaks"),
        "{out:#?}"
    );
    assert!(out.stdout.starts_with("No profiles in "), "{out:#?}");
    // The locale still counts: fr in the variable, pt_BR in LANG.
    let out = fx
        .run_env(
            &["list"],
            None,
            &[
                ("CHATWOOT_LINK_LANG", "fr"),
                ("LC_ALL", ""),
                ("LANG", "pt_BR.UTF-8"),
            ],
        )
        .await;
    out.expect(0);
    assert!(out.stderr.contains("usando português"), "{out:#?}");
    assert!(out.stdout.starts_with("Ainda não há vínculos"), "{out:#?}");
}
