//! `dossier bench`: throughput per stage on one core.
//!
//! First the whole pipeline streams the corpus into a fresh database (the end-to-end figure and
//! its peak memory, which is what a user's ingest costs). Then each stage runs alone over the
//! corpus held in memory, so its cost can be read apart from the others.

use dossier_core::{Article, Extraction, RawArticle};
use dossier_dedup::Deduper;
use dossier_extract::Stage;
use dossier_pipeline::{IngestOptions, ReadOptions};
use dossier_store::{NewArticle, Store};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The corpus (any input `ingest` reads), e.g. ../shared/corpus/allsides-5k.jsonl.gz.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Where the scratch databases go (removed afterwards).
    #[arg(long, default_value_os_t = std::env::temp_dir())]
    scratch: PathBuf,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Serialize)]
struct Row {
    stage: String,
    articles: usize,
    seconds: f64,
    articles_per_s: f64,
    mb_per_s: f64,
}

fn row(stage: &str, articles: usize, bytes: usize, secs: f64) -> Row {
    let secs = secs.max(1e-9);
    Row {
        stage: stage.into(),
        articles,
        seconds: secs,
        articles_per_s: articles as f64 / secs,
        mb_per_s: bytes as f64 / secs / 1e6,
    }
}

/// Peak resident memory of this process so far, in MiB (Linux; None elsewhere).
fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Resets the peak-memory mark so a later phase is measured alone (Linux ≥ 4.0).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(dir: &Path, name: &str) -> Scratch {
        let p = dir.join(format!("dossier-bench-{}-{name}.db", std::process::id()));
        let s = Scratch(p);
        s.remove();
        s
    }
    fn remove(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        self.remove();
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let mut rows = Vec::new();
    let progress = !a.json && crate::term::stderr_is_tty();
    let say = |s: &str| {
        if progress {
            eprintln!("bench: {s}");
        }
    };

    // End to end, streaming, as `dossier ingest` runs.
    say("end to end (read → clean → dedup → extract → store + index)");
    reset_peak();
    let db = Scratch::new(&a.scratch, "e2e");
    let t = Instant::now();
    let mut store = Store::open(&db.0)?;
    let summary = dossier_pipeline::ingest(&mut store, &a.paths, &IngestOptions::default(), &mut |_| {})?;
    store.optimize()?;
    drop(store);
    let e2e_secs = t.elapsed().as_secs_f64();
    let e2e_peak = peak_rss_mib();
    drop(db);

    // Each stage alone.
    say("read");
    let t = Instant::now();
    let mut raws: Vec<RawArticle> = Vec::new();
    let mut read_errors = 0usize;
    dossier_ingest::read_inputs(&a.paths, &ReadOptions::default(), &mut |r| match r {
        Ok(raw) => raws.push(raw),
        Err(_) => read_errors += 1,
    });
    let secs = t.elapsed().as_secs_f64();
    let raw_bytes: usize = raws.iter().map(|r| r.text.len()).sum();
    rows.push(row("read", raws.len(), raw_bytes, secs));

    say("clean");
    let t = Instant::now();
    let articles: Vec<Article> = raws.into_iter().map(dossier_clean::clean).collect();
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    rows.push(row("clean", articles.len(), raw_bytes, secs));

    say("dedup");
    let t = Instant::now();
    let mut dedup = Deduper::new(IngestOptions::default().near_threshold);
    let verdicts: Vec<_> = articles.iter().map(|a| dedup.insert(&a.id, &a.text)).collect();
    rows.push(row("dedup", articles.len(), bytes, t.elapsed().as_secs_f64()));

    // Extraction per stage: each stage's inputs come from the full extraction, computed first.
    say("extract");
    let t = Instant::now();
    let extractions: Vec<Extraction> = articles.iter().map(dossier_extract::extract).collect();
    let all_secs = t.elapsed().as_secs_f64();
    for (name, stage) in [
        ("entities", Stage::Entities),
        ("quotes", Stage::Quotes),
        ("times", Stage::Times),
        ("figures", Stage::Figures),
    ] {
        let t = Instant::now();
        let mut found = 0usize;
        for (art, ex) in articles.iter().zip(&extractions) {
            found += dossier_extract::run_stage(stage, &art.text, art.published, ex);
        }
        std::hint::black_box(found);
        rows.push(row(name, articles.len(), bytes, t.elapsed().as_secs_f64()));
    }
    rows.push(row("extract (all)", articles.len(), bytes, all_secs));

    let batch: Vec<NewArticle> = articles
        .into_iter()
        .zip(verdicts)
        .zip(extractions)
        .map(|((article, v), extraction)| NewArticle {
            article,
            duplicate_of: v.duplicate_of,
            exact_key: v.exact_key,
            signature: v.signature,
            extraction,
        })
        .collect();
    say("store");
    let db = Scratch::new(&a.scratch, "stages");
    let mut store = Store::open(&db.0)?;
    store.set_deferred_index(true);
    let t = Instant::now();
    for chunk in batch.chunks(IngestOptions::default().batch_size) {
        store.insert_batch(chunk)?;
    }
    rows.push(row("store (no index)", batch.len(), bytes, t.elapsed().as_secs_f64()));
    say("index");
    let t = Instant::now();
    store.rebuild_index()?;
    store.optimize()?;
    rows.push(row("index (full text)", batch.len(), bytes, t.elapsed().as_secs_f64()));
    drop(store);
    drop(db);

    rows.push(row("end to end", summary.read, summary.bytes, e2e_secs));
    let peak = peak_rss_mib();
    if a.json {
        crate::term::print_json(&serde_json::json!({
            "inputs": a.paths, "articles": summary.read, "failed": summary.failed() + read_errors,
            "stages": rows, "peak_rss_mib_end_to_end": e2e_peak, "peak_rss_mib_stages": peak,
        }))?;
    } else {
        println!(
            "{:<20} {:>9} {:>9} {:>12} {:>9}",
            "stage", "articles", "seconds", "articles/s", "MB/s"
        );
        for r in &rows {
            println!(
                "{:<20} {:>9} {:>9.3} {:>12.0} {:>9.2}",
                r.stage, r.articles, r.seconds, r.articles_per_s, r.mb_per_s
            );
        }
        if let Some(p) = e2e_peak {
            println!("peak memory, end to end: {p:.0} MiB");
        }
        if let Some(p) = peak {
            println!("peak memory, stages (whole corpus in memory): {p:.0} MiB");
        }
        if summary.failed() > 0 {
            println!("{} inputs failed to read", summary.failed());
        }
    }
    Ok(ExitCode::SUCCESS)
}
