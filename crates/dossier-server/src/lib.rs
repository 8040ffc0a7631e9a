//! dossier's HTTP API (`/api/…`, JSON) and web UI (server-rendered HTML) over one database.
//!
//! The server only reads: it holds a small pool of read-only SQLite connections and runs every
//! query on tokio's blocking pool, so a slow query never stalls the event loop. Writing goes
//! through the ingest callback the CLI hands in (`POST /api/articles`), and only when the server
//! was started with `allow_ingest`.
//!
//! Untrusted article text is only ever rendered through maud's auto-escaping; no handler serves
//! files from a path derived from the request.

mod api;
mod cache;
mod pages;
mod render;
mod views;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use dossier_store::{ArticleFilter, ArticleRow, LabelCount, Page, Stats, Store, StoryRow};
use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_http::timeout::TimeoutLayer;

/// Ingests one request body (`bytes`, `content-type`) and returns the ingest summary as JSON, or
/// a message saying why the input was refused (answered as 400).
pub type IngestFn = Arc<dyn Fn(Vec<u8>, Option<String>) -> Result<serde_json::Value, String> + Send + Sync>;

/// How `dossier serve` runs.
#[derive(Clone)]
pub struct ServerOptions {
    /// Where to listen; loopback unless the user asks otherwise.
    pub addr: SocketAddr,
    /// Whether `POST /api/articles` may write (it also needs `ingest`).
    pub allow_ingest: bool,
    /// Largest request body accepted, in bytes (413 above it).
    pub body_limit: usize,
    /// Requests taking longer are answered 408.
    pub timeout: Duration,
    /// Read-only connections kept open between requests.
    pub pool_size: usize,
    /// The ingest pipeline, wired in by the CLI.
    pub ingest: Option<IngestFn>,
    /// Compute the corpus-wide views (timeline, series, conflicts) in the background at start:
    /// on thousands of articles they take seconds, which the first visitor would wait.
    pub warm: bool,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            allow_ingest: false,
            body_limit: 16 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            pool_size: 8,
            ingest: None,
            warm: false,
        }
    }
}

impl std::fmt::Debug for ServerOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerOptions")
            .field("addr", &self.addr)
            .field("allow_ingest", &self.allow_ingest)
            .field("body_limit", &self.body_limit)
            .field("timeout", &self.timeout)
            .field("pool_size", &self.pool_size)
            .field("ingest", &self.ingest.is_some())
            .finish()
    }
}

/// Shared by every handler.
pub(crate) struct AppState {
    db: PathBuf,
    pool: Mutex<Vec<Store>>,
    pool_size: usize,
    pub(crate) allow_ingest: bool,
    pub(crate) body_limit: usize,
    pub(crate) ingest: Option<IngestFn>,
    /// Aggregates over the whole corpus, each kept for the database generation it was computed
    /// for: grouping every mention or summing every text on each request would be the slowest
    /// queries by far, and they only change when articles are added.
    stats: GenCache<Stats>,
    outlets: GenCache<Vec<LabelCount>>,
    figure_counts: GenCache<Vec<LabelCount>>,
    speakers: GenCache<Vec<LabelCount>>,
    /// Every article's metadata, newest first: listings filter and page it in memory, since
    /// deep OFFSETs over the articles table read each skipped row's text.
    articles: GenCache<Vec<ArticleRow>>,
    /// Every merged entity, most mentioned first: the unfiltered listing pages by slicing it
    /// (each row carries its aliases, so a page from the database costs two queries per row).
    entities: GenCache<Vec<dossier_store::EntityRow>>,
    /// Every story, largest first: the home page and the story listing filter it in memory.
    stories: GenCache<Vec<StoryRow>>,
    /// Rowids of each fact table, newest first: unfiltered listings page by slicing this, so a
    /// deep page costs the same as the first instead of an OFFSET scan over the table.
    fact_ids: [GenCache<Vec<i64>>; 3],
    /// Timeline, series, statements and conflicts per scope.
    pub(crate) views: views::ViewCache,
    /// Rendered GET responses for the current generation.
    cache: cache::ResponseCache,
}

/// One cached value and the generation it belongs to. The second lock lets only one request
/// compute a missing value while the others wait for it, instead of all computing it at once.
struct GenCache<T>(Mutex<Option<Generational<T>>>, Mutex<()>);

/// A value and the database generation ([`Store::generation`]) it was computed for.
type Generational<T> = (Generation, Arc<T>);

/// A database generation ([`Store::generation`]).
pub(crate) type Generation = (i64, i64);

impl<T> GenCache<T> {
    fn new() -> Self {
        GenCache(Mutex::new(None), Mutex::new(()))
    }

    fn get(
        &self,
        store: &Store,
        compute: impl FnOnce(&Store) -> dossier_store::Result<T>,
    ) -> dossier_store::Result<Arc<T>> {
        let generation = store.generation()?;
        let cached = || self.0.lock().ok().and_then(|c| c.clone()).filter(|(g, _)| *g == generation).map(|(_, v)| v);
        if let Some(v) = cached() {
            return Ok(v);
        }
        let _computing = self.1.lock();
        if let Some(v) = cached() {
            return Ok(v);
        }
        let v = Arc::new(compute(store)?);
        if let Ok(mut c) = self.0.lock() {
            *c = Some((generation, Arc::clone(&v)));
        }
        Ok(v)
    }
}

pub(crate) type Shared = Arc<AppState>;

/// A failure while reading the database, answered as 500 without internal details.
#[derive(Debug)]
pub(crate) struct DbFailure(pub String);

impl AppState {
    /// Runs `f` with a pooled read-only connection on the blocking pool.
    pub(crate) async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, DbFailure>
    where
        T: Send + 'static,
        F: FnOnce(&Store, &AppState) -> dossier_store::Result<T> + Send + 'static,
    {
        let state = Arc::clone(self);
        let joined = tokio::task::spawn_blocking(move || {
            let store = match state.pool.lock().ok().and_then(|mut p| p.pop()) {
                Some(s) => s,
                None => open_reader(&state.db).map_err(|e| DbFailure(e.to_string()))?,
            };
            let out = f(&store, &state).map_err(|e| DbFailure(e.to_string()));
            if let Ok(mut p) = state.pool.lock()
                && p.len() < state.pool_size
            {
                p.push(store);
            }
            out
        })
        .await;
        match joined {
            Ok(r) => r,
            Err(e) => Err(DbFailure(format!("query task failed: {e}"))),
        }
    }

    pub(crate) fn stats(&self, store: &Store) -> dossier_store::Result<Arc<Stats>> {
        self.stats.get(store, Store::stats)
    }

    pub(crate) fn outlets(&self, store: &Store) -> dossier_store::Result<Arc<Vec<LabelCount>>> {
        self.outlets.get(store, Store::outlets)
    }

    /// What figures count, most frequent first (top 100).
    pub(crate) fn figure_counts(&self, store: &Store) -> dossier_store::Result<Arc<Vec<LabelCount>>> {
        self.figure_counts.get(store, |s| s.figure_counts(100))
    }

    /// Every article's metadata, newest first, duplicates included.
    pub(crate) fn article_rows(&self, store: &Store) -> dossier_store::Result<Arc<Vec<ArticleRow>>> {
        self.articles.get(store, |s| {
            let all = ArticleFilter { include_duplicates: true, limit: Some(i64::MAX as usize), ..Default::default() };
            Ok(s.articles_page(&all, None)?.items)
        })
    }

    /// Articles matching `f` and the words `q`, newest first: one page and the total.
    pub(crate) fn list_articles(
        &self,
        store: &Store,
        f: &ArticleFilter,
        q: Option<&str>,
    ) -> dossier_store::Result<Page<ArticleRow>> {
        let rows = self.article_rows(store)?;
        let words: Option<HashSet<String>> = match q.map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => Some(store.matching_ids(q)?.into_iter().collect()),
            None => None,
        };
        let (since, until) = (f.since.map(|d| d.to_string()), f.until.map(|d| d.to_string()));
        let keep = |a: &&ArticleRow| {
            (f.include_duplicates || a.duplicate_of.is_none())
                && f.outlet.as_deref().is_none_or(|o| a.outlet.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(o)))
                && since.as_deref().is_none_or(|d| a.published.as_deref().is_some_and(|p| p >= d))
                && until.as_deref().is_none_or(|d| a.published.as_deref().is_some_and(|p| p <= d))
                && f.language.as_deref().is_none_or(|l| a.language.as_deref() == Some(l))
                && f.story.as_deref().is_none_or(|s| a.story.as_deref() == Some(s))
                && words.as_ref().is_none_or(|w| w.contains(&a.id))
        };
        let matching: Vec<&ArticleRow> = rows.iter().filter(keep).collect();
        let items = matching.iter().skip(f.offset).take(f.limit.unwrap_or(50)).map(|a| (*a).clone()).collect();
        Ok(Page { total: matching.len() as i64, items })
    }

    /// Every story, largest first, then the most recent.
    pub(crate) fn stories(&self, store: &Store) -> dossier_store::Result<Arc<Vec<StoryRow>>> {
        self.stories.get(store, |s| Ok(s.stories_page(1, i64::MAX as usize, 0)?.items))
    }

    /// Merged entities of `kind` whose spellings contain `q`, most mentioned first; the
    /// unfiltered listing comes from the per-generation cache.
    pub(crate) fn entities_page(
        &self,
        store: &Store,
        kind: Option<&str>,
        q: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> dossier_store::Result<Page<dossier_store::EntityRow>> {
        if kind.is_some() || q.is_some() {
            return store.entities_page(kind, q, limit, offset);
        }
        let all = self.entities.get(store, |s| Ok(s.entities_page(None, None, i64::MAX as usize, 0)?.items))?;
        Ok(Page { total: all.len() as i64, items: all.iter().skip(offset).take(limit).cloned().collect() })
    }

    /// One page of an unfiltered fact listing, newest first, and the total.
    pub(crate) fn fact_page<T>(
        &self,
        store: &Store,
        table: dossier_store::FactTable,
        limit: usize,
        offset: usize,
        load: impl FnOnce(&Store, &[i64]) -> dossier_store::Result<Vec<T>>,
    ) -> dossier_store::Result<Page<T>> {
        let slot = match table {
            dossier_store::FactTable::Quotes => &self.fact_ids[0],
            dossier_store::FactTable::Figures => &self.fact_ids[1],
            dossier_store::FactTable::Times => &self.fact_ids[2],
        };
        let ids = slot.get(store, |s| s.fact_rowids(table))?;
        let page: &[i64] = ids.get(offset.min(ids.len())..(offset.saturating_add(limit)).min(ids.len())).unwrap_or(&[]);
        Ok(Page { total: ids.len() as i64, items: load(store, page)? })
    }

    /// Every named speaker with their number of quotes, most quoted first.
    pub(crate) fn speakers(&self, store: &Store) -> dossier_store::Result<Arc<Vec<LabelCount>>> {
        self.speakers.get(store, |s| Ok(s.speakers_page(i64::MAX as usize, 0)?.items))
    }
}

/// One merged entity as its page and `/api/entities/{id}` show it.
pub(crate) struct EntityDetail {
    pub entity: dossier_store::EntityRow,
    pub spellings: Vec<dossier_store::SpellingSeen>,
    pub months: Vec<dossier_store::MonthCount>,
    pub quotes_by: Page<dossier_store::QuoteHit>,
    pub quotes_about: Vec<dossier_store::QuoteHit>,
    pub mentions: Page<dossier_store::MentionHit>,
}

/// Everything about the entity a reader means by `name` (an id, its name or any spelling);
/// None when nothing goes by it. `quotes` caps the quotes by and about it.
pub(crate) fn entity_detail(
    store: &Store,
    name: &str,
    quotes: usize,
    limit: usize,
    offset: usize,
) -> dossier_store::Result<Option<EntityDetail>> {
    let Some(entity) = store.find_entity(name)? else { return Ok(None) };
    let id = entity.id.clone();
    Ok(Some(EntityDetail {
        spellings: store.entity_spellings(&id, 8)?,
        months: store.entity_months(&id)?,
        quotes_by: store.entity_quotes_by(&id, quotes, 0)?,
        quotes_about: store.entity_quotes_about(&id, quotes)?,
        mentions: store.entity_mentions(&id, limit, offset)?,
        entity,
    }))
}

/// Opens a pooled read-only connection, tuned for reading: memory-mapped I/O saves a system call
/// per page, and a larger page cache keeps the indexes hot between requests.
fn open_reader(db: &std::path::Path) -> dossier_store::Result<Store> {
    let s = Store::open_readonly(db)?;
    s.conn().pragma_update(None, "mmap_size", 256i64 * 1024 * 1024)?;
    s.conn().pragma_update(None, "cache_size", -16_000)?;
    Ok(s)
}

/// The whole application: API, pages and static assets, with a timeout and security headers.
/// The body limit is enforced where a body is read (ingest), so the 413 is JSON like every API
/// error.
/// Testable without a socket (`tower::ServiceExt::oneshot`).
pub fn router(db: PathBuf, opts: &ServerOptions) -> Router {
    let state: Shared = Arc::new(AppState {
        db,
        pool: Mutex::new(Vec::new()),
        pool_size: opts.pool_size.max(1),
        allow_ingest: opts.allow_ingest,
        body_limit: opts.body_limit,
        ingest: opts.ingest.clone(),
        stats: GenCache::new(),
        outlets: GenCache::new(),
        figure_counts: GenCache::new(),
        speakers: GenCache::new(),
        articles: GenCache::new(),
        stories: GenCache::new(),
        entities: GenCache::new(),
        fact_ids: [GenCache::new(), GenCache::new(), GenCache::new()],
        views: views::ViewCache::default(),
        cache: cache::ResponseCache::default(),
    });
    if opts.warm {
        let st = Arc::clone(&state);
        // A failure here only means the first request computes the views itself.
        let _ = std::thread::Builder::new().name("warm-views".into()).spawn(move || {
            if let Ok(s) = open_reader(&st.db) {
                let _ = st.views.get(&s, &dossier_store::Scope::All, None);
            }
        });
    }
    Router::new()
        .nest("/api", api::router().merge(views::api_router()))
        .merge(pages::router().merge(views::page_router()))
        .layer(axum::middleware::from_fn_with_state(Arc::clone(&state), cache::layer))
        .with_state(state)
        .layer(axum::middleware::map_response(security_headers))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, opts.timeout))
}

/// Headers that keep a browser from running anything the page did not ship itself, even if
/// escaping were ever missed somewhere.
async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

/// Serves until Ctrl-C. Checks the database can be opened first, so a wrong path fails at
/// start-up with its name rather than on the first request.
pub async fn serve(db: PathBuf, opts: ServerOptions) -> anyhow::Result<()> {
    Store::open_readonly(&db).map_err(|e| anyhow::anyhow!("cannot serve {}: {e}", db.display()))?;
    let app = router(db, &opts);
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", opts.addr))?;
    eprintln!("dossier: serving on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

/// [`serve`] on its own two-worker runtime, for a synchronous `main`.
pub fn serve_blocking(db: PathBuf, opts: ServerOptions) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?.block_on(serve(db, opts))
}

/// A JSON error body with its status.
pub(crate) fn json_error(status: StatusCode, msg: impl Into<String>) -> Response {
    (status, axum::Json(serde_json::json!({ "error": msg.into() }))).into_response()
}
