//! End-to-end ingest throughput without the extractors (read → clean → dedup → store → index),
//! in articles per CPU second of the ingesting thread, over several runs into fresh databases.
//!
//! `cargo run --release -p dossier-pipeline --example ingest_throughput -- CORPUS [RUNS] [SCRATCH_DIR]`

use dossier_pipeline::IngestOptions;
use dossier_store::Store;
use std::path::PathBuf;

fn cpu() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes into it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc == 0 { ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9 } else { 0.0 }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let corpus = PathBuf::from(args.next().ok_or("usage: ingest_throughput CORPUS [RUNS] [SCRATCH_DIR]")?);
    let runs: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(3);
    let scratch = args.next().map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    let opts = IngestOptions { extract: false, ..IngestOptions::default() };
    for run in 0..runs {
        let path = scratch.join(format!("ingest-throughput-{}.db", std::process::id()));
        let remove = || {
            for s in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{s}", path.display()));
            }
        };
        remove();
        let t = cpu();
        let wall = std::time::Instant::now();
        let mut store = Store::open(&path)?;
        let s = dossier_pipeline::ingest(&mut store, std::slice::from_ref(&corpus), &opts, &mut |_| {})?;
        drop(store);
        let c = cpu() - t;
        println!(
            "run {run}: {} articles ({} added, {} failed) in {:.3} CPU s ({:.3} wall s): {:.0} articles/s",
            s.read,
            s.added,
            s.failed(),
            c,
            wall.elapsed().as_secs_f64(),
            s.read as f64 / c
        );
        remove();
    }
    Ok(())
}
