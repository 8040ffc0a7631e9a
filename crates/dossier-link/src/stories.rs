//! Stories: articles grouped incrementally as they arrive.
//!
//! Each article becomes a TF-IDF vector of its content words (title words count double) and a
//! SimHash of its word trigrams. A new article is compared with the stories that share its most
//! distinctive words (an inverted index, so adding is cheap however large the index is): cosine
//! with the story's centroid, plus shared entities, damped by the days between the article and
//! the story. It joins the best story above a threshold or starts a new one; a near-duplicate
//! (SimHash within a few bits) always joins its original. Nothing is recomputed: IDF is taken
//! as it stands when the article arrives. The whole index serialises with serde.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
    centroid: FastMap<u32, f32>,
    norm2: f64,
    entities: HashMap<String, u32>,
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

/// Leading bytes of [`StoryIndex::to_bytes`]: a stored blob of another layout fails clearly.
const STORY_MAGIC: &[u8] = b"dxsto1";

/// The incremental story clusterer; serialise it to persist.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StoryIndex {
    pub params: StoryParams,
    vocab: FastMap<String, u32>,
    terms: Vec<String>,
    df: Vec<u32>,
    docs: u32,
    stories: Vec<Story>,
    /// Term → stories holding it in their centroid, oldest first.
    postings: FastMap<u32, Vec<u32>>,
    by_article: HashMap<String, u32>,
}

impl StoryIndex {
    pub fn new(params: StoryParams) -> Self {
        StoryIndex { params, ..Default::default() }
    }

    pub fn stories(&self) -> &[Story] {
        &self.stories
    }

    /// The index as one compact blob, in the same format as [`crate::EntityIndex::to_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        crate::entities::to_tagged_bytes(STORY_MAGIC, self, 0)
    }

    /// Reads a blob written by [`StoryIndex::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        crate::entities::from_tagged_bytes(STORY_MAGIC, bytes, "story index")
    }

    /// The story an article was put in.
    pub fn story_of(&self, article: &str) -> Option<&Story> {
        self.by_article.get(article).and_then(|&s| self.stories.get(s as usize))
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
        // article's terms; only the best few are scored in full against their centroids.
        let mut overlap = vec![0f32; self.stories.len()];
        let mut touched: Vec<u32> = Vec::new();
        for &(t, w) in &vec {
            let Some(post) = self.postings.get(&t) else {
                continue;
            };
            let from = post.len().saturating_sub(self.params.posting_scan);
            for &s in post.get(from..).unwrap_or(&[]) {
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
            let Some(story) = self.stories.get(s as usize) else {
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
            let story = self.stories.get(s as usize)?;
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
                let s = self.stories.len() as u32;
                self.stories.push(Story {
                    id: stable_id("s", &[&a.id]),
                    members: Vec::new(),
                    first: None,
                    last: None,
                    centroid: FastMap::default(),
                    norm2: 0.0,
                    entities: HashMap::new(),
                });
                self.join(s, member, "started the story".into(), &ents);
                s
            }
        };
        self.by_article.insert(a.id.clone(), s);
        self.stories.get(s as usize).map(|st| st.id.clone()).unwrap_or_default()
    }

    fn join(&mut self, s: u32, mut m: Member, why: String, ents: &[String]) {
        let Some(story) = self.stories.get_mut(s as usize) else {
            return;
        };
        m.reason = why;
        for &(t, w) in &m.terms {
            let e = story.centroid.entry(t).or_insert(0.0);
            if *e == 0.0 {
                self.postings.entry(t).or_default().push(s);
            }
            *e += w;
        }
        story.norm2 = story.centroid.values().map(|w| (*w as f64) * (*w as f64)).sum();
        for e in ents {
            *story.entities.entry(e.clone()).or_default() += 1;
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
            let t = match idx.vocab.get(w) {
                Some(&t) => t,
                None => {
                    let t = idx.terms.len() as u32;
                    idx.vocab.insert(w.to_string(), t);
                    idx.terms.push(w.to_string());
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
            .filter_map(|(t, w)| {
                story.centroid.get(t).map(|c| (w * c, self.terms.get(*t as usize).map_or("", String::as_str)))
            })
            .collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0));
        let words: Vec<&str> = shared.iter().take(5).map(|x| x.1).collect();
        let mut s = format!("text cosine {cos:.2} on [{}]", words.join(", "));
        let common: Vec<&str> =
            ents.iter().filter(|e| story.entities.contains_key(*e)).map(String::as_str).take(5).collect();
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
        let mut terms: Vec<(&u32, &f32)> = story.centroid.iter().collect();
        terms.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
        let top_terms: Vec<String> =
            terms.iter().take(8).filter_map(|(t, _)| self.terms.get(**t as usize).cloned()).collect();
        let mut ents: Vec<(&String, &u32)> = story.entities.iter().collect();
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
}

fn dedup_entities(e: &[String]) -> Vec<String> {
    let mut v: Vec<String> = e.iter().filter(|s| !s.is_empty()).cloned().collect();
    v.sort();
    v.dedup();
    v
}

fn cosine(v: &[(u32, f32)], centroid: &FastMap<u32, f32>, norm2: f64) -> f64 {
    if norm2 <= 0.0 {
        return 0.0;
    }
    let dot: f64 = v.iter().filter_map(|(t, w)| centroid.get(t).map(|c| (*w as f64) * (*c as f64))).sum();
    dot / norm2.sqrt()
}

fn entity_jaccard(a: &[String], story: &HashMap<String, u32>) -> f64 {
    if a.is_empty() || story.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|e| story.contains_key(*e)).count();
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

    #[test]
    fn state_round_trips_through_serde() {
        let mut idx = StoryIndex::new(StoryParams::default());
        let c = corpus();
        idx.add(&c[0]);
        idx.add(&c[1]);
        let json = serde_json::to_string(&idx).unwrap_or_default();
        let mut back: StoryIndex = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back.stories().len(), 2);
        assert_eq!(back.add(&c[2]), idx.add(&c[2]));
        assert_eq!(back.add(&c[3]), idx.add(&c[3]));
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
        assert_eq!(back.stories(), idx.stories());
        assert_eq!(back.add(&c[2]), idx.add(&c[2]));
        assert_eq!(back.add(&c[3]), idx.add(&c[3]));
        assert_eq!(back.stories(), idx.stories());
        // Not a story index: a clear error, never a panic or an empty index.
        assert!(StoryIndex::from_bytes(b"").is_err());
        assert!(StoryIndex::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(StoryIndex::from_bytes(&crate::EntityIndex::new().to_bytes()).is_err());
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
