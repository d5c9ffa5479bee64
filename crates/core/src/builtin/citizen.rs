//! The citizen quick rating: a face, reasons when not happy, a few optional
//! journey questions, and whether the person is still at the centre.

use super::{Builder, ItemExt};
use crate::evaluation::Role;
use crate::evaluation::{AnswerValue, Face};
use crate::template::{ChecklistTemplate, ItemKind};

pub const CITIZEN_QUICK_RATING: &str = "citizen-quick-rating";

/// Why a visit was not a happy one.
pub const REASONS: [&str; 10] = [
    "waiting-time",
    "employee-attitude",
    "process-clarity",
    "completion-time",
    "fees",
    "payment-methods",
    "location-parking",
    "reception",
    "digital-channels",
    "other",
];

pub fn citizen_quick_rating() -> ChecklistTemplate {
    let b = Builder { prefix: "citizen" };
    let not_happy = vec![AnswerValue::Face(Face::Neutral), AnswerValue::Face(Face::Unhappy)];
    ChecklistTemplate {
        id: CITIZEN_QUICK_RATING.into(),
        version: 1,
        audience: Role::Citizen,
        title: "citizen-title".into(),
        texts: Default::default(),
        default_language: None,
        stages: vec![
            b.stage(
                "rating",
                2.0,
                vec![
                    b.item("face", ItemKind::Face, 1.0),
                    b.item("reasons", ItemKind::MultiChoice { options: b.options("reason", &REASONS) }, 0.0)
                        .show_if_any("face", not_happy),
                ],
            ),
            b.stage(
                "journey",
                1.0,
                vec![
                    b.item("found-easily", ItemKind::YesNo, 1.0).optional().na(),
                    b.item("wait-reasonable", ItemKind::YesNo, 1.0).optional().na(),
                    b.item("staff-helpful", ItemKind::YesNo, 1.0).optional().na(),
                    b.item("process-clear", ItemKind::YesNo, 1.0).optional().na(),
                    b.item("one-visit", ItemKind::YesNo, 1.0).optional().na(),
                    b.item("clean-comfortable", ItemKind::YesNo, 1.0).optional().na(),
                ],
            ),
            b.stage(
                "about",
                0.0,
                vec![b
                    .item(
                        "visit-phase",
                        ItemKind::SingleChoice { options: b.options("phase", &["still-here", "left"]) },
                        0.0,
                    )
                    .optional()],
            ),
        ],
    }
}
