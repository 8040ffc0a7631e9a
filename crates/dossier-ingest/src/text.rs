//! Plain text and Markdown, with optional YAML front matter.

use std::io::Read;

use dossier_core::RawArticle;

use crate::{ReadError, ReadOptions, Sink, clean_opt, decode_utf8, normalize_newlines, read_bounded};

/// Headlines are short (sites cut them near 100 characters); a longer line is a standfirst or
/// a paragraph, not a title.
const MAX_TITLE_CHARS: usize = 150;
/// How many leading lines may hold the headline: scraped text often puts a photo credit or a
/// standfirst above it.
const TITLE_SCAN_LINES: usize = 3;

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
            if art.title.is_some() { "no article text (title only)" } else { "empty file" },
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
        && let Some((title, before, after)) = find_title(body)
    {
        art.title = Some(title);
        let before = before.trim_matches('\n');
        let after = after.trim_matches('\n').trim_end();
        art.text = if before.is_empty() {
            after.to_string()
        } else if after.is_empty() {
            before.to_string()
        } else {
            format!("{before}\n\n{after}")
        };
        return art;
    }
    art.text = body.trim_end().to_string();
    art
}

/// The headline among the first few non-empty lines: the first that is short and not a
/// sentence (headlines do not end in a full stop), skipping photo credits and bylines. Returns
/// it (Markdown `#` removed) with the text before and after its line.
fn find_title(body: &str) -> Option<(String, &str, &str)> {
    let mut offset = 0;
    let mut seen = 0;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let t = line.trim().trim_start_matches('#').trim();
        if t.is_empty() {
            continue;
        }
        seen += 1;
        if seen > TITLE_SCAN_LINES {
            return None;
        }
        if is_credit_or_byline(t) {
            continue;
        }
        if t.chars().count() <= MAX_TITLE_CHARS && !ends_sentence(t) {
            return Some((t.to_string(), body.get(..start)?, body.get(offset..)?));
        }
    }
    None
}

/// A full stop at the end, not one closing an abbreviation-like last word ("U.S.", "Inc.").
fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    let Some(head) = t.strip_suffix('.') else {
        return false;
    };
    if head.ends_with('.') {
        // An ellipsis: headlines use them.
        return false;
    }
    let last = head.rsplit(' ').next().unwrap_or("");
    !(last.contains('.') || (last.len() <= 3 && last.chars().next().is_some_and(char::is_uppercase)))
}

/// "Photo: Reuters", "image Photo: CENTCOM", "PHOTO/AFP", "Credit: …", "By Jane Doe".
fn is_credit_or_byline(t: &str) -> bool {
    let lower = t.to_lowercase();
    let words = lower.split_whitespace().count();
    const CREDIT: [&str; 7] = ["photo", "image", "picture", "credit", "file photo", "foto", "(photo"];
    let credit = CREDIT.iter().any(|c| {
        lower.strip_prefix(c).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with([':', '/', '-', '|']) || rest.starts_with("photo") || rest.starts_with("by ")
        })
    });
    credit || (lower.starts_with("by ") && words <= 6)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_after_credit_and_standfirst() {
        let a = parse_text(
            "Photo: Reuters\nMinister resigns over budget row\nHe said he had lost the confidence of the cabinet.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Minister resigns over budget row"));
        assert_eq!(a.text, "Photo: Reuters\n\nHe said he had lost the confidence of the cabinet.");
        let stand = "After months of talks between the two parties the coalition agreement that was meant to end the crisis has collapsed and elections are likely to be called early next year";
        let a = parse_text(&format!("{stand}\n\nCoalition talks collapse\n\nBody.\n"));
        assert_eq!(a.title.as_deref(), Some("Coalition talks collapse"));
        assert_eq!(a.text, format!("{stand}\n\nBody."));
    }

    #[test]
    fn a_lede_is_not_a_title() {
        let a = parse_text(
            "The president said on Monday that talks would continue.\nOfficials declined to comment.\nMore talks are planned.\nEnd.",
        );
        assert_eq!(a.title, None);
        assert!(a.text.starts_with("The president said"));
        // Abbreviations and ellipses at the end are still headlines.
        assert_eq!(
            parse_text("Troops to leave by 2025, says U.S.\nBody.").title.as_deref(),
            Some("Troops to leave by 2025, says U.S.")
        );
        assert_eq!(parse_text("Coming soon...\nBody.").title.as_deref(), Some("Coming soon..."));
        assert_eq!(parse_text("By Jane Doe\nStorm hits coast\nBody.").title.as_deref(), Some("Storm hits coast"));
    }
}
