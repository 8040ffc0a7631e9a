//! Cleaning: turns a [`RawArticle`] into the [`Article`] whose text every later offset indexes.
//!
//! Steps, in order: character normalisation (NFC, odd spaces, invisibles), line tidying,
//! line rules (captions, credits, site chrome, the repeated title), language of the article and
//! of each paragraph (passages in another language go), paragraph layout. Every removed line is
//! kept in [`Article::removed`] with its reason, so a reader can audit what went.
//!
//! The output is a pure function of the input, and cleaning a cleaned article again (with the
//! title and language it got) removes nothing more.

mod inline;
mod lang;
mod normalize;
mod rules;

use dossier_core::{Article, RawArticle, Removed};

pub use lang::{from_code as whatlang_lang, iso1};
pub use normalize::normalise;

/// Knobs for [`clean_with`]. The defaults suit news articles.
#[derive(Debug, Clone)]
pub struct CleanOptions {
    /// Take the title from the first lines when the input has none (plain-text articles often
    /// start with their headline), and drop it from the body.
    pub infer_title: bool,
    /// Remove paragraphs confidently detected in a language other than the article's.
    pub drop_foreign: bool,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions { infer_title: true, drop_foreign: true }
    }
}

/// Cleans one article with the default options.
pub fn clean(raw: RawArticle) -> Article {
    clean_with(raw, &CleanOptions::default())
}

/// One kept or removed line while cleaning.
struct Line {
    text: String,
    words: usize,
    /// Index of the paragraph (blank-line separated block) it belongs to.
    para: usize,
    removed: Option<&'static str>,
}

/// Cleans one article.
pub fn clean_with(raw: RawArticle, opts: &CleanOptions) -> Article {
    let text = normalise(&raw.text);
    let mut lines = split_lines(&text);
    // Hover cards inside sentences go first, so every later rule sees the sentence alone.
    let mut inline_removed = Vec::new();
    for line in &mut lines {
        if let Some((t, frags)) = inline::strip_name_cards(&line.text) {
            line.words = t.bytes().filter(|&b| b == b' ').count() + 1;
            line.text = t;
            inline_removed.extend(frags.into_iter().map(|f| Removed { line: f, reason: "name-card".to_string() }));
        }
    }

    let outlet_key = raw.outlet.as_deref().map(fold).filter(|k| !k.is_empty());
    apply_line_rules(&mut lines, outlet_key.as_deref());

    // Title: a declared one is repeated as the first body line by many extractors; without one,
    // a plain-text article usually opens with its headline.
    let mut title =
        raw.title.as_deref().map(|t| normalize::tidy_line(&normalise(t).replace('\n', " "))).filter(|t| !t.is_empty());
    let author_key = raw.author.as_deref().map(fold).filter(|k| !k.is_empty());
    match &title {
        Some(t) => drop_repeated_title(&mut lines, &fold(t)),
        None if opts.infer_title => {
            title = infer_title(&mut lines, author_key.as_deref());
            if let Some(t) = &title {
                drop_repeated_title(&mut lines, &fold(t));
            }
        }
        None => {}
    }

    // After the title, so that both passes over a text see the same window.
    drop_bylines(&mut lines, author_key.as_deref());

    let declared = raw.language.as_deref().and_then(lang::normalise_declared);
    let detected = if declared.is_none() { lang::detect_article(kept(&lines)) } else { None };
    let article_lang = declared.as_deref().and_then(lang::from_code).or(detected);
    if opts.drop_foreign
        && let Some(al) = article_lang
    {
        drop_foreign(&mut lines, al);
        // A headline or byline that a removed passage hid is now at the top; a second pass
        // over the cleaned text would take it, so take it here.
        if title.is_none() && opts.infer_title {
            title = infer_title(&mut lines, author_key.as_deref());
            if let Some(t) = &title {
                drop_repeated_title(&mut lines, &fold(t));
            }
        }
        drop_bylines(&mut lines, author_key.as_deref());
    }
    let language = declared.or_else(|| detected.map(|l| iso1(l).to_string()));

    if title.is_none() && opts.infer_title {
        // No headline at all (the text opens with its lead): name the article by its first
        // sentence, which stays in the body. After every removal, so a second pass agrees.
        title = kept(&lines).next().and_then(lead_title);
    }
    let (body, mut removed) = assemble(lines);
    removed.extend(inline_removed);
    let id = Article::derive_id(raw.url.as_deref(), raw.outlet.as_deref(), title.as_deref(), &body);
    Article {
        id,
        source: raw.source,
        url: raw.url,
        outlet: raw.outlet,
        title,
        published: raw.published,
        language,
        author: raw.author,
        text: body,
        removed,
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut para = 0;
    let mut blank = true;
    for raw in text.split('\n') {
        let t = normalize::tidy_line(raw);
        if t.is_empty() {
            if !blank {
                para += 1;
            }
            blank = true;
            continue;
        }
        blank = false;
        // Tidied: single spaces between words, none at the ends.
        let words = t.bytes().filter(|&b| b == b' ').count() + 1;
        out.push(Line { text: t, words, para, removed: None });
    }
    out
}

fn kept(lines: &[Line]) -> impl Iterator<Item = &str> {
    lines.iter().filter(|l| l.removed.is_none()).map(|l| l.text.as_str())
}

/// Longest fallback title, in characters; longer lead sentences are cut at a comma or a word.
const LEAD_TITLE_MAX_CHARS: usize = 120;

/// A display title from a lead paragraph: its first sentence, shortened to a readable length.
fn lead_title(line: &str) -> Option<String> {
    let full = line.trim();
    let line = strip_dateline(full);
    // The first sentence: up to ". " followed by an uppercase letter, or the whole line.
    let mut end = line.len();
    for (i, _) in line.match_indices(". ") {
        if i >= 20 && line[i + 2..].chars().next().is_some_and(char::is_uppercase) {
            end = i;
            break;
        }
    }
    let sentence = line[..end].trim_end_matches(['.', ' ']);
    // A one-sentence line is its own paragraph's whole text: as a title it would be removed from
    // the body when the article is cleaned again with it declared.
    if sentence.chars().count() < 3 {
        return None;
    }
    if sentence.chars().count() <= LEAD_TITLE_MAX_CHARS {
        return (sentence != full.trim_end_matches(['.', ' '])).then(|| sentence.to_string());
    }
    let cut = sentence.char_indices().nth(LEAD_TITLE_MAX_CHARS).map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let at = match head.rfind(", ") {
        Some(c) if c >= 40 => c,
        _ => head.rfind(' ').unwrap_or(cut),
    };
    Some(format!("{}…", head[..at].trim_end_matches([',', ' '])))
}

/// The text after a wire dateline ("BAGHDAD (Reuters) - ", "WASHINGTON — "): an upper-case place,
/// an optional agency in brackets, then a dash.
fn strip_dateline(line: &str) -> &str {
    for dash in [" - ", " — ", " – ", " -- "] {
        if let Some(i) = line.find(dash) {
            let head = &line[..i];
            let place = head.split(" (").next().unwrap_or(head).trim_end_matches(',');
            let caps = place.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            if i <= 60 && caps && place.chars().any(char::is_alphabetic) {
                return line[i + dash.len()..].trim_start();
            }
        }
    }
    line
}

/// Lowercase letters and digits only, single-spaced: for comparing titles and outlet names.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

fn apply_line_rules(lines: &mut [Line], outlet: Option<&str>) {
    let mut in_link_list = false;
    for line in lines.iter_mut() {
        if in_link_list {
            if rules::is_link_like(&line.text, line.words) {
                line.removed = Some("chrome");
                continue;
            }
            in_link_list = false;
        }
        if let Some(r) = rules::classify(&line.text, line.words) {
            line.removed = Some(r);
            in_link_list = rules::is_list_header(&line.text);
            continue;
        }
        // A line that is only the outlet's name is a masthead or footer.
        if line.words <= 6 && outlet.is_some_and(|o| fold(&line.text) == o) {
            line.removed = Some("chrome");
        }
    }
}

/// How many kept lines at the top may hold a byline.
const BYLINE_LINES: usize = 3;

/// Removes bylines near the top (among the first kept lines that are not bylines): "By Jane
/// Doe", or a line that is just the declared author.
fn drop_bylines(lines: &mut [Line], author: Option<&str>) {
    let mut others = 0;
    for line in lines.iter_mut().filter(|l| l.removed.is_none()) {
        if others >= BYLINE_LINES {
            break;
        }
        if is_byline(line, author) {
            line.removed = Some("byline");
        } else {
            others += 1;
        }
    }
}

fn is_byline(line: &Line, author: Option<&str>) -> bool {
    (line.words <= 8 && author.is_some_and(|a| fold(&line.text) == a)) || rules::is_byline(&line.text, line.words)
}

/// Removes leading body lines that repeat the declared title.
fn drop_repeated_title(lines: &mut [Line], title_key: &str) {
    if title_key.is_empty() {
        return;
    }
    for line in lines.iter_mut().filter(|l| l.removed.is_none()) {
        if fold(&line.text) == title_key {
            line.removed = Some("title");
        } else if !rules::is_byline(&line.text, line.words) {
            break;
        }
    }
}

/// Most words a headline has; a standfirst or lead paragraph is longer.
const TITLE_MAX_WORDS: usize = 20;

/// Picks the headline among the first two kept paragraphs: a paragraph of one short line that
/// does not read as a sentence. Removes it from the body and returns it.
fn infer_title(lines: &mut [Line], author: Option<&str>) -> Option<String> {
    // Bylines are removed right after this; they must not make a headline's paragraph look
    // like two lines now and one line when the cleaned text is cleaned again.
    let kept_idx: Vec<usize> =
        (0..lines.len()).filter(|&i| lines[i].removed.is_none() && !is_byline(&lines[i], author)).collect();
    let mut paras_seen = 0;
    let mut k = 0;
    while k < kept_idx.len() && paras_seen < 2 {
        let i = kept_idx[k];
        let para = lines[i].para;
        let end = kept_idx[k..].iter().position(|&j| lines[j].para != para).map_or(kept_idx.len(), |p| k + p);
        let single = end - k == 1;
        // The body must go on after it, or it is the body itself.
        if single && end < kept_idx.len() && is_headline(&lines[i]) {
            lines[i].removed = Some("title");
            return Some(lines[i].text.clone());
        }
        paras_seen += 1;
        k = end;
    }
    None
}

fn is_headline(line: &Line) -> bool {
    let t = line.text.as_str();
    !rules::is_byline(t, line.words)
        && (3..=TITLE_MAX_WORDS).contains(&line.words)
        && t.len() <= 200
        && !t.ends_with(['.', ',', ':', ';', '…'])
        && !t.starts_with(['“', '"', '‘', '\'', '(', '[', '-', '•', '*'])
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Removes paragraphs, and long lines inside mixed paragraphs, confidently in another language.
fn drop_foreign(lines: &mut [Line], article: whatlang::Lang) {
    let mut start = 0;
    while start < lines.len() {
        let para = lines[start].para;
        let end = lines[start..].iter().position(|l| l.para != para).map_or(lines.len(), |p| start + p);
        let block = &mut lines[start..end];
        let live: Vec<usize> = (0..block.len()).filter(|&i| block[i].removed.is_none()).collect();
        if !live.is_empty() {
            // Most paragraphs are one line: judge it in place rather than a joined copy.
            let joined: std::borrow::Cow<'_, str> = match live.as_slice() {
                [only] => block[*only].text.as_str().into(),
                _ => live.iter().map(|&i| block[i].text.as_str()).collect::<Vec<_>>().join("\n").into(),
            };
            if lang::is_foreign(&joined, article).is_some() {
                for &i in &live {
                    block[i].removed = Some("foreign-language");
                }
            } else if live.len() > 1 {
                for &i in &live {
                    if lang::is_foreign(&block[i].text, article).is_some() {
                        block[i].removed = Some("foreign-language");
                    }
                }
            }
        }
        start = end;
    }
}

/// Joins kept lines (single newline inside a paragraph, one blank line between paragraphs) and
/// lists the removed ones in order.
fn assemble(lines: Vec<Line>) -> (String, Vec<Removed>) {
    let mut body = String::new();
    let mut removed = Vec::new();
    let mut last_para = None;
    for l in lines {
        if let Some(reason) = l.removed {
            removed.push(Removed { line: l.text, reason: reason.to_string() });
            continue;
        }
        match last_para {
            None => {}
            Some(p) if p == l.para => body.push('\n'),
            Some(_) => body.push_str("\n\n"),
        }
        body.push_str(&l.text);
        last_para = Some(l.para);
    }
    (body, removed)
}

#[cfg(test)]
mod tests;
