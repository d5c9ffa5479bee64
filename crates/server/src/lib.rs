//! The Mystery Shopper server: receives evaluations and photos from devices,
//! serves the catalogue and checklists, and lets supervisors review.

pub mod auth;
pub mod config;
pub mod demo;
pub mod http;
pub mod photos;
pub mod running;
pub mod state;
pub mod storage;

pub use config::ServeConfig;
pub use running::RunningServer;
pub use state::{AppState, StartError};

use std::future::Future;
use tokio::net::TcpListener;

/// Serves the API on an already bound listener until `shutdown` completes.
pub async fn serve_on(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = http::router(state);
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
