//! The cross-article layer of dossier: pure functions over the per-article extractors' output
//! that merge entities across spellings, group articles into stories and compare what sources
//! say over time. No I/O; every result carries the reasons it was reached.
//!
//! Entities and stories are incremental: [`EntityIndex`] and [`StoryIndex`] take new articles
//! as they arrive and persist as one blob each (`to_bytes` / `from_bytes`).

pub mod alias;
pub mod entities;
pub mod names;

pub use entities::{Entity, EntityIndex, EntityInfo, MentionRef, find_entity, link_entities};
pub mod stories;
mod text;

pub use stories::{ArticleFeatures, Stories, StoriesIter, Story, StoryId, StoryIndex, StoryParams, StorySummary};
pub mod conflicts;
pub mod series;

pub use conflicts::{Claim, Conflict, ConflictKind, find_conflicts};
pub use series::{FigureRef, Series, SeriesPoint, Step, figure_series};
pub mod statements;

pub use statements::{Statement, StatementRef, group_statements};
