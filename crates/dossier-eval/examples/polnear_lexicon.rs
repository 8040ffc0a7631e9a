//! Learns cue words from a PolNeAR split's annotations (use TRAIN only; dev and test measure).
//!
//! For every lowercase word, counts how often it is (part of) a gold cue and how often it occurs
//! at all; keeps words seen as a cue at least `MIN_COUNT` times whose cue rate (cue count /
//! occurrences) is at least `MIN_PRECISION`, and that look like verbs. Deterministic (sorted output, first annotator per
//! text as in the scorer). Writes `word<TAB>cue_count<TAB>occurrences` lines, best rate first:
//! `cargo run --release -p dossier-eval --example polnear_lexicon -- TRAIN_DIR OUT_FILE`
use std::collections::BTreeMap;

use dossier_eval::polnear::documents;

const MIN_COUNT: usize = 4;
/// Chosen on train (0.2 / 0.25 / 0.3 / 0.4 compared by train content F1); an optional third
/// argument overrides it for such comparisons.
const MIN_PRECISION: f64 = 0.4;
/// A word found after one of these in a fifth of its uses is a noun ("a statement"); adverbs
/// ending in -ly ("reportedly") sit inside cue spans but cue nothing alone. Both are left out,
/// since the extractor reads learned words as verbs.
const DETS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "this", "that", "our"];

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_default());
    let out = args.next().unwrap_or_else(|| "learned_cues.tsv".into());
    let min_rate: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(MIN_PRECISION);
    // word -> (as cue, total, after a determiner)
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for d in documents(&dir)? {
        let (text, gold) = (d.text, d.gold);
        let chars: Vec<char> = text.chars().collect();
        let mut in_cue = vec![false; chars.len()];
        for g in &gold {
            for &(s, e) in &g.cue {
                for x in in_cue.iter_mut().take(e.min(chars.len())).skip(s) {
                    *x = true;
                }
            }
        }
        let mut i = 0;
        let mut prev = String::new();
        while i < chars.len() {
            if !chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let s = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let w: String = chars[s..i].iter().collect::<String>().to_lowercase();
            let c = counts.entry(w.clone()).or_default();
            c.1 += 1;
            if in_cue[s] {
                c.0 += 1;
            }
            if DETS.contains(&prev.as_str()) {
                c.2 += 1;
            }
            prev = w;
        }
    }
    // Nouns that head attributions ("criticism of", "support for"), kept apart for the
    // extractor's nominal pattern: a possessor, the noun, a preposition, the content.
    let mut nouns: Vec<(String, usize, usize)> = counts
        .iter()
        .filter(|(w, (c, t, d))| {
            *c >= MIN_COUNT && (*c as f64) >= min_rate * (*t as f64) && *d * 5 >= *t && !w.ends_with("ly")
        })
        .map(|(w, (c, t, _))| (w.clone(), *c, *t))
        .collect();
    nouns.sort_by(|a, b| (b.1 * a.2).cmp(&(a.1 * b.2)).then(a.0.cmp(&b.0)));
    let mut n = String::from(
        "# Nominal cues learned from PolNeAR train (polnear_lexicon): words found after a\n\
         # determiner in a fifth of their uses. word, times a cue, occurrences.\n",
    );
    for (w, c, t) in &nouns {
        n.push_str(&format!("{w}\t{c}\t{t}\n"));
    }
    let nouns_out = std::path::Path::new(&out).with_file_name("learned_nouns.tsv");
    std::fs::write(&nouns_out, n)?;
    let mut keep: Vec<(String, usize, usize)> = counts
        .into_iter()
        .filter(|(w, (c, t, d))| {
            *c >= MIN_COUNT && (*c as f64) >= min_rate * (*t as f64) && *d * 5 < *t && !w.ends_with("ly")
        })
        .map(|(w, (c, t, _))| (w, c, t))
        .collect();
    keep.sort_by(|a, b| (b.1 * a.2).cmp(&(a.1 * b.2)).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    let mut s = format!(
        "# Cue words learned from PolNeAR train annotations by the dossier-eval example\n\
         # polnear_lexicon (min count {MIN_COUNT}, cue rate >= {min_rate}; nouns and -ly adverbs\n\
         # left out). word, times a cue, occurrences.\n",
    );
    for (w, c, t) in &keep {
        s.push_str(&format!("{w}\t{c}\t{t}\n"));
    }
    std::fs::write(&out, s)?;
    println!("{} words -> {out}", keep.len());
    Ok(())
}
