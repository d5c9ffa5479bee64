//! `mystery-shopper-server`: serve the API, or administer accounts and the catalogue.

use anyhow::{anyhow, bail, ensure, Context};
use clap::{Parser, Subcommand};
use ms_core::stats::AlertRule;
use ms_core::wire::UserRole;
use ms_server::config::{AlertSettings, Limits};
use ms_server::storage::{self, Storage};
use ms_server::{auth, demo, AppState, ServeConfig};
use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Many small allocations from many threads at once (every request parses,
/// validates and hashes a JSON body): mimalloc's per-thread heaps spend a
/// fraction of the time glibc's shared arenas do, and never wait on a lock.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "mystery-shopper-server", version, about = "Collects and reviews Mystery Shopper evaluations")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The database every command works on.
#[derive(clap::Args)]
struct DatabaseArg {
    /// A SQLite file path (or sqlite://path), or a PostgreSQL database:
    /// postgres://user[:password]@host:port/name (several instances may share one).
    #[arg(long, default_value = "data/mystery-shopper.sqlite3", env = "MS_DATABASE")]
    database: String,
}

impl DatabaseArg {
    /// The SQLite file's folder, made when it is missing; nothing for PostgreSQL.
    fn ensure_parent(&self) -> anyhow::Result<()> {
        if storage::is_postgres(&self.database) {
            return Ok(());
        }
        let path = Path::new(self.database.strip_prefix("sqlite://").unwrap_or(&self.database));
        match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => {
                std::fs::create_dir_all(p).with_context(|| format!("can't make the folder {}", p.display()))
            }
            _ => Ok(()),
        }
    }

    async fn open(&self) -> anyhow::Result<Arc<dyn Storage>> {
        self.ensure_parent()?;
        storage::open(&self.database).await.with_context(|| format!("database {}", self.shown()))
    }

    /// The database as messages show it: without a password.
    fn shown(&self) -> String {
        storage::postgres::redacted(&self.database)
    }
}

/// Where photos are kept.
#[derive(clap::Args)]
struct PhotosArg {
    /// Directory for photo files, or an S3-compatible bucket: s3://bucket/prefix
    /// (endpoint, region and credentials from AWS_ENDPOINT_URL, AWS_REGION,
    /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY; AWS_ALLOW_HTTP=true for plain HTTP).
    #[arg(long, default_value = "data/photos", env = "MS_PHOTOS")]
    photos: PathBuf,
}

/// An account's role, as the command line names it.
#[derive(Clone, Copy, clap::ValueEnum)]
enum RoleArg {
    Shopper,
    Supervisor,
    CentreManager,
    Admin,
}

impl From<RoleArg> for UserRole {
    fn from(r: RoleArg) -> Self {
        match r {
            RoleArg::Shopper => UserRole::Shopper,
            RoleArg::Supervisor => UserRole::Supervisor,
            RoleArg::CentreManager => UserRole::CentreManager,
            RoleArg::Admin => UserRole::Admin,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API (and the web app, with --web-dir) until Ctrl-C or
    /// SIGTERM, then finish the requests under way and stop.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080", env = "MS_ADDR")]
        addr: SocketAddr,
        #[command(flatten)]
        database: DatabaseArg,
        #[command(flatten)]
        photos: PhotosArg,
        /// Directory of the built web app, served at /.
        #[arg(long, env = "MS_WEB_DIR")]
        web_dir: Option<PathBuf>,
        /// The address citizens reach the server at (`https://ratings.example.gov`),
        /// printed on the QR posters; by default the address the poster was asked at.
        #[arg(long, env = "MS_PUBLIC_URL")]
        public_url: Option<String>,
        /// Seed a fictional demo catalogue, the checklists, one account per role and a kiosk.
        #[arg(long)]
        demo: bool,
        /// normal: a commit survives the server crashing, the last ones
        /// before a power cut may be lost; full: every commit is on disk before it is answered.
        #[arg(long, value_enum, default_value_t = storage::Durability::Normal)]
        sqlite_synchronous: storage::Durability,
        /// With --demo: this many fictional evaluations over the last year, added
        /// when the database has none (figures for the performance screens).
        #[arg(long, default_value_t = 0, requires = "demo")]
        demo_evaluations: u64,
        #[command(flatten)]
        limits: LimitArgs,
        #[command(flatten)]
        alerts: AlertArgs,
    },
    /// Register the exit kiosk of a centre; prints the key to configure it with, once.
    RegisterKiosk {
        #[command(flatten)]
        database: DatabaseArg,
        /// The centre's id in the catalogue.
        #[arg(long)]
        centre: String,
        /// Where the kiosk stands, for people (for instance "Main exit").
        #[arg(long, default_value = "Exit kiosk")]
        label: String,
    },
    /// Create a shopper, supervisor or admin account; the password is read from standard input.
    CreateUser {
        #[command(flatten)]
        database: DatabaseArg,
        #[arg(long)]
        username: String,
        #[arg(long)]
        display_name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// An entity whose centres a supervisor reviews (repeat for several).
        #[arg(long = "entity")]
        entities: Vec<String>,
        /// A centre a centre manager runs (repeat for several).
        #[arg(long = "centre")]
        centres: Vec<String>,
    },
    /// Add fictional evaluations (for trying the review screens, or measuring
    /// them): spread over the centres, the last twelve months, every status and both roles.
    Seed {
        #[command(flatten)]
        database: DatabaseArg,
        /// How many.
        #[arg(long)]
        evaluations: u64,
        /// The same seed gives the same evaluations.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Publish a checklist template from a JSON file or an .xlsx workbook
    /// (docs/workbooks.md); a published version never changes.
    PublishTemplate {
        #[command(flatten)]
        database: DatabaseArg,
        file: PathBuf,
    },
    /// Write a checklist's published version as an .xlsx workbook (a built-in
    /// one with the words the app shows for it), to edit and publish again.
    TemplateWorkbook {
        #[command(flatten)]
        database: DatabaseArg,
        /// The checklist's id.
        id: String,
        /// Its version; the latest published when left out.
        #[arg(long)]
        version: Option<u32>,
        /// Where to write the workbook.
        #[arg(long)]
        out: PathBuf,
    },
    /// Move a deployment from its SQLite file to PostgreSQL (an empty database):
    /// every row, with its ids, in one transaction; with --photos-from and
    /// --photos-to, its photos to another store first. Stop the server first.
    MigrateSqliteToPostgres {
        /// The SQLite file.
        #[arg(long)]
        from: String,
        /// The PostgreSQL database: postgres://user@host:port/name
        #[arg(long, env = "MS_DATABASE")]
        to: String,
        /// Where the photos are now (a directory or s3://bucket/prefix).
        #[arg(long, requires = "photos_to")]
        photos_from: Option<PathBuf>,
        /// Where they go (a directory or s3://bucket/prefix; credentials from the environment).
        #[arg(long, requires = "photos_from")]
        photos_to: Option<PathBuf>,
    },
    /// Add or update entities, centres and services from a catalogue JSON file
    /// or an .xlsx workbook (docs/workbooks.md); nothing is deleted.
    ImportCatalogue {
        #[command(flatten)]
        database: DatabaseArg,
        file: PathBuf,
    },
}

/// The front door's allowances and timeouts (defaults in brackets).
#[derive(clap::Args)]
struct LimitArgs {
    /// Citizen ratings of one centre per device per hour.
    #[arg(long, default_value_t = Limits::default().ratings_per_device_centre_hour)]
    ratings_per_device_centre_hour: u32,
    /// Citizen ratings per device per hour, all centres.
    #[arg(long, default_value_t = Limits::default().ratings_per_device_hour)]
    ratings_per_device_hour: u32,
    /// Citizen ratings per network address (IPv4 address or IPv6 /64) per hour.
    #[arg(long, default_value_t = Limits::default().ratings_per_address_hour)]
    ratings_per_address_hour: u32,
    /// Citizen ratings per registered kiosk per hour.
    #[arg(long, default_value_t = Limits::default().ratings_per_kiosk_hour)]
    ratings_per_kiosk_hour: u32,
    /// Wrong passwords for one username before it is locked.
    #[arg(long, default_value_t = Limits::default().sign_in_failures_before_lockout)]
    sign_in_failures_before_lockout: u32,
    /// Minutes a locked username or address waits.
    #[arg(long, default_value_t = Limits::default().sign_in_lockout.as_secs() / 60)]
    sign_in_lockout_minutes: u64,
    /// Days a session may go unused before it ends.
    #[arg(long, default_value_t = Limits::default().session_idle.as_secs() / 86400)]
    session_idle_days: u64,
    /// Days a session lasts at most.
    #[arg(long, default_value_t = Limits::default().session_max_age.as_secs() / 86400)]
    session_max_days: u64,
    /// Days before a photo no evaluation refers to is removed.
    #[arg(long, default_value_t = Limits::default().orphan_photo_grace.as_secs() / 86400)]
    orphan_photo_days: u64,
    /// Seconds a client has to send a request's headers.
    #[arg(long, default_value_t = Limits::default().header_timeout.as_secs())]
    header_timeout_secs: u64,
    /// Seconds a client has to send a request's body.
    #[arg(long, default_value_t = Limits::default().body_timeout.as_secs())]
    body_timeout_secs: u64,
    /// Connections served at once.
    #[arg(long, default_value_t = Limits::default().max_connections)]
    max_connections: usize,
}

/// Unhappy-ratings alerts (defaults in brackets).
#[derive(clap::Args)]
struct AlertArgs {
    /// Where raised alerts are POSTed as JSON (none by default).
    #[arg(long, env = "MS_ALERT_WEBHOOK")]
    alert_webhook: Option<String>,
    /// Minutes of recent citizen ratings looked at.
    #[arg(long, default_value_t = AlertRule::default().window_minutes)]
    alert_window_minutes: u32,
    /// An alert when the unhappy share of those ratings exceeds this percentage…
    #[arg(long, default_value_t = AlertRule::default().unhappy_percent)]
    alert_unhappy_percent: f64,
    /// …over at least this many ratings.
    #[arg(long, default_value_t = AlertRule::default().min_ratings)]
    alert_min_ratings: u32,
    /// Attempts to deliver an alert to the webhook.
    #[arg(long, default_value_t = AlertSettings::default().webhook_attempts)]
    alert_webhook_attempts: u32,
    /// Seconds before the first retry; each next wait doubles.
    #[arg(long, default_value_t = AlertSettings::default().webhook_first_retry.as_secs_f64())]
    alert_webhook_retry_secs: f64,
}

impl AlertArgs {
    fn settings(&self) -> anyhow::Result<AlertSettings> {
        ensure!((0.0..=100.0).contains(&self.alert_unhappy_percent), "--alert-unhappy-percent must be 0 to 100");
        ensure!(
            self.alert_window_minutes > 0 && self.alert_min_ratings > 0,
            "--alert-window-minutes and --alert-min-ratings must be at least 1"
        );
        if let Some(url) = &self.alert_webhook {
            ensure!(
                url.starts_with("http://") || url.starts_with("https://"),
                "--alert-webhook must be an http:// or https:// URL"
            );
        }
        let retry = std::time::Duration::try_from_secs_f64(self.alert_webhook_retry_secs)
            .context("--alert-webhook-retry-secs must be a positive number of seconds")?;
        Ok(AlertSettings {
            rule: AlertRule {
                window_minutes: self.alert_window_minutes,
                unhappy_percent: self.alert_unhappy_percent,
                min_ratings: self.alert_min_ratings,
            },
            webhook: self.alert_webhook.clone(),
            webhook_attempts: self.alert_webhook_attempts.max(1),
            webhook_first_retry: retry,
            ..AlertSettings::default()
        })
    }
}

impl LimitArgs {
    fn limits(&self) -> Limits {
        let secs = std::time::Duration::from_secs;
        Limits {
            ratings_per_device_centre_hour: self.ratings_per_device_centre_hour,
            ratings_per_device_hour: self.ratings_per_device_hour,
            ratings_per_address_hour: self.ratings_per_address_hour,
            ratings_per_kiosk_hour: self.ratings_per_kiosk_hour,
            sign_in_failures_before_lockout: self.sign_in_failures_before_lockout,
            sign_in_lockout: secs(self.sign_in_lockout_minutes * 60),
            session_idle: secs(self.session_idle_days * 86400),
            session_max_age: secs(self.session_max_days * 86400),
            orphan_photo_grace: secs(self.orphan_photo_days * 86400),
            header_timeout: secs(self.header_timeout_secs),
            body_timeout: secs(self.body_timeout_secs),
            max_connections: self.max_connections,
        }
    }
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
            // Every cause, outermost first: "database data/x.sqlite3: database: unable to open…".
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Completes at the first Ctrl-C or SIGTERM (what `docker stop`, systemd and
/// Kubernetes send), saying which.
async fn stop_signal() {
    let interrupt = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!("can't listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!("can't listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => tracing::info!("interrupted: finishing the requests under way"),
        () = terminate => tracing::info!("SIGTERM: finishing the requests under way"),
    }
}

async fn serve(config: ServeConfig, addr: SocketAddr) -> anyhow::Result<()> {
    let state = AppState::open(&config).await.context("can't start")?;
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("can't listen on {addr}"))?;
    let local = listener.local_addr()?;
    println!("Mystery Shopper server on http://{local}  (API: http://{local}/api/v1, OpenAPI: http://{local}/api/v1/openapi.json)");
    if config.web_dir.is_some() {
        println!("Open http://{local}/ in a browser; a centre's rating page: http://{local}/rate/cd-al-barsha-qr");
    }
    if config.demo {
        println!("Demo accounts (username / password):");
        for (role, (user, password), _, entities) in demo::DEMO_ACCOUNTS {
            let scope = if entities.is_empty() { String::new() } else { format!(" of {}", entities.join(", ")) };
            println!("  {}{scope}: '{user}' / '{password}'", role.as_str());
        }
        let (centre, qr, key) = demo::DEMO_KIOSK;
        println!("Demo exit kiosk of {centre}: http://{local}/kiosk/{qr}?key={key}");
    }
    ms_server::serve_on(listener, state.clone(), stop_signal()).await.context("serving")?;
    // Answered requests are stored already; this waits for the writer's last
    // batch and closes the database's connections.
    state.storage.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// The checklist a workbook holds, its warnings printed; every error printed
/// and nothing returned when it has any.
async fn template_of_workbook(
    file: &std::path::Path,
    store: &dyn storage::Storage,
) -> anyhow::Result<ms_core::ChecklistTemplate> {
    let bytes = std::fs::read(file).with_context(|| file.display().to_string())?;
    let book = ms_server::workbook::read(&bytes).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let first = ms_core::authoring::parse(&book, None);
    let published = match &first.template {
        Some(t) => store.templates().await?.iter().filter(|p| p.id == t.id).map(|p| p.version).max(),
        None => None,
    };
    let report = if published.is_some() { ms_core::authoring::parse(&book, published) } else { first };
    for p in &report.problems {
        eprintln!("{}: {p}", if p.is_error() { "error" } else { "warning" });
    }
    let errors = report.errors().count();
    report.template.ok_or_else(|| anyhow!("{}: {errors} errors; nothing was published", file.display()))
}

async fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve {
            addr,
            database,
            photos,
            web_dir,
            public_url,
            demo,
            demo_evaluations,
            limits,
            alerts,
            sqlite_synchronous,
        } => {
            database.ensure_parent()?;
            let config = ServeConfig {
                database: database.database,
                durability: sqlite_synchronous,
                photos: photos.photos,
                web_dir,
                public_url: public_url
                    .map(|u| ms_server::config::public_url(&u))
                    .transpose()
                    .map_err(|e| anyhow!(e))?,
                demo,
                demo_evaluations,
                demo_actions: demo,
                limits: limits.limits(),
                alerts: alerts.settings()?,
            };
            serve(config, addr).await
        }
        Command::CreateUser { database, username, display_name, role, entities, centres } => {
            let role = UserRole::from(role);
            let entities: Vec<String> = entities.iter().map(|e| e.trim().to_owned()).collect();
            let centres: Vec<String> = centres.iter().map(|e| e.trim().to_owned()).collect();
            match role {
                UserRole::Supervisor if entities.is_empty() => {
                    bail!("a supervisor reviews the centres of some entities: name them with --entity")
                }
                UserRole::CentreManager if centres.is_empty() => {
                    bail!("a centre manager runs some centres: name them with --centre")
                }
                _ if role != UserRole::Supervisor && !entities.is_empty() => {
                    bail!("--entity is only for supervisors, not for the role {}", role.as_str())
                }
                _ if role != UserRole::CentreManager && !centres.is_empty() => {
                    bail!("--centre is only for centre managers, not for the role {}", role.as_str())
                }
                _ => {}
            }
            let mut password = String::new();
            std::io::stdin().read_to_string(&mut password).context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\n', '\r']);
            ms_server::passwords::check(password, username.trim())
                .map_err(|e| anyhow!("{e} (the password read from standard input)"))?;
            let store = database.open().await?;
            let hash = auth::hash_password(password).map_err(anyhow::Error::msg)?;
            let user = storage::NewUser {
                username: username.trim().to_owned(),
                display_name: display_name.trim().to_owned(),
                role,
                password_hash: hash,
                entity_ids: entities,
                centre_ids: centres,
                created_by: None,
            };
            store.create_user(&user).await?;
            println!("created {} '{}'", role.as_str(), username.trim());
            Ok(())
        }
        Command::RegisterKiosk { database, centre, label } => {
            let store = database.open().await?;
            let key = auth::new_token();
            store.create_kiosk(&auth::token_digest(&key), centre.trim(), label.trim(), None).await?;
            println!("registered the kiosk '{}' of centre {}; its key (shown only now):", label.trim(), centre.trim());
            println!("{key}");
            Ok(())
        }
        Command::Seed { database, evaluations, seed } => {
            database.ensure_parent()?;
            let store = storage::open_seeder(&database.database)
                .await
                .with_context(|| format!("database {}", database.shown()))?;
            demo::seed(store.as_ref()).await?;
            let started = std::time::Instant::now();
            let n = store.seed_evaluations(evaluations, seed).await?;
            println!("added {n} fictional evaluations in {:.1} s", started.elapsed().as_secs_f64());
            Ok(())
        }
        Command::PublishTemplate { database, file } => {
            let store = database.open().await?;
            let template = if file.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
                template_of_workbook(&file, store.as_ref()).await?
            } else {
                let text = std::fs::read_to_string(&file).with_context(|| file.display().to_string())?;
                serde_json::from_str(&text).with_context(|| format!("{}: not a checklist template", file.display()))?
            };
            template.check().map_err(|e| anyhow!("{}: {e}", file.display()))?;
            store.publish_template(&template, None).await?;
            println!("published {} version {}", template.id, template.version);
            Ok(())
        }
        Command::TemplateWorkbook { database, id, version, out } => {
            let store = database.open().await?;
            // The built-in checklists are published by every server's start.
            let mut published = store.templates().await?;
            published.extend(ms_core::builtin::templates());
            let template = published
                .into_iter()
                .filter(|t| t.id == id && version.is_none_or(|v| t.version == v))
                .max_by_key(|t| t.version)
                .ok_or_else(|| {
                    anyhow!(
                        "no published checklist '{id}'{}",
                        version.map(|v| format!(" version {v}")).unwrap_or_default()
                    )
                })?;
            let book = ms_server::workbook::of_template(&template);
            let bytes = ms_server::workbook::write(&book).map_err(|e| anyhow!("writing the workbook: {e}"))?;
            std::fs::write(&out, bytes).with_context(|| out.display().to_string())?;
            println!("wrote {} version {} to {}", template.id, template.version, out.display());
            Ok(())
        }
        Command::MigrateSqliteToPostgres { from, to, photos_from, photos_to } => {
            let photos = photos_from.as_deref().zip(photos_to.as_deref());
            let report = ms_server::move_to_postgres::sqlite_to_postgres(&from, &to, photos).await?;
            for (table, rows) in &report.tables {
                println!("{table}: {rows} rows");
            }
            if photos.is_some() {
                println!("photos: {} copied, {} already there", report.photos_copied, report.photos_present);
            }
            for id in &report.photos_missing {
                eprintln!("photo {id} is recorded but was not in the old store (lost before the move)");
            }
            println!("moved to {}", storage::postgres::redacted(&to));
            Ok(())
        }
        Command::ImportCatalogue { database, file } => {
            let store = database.open().await?;
            let catalogue = if file.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
                let bytes = std::fs::read(&file).with_context(|| file.display().to_string())?;
                let book = ms_server::workbook::read(&bytes).map_err(|e| anyhow!("{}: {e}", file.display()))?;
                let report = ms_core::authoring::parse_catalogue(&book, &store.catalogue().await?);
                for p in &report.problems {
                    eprintln!("{}: {p}", if p.is_error() { "error" } else { "warning" });
                }
                let errors = report.errors().count();
                report.changes.ok_or_else(|| anyhow!("{}: {errors} errors; nothing was imported", file.display()))?
            } else {
                let text = std::fs::read_to_string(&file).with_context(|| file.display().to_string())?;
                serde_json::from_str(&text).with_context(|| format!("{}: not a catalogue", file.display()))?
            };
            store.upsert_catalogue(&catalogue).await?;
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
