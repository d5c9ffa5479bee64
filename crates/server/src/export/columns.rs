//! The columns of each export and how a stored evaluation fills them.

use crate::storage::ExportRow;
use chrono::{DateTime, SecondsFormat, Utc};
use ms_core::scoring::answer_score;
use ms_core::{AnswerValue, ChecklistTemplate, Face};

pub const EVALUATION_COLUMNS: [&str; 27] = [
    "evaluation_id",
    "revision",
    "status",
    "role",
    "entity_id",
    "centre_id",
    "service_id",
    "template_id",
    "template_version",
    "locale",
    "visit_at",
    "visit_started_at",
    "visit_ended_at",
    "received_at",
    "score_percent",
    "employee",
    "counter",
    "check_in_at",
    "check_in_latitude",
    "check_in_longitude",
    "check_in_accuracy_m",
    "inside_geofence",
    "photo_count",
    "answer_count",
    "submitted_by",
    "comment",
    "app_version",
];

pub const ANSWER_COLUMNS: [&str; 13] = [
    "evaluation_id",
    "revision",
    "status",
    "role",
    "centre_id",
    "visit_at",
    "stage_id",
    "item_id",
    "value_type",
    "value",
    "score_percent",
    "comment",
    "photo_count",
];

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// One evaluation's row, in the order of [`EVALUATION_COLUMNS`].
pub fn evaluation_row(row: &ExportRow) -> Vec<String> {
    let (s, ev) = (&row.summary, &row.evaluation);
    let check_in = ev.check_in.as_ref();
    vec![
        s.id.to_string(),
        s.revision.to_string(),
        s.status.as_str().to_owned(),
        s.role.as_str().to_owned(),
        s.entity_id.clone(),
        s.centre_id.clone(),
        opt(ev.service_id.as_ref()),
        s.template.id.clone(),
        s.template.version.to_string(),
        s.locale.clone(),
        time(s.visit_at),
        opt(ev.visit_started_at.map(time)),
        opt(ev.visit_ended_at.map(time)),
        time(s.received_at),
        opt(s.score_percent.map(|p| format!("{p:.2}"))),
        opt(ev.employee.as_deref().map(str::trim)),
        opt(ev.counter.as_ref()),
        opt(check_in.map(|c| time(c.at))),
        opt(check_in.and_then(|c| c.latitude)),
        opt(check_in.and_then(|c| c.longitude)),
        opt(check_in.and_then(|c| c.accuracy_m)),
        opt(s.inside_geofence),
        s.photo_count.to_string(),
        ev.answers.len().to_string(),
        opt(s.submitted_by.as_ref()),
        opt(ev.comment.as_ref()),
        ev.app_version.clone(),
    ]
}

/// How an answer's value is written: its type and its value as text.
fn value_text(v: &AnswerValue) -> (&'static str, String) {
    match v {
        AnswerValue::Yes => ("yes_no", "yes".into()),
        AnswerValue::No => ("yes_no", "no".into()),
        AnswerValue::NotApplicable => ("not_applicable", String::new()),
        AnswerValue::Scale(n) => ("scale", n.to_string()),
        AnswerValue::Face(f) => (
            "face",
            match f {
                Face::Happy => "happy",
                Face::Neutral => "neutral",
                Face::Unhappy => "unhappy",
            }
            .into(),
        ),
        AnswerValue::Minutes(m) => ("minutes", m.to_string()),
        AnswerValue::Choice(c) => ("choice", c.clone()),
        AnswerValue::Choices(cs) => ("choices", cs.join(";")),
        AnswerValue::Number(n) => ("number", n.to_string()),
        AnswerValue::Text(t) => ("text", t.clone()),
    }
}

/// One row per answer, in the order of [`ANSWER_COLUMNS`]; the stage and the
/// item's score come from the checklist when it is known.
pub fn answer_rows(row: &ExportRow, template: Option<&ChecklistTemplate>) -> Vec<Vec<String>> {
    let (s, ev) = (&row.summary, &row.evaluation);
    ev.answers
        .iter()
        .map(|(item_id, answer)| {
            let found = template.and_then(|t| t.items().find(|(_, i)| i.id == *item_id));
            let (value_type, value) = answer.value.as_ref().map(value_text).unwrap_or(("", String::new()));
            let score = match (found, answer.value.as_ref()) {
                (Some((_, item)), Some(v)) => answer_score(&item.kind, v).map(|s| format!("{:.2}", 100.0 * s)),
                _ => None,
            };
            vec![
                s.id.to_string(),
                s.revision.to_string(),
                s.status.as_str().to_owned(),
                s.role.as_str().to_owned(),
                s.centre_id.clone(),
                time(s.visit_at),
                opt(found.map(|(stage, _)| stage.id.clone())),
                item_id.clone(),
                value_type.to_owned(),
                value,
                opt(score),
                opt(answer.comment.as_ref()),
                answer.photos.len().to_string(),
            ]
        })
        .collect()
}
