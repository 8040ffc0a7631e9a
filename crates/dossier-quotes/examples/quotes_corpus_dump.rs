//! Study aid: every quote of every article of a JSONL.gz corpus (text in `content_original`),
//! found with the entities as in the pipeline, one line each (`LINE_INDEX Quote {…}`). Run it
//! before and after a change and diff the two files to read exactly which quotes and speaker
//! names moved.
//! `cargo run --release -p dossier-quotes --example quotes_corpus_dump -- ../shared/corpus/allsides-5k.jsonl.gz > before.txt`
use std::io::Write;

#[path = "common/corpus.rs"]
mod corpus;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus/allsides-5k.jsonl.gz".into());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, text) in corpus::texts(&path) {
        let entities = dossier_entities::extract_entities(&text);
        for q in dossier_quotes::extract_quotes(&text, &entities) {
            if writeln!(out, "{i} {q:?}").is_err() {
                return;
            }
        }
    }
}
