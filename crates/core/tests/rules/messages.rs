//! Every text a built-in checklist shows has an English message.

use ms_core::builtin::{message_ids, templates};
use std::collections::HashSet;

const EN_CHECKLISTS: &str = include_str!("../../../../locales/en/checklists.ftl");

fn defined_ids(ftl: &str) -> HashSet<&str> {
    ftl.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
        .collect()
}

#[test]
fn every_checklist_text_has_an_english_message() {
    let defined = defined_ids(EN_CHECKLISTS);
    for t in templates() {
        let missing: Vec<String> = message_ids(&t).into_iter().filter(|id| !defined.contains(id.as_str())).collect();
        assert!(missing.is_empty(), "{} lacks English messages: {missing:?}", t.id);
    }
}

#[test]
fn english_checklist_file_has_no_unused_messages() {
    let used: HashSet<String> = templates().iter().flat_map(message_ids).collect();
    let unused: Vec<&str> = defined_ids(EN_CHECKLISTS).into_iter().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages no checklist uses: {unused:?}");
}
