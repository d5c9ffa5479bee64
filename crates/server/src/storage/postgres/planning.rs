//! Planning's steps on PostgreSQL: the shared SQL as it is, ids as UUID,
//! days as DATE, times as TIMESTAMPTZ. The planning lock is a
//! transaction-scoped advisory lock, so that planning writes on every
//! instance take turns.

use super::evaluations::Steps;
use super::inbox::{refs, values};
use crate::storage::filter::Arg;
use crate::storage::planning::rows::{role, AssignmentRow, LogRow, WaveRow};
use crate::storage::planning::{Account, PlanningSteps, StoredWave};
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use ms_core::planning::{AccountId, Assignment, AssignmentId, GradedEvaluation, LogEntry, Visit, VisitKind};
use ms_core::EvaluationId;
use tokio_postgres::Row;

/// The advisory lock every planning write takes ("planning" in ASCII).
const PLANNING_LOCK: i64 = 0x706c_616e_6e69_6e67;

impl<C: GenericClient + Sync> Steps<'_, C> {
    async fn rows(&self, sql: &str, args: Vec<Arg>) -> Result<Vec<Row>, StorageError> {
        let args = values(args);
        let stmt = self.0.prepare_cached(sql).await?;
        Ok(self.0.query(&stmt, &refs(&args)).await?)
    }
}

impl<C: GenericClient + Sync> PlanningSteps for Steps<'_, C> {
    async fn lock(&mut self) -> Result<(), StorageError> {
        self.0.query_one("SELECT pg_advisory_xact_lock($1)", &[&PLANNING_LOCK]).await?;
        Ok(())
    }

    async fn execute(&mut self, sql: &str, args: Vec<Arg>) -> Result<u64, StorageError> {
        let args = values(args);
        let stmt = self.0.prepare_cached(sql).await?;
        Ok(self.0.execute(&stmt, &refs(&args)).await?)
    }

    async fn waves(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<StoredWave>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            out.push(
                WaveRow {
                    id: r.try_get(0)?,
                    plan: r.try_get(5)?,
                    status: r.try_get(6)?,
                    entity_ids: r.try_get(7)?,
                    created_by: r.try_get(8)?,
                    created_at: r.try_get(9)?,
                    updated_at: r.try_get(10)?,
                }
                .read()?,
            );
        }
        Ok(out)
    }

    async fn assignments(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Assignment>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            out.push(
                AssignmentRow {
                    id: r.try_get(0)?,
                    wave_id: r.try_get(1)?,
                    centre_id: r.try_get(2)?,
                    entity_id: r.try_get(3)?,
                    service_id: r.try_get(4)?,
                    scenario: r.try_get(5)?,
                    days: r.try_get(6)?,
                    hours: r.try_get(7)?,
                    earliest: r.try_get(8)?,
                    due: r.try_get(9)?,
                    status: r.try_get(10)?,
                    shopper: r.try_get(11)?,
                    evaluation_id: r.try_get(12)?,
                }
                .read()?,
            );
        }
        Ok(out)
    }

    async fn log(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<LogEntry>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            out.push(
                LogRow {
                    assignment_id: r.try_get(0)?,
                    at: r.try_get(1)?,
                    by_role: r.try_get(2)?,
                    by_id: r.try_get(3)?,
                    from: r.try_get(4)?,
                    to: r.try_get(5)?,
                    shopper: r.try_get(6)?,
                    reason: r.try_get(7)?,
                    overridden: r.try_get(8)?,
                }
                .read()?,
            );
        }
        Ok(out)
    }

    async fn visits(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Visit>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            let at: DateTime<Utc> = r.try_get(3)?;
            out.push(Visit {
                shopper: AccountId(r.try_get(0)?),
                centre_id: r.try_get(1)?,
                entity_id: r.try_get(2)?,
                date: at.date_naive(),
                kind: VisitKind::Made,
                assignment_id: r.try_get::<_, Option<uuid::Uuid>>(4)?.map(AssignmentId),
            });
        }
        Ok(out)
    }

    async fn graded(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<(AccountId, GradedEvaluation)>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            let grade: i64 = r.try_get(3)?;
            out.push((
                AccountId(r.try_get(0)?),
                GradedEvaluation {
                    evaluation_id: EvaluationId(r.try_get(1)?),
                    visited_at: r.try_get(2)?,
                    grade: u8::try_from(grade).map_err(|_| StorageError::Corrupt(format!("grade {grade}")))?,
                },
            ));
        }
        Ok(out)
    }

    async fn accounts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Account>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            out.push(Account {
                id: AccountId(r.try_get(0)?),
                username: r.try_get(1)?,
                display_name: r.try_get(2)?,
                role: role(&r.try_get::<_, String>(3)?)?,
            });
        }
        Ok(out)
    }

    async fn users(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<crate::storage::User>, StorageError> {
        let sql = sql.replace("{USER_COLUMNS}", super::accounts::USER_COLUMNS);
        self.rows(&sql, args).await?.iter().map(super::accounts::user).collect()
    }

    async fn counts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<(i64, i64)>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            out.push((r.try_get(0)?, r.try_get(1)?));
        }
        Ok(out)
    }

    async fn texts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<String>, StorageError> {
        let mut out = Vec::new();
        for r in self.rows(sql, args).await? {
            out.push(r.try_get(0)?);
        }
        Ok(out)
    }
}

use super::PgStorage;
use crate::storage::planning::{self, AssignmentFilter, AssignmentMove, Planned, Planner, PlanningStore};
use crate::storage::ReviewScope;
use async_trait::async_trait;
use chrono::NaiveDate;
use ms_core::planning::api::{
    AssignmentLink, AssignmentPage, AssignmentView, FillReport, MyAssignments, ShopperStanding, WaveDetail, WavePatch,
    WaveSummary,
};
use ms_core::planning::{WaveId, WavePlan};
use ms_core::Catalogue;

#[async_trait]
impl PlanningStore for PgStorage {
    async fn create_wave(
        &self,
        plan: &WavePlan,
        catalogue: &Catalogue,
        by: &Planner,
    ) -> Result<Planned<WaveDetail>, StorageError> {
        transaction!(self, |tx| planning::create_wave(&mut Steps(&tx), plan, catalogue, by).await)
    }

    async fn waves(&self, scope: &ReviewScope) -> Result<Vec<WaveSummary>, StorageError> {
        planning::waves(&mut Steps(&self.client().await?), scope).await
    }

    async fn wave(&self, id: WaveId, scope: &ReviewScope) -> Result<Option<WaveDetail>, StorageError> {
        planning::wave(&mut Steps(&self.client().await?), id, scope).await
    }

    async fn change_wave(
        &self,
        id: WaveId,
        patch: &WavePatch,
        catalogue: &Catalogue,
        by: &Planner,
    ) -> Result<Planned<WaveDetail>, StorageError> {
        transaction!(self, |tx| planning::change_wave(&mut Steps(&tx), id, patch, catalogue, by).await)
    }

    async fn fill_wave(&self, id: WaveId, by: &Planner) -> Result<Planned<FillReport>, StorageError> {
        transaction!(self, |tx| planning::fill_wave(&mut Steps(&tx), id, by).await)
    }

    async fn assignments(&self, filter: &AssignmentFilter) -> Result<AssignmentPage, StorageError> {
        planning::assignments(&mut Steps(&self.client().await?), filter).await
    }

    async fn assignment(&self, id: AssignmentId, by: &Planner) -> Result<Option<AssignmentView>, StorageError> {
        planning::assignment(&mut Steps(&self.client().await?), id, by).await
    }

    async fn move_assignment(
        &self,
        id: AssignmentId,
        m: &AssignmentMove,
        by: &Planner,
    ) -> Result<Planned<AssignmentView>, StorageError> {
        transaction!(self, |tx| planning::move_assignment(&mut Steps(&tx), id, m, by).await)
    }

    async fn my_assignments(&self, by: &Planner) -> Result<MyAssignments, StorageError> {
        planning::my_assignments(&mut Steps(&self.client().await?), by).await
    }

    async fn link_evaluation(
        &self,
        evaluation_id: EvaluationId,
        centre_id: &str,
        assignment_id: AssignmentId,
        by: &Planner,
    ) -> Result<AssignmentLink, StorageError> {
        transaction!(self, |tx| planning::link_evaluation(&mut Steps(&tx), evaluation_id, centre_id, assignment_id, by)
            .await)
    }

    async fn shoppers(&self, today: NaiveDate) -> Result<Vec<ShopperStanding>, StorageError> {
        planning::shoppers(&mut Steps(&self.client().await?), today).await
    }

    async fn expire_overdue(&self, at: DateTime<Utc>) -> Result<u32, StorageError> {
        if !planning::expire_overdue(&mut Steps(&self.client().await?), at).await? {
            return Ok(0);
        }
        transaction!(self, |tx| planning::expire(&mut Steps(&tx), at).await)
    }
}
