//! The Mystery Shopper domain, free of I/O: what a centre, a checklist and an
//! evaluation are, which answers an evaluation still lacks, how it scores, and
//! how a centre's figures become a star rating.

pub mod accounts;
pub mod actions;
pub mod audit;
pub mod authoring;
pub mod builtin;
pub mod catalogue;
pub mod counter;
pub mod engine;
pub mod error_code;
pub mod evaluation;
pub mod geo;
pub mod ids;
pub mod jpeg;
pub mod locale;
pub mod planning;
pub mod plausibility;
pub mod proof;
pub mod rating;
pub mod review;
pub mod scoring;
pub mod stats;
pub mod template;
pub mod text;
pub mod wire;

pub use catalogue::{Catalogue, Centre, Entity, Service};
pub use engine::{Missing, MissingKind, ValidationError};
pub use error_code::ErrorCode;
pub use evaluation::{Answer, AnswerValue, CheckIn, Evaluation, Face, Role};
pub use ids::{EvaluationId, IdError, PhotoId};
pub use rating::{IndexFigure, RatingConfig, StarBand, StarRating};
pub use review::ReviewStatus;
pub use scoring::{EvaluationScore, StageScore};
pub use template::{ChecklistTemplate, Condition, Item, ItemKind, Stage, TemplateRef};
pub use text::LocalizedText;
