//! Row shapes read back from the database. Field names follow the export contract
//! (`shared/contract/export.md`); offsets are code points into the article's cleaned text.

use crate::parse_removed;
use chrono::NaiveDate;
use dossier_core::Removed;
use rusqlite::Row;
use serde::Serialize;

/// Filters for `dossier articles`.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    pub outlet: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub language: Option<String>,
    pub story: Option<String>,
    pub include_duplicates: bool,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// An article's metadata, for listings.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub author: Option<String>,
    pub duplicate_of: Option<String>,
    pub similarity: Option<f64>,
    pub story: Option<String>,
    /// Length of the cleaned text in bytes.
    pub bytes: i64,
}

impl ArticleRow {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(ArticleRow {
            id: r.get(0)?,
            source: r.get(1)?,
            url: r.get(2)?,
            outlet: r.get(3)?,
            title: r.get(4)?,
            published: r.get(5)?,
            language: r.get(6)?,
            author: r.get(7)?,
            duplicate_of: r.get(8)?,
            similarity: r.get(9)?,
            story: r.get(10)?,
            bytes: r.get(11)?,
        })
    }
}

/// A whole article as the export contract gives it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRecord {
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub author: Option<String>,
    pub text: String,
    /// The removed lines, as the contract lists them.
    pub removed: Vec<String>,
    /// The same lines with the reason each was removed.
    pub removed_reasons: Vec<Removed>,
    pub duplicate_of: Option<String>,
    pub similarity: Option<f64>,
    pub story: Option<String>,
}

impl ArticleRecord {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let removed_reasons = parse_removed(&r.get::<_, String>(12)?);
        Ok(ArticleRecord {
            id: r.get(0)?,
            source: r.get(1)?,
            url: r.get(2)?,
            outlet: r.get(3)?,
            title: r.get(4)?,
            published: r.get(5)?,
            language: r.get(6)?,
            author: r.get(7)?,
            duplicate_of: r.get(8)?,
            similarity: r.get(9)?,
            story: r.get(10)?,
            text: r.get(11)?,
            removed: removed_reasons.iter().map(|x| x.line.clone()).collect(),
            removed_reasons,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// Higher is better (negated bm25).
    pub score: f64,
    /// Matched terms are wrapped in \u{2} … \u{3}; the caller renders them.
    pub snippet: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub articles: i64,
    pub duplicates: i64,
    pub outlets_total: i64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub words: i64,
    pub removed_lines: i64,
    pub mentions: i64,
    pub quotes: i64,
    pub figures: i64,
    pub times: i64,
    pub outlets: Vec<(String, i64)>,
    pub languages: Vec<(String, i64)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MentionRecord {
    pub article: String,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub kind: String,
    pub name: String,
    pub role: Option<String>,
    pub entity: Option<String>,
}

impl MentionRecord {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(MentionRecord {
            article: r.get(0)?,
            start: r.get(1)?,
            end: r.get(2)?,
            text: r.get(3)?,
            kind: r.get(4)?,
            name: r.get(5)?,
            role: r.get(6)?,
            entity: r.get(7)?,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteRecord {
    pub id: String,
    pub article: String,
    pub text: String,
    pub direct: bool,
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub speaker_start: Option<i64>,
    pub speaker_end: Option<i64>,
    pub cue: Option<String>,
    pub start: i64,
    pub end: i64,
}

impl QuoteRecord {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(QuoteRecord {
            id: r.get(0)?,
            article: r.get(1)?,
            start: r.get(2)?,
            end: r.get(3)?,
            text: r.get(4)?,
            direct: r.get(5)?,
            speaker_name: r.get(6)?,
            speaker_start: r.get(7)?,
            speaker_end: r.get(8)?,
            cue: r.get(9)?,
            speaker: r.get(10)?,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TimeRecord {
    pub id: String,
    pub article: String,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: Option<String>,
    pub start: i64,
    pub end: i64,
}

impl TimeRecord {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(TimeRecord {
            id: r.get(0)?,
            article: r.get(1)?,
            start: r.get(2)?,
            end: r.get(3)?,
            text: r.get(4)?,
            kind: r.get(5)?,
            value: r.get(6)?,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureRecord {
    pub id: String,
    pub article: String,
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
    pub counts: Option<String>,
    pub qualifier: Option<String>,
    pub date: Option<String>,
    pub start: i64,
    pub end: i64,
}

impl FigureRecord {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(FigureRecord {
            id: r.get(0)?,
            article: r.get(1)?,
            start: r.get(2)?,
            end: r.get(3)?,
            text: r.get(4)?,
            value: r.get(5)?,
            unit: r.get(6)?,
            counts: r.get(7)?,
            qualifier: r.get(8)?,
            date: r.get(9)?,
        })
    }
}
