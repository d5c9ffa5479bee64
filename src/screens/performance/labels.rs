//! Names of stages, items and reasons in the reader's language, from the checklists.

use crate::i18n::I18n;
use ms_core::template::ItemKind;
use ms_core::ChecklistTemplate;

pub fn stage(i18n: I18n, templates: &[ChecklistTemplate], id: &str) -> String {
    templates
        .iter()
        .find_map(|t| t.stages.iter().find(|s| s.id == id).map(|s| i18n.checklist(t, &s.title)))
        .unwrap_or_else(|| id.to_owned())
}

pub fn item(i18n: I18n, templates: &[ChecklistTemplate], id: &str) -> String {
    templates.iter().find_map(|t| t.item(id).map(|i| i18n.checklist(t, &i.label))).unwrap_or_else(|| id.to_owned())
}

pub fn reason(i18n: I18n, templates: &[ChecklistTemplate], id: &str) -> String {
    templates
        .iter()
        .flat_map(|t| t.items().map(move |(_, i)| (t, i)))
        .filter_map(|(t, i)| match &i.kind {
            ItemKind::MultiChoice { options } => options.iter().find(|o| o.id == id).map(|o| (t, o)),
            _ => None,
        })
        .next()
        .map(|(t, o)| i18n.checklist(t, &o.label))
        .unwrap_or_else(|| id.to_owned())
}

/// Where a stage stands in the checklists (citizens' first, then shoppers' in
/// journey order): the order the stages are shown in.
pub fn stage_position(templates: &[ChecklistTemplate], id: &str) -> (usize, usize) {
    templates
        .iter()
        .enumerate()
        .find_map(|(t, template)| template.stages.iter().position(|s| s.id == id).map(|s| (t, s)))
        .unwrap_or((usize::MAX, usize::MAX))
}
