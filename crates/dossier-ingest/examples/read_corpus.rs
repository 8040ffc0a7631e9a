//! Reads inputs with `dossier-ingest` and prints counts, the first errors and throughput.
//! `cargo run --release -p dossier-ingest --example read_corpus -- PATH...`

use std::path::PathBuf;
use std::time::Instant;

use dossier_ingest::{ReadOptions, read_inputs};

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: read_corpus PATH...");
        std::process::exit(2);
    }
    let on_disk: u64 = paths.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum();
    let (mut text_bytes, mut with_date, mut with_outlet, mut with_title, mut with_author) = (0usize, 0, 0, 0, 0);
    let mut errors = Vec::new();
    let start = Instant::now();
    let summary = read_inputs(&paths, &ReadOptions::default(), &mut |r| match r {
        Ok(a) => {
            text_bytes += a.text.len();
            with_date += usize::from(a.published.is_some());
            with_outlet += usize::from(a.outlet.is_some());
            with_title += usize::from(a.title.is_some());
            with_author += usize::from(a.author.is_some());
        }
        Err(e) => errors.push(e.to_string()),
    });
    let secs = start.elapsed().as_secs_f64();
    println!("files {}  articles {}  errors {}", summary.files, summary.articles, summary.errors);
    println!("with date {with_date}  outlet {with_outlet}  title {with_title}  author {with_author}");
    println!(
        "{secs:.3} s  {:.0} articles/s  {:.1} MB/s of input on disk  {:.1} MB/s of article text",
        summary.articles as f64 / secs,
        on_disk as f64 / 1e6 / secs,
        text_bytes as f64 / 1e6 / secs
    );
    for e in errors.iter().take(10) {
        println!("error: {e}");
    }
}
