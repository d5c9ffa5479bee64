//! The form that plans a wave: its name, days and checklist, the rules its
//! visits obey (with their defaults), and the visits planned at each centre
//! (an optional service of that centre, how many, the scenario, optional
//! days of the week and hours). The same form edits a draft. Every field
//! that is wrong says so beside it, whether the app or the server found it.

use super::form::{FieldProblem, Problem, VisitForm, WaveForm, RULE_FIELDS};
use super::{day_text, error_text, shopper_templates, template_name, PlanningNav};
use crate::app::{use_i18n, Route};
use crate::components::FieldError;
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::planning::api::WaveDetail;
use ms_core::planning::wave::{MAX_COUNT, MAX_NAME_CHARS, MAX_SCENARIO_CHARS};
use ms_core::planning::{Day, WaveId, WavePlan};
use ms_core::wire::StatsQuery;
use ms_core::Catalogue;

#[component]
pub fn NewWave() -> Element {
    let i18n = use_i18n();
    let nav = use_navigator();
    rsx! {
        section { class: "planning new-wave",
            PlanningNav { current: Route::NewWave {}, i18n }
            h1 { "{i18n.t(\"planning-form-title\")}" }
            WaveEditor { editing: None, initial: None,
                on_saved: move |d: WaveDetail| { nav.push(Route::WavePage { id: d.summary.id.to_string() }); } }
        }
    }
}

/// The centres the reader may plan visits at, grouped by entity in the
/// catalogue's order: those of `allowed` (their entities' centres, as the
/// server says), or every centre when it could not say.
pub fn plannable(catalogue: &Catalogue, allowed: Option<&[String]>) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for entity in &catalogue.entities {
        let centres: Vec<String> = catalogue
            .centres
            .iter()
            .filter(|c| c.entity_id == entity.id && allowed.is_none_or(|a| a.contains(&c.id)))
            .map(|c| c.id.clone())
            .collect();
        if !centres.is_empty() {
            groups.push((entity.id.clone(), centres));
        }
    }
    groups
}

/// Takes the keyboard to the first field that needs attention, once it is drawn as such.
fn focus_first_problem() {
    document::eval("setTimeout(() => document.querySelector('.wave-form [aria-invalid=true]')?.focus(), 0);");
}

/// The text of a problem for `field`, if it has one.
fn problem_at(problems: &[FieldProblem], field: &str, i18n: I18n) -> Option<String> {
    problems.iter().find(|p| p.field == field).map(|p| p.problem.words(i18n))
}

/// Creates a wave (`editing` none) or replaces a draft's plan, then hands
/// the stored wave to `on_saved`.
#[component]
pub fn WaveEditor(editing: Option<WaveId>, initial: Option<WavePlan>, on_saved: EventHandler<WaveDetail>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let templates = shopper_templates(&app.templates.read());
    let first_template = templates
        .first()
        .map(|t| t.id.clone())
        .unwrap_or_else(|| ms_core::builtin::SHOPPER_CUSTOMER_JOURNEY.to_owned());
    let mut form = use_signal(move || match &initial {
        Some(plan) => WaveForm::of(plan),
        None => WaveForm::new(chrono::Utc::now().date_naive(), &first_template),
    });
    let mut problems = use_signal(Vec::<FieldProblem>::new);
    let mut general = use_signal(|| None::<String>);
    let mut saving = use_signal(|| false);
    // The centres of the reader's entities: the league lists them all.
    let allowed = use_resource(move || async move {
        let services = app.services()?;
        let league = services.api.league(&StatsQuery::default()).await.ok()?;
        Some(league.rows.into_iter().map(|r| r.centre_id).collect::<Vec<String>>())
    });
    let catalogue = app.catalogue.read().clone();
    let groups = plannable(&catalogue, allowed.read().clone().flatten().as_deref());
    let save = {
        let catalogue = catalogue.clone();
        move |e: FormEvent| {
            e.prevent_default();
            let catalogue = catalogue.clone();
            async move {
                general.set(None);
                let plan = match form.read().plan(&catalogue) {
                    Ok(plan) => plan,
                    Err(found) => {
                        problems.set(found);
                        general.set(Some(i18n.t("planning-form-errors")));
                        focus_first_problem();
                        return;
                    }
                };
                problems.set(Vec::new());
                let Some(services) = app.services() else { return };
                saving.set(true);
                let result = match editing {
                    Some(id) => services.api.edit_wave(id, &plan).await,
                    None => services.api.create_wave(&plan).await,
                };
                saving.set(false);
                match result {
                    Ok(detail) => on_saved.call(detail),
                    Err(e) => {
                        let words = error_text(i18n, &e);
                        if let Some(field) = e.field() {
                            problems.set(vec![FieldProblem {
                                field: field.to_owned(),
                                problem: Problem::Server(words.clone()),
                            }]);
                        }
                        general.set(Some(words));
                        focus_first_problem();
                    }
                }
            }
        }
    };
    let f = form();
    let found = problems();
    let err = |field: &str| problem_at(&found, field, i18n);
    // An input's error: its id, and the attributes that tie the input to it.
    let described = |field: &str, id: &str| err(field).map(|_| format!("{id}-error"));
    rsx! {
        form { class: "wave-form", novalidate: true, onsubmit: save,
            if let Some(g) = general() {
                p { class: "error", role: "alert", "data-form-error": "true", "{g}" }
            }
            div { class: "field",
                label { r#for: "wave-name", "{i18n.t(\"planning-field-name\")}" }
                input { id: "wave-name", r#type: "text", name: "name", maxlength: "{MAX_NAME_CHARS}", value: "{f.name}",
                    "aria-invalid": "{err(\"name\").is_some()}", "aria-describedby": described("name", "wave-name"),
                    oninput: move |e| form.write().name = e.value() }
                FieldError { id: "wave-name-error", text: err("name") }
            }
            div { class: "form-row",
                div { class: "field",
                    label { r#for: "wave-from", "{i18n.t(\"planning-field-from\")}" }
                    input { id: "wave-from", r#type: "date", name: "from", value: "{f.from}",
                        "aria-invalid": "{err(\"from\").is_some()}", "aria-describedby": described("from", "wave-from"),
                        oninput: move |e| form.write().from = e.value() }
                    FieldError { id: "wave-from-error", text: err("from") }
                }
                div { class: "field",
                    label { r#for: "wave-to", "{i18n.t(\"planning-field-to\")}" }
                    input { id: "wave-to", r#type: "date", name: "to", value: "{f.to}",
                        "aria-invalid": "{err(\"to\").is_some()}", "aria-describedby": described("to", "wave-to"),
                        oninput: move |e| form.write().to = e.value() }
                    FieldError { id: "wave-to-error", text: err("to") }
                }
                div { class: "field",
                    label { r#for: "wave-template", "{i18n.t(\"planning-field-template\")}" }
                    select { id: "wave-template", name: "template_id",
                        "aria-invalid": "{err(\"template_id\").is_some()}", "aria-describedby": described("template_id", "wave-template"),
                        onchange: move |e| form.write().template_id = e.value(),
                        for t in templates.iter() {
                            option { value: "{t.id}", selected: f.template_id == t.id, {template_name(i18n, &templates, &t.id)} }
                        }
                    }
                    FieldError { id: "wave-template-error", text: err("template_id") }
                }
            }
            fieldset { class: "card rules",
                legend { "{i18n.t(\"planning-rules\")}" }
                p { class: "help", "{i18n.t(\"planning-rules-help\")}" }
                div { class: "settings-grid",
                    for (field, label, min, max) in RULE_FIELDS {
                        {
                            let id = format!("wave-rule-{field}");
                            let path = format!("rules.{field}");
                            let help = format!("{label}-help");
                            let problem = err(&path);
                            let describedby = match problem { Some(_) => format!("{id}-help {id}-error"), None => format!("{id}-help") };
                            rsx! {
                                div { class: "field", key: "{field}",
                                    label { r#for: "{id}", {i18n.t(label)} }
                                    input { id: "{id}", r#type: "number", name: "{field}", min: "{min}", max: "{max}", step: "1", inputmode: "numeric",
                                        value: "{f.rule(field)}", "aria-invalid": "{problem.is_some()}", "aria-describedby": "{describedby}",
                                        oninput: move |e| *form.write().rule_mut(field) = e.value() }
                                    p { class: "help", id: "{id}-help", {i18n.t(&help)} }
                                    FieldError { id: "{id}-error", text: problem.clone() }
                                }
                            }
                        }
                    }
                    div { class: "field",
                        label { r#for: "wave-rule-min_grade", "{i18n.t(\"planning-rule-min-grade\")}" }
                        input { id: "wave-rule-min_grade", r#type: "number", name: "min_grade", min: "1", max: "10", step: "0.1", inputmode: "decimal",
                            value: "{f.min_grade}", "aria-invalid": "{err(\"rules.min_grade\").is_some()}",
                            "aria-describedby": if err("rules.min_grade").is_some() { "wave-rule-min_grade-help wave-rule-min_grade-error" } else { "wave-rule-min_grade-help" },
                            oninput: move |e| form.write().min_grade = e.value() }
                        p { class: "help", id: "wave-rule-min_grade-help", "{i18n.t(\"planning-rule-min-grade-help\")}" }
                        FieldError { id: "wave-rule-min_grade-error", text: err("rules.min_grade") }
                    }
                }
            }
            h2 { id: "wave-visits-title", "{i18n.t(\"planning-visits\")}" }
            FieldError { id: "wave-visits-error", text: err("visits") }
            for i in 0..f.visits.len() {
                PlannedVisitFields { key: "{i}", index: i, form, groups: groups.clone(), catalogue: catalogue.clone(),
                    problems: found.clone(), i18n }
            }
            div { class: "form-actions",
                button { class: "button secondary", r#type: "button", "data-action": "add-visit",
                    onclick: move |_| form.write().visits.push(VisitForm::new()), "{i18n.t(\"planning-add-visit\")}" }
                button { class: "button primary", r#type: "submit", "data-action": "save-wave", disabled: saving(),
                    if saving() { "{i18n.t(\"planning-saving\")}" }
                    else if editing.is_some() { "{i18n.t(\"planning-save\")}" }
                    else { "{i18n.t(\"planning-create\")}" }
                }
            }
        }
    }
}

/// One planned visit's fields, written straight into the form.
#[component]
fn PlannedVisitFields(
    index: usize,
    form: Signal<WaveForm>,
    groups: Vec<(String, Vec<String>)>,
    catalogue: Catalogue,
    problems: Vec<FieldProblem>,
    i18n: I18n,
) -> Element {
    let Some(visit) = form.read().visits.get(index).cloned() else { return rsx! {} };
    let removable = form.read().visits.len() > 1;
    let number = index + 1;
    let base = format!("wave-v{index}");
    let path = |field: &str| format!("visits[{index}].{field}");
    let err = |field: &str| problem_at(&problems, &path(field), i18n);
    let describe = |field: &str, own: &str| err(field).map(|_| format!("{base}-{own}-error"));
    let services: Vec<String> = catalogue.centre(&visit.centre_id).map(|c| c.service_ids.clone()).unwrap_or_default();
    let title = i18n.t_args("planning-visit-n", &[("number", number.into())]);
    let mut edit = move |change: &dyn Fn(&mut VisitForm)| {
        if let Some(v) = form.write().visits.get_mut(index) {
            change(v);
        }
    };
    rsx! {
        fieldset { class: "card planned-visit", "data-visit": "{index}",
            legend { "{title}" }
            div { class: "form-row",
                div { class: "field",
                    label { r#for: "{base}-centre", "{i18n.t(\"planning-field-centre\")}" }
                    select { id: "{base}-centre", name: "centre_id", "data-visit-field": "centre",
                        "aria-invalid": "{err(\"centre_id\").is_some()}", "aria-describedby": describe("centre_id", "centre"),
                        onchange: move |e| {
                            let centre = e.value();
                            edit(&|v: &mut VisitForm| { v.centre_id = centre.clone(); v.service_id.clear(); });
                        },
                        option { value: "", selected: visit.centre_id.is_empty(), "{i18n.t(\"planning-choose-centre\")}" }
                        for (entity, centres) in groups.iter() {
                            optgroup { key: "{entity}", label: "{entity_name(&catalogue, i18n, entity)}",
                                for c in centres.iter() {
                                    option { key: "{c}", value: "{c}", selected: visit.centre_id == *c, {super::centre_name(&catalogue, i18n, c)} }
                                }
                            }
                        }
                    }
                    FieldError { id: "{base}-centre-error", text: err("centre_id") }
                }
                div { class: "field",
                    label { r#for: "{base}-service", "{i18n.t(\"planning-field-service\")}" }
                    select { id: "{base}-service", name: "service_id", "data-visit-field": "service", disabled: visit.centre_id.is_empty(),
                        "aria-invalid": "{err(\"service_id\").is_some()}", "aria-describedby": describe("service_id", "service"),
                        onchange: move |e| { let s = e.value(); edit(&|v: &mut VisitForm| v.service_id = s.clone()); },
                        option { value: "", selected: visit.service_id.is_empty(), "{i18n.t(\"planning-any-service\")}" }
                        for s in services.iter() {
                            option { key: "{s}", value: "{s}", selected: visit.service_id == *s, {super::service_name(&catalogue, i18n, s)} }
                        }
                    }
                    FieldError { id: "{base}-service-error", text: err("service_id") }
                }
                div { class: "field narrow",
                    label { r#for: "{base}-count", "{i18n.t(\"planning-field-count\")}" }
                    input { id: "{base}-count", r#type: "number", name: "count", "data-visit-field": "count", min: "1", max: "{MAX_COUNT}", step: "1",
                        inputmode: "numeric", value: "{visit.count}",
                        "aria-invalid": "{err(\"count\").is_some()}", "aria-describedby": describe("count", "count"),
                        oninput: move |e| { let c = e.value(); edit(&|v: &mut VisitForm| v.count = c.clone()); } }
                    FieldError { id: "{base}-count-error", text: err("count") }
                }
            }
            div { class: "field",
                label { r#for: "{base}-scenario", "{i18n.t(\"planning-field-scenario\")}" }
                textarea { id: "{base}-scenario", name: "scenario", "data-visit-field": "scenario", maxlength: "{MAX_SCENARIO_CHARS}",
                    value: "{visit.scenario}",
                    "aria-invalid": "{err(\"scenario\").is_some()}", "aria-describedby": describe("scenario", "scenario"),
                    oninput: move |e| { let s = e.value(); edit(&|v: &mut VisitForm| v.scenario = s.clone()); } }
                FieldError { id: "{base}-scenario-error", text: err("scenario") }
            }
            div { class: "form-row",
                fieldset { class: "days", "aria-describedby": describe("days", "days"),
                    legend { "{i18n.t(\"planning-field-days\")}" }
                    div { class: "day-boxes",
                        for d in Day::ALL {
                            label { class: "day-box", key: "{d:?}",
                                input { r#type: "checkbox", name: "days", "data-day": "{d:?}", checked: visit.days.contains(&d),
                                    onchange: move |_| edit(&|v: &mut VisitForm| v.toggle(d)) }
                                span { {day_text(i18n, d)} }
                            }
                        }
                    }
                    FieldError { id: "{base}-days-error", text: err("days") }
                }
                fieldset { class: "hours", "aria-describedby": describe("hours", "hours"),
                    legend { "{i18n.t(\"planning-field-hours\")}" }
                    div { class: "form-row",
                        div { class: "field",
                            label { r#for: "{base}-start", "{i18n.t(\"planning-field-hours-from\")}" }
                            input { id: "{base}-start", r#type: "time", name: "start", "data-visit-field": "start", value: "{visit.start}",
                                "aria-invalid": "{err(\"hours\").is_some()}",
                                oninput: move |e| { let s = e.value(); edit(&|v: &mut VisitForm| v.start = s.clone()); } }
                        }
                        div { class: "field",
                            label { r#for: "{base}-end", "{i18n.t(\"planning-field-hours-to\")}" }
                            input { id: "{base}-end", r#type: "time", name: "end", "data-visit-field": "end", value: "{visit.end}",
                                "aria-invalid": "{err(\"hours\").is_some()}",
                                oninput: move |e| { let s = e.value(); edit(&|v: &mut VisitForm| v.end = s.clone()); } }
                        }
                    }
                    FieldError { id: "{base}-hours-error", text: err("hours") }
                }
            }
            if removable {
                button { class: "button danger", r#type: "button", "data-action": "remove-visit",
                    onclick: move |_| { let mut w = form.write(); if index < w.visits.len() { w.visits.remove(index); } },
                    {i18n.t_args("planning-remove-visit", &[("number", number.into())])} }
            }
        }
    }
}

fn entity_name(catalogue: &Catalogue, i18n: I18n, id: &str) -> String {
    catalogue
        .entities
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.name.get(i18n.locale).to_owned())
        .unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_centres_offered_are_the_readers_grouped_by_entity() {
        let text = |s: &str| ms_core::LocalizedText([("en".to_owned(), s.to_owned())].into_iter().collect());
        let centre = |id: &str, entity: &str| ms_core::Centre {
            id: id.into(),
            entity_id: entity.into(),
            name: text(id),
            address: text(id),
            latitude: 25.0,
            longitude: 55.0,
            geofence_m: 100.0,
            qr_token: id.into(),
            active: true,
            service_ids: vec![],
        };
        let catalogue = Catalogue {
            entities: vec![
                ms_core::Entity { id: "cd".into(), name: text("Civil") },
                ms_core::Entity { id: "rv".into(), name: text("Roads") },
            ],
            centres: vec![centre("deira", "cd"), centre("quoz", "rv"), centre("barsha", "cd")],
            services: vec![],
        };
        assert_eq!(
            plannable(&catalogue, None),
            vec![
                ("cd".to_owned(), vec!["deira".to_owned(), "barsha".to_owned()]),
                ("rv".to_owned(), vec!["quoz".to_owned()])
            ]
        );
        let mine = ["barsha".to_owned()];
        assert_eq!(plannable(&catalogue, Some(&mine)), vec![("cd".to_owned(), vec!["barsha".to_owned()])]);
    }
}
