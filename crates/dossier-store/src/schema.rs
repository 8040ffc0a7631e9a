//! Schema and migrations. `PRAGMA user_version` holds the number of migrations applied; each
//! migration runs in its own transaction, so a database is never left half-migrated.

use crate::{Result, StoreError};
use rusqlite::Connection;

/// Migrations in order; never edit one that has shipped, add a new one.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: articles, full-text index, per-article facts.
    r#"
    CREATE TABLE articles (
        rowid        INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        source       TEXT NOT NULL,
        url          TEXT,
        outlet       TEXT,
        title        TEXT,
        published    TEXT,
        language     TEXT,
        author       TEXT,
        text         TEXT NOT NULL,
        removed      TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT,
        similarity   REAL,
        exact_key    INTEGER NOT NULL,
        signature    BLOB,
        story        TEXT,
        ingested_at  TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
    CREATE INDEX articles_story ON articles(story);
    -- External-content FTS5: the text is stored once (in articles), the index holds only terms.
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content = 'articles', content_rowid = 'rowid',
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TABLE mentions (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        text TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, role TEXT,
        entity TEXT,
        PRIMARY KEY (article, start, end)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_name ON mentions(name);
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
        direct INTEGER NOT NULL,
        speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER, cue TEXT,
        speaker TEXT
    );
    CREATE INDEX quotes_article ON quotes(article, start);
    CREATE INDEX quotes_speaker ON quotes(speaker_name);
    CREATE TABLE times (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT NOT NULL, value TEXT
    );
    CREATE INDEX times_article ON times(article, start);
    CREATE TABLE figures (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
        value REAL NOT NULL, unit TEXT, counts TEXT, qualifier TEXT, date TEXT
    );
    CREATE INDEX figures_article ON figures(article, start);
    CREATE INDEX figures_counts ON figures(counts);
    "#,
    // 2: the link stage's results: entities merged across articles, stories, and the
    // linkers' persisted state (so adding articles never relinks the whole corpus).
    r#"
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        why TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
    CREATE INDEX entities_kind ON entities(kind, mentions);
    CREATE TABLE entity_aliases (
        entity TEXT NOT NULL,
        alias TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (entity, alias)
    ) WITHOUT ROWID;
    CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        first TEXT,
        last TEXT,
        outlets TEXT NOT NULL DEFAULT '[]',
        terms TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX stories_size ON stories(articles, last);
    ALTER TABLE articles ADD COLUMN story_reason TEXT;
    CREATE INDEX quotes_speaker_entity ON quotes(speaker);
    CREATE TABLE link_state (name TEXT PRIMARY KEY, data BLOB NOT NULL);
    "#,
    // 3: full-text index tuned for bulk ingest (measured with `examples/fts_variants.rs` on
    // allsides-5k: about a fifth less CPU per article). FTS5 keeps new terms in an in-memory hash
    // and writes a segment each time it fills: at 8 MB instead of 1 MB an ingest writes far fewer
    // small segments, so there is less to merge later; merging when 8 segments of a level exist
    // instead of 4 halves the merge work again. Queries still see every segment, and
    // `Store::optimize` folds them into one. Only configuration rows change (they live in the
    // index's own config table and every connection reads them), so this holds whatever number
    // this migration runs as, and any SQLite that opens the file ignores keys it does not know.
    r#"
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
    "#,
    // 4: the server's entity listing pages in rank order (most mentioned first), with or without
    // a kind, straight from an index instead of sorting every entity per page.
    r#"
    CREATE INDEX IF NOT EXISTS entities_rank ON entities(mentions DESC, name, id);
    CREATE INDEX IF NOT EXISTS entities_kind_rank ON entities(kind, mentions DESC, name, id);
    "#,
    // 5: adding a few articles to a large corpus without reading the whole of it. The
    // originals' near-duplicate signatures get a narrow table of their own (keyed by the
    // article's row, so it grows by appending): seeding the deduplicator read every article's
    // text before. The link journal holds the link stage's inputs since the linkers' state was
    // last saved whole: a small ingest appends its articles there, and loading replays them,
    // instead of rewriting megabytes of state each time.
    r#"
    CREATE TABLE IF NOT EXISTS dedup_originals (
        article   INTEGER PRIMARY KEY,
        id        TEXT NOT NULL,
        exact_key INTEGER NOT NULL,
        signature BLOB
    );
    INSERT OR IGNORE INTO dedup_originals (article, id, exact_key, signature)
        SELECT rowid, id, exact_key, signature FROM articles WHERE duplicate_of IS NULL;
    UPDATE articles SET signature = NULL WHERE signature IS NOT NULL;
    CREATE TABLE IF NOT EXISTS link_journal (seq INTEGER PRIMARY KEY, articles INTEGER NOT NULL, data BLOB NOT NULL);
    "#,
    // 6: a journal entry's article count is derived from the entry itself; the column (shipped in
    // migration 5, NOT NULL) goes, its entries kept in order. A shipped migration is never edited.
    r#"
    CREATE TABLE link_journal_new (seq INTEGER PRIMARY KEY, data BLOB NOT NULL);
    INSERT INTO link_journal_new (seq, data) SELECT seq, data FROM link_journal;
    DROP TABLE link_journal;
    ALTER TABLE link_journal_new RENAME TO link_journal;
    "#,
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::TooNew { path: path.to_string(), found, supported: VERSION });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        // Take the write lock first and read the version again inside it: another process
        // opening the same new file at the same moment may have migrated it meanwhile.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now > i as i64 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
