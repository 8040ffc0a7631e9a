//! Format detection from the first bytes, for files without a telling extension and for stdin.

use std::io::{self, Read};

use crate::Format;

/// How many bytes are looked at before choosing a reader.
pub(crate) const PEEK: usize = 8192;

/// Reads up to `n` bytes, returning them and the rest of the stream (to be chained back).
pub(crate) fn peek<R: Read>(mut reader: R, n: usize) -> io::Result<(Vec<u8>, R)> {
    let mut head = vec![0u8; n];
    let mut filled = 0;
    while filled < n {
        match reader.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    head.truncate(filled);
    Ok((head, reader))
}

/// Picks a format from content; None when it is not text at all.
pub(crate) fn sniff(head: &[u8]) -> Option<Format> {
    let start = skip_bom_ws(head);
    let lower: Vec<u8> = start.iter().take(1024).map(u8::to_ascii_lowercase).collect();
    if start.starts_with(b"WARC/") {
        return Some(Format::Warc);
    }
    if lower.starts_with(b"<?xml") {
        // An XML prolog may introduce a feed or XHTML.
        if contains(&lower, b"<rss") || contains(&lower, b"<feed") || contains(&lower, b"<rdf") {
            return Some(Format::Feed);
        }
        if contains(&lower, b"<html") {
            return Some(Format::Html);
        }
        return Some(Format::Feed);
    }
    if lower.starts_with(b"<rss") || lower.starts_with(b"<feed") || lower.starts_with(b"<rdf") {
        return Some(Format::Feed);
    }
    if lower.starts_with(b"<!doctype")
        || lower.starts_with(b"<html")
        || lower.starts_with(b"<head")
        || lower.starts_with(b"<body")
        || lower.starts_with(b"<!--")
        || lower.starts_with(b"<meta")
    {
        return Some(Format::Html);
    }
    if start.starts_with(b"{") || start.starts_with(b"[") {
        return Some(Format::Json);
    }
    if looks_binary(head) {
        return None;
    }
    Some(Format::Text)
}

/// A NUL byte or many control characters: no text format has those.
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    controls * 10 > head.len().max(1)
}

fn skip_bom_ws(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    let i = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    b.get(i..).unwrap_or_default()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
