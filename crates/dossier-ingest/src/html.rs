//! HTML pages: the article body and its metadata (title, date, site name, author, canonical URL
//! from `<meta>`, OpenGraph and JSON-LD) via rs-trafilatura.

use std::io::Read;

use dossier_core::RawArticle;

use crate::{ReadError, ReadOptions, Sink, clean_opt, normalize_newlines, read_bounded};

pub(crate) fn read(name: &str, r: impl Read, opts: &ReadOptions, sink: &mut Sink<'_>) {
    let res = read_bounded(name, r, opts.max_record_bytes).and_then(|bytes| {
        let html = decode_html(&bytes, None).map_err(|reason| ReadError::new(name, None, reason))?;
        let mut art = extract_html(&html, None).map_err(|reason| ReadError::new(name, None, reason))?;
        art.source = name.to_string();
        Ok(art)
    });
    sink(res);
}

/// Bytes of a page to text, honouring a charset from HTTP (`http_charset`) or a `<meta>` tag.
/// Undeclared bytes must be UTF-8: guessing a legacy encoding silently garbles names.
pub fn decode_html(bytes: &[u8], http_charset: Option<&str>) -> Result<String, String> {
    let label = http_charset.map(str::to_string).or_else(|| meta_charset(bytes));
    if let Some(enc) = label.and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()))
        && enc != encoding_rs::UTF_8
    {
        let (s, _, _) = enc.decode(bytes);
        return Ok(s.into_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes.get(..at).map(|b| b.iter().filter(|&&c| c == b'\n').count() + 1).unwrap_or(1);
            Err(format!("invalid UTF-8 at byte {at} (line {line}) and no other charset declared"))
        }
    }
}

/// `charset=` in the first 2 KiB (covers `<meta charset>` and `http-equiv` Content-Type).
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(2048)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let i = lower.windows(8).position(|w| w == b"charset=")?;
    let rest = lower.get(i + 8..)?;
    let rest: Vec<u8> = rest
        .iter()
        .copied()
        .skip_while(|c| *c == b'"' || *c == b'\'')
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.'))
        .collect();
    String::from_utf8(rest).ok().filter(|s| !s.is_empty())
}

const MIN_ARTICLE_WORDS: usize = 5;

/// Extracts the article of one HTML page: body paragraphs separated by blank lines, plus
/// metadata. `url` (where the page came from) helps the extractor and is the fallback URL.
/// Errors with "no article text found" when the page has no article body.
pub fn extract_html(html: &str, url: Option<&str>) -> Result<RawArticle, String> {
    let opts = rs_trafilatura::Options { url: url.map(str::to_string), ..Default::default() };
    // A third-party parser on hostile pages: a panic in it must cost one page, not the batch.
    let run = std::panic::AssertUnwindSafe(|| rs_trafilatura::extract_with_options(html, &opts));
    let res = match std::panic::catch_unwind(run) {
        Ok(Ok(r)) => r,
        Ok(Err(rs_trafilatura::Error::NoContent)) => return Err("no article text found".into()),
        Ok(Err(e)) => return Err(format!("HTML extraction failed: {e}")),
        Err(_) => return Err("HTML extraction failed: the extractor panicked on this page".into()),
    };
    let text = paragraphs(&normalize_newlines(&res.content_text));
    // Pages without an article still yield stray words (a menu, a button): a body needs a
    // sentence's worth of words.
    if text.split_whitespace().count() < MIN_ARTICLE_WORDS {
        return Err("no article text found".into());
    }
    let m = res.metadata;
    Ok(RawArticle {
        source: String::new(),
        url: clean_opt(m.url).or_else(|| url.map(str::to_string)),
        outlet: clean_opt(m.sitename),
        title: clean_opt(m.title),
        // The date as the page writes it: the extractor's is converted to UTC, which moves an
        // evening story to the next day and breaks "on Thursday" anchoring downstream.
        published: written_pub_date(html).or(m.date.map(|d| d.date_naive())),
        language: clean_opt(m.language),
        author: clean_opt(m.author),
        text,
    })
}

/// One paragraph per non-empty line, blank lines between, spaces tidied.
fn paragraphs(s: &str) -> String {
    s.split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Meta names and properties that carry the publication date, best first.
const DATE_META: [&str; 12] = [
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date.published",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "date",
];

/// The publication date as written in `<meta>` tags or JSON-LD `datePublished`, read as a local
/// calendar date.
fn written_pub_date(html: &str) -> Option<chrono::NaiveDate> {
    // Metadata lives in the head; a cap keeps huge pages cheap.
    let end = html.len().min(300_000);
    let head = html.get(..end).or_else(|| html.get(..html.floor_char_boundary(end)))?;
    let lower = head.to_ascii_lowercase();
    let mut best: Option<(usize, chrono::NaiveDate)> = None;
    let mut pos = 0;
    while let Some(i) = lower.get(pos..).and_then(|r| r.find("<meta")) {
        let start = pos + i;
        let Some(close) = lower.get(start..).and_then(|r| r.find('>')) else {
            break;
        };
        let tag = head.get(start..start + close).unwrap_or("");
        pos = start + close;
        let key = attr(tag, "property").or_else(|| attr(tag, "name")).or_else(|| attr(tag, "itemprop"));
        let (Some(key), Some(content)) = (key, attr(tag, "content")) else {
            continue;
        };
        let key = key.to_ascii_lowercase();
        if let Some(rank) = DATE_META.iter().position(|k| *k == key)
            && best.is_none_or(|(r, _)| rank < r)
            && let Some(d) = crate::parse_date(&content)
        {
            best = Some((rank, d));
        }
    }
    if let Some((_, d)) = best {
        return Some(d);
    }
    // JSON-LD: "datePublished": "2021-12-10T23:30:00-05:00"
    let i = lower.find("\"datepublished\"")?;
    let rest = head.get(i + 15..)?;
    let q1 = rest.find('"')?;
    let colon_ok = rest.get(..q1)?.trim().trim_start_matches(':').trim().is_empty();
    let val = rest.get(q1 + 1..)?;
    let q2 = val.find('"')?;
    if !colon_ok {
        return None;
    }
    crate::parse_date(val.get(..q2)?)
}

/// The value of attribute `name` in a tag's source (quoted with either quote, or bare).
fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower.get(from..).and_then(|r| r.find(name)) {
        let at = from + i;
        from = at + name.len();
        // Whole attribute names only ("name" must not match "itemname").
        let before_ok = at == 0 || lower.as_bytes().get(at - 1).is_some_and(|b| b.is_ascii_whitespace());
        let rest = tag.get(from..)?.trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let rest = rest.trim_start();
        let v = match rest.chars().next()? {
            q @ ('"' | '\'') => rest.get(1..)?.split(q).next()?,
            _ => rest.split(|c: char| c.is_whitespace() || c == '/').next()?,
        };
        return Some(crate::strip::decode_entities(v));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_date_beats_utc() {
        let d = |s: &str| written_pub_date(s);
        let day = chrono::NaiveDate::from_ymd_opt(2021, 12, 10);
        assert_eq!(d(r#"<meta property="article:published_time" content="2021-12-10T23:30:00-05:00">"#), day);
        assert_eq!(d(r#"<meta content='2021-12-10T23:30:00-05:00' name=pubdate>"#), day);
        assert_eq!(
            d(r#"<meta name="date" content="2020-01-01"><meta itemprop="datePublished" content="2021-12-10">"#),
            day
        );
        assert_eq!(
            d(
                r#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2021-12-10T22:00:00-08:00"}</script>"#
            ),
            day
        );
        assert_eq!(d(r#"<meta name="description" content="2021-12-10">"#), None);
        assert_eq!(d("<meta"), None);
    }
}
