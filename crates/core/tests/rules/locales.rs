//! Every translation keeps up with English: for each `.ftl` file in
//! `locales/en/`, every other locale has the same file, it parses cleanly, it
//! defines exactly the same messages, none of them is left in English, and each
//! uses the same variables as its English original.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The locales the app ships. Any other directory under `locales/` is checked too.
const LOCALES: [&str; 10] = ms_core::locale::SUPPORTED;

/// `(locale, message key)` pairs allowed to read exactly as in English: names,
/// codes and the like. Keep this short and explain each entry.
/// Translations that are rightly the same words as English.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("es", "answer-no"),
    // French writes these words as English does.
    ("fr", "review-col-centre"),
    ("fr", "review-col-score"),
    ("fr", "review-col-photos"),
    ("fr", "stats-title"),
    // The metre's symbol is the same in these languages.
    ("es", "check-in-accuracy"),
    ("fr", "check-in-accuracy"),
    ("tl", "check-in-accuracy"),
    ("uz", "check-in-accuracy"),
    ("fr", "stats-league"),
    ("fr", "stats-exports"),
    ("fr", "planning-col-dates"),
    ("fr", "planning-col-centre"),
    ("fr", "planning-col-actions"),
    ("fr", "planning-field-centre"),
    ("fr", "planned-service"),
    ("fr", "accounts-col-actions"),
];

/// Whether a text has words of its own, its placeables (`{ $from }`) aside.
fn has_words(text: &str) -> bool {
    let mut depth = 0u32;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

/// One translatable unit of a file: a message or term value, or one of their attributes.
#[derive(Debug)]
struct Unit {
    /// The text with placeables written out, for comparison with English.
    text: String,
    variables: BTreeSet<String>,
}

/// A parsed `.ftl` file: units by key (`id`, `id.attribute`, `-term`), in file order.
struct Resource {
    units: BTreeMap<String, Unit>,
    order: Vec<String>,
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn ftl_files(dir: &Path) -> BTreeSet<String> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    entries
        .map(|e| e.expect("directory entry"))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ftl"))
        .collect()
}

fn locale_dirs() -> BTreeSet<String> {
    let dir = locales_dir();
    let mut found: BTreeSet<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry"))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    found.extend(LOCALES.iter().map(|l| l.to_string()));
    found
}

fn collect_inline(expr: &InlineExpression<&str>, text: &mut String, vars: &mut BTreeSet<String>) {
    match expr {
        InlineExpression::StringLiteral { value } => text.push_str(&format!("{{ \"{value}\" }}")),
        InlineExpression::NumberLiteral { value } => text.push_str(&format!("{{ {value} }}")),
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
            text.push_str(&format!("{{ ${} }}", id.name));
        }
        InlineExpression::MessageReference { id, attribute } => {
            text.push_str(&format!(
                "{{ {}{} }}",
                id.name,
                attribute.as_ref().map(|a| format!(".{}", a.name)).unwrap_or_default()
            ));
        }
        InlineExpression::TermReference { id, attribute, arguments } => {
            text.push_str(&format!(
                "{{ -{}{} }}",
                id.name,
                attribute.as_ref().map(|a| format!(".{}", a.name)).unwrap_or_default()
            ));
            for arg in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                collect_inline(arg, text, vars);
            }
        }
        InlineExpression::FunctionReference { id, arguments } => {
            text.push_str(&format!("{{ {}() }}", id.name));
            for arg in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                collect_inline(arg, text, vars);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, text, vars),
    }
}

fn collect_expression(expr: &Expression<&str>, text: &mut String, vars: &mut BTreeSet<String>) {
    match expr {
        Expression::Inline(inline) => collect_inline(inline, text, vars),
        Expression::Select { selector, variants } => {
            collect_inline(selector, text, vars);
            for variant in variants {
                collect_pattern(&variant.value, text, vars);
            }
        }
    }
}

fn collect_pattern(pattern: &Pattern<&str>, text: &mut String, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => collect_expression(expression, text, vars),
        }
    }
}

fn unit(pattern: &Pattern<&str>) -> Unit {
    let (mut text, mut variables) = (String::new(), BTreeSet::new());
    collect_pattern(pattern, &mut text, &mut variables);
    Unit { text: text.trim().to_string(), variables }
}

/// Reads and parses a file; see [`parse_source`].
fn parse(path: &Path) -> Resource {
    let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {} as UTF-8: {e}", path.display()));
    assert!(!source.starts_with('\u{feff}'), "{} starts with a byte-order mark", path.display());
    parse_source(&path.display().to_string(), &source)
}

/// Parses FTL text, panicking with every syntax error and duplicate key found.
fn parse_source(name: &str, source: &str) -> Resource {
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name} has syntax errors: {errors:#?}"),
    };
    let mut units = BTreeMap::new();
    let mut order = Vec::new();
    let mut duplicates = Vec::new();
    let mut add = |key: String, pattern: &Pattern<&str>| {
        if units.insert(key.clone(), unit(pattern)).is_some() {
            duplicates.push(key.clone());
        }
        order.push(key);
    };
    for entry in &resource.body {
        let (prefix, id, value, attributes) = match entry {
            Entry::Message(m) => ("", m.id.name, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => ("-", t.id.name, Some(&t.value), &t.attributes),
            Entry::Junk { content } => panic!("{name} has unparsable text: {content:?}"),
            _ => continue,
        };
        if let Some(value) = value {
            add(format!("{prefix}{id}"), value);
        }
        for attribute in attributes {
            add(format!("{prefix}{id}.{}", attribute.id.name), &attribute.value);
        }
    }
    assert!(duplicates.is_empty(), "{name} defines these more than once: {duplicates:?}");
    Resource { units, order }
}

#[test]
fn every_english_file_exists_in_every_locale_and_no_locale_has_extra_files() {
    let root = locales_dir();
    let english = ftl_files(&root.join("en"));
    assert!(!english.is_empty(), "no .ftl files in {}", root.join("en").display());
    let mut problems = Vec::new();
    for locale in locale_dirs().iter().filter(|l| *l != "en") {
        let dir = root.join(locale);
        if !dir.is_dir() {
            problems.push(format!("locale {locale} has no directory"));
            continue;
        }
        let files = ftl_files(&dir);
        for missing in english.difference(&files) {
            problems.push(format!("{locale}/{missing} is missing"));
        }
        for extra in files.difference(&english) {
            problems.push(format!("{locale}/{extra} has no English original"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_file_parses_without_errors() {
    let root = locales_dir();
    for locale in locale_dirs() {
        let dir = root.join(&locale);
        if dir.is_dir() {
            for file in ftl_files(&dir) {
                parse(&dir.join(file));
            }
        }
    }
}

#[test]
fn every_translation_has_the_english_messages_translated_with_the_same_variables() {
    let root = locales_dir();
    let mut problems = Vec::new();
    for file in ftl_files(&root.join("en")) {
        let english = parse(&root.join("en").join(&file));
        for locale in locale_dirs().iter().filter(|l| *l != "en") {
            let path = root.join(locale).join(&file);
            if !path.is_file() {
                continue; // reported by the file-set test
            }
            let translated = parse(&path);
            let name = format!("{locale}/{file}");
            for key in &english.order {
                let Some(unit) = translated.units.get(key) else {
                    problems.push(format!("{name}: `{key}` is missing"));
                    continue;
                };
                let original = &english.units[key];
                if has_words(&original.text)
                    && unit.text == original.text
                    && !SAME_AS_ENGLISH.contains(&(locale.as_str(), key.as_str()))
                {
                    problems.push(format!("{name}: `{key}` is still in English: {:?}", unit.text));
                }
                for var in original.variables.difference(&unit.variables) {
                    problems.push(format!("{name}: `{key}` does not use ${var}"));
                }
                for var in unit.variables.difference(&original.variables) {
                    problems.push(format!("{name}: `{key}` uses ${var}, which English does not"));
                }
            }
            for key in translated.order.iter().filter(|k| !english.units.contains_key(*k)) {
                problems.push(format!("{name}: `{key}` is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_checker_sees_variables_inside_selects_and_function_calls() {
    let source = "a = { $n ->\n    [one] { $who } has one\n   *[other] { NUMBER($z) } of { -brand(case: \"gen\") } { { $w } }\n}\n";
    let resource = parse_source("probe", source);
    let vars: Vec<&str> = resource.units["a"].variables.iter().map(String::as_str).collect();
    assert_eq!(vars, ["n", "w", "who", "z"]);
}

#[test]
#[should_panic(expected = "syntax errors")]
fn the_checker_rejects_broken_syntax() {
    parse_source("probe", "a = { $n\n");
}
