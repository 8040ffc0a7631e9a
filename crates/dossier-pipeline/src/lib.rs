//! Runs the stages in order for a batch of inputs: read → clean → dedup → extract → store → link.
//!
//! This crate is where per-record failure handling lives: a record that cannot be read or cleaned
//! is counted and reported with its location, and the rest of the batch goes on. Articles are
//! written in transactions of `batch_size`, so a crash loses at most the batch in flight and never
//! leaves half an article behind.

use dossier_clean::clean;
use dossier_core::Article;
use dossier_dedup::Deduper;
use dossier_store::{NewArticle, Store, StoreError};
use std::collections::HashSet;
use std::path::PathBuf;

pub use dossier_ingest::{ReadError, ReadOptions};
pub use link::{LinkError, LinkInput, LinkSummary, Linker, link};

mod link;

/// How to ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub read: ReadOptions,
    /// Jaccard estimate above which an article is a near-duplicate of an earlier one.
    pub near_threshold: f64,
    /// Articles per transaction.
    pub batch_size: usize,
    /// Run the extractors. Off only to measure the foundation alone (`dossier bench`).
    pub extract: bool,
    /// Link the new articles (entities across articles, stories) once they are stored.
    pub link: bool,
    /// Articles linked since the linkers' state was last saved whole that may wait in the link
    /// journal ([`link::JOURNAL_LIMIT`]; 0 saves the state with every batch).
    pub link_journal: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            read: ReadOptions::default(),
            near_threshold: dossier_dedup::DEFAULT_THRESHOLD,
            batch_size: 1000,
            extract: true,
            link: true,
            link_journal: link::JOURNAL_LIMIT,
        }
    }
}

/// What an ingest did; also the progress report while it runs.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct IngestSummary {
    /// Articles read from the inputs (including those already stored).
    pub read: usize,
    /// Articles newly stored.
    pub added: usize,
    /// Articles skipped because the database already had them (same content-derived id).
    pub unchanged: usize,
    /// Newly stored articles that are exact copies of an earlier one.
    pub exact_duplicates: usize,
    /// Newly stored articles that are near-copies (syndicated, lightly edited) of an earlier one.
    pub near_duplicates: usize,
    /// Bytes of cleaned text newly stored.
    pub bytes: usize,
    /// One line per failed file or record: `location: reason`.
    pub errors: Vec<String>,
    /// What the link stage did, when it ran.
    pub linked: Option<LinkSummary>,
}

impl IngestSummary {
    pub fn failed(&self) -> usize {
        self.errors.len()
    }
}

/// A cleaned article that passed the sanity checks, or why not.
pub fn prepare(raw: dossier_core::RawArticle) -> Result<Article, String> {
    let source = raw.source.clone();
    let article = clean(raw);
    if article.text.trim().is_empty() {
        return Err(format!("{source}: no text left after cleaning"));
    }
    Ok(article)
}

/// Reads `inputs`, runs every stage and stores the results in `store`.
///
/// `progress` is called after every article (cheap; the caller throttles drawing). A failure of
/// the database itself aborts the run (the batch in flight is rolled back); a failure of one
/// input only adds a line to `errors`.
pub fn ingest(
    store: &mut Store,
    inputs: &[PathBuf],
    opts: &IngestOptions,
    progress: &mut dyn FnMut(&IngestSummary),
) -> Result<IngestSummary, StoreError> {
    run(store, opts, progress, &mut |sink| {
        dossier_ingest::read_inputs(inputs, &opts.read, sink);
    })
}

/// Like [`ingest`], for one in-memory document (an HTTP upload, say): its format is sniffed
/// from the content; `name` labels its errors.
pub fn ingest_bytes(
    store: &mut Store,
    name: &str,
    bytes: &[u8],
    opts: &IngestOptions,
) -> Result<IngestSummary, StoreError> {
    run(store, opts, &mut |_| {}, &mut |sink| dossier_ingest::read_stream(name, bytes, &opts.read, sink))
}

/// The stages after reading, fed by `read`, which hands every article or error to its sink.
fn run(
    store: &mut Store,
    opts: &IngestOptions,
    progress: &mut dyn FnMut(&IngestSummary),
    read: &mut dyn FnMut(&mut dossier_ingest::Sink<'_>),
) -> Result<IngestSummary, StoreError> {
    // The linkers' state, loaded once: each batch is linked in memory just before it is stored.
    let mut linker = if opts.link && opts.extract {
        match link::Linker::load_with(store, opts.link_journal) {
            Ok(l) => Some(l),
            Err(LinkError::Store(e)) => return Err(e),
            Err(e) => {
                let mut s = IngestSummary::default();
                s.errors.push(e.to_string());
                return Ok(s);
            }
        }
    } else {
        None
    };
    let mut dedup = Deduper::new(opts.near_threshold);
    for (id, key, sig) in store.dedup_keys()? {
        dedup.seed(&id, key, &sig);
    }
    let mut summary = IngestSummary::default();
    let mut batch: Vec<NewArticle> = Vec::with_capacity(opts.batch_size);
    // Ids in the current batch, so the same article twice in one run is stored once.
    let mut pending: HashSet<String> = HashSet::new();
    let mut fatal: Option<StoreError> = None;
    read(&mut |item| {
        if fatal.is_some() {
            return;
        }
        summary.read += 1;
        let raw = match item {
            Ok(raw) => raw,
            Err(e) => {
                summary.read -= 1;
                summary.errors.push(e.to_string());
                progress(&summary);
                return;
            }
        };
        let article = match prepare(raw) {
            Ok(a) => a,
            Err(e) => {
                summary.errors.push(e);
                progress(&summary);
                return;
            }
        };
        match store.contains(&article.id) {
            Ok(true) => {
                summary.unchanged += 1;
                progress(&summary);
                return;
            }
            Ok(false) => {}
            Err(e) => {
                fatal = Some(e);
                return;
            }
        }
        if !pending.insert(article.id.clone()) {
            summary.unchanged += 1;
            progress(&summary);
            return;
        }
        let verdict = dedup.insert(&article.id, &article.text);
        match &verdict.duplicate_of {
            Some((_, s)) if *s >= 1.0 => summary.exact_duplicates += 1,
            Some(_) => summary.near_duplicates += 1,
            None => {}
        }
        let extraction = if opts.extract { dossier_extract::extract(&article) } else { Default::default() };
        summary.bytes += article.text.len();
        batch.push(NewArticle {
            article,
            duplicate_of: verdict.duplicate_of,
            exact_key: verdict.exact_key,
            signature: verdict.signature,
            extraction,
            links: Default::default(),
        });
        if batch.len() >= opts.batch_size {
            let links = linker.as_mut().map(|l| l.link_batch(&mut batch));
            match store.insert_batch_linked(&batch, links.as_ref()) {
                Ok(ids) => summary.added += ids.len(),
                Err(e) => fatal = Some(e),
            }
            batch.clear();
            pending.clear();
        }
        progress(&summary);
    });
    if let Some(e) = fatal {
        return Err(e);
    }
    if !batch.is_empty() {
        let links = linker.as_mut().map(|l| l.link_batch(&mut batch));
        summary.added += store.insert_batch_linked(&batch, links.as_ref())?.len();
    }
    progress(&summary);
    if summary.added >= opts.batch_size {
        // A large write leaves a large log behind: fold it into the file now, not on the next
        // small ingest's reads.
        store.checkpoint()?;
    }
    if let Some(l) = linker {
        // Articles stored earlier without links (an older database) are linked now too.
        let mut total = l.summary().clone();
        drop(l);
        match link::link(store, &mut |_| {}) {
            Ok(more) => {
                total.articles += more.articles;
                total.entities += more.entities;
                total.stories += more.stories;
                summary.linked = Some(total);
            }
            Err(LinkError::Store(e)) => return Err(e),
            Err(e) => summary.errors.push(e.to_string()),
        }
    }
    Ok(summary)
}
