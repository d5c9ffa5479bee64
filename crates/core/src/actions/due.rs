//! Deadlines: the default due date by priority, when an action is overdue,
//! and the reminders an overdue one sends (on its due date, three days after
//! and seven days after, each once).

use super::{ActionStatus, Priority};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Days from an action's creation to its default due date, by priority
/// (an admin's setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueDays {
    pub high: u32,
    pub normal: u32,
    pub low: u32,
}

impl Default for DueDays {
    fn default() -> Self {
        Self { high: 7, normal: 14, low: 30 }
    }
}

impl DueDays {
    pub fn of(&self, p: Priority) -> u32 {
        match p {
            Priority::High => self.high,
            Priority::Normal => self.normal,
            Priority::Low => self.low,
        }
    }

    /// Each between 1 and 365 days, and a higher priority never later than a lower one.
    /// The refusal names the field at fault.
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        for (name, d) in [("high", self.high), ("normal", self.normal), ("low", self.low)] {
            if !(1..=365).contains(&d) {
                return Err((name, format!("{d} days; a deadline is between 1 and 365 days")));
            }
        }
        let later = "a higher priority's deadline can't be later than a lower one's";
        if self.high > self.normal {
            return Err(("high", later.into()));
        }
        if self.normal > self.low {
            return Err(("normal", later.into()));
        }
        Ok(())
    }
}

pub fn default_due(priority: Priority, created: NaiveDate, days: &DueDays) -> NaiveDate {
    created.checked_add_days(Days::new(u64::from(days.of(priority)))).unwrap_or(NaiveDate::MAX)
}

/// Past its due date and neither verified nor closed unfixed.
pub fn is_overdue(status: ActionStatus, due: NaiveDate, today: NaiveDate) -> bool {
    !status.is_closed() && today > due
}

/// The reminders of an action that is not closed, by days after its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderStep {
    DueDay,
    ThreeDaysLate,
    SevenDaysLate,
}

impl ReminderStep {
    pub const ALL: [ReminderStep; 3] = [ReminderStep::DueDay, ReminderStep::ThreeDaysLate, ReminderStep::SevenDaysLate];

    pub fn days_after_due(self) -> u64 {
        match self {
            ReminderStep::DueDay => 0,
            ReminderStep::ThreeDaysLate => 3,
            ReminderStep::SevenDaysLate => 7,
        }
    }
}

/// The reminder to send now, if any: the latest step reached that was not
/// sent. Steps missed before it (the server was down on the day) are not
/// sent late; the caller records every step up to the one returned as sent,
/// so that each goes at most once.
pub fn reminder_due(
    status: ActionStatus,
    due: NaiveDate,
    today: NaiveDate,
    sent: &[ReminderStep],
) -> Option<ReminderStep> {
    if status.is_closed() {
        return None;
    }
    let reached = ReminderStep::ALL
        .into_iter()
        .rfind(|s| due.checked_add_days(Days::new(s.days_after_due())).is_some_and(|day| today >= day))?;
    (!sent.iter().any(|s| *s >= reached)).then_some(reached)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionStatus::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_default_due_date_follows_the_priority() {
        let days = DueDays::default();
        assert_eq!(default_due(Priority::High, d("2026-12-04"), &days), d("2026-12-11"));
        assert_eq!(default_due(Priority::Normal, d("2026-12-04"), &days), d("2026-12-18"));
        assert_eq!(default_due(Priority::Low, d("2026-12-04"), &days), d("2027-01-03"));
        assert!(days.check().is_ok());
        assert_eq!(DueDays { high: 0, ..days }.check().map_err(|e| e.0), Err("high"));
        assert_eq!(DueDays { low: 400, ..days }.check().map_err(|e| e.0), Err("low"));
        assert_eq!(DueDays { high: 20, normal: 14, low: 30 }.check().map_err(|e| e.0), Err("high"));
        assert_eq!(DueDays { high: 7, normal: 40, low: 30 }.check().map_err(|e| e.0), Err("normal"));
    }

    #[test]
    fn overdue_is_past_the_due_date_and_not_closed() {
        let due = d("2026-12-10");
        assert!(!is_overdue(Open, due, d("2026-12-10")), "due today is not late");
        assert!(is_overdue(Open, due, d("2026-12-11")));
        assert!(is_overdue(Done, due, d("2026-12-11")), "awaiting verification still counts");
        assert!(is_overdue(CantDo, due, d("2026-12-11")));
        assert!(!is_overdue(Verified, due, d("2027-01-01")));
        assert!(!is_overdue(ClosedUnfixed, due, d("2027-01-01")));
    }

    #[test]
    fn reminders_go_on_the_due_day_then_three_and_seven_days_late_each_once() {
        let due = d("2026-12-10");
        assert_eq!(reminder_due(Open, due, d("2026-12-09"), &[]), None);
        assert_eq!(reminder_due(Open, due, d("2026-12-10"), &[]), Some(ReminderStep::DueDay));
        assert_eq!(reminder_due(Open, due, d("2026-12-11"), &[ReminderStep::DueDay]), None);
        assert_eq!(
            reminder_due(Open, due, d("2026-12-13"), &[ReminderStep::DueDay]),
            Some(ReminderStep::ThreeDaysLate)
        );
        let sent = [ReminderStep::DueDay, ReminderStep::ThreeDaysLate];
        assert_eq!(reminder_due(InProgress, due, d("2026-12-16"), &sent), None);
        assert_eq!(reminder_due(InProgress, due, d("2026-12-17"), &sent), Some(ReminderStep::SevenDaysLate));
        let all = ReminderStep::ALL;
        assert_eq!(reminder_due(Done, due, d("2027-03-01"), &all), None, "never an eighth");
        assert_eq!(reminder_due(Verified, due, d("2026-12-17"), &[]), None, "a closed action is quiet");
    }

    #[test]
    fn a_server_down_on_the_day_sends_only_the_latest_missed_reminder() {
        let due = d("2026-12-10");
        assert_eq!(reminder_due(Open, due, d("2026-12-15"), &[]), Some(ReminderStep::ThreeDaysLate));
        assert_eq!(reminder_due(Open, due, d("2026-12-15"), &[ReminderStep::ThreeDaysLate]), None);
    }
}
