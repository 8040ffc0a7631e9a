//! Study aid: every quote of every article of a JSONL.gz corpus (text in `content_original`),
//! found with the entities as in the pipeline, one line each (`ARTICLE_INDEX Quote {…}`). Run it
//! before and after a change and diff the two files to read exactly which quotes and speaker
//! names moved.
//! `cargo run --release -p dossier-quotes --example quotes_corpus_dump -- ../shared/corpus/allsides-5k.jsonl.gz > before.txt`
use std::io::{BufRead, BufReader, Write};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus/allsides-5k.jsonl.gz".into());
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, line) in reader.lines().enumerate() {
        let v: serde_json::Value =
            match line.map_err(|e| e.to_string()).and_then(|l| serde_json::from_str(&l).map_err(|e| e.to_string())) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("{path}: line {}: {e}", i + 1);
                    continue;
                }
            };
        let text = v["content_original"].as_str().unwrap_or("");
        let entities = dossier_entities::extract_entities(text);
        for q in dossier_quotes::extract_quotes(text, &entities) {
            if writeln!(out, "{i} {q:?}").is_err() {
                return;
            }
        }
    }
}
