//! The founding example (examples/iraq-2020-2024): mentions as an extractor would report them
//! (surface names found in the text), linked across the four articles.

use std::path::PathBuf;

use chrono::NaiveDate;
use dossier_core::{EntityKind, EntityMention, Span};
use std::collections::{BTreeMap, BTreeSet};

use dossier_link::{Entity, EntityIndex, MentionRef, link_entities};

const PEOPLE: &[&str] = &[
    "Qassem Al Aaraji",
    "Qasim al-Araji",
    "al-Araji",
    "Mustafa Al Kadhimi",
    "Mustafa al-Kadhimi",
    "Mustafa al-Kazemi",
    "Al Kadhimi",
    "Kenneth F. McKenzie",
    "General McKenzie",
    "McKenzie",
    "Mohammed Shia al-Sudani",
    "al-Sudani",
    "Al-Sudani",
    "Alina Romanowski",
    "Romanowski",
    "Emmanuel Macron",
    "Macron",
    "Joe Biden",
    "Biden",
    "Qasem Soleimani",
];
const ORGS: &[&str] = &["Daesh", "ISIS", "Islamic State"];

struct Doc {
    id: String,
    date: Option<NaiveDate>,
    text: String,
    mentions: Vec<EntityMention>,
}

fn load() -> Vec<Doc> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/iraq-2020-2024");
    let manifest = std::fs::read_to_string(dir.join("manifest.jsonl")).unwrap_or_default();
    let mut docs = Vec::new();
    for line in manifest.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        let file = v["file"].as_str().unwrap_or_default().to_string();
        let text = std::fs::read_to_string(dir.join(&file)).unwrap_or_default();
        let date = v["published"].as_str().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        // Longest names claim their text first, as an extractor reports maximal spans.
        let mut names: Vec<(&str, EntityKind)> = PEOPLE
            .iter()
            .map(|n| (*n, EntityKind::Person))
            .chain(ORGS.iter().map(|n| (*n, EntityKind::Organization)))
            .collect();
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        let mut mentions: Vec<EntityMention> = Vec::new();
        for (n, kind) in names {
            for (at, _) in text.match_indices(n) {
                let span = Span::new(at, at + n.len());
                let word_end = text.get(span.end..).and_then(|r| r.chars().next()).is_none_or(|c| !c.is_alphanumeric());
                if word_end && !mentions.iter().any(|m| m.span.overlaps(&span)) {
                    mentions.push(EntityMention { span, kind, name: n.to_string(), role: None });
                }
            }
        }
        docs.push(Doc { id: file, date, text, mentions });
    }
    docs
}

fn link(docs: &[Doc]) -> Vec<Entity> {
    let refs: Vec<MentionRef> = docs
        .iter()
        .flat_map(|d| {
            d.mentions.iter().map(move |m| MentionRef { article: &d.id, published: d.date, mention: m, text: &d.text })
        })
        .collect();
    link_entities(&refs)
}

fn entity_of<'a>(es: &'a [Entity], spelling: &str) -> Option<&'a Entity> {
    es.iter().find(|e| e.aliases.iter().any(|a| a.0 == spelling))
}

const GROUPS: &[&[&str]] = &[
    &["Daesh", "ISIS", "Islamic State"],
    &["Qassem Al Aaraji", "Qasim al-Araji", "al-Araji"],
    &["Mustafa Al Kadhimi", "Mustafa al-Kadhimi", "Mustafa al-Kazemi"],
    &["Kenneth F. McKenzie", "General McKenzie"],
    &["Mohammed Shia al-Sudani", "al-Sudani"],
    &["Alina Romanowski", "Romanowski"],
    &["Emmanuel Macron", "Macron"],
    &["Joe Biden", "Biden"],
];

/// Spelling → ids of the entities its mentions were linked to.
type Linked = BTreeMap<String, BTreeSet<String>>;

fn refs<'a>(docs: &[&'a Doc]) -> Vec<MentionRef<'a>> {
    docs.iter()
        .flat_map(|d| {
            d.mentions.iter().map(move |m| MentionRef { article: &d.id, published: d.date, mention: m, text: &d.text })
        })
        .collect()
}

/// Links `calls` (groups of articles, one `add` each), optionally storing and reloading the
/// index after call `reload_after`.
fn link_in_calls(calls: &[Vec<&Doc>], reload_after: Option<usize>) -> (Linked, Vec<dossier_link::EntityInfo>) {
    let mut idx = EntityIndex::new();
    let mut out = Linked::new();
    for (i, call) in calls.iter().enumerate() {
        let rs = refs(call);
        let ids = idx.add(&rs);
        assert_eq!(ids.len(), rs.len());
        for (r, id) in rs.iter().zip(ids) {
            if let Some(id) = id {
                out.entry(r.mention.name.clone()).or_default().insert(id);
            }
        }
        if reload_after == Some(i) {
            let bytes = idx.to_bytes();
            idx = match EntityIndex::from_bytes(&bytes) {
                Ok(x) => x,
                Err(e) => panic!("reload failed: {e}"),
            };
        }
    }
    (out, idx.entities().collect())
}

/// Every group is one entity (all its spellings' mentions carry one id) and Soleimani is apart.
fn assert_groups(linked: &Linked, how: &str) {
    for g in GROUPS {
        let ids: BTreeSet<&String> = g.iter().filter_map(|s| linked.get(*s)).flatten().collect();
        assert!(g.iter().all(|s| linked.contains_key(*s)), "{how}: {g:?} not all found");
        assert_eq!(ids.len(), 1, "{how}: {g:?} not one entity: {ids:?}");
    }
    let soleimani = linked.get("Qasem Soleimani");
    assert!(soleimani.is_some_and(|s| s.len() == 1), "{how}");
    assert_ne!(soleimani, linked.get("Qasim al-Araji"), "{how}");
}

#[test]
fn one_call_and_one_call_per_article_give_the_same_groups() {
    let docs = load();
    assert_eq!(docs.len(), 4, "example corpus not found");
    let all: Vec<&Doc> = docs.iter().collect();
    let (batch, _) = link_in_calls(std::slice::from_ref(&all), None);
    assert_groups(&batch, "one call");
    let forward: Vec<Vec<&Doc>> = all.iter().map(|d| vec![*d]).collect();
    let (fwd, fwd_entities) = link_in_calls(&forward, None);
    assert_groups(&fwd, "manifest order");
    let backward: Vec<Vec<&Doc>> = all.iter().rev().map(|d| vec![*d]).collect();
    let (bwd, _) = link_in_calls(&backward, None);
    assert_groups(&bwd, "reverse order");

    // Ids come from the founding mention, not from arrival order or display names: the alias
    // entity and a name found in one article only keep their ids whichever order they came in.
    for s in ["ISIS", "Qasem Soleimani", "Alina Romanowski"] {
        assert_eq!(fwd.get(s), bwd.get(s), "{s}");
        assert_eq!(fwd.get(s), batch.get(s), "{s}");
    }
    // An id both orders produced names the same entity in both.
    for (s, ids) in &fwd {
        for id in ids {
            let other: Vec<&String> = bwd.iter().filter(|(_, v)| v.contains(id)).map(|(k, _)| k).collect();
            if !other.is_empty() {
                assert!(bwd.get(s).is_some_and(|v| v.contains(id)), "{id} is {s} forward but {other:?} backward");
            }
        }
    }

    // Storing and reloading in the middle changes nothing.
    let (reloaded, reloaded_entities) = link_in_calls(&forward, Some(1));
    assert_eq!(reloaded, fwd);
    assert_eq!(reloaded_entities, fwd_entities);
}

#[test]
fn example_groups_are_one_entity_each() {
    let docs = load();
    assert_eq!(docs.len(), 4, "example corpus not found");
    let es = link(&docs);
    let groups: &[&[&str]] = &[
        &["Daesh", "ISIS", "Islamic State"],
        &["Qassem Al Aaraji", "Qasim al-Araji", "al-Araji"],
        &["Mustafa Al Kadhimi", "Mustafa al-Kadhimi", "Mustafa al-Kazemi"],
        &["Kenneth F. McKenzie", "General McKenzie"],
        &["Mohammed Shia al-Sudani", "al-Sudani"],
        &["Alina Romanowski", "Romanowski"],
        &["Emmanuel Macron", "Macron"],
        &["Joe Biden", "Biden"],
    ];
    for g in groups {
        let ids: Vec<Option<&str>> = g.iter().map(|s| entity_of(&es, s).map(|e| e.id.as_str())).collect();
        assert!(ids[0].is_some(), "{} not found", g[0]);
        assert!(ids.iter().all(|i| *i == ids[0]), "{g:?} not one entity: {ids:?}");
    }
    let soleimani = entity_of(&es, "Qasem Soleimani").map(|e| e.id.clone());
    assert!(soleimani.is_some());
    assert_ne!(soleimani, entity_of(&es, "Qasim al-Araji").map(|e| e.id.clone()));
    // Every merged entity explains itself.
    for g in groups {
        let e = entity_of(&es, g[0]);
        assert!(e.is_some_and(|e| !e.why.is_empty()), "{:?} has no why", g[0]);
    }
}
