//! Planning's steps on SQLite: the shared SQL with `?N` placeholders, ids,
//! days and times read from their text. Every write runs in an immediate
//! transaction of the shared connection, which is the planning lock.

use super::evaluations::Steps;
use super::inbox::values;
use crate::storage::filter::Arg;
use crate::storage::planning::rows::{role, AssignmentRow, LogRow, WaveRow};
use crate::storage::planning::{Account, PlanningSteps, StoredWave};
use crate::storage::{parse_ts, StorageError};
use chrono::NaiveDate;
use ms_core::planning::{AccountId, Assignment, GradedEvaluation, LogEntry, Visit, VisitKind};
use ms_core::EvaluationId;
use rusqlite::{params_from_iter, Row};

fn sqlite(sql: &str) -> String {
    sql.replace('$', "?")
}

fn uuid(s: &str) -> Result<uuid::Uuid, StorageError> {
    uuid::Uuid::parse_str(s).map_err(|e| StorageError::Corrupt(format!("id '{s}': {e}")))
}

fn day(s: &str) -> Result<NaiveDate, StorageError> {
    s.parse().map_err(|e| StorageError::Corrupt(format!("day '{s}': {e}")))
}

impl Steps<'_> {
    fn rows<T>(
        &self,
        sql: &str,
        args: Vec<Arg>,
        read: impl Fn(&Row<'_>) -> Result<T, StorageError>,
    ) -> Result<Vec<T>, StorageError> {
        let mut stmt = self.0.prepare_cached(&sqlite(sql))?;
        let mut rows = stmt.query(params_from_iter(values(&args)))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(read(row)?);
        }
        Ok(out)
    }
}

impl PlanningSteps for Steps<'_> {
    async fn lock(&mut self) -> Result<(), StorageError> {
        Ok(())
    }

    async fn execute(&mut self, sql: &str, args: Vec<Arg>) -> Result<u64, StorageError> {
        Ok(self.0.prepare_cached(&sqlite(sql))?.execute(params_from_iter(values(&args)))? as u64)
    }

    async fn waves(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<StoredWave>, StorageError> {
        self.rows(sql, args, |r| {
            WaveRow {
                id: uuid(&r.get::<_, String>(0)?)?,
                plan: r.get(5)?,
                status: r.get(6)?,
                entity_ids: r.get(7)?,
                created_by: r.get(8)?,
                created_at: parse_ts(&r.get::<_, String>(9)?)?,
                updated_at: parse_ts(&r.get::<_, String>(10)?)?,
            }
            .read()
        })
    }

    async fn assignments(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Assignment>, StorageError> {
        self.rows(sql, args, |r| {
            AssignmentRow {
                id: uuid(&r.get::<_, String>(0)?)?,
                wave_id: uuid(&r.get::<_, String>(1)?)?,
                centre_id: r.get(2)?,
                entity_id: r.get(3)?,
                service_id: r.get(4)?,
                scenario: r.get(5)?,
                days: r.get(6)?,
                hours: r.get(7)?,
                earliest: day(&r.get::<_, String>(8)?)?,
                due: day(&r.get::<_, String>(9)?)?,
                status: r.get(10)?,
                shopper: r.get(11)?,
                evaluation_id: r.get::<_, Option<String>>(12)?.as_deref().map(uuid).transpose()?,
            }
            .read()
        })
    }

    async fn log(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<LogEntry>, StorageError> {
        self.rows(sql, args, |r| {
            LogRow {
                assignment_id: uuid(&r.get::<_, String>(0)?)?,
                at: parse_ts(&r.get::<_, String>(1)?)?,
                by_role: r.get(2)?,
                by_id: r.get(3)?,
                from: r.get(4)?,
                to: r.get(5)?,
                shopper: r.get(6)?,
                reason: r.get(7)?,
                overridden: r.get(8)?,
            }
            .read()
        })
    }

    async fn visits(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Visit>, StorageError> {
        self.rows(sql, args, |r| {
            Ok(Visit {
                shopper: AccountId(r.get(0)?),
                centre_id: r.get(1)?,
                entity_id: r.get(2)?,
                date: parse_ts(&r.get::<_, String>(3)?)?.date_naive(),
                kind: VisitKind::Made,
                assignment_id: r
                    .get::<_, Option<String>>(4)?
                    .as_deref()
                    .map(uuid)
                    .transpose()?
                    .map(ms_core::planning::AssignmentId),
            })
        })
    }

    async fn graded(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<(AccountId, GradedEvaluation)>, StorageError> {
        self.rows(sql, args, |r| {
            let grade: i64 = r.get(3)?;
            Ok((
                AccountId(r.get(0)?),
                GradedEvaluation {
                    evaluation_id: EvaluationId(uuid(&r.get::<_, String>(1)?)?),
                    visited_at: parse_ts(&r.get::<_, String>(2)?)?,
                    grade: u8::try_from(grade).map_err(|_| StorageError::Corrupt(format!("grade {grade}")))?,
                },
            ))
        })
    }

    async fn accounts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Account>, StorageError> {
        self.rows(sql, args, |r| {
            Ok(Account {
                id: AccountId(r.get(0)?),
                username: r.get(1)?,
                display_name: r.get(2)?,
                role: role(&r.get::<_, String>(3)?)?,
            })
        })
    }

    async fn users(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<crate::storage::User>, StorageError> {
        let sql = sql.replace("{USER_COLUMNS}", super::accounts::USER_COLUMNS);
        self.rows(&sql, args, |r| super::accounts::to_user(super::accounts::user(r)?))
    }

    async fn counts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<(i64, i64)>, StorageError> {
        self.rows(sql, args, |r| Ok((r.get(0)?, r.get(1)?)))
    }

    async fn texts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<String>, StorageError> {
        self.rows(sql, args, |r| Ok(r.get(0)?))
    }
}

use crate::storage::planning::{self, AssignmentFilter, AssignmentMove, Planned, Planner, PlanningStore};
use crate::storage::ReviewScope;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::planning::api::{
    AssignmentLink, AssignmentPage, AssignmentView, FillReport, MyAssignments, ShopperStanding, WaveDetail, WavePatch,
    WaveSummary,
};
use ms_core::planning::{AssignmentId, WaveId, WavePlan};
use ms_core::Catalogue;
use rusqlite::{Connection, TransactionBehavior};

/// Runs a planning write in an immediate transaction of its own.
pub(super) fn write<T>(
    c: &mut Connection,
    f: impl FnOnce(&mut Steps<'_>) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let outcome = f(&mut Steps(&tx))?;
    tx.commit()?;
    Ok(outcome)
}

#[async_trait]
impl PlanningStore for super::SqliteStorage {
    async fn create_wave(
        &self,
        plan: &WavePlan,
        catalogue: &Catalogue,
        by: &Planner,
    ) -> Result<Planned<WaveDetail>, StorageError> {
        let (plan, catalogue, by) = (plan.clone(), catalogue.clone(), by.clone());
        self.with_conn(move |c| write(c, |s| super::at_once(planning::create_wave(s, &plan, &catalogue, &by)))).await
    }

    async fn waves(&self, scope: &ReviewScope) -> Result<Vec<WaveSummary>, StorageError> {
        let scope = scope.clone();
        self.with_conn(move |c| super::at_once(planning::waves(&mut Steps(c), &scope))).await
    }

    async fn wave(&self, id: WaveId, scope: &ReviewScope) -> Result<Option<WaveDetail>, StorageError> {
        let scope = scope.clone();
        self.with_conn(move |c| super::at_once(planning::wave(&mut Steps(c), id, &scope))).await
    }

    async fn change_wave(
        &self,
        id: WaveId,
        patch: &WavePatch,
        catalogue: &Catalogue,
        by: &Planner,
    ) -> Result<Planned<WaveDetail>, StorageError> {
        let (patch, catalogue, by) = (patch.clone(), catalogue.clone(), by.clone());
        self.with_conn(move |c| write(c, |s| super::at_once(planning::change_wave(s, id, &patch, &catalogue, &by))))
            .await
    }

    async fn fill_wave(&self, id: WaveId, by: &Planner) -> Result<Planned<FillReport>, StorageError> {
        let by = by.clone();
        self.with_conn(move |c| write(c, |s| super::at_once(planning::fill_wave(s, id, &by)))).await
    }

    async fn assignments(&self, filter: &AssignmentFilter) -> Result<AssignmentPage, StorageError> {
        let f = filter.clone();
        self.with_conn(move |c| super::at_once(planning::assignments(&mut Steps(c), &f))).await
    }

    async fn assignment(&self, id: AssignmentId, by: &Planner) -> Result<Option<AssignmentView>, StorageError> {
        let by = by.clone();
        self.with_conn(move |c| super::at_once(planning::assignment(&mut Steps(c), id, &by))).await
    }

    async fn move_assignment(
        &self,
        id: AssignmentId,
        m: &AssignmentMove,
        by: &Planner,
    ) -> Result<Planned<AssignmentView>, StorageError> {
        let (m, by) = (m.clone(), by.clone());
        self.with_conn(move |c| write(c, |s| super::at_once(planning::move_assignment(s, id, &m, &by)))).await
    }

    async fn my_assignments(&self, by: &Planner) -> Result<MyAssignments, StorageError> {
        let by = by.clone();
        self.with_conn(move |c| super::at_once(planning::my_assignments(&mut Steps(c), &by))).await
    }

    async fn link_evaluation(
        &self,
        evaluation_id: ms_core::EvaluationId,
        centre_id: &str,
        assignment_id: AssignmentId,
        by: &Planner,
    ) -> Result<AssignmentLink, StorageError> {
        let (by, centre) = (by.clone(), centre_id.to_owned());
        self.with_conn(move |c| {
            write(c, |s| super::at_once(planning::link_evaluation(s, evaluation_id, &centre, assignment_id, &by)))
        })
        .await
    }

    async fn shoppers(&self, today: NaiveDate) -> Result<Vec<ShopperStanding>, StorageError> {
        self.with_conn(move |c| super::at_once(planning::shoppers(&mut Steps(c), today))).await
    }

    async fn expire_overdue(&self, at: DateTime<Utc>) -> Result<u32, StorageError> {
        self.with_conn(move |c| {
            if !super::at_once(planning::expire_overdue(&mut Steps(c), at))? {
                return Ok(0);
            }
            write(c, |s| super::at_once(planning::expire(s, at)))
        })
        .await
    }
}
