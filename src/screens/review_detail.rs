//! One evaluation as a reviewer sees it: the stages with every answer and
//! score, comments and photos, timers against their targets, the check-in,
//! the history; and the decisions its status allows, each with a comment.

use super::inbox::{status_text, use_review_queue};
use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::review::decision_allowed;
use ms_core::template::ItemKind;
use ms_core::wire::{EvaluationDetail, ReviewDecision};
use ms_core::{AnswerValue, EvaluationId, Face, ReviewStatus, Role};

#[component]
pub fn ReviewDetail(id: String) -> Element {
    let app = use_app();
    let review_queue = use_review_queue();
    let i18n = use_i18n();
    // A centre's manager reads an approved visit to their centre: no decisions, no new actions.
    let manages = app.settings.read().manages();
    let mut error = use_signal(|| None::<String>);
    let parsed: Option<EvaluationId> = id.parse().ok();
    let detail = use_resource(use_reactive!(|parsed| async move {
        let (Some(id), Some(services)) = (parsed, app.services()) else { return None };
        Some(services.api.evaluation(id).await.map_err(|e| i18n.server_error(Some(e.code()), &e.to_string())))
    }));
    // The revision before the latest, to show what the shopper changed.
    let previous = use_resource(move || async move {
        let latest = detail.read().clone().flatten().and_then(Result::ok)?;
        let before = latest.revisions.iter().rev().nth(1).copied()?;
        let services = app.services()?;
        services.api.evaluation_revision(latest.summary.id, before).await.ok()
    });
    // Keys: "a" approves (when approving is possible), "n" opens the next
    // evaluation; never while typing in a field.
    use_effect(|| {
        document::eval(
            "if (!window.__reviewKeys) { window.__reviewKeys = true; document.addEventListener('keydown', (e) => {
               if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select')) return;
               if (!document.querySelector('.review-detail')) return;
               if (e.key === 'a') document.querySelector('button[data-decision=approved]:not([disabled])')?.click();
               if (e.key === 'n') document.querySelector('a[data-next]')?.click();
             }); }",
        );
    });
    let shown = detail.read().clone().flatten();
    let previous = previous.read().clone().flatten();
    let d = match shown {
        None => return rsx! { section { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
        Some(Err(reason)) => {
            let (back, words) = if manages {
                (Route::CentreVisits {}, "centre-visits-title")
            } else {
                (Route::Inbox {}, "review-inbox-title")
            };
            return rsx! { section { ReadError { i18n, reason } Link { class: "button", to: back, "{i18n.t(words)}" } } };
        }
        Some(Ok(d)) => d,
    };
    let decide = move |to: ReviewStatus, comment: String, grade: Option<i64>| async move {
        let Some(services) = app.services() else { return };
        let Some(id) = parsed else { return };
        // A grade goes only with an approval (of a shopper's visit: only those offer one).
        let grade = grade.filter(|_| to == ReviewStatus::Approved);
        let decision = ReviewDecision { to, comment: (!comment.trim().is_empty()).then_some(comment), grade };
        match services.api.review(id, &decision).await {
            Ok(_) => {
                error.set(None);
                let mut again = detail;
                again.restart();
            }
            Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
    };
    // The next evaluation in the inbox's order.
    let next = {
        let queue = review_queue.read();
        queue.iter().position(|q| Some(*q) == parsed).and_then(|i| queue.get(i + 1)).copied()
    };
    rsx! {
        section { class: "review-detail", "data-status": d.summary.status.as_str(),
            if let Some(n) = next {
                p { class: "next-link",
                    Link { to: Route::ReviewDetail { id: n.to_string() }, "data-next": "true", "aria-keyshortcuts": "n", "{i18n.t(\"review-next\")}" }
                }
            }
            Header { detail: d.clone(), i18n }
            if let Some(p) = previous.clone() {
                p { class: "notice", "data-compared": "{p.summary.revision}",
                    {i18n.t_args("review-compared", &[("revision", d.summary.revision.into()), ("previous", p.summary.revision.into())])}
                }
            }
            Stages { detail: d.clone(), previous: previous.map(|p| p.evaluation), actionable: !manages, i18n }
            if !d.evaluation.photos.is_empty() {
                h2 { "{i18n.t(\"review-visit-photos\")}" }
                crate::components::ServerPhotos { photos: d.evaluation.photos.clone(), i18n }
            }
            if let Some(c) = d.evaluation.comment.clone() {
                h2 { "{i18n.t(\"summary-comment\")}" }
                p { class: "card", "{c}" }
            }
            History { detail: d.clone(), i18n }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            if !manages {
                Decisions { status: d.summary.status, role: d.summary.role, i18n, ondecide: move |(to, comment, grade)| decide(to, comment, grade) }
            }
        }
    }
}

#[component]
fn Header(detail: EvaluationDetail, i18n: I18n) -> Element {
    let app = use_app();
    let s = &detail.summary;
    let ev = &detail.evaluation;
    let centre = app.catalogue.read().centre(&s.centre_id).cloned();
    let name = centre.as_ref().map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(s.centre_id.clone());
    let distance = detail.check_in_distance_m;
    let place = match (ev.check_in.as_ref(), s.inside_geofence, distance) {
        (None, _, _) => i18n.t("review-no-check-in"),
        (Some(_), Some(true), _) => i18n.t("check-in-inside"),
        (Some(_), Some(false), Some(m)) => i18n.t_args("review-outside-by", &[("metres", (m.round() as i64).into())]),
        _ => i18n.t("check-in-no-location"),
    };
    // When the shopper checked in, before where.
    let place = match ev.check_in.as_ref() {
        Some(ci) => format!("{} · {place}", i18n.formats().time(ci.at)),
        None => place,
    };
    rsx! {
        p { class: "centre-name", bdi { "{name}" } }
        h1 { {status_text(i18n, s.status)} }
        dl { class: "facts",
            dt { "{i18n.t(\"review-col-role\")}" }
            dd { {i18n.t(if s.role == ms_core::Role::Shopper { "review-role-shopper" } else { "review-role-citizen" })} }
            dt { "{i18n.t(\"review-col-visit\")}" }
            dd { {i18n.formats().date_time(s.visit_at)} }
            dt { "{i18n.t(\"review-col-score\")}" }
            dd { {s.score_percent.map(|p| i18n.formats().percent(p)).unwrap_or_else(|| "—".into())} }
            dt { "{i18n.t(\"review-col-place\")}" }
            dd { class: if s.inside_geofence == Some(false) { "warn" } else { "" }, "{place}" }
            if !s.flags.is_empty() {
                dt { "{i18n.t(\"review-filter-flag\")}" }
                dd { class: "warn",
                    crate::components::ProofFlags { flags: s.flags.clone(), i18n }
                    if let Some(offset) = s.clock_offset_s.filter(|o| o.abs() > ms_core::proof::MAX_CLOCK_SKEW.num_seconds()) {
                        p { class: "muted", {i18n.t_args("proof-clock-offset", &[("minutes", i18n.formats().integer(offset.abs() / 60, 1).into())])} }
                    }
                }
            }
            if let Some(e) = ev.employee.clone() {
                dt { "{i18n.t(\"summary-employee\")}" }
                dd { "{e}" }
            }
            if let Some(counter) = s.counter.clone() {
                dt { "{i18n.t(\"counters-label\")}" }
                dd { "data-counter": "{counter}", bdi { "{counter}" } }
            }
            if let Some(by) = s.submitted_by.clone() {
                dt { "{i18n.t(\"review-by\")}" }
                dd { "{by}" }
            }
        }
    }
}

fn answer_text(i18n: I18n, kind: &ItemKind, value: &AnswerValue, template_label: impl Fn(&str) -> String) -> String {
    match value {
        AnswerValue::Yes => i18n.t("answer-yes"),
        AnswerValue::No => i18n.t("answer-no"),
        AnswerValue::NotApplicable => i18n.t("answer-na"),
        AnswerValue::Scale(v) => i18n.t(&format!("scale-{v}")),
        AnswerValue::Face(f) => i18n.t(match f {
            Face::Happy => "face-happy",
            Face::Neutral => "face-neutral",
            Face::Unhappy => "face-unhappy",
        }),
        AnswerValue::Minutes(m) => match kind {
            ItemKind::Duration { target_minutes } => i18n.t_args(
                "review-minutes-of-target",
                &[("minutes", (m.round() as i64).into()), ("target", (target_minutes.round() as i64).into())],
            ),
            _ => i18n.count("unit-minutes", m.round() as usize),
        },
        AnswerValue::Choice(c) => template_label(c),
        AnswerValue::Choices(cs) => cs.iter().map(|c| template_label(c)).collect::<Vec<_>>().join(", "),
        AnswerValue::Number(n) => n.to_string(),
        AnswerValue::Text(t) => t.clone(),
    }
}

#[component]
fn Stages(detail: EvaluationDetail, previous: Option<ms_core::Evaluation>, actionable: bool, i18n: I18n) -> Element {
    let app = use_app();
    let ev = &detail.evaluation;
    let template = app.templates.read().iter().find(|t| t.reference() == ev.template).cloned();
    let Some(template) =
        template.or_else(|| ms_core::builtin::templates().into_iter().find(|t| t.reference() == ev.template))
    else {
        return rsx! { p { class: "error", "{i18n.t(\"checklist-missing\")}" } };
    };
    rsx! {
        for stage in template.stages.iter().cloned() {
            {
                let score = detail.score.stages.iter().find(|s| s.stage_id == stage.id).and_then(|s| s.percent);
                let answered: Vec<_> = stage.items.iter().filter(|i| ev.answers.contains_key(&i.id)).cloned().collect();
                rsx! {
                    if !answered.is_empty() {
                        section { class: "card stage-review", key: "{stage.id}",
                            h2 { class: "stage-head",
                                span { "{i18n.checklist(&template, &stage.title)}" }
                                span { class: "stage-score", {score.map(|p| i18n.formats().percent(p)).unwrap_or_else(|| "—".into())} }
                            }
                            ul { class: "answers",
                                for item in answered {
                                    {
                                        let a = ev.answers.get(&item.id).cloned().unwrap_or_default();
                                        let label = |id: &str| match &item.kind {
                                            ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } =>
                                                options.iter().find(|o| o.id == id).map(|o| i18n.checklist(&template, &o.label)).unwrap_or_else(|| id.to_owned()),
                                            _ => id.to_owned(),
                                        };
                                        let text = a.value.as_ref().map(|v| answer_text(i18n, &item.kind, v, label)).unwrap_or_default();
                                        let fails = a.value.as_ref().is_some_and(|v| ms_core::engine::fails(&item.kind, v));
                                        // What this answer was in the revision before, where it changed.
                                        let was = previous.as_ref().and_then(|p| {
                                            let before = p.answers.get(&item.id).cloned().unwrap_or_default();
                                            (before != a).then(|| before.value.as_ref().map(|v| answer_text(i18n, &item.kind, v, label)).unwrap_or_else(|| "—".into()))
                                        });
                                        rsx! {
                                            li { key: "{item.id}", class: if fails { "answer fails" } else { "answer" },
                                                span { class: "question", "{i18n.checklist(&template, &item.label)}" }
                                                strong { class: "value", "{text}" }
                                                if let Some(was) = was { p { class: "answer-was", "data-changed": "true", {i18n.t_args("review-was", &[("answer", was.into())])} } }
                                                if let Some(c) = a.comment.clone() { p { class: "answer-comment", "{c}" } }
                                                if !a.photos.is_empty() { crate::components::ServerPhotos { photos: a.photos.clone(), i18n } }
                                                if fails && actionable {
                                                    Link { class: "button secondary small", "data-action": "create-action", "data-item": "{item.id}",
                                                        to: Route::NewAction { centre: Some(detail.summary.centre_id.clone()), evaluation: Some(detail.summary.id.to_string()), item: Some(item.id.clone()), stage: None },
                                                        "{i18n.t(\"actions-create\")}" }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn History(detail: EvaluationDetail, i18n: I18n) -> Element {
    rsx! {
        h2 { "{i18n.t(\"review-history\")}" }
        ol { class: "history",
            for (n, a) in detail.activity.iter().enumerate() {
                li { key: "{n}",
                    span { class: "when", {i18n.formats().date_time(a.at)} }
                    " "
                    strong {
                        {match (a.from, a.to) {
                            (None, Some(ReviewStatus::Received)) => i18n.t_args("review-received-revision", &[("revision", a.revision.into())]),
                            (_, Some(to)) => status_text(i18n, to),
                            _ => i18n.t("review-commented"),
                        }}
                    }
                    if let Some(by) = a.by.clone() { " · {by}" }
                    if let Some(c) = a.comment.clone() { p { class: "history-comment", "{c}" } }
                }
            }
        }
    }
}

/// The moves the status allows, each with a comment box; a return or a
/// rejection cannot be sent without saying why. Approving a shopper's visit
/// may grade the shopper for it, from 1 to 10.
#[component]
fn Decisions(
    status: ReviewStatus,
    role: Role,
    i18n: I18n,
    ondecide: EventHandler<(ReviewStatus, String, Option<i64>)>,
) -> Element {
    let mut comment = use_signal(String::new);
    let mut grade = use_signal(|| None::<i64>);
    // The moves core allows for this evaluation, given a comment where one is needed.
    let order = [ReviewStatus::Approved, ReviewStatus::HasIssues, ReviewStatus::Returned, ReviewStatus::Rejected];
    let moves: Vec<ReviewStatus> =
        order.into_iter().filter(|to| decision_allowed(role, status, *to, Some("a reason")).is_ok()).collect();
    if moves.is_empty() {
        return rsx! { p { class: "notice", "{i18n.t(\"review-no-moves\")}" } };
    }
    let graded = role == Role::Shopper && moves.contains(&ReviewStatus::Approved);
    let grades = ms_core::planning::grade::MIN_GRADE..=ms_core::planning::grade::MAX_GRADE;
    rsx! {
        div { class: "decisions card",
            label { class: "field",
                span { "{i18n.t(\"review-comment\")}" }
                textarea { maxlength: "2000", value: "{comment}", oninput: move |e| comment.set(e.value()) }
            }
            if graded {
                div { class: "field review-grade",
                    label { r#for: "review-grade", "{i18n.t(\"planning-review-grade\")}" }
                    select { id: "review-grade", name: "grade", "aria-describedby": "review-grade-help",
                        onchange: move |e| grade.set(e.value().parse::<i64>().ok()),
                        option { value: "", selected: grade().is_none(), "{i18n.t(\"planning-review-no-grade\")}" }
                        for g in grades {
                            option { value: "{g}", selected: grade() == Some(i64::from(g)), {i18n.formats().integer(i64::from(g), 1)} }
                        }
                    }
                    p { class: "help", id: "review-grade-help", "{i18n.t(\"planning-review-grade-help\")}" }
                }
            }
            div { class: "actions",
                for to in moves {
                    {
                        let ok = decision_allowed(role, status, to, Some(comment().as_str())).is_ok();
                        rsx! {
                            button { class: if to == ReviewStatus::Approved { "button primary" } else { "button secondary" },
                                r#type: "button", "data-decision": to.as_str(), disabled: !ok,
                                title: if ok { String::new() } else { i18n.t("error-comment-required") },
                                onclick: move |_| {
                                    ondecide.call((to, comment(), grade()));
                                    comment.set(String::new());
                                    grade.set(None);
                                },
                                {i18n.t(&format!("review-do-{}", to.as_str().replace('_', "-")))}
                            }
                        }
                    }
                }
            }
        }
    }
}
