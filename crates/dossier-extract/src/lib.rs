//! The extract stage: every per-article extractor over one cleaned article.
//!
//! Order matters and is fixed here: entities first (quotes use them to name speakers), times
//! before figures (a figure holds for the time stated in its clause). Everything is a pure
//! function of the article's cleaned text and publication date, so the stage can run anywhere
//! (ingest, `annotate`, the server) and in parallel per article.

use chrono::NaiveDate;
use dossier_core::{Article, Extraction};

/// Runs all extractors over `text`, resolving times against `published`.
pub fn extract_text(text: &str, published: Option<NaiveDate>) -> Extraction {
    let entities = dossier_entities::extract_entities(text);
    let quotes = dossier_quotes::extract_quotes(text, &entities);
    let times = dossier_time::extract_times(text, published);
    let figures = dossier_figures::extract_figures(text, published, &times);
    Extraction { entities, quotes, times, figures }
}

/// [`extract_text`] over a cleaned article.
pub fn extract(article: &Article) -> Extraction {
    extract_text(&article.text, article.published)
}

/// Which extractors to time separately in `dossier bench`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Entities,
    Quotes,
    Times,
    Figures,
}

/// Runs one stage alone (its inputs computed first, outside the caller's timing if it wishes):
/// the benchmark's way to attribute cost per extractor.
pub fn run_stage(stage: Stage, text: &str, published: Option<NaiveDate>, prior: &Extraction) -> usize {
    match stage {
        Stage::Entities => dossier_entities::extract_entities(text).len(),
        Stage::Quotes => dossier_quotes::extract_quotes(text, &prior.entities).len(),
        Stage::Times => dossier_time::extract_times(text, published).len(),
        Stage::Figures => dossier_figures::extract_figures(text, published, &prior.times).len(),
    }
}
