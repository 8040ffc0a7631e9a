//! Exact and near-duplicate articles: the same wire story published by many outlets.
//!
//! * **Exact**: a 64-bit key of the text with case, punctuation and spacing folded away, so the
//!   same story re-encoded or re-spaced still matches.
//! * **Near**: MinHash over word 4-shingles, with LSH banding to find candidates without
//!   comparing against every stored article. A candidate is a duplicate when its estimated
//!   Jaccard similarity reaches the threshold, or when the shorter text is at least that much
//!   contained in the longer one and is at least half as long: a syndicated copy with the ending
//!   cut has a low Jaccard score but is still the same article.
//!
//! Hand-written rather than `gaoya`: no dependencies, stable hashes (keys and signatures are
//! stored in the database, so they must not change between runs or Rust versions), and the
//! signature serialises to plain bytes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// MinHash functions per signature.
pub const NUM_PERM: usize = 128;
/// Words per shingle: long enough that two articles on one story share few shingles, short
/// enough that a light copy-edit does not destroy most of them.
pub const SHINGLE_WORDS: usize = 4;
/// Serialised signature length: shingle count (u32 LE) then `NUM_PERM` minima (u32 LE).
pub const SIGNATURE_BYTES: usize = 4 + 4 * NUM_PERM;
/// The shorter text must be at least this fraction of the longer for the containment rule.
const MIN_LENGTH_RATIO: f64 = 0.5;

/// A MinHash signature and the number of shingles it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub shingles: u32,
    pub mins: [u32; NUM_PERM],
}

impl Signature {
    /// The byte form stored beside an article (see [`SIGNATURE_BYTES`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(SIGNATURE_BYTES);
        out.extend_from_slice(&self.shingles.to_le_bytes());
        for m in &self.mins {
            out.extend_from_slice(&m.to_le_bytes());
        }
        out
    }

    /// Reads [`Signature::to_bytes`] output; None if the bytes have the wrong length.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != SIGNATURE_BYTES {
            return None;
        }
        let mut words = bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        let shingles = words.next()?;
        let mut mins = [0u32; NUM_PERM];
        for (m, w) in mins.iter_mut().zip(words) {
            *m = w;
        }
        Some(Signature { shingles, mins })
    }

    /// Estimated Jaccard similarity of the two shingle sets (0 when either text had none).
    pub fn jaccard(&self, other: &Signature) -> f64 {
        if self.shingles == 0 || other.shingles == 0 {
            return 0.0;
        }
        let same = self.mins.iter().zip(&other.mins).filter(|(a, b)| a == b).count();
        same as f64 / NUM_PERM as f64
    }

    /// Estimated share of the smaller text's shingles found in the larger, from the Jaccard
    /// estimate and the two set sizes: |A∩B| = J(|A|+|B|)/(1+J).
    pub fn containment(&self, other: &Signature, jaccard: f64) -> f64 {
        let (a, b) = (self.shingles as f64, other.shingles as f64);
        let small = a.min(b);
        if small == 0.0 {
            return 0.0;
        }
        (jaccard * (a + b) / (1.0 + jaccard) / small).min(1.0)
    }
}

/// 64-bit FNV-1a over a word's lowercase characters.
fn word_hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if word.is_ascii() {
        for b in word.bytes() {
            h ^= b.to_ascii_lowercase() as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        return h;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// SplitMix64's finaliser: spreads the bits of a combined hash.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

// The words of a text: keys are stored, so this split must never change (it is
// `dossier_core::words`, tested in dossier-clean against `str::split`).
use dossier_core::words;

/// The exact-duplicate key: the sequence of lowercased words, hashed. Case, punctuation and
/// whitespace do not change it.
pub fn exact_key(text: &str) -> u64 {
    analyse(text).0
}

/// Seed of [`exact_key`]'s running hash.
const EXACT_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// MinHash signature of a text's word shingles. A text shorter than one shingle is one shingle.
///
/// One-permutation hashing: each shingle's hash picks one of `NUM_PERM` bins and competes for
/// its minimum, so a text costs one hash per shingle instead of `NUM_PERM`. Bins no shingle fell
/// into borrow from the next filled bin (densification), which keeps the estimate unbiased for
/// short texts.
pub fn signature(text: &str) -> Signature {
    analyse(text).1
}

/// [`exact_key`] and [`signature`] in one pass over the words.
fn analyse(text: &str) -> (u64, Signature) {
    let mut key = EXACT_SEED;
    let mut mins = [u32::MAX; NUM_PERM];
    let mut filled = [false; NUM_PERM];
    let mut window = [0u64; SHINGLE_WORDS];
    let mut n_words = 0usize;
    let mut shingles = 0u32;
    let mut add = |x: u64, mins: &mut [u32; NUM_PERM]| {
        let bin = (x % NUM_PERM as u64) as usize;
        let v = (x >> 32) as u32;
        if v < mins[bin] {
            mins[bin] = v;
        }
        filled[bin] = true;
    };
    for w in words(text) {
        let wh = word_hash(w);
        key = mix(key ^ wh);
        window[n_words % SHINGLE_WORDS] = wh;
        n_words += 1;
        if n_words >= SHINGLE_WORDS {
            add(shingle_hash(&window, n_words), &mut mins);
            shingles = shingles.saturating_add(1);
        }
    }
    if (1..SHINGLE_WORDS).contains(&n_words) {
        add(shingle_hash(&window[..n_words], n_words), &mut mins);
        shingles = 1;
    }
    if shingles > 0 {
        densify(&mut mins, &filled);
    }
    (key, Signature { shingles, mins })
}

/// Fills each empty bin from the nearest filled bin to its right (wrapping), mixed with the
/// distance so that borrowed values differ from the originals. Both texts of a pair borrow the
/// same way, so matching bins still estimate the Jaccard similarity.
fn densify(mins: &mut [u32; NUM_PERM], filled: &[bool; NUM_PERM]) {
    let src = *mins;
    for i in 0..NUM_PERM {
        if filled[i] {
            continue;
        }
        for d in 1..NUM_PERM {
            let j = (i + d) % NUM_PERM;
            if filled[j] {
                mins[i] = (mix(src[j] as u64 ^ ((d as u64) << 40)) >> 32) as u32;
                break;
            }
        }
    }
}

/// Order-sensitive hash of the words in the ring buffer, oldest first.
fn shingle_hash(window: &[u64], n_words: usize) -> u64 {
    let k = window.len();
    let mut h: u64 = 0x2545_f491_4f6c_dd1d;
    for j in 0..k {
        let w = window[(n_words + j) % k];
        h = mix(h.rotate_left(17) ^ w);
    }
    h
}

/// The outcome of checking one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// [`exact_key`] of the text: store it to [`Deduper::seed`] later runs.
    pub exact_key: u64,
    /// [`Signature::to_bytes`] of the text: store it to [`Deduper::seed`] later runs.
    pub signature: Vec<u8>,
    /// The original this text duplicates and the similarity: 1.0 for an exact duplicate, else
    /// the estimated Jaccard similarity.
    pub duplicate_of: Option<(String, f64)>,
}

/// Hasher for keys that already are good 64-bit hashes.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

struct Doc {
    id: String,
    sig: Signature,
}

/// Remembers the originals seen so far and tells whether a new text duplicates one of them.
pub struct Deduper {
    threshold: f64,
    rows: usize,
    bands: usize,
    exact: IdMap<u32>,
    docs: Vec<Doc>,
    /// (band, band values) hash → the latest entry of its chain in `entries`.
    buckets: IdMap<u32>,
    /// Chained bucket entries: (index into `docs`, previous entry of the same bucket or
    /// `u32::MAX`). One flat vector instead of a vector per bucket.
    entries: Vec<(u32, u32)>,
    /// `docs[..unbanded]` were seeded but are not in `buckets` yet: adding a few articles to a
    /// large corpus compares their bands with each seeded signature directly (microseconds
    /// per article) instead of filling the buckets (tens of milliseconds for 5,000).
    unbanded: usize,
    /// Lookups made against unbanded documents; after [`LAZY_LOOKUPS`], they are banded.
    lazy_lookups: usize,
}

/// Lookups compared directly against the seeded signatures before they are put into buckets.
const LAZY_LOOKUPS: usize = 32;

impl Deduper {
    /// `threshold`: the estimated Jaccard similarity (or containment, see the crate docs) from
    /// which two texts are near duplicates; 0.8 suits syndicated news. Clamped to [0.05, 1].
    pub fn new(threshold: f64) -> Self {
        let threshold = if threshold.is_nan() { DEFAULT_THRESHOLD } else { threshold.clamp(0.05, 1.0) };
        let (bands, rows) = banding(threshold);
        Deduper {
            threshold,
            rows,
            bands,
            exact: IdMap::default(),
            docs: Vec::new(),
            buckets: IdMap::default(),
            entries: Vec::new(),
            unbanded: 0,
            lazy_lookups: 0,
        }
    }

    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// Number of originals remembered (seeded or inserted).
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Seeds with an already-stored original (from the database) without re-reading its text.
    /// A signature of the wrong length (an older format) seeds only the exact key.
    pub fn seed(&mut self, id: &str, exact_key: u64, signature: &[u8]) {
        let sig = Signature::from_bytes(signature).unwrap_or(Signature { shingles: 0, mins: [u32::MAX; NUM_PERM] });
        if self.unbanded == self.docs.len() {
            // Still a run of seeds from the start: banded later, if ever.
            let idx = self.docs.len() as u32;
            self.exact.entry(exact_key).or_insert(idx);
            self.docs.push(Doc { id: id.to_string(), sig });
            self.unbanded += 1;
        } else {
            self.remember(id, exact_key, sig);
        }
    }

    /// Checks `text` against everything seen so far and remembers it under `id` when original.
    pub fn insert(&mut self, id: &str, text: &str) -> Verdict {
        let (key, sig) = analyse(text);
        let signature = sig.to_bytes();
        if let Some(&i) = self.exact.get(&key) {
            let orig = self.docs.get(i as usize).map(|d| d.id.clone());
            return Verdict { exact_key: key, signature, duplicate_of: orig.map(|o| (o, 1.0)) };
        }
        if let Some((i, j)) = self.best_near(&sig) {
            return Verdict { exact_key: key, signature, duplicate_of: Some((self.docs[i].id.clone(), j)) };
        }
        self.remember(id, key, sig);
        Verdict { exact_key: key, signature, duplicate_of: None }
    }

    fn remember(&mut self, id: &str, key: u64, sig: Signature) {
        let idx = self.docs.len() as u32;
        self.exact.entry(key).or_insert(idx);
        self.band(idx, &sig);
        self.docs.push(Doc { id: id.to_string(), sig });
    }

    /// Puts document `idx` into the buckets of its bands.
    fn band(&mut self, idx: u32, sig: &Signature) {
        if sig.shingles > 0 {
            for band in 0..self.bands {
                let key = self.band_key(sig, band);
                let entry = self.entries.len() as u32;
                let prev = self.buckets.insert(key, entry).unwrap_or(u32::MAX);
                self.entries.push((idx, prev));
            }
        }
    }

    /// Bands the seeded documents not banded yet.
    fn band_seeded(&mut self) {
        let n = std::mem::take(&mut self.unbanded);
        self.buckets.reserve(n * self.bands);
        self.entries.reserve(n * self.bands);
        for i in 0..n {
            let Some(sig) = self.docs.get(i).map(|d| d.sig.clone()) else { break };
            self.band(i as u32, &sig);
        }
    }

    /// Whether two signatures agree on all the rows of some band: exactly when LSH would make
    /// them candidates (short of a 64-bit collision of band keys).
    fn share_a_band(&self, a: &Signature, b: &Signature) -> bool {
        a.mins.chunks_exact(self.rows).zip(b.mins.chunks_exact(self.rows)).take(self.bands).any(|(x, y)| x == y)
    }

    fn band_key(&self, sig: &Signature, band: usize) -> u64 {
        let mut h = mix(band as u64 + 1);
        for &m in &sig.mins[band * self.rows..(band + 1) * self.rows] {
            h = mix(h ^ m as u64);
        }
        h
    }

    /// The most similar stored original that counts as a near duplicate: (index, Jaccard).
    fn best_near(&mut self, sig: &Signature) -> Option<(usize, f64)> {
        if sig.shingles == 0 {
            return None;
        }
        let mut cands: Vec<u32> = Vec::new();
        if self.unbanded > 0 {
            self.lazy_lookups += 1;
            if self.lazy_lookups > LAZY_LOOKUPS {
                self.band_seeded();
            } else {
                let seeded = self.docs.get(..self.unbanded).unwrap_or(&[]);
                cands.extend(
                    seeded
                        .iter()
                        .enumerate()
                        .filter(|(_, d)| d.sig.shingles > 0 && self.share_a_band(sig, &d.sig))
                        .map(|(i, _)| i as u32),
                );
            }
        }
        for band in 0..self.bands {
            let mut e = self.buckets.get(&self.band_key(sig, band)).copied().unwrap_or(u32::MAX);
            while let Some(&(doc, prev)) = self.entries.get(e as usize) {
                cands.push(doc);
                e = prev;
            }
        }
        cands.sort_unstable();
        cands.dedup();
        let mut best: Option<(usize, f64)> = None;
        for c in cands {
            let Some(doc) = self.docs.get(c as usize) else {
                continue;
            };
            let j = sig.jaccard(&doc.sig);
            if self.is_near(sig, &doc.sig, j) && best.is_none_or(|(_, bj)| j > bj) {
                best = Some((c as usize, j));
            }
        }
        best
    }

    fn is_near(&self, a: &Signature, b: &Signature, j: f64) -> bool {
        if j >= self.threshold {
            return true;
        }
        let (small, large) = (a.shingles.min(b.shingles), a.shingles.max(b.shingles));
        large > 0 && small as f64 / large as f64 >= MIN_LENGTH_RATIO && a.containment(b, j) >= self.threshold
    }
}

/// The default near-duplicate threshold.
pub const DEFAULT_THRESHOLD: f64 = 0.8;

impl Default for Deduper {
    fn default() -> Self {
        Deduper::new(DEFAULT_THRESHOLD)
    }
}

/// Bands and rows for the LSH: the most rows per band (fewest false candidates) that still
/// finds, with 99% probability, a pair at the lowest Jaccard the containment rule accepts.
fn banding(threshold: f64) -> (usize, usize) {
    let r = MIN_LENGTH_RATIO;
    let lowest = threshold * r / (1.0 + r - threshold * r);
    let mut best = (NUM_PERM, 1);
    for rows in 1..=16usize {
        let bands = NUM_PERM / rows;
        let p = 1.0 - (1.0 - lowest.powi(rows as i32)).powi(bands as i32);
        if p >= 0.99 {
            best = (bands, rows);
        }
    }
    best
}

#[cfg(test)]
mod tests;
