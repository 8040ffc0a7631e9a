//! The link stage: articles stored but not linked yet get their mentions merged into entities
//! and join a story, incrementally, against the linkers' state persisted in the database.
//!
//! Articles are linked in the order they were stored, a chunk at a time; each chunk's results
//! and the linkers' new state are written in one transaction, so a crash mid-link leaves the
//! database as if that chunk had never been linked, and the next run picks it up.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use dossier_core::{CharOffsets, EntityKind, EntityMention, Span};
use dossier_link::{ArticleFeatures, EntityIndex, EntityInfo, MentionRef, StoryIndex, StoryParams};
use dossier_store::{ArticleRecord, EntityRow, LinkWrite, Store, StoreError, StoryRow};

/// Articles loaded and linked at a time.
const CHUNK: usize = 1000;
/// Articles per transaction (results and the linkers' state together).
const COMMIT: usize = 10_000;
const ENTITY_STATE: &str = "entities";
const STORY_STATE: &str = "stories";

/// What a link step did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct LinkSummary {
    /// Articles linked in this step.
    pub articles: usize,
    /// Entities created or changed.
    pub entities: usize,
    /// Stories created or joined.
    pub stories: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("database {path}: the saved {what} linker state is unreadable ({reason}); run `dossier link --rebuild`")]
    State { path: String, what: &'static str, reason: String },
}

/// Links every stored article not linked yet. `progress` gets the number linked so far.
pub fn link(store: &mut Store, progress: &mut dyn FnMut(usize)) -> Result<LinkSummary, LinkError> {
    let mut entities = match store.link_state(ENTITY_STATE)? {
        Some(b) => EntityIndex::from_bytes(&b).map_err(|reason| LinkError::State {
            path: store.path().to_string(),
            what: "entity",
            reason,
        })?,
        None => EntityIndex::new(),
    };
    let mut stories = match store.link_state(STORY_STATE)? {
        Some(b) => StoryIndex::from_bytes(&b).map_err(|reason| LinkError::State {
            path: store.path().to_string(),
            what: "story",
            reason,
        })?,
        None => StoryIndex::new(StoryParams::default()),
    };
    let mut summary = LinkSummary::default();
    let mut after = 0i64;
    loop {
        // Chunks of articles are linked in memory and written together, up to COMMIT articles
        // per transaction with the linkers' state serialised once at its end: the state is the
        // costly part to write, and it must commit with the results it describes.
        let mut w = LinkWrite::default();
        let mut touched_entities: BTreeSet<String> = BTreeSet::new();
        let mut touched_stories: BTreeSet<String> = BTreeSet::new();
        let mut spellings: HashMap<(String, String), i64> = HashMap::new();
        let mut n = 0usize;
        while n < COMMIT {
            let arts = store.unlinked_articles(after, CHUNK)?;
            let Some((last, _)) = arts.last() else { break };
            after = *last;
            let arts: Vec<ArticleRecord> = arts.into_iter().map(|(_, a)| a).collect();
            let c = link_chunk(store, &arts, &mut entities, &mut stories)?;
            touched_entities.extend(entities.changed().iter().cloned());
            touched_stories.extend(c.stories_of.iter().map(|(_, s, _)| s.clone()));
            for (e, text) in c.spellings {
                *spellings.entry((e, text)).or_default() += 1;
            }
            w.mentions.extend(c.mentions);
            w.speakers.extend(c.speakers);
            w.stories_of.extend(c.stories_of);
            n += arts.len();
            progress(summary.articles + n);
        }
        if n == 0 {
            break;
        }
        // In key order: the updates then walk the mentions table's pages in sequence instead
        // of jumping between articles' random ids.
        w.mentions.sort_unstable();
        w.speakers.sort_unstable();
        w.stories_of.sort_unstable();
        w.spellings = spellings.into_iter().map(|((e, t), k)| (e, t, k)).collect();
        w.spellings.sort();
        w.entities = touched_entities.iter().filter_map(|id| entities.entity(id)).map(entity_row).collect();
        let by_id: HashMap<&str, &dossier_link::Story> =
            stories.stories().iter().map(|s| (s.id.as_str(), s)).collect();
        for id in &touched_stories {
            let Some(st) = by_id.get(id.as_str()) else { continue };
            let sum = stories.summary(st);
            w.stories.push(StoryRow {
                id: sum.id,
                title: sum.title,
                articles: 0,
                first: None,
                last: None,
                outlets: Vec::new(),
                terms: sum.top_terms,
                entities: sum
                    .top_entities
                    .iter()
                    .map(|e| entities.entity(e).map(|x| x.name).unwrap_or_else(|| e.clone()))
                    .collect(),
            });
        }
        w.state.push((ENTITY_STATE.to_string(), entities.to_bytes()));
        w.state.push((STORY_STATE.to_string(), stories.to_bytes()));
        store.write_links(&w)?;
        summary.articles += n;
        summary.entities += touched_entities.len();
        summary.stories += touched_stories.len();
    }
    Ok(summary)
}

/// What linking one chunk of articles found.
#[derive(Default)]
struct Chunk {
    mentions: Vec<(String, i64, i64, String)>,
    speakers: Vec<(String, String)>,
    stories_of: Vec<(String, String, String)>,
    /// (entity, spelling as written) per mention.
    spellings: Vec<(String, String)>,
}

fn link_chunk(
    store: &Store,
    arts: &[ArticleRecord],
    entities: &mut EntityIndex,
    stories: &mut StoryIndex,
) -> Result<Chunk, LinkError> {
    // Mentions with byte spans (the linkers' convention) and their stored char offsets.
    struct Loaded {
        published: Option<NaiveDate>,
        mentions: Vec<(EntityMention, i64, i64)>,
        texts: Vec<String>,
    }
    let mut loaded: Vec<Loaded> = Vec::with_capacity(arts.len());
    for a in arts {
        let map = CharOffsets::new(&a.text);
        let mut ms = Vec::new();
        let mut texts = Vec::new();
        for m in store.mentions(Some(&a.id))? {
            texts.push(m.text);
            let (s, e) = (map.to_byte(m.start.max(0) as usize), map.to_byte(m.end.max(0) as usize));
            let kind = EntityKind::parse(&m.kind).unwrap_or(EntityKind::Other);
            ms.push((EntityMention { span: Span::new(s, e.max(s)), kind, name: m.name, role: m.role }, m.start, m.end));
        }
        attach_short_forms(&mut ms);
        loaded.push(Loaded { published: parse_date(a.published.as_deref()), mentions: ms, texts });
    }
    let refs: Vec<MentionRef> = arts
        .iter()
        .zip(&loaded)
        .flat_map(|(a, l)| {
            l.mentions.iter().map(move |(m, _, _)| MentionRef {
                article: &a.id,
                published: l.published,
                mention: m,
                text: &a.text,
            })
        })
        .collect();
    let ids = entities.add(&refs);

    let mut w = Chunk::default();
    let mut ids = ids.into_iter();
    // Per article: entity of each stored mention span, for quotes' speakers and story features.
    for (a, l) in arts.iter().zip(&loaded) {
        let mut by_span: HashMap<(i64, i64), String> = HashMap::new();
        let mut by_name: HashMap<&str, String> = HashMap::new();
        let mut ents: Vec<String> = Vec::new();
        for ((m, s, e), text) in l.mentions.iter().zip(&l.texts) {
            let Some(Some(id)) = ids.next() else { continue };
            w.mentions.push((a.id.clone(), *s, *e, id.clone()));
            w.spellings.push((id.clone(), text.clone()));
            by_span.insert((*s, *e), id.clone());
            by_name.entry(m.name.as_str()).or_insert_with(|| id.clone());
            ents.push(id);
        }
        for q in store.quotes(Some(&a.id))? {
            let by_mention = match (q.speaker_start, q.speaker_end) {
                (Some(s), Some(e)) => by_span
                    .get(&(s, e))
                    .or_else(|| by_span.iter().find(|((ms, me), _)| *ms <= s && e <= *me).map(|(_, id)| id)),
                _ => None,
            };
            let found = by_mention.or_else(|| q.speaker_name.as_deref().and_then(|n| by_name.get(n)));
            if let Some(id) = found {
                w.speakers.push((q.id.clone(), id.clone()));
            }
        }
        let original = a.duplicate_of.as_ref().and_then(|d| {
            stories
                .story_of(d)
                .map(|s| s.id.clone())
                .or_else(|| w.stories_of.iter().find(|(art, _, _)| art == d).map(|(_, s, _)| s.clone()))
        });
        let (story, why) = match (original, &a.duplicate_of) {
            (Some(s), Some(d)) => (s, format!("duplicate of {d}")),
            _ => {
                let f = ArticleFeatures {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    text: a.text.clone(),
                    published: parse_date(a.published.as_deref()),
                    outlet: a.outlet.clone(),
                    entities: ents,
                };
                let s = stories.add(&f);
                let why = stories
                    .story_of(&a.id)
                    .and_then(|st| st.members.iter().find(|m| m.id == a.id))
                    .map(|m| readable(&m.reason, entities))
                    .unwrap_or_default();
                (s, why)
            }
        };
        w.stories_of.push((a.id.clone(), story, why));
    }

    Ok(w)
}

/// A name the tagger did not call a person ("al-Araji's publication") that is the surname of a
/// person named in the same article is that person: news names someone in full once, then by
/// surname.
fn attach_short_forms(ms: &mut [(EntityMention, i64, i64)]) {
    let fold = |s: &str| s.to_lowercase().replace(['\u{2019}', '\''], "");
    let people: Vec<(String, String)> = ms
        .iter()
        .filter(|(m, _, _)| m.kind == EntityKind::Person && m.name.split_whitespace().count() >= 2)
        .map(|(m, _, _)| (fold(&m.name), m.name.clone()))
        .collect();
    for (m, _, _) in ms.iter_mut().filter(|(m, _, _)| m.kind != EntityKind::Person) {
        let short = fold(m.name.trim_end_matches("'s").trim_end_matches("’s"));
        if short.chars().count() < 3 || short.contains(' ') {
            continue;
        }
        let suffix = format!(" {short}");
        let mut full: Vec<&String> = people.iter().filter(|(f, _)| f.ends_with(&suffix)).map(|(_, n)| n).collect();
        full.sort();
        full.dedup();
        if let [name] = full.as_slice() {
            m.kind = EntityKind::Person;
            m.name = (*name).clone();
        }
    }
}

/// The story index explains itself with entity ids; a reader wants their names.
fn readable(reason: &str, entities: &EntityIndex) -> String {
    let mut out = String::with_capacity(reason.len());
    let mut rest = reason;
    while let Some(at) = rest.find("e-") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let end = from.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(from.len());
        let (id, after) = from.split_at(end);
        match entities.entity(id) {
            Some(e) => out.push_str(&e.name),
            None => out.push_str(id),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn entity_row(e: EntityInfo) -> EntityRow {
    EntityRow {
        id: e.id,
        name: e.name,
        kind: e.kind.as_str().to_string(),
        mentions: e.mentions as i64,
        articles: e.articles as i64,
        aliases: e.aliases.into_iter().map(|(a, n)| (a, n as i64)).collect(),
        roles: e.roles.into_iter().map(|(r, d)| (r, d.map(|d| d.to_string()))).collect(),
        why: e.why,
    }
}

fn parse_date(s: Option<&str>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok())
}
