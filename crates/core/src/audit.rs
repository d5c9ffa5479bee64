//! The audit log as the API answers it: every administrative act, who made
//! it, when, and the values before and after (never a password or a secret).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    AccountCreated,
    KioskRegistered,
    TemplatePublished,
    RatingSettingsChanged,
    WavePublished,
    CatalogueImported,
    AccountChanged,
    AccountDeactivated,
    AccountReactivated,
    PasswordReset,
    KioskRevoked,
    ActionDeadlinesChanged,
}

impl AuditAction {
    pub const ALL: [AuditAction; 12] = [
        AuditAction::AccountCreated,
        AuditAction::KioskRegistered,
        AuditAction::TemplatePublished,
        AuditAction::RatingSettingsChanged,
        AuditAction::WavePublished,
        AuditAction::CatalogueImported,
        AuditAction::AccountChanged,
        AuditAction::AccountDeactivated,
        AuditAction::AccountReactivated,
        AuditAction::PasswordReset,
        AuditAction::KioskRevoked,
        AuditAction::ActionDeadlinesChanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::AccountCreated => "account_created",
            AuditAction::KioskRegistered => "kiosk_registered",
            AuditAction::TemplatePublished => "template_published",
            AuditAction::RatingSettingsChanged => "rating_settings_changed",
            AuditAction::WavePublished => "wave_published",
            AuditAction::CatalogueImported => "catalogue_imported",
            AuditAction::AccountChanged => "account_changed",
            AuditAction::AccountDeactivated => "account_deactivated",
            AuditAction::AccountReactivated => "account_reactivated",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::KioskRevoked => "kiosk_revoked",
            AuditAction::ActionDeadlinesChanged => "action_deadlines_changed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// One act in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    /// Entries are numbered in the order they were made.
    pub id: i64,
    pub at: DateTime<Utc>,
    /// The account that acted; none for the server's command line.
    pub actor: Option<String>,
    pub action: AuditAction,
    /// What it was done to: an account's username, a kiosk's centre and label,
    /// a template's id and version, a setting's name.
    pub subject: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub before: Option<serde_json::Value>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub after: Option<serde_json::Value>,
}

/// A page of the log, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub items: Vec<AuditEntry>,
    /// The `before` of the next page (older entries), when there is one.
    pub next_cursor: Option<i64>,
}

/// The log's filters and page, as the API reads them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<AuditAction>,
    /// Only the acts of this username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Acts on or after this day (UTC).
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, format = Date))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<chrono::NaiveDate>,
    /// Acts on or before this day (UTC).
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, format = Date))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<chrono::NaiveDate>,
    /// Entries older than this id (the previous page's `next_cursor`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_name() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
            assert_eq!(serde_json::to_value(a).ok(), Some(serde_json::Value::String(a.as_str().into())));
        }
        assert_eq!(AuditAction::parse("password_read"), None);
    }
}
