//! The signed-in account's own: a new password.

use super::{error_of, send, ApiClient, ApiError};
use ms_core::accounts::PasswordChange;
use reqwest::Method;

impl ApiClient {
    /// Changes the signed-in account's password (`POST /me/password`); a
    /// temporary password must be changed so before anything else.
    pub async fn change_password(&self, change: &PasswordChange) -> Result<(), ApiError> {
        let resp = send(self.request(Method::POST, "/me/password").json(change)).await?;
        if !resp.status().is_success() {
            return Err(error_of(resp).await);
        }
        Ok(())
    }
}
