//! The examples' corpus reader: a JSONL.gz file of articles with their text in
//! `content_original` (the allsides layout).
use std::io::{BufRead, BufReader};

/// Each readable line's index and text. A file that cannot be opened ends the program; an
/// unreadable or malformed line is reported with its number and skipped.
pub fn texts(path: &str) -> Vec<(usize, String)> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut out = Vec::new();
    for (n, line) in BufReader::new(flate2::read::GzDecoder::new(file)).lines().enumerate() {
        let Ok(line) = line else {
            eprintln!("{path}: line {}: unreadable", n + 1);
            continue;
        };
        match serde_json::from_str::<serde_json::Value>(&line) {
            Ok(v) => out.push((n, v["content_original"].as_str().unwrap_or("").to_string())),
            Err(e) => eprintln!("{path}: line {}: {e}", n + 1),
        }
    }
    out
}
