//! `dossier eval conll`: conlleval's entity-level precision / recall / F1 on a CoNLL-2003 file.
//!
//! The tagger gets the gold tokens, one document at a time (its document-level features need
//! the whole document). Chunks are read from IOB1 or BIO tags with conlleval's own start/end
//! rules, so scores match the reference Perl script. The headline "overall" counts PER, ORG and
//! LOC; MISC is reported apart, and "all" adds it back in for comparison with published figures.

use std::collections::HashSet;
use std::path::Path;

use dossier_core::eval::{EvalReport, Prf};
use dossier_entities::conll;

/// A chunk: sentence number, first and last token (exclusive), type.
type Chunk = (usize, usize, usize, String);

fn split(tag: &str) -> (char, &str) {
    match tag.split_once('-') {
        Some((p, t)) => (p.chars().next().unwrap_or('O'), t),
        None => ('O', ""),
    }
}

/// conlleval's chunk extraction over one sentence.
#[allow(clippy::nonminimal_bool)] // Written as conlleval writes it, rule by rule.
pub fn chunks<S: AsRef<str>>(sent_no: usize, tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let (mut prev_tag, mut prev_type) = ('O', "");
    for (i, t) in tags.iter().map(AsRef::as_ref).chain(std::iter::once("O")).enumerate() {
        let (tag, ty) = split(t);
        let end = (prev_tag == 'B' && tag == 'B')
            || (prev_tag == 'B' && tag == 'O')
            || (prev_tag == 'I' && tag == 'B')
            || (prev_tag == 'I' && tag == 'O')
            || (prev_tag != 'O' && prev_type != ty);
        let start = (prev_tag == 'B' && tag == 'B')
            || (prev_tag == 'I' && tag == 'B')
            || (prev_tag == 'O' && tag == 'B')
            || (prev_tag == 'O' && tag == 'I')
            || (tag != 'O' && prev_type != ty);
        if end && let Some((s, typ)) = open.take() {
            out.push((sent_no, s, i, typ));
        }
        if start {
            open = Some((i, ty.to_string()));
        }
        prev_tag = tag;
        prev_type = ty;
    }
    out
}

/// Scores gold against predicted tag sequences (one entry per sentence).
pub fn score(gold: &[Vec<String>], pred: &[Vec<String>]) -> EvalReport {
    let mut g: HashSet<Chunk> = HashSet::new();
    let mut p: HashSet<Chunk> = HashSet::new();
    let mut tokens = 0;
    for (i, (gs, ps)) in gold.iter().zip(pred).enumerate() {
        g.extend(chunks(i, gs));
        p.extend(chunks(i, ps));
        tokens += gs.len();
    }
    let prf = |types: &[&str]| {
        let gg = g.iter().filter(|c| types.contains(&c.3.as_str())).count();
        let pp = p.iter().filter(|c| types.contains(&c.3.as_str())).count();
        let mm = g.iter().filter(|c| types.contains(&c.3.as_str()) && p.contains(*c)).count();
        Prf::from_counts(gg, pp, mm)
    };
    EvalReport {
        task: "conll".into(),
        headline: "overall (PER ORG LOC)".into(),
        main: prf(&["PER", "ORG", "LOC"]),
        parts: vec![
            ("PER".into(), prf(&["PER"])),
            ("ORG".into(), prf(&["ORG"])),
            ("LOC".into(), prf(&["LOC"])),
            ("MISC".into(), prf(&["MISC"])),
            ("all (PER ORG LOC MISC)".into(), prf(&["PER", "ORG", "LOC", "MISC"])),
        ],
        notes: vec![("sentences".into(), gold.len() as f64), ("tokens".into(), tokens as f64)],
    }
}

/// Reads a CoNLL-2003 file, tags it document by document and scores it.
pub fn eval_conll(path: &Path) -> std::io::Result<EvalReport> {
    let text =
        std::fs::read_to_string(path).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    let docs = conll::read(&text);
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    for d in &docs {
        let sents: Vec<Vec<&str>> = d.sentences.iter().map(|s| s.iter().map(|x| x.0.as_str()).collect()).collect();
        let tags = dossier_entities::tag_document(&sents);
        for (s, t) in d.sentences.iter().zip(tags) {
            gold.push(s.iter().map(|x| x.1.clone()).collect());
            pred.push(t.iter().map(|x| x.as_string()).collect());
        }
    }
    let mut r = score(&gold, &pred);
    r.notes.insert(0, ("documents".into(), docs.len() as f64));
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn iob1_and_bio_give_same_chunks() {
        let a = chunks(0, &v("I-PER I-PER B-PER O I-LOC I-ORG"));
        let b = chunks(0, &v("B-PER I-PER B-PER O B-LOC B-ORG"));
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
        assert_eq!(a[0], (0, 0, 2, "PER".to_string()));
    }

    #[test]
    fn known_score_on_fixture() {
        // Gold: Joe Biden (PER), Iraq (LOC), Pentagon (ORG), Iraqi (MISC).
        let gold = vec![v("B-PER I-PER O B-LOC"), v("B-ORG O B-MISC")];
        // Predicted: Biden only (wrong boundary), Iraq right, Pentagon as LOC, Iraqi right.
        let pred = vec![v("O B-PER O B-LOC"), v("B-LOC O B-MISC")];
        let r = score(&gold, &pred);
        // PER/ORG/LOC: gold 3, predicted 3, matched 1.
        assert_eq!((r.main.gold, r.main.predicted, r.main.matched), (3, 3, 1));
        assert!((r.main.f1 - 1.0 / 3.0).abs() < 1e-9);
        let all = &r.parts[4].1;
        assert_eq!((all.gold, all.predicted, all.matched), (4, 4, 2));
        assert_eq!(r.parts[3].1.f1, 1.0);
        assert_eq!(r.parts[1].1.matched, 0);
    }

    #[test]
    fn reads_file_and_reports_missing_file() {
        let dir = std::env::temp_dir().join(format!("dossier-conll-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let p = dir.join("tiny.txt");
        std::fs::write(
            &p,
            "-DOCSTART- -X- -X- O\n\nBiden NNP B-NP I-PER\nvisited VBD B-VP O\nBaghdad NNP B-NP I-LOC\n. . O O\n",
        )
        .ok();
        let r = eval_conll(&p).ok();
        assert_eq!(r.as_ref().map(|r| r.main.gold), Some(2));
        assert!(eval_conll(&dir.join("missing.txt")).is_err());
    }
}
