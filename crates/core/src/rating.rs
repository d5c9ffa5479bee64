//! Star ratings of a centre over a period (docs/architecture.md §4): the customer index
//! (citizen ratings) and the audit index (approved shopper evaluations),
//! combined with a configurable customer weight and mapped to 2..7 stars.

use serde::{Deserialize, Serialize};

pub const MIN_STARS: u8 = 2;
pub const MAX_STARS: u8 = 7;

/// The lowest combined percentage that earns `stars`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StarBand {
    pub min_percent: f64,
    pub stars: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RatingConfig {
    /// Share of the customer index in the combined figure, 0..=1.
    pub customer_weight: f64,
    /// Bands from the most stars down; below every band a centre has 2 stars.
    pub bands: Vec<StarBand>,
    /// Citizen ratings a centre needs before it earns stars (unless it has enough audits).
    #[serde(default = "default_min_customer")]
    pub min_customer_count: u32,
    /// Approved audits a centre needs before it earns stars (unless it has enough citizen ratings).
    #[serde(default = "default_min_audit")]
    pub min_audit_count: u32,
}

fn default_min_customer() -> u32 {
    5
}

fn default_min_audit() -> u32 {
    1
}

impl Default for RatingConfig {
    fn default() -> Self {
        let band = |min_percent, stars| StarBand { min_percent, stars };
        Self {
            customer_weight: 0.65,
            bands: vec![band(90.0, 7), band(80.0, 6), band(70.0, 5), band(60.0, 4), band(50.0, 3)],
            min_customer_count: default_min_customer(),
            min_audit_count: default_min_audit(),
        }
    }
}

/// One index with the number of evaluations behind it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndexFigure {
    pub percent: Option<f64>,
    pub count: u32,
}

impl IndexFigure {
    /// The mean of evaluation percentages; evaluations with no score are left out.
    pub fn from_scores(scores: impl IntoIterator<Item = Option<f64>>) -> Self {
        let (mut sum, mut count) = (0.0, 0u32);
        for s in scores.into_iter().flatten() {
            sum += s;
            count += 1;
        }
        Self { percent: (count > 0).then(|| sum / f64::from(count)), count }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StarRating {
    /// Combined percentage, None when neither index has an evaluation.
    pub percent: Option<f64>,
    /// None when there is no figure or too few evaluations to rate.
    pub stars: Option<u8>,
    /// Fewer evaluations than the configured minimums: the figures are shown
    /// without stars.
    #[serde(default)]
    pub too_few: bool,
    pub customer: IndexFigure,
    pub audit: IndexFigure,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RatingConfigError {
    #[error("the customer weight must be between 0 and 1")]
    Weight,
    #[error("stars must be between {MIN_STARS} and {MAX_STARS}")]
    Stars,
    #[error("bands must go from the highest percentage and most stars down, without repeats")]
    Order,
    #[error("band percentages must be between 0 and 100")]
    Percent,
    #[error("{0} must be at least 1 and at most 1000")]
    Minimum(&'static str),
}

impl RatingConfig {
    pub fn check(&self) -> Result<(), RatingConfigError> {
        if !(0.0..=1.0).contains(&self.customer_weight) {
            return Err(RatingConfigError::Weight);
        }
        if self.bands.iter().any(|b| !(MIN_STARS..=MAX_STARS).contains(&b.stars)) {
            return Err(RatingConfigError::Stars);
        }
        let ordered = self
            .bands
            .windows(2)
            .all(|w| w[0].min_percent > w[1].min_percent && w[0].stars > w[1].stars && w[0].min_percent.is_finite());
        if !ordered {
            return Err(RatingConfigError::Order);
        }
        if self.bands.iter().any(|b| !(0.0..=100.0).contains(&b.min_percent)) {
            return Err(RatingConfigError::Percent);
        }
        for (field, m) in [("min_customer_count", self.min_customer_count), ("min_audit_count", self.min_audit_count)] {
            if !(1..=1000).contains(&m) {
                return Err(RatingConfigError::Minimum(field));
            }
        }
        Ok(())
    }

    /// The field of the configuration an error is about (for a field-level refusal).
    pub fn field_of(error: &RatingConfigError) -> &'static str {
        match error {
            RatingConfigError::Weight => "customer_weight",
            RatingConfigError::Stars | RatingConfigError::Order | RatingConfigError::Percent => "bands",
            RatingConfigError::Minimum(field) => field,
        }
    }

    pub fn stars_for(&self, percent: f64) -> u8 {
        self.bands.iter().find(|b| percent >= b.min_percent).map_or(MIN_STARS, |b| b.stars)
    }

    /// Combines both indices. When only one has evaluations, it stands alone.
    /// Below both minimums the figures stand without stars.
    pub fn rate(&self, customer: IndexFigure, audit: IndexFigure) -> StarRating {
        let percent = match (customer.percent, audit.percent) {
            (Some(c), Some(a)) => Some(c * self.customer_weight + a * (1.0 - self.customer_weight)),
            (Some(c), None) => Some(c),
            (None, Some(a)) => Some(a),
            (None, None) => None,
        };
        let too_few = customer.count < self.min_customer_count && audit.count < self.min_audit_count;
        let stars = if too_few { None } else { percent.map(|p| self.stars_for(p)) };
        StarRating { percent, stars, too_few: too_few && percent.is_some(), customer, audit }
    }
}
