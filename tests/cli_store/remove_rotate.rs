//! `remove` (with and without confirmation, with `--rotate-token`) and `rotate` (across the
//! profiles sharing a token; on a server too old to rotate).

use chatwoot_link::chatwoot::Error;
use chatwoot_link::sandbox::Scenario;
use chatwoot_link::secret::Token;

use super::common::{ADMIN_EMAIL, ADMIN_TOKEN, Fx, SOLO_EMAIL, SOLO_TOKEN, client};

/// What the sandbox says of a token: `Ok(user id)` or the error.
async fn whoami(fx: &Fx, token: &str) -> Result<u64, Error> {
    let origin = url::Url::parse(&fx.url()).expect("url");
    client()
        .profile(&origin, &Token::from_trusted(token.to_owned()))
        .await
        .map(|p| p.id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remove_needs_yes_without_a_terminal_and_says_what_remains() {
    let fx = Fx::new().await;
    fx.add_three().await;
    let bytes = fx.config_bytes();

    // `unlink` is its name; `revoke` (below) and `remove` (further down) are aliases.
    let refused = fx.run(&["unlink", "acme"], None).await;
    refused.expect(2);
    assert!(
        refused
            .stderr
            .contains("unlink needs a confirmation and there is no terminal to ask on: pass --yes"),
        "{refused:#?}"
    );
    assert_eq!(fx.config_bytes(), bytes, "nothing changed");

    let record = fx.record_of("acme");
    let out = fx.run(&["revoke", "acme", "--yes"], None).await;
    out.expect(0);
    assert!(out.stdout.contains("unlinked profile acme"), "{out:#?}");
    assert!(out.stdout.contains("stays valid on the server"), "{out:#?}");
    assert!(
        out.stdout.contains("profile acme2 still uses this token"),
        "{out:#?}"
    );
    let config = fx.config();
    assert!(!config.profiles.contains_key("acme"));
    assert_eq!(
        config.default, None,
        "two remain: no default chosen for the user"
    );
    let tokens = std::fs::read_to_string(fx.dir.join("tokens.toml")).expect("tokens.toml");
    assert!(
        !tokens.contains(&record.token_ref),
        "its secret was deleted"
    );
    assert_eq!(
        whoami(&fx, ADMIN_TOKEN).await,
        Ok(7),
        "still valid on the server"
    );

    let json = fx.run(&["remove", "acme2", "--yes", "--json"], None).await;
    json.expect(0);
    let j = json.json();
    assert_eq!(j["removed"], "acme2");
    assert_eq!(j["token"], "deleted");
    assert_eq!(j["rotated"], false);
    assert!(
        j["default"].is_null(),
        "acme2 was not the default: still none"
    );
    fx.run(&["remove", "acme2", "--yes"], None).await.expect(2);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remove_with_rotate_token_resets_it_and_moves_the_others_to_the_new_one() {
    let fx = Fx::new().await;
    fx.add_three().await;

    let out = fx
        .run(&["remove", "solo", "--yes", "--rotate-token"], None)
        .await;
    out.expect(0);
    assert!(out.stdout.contains("reset on the server"), "{out:#?}");
    assert!(matches!(
        whoami(&fx, SOLO_TOKEN).await,
        Err(Error::TokenInvalid)
    ));
    fx.server_token(SOLO_EMAIL);

    let out = fx
        .run(&["remove", "acme", "--yes", "--rotate-token"], None)
        .await;
    out.expect(0);
    assert!(
        out.stderr.contains("acme2"),
        "the sharing profile is named: {out:#?}"
    );
    assert!(matches!(
        whoami(&fx, ADMIN_TOKEN).await,
        Err(Error::TokenInvalid)
    ));
    let fresh = fx.server_token(ADMIN_EMAIL);
    assert_eq!(fx.stored_token("acme2"), fresh, "acme2 holds the new token");
    let names: Vec<String> = fx.config().profiles.into_keys().collect();
    assert_eq!(names, ["acme2"]);
    fx.run(&["status"], None).await.expect(0);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotate_updates_every_profile_sharing_the_url_and_user() {
    let fx = Fx::new().await;
    fx.add_three().await;
    let before = fx.config();

    let refused = fx.run(&["rotate", "acme"], None).await;
    refused.expect(2);
    assert_eq!(fx.posts(), 0, "nothing sent without confirmation");

    let out = fx.run(&["rotate", "acme", "--yes"], None).await;
    out.expect(0);
    assert!(out.stdout.contains("acme, acme2"), "{out:#?}");
    assert_eq!(fx.posts(), 1);
    let fresh = fx.server_token(ADMIN_EMAIL);
    assert_ne!(fresh, ADMIN_TOKEN);
    assert_eq!(fx.stored_token("acme"), fresh);
    assert_eq!(fx.stored_token("acme2"), fresh);
    assert_eq!(
        fx.stored_token("solo"),
        SOLO_TOKEN,
        "another user's profile is untouched"
    );
    assert!(matches!(
        whoami(&fx, ADMIN_TOKEN).await,
        Err(Error::TokenInvalid)
    ));
    let after = fx.config();
    for name in ["acme", "acme2"] {
        assert_ne!(
            after.profiles[name].token_ref,
            before.profiles[name].token_ref
        );
        assert_eq!(after.profiles[name].data, before.profiles[name].data);
    }
    let tokens = std::fs::read_to_string(fx.dir.join("tokens.toml")).expect("tokens.toml");
    assert!(
        !tokens.contains(ADMIN_TOKEN),
        "the old secrets were deleted"
    );
    fx.run(&["status"], None).await.expect(0);
    fx.assert_no_leak();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotate_on_a_server_older_than_4_3_is_not_supported_and_changes_nothing() {
    let fx = Fx::with_scenarios(vec![Scenario::OldVersion]).await;
    fx.add("acme", ADMIN_EMAIL, ADMIN_TOKEN, 1).await.expect(0);
    let bytes = fx.config_bytes();
    let tokens = std::fs::read(fx.dir.join("tokens.toml")).expect("tokens.toml");

    for args in [
        &["rotate", "acme", "--yes"][..],
        &["remove", "acme", "--yes", "--rotate-token"][..],
    ] {
        let out = fx.run(args, None).await;
        out.expect(1);
        assert!(
            out.stderr
                .contains("not supported by this server (Chatwoot < 4.3.0)")
                && out.stderr.contains("Profile Settings → Access Token")
                && out.stderr.contains("chatwoot-link edit acme --token-stdin"),
            "{out:#?}"
        );
    }
    assert_eq!(
        fx.posts(),
        0,
        "the version said no before anything was reset"
    );
    assert_eq!(fx.config_bytes(), bytes);
    assert_eq!(
        std::fs::read(fx.dir.join("tokens.toml")).expect("tokens"),
        tokens
    );
    assert_eq!(whoami(&fx, ADMIN_TOKEN).await, Ok(7));
    fx.assert_no_leak();
}
