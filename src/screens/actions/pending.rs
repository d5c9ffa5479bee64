//! The outbox's part for actions: every move made on this device, waiting,
//! sent, or refused by the server with its reason.

use super::status_text;
use crate::app::Route;
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::MoveState;

#[component]
pub fn PendingMoves(i18n: I18n) -> Element {
    let app = use_app();
    let moves = app.lists.moves().read().clone();
    if moves.is_empty() {
        return rsx! {};
    }
    rsx! {
        h2 { "{i18n.t(\"actions-outbox-title\")}" }
        ul { class: "list",
            for m in moves {
                li { class: "card outbox-entry", key: "{m.move_id}", "data-move": "{m.move_id}",
                    div { class: "entry-head",
                        Link { class: "name", to: Route::ActionPage { id: m.action_id.to_string() }, {status_text(i18n, m.step.to)} }
                        span { class: "sub", {i18n.formats().date_time(m.queued_at)} }
                    }
                    match m.state {
                        MoveState::Sent => rsx! { p { class: "state sent", "data-state": "uploaded", "✓ {i18n.t(\"state-uploaded\")}" } },
                        MoveState::Queued if m.attempts > 0 => rsx! { p { class: "state failed", "data-state": "retrying", "{i18n.t(\"state-retrying\")}" } },
                        MoveState::Queued => rsx! { p { class: "state waiting", "data-state": "waiting", "{i18n.t(\"state-waiting\")}" } },
                        MoveState::Refused => rsx! {
                            p { class: "state failed", "data-state": "refused",
                                {i18n.t_args("state-refused", &[("reason", i18n.server_error(m.last_error_code.as_deref(), m.last_error.as_deref().unwrap_or_default()).into())])}
                            }
                        },
                    }
                }
            }
        }
    }
}
