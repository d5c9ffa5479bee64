//! Programme planning in storage: waves, their assignments and each
//! assignment's log. What each request does, and in which order, is written
//! once here (`waves`, `moves`, `reads`), over the rules of `core::planning`;
//! the SQL is written once too (`sql`), and a backend only runs it and reads
//! its rows (`PlanningSteps`). Every write takes the planning lock first (a
//! transaction-scoped advisory lock on PostgreSQL, SQLite's one writer), so
//! two instances filling one wave, or two shoppers claiming one visit, take
//! turns: nothing is assigned twice.

mod context;
mod moves;
mod reads;
pub(crate) mod rows;
pub(crate) mod sql;
mod steps;
mod waves;

pub(crate) use moves::{expire, expire_overdue, follow_review, link_evaluation, move_assignment};
pub use reads::parse_cursor;
pub(crate) use reads::{assignment, assignments, my_assignments, shoppers};
pub(crate) use steps::{Account, PlanningSteps};
pub(crate) use waves::{change_wave, create_wave, fill_wave, wave, waves};

use super::{ReviewScope, StorageError};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::planning::api::{
    AssignmentLink, AssignmentPage, AssignmentView, FillReport, MyAssignments, ShopperStanding, WaveDetail, WavePatch,
    WaveSummary,
};
use ms_core::planning::{AccountId, Actor, AssignmentId, AssignmentStatus, MoveRefusal, WaveId, WavePlan, WaveRefusal};
use ms_core::{Catalogue, EvaluationId};

/// A wave as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredWave {
    pub id: WaveId,
    pub plan: WavePlan,
    pub status: ms_core::planning::WaveStatus,
    /// The entities of the plan's centres: who may see the wave.
    pub entity_ids: Vec<String>,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl StoredWave {
    /// Whether a reviewer of `scope` sees it: every one of its entities is theirs.
    pub fn visible_to(&self, scope: &ReviewScope) -> bool {
        self.entity_ids.iter().all(|e| scope.includes(e))
    }
}

/// Who plans or moves, when, and over which entities.
#[derive(Debug, Clone)]
pub struct Planner {
    pub actor: Actor,
    pub at: DateTime<Utc>,
    pub scope: ReviewScope,
}

impl Planner {
    pub fn today(&self) -> NaiveDate {
        self.at.date_naive()
    }

    pub fn account(&self) -> Option<i64> {
        match self.actor {
            Actor::Shopper(AccountId(id)) | Actor::Supervisor(AccountId(id)) => Some(id),
            Actor::System => None,
        }
    }
}

/// A move asked of one assignment through the API.
#[derive(Debug, Clone, PartialEq)]
pub enum AssignmentMove {
    /// The shopper asking takes it.
    Claim,
    /// A supervisor gives it to the shopper of this username, overriding the
    /// rules that refuse only with a reason.
    Give {
        shopper: String,
        override_reason: Option<String>,
    },
    Release,
    Start,
    Cancel {
        reason: String,
    },
}

/// Why a planning request was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanRefusal {
    Wave(WaveRefusal),
    Move(MoveRefusal),
    /// No active shopper of that username.
    UnknownShopper(String),
}

impl From<WaveRefusal> for PlanRefusal {
    fn from(r: WaveRefusal) -> Self {
        PlanRefusal::Wave(r)
    }
}

impl From<MoveRefusal> for PlanRefusal {
    fn from(r: MoveRefusal) -> Self {
        PlanRefusal::Move(r)
    }
}

/// What a planning request came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Planned<T> {
    Done(T),
    /// No such wave or assignment among those the account may see.
    NotFound,
    Refused(PlanRefusal),
}

/// Which assignments to list: filters, and a page after the cursor.
#[derive(Debug, Clone, Default)]
pub struct AssignmentFilter {
    pub wave_id: Option<WaveId>,
    pub status: Option<AssignmentStatus>,
    pub centre_id: Option<String>,
    /// A shopper's username.
    pub shopper: Option<String>,
    /// The last row of the page before: its due date and id.
    pub after: Option<(NaiveDate, AssignmentId)>,
    pub limit: u32,
    pub scope: Option<ReviewScope>,
}

/// Waves, assignments and shoppers' standing, as the handlers see them.
#[async_trait]
pub trait PlanningStore: Send + Sync {
    /// Stores a draft wave whose plan was checked against the catalogue.
    async fn create_wave(
        &self,
        plan: &WavePlan,
        catalogue: &Catalogue,
        by: &Planner,
    ) -> Result<Planned<WaveDetail>, StorageError>;
    async fn waves(&self, scope: &ReviewScope) -> Result<Vec<WaveSummary>, StorageError>;
    async fn wave(&self, id: WaveId, scope: &ReviewScope) -> Result<Option<WaveDetail>, StorageError>;
    /// A new plan for a draft, or a move: publishing (its visits become open
    /// assignments), closing, cancelling (with its assignments still to do).
    async fn change_wave(
        &self,
        id: WaveId,
        patch: &WavePatch,
        catalogue: &Catalogue,
        by: &Planner,
    ) -> Result<Planned<WaveDetail>, StorageError>;
    /// The scheduler: gives the wave's open assignments to eligible shoppers.
    async fn fill_wave(&self, id: WaveId, by: &Planner) -> Result<Planned<FillReport>, StorageError>;
    async fn assignments(&self, filter: &AssignmentFilter) -> Result<AssignmentPage, StorageError>;
    /// One assignment with its log; a shopper sees their own and open ones.
    async fn assignment(&self, id: AssignmentId, by: &Planner) -> Result<Option<AssignmentView>, StorageError>;
    async fn move_assignment(
        &self,
        id: AssignmentId,
        m: &AssignmentMove,
        by: &Planner,
    ) -> Result<Planned<AssignmentView>, StorageError>;
    async fn my_assignments(&self, by: &Planner) -> Result<MyAssignments, StorageError>;
    /// Links a stored evaluation to the assignment it was made for; a
    /// refusal leaves the evaluation as it is, without the link. Asking again
    /// for the same evaluation answers the same.
    async fn link_evaluation(
        &self,
        evaluation_id: EvaluationId,
        centre_id: &str,
        assignment_id: AssignmentId,
        by: &Planner,
    ) -> Result<AssignmentLink, StorageError>;
    async fn shoppers(&self, today: NaiveDate) -> Result<Vec<ShopperStanding>, StorageError>;
    /// Expires what was not started by its due date, opening it again while
    /// its wave runs; answers how many expired. Reads first, and writes only
    /// when something is overdue.
    async fn expire_overdue(&self, at: DateTime<Utc>) -> Result<u32, StorageError>;
}
