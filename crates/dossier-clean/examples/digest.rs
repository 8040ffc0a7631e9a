//! Prints one line per article of a JSONL.gz corpus (allsides-5k format) with everything cleaning
//! and duplicate detection decide: id, title, language, body hash, removed lines and reasons,
//! exact key and MinHash signature. Run it before and after a speed change and `cmp` the outputs:
//! a speed change must not change a single line.
//!
//! Each article is cleaned twice: as given, and mangled (CRLF line ends, no-break and doubled
//! spaces, a combining accent, tabs, an upper-cased line) so the slow paths are compared too.
//!
//! `cargo run --release -p dossier-clean --example digest -- CORPUS.jsonl.gz > before.txt`

use dossier_core::RawArticle;
use std::io::{BufRead, BufReader, Write};

fn mangle(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        match i % 5 {
            0 => out.push_str(&line.replacen(' ', "\u{a0} ", 3)),
            1 => out.push_str(&line.replace("e ", "e\u{301}  ")),
            2 => out.push_str(&line.to_uppercase()),
            3 => out.push_str(&format!("\t{line} \u{200b}")),
            _ => out.push_str(line),
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: digest CORPUS.jsonl.gz")?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&path)?));
    let mut dedup = dossier_dedup::Deduper::default();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for (n, line) in reader.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let s = |k: &str| v[k].as_str().filter(|s| !s.is_empty()).map(str::to_string);
        let text = s("content_original").unwrap_or_default();
        for (variant, body) in [("plain", text.clone()), ("mangled", mangle(&text))] {
            let raw = RawArticle {
                source: format!("{path}#{n}"),
                url: s("url"),
                outlet: s("source"),
                title: if variant == "plain" { s("title") } else { None },
                text: body,
                ..Default::default()
            };
            let a = dossier_clean::clean(raw);
            let v = dedup.insert(&a.id, &a.text);
            let removed: Vec<String> = a.removed.iter().map(|r| format!("{}:{}", r.reason, r.line)).collect();
            writeln!(
                out,
                "{n} {variant} {} {:?} {:?} {:016x} {:016x} {:016x} {:?} {}",
                a.id,
                a.title,
                a.language,
                dossier_core::stable_hash(&[&a.text]),
                dossier_core::stable_hash(&removed.iter().map(String::as_str).collect::<Vec<_>>()),
                v.exact_key,
                v.duplicate_of,
                v.signature.iter().map(|b| format!("{b:02x}")).collect::<String>(),
            )?;
        }
    }
    Ok(())
}
