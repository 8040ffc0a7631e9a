//! The shape every `dossier eval TASK` result takes (see the eval contract): a headline
//! precision / recall / F1, then named sub-measures with the same keys plus counts.

use serde::{Deserialize, Serialize};

/// Precision, recall and F1 with the counts they came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
}

impl Prf {
    /// From counts where one `matched` serves both precision and recall.
    pub fn from_counts(gold: usize, predicted: usize, matched: usize) -> Self {
        Self::from_counts2(gold, predicted, matched, matched)
    }

    /// From counts where precision and recall match differently (e.g. overlap matching, where
    /// one gold span may cover two predicted ones). `matched` reports the recall side.
    pub fn from_counts2(gold: usize, predicted: usize, matched_pred: usize, matched_gold: usize) -> Self {
        let precision = if predicted == 0 { 0.0 } else { matched_pred as f64 / predicted as f64 };
        let recall = if gold == 0 { 0.0 } else { matched_gold as f64 / gold as f64 };
        Prf { precision, recall, f1: f1(precision, recall), gold, predicted, matched: matched_gold }
    }
}

/// Harmonic mean; 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// One eval run: the headline measure and its named parts, in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// The task name (`conll`, `timeml`, …).
    pub task: String,
    /// Name of the headline measure ("value F1", "overall").
    pub headline: String,
    pub main: Prf,
    /// Sub-measures, in display order.
    pub parts: Vec<(String, Prf)>,
    /// Extra numbers worth printing (documents read, stories found, …).
    pub notes: Vec<(String, f64)>,
}

impl EvalReport {
    /// The contract's JSON: `precision`, `recall`, `f1` at the top, then one object per part.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{Map, Value, json};
        let prf = |m: &Prf| {
            json!({"precision": m.precision, "recall": m.recall, "f1": m.f1,
                   "gold": m.gold, "predicted": m.predicted, "matched": m.matched})
        };
        let mut o = Map::new();
        o.insert("task".into(), json!(self.task));
        o.insert("headline".into(), json!(self.headline));
        if let Value::Object(m) = prf(&self.main) {
            o.extend(m);
        }
        for (name, m) in &self.parts {
            o.insert(name.clone(), prf(m));
        }
        for (name, v) in &self.notes {
            o.insert(name.clone(), json!(v));
        }
        Value::Object(o)
    }

    /// A plain table for a terminal.
    pub fn to_table(&self) -> String {
        let mut out = format!(
            "{:<28} {:>9} {:>9} {:>9} {:>8} {:>9} {:>8}\n",
            self.task, "precision", "recall", "f1", "gold", "predicted", "matched"
        );
        let mut row = |name: &str, m: &Prf| {
            out.push_str(&format!(
                "{:<28} {:>9.4} {:>9.4} {:>9.4} {:>8} {:>9} {:>8}\n",
                name, m.precision, m.recall, m.f1, m.gold, m.predicted, m.matched
            ));
        };
        row(&self.headline, &self.main);
        for (name, m) in &self.parts {
            row(name, m);
        }
        for (name, v) in &self.notes {
            out.push_str(&format!("{name:<28} {v}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_from_counts() {
        let m = Prf::from_counts(10, 8, 6);
        assert!((m.precision - 0.75).abs() < 1e-9);
        assert!((m.recall - 0.6).abs() < 1e-9);
        assert!((m.f1 - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
        assert_eq!(Prf::from_counts(0, 0, 0).f1, 0.0);
    }

    #[test]
    fn json_has_contract_keys() {
        let r = EvalReport {
            task: "t".into(),
            headline: "h".into(),
            main: Prf::from_counts(2, 2, 1),
            parts: vec![("exact".into(), Prf::from_counts(2, 2, 2))],
            notes: vec![],
        };
        let s = r.to_json().to_string();
        assert!(s.contains("\"precision\":0.5"));
        assert_eq!(r.to_json()["exact"]["f1"], 1.0);
    }
}
