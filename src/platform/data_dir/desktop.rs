//! Desktop: the platform's data directory; `MYSTERY_SHOPPER_DATA` overrides it.

pub fn data_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("MYSTERY_SHOPPER_DATA") {
        return dir.into();
    }
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("mystery-shopper")
}
