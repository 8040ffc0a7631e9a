//! Study aid: prints gold attributions the extractor missed and predictions that matched none.
//! `cargo run --release -p dossier-eval --example polnear_misses -- DIR [MAX_DOCS]`
use dossier_eval::polnear::{Attr, parse_ann, predict};

fn snip(chars: &[char], spans: &[(usize, usize)]) -> String {
    spans
        .iter()
        .map(|&(s, e)| {
            chars.get(s.min(chars.len())..e.min(chars.len())).map(|c| c.iter().collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" | ")
        .chars()
        .take(140)
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_default());
    let max: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let mut files: Vec<_> = std::fs::read_dir(dir.join("attributions"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut seen = std::collections::HashSet::new();
    for f in files {
        let stem = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let Some((doc, _)) = stem.rsplit_once('_') else {
            continue;
        };
        if !seen.insert(doc.to_string()) || seen.len() > max {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{doc}.txt"))) else {
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        let gold = parse_ann(&std::fs::read_to_string(&f).unwrap_or_default());
        let pred = predict(&text);
        let ov = |a: &Attr, b: &Attr| a.content.iter().any(|x| b.content.iter().any(|y| x.0 < y.1 && y.0 < x.1));
        for g in &gold {
            if !pred.iter().any(|p| ov(g, p)) {
                println!("MISS [{}] {} <{}>", snip(&chars, &g.cue), snip(&chars, &g.content), snip(&chars, &g.source));
            }
        }
        for p in &pred {
            for g in gold.iter().filter(|g| ov(g, p)) {
                let len = |a: &Attr| a.content.iter().map(|x| x.1.saturating_sub(x.0)).sum::<usize>();
                let (lp, lg) = (len(p), len(g));
                if lp * 10 < lg * 6 || lg * 10 < lp * 6 {
                    println!("BOUND gold: {}\n      pred: {}", snip(&chars, &g.content), snip(&chars, &p.content));
                }
            }
            for g in gold.iter().filter(|g| ov(g, p)) {
                let src_ok = (g.source.is_empty() && p.source.is_empty())
                    || g.source.iter().any(|x| p.source.iter().any(|y| x.0 < y.1 && y.0 < x.1));
                if !src_ok {
                    println!(
                        "SRC  gold <{}> pred <{}> :: {}",
                        snip(&chars, &g.source),
                        snip(&chars, &p.source),
                        snip(&chars, &g.content).chars().take(60).collect::<String>()
                    );
                }
            }
            if !gold.iter().any(|g| ov(g, p)) {
                println!("FP   {} <{}>", snip(&chars, &p.content), snip(&chars, &p.source));
            }
        }
    }
}
