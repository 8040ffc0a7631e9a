//! Entities across articles: every mention of one real-world referent merged into one
//! [`Entity`], each merge with a `why` line a reader can check.
//!
//! Organisations and places merge on a folded name key, the alias table and acronyms defined in
//! the text. People merge by the name matcher in [`crate::names`], longest names first, so a
//! surname alone ("McKenzie") can only join a full name; when several full names share it, the
//! same article, roles, co-mentioned entities and dates decide, and otherwise nothing merges.
//!
//! The merge is incremental ([`EntityIndex`]): articles arrive in batches, and the index keeps
//! per entity only what later matching needs, in bounded form, so adding one article costs the
//! same whether the corpus holds ten articles or a million. [`link_entities`] is one batch.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use dossier_core::{EntityKind, EntityMention, Span, stable_hash};
use serde::{Deserialize, Serialize};

use crate::alias::{self, defined_acronyms, is_acronym, org_key};
use crate::names::{NameMatch, PersonName, match_persons};
use crate::stories::FastMap;

/// One mention with the article it came from.
#[derive(Debug, Clone, Copy)]
pub struct MentionRef<'a> {
    pub article: &'a str,
    pub published: Option<NaiveDate>,
    pub mention: &'a EntityMention,
    /// The article's cleaned text (for acronyms it defines).
    pub text: &'a str,
}

/// One real-world referent across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `e-…`, stable: from the kind and name key of the mention that founded it.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling seen, with its count, most frequent first.
    pub aliases: Vec<(String, usize)>,
    /// Roles as given, with the publication date of the article that gave them.
    pub roles: Vec<(String, Option<NaiveDate>)>,
    pub mentions: Vec<(String, Span)>,
    /// Why the spellings were merged, one line per merge.
    pub why: Vec<String>,
}

/// The current view of one entity of an [`EntityIndex`] (its mentions live with the caller).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityInfo {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling seen, with its count, most frequent first.
    pub aliases: Vec<(String, usize)>,
    /// Roles as given, with the publication date of the article that gave them, oldest first.
    pub roles: Vec<(String, Option<NaiveDate>)>,
    pub why: Vec<String>,
    pub mentions: usize,
    pub articles: usize,
}

/// Bounds that keep an entity's state small however often it is named: a president named in
/// every article must not make each later merge slower or the stored index larger.
const CO_CAP: usize = 32;
const ROLE_WORD_CAP: usize = 64;
const ROLE_CAP: usize = 512;
const WHY_CAP: usize = 64;

/// Mentions of one name key in one article (within one `add`): the unit that merges.
struct Unit {
    key: String,
    article: usize,
    person: bool,
    /// Kind of its first mention: part of the id when the unit founds an entity.
    kind: EntityKind,
    mentions: Vec<usize>,
    name: PersonName,
    display: String,
    roles: Vec<String>,
    date: Option<NaiveDate>,
    /// Why this unit has its key (alias table, acronym), if not from its spelling.
    key_why: Option<String>,
}

/// One entity as persisted: counts and capped samples, never its mentions.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Cluster {
    /// The hash of the founding unit; shown as `e-` + 16 hex digits (`stable_id`'s form).
    /// Stored beside the encoded cluster ([`Slot`]), not in it.
    #[serde(skip)]
    id: u64,
    person: bool,
    /// Left alone because the surname was ambiguous: its id includes the article, and nothing
    /// joins it except its own mentions.
    unresolved: bool,
    /// The alias-table name, when a unit came in by the alias table: always the display name.
    alias_name: Option<String>,
    /// Distinct person names, for the all-names-compatible check.
    names: Vec<PersonName>,
    /// Display spelling → (is a full person name, mentions): picks the canonical name.
    displays: Vec<(String, bool, u32)>,
    /// Surface spellings with counts.
    spellings: Vec<(String, u32)>,
    /// Mentions per [`EntityKind`] (in [`KINDS`] order).
    kinds: [u32; 5],
    roles: Vec<(String, Option<NaiveDate>)>,
    /// Words of its roles, sorted, for the tie-break.
    role_words: Vec<String>,
    /// Distinct publication days (days from CE), sorted.
    dates: Vec<i32>,
    /// Entities named beside it (capped, first come): the company it keeps, for the tie-break.
    co: Vec<u32>,
    why: Vec<String>,
    mentions: u32,
    articles: u32,
}

const KINDS: [EntityKind; 5] =
    [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Group, EntityKind::Other];

fn kind_ix(k: EntityKind) -> usize {
    KINDS.iter().position(|x| *x == k).unwrap_or(4)
}

impl Cluster {
    fn id_str(&self) -> String {
        format!("e-{:016x}", self.id)
    }

    /// The founding spelling (the first display), which merge reasons name.
    fn label(&self) -> &str {
        self.displays.first().map_or("", |d| d.0.as_str())
    }

    fn has_display(&self, d: &str) -> bool {
        self.displays.iter().any(|x| x.0 == d)
    }

    fn push_why(&mut self, line: String) {
        if self.why.len() < WHY_CAP && !self.why.contains(&line) {
            self.why.push(line);
        }
    }

    /// The alias-table name if there is one, else the most frequent full name (two elements or
    /// more), else the most frequent spelling.
    fn canonical_name(&self) -> String {
        if let Some(a) = &self.alias_name {
            return a.clone();
        }
        let mut best: Option<&(String, bool, u32)> = None;
        for d in &self.displays {
            let better = match best {
                None => true,
                Some(b) => (d.1, d.2) > (b.1, b.2) || ((d.1, d.2) == (b.1, b.2) && d.0 < b.0),
            };
            if better {
                best = Some(d);
            }
        }
        best.map(|b| b.0.clone()).unwrap_or_default()
    }

    fn kind(&self) -> EntityKind {
        KINDS
            .iter()
            .zip(self.kinds)
            .filter(|(_, n)| *n > 0)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.as_str().cmp(a.0.as_str())))
            .map(|(k, _)| *k)
            .unwrap_or(EntityKind::Other)
    }

    fn info(&self) -> EntityInfo {
        let mut aliases: Vec<(String, usize)> = self.spellings.iter().map(|(s, n)| (s.clone(), *n as usize)).collect();
        aliases.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut roles = self.roles.clone();
        roles.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        EntityInfo {
            id: self.id_str(),
            name: self.canonical_name(),
            kind: self.kind(),
            aliases,
            roles,
            why: self.why.clone(),
            mentions: self.mentions as usize,
            articles: self.articles as usize,
        }
    }

    /// The closest publication day to `d`, in days.
    fn date_gap(&self, d: i32) -> Option<i64> {
        let i = self.dates.partition_point(|&x| x < d);
        let after = self.dates.get(i).map(|&x| i64::from(x) - i64::from(d));
        let before = i.checked_sub(1).and_then(|j| self.dates.get(j)).map(|&x| i64::from(d) - i64::from(x));
        match (before, after) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Words of a role that say who someone is ("prime minister"), not filler.
fn role_words(role: &str) -> impl Iterator<Item = String> + '_ {
    role.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !matches!(*w, "the" | "and" | "for" | "former" | "then"))
        .map(|w| w.to_lowercase())
}

/// Persisted state of the cross-article entity merge: the entities with what matching needs
/// (names, keys, roles, dates, capped co-mentions, counts, why lines) and the lookup tables
/// (name keys, surnames, acronyms defined anywhere in the corpus). Store it with
/// [`EntityIndex::to_bytes`]; it never holds mentions or article texts.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    clusters: Vec<Slot>,
    /// The encoded entities as loaded, which slots not yet decoded point into.
    arena: Box<[u8]>,
    /// Rebuilt on load from the clusters' ids rather than stored twice.
    by_id: FastMap<u64, u32>,
    /// Organisation/place key → entity.
    by_key: FastMap<u64, u32>,
    /// Person name key → the first resolved entity that holds it (keys as [`key_hash`]).
    person_key: FastMap<u64, u32>,
    /// Surname skeleton → person entities holding a name with that surname.
    by_surname: FastMap<u64, Vec<u32>>,
    /// Given-name skeleton → person entities, for family-name-first short forms ("Xi").
    by_first: FastMap<u64, Vec<u32>>,
    /// Acronym → (long form, article that defined it), corpus-wide.
    acronyms: FastMap<String, (String, String)>,
    /// Acronyms defined with two different long forms: no longer resolved corpus-wide.
    acronym_conflicts: FastMap<String, ()>,
    changed: Vec<String>,
}

/// One entity of the index. A loaded index keeps each entity encoded (in the index's arena,
/// one allocation for all) until an `add` needs it: loading then costs a copy instead of a
/// decode of every name and spelling, and storing copies the untouched ones back.
#[derive(Debug, Clone, Default)]
struct Slot {
    id: u64,
    /// Where the encoded entity lies in the arena.
    start: u32,
    len: u32,
    live: Option<Box<Cluster>>,
}

impl Slot {
    fn new(cl: Cluster) -> Self {
        Slot { id: cl.id, start: 0, len: 0, live: Some(Box::new(cl)) }
    }

    fn raw<'a>(&self, arena: &'a [u8]) -> Option<&'a [u8]> {
        arena.get(self.start as usize..(self.start as usize).checked_add(self.len as usize)?)
    }

    /// The entity, decoded for this look only when it is still encoded.
    fn view(&self, arena: &[u8]) -> std::borrow::Cow<'_, Cluster> {
        match &self.live {
            Some(cl) => std::borrow::Cow::Borrowed(cl),
            None => std::borrow::Cow::Owned(decode_cluster(self.id, self.raw(arena))),
        }
    }

    /// The entity, decoded for good.
    fn live(&mut self, arena: &[u8]) -> &mut Cluster {
        if self.live.is_none() {
            self.live = Some(Box::new(decode_cluster(self.id, self.raw(arena))));
        }
        self.live.get_or_insert_with(|| Box::new(unreadable(self.id)))
    }
}

/// An entity whose stored bytes do not decode keeps its id and starts over empty (it has no
/// names, so only its exact key can reach it): the index still loads, and the damage stays in
/// that one entity.
fn unreadable(id: u64) -> Cluster {
    Cluster { id, ..Default::default() }
}

fn decode_cluster(id: u64, raw: Option<&[u8]>) -> Cluster {
    match raw.map(postcard::from_bytes::<Cluster>) {
        Some(Ok(mut cl)) => {
            cl.id = id;
            cl
        }
        _ => unreadable(id),
    }
}

/// Bytes written as one byte string (postcard: a length and a copy), not a sequence of numbers.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

struct ByteBuf(Box<[u8]>);

impl<'de> Deserialize<'de> for ByteBuf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = ByteBuf;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<ByteBuf, E> {
                Ok(ByteBuf(v.into()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<ByteBuf, A::Error> {
                let mut v = Vec::new();
                while let Some(b) = seq.next_element::<u8>()? {
                    v.push(b);
                }
                Ok(ByteBuf(v.into()))
            }
        }
        d.deserialize_bytes(V)
    }
}

/// What is stored of an [`EntityIndex`], borrowed for writing ([`Stored`] reads it back).
#[derive(Serialize)]
struct StoredRef<'a> {
    /// Per entity: id and encoded length, in entity order.
    slots: Vec<(u64, u32)>,
    /// The encoded entities, one after the other.
    arena: Bytes<'a>,
    by_key: &'a FastMap<u64, u32>,
    person_key: &'a FastMap<u64, u32>,
    by_surname: &'a FastMap<u64, Vec<u32>>,
    by_first: &'a FastMap<u64, Vec<u32>>,
    acronyms: &'a FastMap<String, (String, String)>,
    acronym_conflicts: &'a FastMap<String, ()>,
}

/// The stored fields of an [`EntityIndex`], in [`StoredRef`] order.
#[derive(Deserialize)]
struct Stored {
    slots: Vec<(u64, u32)>,
    arena: ByteBuf,
    by_key: FastMap<u64, u32>,
    person_key: FastMap<u64, u32>,
    by_surname: FastMap<u64, Vec<u32>>,
    by_first: FastMap<u64, Vec<u32>>,
    acronyms: FastMap<String, (String, String)>,
    acronym_conflicts: FastMap<String, ()>,
}

impl Serialize for EntityIndex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut arena: Vec<u8> = Vec::with_capacity(self.arena.len() + 64 * self.clusters.len());
        let mut slots = Vec::with_capacity(self.clusters.len());
        for slot in &self.clusters {
            let at = arena.len();
            match &slot.live {
                // Writing to a Vec cannot fail; a failed entity would load as unreadable.
                Some(cl) => {
                    let _ = postcard::to_io(cl.as_ref(), &mut arena);
                }
                None => arena.extend_from_slice(slot.raw(&self.arena).unwrap_or(&[])),
            }
            let len = u32::try_from(arena.len() - at).map_err(serde::ser::Error::custom)?;
            slots.push((slot.id, len));
        }
        u32::try_from(arena.len()).map_err(|_| serde::ser::Error::custom("entity index over 4 GiB"))?;
        StoredRef {
            slots,
            arena: Bytes(&arena),
            by_key: &self.by_key,
            person_key: &self.person_key,
            by_surname: &self.by_surname,
            by_first: &self.by_first,
            acronyms: &self.acronyms,
            acronym_conflicts: &self.acronym_conflicts,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for EntityIndex {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Stored::deserialize(d)?;
        // A stored index is input like any other: every entity number in its tables must
        // exist, so that matching can index by them. (Co-mentions are only compared, never
        // followed, and entities decode on first use: a damaged one loads as unreadable.)
        let n = s.slots.len();
        let bad = |c: &u32| *c as usize >= n;
        let dangling = s.by_key.values().chain(s.person_key.values()).any(bad)
            || s.by_surname.values().chain(s.by_first.values()).flatten().any(bad);
        if dangling {
            return Err(serde::de::Error::custom(format!("entity index refers to an entity beyond its {n}")));
        }
        let total: u64 = s.slots.iter().map(|x| u64::from(x.1)).sum();
        if total != s.arena.0.len() as u64 {
            return Err(serde::de::Error::custom(format!(
                "entity index: entities take {total} bytes of {}",
                s.arena.0.len()
            )));
        }
        let by_id = s.slots.iter().enumerate().map(|(i, c)| (c.0, i as u32)).collect();
        let mut start = 0u32;
        let clusters = s
            .slots
            .into_iter()
            .map(|(id, len)| {
                let slot = Slot { id, start, len, live: None };
                start = start.saturating_add(len);
                slot
            })
            .collect();
        Ok(EntityIndex {
            clusters,
            arena: s.arena.0,
            by_id,
            by_key: s.by_key,
            person_key: s.person_key,
            by_surname: s.by_surname,
            by_first: s.by_first,
            acronyms: s.acronyms,
            acronym_conflicts: s.acronym_conflicts,
            changed: Vec::new(),
        })
    }
}

/// The lookup tables hold 64-bit hashes of name keys, not the keys: a loaded index then
/// allocates nothing per key. Two keys would have to collide in 64 bits to be confused
/// (a chance below 1 in 10^7 even with a million keys).
fn key_hash(key: &str) -> u64 {
    stable_hash(&[key])
}

/// Leading bytes of [`EntityIndex::to_bytes`]: a stored blob of another layout fails clearly.
const ENTITY_MAGIC: &[u8] = b"dxent2";

/// What one `add` is working on: its articles, units and their assignments.
struct Call<'m, 'a> {
    mentions: &'m [MentionRef<'a>],
    article_names: Vec<&'a str>,
    units: Vec<Unit>,
    unit_cluster: Vec<u32>,
    article_units: Vec<Vec<usize>>,
    /// Entities named in each article of the call so far.
    article_clusters: Vec<Vec<u32>>,
    /// Entities created or changed, in order.
    touched: Vec<u32>,
    touched_set: FastMap<u32, ()>,
}

const NONE: u32 = u32::MAX;

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where the stored bytes go, part by part (for the benchmark: what to trim next).
    pub fn stored_size_by_part(&self) -> Vec<(&'static str, usize)> {
        fn len<T: Serialize + ?Sized>(x: &T) -> usize {
            postcard::to_stdvec(x).map_or(0, |v| v.len())
        }
        let sum = |f: &dyn Fn(&Cluster) -> usize| self.clusters.iter().map(|s| f(&s.view(&self.arena))).sum::<usize>();
        vec![
            ("entity ids", self.clusters.iter().map(|s| len(&s.id)).sum()),
            ("names", sum(&|c| len(&c.names))),
            ("displays", sum(&|c| len(&c.displays))),
            ("spellings", sum(&|c| len(&c.spellings))),
            ("roles", sum(&|c| len(&c.roles) + len(&c.role_words))),
            ("dates", sum(&|c| len(&c.dates))),
            ("co-mentions", sum(&|c| len(&c.co))),
            ("why", sum(&|c| len(&c.why))),
            ("organisation keys", len(&self.by_key)),
            ("person keys", len(&self.person_key)),
            ("surname/given-name index", len(&self.by_surname) + len(&self.by_first)),
            ("acronyms", len(&self.acronyms) + len(&self.acronym_conflicts)),
        ]
    }

    /// Entity `c`, decoded. Entity numbers come from the index's own tables, which loading
    /// checked, or from `found`.
    fn cluster_mut(&mut self, c: u32) -> &mut Cluster {
        self.clusters[c as usize].live(&self.arena)
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.clusters.len()
    }

    pub fn is_empty(&self) -> bool {
        self.clusters.is_empty()
    }

    /// The current view of one entity.
    pub fn entity(&self, id: &str) -> Option<EntityInfo> {
        let hash = id.strip_prefix("e-").filter(|h| h.len() == 16).and_then(|h| u64::from_str_radix(h, 16).ok())?;
        self.by_id.get(&hash).and_then(|&c| self.clusters.get(c as usize)).map(|s| s.view(&self.arena).info())
    }

    /// All entities, in order of creation.
    pub fn entities(&self) -> impl Iterator<Item = EntityInfo> + '_ {
        self.clusters.iter().map(|s| s.view(&self.arena).info())
    }

    /// Ids of entities created or changed by the last [`EntityIndex::add`].
    pub fn changed(&self) -> &[String] {
        &self.changed
    }

    /// The index as one compact blob (postcard, behind a format tag).
    pub fn to_bytes(&self) -> Vec<u8> {
        // The stored entities plus room for the tables and the entities decoded since.
        to_tagged_bytes(ENTITY_MAGIC, self, self.arena.len() + 128 * self.clusters.len())
    }

    /// Reads a blob written by [`EntityIndex::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        from_tagged_bytes(ENTITY_MAGIC, bytes, "entity index")
    }

    /// Links the mentions of newly arrived articles (all mentions of one article must be in the
    /// same call). Returns, for each input mention in order, the id of its entity (None when the
    /// mention has no usable name). Within the call, organisations and places go first, then
    /// people longest names first, so a short form meets every full name it could belong to; a
    /// full name arriving after a surname-only entity joins it when nothing else fits.
    /// The index keeps no list of articles: an article added twice is counted twice, so the
    /// caller adds only articles it has not stored before.
    pub fn add(&mut self, mentions: &[MentionRef]) -> Vec<Option<String>> {
        self.changed.clear();
        let mut call = self.units_of(mentions);

        // Organisations and places: one entity per key.
        for u in 0..call.units.len() {
            let unit = &call.units[u];
            if unit.person {
                continue;
            }
            match self.by_key.get(&key_hash(&unit.key)).copied() {
                Some(c) => self.join(&mut call, c, u, None),
                None => {
                    let c = self.found(&mut call, u, false);
                    self.by_key.insert(key_hash(&call.units[u].key), c);
                }
            }
        }

        // Persons: longest names first.
        let mut order: Vec<usize> = (0..call.units.len()).filter(|&u| call.units[u].person).collect();
        order.sort_by(|&x, &y| {
            let (a, b) = (&call.units[x], &call.units[y]);
            b.name
                .full_len()
                .cmp(&a.name.full_len())
                .then(b.mentions.len().cmp(&a.mentions.len()))
                .then(a.key.cmp(&b.key))
                .then(a.article.cmp(&b.article))
        });
        for u in order {
            self.link_person(&mut call, u);
        }

        let mut out: Vec<Option<String>> = vec![None; mentions.len()];
        for (u, unit) in call.units.iter().enumerate() {
            let Some(slot) = call.unit_cluster.get(u).and_then(|&c| self.clusters.get(c as usize)) else {
                continue;
            };
            let id = format!("e-{:016x}", slot.id);
            for &i in &unit.mentions {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(id.clone());
                }
            }
        }
        self.changed = call
            .touched
            .iter()
            .filter_map(|&c| self.clusters.get(c as usize))
            .map(|s| format!("e-{:016x}", s.id))
            .collect();
        out
    }

    /// Groups the call's mentions into units, resolving names, aliases and acronyms.
    fn units_of<'m, 'a>(&mut self, mentions: &'m [MentionRef<'a>]) -> Call<'m, 'a> {
        let mut article_ix: HashMap<&str, usize> = HashMap::new();
        let mut article_names: Vec<&str> = Vec::new();
        let mut article_text: Vec<&str> = Vec::new();
        for m in mentions {
            article_ix.entry(m.article).or_insert_with(|| {
                article_names.push(m.article);
                article_text.push(m.text);
                article_names.len() - 1
            });
        }
        // Acronyms defined in the text: per article, and corpus-wide when only one expansion
        // exists (kept across calls, so "ISF" resolves in any later article).
        let mut local_acr: Vec<HashMap<String, String>> = Vec::with_capacity(article_text.len());
        for (a, text) in article_text.iter().enumerate() {
            let mut map = HashMap::new();
            for (acr, long) in defined_acronyms(text) {
                match self.acronyms.get(&acr) {
                    Some((l, _)) if org_key(l) != org_key(&long) => {
                        self.acronym_conflicts.insert(acr.clone(), ());
                    }
                    Some(_) => {}
                    None => {
                        let at = article_names.get(a).copied().unwrap_or("").to_string();
                        self.acronyms.insert(acr.clone(), (long.clone(), at));
                    }
                }
                map.entry(acr).or_insert(long);
            }
            local_acr.push(map);
        }

        let mut units: Vec<Unit> = Vec::new();
        let mut unit_ix: HashMap<(bool, String, usize), usize> = HashMap::new();
        let mut resolved: HashMap<(bool, &str), Resolved> = HashMap::new();
        for (i, m) in mentions.iter().enumerate() {
            let a = article_ix.get(m.article).copied().unwrap_or(0);
            let person = m.mention.kind == EntityKind::Person;
            let raw = m.mention.name.trim();
            let raw = if raw.is_empty() { m.mention.span.slice(m.text).trim() } else { raw };
            // Names repeat across articles; only acronyms resolve differently per article.
            let cacheable = person || !is_acronym(raw);
            let cached = if cacheable { resolved.get(&(person, raw)).cloned() } else { None };
            let (key, name, display, key_why, title) = match cached {
                Some(r) => r,
                None => {
                    let r = self.resolve(raw, person, local_acr.get(a));
                    if cacheable {
                        resolved.insert((person, raw), r.clone());
                    }
                    r
                }
            };
            if key.is_empty() {
                continue;
            }
            let slot = *unit_ix.entry((person, key.clone(), a)).or_insert_with(|| {
                units.push(Unit {
                    key,
                    article: a,
                    person,
                    kind: m.mention.kind,
                    mentions: Vec::new(),
                    name,
                    display,
                    roles: Vec::new(),
                    date: m.published,
                    key_why,
                });
                units.len() - 1
            });
            if let Some(u) = units.get_mut(slot) {
                u.mentions.push(i);
                for r in m.mention.role.iter().chain(title.iter()) {
                    for w in role_words(r) {
                        if !u.roles.contains(&w) {
                            u.roles.push(w);
                        }
                    }
                }
            }
        }
        let mut article_units: Vec<Vec<usize>> = vec![Vec::new(); article_names.len()];
        for (i, unit) in units.iter().enumerate() {
            if let Some(v) = article_units.get_mut(unit.article) {
                v.push(i);
            }
        }
        Call {
            mentions,
            unit_cluster: vec![NONE; units.len()],
            article_clusters: vec![Vec::new(); article_names.len()],
            article_names,
            units,
            article_units,
            touched: Vec::new(),
            touched_set: FastMap::default(),
        }
    }

    /// The merge key of one mention's name and why it has it.
    fn resolve(&self, raw: &str, person: bool, local: Option<&HashMap<String, String>>) -> Resolved {
        if let Some(e) = alias::lookup(raw)
            && (e.kind == EntityKind::Person) == person
        {
            let why = (!same_words(raw, &e.canonical)).then(|| format!("\"{raw}\" = \"{}\": alias table", e.canonical));
            return (format!("@{}", e.canonical), PersonName::parse(&e.canonical), e.canonical.clone(), why, None);
        }
        if person {
            let name = PersonName::parse(raw);
            let title = name.title.clone();
            let skip = title.as_deref().map_or(0, |t| t.split_whitespace().count());
            let display = raw.split_whitespace().skip(skip).collect::<Vec<_>>().join(" ");
            return (name.key(), name, display, None, title);
        }
        if is_acronym(raw) {
            let acr: String = raw.chars().filter(|c| *c != '.').collect();
            let here = local.and_then(|m| m.get(&acr)).map(|l| (l.as_str(), "this article"));
            let global = || {
                (!self.acronym_conflicts.contains_key(&acr))
                    .then(|| self.acronyms.get(&acr).map(|(l, a)| (l.as_str(), a.as_str())))
                    .flatten()
            };
            if let Some((long, at)) = here.or_else(global) {
                let (key, display) = match alias::lookup(long) {
                    Some(e) => (format!("@{}", e.canonical), e.canonical.clone()),
                    None => (org_key(long), long.to_string()),
                };
                let why = format!("\"{raw}\" = \"{long}\": acronym defined in {at} as \"{long} ({raw})\"");
                return (key, PersonName::default(), display, Some(why), None);
            }
        }
        let stripped = raw.strip_prefix("the ").or_else(|| raw.strip_prefix("The ")).unwrap_or(raw);
        (org_key(raw), PersonName::default(), stripped.to_string(), None, None)
    }

    /// Places one person unit: same key, else the only compatible entity, else the tie-break,
    /// else a new entity.
    fn link_person(&mut self, call: &mut Call, u: usize) {
        let unit = &call.units[u];
        let article = call.article_names.get(unit.article).copied().unwrap_or("");
        if let Some(&c) = self.person_key.get(&key_hash(&unit.key)) {
            let label = self.cluster_mut(c).label();
            let why = (label != unit.display).then(|| {
                format!(
                    "\"{}\" ({article}) = \"{label}\": same name up to spelling (transliteration key \"{}\")",
                    unit.display, unit.key
                )
            });
            self.join(call, c, u, why);
            return;
        }
        let mut strong = Vec::new();
        let mut weak = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        let surname = unit.name.surname().map(|e| e.skeleton.as_str()).unwrap_or("");
        let surname = key_hash(surname);
        let firsts = self.by_first.get(&surname).filter(|_| unit.name.full_len() == 1);
        let pool: Vec<u32> =
            self.by_surname.get(&surname).into_iter().flatten().chain(firsts.into_iter().flatten()).copied().collect();
        for c in pool {
            if seen.contains(&c) {
                continue;
            }
            seen.push(c);
            let cl = self.cluster_mut(c);
            if cl.unresolved {
                continue;
            }
            let mut all = true;
            let mut best = NameMatch::No;
            for n in &cl.names {
                match match_persons(&unit.name, n) {
                    NameMatch::No => all = false,
                    NameMatch::Same | NameMatch::Short => best = NameMatch::Short,
                    NameMatch::Leading => {
                        if best == NameMatch::No {
                            best = NameMatch::Leading
                        }
                    }
                }
            }
            match (all, best) {
                (true, NameMatch::Short) => strong.push(c),
                (true, NameMatch::Leading) => weak.push(c),
                _ => {}
            }
        }
        // A lone "Kim" that could be Tony Kim's surname or Kim Jong Un's family name leading
        // his name is ambiguous: it joins neither.
        let cands = match (strong.is_empty(), weak.is_empty()) {
            (true, _) => weak,
            (false, true) => strong,
            (false, false) => strong.into_iter().chain(weak).collect(),
        };
        let chosen = match cands.as_slice() {
            [] => None,
            [c] => {
                let cl = self.cluster_mut(*c);
                let longest = cl.names.iter().map(PersonName::full_len).max().unwrap_or(0);
                let reason = if unit.name.full_len() > longest {
                    "the only entity whose names are short forms of this one"
                } else if unit.name.full_len() >= 2
                    && cl.names.first().is_some_and(|n| n.elements.len() == unit.name.elements.len())
                {
                    "same name up to spelling (transliteration rules)"
                } else {
                    "short form of the only matching full name"
                };
                Some((*c, format!("\"{}\" ({article}) = \"{}\": {reason}", unit.display, cl.label())))
            }
            _ => self.tie_break(call, u, &cands),
        };
        let c = match chosen {
            Some((c, why)) => {
                self.join(call, c, u, Some(why));
                c
            }
            None => {
                let unresolved = cands.len() > 1;
                let c = self.found(call, u, unresolved);
                if unresolved {
                    let line = format!(
                        "\"{}\" ({article}) left unmerged: {} full names fit and nothing tells them apart",
                        call.units[u].display,
                        cands.len()
                    );
                    self.cluster_mut(c).push_why(line);
                }
                c
            }
        };
        if self.cluster_mut(c).unresolved {
            return;
        }
        let unit = &call.units[u];
        self.person_key.entry(key_hash(&unit.key)).or_insert(c);
        if let Some(e) = unit.name.surname() {
            let v = self.by_surname.entry(key_hash(&e.skeleton)).or_default();
            if !v.contains(&c) {
                v.push(c);
            }
        }
        if unit.name.full_len() >= 2
            && let Some(e) = unit.name.elements.first().filter(|e| !e.initial)
        {
            let v = self.by_first.entry(key_hash(&e.skeleton)).or_default();
            if !v.contains(&c) {
                v.push(c);
            }
        }
    }

    /// Several full names fit a short form: the one named in the same article wins, then
    /// roles, co-mentioned entities and nearby dates; a winner needs a clear lead, or nothing
    /// merges.
    fn tie_break(&self, call: &Call, u: usize, cands: &[u32]) -> Option<(u32, String)> {
        let unit = &call.units[u];
        let here: &[u32] = call.article_clusters.get(unit.article).map_or(&[], Vec::as_slice);
        let start_of = |x: usize| {
            call.units[x].mentions.iter().filter_map(|&i| call.mentions.get(i)).map(|m| m.mention.span.start).min()
        };
        let mut scored: Vec<(f64, u32, Vec<String>)> = Vec::new();
        for &c in cands {
            // Candidates were decoded when their names were compared.
            let Some(cl) = self.clusters.get(c as usize).and_then(|s| s.live.as_deref()) else {
                continue;
            };
            let mut score = 0.0;
            let mut reasons = Vec::new();
            if here.contains(&c) {
                score += 100.0;
                reasons.push("named in full in the same article".to_string());
                // News names a person in full first and by surname after: an antecedent that
                // comes before the short form is the likelier referent.
                let first_here = call
                    .article_units
                    .get(unit.article)
                    .into_iter()
                    .flatten()
                    .filter(|&&x| call.unit_cluster.get(x) == Some(&c))
                    .filter_map(|&x| start_of(x))
                    .min();
                if let (Some(f), Some(s)) = (first_here, start_of(u))
                    && f < s
                {
                    score += 50.0;
                    reasons.push("named in full before the short form".to_string());
                }
            }
            let shared: Vec<&str> =
                unit.roles.iter().filter(|w| cl.role_words.binary_search(w).is_ok()).map(String::as_str).collect();
            if !shared.is_empty() {
                score += 10.0 * shared.len() as f64;
                reasons.push(format!("same role ({})", shared.join(" ")));
            }
            // Co-mentions: entities of this article that were also named beside the candidate.
            let co = here.iter().filter(|&&k| k != c && cl.co.contains(&k)).count();
            if co > 0 {
                score += 2.0 * co.min(5) as f64;
                reasons.push(format!("{co} co-mentioned entities"));
            }
            if let Some(gap) = unit.date.and_then(|d| cl.date_gap(d.num_days_from_ce())) {
                score += 1.0 / (1.0 + gap as f64 / 365.0);
                if gap <= 30 {
                    reasons.push(format!("{gap} days apart"));
                }
            }
            scored.push((score, c, reasons));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (best, c, reasons) = scored.first()?.clone();
        let second = scored.get(1).map(|s| s.0).unwrap_or(0.0);
        if best >= 2.0 && best - second >= 2.0 {
            let why = format!(
                "\"{}\" ({}) = \"{}\": one of {} full names with that surname; chosen by {}",
                unit.display,
                call.article_names.get(unit.article).copied().unwrap_or(""),
                self.clusters.get(c as usize).and_then(|s| s.live.as_deref()).map_or("", Cluster::label),
                cands.len(),
                reasons.join(", ")
            );
            Some((c, why))
        } else {
            None
        }
    }

    /// Starts a new entity with unit `u`. Its id comes from the founding unit (kind and name
    /// key, plus the article for an unresolved short form), never from the display name, which
    /// may change as counts grow: the id must not move when later articles arrive.
    fn found(&mut self, call: &mut Call, u: usize, unresolved: bool) -> u32 {
        let unit = &call.units[u];
        let mut parts = vec![unit.kind.as_str(), unit.key.as_str()];
        if unresolved {
            parts.push(call.article_names.get(unit.article).copied().unwrap_or(""));
        }
        // `stable_id("e", parts)` as a number: same ids, half the stored size.
        let mut id = stable_hash(&parts);
        let mut n = 1usize;
        while self.by_id.contains_key(&id) {
            n += 1;
            let extra = n.to_string();
            let mut p = parts.clone();
            p.push(&extra);
            id = stable_hash(&p);
        }
        let c = self.clusters.len() as u32;
        self.by_id.insert(id, c);
        self.clusters.push(Slot::new(Cluster { id, person: unit.person, unresolved, ..Default::default() }));
        self.join(call, c, u, None);
        c
    }

    /// Adds unit `u` to entity `c`: names, counts, spellings, roles, dates, co-mentions.
    fn join(&mut self, call: &mut Call, c: u32, u: usize, why: Option<String>) {
        let Some(unit) = call.units.get(u) else { return };
        if let Some(slot) = call.unit_cluster.get_mut(u) {
            *slot = c;
        }
        if call.touched_set.insert(c, ()).is_none() {
            call.touched.push(c);
        }
        // A new entity of this article: count the article and let the entities named in it
        // know each other.
        let mut company: Vec<u32> = Vec::new();
        let mut new_article = false;
        if let Some(here) = call.article_clusters.get_mut(unit.article)
            && !here.contains(&c)
        {
            company.clone_from(here);
            here.push(c);
            new_article = true;
        }
        for &d in &company {
            self.note_company(d, c);
            self.note_company(c, d);
        }
        let Some(cl) = self.clusters.get_mut(c as usize).map(|s| s.live(&self.arena)) else { return };
        if new_article {
            cl.articles += 1;
        }
        // Same name key, compared element by element rather than by building key strings.
        let same_key = |n: &PersonName| n.elements.iter().map(|e| &e.key).eq(unit.name.elements.iter().map(|e| &e.key));
        if unit.person && !cl.names.iter().any(same_key) {
            cl.names.push(unit.name.clone());
        }
        if unit.key.starts_with('@') && cl.alias_name.is_none() {
            cl.alias_name = Some(unit.display.clone());
        }
        // One reason per new spelling is enough to check a merge; repeats would grow forever.
        if let Some(w) = why
            && !cl.has_display(&unit.display)
        {
            cl.push_why(w);
        }
        if let Some(w) = &unit.key_why {
            cl.push_why(w.clone());
        }
        let full = unit.person && unit.name.full_len() >= 2;
        let n = unit.mentions.len() as u32;
        match cl.displays.iter_mut().find(|d| d.0 == unit.display) {
            Some(d) => d.2 += n,
            None => cl.displays.push((unit.display.clone(), full, n)),
        }
        for w in &unit.roles {
            if let Err(i) = cl.role_words.binary_search(w)
                && cl.role_words.len() < ROLE_WORD_CAP
            {
                cl.role_words.insert(i, w.clone());
            }
        }
        if let Some(d) = unit.date.map(|d| d.num_days_from_ce())
            && let Err(i) = cl.dates.binary_search(&d)
        {
            cl.dates.insert(i, d);
        }
        for &i in &unit.mentions {
            let Some(m) = call.mentions.get(i) else { continue };
            cl.mentions += 1;
            if let Some(k) = cl.kinds.get_mut(kind_ix(m.mention.kind)) {
                *k += 1;
            }
            let s = m.mention.name.trim();
            match cl.spellings.iter_mut().find(|x| x.0 == s) {
                Some(x) => x.1 += 1,
                None => cl.spellings.push((s.to_string(), 1)),
            }
            let title = if m.mention.kind == EntityKind::Person { unit.name.title.as_deref() } else { None };
            for r in m.mention.role.as_deref().into_iter().chain(title) {
                if cl.roles.len() < ROLE_CAP && !cl.roles.iter().any(|x| x.0 == r && x.1 == m.published) {
                    cl.roles.push((r.to_string(), m.published));
                }
            }
        }
    }

    /// Remembers that `other` was named beside person entity `c` (capped).
    fn note_company(&mut self, c: u32, other: u32) {
        if let Some(cl) = self.clusters.get_mut(c as usize).map(|s| s.live(&self.arena))
            && cl.person
            && !cl.unresolved
            && cl.co.len() < CO_CAP
            && !cl.co.contains(&other)
        {
            cl.co.push(other);
        }
    }
}

/// `magic` + postcard: compact and fast to read on every ingest.
/// `capacity`: the expected size, so a large blob is not copied again and again as it grows.
pub(crate) fn to_tagged_bytes<T: Serialize>(magic: &[u8], value: &T, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(magic.len() + capacity);
    out.extend_from_slice(magic);
    // Writing to a Vec cannot fail; were it to, the bare tag would be rejected by
    // `from_tagged_bytes` rather than read as an empty index.
    if postcard::to_io(value, &mut out).is_err() {
        out.truncate(magic.len());
    }
    out
}

pub(crate) fn from_tagged_bytes<T: for<'de> Deserialize<'de>>(
    magic: &[u8],
    bytes: &[u8],
    what: &str,
) -> Result<T, String> {
    let body = bytes.strip_prefix(magic).ok_or_else(|| format!("{what}: not a stored {what} (format tag missing)"))?;
    postcard::from_bytes(body).map_err(|e| format!("{what}: {e}"))
}

type Resolved = (String, PersonName, String, Option<String>, Option<String>);

fn same_words(a: &str, b: &str) -> bool {
    org_key(a) == org_key(b)
}

/// Merges mentions into entities in one batch: one [`EntityIndex::add`], then the mentions
/// gathered per entity. Pure and deterministic for a given input order.
pub fn link_entities(mentions: &[MentionRef]) -> Vec<Entity> {
    let mut idx = EntityIndex::new();
    let ids = idx.add(mentions);
    let mut by_id: FastMap<&str, Vec<(String, Span)>> = FastMap::default();
    for (m, id) in mentions.iter().zip(&ids) {
        if let Some(id) = id {
            by_id.entry(id.as_str()).or_default().push((m.article.to_string(), m.mention.span));
        }
    }
    let mut out: Vec<Entity> = idx
        .entities()
        .filter_map(|e| {
            let mentions = by_id.remove(e.id.as_str())?;
            Some(Entity {
                id: e.id,
                name: e.name,
                kind: e.kind,
                aliases: e.aliases,
                roles: e.roles,
                mentions,
                why: e.why,
            })
        })
        .collect();
    out.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then(a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
    out
}

/// The entity a reader means by `name` (any spelling seen, up to case, accents and the
/// transliteration rules): for `dossier entities --why NAME`. Exact spellings win over folded
/// matches, and among folded matches the most mentioned entity.
pub fn find_entity<'a>(entities: &'a [Entity], name: &str) -> Option<&'a Entity> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    if let Some(e) = entities.iter().find(|e| e.name == name || e.aliases.iter().any(|a| a.0 == name)) {
        return Some(e);
    }
    let person = PersonName::parse(name).key();
    let org = org_key(name);
    let canonical = alias::lookup(name).map(|e| e.canonical.as_str());
    entities
        .iter()
        .filter(|e| {
            Some(e.name.as_str()) == canonical
                || e.aliases.iter().any(|a| {
                    if e.kind == EntityKind::Person {
                        PersonName::parse(&a.0).key() == person
                    } else {
                        org_key(&a.0) == org
                    }
                })
        })
        .max_by_key(|e| e.mentions.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    struct Doc {
        id: &'static str,
        date: &'static str,
        text: String,
        mentions: Vec<EntityMention>,
    }

    /// Builds an article whose text is the given sentences, with mentions found by name.
    fn doc(id: &'static str, date: &'static str, text: &str, names: &[(&str, EntityKind, Option<&str>)]) -> Doc {
        let mut mentions = Vec::new();
        for (n, k, role) in names {
            let start = text.find(n).unwrap_or(0);
            mentions.push(EntityMention {
                span: Span::new(start, start + n.len().min(text.len() - start)),
                kind: *k,
                name: n.to_string(),
                role: role.map(str::to_string),
            });
        }
        Doc { id, date, text: text.to_string(), mentions }
    }

    fn link(docs: &[Doc]) -> Vec<Entity> {
        let refs: Vec<MentionRef> = docs
            .iter()
            .flat_map(|d| {
                d.mentions.iter().map(move |m| MentionRef {
                    article: d.id,
                    published: NaiveDate::parse_from_str(d.date, "%Y-%m-%d").ok(),
                    mention: m,
                    text: &d.text,
                })
            })
            .collect();
        link_entities(&refs)
    }

    fn together(es: &[Entity], a: &str, b: &str) -> bool {
        es.iter().any(|e| e.aliases.iter().any(|x| x.0 == a) && e.aliases.iter().any(|x| x.0 == b))
    }

    fn exists(es: &[Entity], a: &str) -> bool {
        es.iter().any(|e| e.aliases.iter().any(|x| x.0 == a))
    }

    use EntityKind::*;

    fn iraq() -> Vec<Doc> {
        vec![
            doc(
                "a1",
                "2020-09-10",
                "Gen. Kenneth F. McKenzie said the US would cut troops. McKenzie added that Daesh remains. \
                 Prime Minister Mustafa Al Kadhimi met Qassem Al Aaraji. Qasem Soleimani was killed in 2020.",
                &[
                    ("Kenneth F. McKenzie", Person, Some("Gen.")),
                    ("McKenzie", Person, None),
                    ("US", Place, None),
                    ("Daesh", Organization, None),
                    ("Mustafa Al Kadhimi", Person, Some("Prime Minister")),
                    ("Qassem Al Aaraji", Person, None),
                    ("Qasem Soleimani", Person, None),
                ],
            ),
            doc(
                "a2",
                "2021-12-10",
                "National Security Adviser Qasim al-Araji said ISIS is weakened. Mustafa al-Kazemi agreed. \
                 The Islamic State lost ground, the United States said. Iraqi Security Forces (ISF) will train.",
                &[
                    ("Qasim al-Araji", Person, Some("National Security Adviser")),
                    ("ISIS", Organization, None),
                    ("Mustafa al-Kazemi", Person, None),
                    ("Islamic State", Organization, None),
                    ("United States", Place, None),
                    ("ISF", Organization, None),
                ],
            ),
            doc(
                "a3",
                "2024-03-25",
                "Prime Minister Mohammed Shia al-Sudani spoke. Al-Sudani said the coalition should end. \
                 Photo: Thaier al-Sudani/Reuters. Mustafa al-Kadhimi, his predecessor, was absent. \
                 The Iraqi Security Forces are ready.",
                &[
                    ("Mohammed Shia al-Sudani", Person, Some("Prime Minister")),
                    ("Al-Sudani", Person, None),
                    ("Thaier al-Sudani", Person, Some("photographer")),
                    ("Mustafa al-Kadhimi", Person, None),
                    ("Iraqi Security Forces", Organization, None),
                ],
            ),
        ]
    }

    #[test]
    fn merges_the_spellings_of_one_person() {
        let es = link(&iraq());
        assert!(together(&es, "Qassem Al Aaraji", "Qasim al-Araji"));
        assert!(together(&es, "Mustafa Al Kadhimi", "Mustafa al-Kazemi"));
        assert!(together(&es, "Mustafa al-Kadhimi", "Mustafa al-Kazemi"));
        assert!(together(&es, "Kenneth F. McKenzie", "McKenzie"));
        assert!(together(&es, "Mohammed Shia al-Sudani", "Al-Sudani"));
    }

    #[test]
    fn alias_table_and_defined_acronyms_merge_organisations() {
        let es = link(&iraq());
        assert!(together(&es, "Daesh", "ISIS"));
        assert!(together(&es, "ISIS", "Islamic State"));
        assert!(together(&es, "US", "United States"));
        assert!(together(&es, "ISF", "Iraqi Security Forces"));
        let isis = es.iter().find(|e| e.aliases.iter().any(|a| a.0 == "Daesh")).map(|e| e.name.clone());
        assert_eq!(isis.as_deref(), Some("Islamic State"));
    }

    #[test]
    fn no_false_merges() {
        let es = link(&iraq());
        assert!(!together(&es, "Qasem Soleimani", "Qassem Al Aaraji"));
        assert!(!together(&es, "Thaier al-Sudani", "Mohammed Shia al-Sudani"));
        assert!(!together(&es, "Thaier al-Sudani", "Al-Sudani"));
        assert!(exists(&es, "Thaier al-Sudani"));
    }

    #[test]
    fn ambiguous_surname_stays_apart_unless_something_decides() {
        // Two Bidens named in full elsewhere; a bare "Biden" in a third article with no clue.
        let docs = vec![
            doc("b1", "2022-01-01", "President Joe Biden spoke.", &[("Joe Biden", Person, Some("President"))]),
            doc("b2", "2022-01-01", "Hunter Biden testified.", &[("Hunter Biden", Person, None)]),
            doc("b3", "2019-01-01", "Biden was seen.", &[("Biden", Person, None)]),
            doc("b4", "2022-01-02", "The president, Biden, signed it.", &[("Biden", Person, Some("President"))]),
        ];
        let es = link(&docs);
        assert!(!together(&es, "Joe Biden", "Hunter Biden"));
        let bare = es.iter().find(|e| e.mentions.iter().any(|m| m.0 == "b3")).map(|e| e.aliases.len());
        assert_eq!(bare, Some(1), "an undecidable surname must not join either full name");
        let b4 = es.iter().find(|e| e.mentions.iter().any(|m| m.0 == "b4"));
        assert!(b4.is_some_and(|e| e.name == "Joe Biden"), "the role decides: {b4:?}");
        assert!(b4.is_some_and(|e| e.why.iter().any(|w| w.contains("role"))));
    }

    #[test]
    fn other_scripts_and_short_forms() {
        let docs = vec![
            doc(
                "c1",
                "2023-05-01",
                "Volodymyr Zelenskiy met Xi Jinping.",
                &[("Volodymyr Zelenskiy", Person, None), ("Xi Jinping", Person, None)],
            ),
            doc("c2", "2023-05-02", "Zelensky said Xi was wrong.", &[("Zelensky", Person, None), ("Xi", Person, None)]),
            doc("c3", "2023-05-03", "Zelenskyy spoke.", &[("Zelenskyy", Person, None)]),
        ];
        let es = link(&docs);
        assert!(together(&es, "Volodymyr Zelenskiy", "Zelensky"));
        assert!(together(&es, "Zelenskyy", "Zelensky"));
        assert!(together(&es, "Xi", "Xi Jinping"));
        assert!(!together(&es, "Xi", "Zelensky"));
    }

    #[test]
    fn a_lone_name_that_is_one_surname_and_another_family_name_stays_apart() {
        let docs = vec![
            doc("k1", "2018-06-01", "Kim Jong Un met the envoy.", &[("Kim Jong Un", Person, None)]),
            doc("k2", "2018-06-02", "The analyst Tony Kim spoke.", &[("Tony Kim", Person, None)]),
            doc("k3", "2018-06-03", "Kim said the talks went well.", &[("Kim", Person, None)]),
        ];
        let es = link(&docs);
        assert!(!together(&es, "Kim", "Tony Kim"), "{es:?}");
        assert!(!together(&es, "Kim", "Kim Jong Un"), "{es:?}");
    }

    #[test]
    fn ids_are_stable_and_unique_and_why_explains() {
        let a = link(&iraq());
        let b = link(&iraq());
        assert_eq!(a, b);
        let ids: HashSet<&str> = a.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), a.len());
        let araji = a.iter().find(|e| e.aliases.iter().any(|x| x.0 == "Qasim al-Araji"));
        assert!(araji.is_some_and(|e| e.why.iter().any(|w| w.contains("transliteration"))));
        assert!(araji.is_some_and(|e| e.roles.iter().any(|r| r.0 == "National Security Adviser")));
    }

    #[test]
    fn finds_entities_by_any_spelling() {
        let es = link(&iraq());
        let a = find_entity(&es, "Qasim al-Araji").map(|e| e.id.clone());
        assert!(a.is_some());
        assert_eq!(find_entity(&es, "qassem al aaraji").map(|e| e.id.clone()), a);
        assert_eq!(find_entity(&es, "Qasim Al-Araji").map(|e| e.id.clone()), a);
        assert!(find_entity(&es, "ISIL").is_some_and(|e| e.name == "Islamic State"));
        assert!(find_entity(&es, "Nobody Here").is_none());
        assert!(find_entity(&es, "").is_none());
    }

    fn refs(d: &Doc) -> Vec<MentionRef<'_>> {
        d.mentions
            .iter()
            .map(|m| MentionRef {
                article: d.id,
                published: NaiveDate::parse_from_str(d.date, "%Y-%m-%d").ok(),
                mention: m,
                text: &d.text,
            })
            .collect()
    }

    /// Adds one article in its own call; the id of each of its mentions by name.
    fn add(idx: &mut EntityIndex, d: &Doc) -> HashMap<String, String> {
        let rs = refs(d);
        let ids = idx.add(&rs);
        assert_eq!(ids.len(), rs.len());
        rs.iter().zip(ids).filter_map(|(r, id)| Some((r.mention.name.clone(), id?))).collect()
    }

    #[test]
    fn a_late_full_name_joins_the_surname_entity_and_keeps_its_id() {
        let mut idx = EntityIndex::new();
        let first = add(
            &mut idx,
            &doc("m1", "2020-01-03", "McKenzie said the drawdown goes on.", &[("McKenzie", Person, None)]),
        );
        let id = first.get("McKenzie").cloned();
        assert!(id.is_some());
        let later = add(
            &mut idx,
            &doc(
                "m2",
                "2020-01-05",
                "Gen. Kenneth F. McKenzie, head of Central Command, visited Baghdad.",
                &[("Kenneth F. McKenzie", Person, Some("head of Central Command")), ("Baghdad", Place, None)],
            ),
        );
        assert_eq!(later.get("Kenneth F. McKenzie"), id.as_ref());
        let e = id.as_deref().and_then(|i| idx.entity(i));
        assert!(
            e.as_ref().is_some_and(|e| e.name == "Kenneth F. McKenzie"),
            "the full name becomes the display name: {e:?}"
        );
        assert!(e.as_ref().is_some_and(|e| e.mentions == 2 && e.articles == 2 && !e.why.is_empty()));
        // Only what the call touched is reported as changed.
        assert_eq!(idx.changed().len(), 2);
        assert!(idx.changed().iter().any(|c| Some(c) == id.as_ref()));
        // A different McKenzie does not join: his given name contradicts Kenneth.
        let other = add(&mut idx, &doc("m3", "2020-02-01", "Jane McKenzie wrote.", &[("Jane McKenzie", Person, None)]));
        assert!(other.get("Jane McKenzie").is_some_and(|o| Some(o) != id.as_ref()));
    }

    #[test]
    fn an_acronym_defined_in_an_earlier_call_resolves_later() {
        let mut idx = EntityIndex::new();
        let a = add(
            &mut idx,
            &doc(
                "f1",
                "2021-01-01",
                "The Iraqi Security Forces (ISF) took over the base.",
                &[("Iraqi Security Forces", Organization, None)],
            ),
        );
        // Stored and loaded between the two articles, as ingest does.
        let bytes = idx.to_bytes();
        let mut idx = EntityIndex::from_bytes(&bytes).unwrap_or_default();
        assert!(!idx.is_empty());
        let b =
            add(&mut idx, &doc("f2", "2021-06-01", "The ISF said two rockets hit.", &[("ISF", Organization, None)]));
        assert!(a.contains_key("Iraqi Security Forces"));
        assert_eq!(a.get("Iraqi Security Forces"), b.get("ISF"));
        let e = b.get("ISF").and_then(|i| idx.entity(i));
        assert!(e.is_some_and(|e| e.why.iter().any(|w| w.contains("acronym defined in f1"))));
        // An acronym nobody defined stays its own entity.
        let c = add(&mut idx, &doc("f3", "2021-06-02", "The PMF denied it.", &[("PMF", Organization, None)]));
        assert!(c.get("PMF").is_some_and(|p| Some(p) != a.get("Iraqi Security Forces")));
    }

    #[test]
    fn an_ambiguous_surname_in_a_later_call_stays_apart() {
        let mut idx = EntityIndex::new();
        let joe = add(
            &mut idx,
            &doc("b1", "2022-01-01", "President Joe Biden spoke.", &[("Joe Biden", Person, Some("President"))]),
        );
        let hunter =
            add(&mut idx, &doc("b2", "2022-01-01", "Hunter Biden testified.", &[("Hunter Biden", Person, None)]));
        let bare = add(&mut idx, &doc("b3", "2019-01-01", "Biden was seen.", &[("Biden", Person, None)]));
        let again = add(&mut idx, &doc("b5", "2019-01-02", "Biden left.", &[("Biden", Person, None)]));
        let (j, h, b, b2) = (joe.get("Joe Biden"), hunter.get("Hunter Biden"), bare.get("Biden"), again.get("Biden"));
        assert!(j.is_some() && h.is_some() && b.is_some() && b2.is_some());
        assert_ne!(j, h);
        assert_ne!(b, j);
        assert_ne!(b, h);
        // Each undecided short form is apart from the other too: nothing says they are one.
        assert_ne!(b, b2);
        let e = b.and_then(|i| idx.entity(i));
        assert!(e.is_some_and(|e| e.why.iter().any(|w| w.contains("left unmerged"))));
        // The role decides for a later one.
        let b4 = add(
            &mut idx,
            &doc("b4", "2022-01-02", "The president, Biden, signed it.", &[("Biden", Person, Some("President"))]),
        );
        assert_eq!(b4.get("Biden"), j);
        assert!(j.and_then(|i| idx.entity(i)).is_some_and(|e| e.why.iter().any(|w| w.contains("role"))));
    }

    #[test]
    fn split_calls_and_reload_match_one_call() {
        let docs = iraq();
        let mut one = EntityIndex::new();
        let all: Vec<MentionRef> = docs.iter().flat_map(refs).collect();
        let ids_one = one.add(&all);
        let mut split = EntityIndex::new();
        let mut ids_split = Vec::new();
        for (i, d) in docs.iter().enumerate() {
            ids_split.extend(split.add(&refs(d)));
            if i == 0 {
                split = EntityIndex::from_bytes(&split.to_bytes()).unwrap_or_default();
            }
        }
        // Same partition of the mentions into entities.
        let groups = |ids: &[Option<String>]| {
            let mut g: HashMap<&str, Vec<usize>> = HashMap::new();
            for (i, id) in ids.iter().enumerate() {
                if let Some(id) = id {
                    g.entry(id.as_str()).or_default().push(i);
                }
            }
            let mut v: Vec<Vec<usize>> = g.into_values().collect();
            v.sort();
            v
        };
        assert_eq!(groups(&ids_one), groups(&ids_split));
        assert_eq!(one.len(), split.len());
    }

    #[test]
    fn ids_have_the_public_form_and_lookups_reject_junk() {
        let mut idx = EntityIndex::new();
        let d = doc("i1", "2020-01-01", "Ali Khamenei spoke.", &[("Ali Khamenei", Person, None)]);
        let ids = add(&mut idx, &d);
        let id = ids.get("Ali Khamenei").cloned().unwrap_or_default();
        let key = PersonName::parse("Ali Khamenei").key();
        assert_eq!(id, dossier_core::stable_id("e", &["person", &key]));
        assert!(idx.entity(&id).is_some_and(|e| e.id == id && e.kind == Person));
        for junk in ["", "e-", "e-zz", "x-0000000000000000", "e-00000000000000000", &id[..id.len() - 1]] {
            assert!(idx.entity(junk).is_none(), "{junk}");
        }
    }

    #[test]
    fn a_stored_index_with_dangling_references_is_refused() {
        let mut idx = EntityIndex::new();
        let _ = idx.add(&iraq().iter().flat_map(refs).collect::<Vec<_>>());
        assert!(EntityIndex::from_bytes(&idx.to_bytes()).is_ok());
        let mut bad = idx.clone();
        bad.by_key.insert(key_hash("nowhere"), bad.clusters.len() as u32);
        assert!(EntityIndex::from_bytes(&bad.to_bytes()).is_err());
        let mut bad = idx.clone();
        bad.by_surname.entry(key_hash("nwr")).or_default().push(u32::MAX);
        assert!(EntityIndex::from_bytes(&bad.to_bytes()).is_err());
    }

    #[test]
    fn a_damaged_stored_entity_stays_one_damaged_entity() {
        let mut idx = EntityIndex::new();
        let docs = iraq();
        let _ = idx.add(&refs(&docs[0]));
        let mut back = EntityIndex::from_bytes(&idx.to_bytes()).unwrap_or_default();
        // Stored without being touched: the same bytes go back.
        assert_eq!(EntityIndex::from_bytes(&back.to_bytes()).map(|b| b.len()), Ok(idx.len()));
        let Some(first) = back.clusters.first_mut() else { panic!("no entities") };
        let id = format!("e-{:016x}", first.id);
        first.len = u32::MAX;
        // And every other stored entity undecodable.
        back.arena = vec![0xff; back.arena.len()].into();
        assert!(back.entity(&id).is_some_and(|e| e.mentions == 0));
        let n = back.entities().count();
        assert_eq!(n, idx.len());
        // Later articles still link; the damaged entity keeps its id.
        let ids: Vec<Option<String>> = docs.iter().skip(1).flat_map(|d| back.add(&refs(d))).collect();
        assert!(ids.iter().flatten().count() > 5);
        let again = EntityIndex::from_bytes(&back.to_bytes());
        assert!(again.is_ok_and(|a| a.entity(&id).is_some()));
    }

    #[test]
    fn stored_bytes_are_checked() {
        assert!(EntityIndex::from_bytes(b"").is_err());
        assert!(EntityIndex::from_bytes(b"dxent1\xff\xff\xff").is_err());
        let mut idx = EntityIndex::new();
        let _ = idx.add(&iraq().iter().flat_map(refs).collect::<Vec<_>>());
        let bytes = idx.to_bytes();
        assert!(EntityIndex::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let back = EntityIndex::from_bytes(&bytes).unwrap_or_default();
        assert_eq!(back.entities().collect::<Vec<_>>(), idx.entities().collect::<Vec<_>>());
    }

    #[test]
    fn odd_input_never_panics() {
        let big = "Ω ".repeat(10_000);
        let docs = vec![
            doc("d1", "", "", &[("", Person, None), ("", Organization, None)]),
            doc("d2", "", "👍🏽 (ÀB) al-", &[("al-", Person, None), ("👍🏽", Place, None), ("ÀB", Organization, None)]),
            doc("d3", "", &big, &[("Ω", Person, Some(""))]),
        ];
        let _ = link(&docs);
        let _ = link_entities(&[]);
    }
}
