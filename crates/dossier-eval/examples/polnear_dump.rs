//! Study aid: one JSON line per PolNeAR document with its text, gold and predicted attributions
//! (char offsets), for error analysis outside Rust.
//! `cargo run --release -p dossier-eval --example polnear_dump -- DIR > out.jsonl`
use dossier_eval::polnear::{Attr, documents, predict};
use std::io::Write;

fn spans(v: &[(usize, usize)]) -> serde_json::Value {
    serde_json::Value::Array(v.iter().map(|&(s, e)| serde_json::json!([s, e])).collect())
}

fn attrs(v: &[Attr]) -> serde_json::Value {
    v.iter()
        .map(|a| serde_json::json!({"content": spans(&a.content), "source": spans(&a.source), "cue": spans(&a.cue)}))
        .collect()
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_default());
    let docs = match documents(&dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for d in docs {
        let pred = predict(&d.text);
        let line = serde_json::json!({"doc": d.name, "text": d.text, "gold": attrs(&d.gold), "pred": attrs(&pred)});
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
