//! The cross-article commands: `link`, `stories`, `timeline`, `conflicts`, `report`, and the
//! series view of `figures`. They read what the link stage stored (entities, stories) and compute
//! the views of `dossier-views` over a scope of articles.

use crate::term::{self, clip};
use anyhow::{Context, bail};
use dossier_store::{Scope, Store};
use std::path::Path;
use std::process::ExitCode;

fn open(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        bail!("no database at {} (run `dossier ingest PATH` first, or pass --db)", db.display());
    }
    Store::open_readonly(db).with_context(|| format!("opening {}", db.display()))
}

/// The entity a reader means by `name`: an id or a spelling seen (case aside), else a spelling
/// equal up to the transliteration rules ("Al Aaraji" → Qasim al-Araji) or a short form of
/// exactly one person's name; the most mentioned wins.
pub fn find_entity(store: &Store, name: &str) -> anyhow::Result<Option<dossier_store::EntityRow>> {
    if let Some(e) = store.find_entity(name)? {
        return Ok(Some(e));
    }
    match best_alias_match(name, &store.all_aliases()?) {
        Some(id) => Ok(store.entity(&id)?),
        None => Ok(None),
    }
}

/// The id [`find_entity`] picks among `aliases` (entity id, spelling, mentions) when no
/// spelling equals `name`: a transliteration or a short form; the most mentioned wins.
pub fn best_alias_match(name: &str, aliases: &[(String, String, i64)]) -> Option<String> {
    use dossier_link::names::{NameMatch, PersonName, match_persons};
    let want = PersonName::parse(name);
    let org = dossier_link::alias::org_key(name);
    let mut best: Option<(i64, &String)> = None;
    for (id, alias, mentions) in aliases {
        let hit = dossier_link::alias::org_key(alias) == org
            || (!want.elements.is_empty()
                && matches!(match_persons(&want, &PersonName::parse(alias)), NameMatch::Same | NameMatch::Short));
        if hit && best.is_none_or(|b| *mentions > b.0) {
            best = Some((*mentions, id));
        }
    }
    best.map(|(_, id)| id.clone())
}

#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    /// Forget every link result and relink the whole corpus from scratch.
    #[arg(long)]
    rebuild: bool,
    #[arg(long)]
    json: bool,
}

pub fn link(db: &Path, a: LinkArgs) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        bail!("no database at {} (run `dossier ingest PATH` first, or pass --db)", db.display());
    }
    let mut store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    if a.rebuild {
        store.reset_links()?;
    }
    let started = std::time::Instant::now();
    let s = dossier_pipeline::link(&mut store, &mut |_| {})?;
    if a.json {
        term::print_json(&s)?;
    } else {
        eprintln!(
            "{} articles linked: {} entities and {} stories created or changed — {:.1}s",
            s.articles,
            s.entities,
            s.stories,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, clap::Args)]
pub struct StoriesArgs {
    /// Only stories with at least this many articles.
    #[arg(long, default_value_t = 1)]
    min_articles: i64,
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long)]
    json: bool,
}

pub fn stories(db: &Path, a: StoriesArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let page = store.stories_page(a.min_articles, a.limit, a.offset)?;
    term::emit(a.json, &page.items, &["STORY", "ARTICLES", "FIRST", "LAST", "OUTLETS", "TITLE"], |s| {
        vec![
            s.id.clone(),
            s.articles.to_string(),
            s.first.clone().unwrap_or_default(),
            s.last.clone().unwrap_or_default(),
            clip(&s.outlets.iter().map(|o| o.0.as_str()).collect::<Vec<_>>().join(", "), 30),
            clip(&s.title, 60),
        ]
    })
}

/// Which articles a view covers, from the common flags.
#[derive(Debug, clap::Args)]
pub struct ScopeArgs {
    /// A story id (or unique prefix), as `dossier stories` lists them.
    #[arg(long, conflicts_with_all = ["entity", "query"])]
    story: Option<String>,
    /// An entity: any spelling of its name, or its id.
    #[arg(long, conflicts_with = "query")]
    entity: Option<String>,
    /// A full-text query: the articles matching it.
    #[arg(long)]
    query: Option<String>,
}

/// The scope, a title for it, and the names to filter entries by (for an entity).
fn scope(store: &Store, a: &ScopeArgs) -> anyhow::Result<(Scope, String, Option<Vec<String>>)> {
    if let Some(s) = &a.story {
        let st = store.story(s)?.with_context(|| format!("no story matches {s:?} (see `dossier stories`)"))?;
        return Ok((Scope::Story(st.id.clone()), st.title, None));
    }
    if let Some(n) = &a.entity {
        let e =
            find_entity(store, n)?.with_context(|| format!("no entity is called {n:?} (see `dossier entities`)"))?;
        let mut names: Vec<String> = e.aliases.iter().map(|a| a.0.clone()).collect();
        names.push(e.name.clone());
        return Ok((Scope::Entity(e.id.clone()), e.name, Some(names)));
    }
    if let Some(q) = &a.query {
        return Ok((Scope::Query(q.clone()), format!("Articles matching “{q}”"), None));
    }
    Ok((Scope::All, "All articles".into(), None))
}

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    scope: ScopeArgs,
    /// Only events (dated sentences), no statements.
    #[arg(long)]
    events: bool,
    #[arg(long, default_value_t = 200)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

pub fn timeline(db: &Path, a: TimelineArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let (sc, _, names) = scope(&store, &a.scope)?;
    let facts = store.scope_facts(&sc)?;
    let mut tl = dossier_views::timeline(&facts, names.as_deref());
    if a.events {
        tl.retain(|e| e.kind == "event");
    }
    tl.truncate(a.limit);
    term::emit(a.json, &tl, &["DATE", "KIND", "SOURCES", "WHO", "TEXT"], |e| {
        let outlets: Vec<String> = e
            .sources
            .iter()
            .map(|s| s.outlet.clone().unwrap_or_else(|| s.article.chars().take(10).collect()))
            .collect();
        vec![
            e.date.clone(),
            e.kind.to_string(),
            clip(&outlets.join(", "), 30),
            clip(e.speaker.as_deref().unwrap_or(""), 22),
            clip(&e.text, 80),
        ]
    })
}

#[derive(Debug, clap::Args)]
pub struct ConflictsArgs {
    #[command(flatten)]
    scope: ScopeArgs,
    /// Also list opposite statements far apart in time (the facts may have changed).
    #[arg(long)]
    changes: bool,
    #[arg(long)]
    json: bool,
}

pub fn conflicts(db: &Path, a: ConflictsArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let (sc, _, _) = scope(&store, &a.scope)?;
    let cs = dossier_views::conflicts(&store.scope_facts(&sc)?, a.changes);
    term::emit(a.json, &cs, &["KIND", "ABOUT", "A", "B"], |c| {
        let side = |s: &dossier_views::Side| {
            format!(
                "{} ({}, {}): {}",
                s.speaker_name.as_deref().unwrap_or("?"),
                s.source.outlet.as_deref().unwrap_or("?"),
                s.date.as_deref().unwrap_or("?"),
                s.source.text
            )
        };
        vec![c.kind.to_string(), clip(&c.about, 30), clip(&side(&c.a), 60), clip(&side(&c.b), 60)]
    })
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// A story id or unique prefix; without it, the report covers every article.
    #[arg(value_name = "STORY")]
    story_id: Option<String>,
    #[command(flatten)]
    scope: ScopeArgs,
}

pub fn report(db: &Path, mut a: ReportArgs) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    if a.story_id.is_some() {
        a.scope.story = a.story_id.take();
    }
    let (sc, title, _) = scope(&store, &a.scope)?;
    let facts = store.scope_facts(&sc)?;
    let opts = dossier_views::ReportOptions { title, ..Default::default() };
    let md = dossier_views::report(&facts, &opts);
    use std::io::Write;
    std::io::stdout().lock().write_all(md.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `dossier figures --series`.
pub fn series(db: &Path, scope_args: &ScopeArgs, counts: Option<&str>, json: bool) -> anyhow::Result<ExitCode> {
    let store = open(db)?;
    let (sc, _, _) = scope(&store, scope_args)?;
    let needle = counts.map(str::to_lowercase);
    let mut all = dossier_views::series(&store.scope_facts(&sc)?, 2);
    all.retain(|s| needle.as_deref().is_none_or(|n| s.label.to_lowercase().contains(n) || s.key.contains(n)));
    if json {
        term::print_json(&all)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    use std::io::Write;
    for s in &all {
        writeln!(out, "{} ({} points, {} sources)", term::safe(&s.label, false), s.points.len(), s.sources)?;
        let rows: Vec<Vec<String>> = s
            .points
            .iter()
            .map(|p| {
                vec![
                    p.date.clone(),
                    p.qualifier.clone().unwrap_or_default(),
                    crate::query::format_value(p.value),
                    p.step.to_string(),
                    clip(p.source.outlet.as_deref().unwrap_or(&p.source.article), 20),
                    clip(&p.source.text, 50),
                ]
            })
            .collect();
        term::table(&mut out, &["DATE", "QUALIFIER", "VALUE", "STEP", "SOURCE", "TEXT"], &rows)?;
        writeln!(out)?;
    }
    Ok(ExitCode::SUCCESS)
}
