//! Embeds every Fluent file under `locales/<lang>/`: adding a language is
//! adding a folder, with no list to edit in code.
//!
//! The messages are embedded compactly: every message id once
//! (`MESSAGE_IDS`, one per line), then each language's texts in that order
//! (`LOCALE_TEXTS`); comments are left out. `i18n::ftl` puts a language's
//! Fluent source back together. Ten copies of every id made a tenth of the
//! web app's download.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// Separates the texts of one language.
const TEXT_END: char = '\u{1e}';
/// Stands for a message a language lacks.
const MISSING: char = '\u{1d}';

/// The messages and terms of one Fluent file: (id, everything after `id =`,
/// up to the next one). A line starting with a letter or `-` starts one;
/// any other line that is not blank or a comment continues it.
fn messages(path: &Path, text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            open = false;
            continue;
        }
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            let Some((id, rest)) = line.split_once('=') else {
                panic!("{}:{}: a line that starts no message and continues none", path.display(), n + 1);
            };
            out.push((id.trim().to_owned(), rest.to_owned()));
            open = true;
        } else if open {
            if let Some((_, rest)) = out.last_mut() {
                rest.push_str(line);
            }
        } else {
            panic!("{}:{}: an indented line after a blank line or a comment", path.display(), n + 1);
        }
    }
    out
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    // language -> id -> text; ids in the order English (then any other) first has them.
    let mut texts: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut files: Vec<(String, std::path::PathBuf)> = Vec::new();
    let langs = std::fs::read_dir(&root).expect("locales/ exists");
    for lang in langs.flatten() {
        println!("cargo::rerun-if-changed={}", lang.path().display());
        let Ok(entries) = std::fs::read_dir(lang.path()) else { continue };
        for file in entries.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo::rerun-if-changed={}", path.display());
                files.push((lang.file_name().to_string_lossy().into_owned(), path));
            }
        }
    }
    // English first, so that the ids follow the reference language's order.
    files.sort_by_key(|(lang, path)| (lang != "en", lang.clone(), path.clone()));
    let mut ids: Vec<String> = Vec::new();
    for (lang, path) in &files {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let of_lang = texts.entry(lang.clone()).or_default();
        for (id, rest) in messages(path, &text) {
            assert!(
                !rest.contains(TEXT_END) && !rest.contains(MISSING),
                "{}: message {id} holds a control character",
                path.display()
            );
            if !ids.contains(&id) {
                ids.push(id.clone());
            }
            assert!(of_lang.insert(id.clone(), rest).is_none(), "{}: message {id} twice", path.display());
        }
    }
    let mut out = String::from("/// Every message id of every language, one per line.\n");
    let _ = writeln!(out, "pub static MESSAGE_IDS: &str = {:?};", ids.join("\n"));
    out.push_str(
        "/// (language, its texts in the order of `MESSAGE_IDS`, each ended by U+001E; U+001D where it lacks one).\n",
    );
    out.push_str("pub static LOCALE_TEXTS: &[(&str, &str)] = &[\n");
    for (lang, of_lang) in &texts {
        let mut all = String::new();
        for id in &ids {
            match of_lang.get(id) {
                Some(text) => all.push_str(text),
                None => all.push(MISSING),
            }
            all.push(TEXT_END);
        }
        let _ = writeln!(out, "    ({lang:?}, {all:?}),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
