//! Cross-article views: what the CLI, the export and the web UI show of a story, an entity or
//! the whole corpus. Each view is computed from a [`ScopeFacts`] (loaded by the store) with the
//! pure functions of `dossier-link`, and every item cites the article spans it rests on.
//!
//! Views are computed on demand rather than stored: they depend on every article in scope, so
//! storing them would mean recomputing them on every ingest, while a story's facts load in
//! milliseconds.

mod report;
mod words;

pub use report::{ReportOptions, report};

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use dossier_core::{CharOffsets, Figure, Span, stable_id};
use dossier_link::{
    Claim, ConflictKind, FigureRef, StatementRef, Step, figure_series, find_conflicts, group_statements,
};
use dossier_store::{ScopeArticle, ScopeFacts};
use serde::Serialize;

/// Opposite statements further apart than this are a change of facts, not a contradiction.
pub const CONFLICT_MAX_DAYS: i64 = 60;

/// Where a fact was seen: the article and the span (Unicode code points into its cleaned text).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    pub article: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub start: i64,
    pub end: i64,
    /// The cited words.
    pub text: String,
}

/// One dated entry of a timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub id: String,
    /// TIMEX3 date: "2021-12-09" or "2021-12".
    pub date: String,
    /// `event` (a sentence dated by a time expression) or `statement` (a quote, dated when it
    /// was first reported).
    pub kind: &'static str,
    pub text: String,
    pub speaker: Option<String>,
    pub sources: Vec<Source>,
}

/// A point of a figure series.
#[derive(Debug, Clone, Serialize)]
pub struct PointView {
    pub figure: String,
    pub date: String,
    pub value: f64,
    pub qualifier: Option<String>,
    /// `first`, `same`, `change`, `figure_disagreement` or `inconsistent`.
    pub step: &'static str,
    pub source: Source,
}

/// Figures for one counted thing, ordered by the date they hold for.
#[derive(Debug, Clone, Serialize)]
pub struct SeriesView {
    pub key: String,
    pub label: String,
    pub unit: Option<String>,
    /// Distinct outlets (or articles without one) among the points.
    pub sources: usize,
    pub points: Vec<PointView>,
}

/// One statement reported by one or more outlets.
#[derive(Debug, Clone, Serialize)]
pub struct StatementView {
    pub id: String,
    pub speaker: Option<String>,
    pub first_seen: Option<String>,
    pub wordings: Vec<String>,
    pub sources: Vec<Source>,
    pub why: Vec<String>,
}

/// One side of a conflict.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub quote: Option<String>,
    pub figure: Option<String>,
    /// The speaker's entity id, when linked.
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub article: String,
    pub date: Option<String>,
    pub source: Source,
}

/// Sources that disagree: opposite statements, or different figures for the same time.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictView {
    pub id: String,
    /// `contradiction`, `figure_disagreement`, or `change_over_time` (opposite statements far
    /// apart in time: the facts may simply have changed).
    pub kind: &'static str,
    pub about: String,
    pub a: Side,
    pub b: Side,
    pub why: String,
}

/// Index of a scope's articles by id, with char→byte maps built on demand.
struct Articles<'a> {
    by_id: HashMap<&'a str, &'a ScopeArticle>,
}

impl<'a> Articles<'a> {
    fn new(f: &'a ScopeFacts) -> Self {
        Articles { by_id: f.articles.iter().map(|a| (a.id.as_str(), a)).collect() }
    }
    fn get(&self, id: &str) -> Option<&'a ScopeArticle> {
        self.by_id.get(id).copied()
    }
    fn source(&self, article: &str, start: i64, end: i64, text: &str) -> Source {
        let a = self.get(article);
        Source {
            article: article.to_string(),
            title: a.and_then(|a| a.title.clone()),
            outlet: a.and_then(|a| a.outlet.clone()),
            published: a.and_then(|a| a.published.clone()),
            start,
            end,
            text: text.to_string(),
        }
    }
}

fn date(s: Option<&str>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok())
}

/// A day ("2021-12-09") or a month ("2021-12"): precise enough to place an event.
fn is_event_date(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    (b.len() == 7 || b.len() == 10)
        && digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && (b.len() == 7 || (b.get(7) == Some(&b'-') && digits(8..10)))
}

/// The timeline of a scope: events (sentences dated by a resolved time expression, the same
/// event from several outlets merged) and statements (quotes, the same statement from several
/// outlets merged), oldest first. With `names`, only entries naming one of them (or said by
/// them) are kept.
pub fn timeline(f: &ScopeFacts, names: Option<&[String]>) -> Vec<TimelineEntry> {
    let arts = Articles::new(f);
    let mentions = |text: &str| names.is_none_or(|ns| ns.iter().any(|n| words::contains_name(text, n)));
    // Events: one per (article, sentence, date).
    struct Ev {
        date: String,
        text: String,
        stems: Vec<String>,
        source: Source,
    }
    let mut events: Vec<Ev> = Vec::new();
    let mut by_article: BTreeMap<&str, Vec<&dossier_store::TimeRecord>> = BTreeMap::new();
    for t in &f.times {
        if t.kind == "DATE" && t.value.as_deref().is_some_and(is_event_date) {
            by_article.entry(t.article.as_str()).or_default().push(t);
        }
    }
    for (aid, times) in by_article {
        let Some(a) = arts.get(aid) else { continue };
        let map = CharOffsets::new(&a.text);
        let sents = dossier_nlp::sentences(&a.text);
        let mut seen: Vec<(usize, String)> = Vec::new();
        for t in times {
            let b = map.to_byte(t.start.max(0) as usize);
            let Some((k, s)) = sents.iter().enumerate().find(|(_, s)| s.start <= b && b < s.end) else { continue };
            let value = t.value.clone().unwrap_or_default();
            if seen.iter().any(|(j, v)| *j == k && *v == value) {
                continue;
            }
            seen.push((k, value.clone()));
            let text = s.slice(&a.text).trim().to_string();
            // A headline or a fragment is no event to date.
            if text.split_whitespace().count() < 6 || !mentions(&text) {
                continue;
            }
            let (cs, ce) = (map.to_char(s.start) as i64, map.to_char(s.end) as i64);
            events.push(Ev {
                date: value,
                stems: words::stems(&text, &[t.text.as_str()]),
                source: arts.source(aid, cs, ce, &text),
                text,
            });
        }
    }
    // The same event told by several articles: same date, and most content words shared.
    // Only events of the same date are compared: a corpus has tens of thousands of events but
    // few per day.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut by_date: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in 0..events.len() {
        let e = &events[i];
        let same_day = by_date.entry(e.date.as_str()).or_default();
        let joined = same_day.iter().copied().find(|&g| {
            let first = &events[groups[g][0]];
            !groups[g].iter().any(|&j| events[j].source.article == e.source.article)
                && words::same_event(&first.stems, &e.stems)
        });
        match joined {
            Some(g) => groups[g].push(i),
            None => {
                same_day.push(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    let mut out: Vec<TimelineEntry> = groups
        .into_iter()
        .map(|g| {
            let first = &events[g[0]];
            TimelineEntry {
                id: stable_id("ev", &[&first.date, &first.source.article, &first.source.start.to_string()]),
                date: first.date.clone(),
                kind: "event",
                text: first.text.clone(),
                speaker: None,
                sources: g.iter().map(|&i| events[i].source.clone()).collect(),
            }
        })
        .collect();
    for s in statements(f) {
        if names.is_some_and(|ns| {
            !s.speaker.as_deref().is_some_and(|sp| ns.iter().any(|n| n == sp))
                && !s.wordings.iter().any(|w| mentions(w))
        }) {
            continue;
        }
        let Some(d) = s.first_seen.clone() else { continue };
        out.push(TimelineEntry {
            id: s.id.clone(),
            date: d,
            kind: "statement",
            text: s.wordings.first().cloned().unwrap_or_default(),
            speaker: s.speaker.clone(),
            sources: s.sources,
        });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.kind.cmp(b.kind)).then(a.id.cmp(&b.id)));
    out
}

/// Statements of a scope (quotes grouped across outlets), first seen first.
pub fn statements(f: &ScopeFacts) -> Vec<StatementView> {
    let arts = Articles::new(f);
    let speakers: Vec<Option<&str>> =
        f.quotes.iter().map(|(q, name)| name.as_deref().or(q.speaker_name.as_deref())).collect();
    let refs: Vec<StatementRef> = f
        .quotes
        .iter()
        .zip(&speakers)
        .filter_map(|((q, _), sp)| {
            let a = arts.get(&q.article)?;
            Some(StatementRef {
                article: &q.article,
                outlet: a.outlet.as_deref(),
                published: date(a.published.as_deref()),
                speaker: *sp,
                text: &q.text,
                span: Span::new(q.start.max(0) as usize, q.end.max(0) as usize),
            })
        })
        .collect();
    let quote_at: HashMap<(&str, i64), &str> =
        f.quotes.iter().map(|(q, _)| ((q.article.as_str(), q.start), q.text.as_str())).collect();
    let mut out: Vec<StatementView> = group_statements(&refs)
        .into_iter()
        .map(|s| StatementView {
            id: s.id,
            speaker: s.speaker,
            first_seen: s.first_seen.map(|d| d.to_string()),
            sources: s
                .sources
                .iter()
                .map(|(a, _, sp)| {
                    let text = quote_at.get(&(a.as_str(), sp.start as i64)).copied().unwrap_or("");
                    arts.source(a, sp.start as i64, sp.end as i64, text)
                })
                .collect(),
            wordings: s.wordings,
            why: s.why,
        })
        .collect();
    out.sort_by(|a, b| a.first_seen.cmp(&b.first_seen).then(a.id.cmp(&b.id)));
    out
}

fn step_name(s: Step) -> &'static str {
    match s {
        Step::First => "first",
        Step::Same => "same",
        Step::Change => "change",
        Step::FigureDisagreement => "figure_disagreement",
        Step::Inconsistent => "inconsistent",
    }
}

/// Figure series of a scope with at least `min_points` points, most points first.
pub fn series(f: &ScopeFacts, min_points: usize) -> Vec<SeriesView> {
    let arts = Articles::new(f);
    let figs: Vec<Figure> = f
        .figures
        .iter()
        .map(|r| Figure {
            span: Span::new(r.start.max(0) as usize, r.end.max(0) as usize),
            value: r.value,
            unit: r.unit.clone(),
            counts: r.counts.clone(),
            qualifier: r.qualifier.clone(),
            date: r.date.clone(),
        })
        .collect();
    let refs: Vec<FigureRef> = f
        .figures
        .iter()
        .zip(&figs)
        .filter_map(|(r, fig)| {
            let a = arts.get(&r.article)?;
            Some(FigureRef {
                article: &r.article,
                outlet: a.outlet.as_deref(),
                published: date(a.published.as_deref()),
                story: a.story.as_deref(),
                figure: fig,
            })
        })
        .collect();
    let by_span: HashMap<(&str, i64), &dossier_store::FigureRecord> =
        f.figures.iter().map(|r| ((r.article.as_str(), r.start), r)).collect();
    let mut out: Vec<SeriesView> = figure_series(&refs)
        .into_iter()
        .filter(|s| s.points.len() >= min_points)
        .map(|s| {
            let points: Vec<PointView> = s
                .points
                .iter()
                .filter_map(|p| {
                    let r = by_span.get(&(p.article.as_str(), p.span.start as i64))?;
                    Some(PointView {
                        figure: r.id.clone(),
                        date: p.date.clone(),
                        value: p.value,
                        qualifier: p.qualifier.clone(),
                        step: step_name(p.step),
                        source: arts.source(&r.article, r.start, r.end, &r.text),
                    })
                })
                .collect();
            let mut outlets: Vec<&str> =
                points.iter().map(|p| p.source.outlet.as_deref().unwrap_or(p.source.article.as_str())).collect();
            outlets.sort_unstable();
            outlets.dedup();
            SeriesView { key: s.key, label: s.label, unit: s.unit, sources: outlets.len(), points }
        })
        .collect();
    out.sort_by(|a, b| b.sources.cmp(&a.sources).then(b.points.len().cmp(&a.points.len())).then(a.key.cmp(&b.key)));
    out
}

/// Where sources disagree: opposite statements close in time (and, with `changes`, far apart),
/// and figure series steps where sources give different values for the same time.
pub fn conflicts(f: &ScopeFacts, changes: bool) -> Vec<ConflictView> {
    let arts = Articles::new(f);
    let claims: Vec<Claim> = f
        .quotes
        .iter()
        .filter_map(|(q, name)| {
            let a = arts.get(&q.article)?;
            Some(Claim {
                article: &q.article,
                speaker: name.as_deref().or(q.speaker_name.as_deref()),
                outlet: a.outlet.as_deref(),
                published: date(a.published.as_deref()),
                story: a.story.as_deref(),
                text: &q.text,
                span: Span::new(q.start.max(0) as usize, q.end.max(0) as usize),
            })
        })
        .collect();
    let quote_of: Vec<&(dossier_store::QuoteRecord, Option<String>)> =
        f.quotes.iter().filter(|(q, _)| arts.get(&q.article).is_some()).collect();
    let side = |i: usize| -> Option<Side> {
        let (q, name) = quote_of.get(i)?;
        let a = arts.get(&q.article)?;
        Some(Side {
            quote: Some(q.id.clone()),
            figure: None,
            speaker: q.speaker.clone(),
            speaker_name: name.clone().or_else(|| q.speaker_name.clone()),
            article: q.article.clone(),
            date: a.published.clone(),
            source: arts.source(&q.article, q.start, q.end, &q.text),
        })
    };
    let mut out = Vec::new();
    for c in find_conflicts(&claims, CONFLICT_MAX_DAYS) {
        if c.kind == ConflictKind::ChangeOverTime && !changes {
            continue;
        }
        let (Some(a), Some(b)) = (side(c.a), side(c.b)) else { continue };
        let kind = if c.kind == ConflictKind::Contradiction { "contradiction" } else { "change_over_time" };
        let about = format!("{} {}", c.subject.iter().take(4).cloned().collect::<Vec<_>>().join(" "), c.concept);
        out.push(ConflictView {
            id: stable_id("c", &[a.quote.as_deref().unwrap_or(""), b.quote.as_deref().unwrap_or("")]),
            kind,
            about,
            a,
            b,
            why: c.why,
        });
    }
    for s in series(f, 2) {
        for (k, p) in s.points.iter().enumerate() {
            if p.step != "figure_disagreement" {
                continue;
            }
            // The other side: the earlier point of the same time whose value differs.
            let Some(q) = s.points[..k]
                .iter()
                .rev()
                .find(|q| (q.date.starts_with(&p.date) || p.date.starts_with(&q.date)) && q.value != p.value)
            else {
                continue;
            };
            let fside = |p: &PointView| Side {
                quote: None,
                figure: Some(p.figure.clone()),
                speaker: None,
                speaker_name: None,
                article: p.source.article.clone(),
                date: Some(p.date.clone()),
                source: p.source.clone(),
            };
            out.push(ConflictView {
                id: stable_id("c", &[&q.figure, &p.figure]),
                kind: "figure_disagreement",
                about: format!("{} ({})", s.label, p.date),
                a: fside(q),
                b: fside(p),
                why: format!(
                    "{} gives {} and {} gives {} for {}",
                    q.source.outlet.as_deref().unwrap_or(&q.source.article),
                    q.source.text,
                    p.source.outlet.as_deref().unwrap_or(&p.source.article),
                    p.source.text,
                    p.date
                ),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
