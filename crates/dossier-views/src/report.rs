//! `dossier report`: a Markdown brief of a story (or any scope) — what happened when, the key
//! figures and how they moved, who said what, where sources disagree — with a citation
//! (outlet, date, article) on every line that states something.

use std::collections::BTreeMap;
use std::fmt::Write;

use dossier_store::ScopeFacts;

use crate::{Source, conflicts, series, statements, timeline};

/// What to put in a report and how much of it.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub title: String,
    pub max_events: usize,
    pub max_series: usize,
    pub max_speakers: usize,
    pub max_quotes_per_speaker: usize,
    pub max_conflicts: usize,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            title: "All articles".into(),
            max_events: 25,
            max_series: 6,
            max_speakers: 12,
            max_quotes_per_speaker: 4,
            max_conflicts: 15,
        }
    }
}

/// Markdown-escapes untrusted text on one line, so an article cannot inject links, HTML or
/// structure into the report.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        // Control characters (terminal escapes) and bidi overrides never reach a reader.
        if c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c) {
            continue;
        }
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn cite(s: &Source) -> String {
    format!(
        "{}, {}, {}",
        md(s.outlet.as_deref().unwrap_or("outlet unknown")),
        s.published.as_deref().unwrap_or("undated"),
        s.article
    )
}

fn cites(sources: &[Source]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let mut parts = Vec::new();
    for s in sources {
        if !seen.contains(&s.article.as_str()) {
            seen.push(&s.article);
            parts.push(cite(s));
        }
    }
    format!("[{}]", parts.join("; "))
}

fn short(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    if let Some(sp) = out.rfind(' ') {
        out.truncate(sp);
    }
    out.push('…');
    out
}

/// "3,000", "2.5", "347,000,000 USD".
fn number(v: f64, unit: Option<&str>) -> String {
    let body = if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let mut s = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                s.push(',');
            }
            s.push(c);
        }
        if v < 0.0 { format!("-{s}") } else { s }
    } else {
        format!("{v}")
    };
    match unit {
        Some("percent") => format!("{body}%"),
        Some(u) => format!("{body} {u}"),
        None => body,
    }
}

/// The report of the facts in `f`.
pub fn report(f: &ScopeFacts, o: &ReportOptions) -> String {
    let mut r = String::new();
    let _ = writeln!(r, "# {}\n", md(&o.title));
    let mut outlets: Vec<&str> = f.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let dates: Vec<&str> = f.articles.iter().filter_map(|a| a.published.as_deref()).collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) if a != b => format!(", {a} to {b}"),
        (Some(a), _) => format!(", {a}"),
        _ => String::new(),
    };
    let _ = writeln!(
        r,
        "{} articles from {} named outlets{span}. Every line cites [outlet, date, article id]; `dossier show ID` opens the article.\n",
        f.articles.len(),
        outlets.len()
    );

    // What happened when: the events most outlets report, in date order.
    let tl = timeline(f, None);
    let mut events: Vec<_> = tl.iter().filter(|e| e.kind == "event").collect();
    events.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then(a.date.cmp(&b.date)));
    events.truncate(o.max_events);
    events.sort_by(|a, b| a.date.cmp(&b.date));
    if !events.is_empty() {
        let _ = writeln!(r, "## What happened when\n");
        for e in &events {
            let many = if e.sources.len() > 1 {
                format!(" (reported by {} articles)", e.sources.len())
            } else {
                String::new()
            };
            let _ = writeln!(r, "- **{}** — {}{many} {}", e.date, md(&short(&e.text, 240)), cites(&e.sources));
        }
        let _ = writeln!(r);
    }

    // Key figures and how they moved.
    let ser: Vec<_> = series(f, 2).into_iter().filter(|s| s.sources >= 2).take(o.max_series).collect();
    if !ser.is_empty() {
        let _ = writeln!(r, "## Key figures\n");
        for s in &ser {
            let _ = writeln!(r, "### {}\n", md(&s.label));
            for p in &s.points {
                let step = match p.step {
                    "first" => "",
                    "same" => " (unchanged)",
                    "change" => " (changed)",
                    "figure_disagreement" => " (**sources disagree** for this date)",
                    _ => " (inconsistent within one source)",
                };
                let q = p.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default();
                let _ = writeln!(
                    r,
                    "- {}: {q}{}{step} — “{}” {}",
                    p.date,
                    number(p.value, s.unit.as_deref()),
                    md(&p.source.text),
                    cites(std::slice::from_ref(&p.source))
                );
            }
            let _ = writeln!(r);
        }
    }

    // Who said what, by speaker; statements reported by several outlets first.
    let sts = statements(f);
    let mut by_speaker: BTreeMap<&str, Vec<&crate::StatementView>> = BTreeMap::new();
    for s in &sts {
        if let Some(sp) = s.speaker.as_deref() {
            by_speaker.entry(sp).or_default().push(s);
        }
    }
    let mut speakers: Vec<(&str, Vec<&crate::StatementView>)> = by_speaker.into_iter().collect();
    speakers.sort_by(|a, b| {
        let n = |v: &Vec<&crate::StatementView>| v.iter().map(|s| s.sources.len()).sum::<usize>() + v.len();
        n(&b.1).cmp(&n(&a.1)).then(a.0.cmp(b.0))
    });
    if !speakers.is_empty() {
        let _ = writeln!(r, "## Who said what\n");
        for (sp, mut list) in speakers.into_iter().take(o.max_speakers) {
            let _ = writeln!(r, "### {}\n", md(sp));
            list.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then(a.first_seen.cmp(&b.first_seen)));
            for s in list.into_iter().take(o.max_quotes_per_speaker) {
                let mut arts: Vec<&str> = s.sources.iter().map(|x| x.article.as_str()).collect();
                arts.sort_unstable();
                arts.dedup();
                let many = if arts.len() > 1 {
                    format!(" (one statement in {} articles, {} wordings)", arts.len(), s.wordings.len())
                } else {
                    String::new()
                };
                let w = s.wordings.first().map(String::as_str).unwrap_or("");
                let _ = writeln!(r, "- “{}”{many} {}", md(&short(w, 280)), cites(&s.sources));
            }
            let _ = writeln!(r);
        }
    }

    // Where sources disagree.
    let cs = conflicts(f, false);
    if !cs.is_empty() {
        let _ = writeln!(r, "## Where sources disagree\n");
        for c in cs.iter().take(o.max_conflicts) {
            let who = |s: &crate::Side| {
                s.speaker_name.clone().or_else(|| s.source.outlet.clone()).unwrap_or_else(|| "a source".into())
            };
            let kind = if c.kind == "contradiction" { "Contradiction" } else { "Figures disagree" };
            let _ = writeln!(
                r,
                "- **{kind}** ({}): {}: “{}” {} — versus — {}: “{}” {}",
                md(&c.about),
                md(&who(&c.a)),
                md(&short(&c.a.source.text, 200)),
                cites(std::slice::from_ref(&c.a.source)),
                md(&who(&c.b)),
                md(&short(&c.b.source.text, 200)),
                cites(std::slice::from_ref(&c.b.source)),
            );
        }
        let _ = writeln!(r);
    }

    let _ = writeln!(r, "## Sources\n");
    for a in &f.articles {
        let src = Source {
            article: a.id.clone(),
            title: a.title.clone(),
            outlet: a.outlet.clone(),
            published: a.published.clone(),
            start: 0,
            end: 0,
            text: String::new(),
        };
        let _ = writeln!(r, "- {} {}", md(&short(a.title.as_deref().unwrap_or("untitled"), 160)), cites(&[src]));
    }
    r
}
