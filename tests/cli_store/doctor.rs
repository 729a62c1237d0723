//! `doctor` end to end: each profile's server asked once per URL, a dead server and a
//! missing token each reported with their own exit code.

use chatwoot_link::store::TokenStoreKind;

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx, SOLO_EMAIL, SOLO_TOKEN};

/// A loopback port nothing listens on (bound, then released).
fn dead_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_asks_each_server_and_names_what_is_wrong() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    fx.add("solo", SOLO_EMAIL, SOLO_TOKEN, 4).await.expect(0);

    let api = fx.count("/api");
    let out = fx.run(&["doctor", "--json"], None).await;
    out.expect(0);
    let j = out.json();
    assert_eq!(j["ok"], true, "{j:#}");
    let servers = j["servers"].as_array().expect("servers");
    assert_eq!(servers.len(), 2);
    for s in servers {
        assert_eq!(s["ok"], true, "{s}");
        assert_eq!(s["version"], "4.15.1");
        assert!(s["error"].is_null());
    }
    assert_eq!(fx.count("/api"), api + 1, "one request for the shared URL");
    let text = fx.run(&["doctor"], None).await;
    text.expect(0);
    assert!(
        text.stdout
            .contains("server       solo: ok: Chatwoot 4.15.1 at 127.0.0.1:"),
        "{}",
        text.stdout
    );

    // solo's server goes away: exit 1, solo named with what to check.
    let config = std::fs::read_to_string(fx.dir.join("profiles.toml")).expect("read");
    let dead = format!("http://127.0.0.1:{}", dead_port());
    let moved = config.replacen(
        &format!(
            "[profiles.solo]\nid = \"{}\"\nurl = \"{}\"",
            fx.record_of("solo").id,
            fx.url()
        ),
        &format!(
            "[profiles.solo]\nid = \"{}\"\nurl = \"{dead}\"",
            fx.record_of("solo").id
        ),
        1,
    );
    assert_ne!(moved, config, "the test edits solo's URL");
    std::fs::write(fx.dir.join("profiles.toml"), moved).expect("write");
    let out = fx.run(&["doctor"], None).await;
    out.expect(1);
    assert!(
        out.stdout
            .contains("server       PROBLEM: solo: nothing answers at 127.0.0.1"),
        "{}",
        out.stdout
    );

    // acme's token is gone from its store: a storage problem, exit 3, named as missing.
    let record = fx.record_of("acme");
    assert!(
        fx.store()
            .secrets(TokenStoreKind::File)
            .delete(&record.token_ref)
            .expect("delete")
    );
    let out = fx.run(&["doctor", "--json"], None).await;
    out.expect(3);
    let j = out.json();
    assert_eq!(j["secrets"][0]["name"], "acme", "{j:#}");
    assert_eq!(j["secrets"][0]["missing"], true);
    assert!(
        j["secrets"][0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("edit acme --token-stdin")),
        "{j:#}"
    );
    fx.assert_no_leak();
}

/// `doctor` speaks the chosen language, its label column as wide as the longest label;
/// `doctor --json` stays English whatever the language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_speaks_spanish_and_portuguese_but_json_stays_english() {
    let fx = Fx::new().await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    let record = fx.record_of("acme");
    assert!(
        fx.store()
            .secrets(TokenStoreKind::File)
            .delete(&record.token_ref)
            .expect("delete")
    );

    let es = fx.run(&["--lang", "es", "doctor", "--offline"], None).await;
    es.expect(3);
    assert!(
        es.stdout
            .contains("configuración bien: 1 vínculo, predeterminado acme"),
        "{}",
        es.stdout
    );
    assert!(
        es.stdout
            .contains("tokens        PROBLEMA: acme: su token ya no está en el archivo de tokens"),
        "{}",
        es.stdout
    );
    assert!(
        es.stdout.contains("edit acme --token-stdin"),
        "{}",
        es.stdout
    );

    let pt = fx
        .run_env(
            &["doctor", "--offline"],
            None,
            &[("CHATWOOT_LINK_LANG", "pt-BR")],
        )
        .await;
    pt.expect(3);
    assert!(
        pt.stdout
            .contains("configuração ok: 1 vínculo, padrão acme"),
        "{}",
        pt.stdout
    );
    assert!(
        pt.stdout
            .contains("tokens       PROBLEMA: acme: o token dele sumiu do arquivo de tokens"),
        "{}",
        pt.stdout
    );

    let en = fx.run(&["doctor", "--offline"], None).await;
    en.expect(3);
    assert!(
        en.stdout
            .contains("config       ok: 1 profile(s), default acme"),
        "{}",
        en.stdout
    );

    let json = fx
        .run(&["--lang", "es", "doctor", "--json", "--offline"], None)
        .await;
    json.expect(3);
    let j = json.json();
    let error = j["secrets"][0]["error"].as_str().expect("error");
    assert!(
        error.starts_with("its token is gone from the file store"),
        "{j:#}"
    );
    assert!(!json.stdout.contains("vínculo"), "{j:#}");
    fx.assert_no_leak();
}
