//! Throughput of `extract_entities` alone on a JSONL.gz corpus (text in `content_original`):
//! `cargo run --release -p dossier-entities --example bench -- allsides-5k.jsonl.gz`
#[path = "common/mod.rs"]
mod common;
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench FILE.jsonl.gz");
        std::process::exit(2);
    };
    let texts = common::read_texts(&path);
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up (model decode) outside the timing.
    let _ = dossier_entities::extract_entities("Warm up in Baghdad.");
    let cpu0 = thread_cpu_seconds();
    let t0 = Instant::now();
    let mut n_ent = 0;
    for t in &texts {
        n_ent += dossier_entities::extract_entities(t).len();
    }
    let dt = t0.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds() - cpu0;
    println!(
        "{} articles, {:.1} MB, {} entities in {:.2} s: {:.0} articles/s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        n_ent,
        dt,
        texts.len() as f64 / dt,
        bytes as f64 / 1e6 / dt
    );
    // The machine is shared: CPU time of this thread is the fair single-core figure.
    if cpu > 0.0 {
        println!("CPU time {:.2} s: {:.0} articles/s per core", cpu, texts.len() as f64 / cpu);
    }
}

/// Run time of this thread in seconds from /proc (Linux); 0 elsewhere.
fn thread_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse::<f64>().ok()))
        .map_or(0.0, |ns| ns / 1e9)
}
