//! Study aid: one JSON line per PolNeAR document with its text, gold and predicted attributions
//! (char offsets), for error analysis outside Rust.
//! `cargo run --release -p dossier-eval --example polnear_dump -- DIR > out.jsonl`
use dossier_eval::polnear::{Attr, parse_ann, predict};
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
    let mut files: Vec<_> = std::fs::read_dir(dir.join("attributions"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut seen = std::collections::HashSet::new();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for f in files {
        let stem = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let Some((doc, _)) = stem.rsplit_once('_') else {
            continue;
        };
        if !seen.insert(doc.to_string()) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{doc}.txt"))) else {
            continue;
        };
        let gold = parse_ann(&std::fs::read_to_string(&f).unwrap_or_default());
        let pred = predict(&text);
        let line = serde_json::json!({"doc": doc, "text": text, "gold": attrs(&gold), "pred": attrs(&pred)});
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
