//! Widgets the screens share.

mod answer;
mod download;
mod face;
mod field_error;
mod icons;
mod overall;
mod photo_input;
mod photos;
mod print;
mod progress;
mod proof_flags;
mod server_photos;
mod stars;
mod store_error;
mod trend_chart;

pub use answer::{AnswerChange, AnswerInput, ItemWords};
pub use download::{DownloadState, DownloadStatus};
pub use face::FaceButton;
pub use field_error::FieldError;
pub use icons::{OutboxIcon, SettingsIcon};
pub use overall::OverallFields;
pub use photo_input::PhotoInput;
pub use photos::PhotoThumbs;
pub use print::{PrintPanel, PrintTarget};
pub use progress::ProgressBar;
pub use proof_flags::{flag_text, ProofFlags};
pub use server_photos::ServerPhotos;
pub use stars::Stars;
pub use store_error::{use_save_errors, ReadError, SaveAlert, SaveErrors};
pub use trend_chart::TrendChart;
