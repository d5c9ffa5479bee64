//! The catalogue authored in a workbook: sheets `entities` (`id`,
//! `name::<language>`), `services` (`id`, `entity_id`, `name::<language>`) and
//! `centres` (`id`, `entity_id`, `name::<language>`, `address::<language>`,
//! `latitude`, `longitude`, `geofence_m`, `qr_token`, `services` (ids apart
//! by spaces or commas), `active` (yes/no, yes when empty)). Any of the
//! sheets may be left out. Importing adds or updates by id and never deletes:
//! a centre leaves new visits by being made inactive, its history kept.
//! English is the default language: a name is required in it, and a
//! language missing for some rows is a warning naming them.

use super::problems::{Column, ProblemCode};
use super::survey::{flag, number, rtl_warnings, translation_warnings, valid_name, Findings, Table};
use super::workbook::{Sheet, Workbook};
use super::Problem;
use crate::catalogue::{Catalogue, Centre, Entity, Service};
use crate::locale;
use crate::text::LocalizedText;
use std::collections::{BTreeMap, BTreeSet};

const DEFAULT_LANGUAGE: &str = "en";

/// What reading a catalogue workbook gave.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueReport {
    /// The rows read, to add or update, when nothing is an error.
    pub changes: Option<Catalogue>,
    pub problems: Vec<Problem>,
}

impl CatalogueReport {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }
}

fn sheet<'a>(workbook: &'a Workbook, name: &str) -> Option<&'a Sheet> {
    workbook.sheets.iter().find(|s| s.name.trim().eq_ignore_ascii_case(name))
}

fn texts(t: &Table<'_>, row: usize, field: &str) -> LocalizedText {
    let mut out = BTreeMap::new();
    for language in locale::SUPPORTED {
        let text = t.text(row, field, language);
        if !text.is_empty() {
            out.insert(language.to_owned(), text.to_owned());
        }
    }
    LocalizedText(out)
}

/// Checks a row's id: present, well formed, once in its sheet.
fn id(t: &Table<'_>, row: usize, what: &str, seen: &mut BTreeSet<String>, found: &mut Findings) -> Option<String> {
    let id = t.get(row, "id");
    if id.is_empty() {
        found.cell(ProblemCode::MissingName, t, row, "id", format!("the {what} has no id"));
    } else if !valid_name(id) {
        found.cell(
            ProblemCode::InvalidName,
            t,
            row,
            "id",
            format!("'{id}' may hold only letters, digits, '-' and '_'"),
        );
    } else if !seen.insert(id.to_owned()) {
        found.cell(ProblemCode::DuplicateName, t, row, "id", format!("the {what} id '{id}' is used twice"));
    } else {
        return Some(id.to_owned());
    }
    None
}

fn required_text(t: &Table<'_>, row: usize, field: &str, id: &str, found: &mut Findings) {
    if t.text(row, field, DEFAULT_LANGUAGE).is_empty() {
        let column = t
            .texts
            .get(&(field.to_owned(), DEFAULT_LANGUAGE.to_owned()))
            .map(|&c| Column::new(c, t.sheet.header()[c].trim()));
        found.push(
            ProblemCode::MissingLabel,
            &t.sheet.name,
            Some(row),
            column,
            "",
            format!("'{id}' has no {field} in English ({DEFAULT_LANGUAGE})"),
        );
    }
}

/// A number within `range`, or a problem naming the cell.
fn bounded(t: &Table<'_>, row: usize, column: &str, range: (f64, f64), found: &mut Findings) -> f64 {
    let cell = t.get(row, column);
    match number(cell) {
        Some(n) if n >= range.0 && n <= range.1 => n,
        Some(_) => {
            let message = format!("{column} must be from {} to {}", range.0, range.1);
            found.cell(ProblemCode::OutOfRange, t, row, column, message);
            0.0
        }
        None => {
            found.cell(ProblemCode::InvalidNumber, t, row, column, format!("'{cell}' is not a number"));
            0.0
        }
    }
}

/// Reads a catalogue workbook against the catalogue there is (which its
/// rows may refer to and update).
pub fn parse_catalogue(workbook: &Workbook, existing: &Catalogue) -> CatalogueReport {
    let mut found = Findings::default();
    let mut changes = Catalogue::default();
    let sheets = [sheet(workbook, "entities"), sheet(workbook, "services"), sheet(workbook, "centres")];
    if sheets.iter().all(Option::is_none) {
        found.push(
            ProblemCode::MissingSheet,
            "entities",
            None,
            None,
            "",
            "the workbook has none of the sheets 'entities', 'services', 'centres'".into(),
        );
    }
    let [entities, services, centres] = sheets;
    if let Some(s) = entities {
        let t = Table::read(s, &["name"], DEFAULT_LANGUAGE, &mut found);
        let rows = columns(&t, &["id"], &mut found);
        let mut seen = BTreeSet::new();
        for &row in &rows {
            let Some(id) = id(&t, row, "entity", &mut seen, &mut found) else { continue };
            required_text(&t, row, "name", &id, &mut found);
            changes.entities.push(Entity { id, name: texts(&t, row, "name") });
        }
        warnings(&t, &rows, &mut found);
    }
    let entity_known = |id: &str, changes: &Catalogue| {
        changes.entities.iter().any(|e| e.id == id) || existing.entities.iter().any(|e| e.id == id)
    };
    if let Some(s) = services {
        let t = Table::read(s, &["name"], DEFAULT_LANGUAGE, &mut found);
        let rows = columns(&t, &["id", "entity_id"], &mut found);
        let mut seen = BTreeSet::new();
        for &row in &rows {
            let Some(id) = id(&t, row, "service", &mut seen, &mut found) else { continue };
            required_text(&t, row, "name", &id, &mut found);
            let entity_id = t.get(row, "entity_id").to_owned();
            if !entity_known(&entity_id, &changes) {
                let message = format!("no entity '{entity_id}' in the workbook or the catalogue");
                found.cell(ProblemCode::UnknownReference, &t, row, "entity_id", message);
            }
            changes.services.push(Service { id, entity_id, name: texts(&t, row, "name") });
        }
        warnings(&t, &rows, &mut found);
    }
    if let Some(s) = centres {
        let t = Table::read(s, &["name", "address"], DEFAULT_LANGUAGE, &mut found);
        let required = ["id", "entity_id", "latitude", "longitude", "geofence_m", "qr_token"];
        let rows = columns(&t, &required, &mut found);
        let mut seen = BTreeSet::new();
        let mut tokens: BTreeMap<String, String> =
            existing.centres.iter().map(|c| (c.qr_token.clone(), c.id.clone())).collect();
        for &row in &rows {
            let Some(id) = id(&t, row, "centre", &mut seen, &mut found) else { continue };
            required_text(&t, row, "name", &id, &mut found);
            let entity_id = t.get(row, "entity_id").to_owned();
            if !entity_known(&entity_id, &changes) {
                let message = format!("no entity '{entity_id}' in the workbook or the catalogue");
                found.cell(ProblemCode::UnknownReference, &t, row, "entity_id", message);
            }
            let latitude = bounded(&t, row, "latitude", (-90.0, 90.0), &mut found);
            let longitude = bounded(&t, row, "longitude", (-180.0, 180.0), &mut found);
            let geofence_m = bounded(&t, row, "geofence_m", (1.0, 10_000.0), &mut found);
            let qr_token = t.get(row, "qr_token").to_owned();
            if !valid_name(&qr_token) {
                let message = format!("the QR token '{qr_token}' must be letters, digits, '-' and '_'");
                found.cell(ProblemCode::InvalidName, &t, row, "qr_token", message);
            } else if let Some(other) = tokens.insert(qr_token.clone(), id.clone()).filter(|other| *other != id) {
                let message = format!("the QR token '{qr_token}' is the centre {other}'s");
                found.cell(ProblemCode::DuplicateName, &t, row, "qr_token", message);
            }
            let listed = t.get(row, "services");
            let service_ids: Vec<String> =
                listed.split([' ', ',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
            for service in &service_ids {
                let of = changes
                    .services
                    .iter()
                    .chain(existing.services.iter().filter(|s| !changes.services.iter().any(|c| c.id == s.id)))
                    .find(|s| &s.id == service);
                match of {
                    Some(s) if s.entity_id == entity_id => {}
                    Some(s) => {
                        let message =
                            format!("the service '{service}' is the entity {}'s, not {entity_id}'s", s.entity_id);
                        found.cell(ProblemCode::UnknownReference, &t, row, "services", message);
                    }
                    None => {
                        let message = format!("no service '{service}' in the workbook or the catalogue");
                        found.cell(ProblemCode::UnknownReference, &t, row, "services", message);
                    }
                }
            }
            let active = !t.has("active") || t.get(row, "active").is_empty() || flag(&t, row, "active", &mut found);
            changes.centres.push(Centre {
                id,
                entity_id,
                name: texts(&t, row, "name"),
                address: texts(&t, row, "address"),
                latitude,
                longitude,
                geofence_m,
                qr_token,
                service_ids,
                active,
            });
        }
        warnings(&t, &rows, &mut found);
    }
    let changes = (!found.has_errors()).then_some(changes);
    CatalogueReport { changes, problems: found.problems }
}

/// The rows with something in them, once every required column is there.
fn columns(t: &Table<'_>, required: &[&str], found: &mut Findings) -> Vec<usize> {
    let missing: Vec<&&str> = required.iter().filter(|c| !t.has(c)).collect();
    for c in &missing {
        found.missing_column(t, c);
    }
    if missing.is_empty() {
        t.rows().collect()
    } else {
        Vec::new()
    }
}

fn warnings(t: &Table<'_>, rows: &[usize], found: &mut Findings) {
    translation_warnings(t, DEFAULT_LANGUAGE, found);
    rtl_warnings(t, rows, found);
}

/// The languages any of the texts has, English first, in the product's order.
fn languages<'a>(texts: impl Iterator<Item = &'a LocalizedText>) -> Vec<&'static str> {
    let used: BTreeSet<&str> = texts.flat_map(|t| t.0.keys().map(String::as_str)).collect();
    let mut out = vec![DEFAULT_LANGUAGE];
    out.extend(locale::SUPPORTED.iter().copied().filter(|l| *l != DEFAULT_LANGUAGE && used.contains(l)));
    out
}

fn headers(field: &str, languages: &[&str]) -> Vec<String> {
    languages.iter().map(|l| format!("{field}::{l}")).collect()
}

fn cells(text: &LocalizedText, languages: &[&str]) -> Vec<String> {
    languages.iter().map(|l| text.0.get(*l).cloned().unwrap_or_default()).collect()
}

/// A number as a cell writes it, in its shortest exact form.
fn figure(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The catalogue as a workbook of the same layout, which reads back into it.
pub fn catalogue_workbook(c: &Catalogue) -> Workbook {
    let names = languages(c.entities.iter().map(|e| &e.name));
    let mut entities = vec![[vec!["id".to_owned()], headers("name", &names)].concat()];
    entities.extend(c.entities.iter().map(|e| [vec![e.id.clone()], cells(&e.name, &names)].concat()));
    let names = languages(c.services.iter().map(|s| &s.name));
    let mut services = vec![[vec!["id".to_owned(), "entity_id".to_owned()], headers("name", &names)].concat()];
    services
        .extend(c.services.iter().map(|s| [vec![s.id.clone(), s.entity_id.clone()], cells(&s.name, &names)].concat()));
    let names = languages(c.centres.iter().map(|x| &x.name));
    let addresses = languages(c.centres.iter().map(|x| &x.address));
    let tail = ["latitude", "longitude", "geofence_m", "qr_token", "services", "active"].map(str::to_owned);
    let mut centres = vec![[
        vec!["id".to_owned(), "entity_id".to_owned()],
        headers("name", &names),
        headers("address", &addresses),
        tail.to_vec(),
    ]
    .concat()];
    centres.extend(c.centres.iter().map(|x| {
        [
            vec![x.id.clone(), x.entity_id.clone()],
            cells(&x.name, &names),
            cells(&x.address, &addresses),
            vec![
                figure(x.latitude),
                figure(x.longitude),
                figure(x.geofence_m),
                x.qr_token.clone(),
                x.service_ids.join(" "),
                if x.active { "yes" } else { "no" }.to_owned(),
            ],
        ]
        .concat()
    }));
    Workbook {
        sheets: vec![
            Sheet::new("entities", entities),
            Sheet::new("services", services),
            Sheet::new("centres", centres),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Catalogue {
        let text = |s: &str| {
            LocalizedText([("en".to_owned(), s.to_owned()), ("ar".to_owned(), format!("بالعربية {s}"))].into())
        };
        Catalogue {
            entities: vec![Entity { id: "roads".into(), name: text("Roads") }],
            services: vec![Service { id: "licence".into(), entity_id: "roads".into(), name: text("Licence") }],
            centres: vec![Centre {
                id: "rv-quoz".into(),
                entity_id: "roads".into(),
                name: text("Al Quoz"),
                address: text("Street 1"),
                latitude: 25.1,
                longitude: 55.2,
                geofence_m: 150.0,
                qr_token: "rv-quoz-qr".into(),
                service_ids: vec!["licence".into()],
                active: false,
            }],
        }
    }

    #[test]
    fn a_catalogue_reads_back_from_its_workbook_unchanged() {
        let c = demo();
        let report = parse_catalogue(&catalogue_workbook(&c), &Catalogue::default());
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.changes, Some(c));
    }

    #[test]
    fn every_error_names_its_sheet_row_and_column_and_nothing_is_kept() {
        let mut wb = catalogue_workbook(&demo());
        let centres = wb.sheets.iter_mut().find(|s| s.name == "centres").expect("centres");
        let col = |h: &str| centres.rows[0].iter().position(|x| x == h).expect("column");
        let (lat, services, entity) = (col("latitude"), col("services"), col("entity_id"));
        centres.rows[1][lat] = "95".into();
        centres.rows[1][services] = "licence nowhere".into();
        centres.rows[1][entity] = "health".into();
        let report = parse_catalogue(&wb, &Catalogue::default());
        assert_eq!(report.changes, None);
        let errors: Vec<(&str, Option<usize>, Option<&str>, ProblemCode)> = report
            .errors()
            .map(|p| (p.sheet.as_str(), p.row, p.column.as_ref().map(|c| c.header.as_str()), p.code))
            .collect();
        assert!(errors.contains(&("centres", Some(2), Some("latitude"), ProblemCode::OutOfRange)), "{errors:?}");
        assert!(errors.contains(&("centres", Some(2), Some("entity_id"), ProblemCode::UnknownReference)), "{errors:?}");
        assert!(errors.iter().filter(|e| e.2 == Some("services")).count() >= 2, "{errors:?}");
    }

    #[test]
    fn rows_may_refer_to_the_catalogue_there_is_and_a_missing_translation_is_a_warning() {
        let existing = demo();
        let wb = Workbook {
            sheets: vec![Sheet::new(
                "services",
                vec![
                    vec!["id".into(), "entity_id".into(), "name::en".into(), "name::ar".into()],
                    vec!["permit".into(), "roads".into(), "Permit".into(), "تصريح".into()],
                    vec!["plates".into(), "roads".into(), "Plates".into(), "".into()],
                ],
            )],
        };
        let report = parse_catalogue(&wb, &existing);
        assert_eq!(report.changes.as_ref().map(|c| c.services.len()), Some(2));
        let warnings: Vec<_> = report.warnings().collect();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, ProblemCode::MissingTranslation);
        assert!(warnings[0].message.contains("rows 3"), "{}", warnings[0].message);
        let none = parse_catalogue(&Workbook { sheets: vec![Sheet::new("notes", vec![])] }, &existing);
        assert_eq!(none.errors().next().map(|p| p.code), Some(ProblemCode::MissingSheet));
    }
}
