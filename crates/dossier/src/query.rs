//! The read-only listing commands: articles, show, search, stats, quotes, entities, figures,
//! times. Each prints a table on a terminal or when piped, and JSON with `--json`.

use crate::term::{self, Style, clip, safe};
use anyhow::{Context, bail};
use chrono::NaiveDate;
use dossier_store::{ArticleFilter, Store};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn open(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        bail!("no database at {} (run `dossier ingest PATH` first, or pass --db)", db.display());
    }
    Store::open_readonly(db).with_context(|| format!("opening {}", db.display()))
}

fn resolve(store: &Store, reference: &str) -> anyhow::Result<String> {
    store.resolve_article(reference)?.with_context(|| {
        format!("no article matches {reference:?} (give an id, a unique id prefix or the source path)")
    })
}

#[derive(Debug, clap::Args)]
pub struct ArticlesArgs {
    /// Only this outlet (case-insensitive).
    #[arg(long)]
    outlet: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    since: Option<NaiveDate>,
    /// Published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    until: Option<NaiveDate>,
    /// Only this language (ISO 639-1, e.g. en).
    #[arg(long)]
    language: Option<String>,
    /// Include articles recognised as duplicates of an earlier one.
    #[arg(long)]
    duplicates: bool,
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long)]
    json: bool,
}

pub fn articles(db: &Path, a: ArticlesArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let rows = store.articles(&ArticleFilter {
        outlet: a.outlet,
        since: a.since,
        until: a.until,
        language: a.language,
        story: None,
        include_duplicates: a.duplicates,
        limit: Some(a.limit),
        offset: a.offset,
    })?;
    term::emit(a.json, &rows, &["ID", "PUBLISHED", "OUTLET", "LANG", "", "TITLE"], |r| {
        vec![
            r.id.clone(),
            r.published.clone().unwrap_or_default(),
            clip(r.outlet.as_deref().unwrap_or("-"), 20),
            r.language.clone().unwrap_or_default(),
            match &r.duplicate_of {
                Some(d) => format!("dup of {}", &d[..d.len().min(10)]),
                None => String::new(),
            },
            clip(r.title.as_deref().unwrap_or("(untitled)"), 70),
        ]
    })
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// Article id, unique id prefix, or source path.
    article: String,
    /// Mark entities, quotes, figures and times in the text (colour on a terminal).
    #[arg(long)]
    annotate: bool,
    #[arg(long)]
    json: bool,
}

pub fn show(db: &Path, a: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let id = resolve(&store, &a.article)?;
    let facts = store.article_with_facts(&id)?.context("article vanished")?;
    let rec = &facts.article;
    if a.json {
        let mut v = serde_json::to_value(rec)?;
        if a.annotate {
            v["entities"] = serde_json::to_value(&facts.mentions)?;
            v["quotes"] = serde_json::to_value(&facts.quotes)?;
            v["figures"] = serde_json::to_value(&facts.figures)?;
            v["times"] = serde_json::to_value(&facts.times)?;
        }
        term::print_json(&v)?;
        return Ok(ExitCode::SUCCESS);
    }
    let st = Style::detect();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", st.bold(&safe(rec.title.as_deref().unwrap_or("(untitled)"), false)))?;
    let meta = [
        ("id", Some(rec.id.clone())),
        ("outlet", rec.outlet.clone()),
        ("published", rec.published.clone()),
        ("language", rec.language.clone()),
        ("author", rec.author.clone()),
        ("url", rec.url.clone()),
        ("source", Some(rec.source.clone())),
        (
            "duplicate of",
            rec.duplicate_of.as_ref().map(|d| format!("{d} (similarity {:.2})", rec.similarity.unwrap_or(0.0))),
        ),
    ];
    for (k, v) in meta {
        if let Some(v) = v {
            writeln!(out, "{}", st.dim(&format!("{k:>13}: {}", safe(&v, false))))?;
        }
    }
    writeln!(out)?;
    let body = if a.annotate { annotated(&facts, st) } else { safe(&rec.text, true) };
    writeln!(out, "{body}")?;
    if !rec.removed_reasons.is_empty() {
        writeln!(out, "\n{}", st.bold(&format!("Removed by the cleaner ({} lines):", rec.removed_reasons.len())))?;
        for r in &rec.removed_reasons {
            writeln!(out, "  {} {}", st.dim(&format!("[{}]", r.reason)), safe(&r.line, false))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The text with every stored fact marked: colours on a terminal, brackets otherwise
/// (`[name]{kind}` for entities, `«…»` for quotes, `⟨…⟩` for figures and times).
fn annotated(facts: &dossier_store::ArticleFacts, st: Style) -> String {
    let text = &facts.article.text;
    let chars: Vec<char> = text.chars().collect();
    // Opening and closing markers per code-point offset; closings are emitted before openings.
    let mut open: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut close: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut mark = |s: i64, e: i64, o: String, c: String| {
        let (s, e) = (s.max(0) as usize, e.max(0) as usize);
        if s < e && e <= chars.len() {
            open.entry(s).or_default().push(o);
            close.entry(e).or_default().insert(0, c);
        }
    };
    for q in &facts.quotes {
        let who = q.speaker_name.clone().unwrap_or_else(|| "?".into());
        if st.on {
            mark(q.start, q.end, "\x1b[4m".into(), format!("\x1b[24m\x1b[2m ({})\x1b[22m", safe(&who, false)));
        } else {
            mark(q.start, q.end, "«".into(), format!("»({})", safe(&who, false)));
        }
    }
    for m in &facts.mentions {
        let colour = match m.kind.as_str() {
            "person" => "36",
            "organization" => "35",
            "place" => "32",
            "group" => "33",
            _ => "37",
        };
        if st.on {
            mark(m.start, m.end, format!("\x1b[{colour}m"), "\x1b[39m".into());
        } else {
            mark(m.start, m.end, "[".into(), format!("]{{{}}}", m.kind));
        }
    }
    for f in &facts.figures {
        if st.on {
            mark(f.start, f.end, "\x1b[1m".into(), "\x1b[22m".into());
        } else {
            mark(f.start, f.end, "⟨".into(), "⟩".into());
        }
    }
    for t in &facts.times {
        let v = t.value.clone().unwrap_or_else(|| "?".into());
        if st.on {
            mark(t.start, t.end, "\x1b[34m".into(), format!("\x1b[39m\x1b[2m[{}]\x1b[22m", safe(&v, false)));
        } else {
            mark(t.start, t.end, "⟨".into(), format!("⟩[{}]", safe(&v, false)));
        }
    }
    let mut out = String::with_capacity(text.len() * 2);
    for (i, c) in chars.iter().enumerate() {
        if let Some(cs) = close.get(&i) {
            cs.iter().for_each(|s| out.push_str(s));
        }
        if let Some(os) = open.get(&i) {
            os.iter().for_each(|s| out.push_str(s));
        }
        out.push_str(&safe(&c.to_string(), true));
    }
    if let Some(cs) = close.get(&chars.len()) {
        cs.iter().for_each(|s| out.push_str(s));
    }
    out
}

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Words (all must match; if none has all, any), "quoted phrases" allowed.
    #[arg(required = true)]
    query: Vec<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

pub fn search(db: &Path, a: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let hits = store.search(&a.query.join(" "), a.limit)?;
    if a.json {
        #[derive(Serialize)]
        struct Hit<'a> {
            #[serde(flatten)]
            hit: &'a dossier_store::SearchHit,
            /// The snippet with the match markers removed, for scripts.
            snippet_text: String,
        }
        let v: Vec<Hit> =
            hits.iter().map(|h| Hit { hit: h, snippet_text: h.snippet.replace(['\u{2}', '\u{3}'], "") }).collect();
        term::print_json(&v)?;
        return Ok(ExitCode::SUCCESS);
    }
    let st = Style::detect();
    let mut out = std::io::stdout().lock();
    if hits.is_empty() {
        writeln!(out, "no matches")?;
        return Ok(ExitCode::from(1));
    }
    for h in &hits {
        writeln!(
            out,
            "{}  {}  {}  {}",
            st.bold(&h.id),
            h.published.as_deref().unwrap_or("----------"),
            clip(h.outlet.as_deref().unwrap_or("-"), 20),
            clip(h.title.as_deref().unwrap_or("(untitled)"), 70)
        )?;
        let snippet = safe(&h.snippet, false);
        let snippet = if st.on {
            snippet.replace("\\u{2}", "\x1b[1;33m").replace("\\u{3}", "\x1b[0m")
        } else {
            snippet.replace("\\u{2}", "[").replace("\\u{3}", "]")
        };
        writeln!(out, "    {snippet}")?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    #[arg(long)]
    json: bool,
}

pub fn stats(db: &Path, a: StatsArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let s = store.stats()?;
    if a.json {
        term::print_json(&s)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "database      {}", db.display())?;
    writeln!(out, "articles      {} ({} duplicates)", s.articles, s.duplicates)?;
    writeln!(
        out,
        "published     {} … {}",
        s.first_published.as_deref().unwrap_or("?"),
        s.last_published.as_deref().unwrap_or("?")
    )?;
    writeln!(out, "words         {}", s.words)?;
    writeln!(out, "removed lines {}", s.removed_lines)?;
    writeln!(out, "mentions      {}", s.mentions)?;
    writeln!(out, "quotes        {}", s.quotes)?;
    writeln!(out, "figures       {}", s.figures)?;
    writeln!(out, "times         {}", s.times)?;
    writeln!(out, "outlets       {}", s.outlets_total)?;
    for (o, n) in &s.outlets {
        writeln!(out, "  {n:>6}  {}", safe(o, false))?;
    }
    writeln!(out, "languages")?;
    for (l, n) in &s.languages {
        writeln!(out, "  {n:>6}  {l}")?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// Only quotes whose speaker's name contains this (case-insensitive), including quotes of
    /// the same person under another spelling once articles are linked ("al-Araji" also finds
    /// "Qassem Al Aaraji").
    #[arg(long)]
    speaker: Option<String>,
    /// Only quotes from this article.
    #[arg(long)]
    article: Option<String>,
    /// Only direct quotes (inside quotation marks).
    #[arg(long)]
    direct: bool,
    #[arg(long)]
    json: bool,
}

pub fn quotes(db: &Path, a: QuotesArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let article = a.article.as_deref().map(|r| resolve(&store, r)).transpose()?;
    let needle = a.speaker.as_deref().map(str::to_lowercase);
    // The linked entities the name stands for: every entity with a spelling containing it, and
    // the person it names under another spelling ("Qasim al-Araji" = "Qassem Al Aaraji").
    let mut speakers = std::collections::HashSet::new();
    if let (Some(n), Some(raw)) = (&needle, a.speaker.as_deref()) {
        let aliases = store.all_aliases()?;
        // (As `find_entity` picks, from the one alias list.)
        match store.find_entity(raw)? {
            Some(e) => speakers.insert(e.id),
            None => crate::story::best_alias_match(raw, &aliases).is_some_and(|id| speakers.insert(id)),
        };
        speakers.extend(
            aliases.into_iter().filter(|(_, alias, _)| alias.to_lowercase().contains(n.as_str())).map(|(id, _, _)| id),
        );
    }
    let rows: Vec<_> = store
        .quotes(article.as_deref())?
        .into_iter()
        .filter(|q| !a.direct || q.direct)
        .filter(|q| match &needle {
            Some(n) => {
                q.speaker_name.as_deref().is_some_and(|s| s.to_lowercase().contains(n.as_str()))
                    || q.speaker.as_ref().is_some_and(|id| speakers.contains(id))
            }
            None => true,
        })
        .collect();
    term::emit(a.json, &rows, &["SPEAKER", "CUE", "KIND", "ARTICLE", "TEXT"], |q| {
        vec![
            clip(q.speaker_name.as_deref().unwrap_or("(unattributed)"), 28),
            q.cue.clone().unwrap_or_default(),
            if q.direct { "direct".into() } else { "reported".into() },
            clip(&q.article, 12),
            clip(&q.text, 90),
        ]
    })
}

#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// person, organization, place, group or other.
    #[arg(long)]
    kind: Option<String>,
    /// Only entities with a spelling containing this (case-insensitive).
    #[arg(long)]
    name: Option<String>,
    /// Explain one entity: every spelling merged into it, its roles over time, and why each
    /// merge was made.
    #[arg(long, value_name = "NAME")]
    why: Option<String>,
    #[arg(long, default_value_t = 100)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long)]
    json: bool,
}

pub fn entities(db: &Path, a: EntitiesArgs) -> anyhow::Result<ExitCode> {
    if let Some(k) = &a.kind
        && dossier_core::EntityKind::parse(k).is_none()
    {
        bail!("unknown --kind {k:?}: use person, organization, place, group or other");
    }
    let store = open(db)?;
    if let Some(n) = &a.why {
        let e = crate::story::find_entity(&store, n)?.with_context(|| format!("no entity is called {n:?}"))?;
        if a.json {
            term::print_json(&e)?;
            return Ok(ExitCode::SUCCESS);
        }
        let mut out = std::io::stdout().lock();
        let st = Style::detect();
        writeln!(
            out,
            "{} ({}, {}) — {} mentions in {} articles",
            st.bold(&safe(&e.name, false)),
            e.kind,
            e.id,
            e.mentions,
            e.articles
        )?;
        writeln!(out, "\nspellings:")?;
        for (s, n) in &e.aliases {
            writeln!(out, "  {} ×{n}", safe(s, false))?;
        }
        if !e.roles.is_empty() {
            writeln!(out, "\nroles:")?;
            for (r, d) in &e.roles {
                writeln!(out, "  {}  {}", d.as_deref().unwrap_or("undated"), safe(r, false))?;
            }
        }
        writeln!(out, "\nwhy merged:")?;
        if e.why.is_empty() {
            writeln!(out, "  (one full name only: its short forms were resolved within their article)")?;
        }
        for w in &e.why {
            writeln!(out, "  - {}", safe(w, false))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let page = store.entities_page(a.kind.as_deref(), a.name.as_deref(), a.limit, a.offset)?;
    term::emit(a.json, &page.items, &["NAME", "KIND", "MENTIONS", "ARTICLES", "ALIASES", "ROLES"], |r| {
        let aliases: Vec<&str> = r.aliases.iter().map(|a| a.0.as_str()).filter(|a| *a != r.name).collect();
        let mut roles: Vec<&str> = Vec::new();
        for (x, _) in &r.roles {
            if !roles.contains(&x.as_str()) {
                roles.push(x);
            }
        }
        vec![
            clip(&r.name, 32),
            r.kind.clone(),
            r.mentions.to_string(),
            r.articles.to_string(),
            clip(&aliases.join("; "), 40),
            clip(&roles.join("; "), 50),
        ]
    })
}

#[derive(Debug, clap::Args)]
pub struct FiguresArgs {
    /// Only figures whose counted thing contains this (case-insensitive), e.g. troops.
    #[arg(long)]
    counts: Option<String>,
    /// Only figures from this article.
    #[arg(long, conflicts_with = "series")]
    article: Option<String>,
    /// Figure series: the figures for each counted thing across articles, ordered by the date
    /// they hold for, each step a change over time or a disagreement between sources.
    #[arg(long)]
    series: bool,
    #[command(flatten)]
    scope: crate::story::ScopeArgs,
    #[arg(long)]
    json: bool,
}

pub fn figures(db: &Path, a: FiguresArgs) -> anyhow::Result<ExitCode> {
    if a.series {
        return crate::story::series(db, &a.scope, a.counts.as_deref(), a.json);
    }
    let store = open(db)?;
    let article = a.article.as_deref().map(|r| resolve(&store, r)).transpose()?;
    let needle = a.counts.as_deref().map(str::to_lowercase);
    let mut rows: Vec<_> = store
        .figures(article.as_deref())?
        .into_iter()
        .filter(|f| match &needle {
            Some(n) => f.counts.as_deref().is_some_and(|c| c.to_lowercase().contains(n.as_str())),
            None => true,
        })
        .collect();
    rows.sort_by(|x, y| x.date.cmp(&y.date).then_with(|| x.article.cmp(&y.article)).then(x.start.cmp(&y.start)));
    term::emit(a.json, &rows, &["DATE", "QUALIFIER", "VALUE", "UNIT", "COUNTS", "ARTICLE", "TEXT"], |f| {
        vec![
            f.date.clone().unwrap_or_default(),
            f.qualifier.clone().unwrap_or_default(),
            format_value(f.value),
            f.unit.clone().unwrap_or_default(),
            clip(f.counts.as_deref().unwrap_or("-"), 40),
            clip(&f.article, 12),
            clip(&f.text, 50),
        ]
    })
}

/// 2500 → "2,500"; 3.5 → "3.5".
pub fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else {
        format!("{v}")
    }
}

#[derive(Debug, clap::Args)]
pub struct TimesArgs {
    /// Article id, unique id prefix, or source path.
    article: String,
    #[arg(long)]
    json: bool,
}

pub fn times(db: &Path, a: TimesArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let id = resolve(&store, &a.article)?;
    let rows = store.times(Some(&id))?;
    term::emit(a.json, &rows, &["AT", "TYPE", "VALUE", "TEXT"], |t| {
        vec![t.start.to_string(), t.kind.clone(), t.value.clone().unwrap_or_else(|| "?".into()), clip(&t.text, 60)]
    })
}

#[cfg(test)]
mod tests {
    use super::format_value;

    #[test]
    fn values_read_like_news() {
        assert_eq!(format_value(2500.0), "2,500");
        assert_eq!(format_value(347_000_000.0), "347,000,000");
        assert_eq!(format_value(3.5), "3.5");
        assert_eq!(format_value(80.0), "80");
    }
}
