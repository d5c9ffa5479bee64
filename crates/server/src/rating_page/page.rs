//! The citizen's rating page as HTML: the faces, the reasons a face that is
//! not happy asks for, the send button and the thanks, in one language, with
//! the part of the app's style sheet that draws it (`assets/style/first.css`)
//! and the small script that keeps and sends the
//! rating (`quick.js`). The markup is the app's (`src/screens/rate.rs`), so
//! the app takes the page over without it changing under a finger.

use crate::texts;
use ms_core::template::{ChecklistTemplate, Condition, ItemKind};
use ms_core::{AnswerValue, Centre, Evaluation, EvaluationId, Face, Role};
use serde_json::json;

const STYLE: &str = include_str!("../../../../assets/style/first.css");
const SCRIPT: &str = include_str!("quick.js");
/// Where index.html marks the page's own markup, and the app's preloads.
const QUICK_MARK: &str = "<!--quick-->";
const PRELOAD: (&str, &str) = ("<!--app-preload-->", "<!--/app-preload-->");

/// What the page rates with: the citizen checklist's face, and the reasons
/// it asks for when the face is one of `reasons_when`.
pub struct RatingShape<'t> {
    pub template: &'t ChecklistTemplate,
    pub face: &'t str,
    pub reasons: Option<Reasons<'t>>,
}

pub struct Reasons<'t> {
    pub id: &'t str,
    pub options: Vec<(&'t str, &'t str)>,
    pub when: Vec<Face>,
    pub required: bool,
}

impl<'t> RatingShape<'t> {
    /// The rating part of a citizen checklist when the page can draw it: a
    /// face, and at most reasons shown for some faces; None otherwise (the
    /// app draws it then).
    pub fn of(template: &'t ChecklistTemplate) -> Option<Self> {
        let stage = template.stages.first()?;
        let face = stage.items.iter().find(|i| matches!(i.kind, ItemKind::Face))?;
        let mut reasons = None;
        for item in &stage.items {
            match (&item.kind, &item.show_if) {
                (ItemKind::Face, None) if item.id == face.id => {}
                (ItemKind::MultiChoice { options }, Some(Condition::AnyOf { item: on, values }))
                    if *on == face.id && reasons.is_none() =>
                {
                    let when = values
                        .iter()
                        .map(|v| match v {
                            AnswerValue::Face(f) => Some(*f),
                            _ => None,
                        })
                        .collect::<Option<Vec<Face>>>()?;
                    let options = options.iter().map(|o| (o.id.as_str(), o.label.as_str())).collect();
                    reasons = Some(Reasons { id: &item.id, options, when, required: item.required });
                }
                _ if !item.required => {}
                _ => return None,
            }
        }
        // Every other stage must be optional: the page sends without it.
        let optional = template.stages.iter().skip(1).flat_map(|s| &s.items).all(|i| !i.required);
        optional.then_some(Self { template, face: &face.id, reasons })
    }
}

/// A text of the checklist in `locale`: its own words, else the app's.
fn checklist_text(t: &ChecklistTemplate, id: &str, locale: &str) -> String {
    t.text(id, locale)
        .map(|(s, _)| s.to_owned())
        .or_else(|| texts::resolve(id, locale))
        .or_else(|| texts::resolve(id, "en"))
        .unwrap_or_else(|| id.to_owned())
}

/// One of the app's words in `locale`.
fn word(id: &str, locale: &str) -> String {
    texts::resolve(id, locale).or_else(|| texts::resolve(id, "en")).unwrap_or_else(|| id.to_owned())
}

/// Text for HTML, in an element or an attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn face_key(f: Face) -> &'static str {
    match f {
        Face::Happy => "happy",
        Face::Neutral => "neutral",
        Face::Unhappy => "unhappy",
    }
}

fn face_button(f: Face, locale: &str) -> String {
    let mouth = match f {
        Face::Happy => "M30 60 Q50 80 70 60",
        Face::Neutral => "M32 66 L68 66",
        Face::Unhappy => "M30 72 Q50 52 70 72",
    };
    let key = face_key(f);
    format!(
        r#"<button class="face-button" type="button" aria-pressed="false" data-face="{key}"><svg class="face-icon face-{key}" width="88" height="88" viewBox="0 0 100 100" aria-hidden="true"><circle cx="50" cy="50" r="46" class="face-disc"/><circle cx="35" cy="40" r="6" class="face-feature"/><circle cx="65" cy="40" r="6" class="face-feature"/><path d="{mouth}" class="face-mouth"/></svg><span class="face-label">{}</span></button>"#,
        escape(&word(&format!("face-{key}"), locale))
    )
}

/// The rating the page starts from, as the wire has it: the script gives it
/// its id, the device's id and the answers (`ms_core::Evaluation`).
fn skeleton(shape: &RatingShape, centre: &Centre, locale: &str, counter: Option<&str>) -> Evaluation {
    Evaluation {
        id: EvaluationId(uuid::Uuid::nil()),
        revision: 1,
        template: shape.template.reference(),
        centre_id: centre.id.clone(),
        service_id: None,
        role: Role::Citizen,
        locale: locale.to_owned(),
        visit_started_at: None,
        visit_ended_at: None,
        check_in: None,
        answers: Default::default(),
        comment: None,
        employee: None,
        counter: counter.map(str::to_owned),
        photos: Vec::new(),
        device_id: String::new(),
        assignment_id: None,
        app_version: super::APP_VERSION.to_owned(),
    }
}

/// The page: `shell` is the web app's index.html, whose marks say where the
/// page's markup goes and which preloads it leaves out (the app is fetched
/// once the faces are up). `kiosk`: a centre's exit kiosk (`/kiosk/<token>`):
/// no top bar, no way out of the faces, back to them a few seconds after
/// each rating.
pub fn render(
    shell: &str,
    shape: &RatingShape,
    centre: &Centre,
    locale: &str,
    counter: Option<&str>,
    kiosk: bool,
) -> String {
    let dir = if ms_core::locale::is_right_to_left(locale) { "rtl" } else { "ltr" };
    let t = shape.template;
    let faces: String =
        [Face::Happy, Face::Neutral, Face::Unhappy].into_iter().map(|f| face_button(f, locale)).collect();
    let reasons = shape.reasons.as_ref().map(|r| {
        let buttons: String = r
            .options
            .iter()
            .map(|(id, label)| {
                format!(
                    r#"<button class="choice" type="button" aria-pressed="false" data-option="{}">{}</button>"#,
                    escape(id),
                    escape(&checklist_text(t, label, locale))
                )
            })
            .collect();
        let label = t.item(r.id).map(|i| checklist_text(t, &i.label, locale)).unwrap_or_default();
        let required = if r.required { r#"<span class="required"> *</span>"# } else { "" };
        format!(
            r#"<fieldset class="item" id="item-{id}" aria-labelledby="q-{id}" hidden><legend id="q-{id}" class="item-label">{label}{required}</legend><div class="choices chips" role="group">{buttons}</div></fieldset>"#,
            id = escape(r.id),
            label = escape(&label),
        )
    });
    let question = t.item(shape.face).map(|i| checklist_text(t, &i.label, locale)).unwrap_or_default();
    let answers: serde_json::Map<String, serde_json::Value> = [Face::Happy, Face::Neutral, Face::Unhappy]
        .into_iter()
        .map(|f| (face_key(f).to_owned(), json!(AnswerValue::Face(f))))
        .collect();
    let config = json!({
        "evaluation": skeleton(shape, centre, locale, counter),
        "face": shape.face,
        "faces": answers,
        "choices": AnswerValue::Choices(Vec::new()),
        "reasons": shape.reasons.as_ref().map(|r| json!({
            "id": r.id,
            "when": r.when.iter().map(|f| face_key(*f)).collect::<Vec<_>>(),
            "required": r.required,
        })),
        "device_time_header": ms_core::proof::DEVICE_TIME_HEADER,
        // A kiosk's ratings carry its key, in this header.
        "kiosk": kiosk.then_some(crate::http::KIOSK_KEY_HEADER),
        // And its faces come back after the thanks, as the app's kiosk's do.
        "kiosk_thanks_ms": ms_core::accounts::KIOSK_THANKS_MS,
        "words": {
            "sending": word("confirm-sending", locale),
            "sent": word("confirm-sent", locale),
            "saved": word("confirm-saved", locale),
            "refused": word("confirm-refused", locale),
        },
    });
    // A JSON document inside a script element: no "<" at all, so that no
    // text of a checklist or a centre can end it or change how it is read.
    let config = config.to_string().replace('<', "\\u003c");
    let outbox = escape(&word("outbox-title", locale));
    let settings = escape(&word("settings-title", locale));
    let topbar = format!(
        r#"<header class="topbar"><a class="brand" href="/">{app}</a><div class="status"><a class="outbox-badge" href="/outbox" title="{outbox}"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 14v5a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-5"/><path d="M12 15V4"/><path d="M7.5 8.5 12 4l4.5 4.5"/></svg><span class="count" aria-hidden="true">0</span><span class="badge-text">{outbox}</span></a><a class="settings-link" href="/settings" aria-label="{settings}" title="{settings}"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="3"/><path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z"/></svg></a></div></header>"#,
        app = escape(&word("app-name", locale)),
    );
    let after_thanks = format!(
        r#"<div class="bottom-bar"><button class="button secondary" type="button" data-action="again">{again}</button><a class="button" href="/outbox">{outbox}</a></div>"#,
        again = escape(&word("confirm-again", locale)),
    );
    // The kiosk's frame is the app's (`src/screens/kiosk.rs`): the faces only.
    let (top, frame, section, after_thanks) = if kiosk {
        (String::new(), "screen kiosk-frame", "rate kiosk", String::new())
    } else {
        (topbar, "screen", "rate", after_thanks)
    };
    let markup = format!(
        r#"<style>#quick~#main{{display:none}}#quick [hidden]{{display:none!important}}{style}</style><script type="application/json" id="quick-config">{config}</script><script>{script}</script><div id="quick" lang="{locale}" dir="{dir}">{top}<main class="{frame}"><section class="{section}" data-quick="rating"><p class="centre-name"><bdi>{centre}</bdi></p><h1>{question}</h1><div class="faces">{faces}</div>{reasons}<div class="bottom-bar"><button class="button primary big" type="button" disabled data-action="submit">{submit}</button></div></section><section class="confirmation" data-quick="thanks" hidden><h1>{thanks}</h1><p class="upload-state" role="status" data-state="sending"></p>{after_thanks}</section></main></div>"#,
        centre = escape(centre.name.get(locale)),
        question = escape(&question),
        reasons = reasons.unwrap_or_default(),
        submit = escape(&word("rate-submit", locale)),
        thanks = escape(&word("confirm-thanks", locale)),
        style = STYLE,
        script = SCRIPT,
    );
    let mut page =
        shell.replacen(r#"<html lang="en" dir="ltr">"#, &format!(r#"<html lang="{locale}" dir="{dir}">"#), 1);
    if let (Some(a), Some(b)) = (page.find(PRELOAD.0), page.find(PRELOAD.1)) {
        if a < b {
            page.replace_range(a..b + PRELOAD.1.len(), "");
        }
    }
    page.replacen(QUICK_MARK, &markup, 1)
}

/// Whether index.html has the mark the page's markup goes in.
pub fn fits(shell: &str) -> bool {
    shell.contains(QUICK_MARK)
}
