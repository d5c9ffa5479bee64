//! Android (`Context.getFilesDir()`) and iOS (Application Support): the
//! app's own directory, kept when the OS kills the app, removed with it.

pub fn data_dir() -> std::path::PathBuf {
    use crate::platform::native::{files_dir, with_plugin};
    match with_plugin(|p| files_dir(p).map_err(|e| e.to_string())) {
        Ok(dir) if !dir.is_empty() => std::path::PathBuf::from(dir).join("mystery-shopper"),
        // Without the plugin there is no directory of the app's to ask for:
        // this one is not the app's to write, so the store says it cannot
        // open rather than keep evaluations where they would be lost.
        _ => std::path::PathBuf::from("/nonexistent/mystery-shopper"),
    }
}
