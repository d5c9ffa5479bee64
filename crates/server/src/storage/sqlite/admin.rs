//! Account administration on SQLite: the shared steps of `storage::admin`,
//! each write in an immediate transaction of the shared connection.

use super::evaluations::Steps;
use super::planning::write;
use crate::storage::StorageError;
use async_trait::async_trait;

#[async_trait]
impl crate::storage::AccountAdmin for super::SqliteStorage {
    async fn users(&self, filter: &crate::storage::UserFilter) -> Result<Vec<crate::storage::User>, StorageError> {
        let f = filter.clone();
        self.with_conn(move |c| super::at_once(crate::storage::admin::users(&mut Steps(c), &f))).await
    }

    async fn change_user(
        &self,
        username: &str,
        change: &crate::storage::UserChange,
        by: crate::storage::AdminAct,
    ) -> Result<Option<crate::storage::User>, StorageError> {
        let (u, ch) = (username.to_owned(), change.clone());
        self.with_conn(move |c| write(c, |s| super::at_once(crate::storage::admin::change_user(s, &u, &ch, by)))).await
    }

    async fn set_user_active(
        &self,
        username: &str,
        active: bool,
        by: crate::storage::AdminAct,
    ) -> Result<Option<crate::storage::User>, StorageError> {
        let u = username.to_owned();
        self.with_conn(move |c| write(c, |s| super::at_once(crate::storage::admin::set_user_active(s, &u, active, by))))
            .await
    }

    async fn set_password(
        &self,
        username: &str,
        password_hash: &str,
        by: Option<crate::storage::AdminAct>,
    ) -> Result<Option<crate::storage::User>, StorageError> {
        let (u, h) = (username.to_owned(), password_hash.to_owned());
        self.with_conn(move |c| write(c, |s| super::at_once(crate::storage::admin::set_password(s, &u, &h, by)))).await
    }

    async fn kiosks(&self) -> Result<Vec<ms_core::accounts::KioskView>, StorageError> {
        self.with_conn(|c| super::kiosks::list(c)).await
    }

    async fn revoke_kiosk(
        &self,
        id: i64,
        by: crate::storage::AdminAct,
    ) -> Result<Option<ms_core::accounts::KioskView>, StorageError> {
        self.with_conn(move |c| super::kiosks::revoke(c, id, by)).await
    }
}
