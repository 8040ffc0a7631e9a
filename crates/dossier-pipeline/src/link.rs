//! The link stage: each new article's mentions are merged into entities across articles and the
//! article joins a story, incrementally, against the linkers' state persisted in the database.
//!
//! During an ingest, [`Linker`] links each batch in memory just before it is stored, so the
//! results go into the same rows and the same transaction as the articles, with the linkers'
//! new state: a crash leaves state and results agreeing. [`link`] does the same for articles
//! already stored without links (an older database, `dossier link --rebuild`), writing the
//! results as updates.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use dossier_core::{CharOffsets, EntityKind, EntityMention, Span};
use dossier_link::{ArticleFeatures, EntityIndex, EntityInfo, MentionRef, StoryIndex, StoryParams};
use dossier_store::{ArticleLinks, ArticleRecord, EntityRow, LinkWrite, NewArticle, Store, StoreError, StoryRow};

/// Articles loaded and linked at a time by [`link`].
const CHUNK: usize = 1000;
/// Articles per transaction in [`link`] (results and the linkers' state together).
const COMMIT: usize = 10_000;
/// Articles the link journal may hold before the linkers' state is saved whole again. On a
/// linked corpus of 5,000 articles each costs about 0.15 ms to replay on every load, and a whole
/// save about 100 ms (18 MB of state): 32 keeps the sum of both per added article lowest.
pub const JOURNAL_LIMIT: usize = 32;
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

/// One article as the linkers see it: byte spans into `text`.
pub struct LinkInput<'a> {
    pub id: &'a str,
    pub title: Option<&'a str>,
    pub text: &'a str,
    pub published: Option<NaiveDate>,
    pub outlet: Option<&'a str>,
    pub duplicate_of: Option<&'a str>,
    pub mentions: &'a [EntityMention],
    /// Per quote: the speaker's span and name as the quote extractor gave them.
    pub quotes: Vec<(Option<Span>, Option<&'a str>)>,
}

/// One article's link inputs as the journal keeps them (owned [`LinkInput`]).
#[derive(serde::Serialize, serde::Deserialize)]
struct JournalArticle {
    id: String,
    title: Option<String>,
    text: String,
    published: Option<NaiveDate>,
    outlet: Option<String>,
    duplicate_of: Option<String>,
    mentions: Vec<EntityMention>,
    quotes: Vec<(Option<Span>, Option<String>)>,
}

impl JournalArticle {
    fn of(a: &LinkInput) -> JournalArticle {
        JournalArticle {
            id: a.id.to_string(),
            title: a.title.map(str::to_string),
            text: a.text.to_string(),
            published: a.published,
            outlet: a.outlet.map(str::to_string),
            duplicate_of: a.duplicate_of.map(str::to_string),
            mentions: a.mentions.to_vec(),
            quotes: a.quotes.iter().map(|(s, n)| (*s, n.map(str::to_string))).collect(),
        }
    }

    fn input(&self) -> LinkInput<'_> {
        LinkInput {
            id: &self.id,
            title: self.title.as_deref(),
            text: &self.text,
            published: self.published,
            outlet: self.outlet.as_deref(),
            duplicate_of: self.duplicate_of.as_deref(),
            mentions: &self.mentions,
            quotes: self.quotes.iter().map(|(s, n)| (*s, n.as_deref())).collect(),
        }
    }
}

/// The two incremental linkers and what changed since the last [`Linker::finish`].
///
/// Their state is saved whole (megabytes on a large corpus) only every [`JOURNAL_LIMIT`]
/// articles or so; in between, each step appends its inputs to the link journal, and loading
/// replays them. Linking is deterministic, so the replayed state is the state that was left.
pub struct Linker {
    entities: EntityIndex,
    stories: StoryIndex,
    touched_entities: BTreeSet<String>,
    touched_stories: BTreeSet<String>,
    spellings: HashMap<(String, String), i64>,
    summary: LinkSummary,
    journal_limit: usize,
    /// Articles in the stored journal (replayed on load or appended since).
    journaled: usize,
    /// Inputs linked since the last `finish`, while they still fit in the journal.
    recent: Vec<JournalArticle>,
    /// More was linked since the last `finish` than the journal may hold: save whole.
    overflow: bool,
}

impl Linker {
    /// The linkers as the database last left them (empty for a new database), saving their
    /// state whole at most every [`JOURNAL_LIMIT`] articles.
    pub fn load(store: &Store) -> Result<Linker, LinkError> {
        Linker::load_with(store, JOURNAL_LIMIT)
    }

    /// [`Linker::load`] with another journal limit (0: save the state whole at every step).
    pub fn load_with(store: &Store, journal_limit: usize) -> Result<Linker, LinkError> {
        let bad = |what: &'static str| {
            move |reason: String| LinkError::State { path: store.path().to_string(), what, reason }
        };
        let entities = match store.with_link_state(ENTITY_STATE, EntityIndex::from_bytes)? {
            Some(e) => e.map_err(bad("entity"))?,
            None => EntityIndex::new(),
        };
        let stories = match store.with_link_state(STORY_STATE, StoryIndex::from_bytes)? {
            Some(s) => s.map_err(bad("story"))?,
            None => StoryIndex::new(StoryParams::default()),
        };
        let mut l = Linker {
            entities,
            stories,
            touched_entities: BTreeSet::new(),
            touched_stories: BTreeSet::new(),
            spellings: HashMap::new(),
            summary: LinkSummary::default(),
            journal_limit,
            journaled: 0,
            recent: Vec::new(),
            // Nothing is recorded while replaying: the journal holds it already.
            overflow: true,
        };
        // Replay what was linked since the state was saved; its results are stored already.
        for data in store.link_journal()? {
            let arts: Vec<JournalArticle> = postcard::from_bytes(&data).map_err(|e| LinkError::State {
                path: store.path().to_string(),
                what: "journal",
                reason: e.to_string(),
            })?;
            let inputs: Vec<LinkInput> = arts.iter().map(JournalArticle::input).collect();
            l.link(&inputs);
            l.journaled += arts.len();
        }
        l.touched_entities.clear();
        l.touched_stories.clear();
        l.spellings.clear();
        l.summary = LinkSummary::default();
        l.recent.clear();
        l.overflow = false;
        Ok(l)
    }

    /// Links new articles, in order (a duplicate joins its original's story, so originals come
    /// first). Returns each article's links.
    pub fn link(&mut self, arts: &[LinkInput]) -> Vec<ArticleLinks> {
        if !self.overflow && self.journaled + self.recent.len() + arts.len() <= self.journal_limit {
            self.recent.extend(arts.iter().map(JournalArticle::of));
        } else {
            self.overflow = true;
            self.recent.clear();
        }
        // The tagger's mentions, with short forms it left untyped attached to their person.
        let fixed: Vec<Vec<EntityMention>> = arts
            .iter()
            .map(|a| {
                let mut ms = a.mentions.to_vec();
                attach_short_forms(&mut ms);
                ms
            })
            .collect();
        let refs: Vec<MentionRef> = arts
            .iter()
            .zip(&fixed)
            .flat_map(|(a, ms)| {
                ms.iter().map(move |m| MentionRef { article: a.id, published: a.published, mention: m, text: a.text })
            })
            .collect();
        let mut ids = self.entities.add(&refs).into_iter();
        self.touched_entities.extend(self.entities.changed().iter().cloned());

        let mut out: Vec<ArticleLinks> = Vec::with_capacity(arts.len());
        for (k, (a, ms)) in arts.iter().zip(&fixed).enumerate() {
            let mut links = ArticleLinks::default();
            let mut by_name: HashMap<&str, String> = HashMap::new();
            let mut ents: Vec<String> = Vec::new();
            for m in ms {
                let id = ids.next().flatten();
                if let Some(id) = &id {
                    let surface = a.text.get(m.span.start..m.span.end).unwrap_or(&m.name).to_string();
                    *self.spellings.entry((id.clone(), surface)).or_default() += 1;
                    by_name.entry(m.name.as_str()).or_insert_with(|| id.clone());
                    ents.push(id.clone());
                }
                links.mention_entities.push(id);
            }
            for (span, name) in &a.quotes {
                // The mention at (or around) the speaker's span, else the speaker's name.
                let by_span = span.and_then(|s| {
                    ms.iter()
                        .zip(&links.mention_entities)
                        .find(|(m, _)| m.span.start <= s.start && s.end <= m.span.end)
                        .and_then(|(_, id)| id.clone())
                });
                links.quote_speakers.push(by_span.or_else(|| name.and_then(|n| by_name.get(n).cloned())));
            }
            let original = a.duplicate_of.and_then(|d| {
                self.stories
                    .story_of(d)
                    .map(|s| s.id.clone())
                    .or_else(|| arts[..k].iter().zip(&out).find(|(b, _)| b.id == d).and_then(|(_, l)| l.story.clone()))
            });
            let (story, why) = match (original, a.duplicate_of) {
                (Some(s), Some(d)) => (s, format!("duplicate of {d}")),
                _ => {
                    let f = ArticleFeatures {
                        id: a.id.to_string(),
                        title: a.title.map(str::to_string),
                        text: a.text.to_string(),
                        published: a.published,
                        outlet: a.outlet.map(str::to_string),
                        entities: ents,
                    };
                    let s = self.stories.add(&f);
                    let why = self
                        .stories
                        .story_of(a.id)
                        .and_then(|st| st.members.iter().find(|m| m.id == a.id))
                        .map(|m| readable(&m.reason, &self.entities))
                        .unwrap_or_default();
                    (s, why)
                }
            };
            self.touched_stories.insert(story.clone());
            links.story = Some(story);
            links.story_reason = Some(why);
            out.push(links);
        }
        self.summary.articles += arts.len();
        out
    }

    /// What to write with the articles linked since the last call: changed entities and
    /// stories, spelling counts, and the linkers' state.
    pub fn finish(&mut self) -> LinkWrite {
        let mut w = LinkWrite::default();
        let mut sp: Vec<(String, String, i64)> = self.spellings.drain().map(|((e, t), n)| (e, t, n)).collect();
        sp.sort_unstable();
        w.spellings = sp;
        w.entities = self.touched_entities.iter().filter_map(|id| self.entities.entity(id)).map(entity_row).collect();
        for id in &self.touched_stories {
            let Some(st) = self.stories.story(id) else { continue };
            let sum = self.stories.summary(st);
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
                    .map(|e| self.entities.entity(e).map(|x| x.name).unwrap_or_else(|| e.clone()))
                    .collect(),
            });
        }
        let journal = if self.overflow { None } else { postcard::to_allocvec(&self.recent).ok() };
        match journal {
            // Nothing linked since the state was saved: nothing to save.
            Some(_) if self.recent.is_empty() => {}
            Some(data) => {
                self.journaled += self.recent.len();
                w.journal = Some(data);
            }
            None => {
                w.state.push((ENTITY_STATE.to_string(), self.entities.to_bytes()));
                w.state.push((STORY_STATE.to_string(), self.stories.to_bytes()));
                self.journaled = 0;
            }
        }
        self.recent.clear();
        self.overflow = false;
        self.summary.entities += self.touched_entities.len();
        self.summary.stories += self.touched_stories.len();
        self.touched_entities.clear();
        self.touched_stories.clear();
        w
    }

    /// Totals since the linker was loaded.
    pub fn summary(&self) -> &LinkSummary {
        &self.summary
    }

    /// Links a batch about to be stored: fills each article's `links`, and returns what to
    /// write with it.
    pub fn link_batch(&mut self, batch: &mut [NewArticle]) -> LinkWrite {
        let inputs: Vec<LinkInput> = batch
            .iter()
            .map(|n| LinkInput {
                id: &n.article.id,
                title: n.article.title.as_deref(),
                text: &n.article.text,
                published: n.article.published,
                outlet: n.article.outlet.as_deref(),
                duplicate_of: n.duplicate_of.as_ref().map(|d| d.0.as_str()),
                mentions: &n.extraction.entities,
                quotes: n.extraction.quotes.iter().map(|q| (q.speaker_span, q.speaker_name.as_deref())).collect(),
            })
            .collect();
        let links = self.link(&inputs);
        drop(inputs);
        for (n, l) in batch.iter_mut().zip(links) {
            n.links = l;
        }
        self.finish()
    }
}

/// A stored quote's id, speaker span (bytes) and speaker name.
type StoredQuote = (String, Option<Span>, Option<String>);

/// Links every stored article not linked yet (stored before linking existed, or after
/// `Store::reset_links`). `progress` gets the number linked so far.
pub fn link(store: &mut Store, progress: &mut dyn FnMut(usize)) -> Result<LinkSummary, LinkError> {
    if store.unlinked_articles(0, 1)?.is_empty() {
        return Ok(LinkSummary::default());
    }
    let mut linker = Linker::load(store)?;
    let mut after = 0i64;
    let mut done = 0usize;
    loop {
        let mut w = LinkWrite::default();
        let mut n = 0usize;
        while n < COMMIT {
            let arts = store.unlinked_articles(after, CHUNK)?;
            let Some((last, _)) = arts.last() else { break };
            after = *last;
            let arts: Vec<ArticleRecord> = arts.into_iter().map(|(_, a)| a).collect();
            // Stored spans are code points; the linkers work in bytes.
            let mut mentions: Vec<Vec<EntityMention>> = Vec::with_capacity(arts.len());
            let mut stored: Vec<Vec<(i64, i64)>> = Vec::with_capacity(arts.len());
            let mut quotes: Vec<Vec<StoredQuote>> = Vec::with_capacity(arts.len());
            for a in &arts {
                let map = CharOffsets::new(&a.text);
                let b = |c: i64| map.to_byte(c.max(0) as usize);
                let (mut ms, mut ss) = (Vec::new(), Vec::new());
                for m in store.mentions(Some(&a.id))? {
                    let (s, e) = (b(m.start), b(m.end));
                    let kind = EntityKind::parse(&m.kind).unwrap_or(EntityKind::Other);
                    ms.push(EntityMention { span: Span::new(s, e.max(s)), kind, name: m.name, role: m.role });
                    ss.push((m.start, m.end));
                }
                let qs = store
                    .quotes(Some(&a.id))?
                    .into_iter()
                    .map(|q| {
                        let span = match (q.speaker_start, q.speaker_end) {
                            (Some(s), Some(e)) => Some(Span::new(b(s), b(e).max(b(s)))),
                            _ => None,
                        };
                        (q.id, span, q.speaker_name)
                    })
                    .collect();
                mentions.push(ms);
                stored.push(ss);
                quotes.push(qs);
            }
            let inputs: Vec<LinkInput> = arts
                .iter()
                .zip(&mentions)
                .zip(&quotes)
                .map(|((a, ms), qs)| LinkInput {
                    id: &a.id,
                    title: a.title.as_deref(),
                    text: &a.text,
                    published: parse_date(a.published.as_deref()),
                    outlet: a.outlet.as_deref(),
                    duplicate_of: a.duplicate_of.as_deref(),
                    mentions: ms,
                    quotes: qs.iter().map(|(_, s, n)| (*s, n.as_deref())).collect(),
                })
                .collect();
            let links = linker.link(&inputs);
            for (((a, ss), qs), l) in arts.iter().zip(&stored).zip(&quotes).zip(links) {
                for ((s, e), id) in ss.iter().zip(l.mention_entities) {
                    if let Some(id) = id {
                        w.mentions.push((a.id.clone(), *s, *e, id));
                    }
                }
                for ((qid, _, _), id) in qs.iter().zip(l.quote_speakers) {
                    if let Some(id) = id {
                        w.speakers.push((qid.clone(), id));
                    }
                }
                if let (Some(s), Some(r)) = (l.story, l.story_reason) {
                    w.stories_of.push((a.id.clone(), s, r));
                }
            }
            n += arts.len();
            progress(done + n);
        }
        if n == 0 {
            break;
        }
        let extra = linker.finish();
        w.entities = extra.entities;
        w.spellings = extra.spellings;
        w.stories = extra.stories;
        w.state = extra.state;
        w.journal = extra.journal;
        // In key order: the updates then walk the mentions table's pages in sequence instead
        // of jumping between articles' random ids.
        w.mentions.sort_unstable();
        w.speakers.sort_unstable();
        w.stories_of.sort_unstable();
        store.write_links(&w)?;
        done += n;
    }
    if done >= CHUNK {
        store.checkpoint()?;
    }
    Ok(linker.summary().clone())
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

/// A name the tagger did not call a person ("al-Araji's publication") that is the surname of a
/// person named in the same article is that person: news names someone in full once, then by
/// surname.
fn attach_short_forms(ms: &mut [EntityMention]) {
    let fold = |s: &str| s.to_lowercase().replace(['\u{2019}', '\''], "");
    let people: Vec<(String, String)> = ms
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.name.split_whitespace().count() >= 2)
        .map(|m| (fold(&m.name), m.name.clone()))
        .collect();
    for m in ms.iter_mut().filter(|m| m.kind != EntityKind::Person) {
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
