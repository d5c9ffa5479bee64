//! The checklist engine: which items an evaluation shows, which required
//! answers or evidence it still lacks, and whether its answers fit the template.

use crate::error_code::ErrorCode;
use crate::evaluation::Face;
use crate::evaluation::{Answer, AnswerValue, Evaluation};
use crate::template::{ChecklistTemplate, Condition, Item, ItemKind};
use std::collections::{BTreeMap, HashSet};

pub const MAX_COMMENT_CHARS: usize = 2000;
pub const MAX_NAME_CHARS: usize = 120;
/// The most photos one place of an evaluation holds: the visit's own, or one
/// answer's (a photo item sets its own maximum instead).
pub const MAX_PHOTOS_PER_PLACE: usize = 10;
/// A day; no wait or service lasts longer.
pub const MAX_MINUTES: f64 = 24.0 * 60.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingKind {
    Answer,
    Photo,
    Comment,
}

/// Something the evaluation must still have before it can be submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub stage_id: String,
    pub item_id: String,
    pub kind: MissingKind,
}

/// Why an evaluation does not fit its template; `field` is a JSON path into the body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub code: ErrorCode,
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code, field: field.into(), message: message.into() }
    }
}

/// The ids of the items shown, given the answers so far. Conditions refer to
/// earlier items, so one pass in order settles every item.
pub fn visible_items<'t>(template: &'t ChecklistTemplate, answers: &BTreeMap<String, Answer>) -> HashSet<&'t str> {
    let mut visible = HashSet::new();
    for (_, item) in template.items() {
        let shown = match &item.show_if {
            None => true,
            Some(cond) => holds(cond, answers, &visible),
        };
        if shown {
            visible.insert(item.id.as_str());
        }
    }
    visible
}

fn holds(cond: &Condition, answers: &BTreeMap<String, Answer>, visible: &HashSet<&str>) -> bool {
    let item = match cond {
        Condition::All { all } => return all.iter().all(|c| holds(c, answers, visible)),
        Condition::Any { any } => return any.iter().any(|c| holds(c, answers, visible)),
        Condition::Not { not } => return !holds(not, answers, visible),
        basic => basic.item().unwrap_or_default(),
    };
    if !visible.contains(item) {
        return false;
    }
    let value = answers.get(item).and_then(|a| a.value.as_ref());
    match (cond, value) {
        (_, None) => false,
        (Condition::Answered { .. }, Some(_)) => true,
        (Condition::Equals { value: want, .. }, Some(v)) => v == want,
        (Condition::NotEquals { value: other, .. }, Some(v)) => v != other,
        (Condition::AnyOf { values, .. }, Some(v)) => values.contains(v),
        (Condition::Selected { choice, .. }, Some(AnswerValue::Choice(c))) => c == choice,
        (Condition::Selected { choice, .. }, Some(AnswerValue::Choices(cs))) => cs.contains(choice),
        (Condition::Selected { .. }, Some(_)) => false,
        (Condition::All { .. } | Condition::Any { .. } | Condition::Not { .. }, Some(_)) => false,
    }
}

fn is_answered(item: &Item, answer: Option<&Answer>) -> bool {
    match (&item.kind, answer) {
        (_, None) => false,
        (ItemKind::Photo { .. }, Some(a)) => !a.photos.is_empty(),
        (ItemKind::Text { .. }, Some(a)) => matches!(&a.value, Some(AnswerValue::Text(t)) if !t.trim().is_empty()),
        (ItemKind::MultiChoice { .. }, Some(a)) => matches!(&a.value, Some(AnswerValue::Choices(c)) if !c.is_empty()),
        (_, Some(a)) => a.value.is_some(),
    }
}

/// Whether an answer counts as a failure of its item, which may then
/// require a photo or a comment as evidence.
pub fn fails(kind: &ItemKind, value: &AnswerValue) -> bool {
    match (value, kind) {
        (AnswerValue::No, ItemKind::YesNo) => true,
        (AnswerValue::Scale(v), ItemKind::Scale) => *v <= 2,
        (AnswerValue::Face(Face::Unhappy), ItemKind::Face) => true,
        (AnswerValue::Minutes(m), ItemKind::Duration { target_minutes }) => m > target_minutes,
        _ => false,
    }
}

/// The evidence an answer still owes: a failing answer of an item that asks
/// for a photo or a comment, without one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EvidenceNeeded {
    pub photo: bool,
    pub comment: bool,
}

impl EvidenceNeeded {
    pub fn any(self) -> bool {
        self.photo || self.comment
    }
}

pub fn evidence_needed(item: &Item, answer: &Answer) -> EvidenceNeeded {
    let failing = answer.value.as_ref().is_some_and(|v| fails(&item.kind, v));
    EvidenceNeeded {
        photo: failing && item.photo_on_fail && answer.photos.is_empty(),
        comment: failing && item.comment_on_fail && !has_comment(answer),
    }
}

/// A comment of more than white space.
pub fn has_comment(answer: &Answer) -> bool {
    answer.comment.as_deref().is_some_and(|c| !c.trim().is_empty())
}

/// What the evaluation still lacks, in checklist order: required answers of
/// visible items, and photos or comments that a failing answer requires.
pub fn missing(template: &ChecklistTemplate, answers: &BTreeMap<String, Answer>) -> Vec<Missing> {
    let visible = visible_items(template, answers);
    let mut out = Vec::new();
    for (stage, item) in template.items() {
        if !visible.contains(item.id.as_str()) {
            continue;
        }
        let answer = answers.get(&item.id);
        let push = |out: &mut Vec<Missing>, kind| {
            out.push(Missing { stage_id: stage.id.clone(), item_id: item.id.clone(), kind })
        };
        if !is_answered(item, answer) {
            if item.required {
                push(&mut out, MissingKind::Answer);
            }
            continue;
        }
        let Some(answer) = answer else { continue };
        let needed = evidence_needed(item, answer);
        if needed.photo {
            push(&mut out, MissingKind::Photo);
        }
        if needed.comment {
            push(&mut out, MissingKind::Comment);
        }
    }
    out
}

/// Share of the visible required items answered, 0..=1, for progress bars.
pub fn progress(template: &ChecklistTemplate, answers: &BTreeMap<String, Answer>) -> f64 {
    let visible = visible_items(template, answers);
    let required: Vec<&Item> =
        template.items().map(|(_, i)| i).filter(|i| i.required && visible.contains(i.id.as_str())).collect();
    if required.is_empty() {
        return 1.0;
    }
    let done = required.iter().filter(|i| is_answered(i, answers.get(&i.id))).count();
    done as f64 / required.len() as f64
}

/// Checks that every answer fits its item and that nothing required is missing.
pub fn validate(template: &ChecklistTemplate, eval: &Evaluation) -> Result<(), ValidationError> {
    validate_draft(template, eval)?;
    if let Some(m) = missing(template, &eval.answers).first() {
        let (code, message) = match m.kind {
            MissingKind::Answer => (ErrorCode::MissingAnswer, "a required answer is missing"),
            MissingKind::Photo => (ErrorCode::MissingPhoto, "a photo is required for this answer"),
            MissingKind::Comment => (ErrorCode::MissingComment, "a comment is required for this answer"),
        };
        return Err(ValidationError::new(code, format!("answers.{}", m.item_id), message));
    }
    Ok(())
}

/// What `validate` checks but what is missing: an evaluation still being
/// made fits its checklist so far.
pub fn validate_draft(template: &ChecklistTemplate, eval: &Evaluation) -> Result<(), ValidationError> {
    if eval.template != template.reference() {
        return Err(ValidationError::new(
            ErrorCode::TemplateMismatch,
            "template",
            format!("the evaluation names template {} v{}", eval.template.id, eval.template.version),
        ));
    }
    if template.audience != eval.role {
        return Err(ValidationError::new(
            ErrorCode::InvalidRole,
            "role",
            format!("template {} is not for the role {}", template.id, eval.role.as_str()),
        ));
    }
    if eval.revision == 0 {
        return Err(ValidationError::new(ErrorCode::InvalidValue, "revision", "revision starts at 1"));
    }
    if let (Some(start), Some(end)) = (eval.visit_started_at, eval.visit_ended_at) {
        if end < start {
            return Err(ValidationError::new(
                ErrorCode::InvalidValue,
                "visit_ended_at",
                "the visit ends before it starts",
            ));
        }
    }
    check_len("comment", eval.comment.as_deref(), MAX_COMMENT_CHARS)?;
    check_len("employee", eval.employee.as_deref(), MAX_NAME_CHARS)?;
    if let Some(label) = &eval.counter {
        crate::counter::check_counter(label)?;
    }
    if !crate::locale::is_supported(&eval.locale) {
        return Err(ValidationError::new(
            ErrorCode::UnknownLocale,
            "locale",
            format!("'{}' is not one of the languages {}", eval.locale, crate::locale::SUPPORTED.join(", ")),
        ));
    }
    check_len("device_id", Some(&eval.device_id), 100)?;
    if eval.device_id.trim().is_empty() {
        return Err(ValidationError::new(ErrorCode::InvalidValue, "device_id", "the device id is empty"));
    }
    check_len("app_version", Some(&eval.app_version), 50)?;
    if eval.photos.len() > MAX_PHOTOS_PER_PLACE {
        return Err(ValidationError::new(
            ErrorCode::InvalidValue,
            "photos",
            format!("at most {MAX_PHOTOS_PER_PLACE} photos"),
        ));
    }
    for (id, answer) in &eval.answers {
        let field = format!("answers.{id}");
        let Some(item) = template.item(id) else {
            return Err(ValidationError::new(ErrorCode::UnknownItem, field, format!("template has no item '{id}'")));
        };
        check_answer(item, answer, &field)?;
    }
    Ok(())
}

fn check_len(field: &str, text: Option<&str>, max: usize) -> Result<(), ValidationError> {
    match text {
        Some(t) if t.chars().count() > max => {
            Err(ValidationError::new(ErrorCode::TooLong, field, format!("at most {max} characters")))
        }
        _ => Ok(()),
    }
}

fn check_answer(item: &Item, answer: &Answer, field: &str) -> Result<(), ValidationError> {
    check_len(&format!("{field}.comment"), answer.comment.as_deref(), MAX_COMMENT_CHARS)?;
    let max_photos = match item.kind {
        ItemKind::Photo { max_photos } => max_photos as usize,
        _ => MAX_PHOTOS_PER_PLACE,
    };
    if answer.photos.len() > max_photos {
        return Err(ValidationError::new(
            ErrorCode::InvalidValue,
            format!("{field}.photos"),
            format!("at most {max_photos} photos"),
        ));
    }
    let Some(value) = &answer.value else { return Ok(()) };
    let vfield = format!("{field}.value");
    let wrong = |expected: &str| {
        Err(ValidationError::new(ErrorCode::WrongKind, vfield.clone(), format!("expected {expected}")))
    };
    let invalid = |msg: String| Err(ValidationError::new(ErrorCode::InvalidValue, vfield.clone(), msg));
    if *value == AnswerValue::NotApplicable {
        return if item.allow_na { Ok(()) } else { invalid("this item can't be answered 'not applicable'".into()) };
    }
    match (&item.kind, value) {
        (ItemKind::YesNo, AnswerValue::Yes | AnswerValue::No) => Ok(()),
        (ItemKind::YesNo, _) => wrong("yes or no"),
        (ItemKind::Scale, AnswerValue::Scale(v)) if (1..=5).contains(v) => Ok(()),
        (ItemKind::Scale, AnswerValue::Scale(v)) => invalid(format!("{v} is not on the scale 1 to 5")),
        (ItemKind::Scale, _) => wrong("a scale value"),
        (ItemKind::Face, AnswerValue::Face(_)) => Ok(()),
        (ItemKind::Face, _) => wrong("a face"),
        (ItemKind::Duration { .. }, AnswerValue::Minutes(m)) if m.is_finite() && (0.0..=MAX_MINUTES).contains(m) => {
            Ok(())
        }
        (ItemKind::Duration { .. }, AnswerValue::Minutes(m)) => invalid(format!("{m} minutes is out of range")),
        (ItemKind::Duration { .. }, _) => wrong("minutes"),
        (ItemKind::SingleChoice { options }, AnswerValue::Choice(c)) => {
            if options.iter().any(|o| &o.id == c) {
                Ok(())
            } else {
                invalid(format!("'{c}' is not one of the options"))
            }
        }
        (ItemKind::SingleChoice { .. }, _) => wrong("one choice"),
        (ItemKind::MultiChoice { options }, AnswerValue::Choices(cs)) => {
            if let Some(bad) = cs.iter().find(|c| !options.iter().any(|o| &o.id == *c)) {
                return invalid(format!("'{bad}' is not one of the options"));
            }
            let unique: HashSet<&String> = cs.iter().collect();
            if unique.len() != cs.len() {
                return invalid("a choice is given twice".into());
            }
            Ok(())
        }
        (ItemKind::MultiChoice { .. }, _) => wrong("a list of choices"),
        (ItemKind::Number { min, max }, AnswerValue::Number(n)) => {
            let in_range = n.is_finite() && min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m);
            if in_range {
                Ok(())
            } else {
                invalid(format!("{n} is out of range"))
            }
        }
        (ItemKind::Number { .. }, _) => wrong("a number"),
        (ItemKind::Text { max_len }, AnswerValue::Text(t)) => {
            if t.chars().count() <= *max_len as usize {
                Ok(())
            } else {
                invalid(format!("at most {max_len} characters"))
            }
        }
        (ItemKind::Text { .. }, _) => wrong("text"),
        (ItemKind::Photo { .. }, _) => wrong("photos only (no value)"),
    }
}
