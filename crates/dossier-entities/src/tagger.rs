//! A greedy left-to-right averaged-perceptron BIO tagger with hashed features.
//!
//! Why this design: it trains in seconds on CoNLL-2003, tags millions of tokens a second, and its
//! weights fit in a few MB (feature hashing, 16-bit quantisation) so they ship inside the binary.
//! Features are robust to raw text: word forms are normalised (curly quotes → ASCII, digits → 0),
//! and document-level features (is this word seen in lower case elsewhere in the article, what
//! was it tagged earlier) carry evidence from easy contexts into hard ones (headlines in capitals,
//! sentence-initial words).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use dossier_core::GENERAL_PUNCTUATION;

/// The four CoNLL entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntType {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntType {
    pub const ALL: [EntType; 4] = [EntType::Per, EntType::Org, EntType::Loc, EntType::Misc];
    pub fn as_str(self) -> &'static str {
        match self {
            EntType::Per => "PER",
            EntType::Org => "ORG",
            EntType::Loc => "LOC",
            EntType::Misc => "MISC",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "PER" => EntType::Per,
            "ORG" => EntType::Org,
            "LOC" => EntType::Loc,
            "MISC" => EntType::Misc,
            _ => return None,
        })
    }
    fn index(self) -> usize {
        match self {
            EntType::Per => 0,
            EntType::Org => 1,
            EntType::Loc => 2,
            EntType::Misc => 3,
        }
    }
}

/// A BIO tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(EntType),
    I(EntType),
}

pub(crate) const N_CLASSES: usize = 9;

impl Tag {
    pub(crate) fn class(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(t) => 1 + t.index(),
            Tag::I(t) => 5 + t.index(),
        }
    }
    pub(crate) fn from_class(c: usize) -> Tag {
        match c {
            1..=4 => Tag::B(EntType::ALL[c - 1]),
            5..=8 => Tag::I(EntType::ALL[c - 5]),
            _ => Tag::O,
        }
    }
    pub fn ent_type(self) -> Option<EntType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }
    /// Parses "O", "B-PER", "I-LOC".
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (p, t) = s.split_once('-')?;
        let t = EntType::parse(t)?;
        match p {
            "B" => Some(Tag::B(t)),
            "I" => Some(Tag::I(t)),
            _ => None,
        }
    }
    pub fn as_string(self) -> String {
        match self {
            Tag::O => "O".into(),
            Tag::B(t) => format!("B-{}", t.as_str()),
            Tag::I(t) => format!("I-{}", t.as_str()),
        }
    }
}

/// FNV-1a for feature hashing of short byte strings (affixes, normalised words): its output is
/// stable across Rust versions, which the shipped weights depend on.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Fnv {
    const fn new(seed: u64) -> Self {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    #[inline]
    fn bytes(mut self, b: &[u8]) -> Self {
        for &x in b {
            self.0 ^= x as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }
    #[inline]
    fn done(self) -> u64 {
        let mut h = self.0;
        h ^= h >> 29;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 32;
        h
    }
}

/// Maps keyed by word hashes: the key is already a good hash, so the map uses it as it is.
#[derive(Default, Clone, Copy)]
pub(crate) struct Ident(u64);

impl Hasher for Ident {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Ident>>;

/// Per-token precomputed forms for one document.
pub(crate) struct DocFeats<'a> {
    /// The tokens as given.
    words: &'a [&'a str],
    /// Normalised lower-case forms (UTF-8), concatenated; `lw[i]` is a range into `buf`. Bytes,
    /// not a `String`, so ASCII words are appended eight bytes at a time.
    buf: Vec<u8>,
    lw: Vec<(u32, u32)>,
    flags: Vec<u16>,
    /// Sentence boundaries: token ranges.
    pub(crate) sents: Vec<(usize, usize)>,
    /// For each lower-cased word: (seen in lower case, seen capitalised not sentence-initially).
    doc_case: FnvMap<u64, (bool, bool)>,
    /// Cue-list bits per token.
    cue: Vec<u8>,
    /// Per-token hashes of the lower-cased form and of the shape.
    lh: Vec<u64>,
    sh: Vec<u64>,
    /// For each lower-cased capitalised word: `D_*` bits over the document.
    doc_ctx: FnvMap<u64, u8>,
}

const STOP_RULE: bool = true;
const F_CAP: u16 = 1;
const F_ALLCAPS: u16 = 2;
const F_ALPHA: u16 = 4;
const F_LOWER: u16 = 8;
const F_INITIAL: u16 = 16;
const F_CAPSENT: u16 = 32;
const F_DIGIT: u16 = 64;
const F_HYPHEN: u16 = 128;
/// Has an upper-case letter anywhere ("pro-Iranian", "McKenzie").
const F_UPPER: u16 = 256;

/// Maps a char the way the features see it: curly quotes and dashes to ASCII, digits to 0.
#[inline]
fn norm_char(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '“' | '”' | '«' | '»' | '„' => '"',
        '—' | '–' | '‐' | '‑' => '-',
        c if c.is_ascii_digit() => '0',
        c => c,
    }
}

#[inline]
fn norm_byte(b: u8) -> u8 {
    if b.is_ascii_digit() {
        b'0'
    } else if b == b'`' {
        b'\''
    } else {
        b
    }
}

/// Appends the normalised lower-case form of `w` (the general case; [`ascii_word`] does ASCII).
fn normalise_lower_into(w: &str, out: &mut Vec<u8>) {
    let mut tmp = [0u8; 4];
    for c in w.chars() {
        for l in norm_char(c).to_lowercase() {
            out.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes());
        }
    }
}

/// Feeds the case-preserving normalised form of `w` to a hash without building it.
fn hash_norm(mut h: Fnv, w: &str) -> Fnv {
    if w.is_ascii() {
        for &b in w.as_bytes() {
            h = h.bytes(&[norm_byte(b)]);
        }
        return h;
    }
    let mut tmp = [0u8; 4];
    for c in w.chars() {
        h = h.bytes(norm_char(c).encode_utf8(&mut tmp).as_bytes());
    }
    h
}

/// Key of a word in the per-document maps (hashing avoids one allocation per word).
fn word_key(b: &[u8]) -> u64 {
    // Eight bytes per step: words are hashed once per token, so this is on the hot path.
    let mut h = word_key_start(b.len());
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut x = [0u8; 8];
        x.copy_from_slice(c);
        h = word_key_step(h, u64::from_le_bytes(x));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut x = [0u8; 8];
        x[..rest.len()].copy_from_slice(rest);
        h = word_key_step(h, u64::from_le_bytes(x));
    }
    mix(0, h)
}

/// [`word_key`]'s state before the bytes of a word of `len` bytes.
#[inline]
fn word_key_start(len: usize) -> u64 {
    0x243f_6a88_85a3_08d3 ^ len as u64
}

/// [`word_key`]'s step over eight bytes (little-endian, zero-padded at the end of the word).
#[inline]
fn word_key_step(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
}

/// The same key for the cue lists.
pub(crate) fn lexicon_key(w: &str) -> u64 {
    word_key(w.as_bytes())
}

/// Document-level context bits of a capitalised word, gathered over all its occurrences.
const D_AFTER_TITLE: u8 = 1;
const D_BEFORE_ORG: u8 = 2;
const D_NEAR_PLACE: u8 = 4;
const D_BEFORE_SAY: u8 = 8;
const D_AFTER_IN: u8 = 16;
const D_IN_SEQ: u8 = 32;

/// An ASCII word in one pass over its bytes: appends its normalised lower-case form to `out`
/// and returns its shape, flags and [`word_key`] (of that form), the same as
/// [`normalise_lower_into`], [`shape_flags_chars`] and [`word_key`] give. `None`, with `out`
/// as it was, when the word is not ASCII. Why: this runs once per token, and separate passes
/// (ASCII test, digit test, copy, lower-case, shape, hash) cost several times more; eight
/// bytes at a time, the lower-case form is both the hash's input and one store into `out`.
#[inline]
fn ascii_word(w: &[u8], out: &mut Vec<u8>) -> Option<([u8; 6], u16, u64)> {
    let start = out.len();
    let mut s = [0u8; 6];
    let mut n = 0;
    let mut last = 0u8;
    let mut f = match w.first() {
        Some(b'a'..=b'z') => F_LOWER,
        Some(b'A'..=b'Z') => F_CAP,
        _ => 0,
    };
    let (mut has_alpha, mut has_lower) = (false, false);
    let mut h = word_key_start(w.len());
    for chunk in w.chunks(8) {
        let mut x = 0u64;
        for (j, &c) in chunk.iter().enumerate() {
            let (k, low) = match c {
                b'a'..=b'z' => {
                    has_alpha = true;
                    has_lower = true;
                    (b'x', c)
                }
                b'A'..=b'Z' => {
                    has_alpha = true;
                    f |= F_UPPER;
                    (b'X', c | 0x20)
                }
                b'0'..=b'9' => {
                    f |= F_DIGIT;
                    (b'd', b'0')
                }
                b'-' => {
                    f |= F_HYPHEN;
                    (c, c)
                }
                b'`' => (c, b'\''),
                0x80.. => {
                    out.truncate(start);
                    return None;
                }
                _ => (c, c),
            };
            x |= (low as u64) << (j * 8);
            if k != last && n < 6 {
                s[n] = k;
                n += 1;
                last = k;
            }
        }
        h = word_key_step(h, x);
        out.extend_from_slice(&x.to_le_bytes());
    }
    // The last chunk's zero padding goes.
    out.truncate(start + w.len());
    if has_alpha {
        f |= F_ALPHA;
        if !has_lower {
            f |= F_ALLCAPS;
        }
    }
    Some((s, f, mix(0, h)))
}

/// Shape and flags of a word in one pass over its chars (the general case of [`ascii_word`]).
fn shape_flags_chars(w: &str) -> ([u8; 6], u16) {
    let mut s = [0u8; 6];
    let mut n = 0;
    let mut last = 0u8;
    let mut f = 0u16;
    let (mut has_alpha, mut has_lower) = (false, false);
    for (i, c) in w.chars().enumerate() {
        // Curly quotes and dashes (General Punctuation) have no case, letter or digit: they skip
        // the Unicode tables.
        let k = if GENERAL_PUNCTUATION.contains(&c) {
            b'?'
        } else if c.is_lowercase() {
            has_alpha = true;
            has_lower = true;
            if i == 0 {
                f |= F_LOWER;
            }
            b'x'
        } else if c.is_uppercase() {
            has_alpha = true;
            f |= F_UPPER;
            if i == 0 {
                f |= F_CAP;
            }
            b'X'
        } else if c.is_numeric() {
            if c.is_ascii_digit() {
                f |= F_DIGIT;
            }
            b'd'
        } else if c.is_alphabetic() {
            has_alpha = true;
            b'x'
        } else {
            if c == '-' {
                f |= F_HYPHEN;
            }
            if c.is_ascii() { c as u8 } else { b'?' }
        };
        if k != last && n < 6 {
            s[n] = k;
            n += 1;
            last = k;
        }
    }
    if has_alpha {
        f |= F_ALPHA;
        if !has_lower {
            f |= F_ALLCAPS;
        }
    }
    (s, f)
}

impl<'a> DocFeats<'a> {
    /// `words` are the document's tokens; `sents` token ranges of its sentences.
    pub(crate) fn new(words: &'a [&'a str], sents: Vec<(usize, usize)>) -> Self {
        let n = words.len();
        let mut d = DocFeats {
            words,
            buf: Vec::with_capacity(n * 6 + 8),
            lw: Vec::with_capacity(n),
            flags: Vec::with_capacity(n),
            sents,
            doc_case: FnvMap::with_capacity_and_hasher(n / 2, Default::default()),
            cue: Vec::with_capacity(n),
            doc_ctx: FnvMap::with_capacity_and_hasher(n / 8, Default::default()),
            lh: Vec::with_capacity(n),
            sh: Vec::with_capacity(n),
        };
        for w in words {
            let a = d.buf.len() as u32;
            let (s, f, lh) = match ascii_word(w.as_bytes(), &mut d.buf) {
                Some(x) => x,
                None => {
                    normalise_lower_into(w, &mut d.buf);
                    let (s, f) = shape_flags_chars(w);
                    (s, f, word_key(d.buf.get(a as usize..).unwrap_or(&[])))
                }
            };
            d.lw.push((a, d.buf.len() as u32));
            d.flags.push(f);
            d.lh.push(lh);
            let mut x = [0u8; 8];
            x[..6].copy_from_slice(&s);
            d.sh.push(mix(4, u64::from_le_bytes(x)));
            d.cue.push(if f & F_DIGIT == 0 { crate::cues::cue_by_key(lh) } else { 0 });
        }
        for si in 0..d.sents.len() {
            let (a, b) = d.sents[si];
            let b = b.min(n);
            let (mut letters, mut caps) = (0, 0);
            for k in a..b {
                if d.flags[k] & F_ALPHA != 0 {
                    letters += 1;
                    if d.flags[k] & F_ALLCAPS != 0 {
                        caps += 1;
                    }
                }
            }
            let capsent = letters >= 2 && caps * 10 >= letters * 8;
            for k in a..b {
                if k == a {
                    d.flags[k] |= F_INITIAL;
                }
                if capsent {
                    d.flags[k] |= F_CAPSENT;
                }
            }
        }
        for k in 0..n {
            let f = d.flags[k];
            if f & F_ALPHA == 0 || f & F_CAPSENT != 0 {
                continue;
            }
            let low = f & F_LOWER != 0;
            let cap = f & F_CAP != 0 && f & F_INITIAL == 0;
            if !low && !cap {
                continue;
            }
            let e = d.doc_case.entry(d.lh[k]).or_insert((false, false));
            e.0 |= low;
            e.1 |= cap;
        }
        for k in 0..n {
            if d.flags[k] & F_CAP == 0 {
                continue;
            }
            let mut bits = 0u8;
            let prev = k.checked_sub(1);
            if let Some(p) = prev {
                if d.cue[p] & crate::cues::TITLE != 0 {
                    bits |= D_AFTER_TITLE;
                }
                if d.cue[p] & crate::cues::PLACE != 0 {
                    bits |= D_NEAR_PLACE;
                }
                if matches!(d.lower(p), b"in" | b"at" | b"from" | b"near" | b"to") {
                    bits |= D_AFTER_IN;
                }
                if d.flags[p] & F_CAP != 0 && d.flags[k] & F_INITIAL == 0 {
                    bits |= D_IN_SEQ;
                }
            }
            if k + 1 < n {
                if d.cue[k + 1] & crate::cues::ORG != 0 {
                    bits |= D_BEFORE_ORG;
                }
                if d.cue[k + 1] & crate::cues::PLACE != 0 {
                    bits |= D_NEAR_PLACE;
                }
                if matches!(d.lower(k + 1), b"said" | b"says" | b"told" | b"added" | b"say") {
                    bits |= D_BEFORE_SAY;
                }
                if d.flags[k + 1] & F_CAP != 0 && d.flags[k + 1] & F_INITIAL == 0 {
                    bits |= D_IN_SEQ;
                }
            }
            if bits != 0 {
                *d.doc_ctx.entry(d.lh[k]).or_insert(0) |= bits;
            }
        }
        d
    }

    pub(crate) fn len(&self) -> usize {
        self.lw.len()
    }

    /// The normalised lower-case form of token `k` (UTF-8 bytes).
    fn lower(&self, k: usize) -> &[u8] {
        let (a, b) = self.lw[k];
        &self.buf[a as usize..b as usize]
    }

    /// Tokens that are surely O given the previous tag: after O, lower-case words without
    /// capitals and plain punctuation; inside a name, lower-case words and marks that never
    /// continue one ("said", ","). Skipping them is most of the tagger's speed.
    fn trivially_o(&self, k: usize, p1: usize) -> bool {
        let f = self.flags[k];
        if f & F_CAPSENT != 0 {
            return false;
        }
        if p1 != 0 {
            let plain = f & F_LOWER != 0 && f & F_UPPER == 0 || f & (F_ALPHA | F_DIGIT) == 0;
            return plain && self.cue[k] & crate::cues::CONT == 0;
        }
        if f & F_LOWER != 0 {
            return f & F_UPPER == 0;
        }
        if STOP_RULE && f & F_INITIAL != 0 && f & F_ALLCAPS == 0 && self.cue[k] & crate::cues::STOP != 0 {
            return true;
        }
        f & (F_ALPHA | F_DIGIT) == 0
    }

    /// Feature 2 of token `k`: its word as written (normalised, case kept).
    fn form_feature(&self, k: usize) -> u64 {
        mix(2, hash_norm(Fnv::new(2), self.words.get(k).copied().unwrap_or("")).done())
    }

    /// The cache key of token `k`'s word features: every input of
    /// [`DocFeats::word_features`] (the written form, `form`; the lower-case form; the shape,
    /// which is read from the unnormalised word, so "’s" and "'s" differ; the hyphen flag).
    fn cache_key(&self, k: usize, form: u64) -> u64 {
        let hyphen = u64::from(self.flags[k] & F_HYPHEN != 0);
        mix2(90, form ^ self.lh[k].rotate_left(21), self.sh[k] ^ hyphen)
    }

    /// Features of the word alone (bias, forms, shape, affixes, hyphen parts): the same for
    /// every occurrence of one written word, so the tagger sums their weights once per word
    /// (`form` is [`DocFeats::form_feature`]). Appends to `out`.
    fn word_features(&self, k: usize, form: u64, out: &mut Vec<u64>) {
        let lw = self.lower(k);
        let f = self.flags[k];
        let h = |t: u64| Fnv::new(t);
        out.extend_from_slice(&[mix(1, 0), form, mix(3, self.lh[k]), mix(4, self.sh[k])]);
        // Affixes on char boundaries (any byte but a UTF-8 continuation byte starts a char): up
        // to four prefixes of one to four chars, and suffixes of up to four chars, shorter than
        // the word.
        let boundary = |i: &usize| lw.get(*i).is_some_and(|&c| c & 0xC0 != 0x80);
        for (n, i) in (1..lw.len()).filter(boundary).take(4).enumerate() {
            out.push(h(10 + n as u64).bytes(&lw[..i]).done());
        }
        for (n, i) in (1..lw.len()).rev().filter(boundary).take(4).enumerate() {
            out.push(h(20 + n as u64).bytes(&lw[i..]).done());
        }
        if f & F_HYPHEN != 0 {
            for part in lw.split(|&c| c == b'-') {
                out.push(h(50).bytes(part).done());
            }
        }
    }

    /// All features of token `k` (training uses this; tagging sums [`DocFeats::word_features`]
    /// once per word and adds [`DocFeats::context_features`]).
    #[allow(clippy::too_many_arguments)] // The decoder state, passed flat on the hot path.
    fn features(&self, k: usize, a: usize, b: usize, p1: usize, p2: usize, hist: u8, out: &mut Vec<u64>) {
        out.clear();
        self.word_features(k, self.form_feature(k), out);
        self.context_features(k, a, b, p1, p2, hist, out);
    }

    /// Features of token `k` in its place: neighbours, previous tags, position, document
    /// context. Appends to `out`.
    #[allow(clippy::too_many_arguments)] // The decoder state, passed flat on the hot path.
    fn context_features(&self, k: usize, a: usize, b: usize, p1: usize, p2: usize, hist: u8, out: &mut Vec<u64>) {
        let f = self.flags[k];
        // Neighbour hashes, with fixed values past the sentence edges.
        let at = |d: isize, v: &[u64]| -> u64 {
            let j = k as isize + d;
            if j < a as isize {
                0x0053_5441_5254
            } else if j >= b as isize {
                0x0045_4e44
            } else {
                v[j as usize]
            }
        };
        let (lh, sh) = (&self.lh, &self.sh);
        let (l0, s0) = (lh[k], sh[k]);
        let (lm1, lm2, ln1, ln2) = (at(-1, lh), at(-2, lh), at(1, lh), at(2, lh));
        let (sm1, sn1) = (at(-1, sh), at(1, sh));
        let (p1, p2) = (p1 as u64, p2 as u64);
        let fl = (f & (F_INITIAL | F_CAPSENT)) as u64;
        out.extend_from_slice(&[
            mix2(5, s0, fl),
            mix(30, lm1),
            mix(31, ln1),
            mix(32, lm2),
            mix(33, ln2),
            mix2(34, lm1, l0),
            mix2(35, l0, ln1),
            mix(36, sm1),
            mix(37, sn1),
            mix2(38, sm1 ^ sn1.rotate_left(17), s0),
            mix(40, p1),
            mix2(41, p1, p2),
            mix2(42, p1, l0),
            mix2(43, p1, s0),
            mix2(44, p1, ln1),
            mix(62, hist as u64),
            mix2(63, hist as u64, s0),
            mix2(64, hist as u64, p1),
            mix2(45, s0, ln1),
            mix2(46, lm1, s0),
            mix2(47, sm1, l0),
            mix2(48, l0, sn1),
            mix2(49, lm1, ln1),
        ]);
        let cf = (f & (F_CAP | F_INITIAL | F_CAPSENT)) as u64;
        if f & F_ALPHA != 0 {
            if let Some(&(low, cap)) = self.doc_case.get(&l0) {
                out.push(mix2(60, (low as u64) << 1 | cap as u64, cf));
            } else {
                out.push(mix(61, cf));
            }
        }
        for (t, dd) in [(70u64, 0isize), (71, -1), (72, 1)] {
            let j = k as isize + dd;
            if j < a as isize || j >= b as isize {
                out.push(mix(t, 0xff));
                continue;
            }
            let c = self.cue[j as usize];
            for bit in 0..6 {
                if c & (1 << bit) != 0 {
                    out.push(mix(t, bit));
                }
            }
        }
        if f & F_CAP != 0 {
            let dc = self.doc_ctx.get(&l0).copied().unwrap_or(0);
            out.push(mix(73, dc as u64));
            for bit in 0..6 {
                if dc & (1 << bit) != 0 {
                    out.push(mix(74, bit));
                }
            }
        }
    }
}

/// Combines a template id with a precomputed hash (cheaper than re-hashing the bytes).
#[inline]
fn mix(t: u64, a: u64) -> u64 {
    let mut h = a ^ t.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

#[inline]
fn mix2(t: u64, a: u64, b: u64) -> u64 {
    mix(t, a ^ mix(t.wrapping_add(0x51), b))
}

/// Trained weights: `buckets × N_CLASSES` 16-bit values (row per hashed feature), plus a
/// bitmap of the rows that hold any non-zero weight.
///
/// Why the bitmap: most rows are empty, and text outside the training set hashes many
/// features onto them. The bitmap (32 KB for 2^18 rows) answers those from cache instead of
/// a miss into the multi-MB table.
pub struct Model {
    mask: u64,
    /// Bit `b % 64` of word `b / 64`: row `b` has a non-zero weight.
    used: Vec<u64>,
    /// One fixed-size row per bucket: indexing a row is one bounds check, and summing one is a
    /// shape the compiler turns into vector adds.
    weights: Vec<[i16; N_CLASSES]>,
    /// Tells models apart in the per-thread word cache ([`WORD_SCORES`]).
    id: u64,
}

/// Words kept in a thread's cache before it starts over (bounds its memory: ~3 MB).
const WORD_CACHE_MAX: usize = 1 << 16;

thread_local! {
    /// Per thread: the model id and, per written word ([`DocFeats::cache_key`]), the summed
    /// weights of its own features. Why: names and capitalised words recur across articles, and
    /// each sum is about fifteen row reads scattered over a multi-MB table. Integer sums, so a
    /// cached sum equals a fresh one and the tags do not depend on what was tagged before.
    static WORD_SCORES: std::cell::RefCell<(u64, FnvMap<u64, [i32; N_CLASSES]>)> =
        std::cell::RefCell::new((0, FnvMap::default()));
}

/// Source of [`Model::id`]s (0 is never given out, so an empty cache matches no model).
static NEXT_MODEL_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

const MAGIC: &[u8; 8] = b"DOSNER02";

/// How many non-empty rows [`Model::score`] prefetches before summing (more are summed at once).
const PREFETCH_ROWS: usize = 64;

impl Model {
    /// Reads the format written by [`Model::to_bytes`]; `None` when malformed.
    ///
    /// Format: magic, bucket count (u32 LE), then per row a 9-bit mask (u16 LE) of its non-zero
    /// weights followed by those weights (i16 LE). Most rows are empty, so this is ~3× smaller
    /// than the dense table it decodes to.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        if b.get(..8)? != MAGIC {
            return None;
        }
        let buckets = u32::from_le_bytes(b.get(8..12)?.try_into().ok()?) as usize;
        if !buckets.is_power_of_two() || buckets > 1 << 24 {
            return None;
        }
        let mut weights = vec![[0i16; N_CLASSES]; buckets];
        let mut pos = 12;
        let read = |pos: &mut usize| -> Option<u16> {
            let x = u16::from_le_bytes(b.get(*pos..*pos + 2)?.try_into().ok()?);
            *pos += 2;
            Some(x)
        };
        for row in &mut weights {
            let mask = read(&mut pos)?;
            for (c, w) in row.iter_mut().enumerate() {
                if mask & (1 << c) != 0 {
                    *w = read(&mut pos)? as i16;
                }
            }
        }
        if pos != b.len() {
            return None;
        }
        Some(Model::from_rows(weights))
    }

    /// Wraps a dense `buckets × N_CLASSES` table (`buckets` a power of two).
    fn from_dense(weights: &[i16]) -> Model {
        let rows = weights.chunks_exact(N_CLASSES).filter_map(|r| <[i16; N_CLASSES]>::try_from(r).ok()).collect();
        Model::from_rows(rows)
    }

    /// Wraps one row per bucket (their count a power of two).
    fn from_rows(weights: Vec<[i16; N_CLASSES]>) -> Model {
        let mut used = vec![0u64; weights.len().div_ceil(64)];
        for (b, row) in weights.iter().enumerate() {
            if row.iter().any(|&w| w != 0)
                && let Some(u) = used.get_mut(b / 64)
            {
                *u |= 1 << (b % 64);
            }
        }
        let id = NEXT_MODEL_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Model { mask: weights.len() as u64 - 1, used, weights, id }
    }

    /// The bucket feature `f` hashes to; `None` when its row is all zeros.
    #[inline]
    fn bucket(&self, f: u64) -> Option<usize> {
        let b = (f & self.mask) as usize;
        if *self.used.get(b / 64)? & (1 << (b % 64)) == 0 {
            return None;
        }
        Some(b)
    }

    /// The weights of the row feature `f` hashes to; `None` when that row is all zeros.
    #[cfg(test)]
    fn row(&self, f: u64) -> Option<&[i16]> {
        self.weights.get(self.bucket(f)?).map(|r| &r[..])
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(12 + self.weights.len() * 2);
        v.extend_from_slice(MAGIC);
        v.extend_from_slice(&((self.mask + 1) as u32).to_le_bytes());
        for row in &self.weights {
            let mask = row.iter().enumerate().fold(0u16, |m, (c, &w)| if w != 0 { m | 1 << c } else { m });
            v.extend_from_slice(&mask.to_le_bytes());
            for &w in row.iter().filter(|&&w| w != 0) {
                v.extend_from_slice(&w.to_le_bytes());
            }
        }
        v
    }

    /// Sums the weight rows of `feats` into `scores`; `rows` is scratch space, kept by the
    /// caller so it is not cleared for every token.
    #[inline]
    fn score(&self, feats: &[u64], rows: &mut [usize; PREFETCH_ROWS], scores: &mut [i32; N_CLASSES]) {
        // Eight classes in local accumulators and the ninth apart: a shape the compiler adds
        // with vector instructions.
        let (mut head, mut last) = ([0i32; 8], 0i32);
        let mut add = |row: &[i16; N_CLASSES]| {
            for (h, &w) in head.iter_mut().zip(&row[..8]) {
                *h += w as i32;
            }
            last += row[8] as i32;
        };
        // The rows are scattered over a few MB: ask for all of them before summing any, so the
        // cache misses overlap instead of queueing. The first pass keeps the non-empty rows, so
        // the bitmap is read once per feature.
        let mut n = 0;
        for &f in feats {
            let Some(b) = self.bucket(f) else { continue };
            let Some(row) = self.weights.get(b) else { continue };
            let Some(slot) = rows.get_mut(n) else {
                add(row);
                continue;
            };
            *slot = b;
            n += 1;
            #[cfg(target_arch = "x86_64")]
            {
                // A row is 18 bytes, so about one in four spans two cache lines: fetch both ends.
                use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
                let p = row.as_ptr();
                // SAFETY: SSE is part of the x86_64 baseline, and a prefetch never faults; the
                // pointers lie inside the live row `row` (N_CLASSES elements).
                unsafe {
                    _mm_prefetch::<_MM_HINT_T0>(p.cast::<i8>());
                    _mm_prefetch::<_MM_HINT_T0>(p.add(N_CLASSES - 1).cast::<i8>());
                }
            }
        }
        for &b in rows.iter().take(n) {
            if let Some(row) = self.weights.get(b) {
                add(row);
            }
        }
        scores[..8].copy_from_slice(&head);
        scores[8] = last;
    }

    /// Tags a document (tokens plus sentence ranges); the result has one tag per token.
    pub(crate) fn tag_doc(&self, d: &DocFeats) -> Vec<Tag> {
        WORD_SCORES.with_borrow_mut(|(id, words)| {
            if *id != self.id || words.len() > WORD_CACHE_MAX {
                *id = self.id;
                words.clear();
            }
            self.tag_doc_with(d, words)
        })
    }

    #[allow(clippy::needless_range_loop)] // k indexes several parallel arrays.
    fn tag_doc_with(&self, d: &DocFeats, words: &mut FnvMap<u64, [i32; N_CLASSES]>) -> Vec<Tag> {
        let mut tags = vec![Tag::O; d.len()];
        let mut hist: FnvMap<u64, u8> = FnvMap::default();
        let mut feats = Vec::with_capacity(64);
        let mut scores = [0i32; N_CLASSES];
        let mut rows = [0; PREFETCH_ROWS];
        for &(a, b) in &d.sents {
            let (mut p1, mut p2) = (0usize, 0usize);
            for k in a..b {
                let c = if d.trivially_o(k, p1) {
                    0
                } else {
                    let form = d.form_feature(k);
                    let key = d.cache_key(k, form);
                    let word = match words.get(&key) {
                        Some(w) => *w,
                        None => {
                            feats.clear();
                            d.word_features(k, form, &mut feats);
                            self.score(&feats, &mut rows, &mut scores);
                            words.insert(key, scores);
                            scores
                        }
                    };
                    let hk = hist.get(&d.lh[k]).copied().unwrap_or(0);
                    feats.clear();
                    d.context_features(k, a, b, p1, p2, hk, &mut feats);
                    self.score(&feats, &mut rows, &mut scores);
                    for (s, w) in scores.iter_mut().zip(word) {
                        *s += w;
                    }
                    best_valid(&scores, p1)
                };
                if c != 0 && d.flags[k] & F_ALPHA != 0 {
                    hist.insert(d.lh[k], c as u8);
                }
                tags[k] = Tag::from_class(c);
                p2 = p1;
                p1 = c;
            }
        }
        tags
    }
}

/// The best class allowed after `prev`: I-X only continues B-X or I-X.
fn best_valid<T: PartialOrd + Copy>(scores: &[T; N_CLASSES], prev: usize) -> usize {
    let prev_type = if prev == 0 { None } else { Some((prev - 1) % 4) };
    let mut best = 0;
    for c in 1..N_CLASSES {
        if c >= 5 && prev_type != Some(c - 5) {
            continue;
        }
        if scores[c] > scores[best] {
            best = c;
        }
    }
    best
}

/// One training document: sentences of (word, gold tag).
pub struct TrainDoc {
    pub words: Vec<String>,
    pub tags: Vec<Tag>,
    pub sents: Vec<(usize, usize)>,
}

/// Trains averaged perceptrons over `docs` for `epochs` passes with `1 << bits` hashed feature
/// rows, one per shuffle seed (`seeds` of them, deterministic), averages them (parameter mixing
/// evens out the order-dependence of a single perceptron) and quantises to 16 bits.
pub fn train(docs: &[TrainDoc], epochs: usize, bits: u32, seeds: usize, mut log: impl FnMut(&str)) -> Model {
    let buckets = 1usize << bits;
    let n = buckets * N_CLASSES;
    let word_refs: Vec<Vec<&str>> = docs.iter().map(|d| d.words.iter().map(String::as_str).collect()).collect();
    let feats_docs: Vec<DocFeats> =
        docs.iter().zip(&word_refs).map(|(d, ws)| DocFeats::new(ws, d.sents.clone())).collect();
    let mut sum = vec![0f32; n];
    let seeds = seeds.max(1);
    for seed in 0..seeds {
        let avg = train_one(docs, &feats_docs, epochs, bits, seed as u64, &mut log);
        for (s, a) in sum.iter_mut().zip(avg) {
            *s += a / seeds as f32;
        }
    }
    let max = sum.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-9);
    let scale = 32000.0 / max;
    let weights: Vec<i16> = sum.iter().map(|x| (x * scale).round() as i16).collect();
    Model::from_dense(&weights)
}

#[allow(clippy::needless_range_loop)] // k indexes several parallel arrays.
fn train_one(
    docs: &[TrainDoc],
    feats_docs: &[DocFeats],
    epochs: usize,
    bits: u32,
    seed: u64,
    log: &mut impl FnMut(&str),
) -> Vec<f32> {
    let buckets = 1usize << bits;
    let mask = buckets as u64 - 1;
    let n = buckets * N_CLASSES;
    let mut w = vec![0f32; n];
    let mut acc = vec![0f64; n];
    let mut stamp = vec![0u32; n];
    let mut t: u32 = 0;
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng: u64 = 0x2545_f491_4f6c_dd1d ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut feats = Vec::with_capacity(64);
    for ep in 0..epochs {
        // Fisher-Yates with a fixed xorshift: same order every run.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let (mut errs, mut total) = (0usize, 0usize);
        for &di in &order {
            let d = &feats_docs[di];
            let gold = &docs[di].tags;
            let mut hist: FnvMap<u64, u8> = FnvMap::default();
            for &(a, b) in &d.sents {
                let (mut p1, mut p2) = (0usize, 0usize);
                for k in a..b {
                    let g = gold[k].class();
                    total += 1;
                    let c = if d.trivially_o(k, p1) {
                        0
                    } else {
                        t += 1;
                        let hk = hist.get(&d.lh[k]).copied().unwrap_or(0);
                        d.features(k, a, b, p1, p2, hk, &mut feats);
                        let mut scores = [0f32; N_CLASSES];
                        for &f in &feats {
                            let row = ((f & mask) as usize) * N_CLASSES;
                            for (s, x) in scores.iter_mut().zip(&w[row..row + N_CLASSES]) {
                                *s += x;
                            }
                        }
                        let c = best_valid(&scores, p1);
                        if c != g {
                            for &f in &feats {
                                let row = ((f & mask) as usize) * N_CLASSES;
                                for (cls, delta) in [(g, 1f32), (c, -1f32)] {
                                    let i = row + cls;
                                    acc[i] += (t - stamp[i]) as f64 * w[i] as f64;
                                    stamp[i] = t;
                                    w[i] += delta;
                                }
                            }
                        }
                        c
                    };
                    if c != g {
                        errs += 1;
                    }
                    if c != 0 && d.flags[k] & F_ALPHA != 0 {
                        hist.insert(d.lh[k], c as u8);
                    }
                    p2 = p1;
                    p1 = c;
                }
            }
        }
        log(&format!("epoch {} token error rate {:.4}", ep + 1, errs as f64 / total.max(1) as f64));
    }
    let t = t.max(1);
    (0..n).map(|i| ((acc[i] + (t - stamp[i]) as f64 * w[i] as f64) / t as f64) as f32).collect()
}

/// Builds the document features for pre-tokenised sentences.
pub(crate) fn doc_from_sentences<'a>(sentences: &[Vec<&'a str>]) -> (Vec<&'a str>, Vec<(usize, usize)>) {
    let mut words = Vec::new();
    let mut sents = Vec::with_capacity(sentences.len());
    for s in sentences {
        let a = words.len();
        words.extend_from_slice(s);
        sents.push((a, words.len()));
    }
    (words, sents)
}

pub(crate) fn doc_feats<'a>(words: &'a [&'a str], sents: Vec<(usize, usize)>) -> DocFeats<'a> {
    DocFeats::new(words, sents)
}

impl Model {
    /// Tags raw-text tokens (`words`) split into sentences (`sents`, token ranges).
    pub(crate) fn tag_words(&self, words: &[&str], sents: Vec<(usize, usize)>) -> Vec<Tag> {
        self.tag_doc(&DocFeats::new(words, sents))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_paths_match_the_general_ones() {
        let words = [
            "",
            "Baghdad",
            "al-Kadhimi",
            "U.S.",
            "ISIS",
            "2,500",
            "F-16s",
            "McKenzie",
            "said",
            "`94",
            "'s",
            "--",
            "COVID-19",
            "x",
            "A",
            "$1.5bn",
            "e-mail",
            "Mr.",
            "9/11",
            "pro-Iranian",
            "AbC123dEf-gh.ij",
            "Baghdads",
            "ABCDEFGHIJKLMNOP",
            "counter-insurgency`s",
        ];
        for w in words {
            let mut fast = b"x".to_vec();
            let (s, f, h) = ascii_word(w.as_bytes(), &mut fast).unwrap();
            let slow: String = w.chars().flat_map(|c| norm_char(c).to_lowercase()).collect();
            assert_eq!(fast, format!("x{slow}").as_bytes(), "{w}");
            assert_eq!((s, f), shape_flags_chars(w), "{w}");
            assert_eq!(h, word_key(slow.as_bytes()), "{w}");
        }
        // Every ASCII byte in every position of words up to twenty bytes (a fixed pseudo-random
        // sample; case changes, digits and punctuation on both sides of the 8-byte step).
        let mut seed = 0x9e37_79b9_u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let len = (seed >> 59) as usize % 21;
            let w: String = (0..len)
                .map(|i| {
                    let r = seed.rotate_left(7 * i as u32 + 3);
                    // Mostly letters, so runs are long enough to cross a chunk.
                    match r % 4 {
                        0 => (b'a' + (r >> 8) as u8 % 26) as char,
                        1 => (b'A' + (r >> 8) as u8 % 26) as char,
                        _ => ((r >> 16) as u8 % 128) as char,
                    }
                })
                .collect();
            let mut fast = Vec::new();
            let (s, f, h) = ascii_word(w.as_bytes(), &mut fast).unwrap();
            let mut slow = Vec::new();
            normalise_lower_into(&w, &mut slow);
            assert_eq!(fast, slow, "{w:?}");
            assert_eq!((s, f), shape_flags_chars(&w), "{w:?}");
            assert_eq!(h, word_key(&slow), "{w:?}");
        }
        let mut out = b"x".to_vec();
        assert_eq!(ascii_word("Bagdād".as_bytes(), &mut out), None);
        assert_eq!(out, b"x");
        let mut out = Vec::new();
        normalise_lower_into("Ölçer’s 3", &mut out);
        assert_eq!(out, "ölçer's 0".as_bytes());
    }

    #[test]
    fn general_punctuation_is_no_letter_digit_or_hyphen() {
        for c in GENERAL_PUNCTUATION {
            assert!(!(c.is_lowercase() || c.is_uppercase() || c.is_numeric() || c.is_alphabetic()), "{c:?}");
        }
    }

    #[test]
    fn model_bytes_round_trip_and_reject_garbage() {
        let mut weights = vec![0i16; 4 * N_CLASSES];
        weights[3] = -7;
        weights[N_CLASSES * 2 + 8] = 300;
        let m = Model::from_dense(&weights);
        assert_eq!(m.row(2).map(|r| r[8]), Some(300));
        assert_eq!(m.row(1), None);
        assert_eq!(m.row(4).map(|r| r[3]), Some(-7));
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).map(|m| m.weights.concat());
        assert_eq!(back, Some(weights));
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_none());
        assert!(Model::from_bytes(b"DOSNER02").is_none());
        assert!(Model::from_bytes(&[]).is_none());
    }

    #[test]
    fn tags_do_not_depend_on_what_the_thread_tagged_before() {
        let tag = |m: &Model, words: &[&str]| m.tag_doc(&DocFeats::new(words, vec![(0, words.len())]));
        let a: &[&str] = &["Iraqi", "Prime", "Minister", "Mustafa", "al-Kadhimi", "met", "Gen.", "McKenzie", "."];
        let b: &[&str] = &["McKenzie", "said", "Mustafa", "Kadhimi", "visited", "Baghdad", "on", "Monday", "."];
        let Some(m) = crate::model() else { panic!("the shipped model decodes") };
        // A second model that scores every feature for class 1.
        let toy_weights: Vec<i16> = (0..1024 * N_CLASSES).map(|i| i16::from(i % N_CLASSES == 1)).collect();
        // A fresh thread starts with an empty cache.
        let fresh = |words: &'static [&'static str], toy: bool| {
            let w = toy_weights.clone();
            std::thread::spawn(move || {
                if toy { Some(tag(&Model::from_dense(&w), words)) } else { crate::model().map(|m| tag(m, words)) }
            })
            .join()
            .ok()
            .flatten()
        };
        let (fa, fb, toy_a) = (fresh(a, false), fresh(b, false), fresh(a, true));
        // Here: b after a, a after b, and each model after the other used the cache.
        let (ta, tb, ta2) = (tag(m, a), tag(m, b), tag(m, a));
        let toy = Model::from_dense(&toy_weights);
        assert_eq!(Some(tag(&toy, a)), toy_a);
        assert_ne!(toy_a, fa, "the toy model tags otherwise");
        assert_eq!(Some(ta.clone()), fa);
        assert_eq!(Some(tb.clone()), fb);
        assert_eq!(ta, ta2);
        assert_eq!(tag(m, a), ta);
        assert_eq!(tag(m, b), tb);
        assert!(ta.iter().any(|t| *t != Tag::O), "the shipped model finds the names: {ta:?}");
    }

    #[test]
    fn words_with_one_cache_key_have_the_same_word_features() {
        // Variants that normalise alike but differ in shape or flags, and plain ones.
        let words = [
            "’s",
            "'s",
            "`s",
            "2020",
            "1999",
            "20-20",
            "al-Araji",
            "al‐Araji",
            "al—Araji",
            "U.S.",
            "U.S",
            "“ISIS”",
            "\"ISIS\"",
            "McKenzie",
            "Mckenzie",
            "MCKENZIE",
            "said",
            "Said",
            "é",
            "É",
            "Ü",
            "ü",
            "-",
            "—",
            "",
        ];
        let d = DocFeats::new(&words, vec![(0, words.len())]);
        let feats = |k: usize| {
            let mut v = Vec::new();
            d.word_features(k, d.form_feature(k), &mut v);
            v
        };
        for i in 0..words.len() {
            for j in 0..words.len() {
                if d.cache_key(i, d.form_feature(i)) == d.cache_key(j, d.form_feature(j)) {
                    assert_eq!(feats(i), feats(j), "{:?} and {:?} share a key", words[i], words[j]);
                }
            }
        }
    }
}
