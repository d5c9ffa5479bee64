//! The catalogue: entities (ministries, authorities), their centres, and the services offered.

use crate::text::LocalizedText;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Catalogue {
    pub entities: Vec<Entity>,
    pub centres: Vec<Centre>,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entity {
    pub id: String,
    pub name: LocalizedText,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Service {
    pub id: String,
    pub entity_id: String,
    pub name: LocalizedText,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Centre {
    pub id: String,
    pub entity_id: String,
    pub name: LocalizedText,
    pub address: LocalizedText,
    pub latitude: f64,
    pub longitude: f64,
    /// Radius in metres inside which a check-in counts as at the centre.
    pub geofence_m: f64,
    /// The token a centre's QR code carries (`/rate/<token>`).
    pub qr_token: String,
    pub service_ids: Vec<String>,
    /// A deactivated centre is hidden from new visits and ratings' lists; its
    /// history stays. Left out of the wire when active.
    #[serde(default = "active", skip_serializing_if = "is_active")]
    pub active: bool,
}

fn active() -> bool {
    true
}

fn is_active(a: &bool) -> bool {
    *a
}

impl Catalogue {
    pub fn centre(&self, id: &str) -> Option<&Centre> {
        self.centres.iter().find(|c| c.id == id)
    }

    pub fn centre_by_qr(&self, token: &str) -> Option<&Centre> {
        self.centres.iter().find(|c| c.qr_token == token)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The centres a person looking for `query` means, in catalogue order:
    /// all of them for an empty query.
    pub fn search<'a>(&'a self, query: &'a str) -> impl Iterator<Item = &'a Centre> + 'a {
        self.centres.iter().filter(move |c| c.active && c.matches(query))
    }
}

impl Centre {
    /// Whether the centre's name or address, in any language, contains the
    /// query, ignoring case and surrounding space.
    pub fn matches(&self, query: &str) -> bool {
        let q = query.trim().to_lowercase();
        q.is_empty() || self.name.0.values().chain(self.address.0.values()).any(|t| t.to_lowercase().contains(&q))
    }

    /// Great-circle distance in metres from the centre to a point.
    pub fn distance_m(&self, latitude: f64, longitude: f64) -> f64 {
        haversine_m(self.latitude, self.longitude, latitude, longitude)
    }

    /// Whether a reported position, given its accuracy, falls within the geofence.
    pub fn contains(&self, latitude: f64, longitude: f64, accuracy_m: f64) -> bool {
        self.distance_m(latitude, longitude) <= self.geofence_m + accuracy_m.max(0.0)
    }
}

fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const EARTH_RADIUS_M: f64 = 6_371_008.8;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn centre() -> Centre {
        Centre {
            id: "c1".into(),
            entity_id: "e1".into(),
            name: LocalizedText::new([("en", "Al Barsha")]),
            address: LocalizedText::default(),
            latitude: 25.1130,
            longitude: 55.2000,
            geofence_m: 150.0,
            qr_token: "q1".into(),
            active: true,
            service_ids: vec![],
        }
    }

    #[test]
    fn distance_of_a_kilometre_north_is_about_1000_m() {
        let d = centre().distance_m(25.1130 + 1.0 / 111.2, 55.2000);
        assert!((d - 1000.0).abs() < 5.0, "{d}");
    }

    #[test]
    fn geofence_counts_accuracy_in_the_visitors_favour() {
        let c = centre();
        let lat_200m = 25.1130 + 0.2 / 111.2;
        assert!(!c.contains(lat_200m, 55.2, 10.0));
        assert!(c.contains(lat_200m, 55.2, 60.0));
    }

    #[test]
    fn search_finds_a_centre_by_any_of_its_names_or_its_address_ignoring_case() {
        let mut c = centre();
        c.name = LocalizedText::new([("en", "Al Barsha"), ("ar", "البرشاء")]);
        c.address = LocalizedText::new([("en", "Umm Suqeim Street")]);
        let catalogue = Catalogue { centres: vec![c], ..Catalogue::default() };
        for q in ["", "  ", "barsha", "AL BAR", "البرشاء", "suqeim"] {
            assert_eq!(catalogue.search(q).count(), 1, "{q:?}");
        }
        assert_eq!(catalogue.search("deira").count(), 0);
    }
}
