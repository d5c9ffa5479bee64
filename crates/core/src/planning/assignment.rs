//! An assignment: one visit to be made, its statuses, the moves allowed
//! between them, and the activity-log entry every move writes.

use super::ids::{AccountId, AssignmentId, WaveId};
use super::rules::{Clearance, ClearanceKind, Rule, RuleRefusal};
use super::wave::{first_allowed_day, Day, Hours, WaveStatus};
use crate::error_code::ErrorCode;
use crate::review::ReviewStatus;
use crate::EvaluationId;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The longest reason a supervisor may give for a cancellation or an override.
pub const MAX_REASON_CHARS: usize = 2000;

/// The days a visit may be started on: from `earliest` to `due`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "WindowDays")]
pub struct Window {
    earliest: NaiveDate,
    due: NaiveDate,
}

/// A window as it is read, before its order is checked.
#[derive(Deserialize)]
struct WindowDays {
    earliest: NaiveDate,
    due: NaiveDate,
}

impl TryFrom<WindowDays> for Window {
    type Error = String;
    fn try_from(w: WindowDays) -> Result<Self, Self::Error> {
        Window::new(w.earliest, w.due)
            .ok_or_else(|| format!("the window is due on {}, before it opens on {}", w.due, w.earliest))
    }
}

impl Window {
    pub fn new(earliest: NaiveDate, due: NaiveDate) -> Option<Self> {
        (earliest <= due).then_some(Self { earliest, due })
    }

    pub fn day(date: NaiveDate) -> Self {
        Self { earliest: date, due: date }
    }

    /// The first day a visit may be made, which the rules take as the
    /// planned visit's date.
    pub fn earliest(self) -> NaiveDate {
        self.earliest
    }

    /// The last day a visit may be started.
    pub fn due(self) -> NaiveDate {
        self.due
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.earliest <= date && date <= self.due
    }
}

/// Where an assignment is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AssignmentStatus {
    /// Waiting for a shopper.
    Open,
    /// Claimed by a shopper or given to one.
    Assigned,
    /// Its visit was started on the shopper's device.
    InProgress,
    /// Its evaluation was submitted and waits for review.
    Submitted,
    Approved,
    /// Its evaluation went back to the shopper for a new revision.
    Returned,
    /// Not started by its due date.
    Expired,
    Cancelled,
}

impl AssignmentStatus {
    pub const ALL: [AssignmentStatus; 8] = [
        AssignmentStatus::Open,
        AssignmentStatus::Assigned,
        AssignmentStatus::InProgress,
        AssignmentStatus::Submitted,
        AssignmentStatus::Approved,
        AssignmentStatus::Returned,
        AssignmentStatus::Expired,
        AssignmentStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AssignmentStatus::Open => "open",
            AssignmentStatus::Assigned => "assigned",
            AssignmentStatus::InProgress => "in_progress",
            AssignmentStatus::Submitted => "submitted",
            AssignmentStatus::Approved => "approved",
            AssignmentStatus::Returned => "returned",
            AssignmentStatus::Expired => "expired",
            AssignmentStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether an assignment may move from `self` to `to`. A visit started
    /// offline reaches the server with its submission, so an assigned visit
    /// may be submitted without having been seen in progress; an approval
    /// reopened by its reviewer takes it back to submitted.
    pub fn may_move_to(self, to: AssignmentStatus) -> bool {
        use AssignmentStatus::*;
        match self {
            Open => matches!(to, Assigned | Expired | Cancelled),
            Assigned => matches!(to, Open | InProgress | Submitted | Expired | Cancelled),
            InProgress => matches!(to, Submitted | Cancelled),
            Submitted => matches!(to, Approved | Returned),
            Returned => matches!(to, Submitted),
            Approved => matches!(to, Submitted),
            Expired => matches!(to, Open),
            Cancelled => false,
        }
    }

    /// Held by a shopper and not yet submitted: what the held cap counts.
    pub fn held(self) -> bool {
        matches!(self, AssignmentStatus::Assigned | AssignmentStatus::InProgress)
    }

    /// Taken by a shopper who keeps it: what the wave's cap and the load
    /// the scheduler spreads count (a released, expired or cancelled one does not).
    pub fn taken(self) -> bool {
        use AssignmentStatus::*;
        matches!(self, Assigned | InProgress | Submitted | Approved | Returned)
    }

    /// Its visit was made (submitted, whatever the review says).
    pub fn made(self) -> bool {
        use AssignmentStatus::*;
        matches!(self, Submitted | Approved | Returned)
    }

    /// Where an assignment goes when its evaluation's review reaches `review`;
    /// None when it stays where it is.
    pub fn after_review(self, review: ReviewStatus) -> Option<AssignmentStatus> {
        use AssignmentStatus::*;
        let to = match review {
            ReviewStatus::Approved => Approved,
            ReviewStatus::Returned => Returned,
            ReviewStatus::Received | ReviewStatus::HasIssues | ReviewStatus::Rejected => Submitted,
        };
        (to != self && matches!(self, Submitted | Approved) && self.may_move_to(to)).then_some(to)
    }
}

/// One planned visit to one centre, published from a wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assignment {
    pub id: AssignmentId,
    pub wave_id: WaveId,
    pub centre_id: String,
    /// The centre's entity, kept for the spacing rule.
    pub entity_id: String,
    pub service_id: Option<String>,
    pub scenario: String,
    #[serde(default)]
    pub days: Vec<Day>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "08:00-14:00"))]
    pub hours: Option<Hours>,
    pub window: Window,
    pub status: AssignmentStatus,
    /// The shopper who holds it, or held it when it expired or was cancelled.
    pub shopper: Option<AccountId>,
    /// The evaluation made for it, once submitted.
    pub evaluation_id: Option<EvaluationId>,
}

/// Who moves an assignment, in which capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "role", content = "id", rename_all = "snake_case")]
pub enum Actor {
    Shopper(AccountId),
    Supervisor(AccountId),
    /// The server itself: expiry, and following an evaluation's review.
    System,
}

/// A move asked of an assignment.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A shopper takes an open assignment, cleared by [`super::rules::clear_claim`].
    Claim(Clearance),
    /// A supervisor (or the scheduler) gives it, cleared by [`super::rules::clear_give`].
    Give(Clearance),
    /// Its holder or a supervisor hands it back: open again.
    Release,
    /// Its holder starts the visit on the device.
    Start,
    /// Its holder submits the evaluation made for it, or the next revision of it.
    Submit {
        evaluation_id: EvaluationId,
    },
    /// Its evaluation's review reached a status (see [`AssignmentStatus::after_review`]).
    Review(ReviewStatus),
    /// Not started by its due date; see [`Assignment::expire_overdue`].
    Expire,
    /// Open again in a new window.
    Reopen {
        window: Window,
    },
    Cancel {
        reason: String,
    },
}

/// One line of an assignment's activity log: who moved it, when, from what
/// to what, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LogEntry {
    pub assignment_id: AssignmentId,
    pub by: Actor,
    pub at: DateTime<Utc>,
    pub from: AssignmentStatus,
    pub to: AssignmentStatus,
    /// The shopper the move concerns: the one who takes the assignment, or
    /// the one who held it.
    pub shopper: Option<AccountId>,
    pub reason: Option<String>,
    /// The rules a supervisor overrode to give it, with `reason` saying why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overridden: Vec<Rule>,
}

/// An allowed move: the assignment after it, and the log entry to store with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub assignment: Assignment,
    pub entry: LogEntry,
}

/// Why an assignment can't move.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MoveRefusal {
    #[error("an assignment that is {} can't become {}", from.as_str(), to.as_str())]
    IllegalMove { from: AssignmentStatus, to: AssignmentStatus },
    #[error("this account may not make this move")]
    WrongRole,
    #[error("only the shopper holding the assignment may do that")]
    NotHolder,
    #[error("say why, in a reason")]
    ReasonRequired,
    #[error("the reason is longer than {MAX_REASON_CHARS} characters")]
    ReasonTooLong,
    #[error("the wave is {}, not published", .0.as_str())]
    WaveNotPublished(WaveStatus),
    #[error("the assignment was made for another evaluation")]
    OtherEvaluation,
    #[error("the clearance was given for another assignment")]
    OtherAssignment,
    #[error(transparent)]
    Rule(#[from] RuleRefusal),
}

impl MoveRefusal {
    pub fn code(&self) -> ErrorCode {
        match self {
            MoveRefusal::IllegalMove { .. } => ErrorCode::IllegalAssignmentMove,
            MoveRefusal::WrongRole | MoveRefusal::NotHolder => ErrorCode::Forbidden,
            MoveRefusal::ReasonRequired => ErrorCode::ReasonRequired,
            MoveRefusal::ReasonTooLong => ErrorCode::TooLong,
            MoveRefusal::WaveNotPublished(_) => ErrorCode::WaveNotPublished,
            MoveRefusal::OtherEvaluation => ErrorCode::Conflict,
            MoveRefusal::OtherAssignment => ErrorCode::Internal,
            MoveRefusal::Rule(r) => r.code(),
        }
    }
}

/// A reason as it is kept: trimmed, not blank, not too long.
pub(crate) fn reason(text: Option<&str>) -> Result<String, MoveRefusal> {
    let text = text.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        Err(MoveRefusal::ReasonRequired)
    } else if text.chars().count() > MAX_REASON_CHARS {
        Err(MoveRefusal::ReasonTooLong)
    } else {
        Ok(text.to_owned())
    }
}

impl Assignment {
    /// The planned visit's date, as the rules and the scheduler count it.
    pub fn planned_date(&self) -> NaiveDate {
        self.window.earliest()
    }

    fn target(&self, action: &Action) -> Result<AssignmentStatus, MoveRefusal> {
        use AssignmentStatus::*;
        let to = match action {
            Action::Claim(_) | Action::Give(_) => Assigned,
            Action::Release => Open,
            Action::Start => InProgress,
            Action::Submit { .. } => Submitted,
            Action::Review(review) => self
                .status
                .after_review(*review)
                .ok_or(MoveRefusal::IllegalMove { from: self.status, to: self.status })?,
            Action::Expire => Expired,
            Action::Reopen { .. } => Open,
            Action::Cancel { .. } => Cancelled,
        };
        if self.status.may_move_to(to) {
            Ok(to)
        } else {
            Err(MoveRefusal::IllegalMove { from: self.status, to })
        }
    }

    fn held_by(&self, by: Actor) -> Result<(), MoveRefusal> {
        match by {
            Actor::Shopper(s) if Some(s) == self.shopper => Ok(()),
            Actor::Shopper(_) => Err(MoveRefusal::NotHolder),
            _ => Err(MoveRefusal::WrongRole),
        }
    }

    /// Checks `action`, made by `by` at `at`, and answers the assignment after
    /// it with its log entry. Which moves are allowed is
    /// [`AssignmentStatus::may_move_to`]; who may make them: a shopper claims,
    /// starts and submits (their own), a supervisor gives and cancels, the
    /// holder or a supervisor releases, the server expires and follows reviews.
    pub fn apply(&self, action: Action, by: Actor, at: DateTime<Utc>) -> Result<Change, MoveRefusal> {
        let to = self.target(&action)?;
        let supervisor = matches!(by, Actor::Supervisor(_));
        let system = by == Actor::System;
        let mut after = self.clone();
        after.status = to;
        let mut reason_given = None;
        let mut overridden = Vec::new();
        match action {
            Action::Claim(c) | Action::Give(c) => {
                if c.assignment_id != self.id {
                    return Err(MoveRefusal::OtherAssignment);
                }
                let permitted = match c.kind {
                    ClearanceKind::Claim => by == Actor::Shopper(c.shopper),
                    ClearanceKind::Give => supervisor || system,
                };
                if !permitted {
                    return Err(MoveRefusal::WrongRole);
                }
                after.shopper = Some(c.shopper);
                reason_given = c.reason;
                overridden = c.overridden;
            }
            Action::Release => {
                if !supervisor {
                    self.held_by(by)?;
                }
                after.shopper = None;
            }
            Action::Start => self.held_by(by)?,
            Action::Submit { evaluation_id } => {
                self.held_by(by)?;
                if self.evaluation_id.is_some_and(|e| e != evaluation_id) {
                    return Err(MoveRefusal::OtherEvaluation);
                }
                after.evaluation_id = Some(evaluation_id);
            }
            Action::Review(_) | Action::Reopen { .. } if !(supervisor || system) => return Err(MoveRefusal::WrongRole),
            Action::Review(_) => {}
            Action::Expire if !system => return Err(MoveRefusal::WrongRole),
            Action::Expire => {}
            Action::Reopen { window } => {
                after.shopper = None;
                after.evaluation_id = None;
                after.window = window;
            }
            Action::Cancel { reason: text } => {
                if !(supervisor || system) {
                    return Err(MoveRefusal::WrongRole);
                }
                reason_given = Some(reason(Some(&text))?);
            }
        }
        let entry = LogEntry {
            assignment_id: self.id,
            by,
            at,
            from: self.status,
            to,
            shopper: after.shopper.or(self.shopper),
            reason: reason_given,
            overridden,
        };
        Ok(Change { assignment: after, entry })
    }

    /// Whether the visit is overdue on `today`: open or assigned, and not
    /// started by its due date.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        matches!(self.status, AssignmentStatus::Open | AssignmentStatus::Assigned) && today > self.window.due()
    }

    /// Expires an overdue assignment and, while its wave still runs, opens it
    /// again from `today` (its first allowed day) for as many days as its
    /// window had, never past the wave's end. Answers nothing when it is not
    /// overdue, the expiry alone when the wave has ended.
    pub fn expire_overdue(
        &self,
        today: NaiveDate,
        wave_status: WaveStatus,
        wave_to: NaiveDate,
        at: DateTime<Utc>,
    ) -> Result<Vec<Change>, MoveRefusal> {
        if !self.overdue(today) {
            return Ok(Vec::new());
        }
        let expired = self.apply(Action::Expire, Actor::System, at)?;
        let length = self.window.due() - self.window.earliest();
        let reopened = match first_allowed_day(&self.days, today, wave_to) {
            Some(earliest) if wave_status == WaveStatus::Published => {
                let window = Window::new(earliest, (earliest + length).min(wave_to)).unwrap_or(Window::day(earliest));
                Some(expired.assignment.apply(Action::Reopen { window }, Actor::System, at)?)
            }
            _ => None,
        };
        Ok([Some(expired), reopened].into_iter().flatten().collect())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::AssignmentStatus::*;
    use super::*;
    use chrono::TimeZone;

    pub(crate) fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    pub(crate) fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).single().expect("time")
    }

    pub(crate) fn assignment(status: AssignmentStatus, shopper: Option<i64>) -> Assignment {
        Assignment {
            id: AssignmentId(uuid::Uuid::from_u128(1)),
            wave_id: WaveId(uuid::Uuid::from_u128(2)),
            centre_id: "c1".into(),
            entity_id: "e1".into(),
            service_id: None,
            scenario: "Ask.".into(),
            days: Vec::new(),
            hours: None,
            window: Window::new(date("2027-02-01"), date("2027-02-28")).expect("window"),
            status,
            shopper: shopper.map(AccountId),
            evaluation_id: None,
        }
    }

    fn clearance(kind: ClearanceKind, shopper: i64) -> Clearance {
        Clearance {
            assignment_id: AssignmentId(uuid::Uuid::from_u128(1)),
            shopper: AccountId(shopper),
            kind,
            overridden: Vec::new(),
            reason: None,
        }
    }

    const SHOPPER: Actor = Actor::Shopper(AccountId(7));
    const OTHER: Actor = Actor::Shopper(AccountId(8));
    const SUPERVISOR: Actor = Actor::Supervisor(AccountId(1));

    fn moved(a: &Assignment, action: Action, by: Actor) -> Result<(AssignmentStatus, LogEntry), MoveRefusal> {
        a.apply(action, by, at()).map(|c| (c.assignment.status, c.entry))
    }

    #[test]
    fn the_allowed_moves() {
        let allowed = [
            (Open, Assigned),
            (Open, Expired),
            (Open, Cancelled),
            (Assigned, Open),
            (Assigned, InProgress),
            (Assigned, Submitted),
            (Assigned, Expired),
            (Assigned, Cancelled),
            (InProgress, Submitted),
            (InProgress, Cancelled),
            (Submitted, Approved),
            (Submitted, Returned),
            (Returned, Submitted),
            (Approved, Submitted),
            (Expired, Open),
        ];
        for from in AssignmentStatus::ALL {
            for to in AssignmentStatus::ALL {
                assert_eq!(from.may_move_to(to), allowed.contains(&(from, to)), "{from:?} -> {to:?}");
            }
            assert_eq!(AssignmentStatus::parse(from.as_str()), Some(from));
            let json = serde_json::to_string(&from).expect("json");
            assert_eq!(json, format!("\"{}\"", from.as_str()));
        }
    }

    #[test]
    fn a_shopper_claims_an_open_assignment_for_themselves_only() {
        let open = assignment(Open, None);
        let change = open.apply(Action::Claim(clearance(ClearanceKind::Claim, 7)), SHOPPER, at()).expect("claimed");
        assert_eq!((change.assignment.status, change.assignment.shopper), (Assigned, Some(AccountId(7))));
        assert_eq!(
            change.entry,
            LogEntry {
                assignment_id: open.id,
                by: SHOPPER,
                at: at(),
                from: Open,
                to: Assigned,
                shopper: Some(AccountId(7)),
                reason: None,
                overridden: Vec::new(),
            }
        );
        let claim = || Action::Claim(clearance(ClearanceKind::Claim, 7));
        assert_eq!(moved(&open, claim(), OTHER), Err(MoveRefusal::WrongRole));
        assert_eq!(moved(&open, claim(), SUPERVISOR), Err(MoveRefusal::WrongRole));
        let taken = assignment(Assigned, Some(8));
        assert_eq!(moved(&taken, claim(), SHOPPER), Err(MoveRefusal::IllegalMove { from: Assigned, to: Assigned }));
        let mut elsewhere = clearance(ClearanceKind::Claim, 7);
        elsewhere.assignment_id = AssignmentId(uuid::Uuid::from_u128(5));
        assert_eq!(moved(&open, Action::Claim(elsewhere), SHOPPER), Err(MoveRefusal::OtherAssignment));
    }

    #[test]
    fn a_supervisor_or_the_scheduler_gives_and_an_override_is_logged_with_its_reason() {
        let open = assignment(Open, None);
        let mut c = clearance(ClearanceKind::Give, 7);
        c.overridden = vec![Rule::Lockout];
        c.reason = Some("only shopper who speaks Urdu".into());
        let (status, entry) = moved(&open, Action::Give(c.clone()), SUPERVISOR).expect("given");
        assert_eq!(status, Assigned);
        assert_eq!(
            (entry.overridden, entry.reason.as_deref()),
            (vec![Rule::Lockout], Some("only shopper who speaks Urdu"))
        );
        assert!(moved(&open, Action::Give(c.clone()), Actor::System).is_ok());
        assert_eq!(moved(&open, Action::Give(c), SHOPPER), Err(MoveRefusal::WrongRole));
    }

    #[test]
    fn release_by_the_holder_or_a_supervisor_opens_it_again() {
        let held = assignment(Assigned, Some(7));
        let (status, entry) = moved(&held, Action::Release, SHOPPER).expect("released");
        assert_eq!((status, entry.shopper), (Open, Some(AccountId(7))));
        assert_eq!(held.apply(Action::Release, SUPERVISOR, at()).map(|c| c.assignment.shopper), Ok(None));
        assert_eq!(moved(&held, Action::Release, OTHER), Err(MoveRefusal::NotHolder));
        assert_eq!(moved(&held, Action::Release, Actor::System), Err(MoveRefusal::WrongRole));
        let started = assignment(InProgress, Some(7));
        assert_eq!(
            moved(&started, Action::Release, SHOPPER),
            Err(MoveRefusal::IllegalMove { from: InProgress, to: Open })
        );
    }

    #[test]
    fn the_holder_starts_and_submits() {
        let held = assignment(Assigned, Some(7));
        assert_eq!(moved(&held, Action::Start, SHOPPER).map(|m| m.0), Ok(InProgress));
        assert_eq!(moved(&held, Action::Start, OTHER), Err(MoveRefusal::NotHolder));
        assert_eq!(moved(&held, Action::Start, SUPERVISOR), Err(MoveRefusal::WrongRole));
        let started = assignment(InProgress, Some(7));
        let ev = EvaluationId(uuid::Uuid::from_u128(40));
        let change = started.apply(Action::Submit { evaluation_id: ev }, SHOPPER, at()).expect("submitted");
        assert_eq!((change.assignment.status, change.assignment.evaluation_id), (Submitted, Some(ev)));
        assert_eq!(moved(&started, Action::Submit { evaluation_id: ev }, OTHER), Err(MoveRefusal::NotHolder));
        // Started offline: the submission is the first the server hears of it.
        assert_eq!(moved(&held, Action::Submit { evaluation_id: ev }, SHOPPER).map(|m| m.0), Ok(Submitted));
        let open = assignment(Open, None);
        assert_eq!(moved(&open, Action::Start, SHOPPER), Err(MoveRefusal::IllegalMove { from: Open, to: InProgress }));
    }

    #[test]
    fn the_review_approves_or_returns_and_a_resubmission_comes_back_under_the_same_evaluation() {
        let ev = EvaluationId(uuid::Uuid::from_u128(40));
        let submitted = Assignment { evaluation_id: Some(ev), ..assignment(Submitted, Some(7)) };
        assert_eq!(moved(&submitted, Action::Review(ReviewStatus::Approved), Actor::System).map(|m| m.0), Ok(Approved));
        let returned = submitted.apply(Action::Review(ReviewStatus::Returned), SUPERVISOR, at()).expect("returned");
        assert_eq!(returned.assignment.status, Returned);
        let again = returned.assignment.apply(Action::Submit { evaluation_id: ev }, SHOPPER, at()).expect("again");
        assert_eq!(again.entry.from, Returned);
        assert_eq!(again.assignment.status, Submitted);
        let other = EvaluationId(uuid::Uuid::from_u128(41));
        assert_eq!(
            moved(&returned.assignment, Action::Submit { evaluation_id: other }, SHOPPER),
            Err(MoveRefusal::OtherEvaluation)
        );
        assert_eq!(moved(&submitted, Action::Review(ReviewStatus::Approved), SHOPPER), Err(MoveRefusal::WrongRole));
        assert_eq!(
            moved(&submitted, Action::Review(ReviewStatus::Rejected), Actor::System),
            Err(MoveRefusal::IllegalMove { from: Submitted, to: Submitted })
        );
        let approved = assignment(Approved, Some(7));
        assert_eq!(
            moved(&approved, Action::Review(ReviewStatus::HasIssues), Actor::System).map(|m| m.0),
            Ok(Submitted)
        );
    }

    #[test]
    fn following_a_review() {
        assert_eq!(Submitted.after_review(ReviewStatus::Approved), Some(Approved));
        assert_eq!(Submitted.after_review(ReviewStatus::Returned), Some(Returned));
        assert_eq!(Submitted.after_review(ReviewStatus::HasIssues), None);
        assert_eq!(Submitted.after_review(ReviewStatus::Rejected), None);
        assert_eq!(Approved.after_review(ReviewStatus::HasIssues), Some(Submitted));
        assert_eq!(Returned.after_review(ReviewStatus::Approved), None);
        assert_eq!(Assigned.after_review(ReviewStatus::Approved), None);
    }

    #[test]
    fn cancelling_needs_a_supervisor_and_a_reason() {
        for status in [Open, Assigned, InProgress] {
            let a = assignment(status, (status != Open).then_some(7));
            let (to, entry) =
                moved(&a, Action::Cancel { reason: " centre closed ".into() }, SUPERVISOR).expect("cancelled");
            assert_eq!((to, entry.reason.as_deref()), (Cancelled, Some("centre closed")));
            assert_eq!(moved(&a, Action::Cancel { reason: "  ".into() }, SUPERVISOR), Err(MoveRefusal::ReasonRequired));
            assert_eq!(
                moved(&a, Action::Cancel { reason: "x".repeat(MAX_REASON_CHARS + 1) }, SUPERVISOR),
                Err(MoveRefusal::ReasonTooLong)
            );
            assert_eq!(moved(&a, Action::Cancel { reason: "why".into() }, SHOPPER), Err(MoveRefusal::WrongRole));
        }
        for status in [Submitted, Approved, Returned, Expired, Cancelled] {
            let a = assignment(status, Some(7));
            assert_eq!(
                moved(&a, Action::Cancel { reason: "why".into() }, SUPERVISOR),
                Err(MoveRefusal::IllegalMove { from: status, to: Cancelled })
            );
        }
    }

    #[test]
    fn an_assignment_is_overdue_the_day_after_its_due_date_not_on_it() {
        let held = assignment(Assigned, Some(7));
        assert!(!held.overdue(date("2027-02-28")));
        assert!(held.overdue(date("2027-03-01")));
        assert!(!assignment(InProgress, Some(7)).overdue(date("2027-06-01")));
        let none = held.expire_overdue(date("2027-02-28"), WaveStatus::Published, date("2027-06-30"), at());
        assert_eq!(none, Ok(Vec::new()));
    }

    #[test]
    fn expiry_while_the_wave_runs_opens_it_again_with_a_new_due_date() {
        let held = assignment(Assigned, Some(7));
        let changes =
            held.expire_overdue(date("2027-03-03"), WaveStatus::Published, date("2027-06-30"), at()).expect("expired");
        let moves: Vec<_> = changes.iter().map(|c| (c.entry.from, c.entry.to, c.entry.shopper)).collect();
        assert_eq!(moves, [(Assigned, Expired, Some(AccountId(7))), (Expired, Open, Some(AccountId(7)))]);
        let reopened = &changes[1].assignment;
        assert_eq!(
            (reopened.shopper, reopened.window.earliest(), reopened.window.due()),
            (None, date("2027-03-03"), date("2027-03-30"))
        );
        // Near the wave's end the new window stops with the wave.
        let late =
            held.expire_overdue(date("2027-06-20"), WaveStatus::Published, date("2027-06-30"), at()).expect("expired");
        assert_eq!(late[1].assignment.window.due(), date("2027-06-30"));
    }

    #[test]
    fn expiry_after_the_wave_ended_stays_expired() {
        let open = assignment(Open, None);
        let ended =
            open.expire_overdue(date("2027-07-01"), WaveStatus::Published, date("2027-06-30"), at()).expect("expired");
        assert_eq!(ended.len(), 1);
        assert_eq!((ended[0].assignment.status, ended[0].entry.by), (Expired, Actor::System));
        let closed =
            open.expire_overdue(date("2027-03-03"), WaveStatus::Closed, date("2027-06-30"), at()).expect("expired");
        assert_eq!(closed.len(), 1);
        assert_eq!(moved(&open, Action::Expire, SUPERVISOR), Err(MoveRefusal::WrongRole));
    }

    #[test]
    fn a_window_never_closes_before_it_opens() {
        assert_eq!(Window::new(date("2027-02-02"), date("2027-02-01")), None);
        let read: Result<Window, _> = serde_json::from_str(r#"{"earliest": "2027-02-02", "due": "2027-02-01"}"#);
        assert!(read.is_err());
        let w: Window = serde_json::from_str(r#"{"earliest": "2027-02-01", "due": "2027-02-01"}"#).expect("window");
        assert!(w.contains(date("2027-02-01")) && !w.contains(date("2027-02-02")));
    }

    #[test]
    fn an_actor_and_a_log_entry_read_back() {
        let json = serde_json::to_value(SUPERVISOR).expect("json");
        assert_eq!(json, serde_json::json!({"role": "supervisor", "id": 1}));
        assert_eq!(serde_json::to_value(Actor::System).expect("json"), serde_json::json!({"role": "system"}));
        let (_, entry) = moved(&assignment(Assigned, Some(7)), Action::Release, SHOPPER).expect("released");
        let back: LogEntry = serde_json::from_value(serde_json::to_value(&entry).expect("json")).expect("reads");
        assert_eq!(back, entry);
    }

    #[test]
    fn refusals_have_codes() {
        assert_eq!(MoveRefusal::IllegalMove { from: Open, to: Approved }.code(), ErrorCode::IllegalAssignmentMove);
        assert_eq!(MoveRefusal::NotHolder.code(), ErrorCode::Forbidden);
        assert_eq!(MoveRefusal::ReasonRequired.code(), ErrorCode::ReasonRequired);
        assert_eq!(MoveRefusal::WaveNotPublished(WaveStatus::Draft).code(), ErrorCode::WaveNotPublished);
        assert_eq!(
            MoveRefusal::IllegalMove { from: Open, to: Approved }.to_string(),
            "an assignment that is open can't become approved"
        );
    }
}
