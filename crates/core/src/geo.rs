//! Distances on the Earth's surface, and whether a check-in was at its centre.
//! The server decides this from the centre's coordinates; it never takes the
//! device's word for it.

use crate::catalogue::Centre;

/// Mean Earth radius (IUGG), in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance in metres between two points given in degrees (haversine).
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// Where a check-in was, seen from the centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Presence {
    pub distance_m: f64,
    pub inside_geofence: bool,
}

/// The check-in's distance from the centre and whether it falls inside its geofence.
pub fn presence(centre: &Centre, latitude: f64, longitude: f64) -> Presence {
    let distance_m = distance_m(centre.latitude, centre.longitude, latitude, longitude);
    Presence { distance_m, inside_geofence: distance_m <= centre.geofence_m }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_of_latitude_is_about_111_km() {
        let d = distance_m(25.0, 55.0, 26.0, 55.0);
        assert!((d - 111_195.0).abs() < 50.0, "{d}");
    }

    #[test]
    fn same_point_is_zero_and_antipodes_are_half_the_circumference() {
        assert_eq!(distance_m(25.1, 55.2, 25.1, 55.2), 0.0);
        let d = distance_m(0.0, 0.0, 0.0, 180.0);
        assert!((d - std::f64::consts::PI * EARTH_RADIUS_M).abs() < 1.0, "{d}");
    }

    #[test]
    fn dubai_to_abu_dhabi_is_about_120_km() {
        let d = distance_m(25.2048, 55.2708, 24.4539, 54.3773);
        assert!((115_000.0..125_000.0).contains(&d), "{d}");
    }
}
