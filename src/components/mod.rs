//! Widgets the screens share.

mod answer;
mod face;
mod photo_input;
mod progress;
mod store_error;

pub use answer::{AnswerChange, AnswerInput};
pub use face::FaceButton;
pub use photo_input::PhotoInput;
pub use progress::ProgressBar;
pub use store_error::{use_save_errors, ReadError, SaveAlert, SaveErrors};
