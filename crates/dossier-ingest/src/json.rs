//! JSON Lines, JSON arrays and single JSON objects, with the field names news datasets use.

use std::cell::Cell;
use std::fmt;
use std::io::BufRead;
use std::io::Read;
use std::rc::Rc;

use chrono::NaiveDate;
use dossier_core::RawArticle;
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::{Location, ReadError, ReadOptions, Sink, clean_opt, normalize_newlines, record_source};

const TEXT_KEYS: &[&str] = &[
    "text",
    "content",
    "content_original",
    "body",
    "article",
    "maintext",
    "article_text",
    "full_text",
    "fulltext",
    "story",
];
const HTML_KEYS: &[&str] = &["html", "raw_html", "content_html", "body_html"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url", "uri", "permalink"];
const DATE_KEYS: &[&str] = &[
    "published",
    "date",
    "publish_date",
    "pubDate",
    "pubdate",
    "published_at",
    "publishedAt",
    "date_publish",
    "datePublished",
    "pub_date",
    "timestamp",
];
const OUTLET_KEYS: &[&str] =
    &["outlet", "source", "site", "source_name", "publisher", "site_name", "sitename", "domain", "media"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "creator"];
const LANG_KEYS: &[&str] = &["language", "lang"];

/// The metadata fields of one record.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub language: Option<String>,
    pub author: Option<String>,
}

/// Reads the known metadata keys of a JSON object (first non-empty key wins).
pub(crate) fn metadata(o: &Map<String, Value>) -> Fields {
    Fields {
        url: first(o, URL_KEYS),
        outlet: first(o, OUTLET_KEYS),
        title: first(o, TITLE_KEYS),
        published: DATE_KEYS.iter().filter_map(|k| o.get(*k)).find_map(|v| match v {
            Value::Number(n) => n.as_i64().and_then(|i| crate::parse_date(&i.to_string())),
            other => as_text(other).and_then(|s| crate::parse_date(&s)),
        }),
        language: first(o, LANG_KEYS),
        author: first(o, AUTHOR_KEYS),
    }
}

fn first(o: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().filter_map(|k| o.get(*k)).find_map(as_text)
}

/// A value as display text: strings as they are, `{"name": …}` objects (NewsAPI's `source`) by
/// name, lists joined with ", ".
fn as_text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Object(o) => {
            return ["name", "title", "value"].iter().find_map(|k| o.get(*k).and_then(as_text));
        }
        Value::Array(a) => a.iter().filter_map(as_text).collect::<Vec<_>>().join(", "),
        _ => return None,
    };
    Some(s).filter(|s| !s.is_empty())
}

/// One JSON object to an article; the error is the reason only.
pub(crate) fn to_article(v: Value, source: String) -> Result<RawArticle, String> {
    let Value::Object(o) = v else {
        return Err("record is not a JSON object".into());
    };
    let f = metadata(&o);
    let text = TEXT_KEYS.iter().filter_map(|k| o.get(*k)).find_map(|v| v.as_str().filter(|s| !s.trim().is_empty()));
    let mut art = if let Some(t) = text {
        // Some dumps keep the markup in the text field; paragraphs survive the stripping.
        let t = if looks_like_markup(t) { crate::html_to_text(t) } else { t.trim().to_string() };
        RawArticle { text: normalize_newlines(&t), ..Default::default() }
    } else if let Some(h) =
        HTML_KEYS.iter().filter_map(|k| o.get(*k)).find_map(|v| v.as_str().filter(|s| !s.trim().is_empty()))
    {
        crate::html::extract_html(h, f.url.as_deref())?
    } else if TEXT_KEYS.iter().chain(HTML_KEYS).any(|k| o.contains_key(*k)) {
        return Err("empty article text".into());
    } else {
        return Err(format!(
            "no text field (expected one of: {})",
            TEXT_KEYS.iter().chain(HTML_KEYS).copied().collect::<Vec<_>>().join(", ")
        ));
    };
    art.source = source;
    // The record's own fields beat what an HTML extractor guessed.
    art.url = clean_opt(f.url).or(art.url);
    art.outlet = clean_opt(f.outlet).or(art.outlet);
    art.title = clean_opt(f.title.map(|t| normalize_newlines(&t))).or(art.title);
    art.published = f.published.or(art.published);
    art.language = clean_opt(f.language).or(art.language);
    art.author = clean_opt(f.author).or(art.author);
    Ok(art)
}

fn looks_like_markup(t: &str) -> bool {
    let head: String = t.chars().take(4096).collect::<String>().to_ascii_lowercase();
    ["</p>", "<br", "</div>", "<p>"].iter().any(|m| head.contains(m))
}

/// Result of reading one line with a size cap.
enum Line {
    Eof,
    Ok,
    /// Longer than the cap; the rest of it was skipped, not stored.
    TooLong,
}

/// Reads one `\n`-terminated line into `buf` (without the `\n`), skipping past the cap.
fn read_line_capped(r: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], i + 1),
            None => (avail, avail.len()),
        };
        let found_nl = done > chunk.len();
        if !too_long {
            if buf.len() + chunk.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        r.consume(done);
        if found_nl {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(match (any, too_long) {
        (false, _) => Line::Eof,
        (true, true) => Line::TooLong,
        (true, false) => Line::Ok,
    })
}

pub(crate) fn read(name: &str, mut r: impl BufRead, opts: &ReadOptions, sink: &mut Sink<'_>) {
    // An array streams element by element; anything else is read as lines. Leading blank
    // lines are skipped but counted, so line numbers stay true.
    let mut skipped_lines: u64 = 0;
    let first = loop {
        match r.fill_buf() {
            Ok(b) => match b.iter().position(|c| !c.is_ascii_whitespace()) {
                Some(i) => {
                    let c = b[i];
                    skipped_lines += b[..i].iter().filter(|&&c| c == b'\n').count() as u64;
                    r.consume(i);
                    break Some(c);
                }
                None if b.is_empty() => break None,
                None => {
                    let n = b.len();
                    skipped_lines += b.iter().filter(|&&c| c == b'\n').count() as u64;
                    r.consume(n);
                }
            },
            Err(e) => {
                sink(Err(ReadError::new(name, None, format!("read error: {e}"))));
                return;
            }
        }
    };
    match first {
        None => sink(Err(ReadError::new(name, None, "empty file"))),
        Some(b'[') => read_array(name, r, opts.max_record_bytes, sink),
        Some(_) => read_lines(name, r, skipped_lines, opts, sink),
    }
}

fn read_lines(name: &str, mut r: impl BufRead, first_line: u64, opts: &ReadOptions, sink: &mut Sink<'_>) {
    let mut buf = Vec::new();
    let mut line_no: u64 = first_line;
    let mut record: u64 = 0;
    // A pretty-printed object spans lines: gather them until it parses.
    let mut pending: Vec<u8> = Vec::new();
    let mut pending_start: u64 = 0;
    loop {
        let status = match read_line_capped(&mut r, &mut buf, opts.max_record_bytes) {
            Ok(s) => s,
            Err(e) => {
                sink(Err(ReadError::new(name, Some(Location::Line(line_no + 1)), e.to_string())));
                return;
            }
        };
        match status {
            Line::Eof => break,
            Line::TooLong => {
                line_no += 1;
                pending.clear();
                sink(Err(ReadError::new(
                    name,
                    Some(Location::Line(line_no)),
                    format!("record larger than {} bytes", opts.max_record_bytes),
                )));
                record += 1;
                continue;
            }
            Line::Ok => line_no += 1,
        }
        if pending.is_empty() {
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            pending_start = line_no;
        } else {
            pending.push(b'\n');
        }
        if pending.len() + buf.len() > opts.max_record_bytes {
            pending.clear();
            record += 1;
            sink(Err(ReadError::new(
                name,
                Some(Location::Line(pending_start)),
                format!("record larger than {} bytes", opts.max_record_bytes),
            )));
            continue;
        }
        let continuing = !pending.is_empty();
        // A line that opens at column 0 and parses alone is a JSONL record of its own: the
        // pending "multi-line record" was a cut-off line, which fails alone (pretty-printed
        // nested objects are indented, so they never take this path).
        if continuing && buf.first() == Some(&b'{') && serde_json::from_slice::<Value>(&buf).is_ok() {
            pending.pop();
            let e = serde_json::from_slice::<Value>(&pending).err().map_or_else(String::new, |e| json_reason(&e));
            record += 1;
            sink(Err(ReadError::new(name, Some(Location::Line(pending_start)), e)));
            pending.clear();
            pending_start = line_no;
        }
        let continuing = !pending.is_empty();
        pending.extend_from_slice(&buf);
        // Inside a multi-line record, only a line starting with `}` (the top-level close of
        // pretty-printed JSON) can end it: re-parsing on every line would be quadratic.
        if continuing && !buf.starts_with(b"}") {
            continue;
        }
        match serde_json::from_slice::<Value>(&pending) {
            Ok(v) => {
                record += 1;
                pending.clear();
                let src = record_source(name, record);
                sink(to_article(v, src).map_err(|e| ReadError::new(name, Some(Location::Line(pending_start)), e)));
            }
            // Only a line that visibly opens a structure starts a multi-line record; a cut-off
            // JSONL line must fail alone so the lines after it still read.
            Err(e) if e.is_eof() && (pending.len() > buf.len() || opens_structure(&buf)) => {}
            Err(e) => {
                record += 1;
                pending.clear();
                sink(Err(ReadError::new(name, Some(Location::Line(pending_start)), json_reason(&e))));
            }
        }
    }
    if !pending.is_empty() {
        let res = match serde_json::from_slice::<Value>(&pending) {
            Ok(v) => to_article(v, record_source(name, record + 1)),
            Err(e) => Err(json_reason(&e)),
        };
        sink(res.map_err(|e| ReadError::new(name, Some(Location::Line(pending_start)), e)));
    }
}

fn opens_structure(line: &[u8]) -> bool {
    let t = line.trim_ascii();
    t.first() == Some(&b'{') && matches!(t.last(), Some(b'{' | b'[' | b',' | b':'))
}

/// serde_json says "at line 1 column 3" of the record; the line is ours already.
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) if e.line() == 1 => format!("{} at column {}", &msg[..i], e.column()),
        _ => msg,
    };
    if e.is_io() { msg } else { format!("invalid JSON: {msg}") }
}

fn read_array(name: &str, r: impl BufRead, max: usize, sink: &mut Sink<'_>) {
    let mut count: u64 = 0;
    let since = Rc::new(Cell::new(0usize));
    let capped = Capped { inner: r, since: Rc::clone(&since), max };
    let mut de = serde_json::Deserializer::from_reader(capped);
    let res =
        ArraySeed { name, count: &mut count, since, sink: &mut *sink }.deserialize(&mut de).and_then(|()| de.end());
    if let Err(e) = res {
        let reason = if e.is_io() { e.to_string() } else { format!("invalid JSON: {e}") };
        sink(Err(ReadError::new(name, Some(Location::Record(count + 1)), reason)));
    }
}

/// Visits a top-level array one element at a time, so the array is never held whole.
struct ArraySeed<'a, 'b> {
    name: &'a str,
    count: &'a mut u64,
    /// Bytes read since the last element ended, shared with [`Capped`].
    since: Rc<Cell<usize>>,
    sink: &'a mut Sink<'b>,
}

impl<'de> DeserializeSeed<'de> for ArraySeed<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ArraySeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of article objects")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            *self.count += 1;
            self.since.set(0);
            let n = *self.count;
            (self.sink)(
                to_article(v, record_source(self.name, n))
                    .map_err(|e| ReadError::new(self.name, Some(Location::Record(n)), e)),
            );
        }
        Ok(())
    }
}

/// Fails the read once one array element passes the record cap, so a giant element is refused
/// before it is held in memory.
struct Capped<R> {
    inner: R,
    since: Rc<Cell<usize>>,
    max: usize,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let total = self.since.get().saturating_add(n);
        self.since.set(total);
        if total > self.max {
            return Err(std::io::Error::other(format!("record larger than {} bytes", self.max)));
        }
        Ok(n)
    }
}
