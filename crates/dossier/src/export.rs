//! `dossier export`: the export contract (`shared/contract/export.md`), version 1.
//!
//! JSON is written as a stream (one article at a time) so the export of a large database does
//! not hold every text in memory twice.

use crate::ExportFormat;
use dossier_core::stable_id;
use dossier_store::{MentionRecord, QuoteRecord, Store};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
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

/// An entity as the contract has it. Until cross-article linking exists, one entity is one
/// referent within one article (its mentions grouped by their fullest name).
#[derive(Debug, Serialize)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub mentions: usize,
    pub articles: Vec<String>,
}

/// How far a grouping of mentions reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One entity per fullest name within one article (the export, until cross-article linking).
    Article,
    /// One row per fullest name across the corpus (`dossier entities`).
    Corpus,
}

/// Groups mentions by kind and fullest name (and article, for [`Scope::Article`]), collecting
/// spellings, roles, counts and articles.
pub fn group_mentions<'a>(mentions: impl IntoIterator<Item = &'a MentionRecord>, scope: Scope) -> Vec<EntityOut> {
    let mut by_key: BTreeMap<(String, String, String), EntityOut> = BTreeMap::new();
    for m in mentions {
        let article = if scope == Scope::Article { m.article.as_str() } else { "" };
        let key = (article.to_string(), m.kind.clone(), m.name.clone());
        let e = by_key.entry(key).or_insert_with(|| EntityOut {
            id: stable_id("e", &[article, &m.kind, &m.name]),
            name: m.name.clone(),
            kind: m.kind.clone(),
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: 0,
            articles: Vec::new(),
        });
        e.mentions += 1;
        if !e.articles.contains(&m.article) {
            e.articles.push(m.article.clone());
        }
        if m.text != m.name && !e.aliases.contains(&m.text) {
            e.aliases.push(m.text.clone());
        }
        if let Some(r) = &m.role
            && !e.roles.contains(r)
        {
            e.roles.push(r.clone());
        }
    }
    by_key.into_values().collect()
}

/// Per-article entities, and (article, name) → entity id to link quote speakers.
pub fn entities_of(mentions: &[MentionRecord]) -> (Vec<EntityOut>, BTreeMap<(String, String), String>) {
    let entities = group_mentions(mentions, Scope::Article);
    let mut link = BTreeMap::new();
    for e in &entities {
        let key = (e.articles[0].clone(), e.name.clone());
        // A speaker is a person first; an organisation ("a UN report said") otherwise.
        if e.kind == "person" || !link.contains_key(&key) {
            link.insert(key, e.id.clone());
        }
    }
    (entities, link)
}

fn quote_out(q: &QuoteRecord, link: &BTreeMap<(String, String), String>) -> Value {
    let speaker = q.speaker_name.as_ref().and_then(|n| link.get(&(q.article.clone(), n.clone())));
    json!({
        "id": q.id, "article": q.article, "text": q.text, "direct": q.direct,
        "speaker": speaker, "speaker_name": q.speaker_name,
        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
        "cue": q.cue, "start": q.start, "end": q.end,
    })
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
    let mentions = store.mentions(None)?;
    let (entities, link) = entities_of(&mentions);
    drop(mentions);
    array(out, "entities", &entities, |e| json!(e), false)?;
    array(out, "quotes", &store.quotes(None)?, |q| quote_out(q, &link), false)?;
    array(out, "figures", &store.figures(None)?, |f| json!(f), false)?;
    array(out, "times", &store.times(None)?, |t| json!(t), false)?;
    // Stories and conflicts come from the linking stage, which has not run on this database.
    array::<_, Value>(out, "stories", &[], |v| v.clone(), false)?;
    array::<_, Value>(out, "conflicts", &[], |v| v.clone(), false)?;
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
    let (entities, link) = entities_of(&store.mentions(None)?);
    for e in &entities {
        line("entity", json!(e))?;
    }
    for q in store.quotes(None)? {
        line("quote", quote_out(&q, &link))?;
    }
    for f in store.figures(None)? {
        line("figure", json!(f))?;
    }
    for t in store.times(None)? {
        line("time", json!(t))?;
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
            for e in entities_of(&store.mentions(None)?).0 {
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
            w.write_record(["id", "article", "speaker_name", "cue", "direct", "start", "end", "text"])?;
            for q in store.quotes(None)? {
                w.write_record([
                    q.id,
                    q.article,
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
