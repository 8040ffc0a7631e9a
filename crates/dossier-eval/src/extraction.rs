//! `dossier eval extraction DIR`: the article-extraction-benchmark layout (`ground-truth.json`,
//! an object id → `{"articleBody": …, "url": …}`, and `html/ID.html.gz`). Scores the HTML reader
//! of `dossier-ingest` the way the benchmark's own `evaluate.py` does: per page, TP/FP/FN over
//! 4-token shingles (tokens are `\w+` runs), normalised so long pages weigh no more than short
//! ones; precision averaged over pages that predicted something, recall over pages with gold
//! text, F1 their harmonic mean. Exact match: the page's token sequence equals the gold one.

use std::collections::HashMap;
use std::io::{self, Read};
use std::path::Path;

use dossier_core::eval::{EvalReport, Prf, f1};

/// Shingle width used by the benchmark.
const NGRAM: usize = 4;

/// Runs the HTML extractor over every page of the benchmark in `dir` and scores it.
pub fn eval_extraction(dir: &Path) -> io::Result<EvalReport> {
    let gt_path = dir.join("ground-truth.json");
    let gt: serde_json::Value = serde_json::from_reader(io::BufReader::new(std::fs::File::open(&gt_path)?))
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {e}", gt_path.display())))?;
    let serde_json::Value::Object(gt) = gt else {
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("{}: not a JSON object", gt_path.display())));
    };
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    let mut scores = Vec::with_capacity(ids.len());
    let (mut exact, mut missing, mut no_article) = (0usize, 0usize, 0usize);
    for id in ids {
        let entry = gt.get(id);
        let gold = entry.and_then(|e| e.get("articleBody")).and_then(|v| v.as_str()).unwrap_or("");
        let url = entry.and_then(|e| e.get("url")).and_then(|v| v.as_str());
        let predicted = match read_page(&dir.join("html").join(format!("{id}.html.gz"))) {
            Ok(bytes) => {
                let html = dossier_ingest::decode_html(&bytes, None)
                    .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
                match dossier_ingest::extract_html(&html, url) {
                    Ok(a) => a.text,
                    Err(_) => {
                        no_article += 1;
                        String::new()
                    }
                }
            }
            Err(_) => {
                missing += 1;
                String::new()
            }
        };
        if tokens(&predicted) == tokens(gold) {
            exact += 1;
        }
        scores.push(shingle_match(gold, &predicted));
    }
    let pages = scores.len();
    let main = average(&scores);
    Ok(EvalReport {
        task: "extraction".into(),
        headline: "shingle P/R/F1 (page avg)".into(),
        main,
        parts: vec![("exact match".into(), Prf::from_counts(pages, pages, exact))],
        notes: vec![
            ("pages".into(), pages as f64),
            ("exact match accuracy".into(), if pages == 0 { 0.0 } else { exact as f64 / pages as f64 }),
            ("pages without article".into(), no_article as f64),
            ("pages missing html".into(), missing as f64),
        ],
    })
}

fn read_page(path: &Path) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(path)?).read_to_end(&mut out)?;
    Ok(out)
}

/// `\w+` as Python's `re` reads it: runs of alphanumerics and underscores.
fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|t| !t.is_empty()).collect()
}

fn shingles(s: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(s);
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    // Fewer than NGRAM tokens make one short shingle, as in the benchmark.
    let count = toks.len().saturating_sub(NGRAM - 1).max(1);
    for i in 0..count {
        let end = (i + NGRAM).min(toks.len());
        if let Some(sh) = toks.get(i..end) {
            *m.entry(sh.to_vec()).or_insert(0) += 1;
        }
    }
    m
}

/// Normalised (TP, FP, FN) of one page: they sum to 1 unless both texts are empty.
fn shingle_match(gold: &str, pred: &str) -> (f64, f64, f64) {
    let g = shingles(gold);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc);
        fn_ += gc.saturating_sub(pc);
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(g.get(k).copied().unwrap_or(0));
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 { (0.0, 0.0, 0.0) } else { (tp as f64 / s, fp as f64 / s, fn_ as f64 / s) }
}

/// The benchmark's averaging. `gold`: pages with gold text; `predicted`: pages with output;
/// `matched`: pages with both.
fn average(scores: &[(f64, f64, f64)]) -> Prf {
    let score = |num: f64, other: f64, fp: f64, fn_: f64| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if num == 0.0 && other == 0.0 {
            0.0
        } else {
            num / (num + other)
        }
    };
    let precisions: Vec<f64> =
        scores.iter().filter(|s| s.0 + s.1 > 0.0).map(|&(tp, fp, fn_)| score(tp, fp, fp, fn_)).collect();
    let recalls: Vec<f64> =
        scores.iter().filter(|s| s.0 + s.2 > 0.0).map(|&(tp, fp, fn_)| score(tp, fn_, fp, fn_)).collect();
    let mean = |v: &[f64]| {
        if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 }
    };
    let (p, r) = (mean(&precisions), mean(&recalls));
    Prf {
        precision: p,
        recall: r,
        f1: f1(p, r),
        gold: recalls.len(),
        predicted: precisions.len(),
        matched: scores.iter().filter(|s| s.0 > 0.0).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn shingles_follow_the_benchmark() {
        // 6 tokens → 3 shingles; 2 tokens → one short shingle.
        assert_eq!(shingles("The troops, who stayed, have left.").len(), 3);
        assert_eq!(shingles("Hello world").len(), 1);
        assert!(shingles(" ,. ").is_empty());
        // Gold "a b c d e" (2 shingles), predicted "a b c d x" (2): 1 TP, 1 FP, 1 FN.
        let (tp, fp, fn_) = shingle_match("a b c d e", "a b c d x");
        assert!((tp - 1.0 / 3.0).abs() < 1e-9 && (fp - 1.0 / 3.0).abs() < 1e-9 && (fn_ - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(shingle_match("", ""), (0.0, 0.0, 0.0));
    }

    #[test]
    fn averaging_skips_pages_without_output() {
        // Page 1 perfect; page 2 nothing predicted: precision from page 1 only, recall 1 and 0.
        let m = average(&[(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]);
        assert!((m.precision - 1.0).abs() < 1e-9);
        assert!((m.recall - 0.5).abs() < 1e-9);
        assert!((m.f1 - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!((m.gold, m.predicted, m.matched), (2, 1, 1));
    }

    const BODY: [&str; 3] = [
        "Iraq's national security adviser said on Thursday that the coalition had ended its combat mission in the country.",
        "About 2,500 American troops will stay on in an advisory role, officials in Baghdad and Washington said after a final round of talks.",
        "Armed groups allied with Iran have demanded that every foreign soldier leave, and have threatened to attack bases if they do not.",
    ];

    fn page(title: &str, paragraphs: &[&str]) -> String {
        let ps: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
        format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>\
             <article>{ps}</article><footer><p>Copyright Example Media. All rights reserved.</p></footer></body></html>"
        )
    }

    #[test]
    fn scores_a_small_benchmark() {
        let dir = std::env::temp_dir().join(format!("dossier-eval-extraction-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("html")).unwrap();
        let write_gz = |id: &str, html: &str| {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(html.as_bytes()).unwrap();
            std::fs::write(dir.join("html").join(format!("{id}.html.gz")), e.finish().unwrap()).unwrap();
        };
        // p1: gold is the article exactly. p2: gold has one more sentence than the page shows.
        // p3: a page with no article at all.
        write_gz("p1", &page("Coalition ends mission", &BODY));
        write_gz("p2", &page("Troops stay", &BODY[..2]));
        write_gz("p3", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        let extra = "Correction: an earlier version misstated the date of the talks.";
        let gold2 = format!("{}\n\n{}\n\n{extra}", BODY[0], BODY[1]);
        let gt = serde_json::json!({
            "p1": {"articleBody": BODY.join("\n\n"), "url": "https://example.com/1"},
            "p2": {"articleBody": gold2, "url": "https://example.com/2"},
            "p3": {"articleBody": "A short brief that the page does not show at all.", "url": null},
        });
        std::fs::write(dir.join("ground-truth.json"), gt.to_string()).unwrap();

        let r = eval_extraction(&dir).unwrap();
        // p2's recall: the tokens it shows out of shingles of the longer gold text.
        let shown = tokens(BODY[0]).len() + tokens(BODY[1]).len();
        let all = shown + tokens(extra).len();
        let r2 = (shown - 3) as f64 / (all - 3) as f64;
        assert!((r.main.precision - 1.0).abs() < 1e-9, "{}", r.to_table());
        assert!((r.main.recall - (1.0 + r2 + 0.0) / 3.0).abs() < 1e-9, "{}", r.to_table());
        assert_eq!(r.parts[0].1.matched, 1, "only p1 matches exactly");
        assert_eq!((r.main.gold, r.main.predicted, r.main.matched), (3, 2, 2));
        assert!(r.notes.contains(&("pages without article".to_string(), 1.0)));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn missing_ground_truth_is_an_error() {
        assert!(eval_extraction(Path::new("/nonexistent/benchmark")).is_err());
    }
}
