//! `cargo run --release -p dossier-time --example time_throughput -- allsides-5k.jsonl.gz`:
//! articles per second of `extract_times` alone on one core (text: `content_original`,
//! publication date: `date`).
use std::io::{BufRead, BufReader};
use std::time::Instant;

use chrono::NaiveDate;

/// This thread's time on a CPU (Linux `/proc/thread-self/schedstat`), so a busy shared
/// machine does not count against us.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() -> std::io::Result<()> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput FILE.jsonl.gz");
        std::process::exit(2);
    };
    let file = std::fs::File::open(&path)?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut docs: Vec<(String, Option<NaiveDate>)> = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["content_original"].as_str().unwrap_or("").to_string();
        let date = v["date"].as_str().and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
        docs.push((text, date));
    }
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let c = cpu_seconds();
        found = 0;
        for (text, date) in &docs {
            found += dossier_time::extract_times(text, *date).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let n = docs.len() as f64;
    println!(
        "{} articles, {:.1} MB, {} time expressions; best of 3: wall {:.3} s = {:.0} articles/s; on-CPU {:.3} s = {:.0} articles/s, {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        found,
        best,
        n / best,
        best_cpu,
        n / best_cpu,
        bytes as f64 / 1e6 / best_cpu
    );
    Ok(())
}
