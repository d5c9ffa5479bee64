//! Programme planning: waves of planned visits, the assignments publishing
//! makes of them, the rules a claim or the scheduler obeys, and shoppers' grades.
//!
//! Everything here is pure: storage loads the plain data these functions take
//! (a wave, its assignments, the shoppers and their visits), asks, and stores
//! the changes and log entries they answer, in one transaction.

pub mod api;
pub mod assignment;
pub mod grade;
pub mod ids;
pub mod rules;
pub mod scheduler;
pub mod wave;

pub use assignment::{Action, Actor, Assignment, AssignmentStatus, Change, LogEntry, MoveRefusal, Window};
pub use grade::{grade_allowed, shopper_grade, GradeRefusal, GradedEvaluation, ShopperGrade};
pub use ids::{AccountId, AssignmentId, WaveId};
pub use rules::{
    clear_claim, clear_give, refusals, Clearance, Rule, RuleRefusal, Shopper, Visit, VisitKind, WaveState,
};
pub use scheduler::{fill, Fill, Filled, RuleCount, Unfilled};
pub use wave::{
    move_allowed, publish, Day, Hours, PlannedVisit, WaveError, WavePlan, WaveRefusal, WaveRules, WaveStatus,
};
