//! A wave's assignments: filtered by status, centre and shopper; each open
//! one given to a shopper chosen from the shoppers' list (what may stand in
//! the way said beforehand, the rule that refuses said in words, and an
//! override with a reason), an assigned one released, any cancelled with a
//! reason, and each one's history.

use super::report::shopper_name;
use super::shoppers::grade_text;
use super::{
    assignment_status_text, centre_name, date_text, dates_text, day_text, error_text, list_separator, refused_rule,
    rule_text, service_name,
};
use crate::i18n::I18n;
use crate::state::use_app;
use chrono::{Days, NaiveDate};
use dioxus::prelude::*;
use ms_client::api::waves::AssignmentQuery;
use ms_core::planning::api::{AssignmentView, ShopperStanding, WaveDetail};
use ms_core::planning::{AssignmentId, AssignmentStatus, Rule, WaveRules, WaveStatus};

/// What may stand in the way of giving a visit to a shopper, known before asking.
#[derive(Debug, Clone, PartialEq)]
pub enum Hint {
    /// They visited the centre on `visited`; the wave's lockout lets them back from `until`.
    Lockout {
        visited: NaiveDate,
        until: NaiveDate,
    },
    HeldCap {
        held: u32,
        max: u32,
    },
    Grade {
        grade: Option<f64>,
        min: f64,
    },
}

/// What the shoppers' standing says about giving `a` to `s` under `rules`.
/// The server decides (it also counts visits of other waves and each day's
/// visits); this says beforehand what it will likely refuse.
pub fn hints(a: &AssignmentView, rules: &WaveRules, s: &ShopperStanding) -> Vec<Hint> {
    let mut out = Vec::new();
    if let Some(min) = rules.min_grade {
        if s.grade.is_none_or(|g| g < min) {
            out.push(Hint::Grade { grade: s.grade, min });
        }
    }
    if s.held >= rules.max_held {
        out.push(Hint::HeldCap { held: s.held, max: rules.max_held });
    }
    if rules.lockout_days > 0 {
        for l in s.lockouts.iter().filter(|l| l.centre_id == a.centre_id) {
            let until = l.visited.checked_add_days(Days::new(rules.lockout_days.into())).unwrap_or(NaiveDate::MAX);
            if until > a.earliest {
                out.push(Hint::Lockout { visited: l.visited, until });
            }
        }
    }
    out
}

impl Hint {
    pub fn words(&self, i18n: I18n) -> String {
        let f = i18n.formats();
        match self {
            Hint::Lockout { visited, until } => i18n.t_args(
                "planning-hint-lockout",
                &[("visited", date_text(i18n, *visited).into()), ("until", date_text(i18n, *until).into())],
            ),
            Hint::HeldCap { held, max } => i18n.t_args(
                "planning-hint-held",
                &[("held", f.integer(i64::from(*held), 1).into()), ("max", f.integer(i64::from(*max), 1).into())],
            ),
            Hint::Grade { grade, min } => i18n.t_args(
                "planning-hint-grade",
                &[("grade", grade_text(i18n, *grade).into()), ("min", grade_text(i18n, Some(*min)).into())],
            ),
        }
    }
}

/// The moves a row offers, as its status and its wave's allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowAction {
    Assign,
    Release,
    Cancel,
}

pub fn row_actions(wave: WaveStatus, status: AssignmentStatus) -> Vec<RowAction> {
    let mut out = Vec::new();
    if wave == WaveStatus::Published && status == AssignmentStatus::Open {
        out.push(RowAction::Assign);
    }
    if wave == WaveStatus::Published && status == AssignmentStatus::Assigned {
        out.push(RowAction::Release);
    }
    if status.may_move_to(AssignmentStatus::Cancelled) && matches!(wave, WaveStatus::Published | WaveStatus::Closed) {
        out.push(RowAction::Cancel);
    }
    out
}

/// The panel open under a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Assign,
    Cancel,
    History,
}

fn text(value: String) -> Option<String> {
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

const COLUMNS: usize = 6;

#[component]
pub fn AssignmentsSection(
    wave: WaveDetail,
    shoppers: Vec<ShopperStanding>,
    refresh: Signal<u32>,
    i18n: I18n,
) -> Element {
    let app = use_app();
    let mut refresh = refresh;
    let wave_id = wave.summary.id;
    let mut status = use_signal(|| None::<AssignmentStatus>);
    let mut centre = use_signal(String::new);
    let mut shopper = use_signal(String::new);
    let mut items = use_signal(Vec::<AssignmentView>::new);
    let mut next = use_signal(|| None::<String>);
    let mut loading = use_signal(|| true);
    let mut error = use_signal(|| None::<String>);
    let mut notice = use_signal(|| None::<String>);
    let mut panel = use_signal(|| None::<(AssignmentId, Panel)>);
    let query = move |cursor: Option<String>| AssignmentQuery {
        wave_id: Some(wave_id),
        status: status(),
        centre_id: text(centre()),
        shopper: text(shopper()),
        cursor,
        limit: Some(50),
    };
    let _load = use_resource(move || async move {
        let _ = refresh();
        let q = query(None);
        let Some(services) = app.services() else { return };
        loading.set(true);
        match services.api.assignments(&q).await {
            Ok(page) => {
                items.set(page.items);
                next.set(page.next_cursor);
                error.set(None);
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
        loading.set(false);
    });
    let more = move |_| async move {
        let Some(cursor) = next() else { return };
        let Some(services) = app.services() else { return };
        match services.api.assignments(&query(Some(cursor))).await {
            Ok(page) => {
                items.write().extend(page.items);
                next.set(page.next_cursor);
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    };
    let mut done = move |words: String| {
        panel.set(None);
        notice.set(Some(words));
        *refresh.write() += 1;
    };
    let release = move |id: AssignmentId| async move {
        let Some(services) = app.services() else { return };
        notice.set(None);
        match services.api.release(id).await {
            Ok(_) => done(i18n.t("planning-released")),
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    };
    let catalogue = app.catalogue.read().clone();
    let standing = shoppers;
    let rules = wave.plan.rules.clone();
    let wave_status = wave.summary.status;
    let centres: Vec<String> = wave.centres.iter().map(|c| c.centre_id.clone()).collect();
    let rows = items();
    let f = i18n.formats();
    rsx! {
        section { class: "assignments", "aria-labelledby": "assignments-title",
            h2 { id: "assignments-title", "{i18n.t(\"planning-assignments\")}" }
            div { class: "filters more-filters", role: "group", "aria-label": "{i18n.t(\"planning-filters\")}",
                label { class: "field",
                    span { "{i18n.t(\"planning-col-status\")}" }
                    select { "data-filter": "status",
                        onchange: move |e| status.set(AssignmentStatus::parse(&e.value())),
                        option { value: "", selected: status().is_none(), "{i18n.t(\"planning-all\")}" }
                        for s in AssignmentStatus::ALL {
                            option { value: s.as_str(), selected: status() == Some(s), {assignment_status_text(i18n, s)} }
                        }
                    }
                }
                label { class: "field",
                    span { "{i18n.t(\"planning-col-centre\")}" }
                    select { "data-filter": "centre", onchange: move |e| centre.set(e.value()),
                        option { value: "", selected: centre().is_empty(), "{i18n.t(\"planning-all\")}" }
                        for c in centres.iter() {
                            option { key: "{c}", value: "{c}", selected: centre() == *c, {centre_name(&catalogue, i18n, c)} }
                        }
                    }
                }
                label { class: "field",
                    span { "{i18n.t(\"planning-col-shopper\")}" }
                    select { "data-filter": "shopper", onchange: move |e| shopper.set(e.value()),
                        option { value: "", selected: shopper().is_empty(), "{i18n.t(\"planning-all\")}" }
                        for s in standing.iter() {
                            option { key: "{s.username}", value: "{s.username}", selected: shopper() == s.username, "{s.display_name}" }
                        }
                    }
                }
            }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            if let Some(n) = notice() { p { class: "ok", role: "status", "data-notice": "true", "{n}" } }
            if rows.is_empty() && !loading() && error().is_none() {
                p { class: "empty", "{i18n.t(\"planning-no-assignments\")}" }
            } else if !rows.is_empty() {
                table { class: "planning-table assignments-table",
                    thead { tr {
                        th { scope: "col", "{i18n.t(\"planning-col-centre\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-window\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-when\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-status\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-shopper\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-actions\")}" }
                    } }
                    tbody {
                        for a in rows {
                            {
                                let id = a.id;
                                let name = centre_name(&catalogue, i18n, &a.centre_id);
                                let service = a.service_id.as_deref().map(|s| service_name(&catalogue, i18n, s)).unwrap_or_else(|| i18n.t("planning-any-service"));
                                let days = if a.days.is_empty() { i18n.t("planning-any-day") } else { a.days.iter().map(|d| day_text(i18n, *d)).collect::<Vec<_>>().join(list_separator(i18n)) };
                                let hours = a.hours.map(|h| i18n.t_args("planning-hours", &[
                                    ("start", h.start().format("%H:%M").to_string().into()), ("end", h.end().format("%H:%M").to_string().into()),
                                ])).unwrap_or_else(|| i18n.t("planning-any-time"));
                                let open_panel = panel().filter(|(p, _)| *p == id).map(|(_, kind)| kind);
                                let actions = row_actions(wave_status, a.status);
                                let holder = a.shopper.as_deref().map(|u| shopper_name(&standing, u));
                                let row_label = format!("{name} · {}", dates_text(i18n, a.earliest, a.due));
                                rsx! {
                                    tr { key: "{id}", "data-assignment": "{id}", "data-status": a.status.as_str(),
                                        td { "data-label": "{i18n.t(\"planning-col-centre\")}",
                                            span { class: "cell-stack", strong { bdi { "{name}" } } span { class: "muted", "{service}" } }
                                        }
                                        td { "data-label": "{i18n.t(\"planning-col-window\")}", {dates_text(i18n, a.earliest, a.due)} }
                                        td { "data-label": "{i18n.t(\"planning-col-when\")}",
                                            span { class: "cell-stack", span { "{days}" } span { class: "muted", "{hours}" } } }
                                        td { "data-label": "{i18n.t(\"planning-col-status\")}",
                                            span { class: "status-tag assignment-{a.status.as_str()}", {assignment_status_text(i18n, a.status)} } }
                                        td { "data-label": "{i18n.t(\"planning-col-shopper\")}",
                                            match holder {
                                                Some(h) => rsx! { bdi { "{h}" } },
                                                None => rsx! { span { class: "muted", "{i18n.t(\"planning-nobody\")}" } },
                                            }
                                        }
                                        td { "data-label": "{i18n.t(\"planning-col-actions\")}",
                                            div { class: "row-actions",
                                                for action in actions {
                                                    {
                                                        let (key, class, data, kind) = match action {
                                                            RowAction::Assign => ("planning-assign", "button primary small", "assign", Some(Panel::Assign)),
                                                            RowAction::Release => ("planning-release", "button secondary small", "release", None),
                                                            RowAction::Cancel => ("planning-cancel-visit", "button danger small", "cancel", Some(Panel::Cancel)),
                                                        };
                                                        let label = format!("{} · {row_label}", i18n.t(key));
                                                        rsx! {
                                                            button { class, r#type: "button", "data-action": data, "aria-label": "{label}",
                                                                "aria-expanded": if kind.is_some() { Some(format!("{}", kind.is_some() && open_panel == kind)) } else { None },
                                                                onclick: move |_| match kind {
                                                                    Some(k) => panel.set(if open_panel == Some(k) { None } else { Some((id, k)) }),
                                                                    None => { spawn(release(id)); }
                                                                },
                                                                {i18n.t(key)} }
                                                        }
                                                    }
                                                }
                                                button { class: "button link small", r#type: "button", "data-action": "history",
                                                    "aria-label": "{i18n.t(\"planning-history\")} · {row_label}",
                                                    "aria-expanded": "{open_panel == Some(Panel::History)}",
                                                    onclick: move |_| panel.set(if open_panel == Some(Panel::History) { None } else { Some((id, Panel::History)) }),
                                                    "{i18n.t(\"planning-history\")}" }
                                            }
                                        }
                                    }
                                    if let Some(kind) = open_panel {
                                        tr { key: "{id}-panel", class: "panel-row",
                                            td { colspan: "{COLUMNS}",
                                                match kind {
                                                    Panel::Assign => rsx! {
                                                        AssignPanel { assignment: a.clone(), rules: rules.clone(), shoppers: standing.clone(), centre: name.clone(), i18n,
                                                            on_done: {
                                                                let names = standing.clone();
                                                                move |who: String| done(i18n.t_args("planning-assigned-to", &[("shopper", shopper_name(&names, &who).into())]))
                                                            },
                                                            on_close: move |_| panel.set(None) }
                                                    },
                                                    Panel::Cancel => rsx! {
                                                        CancelPanel { id, i18n,
                                                            on_done: move |_| done(i18n.t("planning-cancelled")),
                                                            on_close: move |_| panel.set(None) }
                                                    },
                                                    Panel::History => rsx! { HistoryPanel { id, i18n } },
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if next().is_some() {
                    button { class: "button secondary", r#type: "button", "data-action": "more", onclick: more, "{i18n.t(\"planning-more\")}" }
                }
                p { class: "muted", role: "status", {i18n.t_args("planning-shown", &[("count", f.integer(items.read().len() as i64, 1).into())])} }
            }
        }
    }
}

/// The rule the server gave as its reason, its words, and the server's own sentence with the date or figure.
#[derive(Debug, Clone, PartialEq)]
struct Refused {
    rule: Rule,
    words: String,
    detail: String,
}

#[component]
fn AssignPanel(
    assignment: AssignmentView,
    rules: WaveRules,
    shoppers: Vec<ShopperStanding>,
    centre: String,
    i18n: I18n,
    on_done: EventHandler<String>,
    on_close: EventHandler<()>,
) -> Element {
    let app = use_app();
    let mut chosen = use_signal(String::new);
    let mut refused = use_signal(|| None::<Refused>);
    let mut reason = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let id = assignment.id;
    let give = move |override_with: Option<String>| async move {
        let who = chosen();
        if who.is_empty() {
            error.set(Some(i18n.t("planning-choose-shopper")));
            return;
        }
        let Some(services) = app.services() else { return };
        busy.set(true);
        error.set(None);
        let result = services.api.assign(id, &who, override_with.as_deref()).await;
        busy.set(false);
        match result {
            Ok(view) => on_done.call(view.shopper.unwrap_or(who)),
            Err(e) => match refused_rule(&e) {
                Some(rule) => refused.set(Some(Refused { rule, words: error_text(i18n, &e), detail: e.to_string() })),
                None => error.set(Some(error_text(i18n, &e))),
            },
        }
    };
    let picked = shoppers.iter().find(|s| s.username == chosen()).cloned();
    let expected = picked.as_ref().map(|s| hints(&assignment, &rules, s)).unwrap_or_default();
    let select_id = format!("assign-{id}-shopper");
    let reason_id = format!("assign-{id}-reason");
    let title_id = format!("assign-{id}-title");
    rsx! {
        div { class: "action-panel assign-panel", role: "group", "aria-labelledby": "{title_id}",
            h3 { id: "{title_id}", {i18n.t_args("planning-assign-title", &[("centre", centre.into())])} }
            p { class: "muted", {dates_text(i18n, assignment.earliest, assignment.due)} " · " "{assignment.scenario}" }
            div { class: "field",
                label { r#for: "{select_id}", "{i18n.t(\"planning-assign-to\")}" }
                select { id: "{select_id}", name: "shopper", "data-field": "shopper",
                    onchange: move |e| { chosen.set(e.value()); refused.set(None); reason.set(String::new()); error.set(None); },
                    option { value: "", selected: chosen().is_empty(), "{i18n.t(\"planning-choose-shopper\")}" }
                    for s in shoppers.iter() {
                        option { key: "{s.username}", value: "{s.username}", selected: chosen() == s.username,
                            {i18n.t_args("planning-shopper-option", &[
                                ("name", s.display_name.clone().into()),
                                ("grade", grade_text(i18n, s.grade).into()),
                                ("held", i18n.formats().integer(i64::from(s.held), 1).into()),
                            ])}
                        }
                    }
                }
            }
            if !expected.is_empty() {
                div { class: "hints", "data-hints": "{expected.len()}",
                    p { class: "warn", "{i18n.t(\"planning-hints\")}" }
                    ul {
                        for (n, h) in expected.iter().enumerate() {
                            li { key: "{n}", {h.words(i18n)} }
                        }
                    }
                }
            }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            match refused() {
                None => rsx! {
                    div { class: "actions",
                        button { class: "button primary", r#type: "button", "data-action": "assign-confirm", disabled: busy() || chosen().is_empty(),
                            onclick: move |_| give(None), "{i18n.t(\"planning-assign\")}" }
                        button { class: "button secondary", r#type: "button", onclick: move |_| on_close.call(()), "{i18n.t(\"planning-close-panel\")}" }
                    }
                },
                Some(r) => rsx! {
                    div { class: "refusal", role: "alert", "data-refusal": r.rule.as_str(),
                        p { strong { "{i18n.t(\"planning-refused-title\")}" } }
                        p { class: "refusal-rule", strong { {rule_text(i18n, r.rule)} } ": " "{r.words}" }
                        if !r.detail.is_empty() {
                            p { class: "refusal-detail", lang: "en", dir: "ltr", "{r.detail}" }
                        }
                    }
                    if r.rule.overridable() {
                        div { class: "field",
                            label { r#for: "{reason_id}", "{i18n.t(\"planning-override-reason\")}" }
                            textarea { id: "{reason_id}", name: "override_reason", maxlength: "500", value: "{reason}",
                                oninput: move |e| reason.set(e.value()) }
                        }
                        div { class: "actions",
                            button { class: "button danger", r#type: "button", "data-action": "assign-anyway",
                                disabled: busy() || reason().trim().is_empty(),
                                onclick: move |_| give(Some(reason())), "{i18n.t(\"planning-assign-anyway\")}" }
                            button { class: "button secondary", r#type: "button", onclick: move |_| on_close.call(()), "{i18n.t(\"planning-close-panel\")}" }
                        }
                    } else {
                        div { class: "actions",
                            button { class: "button secondary", r#type: "button", onclick: move |_| on_close.call(()), "{i18n.t(\"planning-close-panel\")}" }
                        }
                    }
                },
            }
        }
    }
}

#[component]
fn CancelPanel(id: AssignmentId, i18n: I18n, on_done: EventHandler<()>, on_close: EventHandler<()>) -> Element {
    let app = use_app();
    let mut reason = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let cancel = move |_| async move {
        let Some(services) = app.services() else { return };
        busy.set(true);
        let result = services.api.cancel_assignment(id, &reason()).await;
        busy.set(false);
        match result {
            Ok(_) => on_done.call(()),
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    };
    let reason_id = format!("cancel-{id}-reason");
    rsx! {
        div { class: "action-panel cancel-panel", role: "group", "aria-label": "{i18n.t(\"planning-cancel-visit\")}",
            div { class: "field",
                label { r#for: "{reason_id}", "{i18n.t(\"planning-cancel-reason\")}" }
                textarea { id: "{reason_id}", name: "cancel_reason", maxlength: "500", value: "{reason}", oninput: move |e| reason.set(e.value()) }
            }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            div { class: "actions",
                button { class: "button danger", r#type: "button", "data-action": "cancel-confirm", disabled: busy() || reason().trim().is_empty(),
                    onclick: cancel, "{i18n.t(\"planning-cancel-confirm\")}" }
                button { class: "button secondary", r#type: "button", onclick: move |_| on_close.call(()), "{i18n.t(\"planning-close-panel\")}" }
            }
        }
    }
}

#[component]
fn HistoryPanel(id: AssignmentId, i18n: I18n) -> Element {
    let app = use_app();
    let view = use_resource(move || async move {
        let services = app.services()?;
        Some(services.api.assignment(id).await.map_err(|e| error_text(i18n, &e)))
    });
    let shown = view.read().clone().flatten();
    rsx! {
        div { class: "action-panel history-panel",
            h3 { "{i18n.t(\"planning-history\")}" }
            match shown {
                None => rsx! { p { class: "muted", role: "status", "…" } },
                Some(Err(e)) => rsx! { p { class: "error", role: "alert", "{e}" } },
                Some(Ok(v)) if v.log.is_empty() => rsx! { p { class: "muted", "{i18n.t(\"planning-no-history\")}" } },
                Some(Ok(v)) => rsx! {
                    ol { class: "history",
                        for (n, line) in v.log.iter().enumerate() {
                            li { key: "{n}",
                                span { class: "when", {i18n.formats().date_time(line.at)} }
                                " "
                                strong { {i18n.t_args("planning-log-moved", &[
                                    ("from", assignment_status_text(i18n, line.from).into()),
                                    ("to", assignment_status_text(i18n, line.to).into()),
                                ])} }
                                " · "
                                {match line.by.clone() {
                                    Some(by) => i18n.t_args("planning-log-by", &[("name", by.into())]),
                                    None => i18n.t("planning-log-system"),
                                }}
                                if let Some(s) = line.shopper.clone() {
                                    " · "
                                    {i18n.t_args("planning-log-shopper", &[("name", s.into())])}
                                }
                                if !line.overridden.is_empty() {
                                    p { class: "warn", {i18n.t_args("planning-log-overrode", &[("rules",
                                        line.overridden.iter().map(|r| rule_text(i18n, *r)).collect::<Vec<_>>().join(list_separator(i18n)).into())])} }
                                }
                                if let Some(r) = line.reason.clone() {
                                    p { class: "history-comment", "{r}" }
                                }
                            }
                        }
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_core::planning::api::LockoutLine;
    use ms_core::planning::WaveId;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn view(centre: &str, earliest: &str) -> AssignmentView {
        AssignmentView {
            id: AssignmentId(uuid::Uuid::from_u128(1)),
            wave_id: WaveId(uuid::Uuid::from_u128(2)),
            wave_name: "H1".into(),
            template_id: "shopper-customer-journey".into(),
            centre_id: centre.into(),
            entity_id: "cd".into(),
            service_id: None,
            scenario: "Ask.".into(),
            days: vec![],
            hours: None,
            earliest: date(earliest),
            due: date("2027-06-30"),
            status: AssignmentStatus::Open,
            shopper: None,
            evaluation_id: None,
            log: vec![],
        }
    }

    fn standing(grade: Option<f64>, held: u32, lockouts: &[(&str, &str)]) -> ShopperStanding {
        ShopperStanding {
            username: "sam".into(),
            display_name: "Sam".into(),
            grade,
            graded: 3,
            visits: 4,
            missed: 0,
            held,
            lockouts: lockouts
                .iter()
                .map(|(c, visited)| LockoutLine {
                    centre_id: (*c).into(),
                    visited: date(visited),
                    until: date(visited) + chrono::Duration::days(90),
                })
                .collect(),
        }
    }

    #[test]
    fn what_may_refuse_a_shopper_is_said_before_asking() {
        let rules = WaveRules { min_grade: Some(7.0), max_held: 2, lockout_days: 30, ..WaveRules::default() };
        let a = view("deira", "2027-02-10");
        assert_eq!(hints(&a, &rules, &standing(Some(8.0), 1, &[])), vec![]);
        assert_eq!(
            hints(&a, &rules, &standing(None, 2, &[("deira", "2027-01-20"), ("barsha", "2027-01-20")])),
            vec![
                Hint::Grade { grade: None, min: 7.0 },
                Hint::HeldCap { held: 2, max: 2 },
                Hint::Lockout { visited: date("2027-01-20"), until: date("2027-02-19") },
            ]
        );
        // The wave's own lockout counts, not the default one: 30 days after 1 January is past 10 February.
        assert_eq!(hints(&a, &rules, &standing(Some(9.0), 0, &[("deira", "2027-01-01")])), vec![]);
        let off = WaveRules { lockout_days: 0, ..WaveRules::default() };
        assert_eq!(hints(&a, &off, &standing(Some(9.0), 0, &[("deira", "2027-02-01")])), vec![]);
    }

    #[test]
    fn each_hint_has_its_figures_in_words() {
        let i18n = I18n::new("en");
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let lockout = plain(Hint::Lockout { visited: date("2027-01-20"), until: date("2027-02-19") }.words(i18n))
            .replace('\u{2060}', "");
        assert!(lockout.contains("2027-01-20") && lockout.contains("2027-02-19"), "{lockout}");
        let held = plain(Hint::HeldCap { held: 5, max: 5 }.words(i18n));
        assert!(held.contains('5'), "{held}");
        let grade = plain(Hint::Grade { grade: Some(6.5), min: 7.0 }.words(i18n));
        assert!(grade.contains("6.5") && grade.contains("7.0"), "{grade}");
    }

    #[test]
    fn a_row_offers_what_its_status_and_wave_allow() {
        use AssignmentStatus::*;
        use RowAction::*;
        assert_eq!(row_actions(WaveStatus::Published, Open), vec![Assign, Cancel]);
        assert_eq!(row_actions(WaveStatus::Published, Assigned), vec![Release, Cancel]);
        assert_eq!(row_actions(WaveStatus::Published, InProgress), vec![Cancel]);
        assert_eq!(row_actions(WaveStatus::Published, Submitted), vec![]);
        assert_eq!(row_actions(WaveStatus::Closed, Open), vec![Cancel], "nothing is given in a closed wave");
        assert_eq!(row_actions(WaveStatus::Cancelled, Open), vec![]);
    }
}
