//! When unhappy citizen ratings at a centre call for an alert.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertRule {
    /// The window of recent ratings looked at.
    pub window_minutes: u32,
    /// An alert when the unhappy share exceeds this…
    pub unhappy_percent: f64,
    /// …over at least this many ratings.
    pub min_ratings: u32,
}

impl Default for AlertRule {
    fn default() -> Self {
        Self { window_minutes: 15, unhappy_percent: 50.0, min_ratings: 4 }
    }
}

impl AlertRule {
    /// Whether `unhappy` of `ratings` in the window call for an alert.
    pub fn triggered(&self, ratings: u32, unhappy: u32) -> bool {
        ratings >= self.min_ratings.max(1) && f64::from(unhappy) * 100.0 > self.unhappy_percent * f64::from(ratings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_than_the_share_over_enough_ratings() {
        let r = AlertRule::default();
        assert!(!r.triggered(3, 3), "too few ratings");
        assert!(!r.triggered(4, 2), "exactly half does not exceed half");
        assert!(r.triggered(4, 3));
        assert!(r.triggered(10, 6));
        assert!(!r.triggered(0, 0));
    }
}
