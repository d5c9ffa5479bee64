//! The API's bodies for improvement actions: a new action, an action as
//! read (with its evidence and activity), a move of its status, and a page
//! of the list.

use super::{ActionStatus, Priority};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The most characters an action's title has.
pub const MAX_TITLE_CHARS: usize = 200;
/// The most characters of its description and of a move's comment.
pub const MAX_TEXT_CHARS: usize = 4000;
/// The most photos one move of an action carries.
pub const MAX_EVIDENCE_PHOTOS: usize = 10;

/// Where an action came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionSource {
    /// Made when a shopper's visit with failing items marked `action_on_fail` was approved.
    Automatic,
    /// Made by a reviewer from a failing answer of an evaluation.
    Answer,
    /// Made by a reviewer from a weakness on the centre's page.
    Weakness,
    /// Made by a reviewer in their own words.
    FreeText,
}

impl ActionSource {
    pub const ALL: [ActionSource; 4] =
        [ActionSource::Automatic, ActionSource::Answer, ActionSource::Weakness, ActionSource::FreeText];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionSource::Automatic => "automatic",
            ActionSource::Answer => "answer",
            ActionSource::Weakness => "weakness",
            ActionSource::FreeText => "free_text",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Low, Priority::Normal, Priority::High];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A new action (`POST /actions`), by a reviewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAction {
    pub centre_id: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub description: String,
    #[serde(default)]
    pub priority: Priority,
    /// Left out: the default for its priority.
    #[serde(default)]
    pub due_date: Option<NaiveDate>,
    /// The evaluation whose failing answer it comes from.
    #[serde(default)]
    pub evaluation_id: Option<Uuid>,
    /// The checklist item that failed (with `evaluation_id`), or a weakness's item.
    #[serde(default)]
    pub item_id: Option<String>,
    /// The stage of a weakness on the centre's page.
    #[serde(default)]
    pub stage_id: Option<String>,
    /// A manager of the centre (their username); left out, the centre as a whole.
    #[serde(default)]
    pub assignee: Option<String>,
    /// Whether marking it done needs a photo.
    #[serde(default)]
    pub photo_required: bool,
}

/// A move of an action's status (`POST /actions/{id}/status`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusMove {
    pub to: ActionStatus,
    /// What was done, or the reason for reopening or for "can't do".
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub comment: String,
    /// SHA-256s of photos already uploaded (`PUT /photos/{sha256}`).
    #[serde(default)]
    pub photos: Vec<String>,
    /// Made on a device: the same id sent again is the same move, applied once.
    #[serde(default)]
    pub move_id: Option<Uuid>,
}

/// What a move brought: a comment and photos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceEntry {
    pub at: DateTime<Utc>,
    /// The username of who gave it.
    pub by: String,
    pub status: ActionStatus,
    pub comment: String,
    #[serde(default)]
    pub photos: Vec<String>,
}

/// One entry of an action's activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionLogEntry {
    pub at: DateTime<Utc>,
    /// A username, or `system` for what the server did by itself.
    pub by: String,
    /// None when the entry is not a move (created, an evaluation joined, a reminder sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<ActionStatus>,
    pub to: ActionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// What happened: `created`, `moved`, `evaluation_joined`, `reminder_sent`.
    pub event: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub move_id: Option<Uuid>,
}

/// An action as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Action {
    pub id: Uuid,
    pub centre_id: String,
    pub entity_id: String,
    pub title: String,
    pub description: String,
    pub priority: Priority,
    pub due_date: NaiveDate,
    /// Past its due date and not closed (computed when read).
    pub overdue: bool,
    pub status: ActionStatus,
    pub source: ActionSource,
    /// The evaluations whose failing answers it answers, oldest first.
    pub evaluation_ids: Vec<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
    /// A manager's username; None: the centre as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    pub photo_required: bool,
    pub evidence: Vec<EvidenceEntry>,
    pub log: Vec<ActionLogEntry>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<DateTime<Utc>>,
}

/// A page of actions, overdue and soonest due first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionPage {
    pub items: Vec<Action>,
    /// Pass as `cursor` for the next page; None on the last.
    pub next_cursor: Option<String>,
}

/// The centre page's figures of its actions over a period
/// (`GET /centres/{id}/actions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionCounts {
    /// Not closed now.
    pub open: u64,
    /// Not closed and past their due date now.
    pub overdue: u64,
    /// Verified within the period.
    pub verified: u64,
    /// The median of days from creation to verification of those verified within the period.
    pub median_days_to_verify: Option<f64>,
}

/// The filters of a list of actions (`GET /actions`, `GET /my/actions`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ActionListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
    /// Only overdue ones (true) or only those that are not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overdue: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ActionSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

impl ActionListQuery {
    /// Whether `a` passes the filters, as the server's list applies them (a
    /// manager's device filters its kept copy with it, offline too).
    pub fn admits(&self, a: &Action) -> bool {
        self.centre_id.as_ref().is_none_or(|c| *c == a.centre_id)
            && self.status.is_none_or(|s| s == a.status)
            && self.overdue.is_none_or(|o| o == a.overdue)
            && self.priority.is_none_or(|p| p == a.priority)
            && self.source.is_none_or(|s| s == a.source)
    }
}

/// A field of a new action that can't be kept, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFieldRefusal {
    pub field: &'static str,
    pub message: &'static str,
}

/// Checks a new action's own fields (what needs the catalogue or the
/// evaluation is the server's): a title, text within its length, an item
/// whenever an evaluation is named, and a due date not before `today`.
pub fn check_new_action(a: &NewAction, today: NaiveDate) -> Result<(), ActionFieldRefusal> {
    let refuse = |field, message| Err(ActionFieldRefusal { field, message });
    let title = a.title.trim().chars().count();
    if title == 0 || title > MAX_TITLE_CHARS {
        return refuse("title", "a title has 1 to 200 characters");
    }
    if a.description.chars().count() > MAX_TEXT_CHARS {
        return refuse("description", "a description has at most 4000 characters");
    }
    if a.evaluation_id.is_some() && a.item_id.as_deref().is_none_or(|i| i.trim().is_empty()) {
        return refuse("item_id", "an action made from an evaluation names the item that failed");
    }
    if a.due_date.is_some_and(|d| d < today) {
        return refuse("due_date", "a due date can't be in the past");
    }
    Ok(())
}

/// Where a reviewer's new action comes from, as its fields say.
pub fn source_of(a: &NewAction) -> ActionSource {
    if a.evaluation_id.is_some() {
        ActionSource::Answer
    } else if a.item_id.is_some() || a.stage_id.is_some() {
        ActionSource::Weakness
    } else {
        ActionSource::FreeText
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(json: serde_json::Value) -> NewAction {
        serde_json::from_value(json).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_list_s_filters_admit_what_the_server_s_list_would() {
        let now = chrono::Utc::now();
        let a = Action {
            id: Uuid::nil(),
            centre_id: "cd-al-barsha".into(),
            entity_id: "civil-documents".into(),
            title: "Fix the queue machine".into(),
            description: String::new(),
            priority: Priority::High,
            due_date: d("2026-12-01"),
            overdue: true,
            status: ActionStatus::Open,
            source: ActionSource::FreeText,
            evaluation_ids: Vec::new(),
            stage_id: None,
            item_id: None,
            assignee: None,
            photo_required: false,
            evidence: Vec::new(),
            log: Vec::new(),
            created_at: now,
            updated_at: now,
            verified_at: None,
        };
        let q = |f: fn(&mut ActionListQuery)| {
            let mut q = ActionListQuery::default();
            f(&mut q);
            q.admits(&a)
        };
        assert!(q(|_| {}));
        assert!(q(|q| {
            q.overdue = Some(true);
            q.status = Some(ActionStatus::Open);
            q.centre_id = Some("cd-al-barsha".into());
        }));
        assert!(!q(|q| q.overdue = Some(false)));
        assert!(!q(|q| q.priority = Some(Priority::Low)));
        assert!(!q(|q| q.centre_id = Some("cd-deira".into())));
        assert!(!q(|q| q.source = Some(ActionSource::Automatic)));
        assert!(!q(|q| q.status = Some(ActionStatus::Done)));
    }

    #[test]
    fn the_issue_s_example_body_reads_and_says_where_it_came_from() {
        let a = new(serde_json::json!({
            "centre_id": "cd-al-barsha", "title": "Repair the queue ticket machine", "description": "",
            "priority": "high", "due_date": "2027-01-15", "evaluation_id": null, "item_id": null
        }));
        assert_eq!(a.priority, Priority::High);
        assert_eq!(check_new_action(&a, d("2026-12-05")), Ok(()));
        assert_eq!(source_of(&a), ActionSource::FreeText);
        let weakness = NewAction { stage_id: Some("waiting".into()), ..a.clone() };
        assert_eq!(source_of(&weakness), ActionSource::Weakness);
        let answer = NewAction { evaluation_id: Some(Uuid::nil()), item_id: Some("cleanliness".into()), ..a };
        assert_eq!(source_of(&answer), ActionSource::Answer);
    }

    #[test]
    fn a_new_action_needs_a_title_an_item_for_its_evaluation_and_a_date_ahead() {
        let a = new(serde_json::json!({"centre_id": "c", "title": "Fix it"}));
        let today = d("2026-12-05");
        let field = |a: &NewAction| check_new_action(a, today).err().map(|r| r.field);
        assert_eq!(field(&NewAction { title: "  ".into(), ..a.clone() }), Some("title"));
        assert_eq!(field(&NewAction { title: "x".repeat(201), ..a.clone() }), Some("title"));
        assert_eq!(field(&NewAction { description: "x".repeat(4001), ..a.clone() }), Some("description"));
        assert_eq!(field(&NewAction { evaluation_id: Some(Uuid::nil()), ..a.clone() }), Some("item_id"));
        assert_eq!(field(&NewAction { due_date: Some(d("2026-12-04")), ..a.clone() }), Some("due_date"));
        assert_eq!(field(&NewAction { due_date: Some(today), ..a.clone() }), None, "due today is allowed");
        assert!(serde_json::from_value::<NewAction>(serde_json::json!({"centre_id": "c", "title": "t", "owner": 1}))
            .is_err());
    }

    #[test]
    fn sources_and_priorities_read_back_from_their_names() {
        for s in ActionSource::ALL {
            assert_eq!(ActionSource::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), serde_json::json!(s.as_str()));
        }
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.as_str()), Some(p));
        }
        assert_eq!(Priority::parse("urgent"), None);
    }
}
