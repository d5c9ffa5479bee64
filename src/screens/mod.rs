//! One file per screen; each renders state and hands actions to the store.

mod actions;
mod admin;
mod centre_visits;
mod centres;
mod home;
mod inbox;
mod kiosk;
mod my_visits;
mod outbox;
mod password;
mod performance;
mod planning;
mod rate;
mod review_detail;
mod settings;
mod sign_in;
mod start_visit;
mod summary;
#[cfg(test)]
mod tests;
mod visit;
mod welcome;

pub use actions::{ActionPage, Actions, NewAction};
pub use admin::{admin_route, AdminAccounts, AdminAudit, AdminCatalogue, AdminChecklists, AdminKiosks};
pub use centre_visits::CentreVisits;
pub use centres::Centres;
pub use home::Home;
pub use inbox::Inbox;
pub use kiosk::Kiosk;
pub use my_visits::MyVisits;
pub use outbox::Outbox;
pub use performance::{CentrePerformance, Dashboard, ReviewTabs};
pub use planning::{NewWave, Planning, PlanningShoppers, WavePage};
pub use rate::Rate;
pub use review_detail::ReviewDetail;
pub use settings::Settings;
pub use sign_in::SignIn;
pub use start_visit::StartVisit;
pub use summary::Summary;
pub use visit::Visit;
pub use welcome::Welcome;
