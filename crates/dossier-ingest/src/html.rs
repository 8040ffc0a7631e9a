//! HTML pages: the article body and its metadata (title, date, site name, author, canonical URL
//! from `<meta>`, OpenGraph and JSON-LD) via rs-trafilatura.

use std::io::Read;

use dossier_core::RawArticle;

use crate::{ReadError, ReadOptions, Sink, clean_opt, normalize_newlines, read_bounded};

pub(crate) fn read(name: &str, r: impl Read, opts: &ReadOptions, sink: &mut Sink<'_>) {
    let res = read_bounded(name, r, opts.max_record_bytes).and_then(|bytes| {
        let html =
            decode_html(&bytes, None).map_err(|reason| ReadError::new(name, None, reason))?;
        let mut art =
            extract_html(&html, None).map_err(|reason| ReadError::new(name, None, reason))?;
        art.source = name.to_string();
        Ok(art)
    });
    sink(res);
}

/// Bytes of a page to text, honouring a charset from HTTP (`http_charset`) or a `<meta>` tag.
/// Undeclared bytes must be UTF-8: guessing a legacy encoding silently garbles names.
pub fn decode_html(bytes: &[u8], http_charset: Option<&str>) -> Result<String, String> {
    let label = http_charset
        .map(str::to_string)
        .or_else(|| meta_charset(bytes));
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
            let line = bytes
                .get(..at)
                .map(|b| b.iter().filter(|&&c| c == b'\n').count() + 1)
                .unwrap_or(1);
            Err(format!(
                "invalid UTF-8 at byte {at} (line {line}) and no other charset declared"
            ))
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
    let opts = rs_trafilatura::Options {
        url: url.map(str::to_string),
        ..Default::default()
    };
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
        published: m.date.map(|d| d.date_naive()),
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
