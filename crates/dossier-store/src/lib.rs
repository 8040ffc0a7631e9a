//! dossier's embedded database.
//!
//! One SQLite file (WAL mode) holds articles, their per-article facts and a full-text index.
//! Invariants:
//! - an article and all its facts are written in the same transaction as the rest of its batch,
//!   so a crash (even SIGKILL) leaves either the whole batch or none of it;
//! - ids are content-derived, so re-ingesting the same input inserts nothing;
//! - offsets stored here are Unicode code points into the article's cleaned text (the public
//!   convention); the pipeline's byte offsets are converted on the way in.

mod link;
mod queries;
mod records;
mod schema;
mod scope;
mod server_queries;

pub use link::*;
pub use queries::*;
pub use records::*;
pub use scope::*;
pub use server_queries::*;

use dossier_core::{Article, CharOffsets, Extraction, Removed, stable_id};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("database {path} has schema version {found}, newer than this dossier ({supported}); upgrade dossier")]
    TooNew { path: String, found: i64, supported: i64 },
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
    #[error("bad JSON in database: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// An article ready to store: cleaned text, dedup verdict and extracted facts (byte spans).
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub article: Article,
    /// Id of the first-seen original and the similarity, when this is a duplicate.
    pub duplicate_of: Option<(String, f64)>,
    /// Exact-duplicate key of the normalised text.
    pub exact_key: u64,
    /// Near-duplicate signature bytes (opaque here).
    pub signature: Vec<u8>,
    pub extraction: Extraction,
    /// What the link stage made of it, when it ran before storing.
    pub links: ArticleLinks,
}

/// The database.
pub struct Store {
    conn: Connection,
    path: String,
    /// When set, `insert_batch` leaves the full-text index alone; `rebuild_index` catches up.
    defer_index: bool,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let p = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| StoreError::Open { path: p.clone(), source: e })?;
        let mut store = Store { conn, path: p, defer_index: false };
        store.configure()?;
        schema::migrate(&mut store.conn, &store.path)?;
        Ok(store)
    }

    /// Opens an existing database for reading only (the server, listings).
    pub fn open_readonly(path: &Path) -> Result<Store> {
        let p = path.display().to_string();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| StoreError::Open { path: p.clone(), source: e })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > schema::VERSION {
            return Err(StoreError::TooNew { path: p, found, supported: schema::VERSION });
        }
        if found < schema::VERSION {
            // An old or empty file: migrate through a writable connection first.
            drop(conn);
            return Store::open(path).and_then(|_| Store::open_readonly(path));
        }
        Ok(Store { conn, path: p, defer_index: false })
    }

    /// An in-memory database, for tests and `annotate`-style runs.
    pub fn in_memory() -> Result<Store> {
        let mut store = Store { conn: Connection::open_in_memory()?, path: ":memory:".into(), defer_index: false };
        store.configure()?;
        schema::migrate(&mut store.conn, &store.path)?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // Article texts run to several KB: larger pages mean fewer overflow pages per row. Only
        // takes effect on a new file, so it must come before WAL mode creates one.
        self.conn.pragma_update(None, "page_size", 8192)?;
        // WAL + NORMAL: committed transactions survive a process kill; readers never block the
        // writer (the server can run during an ingest).
        // Switching a new file to WAL takes an exclusive lock, and SQLite reports a second
        // opener racing for it as busy at once instead of calling the busy handler: wait here.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            match self.conn.pragma_update(None, "journal_mode", "WAL") {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                r => break r?,
            }
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Checkpoint less often than every 1,000 pages: a bulk ingest writes tens of MB.
        self.conn.pragma_update(None, "wal_autocheckpoint", 4000)?;
        // Facts are written with their article in one transaction by `insert_batch`, so the
        // parent always exists; checking it per fact row costs an index lookup each.
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        self.conn.pragma_update(None, "cache_size", -64_000)?;
        Ok(())
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// Direct access for the outer layers' read queries (server, link stage).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Whether an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        // Called once per article during an ingest: parse the statement once.
        let mut st = self.conn.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
        Ok(st.query_row([id], |_| Ok(())).optional()?.is_some())
    }

    /// Every stored original's dedup keys, in the order stored, to seed the near-duplicate index
    /// of a new ingest (from a table of their own: a few hundred bytes per article to read).
    pub fn dedup_keys(&self) -> Result<Vec<(String, u64, Vec<u8>)>> {
        let mut st = self.conn.prepare("SELECT id, exact_key, signature FROM dedup_originals ORDER BY article")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)? as u64,
                r.get::<_, Option<Vec<u8>>>(2)?.unwrap_or_default(),
            ))
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Inserts a batch in one transaction. Articles already stored (same id) are skipped.
    /// Returns the ids actually inserted.
    pub fn insert_batch(&mut self, batch: &[NewArticle]) -> Result<Vec<String>> {
        self.insert_batch_linked(batch, None)
    }

    /// [`Store::insert_batch`] with the link stage's results for the batch (entity and story
    /// rows, the linkers' state) in the same transaction.
    pub fn insert_batch_linked(&mut self, batch: &[NewArticle], links: Option<&LinkWrite>) -> Result<Vec<String>> {
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let tx = self.conn.transaction()?;
        let mut inserted = Vec::new();
        {
            let mut ins = tx.prepare_cached(
                "INSERT OR IGNORE INTO articles (id, source, url, outlet, title, published, language, author,
                    text, removed, duplicate_of, similarity, exact_key, ingested_at, story, story_reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?;
            let mut fts = tx.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?;
            let mut orig = tx.prepare_cached(
                "INSERT INTO dedup_originals (article, id, exact_key, signature) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut men = tx.prepare_cached(
                "INSERT OR IGNORE INTO mentions (article, start, end, text, kind, name, role, entity)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut quo = tx.prepare_cached(
                "INSERT OR IGNORE INTO quotes (id, article, start, end, text, direct, speaker_name, speaker_start, speaker_end, cue, speaker)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            let mut tim = tx.prepare_cached(
                "INSERT OR IGNORE INTO times (id, article, start, end, text, type, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut fig = tx.prepare_cached(
                "INSERT OR IGNORE INTO figures (id, article, start, end, text, value, unit, counts, qualifier, date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for n in batch {
                let a = &n.article;
                let removed = serde_json::to_string(&a.removed)?;
                let changed = ins.execute(params![
                    a.id,
                    a.source,
                    a.url,
                    a.outlet,
                    a.title,
                    a.published.map(|d| d.to_string()),
                    a.language,
                    a.author,
                    a.text,
                    removed,
                    n.duplicate_of.as_ref().map(|d| &d.0),
                    n.duplicate_of.as_ref().map(|d| d.1),
                    n.exact_key as i64,
                    now,
                    n.links.story,
                    n.links.story_reason,
                ])?;
                if changed == 0 {
                    continue;
                }
                let rowid = tx.last_insert_rowid();
                if n.duplicate_of.is_none() {
                    orig.execute(params![rowid, a.id, n.exact_key as i64, n.signature])?;
                }
                if !self.defer_index {
                    fts.execute(params![rowid, a.title.as_deref().unwrap_or(""), a.text])?;
                }
                let ex = &n.extraction;
                if ex.entities.is_empty() && ex.quotes.is_empty() && ex.times.is_empty() && ex.figures.is_empty() {
                    inserted.push(a.id.clone());
                    continue;
                }
                let map = CharOffsets::new(&a.text);
                let c = |b: usize| map.to_char(b) as i64;
                for (i, m) in ex.entities.iter().enumerate() {
                    let entity = n.links.mention_entities.get(i).and_then(Option::as_ref);
                    men.execute(params![
                        a.id,
                        c(m.span.start),
                        c(m.span.end),
                        m.span.slice(&a.text),
                        m.kind.as_str(),
                        m.name,
                        m.role,
                        entity
                    ])?;
                }
                for (i, q) in ex.quotes.iter().enumerate() {
                    let id = fact_id("q", &a.id, q.span.start, q.span.end);
                    let speaker = n.links.quote_speakers.get(i).and_then(Option::as_ref);
                    quo.execute(params![
                        id,
                        a.id,
                        c(q.span.start),
                        c(q.span.end),
                        q.span.slice(&a.text),
                        q.direct,
                        q.speaker_name,
                        q.speaker_span.map(|s| c(s.start)),
                        q.speaker_span.map(|s| c(s.end)),
                        q.cue,
                        speaker
                    ])?;
                }
                for t in &ex.times {
                    let id = fact_id("t", &a.id, t.span.start, t.span.end);
                    tim.execute(params![
                        id,
                        a.id,
                        c(t.span.start),
                        c(t.span.end),
                        t.span.slice(&a.text),
                        t.kind.as_str(),
                        t.value
                    ])?;
                }
                for f in &ex.figures {
                    let id = fact_id("f", &a.id, f.span.start, f.span.end);
                    fig.execute(params![
                        id,
                        a.id,
                        c(f.span.start),
                        c(f.span.end),
                        f.span.slice(&a.text),
                        f.value,
                        f.unit,
                        f.counts,
                        f.qualifier,
                        f.date
                    ])?;
                }
                inserted.push(a.id.clone());
            }
        }
        if let Some(w) = links {
            link::write_links_in(&tx, w)?;
        }
        tx.commit()?;
        Ok(inserted)
    }

    /// Defers full-text indexing of inserted articles until [`Store::rebuild_index`] (bulk loads,
    /// and the benchmark's way to time storing and indexing apart). Searches miss the articles
    /// inserted meanwhile.
    pub fn set_deferred_index(&mut self, on: bool) {
        self.defer_index = on;
    }

    /// Rebuilds the full-text index from the stored articles.
    pub fn rebuild_index(&mut self) -> Result<()> {
        self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')", [])?;
        Ok(())
    }

    /// Copies what the write-ahead log holds back into the database file, as far as no reader
    /// needs it (never blocks). Worth running after a large write: until then every read looks
    /// its pages up in the log, and the linkers' state alone is thousands of pages.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Folds the full-text index's segments together; worth running after a large ingest.
    pub fn optimize(&self) -> Result<()> {
        self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')", [])?;
        Ok(())
    }

    /// Articles matching `filter`, newest first, without their text.
    pub fn articles(&self, filter: &ArticleFilter) -> Result<Vec<ArticleRow>> {
        let mut sql = String::from(
            "SELECT id, source, url, outlet, title, published, language, author, duplicate_of, similarity,
                    story, length(text) FROM articles WHERE 1=1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(o) = &filter.outlet {
            sql.push_str(" AND outlet = ? COLLATE NOCASE");
            args.push(o.clone().into());
        }
        if let Some(d) = &filter.since {
            sql.push_str(" AND published >= ?");
            args.push(d.to_string().into());
        }
        if let Some(d) = &filter.until {
            sql.push_str(" AND published <= ?");
            args.push(d.to_string().into());
        }
        if let Some(l) = &filter.language {
            sql.push_str(" AND language = ?");
            args.push(l.clone().into());
        }
        if let Some(s) = &filter.story {
            sql.push_str(" AND story = ?");
            args.push(s.clone().into());
        }
        if !filter.include_duplicates {
            sql.push_str(" AND duplicate_of IS NULL");
        }
        sql.push_str(" ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?");
        args.push((filter.limit.unwrap_or(u32::MAX as usize) as i64).into());
        args.push((filter.offset as i64).into());
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args), ArticleRow::from_row)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Resolves an article reference: a full id, a unique id prefix, or a source path.
    pub fn resolve_article(&self, reference: &str) -> Result<Option<String>> {
        if let Some(id) = self
            .conn
            .query_row("SELECT id FROM articles WHERE id = ?1 OR source = ?1 OR url = ?1", [reference], |r| r.get(0))
            .optional()?
        {
            return Ok(Some(id));
        }
        let pattern = format!("{}%", reference.replace(['%', '_'], ""));
        let mut st = self.conn.prepare("SELECT id FROM articles WHERE id LIKE ?1 OR source LIKE ?2 LIMIT 2")?;
        let ids: Vec<String> = st
            .query_map(params![pattern, format!("%{}", reference.replace(['%', '_'], ""))], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(if ids.len() == 1 { ids.into_iter().next() } else { None })
    }

    /// One article with its text and removed lines.
    pub fn article(&self, id: &str) -> Result<Option<ArticleRecord>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, source, url, outlet, title, published, language, author, duplicate_of, similarity,
                    story, text, removed FROM articles WHERE id = ?1",
        )?;
        let rec = st.query_row([id], ArticleRecord::from_row).optional()?;
        Ok(rec)
    }

    /// Every article with its text, in ingest order.
    pub fn all_articles(&self) -> Result<Vec<ArticleRecord>> {
        let mut st = self.conn.prepare(
            "SELECT id, source, url, outlet, title, published, language, author, duplicate_of, similarity,
                    story, text, removed FROM articles ORDER BY rowid",
        )?;
        let rows = st.query_map([], ArticleRecord::from_row)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Full-text search, best first, with a highlighted snippet.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(fts) = fts_query(query, false) else { return Ok(Vec::new()) };
        let mut hits = self.search_fts(&fts, limit)?;
        if hits.is_empty() {
            // Nothing has every word: fall back to any word, still ranked by bm25.
            if let Some(any) = fts_query(query, true) {
                hits = self.search_fts(&any, limit)?;
            }
        }
        Ok(hits)
    }

    fn search_fts(&self, fts: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.outlet, a.published, bm25(articles_fts, 4.0, 1.0) AS score,
                    snippet(articles_fts, 1, char(2), char(3), '…', 24)
             FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2",
        )?;
        let rows = st.query_map(params![fts, limit as i64], |r| {
            Ok(SearchHit {
                id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                score: -r.get::<_, f64>(4)?,
                snippet: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Counts for `dossier stats`.
    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let mut st = self.conn.prepare(
            "SELECT coalesce(outlet, '(unknown)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
        )?;
        let outlets = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self
            .conn
            .prepare("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC LIMIT 20")?;
        let languages = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Stats {
            articles: one("SELECT count(*) FROM articles")?,
            duplicates: one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            outlets_total: one("SELECT count(DISTINCT outlet) FROM articles")?,
            first_published: self.conn.query_row("SELECT min(published) FROM articles", [], |r| r.get(0))?,
            last_published: self.conn.query_row("SELECT max(published) FROM articles", [], |r| r.get(0))?,
            words: one("SELECT coalesce(sum(length(text) - length(replace(text, ' ', '')) + 1), 0) FROM articles")?,
            removed_lines: one("SELECT coalesce(sum(json_array_length(removed)), 0) FROM articles")?,
            mentions: one("SELECT count(*) FROM mentions")?,
            quotes: one("SELECT count(*) FROM quotes")?,
            figures: one("SELECT count(*) FROM figures")?,
            times: one("SELECT count(*) FROM times")?,
            outlets,
            languages,
        })
    }

    /// Mentions of one article (or all), in text order.
    pub fn mentions(&self, article: Option<&str>) -> Result<Vec<MentionRecord>> {
        self.facts(
            "SELECT article, start, end, text, kind, name, role, entity FROM mentions",
            article,
            MentionRecord::from_row,
        )
    }

    pub fn quotes(&self, article: Option<&str>) -> Result<Vec<QuoteRecord>> {
        self.facts(
            "SELECT id, article, start, end, text, direct, speaker_name, speaker_start, speaker_end, cue, speaker FROM quotes",
            article,
            QuoteRecord::from_row,
        )
    }

    pub fn times(&self, article: Option<&str>) -> Result<Vec<TimeRecord>> {
        self.facts("SELECT id, article, start, end, text, type, value FROM times", article, TimeRecord::from_row)
    }

    pub fn figures(&self, article: Option<&str>) -> Result<Vec<FigureRecord>> {
        self.facts(
            "SELECT id, article, start, end, text, value, unit, counts, qualifier, date FROM figures",
            article,
            FigureRecord::from_row,
        )
    }

    fn facts<T>(
        &self,
        select: &str,
        article: Option<&str>,
        f: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let (sql, arg) = match article {
            Some(a) => (format!("{select} WHERE article = ?1 ORDER BY start"), Some(a)),
            None => (format!("{select} ORDER BY article, start"), None),
        };
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = match arg {
            Some(a) => st.query_map([a], f)?.collect::<std::result::Result<Vec<_>, _>>()?,
            None => st.query_map([], f)?.collect::<std::result::Result<Vec<_>, _>>()?,
        };
        Ok(rows)
    }
}

/// Public id of a fact: its kind, article and span, so it is stable across runs.
pub fn fact_id(prefix: &str, article: &str, start: usize, end: usize) -> String {
    stable_id(prefix, &[article, &start.to_string(), &end.to_string()])
}

/// Turns a user's search words into an FTS5 query: every word quoted (so FTS5 syntax in user
/// input is inert), joined by AND, or by OR when `any`. `"double-quoted phrases"` stay phrases.
pub fn fts_query(input: &str, any: bool) -> Option<String> {
    let mut terms = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            let phrase: Vec<&str> =
                after[..end].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            if !phrase.is_empty() {
                terms.push(format!("\"{}\"", phrase.join(" ")));
            }
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            for w in rest[..end].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                terms.push(format!("\"{w}\""));
            }
            rest = &rest[end..];
        }
    }
    if terms.is_empty() { None } else { Some(terms.join(if any { " OR " } else { " AND " })) }
}

/// Decodes the `removed` column.
pub(crate) fn parse_removed(s: &str) -> Vec<Removed> {
    serde_json::from_str(s).unwrap_or_default()
}

#[cfg(test)]
mod tests;
