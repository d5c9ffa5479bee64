//! The shopper's full customer journey, stage by stage, from before the visit to the exit.

use super::{Builder, ItemExt};
use crate::evaluation::Role;
use crate::template::{ChecklistTemplate, ItemKind};

pub const SHOPPER_CUSTOMER_JOURNEY: &str = "shopper-customer-journey";

/// Target waiting time in minutes.
pub const WAITING_TARGET_MINUTES: f64 = 15.0;
/// Target service time in minutes.
pub const SERVICE_TARGET_MINUTES: f64 = 20.0;

/// The items a centre can put right itself (its signs, its queue, its
/// premises, its staff's badges): a failing answer to one, once the visit is
/// approved, becomes an improvement action for the centre.
pub const CENTRE_CAN_FIX: [&str; 10] = [
    "signage",
    "accessibility",
    "queue-ticket",
    "priority-service",
    "cleanliness",
    "seating-comfort",
    "information-screens",
    "name-badge",
    "payment-methods",
    "complaints-channel",
];

/// The checklist as shoppers fill it in now. Version 2 is version 1 with the
/// items a centre can fix marked `action_on_fail`.
pub fn shopper_customer_journey() -> ChecklistTemplate {
    let mut t = shopper_customer_journey_v1();
    t.version = 2;
    for item in t.stages.iter_mut().flat_map(|s| s.items.iter_mut()) {
        item.action_on_fail = CENTRE_CAN_FIX.contains(&item.id.as_str());
    }
    t
}

/// Version 1, as it was published: the visits made with it are still read
/// and scored by it, so it never changes.
pub fn shopper_customer_journey_v1() -> ChecklistTemplate {
    let b = Builder { prefix: "shopper" };
    let yes_no = || ItemKind::YesNo;
    ChecklistTemplate {
        id: SHOPPER_CUSTOMER_JOURNEY.into(),
        version: 1,
        audience: Role::Shopper,
        title: "shopper-title".into(),
        texts: Default::default(),
        default_language: None,
        stages: vec![
            b.stage(
                "before",
                1.0,
                vec![
                    b.item("website-accurate", yes_no(), 2.0).na().comment_on_fail().help(),
                    b.item("call-centre-reachable", yes_no(), 1.0).na().comment_on_fail(),
                ],
            ),
            b.stage(
                "access",
                1.0,
                vec![
                    b.item("easy-to-find", yes_no(), 1.0),
                    b.item("signage", yes_no(), 1.0).photo_on_fail(),
                    b.item("parking", yes_no(), 1.0).na(),
                    b.item("accessibility", yes_no(), 2.0).na().photo_on_fail().comment_on_fail().help(),
                ],
            ),
            b.stage(
                "reception",
                1.0,
                vec![
                    b.item("greeted-guided", yes_no(), 2.0),
                    b.item("queue-ticket", yes_no(), 1.0).na(),
                    b.item("priority-service", yes_no(), 2.0).na().comment_on_fail().help(),
                ],
            ),
            b.stage(
                "waiting",
                1.5,
                vec![
                    b.item("waiting-time", ItemKind::Duration { target_minutes: WAITING_TARGET_MINUTES }, 3.0)
                        .comment_on_fail()
                        .help(),
                    b.item("cleanliness", yes_no(), 2.0).photo_on_fail().comment_on_fail(),
                    b.item("seating-comfort", ItemKind::Scale, 1.0),
                    b.item("information-screens", yes_no(), 1.0).na(),
                ],
            ),
            b.stage(
                "service",
                2.0,
                vec![
                    b.item("employee-greeting", yes_no(), 1.0),
                    b.item("name-badge", yes_no(), 1.0),
                    b.item("professional-appearance", yes_no(), 1.0),
                    b.item("knowledge", ItemKind::Scale, 2.0).help(),
                    b.item("courtesy", ItemKind::Scale, 2.0),
                    b.item("completed-one-visit", yes_no(), 3.0).comment_on_fail(),
                    b.item("service-time", ItemKind::Duration { target_minutes: SERVICE_TARGET_MINUTES }, 2.0)
                        .comment_on_fail()
                        .help(),
                    b.item("fees-once", yes_no(), 1.0).na().comment_on_fail(),
                    b.item("payment-methods", yes_no(), 1.0).na(),
                    b.item("digital-alternative", yes_no(), 1.0),
                ],
            ),
            b.stage(
                "exit",
                1.0,
                vec![
                    b.item("thanked", yes_no(), 1.0),
                    b.item("receipt", yes_no(), 1.0).na(),
                    b.item("invited-to-rate", yes_no(), 1.0),
                    b.item("complaints-channel", yes_no(), 1.0).photo_on_fail(),
                ],
            ),
            b.stage("overall", 1.0, vec![b.item("overall-face", ItemKind::Face, 1.0)]),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_2_marks_the_items_a_centre_can_fix_and_changes_nothing_else() {
        let (one, two) = (shopper_customer_journey_v1(), shopper_customer_journey());
        assert_eq!((one.version, two.version), (1, 2));
        let marked: Vec<&str> = two.items().filter(|(_, i)| i.action_on_fail).map(|(_, i)| i.id.as_str()).collect();
        assert_eq!(marked.len(), CENTRE_CAN_FIX.len(), "every id names an item: {marked:?}");
        assert!(one.items().all(|(_, i)| !i.action_on_fail), "version 1 stays as published");
        let mut unmarked = two.clone();
        unmarked.version = 1;
        unmarked.stages.iter_mut().flat_map(|s| s.items.iter_mut()).for_each(|i| i.action_on_fail = false);
        assert_eq!(unmarked, one);
        assert!(two.check().is_ok());
    }
}
