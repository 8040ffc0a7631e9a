//! `dossier serve`: the HTTP API and web UI over the database.

use dossier_pipeline::IngestOptions;
use dossier_server::{ServerOptions, serve_blocking};
use dossier_store::Store;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on. Loopback by default: pass e.g. 0.0.0.0:8080 to expose it.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Accept POST /api/articles (bodies in any format `ingest` reads).
    #[arg(long)]
    allow_ingest: bool,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    body_limit: usize,
}

pub fn run(db: &Path, a: Args) -> anyhow::Result<ExitCode> {
    if !db.exists() && !a.allow_ingest {
        anyhow::bail!("no database at {} (run `dossier ingest PATH` first, or pass --db)", db.display());
    }
    // Make sure the file exists and is migrated before readers open it.
    drop(Store::open(db)?);
    let ingest = if a.allow_ingest {
        let path: PathBuf = db.to_path_buf();
        // One writer at a time; readers go on meanwhile (WAL).
        let lock = Arc::new(Mutex::new(()));
        let f: dossier_server::IngestFn = Arc::new(move |body: Vec<u8>, _content_type: Option<String>| {
            let _guard = lock.lock().map_err(|_| "ingest lock poisoned".to_string())?;
            let mut store = Store::open(&path).map_err(|e| e.to_string())?;
            let summary = dossier_pipeline::ingest_bytes(&mut store, "upload", &body, &IngestOptions::default())
                .map_err(|e| e.to_string())?;
            serde_json::to_value(&summary).map_err(|e| e.to_string())
        });
        Some(f)
    } else {
        None
    };
    let opts = ServerOptions {
        addr: a.addr,
        allow_ingest: a.allow_ingest,
        body_limit: a.body_limit,
        ingest,
        warm: true,
        ..ServerOptions::default()
    };
    eprintln!("dossier: serving {} on http://{}/", db.display(), a.addr);
    serve_blocking(db.to_path_buf(), opts)?;
    Ok(ExitCode::SUCCESS)
}
