//! What the entity examples share: the article texts of a JSONL.gz corpus.
use std::io::{BufRead, BufReader};

/// The `content_original` of every line of `path` (a JSONL.gz corpus); lines that do not parse
/// are skipped, and reading stops at the first unreadable one.
pub fn read_texts(path: &str) -> Vec<String> {
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut texts = Vec::new();
    for line in BufReader::new(flate2::read::GzDecoder::new(f)).lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if let Some(t) = v.get("content_original").and_then(|x| x.as_str()) {
            texts.push(t.to_string());
        }
    }
    texts
}
