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
    async fn templates(&self) -> Result<Vec<ChecklistTemplate>, StorageError>;
    async fn template(&self, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError>;
    /// Publishes a template version; publishing the same content again is a no-op,
    /// different content under a published version is refused.
    async fn publish_template(&self, template: &ChecklistTemplate) -> Result<(), StorageError>;
}

/// The audit log's entry for a template version published.
pub(crate) fn template_published(t: &ChecklistTemplate) -> super::NewAuditEntry {
    super::NewAuditEntry::by_command_line(
        ms_core::audit::AuditAction::TemplatePublished,
        format!("{} v{}", t.id, t.version),
        serde_json::json!({
            "id": t.id,
            "version": t.version,
            "audience": t.audience.as_str(),
            "stages": t.stages.len(),
            "items": t.stages.iter().map(|s| s.items.len()).sum::<usize>(),
        }),
    )
}
