//! WARC (and WARC.gz, one gzip member per record, as Common Crawl's news crawl ships it): each
//! `response` (or `resource`) record with an HTML payload is one article, its WARC-Target-URI
//! the URL. Request, metadata, warcinfo and non-HTML records are skipped silently.

use std::borrow::Cow;
use std::io::{self, BufRead, Read};

use crate::{Location, ReadError, ReadOptions, Sink, record_source};

/// Header lines longer than this are not WARC.
const MAX_HEADER_LINE: usize = 64 * 1024;

pub(crate) fn read(name: &str, mut r: impl BufRead, opts: &ReadOptions, sink: &mut Sink<'_>) {
    let mut n: u64 = 0;
    let mut articles: u64 = 0;
    loop {
        let header = match read_header(&mut r) {
            Ok(Some(h)) => h,
            Ok(None) => break,
            Err(e) => {
                sink(Err(ReadError::new(name, Some(Location::Record(n + 1)), e)));
                return;
            }
        };
        n += 1;
        let len = match header.get("content-length").and_then(|v| v.trim().parse::<u64>().ok()) {
            Some(l) => l,
            None => {
                sink(Err(ReadError::new(
                    name,
                    Some(Location::Record(n)),
                    "WARC record without a valid Content-Length",
                )));
                return;
            }
        };
        let wtype = header.get("warc-type").unwrap_or("").to_ascii_lowercase();
        let wanted = matches!(wtype.as_str(), "response" | "resource");
        if !wanted || len > opts.max_record_bytes as u64 {
            if let Err(e) = io::copy(&mut (&mut r).take(len), &mut io::sink()) {
                sink(Err(ReadError::new(name, Some(Location::Record(n)), e.to_string())));
                return;
            }
            if wanted {
                sink(Err(ReadError::new(
                    name,
                    Some(Location::Record(n)),
                    format!("record larger than {} bytes", opts.max_record_bytes),
                )));
            }
            continue;
        }
        let mut block = Vec::with_capacity(len as usize);
        match (&mut r).take(len).read_to_end(&mut block) {
            Ok(k) if k as u64 == len => {}
            Ok(_) => {
                sink(Err(ReadError::new(name, Some(Location::Record(n)), "truncated WARC record")));
                return;
            }
            Err(e) => {
                sink(Err(ReadError::new(name, Some(Location::Record(n)), e.to_string())));
                return;
            }
        }
        let target =
            header.get("warc-target-uri").map(|u| u.trim().trim_start_matches('<').trim_end_matches('>').to_string());
        let ctype = header.get("content-type").unwrap_or("").to_ascii_lowercase();
        let (html_bytes, charset) = if ctype.starts_with("application/http") {
            match http_payload(&block, opts.max_record_bytes) {
                Some(p) => p,
                None => continue,
            }
        } else if ctype.contains("html") {
            (Cow::Borrowed(block.as_slice()), charset_of(&ctype))
        } else {
            continue;
        };
        articles += 1;
        let res = crate::html::decode_html(&html_bytes, charset.as_deref())
            .and_then(|html| crate::extract_html(&html, target.as_deref()))
            .map(|mut a| {
                a.source = record_source(name, n);
                // The crawled URL is where the page was; a canonical link is only a claim.
                if target.is_some() {
                    a.url.clone_from(&target);
                }
                a
            })
            .map_err(|reason| ReadError::new(name, Some(Location::Record(n)), reason));
        sink(res);
    }
    if n == 0 {
        sink(Err(ReadError::new(name, None, "no WARC records")));
    } else if articles == 0 {
        sink(Err(ReadError::new(name, None, format!("no HTML response records among {n} WARC records"))));
    }
}

struct Header(Vec<(String, String)>);

impl Header {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// Reads `WARC/1.x` and its named fields up to the blank line; None at a clean end of input.
fn read_header(r: &mut impl BufRead) -> Result<Option<Header>, String> {
    let mut line = String::new();
    // Blank lines separate records.
    loop {
        line.clear();
        let k = read_line(r, &mut line)?;
        if k == 0 {
            return Ok(None);
        }
        if !line.trim().is_empty() {
            break;
        }
    }
    if !line.starts_with("WARC/") {
        return Err(format!("not a WARC record header: {:?}", line.trim().chars().take(40).collect::<String>()));
    }
    let mut fields = Vec::new();
    loop {
        line.clear();
        if read_line(r, &mut line)? == 0 {
            return Err("truncated WARC header".into());
        }
        let t = line.trim_end_matches(['\r', '\n']);
        if t.is_empty() {
            break;
        }
        if let Some((k, v)) = t.split_once(':') {
            fields.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    Ok(Some(Header(fields)))
}

fn read_line(r: &mut impl BufRead, line: &mut String) -> Result<usize, String> {
    let mut buf = Vec::new();
    let k = r.take(MAX_HEADER_LINE as u64).read_until(b'\n', &mut buf).map_err(|e| e.to_string())?;
    if k == MAX_HEADER_LINE && buf.last() != Some(&b'\n') {
        return Err("WARC header line too long".into());
    }
    line.push_str(&String::from_utf8_lossy(&buf));
    Ok(k)
}

/// The body of an HTTP response if it is a successful HTML one, with the header's charset.
fn http_payload(block: &[u8], max: usize) -> Option<(Cow<'_, [u8]>, Option<String>)> {
    let end = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|i| i + 2))?;
    let head = String::from_utf8_lossy(block.get(..end)?);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    if !(200..300).contains(&status) {
        return None;
    }
    let (mut ctype, mut chunked, mut gzipped) = (None, false, false);
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim(), v.trim().to_ascii_lowercase());
            if k.eq_ignore_ascii_case("content-type") {
                ctype = Some(v);
            } else if k.eq_ignore_ascii_case("transfer-encoding") {
                chunked = v.contains("chunked");
            } else if k.eq_ignore_ascii_case("content-encoding") {
                gzipped = v.contains("gzip");
            }
        }
    }
    // No Content-Type: servers of old pages often omit it; the payload decides.
    let charset = match &ctype {
        Some(c) if c.contains("html") => charset_of(c),
        Some(_) => return None,
        None => None,
    };
    // Crawlers that store the raw exchange (wget, warcprox) keep the transfer and content
    // encodings; Common Crawl removes them and renames the headers, so this is a no-op there.
    let mut body: Cow<'_, [u8]> = Cow::Borrowed(block.get(end..)?);
    if chunked {
        body = Cow::Owned(dechunk(&body)?);
    }
    if gzipped {
        let mut out = Vec::new();
        let limit = u64::try_from(max).unwrap_or(u64::MAX);
        flate2::read::MultiGzDecoder::new(&*body).take(limit).read_to_end(&mut out).ok()?;
        body = Cow::Owned(out);
    }
    Some((body, charset))
}

/// Undoes HTTP/1.1 chunked transfer encoding; None when the framing is broken.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let nl = b.iter().position(|&c| c == b'\n')?;
        let size_line = std::str::from_utf8(b.get(..nl)?).ok()?;
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        b = b.get(nl + 1..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").or_else(|| b.strip_prefix(b"\n")).unwrap_or(b);
    }
}

fn charset_of(ctype: &str) -> Option<String> {
    let i = ctype.find("charset=")?;
    let v = ctype.get(i + 8..)?.trim_matches(|c| c == '"' || c == '\'' || c == ' ');
    let v: String = v.chars().take_while(|c| !matches!(c, ';' | ' ' | '"' | '\'')).collect();
    Some(v).filter(|s| !s.is_empty())
}
