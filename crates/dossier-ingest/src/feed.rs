//! RSS and Atom feeds: one article per item, full content (`content:encoded`) when the feed
//! carries it, else the summary; the feed's title is the outlet.

use std::io::Read;

use dossier_core::RawArticle;
use feed_rs::model::{Entry, Text};

use crate::{Location, ReadError, ReadOptions, Sink, clean_opt, normalize_newlines, read_bounded, record_source};

pub(crate) fn read(name: &str, r: impl Read, opts: &ReadOptions, sink: &mut Sink<'_>) {
    // Feeds are parsed whole (they are small); the size cap still applies.
    let bytes = match read_bounded(name, r, opts.max_record_bytes) {
        Ok(b) => b,
        Err(e) => return sink(Err(e)),
    };
    let feed = match feed_rs::parser::parse(bytes.as_slice()) {
        Ok(f) => f,
        Err(e) => {
            return sink(Err(ReadError::new(name, None, format!("invalid feed: {e}"))));
        }
    };
    let outlet = feed.title.as_ref().map(plain).and_then(|s| clean_opt(Some(s)));
    let language = clean_opt(feed.language.clone());
    if feed.entries.is_empty() {
        return sink(Err(ReadError::new(name, None, "feed has no items")));
    }
    // feed-rs converts dates to UTC, moving evening stories to the next day; the dates as
    // written are used instead when the raw items line up with the parsed ones.
    let written = std::str::from_utf8(&bytes).map(written_dates).unwrap_or_default();
    let aligned = written.len() == feed.entries.len();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let n = i as u64 + 1;
        let local = if aligned { written.get(i).copied().flatten() } else { None };
        let res = entry_article(entry, record_source(name, n), outlet.clone(), language.clone())
            .map(|mut a| {
                if local.is_some() {
                    a.published = local;
                }
                a
            })
            .map_err(|reason| ReadError::new(name, Some(Location::Record(n)), reason));
        sink(res);
    }
}

fn entry_article(
    e: Entry,
    source: String,
    outlet: Option<String>,
    language: Option<String>,
) -> Result<RawArticle, String> {
    let body = e
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(crate::html_to_text)
        .filter(|t| !t.trim().is_empty())
        .or_else(|| e.summary.as_ref().map(plain).filter(|t| !t.trim().is_empty()));
    let Some(text) = body else {
        return Err("no article text found (item has neither content nor summary)".into());
    };
    let url = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| e.links.first())
        .map(|l| l.href.clone());
    let author = e
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().map(str::trim))
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    Ok(RawArticle {
        source,
        url: clean_opt(url),
        outlet,
        title: e.title.as_ref().map(plain).and_then(|t| clean_opt(Some(t))),
        published: e.published.or(e.updated).map(|d| d.date_naive()),
        language: clean_opt(e.language).or(language),
        author: clean_opt(Some(author)),
        text: normalize_newlines(&text),
    })
}

/// Feed text constructs may be HTML-typed; reduce them to plain text either way.
fn plain(t: &Text) -> String {
    if t.content_type.as_str().contains("html") {
        crate::html_to_text(&t.content)
    } else {
        t.content.trim().to_string()
    }
}

/// The publication date written in each `<item>` / `<entry>`, in document order.
fn written_dates(xml: &str) -> Vec<Option<chrono::NaiveDate>> {
    let mut out = Vec::new();
    let mut rest = xml;
    loop {
        let next =
            ["<item>", "<item ", "<entry>", "<entry "].iter().filter_map(|t| rest.find(t).map(|i| (i, *t))).min();
        let Some((i, tag)) = next else { break };
        let body = rest.get(i + tag.len()..).unwrap_or("");
        let close = if tag.starts_with("<item") { "</item>" } else { "</entry>" };
        let end = body.find(close).unwrap_or(body.len());
        let block = body.get(..end).unwrap_or("");
        let date = ["pubDate", "published", "dc:date", "updated"].iter().find_map(|t| {
            let open = format!("<{t}>");
            let j = block.find(&open)?;
            let v = block.get(j + open.len()..)?;
            let k = v.find('<')?;
            crate::parse_date(v.get(..k)?)
        });
        out.push(date);
        rest = body.get(end..).unwrap_or("");
    }
    out
}
