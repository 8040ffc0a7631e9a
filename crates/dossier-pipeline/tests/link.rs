//! The link stage over a real store: incremental across ingests, crash-safe, rebuildable.

use dossier_pipeline::{IngestOptions, ingest_bytes, link};
use dossier_store::Store;

const A: &str = r#"{"title": "Flooding forces thousands from homes in Valencia", "date": "2024-10-30", "source": "Wire One",
"content_original": "Flash floods swept through the Spanish region of Valencia on Tuesday, killing dozens and forcing thousands from their homes. Regional president Carlos Mazón said emergency crews were still searching for missing residents. \"We are living through an unprecedented situation,\" Mazón told reporters in Valencia. Prime Minister Pedro Sánchez promised national aid for the flooded towns and said the army would help with the rescue."}"#;

const B: &str = r#"{"title": "Valencia floods: death toll rises as rescuers search towns", "date": "2024-10-31", "source": "Daily Two",
"content_original": "Rescuers in Valencia searched flooded towns on Wednesday as the death toll from the floods rose. Carlos Mazon, the regional president, said the emergency was unprecedented and that crews were still searching for missing residents in Valencia. Sánchez visited the flooded region and promised national aid, and the army joined the rescue of residents."}"#;

fn ingest(store: &mut Store, body: &str) {
    let s = ingest_bytes(store, "test.json", body.as_bytes(), &IngestOptions::default()).expect("ingest");
    assert_eq!(s.added, 1, "{s:?}");
    assert!(s.errors.is_empty(), "{s:?}");
    assert_eq!(s.linked.as_ref().map(|l| l.articles), Some(1), "{s:?}");
}

fn story_of(store: &Store, title_word: &str) -> Option<String> {
    store
        .conn()
        .query_row("SELECT story FROM articles WHERE title LIKE ?1", [format!("%{title_word}%")], |r| r.get(0))
        .ok()
}

#[test]
fn a_second_ingest_links_into_the_first_ones_entities_and_story() {
    let mut store = Store::in_memory().unwrap();
    ingest(&mut store, A);
    ingest(&mut store, B);
    // Mazón and Mazon, across two ingests, are one entity.
    let e = store.find_entity("Carlos Mazon").unwrap().expect("Mazón");
    let spellings: Vec<&str> = e.aliases.iter().map(|a| a.0.as_str()).collect();
    assert!(spellings.contains(&"Carlos Mazón") && spellings.contains(&"Carlos Mazon"), "{e:?}");
    assert_eq!(e.articles, 2);
    // The second report joins the first one's story, and says why.
    let (s1, s2) = (story_of(&store, "Flooding"), story_of(&store, "death toll"));
    assert!(s1.is_some());
    assert_eq!(s1, s2);
    let why: String = store
        .conn()
        .query_row("SELECT story_reason FROM articles WHERE title LIKE '%death toll%'", [], |r| r.get(0))
        .unwrap();
    assert!(!why.contains("e-"), "entity ids leak into the reason: {why}");
    // Linking again finds nothing to do.
    assert_eq!(link(&mut store, &mut |_| {}).unwrap().articles, 0);
    // A rebuild relinks from scratch to the same entities and stories.
    let before: Vec<(String, String)> = ids(&store);
    store.reset_links().unwrap();
    assert_eq!(link(&mut store, &mut |_| {}).unwrap().articles, 2);
    assert_eq!(ids(&store), before);
}

fn ids(store: &Store) -> Vec<(String, String)> {
    let mut st =
        store.conn().prepare("SELECT article || ':' || start, coalesce(entity, '') FROM mentions ORDER BY 1").unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

#[test]
fn quote_speakers_point_at_their_entity() {
    let mut store = Store::in_memory().unwrap();
    ingest(&mut store, A);
    let q = store.quotes(None).unwrap();
    let maz = q.iter().find(|q| q.text.contains("unprecedented situation")).expect("the Mazón quote");
    let e = store.find_entity("Carlos Mazón").unwrap().expect("Mazón");
    assert_eq!(maz.speaker.as_deref(), Some(e.id.as_str()));
}

/// Everything the link stage stored: entity per mention, story per article, the entity and
/// story rows and the spellings.
fn link_results(store: &Store) -> Vec<String> {
    let q = |sql: &str| -> Vec<String> {
        let mut st = store.conn().prepare(sql).unwrap();
        st.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap).collect()
    };
    let mut out = ids(store).into_iter().map(|(a, b)| format!("mention {a} {b}")).collect::<Vec<_>>();
    out.extend(q("SELECT 'article ' || id || ' ' || coalesce(story, '') || ' ' || coalesce(story_reason, '') FROM articles ORDER BY id"));
    out.extend(q("SELECT 'entity ' || id || ' ' || name || ' ' || kind || ' ' || mentions || ' ' || articles || ' ' || coalesce(why, '') FROM entities ORDER BY id"));
    out.extend(q(
        "SELECT 'alias ' || entity || ' ' || alias || ' ' || count FROM entity_aliases ORDER BY entity, alias",
    ));
    out.extend(q("SELECT 'story ' || id || ' ' || title || ' ' || articles || ' ' || terms || ' ' || entities FROM stories ORDER BY id"));
    out
}

/// The example corpus's articles one ingest each (with its manifest), after two JSON ones.
fn ingest_one_at_a_time(store: &mut Store, journal: usize) {
    let opts = IngestOptions { link_journal: journal, ..IngestOptions::default() };
    for body in [A, B] {
        let s = ingest_bytes(store, "test.json", body.as_bytes(), &opts).unwrap();
        assert_eq!(s.added, 1, "{s:?}");
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/iraq-2020-2024");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 4);
    for f in files {
        let s = dossier_pipeline::ingest(store, &[f], &opts, &mut |_| {}).unwrap();
        assert_eq!((s.added, s.failed()), (1, 0), "{s:?}");
        assert_eq!(s.linked.as_ref().map(|l| l.articles), Some(1), "{s:?}");
    }
}

#[test]
fn linking_through_the_journal_gives_what_saving_the_state_every_time_gives() {
    let mut every = Store::in_memory().unwrap();
    ingest_one_at_a_time(&mut every, 0);
    let journal_rows: i64 = every.conn().query_row("SELECT count(*) FROM link_journal", [], |r| r.get(0)).unwrap();
    assert_eq!(journal_rows, 0, "a journal limit of 0 saves the state every time");
    let expected = link_results(&every);
    assert!(expected.iter().any(|l| l.starts_with("story ")), "nothing was linked");

    for limit in [1, 3, 16] {
        let mut store = Store::in_memory().unwrap();
        ingest_one_at_a_time(&mut store, limit);
        assert_eq!(link_results(&store), expected, "journal limit {limit}");
        // One entry per ingest, and every ingest here adds one article.
        let waiting: i64 = store.conn().query_row("SELECT count(*) FROM link_journal", [], |r| r.get(0)).unwrap();
        assert!(waiting as usize <= limit, "journal limit {limit}: {waiting} articles wait");
        if limit == 16 {
            assert_eq!(waiting, 6, "every ingest went to the journal");
        }
        // Another article after a reload links as if the state had been saved whole.
        let more = r#"{"title": "Valencia counts the cost of the floods", "date": "2024-11-02", "source": "Wire Three",
"content_original": "Valencia's regional president Carlos Mazón said on Saturday the floods had caused damage across dozens of towns. Pedro Sánchez promised more national aid."}"#;
        let opts = IngestOptions { link_journal: limit, ..IngestOptions::default() };
        ingest_bytes(&mut store, "more.json", more.as_bytes(), &opts).unwrap();
        ingest_bytes(&mut every, "more.json", more.as_bytes(), &IngestOptions { link_journal: 0, ..opts.clone() })
            .unwrap();
        assert_eq!(link_results(&store), link_results(&every), "journal limit {limit}, one more article");
        // `every` got the extra article; rebuild it without for the next limit.
        every = Store::in_memory().unwrap();
        ingest_one_at_a_time(&mut every, 0);
    }
}
