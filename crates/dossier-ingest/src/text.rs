//! Plain text and Markdown, with optional YAML front matter.

use std::io::Read;

use dossier_core::RawArticle;

use crate::{
    ReadError, ReadOptions, Sink, clean_opt, decode_utf8, normalize_newlines, read_bounded,
};

/// Headlines are short; a longer first line is the first paragraph, not a title.
const MAX_TITLE_CHARS: usize = 300;

pub(crate) fn read(name: &str, r: impl Read, opts: &ReadOptions, sink: &mut Sink<'_>) {
    sink(read_one(name, r, opts));
}

fn read_one(name: &str, r: impl Read, opts: &ReadOptions) -> Result<RawArticle, ReadError> {
    let bytes = read_bounded(name, r, opts.max_record_bytes)?;
    let s = decode_utf8(name, bytes)?;
    let mut art = parse_text(&normalize_newlines(&s));
    if art.text.trim().is_empty() {
        return Err(ReadError::new(
            name,
            None,
            if art.title.is_some() {
                "no article text (title only)"
            } else {
                "empty file"
            },
        ));
    }
    art.source = name.to_string();
    Ok(art)
}

/// Splits front matter from the body and takes the title from the metadata or the first line.
pub(crate) fn parse_text(s: &str) -> RawArticle {
    let mut art = RawArticle::default();
    let body = match front_matter(s) {
        Some((fm, body)) => {
            for (k, v) in fm {
                let v = Some(v);
                match k.as_str() {
                    "title" | "headline" => art.title = clean_opt(v),
                    "date" | "published" | "publish_date" | "pubdate" | "published_at" => {
                        art.published = v.as_deref().and_then(crate::parse_date)
                    }
                    "outlet" | "source" | "site" | "publisher" => art.outlet = clean_opt(v),
                    "author" | "authors" | "byline" => art.author = clean_opt(v),
                    "url" | "link" | "canonical" => art.url = clean_opt(v),
                    "language" | "lang" => art.language = clean_opt(v),
                    _ => {}
                }
            }
            body
        }
        None => s,
    };
    let body = body.trim_matches('\n');
    if art.title.is_none()
        && let Some((title, rest)) = first_line_title(body)
    {
        art.title = Some(title);
        art.text = rest.trim_matches('\n').trim_end().to_string();
        return art;
    }
    art.text = body.trim_end().to_string();
    art
}

/// The first non-empty line as a headline (Markdown `#` removed), and the body after it.
fn first_line_title(body: &str) -> Option<(String, &str)> {
    let (line, rest) = body.split_once('\n').unwrap_or((body, ""));
    let title = line.trim().trim_start_matches('#').trim();
    if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
        return None;
    }
    Some((title.to_string(), rest))
}

/// `---` … `---` (or `...`) at the very start: flat `key: value` pairs, quotes stripped.
fn front_matter(s: &str) -> Option<(Vec<(String, String)>, &str)> {
    let rest = s.strip_prefix("---\n")?;
    let mut pairs = Vec::new();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return Some((pairs, rest.get(offset..).unwrap_or("")));
        }
        if let Some((k, v)) = t.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            if k.is_empty() || k.starts_with('#') || k.starts_with('-') {
                continue;
            }
            let v = v.trim();
            let v = strip_quotes(v);
            pairs.push((k, v.to_string()));
        }
    }
    // No closing fence: not front matter.
    None
}

fn strip_quotes(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|x| x.strip_suffix(q)) {
            return inner;
        }
    }
    v
}
