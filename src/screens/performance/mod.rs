//! What reviewers read about centres' performance: the dashboard (alerts,
//! league table, overview, exports) and a centre's page, over a period
//! chosen once for both.

mod alerts;
mod centre;
mod dashboard;
mod exports;
pub(crate) mod labels;
mod period;
mod settings;
mod tabs;

pub use centre::CentrePerformance;
pub use dashboard::Dashboard;
pub use tabs::ReviewTabs;
