use super::*;
use dossier_core::{EntityKind, EntityMention, Quote, Span};

fn article(id: &str, outlet: &str, date: &str, title: &str, text: &str) -> NewArticle {
    NewArticle {
        article: Article {
            id: id.into(),
            source: format!("{id}.txt"),
            outlet: Some(outlet.into()),
            title: Some(title.into()),
            published: date.parse().ok(),
            language: Some("en".into()),
            text: text.into(),
            removed: vec![Removed { line: "Related Articles".into(), reason: "chrome".into() }],
            ..Default::default()
        },
        duplicate_of: None,
        exact_key: dossier_core::stable_hash(&[text]),
        signature: vec![1, 2, 3],
        extraction: Extraction::default(),
        links: Default::default(),
    }
}

#[test]
fn insert_is_idempotent_and_round_trips() {
    let mut s = Store::in_memory().unwrap();
    let a =
        article("a-1", "Reuters", "2021-12-10", "Coalition ends combat mission", "Iraq’s adviser said on Thursday.");
    assert_eq!(s.insert_batch(std::slice::from_ref(&a)).unwrap(), vec!["a-1".to_string()]);
    assert!(s.insert_batch(&[a]).unwrap().is_empty(), "same id twice adds nothing");
    let rec = s.article("a-1").unwrap().unwrap();
    assert_eq!(rec.outlet.as_deref(), Some("Reuters"));
    assert_eq!(rec.published.as_deref(), Some("2021-12-10"));
    assert_eq!(rec.removed, vec!["Related Articles".to_string()]);
    assert_eq!(rec.removed_reasons[0].reason, "chrome");
    assert_eq!(s.stats().unwrap().articles, 1);
    assert_eq!(s.dedup_keys().unwrap()[0].2, vec![1, 2, 3]);
}

#[test]
fn facts_are_stored_with_code_point_offsets() {
    let mut s = Store::in_memory().unwrap();
    let text = "“We are done,” Qasim al-Araji said.";
    let mut a = article("a-2", "X", "2021-12-13", "T", text);
    let q_start = text.find("We").unwrap();
    let q_end = text.find(",”").unwrap();
    let name_start = text.find("Qasim").unwrap();
    let name_end = text.find(" said").unwrap();
    a.extraction.quotes.push(Quote {
        span: Span::new(q_start, q_end),
        direct: true,
        speaker_name: Some("Qasim al-Araji".into()),
        speaker_span: Some(Span::new(name_start, name_end)),
        cue: Some("said".into()),
        cue_span: None,
    });
    a.extraction.entities.push(EntityMention {
        span: Span::new(name_start, name_end),
        kind: EntityKind::Person,
        name: "Qasim al-Araji".into(),
        role: None,
    });
    s.insert_batch(&[a]).unwrap();
    let q = &s.quotes(Some("a-2")).unwrap()[0];
    assert_eq!(q.text, "We are done");
    // “ is one code point though three bytes.
    assert_eq!((q.start, q.end), (1, 12));
    let chars: Vec<char> = text.chars().collect();
    let speaker: String = chars[q.speaker_start.unwrap() as usize..q.speaker_end.unwrap() as usize].iter().collect();
    assert_eq!(speaker, "Qasim al-Araji");
    assert!(q.id.starts_with("q-"));
    assert_eq!(s.mentions(None).unwrap()[0].kind, "person");
}

#[test]
fn search_ranks_and_falls_back_to_any_word() {
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(&[
        article(
            "a-1",
            "A",
            "2024-03-25",
            "ISIS still a threat, envoy says",
            "The envoy said ISIS is still a threat in Iraq.",
        ),
        article("a-2", "B", "2021-12-10", "Troops stay", "About 2,500 US troops will stay in Iraq."),
    ])
    .unwrap();
    let hits = s.search("threat", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, "a-1");
    assert!(hits[0].snippet.contains("\u{2}threat\u{3}"));
    // Stemming: "troop" finds "troops".
    assert_eq!(s.search("troop", 10).unwrap()[0].id, "a-2");
    // No article has both words: the OR fallback returns both.
    assert_eq!(s.search("threat troops", 10).unwrap().len(), 2);
    // Phrases and FTS syntax in user input are safe.
    assert_eq!(s.search("\"still a threat\"", 10).unwrap().len(), 1);
    assert!(s.search("NEAR( \" * -", 10).is_ok());
    assert!(s.search("   ", 10).unwrap().is_empty());
}

#[test]
fn filters_select_outlet_dates_and_language() {
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(&[
        article("a-1", "Reuters", "2020-09-10", "One", "one"),
        article("a-2", "AFP", "2021-12-10", "Two", "two"),
        article("a-3", "reuters", "2024-03-25", "Three", "three"),
    ])
    .unwrap();
    let f = ArticleFilter { outlet: Some("REUTERS".into()), ..Default::default() };
    let ids: Vec<_> = s.articles(&f).unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(ids, vec!["a-3", "a-1"], "newest first, outlet case-insensitive");
    let f = ArticleFilter { since: "2021-01-01".parse().ok(), until: "2022-01-01".parse().ok(), ..Default::default() };
    assert_eq!(s.articles(&f).unwrap().len(), 1);
    let f = ArticleFilter { language: Some("fr".into()), ..Default::default() };
    assert!(s.articles(&f).unwrap().is_empty());
    assert_eq!(s.resolve_article("a-2").unwrap().as_deref(), Some("a-2"));
    assert_eq!(s.resolve_article("a-").unwrap(), None, "ambiguous prefix");
}

#[test]
fn fts_query_quotes_every_term() {
    assert_eq!(fts_query("US troops", false).unwrap(), "\"US\" AND \"troops\"");
    assert_eq!(fts_query("\"combat mission\" Iraq", true).unwrap(), "\"combat mission\" OR \"Iraq\"");
    assert_eq!(fts_query("al-Araji", false).unwrap(), "\"al\" AND \"Araji\"");
    assert!(fts_query("-- ** ", false).is_none());
}

#[test]
fn file_database_survives_reopen_and_rejects_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    {
        let mut s = Store::open(&path).unwrap();
        s.insert_batch(&[article("a-1", "A", "2020-01-01", "T", "text")]).unwrap();
    }
    let s = Store::open_readonly(&path).unwrap();
    assert_eq!(s.stats().unwrap().articles, 1);
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = Store::open(&path).err().unwrap().to_string();
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn two_openers_of_a_new_file_do_not_both_migrate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("race.db");
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let p = path.clone();
            std::thread::spawn(move || Store::open(&p).map(|_| ()).map_err(|e| e.to_string()))
        })
        .collect();
    for t in threads {
        t.join().unwrap().unwrap();
    }
    assert_eq!(Store::open(&path).unwrap().stats().unwrap().articles, 0);
}

#[test]
fn full_text_index_is_tuned_for_bulk_ingest_and_still_finds_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tuned.db");
    let mut s = Store::open(&path).unwrap();
    let cfg = |s: &Store, k: &str| -> i64 {
        s.conn().query_row("SELECT v FROM articles_fts_config WHERE k = ?1", [k], |r| r.get(0)).unwrap()
    };
    assert_eq!(cfg(&s, "hashsize"), 8 * 1024 * 1024);
    assert_eq!(cfg(&s, "automerge"), 8);
    s.insert_batch(&[
        article("a-1", "A", "2021-12-09", "Combat mission ends", "The combat mission in Iraq ended, officials said."),
        article("a-2", "B", "2021-12-10", "Mission", "The mission was not a combat one, officials said."),
    ])
    .unwrap();
    // A phrase matches only where its words stand together, in order.
    let hits = s.search("\"combat mission\"", 10).unwrap();
    assert_eq!(hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), vec!["a-1"]);
    assert_eq!(s.search_page("\"mission in Iraq\"", 10, 0).unwrap().total, 1);
    assert_eq!(s.matching_ids("\"combat one\"").unwrap(), vec!["a-2".to_string()]);
    drop(s);
    // A reopened file keeps the settings and its version.
    let s = Store::open_readonly(&path).unwrap();
    assert_eq!(cfg(&s, "hashsize"), 8 * 1024 * 1024);
    let v: i64 = s.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, schema::VERSION);
}

#[test]
fn a_database_from_before_the_tuning_is_migrated_and_keeps_its_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut s = Store::open(&path).unwrap();
        s.insert_batch(&[article("a-1", "A", "2020-01-01", "Troops", "About 2,500 US troops stay in Iraq.")]).unwrap();
        // Undo the tuning (the last migration), as a file written before it would be.
        s.conn().execute("DELETE FROM articles_fts_config WHERE k IN ('hashsize', 'automerge')", []).unwrap();
        let tuning = schema::MIGRATIONS.iter().position(|m| m.contains("hashsize")).unwrap() as i64;
        s.conn().pragma_update(None, "user_version", tuning).unwrap();
    }
    let s = Store::open(&path).unwrap();
    let n: i64 =
        s.conn().query_row("SELECT count(*) FROM articles_fts_config WHERE k = 'hashsize'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    assert_eq!(s.search("\"US troops\"", 10).unwrap().len(), 1);
}

#[test]
fn a_database_from_before_the_dedup_table_keeps_its_originals_signatures() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut s = Store::open(&path).unwrap();
        let mut dup = article("a-2", "B", "2020-01-02", "Copy", "About 2,500 US troops stay in Iraq, again.");
        dup.duplicate_of = Some(("a-1".into(), 0.9));
        s.insert_batch(&[article("a-1", "A", "2020-01-01", "Troops", "About 2,500 US troops stay in Iraq."), dup])
            .unwrap();
        // As a file written before migration 5: signatures in the articles, no dedup table.
        let at = schema::MIGRATIONS.iter().position(|m| m.contains("TABLE IF NOT EXISTS dedup_originals")).unwrap();
        s.conn()
            .execute_batch(
                "UPDATE articles SET signature = x'010203' WHERE id = 'a-1';
                 UPDATE articles SET signature = x'0909' WHERE id = 'a-2';
                 DROP TABLE dedup_originals; DROP TABLE link_journal;",
            )
            .unwrap();
        s.conn().pragma_update(None, "user_version", at as i64).unwrap();
    }
    let s = Store::open(&path).unwrap();
    // The original's signature moved; the duplicate is not an original.
    let keys = s.dedup_keys().unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!((keys[0].0.as_str(), keys[0].2.as_slice()), ("a-1", &[1u8, 2, 3][..]));
    let left: i64 =
        s.conn().query_row("SELECT count(*) FROM articles WHERE signature IS NOT NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_database_with_the_old_link_journal_keeps_its_entries_and_takes_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let s = Store::open(&path).unwrap();
        // As a file written before migration 6: the journal with its article counts.
        let at = schema::MIGRATIONS.iter().position(|m| m.contains("link_journal_new")).unwrap();
        s.conn()
            .execute_batch(
                "DROP TABLE link_journal;
                 CREATE TABLE link_journal (seq INTEGER PRIMARY KEY, articles INTEGER NOT NULL, data BLOB NOT NULL);
                 INSERT INTO link_journal (articles, data) VALUES (1, x'0102');",
            )
            .unwrap();
        s.conn().pragma_update(None, "user_version", at as i64).unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.link_journal().unwrap(), vec![vec![1u8, 2]]);
    let w = LinkWrite { journal: Some(vec![3]), ..Default::default() };
    s.write_links(&w).unwrap();
    assert_eq!(s.link_journal().unwrap(), vec![vec![1u8, 2], vec![3]]);
}
