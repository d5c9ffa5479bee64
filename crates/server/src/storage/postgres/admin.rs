//! Account administration on PostgreSQL: the shared steps of `storage::admin`,
//! each write a transaction run again when it loses a race.

use super::evaluations::Steps;
use super::PgStorage;
use crate::storage::StorageError;
use async_trait::async_trait;

#[async_trait]
impl crate::storage::AccountAdmin for PgStorage {
    async fn users(&self, filter: &crate::storage::UserFilter) -> Result<Vec<crate::storage::User>, StorageError> {
        crate::storage::admin::users(&mut Steps(&self.client().await?), filter).await
    }

    async fn change_user(
        &self,
        username: &str,
        change: &crate::storage::UserChange,
        by: crate::storage::AdminAct,
    ) -> Result<Option<crate::storage::User>, StorageError> {
        transaction!(self, |tx| crate::storage::admin::change_user(&mut Steps(&tx), username, change, by).await)
    }

    async fn set_user_active(
        &self,
        username: &str,
        active: bool,
        by: crate::storage::AdminAct,
    ) -> Result<Option<crate::storage::User>, StorageError> {
        transaction!(self, |tx| crate::storage::admin::set_user_active(&mut Steps(&tx), username, active, by).await)
    }

    async fn set_password(
        &self,
        username: &str,
        password_hash: &str,
        by: Option<crate::storage::AdminAct>,
    ) -> Result<Option<crate::storage::User>, StorageError> {
        transaction!(self, |tx| crate::storage::admin::set_password(&mut Steps(&tx), username, password_hash, by).await)
    }

    async fn kiosks(&self) -> Result<Vec<ms_core::accounts::KioskView>, StorageError> {
        super::kiosks::list(&self.client().await?).await
    }

    async fn revoke_kiosk(
        &self,
        id: i64,
        by: crate::storage::AdminAct,
    ) -> Result<Option<ms_core::accounts::KioskView>, StorageError> {
        transaction!(self, |tx| super::kiosks::revoke(&tx, id, by).await)
    }
}
