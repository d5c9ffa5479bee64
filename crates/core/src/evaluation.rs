//! An evaluation: one visit to one centre, as a citizen or a shopper recorded it.

use crate::ids::{EvaluationId, PhotoId, TemplateRef};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who makes an evaluation, and so whom a checklist template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Shopper,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Shopper => "shopper",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "citizen" => Some(Role::Citizen),
            "shopper" => Some(Role::Shopper),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Face {
    Happy,
    Neutral,
    Unhappy,
}

/// The value of one answer. Serialised as `{"type": "scale", "value": 4}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    Yes,
    No,
    NotApplicable,
    Scale(u8),
    Face(Face),
    Minutes(f64),
    Choice(String),
    Choices(Vec<String>),
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<PhotoId>,
}

/// Proof of presence: when and where the visit was checked in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckIn {
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy_m: Option<f64>,
    /// Computed on the device from the centre's geofence; None without a location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inside_geofence: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    pub id: EvaluationId,
    /// 1 for the first submission; the next one after each return to the shopper.
    pub revision: u32,
    pub template: TemplateRef,
    pub centre_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    pub role: Role,
    /// One of the ten languages.
    #[cfg_attr(feature = "openapi", schema(pattern = "^(ar|en|ur|hi|es|zh|fr|ru|uz|tl)$"))]
    pub locale: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_started_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_ended_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<CheckIn>,
    /// Answers keyed by item id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub comment: Option<String>,
    /// The employee's name or the desk number, as the visitor gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 120))]
    pub employee: Option<String>,
    /// The counter or touchpoint the rating was made at, from the link's
    /// `?counter=` (`core::counter`); None for a link without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 40))]
    pub counter: Option<String>,
    /// Photos of the visit as a whole (not of one item).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<PhotoId>,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub device_id: String,
    /// The planned visit (`/my/assignments`) this evaluation was made for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<crate::planning::AssignmentId>,
    #[cfg_attr(feature = "openapi", schema(max_length = 50))]
    pub app_version: String,
}

impl Evaluation {
    /// Every photo the evaluation refers to, each once, in order of appearance.
    pub fn photo_ids(&self) -> Vec<PhotoId> {
        let mut out: Vec<PhotoId> = Vec::new();
        for p in self.answers.values().flat_map(|a| a.photos.iter()).chain(self.photos.iter()) {
            if !out.contains(p) {
                out.push(p.clone());
            }
        }
        out
    }

    /// The canonical JSON of the evaluation: two bodies that mean the same thing
    /// have the same canonical form (struct fields in order, answers sorted by id).
    pub fn canonical_json(&self) -> String {
        // Serialising these plain data types cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}
