//! Readers: everything that turns input files into [`RawArticle`]s.
//!
//! Plain text (with optional YAML front matter), HTML, JSON / JSONL, RSS / Atom feeds and WARC,
//! each optionally gzipped, from files, directories (recursive) or stdin. The format is chosen by
//! extension, then by sniffing the first bytes, so a `.gz` or an extension-less file works too.
//!
//! Everything streams: a reader hands each article (or error) to a sink as soon as it has it, so
//! memory stays flat in corpus size. One bad file or record gives one [`ReadError`] naming it and
//! the batch goes on. This crate knows nothing of storage or the CLI.

use std::collections::HashMap;
use std::fmt;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use dossier_core::RawArticle;

mod date;
mod feed;
mod html;
mod json;
mod manifest;
mod sniff;
mod strip;
mod text;
mod warc;

pub use date::parse_date;
pub use html::{decode_html, extract_html};
pub use manifest::Meta;
pub use strip::html_to_text;

/// Default cap on one record (a text file, an HTML page, a JSONL line, a WARC payload).
pub const DEFAULT_MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// The input formats a reader exists for. JSON covers JSONL, JSON arrays and single objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Json,
    Feed,
    Warc,
}

impl Format {
    /// Parses a user-given format name (`text`, `html`, `json`, `jsonl`, `feed`, `rss`, `atom`,
    /// `warc`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" | "md" | "markdown" => Format::Text,
            "html" | "htm" => Format::Html,
            "json" | "jsonl" | "ndjson" => Format::Json,
            "feed" | "rss" | "atom" | "xml" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        })
    }
}

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// A manifest (JSONL or CSV) giving metadata per file. Without it, a `manifest.jsonl` or
    /// `manifest.csv` beside a file is used.
    pub manifest: Option<PathBuf>,
    /// Skip extension and content sniffing (gzip is still detected).
    pub format: Option<Format>,
    /// Records longer than this are rejected, without being read into memory.
    pub max_record_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { manifest: None, format: None, max_record_bytes: DEFAULT_MAX_RECORD_BYTES }
    }
}

/// Where inside a file an error happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// 1-based line of a line-oriented file (JSONL, text).
    Line(u64),
    /// 1-based record of a multi-record file (feed item, WARC record, JSON array element).
    Record(u64),
}

/// One failed file or record: which one, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The file path (or `<stdin>`).
    pub file: String,
    pub location: Option<Location>,
    pub reason: String,
}

impl ReadError {
    fn new(file: &str, location: Option<Location>, reason: impl Into<String>) -> Self {
        ReadError { file: file.to_string(), location, reason: reason.into() }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some(Location::Line(n)) => write!(f, "{}:{}: {}", self.file, n, self.reason),
            Some(Location::Record(n)) => write!(f, "{}#{}: {}", self.file, n, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

impl std::error::Error for ReadError {}

/// Counts of what a call read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadSummary {
    pub files: usize,
    pub articles: usize,
    pub errors: usize,
}

/// The sink every reader feeds: one call per article or per failed file / record.
pub type Sink<'a> = dyn FnMut(Result<RawArticle, ReadError>) + 'a;

/// Streams every article found under `inputs` (files, directories recursively in sorted order,
/// `-` for stdin) to `sink`, one `Result` per article or per failed file / record. Never stops
/// at the first error.
pub fn read_inputs(inputs: &[PathBuf], opts: &ReadOptions, sink: &mut Sink<'_>) -> ReadSummary {
    let mut summary = ReadSummary::default();
    let mut counting = |r: Result<RawArticle, ReadError>| {
        match &r {
            Ok(_) => summary.articles += 1,
            Err(_) => summary.errors += 1,
        }
        sink(r);
    };
    let mut state = Walker { opts, manifests: HashMap::new(), global: None, files: 0 };
    if let Some(m) = &opts.manifest {
        match manifest::Manifest::load(m, &mut counting) {
            Ok(man) => state.global = Some(Rc::new(man)),
            Err(e) => counting(Err(e)),
        }
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            state.files += 1;
            read_reader("<stdin>", io::stdin().lock(), None, opts, None, &mut counting);
        } else {
            state.walk(input, &mut counting);
        }
    }
    let files = state.files;
    drop(state);
    summary.files = files;
    summary
}

/// Reads one stream (stdin, a socket, a test buffer) whose format is sniffed from its content.
/// `name` is used as the article source (`name#N` for multi-record streams) and in errors.
pub fn read_stream(name: &str, reader: impl Read, opts: &ReadOptions, sink: &mut Sink<'_>) {
    read_reader(name, reader, None, opts, None, sink);
}

/// Reads one file, applying `meta` (from a manifest) over what the file itself says.
pub fn read_file(path: &Path, opts: &ReadOptions, meta: Option<&Meta>, sink: &mut Sink<'_>) {
    let name = path.to_string_lossy();
    match std::fs::File::open(path) {
        Ok(f) => {
            let ext = extension_of(path);
            read_reader(&name, f, ext.as_deref(), opts, meta, sink);
        }
        Err(e) => sink(Err(ReadError::new(&name, None, format!("cannot open: {e}")))),
    }
}

struct Walker<'o> {
    opts: &'o ReadOptions,
    /// Manifests found beside files, by directory (None: the directory has none).
    manifests: HashMap<PathBuf, Option<Rc<manifest::Manifest>>>,
    global: Option<Rc<manifest::Manifest>>,
    files: usize,
}

impl Walker<'_> {
    fn walk(&mut self, path: &Path, sink: &mut Sink<'_>) {
        let name = path.to_string_lossy().into_owned();
        let md = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                sink(Err(ReadError::new(&name, None, format!("cannot open: {e}"))));
                return;
            }
        };
        if md.is_dir() {
            let entries = match std::fs::read_dir(path) {
                Ok(rd) => rd,
                Err(e) => {
                    sink(Err(ReadError::new(&name, None, format!("cannot list directory: {e}"))));
                    return;
                }
            };
            let mut children: Vec<PathBuf> = Vec::new();
            for entry in entries.flatten() {
                let fname = entry.file_name();
                let fname = fname.to_string_lossy();
                if fname.starts_with('.') || manifest::is_manifest_name(&fname) || manifest::is_folder_doc(&fname) {
                    continue;
                }
                // Symlinked directories are not followed: they can form loops.
                let is_link_dir = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false) && entry.path().is_dir();
                if !is_link_dir {
                    children.push(entry.path());
                }
            }
            children.sort();
            for child in children {
                self.walk(&child, sink);
            }
            return;
        }
        // The manifest describes the articles; it is not one, even when named explicitly.
        let is_manifest_name =
            path.file_name().map(|f| manifest::is_manifest_name(&f.to_string_lossy())).unwrap_or(false);
        if is_manifest_name || self.is_global_manifest(path) {
            return;
        }
        self.files += 1;
        let meta = self.meta_for(path, sink);
        read_file(path, self.opts, meta.as_ref(), sink);
    }

    fn is_global_manifest(&self, path: &Path) -> bool {
        self.opts.manifest.as_deref().is_some_and(|m| same_file(m, path))
    }

    fn meta_for(&mut self, path: &Path, sink: &mut Sink<'_>) -> Option<Meta> {
        if let Some(g) = &self.global {
            return g.lookup(path, true).cloned();
        }
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let man = self
            .manifests
            .entry(dir.clone())
            .or_insert_with(|| {
                let d = if dir.as_os_str().is_empty() { Path::new(".") } else { dir.as_path() };
                manifest::find_beside(d).and_then(|p| match manifest::Manifest::load(&p, sink) {
                    Ok(m) => Some(Rc::new(m)),
                    Err(e) => {
                        sink(Err(e));
                        None
                    }
                })
            })
            .clone();
        man.and_then(|m| m.lookup(path, false).cloned())
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

fn extension_of(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// The extension under a `.gz` (`x.jsonl.gz` → `jsonl`).
fn inner_extension(name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    let stem = lower.strip_suffix(".gz").or_else(|| lower.strip_suffix(".gzip"))?;
    Path::new(stem).extension().map(|e| e.to_string_lossy().into_owned())
}

/// The core dispatcher: sniff gzip, pick a format, run its reader.
fn read_reader(
    name: &str,
    reader: impl Read,
    ext: Option<&str>,
    opts: &ReadOptions,
    meta: Option<&Meta>,
    sink: &mut Sink<'_>,
) {
    let mut sink_meta = |r: Result<RawArticle, ReadError>| {
        sink(r.map(|mut a| {
            if let Some(m) = meta {
                m.apply(&mut a);
            }
            a
        }))
    };
    let (head, rest) = match sniff::peek(reader, sniff::PEEK) {
        Ok(x) => x,
        Err(e) => {
            sink_meta(Err(ReadError::new(name, None, format!("read error: {e}"))));
            return;
        }
    };
    if head.starts_with(&[0x1f, 0x8b]) {
        let dec = flate2::read::MultiGzDecoder::new(io::Cursor::new(head).chain(rest));
        let inner = inner_extension(name);
        let dec = GzErrors { inner: dec };
        match sniff::peek(dec, sniff::PEEK) {
            Ok((h, r)) => dispatch(name, h, r, inner.as_deref(), opts, &mut sink_meta),
            Err(e) => sink_meta(Err(ReadError::new(name, None, e.to_string()))),
        }
    } else {
        dispatch(name, head, rest, ext, opts, &mut sink_meta);
    }
}

/// Makes gzip failures say so: flate2 reports a cut-off stream as a bare "unexpected EOF".
struct GzErrors<R> {
    inner: R,
}

impl<R: Read> Read for GzErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| {
            let what = if e.kind() == io::ErrorKind::UnexpectedEof {
                "truncated gzip stream".to_string()
            } else {
                format!("corrupt gzip stream: {e}")
            };
            io::Error::new(io::ErrorKind::InvalidData, what)
        })
    }
}

fn dispatch(
    name: &str,
    mut head: Vec<u8>,
    rest: impl Read,
    ext: Option<&str>,
    opts: &ReadOptions,
    sink: &mut Sink<'_>,
) {
    // A UTF-8 byte-order mark says nothing a parser needs, and JSON parsers choke on it.
    if head.starts_with(b"\xef\xbb\xbf") {
        head.drain(..3);
    }
    if head.len() < sniff::PEEK && head.iter().all(|b| b.is_ascii_whitespace()) {
        sink(Err(ReadError::new(name, None, "empty file")));
        return;
    }
    let format = opts.format.or_else(|| ext.and_then(format_for_extension)).or_else(|| sniff::sniff(&head));
    let format = match format {
        Some(f) => f,
        None => {
            sink(Err(ReadError::new(name, None, "binary file, not text")));
            return;
        }
    };
    // Extension or override aside, binary content is refused before any parser sees it.
    if format != Format::Warc && sniff::looks_binary(&head) {
        sink(Err(ReadError::new(name, None, "binary file, not text")));
        return;
    }
    let reader = BufReader::with_capacity(64 * 1024, io::Cursor::new(head).chain(rest));
    match format {
        Format::Text => text::read(name, reader, opts, sink),
        Format::Html => html::read(name, reader, opts, sink),
        Format::Json => json::read(name, reader, opts, sink),
        Format::Feed => feed::read(name, reader, opts, sink),
        Format::Warc => warc::read(name, reader, opts, sink),
    }
}

fn format_for_extension(ext: &str) -> Option<Format> {
    Some(match ext {
        "txt" | "text" | "md" | "markdown" => Format::Text,
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "json" | "jsonl" | "ndjson" => Format::Json,
        "rss" | "atom" | "xml" => Format::Feed,
        "warc" => Format::Warc,
        _ => return None,
    })
}

/// Reads a whole single-record input, refusing it once it passes `max` bytes.
fn read_bounded(name: &str, reader: impl Read, max: usize) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(limit).read_to_end(&mut buf).map_err(|e| ReadError::new(name, None, format!("read error: {e}")))?;
    if buf.len() > max {
        return Err(ReadError::new(name, None, format!("record larger than {max} bytes")));
    }
    Ok(buf)
}

/// UTF-8 with the position of the first bad byte, so the user can find it.
fn decode_utf8(name: &str, bytes: Vec<u8>) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes.get(..at).map(|b| b.iter().filter(|&&c| c == b'\n').count() + 1).unwrap_or(1);
        let col = bytes
            .get(..at)
            .map(|b| at - b.iter().rposition(|&c| c == b'\n').map(|p| p + 1).unwrap_or(0) + 1)
            .unwrap_or(1);
        ReadError::new(
            name,
            Some(Location::Line(line as u64)),
            format!("invalid UTF-8 at byte {at} (line {line}, column {col})"),
        )
    })
}

/// `\r\n` and lone `\r` to `\n`, and no BOM: every reader's text goes through this.
fn normalize_newlines(s: &str) -> String {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Non-empty, trimmed.
fn clean_opt(s: Option<String>) -> Option<String> {
    s.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn record_source(name: &str, n: u64) -> String {
    format!("{name}#{n}")
}

#[cfg(test)]
mod tests;
