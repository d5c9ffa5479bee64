//! A server running inside this process on its own task: used by the
//! integration tests, the benchmarks and anyone embedding the server.

use crate::config::ServeConfig;
use crate::state::{AppState, StartError};
use std::net::SocketAddr;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub struct RunningServer {
    pub addr: SocketAddr,
    pub state: AppState,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl RunningServer {
    /// Opens the configured storage and serves on `addr` (port 0 picks a free port).
    pub async fn start(config: &ServeConfig, addr: SocketAddr) -> Result<Self, StartError> {
        let state = AppState::open(config).await?;
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| StartError::Listen(e.to_string()))?;
        let addr = listener.local_addr().map_err(|e| StartError::Listen(e.to_string()))?;
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(crate::serve_on(listener, state.clone(), async {
            let _ = rx.await;
        }));
        Ok(Self { addr, state, shutdown: Some(tx), task })
    }

    /// The server's base URL, `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting, finishes requests under way, and returns once the server is down.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}
