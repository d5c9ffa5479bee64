//! A centre's performance (docs/architecture.md §4): what each evaluation
//! contributes to the figures (`facts`), and how the sums of those
//! contributions over a period become the report a supervisor reads
//! (`report`). Storage backends only keep and add up the sums.

mod alert;
mod facts;
mod period;
mod report;

pub use alert::AlertRule;
pub use facts::{
    count_change, counter_face_key, counts_in_figures, facts, normalise_employee, split_counter_face_key, Fact,
    FactKind,
};
pub use period::{Granularity, Period, PeriodError};
pub use report::{
    league, report, CounterFigure, DailySums, EmployeeFigure, Happiness, ItemFigure, LeagueRow, PerformanceReport,
    ReasonCount, StageFigure, Sums, TotalSums, TrendPoint, MIN_ITEM_ANSWERS,
};
