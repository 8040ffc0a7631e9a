//! Builds the `dossier eval stories` dev file from BASIL: `basil_to_stories BASIL_DIR OUT.jsonl`.
//! Articles sharing a `triplet-uuid` are one story. The output is third-party data: keep it out
//! of the repository.

use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: basil_to_stories BASIL_DIR OUT.jsonl");
        std::process::exit(2);
    };
    let files = dossier_eval::basil::json_files(&Path::new(dir).join("articles"));
    let mut w = match std::fs::File::create(out) {
        Ok(f) => std::io::BufWriter::new(f),
        Err(e) => {
            eprintln!("{out}: {e}");
            std::process::exit(1);
        }
    };
    let (mut ok, mut bad) = (0, 0);
    for f in &files {
        let v: Option<Value> = std::fs::read_to_string(f).ok().and_then(|s| serde_json::from_str(&s).ok());
        let Some(v) = v else {
            eprintln!("{}: not JSON, skipped", f.display());
            bad += 1;
            continue;
        };
        let s = |k: &str| v.get(k).and_then(Value::as_str);
        let (Some(story), Some(text)) = (s("triplet-uuid"), dossier_eval::basil::article_text(&v)) else {
            eprintln!("{}: no triplet-uuid or body-paragraphs, skipped", f.display());
            bad += 1;
            continue;
        };
        let rec = json!({
            "id": s("uuid").unwrap_or_default(),
            "story": story,
            "title": s("title"),
            "published": s("date"),
            "outlet": s("source"),
            "text": text,
        });
        if writeln!(w, "{rec}").is_err() {
            eprintln!("{out}: write failed");
            std::process::exit(1);
        }
        ok += 1;
    }
    if w.flush().is_err() {
        std::process::exit(1);
    }
    eprintln!("{ok} articles written to {out}, {bad} skipped");
}
