//! The OpenAPI document, generated from the handlers and wire types.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Mystery Shopper API", description = "Evaluations of visits to government service centres"),
    paths(
        super::catalogue::get_catalogue,
        super::catalogue::get_templates,
        super::authoring::import,
        super::authoring::import_catalogue,
        super::authoring::catalogue_xlsx,
        super::authoring::versions,
        super::authoring::download,
        super::authoring::diff,
        super::photos::put_photo,
        super::photos::head_photo,
        super::photos::get_photo,
        super::evaluations::put_evaluation,
        super::review::list_evaluations,
        super::review::get_evaluation,
        super::review::review_evaluation,
        super::review::comment_evaluation,
        super::review::approve_many,
        super::review::my_evaluations,
        super::performance::centre_stats,
        super::performance::overview,
        super::performance::league,
        super::print::centre_poster,
        super::print::entity_posters,
        super::print::centre_report,
        super::print::entity_report,
        super::performance::get_rating_config,
        super::performance::put_rating_config,
        super::alerts::list_alerts,
        super::alerts::acknowledge,
        super::planning::waves::create,
        super::planning::waves::list,
        super::planning::waves::get,
        super::planning::waves::patch,
        super::planning::waves::publish,
        super::planning::waves::fill,
        super::planning::assignments::list,
        super::planning::assignments::csv,
        super::planning::assignments::get,
        super::planning::assignments::assign,
        super::planning::assignments::release,
        super::planning::assignments::cancel,
        super::planning::assignments::claim,
        super::planning::assignments::start,
        super::planning::assignments::mine,
        super::planning::shoppers::list,
        super::actions::list,
        super::actions::create,
        super::actions::get,
        super::actions::move_status,
        super::actions::mine,
        super::actions::csv,
        super::actions::centre_counts,
        super::action_deadlines::get_deadlines,
        super::action_deadlines::put_deadlines,
        super::accounts::list,
        super::accounts::create,
        super::accounts::get,
        super::accounts::patch,
        super::accounts::deactivate,
        super::accounts::reactivate,
        super::accounts::reset_password,
        super::accounts::change_own,
        super::accounts::kiosks,
        super::accounts::register_kiosk,
        super::accounts::revoke_kiosk,
        super::audit::list,
        super::audit::csv,
        super::exports::evaluations_csv,
        super::exports::evaluations_xlsx,
        super::exports::answers_csv,
        super::sessions::sign_in,
        super::sessions::sign_out,
        super::health::healthz,
    ),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub async fn spec() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
