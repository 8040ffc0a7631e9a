//! Per-file metadata from a manifest (JSONL or CSV with a `file` column), which overrides what
//! the files themselves say: a curator's metadata beats a scraper's guess.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Component, Path, PathBuf};

use chrono::NaiveDate;
use dossier_core::RawArticle;
use serde_json::{Map, Value};

use crate::{Location, ReadError, Sink, json};

/// Metadata that overrides a reader's own; `None` fields leave the article's value alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub language: Option<String>,
    pub author: Option<String>,
}

impl Meta {
    /// Overrides the article's fields with every field this metadata has.
    pub fn apply(&self, a: &mut RawArticle) {
        let set = |dst: &mut Option<String>, src: &Option<String>| {
            if src.is_some() {
                dst.clone_from(src);
            }
        };
        set(&mut a.url, &self.url);
        set(&mut a.outlet, &self.outlet);
        set(&mut a.title, &self.title);
        set(&mut a.language, &self.language);
        set(&mut a.author, &self.author);
        if self.published.is_some() {
            a.published = self.published;
        }
    }

    fn from_object(o: &Map<String, Value>) -> Meta {
        let m = json::metadata(o);
        Meta {
            url: m.url,
            outlet: m.outlet,
            title: m.title,
            published: m.published,
            language: m.language,
            author: m.author,
        }
    }
}

pub(crate) fn is_manifest_name(name: &str) -> bool {
    matches!(name, "manifest.jsonl" | "manifest.csv" | "manifest.json")
}

/// Files that document a folder rather than belong to it (`README.md`, `LICENSE`): a corpus
/// directory often carries them and they are never articles.
pub(crate) fn is_folder_doc(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").to_ascii_uppercase();
    matches!(stem.as_str(), "README" | "LICENSE" | "LICENCE" | "COPYING" | "CHANGELOG")
}

/// A `manifest.jsonl` or `manifest.csv` in `dir`, if there is one.
pub(crate) fn find_beside(dir: &Path) -> Option<PathBuf> {
    ["manifest.jsonl", "manifest.json", "manifest.csv"].iter().map(|n| dir.join(n)).find(|p| p.is_file())
}

pub(crate) struct Manifest {
    /// By the entry's path (the manifest's directory joined with `file`), canonical if it exists.
    by_path: HashMap<PathBuf, Meta>,
    /// By bare file name, for files given from elsewhere than the manifest's directory.
    by_name: HashMap<String, Option<Meta>>,
}

impl Manifest {
    /// Loads a manifest; a bad line is reported to `sink` and skipped, an unreadable file is the
    /// returned error.
    pub(crate) fn load(path: &Path, sink: &mut Sink<'_>) -> Result<Manifest, ReadError> {
        let name = path.to_string_lossy().into_owned();
        let f =
            std::fs::File::open(path).map_err(|e| ReadError::new(&name, None, format!("cannot open manifest: {e}")))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut m = Manifest { by_path: HashMap::new(), by_name: HashMap::new() };
        let is_csv = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if is_csv {
            let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(f);
            let headers = rdr
                .headers()
                .map_err(|e| ReadError::new(&name, Some(Location::Line(1)), format!("invalid CSV header: {e}")))?
                .clone();
            for (i, rec) in rdr.records().enumerate() {
                let line = i as u64 + 2;
                match rec {
                    Ok(r) => {
                        let mut o = Map::new();
                        for (h, v) in headers.iter().zip(r.iter()) {
                            if !v.trim().is_empty() {
                                o.insert(h.trim().to_ascii_lowercase(), Value::String(v.to_string()));
                            }
                        }
                        m.add(dir, &o, &name, line, sink);
                    }
                    Err(e) => sink(Err(ReadError::new(&name, Some(Location::Line(line)), format!("invalid CSV: {e}")))),
                }
            }
        } else {
            for (i, line) in BufReader::new(f).lines().enumerate() {
                let n = i as u64 + 1;
                let line = match line {
                    Ok(l) => l,
                    Err(e) => {
                        sink(Err(ReadError::new(&name, Some(Location::Line(n)), format!("read error: {e}"))));
                        break;
                    }
                };
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Value>(&line) {
                    Ok(Value::Object(o)) => m.add(dir, &o, &name, n, sink),
                    Ok(_) => {
                        sink(Err(ReadError::new(&name, Some(Location::Line(n)), "manifest line is not a JSON object")))
                    }
                    Err(e) => sink(Err(ReadError::new(&name, Some(Location::Line(n)), format!("invalid JSON: {e}")))),
                }
            }
        }
        Ok(m)
    }

    fn add(&mut self, dir: &Path, o: &Map<String, Value>, name: &str, line: u64, sink: &mut Sink<'_>) {
        let Some(file) = ["file", "path", "filename"].iter().find_map(|k| o.get(*k).and_then(Value::as_str)) else {
            sink(Err(ReadError::new(name, Some(Location::Line(line)), "manifest entry has no \"file\"")));
            return;
        };
        let meta = Meta::from_object(o);
        let full = dir.join(file);
        if let Some(base) = full.file_name() {
            let base = base.to_string_lossy().into_owned();
            // A name listed twice (in two subfolders) is ambiguous: match it by path only.
            self.by_name.entry(base).and_modify(|v| *v = None).or_insert_with(|| Some(meta.clone()));
        }
        self.by_path.insert(key(&full), meta);
    }

    /// The entry for `path`; by bare file name too when the manifest was given explicitly.
    pub(crate) fn lookup(&self, path: &Path, by_name: bool) -> Option<&Meta> {
        if let Some(m) = self.by_path.get(&key(path)) {
            return Some(m);
        }
        if by_name {
            let base = path.file_name()?.to_string_lossy();
            return self.by_name.get(base.as_ref()).and_then(Option::as_ref);
        }
        None
    }
}

/// The canonical path when the file exists, else the path with `.` and `..` folded.
fn key(p: &Path) -> PathBuf {
    if let Ok(c) = std::fs::canonicalize(p) {
        return c;
    }
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
