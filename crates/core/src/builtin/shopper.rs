//! The shopper's full customer journey, stage by stage, from before the visit to the exit.

use super::{Builder, ItemExt};
use crate::evaluation::Role;
use crate::template::{ChecklistTemplate, ItemKind};

pub const SHOPPER_CUSTOMER_JOURNEY: &str = "shopper-customer-journey";

/// Target waiting time in minutes.
pub const WAITING_TARGET_MINUTES: f64 = 15.0;
/// Target service time in minutes.
pub const SERVICE_TARGET_MINUTES: f64 = 20.0;

pub fn shopper_customer_journey() -> ChecklistTemplate {
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
