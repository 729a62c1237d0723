//! The wizard speaks the user's language end to end: the demo linked with `--lang es`, and
//! with nothing but a Brazilian locale. Expected texts are worded through the program's own
//! messages (a translation may change; it must stay a translation).

use chatwoot_link::i18n::{Lang, Msg};
use chatwoot_link::msg;

use super::pty::Pty;
use super::{BIN, ENTER, contains};

fn link_the_demo(args: &[&str], env: &[(&str, &str)], lang: Lang) {
    let data = tempfile::tempdir().expect("tempdir");
    let data_path = data.path().display().to_string();
    let mut env = env.to_vec();
    env.push(("XDG_DATA_HOME", &data_path));
    let mut command = vec![BIN, "--demo", "--reset"];
    command.extend_from_slice(args);
    let mut pty = Pty::spawn(&command, &env);
    let said = |m: Msg| {
        let text = m.in_lang(lang);
        assert_ne!(text, m.english(), "{} is not translated", m.id());
        text
    };
    // The demo's three inboxes are counted once its checks are done.
    pty.wait_for(&said(msg!(count_inboxes, count = 3_usize)));
    for _ in 0..6 {
        pty.type_keys(ENTER);
    }
    pty.wait_for(&said(msg!(wizard_review_title, name = "acme-demo")));
    pty.type_keys(ENTER);
    pty.wait_for(&said(msg!(wizard_done_linked, name = "acme-demo")));
    pty.type_keys("q");
    assert_eq!(pty.wait_exit(), 0);
    // The line left in the scrollback after the screen is restored is theirs too.
    let linked = msg!(
        wizard_review_linked,
        name = "acme-demo",
        host = "127.0.0.1",
        id = 1_u64
    );
    let prefix = said(linked);
    let prefix = &prefix[..prefix.find("127.0.0.1").expect("host in the line")];
    assert!(contains(&pty.raw(), prefix), "no {prefix:?} after exit");
}

#[test]
fn demo_in_spanish_with_the_flag() {
    link_the_demo(&["--lang", "es"], &[], Lang::Es);
}

#[test]
fn demo_in_portuguese_from_the_locale() {
    link_the_demo(&[], &[("LANG", "pt_BR.UTF-8")], Lang::PtBr);
}
