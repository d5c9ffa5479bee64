//! Printed documents as PDF (`ms-print`): a centre's QR poster (one page per
//! counter when counters are named), an entity's posters (a page per active
//! centre), and a centre's or an entity's report in one of the ten
//! languages. Supervisors print their entities' centres; admins every one.

use super::attachment::attachment;
use super::error::{ApiError, ApiResult};
use super::extract::{IdPath, QueryParams, Supervisor};
use super::performance::{build, league_rows};
use crate::print::{rating_link, reports, Names};
use crate::state::AppState;
use crate::storage::EvaluationFilter;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use chrono::Utc;
use ms_core::wire::{ErrorBody, StatsQuery};
use ms_core::{Catalogue, Centre, ErrorCode, Role};
use ms_print::{PaperFormat, PosterPage};
use serde::Deserialize;

const PDF: &str = "application/pdf";

/// Counters one poster request may name (a page each).
pub const MAX_COUNTERS: usize = 50;

/// A poster's query, as the OpenAPI document describes it; read by `poster_query`,
/// which takes `counter` as often as it is given.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct PosterParams {
    /// The paper: `a6` and `a5` table cards, `a4` (the default), `a3` for a wall.
    #[param(pattern = "^(a6|a5|a4|a3)$")]
    format: Option<String>,
    /// A counter or touchpoint the link names (1 to 40 characters); given
    /// several times, a page for each (for each centre, on an entity's posters).
    #[param(max_length = 40, min_length = 1)]
    counter: Option<Vec<String>>,
}

struct PosterQuery {
    format: PaperFormat,
    counters: Vec<String>,
}

/// Pages one poster document may have.
pub const MAX_PAGES: usize = 500;

fn poster_query(raw: Option<&str>) -> ApiResult<PosterQuery> {
    let mut q = PosterQuery { format: PaperFormat::A4, counters: Vec::new() };
    for (key, value) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        match &*key {
            "format" => {
                q.format = PaperFormat::parse(&value).ok_or_else(|| {
                    ApiError::unprocessable(
                        ErrorCode::InvalidValue,
                        "format",
                        format!("'{value}' is not a6, a5, a4 or a3"),
                    )
                })?
            }
            "counter" => {
                let label = value.trim().to_owned();
                ms_core::counter::check_counter(&label)
                    .map_err(|e| ApiError::unprocessable(ErrorCode::InvalidValue, "counter", e.to_string()))?;
                // A link's query is split at `&` before its label is read, even
                // written as %26: such a label would reach ratings cut short.
                if label.contains('&') {
                    let message = format!("'{label}': a printed counter can't hold '&' (write 'and')");
                    return Err(ApiError::unprocessable(ErrorCode::InvalidValue, "counter", message));
                }
                if !q.counters.contains(&label) {
                    q.counters.push(label);
                }
            }
            other => {
                return Err(ApiError::bad_request(ErrorCode::BadQuery, format!("unknown query parameter '{other}'")))
            }
        }
    }
    if q.counters.len() > MAX_COUNTERS {
        return Err(ApiError::unprocessable(
            ErrorCode::InvalidValue,
            "counter",
            format!("at most {MAX_COUNTERS} counters in one document"),
        ));
    }
    Ok(q)
}

/// The address the links start with: the configured one, else the one the
/// request came to (behind a proxy, as it says it was asked).
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &state.public_url {
        return url.to_string();
    }
    let value =
        |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(|v| v.split(',').next().unwrap_or("").trim());
    let host = value("x-forwarded-host").or_else(|| value(header::HOST.as_str())).filter(|h| {
        !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    });
    let scheme = match value("x-forwarded-proto") {
        Some("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{}", host.unwrap_or("localhost"))
}

async fn centre_in_scope(state: &AppState, supervisor: &Supervisor, id: &str) -> ApiResult<(Catalogue, Centre)> {
    let catalogue = state.storage.catalogue().await?;
    let centre = catalogue
        .centres
        .iter()
        .find(|c| c.id == id && supervisor.scope().includes(&c.entity_id))
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("no centre {id} among those you review")))?;
    Ok((catalogue, centre))
}

/// A centre's pages: one, or one per counter.
fn centre_pages(base: &str, centre: &Centre, counters: &[String]) -> Vec<PosterPage> {
    if counters.is_empty() {
        return vec![poster_page(base, centre, None)];
    }
    counters.iter().map(|c| poster_page(base, centre, Some(c))).collect()
}

fn poster_page(base: &str, centre: &Centre, counter: Option<&str>) -> PosterPage {
    PosterPage {
        centre_ar: centre.name.get("ar").to_owned(),
        centre_en: centre.name.get("en").to_owned(),
        link: rating_link(base, &centre.qr_token, counter),
        counter: counter.map(str::to_owned),
    }
}

/// Lays a document out off the request threads.
async fn render(job: impl FnOnce() -> Result<Vec<u8>, ms_print::PrintError> + Send + 'static) -> ApiResult<Vec<u8>> {
    tokio::task::spawn_blocking(job).await.map_err(ApiError::internal)?.map_err(|e| match e {
        ms_print::PrintError::Code(_) => ApiError::unprocessable(ErrorCode::InvalidValue, "counter", e.to_string()),
        e => ApiError::internal(e),
    })
}

/// Posters as a download named `<name>-<format>.pdf`.
async fn posters(format: PaperFormat, pages: Vec<PosterPage>, name: &str) -> ApiResult<Response> {
    let pdf = render(move || ms_print::posters(format, &pages, Utc::now().date_naive())).await?;
    Ok(attachment(pdf, PDF, &format!("{name}-{}.pdf", format.as_str())))
}

#[utoipa::path(get, path = "/api/v1/centres/{id}/poster.pdf", tag = "print",
    params(("id" = String, Path, description = "The centre's id"), PosterParams),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>,
            description = "The poster: the QR code of the centre's rating link, a page per counter when counters are named"),
        (status = 400, body = ErrorBody, description = "An unknown query parameter"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such centre among those the reader reviews"),
        (status = 422, body = ErrorBody, description = "A format or counter that can't be printed")),
    security(("bearer" = [])))]
pub async fn centre_poster(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let q = poster_query(raw.as_deref())?;
    let (_, centre) = centre_in_scope(&state, &supervisor, &id).await?;
    let pages = centre_pages(&base_url(&state, &headers), &centre, &q.counters);
    posters(q.format, pages, &format!("poster-{}", centre.id)).await
}

#[utoipa::path(get, path = "/api/v1/entities/{id}/posters.pdf", tag = "print",
    params(("id" = String, Path, description = "The entity's id"), PosterParams),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>,
            description = "A poster for each of the entity's active centres (for each counter named, at each centre), a page each"),
        (status = 400, body = ErrorBody, description = "An unknown query parameter"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such entity among those the reader reviews, or it has no active centre"),
        (status = 422, body = ErrorBody, description = "A format or counter that can't be printed, or more than 500 pages")),
    security(("bearer" = [])))]
pub async fn entity_posters(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let q = poster_query(raw.as_deref())?;
    if !supervisor.scope().includes(&id) {
        return Err(ApiError::not_found(format!("no entity {id} among those you review")));
    }
    let catalogue = state.storage.catalogue().await?;
    let base = base_url(&state, &headers);
    let pages: Vec<PosterPage> = catalogue
        .centres
        .iter()
        .filter(|c| c.entity_id == id && c.active)
        .flat_map(|c| centre_pages(&base, c, &q.counters))
        .collect();
    if pages.is_empty() {
        return Err(ApiError::not_found(format!("entity {id} has no active centre")));
    }
    if pages.len() > MAX_PAGES {
        let message = format!("{} pages (its centres times the counters) is more than {MAX_PAGES}", pages.len());
        return Err(ApiError::unprocessable(ErrorCode::InvalidValue, "counter", message));
    }
    posters(q.format, pages, &format!("posters-{id}")).await
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// First visit day (UTC); a year before `to` by default.
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<chrono::NaiveDate>,
    /// Last visit day, included; today by default.
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<chrono::NaiveDate>,
    /// The report's language; English by default.
    #[param(pattern = "^(ar|en|ur|hi|es|zh|fr|ru|uz|tl)$")]
    pub lang: Option<String>,
}

impl ReportQuery {
    fn lang(&self) -> ApiResult<String> {
        let lang = self.lang.as_deref().unwrap_or("en");
        if ms_print::LANGUAGES.contains(&lang) {
            Ok(lang.to_owned())
        } else {
            Err(ApiError::unprocessable(
                ErrorCode::InvalidValue,
                "lang",
                format!("'{lang}' is not one of {}", ms_print::LANGUAGES.join(", ")),
            ))
        }
    }

    fn stats(&self, entity_id: Option<&str>) -> StatsQuery {
        StatsQuery { from: self.from, to: self.to, granularity: None, entity_id: entity_id.map(str::to_owned) }
    }
}

/// The newest comments of citizens' ratings at a centre over the period.
async fn recent_comments(
    state: &AppState,
    supervisor: &Supervisor,
    centre_id: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> ApiResult<Vec<ms_print::report::Comment>> {
    let filter = EvaluationFilter {
        centre_id: Some(centre_id.to_owned()),
        role: Some(Role::Citizen),
        from: Some(from),
        to: Some(to),
        ..EvaluationFilter::everything(supervisor.scope(), 40)
    };
    let mut comments = Vec::new();
    for summary in state.storage.list_evaluations(&filter).await?.items {
        if comments.len() == reports::COMMENTS {
            break;
        }
        let Some(stored) = state.storage.evaluation(summary.id, None).await? else { continue };
        comments.extend(reports::comment(&stored.evaluation, summary.visit_at.date_naive()));
    }
    Ok(comments)
}

#[utoipa::path(get, path = "/api/v1/centres/{id}/report.pdf", tag = "print",
    params(("id" = String, Path, description = "The centre's id"), ReportQuery),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>,
            description = "The centre's report: cover, summary and league position, trend, stages, strengths and opportunities, happiness, employees, counters, recent comments"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such centre among those the reader reviews"),
        (status = 422, body = ErrorBody, description = "A language the report isn't written in, or a period that ends before it begins or is longer than five years")),
    security(("bearer" = [])))]
pub async fn centre_report(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<String>,
    QueryParams(q): QueryParams<ReportQuery>,
) -> ApiResult<Response> {
    let lang = q.lang()?;
    let (catalogue, centre) = centre_in_scope(&state, &supervisor, &id).await?;
    let report = build(&state, &[(centre.id.clone(), centre.entity_id.clone())], &q.stats(None)).await?;
    let league = league_rows(&state, &supervisor, &q.stats(None)).await?;
    let comments = recent_comments(&state, &supervisor, &centre.id, report.from, report.to).await?;
    let templates = state.storage.templates().await?;
    let names = Names { lang: &lang, templates: &templates, catalogue: &catalogue };
    let document = reports::centre_report(&names, (&centre.id, &centre.entity_id), &report, &league, comments);
    let pdf = render(move || ms_print::report::centre_report(&document, Utc::now().date_naive())).await?;
    Ok(attachment(pdf, PDF, &format!("report-{}-{}-{}-{lang}.pdf", centre.id, report.from, report.to)))
}

#[utoipa::path(get, path = "/api/v1/entities/{id}/report.pdf", tag = "print",
    params(("id" = String, Path, description = "The entity's id"), ReportQuery),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>,
            description = "The entity's report: its figures together, the league of its centres, each centre's summary"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such entity among those the reader reviews"),
        (status = 422, body = ErrorBody, description = "A language the report isn't written in, or a period that ends before it begins or is longer than five years")),
    security(("bearer" = [])))]
pub async fn entity_report(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<String>,
    QueryParams(q): QueryParams<ReportQuery>,
) -> ApiResult<Response> {
    let lang = q.lang()?;
    if !supervisor.scope().includes(&id) {
        return Err(ApiError::not_found(format!("no entity {id} among those you review")));
    }
    let catalogue = state.storage.catalogue().await?;
    let centres: Vec<(String, String)> =
        catalogue.centres.iter().filter(|c| c.entity_id == id).map(|c| (c.id.clone(), c.entity_id.clone())).collect();
    let stats = q.stats(Some(&id));
    let overview = build(&state, &centres, &stats).await?;
    let league = league_rows(&state, &supervisor, &stats).await?;
    let mut each = Vec::with_capacity(centres.len());
    for centre in &centres {
        each.push((centre.0.clone(), build(&state, std::slice::from_ref(centre), &stats).await?));
    }
    let templates = state.storage.templates().await?;
    let names = Names { lang: &lang, templates: &templates, catalogue: &catalogue };
    let document = reports::entity_report(&names, &id, &overview, &league, &each);
    let pdf = render(move || ms_print::report::entity_report(&document, Utc::now().date_naive())).await?;
    Ok(attachment(pdf, PDF, &format!("report-{id}-{}-{}-{lang}.pdf", overview.from, overview.to)))
}
