//! Figures in news text: every amount written in digits or words ("2,500", "eight", "a dozen",
//! "$347 million", "€1.2bn", "40%", "1.5 km") with its scaled value, unit, what it counts, the
//! hedge before it and the date it holds for.
//!
//! The extractor is a single pass over a light tokenization with word lists, no regexes and no
//! model: it has to run on thousands of articles a second, and each rule is one a reader would
//! state ("a four-digit number after *in* with no unit is a year"), so it holds for news in
//! general rather than for one corpus.

use std::borrow::Cow;

use chrono::NaiveDate;
use dossier_core::{Figure, Span, TimeExpr, TimexType};

mod lexicon;
mod tokens;

use lexicon as lx;
use tokens::{Kind, Tok, tokenize};

/// Finds the figures in `text`. `published` is the fallback date; `times` are the article's
/// resolved time expressions: numbers inside them are not figures, and a dated one in the same
/// clause gives a figure its date. Never panics; spans lie on char boundaries, sorted, disjoint.
pub fn extract_figures(text: &str, published: Option<NaiveDate>, times: &[TimeExpr]) -> Vec<Figure> {
    let doc = Doc::new(text, times);
    let mut raws: Vec<Raw> = Vec::new();
    let mut i = 0;
    while i < doc.toks.len() {
        match doc.figure_at(i) {
            Some(mut r) => {
                // A hedge looked for backwards must not reach into the previous figure.
                let last_end = raws.last().map_or(0, |p| p.end_tok);
                if r.start_tok < last_end {
                    r.start_tok = last_end.min(r.num_tok);
                    r.qualifier = None;
                }
                i = r.end_tok.max(i + 1);
                raws.push(r);
            }
            None => i += 1,
        }
    }
    doc.share_across_coordination(&mut raws);
    let published = published.map(|d| d.format("%Y-%m-%d").to_string());
    raws.into_iter()
        .map(|r| Figure {
            span: Span::new(doc.tok(r.start_tok).start, doc.tok(r.end_tok - 1).end),
            value: r.value,
            unit: r.unit,
            counts: r.counts,
            qualifier: r.qualifier.map(str::to_string),
            date: doc.date_for(r.num_tok, times).or_else(|| published.clone()),
        })
        .collect()
}

/// A figure before its byte span and date are settled.
#[derive(Debug, Clone)]
struct Raw {
    start_tok: usize,
    /// First token of the number itself.
    num_tok: usize,
    /// One past the last token the figure covers.
    end_tok: usize,
    /// One past the number, scale and unit (before the counted phrase).
    unit_end: usize,
    value: f64,
    /// The multiplier a scale word applied ("million"), 1 when none.
    scale: f64,
    unit: Option<String>,
    counts: Option<String>,
    /// The head noun of `counts` without what follows it, shared across "2,500 US and 1,000 …".
    head: Option<String>,
    /// `counts` ends with a modifier that needs a head ("US", "Iraqi").
    counts_open: bool,
    qualifier: Option<&'static str>,
}

/// The number itself: its value and tokens, before any scale or unit.
#[derive(Debug, Clone, Copy)]
struct Core {
    value: f64,
    first: usize,
    next: usize,
    digits: bool,
    /// Digits without separators or decimals ("2017", "35").
    plain_int: bool,
    /// A vague plural ("hundreds of"): the value is a floor.
    vague: bool,
    /// The word "one" alone, which is often a pronoun.
    lone_one: bool,
    /// A fraction in words ("two-thirds"): counts what follows "of".
    fraction: bool,
}

struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Sentence number of each token.
    sent: Vec<u32>,
    /// Clause number of each token (sentences split further at commas, colons, dashes).
    seg: Vec<u32>,
    /// Byte spans of the time expressions, sorted.
    time_spans: Vec<Span>,
    /// `time_ends[k]`: the largest end among `time_spans[..=k]`, so an overlap test is one
    /// binary search however many time expressions an article has.
    time_ends: Vec<usize>,
    /// Indices into the caller's `times`, ordered by start.
    time_order: Vec<usize>,
    /// The text in ASCII lower case: same byte offsets, so token spans index it too.
    low: String,
}

fn lower(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) { Cow::Owned(s.to_lowercase()) } else { Cow::Borrowed(s) }
}

fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.')
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A plural common noun by its ending, or a known irregular plural.
fn is_plural(w: &str) -> bool {
    let l = lower(w);
    let l = l.as_ref();
    if lx::is_irregular_plural(l) {
        return true;
    }
    l.chars().count() > 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("is")
        && !l.ends_with("'s")
        && !l.ends_with("’s")
}

const EMPTY: Tok = Tok { start: 0, end: 0, kind: Kind::Sym, sp: true, nl: true };

impl<'a> Doc<'a> {
    fn new(text: &'a str, times: &[TimeExpr]) -> Self {
        let toks = tokenize(text);
        let low = text.to_ascii_lowercase();
        let mut sent = Vec::with_capacity(toks.len());
        let mut seg = Vec::with_capacity(toks.len());
        let (mut s, mut g) = (0u32, 0u32);
        for (i, t) in toks.iter().enumerate() {
            if t.nl && i > 0 {
                s += 1;
                g += 1;
            }
            sent.push(s);
            seg.push(g);
            if t.kind == Kind::Sym {
                let c = t.text(text);
                match c {
                    "!" | "?" | ";" => {
                        s += 1;
                        g += 1;
                    }
                    "." => {
                        let next = toks.get(i + 1);
                        let ends = match next {
                            None => true,
                            Some(n) => {
                                let prev_abbrev = i > 0
                                    && toks[i - 1].kind == Kind::Word
                                    && lx::is_abbreviation(low.get(toks[i - 1].start..toks[i - 1].end).unwrap_or(""));
                                n.sp && !prev_abbrev
                            }
                        };
                        if ends {
                            s += 1;
                            g += 1;
                        }
                    }
                    "," | ":" | "—" | "–" | "(" | ")" | "\"" | "“" | "”" => g += 1,
                    _ => {}
                }
            }
        }
        let mut time_spans: Vec<Span> = times.iter().map(|t| t.span).collect();
        time_spans.sort();
        let time_ends = time_spans
            .iter()
            .scan(0usize, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        let mut time_order: Vec<usize> = (0..times.len()).collect();
        time_order.sort_by_key(|&k| times.get(k).map_or(0, |t| t.span.start));
        Doc { low, text, toks, sent, seg, time_spans, time_ends, time_order }
    }

    fn tok(&self, i: usize) -> Tok {
        self.toks.get(i).copied().unwrap_or(EMPTY)
    }
    fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }
    /// Token `i` in ASCII lower case (a slice of the pre-lowered text: no allocation).
    fn lw(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.toks.get(i).and_then(|t| self.low.get(t.start..t.end)).unwrap_or(""))
    }
    /// Bytes `a..b` in ASCII lower case.
    fn low_at(&self, a: usize, b: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.low.get(a..b).unwrap_or(""))
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }
    /// Token `i` exists and touches the one before it (no space between).
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| !t.sp)
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.sent.get(a), self.sent.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    fn in_time(&self, start: usize, end: usize) -> bool {
        // Spans are sorted by start: only those starting before `end` can overlap, and one of
        // them does exactly when the furthest end among them passes `start`.
        let idx = self.time_spans.partition_point(|s| s.start < end);
        start < end && idx > 0 && self.time_ends.get(idx - 1).is_some_and(|&e| e > start)
    }

    /// A figure starting with a number at token `i`.
    fn figure_at(&self, i: usize) -> Option<Raw> {
        let mut core = match self.kind(i)? {
            Kind::Num => self.digits_core(i)?,
            Kind::Word if could_start_number(self.lw(i).as_bytes()) => {
                // A number word glued by a hyphen to the word before it is inside a compound
                // ("one-on-one", "fifty-fifty"), as digits are in "F-16"; only the second end
                // of a range ("six-to-ten feet") stands on its own.
                if let Some(v) = lx::small_number(&self.lw(i))
                    && self.glued(i)
                    && matches!(self.t(i - 1), "-" | "–")
                    && self.glued(i - 1)
                    && matches!(self.kind(i - 2), Some(Kind::Word | Kind::Num))
                {
                    let range_end = self.lw(i - 2) == "to"
                        && i >= 4
                        && self.t(i - 3) == "-"
                        && self.glued(i - 2)
                        && self.glued(i - 3)
                        && self.number_at(i - 4).is_some_and(|a| a < v);
                    if !range_end {
                        return None;
                    }
                }
                self.words_core(i)?
            }
            Kind::Word => return None,
            Kind::Sym => self.fraction_symbol(i)?,
        };
        // A capitalised number word after a capitalised word is part of a name: "Uranium One",
        // "Formula One", "Channel Four".
        if !core.digits
            && self.is_word(i)
            && starts_upper(self.t(i))
            && i >= 2
            && self.is_word(i - 1)
            && !self.tok(i).nl
            && starts_upper(self.t(i - 1))
            && self.same_sentence(i - 2, i)
            && lx::qualifier(&[&self.lw(i - 1)]).is_none()
            && !lx::is_function_word(&self.lw(i - 1))
        {
            return None;
        }
        // "four-in-ten Americans", "a one-in-five chance": a proportion, like "two-thirds".
        if !core.fraction
            && core.value > 0.0
            && self.t(core.next) == "-"
            && self.glued(core.next)
            && self.lw(core.next + 1) == "in"
            && self.glued(core.next + 1)
            && let Some((d, nd)) = self.hyphen_number(core.next + 3)
            && d > core.value
        {
            core.value /= d;
            core.next = nd;
            core.fraction = true;
            core.lone_one = false;
        }
        if self.in_time(self.tok(core.first).start, self.tok(core.next - 1).end) {
            return None;
        }
        let (prefix_code, prefix_mult, mut start) = self.currency_prefix(core.first);
        let mut value = core.value * prefix_mult;
        let mut j = core.next;
        let mut unit: Option<String> = prefix_code.map(str::to_string);
        let money = unit.is_some();

        // Scale: "347 million", "1.2bn", "5m", and hyphenated "a $5-million contract".
        let mut scale = 1.0;
        let hyphen_scale = core.digits
            && self.t(j) == "-"
            && self.glued(j)
            && self.glued(j + 1)
            && lx::scale(&self.lw(j + 1), false).is_some();
        if let Some((m, nj)) = self.scale_at(if hyphen_scale { j + 1 } else { j }, money, core.digits) {
            scale = m;
            value *= m;
            j = nj;
        }
        // "millions of dollars": the currency is named after "of".
        if core.vague
            && unit.is_none()
            && self.lw(j) == "of"
            && let Some((u, _, nj)) = self.currency_words(j + 1, false, true)
        {
            unit = Some(u.to_string());
            j = nj;
        }
        // Currency, percent or measure after the number.
        if let Some((u, mult, nj)) = self.unit_after(j, money, scale > 1.0) {
            if unit.is_none() {
                unit = Some(u.to_string());
            }
            value *= mult;
            j = nj;
            // "75 USD million": a scale after the code.
            if scale == 1.0
                && let Some((m, nj2)) = self.scale_at(j, true, false)
            {
                scale = m;
                value *= m;
                j = nj2;
            }
        }
        // "13 dollars and 45 cents", "15 dollars 50": the cents belong to the amount.
        if prefix_code.is_none()
            && scale == 1.0
            && unit.as_deref().is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
            && let Some((cents, nj)) = self.trailing_cents(j)
        {
            value += cents / 100.0;
            j = nj;
        }
        // A rate: "$1.40 a share", "64 cents a dozen", "15% per annum".
        let mut rate = None;
        if unit.is_some()
            && matches!(self.lw(j).as_ref(), "a" | "an" | "per")
            && self.is_word(j + 1)
            && lx::is_rate_noun(&self.lw(j + 1))
        {
            rate = Some(format!("per {}", self.lw(j + 1)));
            j += 2;
        }
        // After digits, any letters still glued on make a code or an ordinal, not an amount.
        if core.digits && (self.is_word(j) || self.is_num(j)) && self.glued(j) {
            return None;
        }
        if core.digits && unit.is_none() && scale == 1.0 && self.not_an_amount(&core, j) {
            return None;
        }
        // "six-to-ten feet", "18-to-35-year-olds": the first end of a range counts nothing itself.
        let range_start = self.t(j) == "-"
            && self.glued(j)
            && self.lw(j + 1) == "to"
            && self.glued(j + 1)
            && self.hyphen_number(j + 3).is_some_and(|(v, _)| v > core.value);
        if unit.is_none() && scale == 1.0 && !range_start && self.hyphen_modifier(j, value) {
            return None;
        }
        // A minus sign right before the digits ("-5 degrees"), not a hyphen inside a word.
        let f = core.first;
        if core.digits
            && start == f
            && f > 0
            && matches!(self.t(f - 1), "-" | "−")
            && !self.glued(f - 1)
            && self.glued(f)
        {
            value = -value;
            start = f - 1;
        }
        let unit_end = j;
        let (qualifier, qstart) = match self.qualifier_before(start) {
            Some((q, s)) => (Some(q), s),
            None if core.vague => (Some("more than"), start),
            None => (None, start),
        };
        let of_ok = core.vague || core.fraction || unit.as_deref() == Some("percent") || self.lw(j + 1) == "the";
        // After a duration only an age names what is counted ("15-year-old students"); else
        // the next word belongs to the sentence ("one day disappear").
        let duration = matches!(
            unit.as_deref(),
            Some("second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century")
        );
        let np = if range_start || (duration && self.lw(j.wrapping_sub(1)) != "old") {
            None
        } else {
            self.counts_at(j, &core, of_ok)
        };
        // "one" and "zero" alone are often pronouns or idioms ("one wants", "zero tolerance"):
        // they count only a common noun right after them, singular for one, plural for zero.
        if core.lone_one && unit.is_none() {
            let first = np.as_ref().and_then(|n| n.text.split(' ').next()).unwrap_or("");
            let noun_ok =
                first.chars().next().is_some_and(char::is_lowercase) && (is_plural(first) == (core.value == 0.0));
            if !noun_ok {
                return None;
            }
        }
        let (counts, head, open, end_tok) = match np {
            Some(np) => (Some(np.text), np.head, np.open, np.end),
            None => (rate, None, false, j),
        };
        if !value.is_finite() {
            return None;
        }
        Some(Raw {
            start_tok: qstart,
            num_tok: core.first,
            end_tok: end_tok.max(core.next),
            unit_end,
            value,
            scale,
            unit,
            counts,
            head,
            counts_open: open,
            qualifier,
        })
    }

    /// Digits at `i`, with a fraction after them ("10 1/2"); None for ids, codes and chains.
    fn digits_core(&self, i: usize) -> Option<Core> {
        let s = self.t(i);
        // The second end of a glued range ("10-15 people") stands as its own figure.
        let range_end = i >= 2 && self.is_range(i - 2);
        // Glued to what comes before: "F-16", "01-08", "v2", "G7".
        if self.glued(i) && !range_end {
            let p = self.t(i - 1);
            match self.kind(i - 1) {
                Some(Kind::Word) => {
                    lx::currency_code(p)?;
                }
                Some(Kind::Num) => return None,
                _ => {
                    if matches!(p, "-" | "–" | "/" | ":" | "." | "_" | "#" | "@" | "=" | "&" | "+" | "'" | "’")
                        && (self.glued(i - 1) && matches!(self.kind(i - 2), Some(Kind::Word | Kind::Num))
                            || matches!(p, "#" | "@" | "_" | "=" | "&" | "." | "'" | "’"))
                    {
                        return None;
                    }
                    if p == "+" && self.is_num(i + 1) {
                        return None;
                    }
                }
            }
        }
        let mut value = parse_num(s)?;
        let mut plain_int = !s.contains(['.', ',']);
        let mut next = i + 1;
        // Thousands set with a no-break or thin space ("10 000", "2 500 000"): typographic,
        // so unlike a plain space it cannot separate two numbers.
        if plain_int && s.len() <= 3 {
            while self.is_num(next)
                && self.t(next).len() == 3
                && self.t(next).bytes().all(|b| b.is_ascii_digit())
                && matches!(
                    self.text.get(self.tok(next - 1).end..self.tok(next).start),
                    Some("\u{a0}" | "\u{202f}" | "\u{2009}")
                )
                && let Some(group) = parse_num(self.t(next))
            {
                value = value * 1000.0 + group;
                plain_int = false;
                next += 1;
            }
        }
        // Glued separators after the digits: dates, times, ranges, file names, fractions.
        if self.glued(next) && self.kind(next) == Some(Kind::Sym) && self.glued(next + 1) {
            let sep = self.t(next);
            let after = self.kind(next + 1);
            match (sep, after) {
                ("/", Some(Kind::Num)) => {
                    let den = parse_num(self.t(next + 1))?;
                    let chained = self.glued(next + 2) && matches!(self.t(next + 2), "/" | "-" | ".");
                    // Only the denominators fractions are written with; "9/11" or "24/7" are names.
                    let usual = matches!(den as u32, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 32 | 100);
                    if !plain_int || chained || !usual || value >= den {
                        return None;
                    }
                    value /= den;
                    next += 2;
                }
                ("-" | "–", Some(Kind::Num)) if self.is_range(i) => {}
                (":" | "-" | "–" | "." | "_", Some(Kind::Num)) => return None,
                ("." | "_" | "@", Some(Kind::Word)) => return None,
                // Brands and legal codes: "7-Eleven", "401(k)", "501(c)(3)".
                ("-" | "–", Some(Kind::Word)) if starts_upper(self.t(next + 1)) => return None,
                ("(", _) => return None,
                _ => {}
            }
        }
        // A mixed number: "10 1/2 miles".
        if plain_int
            && self.is_num(next)
            && self.t(next + 1) == "/"
            && self.glued(next + 1)
            && self.glued(next + 2)
            && self.is_num(next + 2)
            && let (Some(a), Some(b)) = (parse_num(self.t(next)), parse_num(self.t(next + 2)))
            && (2.0..=16.0).contains(&b)
            && a < b
            && !(self.glued(next + 3) && matches!(self.t(next + 3), "/" | "-"))
        {
            value += a / b;
            next += 3;
        }
        if let Some(f) = vulgar_fraction(self.t(next)) {
            value += f;
            next += 1;
        }
        Some(Core { value, first: i, next, digits: true, plain_int, vague: false, lone_one: false, fraction: false })
    }

    /// A range glued with a hyphen, "10-15 people", "2-3 million", "3-5%": two small whole
    /// numbers (not years, not a score or date: a unit, scale or plural noun must follow).
    fn is_range(&self, a: usize) -> bool {
        let (sa, sb) = (self.t(a), self.t(a + 2));
        let small = |x: &str| x.len() <= 3 && x.bytes().all(|c| c.is_ascii_digit()) && !x.starts_with('0');
        if !(self.is_num(a)
            && matches!(self.t(a + 1), "-" | "–")
            && self.glued(a + 1)
            && self.glued(a + 2)
            && self.is_num(a + 2)
            && small(sa)
            && small(sb))
            || self.glued(a)
                && matches!(self.kind(a - 1), Some(Kind::Word | Kind::Num | Kind::Sym))
                && !matches!(self.t(a - 1), "$" | "€" | "£" | "(")
        {
            return false;
        }
        let (va, vb) = (parse_num(sa).unwrap_or(0.0), parse_num(sb).unwrap_or(0.0));
        if va >= vb {
            return false;
        }
        let c = a + 3;
        let next = self.lw(c);
        let next = next.as_ref();
        if self.glued(c) && self.kind(c) == Some(Kind::Num) {
            return false;
        }
        next == "%"
            || lx::unit_word(next).is_some()
            || lx::scale(next, self.glued(c)).is_some()
            || lx::currency_name(next).is_some()
            || (self.is_word(c) && !self.glued(c) && is_plural(self.t(c)) && !lx::is_function_word(next))
    }

    /// "½", "¾" on their own.
    fn fraction_symbol(&self, i: usize) -> Option<Core> {
        let v = vulgar_fraction(self.t(i))?;
        Some(Core {
            value: v,
            first: i,
            next: i + 1,
            digits: false,
            plain_int: false,
            vague: false,
            lone_one: false,
            fraction: false,
        })
    }

    /// Number words: "eight", "twenty-five", "three hundred and twenty", "a dozen",
    /// "half a million", "hundreds of".
    fn words_core(&self, i: usize) -> Option<Core> {
        let w = self.lw(i);
        let w = w.as_ref();
        let mut core = Core {
            value: 0.0,
            first: i,
            next: i,
            digits: false,
            plain_int: false,
            vague: false,
            lone_one: false,
            fraction: false,
        };
        // Vague plurals need "of": "hundreds of people", "tens of thousands of".
        if let Some(v) = lx::vague_scale(w) {
            let mut j = i + 1;
            let mut value = v;
            if self.lw(j) == "of"
                && let Some(v2) = lx::vague_scale(&self.lw(j + 1))
                && v2 > v
            {
                value = v * v2;
                j += 2;
            }
            if self.lw(j) != "of" {
                return None;
            }
            // "dozens" in "dozens of" is a floor; don't count "a hundred" twice.
            if self.is_word(i.wrapping_sub(1)) && matches!(self.lw(i - 1).as_ref(), "the" | "those" | "these") {
                return None;
            }
            core.value = value;
            core.next = j;
            core.vague = true;
            return Some(core);
        }
        // "a third of", "a quarter of": a fraction only when "of" follows.
        if matches!(w, "a" | "an")
            && self.lw(i + 2) == "of"
            && let Some(d) = lx::fraction_denominator(&self.lw(i + 1))
        {
            core.value = 1.0 / d;
            core.next = i + 2;
            core.fraction = true;
            return Some(core);
        }
        let (start_val, mut j) = match w {
            "a" | "an" => match self.lw(i + 1).as_ref() {
                "dozen" => (12.0, i + 2),
                "hundred" | "thousand" | "million" | "billion" | "trillion" => (1.0, i + 1),
                "quarter" | "half"
                    if matches!(self.lw(i + 2).as_ref(), "million" | "billion" | "trillion" | "thousand") =>
                {
                    (if self.lw(i + 1) == "half" { 0.5 } else { 0.25 }, i + 2)
                }
                _ => return None,
            },
            "half" | "quarter" => {
                // "half a million", "half million", "quarter million".
                let k = if matches!(self.lw(i + 1).as_ref(), "a" | "an") { i + 2 } else { i + 1 };
                if w == "half" && self.lw(k) == "dozen" {
                    (6.0, k + 1)
                } else if matches!(self.lw(k).as_ref(), "million" | "billion" | "trillion" | "thousand") {
                    (if w == "half" { 0.5 } else { 0.25 }, k)
                } else {
                    return None;
                }
            }
            "dozen" => {
                // "a dozen" is handled by "a"; a bare "dozen" reads as twelve.
                (12.0, i + 1)
            }
            _ => (lx::small_number(w)?, i + 1),
        };
        let mut total = 0.0;
        let mut cur = start_val;
        let mut last_small = lx::small_number(w).is_some();
        loop {
            // "twenty-five"
            if last_small
                && self.t(j) == "-"
                && self.glued(j)
                && self.glued(j + 1)
                && cur >= 20.0
                && cur % 10.0 == 0.0
                && let Some(u) = lx::small_number(&self.lw(j + 1)).filter(|u| *u < 10.0)
            {
                cur += u;
                j += 2;
                continue;
            }
            let nw = self.lw(j);
            let nw = nw.as_ref();
            if !self.is_word(j) && nw != "-" {
                break;
            }
            // "two-dozen", "sixty-thousand".
            if nw == "-"
                && self.glued(j)
                && self.glued(j + 1)
                && matches!(
                    self.lw(j + 1).as_ref(),
                    "dozen" | "hundred" | "thousand" | "million" | "billion" | "trillion"
                )
            {
                j += 1;
                continue;
            }
            if let Some(u) = lx::small_number(nw).filter(|_| self.is_word(j)) {
                // "ninety five" but not "five five"; "hundred and ten".
                let ok = ((20.0..100.0).contains(&cur) && cur % 10.0 == 0.0 && u < 10.0)
                    || (cur >= 100.0 && cur % 100.0 == 0.0 && u < 100.0);
                if !ok {
                    break;
                }
                cur += u;
                last_small = true;
                j += 1;
                continue;
            }
            // "one-and-a-half", "two and a half" (million).
            if nw == "and" || (nw == "-" && self.lw(j + 1) == "and") {
                let k = if nw == "-" { j + 1 } else { j };
                let seq: Vec<usize> = (k..k + 5).filter(|&x| self.t(x) != "-").take(3).collect();
                if let [a, b, c] = seq[..]
                    && self.lw(a) == "and"
                    && self.lw(b) == "a"
                    && self.lw(c) == "half"
                    && cur > 0.0
                    && cur < 100.0
                {
                    cur += 0.5;
                    j = c + 1;
                    continue;
                }
            }
            if !self.is_word(j) {
                break;
            }
            match nw {
                "hundred" => {
                    cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
                    last_small = false;
                    j += 1;
                }
                "dozen" => {
                    cur *= 12.0;
                    last_small = false;
                    j += 1;
                }
                "quarters" | "quarter"
                    if cur > 0.0 && cur < 4.0 && matches!(self.lw(j + 1).as_ref(), "million" | "billion") =>
                {
                    cur *= 0.25;
                    j += 1;
                }
                "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" => {
                    let m = lx::scale(nw, false).unwrap_or(1.0);
                    total += if cur == 0.0 { 1.0 } else { cur } * m;
                    cur = 0.0;
                    last_small = false;
                    j += 1;
                }
                "and" if (cur >= 100.0 || total > 0.0) && lx::small_number(&self.lw(j + 1)).is_some() => {
                    j += 1;
                }
                _ => break,
            }
        }
        core.value = total + cur;
        core.next = j;
        core.lone_one = matches!(w, "one" | "zero") && j == i + 1;
        // Fractions: "two-thirds", "three quarters of", "one fifth".
        if j == i + 1 && total == 0.0 && (1.0..10.0).contains(&cur) {
            let k = if self.t(j) == "-" && self.glued(j) && self.glued(j + 1) { j + 1 } else { j };
            if let Some(d) = lx::fraction_denominator(&self.lw(k)) {
                core.value = cur / d;
                core.next = k + 1;
                core.lone_one = false;
                core.fraction = true;
                return Some(core);
            }
        }
        Some(core)
    }

    /// Cents written after a currency word: "[and] 45 [cents]", "[and] forty-five [cents]".
    /// Without "cents" only at the end of a phrase, so "5 dollars 2 days later" stays apart.
    fn trailing_cents(&self, j: usize) -> Option<(f64, usize)> {
        let k = if self.lw(j) == "and" { j + 1 } else { j };
        let (v, nk) = match self.kind(k)? {
            Kind::Num => {
                let s = self.t(k);
                if s.len() > 2
                    || !s.bytes().all(|b| b.is_ascii_digit())
                    || (self.glued(k + 1) && matches!(self.kind(k + 1), Some(Kind::Word | Kind::Num)))
                {
                    return None;
                }
                (parse_num(s)?, k + 1)
            }
            Kind::Word => {
                let c = self.words_core(k)?;
                (c.value, c.next)
            }
            Kind::Sym => return None,
        };
        if !((1.0..100.0).contains(&v) && v.fract() == 0.0) {
            return None;
        }
        let after = self.lw(nk);
        if matches!(after.as_ref(), "cent" | "cents") {
            return Some((v, nk + 1));
        }
        let ends = !self.is_word(nk) && !self.is_num(nk) && !matches!(self.t(nk), "%" | "$" | "€" | "£")
            || (lx::is_function_word(&after) && lx::unit_word(&after).is_none());
        ends.then_some((v, nk))
    }

    /// The number is the first half of a compound adjective: glued by a hyphen (at `j`) to a
    /// word that is not a unit (measures, ages and durations were taken as units before), with
    /// a noun after the compound ("a two-state solution", "a three-judge panel", "a one-time
    /// payment", "a one-size-fits-all approach", "a 5-to-4 ruling"), or an "-ed" adjective
    /// ("one-sided", "two-faced"). Such a compound says what kind of thing the noun is, not how
    /// many of the middle word there are. A count stays when the middle word gives a group's
    /// size ("a five-member committee", "a 1,000-strong force") and a measure when the noun is a
    /// size or a change ("a 20-point lead", "a 60-vote majority").
    fn hyphen_modifier(&self, j: usize, value: f64) -> bool {
        if !(self.t(j) == "-" && self.glued(j) && self.glued(j + 1) && self.is_word(j + 1)) {
            return false;
        }
        let word = self.lw(j + 1);
        if (value > 1.0 && lx::is_group_size_word(&word)) || lx::is_approximator_suffix(&word) {
            return false;
        }
        if word.len() > 3 && word.ends_with("ed") {
            return true;
        }
        // The end of the compound, however many parts it has ("2-to-1", "one-size-fits-all").
        let mut m = j;
        while matches!(self.t(m), "-" | "–")
            && self.glued(m)
            && self.glued(m + 1)
            && matches!(self.kind(m + 1), Some(Kind::Word | Kind::Num))
        {
            m += 2;
        }
        let after = self.lw(m);
        let noun_after = self.is_word(m)
            && !self.tok(m).nl
            && self.same_sentence(j, m)
            && !lx::is_function_word(&after)
            && lx::unit_word(&after).is_none();
        // A ratio or score ("a 5-to-4 majority", "one-on-one talks") measures nothing after it.
        noun_after && (lx::is_function_word(&word) || !lx::is_magnitude_noun(&after))
    }

    /// A number (digits or a number word) at `k` glued to the hyphen before it: its value and
    /// the token after it.
    fn hyphen_number(&self, k: usize) -> Option<(f64, usize)> {
        if !(k > 0 && matches!(self.t(k - 1), "-" | "–") && self.glued(k) && self.glued(k - 1)) {
            return None;
        }
        Some((self.number_at(k)?, k + 1))
    }

    /// The value of the one token at `k` when it is digits or a number word.
    fn number_at(&self, k: usize) -> Option<f64> {
        match self.kind(k)? {
            Kind::Num => parse_num(self.t(k)),
            Kind::Word => lx::small_number(&self.lw(k)),
            Kind::Sym => None,
        }
    }

    /// Digits that are a year, a date, a time of day, a label or a phone number.
    /// `j` is the token after the number.
    fn not_an_amount(&self, core: &Core, j: usize) -> bool {
        let f = core.first;
        let s = self.t(f);
        let prev = if f > 0 { self.lw(f - 1) } else { Cow::Borrowed("") };
        let prev = prev.as_ref();
        let next = self.lw(j);
        let next = next.as_ref();
        // Times of day: "10 am", "5 p.m.", "1400 GMT".
        if matches!(next, "am" | "pm" | "gmt" | "utc" | "hrs" | "o'clock" | "o’clock" | "est" | "edt" | "bst" | "cet")
            || (matches!(next, "a" | "p") && self.t(j + 1) == "." && self.lw(j + 2) == "m")
        {
            return true;
        }
        if core.plain_int {
            let v = core.value;
            // Day of month next to a month name: "Dec. 9", "December 31", "17 June", "13 de enero".
            if (1.0..=31.0).contains(&v) && s.len() <= 2 {
                let before_month =
                    f > 0 && lx::is_month(prev) || (prev == "." && f >= 2 && lx::is_month(&self.lw(f - 2)));
                let after_month = lx::is_month(next) || (next == "de" && lx::is_month(&self.lw(j + 1)));
                if before_month || after_month {
                    return true;
                }
            }
            // Years: four digits in the range of years, unless a plural noun follows and either a
            // hedge comes before ("about 2000 troops") or it lies outside the years news mostly
            // names ("1500 people").
            if s.len() == 4 && (1000.0..=2100.0).contains(&v) {
                let plural_next = self.is_word(j)
                    && self.t(j).chars().next().is_some_and(char::is_lowercase)
                    && is_plural(next)
                    && !lx::is_function_word(next)
                    && !lx::is_month(next);
                let counted = plural_next && (self.qualifier_before(f).is_some() || !(1900.0..=2100.0).contains(&v));
                if !counted {
                    return true;
                }
            }
            // Street addresses: "123 Random Street", "1600 Pennsylvania Avenue".
            if (j..j + 3).take_while(|&k| self.is_word(k) && starts_upper(self.t(k))).any(|k| {
                matches!(
                    self.t(k),
                    "Street"
                        | "St"
                        | "Avenue"
                        | "Ave"
                        | "Road"
                        | "Rd"
                        | "Boulevard"
                        | "Blvd"
                        | "Lane"
                        | "Drive"
                        | "Way"
                )
            }) {
                return true;
            }
            // Labels: "Article 5", "exit 436", "version 2".
            if f > 0 && self.is_word(f - 1) && !self.glued(f) && lx::is_label_word(prev) {
                return true;
            }
            // Phone numbers: runs of digit groups, "(202) 555 0100", "+44 20 7946 0958".
            let mut run = 1;
            let mut b = f;
            while run < 3 && b > 0 && self.is_num(b - 1) && !self.glued(b) {
                run += 1;
                b -= 1;
            }
            let mut e = f + 1;
            while run < 3 && self.is_num(e) && !self.glued(e) {
                run += 1;
                e += 1;
            }
            if run >= 3 || (s.len() >= 2 && s.starts_with('0')) {
                return true;
            }
            if prev == "(" && self.t(j) == ")" && self.is_num(j + 1) {
                return true;
            }
        }
        // A capitalised name right before a bare number: "Windows 10", "Boeing 737",
        // "Android 11.0".
        if f >= 2
            && !s.contains(',')
            && self.is_word(f - 1)
            && starts_upper(self.t(f - 1))
            && (!is_acronym(self.t(f - 1)) || !self.is_word(j) || lx::is_function_word(next))
            && self.same_sentence(f - 2, f)
            && !self.tok(f - 1).nl
            && !lx::is_month(prev)
            && !lx::is_weekday(prev)
            && lx::qualifier(&[prev]).is_none()
            && !lx::is_function_word(prev)
        {
            return true;
        }
        // Version numbers: "2.0.1" is caught as a chain; "version 2.5" as a label.
        if f > 0 && self.is_word(f - 1) && matches!(prev, "version" | "v" | "ver" | "release") {
            return true;
        }
        false
    }

    /// A currency symbol or code right before the number: "$", "US$", "€", "USD", "Rs.".
    fn currency_prefix(&self, f: usize) -> (Option<&'static str>, f64, usize) {
        if f == 0 {
            return (None, 1.0, f);
        }
        let p = self.t(f - 1);
        if let Some(code) = lx::currency_symbol(p) {
            if p == "$" && f >= 2 && self.is_word(f - 2) {
                let w = self.lw(f - 2);
                if let Some(c) = lx::dollar_prefix(&w) {
                    // Glued ("US$", "C$"), or a spaced prefix in tokenised text ("us $", "hk $").
                    if self.glued(f - 1) || matches!(w.as_ref(), "us" | "c" | "hk" | "nz" | "mex") {
                        return (Some(c), 1.0, f - 2);
                    }
                }
            }
            return (Some(code), 1.0, f - 1);
        }
        if self.is_word(f - 1)
            && let Some((code, mult)) = lx::currency_code(p)
        {
            return (Some(code), mult, f - 1);
        }
        if p == "." && f >= 2 && matches!(self.t(f - 2), "Rs" | "rs") {
            return (Some("INR"), 1.0, f - 2);
        }
        (None, 1.0, f)
    }

    /// A scale word at `j`: "million", "bn", and after money or glued to digits "m", "k".
    fn scale_at(&self, j: usize, money: bool, digits: bool) -> Option<(f64, usize)> {
        if !self.is_word(j) {
            return None;
        }
        let raw = self.t(j);
        let w = self.lw(j);
        let glued = self.glued(j);
        let one_letter = matches!(w.as_ref(), "m" | "k" | "b");
        if one_letter {
            // "5m" alone is five metres; "$5m", "5M", "1.8m dollars" are millions.
            let money_after = self.is_word(j + 1)
                && (lx::currency_name(&self.lw(j + 1)).is_some() || lx::currency_code(self.t(j + 1)).is_some());
            // "2.5m people", "10k runners": a plural noun after makes it a count, not metres.
            let plural_after = self.is_word(j + 1)
                && !self.glued(j + 1)
                && self.t(j + 1).chars().next().is_some_and(char::is_lowercase)
                && is_plural(self.t(j + 1))
                && !lx::is_function_word(&self.lw(j + 1))
                && lx::unit_word(&self.lw(j + 1)).is_none();
            let ok = digits
                && (money
                    || money_after
                    || (glued && raw == "K")
                    || (glued && matches!(raw, "k" | "m" | "M") && plural_after)
                    || (glued && raw == "k" && !self.is_word(j + 1))
                    || (glued && raw == "M" && (money_after || !self.is_word(j + 1))));
            if !ok || (self.glued(j + 1) && matches!(self.kind(j + 1), Some(Kind::Word | Kind::Num))) {
                return None;
            }
            return Some((lx::scale(&w, true)?, j + 1));
        }
        if w == "grand" && money {
            return Some((1e3, j + 1));
        }
        let m = lx::scale(&w, false)?;
        // "hundred" after digits is rare and fine; never let a scale start a new figure twice.
        Some((m, j + 1))
    }

    /// The unit after the number: currency, percent or measure. Returns the unit, a multiplier
    /// (for "MUSD") and the token after it.
    fn unit_after(&self, j: usize, money: bool, scaled: bool) -> Option<(&'static str, f64, usize)> {
        let raw = self.t(j);
        let w = self.lw(j);
        let w = w.as_ref();
        // Hyphenated: "3-inch", "six-mile", "28-year-old", "12-cent".
        if raw == "-" && self.glued(j) && self.glued(j + 1) && self.is_word(j + 1) {
            let u = self.lw(j + 1);
            // "a 2,380-square-mile park", "a 300-cubic-foot tank".
            if matches!(u.as_ref(), "square" | "sq" | "cubic")
                && self.t(j + 2) == "-"
                && self.glued(j + 2)
                && self.glued(j + 3)
                && let Some(unit) = area_unit(&u, &self.lw(j + 3))
            {
                return Some((unit, 1.0, j + 4));
            }
            // Before a noun "pound" weighs: "a seven-pound baby".
            let pound = matches!(u.as_ref(), "pound" | "pounds").then_some("lb");
            if let Some(unit) = lx::unit_word(&u).or_else(|| lx::currency_name(&u)).or(pound) {
                let mut k = j + 2;
                if self.t(k) == "-" && self.glued(k) && self.lw(k + 1) == "old" {
                    k += 2;
                }
                return Some((unit, 1.0, k));
            }
            return None;
        }
        match self.kind(j) {
            Some(Kind::Sym) => {
                if raw == "%" {
                    return Some(("percent", 1.0, j + 1));
                }
                if let Some(code) = lx::currency_symbol(raw) {
                    // "10 $", "100 €" (but not "$" that starts the next amount: "10 $20").
                    if !self.is_num(j + 1) {
                        return Some((code, 1.0, j + 1));
                    }
                    return None;
                }
                if raw == "°" {
                    let n = self.t(j + 1);
                    if self.glued(j + 1) || matches!(n, "C" | "F" | "Celsius" | "Fahrenheit") {
                        match lower(n).as_ref() {
                            "c" | "celsius" | "celcius" | "centigrade" => {
                                return Some(("°C", 1.0, j + 2));
                            }
                            "f" | "fahrenheit" | "farenheit" => return Some(("°F", 1.0, j + 2)),
                            _ => {}
                        }
                    }
                    return Some(("degree", 1.0, j + 1));
                }
                if raw == "\"" && self.glued(j) {
                    return None;
                }
                None
            }
            Some(Kind::Word) => {
                if let Some(code) = lx::currency_symbol(raw) {
                    return Some((code, 1.0, j + 1));
                }
                // Currency codes as written: "115USD", "20 usd", "30 MUSD".
                if let Some((code, mult)) = lx::currency_code(raw) {
                    return Some((code, mult, j + 1));
                }
                if let Some(r) = self.currency_words(j, money, scaled) {
                    return Some(r);
                }
                // Percent in words: "25 percent", "per cent", "percentage points".
                if w == "per" && self.lw(j + 1) == "cent" {
                    return Some(("percent", 1.0, j + 2));
                }
                if w == "percentage" {
                    if matches!(self.lw(j + 1).as_ref(), "points" | "point") {
                        return Some(("percentage point", 1.0, j + 2));
                    }
                    return None;
                }
                if let Some(r) = self.measure_words(j) {
                    return Some(r);
                }
                None
            }
            _ => None,
        }
    }

    /// "dollars", "US dollars", "Iraqi dinars", "pounds sterling", "million pounds".
    fn currency_words(&self, j: usize, money: bool, scaled: bool) -> Option<(&'static str, f64, usize)> {
        // Up to two adjectives before the currency name: "Hong Kong dollars".
        for k in j..j + 3 {
            if !self.is_word(k) {
                return None;
            }
            let n = self.lw(k);
            let n = n.as_ref();
            let is_name = lx::currency_name(n).is_some() || matches!(n, "pound" | "pounds" | "won" | "mark" | "marks");
            if is_name {
                let by_country = if k > j { lx::currency_by_country(&self.lw(k - 1), n) } else { None };

                let code = match by_country {
                    Some(c) => c,
                    None => match n {
                        "pound" | "pounds" => {
                            if money || scaled || self.lw(k + 1) == "sterling" {
                                "GBP"
                            } else {
                                return Some(("lb", 1.0, k + 1));
                            }
                        }
                        "won" if scaled => "KRW",
                        "won" | "mark" | "marks" => return None,
                        _ => lx::currency_name(n)?,
                    },
                };
                let mut end = k + 1;
                if self.lw(end) == "sterling" {
                    end += 1;
                }
                return Some((code, 1.0, end));
            }
            // Only capitalised words or a country adjective may stand before the name.
            let raw = self.t(k);
            if !(starts_upper(raw)
                || matches!(
                    n,
                    "us" | "u.s"
                        | "hong"
                        | "kong"
                        | "new"
                        | "zealand"
                        | "south"
                        | "saudi"
                        | "swiss"
                        | "iraqi"
                        | "canadian"
                        | "australian"
                        | "japanese"
                        | "chinese"
                        | "indian"
                        | "mexican"
                        | "egyptian"
                        | "turkish"
                        | "korean"
                        | "sri"
                        | "lankan"
                        | "finnish"
                        | "dutch"
                        | "german"
                        | "french"
                ))
            {
                return None;
            }
        }
        None
    }

    /// Measures, including two-word ones: "metric tons", "square miles", "degrees Celsius",
    /// "miles per hour", "years old".
    fn measure_words(&self, j: usize) -> Option<(&'static str, f64, usize)> {
        let raw = self.t(j);
        let w = self.lw(j);
        let w = w.as_ref();
        let n1 = self.lw(j + 1);
        let n1 = n1.as_ref();
        match w {
            "metric" if matches!(n1, "ton" | "tons" | "tonne" | "tonnes") => {
                return Some(("t", 1.0, j + 2));
            }
            "square" | "sq" | "cubic" => return area_unit(w, n1).map(|u| (u, 1.0, j + 2)),
            "light" if matches!(n1, "year" | "years") => return Some(("light year", 1.0, j + 2)),
            _ => {}
        }
        // One-letter and case-sensitive symbols, glued or spaced: "48m", "100t", "5 g".
        let unit = match raw {
            "m" => Some("m"),
            "t" if self.glued(j) => Some("t"),
            "l" | "L" if self.glued(j) => Some("l"),
            "g" => Some("g"),
            "MB" | "mb" => Some("MB"),
            "pc" if self.glued(j) => Some("percent"),
            "in" | "s" | "h" | "min" => None,
            _ => lx::unit_word(w),
        };
        let mut unit = unit?;
        let mut k = j + 1;
        // Squared units glued: "24703m2", "190 km2".
        if self.glued(k) && self.is_num(k) {
            match (unit, self.t(k)) {
                ("m", "2") => unit = "m2",
                ("km", "2") => unit = "km2",
                ("m", "3") => unit = "m3",
                _ => return None,
            }
            k += 1;
        }
        // Compound measures: "miles per hour", "km/h", "barrels a day", "degrees Celsius".
        let n = self.lw(k);
        match (unit, n.as_ref()) {
            ("degree", "celsius" | "celcius" | "centigrade" | "c") => {
                return Some(("°C", 1.0, k + 1));
            }
            ("degree", "fahrenheit" | "farenheit" | "f") => return Some(("°F", 1.0, k + 1)),
            ("year" | "month" | "week" | "day", "old") => return Some((unit, 1.0, k + 1)),
            // "15 year-old students"
            ("year" | "month" | "week" | "day", "-") if self.glued(k) && self.lw(k + 1) == "old" => {
                return Some((unit, 1.0, k + 2));
            }
            ("year" | "month" | "week", "of") if self.lw(k + 1) == "age" => {
                return Some((unit, 1.0, k + 2));
            }
            _ => {}
        }
        if matches!(n.as_ref(), "per" | "an" | "a" | "/") {
            let per = self.lw(k + 1);
            let rate = match (unit, per.as_ref()) {
                ("mile", "hour") => Some("mph"),
                ("km", "hour" | "h") => Some("km/h"),
                ("barrel", "day") => Some("barrel/day"),
                ("barrel", "year") => Some("barrel/year"),
                ("t", "year") | ("ton", "year") => Some("t/year"),
                ("gallon", "year") => Some("gallon/year"),
                _ => None,
            };
            if let Some(r) = rate {
                return Some((r, 1.0, k + 2));
            }
        }
        Some((unit, 1.0, k))
    }

    /// The hedge before token `start`: "about", "more than", "at least", "up to" …
    fn qualifier_before(&self, start: usize) -> Option<(&'static str, usize)> {
        for len in (1..=3).rev() {
            if start < len {
                continue;
            }
            let from = start - len;
            if !(from..start).all(|k| self.is_word(k)) {
                continue;
            }
            let words: Vec<Cow<str>> = (from..start).map(|k| self.lw(k)).collect();
            let refs: Vec<&str> = words.iter().map(|c| c.as_ref()).collect();
            if let Some(q) = lx::qualifier(&refs) {
                // "at least" wins over "least" etc.: longest match first.
                return Some((q, from));
            }
        }
        None
    }

    /// The noun phrase a number counts, starting at token `j`.
    fn counts_at(&self, j: usize, core: &Core, of_ok: bool) -> Option<NounPhrase> {
        let mut k = j;
        // Right after "of (the)" comes a noun, even one that can be a verb ("of the vote").
        let after_of = self.lw(k) == "of" && of_ok;
        // "hundreds of people", "40% of voters", "2,500 of the troops".
        if after_of {
            if core.lone_one {
                return None;
            }
            k += 1;
            if matches!(self.lw(k).as_ref(), "the" | "its" | "their" | "our" | "his" | "her" | "all") {
                k += 1;
            }
        }
        // "five-member committee": a non-unit hyphen word starts the phrase.
        if self.t(k) == "-" && self.glued(k) && self.glued(k + 1) && self.is_word(k + 1) {
            k += 1;
        }
        let mut words: Vec<(usize, usize, usize)> = Vec::new(); // byte span, next token
        let mut head: Option<usize> = None; // index into words
        let mut end = k;
        let sentence_of = j.min(self.toks.len().saturating_sub(1));
        while words.len() < 5 {
            let Some((ws, we, next)) = self.word_at(k) else {
                break;
            };
            if !self.same_sentence(sentence_of, k) || self.tok(k).nl {
                break;
            }
            let raw = &self.text[ws..we];
            // One letter, or letters glued to digits ("L-202", "m212"), are codes.
            if raw.chars().count() == 1 || (self.glued(next) && self.is_num(next)) {
                break;
            }
            let l = self.low_at(ws, we);
            let l = l.as_ref();
            // Contractions are verbs: "366 days weren't".
            if ["n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll"].iter().any(|c| l.ends_with(c)) {
                break;
            }
            if (lx::is_function_word(l) && !is_acronym(raw))
                || lx::small_number(l).is_some()
                || lx::scale(l, false).is_some()
            {
                break;
            }
            if words.is_empty() && lx::is_droppable_modifier(l) {
                k = next;
                continue;
            }
            // "4-in-10 think", "62 percent of the public approve": the verb of the clause.
            let subject = match words.last() {
                Some(&(a, b, _)) => Some(is_plural(&self.text[a..b])),
                None if of_ok => Some(true),
                None => None,
            };
            if (!words.is_empty() || !after_of) && self.finite_verb_at(k, subject, sentence_of) {
                break;
            }
            if !words.is_empty() && (l.ends_with("ed") || l.ends_with("ing")) && !is_plural(raw) {
                break; // a verb or participle after the noun: handled below
            }
            words.push((ws, we, next));
            end = next;
            k = next;
            if is_plural(raw) {
                // Continue only into another noun: "police officers", "United States military".
                let (nxt_plural, nxt_lower_noun) = match self.word_at(k) {
                    Some((a, b, _)) => {
                        let n = &self.text[a..b];
                        let nl = self.low_at(a, b);
                        let content = !lx::is_function_word(&nl) && !nl.ends_with("ed") && !nl.ends_with("ing");
                        (is_plural(n) && content && !starts_upper(n), content && !starts_upper(n))
                    }
                    None => (false, false),
                };
                let capital_plural = starts_upper(raw) && !is_acronym(raw);
                // "62 percent of Americans approve of", "Democrats hold the": a verb, not a noun.
                let verb_next = self.finite_verb_at(k, Some(true), sentence_of)
                    || (capital_plural
                        && nxt_lower_noun
                        && !nxt_plural
                        && self.word_at(k).is_some_and(|(_, _, nx)| self.object_at(nx, sentence_of, false)));
                if !verb_next && (nxt_plural || (capital_plural && nxt_lower_noun)) {
                    continue;
                }
                head = Some(words.len() - 1);
                break;
            }
        }
        // A participle left at the end with no noun after it is a verb: "two crossed".
        while head.is_none()
            && words.last().is_some_and(|&(a, b, _)| {
                let l = self.low_at(a, b);
                l.ends_with("ed") && l.len() > 4
            })
        {
            words.pop();
            end = words.last().map_or(j, |w| w.2);
        }
        if words.is_empty() {
            return None;
        }
        let head_idx = head.unwrap_or(words.len() - 1);
        let mut text = words.iter().map(|&(a, b, _)| &self.text[a..b]).collect::<Vec<_>>().join(" ");
        let head_text = self.text.get(words[head_idx].0..words[head_idx].1).unwrap_or("").to_string();
        let last = &self.text[words[words.len() - 1].0..words[words.len() - 1].1];
        let open =
            head.is_none() && words.len() <= 2 && (is_acronym(last) || (starts_upper(last) && !last.ends_with('s')));
        // What happened to them: "137 people (were) killed".
        let mut k2 = end;
        let lk = self.lw(k2);
        if matches!(lk.as_ref(), "were" | "was" | "are" | "is" | "been" | "being" | "got" | "have" | "had" | "has") {
            k2 += 1;
            if self.lw(k2) == "been" {
                k2 += 1;
            }
        }
        let part = self.lw(k2);
        if self.is_word(k2) && self.same_sentence(sentence_of, k2) && lx::is_outcome_participle(&part) {
            text.push(' ');
            text.push_str(&part);
            end = k2 + 1;
        } else if head.is_some() && self.is_word(end) {
            // A reduced relative clause: "2,100 lorries carrying military equipment".
            let v = self.lw(end);
            if v.ends_with("ing")
                && v.len() > 5
                && !matches!(
                    v.as_ref(),
                    "during"
                        | "including"
                        | "according"
                        | "morning"
                        | "evening"
                        | "nothing"
                        | "something"
                        | "everything"
                        | "building"
                        | "spring"
                        | "following"
                        | "remaining"
                        | "regarding"
                        | "concerning"
                )
            {
                let mut objs = vec![v.to_string()];
                let mut m = end + 1;
                if matches!(self.lw(m).as_ref(), "the" | "a" | "an") {
                    m += 1;
                }
                while objs.len() < 4 {
                    let Some((a, b, nx)) = self.word_at(m) else {
                        break;
                    };
                    let o = &self.text[a..b];
                    let ol = self.low_at(a, b);
                    if lx::is_function_word(&ol) || !self.same_sentence(sentence_of, m) || ol.ends_with("ed") {
                        break;
                    }
                    objs.push(o.to_string());
                    m = nx;
                    if is_plural(o) {
                        break;
                    }
                }
                if objs.len() > 1 {
                    text.push(' ');
                    text.push_str(&objs.join(" "));
                    end = m;
                }
            }
        }
        Some(NounPhrase { text, head: Some(head_text), open, end })
    }

    /// Whether a lowercase finite verb at `k` ends the counted phrase: a verb of saying,
    /// attitude or intent ("approve", "think"), or a word that is a noun or a verb ("support",
    /// "plans") followed by an object or "to" and agreeing with the word before it, `subject`
    /// (plural or not; None: no subject, so never a verb): "Americans support the", "the union
    /// plans to", but "a spending plan to", "the tax rate the". An adverb of degree before
    /// either counts with it ("somewhat approve").
    fn finite_verb_at(&self, k: usize, subject: Option<bool>, sentence_of: usize) -> bool {
        let Some((a, b, next)) = self.word_at(k) else {
            return false;
        };
        if !self.text[a..b].starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        let l = self.low_at(a, b);
        if l == "think" && matches!(self.lw(next).as_ref(), "tank" | "tanks") {
            return false; // "conservative think tanks"
        }
        if lx::is_verb_adverb(&l) {
            return self.finite_verb_at(next, subject, sentence_of);
        }
        if lx::is_finite_verb(&l) {
            return true;
        }
        let agrees = match subject {
            Some(plural) => plural != (l.ends_with('s') && !l.ends_with("ss")),
            None => false,
        };
        agrees && lx::is_noun_or_verb(&l) && self.object_at(next, sentence_of, true)
    }

    /// Whether token `k` starts the object of a verb before it: a determiner or object pronoun
    /// ("this" is left out: "claims this week"), and, when `wide`, "to" or a capitalised name
    /// ("favor Trump"), in the same sentence.
    fn object_at(&self, k: usize, sentence_of: usize, wide: bool) -> bool {
        if !self.is_word(k) || !self.same_sentence(sentence_of, k) || self.tok(k).nl {
            return false;
        }
        let l = self.lw(k);
        if matches!(
            l.as_ref(),
            "the" | "a" | "an" | "those" | "their" | "his" | "her" | "its" | "our" | "them" | "it" | "him"
        ) {
            return true;
        }
        wide && (l == "to" || (starts_upper(self.t(k)) && !lx::is_month(&l) && !lx::is_weekday(&l)))
    }

    /// A word at `k`, joining hyphenated compounds ("oil-rich") and dotted abbreviations
    /// ("U.S."): its byte span and the token after it.
    fn word_at(&self, k: usize) -> Option<(usize, usize, usize)> {
        if !self.is_word(k) {
            return None;
        }
        let start = self.tok(k).start;
        let mut end = self.tok(k).end;
        let mut m = k + 1;
        loop {
            let sep = self.t(m);
            if matches!(sep, "-" | ".") && self.glued(m) && self.glued(m + 1) && self.is_word(m + 1) {
                if sep == "." && self.t(m - 1).chars().count() > 2 {
                    break; // a sentence glued to the next one, not an abbreviation
                }
                end = self.tok(m + 1).end;
                m += 2;
                continue;
            }
            // The final period of "U.S." belongs to the word.
            if sep == "." && self.glued(m) && self.t(m - 1).chars().count() == 1 && self.t(m.saturating_sub(2)) == "." {
                end = self.tok(m).end;
                m += 1;
            }
            break;
        }
        Some((start, end, m))
    }

    /// "2,500 US and 1,000 other coalition troops": both count troops; "eight to 10 feet": both
    /// are feet.
    fn share_across_coordination(&self, raws: &mut [Raw]) {
        for i in (0..raws.len().saturating_sub(1)).rev() {
            let (a, b) = (&raws[i], &raws[i + 1]);
            let gap: Vec<Cow<str>> = (a.end_tok..b.start_tok).map(|k| self.lw(k)).collect();
            let joined = matches!(
                gap.iter().map(|c| c.as_ref()).collect::<Vec<_>>().as_slice(),
                ["and"] | ["or"] | [","] | [",", "and"] | [",", "or"] | ["to"] | ["-"] | ["–"] | ["-", "to", "-"]
            );
            if !joined || !self.same_sentence(a.num_tok, b.num_tok) {
                continue;
            }
            let range = matches!(gap.first().map(|c| c.as_ref()), Some("to" | "-" | "–" | "and"));
            let b_value = b.value;
            let b_unit = b.unit.clone();
            let b_counts = b.counts.clone();
            let b_head = b.head.clone();
            let b_scale = b.scale;
            let a_unit = raws[i].unit.clone();
            // A currency written once covers both ends: "$2-3 million", "€5 to 6".
            if range && b_unit.is_none() && raws[i + 1].counts.is_none() && a_unit.is_some() {
                raws[i + 1].unit = a_unit;
            }
            let b_unit = raws[i + 1].unit.clone();
            let a = &mut raws[i];
            if a.unit.is_none() && a.counts.is_none() && b_unit.is_some() {
                a.unit = b_unit.clone();
            }
            // A scale written once covers both ends: "2-3 million", "between 2 and 3 billion".
            if range && a.unit == b_unit && a.scale == 1.0 && b_scale > 1.0 && a.value * b_scale < b_value {
                a.value *= b_scale;
                a.scale = b_scale;
            }
            // What is counted carries over only between amounts of the same kind.
            if a.unit != b_unit {
                continue;
            }
            match (&a.counts, &b_counts, &b_head) {
                (None, Some(c), _) if a.unit_end == a.end_tok => {
                    a.counts = Some(c.clone());
                    a.head = b_head.clone();
                }
                (Some(c), Some(_), Some(h)) if a.counts_open => {
                    a.counts = Some(format!("{c} {h}"));
                    a.head = Some(h.clone());
                    a.counts_open = false;
                }
                _ => {}
            }
        }
    }

    /// The date a figure holds for: a dated time expression in its clause, else one opening
    /// its sentence ("In November, it …"), else none (the caller falls back to publication).
    fn date_for(&self, num_tok: usize, times: &[TimeExpr]) -> Option<String> {
        let here = self.tok(num_tok).start;
        let (sent, seg) = (self.sent.get(num_tok)?, self.seg.get(num_tok)?);
        let mut best_seg: Option<(usize, &str)> = None;
        let mut best_first: Option<(usize, &str)> = None;
        // Only the time expressions starting inside this sentence.
        let first_tok = self.sent.partition_point(|s| s < sent);
        let end_tok = self.sent.partition_point(|s| s <= sent);
        let lo_byte = self.tok(first_tok).start;
        let hi_byte = if end_tok < self.toks.len() { self.tok(end_tok).start } else { usize::MAX };
        let from = self.time_order.partition_point(|&k| times.get(k).is_some_and(|t| t.span.start < lo_byte));
        let to = self.time_order.partition_point(|&k| times.get(k).is_some_and(|t| t.span.start < hi_byte));
        for t in self.time_order.get(from..to).unwrap_or(&[]).iter().filter_map(|&k| times.get(k)) {
            if !matches!(t.kind, TimexType::Date | TimexType::Time) {
                continue;
            }
            let Some(v) = t.value.as_deref() else {
                continue;
            };
            if !v.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let ti = self.toks.partition_point(|x| x.end <= t.span.start);
            if ti >= self.toks.len() || self.sent.get(ti) != Some(sent) {
                continue;
            }
            let dist = here.abs_diff(t.span.start);
            if self.seg.get(ti) == Some(seg) {
                if best_seg.is_none_or(|(d, _)| dist < d) {
                    best_seg = Some((dist, v));
                }
            } else if t.span.start < here {
                // Only a time in the sentence's first clause reaches across commas.
                let first_seg = self.sent.partition_point(|s| s < sent);
                if self.seg.get(first_seg) == self.seg.get(ti) && best_first.is_none_or(|(d, _)| dist < d) {
                    best_first = Some((dist, v));
                }
            }
        }
        best_seg.or(best_first).map(|(_, v)| v.to_string())
    }
}

struct NounPhrase {
    text: String,
    head: Option<String>,
    open: bool,
    end: usize,
}

/// A cheap test run on every word: number words are short and start with one of few letters.
fn could_start_number(w: &[u8]) -> bool {
    w.len() <= 9
        && matches!(
            w.first(),
            Some(b'a' | b'b' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b'q' | b's' | b't' | b'z')
        )
}

/// "square mile" → mi2, "cubic metres" → m3.
fn area_unit(prefix: &str, unit: &str) -> Option<&'static str> {
    Some(match (prefix, unit) {
        ("square" | "sq", "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers") => "km2",
        ("square" | "sq", "mile" | "miles" | "mi") => "mi2",
        ("square" | "sq", "metre" | "metres" | "meter" | "meters" | "m") => "m2",
        ("square" | "sq", "foot" | "feet" | "ft") => "ft2",
        ("cubic", "foot" | "feet" | "ft") => "ft3",
        ("cubic", "metre" | "metres" | "meter" | "meters" | "m") => "m3",
        _ => return None,
    })
}

/// "2,500" → 2500, "3.5" → 3.5; None when it does not parse.
fn parse_num(s: &str) -> Option<f64> {
    if s.contains(',') {
        let cleaned: String = s.chars().filter(|c| *c != ',').collect();
        cleaned.parse().ok()
    } else {
        s.parse().ok()
    }
}

fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
