//! `dossier eval timeml PATH`: TempEval-3 Task A (time expressions) over a folder of TimeML
//! `.tml` files. The DCT (the TIMEX3 with `functionInDocument="CREATION_TIME"`) anchors the
//! extractor and is not itself a gold mention; only the `<TEXT>` element is read, with tags
//! stripped and XML entities decoded, so offsets index the plain text.
//!
//! Scores follow the TempEval-3 scorer: strict span match (same offsets) and relaxed span match
//! (any overlap), each P/R/F1; attribute F1 (type, value) = relaxed F1 × attribute accuracy
//! over the relaxed-matched pairs. The headline is value F1.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dossier_core::eval::{EvalReport, Prf, f1};
use dossier_core::{Span, TimeExpr};

/// One gold TIMEX3 inside `<TEXT>`.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldTimex {
    pub span: Span,
    pub kind: String,
    pub value: String,
}

/// A parsed `.tml` document: plain text, DCT, gold time expressions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TmlDoc {
    pub text: String,
    pub dct: Option<NaiveDate>,
    pub timexes: Vec<GoldTimex>,
}

/// Reads an attribute `name="…"` from the inside of a tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(p) = tag.get(from..)?.find(name) {
        let at = from + p;
        let before_ok = at == 0 || tag[..at].ends_with(char::is_whitespace);
        let rest = &tag[at + name.len()..];
        let rest_t = rest.trim_start();
        if before_ok && rest_t.starts_with('=') {
            let v = rest_t[1..].trim_start();
            let q = v.chars().next()?;
            if q == '"' || q == '\'' {
                let end = v[1..].find(q)?;
                return Some(&v[1..1 + end]);
            }
        }
        from = at + name.len();
    }
    None
}

/// A TIMEX3 value or DCT text as a date: `1998-01-08`, `1998-01-08T10:00`, or `19980108`.
fn parse_dct(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(v.get(..8)?, "%Y%m%d").ok())
}

fn decode_entity(e: &str) -> Option<char> {
    Some(match e {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let n = e.strip_prefix('#')?;
            let code = match n.strip_prefix('x').or_else(|| n.strip_prefix('X')) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

/// Parses one TimeML document. Malformed markup is tolerated: an unclosed tag ends the text,
/// an unknown entity is kept as written.
pub fn parse_tml(src: &str) -> TmlDoc {
    let mut doc = TmlDoc::default();
    // The DCT may sit in <DCT> or anywhere else; take the first CREATION_TIME timex.
    let mut from = 0;
    while let Some(p) = src.get(from..).and_then(|s| s.find("<TIMEX3")) {
        let at = from + p;
        let Some(close) = src[at..].find('>') else {
            break;
        };
        let tag = &src[at..at + close];
        if attr(tag, "functionInDocument") == Some("CREATION_TIME") {
            doc.dct = attr(tag, "value").and_then(parse_dct);
            if doc.dct.is_none() {
                let inner = &src[at + close + 1..];
                doc.dct = inner.split('<').next().and_then(parse_dct);
            }
            break;
        }
        from = at + close;
    }
    let Some(start) = src.find("<TEXT>").map(|p| p + "<TEXT>".len()) else {
        return doc;
    };
    let end = src[start..].find("</TEXT>").map_or(src.len(), |p| start + p);
    let body = &src[start..end];
    let mut text = String::with_capacity(body.len());
    let mut open: Option<(usize, String, String, bool)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        let Some(p) = rest.find(['<', '&']) else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..p]);
        rest = &rest[p..];
        if rest.starts_with('<') {
            let Some(c) = rest.find('>') else { break };
            let tag = &rest[1..c];
            if tag.starts_with("TIMEX3") {
                let dct = attr(tag, "functionInDocument") == Some("CREATION_TIME");
                open = Some((
                    text.len(),
                    attr(tag, "type").unwrap_or("").to_string(),
                    attr(tag, "value").unwrap_or("").to_string(),
                    dct,
                ));
                if tag.ends_with('/') {
                    open = None;
                }
            } else if tag.starts_with("/TIMEX3")
                && let Some((s, kind, value, dct)) = open.take()
                && !dct
                && s < text.len()
            {
                doc.timexes.push(GoldTimex { span: Span::new(s, text.len()), kind, value });
            }
            rest = &rest[c + 1..];
        } else {
            match rest.find(';').filter(|&s| s <= 10).and_then(|s| decode_entity(&rest[1..s]).map(|c| (s, c))) {
                Some((s, c)) => {
                    text.push(c);
                    rest = &rest[s + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    doc.text = text;
    doc
}

/// Running counts for the TempEval-3 measures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TimexCounts {
    pub gold: usize,
    pub predicted: usize,
    pub strict: usize,
    /// Gold expressions overlapped by a prediction (recall side).
    pub relaxed_gold: usize,
    /// Predictions overlapping a gold expression (precision side).
    pub relaxed_pred: usize,
    /// One-to-one relaxed pairs, and how many of them agree on type / value.
    pub pairs: usize,
    pub type_ok: usize,
    pub value_ok: usize,
}

impl TimexCounts {
    /// Adds one document's gold and predicted expressions.
    pub fn add(&mut self, gold: &[GoldTimex], pred: &[TimeExpr]) {
        self.gold += gold.len();
        self.predicted += pred.len();
        self.strict += gold.iter().filter(|g| pred.iter().any(|p| p.span == g.span)).count();
        self.relaxed_gold += gold.iter().filter(|g| pred.iter().any(|p| p.span.overlaps(&g.span))).count();
        self.relaxed_pred += pred.iter().filter(|p| gold.iter().any(|g| p.span.overlaps(&g.span))).count();
        let mut used = vec![false; pred.len()];
        for g in gold {
            // Prefer the exact match, then the first overlapping prediction not yet paired.
            let pick = pred
                .iter()
                .enumerate()
                .find(|(k, p)| !used[*k] && p.span == g.span)
                .or_else(|| pred.iter().enumerate().find(|(k, p)| !used[*k] && p.span.overlaps(&g.span)));
            if let Some((k, p)) = pick {
                used[k] = true;
                self.pairs += 1;
                if p.kind.as_str() == g.kind {
                    self.type_ok += 1;
                }
                if p.value.as_deref() == Some(g.value.as_str()) {
                    self.value_ok += 1;
                }
            }
        }
    }

    fn attr_prf(&self, ok: usize) -> Prf {
        let rel = Prf::from_counts2(self.gold, self.predicted, self.relaxed_pred, self.relaxed_gold);
        let acc = if self.pairs == 0 { 0.0 } else { ok as f64 / self.pairs as f64 };
        let (p, r) = (rel.precision * acc, rel.recall * acc);
        Prf { precision: p, recall: r, f1: f1(p, r), gold: self.gold, predicted: self.predicted, matched: ok }
    }

    /// The contract's report: headline value F1, then strict / relaxed span, type and value.
    pub fn report(&self, documents: usize) -> EvalReport {
        let value = self.attr_prf(self.value_ok);
        EvalReport {
            task: "timeml".into(),
            headline: "value F1".into(),
            main: value,
            parts: vec![
                ("strict span".into(), Prf::from_counts(self.gold, self.predicted, self.strict)),
                (
                    "relaxed span".into(),
                    Prf::from_counts2(self.gold, self.predicted, self.relaxed_pred, self.relaxed_gold),
                ),
                ("type".into(), self.attr_prf(self.type_ok)),
                ("value".into(), value),
            ],
            notes: vec![("documents".into(), documents as f64)],
        }
    }
}

fn collect_tml(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_tml(&path, out)?;
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("tml")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Scores `dossier_time::extract_times` on every `.tml` file under `dir` (recursively).
pub fn eval_timeml(dir: &Path) -> std::io::Result<EvalReport> {
    let mut files = Vec::new();
    collect_tml(dir, &mut files)?;
    files.sort();
    let mut counts = TimexCounts::default();
    for f in &files {
        let src =
            std::fs::read_to_string(f).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", f.display())))?;
        let doc = parse_tml(&src);
        let pred = dossier_time::extract_times(&doc.text, doc.dct);
        counts.add(&doc.timexes, &pred);
    }
    Ok(counts.report(files.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::TimexType;

    const FIXTURE: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-10" temporalFunction="false" functionInDocument="CREATION_TIME">20211210</TIMEX3></DCT>
<TEXT>
AT&amp;T said on <TIMEX3 tid="t1" type="DATE" value="2021-12-09">Thursday</TIMEX3> that profit rose in <TIMEX3 tid="t2" type="DATE" value="2021-Q3">the third quarter</TIMEX3>. The strike lasted <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> ago. Sales were flat <TIMEX3 tid="t4" type="DATE" value="PAST_REF">the period before</TIMEX3>.
</TEXT>
</TimeML>
"#;

    #[test]
    fn parses_text_offsets_and_dct() {
        let doc = parse_tml(FIXTURE);
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2021, 12, 10));
        assert!(doc.text.starts_with("\nAT&T said on Thursday"));
        assert_eq!(doc.timexes.len(), 4, "the DCT is not a gold mention");
        let t = &doc.timexes[0];
        assert_eq!(t.span.slice(&doc.text), "Thursday");
        assert_eq!((t.kind.as_str(), t.value.as_str()), ("DATE", "2021-12-09"));
        assert_eq!(doc.timexes[3].span.slice(&doc.text), "the period before");
    }

    fn p(doc: &TmlDoc, phrase: &str, kind: TimexType, value: &str) -> TimeExpr {
        let s = doc.text.find(phrase).unwrap_or(0);
        TimeExpr { span: Span::new(s, s + phrase.len()), kind, value: Some(value.into()) }
    }

    #[test]
    fn scores_known_predictions() {
        let doc = parse_tml(FIXTURE);
        // Exact + right; exact + wrong value; overlapping + wrong type; one spurious; one missed.
        let pred = vec![
            p(&doc, "Thursday", TimexType::Date, "2021-12-09"),
            p(&doc, "the third quarter", TimexType::Date, "2020-Q3"),
            p(&doc, "two days ago", TimexType::Date, "P2D"),
            p(&doc, "flat", TimexType::Date, "PRESENT_REF"),
        ];
        let mut c = TimexCounts::default();
        c.add(&doc.timexes, &pred);
        let r = c.report(1);
        let part = |n: &str| r.parts.iter().find(|(k, _)| k == n).map(|(_, m)| *m).unwrap_or_default();
        // strict: 2 of 4 gold, 2 of 4 predicted.
        assert!((part("strict span").f1 - 0.5).abs() < 1e-9);
        // relaxed: 3 of 4 each way.
        assert!((part("relaxed span").f1 - 0.75).abs() < 1e-9);
        // value right on 2 of 3 pairs ("two days ago" carries P2D): 0.75 × 2/3.
        assert!((r.main.f1 - 0.5).abs() < 1e-9);
        // type right on 2 of 3 pairs.
        assert!((part("type").f1 - 0.5).abs() < 1e-9);
    }

    #[test]
    fn eval_runs_the_extractor_on_a_folder() {
        let dir = std::env::temp_dir().join(format!("dossier-timeml-{}", std::process::id()));
        let sub = dir.join("nested");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join("a.tml"), FIXTURE).unwrap();
        std::fs::write(dir.join("ignored.txt"), "not TimeML").unwrap();
        let r = eval_timeml(&dir).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(r.notes, vec![("documents".to_string(), 1.0)]);
        assert_eq!(r.main.gold, 4);
        // The extractor must find "Thursday" (2021-12-09) and "the third quarter" (2021-Q3)
        // exactly; "the period before" is beyond it.
        let strict = r.parts[0].1;
        assert!(strict.matched >= 2, "{}", r.to_table());
        assert!(r.main.matched >= 2, "{}", r.to_table());
    }
}
