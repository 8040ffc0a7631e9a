//! Read queries the web UI and API need beyond the listings of `queries.rs`: merged entities
//! (their mentions, quotes by and about them, where each spelling was seen), and the fact ids in
//! listing order, so the server can page deep listings without OFFSET scans.

use crate::{ArticleRef, FigureHit, MentionHit, Page, QuoteHit, Result, Store, TimeHit};
use rusqlite::types::Value;
use rusqlite::{Row, params, params_from_iter};
use serde::Serialize;

/// One spelling of an entity and the articles it was seen in (each with its first span there).
#[derive(Debug, Clone, Serialize)]
pub struct SpellingSeen {
    pub spelling: String,
    pub mentions: i64,
    /// (article, start, end) of the first use in each article, oldest article first.
    pub seen: Vec<(ArticleRef, i64, i64)>,
}

/// Mentions of an entity in one month ("2021-12"; "" when the article has no date).
#[derive(Debug, Clone, Serialize)]
pub struct MonthCount {
    pub month: String,
    pub mentions: i64,
    pub articles: i64,
}

/// Which fact table a listing pages through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactTable {
    Quotes,
    Figures,
    Times,
}

impl FactTable {
    fn name(self) -> &'static str {
        match self {
            FactTable::Quotes => "quotes",
            FactTable::Figures => "figures",
            FactTable::Times => "times",
        }
    }
}

fn aref(r: &Row<'_>, at: usize) -> rusqlite::Result<ArticleRef> {
    Ok(ArticleRef { id: r.get(at)?, title: r.get(at + 1)?, outlet: r.get(at + 2)?, published: r.get(at + 3)? })
}

fn quote_hit(r: &Row<'_>) -> rusqlite::Result<QuoteHit> {
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
}

const QUOTE_COLS: &str =
    "q.id, q.text, q.direct, q.speaker_name, q.cue, q.start, q.end, a.id, a.title, a.outlet, a.published";

impl Store {
    /// Mentions of a merged entity, newest article first, then in text order.
    pub fn entity_mentions(&self, entity: &str, limit: usize, offset: usize) -> Result<Page<MentionHit>> {
        let total: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM mentions WHERE entity = ?1")?
            .query_row([entity], |r| r.get(0))?;
        let mut st = self.conn.prepare_cached(
            "SELECT m.text, m.kind, m.name, m.role, m.start, m.end, a.id, a.title, a.outlet, a.published
             FROM mentions m JOIN articles a ON a.id = m.article WHERE m.entity = ?1
             ORDER BY a.published DESC, a.rowid DESC, m.start LIMIT ?2 OFFSET ?3",
        )?;
        let items = st
            .query_map(params![entity, limit as i64, offset as i64], |r| {
                Ok(MentionHit {
                    text: r.get(0)?,
                    kind: r.get(1)?,
                    name: r.get(2)?,
                    role: r.get(3)?,
                    start: r.get(4)?,
                    end: r.get(5)?,
                    article: aref(r, 6)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Page { total, items })
    }

    /// Quotes whose speaker was linked to `entity`, newest article first.
    pub fn entity_quotes_by(&self, entity: &str, limit: usize, offset: usize) -> Result<Page<QuoteHit>> {
        let total: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM quotes WHERE speaker = ?1")?
            .query_row([entity], |r| r.get(0))?;
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {QUOTE_COLS} FROM quotes q JOIN articles a ON a.id = q.article WHERE q.speaker = ?1
             ORDER BY a.published DESC, a.rowid DESC, q.start LIMIT ?2 OFFSET ?3"
        ))?;
        let items = st
            .query_map(params![entity, limit as i64, offset as i64], quote_hit)?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Page { total, items })
    }

    /// Quotes by someone else that name `entity` (a mention of it lies inside the quote),
    /// newest article first, at most `limit`.
    pub fn entity_quotes_about(&self, entity: &str, limit: usize) -> Result<Vec<QuoteHit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {QUOTE_COLS} FROM quotes q JOIN articles a ON a.id = q.article
             WHERE q.id IN (SELECT q2.id FROM mentions m JOIN quotes q2
                              ON q2.article = m.article AND m.start >= q2.start AND m.end <= q2.end
                            WHERE m.entity = ?1)
               AND (q.speaker IS NULL OR q.speaker <> ?1)
             ORDER BY a.published DESC, a.rowid DESC, q.start LIMIT ?2"
        ))?;
        let rows = st.query_map(params![entity, limit as i64], quote_hit)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Every spelling under which `entity` was written, most used first, with the articles each
    /// was seen in (up to `per_spelling`).
    pub fn entity_spellings(&self, entity: &str, per_spelling: usize) -> Result<Vec<SpellingSeen>> {
        let mut st = self.conn.prepare_cached(
            "SELECT m.text, count(*), min(m.start), a.id, a.title, a.outlet, a.published
             FROM mentions m JOIN articles a ON a.id = m.article WHERE m.entity = ?1
             GROUP BY m.text, m.article ORDER BY a.published, a.rowid",
        )?;
        let rows = st.query_map([entity], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, aref(r, 3)?))
        })?;
        let mut out: Vec<SpellingSeen> = Vec::new();
        for row in rows {
            let (text, n, start, art) = row?;
            let end = start + text.chars().count() as i64;
            match out.iter_mut().find(|s| s.spelling == text) {
                Some(s) => {
                    s.mentions += n;
                    if s.seen.len() < per_spelling {
                        s.seen.push((art, start, end));
                    }
                }
                None => out.push(SpellingSeen { spelling: text, mentions: n, seen: vec![(art, start, end)] }),
            }
        }
        out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.spelling.cmp(&b.spelling)));
        Ok(out)
    }

    /// Mentions of `entity` per month of publication, oldest first.
    pub fn entity_months(&self, entity: &str) -> Result<Vec<MonthCount>> {
        let mut st = self.conn.prepare_cached(
            "SELECT coalesce(substr(a.published, 1, 7), ''), count(*), count(DISTINCT a.id)
             FROM mentions m JOIN articles a ON a.id = m.article WHERE m.entity = ?1 GROUP BY 1 ORDER BY 1",
        )?;
        let rows =
            st.query_map([entity], |r| Ok(MonthCount { month: r.get(0)?, mentions: r.get(1)?, articles: r.get(2)? }))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Every rowid of a fact table, newest first: the order of the unfiltered listings. The
    /// server keeps this per database generation, so a deep page is a slice, not an OFFSET scan.
    pub fn fact_rowids(&self, table: FactTable) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare(&format!("SELECT rowid FROM {} ORDER BY rowid DESC", table.name()))?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The quotes with these rowids, in the order given.
    pub fn quotes_at(&self, rowids: &[i64]) -> Result<Vec<QuoteHit>> {
        self.facts_at(FactTable::Quotes, rowids, QUOTE_COLS, |r| quote_hit_at(r, 0))
    }

    /// The figures with these rowids, in the order given.
    pub fn figures_at(&self, rowids: &[i64]) -> Result<Vec<FigureHit>> {
        self.facts_at(
            FactTable::Figures,
            rowids,
            "q.id, q.text, q.value, q.unit, q.counts, q.qualifier, q.date, q.start, q.end,
             a.id, a.title, a.outlet, a.published",
            crate::queries::figure_hit,
        )
    }

    /// The time expressions with these rowids, in the order given.
    pub fn times_at(&self, rowids: &[i64]) -> Result<Vec<TimeHit>> {
        self.facts_at(
            FactTable::Times,
            rowids,
            "q.id, q.text, q.type, q.value, q.start, q.end, a.id, a.title, a.outlet, a.published",
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

    fn facts_at<T>(
        &self,
        table: FactTable,
        rowids: &[i64],
        cols: &str,
        f: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        if rowids.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; rowids.len()].join(",");
        let sql = format!(
            "SELECT {cols}, q.rowid FROM {} q JOIN articles a ON a.id = q.article WHERE q.rowid IN ({marks})",
            table.name()
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let args: Vec<Value> = rowids.iter().map(|&r| Value::Integer(r)).collect();
        let mut rows: Vec<(i64, T)> = st
            // The row id comes last, so the callers' row readers are the listings' own.
            .query_map(params_from_iter(args.iter()), |r| Ok((r.get::<_, i64>(r.as_ref().column_count() - 1)?, f(r)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let pos = |rid: i64| rowids.iter().position(|&x| x == rid).unwrap_or(usize::MAX);
        rows.sort_by_key(|(rid, _)| pos(*rid));
        Ok(rows.into_iter().map(|(_, t)| t).collect())
    }
}

fn quote_hit_at(r: &Row<'_>, at: usize) -> rusqlite::Result<QuoteHit> {
    Ok(QuoteHit {
        id: r.get(at)?,
        text: r.get(at + 1)?,
        direct: r.get(at + 2)?,
        speaker_name: r.get(at + 3)?,
        cue: r.get(at + 4)?,
        start: r.get(at + 5)?,
        end: r.get(at + 6)?,
        article: aref(r, at + 7)?,
    })
}
