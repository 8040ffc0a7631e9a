//! Every mention `extract_entities` finds over a JSONL.gz corpus (text in `content_original`),
//! one article per line, to `cmp` before and after a speed change; with `--passes N` it prints
//! nothing and runs the extraction N times, so an instruction count (cachegrind) of N = 0 and
//! N = 1 isolates the entity stage from reading the file:
//! `cargo run --release -p dossier-entities --example dump -- sample.jsonl.gz [--passes N]`
use std::io::Write;

#[path = "common/mod.rs"]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: dump FILE.jsonl.gz [--passes N]");
        std::process::exit(2);
    };
    let passes: Option<usize> = args.iter().position(|a| a == "--passes").and_then(|i| args.get(i + 1)?.parse().ok());
    let texts = common::read_texts(path);
    // Decode the model outside the passes.
    let _ = dossier_entities::extract_entities("Warm up in Baghdad.");
    if let Some(n) = passes {
        let mut found = 0;
        for _ in 0..n {
            for t in &texts {
                found += dossier_entities::extract_entities(t).len();
            }
        }
        println!("{} articles × {n} passes, {found} mentions", texts.len());
        return;
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, t) in texts.iter().enumerate() {
        let ms = dossier_entities::extract_entities(t);
        writeln!(out, "{i}: {ms:?}").expect("write");
    }
}
