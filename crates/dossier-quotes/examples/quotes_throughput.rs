//! Quotes-only throughput on a JSONL.gz corpus (text in `content_original`):
//! `cargo run --release -p dossier-quotes --example quotes_throughput -- ../shared/corpus/allsides-5k.jsonl.gz`
//! With `ENTITIES=1` each article first goes through `dossier_entities::extract_entities` and
//! the quotes get its mentions, as in the pipeline: the figure then covers both stages.
use std::time::Instant;

#[path = "common/corpus.rs"]
mod corpus;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus/allsides-5k.jsonl.gz".into());
    let texts: Vec<String> = corpus::texts(&path).into_iter().map(|(_, t)| t).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut quotes = 0usize;
    let mut direct = 0usize;
    let with_entities = std::env::var_os("ENTITIES").is_some();
    if with_entities {
        // Model decode happens once, outside the timing.
        let _ = dossier_entities::extract_entities("Warm up in Baghdad.");
    }
    let cpu0 = cpu_ns();
    let t0 = Instant::now();
    for t in &texts {
        let ents = if with_entities { dossier_entities::extract_entities(t) } else { Vec::new() };
        let qs = dossier_quotes::extract_quotes(t, &ents);
        direct += qs.iter().filter(|q| q.direct).count();
        quotes += qs.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    let cpu = cpu0.zip(cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e9);
    if std::env::var_os("SLOWEST").is_some() {
        let mut per: Vec<(f64, usize, usize)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let s = Instant::now();
                let _ = dossier_quotes::extract_quotes(t, &[]);
                (s.elapsed().as_secs_f64(), i, t.len())
            })
            .collect();
        per.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (s, i, len) in per.iter().take(5) {
            println!("slow: article {i}, {len} bytes, {:.1} ms", s * 1e3);
        }
    }
    println!(
        "{} articles, {:.1} MB, {quotes} quotes ({direct} direct) in {secs:.3} s: {:.0} articles/s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        texts.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    // On a shared machine wall time overstates the cost: also report time on CPU.
    if let Some(c) = cpu {
        println!("on-CPU {c:.3} s: {:.0} articles/s on one core", texts.len() as f64 / c);
    }
}

/// Nanoseconds this thread has spent on a CPU (Linux `/proc/thread-self/schedstat`).
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}
