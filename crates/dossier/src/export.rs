//! `dossier export`: the export contract (`shared/contract/export.md`), version 1.
//!
//! JSON is written as a stream (one article at a time) so the export of a large database does
//! not hold every text in memory twice.

use crate::ExportFormat;
use dossier_store::{QuoteRecord, Store};
use serde::Serialize;
use serde_json::{Value, json};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// The contract's version; bump only when a field is renamed or dropped.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "json")]
    format: ExportFormat,
    /// For csv: which table (articles, entities, quotes, figures, times).
    #[arg(long, default_value = "articles")]
    table: String,
}

/// An entity as the contract has it: one real-world referent across articles, merged by the
/// link stage, with every spelling seen.
#[derive(Debug, Serialize)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub mentions: i64,
    pub articles: Vec<String>,
    /// Roles with the publication date of the article that gave them (added in version 1).
    pub role_dates: Vec<(String, Option<String>)>,
    /// Why the spellings were merged.
    pub why: Vec<String>,
}

/// Every merged entity with the articles it is mentioned in.
pub fn merged_entities(store: &Store) -> anyhow::Result<Vec<EntityOut>> {
    let mut articles = store.entity_articles()?;
    let mut out = Vec::new();
    let mut offset = 0;
    loop {
        let page = store.entities_page(None, None, 5000, offset)?;
        if page.items.is_empty() {
            break;
        }
        offset += page.items.len();
        for e in page.items {
            let mut roles: Vec<String> = Vec::new();
            for (r, _) in &e.roles {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
            out.push(EntityOut {
                articles: articles.remove(&e.id).unwrap_or_default(),
                aliases: e.aliases.into_iter().map(|a| a.0).collect(),
                id: e.id,
                name: e.name,
                kind: e.kind,
                roles,
                mentions: e.mentions,
                role_dates: e.roles,
                why: e.why,
            });
        }
    }
    Ok(out)
}

fn quote_out(q: &QuoteRecord) -> Value {
    json!({
        "id": q.id, "article": q.article, "text": q.text, "direct": q.direct,
        "speaker": q.speaker, "speaker_name": q.speaker_name,
        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
        "cue": q.cue, "start": q.start, "end": q.end,
    })
}

/// Stories with their member articles, as the contract has them.
fn stories_out(store: &Store) -> anyhow::Result<Vec<Value>> {
    let mut out = Vec::new();
    for s in store.stories_page(1, usize::MAX >> 1, 0)?.items {
        let articles: Vec<String> = store.story_articles(&s.id)?.into_iter().map(|(a, _)| a.id).collect();
        out.push(json!({
            "id": s.id, "title": s.title, "articles": articles, "first": s.first, "last": s.last,
            "outlets": s.outlets, "terms": s.terms, "entities": s.entities,
        }));
    }
    Ok(out)
}

fn conflicts_out(store: &Store) -> anyhow::Result<Vec<dossier_views::ConflictView>> {
    let facts = store.scope_facts(&dossier_store::Scope::All)?;
    Ok(dossier_views::conflicts(&facts, false))
}

pub fn run(db: &Path, a: Args) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        anyhow::bail!("no database at {} (run `dossier ingest PATH` first, or pass --db)", db.display());
    }
    let store = Store::open_readonly(db)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match a.format {
        ExportFormat::Json => write_json(&store, &mut out)?,
        ExportFormat::Jsonl => write_jsonl(&store, &mut out)?,
        ExportFormat::Csv => write_csv(&store, &a.table, &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn article_out(a: &dossier_store::ArticleRecord) -> Value {
    json!({
        "id": a.id, "source": a.source, "url": a.url, "outlet": a.outlet, "title": a.title,
        "published": a.published, "language": a.language, "author": a.author, "text": a.text,
        "removed": a.removed, "removed_reasons": a.removed_reasons,
        "duplicate_of": a.duplicate_of, "similarity": a.similarity, "story": a.story,
    })
}

/// Writes a JSON array of `items` under `key`, one element at a time.
fn array<W: Write, T>(out: &mut W, key: &str, items: &[T], f: impl Fn(&T) -> Value, first: bool) -> anyhow::Result<()> {
    write!(out, "{}\n  \"{key}\": [", if first { "" } else { "," })?;
    for (i, it) in items.iter().enumerate() {
        write!(out, "{}\n    ", if i == 0 { "" } else { "," })?;
        serde_json::to_writer(&mut *out, &f(it))?;
    }
    write!(out, "{}]", if items.is_empty() { "" } else { "\n  " })?;
    Ok(())
}

fn write_json<W: Write>(store: &Store, out: &mut W) -> anyhow::Result<()> {
    write!(out, "{{\n  \"dossier_export\": {EXPORT_VERSION},")?;
    let articles = store.all_articles()?;
    array(out, "articles", &articles, article_out, true)?;
    drop(articles);
    array(out, "entities", &merged_entities(store)?, |e| json!(e), false)?;
    array(out, "quotes", &store.quotes(None)?, quote_out, false)?;
    array(out, "figures", &store.figures(None)?, |f| json!(f), false)?;
    array(out, "times", &store.times(None)?, |t| json!(t), false)?;
    array(out, "stories", &stories_out(store)?, |v| v.clone(), false)?;
    array(out, "conflicts", &conflicts_out(store)?, |c| json!(c), false)?;
    writeln!(out, "\n}}")?;
    Ok(())
}

fn write_jsonl<W: Write>(store: &Store, out: &mut W) -> anyhow::Result<()> {
    let mut line = |kind: &str, mut v: Value| -> anyhow::Result<()> {
        if let Value::Object(m) = &mut v {
            m.insert("type".into(), json!(kind));
        }
        serde_json::to_writer(&mut *out, &v)?;
        out.write_all(b"\n")?;
        Ok(())
    };
    for a in store.all_articles()? {
        line("article", article_out(&a))?;
    }
    for e in merged_entities(store)? {
        line("entity", json!(e))?;
    }
    for q in store.quotes(None)? {
        line("quote", quote_out(&q))?;
    }
    for f in store.figures(None)? {
        line("figure", json!(f))?;
    }
    for t in store.times(None)? {
        line("time", json!(t))?;
    }
    for s in stories_out(store)? {
        line("story", s)?;
    }
    for c in conflicts_out(store)? {
        line("conflict", json!(c))?;
    }
    Ok(())
}

fn write_csv<W: Write>(store: &Store, table: &str, out: &mut W) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    match table {
        "articles" => {
            w.write_record([
                "id",
                "source",
                "url",
                "outlet",
                "title",
                "published",
                "language",
                "author",
                "duplicate_of",
                "similarity",
                "story",
                "removed",
                "text",
            ])?;
            for a in store.all_articles()? {
                w.write_record([
                    a.id,
                    a.source,
                    a.url.unwrap_or_default(),
                    a.outlet.unwrap_or_default(),
                    a.title.unwrap_or_default(),
                    a.published.unwrap_or_default(),
                    a.language.unwrap_or_default(),
                    a.author.unwrap_or_default(),
                    a.duplicate_of.unwrap_or_default(),
                    a.similarity.map(|s| s.to_string()).unwrap_or_default(),
                    a.story.unwrap_or_default(),
                    a.removed.join("\n"),
                    a.text,
                ])?;
            }
        }
        "entities" => {
            w.write_record(["id", "name", "kind", "aliases", "roles", "mentions", "articles"])?;
            for e in merged_entities(store)? {
                w.write_record([
                    e.id,
                    e.name,
                    e.kind,
                    e.aliases.join("; "),
                    e.roles.join("; "),
                    e.mentions.to_string(),
                    e.articles.join(" "),
                ])?;
            }
        }
        "quotes" => {
            w.write_record(["id", "article", "speaker", "speaker_name", "cue", "direct", "start", "end", "text"])?;
            for q in store.quotes(None)? {
                w.write_record([
                    q.id,
                    q.article,
                    q.speaker.unwrap_or_default(),
                    q.speaker_name.unwrap_or_default(),
                    q.cue.unwrap_or_default(),
                    q.direct.to_string(),
                    q.start.to_string(),
                    q.end.to_string(),
                    q.text,
                ])?;
            }
        }
        "figures" => {
            w.write_record(["id", "article", "value", "unit", "counts", "qualifier", "date", "start", "end", "text"])?;
            for f in store.figures(None)? {
                w.write_record([
                    f.id,
                    f.article,
                    f.value.to_string(),
                    f.unit.unwrap_or_default(),
                    f.counts.unwrap_or_default(),
                    f.qualifier.unwrap_or_default(),
                    f.date.unwrap_or_default(),
                    f.start.to_string(),
                    f.end.to_string(),
                    f.text,
                ])?;
            }
        }
        "times" => {
            w.write_record(["id", "article", "type", "value", "start", "end", "text"])?;
            for t in store.times(None)? {
                w.write_record([
                    t.id,
                    t.article,
                    t.kind,
                    t.value.unwrap_or_default(),
                    t.start.to_string(),
                    t.end.to_string(),
                    t.text,
                ])?;
            }
        }
        other => anyhow::bail!("unknown --table {other:?}: use articles, entities, quotes, figures or times"),
    }
    w.flush()?;
    Ok(())
}
