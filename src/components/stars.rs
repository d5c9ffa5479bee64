//! A star rating drawn as seven stars, the earned ones filled, with its words
//! for screen readers; "too few to rate" instead when there are too few evaluations.

use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::rating::MAX_STARS;
use ms_core::StarRating;

/// The points of a five-pointed star in a 20×20 box.
const STAR: &str = "10,1 12.6,7.2 19.5,7.6 14.2,12.1 15.9,18.8 10,15.2 4.1,18.8 5.8,12.1 0.5,7.6 7.4,7.2";

#[component]
pub fn Stars(rating: StarRating, i18n: I18n) -> Element {
    let Some(stars) = rating.stars else {
        let key = if rating.too_few { "stats-too-few" } else { "stats-no-rating" };
        return rsx! { span { class: "stars-none", "data-stars": "none", "{i18n.t(key)}" } };
    };
    let label = i18n.t_args(
        "stats-stars",
        &[
            ("stars", i18n.formats().integer(i64::from(stars), 1).into()),
            ("max", i18n.formats().integer(i64::from(MAX_STARS), 1).into()),
        ],
    );
    rsx! {
        span { class: "stars", role: "img", "aria-label": "{label}", title: "{label}", "data-stars": "{stars}",
            svg { view_box: "0 0 {u32::from(MAX_STARS) * 22} 20", width: "{u32::from(MAX_STARS) * 16}", height: "16", "aria-hidden": "true",
                for i in 0..MAX_STARS {
                    polygon {
                        points: STAR,
                        transform: "translate({u32::from(i) * 22} 0)",
                        class: if i < stars { "star on" } else { "star" },
                    }
                }
            }
            span { class: "stars-count", "aria-hidden": "true", "{i18n.formats().integer(i64::from(stars), 1)}" }
        }
    }
}
