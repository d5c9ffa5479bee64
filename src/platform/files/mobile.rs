//! Android and iOS: the file is written to the app's files directory and
//! offered through the share sheet (mail, a drive, another app).

use crate::platform::native::{share_file, with_plugin};

pub fn save_download(name: &str, content_type: &str, bytes: &[u8]) -> Result<String, String> {
    let dir = crate::platform::data_dir().join("exports");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(name);
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let shown = path.display().to_string();
    let answer = with_plugin(|p| share_file(p, shown.clone(), content_type.to_owned()).map_err(|e| e.to_string()))?;
    if answer.is_empty() {
        Ok(shown)
    } else {
        Err(answer)
    }
}
