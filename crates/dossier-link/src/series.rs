//! Figure series: the same counted thing across articles, ordered by the date each figure holds
//! for, each step labelled a change over time or a disagreement between sources.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use dossier_core::{Figure, Span};
use serde::{Deserialize, Serialize};

/// One figure with the article it came from.
#[derive(Debug, Clone, Copy)]
pub struct FigureRef<'a> {
    pub article: &'a str,
    pub outlet: Option<&'a str>,
    pub published: Option<NaiveDate>,
    /// The story of its article, when linked.
    pub story: Option<&'a str>,
    pub figure: &'a Figure,
}

/// Whether two figures' stories allow them to be one count (unknown stories do).
fn same_story(a: Option<&str>, b: Option<&str>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// How a point relates to the one before it in its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The earliest point.
    First,
    /// Consistent with the previous date's value (up to qualifiers).
    Same,
    /// A different value at a later date: the fact moved.
    Change,
    /// A different value for the same date from another source: `figure_disagreement`.
    FigureDisagreement,
    /// A different value for the same date from the same source (a correction or a typo).
    Inconsistent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    pub article: String,
    pub outlet: Option<String>,
    /// TIMEX3-style date the figure holds for ("2021-12-09", "2021-12", "2021").
    pub date: String,
    pub value: f64,
    pub qualifier: Option<String>,
    pub span: Span,
    pub step: Step,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Normalised counted noun and unit ("us troop", "percent:unemployment rate").
    pub key: String,
    /// The counted thing as most often written.
    pub label: String,
    pub unit: Option<String>,
    pub points: Vec<SeriesPoint>,
}

/// Words of a "counts" phrase that do not change what is counted.
const FILLER: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "some",
    "its",
    "their",
    "his",
    "her",
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "more",
    "than",
    "over",
    "under",
    "fewer",
    "less",
    "least",
    "at",
    "up",
    "to",
    "only",
    "just",
    "total",
    "all",
    "remaining",
    "additional",
    "other",
    "extra",
];

/// Demonyms folded to one name so "American troops" and "US troops" are one series.
const DEMONYMS: &[(&str, &str)] = &[
    ("american", "us"),
    ("u.s.", "us"),
    ("united states", "us"),
    ("british", "uk"),
    ("u.k.", "uk"),
    ("iraqi", "iraq"),
    ("iranian", "iran"),
    ("syrian", "syria"),
    ("russian", "russia"),
    ("ukrainian", "ukraine"),
    ("chinese", "china"),
    ("french", "france"),
    ("german", "germany"),
    ("israeli", "israel"),
    ("palestinian", "palestine"),
    ("turkish", "turkey"),
    ("afghan", "afghanistan"),
];

/// The series key of a counted-noun phrase: lowercase, filler out, demonyms folded, plurals
/// singular ("about 2,500 American troops" → "us troop").
pub fn normalise_counts(counts: &str) -> String {
    let low = counts.to_lowercase();
    let mut words: Vec<String> = Vec::new();
    for w in low.split(|c: char| c.is_whitespace() || c == '-' || c == ',') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let w = w.replace('.', "");
        let w = w.as_str();
        if w.is_empty() || FILLER.contains(&w) || w.chars().all(|c| c.is_ascii_digit() || c == '.') {
            continue;
        }
        let w = DEMONYMS.iter().find(|(d, _)| *d == w).map_or(w, |(_, n)| n);
        let w = if w.len() > 3 && w.ends_with("ies") {
            format!("{}y", &w[..w.len() - 3])
        } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
            w[..w.len() - 1].to_string()
        } else {
            w.to_string()
        };
        words.push(w);
    }
    words.join(" ")
}

/// The range a figure allows, from its qualifier: "about 2,500" is 2,250–2,750, "more than
/// 2,500" is anything above.
fn interval(v: f64, q: Option<&str>) -> (f64, f64) {
    let tol = v.abs() * 0.1;
    match q.unwrap_or("") {
        "about" | "some" | "around" | "roughly" | "approximately" => (v - tol, v + tol),
        "nearly" | "almost" => (v - tol, v),
        "more than" | "over" => (v + f64::EPSILON * v.abs(), f64::INFINITY),
        "at least" => (v, f64::INFINITY),
        "less than" | "fewer than" | "under" => (f64::NEG_INFINITY, v - f64::EPSILON * v.abs()),
        "up to" | "at most" => (f64::NEG_INFINITY, v),
        _ => (v, v),
    }
}

fn compatible(a: &SeriesPoint, b: &SeriesPoint) -> bool {
    let (a0, a1) = interval(a.value, a.qualifier.as_deref());
    let (b0, b1) = interval(b.value, b.qualifier.as_deref());
    a0 <= b1 && b0 <= a1
}

/// Same time at the coarser granularity: "2021-12" and "2021-12-09" are the same month.
fn same_time(a: &str, b: &str) -> bool {
    let n = a.len().min(b.len());
    n > 0 && a.get(..n) == b.get(..n)
}

/// Groups figures into series (same normalised counted thing and unit; at least two dated
/// points) and labels each step.
pub fn figure_series(figs: &[FigureRef]) -> Vec<Series> {
    let mut groups: BTreeMap<String, Vec<(usize, SeriesPoint)>> = BTreeMap::new();
    for (i, f) in figs.iter().enumerate() {
        let Some(counts) = f.figure.counts.as_deref() else {
            continue;
        };
        let key = normalise_counts(counts);
        if key.is_empty() || !f.figure.value.is_finite() {
            continue;
        }
        let date = f
            .figure
            .date
            .clone()
            .filter(|d| d.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .or_else(|| f.published.map(|d| d.to_string()));
        let Some(date) = date else { continue };
        let unit = f.figure.unit.clone().unwrap_or_default();
        let key = if unit.is_empty() { key } else { format!("{unit}:{key}") };
        groups.entry(key).or_default().push((
            i,
            SeriesPoint {
                article: f.article.to_string(),
                outlet: f.outlet.map(str::to_string),
                date,
                value: f.figure.value,
                qualifier: f.figure.qualifier.clone(),
                span: f.figure.span,
                step: Step::First,
            },
        ));
    }
    // A bare noun ("2,500 troops") counts the same thing as the qualified series with that head
    // ("US troops") when one such series clearly dominates the scope (at least two points and
    // twice as many as any other, e.g. a stray "1,000 coalition troops"); with two of like
    // weight ("US troops", "British troops") it is ambiguous and stays apart.
    let keys: Vec<String> = groups.keys().cloned().collect();
    for bare in keys.iter().filter(|k| !k.contains(' ')) {
        let (unit, head) = match bare.split_once(':') {
            Some((u, h)) => (format!("{u}:"), h),
            None => (String::new(), bare.as_str()),
        };
        let suffix = format!(" {head}");
        let mut qualified: Vec<(usize, &String)> = keys
            .iter()
            .filter(|k| k.ends_with(&suffix) && k.starts_with(&unit) && *k != bare)
            .map(|k| (groups.get(k).map_or(0, Vec::len), k))
            .collect();
        qualified.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let dominant = match qualified.as_slice() {
            [(n, k)] if *n >= 1 => Some(*k),
            [(n, k), (m, _), ..] if *n >= 2 && *n >= 2 * *m => Some(*k),
            _ => None,
        };
        // A bare noun written far more often than its dominant qualified form is a generic
        // noun across many events ("people" vs "young people"), not shorthand for that series.
        let bare_len = groups.get(bare).map_or(0, Vec::len);
        if let Some(target) = dominant
            && bare_len <= 2 * groups.get(target).map_or(0, Vec::len)
            && let Some(pts) = groups.remove(bare)
        {
            groups.entry(target.clone()).or_default().extend(pts);
        }
    }
    let mut out = Vec::new();
    for (key, mut pts) in groups {
        if pts.len() < 2 {
            continue;
        }
        pts.sort_by(|a, b| a.1.date.cmp(&b.1.date).then(a.0.cmp(&b.0)));
        let mut labels: BTreeMap<String, usize> = BTreeMap::new();
        for (i, _) in &pts {
            if let Some(c) = figs.get(*i).and_then(|f| f.figure.counts.as_deref()) {
                *labels.entry(c.to_string()).or_default() += 1;
            }
        }
        // The label as most often written among the spellings of the key itself ("US troops",
        // not a bare "troops" merged into it).
        let own = labels.iter().filter(|(l, _)| normalise_counts(l) == key).max_by_key(|(_, n)| **n);
        let label = own.or_else(|| labels.iter().max_by_key(|(_, n)| **n)).map(|(l, _)| l.clone()).unwrap_or_default();
        let unit = figs.get(pts[0].0).and_then(|f| f.figure.unit.clone());
        let stories: Vec<Option<&str>> = pts.iter().map(|(i, _)| figs[*i].story).collect();
        // Different values at one time disagree within a story (one event). Across stories
        // only a count qualified by a name is surely one count ("US troops", "Syrian
        // refugees"); "likely voters" or "electoral votes" of two stories are two polls or two
        // states.
        let words: Vec<&str> = label.split_whitespace().collect();
        let specific = words
            .split_last()
            .is_some_and(|(_, quals)| quals.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase)));
        let mut points: Vec<SeriesPoint> = pts.into_iter().map(|p| p.1).collect();
        for k in 1..points.len() {
            let (before, after) = points.split_at_mut(k);
            let cur = &mut after[0];
            // Compare with every earlier point of the same time, else with the latest before.
            let same: Vec<(usize, &SeriesPoint)> =
                before.iter().enumerate().filter(|(_, p)| same_time(&p.date, &cur.date)).collect();
            cur.step = if !same.is_empty() {
                match same.iter().find(|(_, p)| !compatible(p, cur)) {
                    None => Step::Same,
                    Some((_, p)) if p.outlet.is_some() && p.outlet == cur.outlet || p.article == cur.article => {
                        Step::Inconsistent
                    }
                    Some((j, _)) if specific || same_story(stories[*j], stories[k]) => Step::FigureDisagreement,
                    // Different events' counts of a bare noun: not the same count.
                    Some(_) => Step::Change,
                }
            } else {
                match before.last() {
                    Some(p) if compatible(p, cur) => Step::Same,
                    _ => Step::Change,
                }
            };
        }
        out.push(Series { key, label, unit, points });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value: f64, counts: &str, q: Option<&str>, date: Option<&str>) -> Figure {
        Figure {
            span: Span::new(0, 1),
            value,
            unit: None,
            counts: Some(counts.into()),
            qualifier: q.map(str::to_string),
            date: date.map(str::to_string),
        }
    }

    #[test]
    fn troop_numbers_over_time() {
        let f = [
            fig(3000.0, "US troops", None, Some("2020-09")),
            fig(2500.0, "American troops", Some("about"), Some("2021-12-09")),
            fig(2500.0, "U.S. troops", Some("more than"), Some("2024-03")),
            fig(2000.0, "US troops", None, Some("2021-12")),
            fig(12.0, "bases", None, Some("2021-12")),
        ];
        let refs: Vec<FigureRef> = f
            .iter()
            .enumerate()
            .map(|(i, x)| FigureRef {
                article: ["a0", "a1", "a2", "a3", "a4"][i],
                outlet: Some(["X", "Y", "Z", "W", "V"][i]),
                published: None,
                story: None,
                figure: x,
            })
            .collect();
        let s = figure_series(&refs);
        assert_eq!(s.len(), 1, "bases have one point only: {s:?}");
        let troops = &s[0];
        assert_eq!(troops.key, "us troop");
        let steps: Vec<(f64, Step)> = troops.points.iter().map(|p| (p.value, p.step)).collect();
        assert_eq!(
            steps,
            [(3000.0, Step::First), (2000.0, Step::Change), (2500.0, Step::FigureDisagreement), (2500.0, Step::Same)]
        );
    }

    #[test]
    fn a_bare_noun_joins_the_one_qualified_series() {
        let f = [
            fig(3000.0, "US troops", None, Some("2020-09")),
            fig(2500.0, "American troops", Some("about"), Some("2021-11")),
            fig(2500.0, "troops", None, Some("2021-12")),
            fig(2500.0, "troops", Some("more than"), Some("2024-03")),
            fig(40.0, "bases", None, Some("2021-12")),
            fig(1000.0, "coalition troops", None, Some("2021-12")),
        ];
        let refs: Vec<FigureRef> = f
            .iter()
            .map(|x| FigureRef { article: "a", outlet: None, published: None, story: None, figure: x })
            .collect();
        let s = figure_series(&refs);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].key, "us troop");
        assert_eq!(s[0].points.len(), 4);
        // With two qualified series the bare one is ambiguous and stays on its own.
        let g = [
            fig(3000.0, "US troops", None, Some("2020-09")),
            fig(3100.0, "US troops", None, Some("2020-10")),
            fig(900.0, "British troops", None, Some("2020-10")),
            fig(950.0, "British troops", None, Some("2020-11")),
            fig(2500.0, "troops", None, Some("2021-12")),
            fig(2400.0, "troops", None, Some("2021-11")),
        ];
        let refs: Vec<FigureRef> = g
            .iter()
            .map(|x| FigureRef { article: "a", outlet: None, published: None, story: None, figure: x })
            .collect();
        let keys: Vec<String> = figure_series(&refs).into_iter().map(|s| s.key).collect();
        assert_eq!(keys, ["troop", "uk troop", "us troop"]);
    }

    #[test]
    fn qualifiers_make_values_compatible() {
        let f = [
            fig(2500.0, "troops", Some("about"), Some("2021-12-09")),
            fig(2450.0, "troops", None, Some("2021-12-09")),
            fig(3000.0, "troops", Some("more than"), Some("2021-12-09")),
        ];
        let refs: Vec<FigureRef> = f
            .iter()
            .map(|x| FigureRef { article: "a", outlet: None, published: None, story: None, figure: x })
            .collect();
        let s = figure_series(&refs);
        let steps: Vec<Step> = s[0].points.iter().map(|p| p.step).collect();
        // The third ("more than 3,000") does not fit "about 2,500", from the same article.
        assert_eq!(steps, [Step::First, Step::Same, Step::Inconsistent]);
    }

    #[test]
    fn normalises_counted_nouns() {
        assert_eq!(normalise_counts("American troops"), normalise_counts("US troops"));
        assert_eq!(normalise_counts("the casualties"), "casualty");
        assert_eq!(normalise_counts(""), "");
        for odd in ["👍🏽 ß", "ies", "s", "---", "\u{0}", "ΩΩΩies"] {
            let _ = normalise_counts(odd);
        }
    }

    #[test]
    fn a_generic_bare_noun_is_not_shorthand_for_a_qualified_series() {
        // "people" of many events, "young people" of one: the bare noun stays apart.
        let mut f = vec![
            fig(500.0, "young people", Some("fewer than"), Some("2016-11")),
            fig(700.0, "young people", None, Some("2016-11")),
        ];
        for (i, v) in [3e6, 40.0, 12.0, 9e5, 77.0].into_iter().enumerate() {
            f.push(fig(v, "people", None, Some(["2016-11", "2016-11", "2017-02", "2018", "2019"][i])));
        }
        let refs: Vec<FigureRef> = f
            .iter()
            .enumerate()
            .map(|(i, x)| FigureRef {
                article: ["a0", "a1", "a2", "a3", "a4", "a5", "a6"][i],
                outlet: Some(["X", "Y", "Z", "W", "V", "U", "T"][i]),
                published: None,
                story: Some(["s-1", "s-1", "s-2", "s-3", "s-4", "s-5", "s-6"][i]),
                figure: x,
            })
            .collect();
        let s = figure_series(&refs);
        let young = s.iter().find(|x| x.key == "young people").expect("young people");
        assert_eq!(young.points.len(), 2);
        // Within one story the two values disagree; across stories "people" are not one count.
        assert_eq!(young.points[1].step, Step::FigureDisagreement);
        let people = s.iter().find(|x| x.key == "people").expect("people");
        assert!(people.points.iter().all(|p| p.step != Step::FigureDisagreement), "{people:?}");
    }
}
