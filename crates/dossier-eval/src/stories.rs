//! `dossier eval stories`: BCubed precision / recall / F1 of the story clusterer against a JSONL
//! of articles with a gold `story` label (`text`, `title`, `published`, `outlet`, optional `id`).
//! Articles are fed to [`dossier_link::StoryIndex`] in publication order, as they would arrive.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use chrono::NaiveDate;
use dossier_core::eval::{EvalReport, Prf, f1};
use dossier_link::{ArticleFeatures, StoryIndex, StoryParams};
use serde_json::Value;

/// Scores the default story clusterer on a gold JSONL file.
pub fn eval_stories(path: &Path) -> std::io::Result<EvalReport> {
    eval_stories_with(path, StoryParams::default())
}

/// As [`eval_stories`], with explicit clustering parameters.
pub fn eval_stories_with(path: &Path, params: StoryParams) -> std::io::Result<EvalReport> {
    let file = std::fs::File::open(path)?;
    let mut items: Vec<(String, ArticleFeatures)> = Vec::new();
    let mut bad = 0usize;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_record(&line, n) {
            Some(x) => items.push(x),
            None => {
                bad += 1;
                eprintln!("{}:{}: skipped: not a JSON object with a string `story` and `text`", path.display(), n + 1);
            }
        }
    }
    // Arrival order: by publication date (undated last), stable within a day.
    items.sort_by_key(|(_, a)| (a.published.is_none(), a.published));
    let mut index = StoryIndex::new(params);
    let mut gold = Vec::with_capacity(items.len());
    let mut pred = Vec::with_capacity(items.len());
    for (story, a) in &items {
        pred.push(index.add(a));
        gold.push(story.clone());
    }
    let g: Vec<&str> = gold.iter().map(String::as_str).collect();
    let p: Vec<&str> = pred.iter().map(String::as_str).collect();
    let (precision, recall) = bcubed(&g, &p);
    let gold_n = distinct(&g);
    let pred_n = distinct(&p);
    let main = Prf {
        precision,
        recall,
        f1: f1(precision, recall),
        gold: gold_n,
        predicted: pred_n,
        matched: exact_clusters(&g, &p),
    };
    Ok(EvalReport {
        task: "stories".into(),
        headline: "BCubed".into(),
        main,
        parts: vec![],
        notes: vec![
            ("articles".into(), items.len() as f64),
            ("stories gold".into(), gold_n as f64),
            ("stories found".into(), pred_n as f64),
            ("stories exactly found".into(), main.matched as f64),
            ("records skipped".into(), bad as f64),
        ],
    })
}

fn parse_record(line: &str, n: usize) -> Option<(String, ArticleFeatures)> {
    let v: Value = serde_json::from_str(line).ok()?;
    let story = match v.get("story")? {
        Value::String(s) => s.clone(),
        Value::Number(x) => x.to_string(),
        _ => return None,
    };
    let text = v.get("text")?.as_str()?.to_string();
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let published = s("published").and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(&d), "%Y-%m-%d").ok());
    let id = s("id").unwrap_or_else(|| format!("line-{}", n + 1));
    Some((story, ArticleFeatures { id, title: s("title"), text, published, outlet: s("outlet"), entities: vec![] }))
}

fn distinct(labels: &[&str]) -> usize {
    let mut v: Vec<&str> = labels.to_vec();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// BCubed precision and recall of predicted cluster labels against gold labels (same order):
/// per item, the share of its predicted cluster that is in its gold cluster, and vice versa.
pub fn bcubed(gold: &[&str], pred: &[&str]) -> (f64, f64) {
    let n = gold.len().min(pred.len());
    if n == 0 {
        return (0.0, 0.0);
    }
    let mut gsize: HashMap<&str, usize> = HashMap::new();
    let mut psize: HashMap<&str, usize> = HashMap::new();
    let mut both: HashMap<(&str, &str), usize> = HashMap::new();
    for i in 0..n {
        *gsize.entry(gold[i]).or_default() += 1;
        *psize.entry(pred[i]).or_default() += 1;
        *both.entry((gold[i], pred[i])).or_default() += 1;
    }
    let (mut p, mut r) = (0.0, 0.0);
    for i in 0..n {
        let inter = both.get(&(gold[i], pred[i])).copied().unwrap_or(0) as f64;
        p += inter / psize.get(pred[i]).copied().unwrap_or(1) as f64;
        r += inter / gsize.get(gold[i]).copied().unwrap_or(1) as f64;
    }
    (p / n as f64, r / n as f64)
}

/// Gold stories reproduced exactly (same members, nothing else).
fn exact_clusters(gold: &[&str], pred: &[&str]) -> usize {
    let mut gsize: HashMap<&str, usize> = HashMap::new();
    let mut psize: HashMap<&str, usize> = HashMap::new();
    let mut both: HashMap<(&str, &str), usize> = HashMap::new();
    for (g, p) in gold.iter().zip(pred) {
        *gsize.entry(g).or_default() += 1;
        *psize.entry(p).or_default() += 1;
        *both.entry((g, p)).or_default() += 1;
    }
    both.iter().filter(|((g, p), n)| gsize.get(g) == Some(n) && psize.get(p) == Some(n)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcubed_known_score() {
        // Gold {a b c} {d e}; predicted {a b} {c d e}: P = R = (1+1+1/3+2/3+2/3)/5.
        let gold = ["x", "x", "x", "y", "y"];
        let pred = ["1", "1", "2", "2", "2"];
        let (p, r) = bcubed(&gold, &pred);
        assert!((p - 11.0 / 15.0).abs() < 1e-9, "{p}");
        assert!((r - 11.0 / 15.0).abs() < 1e-9, "{r}");
        assert_eq!(bcubed(&gold, &gold), (1.0, 1.0));
        // Everything in one cluster: recall 1, precision (3*3/5 + 2*2/5)/5.
        let (p, r) = bcubed(&gold, &["z"; 5]);
        assert!((p - 13.0 / 25.0).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        assert_eq!(exact_clusters(&gold, &pred), 0);
        assert_eq!(exact_clusters(&gold, &["1", "1", "1", "2", "2"]), 2);
        assert_eq!(bcubed(&[], &[]), (0.0, 0.0));
    }

    #[test]
    fn eval_on_small_fixture() {
        let rows = [
            r#"{"id":"1","story":"iraq","published":"2021-12-09","title":"US combat mission in Iraq ends","text":"The US-led coalition ended its combat mission in Iraq on Thursday, Iraqi national security adviser Qasim al-Araji said. About 2,500 American troops will remain in an advisory role, training Iraqi forces."}"#,
            r#"{"id":"2","story":"fire","published":"2022-03-01","title":"Wildfires force evacuations in California","text":"Thousands of residents fled wildfires in northern California as firefighters battled flames fanned by strong winds. The blaze destroyed homes near Sacramento and evacuation orders widened."}"#,
            r#"{"id":"3","story":"iraq","published":"2021-12-10","title":"Coalition combat role in Iraq over, troops stay to advise","text":"Iraq announced the end of the coalition combat mission. American troops, about 2,500, stay to advise and train Iraqi security forces, security adviser al-Araji said on Thursday."}"#,
            "not json",
            r#"{"id":"4","story":"fire","published":"2022-03-02","title":"California wildfire evacuations grow","text":"Evacuation orders widened as wildfires spread across northern California. Firefighters battled the blaze near Sacramento while strong winds fanned the flames and homes were destroyed."}"#,
        ];
        let path = std::env::temp_dir().join(format!("dossier-stories-fixture-{}.jsonl", std::process::id()));
        std::fs::write(&path, rows.join("\n")).ok();
        let r = eval_stories(&path);
        std::fs::remove_file(&path).ok();
        let r = r.map_err(|e| e.to_string());
        assert!(r.is_ok(), "{r:?}");
        if let Ok(r) = r {
            assert_eq!(r.main.f1, 1.0, "{}", r.to_table());
            assert_eq!(r.main.gold, 2);
            assert!(r.notes.iter().any(|(k, v)| k == "records skipped" && *v == 1.0));
        }
    }
}
