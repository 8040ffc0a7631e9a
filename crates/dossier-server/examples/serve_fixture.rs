//! Builds the hand-made fixture database (or a synthetic one of N articles) in a temporary
//! folder and serves it, so the browser tests and load tests run before the CLI exists.
//!
//! `cargo run -p dossier-server --example serve_fixture -- [ADDR] [--synthetic N] [--db PATH]`
//! ADDR defaults to 127.0.0.1:8080. With `--db PATH` the database is kept at PATH (and reused if
//! it exists).

#[path = "../tests/fixture/mod.rs"]
mod fixture;

use dossier_server::{ServerOptions, serve_blocking};
use std::net::SocketAddr;

fn main() -> anyhow::Result<()> {
    let mut addr: SocketAddr = "127.0.0.1:8080".parse()?;
    let mut synthetic = 0usize;
    let mut db_path = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--synthetic" => {
                synthetic = args.next().ok_or_else(|| anyhow::anyhow!("--synthetic needs a count"))?.parse()?
            }
            "--db" => {
                db_path =
                    Some(std::path::PathBuf::from(args.next().ok_or_else(|| anyhow::anyhow!("--db needs a path"))?))
            }
            other => addr = other.parse().map_err(|e| anyhow::anyhow!("bad address {other:?}: {e}"))?,
        }
    }
    let dir = tempfile::tempdir()?;
    let path = db_path.unwrap_or_else(|| dir.path().join("fixture.db"));
    if !path.exists() {
        let mut store = fixture::build(&path);
        if synthetic > 0 {
            let t = std::time::Instant::now();
            for chunk in fixture::synthetic(synthetic).chunks(500) {
                store.insert_batch(chunk)?;
            }
            store.optimize()?;
            eprintln!("inserted {synthetic} synthetic articles in {:.1?}", t.elapsed());
        }
    }
    serve_blocking(path, ServerOptions { addr, ..Default::default() })
}
