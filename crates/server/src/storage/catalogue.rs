//! The catalogue (entities, centres, services) and the published checklists.

use super::StorageError;
use async_trait::async_trait;
use ms_core::{Catalogue, Centre, ChecklistTemplate, TemplateRef};

#[async_trait]
pub trait CatalogueStore: Send + Sync {
    async fn catalogue(&self) -> Result<Catalogue, StorageError>;
    async fn centre(&self, id: &str) -> Result<Option<Centre>, StorageError>;
    /// Adds or updates every entity, service and centre given (by id).
    async fn upsert_catalogue(&self, catalogue: &Catalogue) -> Result<(), StorageError>;
    /// The same, by an admin, recorded in the audit log in the same transaction.
    async fn import_catalogue(&self, changes: &Catalogue, actor: i64) -> Result<(), StorageError>;
    async fn templates(&self) -> Result<Vec<ChecklistTemplate>, StorageError>;
    async fn template(&self, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError>;
    /// Publishes a template version, by `actor` (None for the server itself
    /// and its command line); publishing the same content again is a no-op,
    /// different content under a published version is refused.
    async fn publish_template(&self, template: &ChecklistTemplate, actor: Option<i64>) -> Result<(), StorageError>;
    /// Every published version of a checklist, oldest first, with when and by whom.
    async fn template_versions(&self, id: &str) -> Result<Vec<TemplateVersion>, StorageError>;
}

/// One published version of a checklist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct TemplateVersion {
    pub version: u32,
    pub published_at: chrono::DateTime<chrono::Utc>,
    /// The username of the admin who published it; none for the server's own
    /// (built-in) checklists and the command line.
    pub published_by: Option<String>,
}

/// Who published each version: the audit log's entry for it (its subject is `<id> v<version>`).
pub(crate) const VERSIONS_SQL: &str = "SELECT t.version, t.published_at, u.username FROM templates t
     LEFT JOIN audit_log a ON a.action = 'template_published' AND a.subject = t.id || ' v' || CAST(t.version AS TEXT)
     LEFT JOIN users u ON u.id = a.actor
     WHERE t.id = $1 ORDER BY t.version";

/// The audit log's entry for a template version published.
pub(crate) fn template_published(t: &ChecklistTemplate, actor: Option<i64>) -> super::NewAuditEntry {
    let mut entry = super::NewAuditEntry::by_command_line(
        ms_core::audit::AuditAction::TemplatePublished,
        format!("{} v{}", t.id, t.version),
        serde_json::json!({
            "id": t.id,
            "version": t.version,
            "audience": t.audience.as_str(),
            "stages": t.stages.len(),
            "items": t.stages.iter().map(|s| s.items.len()).sum::<usize>(),
        }),
    );
    entry.actor = actor;
    entry
}

/// The audit log's entry for a catalogue imported: what it added or
/// updated, by id, and which centres it left inactive.
pub(crate) fn catalogue_imported(c: &Catalogue, actor: i64) -> super::NewAuditEntry {
    let ids = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let mut entry = super::NewAuditEntry::by_command_line(
        ms_core::audit::AuditAction::CatalogueImported,
        format!("{} entities, {} services, {} centres", c.entities.len(), c.services.len(), c.centres.len()),
        serde_json::json!({
            "entities": ids(c.entities.iter().map(|e| e.id.as_str()).collect()),
            "services": ids(c.services.iter().map(|s| s.id.as_str()).collect()),
            "centres": ids(c.centres.iter().map(|x| x.id.as_str()).collect()),
            "inactive": ids(c.centres.iter().filter(|x| !x.active).map(|x| x.id.as_str()).collect()),
        }),
    );
    entry.actor = Some(actor);
    entry
}
