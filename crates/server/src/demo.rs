//! The fictional demo data `serve --demo` seeds: three authorities, twelve
//! centres across the Emirates, their services, and one account per role.

use crate::auth::hash_password;
use crate::storage::{Storage, StorageError};
use ms_core::wire::UserRole;
use ms_core::{Catalogue, Centre, Entity, LocalizedText, Service};

pub const DEMO_SHOPPER: (&str, &str) = ("shopper", "shopper-demo");
pub const DEMO_SUPERVISOR: (&str, &str) = ("supervisor", "supervisor-demo");

fn text(en: &str, ar: &str) -> LocalizedText {
    LocalizedText::new([("en", en), ("ar", ar)])
}

pub fn catalogue() -> Catalogue {
    let entities = vec![
        Entity {
            id: "civil-documents".into(), name: text("Civil Documents Department", "دائرة الوثائق المدنية")
        },
        Entity {
            id: "municipal-services".into(), name: text("Municipal Services Authority", "هيئة الخدمات البلدية")
        },
        Entity {
            id: "roads-vehicles".into(), name: text("Roads and Vehicles Authority", "هيئة الطرق والمركبات")
        },
    ];
    let services = vec![
        Service {
            id: "id-card-renewal".into(),
            entity_id: "civil-documents".into(),
            name: text("Identity card renewal", "تجديد بطاقة الهوية"),
        },
        Service {
            id: "birth-certificate".into(),
            entity_id: "civil-documents".into(),
            name: text("Birth certificate", "شهادة الميلاد"),
        },
        Service {
            id: "building-permit".into(),
            entity_id: "municipal-services".into(),
            name: text("Building permit", "رخصة البناء"),
        },
        Service {
            id: "trade-licence".into(),
            entity_id: "municipal-services".into(),
            name: text("Trade licence", "الرخصة التجارية"),
        },
        Service {
            id: "vehicle-registration".into(),
            entity_id: "roads-vehicles".into(),
            name: text("Vehicle registration", "تسجيل المركبة"),
        },
        Service {
            id: "driving-licence".into(),
            entity_id: "roads-vehicles".into(),
            name: text("Driving licence", "رخصة القيادة"),
        },
    ];
    let centre = |id: &str, entity: &str, en: &str, ar: &str, addr_en: &str, addr_ar: &str, lat: f64, lon: f64| {
        let service_ids = services.iter().filter(|s| s.entity_id == entity).map(|s| s.id.clone()).collect();
        Centre {
            id: id.into(),
            entity_id: entity.into(),
            name: text(en, ar),
            address: text(addr_en, addr_ar),
            latitude: lat,
            longitude: lon,
            geofence_m: 150.0,
            qr_token: format!("{id}-qr"),
            service_ids,
        }
    };
    let centres = vec![
        centre(
            "cd-al-barsha",
            "civil-documents",
            "Al Barsha Customer Centre",
            "مركز خدمة المتعاملين في البرشاء",
            "Al Barsha 1, Dubai",
            "البرشاء 1، دبي",
            25.1130,
            55.2000,
        ),
        centre(
            "cd-deira",
            "civil-documents",
            "Deira Customer Centre",
            "مركز خدمة المتعاملين في ديرة",
            "Port Saeed, Deira, Dubai",
            "بور سعيد، ديرة، دبي",
            25.2560,
            55.3300,
        ),
        centre(
            "cd-al-khalidiyah",
            "civil-documents",
            "Al Khalidiyah Customer Centre",
            "مركز خدمة المتعاملين في الخالدية",
            "Al Khalidiyah, Abu Dhabi",
            "الخالدية، أبوظبي",
            24.4700,
            54.3500,
        ),
        centre(
            "cd-al-ain",
            "civil-documents",
            "Al Ain Customer Centre",
            "مركز خدمة المتعاملين في العين",
            "Al Jimi, Al Ain",
            "الجيمي، العين",
            24.2075,
            55.7447,
        ),
        centre(
            "ms-al-majaz",
            "municipal-services",
            "Al Majaz Service Centre",
            "مركز الخدمات في المجاز",
            "Al Majaz 2, Sharjah",
            "المجاز 2، الشارقة",
            25.3260,
            55.3870,
        ),
        centre(
            "ms-ajman",
            "municipal-services",
            "Ajman Service Centre",
            "مركز خدمات عجمان",
            "Al Nuaimiya, Ajman",
            "النعيمية، عجمان",
            25.4052,
            55.5136,
        ),
        centre(
            "ms-umm-al-quwain",
            "municipal-services",
            "Umm Al Quwain Service Centre",
            "مركز خدمات أم القيوين",
            "King Faisal Road, Umm Al Quwain",
            "شارع الملك فيصل، أم القيوين",
            25.5647,
            55.5552,
        ),
        centre(
            "ms-mussafah",
            "municipal-services",
            "Mussafah Service Centre",
            "مركز خدمات مصفح",
            "Mussafah M-10, Abu Dhabi",
            "مصفح م-10، أبوظبي",
            24.3500,
            54.5000,
        ),
        centre(
            "rv-al-quoz",
            "roads-vehicles",
            "Al Quoz Vehicle Centre",
            "مركز المركبات في القوز",
            "Al Quoz Industrial 3, Dubai",
            "القوز الصناعية 3، دبي",
            25.1380,
            55.2390,
        ),
        centre(
            "rv-silicon-oasis",
            "roads-vehicles",
            "Silicon Oasis Vehicle Centre",
            "مركز المركبات في واحة السيليكون",
            "Dubai Silicon Oasis, Dubai",
            "واحة دبي للسيليكون، دبي",
            25.1185,
            55.3790,
        ),
        centre(
            "rv-ras-al-khaimah",
            "roads-vehicles",
            "Ras Al Khaimah Vehicle Centre",
            "مركز المركبات في رأس الخيمة",
            "Al Nakheel, Ras Al Khaimah",
            "النخيل، رأس الخيمة",
            25.7895,
            55.9432,
        ),
        centre(
            "rv-fujairah",
            "roads-vehicles",
            "Fujairah Vehicle Centre",
            "مركز المركبات في الفجيرة",
            "Hamad Bin Abdullah Road, Fujairah",
            "شارع حمد بن عبدالله، الفجيرة",
            25.1288,
            56.3265,
        ),
    ];
    Catalogue { entities, centres, services }
}

/// Seeds the demo catalogue and accounts; running it again changes nothing.
pub async fn seed(storage: &dyn Storage) -> Result<(), StorageError> {
    storage.upsert_catalogue(&catalogue()).await?;
    for (role, (username, password), display) in
        [(UserRole::Shopper, DEMO_SHOPPER, "Demo Shopper"), (UserRole::Supervisor, DEMO_SUPERVISOR, "Demo Supervisor")]
    {
        if storage.user_by_name(username).await?.is_none() {
            let hash = hash_password(password).map_err(StorageError::Invalid)?;
            storage.create_user(username, display, role, &hash).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_catalogue_has_three_entities_and_twelve_centres_in_the_emirates() {
        let c = super::catalogue();
        assert!(c.entities.len() >= 3);
        assert!(c.centres.len() >= 12);
        for centre in &c.centres {
            assert!(
                (22.5..26.5).contains(&centre.latitude) && (51.0..56.5).contains(&centre.longitude),
                "{}",
                centre.id
            );
            assert!(!centre.service_ids.is_empty());
        }
    }
}
