//! The admins' administration of people and devices: accounts (listed with
//! filters, created, changed, deactivated, reactivated, given a temporary
//! password), exit kiosks (listed, registered with their key, revoked), and
//! the audit log of every administrative act (paged, and as a CSV file).

use super::{json_of, send, ApiClient, ApiError, Download, DownloadProgress};
use ms_core::accounts::{Account, AccountChange, KioskView, NewAccount, NewKiosk, RegisteredKiosk, TemporaryPassword};
use ms_core::audit::{AuditPage, AuditQuery};
use ms_core::wire::UserRole;
use reqwest::Method;
use serde::Serialize;

/// The filters of `GET /users`: each left out when `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct AccountQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<UserRole>,
    /// Supervisors of this entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

/// A query written as `?name=value&…` (empty when nothing is chosen), each
/// value encoded as a form encodes it.
fn query_string<T: Serialize>(query: &T) -> String {
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(query) else { return String::new() };
    let Ok(mut url) = reqwest::Url::parse("http://query.invalid/") else { return String::new() };
    {
        let mut pairs = url.query_pairs_mut();
        for (name, value) in fields {
            match value {
                serde_json::Value::Null => {}
                serde_json::Value::String(s) => {
                    pairs.append_pair(&name, &s);
                }
                other => {
                    pairs.append_pair(&name, &other.to_string());
                }
            }
        }
    }
    match url.query() {
        Some(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    }
}

/// The path of one account's page: a username is lower-case letters,
/// digits, `.`, `_` and `-`, so it needs no escaping.
fn user_path(username: &str, then: &str) -> String {
    format!("/users/{username}{then}")
}

impl ApiClient {
    /// The accounts the filters keep, by username (admins).
    pub async fn accounts(&self, query: &AccountQuery) -> Result<Vec<Account>, ApiError> {
        json_of(send(self.request(Method::GET, "/users").query(query)).await?).await
    }

    /// Creates an account; the server checks the password's rules.
    pub async fn create_account(&self, account: &NewAccount) -> Result<Account, ApiError> {
        json_of(send(self.request(Method::POST, "/users").json(account)).await?).await
    }

    /// Changes an account's display name, role or entities.
    pub async fn change_account(&self, username: &str, change: &AccountChange) -> Result<Account, ApiError> {
        json_of(send(self.request(Method::PATCH, &user_path(username, "")).json(change)).await?).await
    }

    /// Deactivates (`active` false: every session ends at once) or reactivates an account.
    pub async fn set_account_active(&self, username: &str, active: bool) -> Result<Account, ApiError> {
        let then = if active { "/reactivate" } else { "/deactivate" };
        json_of(send(self.request(Method::POST, &user_path(username, then))).await?).await
    }

    /// Gives an account a temporary password, answered only now.
    pub async fn reset_password(&self, username: &str) -> Result<TemporaryPassword, ApiError> {
        json_of(send(self.request(Method::POST, &user_path(username, "/reset-password"))).await?).await
    }

    /// Every registered exit kiosk, newest first (never its key).
    pub async fn kiosks(&self) -> Result<Vec<KioskView>, ApiError> {
        json_of(send(self.request(Method::GET, "/kiosks")).await?).await
    }

    /// Registers a kiosk at a centre; its key is answered only now.
    pub async fn register_kiosk(&self, kiosk: &NewKiosk) -> Result<RegisteredKiosk, ApiError> {
        json_of(send(self.request(Method::POST, "/kiosks").json(kiosk)).await?).await
    }

    /// Revokes a kiosk: its key is refused from then on.
    pub async fn revoke_kiosk(&self, id: i64) -> Result<KioskView, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/kiosks/{id}/revoke"))).await?).await
    }

    /// A page of the audit log, newest first.
    pub async fn audit(&self, query: &AuditQuery) -> Result<AuditPage, ApiError> {
        json_of(send(self.request(Method::GET, "/audit").query(query)).await?).await
    }

    /// The audit log's entries the filters keep, as a CSV file (paging aside).
    pub async fn audit_csv(
        &self,
        query: &AuditQuery,
        progress: impl FnMut(DownloadProgress),
    ) -> Result<Download, ApiError> {
        let all = AuditQuery { before: None, limit: None, ..query.clone() };
        self.download(&format!("/audit.csv{}", query_string(&all)), progress).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_core::audit::AuditAction;

    #[test]
    fn the_filters_are_written_as_the_server_reads_them() {
        let client = ApiClient::new("http://127.0.0.1:9").expect("client");
        let query =
            AccountQuery { role: Some(UserRole::Supervisor), entity: Some("roads".into()), active: Some(false) };
        let request = client.request(Method::GET, "/users").query(&query).build().expect("request");
        assert_eq!(request.url().query(), Some("role=supervisor&entity=roads&active=false"));
        let request = client.request(Method::GET, "/users").query(&AccountQuery::default()).build();
        assert_eq!(request.expect("request").url().query(), None, "nothing chosen, nothing sent");
    }

    #[test]
    fn the_audit_csv_takes_the_filters_but_not_the_page() {
        let query = AuditQuery {
            action: Some(AuditAction::PasswordReset),
            actor: Some("ad min&co".into()),
            from: chrono::NaiveDate::from_ymd_opt(2026, 12, 1),
            to: None,
            before: Some(40),
            limit: Some(50),
        };
        let all = AuditQuery { before: None, limit: None, ..query };
        assert_eq!(query_string(&all), "?action=password_reset&actor=ad+min%26co&from=2026-12-01");
        assert_eq!(query_string(&AuditQuery::default()), "");
    }
}
