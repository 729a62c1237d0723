//! Every language has the same messages as English, in the same area files, and a
//! translation uses only the variables its English message has (a variable English does
//! not pass would print as an error in that language).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::Entry;

#[path = "../src/i18n/ftl_vars.rs"]
mod ftl_vars;

/// message id -> (area file, variables); terms are listed as `-id` with no variables.
type Catalog = BTreeMap<String, (String, BTreeSet<String>)>;

fn catalog(lang: &str) -> Catalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(lang);
    let mut out = Catalog::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let area = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text = std::fs::read_to_string(&file).expect("read .ftl");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors: {errors:#?}", file.display()));
        for entry in &resource.body {
            let (id, vars) = match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        ftl_vars::pattern_vars(value, &mut vars);
                    }
                    assert!(
                        m.attributes.is_empty(),
                        "{lang}/{area}: {} has attributes",
                        m.id.name
                    );
                    (m.id.name.to_owned(), vars)
                }
                Entry::Term(t) => (format!("-{}", t.id.name), BTreeSet::new()),
                _ => continue,
            };
            let before = out.insert(id.clone(), (area.clone(), vars));
            assert!(
                before.is_none(),
                "{lang}: {id} is defined twice ({area} and {:?})",
                before.map(|b| b.0)
            );
        }
    }
    out
}

/// The translations: every language the program knows but English (`Lang::ALL`).
fn translations() -> Vec<&'static str> {
    chatwoot_link::i18n::Lang::ALL
        .iter()
        .map(|l| l.code())
        .filter(|c| *c != "en")
        .collect()
}

#[test]
fn every_language_directory_is_a_language_the_program_knows() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .expect("read i18n/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_owned))
        .collect();
    found.sort();
    let mut known: Vec<String> = chatwoot_link::i18n::Lang::ALL
        .iter()
        .map(|l| l.code().to_owned())
        .collect();
    known.sort();
    assert_eq!(found, known, "i18n/ directories and Lang::ALL differ");
}

#[test]
fn every_language_has_the_english_messages_and_no_others() {
    let english = catalog("en");
    assert!(english.len() > 1, "no English messages found");
    for lang in translations() {
        let other = catalog(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{lang} lacks {} messages: {missing:?}",
            missing.len()
        );
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, (area, _)) in &english {
            assert_eq!(&other[id].0, area, "{lang}: {id} is in another area file");
        }
    }
}

#[test]
fn translations_use_only_the_english_variables() {
    let english = catalog("en");
    for lang in translations() {
        for (id, (area, vars)) in catalog(lang) {
            let Some((_, english_vars)) = english.get(&id) else {
                continue;
            };
            let unknown: Vec<_> = vars.difference(english_vars).collect();
            assert!(
                unknown.is_empty(),
                "{lang}/{area}.ftl: {id} uses {unknown:?}, which English does not pass"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let english = catalog("en");
    for lang in chatwoot_link::i18n::Lang::ALL.map(chatwoot_link::i18n::Lang::code) {
        let mut bundle = FluentBundle::new(vec![lang.parse().expect("language id")]);
        bundle.set_use_isolating(false);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(lang);
        for entry in std::fs::read_dir(&dir).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).expect("read");
                let resource = FluentResource::try_new(text).expect("parsed above");
                bundle.add_resource(resource).expect("no duplicate ids");
            }
        }
        for (id, (_, vars)) in &english {
            if id.starts_with('-') {
                continue;
            }
            let message = bundle.get_message(id).expect("present (checked above)");
            let Some(pattern) = message.value() else {
                continue;
            };
            // Every variable as a number and as text: both must format (plural selectors
            // take numbers; a text that is not a category takes the default variant).
            for sample in [
                vars.iter().map(|v| (v.as_str(), 2)).collect::<FluentArgs>(),
                vars.iter()
                    .map(|v| (v.as_str(), "x"))
                    .collect::<FluentArgs>(),
            ] {
                let mut errors = vec![];
                let _ = bundle.format_pattern(pattern, Some(&sample), &mut errors);
                assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
            }
        }
    }
}

/// Every English message is used by the program (`msg!(id_with_underscores …)`, a key
/// table's `w!(…)`) or by another message: a message left behind by a change would
/// otherwise be translated and checked forever for nothing.
#[test]
fn every_message_is_used() {
    fn sources(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("read source"));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    sources(&root.join("src"), &mut code);
    let mut ftl = String::new();
    for entry in std::fs::read_dir(root.join("i18n/en")).expect("read i18n/en") {
        ftl.push_str(&std::fs::read_to_string(entry.expect("entry").path()).expect("read"));
    }
    // The id as a whole identifier (`foo_bar` is not used by `foo_bar_baz`).
    let used = |id: &str| {
        code.match_indices(id).any(|(at, _)| {
            let ident = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            !ident(code[..at].chars().next_back()) && !ident(code[at + id.len()..].chars().next())
        })
    };
    let unused: Vec<_> = catalog("en")
        .into_keys()
        .filter(|id| !id.starts_with('-'))
        .filter(|id| !used(&id.replace('-', "_")) && !ftl.contains(&format!("{{ {id} }}")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}
