//! Tokens, quotation marks and sentences: the small amount of text segmentation the quote
//! extractor needs. Kept apart from the extraction rules so it can be swapped for the shared
//! splitter in `dossier-nlp` once that exists.

/// What a token is. Words keep internal dots, hyphens and apostrophes ("U.S.", "al-Araji",
/// "Iraq’s") so names and possessives stay whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A quotation mark; `double` for “ ” " « » „, false for ‘ ’ '.
    Mark {
        double: bool,
    },
    Punct(char),
    /// One or more line breaks: paragraphs never share a sentence or an open quote.
    Para,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or text start) right before the token.
    pub space_before: bool,
}

/// Abbreviations whose trailing dot belongs to the word (titles, months, company suffixes):
/// the dot after them does not end a sentence.
const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "brig", "lt", "maj", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
    "st", "jr", "sr", "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "vs", "etc", "no", "ft", "mt", "pres", "gens", "sens", "reps", "messrs", "ave",
    "dept", "univ", "est", "approx",
];

/// (General Punctuation by its range: no Unicode table lookup for curly quotes and dashes.)
fn is_word_char(c: char) -> bool {
    if dossier_core::GENERAL_PUNCTUATION.contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

fn is_abbrev(word: &str) -> bool {
    ABBREV.iter().any(|a| a.eq_ignore_ascii_case(word))
        || (word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic()))
        || word.contains('.')
}

/// Splits `text` into tokens. Linear, allocation-light, never panics.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let n = text.len();
    // The char at byte `i` (or NUL past the end); `i` always sits on a char boundary.
    let bytes = text.as_bytes();
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b < 0x80 => b as char,
        Some(_) => text.get(i..).and_then(|s| s.chars().next()).unwrap_or('\0'),
        None => '\0',
    };
    let next = |i: usize| i + at(i).len_utf8();
    let mut i = 0;
    let mut space = true;
    while i < n {
        let b = i;
        let c = at(i);
        if c.is_whitespace() {
            let mut newline = false;
            while i < n {
                // (ASCII whitespace by its byte: nearly all of it.)
                match bytes[i] {
                    b' ' | b'\t' | b'\r' | 0x0B | 0x0C => i += 1,
                    b'\n' => {
                        newline = true;
                        i += 1;
                    }
                    x if x < 0x80 => break,
                    _ => {
                        let w = at(i);
                        if !w.is_whitespace() {
                            break;
                        }
                        newline |= w == '\u{2029}';
                        i = next(i);
                    }
                }
            }
            if newline {
                out.push(Token { start: b, end: i, kind: Kind::Para, space_before: true });
            }
            space = true;
            continue;
        }
        if is_word_char(c) {
            i = next(i);
            loop {
                // (ASCII letters and digits first, eight bytes at a time: most of any word.)
                i = dossier_core::ascii_alnum_end(bytes, i);
                let d = at(i);
                if i < n && is_word_char(d) {
                    i = next(i);
                } else if i < n
                    && matches!(d, '.' | '-' | '\'' | '’' | '&' | '\u{2010}' | '\u{2011}')
                    && is_word_char(at(next(i)))
                    // "said.Trump claimed": a missing space after a full stop, not "U.S." (a
                    // lower-case word of two letters or more before the dot, a capital after).
                    && !(d == '.'
                        && at(next(i)).is_uppercase()
                        && i >= b + 2
                        && text[b..i].chars().all(char::is_lowercase))
                {
                    i = next(next(i));
                } else if i < n
                    && d == ','
                    && bytes.get(i - 1).is_some_and(u8::is_ascii_digit)
                    && at(i + 1).is_ascii_digit()
                {
                    // A thousands separator ("10,000") is part of the number, not a clause break.
                    i += 2;
                } else {
                    break;
                }
            }
            // "Sanders’ campaign": a plural possessive's apostrophe belongs to the word when a
            // lower-case word follows (a closing single quote is followed by punctuation or a
            // capital more often).
            if i < n
                && matches!(at(i), '’' | '\'')
                && text[b..i].ends_with(['s', 'S'])
                && at(next(i)) == ' '
                && at(next(next(i))).is_lowercase()
            {
                i = next(i);
                out.push(Token { start: b, end: i, kind: Kind::Word, space_before: space });
                space = false;
                continue;
            }
            // A trailing dot joins abbreviations ("Gen.", "U.S.") but not sentence ends; "No."
            // abbreviates "number" only before one ("No. 2"), not in "said no.".
            let numbered = |w: &str| {
                !w.eq_ignore_ascii_case("no") || text[i + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit())
            };
            if i < n && at(i) == '.' && is_abbrev(&text[b..i]) && numbered(&text[b..i]) {
                i += 1;
            }
            out.push(Token { start: b, end: i, kind: Kind::Word, space_before: space });
            space = false;
            continue;
        }
        // Three in a row close a nested quote ("… 'them,'''": the single one, then the
        // double) or open one ("'''We …": the double, then the single).
        if matches!(c, '\'' | '’' | '‘') && at(next(i)) == c && at(next(next(i))) == c {
            let closing = !space;
            let (first, second) = if closing { (false, true) } else { (true, false) };
            let mid = if first { next(next(i)) } else { next(i) };
            out.push(Token { start: b, end: mid, kind: Kind::Mark { double: first }, space_before: space });
            i = next(next(next(i)));
            out.push(Token { start: mid, end: i, kind: Kind::Mark { double: second }, space_before: false });
            space = false;
            continue;
        }
        // Two single marks in a row stand for a double one ('' … '' in some archives).
        if matches!(c, '\'' | '’' | '‘') && at(next(i)) == c {
            i = next(next(i));
            out.push(Token { start: b, end: i, kind: Kind::Mark { double: true }, space_before: space });
            space = false;
            continue;
        }
        let kind = match c {
            '“' | '”' | '"' | '«' | '»' | '„' | '‟' => Kind::Mark { double: true },
            '‘' | '’' | '\'' | '‚' | '‛' => Kind::Mark { double: false },
            // The horizontal bar some outlets use for a dash reads as one.
            '―' => Kind::Punct('—'),
            _ => Kind::Punct(c),
        };
        i = next(i);
        out.push(Token { start: b, end: i, kind, space_before: space });
        space = false;
    }
    out
}

/// A direct quotation found from its marks: token indices of the marks and the content bytes.
#[derive(Debug, Clone)]
pub struct Marked {
    /// Index of the opening mark.
    pub open: usize,
    /// Index of the closing mark, or of the last token of the paragraph when left open.
    pub close: usize,
    /// True when the closing mark was found.
    pub closed: bool,
    /// Byte span of the words inside the marks.
    pub start: usize,
    pub end: usize,
    /// True when this quote continues one left open at the end of the previous paragraph.
    pub continuation: bool,
}

fn mark_char(text: &str, t: &Token) -> char {
    text.get(t.start..t.end).and_then(|s| s.chars().next()).unwrap_or(' ')
}

/// Pairs quotation marks paragraph by paragraph. Straight marks toggle; curly marks say which
/// side they are; single marks count as quotes only where they cannot be apostrophes. A double
/// quote still open at a paragraph's end closes there (news style for multi-paragraph quotes,
/// where each paragraph reopens and only the last one closes). Only top-level quotes are
/// returned: nested single quotes stay part of their outer quote.
pub fn find_marked(text: &str, toks: &[Token]) -> Vec<Marked> {
    let mut out: Vec<Marked> = Vec::new();
    // (open index, double?)
    let mut open: Option<(usize, bool)> = None;
    let mut nested_single = false;
    let mut carry = false;
    let mut para_first = true;
    let mut continuation_pending = false;
    let word_after = |i: usize| {
        toks.get(i + 1).is_some_and(|t| !t.space_before && !matches!(t.kind, Kind::Para | Kind::Mark { .. }))
    };
    let close_quote = |out: &mut Vec<Marked>, o: usize, c: usize, closed: bool, cont: bool| {
        let start = toks.get(o).map_or(0, |t| t.end);
        let end = if closed { toks.get(c).map_or(start, |t| t.start) } else { toks.get(c).map_or(start, |t| t.end) };
        if end > start {
            out.push(Marked { open: o, close: c, closed, start, end, continuation: cont });
        }
    };
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        match t.kind {
            Kind::Para => {
                if let Some((o, double)) = open.take() {
                    // Left open: the next paragraph must reopen for this to be a quote at all.
                    let next_opens = toks.get(i + 1).is_some_and(|n| {
                        matches!(n.kind, Kind::Mark { double: true }) && !matches!(mark_char(text, n), '”' | '»')
                    });
                    if double && i > o + 1 {
                        close_quote(&mut out, o, i - 1, false, carry);
                    }
                    continuation_pending = double && next_opens;
                } else {
                    continuation_pending = false;
                }
                carry = false;
                nested_single = false;
                para_first = true;
                i += 1;
                continue;
            }
            Kind::Mark { double: true } => {
                let c = mark_char(text, &t);
                match open {
                    None => {
                        if !matches!(c, '”' | '»') || para_first {
                            open = Some((i, true));
                            carry = para_first && continuation_pending;
                        }
                    }
                    Some((o, true)) => {
                        if matches!(c, '“' | '«' | '„') && t.space_before && word_after(i) {
                            // A second opener: the first was never closed. Restart here.
                            open = Some((i, true));
                            let _ = o;
                        } else {
                            close_quote(&mut out, o, i, true, carry);
                            open = None;
                            carry = false;
                        }
                    }
                    Some((o, false)) => {
                        // A double mark inside a single-quoted span: treat the single as bogus.
                        let _ = o;
                        open = Some((i, true));
                        carry = false;
                    }
                }
                nested_single = false;
            }
            Kind::Mark { double: false } => {
                let c = mark_char(text, &t);
                let can_open = matches!(c, '‘' | '\'' | '‛')
                    && (t.space_before
                        || i == 0
                        || matches!(
                            toks.get(i.wrapping_sub(1)).map(|p| p.kind),
                            Some(Kind::Para | Kind::Mark { double: true } | Kind::Punct('(' | '[' | '—' | '–'))
                        ))
                    && word_after(i);
                let prev_word = i > 0 && !t.space_before && matches!(toks[i - 1].kind, Kind::Word | Kind::Punct(_));
                let can_close = matches!(c, '’' | '\'') && prev_word && !word_after(i);
                match open {
                    None => {
                        if can_open {
                            open = Some((i, false));
                            carry = false;
                        }
                    }
                    Some((o, false)) => {
                        if can_close {
                            close_quote(&mut out, o, i, true, false);
                            open = None;
                        }
                    }
                    Some((_, true)) => {
                        if can_open {
                            nested_single = true;
                        } else if can_close && nested_single {
                            nested_single = false;
                        }
                    }
                }
            }
            _ => {}
        }
        para_first = false;
        i += 1;
    }
    if let Some((o, true)) = open
        && toks.len() > o + 1
    {
        close_quote(&mut out, o, toks.len() - 1, false, carry);
    }
    out
}

/// Sentence boundaries as token ranges `[start, end)`. A sentence ends at `.`, `!` or `?` (with
/// any closing marks after it) when the next token starts a new sentence, and always at a
/// paragraph break; never inside a direct quote, so a quoted passage stays with its attribution.
pub fn sentences(text: &str, toks: &[Token], inside_quote: &[bool]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        match toks[i].kind {
            Kind::Para => {
                if i > start {
                    out.push((start, i));
                }
                start = i + 1;
            }
            _ if ends_sentence(text, toks, inside_quote, i) => {
                let mut j = i + 1;
                while j < toks.len()
                    && matches!(toks[j].kind, Kind::Mark { .. } | Kind::Punct(')'))
                    && !toks[j].space_before
                {
                    j += 1;
                }
                let inside = inside_quote.get(i).copied().unwrap_or(false);
                // ("$27.16. Sanders appears …": a decimal number ending the sentence is no
                // abbreviation.)
                let abbrev_word = toks[i].kind == Kind::Word
                    && !text.get(toks[i].start..toks[i].end.saturating_sub(1)).is_some_and(|w| {
                        w.starts_with(|c: char| c.is_ascii_digit())
                            && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
                    });
                let next_starts = if inside {
                    // After a quote's last sentence any capitalised word starts a new one.
                    toks.get(j).is_some_and(|t| {
                        t.kind == Kind::Word
                            && text.get(t.start..t.end).and_then(|w| w.chars().next()).is_some_and(|c| c.is_uppercase())
                    })
                } else if abbrev_word {
                    // After a quote's last sentence or an abbreviation, only a word that
                    // typically opens a sentence proves a boundary ("… U.S. He says").
                    toks.get(j)
                        .is_some_and(|t| t.kind == Kind::Word && is_starter(text.get(t.start..t.end).unwrap_or("")))
                } else {
                    match toks.get(j) {
                        None => true,
                        Some(t) => match t.kind {
                            Kind::Para | Kind::Mark { .. } => true,
                            Kind::Word => text
                                .get(t.start..t.end)
                                .and_then(|s| s.chars().next())
                                .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
                            // "… Mr. Sykes said. (Just take a look …)": a bracketed sentence.
                            Kind::Punct('(' | '[') => toks.get(j + 1).is_some_and(|w| {
                                w.kind == Kind::Word
                                    && text
                                        .get(w.start..w.end)
                                        .and_then(|s| s.chars().next())
                                        .is_some_and(char::is_uppercase)
                            }),
                            _ => false,
                        },
                    }
                };
                if next_starts && toks.get(j).is_none_or(|t| t.space_before || matches!(t.kind, Kind::Para)) {
                    out.push((start, j));
                    start = j;
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

/// Capitalised words that almost always open a sentence.
fn is_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "A"
            | "An"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "As"
            | "At"
            | "On"
            | "For"
            | "If"
            | "When"
            | "While"
            | "After"
            | "So"
            | "Yet"
            | "Still"
            | "Now"
            | "Then"
            | "However"
            | "Asked"
            | "Some"
            | "Many"
            | "Most"
            | "Other"
            | "Others"
            | "Those"
            | "These"
            | "What"
            | "Why"
            | "How"
            | "Meanwhile"
            | "Instead"
            | "Also"
            | "Even"
            | "Although"
            | "Though"
            | "Since"
            | "Before"
    )
}

/// Token `i` may end a sentence: a full stop, `!` or `?` outside quotes; one right before the
/// mark that closes a quote; or an abbreviation-like word that carries the stop ("U.S.").
fn ends_sentence(text: &str, toks: &[Token], inside_quote: &[bool], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    match t.kind {
        Kind::Punct('.' | '!' | '?') => {
            if !inside_quote.get(i).copied().unwrap_or(false) {
                return true;
            }
            // Inside a quote: only right before the mark that closes it.
            toks.get(i + 1).is_some_and(|m| matches!(m.kind, Kind::Mark { .. }) && !m.space_before)
                && inside_quote.get(i + 1).copied().unwrap_or(false)
                && !inside_quote.get(i + 2).copied().unwrap_or(false)
        }
        Kind::Word => {
            let w = text.get(t.start..t.end).unwrap_or("");
            w.ends_with('.') && w[..w.len() - 1].contains('.') && !inside_quote.get(i).copied().unwrap_or(false)
        }
        _ => false,
    }
}
