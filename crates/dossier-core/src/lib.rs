//! The data model every stage of dossier speaks.
//!
//! The pipeline is one-way: ingest → clean → extract → link → store → query. Each stage takes and
//! returns the types defined here, so stages can be tested, benchmarked and replaced alone. This
//! crate has no I/O and no heavy dependencies on purpose: every other crate depends on it.
//!
//! **Offsets.** Inside the pipeline every span is a half-open *byte* range into the article's
//! cleaned text (cheap to slice in Rust). The public interfaces (export, annotate, HTTP) count
//! Unicode code points instead; convert at that boundary with [`CharOffsets`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub mod eval;
pub mod hash;
pub mod lexicon;
mod words;
pub use words::{GENERAL_PUNCTUATION, Words, ascii_alnum_end, words};
mod offsets;

pub use offsets::CharOffsets;

/// One news article as a reader produced it: metadata plus body text, not yet cleaned.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RawArticle {
    /// Where it came from: a file path, `path#record`, or a URL.
    pub source: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    /// Language code (ISO 639-1) if the input declared one.
    pub language: Option<String>,
    pub author: Option<String>,
    /// Body text, paragraphs separated by blank lines. No markup.
    pub text: String,
}

/// A cleaned article: the reference every fact's offsets point into.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Content-derived id (`a-` + hex), stable across runs for the same input.
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub language: Option<String>,
    pub author: Option<String>,
    /// The cleaned body. Every offset elsewhere indexes into this string.
    pub text: String,
    /// Lines the cleaner removed, in order, each with the reason.
    pub removed: Vec<Removed>,
}

/// A line taken out of the body by the cleaner, kept for audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub line: String,
    /// Short machine-readable reason: `caption`, `credit`, `chrome`, `foreign-language`, …
    pub reason: String,
}

/// A half-open byte range into an article's cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The covered text; empty if the span does not fit `text` (never panics on bad offsets).
    /// Inlined across crates: tokenizers and extractors call it several times per token.
    #[inline]
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What kind of thing an entity mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    /// Nationalities, religious and political groups ("Iraqi", "pro-Iranian factions").
    Group,
    Other,
}

impl EntityKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "person" => EntityKind::Person,
            "organization" => EntityKind::Organization,
            "place" => EntityKind::Place,
            "group" => EntityKind::Group,
            "other" => EntityKind::Other,
            _ => return None,
        })
    }
}

/// One mention of an entity in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    pub span: Span,
    pub kind: EntityKind,
    /// The fullest name this article gives the referent ("McKenzie" → "Kenneth F. McKenzie").
    pub name: String,
    /// Title or role attached to this mention ("Iraqi Prime Minister"), if any.
    pub role: Option<String>,
}

/// A statement attributed to a source: a direct quote or reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The content: for direct quotes the words inside the marks, without the marks.
    pub span: Span,
    /// True for words inside quotation marks, false for reported speech.
    pub direct: bool,
    /// The fullest name the article gives the speaker, or null when nobody is named.
    pub speaker_name: Option<String>,
    /// Where the speaker is mentioned for this quote (may be a pronoun or role noun).
    pub speaker_span: Option<Span>,
    /// The cue verb or phrase ("said", "according to").
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
}

/// TimeML TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "DATE" => TimexType::Date,
            "TIME" => TimexType::Time,
            "DURATION" => TimexType::Duration,
            "SET" => TimexType::Set,
            _ => return None,
        })
    }
}

/// A time expression with its resolved TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    pub kind: TimexType,
    /// TIMEX3 `value` ("2021-12-09", "2021-W49", "P7Y", "PAST_REF"); None when it cannot be
    /// anchored (a relative expression with no publication date).
    pub value: Option<String>,
}

/// A number with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub span: Span,
    /// The number itself, scaled ("$347 million" → 347000000).
    pub value: f64,
    /// ISO 4217 code for money, "percent", or a measure ("km", "kg"); None for plain counts.
    pub unit: Option<String>,
    /// What is counted ("US troops", "bases", "people killed").
    pub counts: Option<String>,
    /// Hedge as written, normalised: about, more than, less than, at least, up to, nearly, some.
    pub qualifier: Option<String>,
    /// When the figure holds: a TIMEX3 value from the same clause, else the publication date.
    pub date: Option<String>,
}

/// Everything the per-article extractors found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub entities: Vec<EntityMention>,
    pub quotes: Vec<Quote>,
    pub times: Vec<TimeExpr>,
    pub figures: Vec<Figure>,
}

/// A stable 64-bit FNV-1a hash: ids derived from content must not change between Rust versions
/// or runs (std's `DefaultHasher` promises neither).
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            // A separator byte that cannot occur in UTF-8, so ("ab","c") != ("a","bc").
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// `prefix-` + 16 hex digits of [`stable_hash`]: the form of every public id (`a-…`, `q-…`).
pub fn stable_id(prefix: &str, parts: &[&str]) -> String {
    format!("{prefix}-{:016x}", stable_hash(parts))
}

impl Article {
    /// The content-derived id of an article: its URL, outlet, title and cleaned text, but not the
    /// path it was read from, so the same article ingested from another folder keeps its id.
    pub fn derive_id(url: Option<&str>, outlet: Option<&str>, title: Option<&str>, text: &str) -> String {
        stable_id("a", &[url.unwrap_or(""), outlet.unwrap_or(""), title.unwrap_or(""), text])
    }
}
