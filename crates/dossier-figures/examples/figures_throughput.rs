//! `cargo run --release -p dossier-figures --example figures_throughput -- PATH.jsonl.gz [--show N]`:
//! runs the figure extractor over every article of a gzipped JSONL corpus (text in
//! `content_original`, date in `date`) on one thread and prints articles per second. Reading and
//! decompressing are done first and not timed. `--show N` prints the figures of N articles.
use std::io::{BufRead, BufReader};
use std::time::Instant;

use chrono::NaiveDate;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput PATH.jsonl.gz [--show N]");
        std::process::exit(2);
    };
    let show: usize = match (args.next().as_deref(), args.next()) {
        (Some("--show"), Some(n)) => n.parse().unwrap_or(0),
        _ => 0,
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let mut docs: Vec<(String, Option<NaiveDate>)> = Vec::new();
    for (n, line) in BufReader::new(flate2::read::GzDecoder::new(file)).lines().enumerate() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("{path}: record {n}: not JSON, skipped");
            continue;
        };
        let text = v["content_original"].as_str().unwrap_or("").to_string();
        let date =
            v["date"].as_str().and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
        docs.push((text, date));
    }
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut figures = 0usize;
    let (t, cpu0) = (Instant::now(), thread_cpu_ns());
    for (text, date) in &docs {
        figures += dossier_figures::extract_figures(text, *date, &[]).len();
    }
    let wall = t.elapsed().as_secs_f64();
    // On a shared machine wall time counts other processes' turns; CPU time of this thread
    // is what one core delivers.
    let cpu = match (cpu0, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
        _ => wall,
    };
    println!(
        "{} articles, {:.1} MB, {} figures; wall {:.3} s, thread CPU {:.3} s: {:.0} articles/s, {:.1} MB/s per core",
        docs.len(),
        bytes as f64 / 1e6,
        figures,
        wall,
        cpu,
        docs.len() as f64 / cpu,
        bytes as f64 / 1e6 / cpu
    );
    for (text, date) in docs.iter().take(show) {
        for f in dossier_figures::extract_figures(text, *date, &[]) {
            let a = text.floor_char_boundary(f.span.start.saturating_sub(40));
            let b = text.ceil_char_boundary((f.span.end + 30).min(text.len()));
            let s = format!("{} [[{}]] {}", &text[a..f.span.start], f.span.slice(text), &text[f.span.end..b])
                .replace('\n', " ");
            println!(
                "{:>14} {:<8} {:<10} {:<40} | {}",
                f.value,
                f.unit.as_deref().unwrap_or("-"),
                f.qualifier.as_deref().unwrap_or("-"),
                f.counts.as_deref().unwrap_or("-"),
                s
            );
        }
    }
}

/// CPU time this thread has run, from `/proc/thread-self/schedstat` (Linux); None elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
