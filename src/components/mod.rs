//! Widgets the screens share.

mod answer;
mod face;
mod photo_input;
mod progress;

pub use answer::{AnswerChange, AnswerInput};
pub use face::FaceButton;
pub use photo_input::PhotoInput;
pub use progress::ProgressBar;
