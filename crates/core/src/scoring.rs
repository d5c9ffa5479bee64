//! Scoring (docs/architecture.md §4): an answer scores 0..1, a stage the weighted mean of
//! its items, an evaluation the weighted mean of its stages.

use crate::engine::visible_items;
use crate::evaluation::{Answer, AnswerValue, Face};
use crate::template::{ChecklistTemplate, ItemKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The score of one answer, or None when it does not count (N/A, unscored kinds).
pub fn answer_score(kind: &ItemKind, value: &AnswerValue) -> Option<f64> {
    match (kind, value) {
        (ItemKind::YesNo, AnswerValue::Yes) => Some(1.0),
        (ItemKind::YesNo, AnswerValue::No) => Some(0.0),
        (ItemKind::Scale, AnswerValue::Scale(v)) if (1..=5).contains(v) => Some(f64::from(v - 1) / 4.0),
        (ItemKind::Face, AnswerValue::Face(f)) => Some(match f {
            Face::Happy => 1.0,
            Face::Neutral => 0.5,
            Face::Unhappy => 0.0,
        }),
        (ItemKind::Duration { target_minutes }, AnswerValue::Minutes(m)) => Some(duration_score(*m, *target_minutes)),
        // A choice scores only when its option says what it is worth; text, numbers and photos never do.
        (ItemKind::SingleChoice { options }, AnswerValue::Choice(c)) => {
            options.iter().find(|o| &o.id == c).and_then(|o| o.score)
        }
        _ => None,
    }
}

/// 1 at or under the target, falling linearly to 0 at twice the target.
pub fn duration_score(minutes: f64, target: f64) -> f64 {
    if !(minutes.is_finite() && target > 0.0) {
        return 0.0;
    }
    if minutes <= target {
        1.0
    } else {
        (2.0 - minutes / target).clamp(0.0, 1.0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageScore {
    pub stage_id: String,
    /// 0..=100, or None when no item of the stage was scored.
    pub percent: Option<f64>,
    pub weight: f64,
    pub scored_items: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvaluationScore {
    /// 0..=100, or None when nothing was scored.
    pub percent: Option<f64>,
    pub stages: Vec<StageScore>,
}

/// Scores an evaluation's answers against its template. Hidden items, N/A
/// answers, unscored kinds and zero weights are left out; a stage with nothing
/// scored is left out of the evaluation's mean.
pub fn score(template: &ChecklistTemplate, answers: &BTreeMap<String, Answer>) -> EvaluationScore {
    let visible = visible_items(template, answers);
    let mut stages = Vec::with_capacity(template.stages.len());
    let (mut total, mut total_weight) = (0.0, 0.0);
    for stage in &template.stages {
        let (mut sum, mut weight, mut scored) = (0.0, 0.0, 0u32);
        for item in &stage.items {
            if !visible.contains(item.id.as_str()) || item.weight <= 0.0 {
                continue;
            }
            let value = answers.get(&item.id).and_then(|a| a.value.as_ref());
            if let Some(s) = value.and_then(|v| answer_score(&item.kind, v)) {
                sum += s * item.weight;
                weight += item.weight;
                scored += 1;
            }
        }
        // Rounding can carry a mean of full marks a hair past 100: a percent stays within 0..=100.
        let percent = (weight > 0.0).then(|| (100.0 * sum / weight).clamp(0.0, 100.0));
        if let Some(p) = percent {
            if stage.weight > 0.0 {
                total += p * stage.weight;
                total_weight += stage.weight;
            }
        }
        stages.push(StageScore { stage_id: stage.id.clone(), percent, weight: stage.weight, scored_items: scored });
    }
    let percent = (total_weight > 0.0).then(|| (total / total_weight).clamp(0.0, 100.0));
    EvaluationScore { percent, stages }
}
