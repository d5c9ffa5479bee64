//! What one evaluation adds to its centre's figures on its visit day.

use crate::engine::visible_items;
use crate::evaluation::{AnswerValue, Evaluation, Face, Role};
use crate::review::ReviewStatus;
use crate::scoring::{answer_score, score};
use crate::template::{ChecklistTemplate, ItemKind};
use serde::{Deserialize, Serialize};

/// The kinds of figure an evaluation contributes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A citizen rating's score (percent): the customer index.
    Customer,
    /// An approved shopper evaluation's score (percent): the audit index.
    Audit,
    /// A stage's percent; the key is the stage id.
    Stage,
    /// An item's score as a percent; the key is the item id.
    Item,
    /// A citizen's face (1 each); the key is happy, neutral or unhappy.
    Face,
    /// A reason a citizen gave for not being happy (1 each); the key is the reason id.
    Reason,
    /// The evaluation's score, under the employee or desk it names (normalised).
    Employee,
    /// A citizen rating's score (percent), under the counter its link named;
    /// the key is the counter's label.
    Counter,
    /// A citizen's face at a counter (1 each); the key is [`counter_face_key`].
    CounterFace,
}

impl FactKind {
    pub const ALL: [FactKind; 9] = [
        FactKind::Customer,
        FactKind::Audit,
        FactKind::Stage,
        FactKind::Item,
        FactKind::Face,
        FactKind::Reason,
        FactKind::Employee,
        FactKind::Counter,
        FactKind::CounterFace,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Customer => "customer",
            FactKind::Audit => "audit",
            FactKind::Stage => "stage",
            FactKind::Item => "item",
            FactKind::Face => "face",
            FactKind::Reason => "reason",
            FactKind::Employee => "employee",
            FactKind::Counter => "counter",
            FactKind::CounterFace => "counter_face",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One contribution: a value to add to the sum of (kind, key), and 1 to its count.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub key: String,
    pub value: f64,
}

impl Fact {
    fn new(kind: FactKind, key: impl Into<String>, value: f64) -> Self {
        Self { kind, key: key.into(), value }
    }
}

/// Whether an evaluation in this status counts in the figures: a citizen
/// rating unless a supervisor rejected it; a shopper's evaluation once approved.
pub fn counts_in_figures(role: Role, status: ReviewStatus) -> bool {
    match role {
        Role::Citizen => status != ReviewStatus::Rejected,
        Role::Shopper => status == ReviewStatus::Approved,
    }
}

/// What a status change does to an evaluation's facts in the figures: 1
/// when it starts counting, -1 when it stops, None when nothing changes.
pub fn count_change(role: Role, from: ReviewStatus, to: ReviewStatus) -> Option<i64> {
    match (counts_in_figures(role, from), counts_in_figures(role, to)) {
        (false, true) => Some(1),
        (true, false) => Some(-1),
        _ => None,
    }
}

/// An employee's name or desk as the figures group it: trimmed, spaces
/// collapsed, case folded. None when nothing is left.
pub fn normalise_employee(name: &str) -> Option<String> {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The key of a [`FactKind::CounterFace`]: the face (happy, neutral or
/// unhappy), a colon, the counter's label. The face never holds a colon, so
/// the first one divides them.
pub fn counter_face_key(face: &str, counter: &str) -> String {
    format!("{face}:{counter}")
}

/// The face and the counter's label of a [`FactKind::CounterFace`] key.
pub fn split_counter_face_key(key: &str) -> Option<(&str, &str)> {
    key.split_once(':')
}

fn face_key(face: Face) -> &'static str {
    match face {
        Face::Happy => "happy",
        Face::Neutral => "neutral",
        Face::Unhappy => "unhappy",
    }
}

/// What the evaluation adds to the figures (its score, each scored stage and
/// item, a citizen's face and reasons, the employee named, a citizen's
/// score and face under the counter rated at). Hidden items, N/A
/// answers and unweighted items add nothing, as in scoring.
pub fn facts(template: &ChecklistTemplate, ev: &Evaluation) -> Vec<Fact> {
    let scored = score(template, &ev.answers);
    let mut out = Vec::new();
    if let Some(p) = scored.percent {
        let kind = if ev.role == Role::Citizen { FactKind::Customer } else { FactKind::Audit };
        out.push(Fact::new(kind, "", p));
        if let Some(name) = ev.employee.as_deref().and_then(normalise_employee) {
            out.push(Fact::new(FactKind::Employee, name, p));
        }
        if let (Role::Citizen, Some(counter)) = (ev.role, &ev.counter) {
            out.push(Fact::new(FactKind::Counter, counter.clone(), p));
        }
    }
    for stage in &scored.stages {
        if let Some(p) = stage.percent {
            out.push(Fact::new(FactKind::Stage, stage.stage_id.clone(), p));
        }
    }
    let visible = visible_items(template, &ev.answers);
    let value_of = |id: &str| ev.answers.get(id).and_then(|a| a.value.as_ref());
    let mut face = None;
    for (_, item) in template.items() {
        if !visible.contains(item.id.as_str()) {
            continue;
        }
        let Some(value) = value_of(&item.id) else { continue };
        if item.weight > 0.0 {
            if let Some(s) = answer_score(&item.kind, value) {
                out.push(Fact::new(FactKind::Item, item.id.clone(), 100.0 * s));
            }
        }
        if let (ItemKind::Face, AnswerValue::Face(f), None) = (&item.kind, value, face) {
            face = Some(*f);
        }
    }
    if ev.role == Role::Citizen {
        if let Some(f) = face {
            out.push(Fact::new(FactKind::Face, face_key(f), 1.0));
            if let Some(counter) = &ev.counter {
                out.push(Fact::new(FactKind::CounterFace, counter_face_key(face_key(f), counter), 1.0));
            }
            if f != Face::Happy {
                for (_, item) in template.items() {
                    if let (ItemKind::MultiChoice { .. }, true) = (&item.kind, visible.contains(item.id.as_str())) {
                        if let Some(AnswerValue::Choices(reasons)) = value_of(&item.id) {
                            out.extend(reasons.iter().map(|r| Fact::new(FactKind::Reason, r.clone(), 1.0)));
                        }
                    }
                }
            }
        }
    }
    out
}
