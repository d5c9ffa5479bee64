//! The fictional demo data `serve --demo` seeds: three authorities, twelve
//! centres across the Emirates, their services, four shoppers, a supervisor
//! for each of two authorities, an admin, and a published wave of planned
//! visits, some of them assigned; with `serve --demo`, improvement actions
//! at the Al Barsha centre in every status.
//! The catalogue lives in `demo/catalogue.json`, named in every app locale.

mod actions;

pub use actions::seed_actions;

use crate::auth::{hash_password, token_digest};
use crate::storage::{NewUser, Seeder, Storage, StorageError};
use ms_core::wire::UserRole;
use ms_core::Catalogue;

pub const DEMO_SHOPPER: (&str, &str) = ("shopper", "shopper-demo");
/// Reviews the civil documents authority's centres.
pub const DEMO_SUPERVISOR: (&str, &str) = ("supervisor", "supervisor-demo");
/// Reviews the roads and vehicles authority's centres only.
pub const DEMO_SUPERVISOR_ROADS: (&str, &str) = ("supervisor-roads", "supervisor-roads-demo");
pub const DEMO_ADMIN: (&str, &str) = ("admin", "admin-demo");
/// Runs the Al Barsha centre.
pub const DEMO_MANAGER: (&str, &str) = ("manager", "manager-demo");

/// A demo account: role, (username, password), display name, and the
/// entities a supervisor reviews or the centres a centre manager runs.
pub type DemoAccount = (UserRole, (&'static str, &'static str), &'static str, &'static [&'static str]);

/// Every demo account.
pub const DEMO_ACCOUNTS: [DemoAccount; 8] = [
    (UserRole::Shopper, DEMO_SHOPPER, "Demo Shopper", &[]),
    (UserRole::Shopper, ("shopper-2", "shopper-2-demo"), "Demo Shopper Two", &[]),
    (UserRole::Shopper, ("shopper-3", "shopper-3-demo"), "Demo Shopper Three", &[]),
    (UserRole::Shopper, ("shopper-4", "shopper-4-demo"), "Demo Shopper Four", &[]),
    (UserRole::Supervisor, DEMO_SUPERVISOR, "Demo Supervisor", &["civil-documents"]),
    (UserRole::Supervisor, DEMO_SUPERVISOR_ROADS, "Demo Roads Supervisor", &["roads-vehicles"]),
    (UserRole::CentreManager, DEMO_MANAGER, "Demo Centre Manager", &["cd-al-barsha"]),
    (UserRole::Admin, DEMO_ADMIN, "Demo Admin", &[]),
];
/// The demo exit kiosk: its centre, the centre's QR token, and its key.
pub const DEMO_KIOSK: (&str, &str, &str) = ("cd-al-barsha", "cd-al-barsha-qr", "demo-kiosk-al-barsha");

/// Every locale the demo catalogue names its entities, services and centres in.
pub const LOCALES: [&str; 10] = ms_core::locale::SUPPORTED;

/// The demo catalogue, names and addresses in every locale of [`LOCALES`].
const CATALOGUE_JSON: &str = include_str!("demo/catalogue.json");

/// The demo catalogue. The JSON is embedded at build time and a unit test
/// proves it parses, so an error here means a broken build, not bad input.
pub fn catalogue() -> Result<Catalogue, String> {
    serde_json::from_str(CATALOGUE_JSON).map_err(|e| format!("demo catalogue.json is invalid: {e}"))
}

/// Adds `count` fictional evaluations, only to a database without any.
pub async fn seed_evaluations(storage: &dyn Seeder, count: u64) -> Result<u64, StorageError> {
    let any = crate::storage::EvaluationFilter::everything(crate::storage::ReviewScope::All, 1);
    if storage.list_evaluations(&any).await?.total > 0 {
        return Ok(0);
    }
    storage.seed_evaluations(count, 1).await
}

/// Seeds the demo catalogue and accounts; running it again changes nothing.
pub async fn seed(storage: &dyn Storage) -> Result<(), StorageError> {
    storage.upsert_catalogue(&catalogue().map_err(StorageError::Invalid)?).await?;
    for (role, (username, password), display, scope) in DEMO_ACCOUNTS {
        if storage.user_by_name(username).await?.is_none() {
            let hash = hash_password(password).map_err(StorageError::Invalid)?;
            let scope: Vec<String> = scope.iter().map(|e| (*e).to_owned()).collect();
            let (entity_ids, centre_ids) =
                if role == UserRole::CentreManager { (Vec::new(), scope) } else { (scope, Vec::new()) };
            let user = NewUser {
                username: (*username).to_owned(),
                display_name: (*display).to_owned(),
                role,
                password_hash: hash,
                entity_ids,
                centre_ids,
                created_by: None,
            };
            storage.create_user(&user).await?;
        }
    }
    let (centre, _, key) = DEMO_KIOSK;
    storage.create_kiosk(&token_digest(key), centre, "Demo exit kiosk", None).await?;
    seed_wave(storage).await
}

/// The demo's wave: the civil documents authority's four centres over the
/// next eight weeks, two visits each, published, the first visits of two of
/// its centres given to the first two shoppers and the rest open. Only into
/// a database without any wave.
async fn seed_wave(storage: &dyn Storage) -> Result<(), StorageError> {
    use crate::storage::{AssignmentMove, Planned, Planner, ReviewScope};
    use ms_core::planning::api::WavePatch;
    use ms_core::planning::{Actor, PlannedVisit, WavePlan, WaveRules, WaveStatus};
    if !storage.waves(&ReviewScope::All).await?.is_empty() {
        return Ok(());
    }
    let now = chrono::Utc::now();
    let today = now.date_naive();
    let scenarios = [
        ("cd-al-barsha", "id-card-renewal", "Ask to renew an identity card that expires next month."),
        ("cd-deira", "birth-certificate", "Ask for a copy of a birth certificate for a child born abroad."),
        (
            "cd-al-khalidiyah",
            "id-card-renewal",
            "Ask what to bring to renew an identity card, as a first-time visitor.",
        ),
        ("cd-al-ain", "birth-certificate", "Ask to register a newborn; play a parent in a hurry."),
    ];
    let plan = WavePlan {
        name: "Demo wave: civil documents".into(),
        from: today,
        to: today + chrono::Duration::days(55),
        template_id: ms_core::builtin::SHOPPER_CUSTOMER_JOURNEY.into(),
        rules: WaveRules::default(),
        visits: scenarios
            .iter()
            .map(|(centre, service, scenario)| PlannedVisit {
                centre_id: (*centre).into(),
                service_id: Some((*service).into()),
                count: 2,
                scenario: (*scenario).into(),
                days: Vec::new(),
                hours: None,
            })
            .collect(),
    };
    let by = Planner { actor: Actor::System, at: now, scope: ReviewScope::All };
    let catalogue = storage.catalogue().await?;
    let refused = |what: &str| StorageError::Invalid(format!("the demo wave can't be {what}"));
    let Planned::Done(wave) = storage.create_wave(&plan, &catalogue, &by).await? else {
        return Err(refused("created"));
    };
    let publish = WavePatch { plan: None, status: Some(WaveStatus::Published) };
    if !matches!(storage.change_wave(wave.summary.id, &publish, &catalogue, &by).await?, Planned::Done(_)) {
        return Err(refused("published"));
    }
    let filter = crate::storage::AssignmentFilter { wave_id: Some(wave.summary.id), limit: 100, ..Default::default() };
    let open = storage.assignments(&filter).await?.items;
    for (centre, shopper) in [("cd-al-barsha", DEMO_SHOPPER.0), ("cd-deira", "shopper-2")] {
        if let Some(a) = open.iter().find(|a| a.centre_id == centre) {
            let give = AssignmentMove::Give { shopper: shopper.into(), override_reason: None };
            storage.move_assignment(a.id, &give, &by).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::LOCALES;
    use ms_core::LocalizedText;

    fn assert_every_locale(what: &str, id: &str, text: &LocalizedText) {
        for locale in LOCALES {
            let value = text.0.get(locale).map(|s| s.trim()).unwrap_or("");
            assert!(!value.is_empty(), "{what} of {id} has no text in {locale}");
        }
        let extra: Vec<&String> = text.0.keys().filter(|k| !LOCALES.contains(&k.as_str())).collect();
        assert!(extra.is_empty(), "{what} of {id} has unknown locales {extra:?}");
    }

    #[test]
    fn demo_catalogue_has_three_entities_and_twelve_centres_in_the_emirates() {
        let c = super::catalogue().expect("embedded demo catalogue parses");
        assert!(c.entities.len() >= 3);
        assert!(c.centres.len() >= 12);
        for centre in &c.centres {
            assert!(
                (22.5..26.5).contains(&centre.latitude) && (51.0..56.5).contains(&centre.longitude),
                "{}",
                centre.id
            );
            assert!(!centre.service_ids.is_empty());
            assert!(c.entities.iter().any(|e| e.id == centre.entity_id), "{}", centre.id);
            for service in &centre.service_ids {
                assert!(
                    c.service(service).is_some_and(|s| s.entity_id == centre.entity_id),
                    "{}: {service}",
                    centre.id
                );
            }
        }
    }

    #[test]
    fn every_demo_name_and_address_exists_in_every_locale() {
        let c = super::catalogue().expect("embedded demo catalogue parses");
        for entity in &c.entities {
            assert_every_locale("name", &entity.id, &entity.name);
        }
        for service in &c.services {
            assert_every_locale("name", &service.id, &service.name);
        }
        for centre in &c.centres {
            assert_every_locale("name", &centre.id, &centre.name);
            assert_every_locale("address", &centre.id, &centre.address);
        }
    }
}
