//! Read-only queries for the HTTP API and web UI: paginated listings with totals, facts joined
//! with their article's metadata, and per-name aggregates. Listings return the page and the total
//! so clients can paginate without a second round trip.

use crate::{
    ArticleFilter, ArticleRecord, ArticleRow, FigureRecord, MentionRecord, QuoteRecord, Result, Store, TimeRecord,
    fts_query,
};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params_from_iter};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// Listing totals by database, content generation and filters (see [`Store::generation`]).
static COUNTS: LazyLock<Mutex<HashMap<String, i64>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// One page of a listing and the number of rows matching the filters.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub total: i64,
    pub items: Vec<T>,
}

/// The article a fact came from, so listings can cite it without a second query.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRef {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
}

/// A quote with its article's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub id: String,
    pub article: ArticleRef,
    pub text: String,
    pub direct: bool,
    pub speaker_name: Option<String>,
    pub cue: Option<String>,
    pub start: i64,
    pub end: i64,
}

/// A figure with its article's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct FigureHit {
    pub id: String,
    pub article: ArticleRef,
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
    pub counts: Option<String>,
    pub qualifier: Option<String>,
    pub date: Option<String>,
    pub start: i64,
    pub end: i64,
}

/// A time expression with its article's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct TimeHit {
    pub id: String,
    pub article: ArticleRef,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: Option<String>,
    pub start: i64,
    pub end: i64,
}

/// A mention with its article's metadata (entity pages list where each spelling was seen).
#[derive(Debug, Clone, Serialize)]
pub struct MentionHit {
    pub article: ArticleRef,
    pub text: String,
    pub kind: String,
    pub name: String,
    pub role: Option<String>,
    pub start: i64,
    pub end: i64,
}

/// A name as the extractors gave it, with how often and where it occurs.
#[derive(Debug, Clone, Serialize)]
pub struct NameSummary {
    pub name: String,
    /// The most frequent kind among its mentions.
    pub kind: String,
    pub mentions: i64,
    pub articles: i64,
}

/// How many times a label (spelling, role, outlet, …) occurs.
#[derive(Debug, Clone, Serialize)]
pub struct LabelCount {
    pub label: String,
    pub count: i64,
}

/// A search hit with its snippet as plain text and the matched ranges in code points, so the
/// caller can highlight without trusting markup.
#[derive(Debug, Clone, Serialize)]
pub struct RankedHit {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// Higher is better (negated bm25).
    pub score: f64,
    pub snippet: String,
    /// Half-open code-point ranges of matched terms inside `snippet`.
    pub highlights: Vec<[usize; 2]>,
}

const AREF: &str = "a.id, a.title, a.outlet, a.published";

fn aref(r: &Row<'_>, at: usize) -> rusqlite::Result<ArticleRef> {
    Ok(ArticleRef { id: r.get(at)?, title: r.get(at + 1)?, outlet: r.get(at + 2)?, published: r.get(at + 3)? })
}

/// Splits FTS5 `snippet()` output (matches wrapped in \u{2} … \u{3}) into text and ranges.
pub fn split_snippet(marked: &str) -> (String, Vec<[usize; 2]>) {
    let mut text = String::with_capacity(marked.len());
    let mut ranges = Vec::new();
    let mut chars = 0usize;
    let mut open: Option<usize> = None;
    for c in marked.chars() {
        match c {
            '\u{2}' => open = Some(chars),
            '\u{3}' => {
                if let Some(s) = open.take() {
                    ranges.push([s, chars]);
                }
            }
            _ => {
                text.push(c);
                chars += 1;
            }
        }
    }
    (text, ranges)
}

impl Store {
    /// One page of `SELECT {select} {from} ORDER BY {order}` and the count of `{count_from}`
    /// (the same filters, without the joins the count does not need). Counts are cached per
    /// database file and content generation, since a count must visit every matching row.
    #[allow(clippy::too_many_arguments)]
    fn page<T>(
        &self,
        count_from: &str,
        from: &str,
        args: Vec<Value>,
        select: &str,
        order: &str,
        limit: usize,
        offset: usize,
        f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Page<T>> {
        let total = self.cached_count(count_from, &args)?;
        let mut all = args;
        all.push((limit as i64).into());
        all.push((offset as i64).into());
        // When the order needs only the fact table, skip to the page on that table alone and join
        // the article for the page's rows only: OFFSET would otherwise join every skipped row.
        let mut words = count_from.split_whitespace();
        let sql = match (words.next(), words.next(), words.next()) {
            (Some("FROM"), Some(table), Some("f")) if !order.contains("a.") && count_from != from => format!(
                "SELECT {select} FROM (SELECT f.rowid AS rid {count_from} ORDER BY {order} LIMIT ? OFFSET ?) AS pg
                 JOIN {table} f ON f.rowid = pg.rid JOIN articles a ON a.id = f.article ORDER BY {order}"
            ),
            _ => format!("SELECT {select} {from} ORDER BY {order} LIMIT ? OFFSET ?"),
        };
        let mut st = self.conn.prepare_cached(&sql)?;
        let items = st.query_map(params_from_iter(all.iter()), f)?.collect::<std::result::Result<_, _>>()?;
        Ok(Page { total, items })
    }

    fn cached_count(&self, from: &str, args: &[Value]) -> Result<i64> {
        let count = || -> Result<i64> {
            Ok(self
                .conn
                .prepare_cached(&format!("SELECT count(*) {from}"))?
                .query_row(params_from_iter(args.iter()), |r| r.get(0))?)
        };
        // In-memory databases share one name, so they are never cached.
        if self.path == ":memory:" {
            return count();
        }
        let key = format!("{}\u{0}{:?}\u{0}{from}\u{0}{args:?}", self.path, self.generation()?);
        if let Some(n) = COUNTS.lock().ok().and_then(|c| c.get(&key).copied()) {
            return Ok(n);
        }
        let n = count()?;
        if let Ok(mut c) = COUNTS.lock() {
            if c.len() >= 4096 {
                c.clear();
            }
            c.insert(key, n);
        }
        Ok(n)
    }

    /// Articles matching `filter` (and the full-text query `q`, if any), newest first, with the
    /// total. `filter.limit` defaults to 50.
    pub fn articles_page(&self, filter: &ArticleFilter, q: Option<&str>) -> Result<Page<ArticleRow>> {
        let mut from = String::from("FROM articles a WHERE 1=1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(q) = q.filter(|q| !q.trim().is_empty()) {
            let Some(fts) = fts_query(q, false) else { return Ok(Page { total: 0, items: Vec::new() }) };
            from.push_str(" AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
            args.push(fts.into());
        }
        if let Some(o) = &filter.outlet {
            from.push_str(" AND a.outlet = ? COLLATE NOCASE");
            args.push(o.clone().into());
        }
        if let Some(d) = &filter.since {
            from.push_str(" AND a.published >= ?");
            args.push(d.to_string().into());
        }
        if let Some(d) = &filter.until {
            from.push_str(" AND a.published <= ?");
            args.push(d.to_string().into());
        }
        if let Some(l) = &filter.language {
            from.push_str(" AND a.language = ?");
            args.push(l.clone().into());
        }
        if let Some(s) = &filter.story {
            from.push_str(" AND a.story = ?");
            args.push(s.clone().into());
        }
        if !filter.include_duplicates {
            from.push_str(" AND a.duplicate_of IS NULL");
        }
        self.page(
            &from,
            &from,
            args,
            "a.id, a.source, a.url, a.outlet, a.title, a.published, a.language, a.author, a.duplicate_of,
             a.similarity, a.story, octet_length(a.text)",
            "a.published DESC, a.rowid DESC",
            filter.limit.unwrap_or(50),
            filter.offset,
            ArticleRow::from_row,
        )
    }

    /// Ids of the articles holding every word of `q` (unranked), for filtering listings.
    pub fn matching_ids(&self, q: &str) -> Result<Vec<String>> {
        let Some(fts) = fts_query(q, false) else { return Ok(Vec::new()) };
        let mut st = self.conn.prepare_cached(
            "SELECT a.id FROM articles a WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1)",
        )?;
        let rows = st.query_map([fts], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Ranked full-text search with offset and total. Snippets are cut only for the page, not for
    /// every match. Every word must match; when nothing does,
    /// any word may (still ranked by bm25), as [`Store::search`] does.
    pub fn search_page(&self, query: &str, limit: usize, offset: usize) -> Result<Page<RankedHit>> {
        let Some(all) = fts_query(query, false) else { return Ok(Page { total: 0, items: Vec::new() }) };
        let page = self.search_fts_page(&all, limit, offset)?;
        if page.total > 0 {
            return Ok(page);
        }
        match fts_query(query, true) {
            Some(any) if any != all => self.search_fts_page(&any, limit, offset),
            _ => Ok(page),
        }
    }

    fn search_fts_page(&self, fts: &str, limit: usize, offset: usize) -> Result<Page<RankedHit>> {
        let total = self.cached_count("FROM articles_fts WHERE articles_fts MATCH ?", &[fts.to_string().into()])?;
        let mut st = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.outlet, a.published, top.score,
                    snippet(articles_fts, 1, char(2), char(3), '…', 32)
             FROM (SELECT rowid AS r, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts
                   WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2 OFFSET ?3) AS top
             JOIN articles_fts ON articles_fts.rowid = top.r
             JOIN articles a ON a.rowid = top.r
             WHERE articles_fts MATCH ?1 ORDER BY top.score",
        )?;
        let items = st
            .query_map(rusqlite::params![fts, limit as i64, offset as i64], |r| {
                let (snippet, highlights) = split_snippet(&r.get::<_, Option<String>>(5)?.unwrap_or_default());
                Ok(RankedHit {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    score: -r.get::<_, f64>(4)?,
                    snippet,
                    highlights,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Page { total, items })
    }

    /// Quotes filtered by speaker name (exact, so the index serves it), article
    /// and words in the quote: in text order within one article, else the most recently
    /// ingested first.
    pub fn quotes_page(
        &self,
        speaker: Option<&str>,
        article: Option<&str>,
        q: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<QuoteHit>> {
        let mut from = String::from("FROM quotes f WHERE 1=1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(s) = speaker {
            from.push_str(" AND f.speaker_name = ?");
            args.push(s.to_string().into());
        }
        if let Some(x) = article {
            from.push_str(" AND f.article = ?");
            args.push(x.to_string().into());
        }
        if let Some(q) = q.filter(|q| !q.trim().is_empty()) {
            from.push_str(" AND f.text LIKE ? ESCAPE '\\'");
            args.push(like_pattern(q).into());
        }
        // Sorting by the article's date would join and sort every matching quote on each page (a
        // much-quoted speaker has thousands); the speaker index yields rows in ingest order for free.
        let order = if article.is_some() { "f.start" } else { "f.rowid DESC" };
        self.page(
            &from,
            &from.replacen("FROM quotes f", "FROM quotes f JOIN articles a ON a.id = f.article", 1),
            args,
            &format!("f.id, f.text, f.direct, f.speaker_name, f.cue, f.start, f.end, {AREF}"),
            order,
            limit,
            offset,
            |r| {
                Ok(QuoteHit {
                    id: r.get(0)?,
                    text: r.get(1)?,
                    direct: r.get(2)?,
                    speaker_name: r.get(3)?,
                    cue: r.get(4)?,
                    start: r.get(5)?,
                    end: r.get(6)?,
                    article: aref(r, 7)?,
                })
            },
        )
    }

    /// Figures filtered by what they count (exact, so the index serves it), article and unit: by the
    /// date they hold for (newest first) when filtered by `counts` or article, else the most
    /// recently ingested first.
    pub fn figures_page(
        &self,
        counts: Option<&str>,
        article: Option<&str>,
        unit: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<FigureHit>> {
        let mut from = String::from("FROM figures f WHERE 1=1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(c) = counts {
            from.push_str(" AND f.counts = ?");
            args.push(c.to_string().into());
        }
        if let Some(x) = article {
            from.push_str(" AND f.article = ?");
            args.push(x.to_string().into());
        }
        if let Some(u) = unit {
            from.push_str(" AND f.unit = ?");
            args.push(u.to_string().into());
        }
        let order = if counts.is_some() || article.is_some() {
            "coalesce(f.date, a.published) DESC, a.rowid DESC, f.start"
        } else {
            "f.rowid DESC"
        };
        self.page(
            &from,
            &from.replacen("FROM figures f", "FROM figures f JOIN articles a ON a.id = f.article", 1),
            args,
            &format!("f.id, f.text, f.value, f.unit, f.counts, f.qualifier, f.date, f.start, f.end, {AREF}"),
            order,
            limit,
            offset,
            figure_hit,
        )
    }

    /// Every figure counting exactly `counts`, oldest first: one chart series.
    pub fn figure_series(&self, counts: &str, max: usize) -> Result<Vec<FigureHit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT f.id, f.text, f.value, f.unit, f.counts, f.qualifier, f.date, f.start, f.end, {AREF}
             FROM figures f JOIN articles a ON a.id = f.article
             WHERE f.counts = ?1
             ORDER BY coalesce(f.date, a.published), a.rowid, f.start LIMIT ?2"
        ))?;
        let rows = st.query_map(rusqlite::params![counts, max as i64], figure_hit)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// What figures count, most frequent first.
    pub fn figure_counts(&self, limit: usize) -> Result<Vec<LabelCount>> {
        self.label_counts(
            "SELECT counts, count(*) FROM figures WHERE counts IS NOT NULL GROUP BY counts
             ORDER BY 2 DESC, 1 LIMIT ?1",
            &[(limit as i64).into()],
        )
    }

    /// Time expressions, filtered by article (then in text order) and by value prefix ("2021-12"
    /// matches the month); otherwise the most recently ingested first.
    pub fn times_page(
        &self,
        article: Option<&str>,
        value: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<TimeHit>> {
        let mut from = String::from("FROM times f WHERE 1=1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(x) = article {
            from.push_str(" AND f.article = ?");
            args.push(x.to_string().into());
        }
        if let Some(v) = value {
            from.push_str(" AND f.value LIKE ? ESCAPE '\\'");
            args.push(format!("{}%", escape_like(v)).into());
        }
        let order = if article.is_some() { "f.start" } else { "f.rowid DESC" };
        self.page(
            &from,
            &from.replacen("FROM times f", "FROM times f JOIN articles a ON a.id = f.article", 1),
            args,
            &format!("f.id, f.text, f.type, f.value, f.start, f.end, {AREF}"),
            order,
            limit,
            offset,
            |r| {
                Ok(TimeHit {
                    id: r.get(0)?,
                    text: r.get(1)?,
                    kind: r.get(2)?,
                    value: r.get(3)?,
                    start: r.get(4)?,
                    end: r.get(5)?,
                    article: aref(r, 6)?,
                })
            },
        )
    }

    /// Every distinct entity name with its mention and article counts, most mentioned first.
    /// The server caches this; it is one pass over the mentions table.
    pub fn entity_names(&self) -> Result<Vec<NameSummary>> {
        let mut st = self.conn.prepare_cached(
            "SELECT name, kind, sum(n), sum(arts) FROM (
                 SELECT name, kind, count(*) AS n, count(DISTINCT article) AS arts
                 FROM mentions GROUP BY name, kind ORDER BY n DESC
             ) GROUP BY name ORDER BY 3 DESC, 1",
        )?;
        let rows = st.query_map([], |r| {
            Ok(NameSummary { name: r.get(0)?, kind: r.get(1)?, mentions: r.get(2)?, articles: r.get(3)? })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Mentions of one entity name, newest article first.
    pub fn name_mentions(&self, name: &str, limit: usize, offset: usize) -> Result<Page<MentionHit>> {
        self.page(
            "FROM mentions m WHERE m.name = ?",
            "FROM mentions m JOIN articles a ON a.id = m.article WHERE m.name = ?",
            vec![name.to_string().into()],
            &format!("m.text, m.kind, m.name, m.role, m.start, m.end, {AREF}"),
            "a.published DESC, a.rowid DESC, m.start",
            limit,
            offset,
            |r| {
                Ok(MentionHit {
                    text: r.get(0)?,
                    kind: r.get(1)?,
                    name: r.get(2)?,
                    role: r.get(3)?,
                    start: r.get(4)?,
                    end: r.get(5)?,
                    article: aref(r, 6)?,
                })
            },
        )
    }

    /// The spellings under which a name was seen, most frequent first.
    pub fn name_spellings(&self, name: &str) -> Result<Vec<LabelCount>> {
        self.label_counts(
            "SELECT text, count(*) FROM mentions WHERE name = ?1 GROUP BY text ORDER BY 2 DESC, 1",
            &[name.to_string().into()],
        )
    }

    /// The roles attached to a name's mentions, most frequent first.
    pub fn name_roles(&self, name: &str) -> Result<Vec<LabelCount>> {
        self.label_counts(
            "SELECT role, count(*) FROM mentions WHERE name = ?1 AND role IS NOT NULL GROUP BY role ORDER BY 2 DESC, 1",
            &[name.to_string().into()],
        )
    }

    /// Speakers with their number of quotes, most quoted first, with the total number of speakers.
    pub fn speakers_page(&self, limit: usize, offset: usize) -> Result<Page<LabelCount>> {
        let total: i64 = self.conn.query_row(
            "SELECT count(DISTINCT speaker_name) FROM quotes WHERE speaker_name IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        let items = self.label_counts(
            "SELECT speaker_name, count(*) FROM quotes WHERE speaker_name IS NOT NULL
             GROUP BY speaker_name ORDER BY 2 DESC, 1 LIMIT ?1 OFFSET ?2",
            &[(limit as i64).into(), (offset as i64).into()],
        )?;
        Ok(Page { total, items })
    }

    /// Distinct outlets with article counts (all of them, unlike [`Store::stats`]).
    pub fn outlets(&self) -> Result<Vec<LabelCount>> {
        self.label_counts(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1",
            &[],
        )
    }

    /// A cheap fingerprint of the database's content, for caches: it changes when articles are
    /// added or removed, and when the link stage assigns their stories.
    pub fn generation(&self) -> Result<(i64, i64)> {
        let g = self
            .conn
            .query_row("SELECT coalesce(max(rowid), 0), count(*) + count(story) FROM articles", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        Ok(g.unwrap_or((0, 0)))
    }

    fn label_counts(&self, sql: &str, args: &[Value]) -> Result<Vec<LabelCount>> {
        let mut st = self.conn.prepare_cached(sql)?;
        let rows =
            st.query_map(params_from_iter(args.iter()), |r| Ok(LabelCount { label: r.get(0)?, count: r.get(1)? }))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }
}

pub(crate) fn figure_hit(r: &Row<'_>) -> rusqlite::Result<FigureHit> {
    Ok(FigureHit {
        id: r.get(0)?,
        text: r.get(1)?,
        value: r.get(2)?,
        unit: r.get(3)?,
        counts: r.get(4)?,
        qualifier: r.get(5)?,
        date: r.get(6)?,
        start: r.get(7)?,
        end: r.get(8)?,
        article: aref(r, 9)?,
    })
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

fn like_pattern(q: &str) -> String {
    format!("%{}%", escape_like(q.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_markers_become_code_point_ranges() {
        let (t, r) = split_snippet("…the \u{2}Iraqi\u{3} prime minister’s \u{2}claim\u{3}");
        assert_eq!(t, "…the Iraqi prime minister’s claim");
        let chars: Vec<char> = t.chars().collect();
        let s: String = chars[r[0][0]..r[0][1]].iter().collect();
        assert_eq!(s, "Iraqi");
        let s: String = chars[r[1][0]..r[1][1]].iter().collect();
        assert_eq!(s, "claim");
        // An unmatched marker never yields a range.
        assert_eq!(split_snippet("a\u{3}b\u{2}c").1, Vec::<[usize; 2]>::new());
    }

    #[test]
    fn pages_count_all_rows_but_return_one_page() {
        let mut s = Store::in_memory().unwrap();
        let batch: Vec<_> = (0..7)
            .map(|i| crate::NewArticle {
                article: dossier_core::Article {
                    id: format!("a-{i}"),
                    source: format!("{i}.txt"),
                    outlet: Some(if i % 2 == 0 { "Reuters" } else { "AP" }.into()),
                    published: format!("2021-12-{:02}", i + 1).parse().ok(),
                    text: format!("Troops in Iraq, report number {i}."),
                    ..Default::default()
                },
                duplicate_of: None,
                exact_key: i,
                signature: vec![],
                extraction: Default::default(),
                links: Default::default(),
            })
            .collect();
        s.insert_batch(&batch).unwrap();
        let f = ArticleFilter { limit: Some(3), offset: 0, ..Default::default() };
        let p = s.articles_page(&f, None).unwrap();
        assert_eq!((p.total, p.items.len()), (7, 3));
        assert_eq!(p.items[0].id, "a-6", "newest first");
        let f = ArticleFilter { outlet: Some("reuters".into()), limit: Some(10), ..Default::default() };
        assert_eq!(s.articles_page(&f, None).unwrap().total, 4);
        let p =
            s.articles_page(&ArticleFilter { limit: Some(2), offset: 6, ..Default::default() }, Some("iraq")).unwrap();
        assert_eq!((p.total, p.items.len()), (7, 1));
        assert_eq!(s.search_page("troops", 5, 0).unwrap().total, 7);
        assert_eq!(s.search_page("\"", 5, 0).unwrap().total, 0);
        assert_eq!(s.outlets().unwrap()[0].label, "Reuters");
    }
}

/// One article with every fact stored for it: what an article page or API response shows.
#[derive(Debug, Clone)]
pub struct ArticleFacts {
    pub article: ArticleRecord,
    pub mentions: Vec<MentionRecord>,
    pub quotes: Vec<QuoteRecord>,
    pub times: Vec<TimeRecord>,
    pub figures: Vec<FigureRecord>,
}

impl Store {
    /// The article `id` with all its facts, in text order; None when there is no such article.
    pub fn article_with_facts(&self, id: &str) -> Result<Option<ArticleFacts>> {
        let Some(article) = self.article(id)? else { return Ok(None) };
        Ok(Some(ArticleFacts {
            mentions: self.mentions(Some(&article.id))?,
            quotes: self.quotes(Some(&article.id))?,
            times: self.times(Some(&article.id))?,
            figures: self.figures(Some(&article.id))?,
            article,
        }))
    }
}
