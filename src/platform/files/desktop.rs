//! Desktop: a file in the Downloads folder (else the app's data folder).

pub fn save_download(name: &str, _content_type: &str, bytes: &[u8]) -> Result<String, String> {
    let dir = dirs::download_dir().unwrap_or_else(crate::platform::data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(name);
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.display().to_string())
}
