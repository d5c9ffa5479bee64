//! The page carries `assets/style/first.css` alone, while the app adds the
//! folder's other files after it. This checks that no rule of those other
//! files can match anything the page draws, so the faces look the same
//! before and after the app takes the page over.
//!
//! A selector cannot match on the page when it needs a class or an element
//! the page never has (`.inbox-filters .choices`, `main.screen:has(.inbox)`,
//! `table th`). Whatever is inside `:not(…)` is left out, since it excludes.

use super::page;
use std::collections::BTreeSet;
use std::path::Path;

/// The classes the page's script sets: the chosen face and reasons, and
/// the states of the thanks (`thanks(…)` in quick.js).
const SCRIPT_CLASSES: &[&str] = &["selected", "on", "sending", "sent", "saved", "failed"];

fn drawn() -> String {
    let t = ms_core::builtin::citizen_quick_rating();
    let shape = page::RatingShape::of(&t).expect("the built-in rating fits the page");
    let catalogue = crate::demo::catalogue().expect("the demo catalogue");
    let centre = catalogue.centre_by_qr("cd-al-barsha-qr").expect("Al Barsha");
    let shell = "<html><body><!--quick--></body></html>";
    let mut all = String::new();
    for (locale, kiosk) in [("en", false), ("ar", false), ("en", true)] {
        all += &page::render(shell, &shape, centre, locale, Some("Desk 3"), kiosk);
    }
    all
}

/// The classes and element names in the page's markup (its style and
/// scripts left out).
fn used(html: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut markup = String::new();
    let mut rest = html;
    while let Some(open) = rest.find("<s") {
        markup += &rest[..open];
        let tail = &rest[open..];
        let end = ["</style>", "</script>"].iter().filter_map(|c| tail.find(c).map(|i| i + c.len())).min();
        match end {
            Some(end) if tail.starts_with("<style") || tail.starts_with("<script") => rest = &tail[end..],
            _ => {
                markup += "<s";
                rest = &tail[2..];
            }
        }
    }
    markup += rest;
    let mut classes: BTreeSet<String> = SCRIPT_CLASSES.iter().map(|c| c.to_string()).collect();
    for part in markup.split(r#"class=""#).skip(1) {
        classes.extend(part.split('"').next().unwrap_or("").split_whitespace().map(str::to_owned));
    }
    let tags = markup
        .split('<')
        .skip(1)
        .map(|t| t.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>())
        .filter(|t| !t.is_empty())
        .collect();
    (classes, tags)
}

/// Every selector of a style sheet, `@media` blocks opened.
fn selectors(css: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(a) = rest.find("/*") {
        text += &rest[..a];
        rest = rest[a..].find("*/").map_or("", |b| &rest[a + b + 2..]);
    }
    text += rest;
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let prelude = rest[..open].trim();
        if prelude.starts_with('@') {
            rest = &rest[open + 1..];
            continue;
        }
        out.extend(split_top(prelude).into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()));
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        // What is left after a block's last rule is its own closing brace.
        rest = rest[close..].trim_start().trim_start_matches('}');
    }
    out
}

fn split_top(list: &str) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0, 0, Vec::new());
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts
}

/// The classes and element names a selector needs, leaving out what
/// `:not(…)` and attribute selectors name.
fn needs(selector: &str) -> (Vec<String>, Vec<String>) {
    let mut plain = String::new();
    let mut rest = selector;
    loop {
        let not = rest.find(":not(");
        let attr = rest.find('[');
        let Some(at) = [not, attr].into_iter().flatten().min() else { break };
        plain += &rest[..at];
        let close = if Some(at) == not { ')' } else { ']' };
        rest = rest[at..].find(close).map_or("", |c| &rest[at + c + 1..]);
        plain.push(' ');
    }
    plain += rest;
    let (mut classes, mut tags) = (Vec::new(), Vec::new());
    let mut prev = ' ';
    let mut word = String::new();
    let mut kind = ' ';
    for c in plain.chars().chain([' ']) {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            if word.is_empty() {
                kind = prev;
            }
            word.push(c);
        } else {
            if !word.is_empty() {
                match kind {
                    '.' => classes.push(std::mem::take(&mut word)),
                    ':' | '#' => word.clear(),
                    _ if word.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) => {
                        tags.push(std::mem::take(&mut word))
                    }
                    _ => word.clear(),
                }
            }
            prev = c;
        }
    }
    (classes, tags)
}

#[test]
fn nothing_the_app_adds_restyles_the_rating_page() {
    let (classes, tags) = used(&drawn());
    assert!(classes.contains("face-button") && classes.contains("choice") && tags.contains("fieldset"), "{classes:?}");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/style");
    let mut checked = 0;
    let mut reaching = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("assets/style") {
        let path = entry.expect("a file").path();
        if path.file_name().is_some_and(|n| n == "first.css") {
            continue;
        }
        let css = std::fs::read_to_string(&path).expect("a style sheet");
        for selector in selectors(&css) {
            checked += 1;
            let (need_classes, need_tags) = needs(&selector);
            let impossible =
                need_classes.iter().any(|c| !classes.contains(c)) || need_tags.iter().any(|t| !tags.contains(t));
            if !impossible {
                reaching.push(format!("{}: {selector}", path.display()));
            }
        }
    }
    assert!(checked > 300, "only {checked} selectors read");
    assert!(
        reaching.is_empty(),
        "rules that would restyle the rating page belong in first.css:\n{}",
        reaching.join("\n")
    );
}

#[test]
fn the_selector_reader_sees_through_media_blocks_and_not() {
    let css = "/* a */ .a, .b > p { x: 1 } @media (min-width: 4rem) { .c:hover { y: 2 } main.d:has(.e) { z: 3 } } .f:not(.g) { }";
    assert_eq!(selectors(css), vec![".a", ".b > p", ".c:hover", "main.d:has(.e)", ".f:not(.g)"]);
    assert_eq!(
        needs("main.d:has(.e) > [dir=rtl] p::before"),
        (vec!["d".into(), "e".into()], vec!["main".into(), "p".into()])
    );
    assert_eq!(needs(".f:not(.g)"), (vec!["f".into()], vec![]));
}
