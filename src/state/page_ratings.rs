//! The rating page the server draws at a centre's link (its faces answer a
//! tap before the app has arrived) and what it kept on the device: the app
//! takes both over once its store is open. The page stops answering taps,
//! its ratings go into the store (a draft to resume, a rating sent or to be
//! sent into the outbox, with the page's own body), and the app's rating
//! screen starts again from the store, showing the thanks if the page did.
//! A rating stays in the page's list until the store, as opened, already
//! holds it (it is never in neither); one taken in the meantime is marked
//! so, and the page neither resumes nor sends it again.

use super::{AppState, CatalogueState};
use crate::platform;
use dioxus::prelude::*;
use ms_client::{Adopted, PageRating};
use ms_core::EvaluationId;

/// What the page was showing when it was taken over.
#[derive(Debug, Default, serde::Deserialize)]
struct Shown {
    shown: Option<EvaluationId>,
    #[serde(default)]
    submitted: bool,
}

impl AppState {
    /// Takes the page and its ratings over (nothing on a page the app drew
    /// itself, or outside the browser). Not before the app can draw the same
    /// rating (its catalogue names the link's centre): until then, and for
    /// good if it never can (a new device offline), the page goes on.
    pub async fn take_over_rating_page(&mut self) {
        if let Some(token) = platform::page_ratings::drawn_for() {
            let deadline = chrono::Utc::now() + chrono::Duration::seconds(60);
            while self.catalogue.peek().centre_by_qr(&token).is_none() {
                if chrono::Utc::now() > deadline || *self.catalogue_state.peek() == CatalogueState::Unavailable {
                    tracing::info!("the app can't draw this centre's rating; the server's page goes on");
                    return;
                }
                platform::sleep(std::time::Duration::from_millis(50)).await;
            }
        }
        let page = platform::page_ratings::hand_over();
        if let Some(list) = platform::page_ratings::kept() {
            let (held, taken) = self.adopt_all(&list);
            platform::page_ratings::settle(&held, &taken);
        }
        let Some(page) = page else { return };
        let shown: Shown = serde_json::from_str(&page).unwrap_or_default();
        tracing::info!(shown = ?shown.shown, submitted = shown.submitted, "the app takes the rating page over");
        if let (Some(id), true) = (shown.shown, shown.submitted) {
            self.page_thanks.set(Some(id));
        }
        let n = *self.page_takeovers.peek();
        self.page_takeovers.set(n + 1);
        platform::page_ratings::reveal();
    }

    /// Adopts every rating in the page's list (a JSON array); returns the
    /// ids the store held already, which the page may forget, and those it
    /// took now. A rating that can't be read or taken stays in the list, and
    /// the reason is logged.
    fn adopt_all(&mut self, list: &str) -> (Vec<EvaluationId>, Vec<EvaluationId>) {
        let entries: Vec<serde_json::Value> = match serde_json::from_str(list) {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(error = %e, "the rating page's list can't be read; left as it is");
                return (Vec::new(), Vec::new());
            }
        };
        let templates = self.templates.peek().clone();
        let (mut held, mut taken) = (Vec::new(), Vec::new());
        for entry in entries {
            let rating: PageRating = match serde_json::from_value(entry) {
                Ok(r) => r,
                Err(e) => {
                    tracing::warn!(error = %e, "a rating the page kept can't be read; left in its list");
                    continue;
                }
            };
            let reference = &rating.evaluation.template;
            let template = templates
                .iter()
                .find(|t| t.reference() == *reference)
                .cloned()
                .or_else(|| ms_core::builtin::templates().into_iter().find(|t| t.reference() == *reference));
            let Some(template) = template else {
                tracing::warn!(template = %reference.id, version = reference.version, "a page rating's checklist is not on the device");
                continue;
            };
            match self.write(|store| store.adopt_page_rating(&rating, &template)) {
                Ok(Adopted::AlreadyHeld) => held.push(rating.evaluation.id),
                Ok(_) => taken.push(rating.evaluation.id),
                Err(e) => tracing::warn!(id = %rating.evaluation.id, error = %e, "a page rating was not taken"),
            }
        }
        (held, taken)
    }

    /// The rating whose thanks the page was showing, until another rating begins.
    pub fn page_thanks(&self) -> Option<EvaluationId> {
        *self.page_thanks.peek()
    }
}
