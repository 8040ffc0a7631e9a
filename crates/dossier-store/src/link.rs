//! The link stage's side of the database: which articles still need linking, the linkers'
//! persisted state, and writing their results (entity ids on mentions and quotes, entities,
//! stories) in one transaction with that state, so the two never disagree after a crash.

use crate::{ArticleRecord, ArticleRow, Page, Result, Store};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params, params_from_iter};
use serde::Serialize;

/// One entity merged across articles.
#[derive(Debug, Clone, Serialize)]
pub struct EntityRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub mentions: i64,
    pub articles: i64,
    /// Every spelling seen with its count, most frequent first.
    pub aliases: Vec<(String, i64)>,
    /// Roles as given, with the publication date of the article that gave them.
    pub roles: Vec<(String, Option<String>)>,
    /// Why its spellings were merged, one line per merge.
    pub why: Vec<String>,
}

/// One story: articles grouped across outlets.
#[derive(Debug, Clone, Serialize)]
pub struct StoryRow {
    pub id: String,
    pub title: String,
    pub articles: i64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Outlets with their article counts.
    pub outlets: Vec<(String, i64)>,
    /// Words the articles share.
    pub terms: Vec<String>,
    /// Names of the entities the articles share.
    pub entities: Vec<String>,
}

/// The link stage's results for one article stored with it ([`Store::insert_batch_linked`]):
/// the entity of each mention and of each quote's speaker (in extraction order), and its story.
#[derive(Debug, Clone, Default)]
pub struct ArticleLinks {
    pub mention_entities: Vec<Option<String>>,
    pub quote_speakers: Vec<Option<String>>,
    pub story: Option<String>,
    pub story_reason: Option<String>,
}

/// Everything one link step writes.
#[derive(Debug, Default)]
pub struct LinkWrite {
    /// (article, start, end) of a mention → its entity.
    pub mentions: Vec<(String, i64, i64, String)>,
    /// Quote id → the entity of its speaker.
    pub speakers: Vec<(String, String)>,
    /// Article → (story, why it is there).
    pub stories_of: Vec<(String, String, String)>,
    /// Entities created or changed (name, kind, counts, roles, why; their `aliases` are not
    /// written: spellings are counted from the mentions, in `spellings`).
    pub entities: Vec<EntityRow>,
    /// (entity, spelling as written, mentions added with it): added to the stored counts.
    pub spellings: Vec<(String, String, i64)>,
    /// Stories created or changed: title, terms and entities; counts, dates and outlets are
    /// recomputed here from their articles.
    pub stories: Vec<StoryRow>,
    /// Persisted linker state by name. Writing any state also empties the link journal, which
    /// the saved state then includes.
    pub state: Vec<(String, Vec<u8>)>,
    /// Instead of the state: the step's link inputs, appended to the link journal.
    pub journal: Option<Vec<u8>>,
}

impl Store {
    /// Up to `limit` articles not linked yet stored after row `after`, in the order they were
    /// stored, with their row ids (for the next call's `after`).
    pub fn unlinked_articles(&self, after: i64, limit: usize) -> Result<Vec<(i64, ArticleRecord)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, source, url, outlet, title, published, language, author, duplicate_of, similarity,
                    story, text, removed, rowid FROM articles WHERE story IS NULL AND rowid > ?1 ORDER BY rowid LIMIT ?2",
        )?;
        let rows = st.query_map(params![after, limit as i64], |r| Ok((r.get(13)?, ArticleRecord::from_row(r)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// `f` of a linker's persisted state if any, read in place: the state is megabytes on a large
    /// corpus, and a copy of it costs as much as decoding it.
    pub fn with_link_state<T>(&self, name: &str, f: impl FnOnce(&[u8]) -> T) -> Result<Option<T>> {
        let mut st = self.conn.prepare_cached("SELECT data FROM link_state WHERE name = ?1")?;
        let mut rows = st.query([name])?;
        match rows.next()? {
            Some(r) => Ok(Some(f(r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?))),
            None => Ok(None),
        }
    }

    /// The link journal: the entries appended since the linkers' state was last saved, in order.
    pub fn link_journal(&self) -> Result<Vec<Vec<u8>>> {
        let mut st = self.conn.prepare_cached("SELECT data FROM link_journal ORDER BY seq")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Writes one link step in one transaction.
    pub fn write_links(&mut self, w: &LinkWrite) -> Result<()> {
        let tx = self.conn.transaction()?;
        write_links_in(&tx, w)?;
        tx.commit()?;
        Ok(())
    }

    /// Forgets every link result, so the next link step relinks the corpus from scratch.
    pub fn reset_links(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "UPDATE mentions SET entity = NULL WHERE entity IS NOT NULL;
             UPDATE quotes SET speaker = NULL WHERE speaker IS NOT NULL;
             UPDATE articles SET story = NULL, story_reason = NULL WHERE story IS NOT NULL;
             DELETE FROM entities; DELETE FROM entity_aliases; DELETE FROM stories; DELETE FROM link_state;
             DELETE FROM link_journal;",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Merged entities, most mentioned first; `kind` filters, `q` matches any spelling.
    pub fn entities_page(
        &self,
        kind: Option<&str>,
        q: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<EntityRow>> {
        let mut sql = String::from("FROM entities e WHERE 1=1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(k) = kind {
            sql.push_str(" AND e.kind = ?");
            args.push(k.to_string().into());
        }
        if let Some(q) = q.map(str::trim).filter(|q| !q.is_empty()) {
            sql.push_str(
                " AND e.id IN (SELECT entity FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\' COLLATE NOCASE)",
            );
            let esc = q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            args.push(format!("%{esc}%").into());
        }
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) {sql}"))?
            .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
        let mut all = args;
        all.push((limit as i64).into());
        all.push((offset as i64).into());
        let ids: Vec<String> = self
            .conn
            .prepare_cached(&format!("SELECT e.id {sql} ORDER BY e.mentions DESC, e.name, e.id LIMIT ? OFFSET ?"))?
            .query_map(params_from_iter(all.iter()), |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        let mut items = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(e) = self.entity(&id)? {
                items.push(e);
            }
        }
        Ok(Page { total, items })
    }

    /// One entity by id.
    pub fn entity(&self, id: &str) -> Result<Option<EntityRow>> {
        let row = self
            .conn
            .prepare_cached("SELECT id, name, kind, mentions, articles, roles, why FROM entities WHERE id = ?1")?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })
            .optional()?;
        let Some((id, name, kind, mentions, articles, roles, why)) = row else {
            return Ok(None);
        };
        let aliases = self
            .conn
            .prepare_cached("SELECT alias, count FROM entity_aliases WHERE entity = ?1 ORDER BY count DESC, alias")?
            .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Some(EntityRow {
            id,
            name,
            kind,
            mentions,
            articles,
            aliases,
            roles: serde_json::from_str(&roles)?,
            why: serde_json::from_str(&why)?,
        }))
    }

    /// The entity a reader means by `name`: an id, the canonical name or any spelling seen (case
    /// aside), the most mentioned first.
    pub fn find_entity(&self, name: &str) -> Result<Option<EntityRow>> {
        let name = name.trim();
        if name.starts_with("e-")
            && let Some(e) = self.entity(name)?
        {
            return Ok(Some(e));
        }
        let id: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT e.id FROM entities e WHERE e.name = ?1 COLLATE NOCASE
                    OR e.id IN (SELECT entity FROM entity_aliases WHERE alias = ?1 COLLATE NOCASE)
                 ORDER BY e.name = ?1 DESC, e.mentions DESC LIMIT 1",
            )?
            .query_row([name], |r| r.get(0))
            .optional()?;
        match id {
            Some(id) => self.entity(&id),
            None => Ok(None),
        }
    }

    /// Stories, largest first (then the most recent).
    pub fn stories_page(&self, min_articles: i64, limit: usize, offset: usize) -> Result<Page<StoryRow>> {
        let total: i64 =
            self.conn.query_row("SELECT count(*) FROM stories WHERE articles >= ?1", [min_articles], |r| r.get(0))?;
        let mut st = self.conn.prepare_cached(
            "SELECT id, title, articles, first, last, outlets, terms, entities FROM stories WHERE articles >= ?1
             ORDER BY articles DESC, last DESC, id LIMIT ?2 OFFSET ?3",
        )?;
        let items = st
            .query_map(params![min_articles, limit as i64, offset as i64], story_row)?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Page { total, items: items.into_iter().collect::<Result<_>>()? })
    }

    /// One story by id or unique id prefix.
    pub fn story(&self, id: &str) -> Result<Option<StoryRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, title, articles, first, last, outlets, terms, entities FROM stories
             WHERE id >= ?1 AND id < ?1 || char(1114111) ORDER BY id LIMIT 2",
        )?;
        let rows: Vec<Result<StoryRow>> = st.query_map([id], story_row)?.collect::<std::result::Result<_, _>>()?;
        match rows.len() {
            1 => rows.into_iter().next().transpose(),
            _ => {
                // An exact id wins over a prefix shared by several.
                for r in rows {
                    let r = r?;
                    if r.id == id {
                        return Ok(Some(r));
                    }
                }
                Ok(None)
            }
        }
    }

    /// The articles of a story, oldest first, with why each is there.
    pub fn story_articles(&self, story: &str) -> Result<Vec<(ArticleRow, Option<String>)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, source, url, outlet, title, published, language, author, duplicate_of, similarity,
                    story, length(text), story_reason FROM articles WHERE story = ?1 ORDER BY published, rowid",
        )?;
        let rows = st.query_map([story], |r| Ok((ArticleRow::from_row(r)?, r.get(12)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }
}

fn story_row(r: &Row<'_>) -> rusqlite::Result<Result<StoryRow>> {
    let outlets: String = r.get(5)?;
    let terms: String = r.get(6)?;
    let entities: String = r.get(7)?;
    let (id, title, articles, first, last) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
    Ok((|| {
        Ok(StoryRow {
            id,
            title,
            articles,
            first,
            last,
            outlets: serde_json::from_str::<Vec<(Option<String>, i64)>>(&outlets)?
                .into_iter()
                .filter_map(|(o, n)| o.map(|o| (o, n)))
                .collect(),
            terms: serde_json::from_str(&terms)?,
            entities: serde_json::from_str(&entities)?,
        })
    })())
}

impl Store {
    /// Entity id → the articles mentioning it, for the export.
    pub fn entity_articles(&self) -> Result<std::collections::HashMap<String, Vec<String>>> {
        let mut st = self.conn.prepare(
            "SELECT entity, article FROM mentions WHERE entity IS NOT NULL GROUP BY entity, article ORDER BY entity, article",
        )?;
        let mut out: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (e, a) = row?;
            out.entry(e).or_default().push(a);
        }
        Ok(out)
    }
}

impl Store {
    /// Every (entity, spelling, mentions of the entity) — for lookups by spelling rules the
    /// database cannot express.
    pub fn all_aliases(&self) -> Result<Vec<(String, String, i64)>> {
        let mut st = self.conn.prepare(
            "SELECT a.entity, a.alias, e.mentions FROM entity_aliases a JOIN entities e ON e.id = a.entity
             UNION ALL SELECT id, name, mentions FROM entities",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }
}

/// The body of [`Store::write_links`], inside a transaction of the caller's.
pub(crate) fn write_links_in(tx: &rusqlite::Transaction<'_>, w: &LinkWrite) -> Result<()> {
    let mut men =
        tx.prepare_cached("UPDATE mentions SET entity = ?4 WHERE article = ?1 AND start = ?2 AND end = ?3")?;
    for (a, s, e, ent) in &w.mentions {
        men.execute(params![a, s, e, ent])?;
    }
    let mut spk = tx.prepare_cached("UPDATE quotes SET speaker = ?2 WHERE id = ?1")?;
    for (q, e) in &w.speakers {
        spk.execute(params![q, e])?;
    }
    let mut sto = tx.prepare_cached("UPDATE articles SET story = ?2, story_reason = ?3 WHERE id = ?1")?;
    for (a, s, why) in &w.stories_of {
        sto.execute(params![a, s, why])?;
    }
    let mut ent = tx.prepare_cached(
        "INSERT INTO entities (id, name, kind, mentions, articles, roles, why) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, mentions = excluded.mentions,
            articles = excluded.articles, roles = excluded.roles, why = excluded.why",
    )?;
    for e in &w.entities {
        ent.execute(params![
            e.id,
            e.name,
            e.kind,
            e.mentions,
            e.articles,
            serde_json::to_string(&e.roles)?,
            serde_json::to_string(&e.why)?
        ])?;
    }
    // Entities only ever gain mentions (a linked mention never changes entity until a
    // rebuild), so spelling counts are kept by adding each step's counts.
    let mut ali = tx.prepare_cached(
        "INSERT INTO entity_aliases (entity, alias, count) VALUES (?1, ?2, ?3)
         ON CONFLICT(entity, alias) DO UPDATE SET count = count + excluded.count",
    )?;
    for (e, alias, n) in &w.spellings {
        ali.execute(params![e, alias, n])?;
    }
    let mut story = tx.prepare_cached(
        "INSERT INTO stories (id, title, terms, entities) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(id) DO UPDATE SET title = excluded.title, terms = excluded.terms, entities = excluded.entities",
    )?;
    // Counts, dates and outlets straight from the member articles, so they cannot drift.
    let mut agg = tx.prepare_cached(
        "UPDATE stories SET
            articles = (SELECT count(*) FROM articles WHERE story = ?1),
            first = (SELECT min(published) FROM articles WHERE story = ?1),
            last = (SELECT max(published) FROM articles WHERE story = ?1),
            outlets = (SELECT coalesce(json_group_array(json_array(outlet, n)), '[]') FROM
                (SELECT outlet, count(*) AS n FROM articles WHERE story = ?1 AND outlet IS NOT NULL
                 GROUP BY outlet ORDER BY n DESC, outlet))
         WHERE id = ?1",
    )?;
    for s in &w.stories {
        story.execute(params![s.id, s.title, serde_json::to_string(&s.terms)?, serde_json::to_string(&s.entities)?])?;
        agg.execute([&s.id])?;
    }
    let mut state = tx.prepare_cached(
        "INSERT INTO link_state (name, data) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET data = excluded.data",
    )?;
    for (name, data) in &w.state {
        state.execute(params![name, data])?;
    }
    if !w.state.is_empty() {
        tx.execute("DELETE FROM link_journal", [])?;
    }
    if let Some(data) = &w.journal {
        tx.execute("INSERT INTO link_journal (data) VALUES (?1)", [data])?;
    }
    Ok(())
}
