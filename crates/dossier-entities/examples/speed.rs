//! Single-core speed of `extract_entities` on a shared, loaded machine: runs the corpus several
//! times in one process and reports the best pass by thread CPU time (the least disturbed one):
//! `cargo run --release -p dossier-entities --example speed -- allsides-5k.jsonl.gz [PASSES]`
#[path = "common/mod.rs"]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: speed FILE.jsonl.gz [PASSES]");
        std::process::exit(2);
    };
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(5);
    let texts = common::read_texts(&path);
    let _ = dossier_entities::extract_entities("Warm up in Baghdad.");
    let mut cpus = Vec::new();
    for _ in 0..passes {
        let c0 = thread_cpu_seconds();
        let mut n = 0;
        for t in &texts {
            n += dossier_entities::extract_entities(t).len();
        }
        let cpu = thread_cpu_seconds() - c0;
        cpus.push(cpu);
        std::hint::black_box(n);
    }
    cpus.sort_by(f64::total_cmp);
    let best = cpus.first().copied().unwrap_or(0.0);
    let median = cpus.get(cpus.len() / 2).copied().unwrap_or(0.0);
    println!(
        "{} articles x {passes} passes: best {best:.3} s CPU = {:.0} articles/s, median {median:.3} s = {:.0} articles/s",
        texts.len(),
        texts.len() as f64 / best,
        texts.len() as f64 / median
    );
}

/// Run time of this thread in seconds from /proc (Linux); 0 elsewhere.
fn thread_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse::<f64>().ok()))
        .map_or(0.0, |ns| ns / 1e9)
}
