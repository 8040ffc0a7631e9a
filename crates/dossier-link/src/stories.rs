//! Stories: articles grouped incrementally as they arrive.
//!
//! Each article becomes a TF-IDF vector of its content words (title words count double) and a
//! SimHash of its word trigrams. A new article is compared with the stories that share its most
//! distinctive words (an inverted index, so adding is cheap however large the index is): cosine
//! with the story's centroid, plus shared entities, damped by the days between the article and
//! the story. It joins the best story above a threshold or starts a new one; a near-duplicate
//! (SimHash within a few bits) always joins its original. Nothing is recomputed: IDF is taken
//! as it stands when the article arrives. The index persists as one blob that loads and stores
//! at about the cost of a copy (see [`StoryIndex`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use chrono::NaiveDate;
use dossier_core::stable_id;
use serde::{Deserialize, Serialize};

use crate::text::for_each_word;

/// What the story index needs to know about one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleFeatures {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub outlet: Option<String>,
    /// Entity ids or canonical names found in the article (from [`crate::link_entities`]).
    pub entities: Vec<String>,
}

impl ArticleFeatures {
    /// Features of a cleaned article with the ids (or names) of the entities found in it.
    pub fn from_article(a: &dossier_core::Article, entities: Vec<String>) -> Self {
        ArticleFeatures {
            id: a.id.clone(),
            title: a.title.clone(),
            text: a.text.clone(),
            published: a.published,
            outlet: a.outlet.clone(),
            entities,
        }
    }
}

/// Tuning of the clustering. The defaults were chosen on the BASIL development split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryParams {
    /// Minimum combined score to join a story.
    pub threshold: f64,
    /// Days over which the time factor falls to 1/e.
    pub time_scale_days: f64,
    /// Stories further away in time than this are not candidates.
    pub max_gap_days: i64,
    /// Terms kept per article vector.
    pub top_terms: usize,
    /// Weight of shared entities (Jaccard) next to the text cosine.
    pub entity_weight: f64,
    /// Max differing SimHash bits for a near-duplicate.
    pub dup_bits: u32,
    /// Most recent stories scanned per term in the inverted index.
    pub posting_scan: usize,
    /// Stories scored in full per new article (the best by shared term weight).
    pub candidates: usize,
    /// Imagined background documents none of the terms occur in: keeps IDF meaningful while the
    /// index is still small (with two articles, a word both share would otherwise weigh 0).
    pub prior_docs: f64,
}

impl Default for StoryParams {
    fn default() -> Self {
        StoryParams {
            threshold: 0.18,
            time_scale_days: 30.0,
            max_gap_days: 120,
            top_terms: 60,
            entity_weight: 0.3,
            dup_bits: 3,
            posting_scan: 400,
            prior_docs: 100.0,
            candidates: 40,
        }
    }
}

/// `s-…`: derived from the id of the article that started the story.
pub type StoryId = String;

/// One article as a story member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub outlet: Option<String>,
    /// Why it is in this story ("started the story", "near-duplicate of a-…", "cosine 0.41 …").
    pub reason: String,
    simhash: u64,
    terms: Vec<(u32, f32)>,
}

/// A group of articles about one story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: StoryId,
    pub members: Vec<Member>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Summed member vectors, sorted by term: decodes without hashing, and its norm is summed
    /// in one fixed order (a map's order would vary with its capacity after a reload).
    centroid: Vec<(u32, f32)>,
    norm2: f64,
    /// Entity → number of members naming it, sorted by entity (a fixed order, so that a
    /// story encodes to the same bytes whether or not it was reloaded).
    entities: Vec<(String, u32)>,
}

/// A story as a reader sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorySummary {
    pub id: StoryId,
    /// The title of its most central article.
    pub title: String,
    pub articles: Vec<String>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Words and entities its articles share: why they are together.
    pub top_terms: Vec<String>,
    pub top_entities: Vec<String>,
}

/// Leading bytes of [`StoryIndex::to_bytes`]: a stored blob of another layout (`dxsto1` was
/// one postcard value) fails clearly instead of being misread.
const STORY_MAGIC: &[u8] = b"dxsto2";

/// The incremental story clusterer; persist it with [`StoryIndex::to_bytes`].
///
/// Loading and storing cost about a copy of the blob, however many stories it holds: the
/// lookup tables are flat arrays stored as they lie in memory (hashed words and article ids
/// in open-addressed tables, postings in one array per index), and each story stays encoded
/// until an `add` scores it as a candidate, so storing copies the untouched ones back.
#[derive(Debug, Clone, Default)]
pub struct StoryIndex {
    pub params: StoryParams,
    /// Word hash → term id (ids count up in order of first sight).
    vocab: HashTable,
    /// The terms' words end to end; term `t` ends at `term_ends[t]`.
    term_text: String,
    term_ends: Vec<u32>,
    df: Vec<u32>,
    docs: u32,
    slots: Vec<Slot>,
    /// The encoded stories as loaded, which slots not yet decoded point into.
    arena: Box<[u8]>,
    /// Term → stories holding it in their centroid, oldest first: the lists as loaded (term
    /// `t` holds `post_data[post_start[t]..post_start[t + 1]]`), then what was added since.
    post_start: Vec<u32>,
    post_data: Vec<u32>,
    post_extra: FastMap<u32, Vec<u32>>,
    /// Article id hash → story.
    by_article: HashTable,
    /// Story id hash → story.
    by_story: HashTable,
}

/// One story of the index: still encoded in the arena, or decoded (and then `dirty` once an
/// `add` changed it, so that storing encodes it again).
#[derive(Debug, Clone, Default)]
struct Slot {
    start: u32,
    len: u32,
    story: OnceLock<Story>,
    dirty: bool,
}

impl Slot {
    fn raw<'a>(&self, arena: &'a [u8]) -> Option<&'a [u8]> {
        arena.get(self.start as usize..(self.start as usize).checked_add(self.len as usize)?)
    }

    fn get<'a>(&'a self, arena: &[u8]) -> &'a Story {
        self.story.get_or_init(|| decode_story(self.raw(arena)))
    }
}

/// A story whose stored bytes do not decode loads empty and without an id: the index still
/// loads, and the damage stays in that one story.
fn decode_story(raw: Option<&[u8]>) -> Story {
    raw.and_then(|r| postcard::from_bytes::<Story>(r).ok()).unwrap_or_else(|| Story {
        id: String::new(),
        members: Vec::new(),
        first: None,
        last: None,
        centroid: Vec::new(),
        norm2: 0.0,
        entities: Vec::new(),
    })
}

/// The stories of an index, decoded as they are visited.
#[derive(Debug, Clone, Copy)]
pub struct Stories<'a>(&'a StoryIndex);

impl<'a> Stories<'a> {
    pub fn len(&self) -> usize {
        self.0.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.slots.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&'a Story> {
        let idx = self.0;
        idx.slots.get(i).map(|s| s.get(&idx.arena))
    }

    /// All stories in order of creation. Visiting every story decodes every story: to find
    /// one, prefer [`StoryIndex::story`] or [`StoryIndex::story_of`].
    pub fn iter(&self) -> StoriesIter<'a> {
        StoriesIter { idx: self.0, next: 0 }
    }
}

impl<'a> IntoIterator for Stories<'a> {
    type Item = &'a Story;
    type IntoIter = StoriesIter<'a>;
    fn into_iter(self) -> StoriesIter<'a> {
        self.iter()
    }
}

/// Iterator over [`Stories`].
#[derive(Debug, Clone)]
pub struct StoriesIter<'a> {
    idx: &'a StoryIndex,
    next: usize,
}

impl<'a> Iterator for StoriesIter<'a> {
    type Item = &'a Story;
    fn next(&mut self) -> Option<&'a Story> {
        let s = self.idx.slots.get(self.next)?;
        self.next += 1;
        Some(s.get(&self.idx.arena))
    }
}

impl StoryIndex {
    pub fn new(params: StoryParams) -> Self {
        StoryIndex { params, ..Default::default() }
    }

    pub fn stories(&self) -> Stories<'_> {
        Stories(self)
    }

    /// The story with this id.
    pub fn story(&self, id: &str) -> Option<&Story> {
        let s = self.by_story.get(hash_str(id))?;
        self.story_at(s).filter(|st| st.id == id)
    }

    /// The story an article was put in.
    pub fn story_of(&self, article: &str) -> Option<&Story> {
        self.by_article.get(hash_str(article)).and_then(|s| self.story_at(s))
    }

    fn story_at(&self, s: u32) -> Option<&Story> {
        self.slots.get(s as usize).map(|slot| slot.get(&self.arena))
    }

    fn term(&self, t: u32) -> &str {
        let end = self.term_ends.get(t as usize).copied().unwrap_or(0) as usize;
        let start = match t.checked_sub(1) {
            Some(p) => self.term_ends.get(p as usize).copied().unwrap_or(0) as usize,
            None => 0,
        };
        self.term_text.get(start..end).unwrap_or("")
    }

    /// The stories holding term `t`: those as loaded, then those added since.
    fn postings(&self, t: u32) -> (&[u32], &[u32]) {
        let t = t as usize;
        let base = match (self.post_start.get(t), self.post_start.get(t + 1)) {
            (Some(&a), Some(&b)) => self.post_data.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        };
        (base, self.post_extra.get(&(t as u32)).map_or(&[], Vec::as_slice))
    }

    /// Adds one article; returns the story it joined or started. Re-adding a known id returns
    /// its story unchanged.
    pub fn add(&mut self, a: &ArticleFeatures) -> StoryId {
        if let Some(s) = self.story_of(&a.id) {
            return s.id.clone();
        }
        let vec = self.vectorise(a);
        let simhash = simhash(&a.text);
        let ents = dedup_entities(&a.entities);

        // Candidates from the inverted index: the stories sharing the most weight of this
        // article's terms; only the best few are decoded and scored in full.
        let mut overlap = vec![0f32; self.slots.len()];
        let mut touched: Vec<u32> = Vec::new();
        for &(t, w) in &vec {
            let (base, extra) = self.postings(t);
            // The most recent `posting_scan` entries of base ++ extra.
            let skip = (base.len() + extra.len()).saturating_sub(self.params.posting_scan);
            let (base, extra) = match skip.checked_sub(base.len()) {
                None => (base.get(skip..).unwrap_or(&[]), extra),
                Some(k) => (&[][..], extra.get(k..).unwrap_or(&[])),
            };
            for &s in base.iter().chain(extra) {
                if let Some(o) = overlap.get_mut(s as usize) {
                    if *o == 0.0 {
                        touched.push(s);
                    }
                    *o += w;
                }
            }
        }
        let mut cands: Vec<(u32, f32)> =
            touched.into_iter().map(|s| (s, overlap.get(s as usize).copied().unwrap_or(0.0))).collect();
        cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cands.truncate(self.params.candidates);
        let mut best: Option<(f64, u32, f64, f64, i64)> = None;
        let mut dup: Option<(u32, String)> = None;
        for &(s, _) in &cands {
            let Some(story) = self.story_at(s) else {
                continue;
            };
            let gap = gap_days(a.published, story.first, story.last);
            if gap > self.params.max_gap_days {
                continue;
            }
            if dup.is_none()
                && simhash != 0
                && let Some(m) =
                    story.members.iter().find(|m| (m.simhash ^ simhash).count_ones() <= self.params.dup_bits)
            {
                dup = Some((s, format!("near-duplicate of {}", m.id)));
            }
            let cos = cosine(&vec, &story.centroid, story.norm2);
            let ent = entity_jaccard(&ents, &story.entities);
            let time = (-(gap as f64) / self.params.time_scale_days).exp();
            let score = (cos + self.params.entity_weight * ent) * time;
            if best.is_none_or(|b| score > b.0) {
                best = Some((score, s, cos, ent, gap));
            }
        }
        let best = best.and_then(|(score, s, cos, ent, gap)| {
            let story = self.story_at(s)?;
            Some((score, s, self.explain(&vec, story, cos, ent, gap, &ents)))
        });
        let chosen = match (dup, best) {
            (Some((s, why)), _) => Some((s, why)),
            (None, Some((score, s, why))) if score >= self.params.threshold => {
                Some((s, format!("score {score:.2}: {why}")))
            }
            _ => None,
        };
        let member = Member {
            id: a.id.clone(),
            title: a.title.clone(),
            published: a.published,
            outlet: a.outlet.clone(),
            reason: String::new(),
            simhash,
            terms: vec,
        };
        let s = match chosen {
            Some((s, why)) => {
                self.join(s, member, why, &ents);
                s
            }
            None => {
                let s = self.slots.len() as u32;
                let id = stable_id("s", &[&a.id]);
                self.by_story.insert(hash_str(&id), s);
                let story = Story {
                    id,
                    members: Vec::new(),
                    first: None,
                    last: None,
                    centroid: Vec::new(),
                    norm2: 0.0,
                    entities: Vec::new(),
                };
                self.slots.push(Slot { start: 0, len: 0, story: OnceLock::from(story), dirty: true });
                self.join(s, member, "started the story".into(), &ents);
                s
            }
        };
        self.by_article.insert(hash_str(&a.id), s);
        self.story_at(s).map(|st| st.id.clone()).unwrap_or_default()
    }

    fn join(&mut self, s: u32, mut m: Member, why: String, ents: &[String]) {
        let Some(slot) = self.slots.get_mut(s as usize) else {
            return;
        };
        if slot.story.get().is_none() {
            let _ = slot.story.set(decode_story(slot.raw(&self.arena)));
        }
        slot.dirty = true;
        let Some(story) = slot.story.get_mut() else {
            return;
        };
        m.reason = why;
        // Merge the member's terms into the sorted centroid; a term new to the story enters
        // the postings, in the member's term order.
        let mut add: Vec<(u32, f32)> = Vec::with_capacity(m.terms.len());
        for &(t, w) in &m.terms {
            match story.centroid.binary_search_by_key(&t, |x| x.0) {
                Ok(i) => {
                    if let Some(e) = story.centroid.get_mut(i) {
                        e.1 += w;
                    }
                }
                Err(_) => {
                    self.post_extra.entry(t).or_default().push(s);
                    add.push((t, w));
                }
            }
        }
        if !add.is_empty() {
            // A member's terms are distinct, so these are new and distinct; sum any repeats
            // (only a damaged blob could hold them) rather than keep two entries.
            story.centroid.extend(add);
            story.centroid.sort_by_key(|x| x.0);
            story.centroid.dedup_by(|b, a| {
                let same = a.0 == b.0;
                if same {
                    a.1 += b.1;
                }
                same
            });
        }
        story.norm2 = story.centroid.iter().map(|(_, w)| (*w as f64) * (*w as f64)).sum();
        for e in ents {
            match story.entities.binary_search_by(|x| x.0.as_str().cmp(e)) {
                Ok(i) => {
                    if let Some(x) = story.entities.get_mut(i) {
                        x.1 += 1;
                    }
                }
                Err(i) => story.entities.insert(i.min(story.entities.len()), (e.clone(), 1)),
            }
        }
        if let Some(d) = m.published {
            story.first = Some(story.first.map_or(d, |f| f.min(d)));
            story.last = Some(story.last.map_or(d, |l| l.max(d)));
        }
        story.members.push(m);
    }

    /// Top terms by TF-IDF, L2-normalised. Updates document frequencies first.
    fn vectorise(&mut self, a: &ArticleFeatures) -> Vec<(u32, f32)> {
        let mut tf: FastMap<u32, f32> = FastMap::default();
        let mut bump = |idx: &mut Self, w: &str, by: f32| {
            let h = hash_str(w);
            let t = match idx.vocab.get(h) {
                Some(t) => t,
                None => {
                    let t = idx.df.len() as u32;
                    idx.vocab.insert(h, t);
                    idx.term_text.push_str(w);
                    idx.term_ends.push(idx.term_text.len() as u32);
                    idx.df.push(0);
                    t
                }
            };
            *tf.entry(t).or_default() += by;
        };
        if let Some(title) = &a.title {
            for_each_word(title, |w| bump(self, w, 2.0));
        }
        for_each_word(&a.text, |w| bump(self, w, 1.0));
        self.docs += 1;
        for &t in tf.keys() {
            if let Some(d) = self.df.get_mut(t as usize) {
                *d += 1;
            }
        }
        let n = self.docs as f32 + self.params.prior_docs as f32;
        let mut v: Vec<(u32, f32)> = tf
            .into_iter()
            .map(|(t, f)| {
                let df = self.df.get(t as usize).copied().unwrap_or(1) as f32;
                (t, (1.0 + f.ln()) * ((n + 1.0) / (df + 1.0)).ln().max(0.0) + 0.01)
            })
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(self.params.top_terms);
        let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            for x in &mut v {
                x.1 /= norm;
            }
        }
        v
    }

    fn explain(&self, vec: &[(u32, f32)], story: &Story, cos: f64, ent: f64, gap: i64, ents: &[String]) -> String {
        let mut shared: Vec<(f32, &str)> = vec
            .iter()
            .filter_map(|(t, w)| centroid_weight(&story.centroid, *t).map(|c| (w * c, self.term(*t))))
            .collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0));
        let words: Vec<&str> = shared.iter().take(5).map(|x| x.1).collect();
        let mut s = format!("text cosine {cos:.2} on [{}]", words.join(", "));
        let common: Vec<&str> =
            ents.iter().filter(|e| has_entity(&story.entities, e)).map(String::as_str).take(5).collect();
        if !common.is_empty() {
            s.push_str(&format!("; shared entities {ent:.2} [{}]", common.join(", ")));
        }
        s.push_str(&format!("; {gap} days from the story"));
        s
    }

    /// A story's title, period and what holds it together.
    pub fn summary(&self, story: &Story) -> StorySummary {
        let central = story
            .members
            .iter()
            .max_by(|a, b| {
                let ca = cosine(&a.terms, &story.centroid, story.norm2);
                let cb = cosine(&b.terms, &story.centroid, story.norm2);
                ca.total_cmp(&cb)
            })
            .and_then(|m| m.title.clone());
        let mut terms: Vec<&(u32, f32)> = story.centroid.iter().collect();
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let top_terms: Vec<String> = terms
            .iter()
            .take(8)
            .filter(|(t, _)| (*t as usize) < self.term_ends.len())
            .map(|(t, _)| self.term(*t).to_string())
            .collect();
        let mut ents: Vec<(&String, &u32)> = story.entities.iter().map(|(e, n)| (e, n)).collect();
        ents.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top_entities: Vec<String> = ents.iter().take(8).map(|(e, _)| (*e).clone()).collect();
        let title = central
            .unwrap_or_else(|| top_entities.iter().chain(&top_terms).take(4).cloned().collect::<Vec<_>>().join(", "));
        StorySummary {
            id: story.id.clone(),
            title,
            articles: story.members.iter().map(|m| m.id.clone()).collect(),
            first: story.first,
            last: story.last,
            top_terms,
            top_entities,
        }
    }

    /// The index as one compact blob: see the type's notes. Stories an `add` changed are
    /// encoded again; the others are copied as they were loaded.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut fresh: Vec<u8> = Vec::new();
        let mut lens: Vec<u32> = Vec::with_capacity(self.slots.len());
        let mut from_fresh: Vec<Option<(usize, usize)>> = Vec::with_capacity(self.slots.len());
        for slot in &self.slots {
            match slot.story.get().filter(|_| slot.dirty) {
                Some(st) => {
                    let at = fresh.len();
                    // Writing to a Vec cannot fail; a failed story would load as unreadable.
                    if postcard::to_io(st, &mut fresh).is_err() {
                        fresh.truncate(at);
                    }
                    lens.push(u32::try_from(fresh.len() - at).unwrap_or(0));
                    from_fresh.push(Some((at, fresh.len())));
                }
                None => {
                    lens.push(slot.raw(&self.arena).map_or(0, |r| r.len() as u32));
                    from_fresh.push(None);
                }
            }
        }
        let arena_len: usize = lens.iter().map(|&l| l as usize).sum();
        let extra: usize = self.post_extra.values().map(Vec::len).sum();
        let mut out = Vec::with_capacity(
            STORY_MAGIC.len()
                + 256
                + arena_len
                + 4 * (self.term_ends.len() * 3 + self.post_data.len() + extra + lens.len())
                + self.term_text.len()
                + 12 * (self.vocab.keys.len() + self.by_article.keys.len() + self.by_story.keys.len()),
        );
        out.extend_from_slice(STORY_MAGIC);
        let params = postcard::to_allocvec(&self.params).unwrap_or_default();
        put_bytes(&mut out, &params);
        put_u32(&mut out, self.docs);
        put_u32s(&mut out, &self.term_ends);
        put_bytes(&mut out, self.term_text.as_bytes());
        put_u32s(&mut out, &self.df);
        self.vocab.write(&mut out);
        // Postings of every term, loaded and added ones merged.
        let n_terms = self.df.len();
        put_u32(&mut out, n_terms as u32 + 1);
        let mut at = 0u32;
        put_u32(&mut out, 0);
        for t in 0..n_terms {
            let (b, e) = self.postings(t as u32);
            at = at.saturating_add((b.len() + e.len()) as u32);
            put_u32(&mut out, at);
        }
        put_u32(&mut out, at);
        for t in 0..n_terms {
            let (b, e) = self.postings(t as u32);
            for &s in b.iter().chain(e) {
                put_u32(&mut out, s);
            }
        }
        self.by_article.write(&mut out);
        self.by_story.write(&mut out);
        put_u32s(&mut out, &lens);
        put_u32(&mut out, arena_len as u32);
        for (slot, f) in self.slots.iter().zip(&from_fresh) {
            let raw = match f {
                Some((a, b)) => fresh.get(*a..*b),
                None => slot.raw(&self.arena),
            };
            out.extend_from_slice(raw.unwrap_or(&[]));
        }
        out
    }

    /// Reads a blob written by [`StoryIndex::to_bytes`]. Every table is checked against the
    /// others (so that lookups stay in bounds); the stories themselves are decoded on first
    /// use, and one that does not decode loads empty.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        let body = bytes
            .strip_prefix(STORY_MAGIC)
            .ok_or("story index: not a stored story index of this version (format tag missing)")?;
        let mut r = Reader(body);
        let params: StoryParams =
            postcard::from_bytes(r.bytes()?).map_err(|e| format!("story index: parameters: {e}"))?;
        let docs = r.u32()?;
        let term_ends = r.u32s()?;
        let term_text = String::from_utf8(r.bytes()?.to_vec()).map_err(|_| bad("terms are not UTF-8"))?;
        let df = r.u32s()?;
        let vocab = HashTable::read(&mut r)?;
        let post_start = r.u32s()?;
        let post_data = r.u32s()?;
        let by_article = HashTable::read(&mut r)?;
        let by_story = HashTable::read(&mut r)?;
        let lens = r.u32s()?;
        let arena: Box<[u8]> = r.bytes()?.into();
        if !r.0.is_empty() {
            return Err(bad("trailing bytes"));
        }
        let n_terms = term_ends.len();
        let n_stories = lens.len();
        if df.len() != n_terms || post_start.len() != n_terms + 1 {
            return Err(bad("term tables differ in length"));
        }
        if term_ends.windows(2).any(|w| w.first() > w.last())
            || term_ends.last().is_some_and(|&e| e as usize != term_text.len())
        {
            return Err(bad("term offsets out of order"));
        }
        if post_start.first() != Some(&0)
            || post_start.windows(2).any(|w| w.first() > w.last())
            || post_start.last().is_some_and(|&e| e as usize != post_data.len())
            || post_data.iter().any(|&s| s as usize >= n_stories)
        {
            return Err(bad("postings out of bounds"));
        }
        if !vocab.values_below(n_terms) || !by_article.values_below(n_stories) || !by_story.values_below(n_stories) {
            return Err(bad("a table refers beyond its terms or stories"));
        }
        let total: u64 = lens.iter().map(|&l| u64::from(l)).sum();
        if total != arena.len() as u64 {
            return Err(bad("stories and their bytes differ in length"));
        }
        let mut start = 0u32;
        let slots = lens
            .into_iter()
            .map(|len| {
                let slot = Slot { start, len, story: OnceLock::new(), dirty: false };
                start = start.saturating_add(len);
                slot
            })
            .collect();
        Ok(StoryIndex {
            params,
            vocab,
            term_text,
            term_ends,
            df,
            docs,
            slots,
            arena,
            post_start,
            post_data,
            post_extra: FastMap::default(),
            by_article,
            by_story,
        })
    }
}

fn bad(what: &str) -> String {
    format!("story index: {what}")
}

fn put_u32(out: &mut Vec<u8>, x: u32) {
    out.extend_from_slice(&x.to_le_bytes());
}

fn put_u32s(out: &mut Vec<u8>, xs: &[u32]) {
    put_u32(out, xs.len() as u32);
    for &x in xs {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

fn put_u64s(out: &mut Vec<u8>, xs: &[u64]) {
    put_u32(out, xs.len() as u32);
    for &x in xs {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_u32(out, b.len() as u32);
    out.extend_from_slice(b);
}

/// Reads the stored arrays, each a u32 count then little-endian items; a short blob is an
/// error, never a panic or an allocation sized by a damaged count.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if n > self.0.len() {
            return Err(bad("truncated"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(<[u8; 4]>::try_from(self.take(4)?).map_or(0, u32::from_le_bytes))
    }

    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    fn u32s(&mut self) -> Result<Vec<u32>, String> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(4).ok_or_else(|| bad("truncated"))?)?;
        Ok(b.chunks_exact(4).map(|c| <[u8; 4]>::try_from(c).map_or(0, u32::from_le_bytes)).collect())
    }

    fn u64s(&mut self) -> Result<Vec<u64>, String> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(8).ok_or_else(|| bad("truncated"))?)?;
        Ok(b.chunks_exact(8).map(|c| <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes)).collect())
    }
}

/// An open-addressed map from 64-bit hashes (never 0, which marks a free slot) to u32,
/// with linear probing: its two arrays are stored as they are, so loading it is a copy
/// rather than a rehash of every key. Two keys with the same 64-bit hash count as one; at
/// the sizes of a news corpus that is a chance of about one in 10^9.
#[derive(Debug, Clone, Default)]
struct HashTable {
    keys: Vec<u64>,
    vals: Vec<u32>,
    len: usize,
}

impl HashTable {
    fn get(&self, k: u64) -> Option<u32> {
        let cap = self.keys.len();
        if cap == 0 {
            return None;
        }
        let mask = cap - 1;
        let mut i = k as usize & mask;
        for _ in 0..cap {
            match self.keys.get(i) {
                Some(&x) if x == k => return self.vals.get(i).copied(),
                Some(&0) | None => return None,
                _ => i = (i + 1) & mask,
            }
        }
        None
    }

    fn insert(&mut self, k: u64, v: u32) {
        if (self.len + 1) * 4 > self.keys.len() * 3 {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut i = k as usize & mask;
        for _ in 0..self.keys.len() {
            match self.keys.get(i) {
                Some(&0) => {
                    if let (Some(key), Some(val)) = (self.keys.get_mut(i), self.vals.get_mut(i)) {
                        *key = k;
                        *val = v;
                        self.len += 1;
                    }
                    return;
                }
                Some(&x) if x == k => {
                    if let Some(val) = self.vals.get_mut(i) {
                        *val = v;
                    }
                    return;
                }
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn grow(&mut self) {
        let cap = (self.keys.len() * 2).max(16);
        let old = std::mem::replace(self, HashTable { keys: vec![0; cap], vals: vec![0; cap], len: 0 });
        for (k, v) in old.keys.into_iter().zip(old.vals) {
            if k != 0 {
                self.insert(k, v);
            }
        }
    }

    fn write(&self, out: &mut Vec<u8>) {
        put_u64s(out, &self.keys);
        put_u32s(out, &self.vals);
    }

    /// Reads a table, checking the shape that lookups rely on: a power-of-two size with at
    /// least one free slot (so that probing ends).
    fn read(r: &mut Reader) -> Result<Self, String> {
        let keys = r.u64s()?;
        let vals = r.u32s()?;
        let len = keys.iter().filter(|&&k| k != 0).count();
        let cap = keys.len();
        if vals.len() != cap || (cap > 0 && (!cap.is_power_of_two() || len >= cap)) {
            return Err(bad("damaged hash table"));
        }
        Ok(HashTable { keys, vals, len })
    }

    fn values_below(&self, n: usize) -> bool {
        self.keys.iter().zip(&self.vals).all(|(&k, &v)| k == 0 || (v as usize) < n)
    }
}

/// FNV-1a, then spread over all 64 bits; never 0 (a free slot in [`HashTable`]).
fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h).max(1)
}

fn dedup_entities(e: &[String]) -> Vec<String> {
    let mut v: Vec<String> = e.iter().filter(|s| !s.is_empty()).cloned().collect();
    v.sort();
    v.dedup();
    v
}

fn centroid_weight(centroid: &[(u32, f32)], t: u32) -> Option<f32> {
    centroid.binary_search_by_key(&t, |x| x.0).ok().and_then(|i| centroid.get(i)).map(|x| x.1)
}

fn cosine(v: &[(u32, f32)], centroid: &[(u32, f32)], norm2: f64) -> f64 {
    if norm2 <= 0.0 {
        return 0.0;
    }
    let dot: f64 = v.iter().filter_map(|(t, w)| centroid_weight(centroid, *t).map(|c| (*w as f64) * (c as f64))).sum();
    dot / norm2.sqrt()
}

fn has_entity(story: &[(String, u32)], e: &str) -> bool {
    story.binary_search_by(|x| x.0.as_str().cmp(e)).is_ok()
}

/// Jaccard of an article's entities (sorted, distinct) and a story's (sorted by entity).
fn entity_jaccard(a: &[String], story: &[(String, u32)]) -> f64 {
    if a.is_empty() || story.is_empty() {
        return 0.0;
    }
    // Both lists are sorted: one merge instead of a search per entity.
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), story.get(j)) {
        match x.as_str().cmp(y.0.as_str()) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f64 / (a.len() + story.len() - inter) as f64
}

/// Days between a date and a story's span; 0 inside it or when a date is missing.
fn gap_days(d: Option<NaiveDate>, first: Option<NaiveDate>, last: Option<NaiveDate>) -> i64 {
    match (d, first, last) {
        (Some(d), Some(f), _) if d < f => (f - d).num_days(),
        (Some(d), _, Some(l)) if d > l => (d - l).num_days(),
        _ => 0,
    }
}

/// 64-bit SimHash of lowercase word trigrams (0 for texts too short to judge).
fn simhash(text: &str) -> u64 {
    // One hash per word, lowercased on the fly: no allocation per word.
    let words: Vec<u64> = text
        .split_whitespace()
        .take(5000)
        .map(|w| {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for c in w.chars().flat_map(char::to_lowercase) {
                h ^= c as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            h
        })
        .collect();
    if words.len() < 20 {
        return 0;
    }
    let mut acc = [0i32; 64];
    for w in words.windows(3) {
        let h = mix(w[0] ^ w[1].rotate_left(21) ^ w[2].rotate_left(42));
        for (bit, a) in acc.iter_mut().enumerate() {
            *a += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    acc.iter().enumerate().fold(0u64, |h, (bit, a)| if *a > 0 { h | 1 << bit } else { h })
}

/// SplitMix64 finaliser: spreads a combined hash over all 64 bits.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A map with a fast non-cryptographic hasher: term ids and words are not attacker-chosen keys
/// worth SipHash's cost here, and this map is on the hot path of every added article.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The multiply-rotate hasher of rustc (FxHash), a few lines rather than a dependency.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(id: &str, date: &str, title: &str, text: &str, ents: &[&str]) -> ArticleFeatures {
        ArticleFeatures {
            id: id.into(),
            title: Some(title.into()),
            text: text.into(),
            published: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            outlet: None,
            entities: ents.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn corpus() -> Vec<ArticleFeatures> {
        vec![
            art(
                "a1",
                "2021-12-09",
                "US combat mission in Iraq ends",
                "The US-led coalition ended its combat mission in Iraq on Thursday, Iraqi national security adviser Qasim al-Araji said. About 2,500 American troops will remain in an advisory role, training Iraqi forces.",
                &["United States", "Iraq", "Qasim al-Araji"],
            ),
            art(
                "a2",
                "2022-03-01",
                "Wildfires force evacuations in California",
                "Thousands of residents fled wildfires in northern California as firefighters battled flames fanned by strong winds. The blaze destroyed homes near Sacramento and evacuation orders widened.",
                &["California", "Sacramento"],
            ),
            art(
                "a3",
                "2021-12-10",
                "Coalition combat role in Iraq over, troops stay to advise",
                "Iraq announced the end of the coalition combat mission. American troops, about 2,500, stay to advise and train Iraqi security forces, security adviser al-Araji said on Thursday.",
                &["Iraq", "Qasim al-Araji", "United States"],
            ),
            art(
                "a4",
                "2022-03-02",
                "California wildfire evacuations grow",
                "Evacuation orders widened as wildfires spread across northern California. Firefighters battled the blaze near Sacramento while strong winds fanned the flames and homes were destroyed.",
                &["California", "Sacramento"],
            ),
        ]
    }

    #[test]
    fn groups_by_topic_and_time() {
        let mut idx = StoryIndex::new(StoryParams::default());
        let ids: Vec<StoryId> = corpus().iter().map(|a| idx.add(a)).collect();
        assert_eq!(ids[0], ids[2]);
        assert_eq!(ids[1], ids[3]);
        assert_ne!(ids[0], ids[1]);
        assert_eq!(idx.stories().len(), 2);
        let s = idx.story_of("a3").map(|s| idx.summary(s));
        assert!(s.as_ref().is_some_and(|s| s.top_terms.iter().any(|t| t == "iraq")), "{s:?}");
        assert!(idx.story_of("a3").is_some_and(|s| s.members[1].reason.contains("cosine")));
    }

    #[test]
    fn same_topic_years_apart_is_another_story() {
        let mut idx = StoryIndex::new(StoryParams::default());
        let c = corpus();
        let first = idx.add(&c[1]);
        let mut later = c[3].clone();
        later.id = "a5".into();
        later.published = NaiveDate::from_ymd_opt(2025, 8, 1);
        assert_ne!(idx.add(&later), first);
    }

    #[test]
    fn near_duplicates_join_their_original() {
        let mut idx = StoryIndex::new(StoryParams { threshold: 2.0, ..Default::default() });
        let c = corpus();
        let text = format!(
            "{} {} {} {} Officials in Baghdad said the drawdown had been agreed months earlier in talks \
             between the two governments, and that the remaining forces would stay at bases in Anbar \
             and Erbil. Critics in parliament said any foreign presence was unacceptable, while \
             commanders warned that militant cells remained active in the north and west of the country.",
            c[0].text, c[2].text, c[1].text, c[3].text
        );
        let a = art("x1", "2021-12-09", "Wire copy", &text, &[]);
        let mut b = a.clone();
        b.id = "x2".into();
        b.title = Some("Syndicated".into());
        b.text = format!("{text} (Reuters)");
        let s1 = idx.add(&a);
        // The threshold is unreachable, so only the near-duplicate rule can join them.
        assert_eq!(idx.add(&b), s1);
        assert!(idx.story_of("x2").is_some_and(|s| s.members[1].reason.starts_with("near-duplicate of x1")));
    }

    /// A stream of articles on a few topics over a few weeks, with repeats and wire copies.
    fn stream() -> Vec<ArticleFeatures> {
        let mut out = corpus();
        let topics = [
            (
                "Flooding",
                "Heavy rain flooded the river valley and rescuers evacuated villages as the water rose",
                "Red Cross",
            ),
            (
                "Election",
                "Voters queued at polling stations as the opposition alleged fraud in the presidential runoff",
                "Electoral Commission",
            ),
            (
                "Strike",
                "Dock workers walked out over pay, halting container traffic at the port for a third day",
                "Port Authority",
            ),
        ];
        for i in 0..30u32 {
            let (title, text, ent) = topics[i as usize % 3];
            let day = 1 + (i * 7) % 28;
            let mut a = art(
                &format!("s{i}"),
                &format!("2022-05-{day:02}"),
                &format!("{title} update {i}"),
                &format!("{text}. Officials said on day {day} that {} more people were affected. {text}.", i * 13),
                &[ent],
            );
            if i % 5 == 0 {
                a.outlet = Some("Wire".into());
            }
            out.push(a);
        }
        out
    }

    fn all(idx: &StoryIndex) -> Vec<Story> {
        idx.stories().iter().cloned().collect()
    }

    #[test]
    fn round_trip_mid_stream_equals_no_round_trip() {
        let articles = stream();
        let mut plain = StoryIndex::new(StoryParams::default());
        let mut stored = StoryIndex::new(StoryParams::default());
        for (i, a) in articles.iter().enumerate() {
            if i % 3 == 1 {
                stored = match StoryIndex::from_bytes(&stored.to_bytes()) {
                    Ok(s) => s,
                    Err(e) => panic!("{e}"),
                };
            }
            assert_eq!(stored.add(a), plain.add(a), "article {i}");
            // A repeat is answered from the stored article table.
            assert_eq!(stored.add(a), plain.add(a));
        }
        assert_eq!(all(&stored), all(&plain));
        assert!(plain.stories().iter().any(|s| s.members.len() > 3), "the stream forms stories");
        for s in plain.stories() {
            assert_eq!(stored.story(&s.id).map(|t| stored.summary(t)), Some(plain.summary(s)));
        }
        // Storing an index that was loaded and barely touched gives the same bytes as storing
        // the index that was never stored.
        assert_eq!(stored.to_bytes(), plain.to_bytes());
        let mut back = StoryIndex::from_bytes(&plain.to_bytes()).unwrap_or_default();
        let late = art(
            "late",
            "2022-05-20",
            "Flooding update late",
            "Heavy rain flooded the river valley again",
            &["Red Cross"],
        );
        assert_eq!(back.add(&late), plain.add(&late));
        assert_eq!(back.to_bytes(), plain.to_bytes());
    }

    #[test]
    fn state_round_trips_through_bytes() {
        let mut idx = StoryIndex::new(StoryParams { threshold: 0.1, ..Default::default() });
        let c = corpus();
        idx.add(&c[0]);
        idx.add(&c[1]);
        let bytes = idx.to_bytes();
        let back = StoryIndex::from_bytes(&bytes);
        assert!(back.is_ok(), "{:?}", back.err());
        let mut back = back.unwrap_or_default();
        assert_eq!(back.params, idx.params);
        assert_eq!(all(&back), all(&idx));
        assert_eq!(back.add(&c[2]), idx.add(&c[2]));
        assert_eq!(back.add(&c[3]), idx.add(&c[3]));
        assert_eq!(all(&back), all(&idx));
        assert_eq!(back.story_of("a3").map(|s| s.id.clone()), idx.story_of("a3").map(|s| s.id.clone()));
        assert!(back.story_of("nope").is_none() && back.story("s-nope").is_none());
        // Not a story index of this version: a clear error, never a panic or an empty index.
        assert!(StoryIndex::from_bytes(b"").is_err());
        assert!(StoryIndex::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(StoryIndex::from_bytes(&crate::EntityIndex::new().to_bytes()).is_err());
        let mut old = b"dxsto1".to_vec();
        old.extend_from_slice(&bytes[STORY_MAGIC.len()..]);
        assert!(StoryIndex::from_bytes(&old).is_err_and(|e| e.contains("format tag")));
    }

    #[test]
    fn damaged_bytes_never_panic() {
        let mut idx = StoryIndex::new(StoryParams::default());
        let articles = stream();
        for a in articles.iter().take(8) {
            idx.add(a);
        }
        let bytes = idx.to_bytes();
        let probe = art("p", "2022-05-03", "Flooding update p", "Heavy rain flooded the river valley", &["Red Cross"]);
        let mut loaded = 0;
        // Some 1,500 bytes spread over the blob, each replaced by several values (the first
        // hundred, counts and parameters, all of them), and every length cut.
        let step = (bytes.len() / 1500).max(1);
        for i in (0..bytes.len()).filter(|i| i % step == 0 || *i < 100) {
            for v in [0u8, 0xff, bytes[i].wrapping_add(1)] {
                let mut b = bytes.clone();
                b[i] = v;
                if let Ok(mut d) = StoryIndex::from_bytes(&b) {
                    loaded += 1;
                    for s in d.stories() {
                        let _ = d.summary(s);
                    }
                    let _ = d.add(&probe);
                    let _ = d.add(&articles[20]);
                    let _ = StoryIndex::from_bytes(&d.to_bytes());
                }
            }
        }
        for i in 0..bytes.len() {
            assert!(StoryIndex::from_bytes(&bytes[..i]).is_err());
        }
        // Damage inside a story's bytes still loads (stories decode on first use).
        assert!(loaded > 0);
        // Junk after the right tag: an error, never a panic or a huge allocation.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for n in 0..500 {
            let junk: Vec<u8> = STORY_MAGIC
                .iter()
                .copied()
                .chain((0..n % 97).map(|_| {
                    x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    (x >> 56) as u8
                }))
                .collect();
            if let Ok(mut d) = StoryIndex::from_bytes(&junk) {
                let _ = d.add(&probe);
            }
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let mut idx = StoryIndex::new(StoryParams::default());
        for (i, t) in ["", " ", "👍🏽👍🏽", "\u{0}", &"Ω word ".repeat(50_000)].iter().enumerate() {
            let a = ArticleFeatures { id: format!("o{i}"), text: t.to_string(), ..Default::default() };
            let _ = idx.add(&a);
        }
        assert_eq!(
            idx.add(&ArticleFeatures { id: "o0".into(), ..Default::default() }),
            idx.story_of("o0").map(|s| s.id.clone()).unwrap_or_default()
        );
    }
}
