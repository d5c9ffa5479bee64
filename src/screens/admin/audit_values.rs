//! An audit entry's values before and after, made readable: the fields that
//! changed with their value before and after, or, for an act with one side
//! only (a creation, a reset), the values it recorded; fields in words, a
//! role, an entity, a centre and yes or no as the screens say them.

use super::account_form::role_text;
use crate::i18n::I18n;
use crate::screens::planning::{centre_name, list_separator};
use dioxus::prelude::*;
use ms_core::wire::UserRole;
use ms_core::Catalogue;
use serde_json::Value;

/// The fields whose names are said in words; any other is shown as the log has it.
const NAMED_FIELDS: [&str; 15] = [
    "username",
    "display_name",
    "role",
    "entities",
    "active",
    "centre_id",
    "label",
    "revoked",
    "version",
    "name",
    "assignments",
    "centres",
    "high",
    "normal",
    "low",
];

/// What an entry shows of its values.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// Both sides: each field that differs, with its value before and after.
    Changed(Vec<(String, String, String)>),
    /// One side only: its fields and values; `before` tells which side.
    Values { before: bool, fields: Vec<(String, String)> },
    /// Both sides alike, or nothing recorded.
    Nothing,
}

fn field_name(i18n: I18n, key: &str) -> String {
    if NAMED_FIELDS.contains(&key) {
        i18n.t(&format!("audit-field-{}", key.replace('_', "-")))
    } else {
        format!("{key}:")
    }
}

/// A value in words, as the field it belongs to is read.
fn value_text(i18n: I18n, catalogue: &Catalogue, key: &str, v: &Value) -> String {
    let entity = |id: &str| {
        catalogue
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.get(i18n.locale).to_owned())
            .unwrap_or(id.to_owned())
    };
    match v {
        Value::Null => "—".to_owned(),
        Value::Bool(b) => i18n.t(if *b { "admin-yes" } else { "admin-no" }),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i18n.formats().integer(i, 1),
            None => n.to_string(),
        },
        Value::String(s) => match key {
            "role" => UserRole::parse(s).map(|r| role_text(i18n, r)).unwrap_or(s.clone()),
            "centre_id" | "centres" => centre_name(catalogue, i18n, s),
            "entities" => entity(s),
            _ => s.clone(),
        },
        Value::Array(items) if items.is_empty() => "—".to_owned(),
        Value::Array(items) => {
            items.iter().map(|i| value_text(i18n, catalogue, key, i)).collect::<Vec<_>>().join(list_separator(i18n))
        }
        Value::Object(_) => v.to_string(),
    }
}

/// The fields of a side, in the order the log wrote them.
fn fields(v: Option<&Value>) -> Vec<(&String, &Value)> {
    match v {
        Some(Value::Object(map)) => map.iter().collect(),
        _ => Vec::new(),
    }
}

/// What an entry shows of `before` and `after`.
pub fn shown(i18n: I18n, catalogue: &Catalogue, before: Option<&Value>, after: Option<&Value>) -> Shown {
    let text = |k: &str, v: &Value| value_text(i18n, catalogue, k, v);
    let (b, a) = (fields(before), fields(after));
    match (before, after) {
        (Some(Value::Object(old)), Some(Value::Object(new))) => {
            let mut keys: Vec<&String> = new.keys().collect();
            keys.extend(old.keys().filter(|k| !new.contains_key(*k)));
            let changed: Vec<(String, String, String)> = keys
                .into_iter()
                .filter(|k| old.get(*k) != new.get(*k))
                .map(|k| {
                    let side = |m: &serde_json::Map<String, Value>| text(k, m.get(k).unwrap_or(&Value::Null));
                    (field_name(i18n, k), side(old), side(new))
                })
                .collect();
            if changed.is_empty() {
                Shown::Nothing
            } else {
                Shown::Changed(changed)
            }
        }
        _ if !a.is_empty() => {
            Shown::Values { before: false, fields: a.iter().map(|(k, v)| (field_name(i18n, k), text(k, v))).collect() }
        }
        _ if !b.is_empty() => {
            Shown::Values { before: true, fields: b.iter().map(|(k, v)| (field_name(i18n, k), text(k, v))).collect() }
        }
        (None, None) => Shown::Nothing,
        // A side that is not an object of fields: shown as it is.
        _ => {
            let side = after.or(before).map(|v| text("", v)).unwrap_or_default();
            Shown::Values { before: after.is_none(), fields: vec![(String::new(), side)] }
        }
    }
}

/// An entry's values, as a list.
#[component]
pub fn AuditValues(i18n: I18n, shown: Shown) -> Element {
    let arrow = i18n.t("audit-changed-to");
    match shown {
        Shown::Nothing => rsx! { span { class: "muted", "{i18n.t(\"audit-no-values\")}" } },
        Shown::Changed(changes) => rsx! {
            ul { class: "audit-values", "data-values": "changed",
                for (field, before, after) in changes {
                    li { key: "{field}",
                        span { class: "audit-field", "{field}" }
                        " "
                        bdi { class: "audit-before", "{before}" }
                        " {arrow} "
                        bdi { class: "audit-after", "{after}" }
                    }
                }
            }
        },
        Shown::Values { before, fields } => rsx! {
            p { class: "audit-side muted", {i18n.t(if before { "audit-before" } else { "audit-after" })} }
            ul { class: "audit-values", "data-values": if before { "before" } else { "after" },
                for (field, value) in fields {
                    li { key: "{field}",
                        if !field.is_empty() {
                            span { class: "audit-field", "{field}" }
                            " "
                        }
                        bdi { "{value}" }
                    }
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn catalogue() -> Catalogue {
        use ms_core::catalogue::Entity;
        let text = |s: &str| ms_core::LocalizedText([("en".to_owned(), s.to_owned())].into_iter().collect());
        Catalogue {
            entities: vec![Entity { id: "cd".into(), name: text("Civil documents") }],
            centres: vec![],
            services: vec![],
        }
    }

    #[test]
    fn a_change_shows_only_the_fields_that_differ_in_words() {
        let i18n = I18n::new("en");
        let before = json!({"username": "sam", "role": "shopper", "entities": [], "active": true});
        let after = json!({"username": "sam", "role": "supervisor", "entities": ["cd"], "active": true});
        let Shown::Changed(mut changes) = shown(i18n, &catalogue(), Some(&before), Some(&after)) else {
            panic!("changed")
        };
        changes.sort();
        let role = i18n.t("audit-field-role");
        let entities = i18n.t("audit-field-entities");
        assert_eq!(
            changes,
            vec![
                (entities, "—".to_owned(), "Civil documents".to_owned()),
                (role, role_text(i18n, UserRole::Shopper), role_text(i18n, UserRole::Supervisor)),
            ]
        );
        assert_eq!(shown(i18n, &catalogue(), Some(&before), Some(&before)), Shown::Nothing);
    }

    #[test]
    fn one_side_shows_its_values_and_unknown_fields_keep_their_names() {
        let i18n = I18n::new("en");
        let after = json!({"label": "Exit 1", "stages": 4, "weights": {"a": 1}});
        let Shown::Values { before, fields } = shown(i18n, &catalogue(), None, Some(&after)) else { panic!("values") };
        assert!(!before);
        assert!(fields.contains(&(i18n.t("audit-field-label"), "Exit 1".to_owned())));
        assert!(fields.contains(&("stages:".to_owned(), "4".to_owned())));
        assert!(fields.contains(&("weights:".to_owned(), "{\"a\":1}".to_owned())));
        let reset = json!({"active": false});
        let Shown::Values { before, fields } = shown(i18n, &catalogue(), Some(&reset), None) else { panic!("values") };
        assert!(before);
        assert_eq!(fields, vec![(i18n.t("audit-field-active"), i18n.t("admin-no"))]);
        assert_eq!(shown(i18n, &catalogue(), None, None), Shown::Nothing);
    }

    #[test]
    fn a_manager_s_centres_and_the_deadlines_by_priority_are_said_in_words() {
        let i18n = I18n::new("en");
        let c = catalogue();
        // A centre the catalogue no longer has keeps its id.
        let before = json!({"centres": []});
        let after = json!({"centres": ["cd-gone", "cd-closed"]});
        let Shown::Changed(changed) = shown(i18n, &c, Some(&before), Some(&after)) else { panic!("changed") };
        assert_eq!(changed, vec![(i18n.t("audit-field-centres"), "—".to_owned(), "cd-gone, cd-closed".to_owned())]);
        let Shown::Changed(days) = shown(
            i18n,
            &c,
            Some(&json!({"high": 7, "normal": 14, "low": 30})),
            Some(&json!({"high": 5, "normal": 14, "low": 30})),
        ) else {
            panic!("changed")
        };
        assert_eq!(days, vec![(i18n.t("audit-field-high"), "7".to_owned(), "5".to_owned())]);
    }

    #[test]
    fn every_field_has_words_in_every_language() {
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            for key in NAMED_FIELDS {
                assert_ne!(field_name(I18n::new(locale), key), key);
            }
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "fell back to English");
    }
}
