//! Planning's rows as both backends read them (ids, days and times already in
//! their types), and what they mean in the core's types.

use super::StoredWave;
use crate::storage::{from_json, StorageError};
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::planning::{
    AccountId, Actor, Assignment, AssignmentId, AssignmentStatus, Hours, LogEntry, WaveId, WaveStatus, Window,
};
use ms_core::EvaluationId;

pub(crate) struct WaveRow {
    pub id: uuid::Uuid,
    pub plan: String,
    pub status: String,
    pub entity_ids: String,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl WaveRow {
    pub fn read(self) -> Result<StoredWave, StorageError> {
        Ok(StoredWave {
            id: WaveId(self.id),
            plan: from_json(&self.plan)?,
            status: WaveStatus::parse(&self.status)
                .ok_or_else(|| StorageError::Corrupt(format!("wave status '{}'", self.status)))?,
            entity_ids: from_json(&self.entity_ids)?,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

pub(crate) struct AssignmentRow {
    pub id: uuid::Uuid,
    pub wave_id: uuid::Uuid,
    pub centre_id: String,
    pub entity_id: String,
    pub service_id: Option<String>,
    pub scenario: String,
    pub days: String,
    pub hours: Option<String>,
    pub earliest: NaiveDate,
    pub due: NaiveDate,
    pub status: String,
    pub shopper: Option<i64>,
    pub evaluation_id: Option<uuid::Uuid>,
}

fn status(s: &str) -> Result<AssignmentStatus, StorageError> {
    AssignmentStatus::parse(s).ok_or_else(|| StorageError::Corrupt(format!("assignment status '{s}'")))
}

impl AssignmentRow {
    pub fn read(self) -> Result<Assignment, StorageError> {
        let window = Window::new(self.earliest, self.due)
            .ok_or_else(|| StorageError::Corrupt(format!("assignment {} ends before it starts", self.id)))?;
        let hours = self.hours.as_deref().map(Hours::parse).transpose().map_err(StorageError::Corrupt)?;
        Ok(Assignment {
            id: AssignmentId(self.id),
            wave_id: WaveId(self.wave_id),
            centre_id: self.centre_id,
            entity_id: self.entity_id,
            service_id: self.service_id,
            scenario: self.scenario,
            days: from_json(&self.days)?,
            hours,
            window,
            status: status(&self.status)?,
            shopper: self.shopper.map(AccountId),
            evaluation_id: self.evaluation_id.map(EvaluationId),
        })
    }
}

pub(crate) struct LogRow {
    pub assignment_id: uuid::Uuid,
    pub at: DateTime<Utc>,
    pub by_role: String,
    pub by_id: Option<i64>,
    pub from: String,
    pub to: String,
    pub shopper: Option<i64>,
    pub reason: Option<String>,
    pub overridden: String,
}

impl LogRow {
    pub fn read(self) -> Result<LogEntry, StorageError> {
        let by = match (self.by_role.as_str(), self.by_id) {
            ("shopper", Some(id)) => Actor::Shopper(AccountId(id)),
            ("supervisor", Some(id)) => Actor::Supervisor(AccountId(id)),
            ("system", _) => Actor::System,
            (role, _) => return Err(StorageError::Corrupt(format!("assignment log actor '{role}'"))),
        };
        Ok(LogEntry {
            assignment_id: AssignmentId(self.assignment_id),
            by,
            at: self.at,
            from: status(&self.from)?,
            to: status(&self.to)?,
            shopper: self.shopper.map(AccountId),
            reason: self.reason,
            overridden: from_json(&self.overridden)?,
        })
    }
}

/// A role as `users.role` keeps it.
pub(crate) fn role(s: &str) -> Result<ms_core::wire::UserRole, StorageError> {
    ms_core::wire::UserRole::parse(s).ok_or_else(|| StorageError::Corrupt(format!("user role '{s}'")))
}
