//! `dossier ingest`.

use crate::term;
use anyhow::Context;
use dossier_pipeline::{IngestOptions, IngestSummary, ReadOptions};
use dossier_store::Store;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (read recursively) or - for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Metadata per file (JSONL or CSV with a `file` column); by default a manifest.jsonl or
    /// manifest.csv beside the files is used.
    #[arg(long)]
    manifest: Option<PathBuf>,
    /// Estimated Jaccard similarity above which an article is a near-duplicate.
    #[arg(long, default_value_t = dossier_dedup_threshold())]
    near_threshold: f64,
    /// Articles per transaction (larger batches let the full-text index build bigger segments).
    #[arg(long, default_value_t = 1000)]
    batch: usize,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// Store text only, without running the extractors (profiling the foundation; articles
    /// stored this way have no facts).
    #[arg(long, hide = true)]
    no_extract: bool,
    /// No progress bar and no summary unless something failed.
    #[arg(long, short)]
    quiet: bool,
}

fn dossier_dedup_threshold() -> f64 {
    IngestOptions::default().near_threshold
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.near_threshold) {
        anyhow::bail!("--near-threshold must be between 0 and 1, not {}", args.near_threshold);
    }
    let mut store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    let opts = IngestOptions {
        read: ReadOptions { manifest: args.manifest.clone(), ..ReadOptions::default() },
        near_threshold: args.near_threshold,
        batch_size: args.batch.max(1),
        extract: !args.no_extract,
        ..IngestOptions::default()
    };
    // A spinner with counts and rate: the number of articles inside a JSONL or WARC file is not
    // known before reading it, so no honest ETA exists for a single stream.
    let bar = if term::stderr_is_tty() && !args.quiet {
        let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
        b.set_style(
            ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} articles ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(125));
        Some(b)
    } else {
        None
    };
    let started = Instant::now();
    let summary = dossier_pipeline::ingest(&mut store, &args.paths, &opts, &mut |s: &IngestSummary| {
        if let Some(b) = &bar {
            b.set_position((s.read + s.failed()) as u64);
            if s.failed() > 0 {
                b.set_message(format!("{} failed", s.failed()));
            }
        }
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    // No full `optimize` here: it rewrites the whole index, so a small ingest into a large
    // database would cost as much as a large one; FTS5's automerge keeps segments in check.
    let secs = started.elapsed().as_secs_f64();
    if args.json {
        let mut v = serde_json::to_value(&summary)?;
        v["seconds"] = serde_json::json!(secs);
        v["database"] = serde_json::json!(db.display().to_string());
        term::print_json(&v)?;
    } else {
        for e in &summary.errors {
            eprintln!("dossier: {}", term::safe(e, false));
        }
        if !args.quiet || summary.failed() > 0 {
            eprintln!("{}", summary_line(&summary, secs, db));
        }
    }
    Ok(if summary.failed() > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn summary_line(s: &IngestSummary, secs: f64, db: &Path) -> String {
    let rate = if secs > 0.0 { s.read as f64 / secs } else { 0.0 };
    let linked = match &s.linked {
        Some(l) if l.articles > 0 => format!(", {} linked into {} stories", l.articles, l.stories),
        _ => String::new(),
    };
    format!(
        "{} read, {} added, {} already stored, {} duplicates ({} exact, {} near){linked}, {} failed — {:.1}s ({:.0} articles/s) into {}",
        s.read,
        s.added,
        s.unchanged,
        s.exact_duplicates + s.near_duplicates,
        s.exact_duplicates,
        s.near_duplicates,
        s.failed(),
        secs,
        rate,
        db.display()
    )
}
