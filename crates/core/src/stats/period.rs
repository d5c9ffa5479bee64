//! The period a report covers and how its trend is cut into weeks or months.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// The longest period a report covers.
pub const MAX_DAYS: i64 = 5 * 366;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Week,
    Month,
}

/// Visit days from `from` to `to`, both included (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("the period ends before it begins")]
    Reversed,
    #[error("a period covers at most five years")]
    TooLong,
}

impl Period {
    /// The period asked for; by default the year up to `today`.
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>, today: NaiveDate) -> Result<Self, PeriodError> {
        let to = to.unwrap_or(today);
        let from = from.unwrap_or(to - Duration::days(364));
        if from > to {
            return Err(PeriodError::Reversed);
        }
        if (to - from).num_days() >= MAX_DAYS {
            return Err(PeriodError::TooLong);
        }
        Ok(Self { from, to })
    }

    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// Weeks for a quarter or less, months beyond.
    pub fn default_granularity(&self) -> Granularity {
        if self.days() <= 92 {
            Granularity::Week
        } else {
            Granularity::Month
        }
    }
}

impl Granularity {
    /// The first day of the week (Monday) or month holding `day`.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Granularity::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Granularity::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The first day of the next week or month.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Granularity::Week => start + Duration::days(7),
            Granularity::Month => start.checked_add_months(chrono::Months::new(1)).unwrap_or(start),
        }
    }

    /// How a period is named: `2026-W48` (ISO week) or `2026-11`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Granularity::Week => {
                let w = start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Granularity::Month => start.format("%Y-%m").to_string(),
        }
    }

    /// The starts of every week or month that touches the period, in order.
    pub fn buckets(self, period: &Period) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut start = self.start_of(period.from);
        while start <= period.to {
            out.push(start);
            let next = self.next(start);
            if next <= start {
                break;
            }
            start = next;
        }
        out
    }
}
