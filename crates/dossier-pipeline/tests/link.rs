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
