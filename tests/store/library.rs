//! The library face: `Profile::load`, in child processes (the environment is its input).

use super::*;

const CHILD_ENV: &str = "CHATWOOT_LINK_STORE_CHILD";

/// Not a test of its own: the body of the child processes below.
#[test]
fn profile_load_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    match chatwoot_link::Profile::load(None) {
        Ok(p) => {
            let debug = format!("{p:?}");
            let token = secrecy::ExposeSecret::expose_secret(p.token()).to_owned();
            println!(
                "NAME={}\nSOURCE={:?}\nTOKEN={token}\nDEBUG_HAS_TOKEN={}",
                p.name(),
                p.token_source(),
                debug.contains(&token)
            );
        }
        Err(e) => println!("ERROR={e}"),
    }
}

fn load_in_child(dir: &Path, env: &[(&str, &str)]) -> String {
    let mut cmd = std::process::Command::new(std::env::current_exe().expect("exe"));
    cmd.args([
        "--exact",
        "library::profile_load_child",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_ENV, "1")
    .env("CHATWOOT_LINK_CONFIG_DIR", dir)
    .env_remove("CHATWOOT_LINK_TOKEN")
    .env_remove("CHATWOOT_LINK_PROFILE")
    .env_remove("CREDENTIALS_DIRECTORY");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("child runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn profile_load_takes_the_token_from_env_then_credentials_then_the_store() {
    let f = Fixture::new();
    let file_store = Store::builder(&f.dir).build();
    file_store
        .save_new("acme", acme(), &tok(T1), TokenStoreKind::File)
        .expect("acme");
    file_store
        .save_new("beta", acme(), &tok(T1), TokenStoreKind::File)
        .expect("beta");
    let creds = tempfile::tempdir().expect("creds");
    std::fs::write(creds.path().join("chatwoot-link-acme"), format!("{T2}\n")).expect("cred");
    let creds_dir = creds.path().to_str().expect("utf-8 path");

    let out = load_in_child(&f.dir, &[]);
    assert!(out.contains("NAME=acme\nSOURCE=Store\n"), "{out}");
    assert!(out.contains(&format!("TOKEN={T1}\n")), "{out}");
    assert!(out.contains("DEBUG_HAS_TOKEN=false"), "{out}");

    let out = load_in_child(&f.dir, &[("CREDENTIALS_DIRECTORY", creds_dir)]);
    assert!(out.contains("SOURCE=Credential("), "{out}");
    assert!(out.contains(&format!("TOKEN={T2}\n")), "{out}");

    let env_token = "eNvIrOnMeNtToKeN3w7QpLz2";
    let out = load_in_child(
        &f.dir,
        &[
            ("CREDENTIALS_DIRECTORY", creds_dir),
            ("CHATWOOT_LINK_TOKEN", env_token),
        ],
    );
    assert!(out.contains("SOURCE=Environment"), "{out}");
    assert!(out.contains(&format!("TOKEN={env_token}\n")), "{out}");

    // CHATWOOT_LINK_PROFILE picks the profile; beta has no credential file: its store.
    let out = load_in_child(
        &f.dir,
        &[
            ("CHATWOOT_LINK_PROFILE", "beta"),
            ("CREDENTIALS_DIRECTORY", creds_dir),
        ],
    );
    assert!(out.contains("NAME=beta\nSOURCE=Store\n"), "{out}");

    let out = load_in_child(&f.dir, &[("CHATWOOT_LINK_PROFILE", "nope")]);
    assert!(out.contains("ERROR=no profile named \"nope\""), "{out}");
    let out = load_in_child(&f.dir, &[("CHATWOOT_LINK_TOKEN", "has space inside")]);
    assert!(
        out.contains("ERROR=the token in CHATWOOT_LINK_TOKEN"),
        "{out}"
    );
    assert!(!out.contains("has space inside"), "{out}");
}
