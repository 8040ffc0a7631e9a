//! Study aid: prints gold attributions the extractor missed and predictions that matched none.
//! `cargo run --release -p dossier-eval --example polnear_misses -- DIR [MAX_DOCS]`
use dossier_eval::polnear::{Attr, documents, predict};

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
    let docs = match documents(&dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    for d in docs.into_iter().take(max) {
        let (text, gold) = (d.text, d.gold);
        let chars: Vec<char> = text.chars().collect();
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
