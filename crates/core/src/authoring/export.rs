//! A template written back into a checklist workbook, so that reading the
//! workbook again gives the same template.

use super::relevant;
use super::workbook::{Sheet, Workbook};
use super::{text_id, TextOf};
use crate::locale;
use crate::template::{ChecklistTemplate, ChoiceOption, ItemKind};

/// The workbook of a template, with the texts it carries. A built-in template's
/// ids are written as its default language's texts; [`workbook_with`] puts words in their place.
pub fn workbook(template: &ChecklistTemplate) -> Workbook {
    workbook_with(template, |_, _| None)
}

/// The workbook of a template, asking `resolve(id, locale)` for the texts the
/// template does not carry (the app's Fluent messages of a built-in template).
pub fn workbook_with(template: &ChecklistTemplate, resolve: impl Fn(&str, &str) -> Option<String>) -> Workbook {
    let default = template.default_language.clone().unwrap_or_else(|| "en".to_owned());
    let text = |id: &str, language: &str| -> String {
        if let Some(t) = template.texts.get(language).and_then(|m| m.get(id)) {
            return t.clone();
        }
        if let Some(t) = resolve(id, language) {
            return t;
        }
        // An id with no text is written as itself, so that the label is never empty.
        if language == default {
            return id.to_owned();
        }
        String::new()
    };
    let lists = choice_lists(template);
    let mut ids = vec![template.title.clone()];
    for stage in &template.stages {
        ids.push(stage.title.clone());
        for item in &stage.items {
            ids.push(item.label.clone());
            ids.extend(item.help.clone());
        }
    }
    ids.extend(lists.iter().flat_map(|(_, options)| options.iter().map(|o| o.label.clone())));
    // The default language first, then every other that has a text, in the product's order.
    let mut languages = vec![default.clone()];
    for language in locale::SUPPORTED {
        if language != default && ids.iter().any(|id| !text(id, language).is_empty()) {
            languages.push(language.to_owned());
        }
    }
    Workbook {
        sheets: vec![
            survey(template, &languages, &lists, &text),
            choices(&languages, &lists, &text),
            settings(template, &default, &languages, &text),
        ],
    }
}

/// Distinct option lists under names: the list an authored template's labels were
/// made from, else the first item's name that uses it.
fn choice_lists(template: &ChecklistTemplate) -> Vec<(String, Vec<ChoiceOption>)> {
    let mut lists: Vec<(String, Vec<ChoiceOption>)> = Vec::new();
    for (_, item) in template.items() {
        let (ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options }) = &item.kind else { continue };
        if lists.iter().any(|(_, o)| o == options) {
            continue;
        }
        let authored = authored_list(&template.id, options);
        let free = |name: &str| !lists.iter().any(|(n, _)| n == name);
        let name = match authored {
            Some(name) if free(&name) => name,
            _ => {
                let mut name = item.id.clone();
                let mut n = 2;
                while !free(&name) {
                    name = format!("{}-{n}", item.id);
                    n += 1;
                }
                name
            }
        };
        lists.push((name, options.clone()));
    }
    lists
}

/// The list name every option's label id was made from, if they agree.
fn authored_list(template_id: &str, options: &[ChoiceOption]) -> Option<String> {
    let mut name: Option<String> = None;
    let prefix = format!("{template_id}.choice.");
    for o in options {
        let suffix = format!(".{}.label", o.id);
        let list = o.label.strip_prefix(&prefix)?.strip_suffix(&suffix)?;
        if text_id(template_id, TextOf::Choice(list, &o.id)) != o.label || name.as_deref().is_some_and(|n| n != list) {
            return None;
        }
        name = Some(list.to_owned());
    }
    name
}

fn label_headers(field: &str, languages: &[String]) -> Vec<String> {
    languages.iter().map(|l| format!("{field}::{l}")).collect()
}

fn flag(b: bool) -> String {
    if b { "yes" } else { "" }.to_owned()
}

/// Seconds that read back as exactly these minutes, when some do.
fn exact_seconds(minutes: f64) -> Option<f64> {
    let s = minutes * 60.0;
    [s, s.next_up(), s.next_down()].into_iter().find(|s| s.is_finite() && s / 60.0 == minutes)
}

fn survey(
    template: &ChecklistTemplate,
    languages: &[String],
    lists: &[(String, Vec<ChoiceOption>)],
    text: &impl Fn(&str, &str) -> String,
) -> Sheet {
    let items: Vec<_> = template.items().map(|(_, i)| i).collect();
    let any = |f: &dyn Fn(&ItemKind) -> bool| items.iter().any(|i| f(&i.kind));
    let hints = items.iter().any(|i| i.help.is_some());
    let minutes_column =
        any(&|k| matches!(k, ItemKind::Duration { target_minutes } if exact_seconds(*target_minutes).is_none()));
    let mut header: Vec<String> = vec!["type".into(), "name".into()];
    header.extend(label_headers("label", languages));
    if hints {
        header.extend(label_headers("hint", languages));
    }
    for column in
        ["required", "relevant", "weight", "evidence_on_fail", "target_seconds", "action_on_fail", "na_allowed"]
    {
        header.push(column.into());
    }
    if minutes_column {
        header.push("target_minutes".into());
    }
    if any(&|k| matches!(k, ItemKind::Number { .. })) {
        header.extend(["min".into(), "max".into()]);
    }
    if any(&|k| matches!(k, ItemKind::Text { .. })) {
        header.push("max_length".into());
    }
    if any(&|k| matches!(k, ItemKind::Photo { .. })) {
        header.push("max_photos".into());
    }
    let mut rows = vec![header.clone()];
    let blank = || vec![String::new(); header.len()];
    let set = |row: &mut Vec<String>, column: &str, value: String| {
        if let Some(c) = header.iter().position(|h| h == column) {
            row[c] = value;
        }
    };
    let texts = |row: &mut Vec<String>, field: &str, id: &str| {
        for l in languages {
            set(row, &format!("{field}::{l}"), text(id, l));
        }
    };
    for stage in &template.stages {
        let mut row = blank();
        set(&mut row, "type", "begin_group".into());
        set(&mut row, "name", stage.id.clone());
        texts(&mut row, "label", &stage.title);
        set(&mut row, "weight", stage.weight.to_string());
        rows.push(row);
        for item in &stage.items {
            let mut row = blank();
            let list = |options: &Vec<ChoiceOption>| {
                lists.iter().find(|(_, o)| o == options).map(|(n, _)| n.clone()).unwrap_or_default()
            };
            let kind = match &item.kind {
                ItemKind::YesNo => "yes_no".to_owned(),
                ItemKind::Scale => "scale".to_owned(),
                ItemKind::Face => "face".to_owned(),
                ItemKind::Duration { target_minutes } => {
                    match exact_seconds(*target_minutes) {
                        Some(s) => set(&mut row, "target_seconds", s.to_string()),
                        None => set(&mut row, "target_minutes", target_minutes.to_string()),
                    }
                    "duration".to_owned()
                }
                ItemKind::SingleChoice { options } => format!("select_one {}", list(options)),
                ItemKind::MultiChoice { options } => format!("select_multiple {}", list(options)),
                ItemKind::Number { min, max } => {
                    set(&mut row, "min", min.map(|m| m.to_string()).unwrap_or_default());
                    set(&mut row, "max", max.map(|m| m.to_string()).unwrap_or_default());
                    "number".to_owned()
                }
                ItemKind::Text { max_len } => {
                    set(&mut row, "max_length", max_len.to_string());
                    "text".to_owned()
                }
                ItemKind::Photo { max_photos } => {
                    set(&mut row, "max_photos", max_photos.to_string());
                    "photo".to_owned()
                }
            };
            set(&mut row, "type", kind);
            set(&mut row, "name", item.id.clone());
            texts(&mut row, "label", &item.label);
            if let Some(help) = &item.help {
                texts(&mut row, "hint", help);
            }
            set(&mut row, "required", flag(item.required));
            set(&mut row, "relevant", item.show_if.as_ref().map(relevant::write).unwrap_or_default());
            set(&mut row, "weight", item.weight.to_string());
            let evidence = match (item.photo_on_fail, item.comment_on_fail) {
                (true, true) => "both",
                (true, false) => "photo",
                (false, true) => "comment",
                (false, false) => "",
            };
            set(&mut row, "evidence_on_fail", evidence.into());
            set(&mut row, "action_on_fail", flag(item.action_on_fail));
            set(&mut row, "na_allowed", flag(item.allow_na));
            rows.push(row);
        }
        let mut row = blank();
        set(&mut row, "type", "end_group".into());
        rows.push(row);
    }
    Sheet::new("survey", rows)
}

fn choices(languages: &[String], lists: &[(String, Vec<ChoiceOption>)], text: &impl Fn(&str, &str) -> String) -> Sheet {
    let scores = lists.iter().any(|(_, options)| options.iter().any(|o| o.score.is_some()));
    let mut header: Vec<String> = vec!["list_name".into(), "name".into()];
    header.extend(label_headers("label", languages));
    if scores {
        header.push("score".into());
    }
    let mut rows = vec![header];
    for (list, options) in lists {
        for o in options {
            let mut row = vec![list.clone(), o.id.clone()];
            row.extend(languages.iter().map(|l| text(&o.label, l)));
            if scores {
                row.push(o.score.map(|s| s.to_string()).unwrap_or_default());
            }
            rows.push(row);
        }
    }
    Sheet::new("choices", rows)
}

fn settings(
    template: &ChecklistTemplate,
    default: &str,
    languages: &[String],
    text: &impl Fn(&str, &str) -> String,
) -> Sheet {
    let mut header: Vec<String> =
        ["template_id", "version", "role", "default_language"].iter().map(|s| (*s).to_owned()).collect();
    header.extend(label_headers("title", languages));
    let mut row = vec![
        template.id.clone(),
        template.version.to_string(),
        template.audience.as_str().to_owned(),
        default.to_owned(),
    ];
    row.extend(languages.iter().map(|l| text(&template.title, l)));
    Sheet::new("settings", vec![header, row])
}
