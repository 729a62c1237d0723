//! The floors of docs/architecture.md, checked on the source: each module imports only the
//! floors below it, and the two faces never import each other (the binary composes them).

use std::path::{Path, PathBuf};

/// The modules each top-level module of the library must not import.
fn forbidden(module: &str) -> &'static [&'static str] {
    match module {
        "i18n" => &[
            "chatwoot", "checks", "store", "link", "cli", "tui", "secret", "sanitize", "profile",
            "sandbox",
        ],
        "chatwoot" => &["checks", "store", "link", "cli", "tui"],
        "checks" => &["store", "link", "cli", "tui"],
        "store" | "secret" | "sanitize" | "profile" | "sandbox" => &["link", "cli", "tui"],
        "link" => &["cli", "tui"],
        "cli" => &["tui"],
        "tui" => &["cli"],
        _ => &[], // lib.rs, main.rs and the binary's own modules compose everything
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `src/checks.rs` and `src/checks/**` are `checks`.
fn module_of(src: &Path, file: &Path) -> String {
    let first = file
        .strip_prefix(src)
        .ok()
        .and_then(|p| p.components().next())
        .and_then(|c| c.as_os_str().to_str())
        .unwrap_or_default();
    first.strip_suffix(".rs").unwrap_or(first).to_owned()
}

/// The crate paths a source file names: `crate::a::b` anywhere in code, and every item of a
/// grouped `use crate::{a::b, c}` (possibly over several lines), as `crate::a::b`.
fn crate_paths(text: &str) -> Vec<(usize, String)> {
    let code: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_start()))
        .filter(|(_, l)| !l.starts_with("//"))
        .collect();
    let mut out = Vec::new();
    let mut group: Option<(usize, String)> = None;
    for (n, line) in code {
        if let Some((start, buf)) = &mut group {
            buf.push_str(line);
            if let Some(end) = buf.find('}') {
                let items = buf[..end].split(',').map(str::trim);
                out.extend(
                    items
                        .filter(|i| !i.is_empty())
                        .map(|i| (*start, format!("crate::{i}"))),
                );
                group = None;
            }
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            if let Some(inner) = after.strip_prefix('{') {
                match inner.find('}') {
                    Some(end) => out.extend(
                        inner[..end]
                            .split(',')
                            .map(str::trim)
                            .filter(|i| !i.is_empty())
                            .map(|i| (n, format!("crate::{i}"))),
                    ),
                    None => group = Some((n, inner.to_owned())),
                }
            } else {
                let end = after
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(after.len());
                out.push((n, format!("crate::{}", &after[..end])));
            }
            rest = after;
        }
    }
    out
}

#[test]
fn every_module_imports_only_the_floors_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "found the sources");
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        let text = std::fs::read_to_string(file).expect("read");
        for (n, path) in crate_paths(&text) {
            let names = |m: &&str| {
                path == format!("crate::{m}") || path.starts_with(&format!("crate::{m}::"))
            };
            if !forbidden(&module).iter().any(names) {
                continue;
            }
            wrong.push(format!("{}:{n}: {path}", file.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports a floor it may not:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn grouped_and_plain_imports_are_both_seen() {
    let text = "use crate::{cli, store::Store};\nuse crate::{\n    tui::App,\n    link,\n};\nlet x = crate::cli::Exit::Ok;\n// crate::tui::not_code";
    let paths: Vec<String> = crate_paths(text).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        paths,
        [
            "crate::cli",
            "crate::store::Store",
            "crate::tui::App",
            "crate::link",
            "crate::cli::Exit::Ok"
        ]
    );
}
