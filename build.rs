//! Embeds every Fluent file under `locales/<lang>/`: adding a language is
//! adding a folder, with no list to edit in code.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut entries: Vec<(String, String, String)> = Vec::new();
    let langs = std::fs::read_dir(&root).expect("locales/ exists");
    for lang in langs.flatten() {
        println!("cargo::rerun-if-changed={}", lang.path().display());
        let Ok(files) = std::fs::read_dir(lang.path()) else { continue };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo::rerun-if-changed={}", path.display());
                entries.push((
                    lang.file_name().to_string_lossy().into_owned(),
                    file.file_name().to_string_lossy().into_owned(),
                    path.display().to_string(),
                ));
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// (language, file, contents) of every embedded Fluent file.\n");
    out.push_str("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, file, path) in entries {
        let _ = writeln!(out, "    ({lang:?}, {file:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
