//! `dossier eval TASK PATH`: readers for public datasets in their original formats and the
//! scorers of the eval contract (`shared/contract/eval.md`). Each task is one module that reads
//! its dataset, runs the matching extractor and returns an [`dossier_core::eval::EvalReport`].
//! This crate does file I/O; the extractors it calls stay pure.
pub mod timeml;

pub mod quantities;

pub mod conll;

pub mod polnear;

pub mod stories;

pub mod extraction;

pub mod basil;
