//! Stories and the cross-article views (timeline, figure series, who said what, disagreements),
//! as JSON under `/api` and as the story and overview pages.
//!
//! A view depends on every article of its scope, so it is computed once per scope and database
//! generation and shared by the API and the pages ([`ViewCache`]); the corpus-wide scope is the
//! expensive one and is the one every story page borrows its figure series from.

use crate::api::{ApiError, Params, bad};
use crate::pages::{PageError, enc, entity_href, fact_href, layout, title_or_id};
use crate::render::{number, series_chart};
use crate::{Generation, Shared};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dossier_store::{ArticleRow, Scope, ScopeArticle, Store, StoryRow};
use dossier_views::{ConflictView, SeriesView, Source, StatementView, TimelineEntry};
use maud::{Markup, html};
use serde::Serialize;
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

type Q = Result<Query<HashMap<String, String>>, QueryRejection>;

/// Every view of one scope, computed together since they share the loaded facts.
pub(crate) struct ScopeViews {
    /// Oldest first, without their text.
    pub articles: Vec<ScopeArticle>,
    pub timeline: Vec<TimelineEntry>,
    pub series: Vec<SeriesView>,
    pub statements: Vec<StatementView>,
    /// Contradictions, figure disagreements and changes over time.
    pub conflicts: Vec<ConflictView>,
    /// (article, start, end) of each quote → its id, so a cited quote links to its own anchor.
    quote_ids: HashMap<(String, i64, i64), String>,
}

impl ScopeViews {
    fn compute(store: &Store, scope: &Scope, names: Option<&[String]>) -> dossier_store::Result<ScopeViews> {
        let facts = store.scope_facts(scope)?;
        let quote_ids = facts.quotes.iter().map(|(q, _)| ((q.article.clone(), q.start, q.end), q.id.clone())).collect();
        let views = ScopeViews {
            timeline: dossier_views::timeline(&facts, names),
            series: dossier_views::series(&facts, 2),
            statements: dossier_views::statements(&facts),
            conflicts: dossier_views::conflicts(&facts, true),
            articles: facts.articles.into_iter().map(|a| ScopeArticle { text: String::new(), ..a }).collect(),
            quote_ids,
        };
        Ok(views)
    }

    /// Where a source links: its quote's anchor when it cites a whole quote, else the span itself.
    pub(crate) fn href(&self, s: &Source) -> String {
        match self.quote_ids.get(&(s.article.clone(), s.start, s.end)) {
            Some(id) => fact_href(&s.article, id),
            None => span_href(&s.article, s.start, s.end),
        }
    }
}

/// A link to any span of an article: the article page marks `?span=` and the fragment targets it.
pub(crate) fn span_href(article: &str, start: i64, end: i64) -> String {
    format!("/articles/{}?span={start}-{end}#{}", enc(article), span_anchor(start, end))
}

pub(crate) fn span_anchor(start: i64, end: i64) -> String {
    format!("s{start}-{end}")
}

/// Views by scope for the current generation. Bounded: a crawler walking every entity's
/// timeline must not grow it without end.
#[derive(Default)]
pub(crate) struct ViewCache {
    entries: Mutex<HashMap<String, (Generation, Arc<ScopeViews>)>>,
    computing: Mutex<()>,
}

const MAX_VIEWS: usize = 256;

impl ViewCache {
    pub(crate) fn get(
        &self,
        store: &Store,
        scope: &Scope,
        names: Option<&[String]>,
    ) -> dossier_store::Result<Arc<ScopeViews>> {
        let generation = store.generation()?;
        let key = format!("{scope:?}");
        let cached = || {
            self.entries.lock().ok().and_then(|c| c.get(&key).filter(|(g, _)| *g == generation).map(|e| e.1.clone()))
        };
        if let Some(v) = cached() {
            return Ok(v);
        }
        // The corpus-wide views are heavy (seconds on thousands of articles): concurrent
        // requests for them wait for one computation rather than repeat it. Smaller scopes
        // compute at once, so they never queue behind the corpus-wide one.
        let _one = (*scope == Scope::All).then(|| self.computing.lock());
        if let Some(v) = cached() {
            return Ok(v);
        }
        let v = Arc::new(ScopeViews::compute(store, scope, names)?);
        if let Ok(mut c) = self.entries.lock() {
            if c.len() >= MAX_VIEWS {
                c.retain(|_, (g, _)| *g == generation);
                if c.len() >= MAX_VIEWS {
                    c.clear();
                }
            }
            c.insert(key, (generation, Arc::clone(&v)));
        }
        Ok(v)
    }
}

/// A scope as asked for by `story`, `entity` (id or any spelling) or `q`, with a title and, for
/// an entity, the names its timeline keeps.
pub(crate) struct Resolved {
    pub scope: Scope,
    pub title: String,
    pub names: Option<Vec<String>>,
    pub story: Option<StoryRow>,
}

fn resolve(
    store: &Store,
    story: Option<&str>,
    entity: Option<&str>,
    q: Option<&str>,
) -> dossier_store::Result<Result<Resolved, ApiError>> {
    if [story.is_some(), entity.is_some(), q.is_some()].iter().filter(|x| **x).count() > 1 {
        return Ok(Err(bad("give at most one of `story`, `entity` and `q`")));
    }
    if let Some(s) = story {
        return Ok(match store.story(s)? {
            Some(st) => Ok(Resolved {
                scope: Scope::Story(st.id.clone()),
                title: st.title.clone(),
                names: None,
                story: Some(st),
            }),
            None => Err(ApiError(StatusCode::NOT_FOUND, "no such story".into())),
        });
    }
    if let Some(e) = entity {
        return Ok(match store.find_entity(e)? {
            Some(row) => {
                let mut names: Vec<String> = row.aliases.iter().map(|a| a.0.clone()).collect();
                names.push(row.name.clone());
                Ok(Resolved { scope: Scope::Entity(row.id.clone()), title: row.name, names: Some(names), story: None })
            }
            None => Err(ApiError(StatusCode::NOT_FOUND, "no such entity".into())),
        });
    }
    if let Some(q) = q {
        return Ok(Ok(Resolved {
            scope: Scope::Query(q.to_string()),
            title: format!("Articles matching “{q}”"),
            names: None,
            story: None,
        }));
    }
    Ok(Ok(Resolved { scope: Scope::All, title: "All articles".into(), names: None, story: None }))
}

/// Resolves the scope of a request and loads its views.
async fn scoped(st: &Shared, p: &Params) -> Result<(Resolved, Arc<ScopeViews>), ApiError> {
    let (story, entity, q) = (p.str("story"), p.str("entity"), p.str("q"));
    st.read(move |s, state| {
        let r = match resolve(s, story.as_deref(), entity.as_deref(), q.as_deref())? {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        let v = state.views.get(s, &r.scope, r.names.as_deref())?;
        Ok(Ok((r, v)))
    })
    .await?
}

pub(crate) fn api_router() -> Router<Shared> {
    Router::new()
        .route("/stories", get(api_stories))
        .route("/stories/{id}", get(api_story))
        .route("/timeline", get(api_timeline))
        .route("/series", get(api_series))
        .route("/statements", get(api_statements))
        .route("/conflicts", get(api_conflicts))
}

pub(crate) fn page_router() -> Router<Shared> {
    Router::new()
        .route("/overview", get(overview))
        .route("/stories", get(stories_page))
        .route("/stories/{id}", get(story_page))
}

#[derive(Serialize)]
struct Listing<'a, T> {
    total: usize,
    limit: usize,
    offset: usize,
    items: Vec<&'a T>,
}

fn listing<T: Serialize>(all: &[&T], limit: usize, offset: usize) -> Response {
    Json(Listing { total: all.len(), limit, offset, items: all.iter().skip(offset).take(limit).copied().collect() })
        .into_response()
}

/// Stories matching the filters (`q`: words in their articles; `outlet`; `min_articles`), in
/// the store's order: largest first, then the most recent.
fn filter_stories(
    store: &Store,
    state: &crate::AppState,
    q: Option<&str>,
    outlet: Option<&str>,
    min_articles: i64,
) -> dossier_store::Result<Vec<StoryRow>> {
    let all = state.stories(store)?;
    let wanted: Option<HashSet<String>> = match q {
        Some(q) => {
            let ids: HashSet<String> = store.matching_ids(q)?.into_iter().collect();
            let rows = state.article_rows(store)?;
            Some(rows.iter().filter(|a| ids.contains(&a.id)).filter_map(|a| a.story.clone()).collect())
        }
        None => None,
    };
    Ok(all
        .iter()
        .filter(|s| s.articles >= min_articles)
        .filter(|s| wanted.as_ref().is_none_or(|w| w.contains(&s.id)))
        .filter(|s| outlet.is_none_or(|o| s.outlets.iter().any(|(x, _)| x.eq_ignore_ascii_case(o))))
        .cloned()
        .collect())
}

fn min_articles(p: &Params) -> Result<i64, ApiError> {
    match p.str("min_articles") {
        None => Ok(1),
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=1_000_000).contains(n))
            .ok_or_else(|| bad(format!("`min_articles` must be an integer from 1 to 1000000, got {v:?}"))),
    }
}

async fn api_stories(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let (text, outlet, min) = (p.str("q"), p.str("outlet"), min_articles(&p)?);
    let rows = st.read(move |s, state| filter_stories(s, state, text.as_deref(), outlet.as_deref(), min)).await?;
    let refs: Vec<&StoryRow> = rows.iter().collect();
    Ok(listing(&refs, limit, offset))
}

/// One story and its articles (oldest first, each with why it belongs).
async fn api_story(State(st): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let found = st
        .read(move |s, _| {
            let Some(story) = s.story(&id)? else { return Ok(None) };
            let arts = s.story_articles(&story.id)?;
            Ok(Some((story, arts)))
        })
        .await?;
    let Some((story, arts)) = found else { return Err(ApiError(StatusCode::NOT_FOUND, "no such story".into())) };
    let articles: Vec<_> = arts
        .into_iter()
        .map(|(a, why)| {
            let mut v = serde_json::to_value(&a).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("why".into(), json!(why));
            }
            v
        })
        .collect();
    Ok(Json(json!({ "story": story, "articles": articles })).into_response())
}

async fn api_timeline(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(100)?;
    let kind = p.str("kind");
    if let Some(k) = &kind
        && k != "event"
        && k != "statement"
    {
        return Err(bad(format!("`kind` must be event or statement, got {k:?}")));
    }
    let (since, until) = (p.date("since")?.map(|d| d.to_string()), p.date("until")?.map(|d| d.to_string()));
    let (_, v) = scoped(&st, &p).await?;
    let items: Vec<&TimelineEntry> = v
        .timeline
        .iter()
        .filter(|e| kind.as_deref().is_none_or(|k| e.kind == k))
        .filter(|e| since.as_deref().is_none_or(|d| e.date.as_str() >= d.get(..e.date.len()).unwrap_or(d)))
        .filter(|e| until.as_deref().is_none_or(|d| e.date.as_str() <= d))
        .collect();
    Ok(listing(&items, limit, offset))
}

async fn api_series(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let counts = p.str("counts").map(|c| c.to_lowercase());
    let (_, v) = scoped(&st, &p).await?;
    let items: Vec<&SeriesView> = v
        .series
        .iter()
        .filter(|s| counts.as_deref().is_none_or(|c| s.label.to_lowercase().contains(c) || s.key.contains(c)))
        .collect();
    Ok(listing(&items, limit, offset))
}

async fn api_statements(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(100)?;
    let speaker = p.str("speaker");
    let (_, v) = scoped(&st, &p).await?;
    let items: Vec<&StatementView> = v
        .statements
        .iter()
        .filter(|s| speaker.as_deref().is_none_or(|w| s.speaker.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(w))))
        .collect();
    Ok(listing(&items, limit, offset))
}

async fn api_conflicts(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let changes = p.flag("changes")?;
    let kind = p.str("kind");
    if let Some(k) = &kind
        && !["contradiction", "figure_disagreement", "change_over_time"].contains(&k.as_str())
    {
        return Err(bad(format!("`kind` must be contradiction, figure_disagreement or change_over_time, got {k:?}")));
    }
    let (_, v) = scoped(&st, &p).await?;
    let items: Vec<&ConflictView> = v
        .conflicts
        .iter()
        .filter(|c| match kind.as_deref() {
            Some(k) => c.kind == k,
            None => changes || c.kind != "change_over_time",
        })
        .collect();
    Ok(listing(&items, limit, offset))
}

// ---------------------------------------------------------------------------------------------
// Pages

type PageResult = Result<Html<String>, PageError>;

/// How many entries a page shows before pointing to the API for the rest: a corpus-wide
/// timeline of a large corpus runs to thousands.
const SHOWN: usize = 200;

fn date_span(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) | (None, Some(a)) => a.to_string(),
        _ => "undated".into(),
    }
}

/// A line for one story: title, size, outlets and dates.
pub(crate) fn story_line(s: &StoryRow) -> Markup {
    html! {
        a.story-title href=(format!("/stories/{}", enc(&s.id))) { (s.title) }
        br;
        span.byline {
            (s.articles) @if s.articles == 1 { " article" } @else { " articles" }
            @if !s.outlets.is_empty() {
                " · " (s.outlets.iter().take(4).map(|o| o.0.as_str()).collect::<Vec<_>>().join(", "))
                @if s.outlets.len() > 4 { " and " (s.outlets.len() - 4) " more" }
            }
            " · " (date_span(s.first.as_deref(), s.last.as_deref()))
        }
    }
}

/// The home page's story list.
pub(crate) fn stories_section(stories: &[StoryRow], total: usize) -> Markup {
    html! {
        section aria-labelledby="stories-h" {
            h2 #stories-h { "Stories" }
            p { a.overview href="/overview" { "Overview of all articles: timeline, figures, disagreements →" } }
            @if stories.is_empty() {
                p.hint { "No stories yet: they appear once articles are linked." }
            } @else {
                ul.items.stories {
                    @for s in stories { li { (story_line(s)) } }
                }
                @if total > stories.len() { p { a href="/stories" { "All " (total) " stories →" } } }
            }
        }
    }
}

async fn stories_page(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let text = p.str("q");
    let t2 = text.clone();
    let rows = st.read(move |s, state| filter_stories(s, state, t2.as_deref(), None, 1)).await?;
    Ok(layout(
        "Stories",
        "/stories",
        html! {
            h1 { "Stories" }
            p.lead { "Articles grouped into stories across outlets, largest first. " a href="/overview" { "Overview of all articles →" } }
            form.filters method="get" action="/stories" role="search" {
                label { "Stories with articles about " input type="search" name="q" value=[text.as_deref()]; }
                button type="submit" { "Find" }
            }
            (crate::pages::pager("/stories", &[("q", text.clone())], rows.len() as i64, limit, offset))
            ul.items.stories { @for s in rows.iter().skip(offset).take(limit) { li { (story_line(s)) } } }
        },
    ))
}

async fn overview(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (r, v) = scoped(&st, &p).await?;
    let corpus = Vec::new();
    Ok(layout(&r.title.clone(), "/overview", scope_page(&r, &v, &corpus, &[])))
}

async fn story_page(State(st): State<Shared>, Path(id): Path<String>) -> PageResult {
    let found = st
        .read(move |s, state| {
            let Some(story) = s.story(&id)? else { return Ok(None) };
            let scope = Scope::Story(story.id.clone());
            let v = state.views.get(s, &scope, None)?;
            // The corpus-wide series this story's articles took part in: a story is a slice of
            // time, and a reader wants the figure's course before and after it.
            let all = state.views.get(s, &Scope::All, None)?;
            let arts = s.story_articles(&story.id)?;
            Ok(Some((story, v, all, arts)))
        })
        .await?;
    let Some((story, v, all, arts)) = found else {
        return Err(PageError::new(StatusCode::NOT_FOUND, "No story has this id."));
    };
    let mine: HashSet<&str> = arts.iter().map(|(a, _)| a.id.as_str()).collect();
    let corpus: Vec<SeriesView> = all
        .series
        .iter()
        .filter(|s| s.points.iter().any(|p| mine.contains(p.source.article.as_str())))
        .filter(|s| s.points.iter().any(|p| !mine.contains(p.source.article.as_str())))
        .cloned()
        .collect();
    let r =
        Resolved { scope: Scope::Story(story.id.clone()), title: story.title.clone(), names: None, story: Some(story) };
    Ok(layout(&r.title.clone(), "/stories", scope_page(&r, &v, &corpus, &arts)))
}

/// A cited passage: the words, the outlet and date, and a link to the exact span.
fn cite(v: &ScopeViews, s: &Source) -> Markup {
    html! {
        a.source href=(v.href(s)) {
            (s.outlet.as_deref().unwrap_or_else(|| title_or_id(s.title.as_deref(), &s.article)))
            @if let Some(d) = &s.published { ", " time datetime=(d) { (d) } }
        }
    }
}

/// The story and overview pages: what happened, the figures, who disagrees, who said what.
fn scope_page(r: &Resolved, v: &ScopeViews, corpus: &[SeriesView], arts: &[(ArticleRow, Option<String>)]) -> Markup {
    let mut outlets: Vec<(String, usize)> = Vec::new();
    for a in &v.articles {
        let o = a.outlet.clone().unwrap_or_else(|| "Unknown outlet".into());
        match outlets.iter_mut().find(|x| x.0 == o) {
            Some(x) => x.1 += 1,
            None => outlets.push((o, 1)),
        }
    }
    outlets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let first = v.articles.iter().filter_map(|a| a.published.as_deref()).min();
    let last = v.articles.iter().filter_map(|a| a.published.as_deref()).max();
    let here: HashSet<&str> = v.articles.iter().map(|a| a.id.as_str()).collect();
    let disagreements: Vec<&ConflictView> = v.conflicts.iter().filter(|c| c.kind != "change_over_time").collect();
    let changes: Vec<&ConflictView> = v.conflicts.iter().filter(|c| c.kind == "change_over_time").collect();
    // Who said what: statements grouped by speaker, the most quoted first.
    let mut speakers: Vec<(String, Vec<&StatementView>)> = Vec::new();
    for s in &v.statements {
        let who = s.speaker.clone().unwrap_or_else(|| "Unattributed".into());
        match speakers.iter_mut().find(|x| x.0 == who) {
            Some(x) => x.1.push(s),
            None => speakers.push((who, vec![s])),
        }
    }
    speakers.sort_by(|a, b| {
        (a.0 == "Unattributed").cmp(&(b.0 == "Unattributed")).then(b.1.len().cmp(&a.1.len())).then(a.0.cmp(&b.0))
    });
    let api_scope = match &r.scope {
        Scope::All => String::new(),
        Scope::Story(s) => format!("?story={}", enc(s)),
        Scope::Entity(e) => format!("?entity={}", enc(e)),
        Scope::Query(q) => format!("?q={}", enc(q)),
    };
    let with_scope = |path: &str| format!("{path}{api_scope}");
    html! {
        header.scope-head {
            p.kicker { @if r.story.is_some() { "Story" } @else { "Overview" } }
            h1 { (r.title) }
            p.lead {
                (v.articles.len()) @if v.articles.len() == 1 { " article" } @else { " articles" }
                " from " (outlets.len()) @if outlets.len() == 1 { " outlet" } @else { " outlets" }
                ", " (date_span(first, last)) ". "
                (v.timeline.len()) " timeline entries, " (v.series.len()) " figure series, "
                (disagreements.len()) " disagreements."
            }
            nav.toc aria-label="On this page" {
                ul {
                    li { a href="#figures-h" { "Figures" } }
                    li { a href="#conflicts-h" { "Disagreements" } }
                    li { a href="#timeline-h" { "Timeline" } }
                    li { a href="#said-h" { "Who said what" } }
                    li { a href="#outlets-h" { "Outlets" } }
                }
            }
        }
        section #figures aria-labelledby="figures-h" {
            h2 #figures-h { "Figures over time" }
            p.hint { "One mark per value and date; marks from several sources at the same point are merged. Hover or focus a mark for the quoted figure, select it to open the sentence." }
            // A series that runs beyond this story is shown whole, with this story's marks emphasised.
            @let shown: Vec<(&SeriesView, bool)> = corpus.iter().map(|s| (s, true)).chain(v.series.iter().filter(|s| !corpus.iter().any(|c| c.key == s.key)).map(|s| (s, false))).collect();
            @if shown.is_empty() { p.hint { "No figure is given by more than one source here." } }
            div.charts {
                @for (s, wide) in &shown {
                    figure.chart-box data-series=(s.key) {
                        figcaption {
                            (s.label) @if let Some(u) = &s.unit { " (" (u) ")" }
                            span.n { " · " (s.points.len()) " values from " (s.sources) " sources" @if *wide { " across all stories" } }
                        }
                        @if let Some(svg) = series_chart(s, wide.then_some(&here)) { (svg) }
                        details.points {
                            summary { "The values and their sources" }
                            table.list {
                                thead { tr { th scope="col" { "Holds for" } th scope="col" class="num" { "Value" } th scope="col" { "As written" } th scope="col" { "Source" } } }
                                tbody {
                                    @for p in &s.points {
                                        tr {
                                            td { (p.date) }
                                            td.num { (p.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default()) (number(p.value)) }
                                            td { a href=(fact_href(&p.source.article, &p.figure)) { (p.source.text) } }
                                            td { (p.source.outlet.as_deref().unwrap_or("Unknown outlet")) @if let Some(d) = &p.source.published { ", " (d) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        section #conflicts aria-labelledby="conflicts-h" {
            h2 #conflicts-h { "Disagreements" }
            @if disagreements.is_empty() { p.hint { "No sources contradict each other here." } }
            @for c in disagreements.iter().take(SHOWN) { (conflict(v, c)) }
            @if !changes.is_empty() {
                details.changes {
                    summary { (changes.len()) " opposite statements far apart in time (the facts may have changed)" }
                    @for c in changes.iter().take(SHOWN) { (conflict(v, c)) }
                }
            }
        }
        section #timeline aria-labelledby="timeline-h" {
            h2 #timeline-h { "Timeline" }
            @if v.timeline.is_empty() { p.hint { "Nothing here is dated precisely enough for a timeline." } }
            ol.timeline {
                @for e in v.timeline.iter().take(SHOWN) {
                    li class=(format!("tl {}", e.kind)) {
                        time datetime=(e.date) { (e.date) }
                        div.tl-body {
                            @if e.kind == "statement" {
                                p { @if let Some(sp) = &e.speaker { a.who href=(entity_href(sp)) { (sp) } ": " } "“" (e.text) "”" }
                            } @else {
                                p { (e.text) }
                            }
                            p.sources { "Source" @if e.sources.len() > 1 { "s" } ": "
                                @for (i, s) in e.sources.iter().enumerate() { @if i > 0 { ", " } (cite(v, s)) }
                            }
                        }
                    }
                }
            }
            @if v.timeline.len() > SHOWN {
                p { "The first " (SHOWN) " of " (v.timeline.len()) " entries; " a href=(with_scope("/api/timeline")) { "all of them as JSON" } "." }
            }
        }
        section #said aria-labelledby="said-h" {
            h2 #said-h { "Who said what" }
            @if speakers.is_empty() { p.hint { "No quotes here." } }
            @for (who, sts) in speakers.iter().take(60) {
                section.speaker aria-label=(who) {
                    h3 { @if who == "Unattributed" { (who) } @else { a href=(entity_href(who)) { (who) } } " " span.n { (sts.len()) } }
                    ul.quotes {
                        @for s in sts.iter().take(12) {
                            li.quote-item {
                                blockquote { p { "“" (s.wordings.first().map(String::as_str).unwrap_or("")) "”" } }
                                p.attrib {
                                    @for (i, src) in s.sources.iter().enumerate() { @if i > 0 { " · " } (cite(v, src)) }
                                }
                            }
                        }
                    }
                }
            }
        }
        section #outlets aria-labelledby="outlets-h" {
            h2 #outlets-h { "Outlets that covered it" }
            ul.counts {
                @for (o, n) in &outlets {
                    li { a href=(format!("/articles?outlet={}", enc(o))) { (o) } " " span.n { (n) } }
                }
            }
        }
        @if !arts.is_empty() {
            section aria-labelledby="arts-h" {
                h2 #arts-h { "Articles" }
                ol.items {
                    @for (a, why) in arts {
                        li {
                            a href=(format!("/articles/{}", enc(&a.id))) { (title_or_id(a.title.as_deref(), &a.id)) }
                            br;
                            span.byline { (a.outlet.as_deref().unwrap_or("Unknown outlet")) @if let Some(d) = &a.published { " · " (d) } }
                            @if let Some(w) = why { br; span.hint { (w) } }
                        }
                    }
                }
            }
        }
        p.hint { "As JSON: "
            a href=(with_scope("/api/timeline")) { "timeline" } ", "
            a href=(with_scope("/api/series")) { "series" } ", "
            a href=(with_scope("/api/statements")) { "statements" } ", "
            a href=(with_scope("/api/conflicts")) { "conflicts" } "."
        }
    }
}

/// Both sides of a disagreement next to each other, each with its passage and source.
fn conflict(v: &ScopeViews, c: &ConflictView) -> Markup {
    let side = |s: &dossier_views::Side| {
        html! {
            div.side {
                p.who {
                    @if let Some(n) = &s.speaker_name { a href=(entity_href(s.speaker.as_deref().unwrap_or(n))) { (n) } }
                    @else { "Figure" }
                }
                blockquote cite=(v.href(&s.source)) { p { "“" (s.source.text) "”" } }
                p.attrib { (cite(v, &s.source)) @if s.figure.is_some() { @if let Some(d) = &s.date { " · holds for " (d) } } }
            }
        }
    };
    html! {
        article.conflict aria-label=(format!("Disagreement about {}", c.about)) {
            p.conflict-head { span.kind { (c.kind.replace('_', " ")) } " · about " strong { (c.about) } }
            div.sides { (side(&c.a)) (side(&c.b)) }
            p.hint { (c.why) }
        }
    }
}
