//! `dossier annotate`: the annotate contract (`shared/contract/annotate.md`). Extraction only,
//! nothing stored; offsets in code points.

use anyhow::Context;
use chrono::NaiveDate;
use dossier_core::{CharOffsets, Extraction, RawArticle};
use serde_json::{Value, json};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plain-text files (UTF-8), annotated as given.
    #[arg(required_unless_present = "jsonl")]
    files: Vec<PathBuf>,
    /// The publication date relative times resolve against (YYYY-MM-DD).
    #[arg(long)]
    published: Option<NaiveDate>,
    /// Clean the text first (captions, credits, chrome, foreign passages out); offsets then index
    /// the cleaned text, printed as `text`.
    #[arg(long)]
    clean: bool,
    /// Read records {"id", "text", "published", "title"} from stdin, one JSON object a line.
    #[arg(long, conflicts_with = "files")]
    jsonl: bool,
}

/// The contract's JSON for one document.
pub fn annotation(id: &str, text: &str, ex: &Extraction, with_text: bool) -> Value {
    let map = CharOffsets::new(text);
    let c = |b: usize| map.to_char(b);
    let entities: Vec<Value> = ex
        .entities
        .iter()
        .map(|m| {
            json!({"text": m.span.slice(text), "kind": m.kind.as_str(), "name": m.name, "role": m.role,
                   "start": c(m.span.start), "end": c(m.span.end)})
        })
        .collect();
    let quotes: Vec<Value> = ex
        .quotes
        .iter()
        .map(|q| {
            json!({"text": q.span.slice(text), "direct": q.direct, "speaker_name": q.speaker_name,
                   "speaker_start": q.speaker_span.map(|s| c(s.start)), "speaker_end": q.speaker_span.map(|s| c(s.end)),
                   "cue": q.cue, "start": c(q.span.start), "end": c(q.span.end)})
        })
        .collect();
    let figures: Vec<Value> = ex
        .figures
        .iter()
        .map(|f| {
            json!({"text": f.span.slice(text), "value": f.value, "unit": f.unit, "counts": f.counts,
                   "qualifier": f.qualifier, "date": f.date, "start": c(f.span.start), "end": c(f.span.end)})
        })
        .collect();
    let times: Vec<Value> = ex
        .times
        .iter()
        .map(|t| {
            json!({"text": t.span.slice(text), "type": t.kind.as_str(), "value": t.value,
                   "start": c(t.span.start), "end": c(t.span.end)})
        })
        .collect();
    let mut v = json!({"id": id, "entities": entities, "quotes": quotes, "figures": figures, "times": times});
    if with_text {
        v["text"] = json!(text);
    }
    v
}

fn one(id: &str, text: String, title: Option<String>, published: Option<NaiveDate>, clean: bool) -> Value {
    let text = if clean {
        let raw = RawArticle { source: id.to_string(), title, published, text, ..RawArticle::default() };
        dossier_clean::clean(raw).text
    } else {
        text
    };
    let ex = dossier_extract::extract_text(&text, published);
    annotation(id, &text, &ex, clean)
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    if a.jsonl {
        let stdin = std::io::stdin();
        for (i, line) in stdin.lock().lines().enumerate() {
            let line = line.with_context(|| format!("stdin:{}: not UTF-8 text", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let rec: Value = match serde_json::from_str(&line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("dossier: stdin:{}: invalid JSON: {e}", i + 1);
                    failed += 1;
                    continue;
                }
            };
            let Some(text) = rec.get("text").and_then(Value::as_str) else {
                eprintln!("dossier: stdin:{}: record has no \"text\" string", i + 1);
                failed += 1;
                continue;
            };
            let id = match rec.get("id") {
                Some(Value::String(s)) => s.clone(),
                Some(v) if !v.is_null() => v.to_string(),
                _ => (i + 1).to_string(),
            };
            let published = match rec.get("published").and_then(Value::as_str) {
                Some(s) => match s.get(..10).unwrap_or(s).parse::<NaiveDate>() {
                    Ok(d) => Some(d),
                    Err(_) => {
                        eprintln!("dossier: stdin:{}: published {s:?} is not a YYYY-MM-DD date; ignored", i + 1);
                        a.published
                    }
                },
                None => a.published,
            };
            let title = rec.get("title").and_then(Value::as_str).map(str::to_string);
            serde_json::to_writer(&mut out, &one(&id, text.to_string(), title, published, a.clean))?;
            out.write_all(b"\n")?;
        }
    } else {
        for f in &a.files {
            let id = f.display().to_string();
            let text = match std::fs::read(f) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("dossier: {id}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to());
                        failed += 1;
                        continue;
                    }
                },
                Err(e) => {
                    eprintln!("dossier: {id}: {e}");
                    failed += 1;
                    continue;
                }
            };
            serde_json::to_writer(&mut out, &one(&id, text, None, a.published, a.clean))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
