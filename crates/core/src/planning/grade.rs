//! A shopper's grade: the mean of the grades reviewers gave their latest
//! approved evaluations, beside the visits they held and let expire.

use super::assignment::{AssignmentStatus, LogEntry};
use super::ids::AccountId;
use crate::error_code::ErrorCode;
use crate::review::ReviewStatus;
use crate::EvaluationId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const MIN_GRADE: u8 = 1;
pub const MAX_GRADE: u8 = 10;
/// How many of a shopper's latest graded evaluations their grade averages.
pub const GRADE_WINDOW: usize = 20;

/// One graded evaluation of a shopper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GradedEvaluation {
    pub evaluation_id: EvaluationId,
    /// When its visit was made: what "latest" orders by.
    pub visited_at: DateTime<Utc>,
    pub grade: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopperGrade {
    /// The mean of the latest graded evaluations; none before the first.
    pub grade: Option<f64>,
    /// How many grades the mean is of (at most [`GRADE_WINDOW`]).
    pub graded: u32,
    /// Assignments the shopper held that expired: visits missed.
    pub missed: u32,
}

/// Why a grade can't be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GradeRefusal {
    #[error("a grade is a whole number from {MIN_GRADE} to {MAX_GRADE}")]
    OutOfRange,
    #[error("only an approved evaluation is graded, not a {} one", .0.as_str())]
    NotApproved(ReviewStatus),
    #[error("only a shopper's visit is graded, not a citizen's rating")]
    NotShopper,
}

impl GradeRefusal {
    pub fn code(self) -> ErrorCode {
        match self {
            GradeRefusal::OutOfRange | GradeRefusal::NotShopper => ErrorCode::InvalidGrade,
            GradeRefusal::NotApproved(_) => ErrorCode::NotApproved,
        }
    }
}

/// Whether a reviewer may give `grade` to an evaluation in `status`.
pub fn grade_allowed(status: ReviewStatus, grade: i64) -> Result<u8, GradeRefusal> {
    let grade =
        u8::try_from(grade).ok().filter(|g| (MIN_GRADE..=MAX_GRADE).contains(g)).ok_or(GradeRefusal::OutOfRange)?;
    if status != ReviewStatus::Approved {
        return Err(GradeRefusal::NotApproved(status));
    }
    Ok(grade)
}

/// `shopper`'s grade from their graded evaluations, and the visits they
/// missed from the assignments' log: each time an assignment they held
/// expired. A missed visit stands beside the grade rather than inside it, so
/// a supervisor sees both figures; grades out of range are left out.
pub fn shopper_grade<'a>(
    shopper: AccountId,
    graded: &[GradedEvaluation],
    log: impl IntoIterator<Item = &'a LogEntry>,
) -> ShopperGrade {
    let mut latest: Vec<&GradedEvaluation> =
        graded.iter().filter(|g| (MIN_GRADE..=MAX_GRADE).contains(&g.grade)).collect();
    latest.sort_by_key(|g| std::cmp::Reverse((g.visited_at, g.evaluation_id)));
    latest.truncate(GRADE_WINDOW);
    let count = latest.len();
    let grade = (count > 0).then(|| latest.iter().map(|g| f64::from(g.grade)).sum::<f64>() / count as f64);
    let missed = log
        .into_iter()
        .filter(|e| {
            e.to == AssignmentStatus::Expired && e.from == AssignmentStatus::Assigned && e.shopper == Some(shopper)
        })
        .count();
    ShopperGrade { grade, graded: count as u32, missed: missed as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planning::assignment::tests::{assignment, at, date};
    use crate::planning::wave::WaveStatus;
    use chrono::TimeZone;

    fn graded(n: u32, grade: u8) -> GradedEvaluation {
        GradedEvaluation {
            evaluation_id: EvaluationId(uuid::Uuid::from_u128(u128::from(n))),
            visited_at: Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).single().expect("time")
                + chrono::Duration::days(n.into()),
            grade,
        }
    }

    #[test]
    fn no_grade_before_the_first_graded_evaluation() {
        assert_eq!(shopper_grade(AccountId(7), &[], []), ShopperGrade { grade: None, graded: 0, missed: 0 });
    }

    #[test]
    fn the_grade_is_the_mean_of_the_latest_twenty() {
        // Thirty evaluations: the ten oldest graded 1, the latest twenty graded 9 and 10.
        let mut all: Vec<_> = (0..10).map(|n| graded(n, 1)).collect();
        all.extend((10..30).map(|n| graded(n, if n % 2 == 0 { 9 } else { 10 })));
        all.reverse();
        let g = shopper_grade(AccountId(7), &all, []);
        assert_eq!((g.grade, g.graded), (Some(9.5), 20));
        let few = shopper_grade(AccountId(7), &[graded(1, 6), graded(2, 7), graded(3, 0)], []);
        assert_eq!((few.grade, few.graded), (Some(6.5), 2));
    }

    #[test]
    fn an_expired_assignment_the_shopper_held_is_a_missed_visit() {
        let held = assignment(AssignmentStatus::Assigned, Some(7));
        let log: Vec<_> = held
            .expire_overdue(date("2027-03-03"), WaveStatus::Published, date("2027-06-30"), at())
            .expect("expired")
            .into_iter()
            .map(|c| c.entry)
            .collect();
        assert_eq!(log.len(), 2);
        assert_eq!(shopper_grade(AccountId(7), &[], &log).missed, 1);
        assert_eq!(shopper_grade(AccountId(8), &[], &log).missed, 0);
        let open = assignment(AssignmentStatus::Open, None);
        let unheld: Vec<_> = open
            .expire_overdue(date("2027-03-03"), WaveStatus::Published, date("2027-06-30"), at())
            .expect("expired")
            .into_iter()
            .map(|c| c.entry)
            .collect();
        assert_eq!(shopper_grade(AccountId(7), &[], &unheld).missed, 0);
    }

    #[test]
    fn only_an_approved_evaluation_is_graded_from_one_to_ten() {
        assert_eq!(grade_allowed(ReviewStatus::Approved, 1), Ok(1));
        assert_eq!(grade_allowed(ReviewStatus::Approved, 10), Ok(10));
        for out in [0, 11, -1, 300] {
            assert_eq!(grade_allowed(ReviewStatus::Approved, out), Err(GradeRefusal::OutOfRange));
        }
        assert_eq!(grade_allowed(ReviewStatus::Received, 5), Err(GradeRefusal::NotApproved(ReviewStatus::Received)));
        assert_eq!(GradeRefusal::OutOfRange.code(), ErrorCode::InvalidGrade);
    }
}
