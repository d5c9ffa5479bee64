//! Widgets the screens share.

mod answer;
mod face;
mod icons;
mod overall;
mod photo_input;
mod photos;
mod progress;
mod store_error;

pub use answer::{AnswerChange, AnswerInput};
pub use face::FaceButton;
pub use icons::{OutboxIcon, SettingsIcon};
pub use overall::OverallFields;
pub use photo_input::PhotoInput;
pub use photos::PhotoThumbs;
pub use progress::ProgressBar;
pub use store_error::{use_save_errors, ReadError, SaveAlert, SaveErrors};
