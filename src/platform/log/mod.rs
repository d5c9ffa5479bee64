//! Where the app's warnings and errors go. Desktop and mobile use Dioxus's
//! logger (formatted lines on the terminal or the system log). The browser
//! writes each warning or error to the page's console as one line: a
//! subscriber of a few lines, where Dioxus's own (tracing-subscriber and
//! tracing-wasm) weighed some 8 KB of every visitor's download.

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::init;

#[cfg(any(target_arch = "wasm32", test))]
use tracing::field::{Field, Visit};

/// An event as one line: its target, its message, then its fields as
/// `name=value`. (Only the browser writes lines itself.)
#[cfg(any(target_arch = "wasm32", test))]
#[derive(Default)]
pub(crate) struct Line {
    message: String,
    fields: String,
}

#[cfg(any(target_arch = "wasm32", test))]
impl Line {
    pub(crate) fn of(event: &tracing::Event<'_>) -> String {
        let mut line = Line::default();
        event.record(&mut line);
        format!("{}: {}{}", event.metadata().target(), line.message, line.fields)
    }
}

#[cfg(any(target_arch = "wasm32", test))]
impl Visit for Line {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message.push_str(value);
        } else {
            self.fields.push_str(&format!(" {}={value}", field.name()));
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.message.push_str(&format!("{value:?}"));
        } else {
            self.fields.push_str(&format!(" {}={value:?}", field.name()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Line;
    use std::sync::{Arc, Mutex};

    /// Collects the lines of the events it sees.
    struct Lines(Arc<Mutex<Vec<String>>>);

    impl tracing::Subscriber for Lines {
        fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
            tracing::span::Id::from_u64(1)
        }
        fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
        fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
        fn event(&self, event: &tracing::Event<'_>) {
            self.0.lock().unwrap_or_else(|p| p.into_inner()).push(Line::of(event));
        }
        fn enter(&self, _: &tracing::span::Id) {}
        fn exit(&self, _: &tracing::span::Id) {}
    }

    #[test]
    fn an_event_is_one_line_with_its_message_and_fields() {
        let lines = Arc::new(Mutex::new(Vec::new()));
        tracing::subscriber::with_default(Lines(lines.clone()), || {
            let error = "disk full";
            tracing::warn!(error = %error, kept = 3, "store snapshot not saved");
            tracing::error!(url = "http://x", "server address");
        });
        let lines = lines.lock().unwrap_or_else(|p| p.into_inner()).clone();
        assert_eq!(
            lines,
            vec![
                "mystery_shopper::platform::log::tests: store snapshot not saved error=disk full kept=3".to_owned(),
                "mystery_shopper::platform::log::tests: server address url=http://x".to_owned(),
            ]
        );
    }
}
