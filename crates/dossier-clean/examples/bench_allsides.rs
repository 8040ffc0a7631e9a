//! Throughput of cleaning and of duplicate detection on a JSONL.gz corpus (allsides-5k format:
//! `content_original`, `title`, `source`, `url`, `date`), plus what was removed and how many
//! duplicates were found.
//!
//! `cargo run --release -p dossier-clean --example bench_allsides -- PATH [--removed FILE] [--threshold T] [--limit N] [--kept FILE]`

use dossier_core::RawArticle;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

/// CPU seconds this process has used (user + system), from /proc: wall time is meaningless on
/// a machine shared with other builds.
fn cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    // Fields 14 and 15 of the stat line; 100 ticks a second on Linux.
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: bench_allsides PATH [--removed FILE] [--threshold T]");
        std::process::exit(2);
    };
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let threshold: f64 = opt("--threshold").and_then(|t| t.parse().ok()).unwrap_or(dossier_dedup::DEFAULT_THRESHOLD);

    let limit: usize = opt("--limit").and_then(|t| t.parse().ok()).unwrap_or(usize::MAX);
    let file = std::fs::File::open(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut raws = Vec::new();
    for (i, line) in reader.lines().enumerate().take(limit) {
        let Ok(line) = line else {
            eprintln!("{path}: read error at line {}", i + 1);
            break;
        };
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}#{}: {e}", i + 1);
                continue;
            }
        };
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).filter(|x| !x.is_empty()).map(String::from);
        raws.push(RawArticle {
            source: format!("{path}#{}", i + 1),
            url: s("url"),
            outlet: s("source"),
            title: s("title"),
            published: s("date").and_then(|d| d.get(..10)?.parse().ok()),
            language: None,
            author: None,
            text: s("content_original").unwrap_or_default(),
        });
    }
    let n = raws.len();
    let in_bytes: usize = raws.iter().map(|r| r.text.len()).sum();

    let t = Instant::now();
    let c0 = cpu_s();
    let articles: Vec<_> = raws.into_iter().map(dossier_clean::clean).collect();
    let clean_wall = t.elapsed().as_secs_f64();
    let clean_s = cpu_s() - c0;
    let out_bytes: usize = articles.iter().map(|a| a.text.len()).sum();

    let t = Instant::now();
    let c0 = cpu_s();
    let mut d = dossier_dedup::Deduper::new(threshold);
    let verdicts: Vec<_> = articles.iter().map(|a| d.insert(&a.id, &a.text)).collect();
    let dedup_wall = t.elapsed().as_secs_f64();
    let dedup_s = cpu_s() - c0;

    let mb = |b: usize, s: f64| b as f64 / 1e6 / s;
    println!("articles: {n}, input {:.1} MB, cleaned {:.1} MB", in_bytes as f64 / 1e6, out_bytes as f64 / 1e6);
    println!(
        "clean: {:.3} s CPU ({:.3} s wall), {:.0} articles/s, {:.1} MB/s (per CPU second)",
        clean_s,
        clean_wall,
        n as f64 / clean_s,
        mb(in_bytes, clean_s)
    );
    println!(
        "dedup: {:.3} s CPU ({:.3} s wall), {:.0} articles/s, {:.1} MB/s (threshold {threshold})",
        dedup_s,
        dedup_wall,
        n as f64 / dedup_s,
        mb(out_bytes, dedup_s)
    );
    let exact = verdicts.iter().filter(|v| v.duplicate_of.as_ref().is_some_and(|d| d.1 >= 1.0)).count();
    let near = verdicts.iter().filter(|v| v.duplicate_of.as_ref().is_some_and(|d| d.1 < 1.0)).count();
    println!("duplicates: {exact} exact, {near} near");

    // Cleaning a cleaned article again must change nothing.
    let not_idempotent = articles
        .iter()
        .filter(|a| {
            let again = dossier_clean::clean(RawArticle {
                source: a.source.clone(),
                url: a.url.clone(),
                outlet: a.outlet.clone(),
                title: a.title.clone(),
                published: a.published,
                language: a.language.clone(),
                author: a.author.clone(),
                text: a.text.clone(),
            });
            if again.text != a.text || !again.removed.is_empty() {
                eprintln!("not idempotent: {} {:?}", a.source, again.removed);
                true
            } else {
                false
            }
        })
        .count();
    println!("re-cleaning changed {not_idempotent} articles");
    let mut by_reason = std::collections::BTreeMap::<&str, usize>::new();
    for a in &articles {
        for r in &a.removed {
            *by_reason.entry(r.reason.as_str()).or_default() += 1;
        }
    }
    println!("removed lines by reason: {by_reason:?}");
    let mut langs = std::collections::BTreeMap::<String, usize>::new();
    for a in &articles {
        *langs.entry(a.language.clone().unwrap_or("-".into())).or_default() += 1;
    }
    println!("languages: {langs:?}");

    if let Some(out) = opt("--kept") {
        // Every kept line of 12 words or fewer, to review what the rules let through.
        if let Ok(f) = std::fs::File::create(&out) {
            let mut f = std::io::BufWriter::new(f);
            for a in &articles {
                for l in a.text.lines().filter(|l| l.split_whitespace().count() <= 12) {
                    let _ = writeln!(f, "{}\t{l}", a.source);
                }
            }
        }
    }
    if let Some(out) = opt("--removed") {
        let mut f = match std::fs::File::create(&out) {
            Ok(f) => std::io::BufWriter::new(f),
            Err(e) => {
                eprintln!("{out}: {e}");
                return;
            }
        };
        for a in &articles {
            for r in &a.removed {
                let _ = writeln!(f, "{}\t{}\t{}", a.source, r.reason, r.line);
            }
        }
        for (a, v) in articles.iter().zip(&verdicts) {
            if let Some((orig, sim)) = &v.duplicate_of {
                let _ = writeln!(f, "{}\tduplicate\t{orig} {sim:.3} {:?}", a.source, a.title);
            }
        }
    }
}
