//! Records the git revision for `--version`.
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    Command::new("git")
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
}

fn main() {
    let rev =
        git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown revision".into());
    let dirty =
        git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    let suffix = if dirty { "-modified" } else { "" };
    println!("cargo:rustc-env=CHATWOOT_LINK_GIT_REV={rev}{suffix}");
    // Ask git where HEAD and the index live: in a worktree `.git` is a file, and a path that
    // does not exist would make cargo rebuild the crate every time.
    for what in ["HEAD", "index", "refs/heads"] {
        if let Some(path) = git(&["rev-parse", "--git-path", what]) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
}
