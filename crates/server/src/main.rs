//! `mystery-shopper-server`: serve the API, or administer accounts and the catalogue.

use clap::{Parser, Subcommand};
use ms_core::wire::UserRole;
use ms_server::{auth, demo, storage, AppState, ServeConfig};
use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "mystery-shopper-server", version, about = "Collects and reviews Mystery Shopper evaluations")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API (and the web app, with --web-dir).
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080", env = "MS_ADDR")]
        addr: SocketAddr,
        /// SQLite file path (or sqlite://path).
        #[arg(long, default_value = "data/mystery-shopper.sqlite3", env = "MS_DATABASE")]
        database: String,
        /// Directory for photo files.
        #[arg(long, default_value = "data/photos", env = "MS_PHOTOS")]
        photos: PathBuf,
        /// Directory of the built web app, served at /.
        #[arg(long, env = "MS_WEB_DIR")]
        web_dir: Option<PathBuf>,
        /// Seed a fictional demo catalogue, the checklists and one account per role.
        #[arg(long)]
        demo: bool,
    },
    /// Create a shopper or supervisor account; the password is read from standard input.
    CreateUser {
        #[arg(long, default_value = "data/mystery-shopper.sqlite3", env = "MS_DATABASE")]
        database: String,
        #[arg(long)]
        username: String,
        #[arg(long)]
        display_name: String,
        /// shopper or supervisor
        #[arg(long)]
        role: String,
    },
    /// Add or update entities, centres and services from a catalogue JSON file.
    ImportCatalogue {
        #[arg(long, default_value = "data/mystery-shopper.sqlite3", env = "MS_DATABASE")]
        database: String,
        file: PathBuf,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,tower_http=warn".into()),
        )
        .init();
    match run(Cli::parse().command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn ensure_parent(database: &str) -> Result<(), String> {
    let path = std::path::Path::new(database.strip_prefix("sqlite://").unwrap_or(database));
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() && !database.contains("://") || database.starts_with("sqlite://") => {
            std::fs::create_dir_all(p).map_err(|e| format!("{}: {e}", p.display()))
        }
        _ => Ok(()),
    }
}

async fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Serve { addr, database, photos, web_dir, demo: with_demo } => {
            ensure_parent(&database)?;
            let config = ServeConfig { database, photos, web_dir, demo: with_demo };
            let state = AppState::open(&config).await.map_err(|e| e.to_string())?;
            let listener =
                tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("can't listen on {addr}: {e}"))?;
            let local = listener.local_addr().map_err(|e| e.to_string())?;
            println!("Mystery Shopper server on http://{local}  (API: http://{local}/api/v1, OpenAPI: http://{local}/api/v1/openapi.json)");
            if config.web_dir.is_some() {
                println!(
                    "Open http://{local}/ in a browser; a centre's rating page: http://{local}/rate/cd-al-barsha-qr"
                );
            }
            if with_demo {
                let (s, sp) = demo::DEMO_SHOPPER;
                let (v, vp) = demo::DEMO_SUPERVISOR;
                println!("Demo accounts: shopper '{s}' / '{sp}', supervisor '{v}' / '{vp}'");
            }
            let shutdown = async {
                let _ = tokio::signal::ctrl_c().await;
            };
            ms_server::serve_on(listener, state, shutdown).await.map_err(|e| e.to_string())
        }
        Command::CreateUser { database, username, display_name, role } => {
            let role = UserRole::parse(&role).ok_or("role must be 'shopper' or 'supervisor'")?;
            let mut password = String::new();
            std::io::stdin().read_to_string(&mut password).map_err(|e| e.to_string())?;
            let password = password.trim_end_matches(['\n', '\r']);
            if password.chars().count() < 8 {
                return Err("the password (read from standard input) needs at least 8 characters".into());
            }
            ensure_parent(&database)?;
            let store = storage::open(&database).await.map_err(|e| e.to_string())?;
            let hash = auth::hash_password(password)?;
            store.create_user(username.trim(), display_name.trim(), role, &hash).await.map_err(|e| e.to_string())?;
            println!("created {} '{}'", role.as_str(), username.trim());
            Ok(())
        }
        Command::ImportCatalogue { database, file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let catalogue: ms_core::Catalogue =
                serde_json::from_str(&text).map_err(|e| format!("{}: not a catalogue: {e}", file.display()))?;
            ensure_parent(&database)?;
            let store = storage::open(&database).await.map_err(|e| e.to_string())?;
            store.upsert_catalogue(&catalogue).await.map_err(|e| e.to_string())?;
            println!(
                "imported {} entities, {} centres, {} services",
                catalogue.entities.len(),
                catalogue.centres.len(),
                catalogue.services.len()
            );
            Ok(())
        }
    }
}
