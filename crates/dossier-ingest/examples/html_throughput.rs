//! HTML-stage throughput: wraps the first N articles of a JSONL(.gz) corpus (text in
//! `content_original` or `text`) in a typical news page (navigation, related links, footer),
//! runs `extract_html` on each and prints pages/s plus how much of the body came back (token
//! recall) and how much chrome leaked in (token precision). A synthetic check: real pages are
//! messier, so read the scores as an upper bound.
//! `cargo run --release -p dossier-ingest --example html_throughput -- CORPUS.jsonl.gz [N]`

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::time::Instant;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn page(title: &str, body: &str) -> String {
    let paras: String =
        body.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| format!("<p>{}</p>\n", escape(p.trim()))).collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{t} | The Example Post</title>\
         <meta property=\"og:site_name\" content=\"The Example Post\"></head><body>\
         <header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/politics\">Politics</a></li>\
         <li><a href=\"/world\">World</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav></header>\
         <main><article><h1>{t}</h1><div class=\"byline\">By Staff</div><div class=\"article-body\">{paras}</div></article>\
         <aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">Senate passes spending bill after late-night vote</a></li>\
         <li><a href=\"/b\">Governor signs new election law amid protests</a></li></ul></aside></main>\
         <footer><p>Subscribe to our newsletter for the latest news.</p><p>Copyright 2024 The Example Post. All rights reserved.</p></footer>\
         </body></html>",
        t = escape(title)
    )
}

fn counts(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for t in s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
        *m.entry(t.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: html_throughput CORPUS.jsonl.gz [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(500);
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let mut pages = Vec::new();
    for line in reader.lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v.get("content_original").or_else(|| v.get("text")).and_then(|t| t.as_str()).unwrap_or("");
        let title = v.get("title").and_then(|t| t.as_str()).unwrap_or("");
        if !text.trim().is_empty() {
            pages.push((page(title, text), text.to_string()));
        }
        if pages.len() >= n {
            break;
        }
    }
    let bytes: usize = pages.iter().map(|(p, _)| p.len()).sum();
    let start = Instant::now();
    let outs: Vec<_> = pages.iter().map(|(p, _)| dossier_ingest::extract_html(p, None)).collect();
    let secs = start.elapsed().as_secs_f64();
    let (mut tp, mut pred, mut gold, mut failed) = (0usize, 0usize, 0usize, 0usize);
    for ((_, text), out) in pages.iter().zip(&outs) {
        let g = counts(text);
        gold += g.values().sum::<usize>();
        match out {
            Ok(a) => {
                let p = counts(&a.text);
                pred += p.values().sum::<usize>();
                tp += p.iter().map(|(k, c)| (*c).min(g.get(k).copied().unwrap_or(0))).sum::<usize>();
            }
            Err(_) => failed += 1,
        }
    }
    println!(
        "pages {}  failed {failed}  {:.3} s  {:.0} pages/s  {:.1} MB/s of HTML",
        pages.len(),
        secs,
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!("token precision {:.4}  recall {:.4}", tp as f64 / pred.max(1) as f64, tp as f64 / gold.max(1) as f64);
}
