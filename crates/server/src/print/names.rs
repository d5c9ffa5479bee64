//! Stages, items, reasons, centres and entities named in one language, as
//! the app names them: a checklist's own words in that language (or in its
//! default one), the built-in checklists' words from the app's Fluent files,
//! the catalogue's names.

use crate::texts;
use ms_core::template::ItemKind;
use ms_core::{Catalogue, ChecklistTemplate};

pub struct Names<'a> {
    pub lang: &'a str,
    pub templates: &'a [ChecklistTemplate],
    pub catalogue: &'a Catalogue,
}

impl Names<'_> {
    fn text(&self, template: &ChecklistTemplate, id: &str) -> String {
        match template.text(id, self.lang) {
            Some((text, _)) => text.to_owned(),
            None => texts::resolve(id, self.lang).or_else(|| texts::resolve(id, "en")).unwrap_or_else(|| id.to_owned()),
        }
    }

    pub fn stage(&self, id: &str) -> String {
        self.templates
            .iter()
            .find_map(|t| t.stages.iter().find(|s| s.id == id).map(|s| self.text(t, &s.title)))
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn item(&self, id: &str) -> String {
        self.templates.iter().find_map(|t| t.item(id).map(|i| self.text(t, &i.label))).unwrap_or_else(|| id.to_owned())
    }

    pub fn reason(&self, id: &str) -> String {
        self.templates
            .iter()
            .flat_map(|t| t.items().map(move |(_, i)| (t, i)))
            .find_map(|(t, i)| match &i.kind {
                ItemKind::MultiChoice { options } => {
                    options.iter().find(|o| o.id == id).map(|o| self.text(t, &o.label))
                }
                _ => None,
            })
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn centre(&self, id: &str) -> String {
        self.catalogue
            .centres
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(self.lang).to_owned())
    }

    pub fn entity(&self, id: &str) -> String {
        self.catalogue
            .entities
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_owned(), |e| e.name.get(self.lang).to_owned())
    }
}
