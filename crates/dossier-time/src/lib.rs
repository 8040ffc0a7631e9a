//! Time expressions in news text, as TimeML TIMEX3 (type + value), resolved against the
//! publication date (the document creation time, DCT).
//!
//! One pass of a hand-written tokenizer, then a small set of pattern matchers tried at each
//! token; the longest match wins. No regexes: the whole stage must run at many thousands of
//! articles a second. Resolution follows news convention (HeidelTime's idea): a bare weekday or
//! month means the latest one on or before publication unless the sentence is in the future
//! tense or says "next"; a month or month-day without a year may also lie up to two months
//! ahead (news announces dates just ahead: "the vote on Dec. 15").
//!
//! Value conventions (TimeML / TimeBank): days `2021-12-09`, ISO weeks `2020-W36`, weekends
//! `2020-W36-WE`, quarters `1999-Q3`, halves `2020-H1`, seasons `2021-SU`, decades `199`,
//! centuries `19`, parts of day `2020-09-10TMO`, clock times `2020-09-10T10:00`, durations
//! `P7Y` / `PT24H` / `PXM` (decades and quarters in years and months: `P20Y`, `P9M`), sets `P1W`
//! or `XXXX-WXX-5`, and `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`. Ages ("52-year-old") and
//! counts ("2,500 troops", "3rd Battalion") are not time expressions. Words from other
//! languages never match (the lists are English), so a Spanish caption yields nothing.

use chrono::{Datelike, NaiveDate};
use dossier_core::{Span, TimeExpr, TimexType};

mod resolve;
mod words;

use resolve::*;
use words::*;

/// Finds the time expressions in `text` and resolves them against `published` (the DCT).
/// Relative expressions get `value: None` when there is no publication date.
pub fn extract_times(text: &str, published: Option<NaiveDate>) -> Vec<TimeExpr> {
    let low = text.to_ascii_lowercase();
    let toks = tokenize(text);
    let trig: Vec<bool> = toks
        .iter()
        .map(|t| match t.k {
            K::Num => true,
            K::Word => is_trigger(low.get(t.s..t.e).unwrap_or("")),
            K::Punct => matches!(low.get(t.s..t.e), Some("'" | "\u{2019}" | "-")),
        })
        .collect();
    let mut sc = Scanner {
        text,
        low: &low,
        t: &toks,
        trig: &trig,
        dct: published,
        last_quarter: None,
        quarter_pos: 0,
        pos: 0,
        last_year: None,
        last_day: None,
        last_month: None,
        ctx: None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !trig.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        match sc.best_at(i) {
            Some(m) if m.end > i => {
                let (Some(a), Some(b)) = (toks.get(i), toks.get(m.end - 1)) else {
                    break;
                };
                if let Some(v) = &m.val {
                    // Only explicit quarter mentions set the quarter under discussion.
                    if low.get(a.s..b.e).is_some_and(|t| t.contains("quarter") && !t.contains("year-")) {
                        sc.note_value(v, a.s);
                    }
                }
                // "the first nine months", "the latest six months": the results now compare
                // multi-quarter periods, so "a year earlier" is no longer a quarter.
                if m.kind == TimexType::Duration
                    && low.get(a.s..b.e).is_some_and(|t| {
                        t.contains("months") && ["six", "nine", "6", "9"].iter().any(|n| t.contains(n))
                    })
                {
                    sc.last_quarter = None;
                }
                if let Some(v) = &m.val {
                    sc.note_anchor(v, text.get(a.s..b.e).unwrap_or(""));
                }
                sc.pos = a.s;
                out.push(TimeExpr { span: Span::new(a.s, b.e), kind: m.kind, value: m.val });
                i = m.end;
            }
            _ => i += 1,
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum K {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    k: K,
    line: u32,
    cap: bool,
}

/// Words (runs of letters), numbers (digits, with inner `,`/`.` followed by a digit) and single
/// punctuation characters, each with the line it is on so no expression spans a line break.
fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut line = 0u32;
    let mut i = 0;
    // Byte loop with an ASCII fast path; multibyte characters are decoded only where they occur.
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line += 1;
            i += 1;
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let mut e = i + 1;
            loop {
                match b.get(e) {
                    Some(d) if d.is_ascii_digit() => e += 1,
                    Some(b',') | Some(b'.') if b.get(e + 1).is_some_and(|d| d.is_ascii_digit()) => e += 2,
                    _ => break,
                }
            }
            toks.push(Tok { s: i, e, k: K::Num, line, cap: false });
            i = e;
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            let start = i;
            let mut e = i;
            let mut first: Option<char> = None;
            while e < b.len() {
                let d = b[e];
                if d.is_ascii_alphabetic() {
                    first.get_or_insert(d as char);
                    e += 1;
                } else if d >= 0x80 {
                    let Some(ch) = text.get(e..).and_then(|t| t.chars().next()) else {
                        break;
                    };
                    if ch.is_alphabetic() {
                        first.get_or_insert(ch);
                        e += ch.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if e > start {
                let cap = first.is_some_and(|f| f.is_uppercase());
                toks.push(Tok { s: start, e, k: K::Word, line, cap });
                i = e;
            } else {
                // A non-letter multibyte character: one punctuation token (or whitespace).
                let ch = text.get(i..).and_then(|t| t.chars().next());
                let n = ch.map_or(1, |ch| ch.len_utf8());
                if ch.is_some_and(|ch| ch == '\u{2028}' || ch == '\u{2029}') {
                    line += 1;
                } else if !ch.is_some_and(char::is_whitespace) {
                    toks.push(Tok { s: i, e: i + n, k: K::Punct, line, cap: false });
                }
                i += n;
            }
        } else {
            toks.push(Tok { s: i, e: i + 1, k: K::Punct, line, cap: false });
            i += 1;
        }
    }
    toks
}

/// A match: tokens `[start, end)`, TIMEX3 type, value.
#[derive(Debug, Clone)]
struct M {
    end: usize,
    kind: TimexType,
    val: Option<String>,
}

fn m(end: usize, kind: TimexType, val: Option<String>) -> Option<M> {
    Some(M { end, kind, val })
}

/// A number as written before a unit: known, or vague ("several", "a few").
#[derive(Debug, Clone, Copy, PartialEq)]
enum Qty {
    N(f64),
    X,
}

impl Qty {
    fn fmt(self) -> String {
        match self {
            Qty::N(n) if n.fract() == 0.0 => format!("{}", n as i64),
            Qty::N(n) => format!("{n}"),
            Qty::X => "X".to_string(),
        }
    }
}

struct Scanner<'a> {
    text: &'a str,
    low: &'a str,
    t: &'a [Tok],
    /// Per token: can it take part in a time expression at all (see [`is_trigger`]).
    trig: &'a [bool],
    dct: Option<NaiveDate>,
    /// The last quarter mentioned: "the quarter" and "a year earlier" in earnings news refer to it.
    last_quarter: Option<(i32, u32)>,
    /// Byte offset where `last_quarter` was mentioned, and of the current match.
    quarter_pos: usize,
    pos: usize,
    last_year: Option<i32>,
    last_day: Option<NaiveDate>,
    /// The last month named (year, month): the antecedent of "the following month".
    last_month: Option<(i32, u32)>,
    /// Where the context of the next weekday starts, when a clock time precedes it.
    ctx: Option<usize>,
}

impl<'a> Scanner<'a> {
    /// Lowercase text of token `i`, "" past the end.
    fn w(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) => self.low.get(t.s..t.e).unwrap_or(""),
            None => "",
        }
    }
    fn raw(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) => self.text.get(t.s..t.e).unwrap_or(""),
            None => "",
        }
    }
    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }
    fn kind(&self, i: usize) -> Option<K> {
        self.t.get(i).map(|t| t.k)
    }
    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }
    /// Token `i` and `i + 1` touch (no space between).
    fn adj(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.e == b.s && a.line == b.line,
            _ => false,
        }
    }
    fn same_line(&self, a: usize, b: usize) -> bool {
        match (self.t.get(a), self.t.get(b)) {
            (Some(x), Some(y)) => x.line == y.line,
            _ => false,
        }
    }
    fn is_apos(&self, i: usize) -> bool {
        matches!(self.w(i), "'" | "\u{2019}")
    }
    /// `i` is a possessive `'s` (apostrophe + s, touching the previous token).
    fn poss(&self, i: usize) -> bool {
        self.is_apos(i) && self.adj(i.wrapping_sub(1)) && self.adj(i) && self.is(i + 1, "s")
    }

    /// Remembers the last year written out and the last day resolved, the antecedents of
    /// "that year", "the following year", "that same day".
    fn note_anchor(&mut self, v: &str, span_text: &str) {
        if let Some(y) = v.get(..4).and_then(|y| y.parse::<i32>().ok())
            && v.len() >= 4
            && span_text.contains(&v[..4])
        {
            self.last_year = Some(y);
        }
        if v.len() == 10
            && let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d")
        {
            self.last_day = Some(d);
        }
        if v.len() >= 7
            && v.as_bytes().get(4) == Some(&b'-')
            && let (Some(Ok(y)), Some(Ok(mo))) = (v.get(..4).map(str::parse::<i32>), v.get(5..7).map(str::parse::<u32>))
            && (1..=12).contains(&mo)
        {
            self.last_month = Some((y, mo));
        }
    }

    /// "that year", "later that year", "the following year", "that same day": resolved
    /// against the last year or day the article named, not the publication date.
    fn m_anaphor(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        if matches!(self.w(j), "later" | "earlier" | "early" | "late") {
            j += 1;
        }
        let (delta, k) = match (self.w(j), self.w(j + 1)) {
            ("that", "same") => (0, j + 2),
            ("that", _) => (0, j + 1),
            ("the", "same") => (0, j + 2),
            ("the", "following") if j == i => (1, j + 2),
            ("the", "next") if j == i && part_of_day(self.w(j + 2)).is_some() => (1, j + 2),
            ("the", "previous" | "prior" | "preceding") if j == i => (-1, j + 2),
            _ => return None,
        };
        match self.w(k) {
            "year" => {
                let v = self.last_year.map(|y| format!("{:04}", y + delta));
                m(k + 1, TimexType::Date, v)
            }
            // "the next morning", "that night": the day before (+1) or of the last day named.
            "morning" | "evening" | "night" | "afternoon" if k > i + 1 || delta != 0 => {
                let v = self.last_day.and_then(|d| add_days(d, delta as i64)).map(ymd);
                m(k + 1, TimexType::Date, v)
            }
            // "The following month, the company put itself up for sale."
            "month" if delta != 0 => {
                let v = self.last_month.map(|(y, mo)| {
                    let (y, mo) = shift_month(y, mo, delta);
                    ym(y, mo)
                });
                v.as_ref()?;
                m(k + 1, TimexType::Date, v)
            }
            "day" if !self.is(k + 1, "of") => {
                let v = self.last_day.and_then(|d| add_days(d, delta as i64)).map(ymd);
                // "strong redemptions that day" with no day named before: the day of some
                // event, not a calendar date (TimeML leaves it unmarked).
                if v.is_none() && delta == 0 && self.dct.is_some() {
                    return None;
                }
                m(k + 1, TimexType::Date, v)
            }
            _ => None,
        }
    }

    fn note_value(&mut self, v: &str, at: usize) {
        if let Some((y, q)) = parse_quarter(v) {
            self.last_quarter = Some((y, q));
            self.quarter_pos = at;
        }
    }

    /// The quarter under discussion, if one was named in the last ~2,000 bytes.
    fn recent_quarter(&self, i: usize) -> Option<(i32, u32)> {
        let at = self.t.get(i).map_or(self.pos, |t| t.s);
        self.last_quarter.filter(|_| at.saturating_sub(self.quarter_pos) < 2000)
    }

    /// The longest match starting at token `i`.
    fn best_at(&mut self, i: usize) -> Option<M> {
        let k = self.kind(i)?;
        if k == K::Punct && !self.is_apos(i) {
            return None;
        }
        // Cheap filter: most tokens cannot start a time expression, and a determiner or
        // modifier can only if the next token can continue one.
        if !self.trig.get(i).copied().unwrap_or(false) {
            return None;
        }
        if k == K::Word && is_weak(self.w(i)) && !self.trig.get(i + 1).copied().unwrap_or(false) {
            return None;
        }
        // Only the matchers that can start with this kind of token.
        let cands: Vec<Option<M>> = match k {
            K::Num => vec![
                self.m_clock(i),
                self.m_day_month(i),
                self.m_numeric(i),
                self.m_year(i),
                self.m_quarter(i),
                self.m_ago(i),
                self.m_duration(i),
                self.m_century(i),
            ],
            K::Punct => vec![self.m_year(i)],
            K::Word => vec![
                self.m_approx(i),
                self.m_anaphor(i),
                self.m_modified(i),
                self.m_clock(i),
                self.m_day_rel(i),
                self.m_weekday(i),
                self.m_month(i),
                self.m_day_month(i),
                self.m_year(i),
                self.m_rel(i),
                self.m_quarter(i),
                self.m_season(i),
                self.m_ago(i),
                self.m_set(i),
                self.m_duration(i),
                self.m_ref(i),
                self.m_century(i),
                self.m_misc(i),
                self.m_holiday(i),
                self.m_spoken_year(i),
            ],
        };
        let mut best: Option<M> = None;
        for c in cands.into_iter().flatten() {
            if !self.same_line(i, c.end.saturating_sub(1)) {
                continue;
            }
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }

    // ---------------------------------------------------------------- tense

    /// Whether the clause around tokens `[i, end)` speaks of the future. Looks back a few words
    /// for a future marker ("will", "'ll", "scheduled") unless a past-tense verb comes right
    /// before the expression ("said Thursday it will" is past).
    fn future(&self, i: usize, end: usize) -> bool {
        self.future_within(i, end, 12, 8)
    }

    /// [`Self::future`] looking back `reach` words, with "would" counting only within
    /// `would_reach` (it is also the past's habitual: "he would walk there on Sundays").
    fn future_within(&self, i: usize, end: usize, reach: usize, would_reach: usize) -> bool {
        let mut j = i;
        // The word right before (skipping prepositions) decides first.
        let mut p = i;
        while p > 0 {
            p -= 1;
            let w = self.w(p);
            if matches!(w, "on" | "by" | "until" | "till" | "late" | "early" | "this" | "in" | "last" | "next") {
                continue;
            }
            // "said Thursday it will" is past; "will be paid Dec. 14" is a future passive.
            if is_past_verb(w) && !matches!(self.w(p.wrapping_sub(1)), "be" | "being") {
                return false;
            }
            break;
        }
        let mut n = 0;
        while j > 0 && n < reach {
            j -= 1;
            n += 1;
            let w = self.w(j);
            if matches!(w, "!" | "?" | ";") || (w == "." && !self.abbrev_dot(j)) || !self.same_line(j, i) {
                break;
            }
            // The past perfect ("had been due to expire Friday", "had been scheduled to")
            // reports a plan already overtaken: no future.
            if (is_future_marker(w) || w == "to") && (j.saturating_sub(4)..j).any(|k| self.is(k, "had")) {
                return false;
            }
            if is_future_marker(w) && (w != "would" || n <= would_reach) {
                return true;
            }
            // An infinitive after a verb of intent or schedule looks ahead: "plans to close in
            // January", "is to resume trading Tuesday", "agreed to buy it in February".
            if w == "to"
                && matches!(
                    self.w(j.wrapping_sub(1)),
                    "going"
                        | "set"
                        | "due"
                        | "plan"
                        | "plans"
                        | "planned"
                        | "planning"
                        | "intend"
                        | "intends"
                        | "expect"
                        | "expects"
                        | "aims"
                        | "hopes"
                        | "is"
                        | "are"
                        | "agreed"
                        | "agree"
                        | "agrees"
                )
            {
                return true;
            }
            // "ahead of the weekend", "ahead of Tuesday's vote": still to come.
            if w == "of" && self.is(j.wrapping_sub(1), "ahead") && n <= 3 {
                return true;
            }
            // "as early as Tuesday", "as soon as Monday"
            if w == "as" && matches!(self.w(j + 1), "soon" | "early") && self.is(j + 2, "as") {
                return true;
            }
        }
        // "Thursday's meeting will ..." / "Friday will see".
        let mut k = end;
        let mut n = 0;
        while n < 4 && self.same_line(k, i) {
            let w = self.w(k);
            if matches!(w, "." | "!" | "?" | ";" | ",") {
                break;
            }
            if matches!(w, "will" | "shall") {
                return true;
            }
            k += 1;
            n += 1;
        }
        false
    }

    /// A period after an abbreviation ("Mr.", "P.", "Feb.") does not end the sentence.
    fn abbrev_dot(&self, j: usize) -> bool {
        let p = j.wrapping_sub(1);
        self.kind(p) == Some(K::Word)
            && self.adj(p)
            && (self.w(p).len() == 1
                || month_of(self.w(p)).is_some()
                || matches!(
                    self.w(p),
                    "mr" | "mrs"
                        | "ms"
                        | "dr"
                        | "st"
                        | "jr"
                        | "sr"
                        | "gen"
                        | "sen"
                        | "rep"
                        | "gov"
                        | "col"
                        | "lt"
                        | "sgt"
                        | "capt"
                        | "corp"
                        | "inc"
                        | "co"
                        | "ltd"
                        | "no"
                        | "vs"
                        | "prof"
                        | "rev"
                ))
    }

    /// A past-tense auxiliary within the next few words ("Until Thursday, they had not ...").
    fn past_after(&self, end: usize) -> bool {
        (end..end + 6)
            .take_while(|&k| self.same_line(k, end) && !matches!(self.w(k), "." | "!" | "?" | ";"))
            .any(|k| matches!(self.w(k), "had" | "was" | "were" | "did"))
    }

    /// A present-tense verb of a scheduled event right before a weekday (news uses the simple
    /// present for the announced future: "the two leaders meet Monday", "trading resumes
    /// Tuesday", "the vote is Thursday").
    fn scheduled_present(&self, i: usize) -> bool {
        let mut p = i;
        let mut n = 0;
        while p > 0 && n < 3 {
            p -= 1;
            n += 1;
            let w = self.w(p);
            if matches!(w, "on" | "separately" | "again" | "late" | "early") {
                continue;
            }
            return matches!(
                w,
                "meet"
                    | "meets"
                    | "begins"
                    | "starts"
                    | "opens"
                    | "resumes"
                    | "reopens"
                    | "arrives"
                    | "leaves"
                    | "departs"
                    | "convenes"
                    | "reconvenes"
                    | "expires"
                    | "is"
                    | "are"
            );
        }
        false
    }

    /// A narrating past-tense verb within the next few words: "the Aug. 7 blasts killed".
    fn past_verb_after(&self, end: usize) -> bool {
        (end..end + 4).take_while(|&k| self.same_line(k, end) && !matches!(self.w(k), "." | "!" | "?" | ";" | ",")).any(
            |k| {
                let w = self.w(k);
                is_past_verb(w) && !is_reporting_verb(w) && !self.is(k.wrapping_sub(1), "be")
            },
        )
    }

    /// "will" / "shall" within the next few words of the same clause.
    fn future_after(&self, end: usize) -> bool {
        (end..end + 6)
            .take_while(|&k| self.same_line(k, end) && !matches!(self.w(k), "." | "!" | "?" | ";" | ","))
            .any(|k| matches!(self.w(k), "will" | "shall"))
    }

    /// Whether the expression is the adjunct of a past-tense verb right before it ("the quarter
    /// ended Oct. 31", "was terminated on Sept. 27", "died in December"). Only the nearest verb
    /// counts, and not across "to"/"until"/"by" (a new deadline: "extended to Nov. 16") nor for
    /// reporting verbs ("said Dec. 15 is the date").
    fn past(&self, i: usize) -> bool {
        let mut p = i;
        let mut n = 0;
        while p > 0 && n < 3 {
            p -= 1;
            n += 1;
            let w = self.w(p);
            match w {
                "on" | "in" | "at" | "during" | "early" | "late" | "mid" | "-" => continue,
                _ => {
                    // "will be paid Dec. 14", "to be published in early November": passive.
                    return is_past_verb(w)
                        && !is_reporting_verb(w)
                        && !matches!(self.w(p.wrapping_sub(1)), "be" | "been" | "being");
                }
            }
        }
        false
    }

    /// Direction for a month or month-day without a year: future tense looks ahead, a past
    /// narrative looks back, otherwise the news default ([`Dir::Recent`]).
    fn month_dir(&self, i: usize, end: usize) -> Dir {
        // A month is a coarse unit: the future marker may sit further back in the sentence
        // ("will be named commander of the shuttle for a mission in December").
        if self.future_within(i, end, 20, 20) && !self.past_verb_after(end) {
            Dir::OnOrAfter
        } else if self.past(i) || self.past_verb_after(end) {
            Dir::OnOrBefore
        } else {
            Dir::Recent
        }
    }

    fn tense_dir(&self, i: usize, end: usize) -> Dir {
        if self.future(i, end) { Dir::OnOrAfter } else { Dir::OnOrBefore }
    }

    // ---------------------------------------------------------------- pieces

    /// A month name at `i`: (month, end). Full names need a capital; abbreviations need a
    /// period or a following day number; "May" needs a date context.
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(K::Word) || !self.cap(i) {
            return None;
        }
        let w = self.w(i);
        let (mo, full) = month_of(w)?;
        if full {
            return Some((mo, i + 1));
        }
        if self.is(i + 1, ".") && self.adj(i) {
            return Some((mo, i + 2));
        }
        if self.day_at(i + 1).is_some() {
            return Some((mo, i + 1));
        }
        None
    }

    /// A day-of-month number (1-31, optional "st"/"th") at `i`: (day, end).
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(K::Num) {
            return None;
        }
        let w = self.w(i);
        if w.len() > 2 {
            return None;
        }
        let d: u32 = w.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        if self.adj(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") {
            return Some((d, i + 2));
        }
        if self.adj(i) && self.kind(i + 1) == Some(K::Word) {
            return None;
        }
        Some((d, i + 1))
    }

    /// A four-digit year (1000-2199) at `i`, no context checks.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(K::Num) {
            return None;
        }
        let w = self.w(i);
        if w.len() != 4 {
            return None;
        }
        let y: i32 = w.parse().ok()?;
        if !(1000..2200).contains(&y) {
            return None;
        }
        if self.adj(i) && matches!(self.kind(i + 1), Some(K::Word) | Some(K::Num)) {
            return None;
        }
        if self.adj(i) && self.w(i + 1) == "%" {
            return None;
        }
        Some((y, i + 1))
    }

    /// A cardinal before a unit: digits, number words ("twenty-four"), "a"/"an", or vague words.
    fn qty_at(&self, i: usize) -> Option<(Qty, usize)> {
        match self.kind(i)? {
            K::Num => {
                let w = self.w(i).replace(',', "");
                let n: f64 = w.parse().ok()?;
                // "5 1/2 hours"
                if self.kind(i + 1) == Some(K::Num)
                    && self.is(i + 2, "/")
                    && self.adj(i + 1)
                    && self.adj(i + 2)
                    && self.kind(i + 3) == Some(K::Num)
                {
                    let a: f64 = self.w(i + 1).parse().ok()?;
                    let b: f64 = self.w(i + 3).parse().ok()?;
                    if b > 0.0 {
                        return Some((Qty::N(n + a / b), i + 4));
                    }
                }
                Some((Qty::N(n), i + 1))
            }
            K::Word => {
                let w = self.w(i);
                match w {
                    "a" | "an" => {
                        if self.is(i + 1, "couple") {
                            let e = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                            return Some((Qty::N(2.0), e));
                        }
                        if self.is(i + 1, "few") {
                            let e = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                            return Some((Qty::X, e));
                        }
                        if self.is(i + 1, "dozen") {
                            return Some((Qty::N(12.0), i + 2));
                        }
                        // "almost a hundred years"
                        if self.is(i + 1, "hundred") {
                            return Some((Qty::N(100.0), i + 2));
                        }
                        if self.is(i + 1, "thousand") {
                            return Some((Qty::N(1000.0), i + 2));
                        }
                        Some((Qty::N(1.0), i + 1))
                    }
                    "few" | "several" | "many" | "numerous" | "some" | "multiple" => Some((Qty::X, i + 1)),
                    "couple" => Some((Qty::N(2.0), if self.is(i + 1, "of") { i + 2 } else { i + 1 })),
                    "dozens" | "hundreds" | "thousands" if self.is(i + 1, "of") => Some((Qty::X, i + 2)),
                    "dozen" => Some((Qty::N(12.0), i + 1)),
                    _ => {
                        let n = number_word(w)?;
                        // "twenty-four", "twenty four"
                        if n >= 20 && n % 10 == 0 {
                            let j = if self.is(i + 1, "-") && self.adj(i) { i + 2 } else { i + 1 };
                            if let Some(u) = number_word(self.w(j)).filter(|&u| u < 10) {
                                return Some((Qty::N((n + u) as f64), j + 1));
                            }
                        }
                        if self.is(i + 1, "hundred") {
                            return Some((Qty::N((n * 100) as f64), i + 2));
                        }
                        Some((Qty::N(n as f64), i + 1))
                    }
                }
            }
            K::Punct => None,
        }
    }

    /// A unit word at `i` (allowing adjectives like "trading" before it): (unit, plural, end).
    fn unit_at(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let mut j = i;
        if matches!(
            self.w(j),
            "trading"
                | "business"
                | "working"
                | "calendar"
                | "consecutive"
                | "straight"
                | "full"
                | "more"
                | "additional"
                | "extra"
                | "further"
        ) {
            j += 1;
        }
        let (u, pl) = unit_of(self.w(j))?;
        Some((u, pl, j + 1))
    }

    // ---------------------------------------------------------------- matchers

    /// "early", "late", "mid-", "the end of", "the beginning of" … before a date.
    fn m_modified(&mut self, i: usize) -> Option<M> {
        // "the late 1990s", "the early summer": the article belongs to the span.
        if self.is(i, "the") && matches!(self.w(i + 1), "early" | "late" | "mid") {
            return self.m_modified(i + 1).filter(|c| c.kind == TimexType::Date);
        }
        let w = self.w(i);
        let j = match w {
            "early" | "late" | "mid" | "earlier" | "later" => {
                if self.is(i + 1, "-") && self.adj(i) {
                    i + 2
                } else {
                    i + 1
                }
            }
            "the" | "end" | "beginning" | "start" | "middle" | "turn" => {
                let k = if w == "the" { i + 1 } else { i };
                if w != "the" && !matches!(self.w(i.wrapping_sub(1)), "at" | "by" | "until" | "before" | "since") {
                    return None;
                }
                if !matches!(self.w(k), "end" | "beginning" | "start" | "middle" | "turn" | "close")
                    || !self.is(k + 1, "of")
                {
                    return None;
                }
                k + 2
            }
            _ => return None,
        };
        if matches!(w, "earlier" | "later") && !self.is(j, "this") {
            return None;
        }
        // "mid-afternoon yesterday", "late evening", "early Friday morning" is below: a part of
        // the day named after it, else of the publication day.
        if matches!(w, "early" | "late" | "mid")
            && let Some(p) = part_of_day(self.w(j))
            && self.w(j) != "overnight"
        {
            let mut e = j + 1;
            let mut day = self.dct;
            if let Some(c) = self.m_day_rel(e).or_else(|| self.m_weekday(e))
                && c.kind == TimexType::Date
            {
                day = c.val.as_deref().and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
                e = c.end;
            }
            return m(e, TimexType::Time, day.map(|d| format!("{}T{p}", ymd(d))));
        }
        // "the year", "the month", "this week": the period we are in.
        if self.is(j, "the")
            && matches!(self.w(j + 1), "year" | "month" | "week" | "decade" | "quarter" | "century")
            && (w == "the" || w == "end" || w == "beginning" || w == "start" || w == "middle" || w == "turn")
        {
            let u = unit_of(self.w(j + 1))?.0;
            return m(j + 2, TimexType::Date, self.dct.and_then(|d| unit_ref(d, u, 0)));
        }
        let inner = [
            self.m_year(j),
            self.m_rel(j),
            self.m_month(j),
            self.m_weekday(j),
            self.m_day_rel(j),
            self.m_season(j),
            self.m_quarter(j),
        ];
        let best = inner
            .into_iter()
            .flatten()
            .filter(|c| c.kind == TimexType::Date || c.kind == TimexType::Time)
            .max_by_key(|c| c.end)?;
        Some(best)
    }

    /// "10 a.m.", "3:30 p.m. EST", "noon", optionally followed by the day it falls on.
    fn m_clock(&mut self, i: usize) -> Option<M> {
        let (mut h, mut min, mut j);
        let w = self.w(i);
        // "high noon" is an idiom (and a film), not twelve o'clock.
        if w == "noon" && self.is(i.wrapping_sub(1), "high") {
            return None;
        }
        if w == "noon" || w == "midnight" || w == "midday" {
            h = if w == "midnight" { 24 } else { 12 };
            min = 0;
            j = i + 1;
        } else {
            if self.kind(i) != Some(K::Num) || self.w(i).len() > 2 {
                return None;
            }
            h = self.w(i).parse::<u32>().ok()?;
            min = 0;
            j = i + 1;
            let mut has_min = false;
            if self.is(j, ":")
                && self.adj(i)
                && self.adj(j)
                && self.kind(j + 1) == Some(K::Num)
                && self.w(j + 1).len() == 2
            {
                min = self.w(j + 1).parse::<u32>().ok()?;
                has_min = true;
                j += 2;
            }
            let ampm = if matches!(self.w(j), "am" | "pm") {
                let pm = self.is(j, "pm");
                j += 1;
                Some(pm)
            } else if matches!(self.w(j), "a" | "p")
                && self.is(j + 1, ".")
                && self.is(j + 2, "m")
                && self.adj(j)
                && self.adj(j + 1)
            {
                let pm = self.is(j, "p");
                j += 3;
                if self.is(j, ".") && self.adj(j.wrapping_sub(1)) {
                    j += 1;
                }
                Some(pm)
            } else if self.is(j, "in")
                && self.is(j + 1, "the")
                && matches!(self.w(j + 2), "morning" | "afternoon" | "evening")
                && !has_min
            {
                // "4 in the morning", "8 in the evening".
                let pm = !self.is(j + 2, "morning");
                j += 3;
                Some(pm)
            } else {
                None
            };
            match ampm {
                Some(pm) => {
                    if !(1..=12).contains(&h) {
                        return None;
                    }
                    if pm && h < 12 {
                        h += 12;
                    } else if !pm && h == 12 {
                        h = 0;
                    }
                }
                None => {
                    if !has_min
                        || h > 23
                        || min > 59
                        || !matches!(self.w(i.wrapping_sub(1)), "at" | "by" | "until" | "from" | "before" | "after")
                    {
                        return None;
                    }
                }
            }
            if min > 59 {
                return None;
            }
        }
        if self.kind(j) == Some(K::Word) && is_timezone(self.raw(j)) {
            j += 1;
        }
        // The day it falls on: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
        let mut k = if self.is(j, ",") { j + 1 } else { j };
        // "10:35 a.m. (0735 GMT) Friday": the day follows a bracketed conversion.
        if self.is(k, "(")
            && let Some(c) = (k + 1..k + 6).find(|&c| self.is(c, ")"))
            && self.same_line(k, c + 1)
            && self.cap(c + 1)
            && weekday_of(self.w(c + 1)).is_some()
        {
            k = c + 1;
        }
        let mut day: Option<Option<NaiveDate>> = None;
        let mut end = j;
        let wd = {
            self.ctx = Some(i);
            let c = self.m_weekday(k);
            self.ctx = None;
            c
        };
        for c in [wd, self.m_month(k), self.m_day_rel(k), self.m_day_month(k)].into_iter().flatten() {
            if c.kind == TimexType::Date {
                if let Some(v) = &c.val {
                    if v.len() == 10 {
                        day = Some(NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
                        end = c.end;
                        break;
                    }
                } else {
                    day = Some(None);
                    end = c.end;
                    break;
                }
            }
        }
        // Past a bracket, the weekday is its own expression; it only lends the clock its day.
        if self.is(j, "(") {
            end = j;
        }
        let date = match day {
            Some(d) => d,
            None => self.dct,
        };
        let val = date.map(|d| format!("{}T{h:02}:{min:02}", ymd(d)));
        m(end, TimexType::Time, val)
    }

    /// today, yesterday, tomorrow, tonight, this morning, last night (+ part of day).
    fn m_day_rel(&mut self, i: usize) -> Option<M> {
        let w = self.w(i);
        let (off, mut j, mut part) = match w {
            // "USA Today", "VOA Today": a name. "today's youth", "today's world": the
            // present age, not a day (TimeML leaves such generic uses unmarked).
            "today" if self.cap(i) && self.cap(i.wrapping_sub(1)) && i > 0 => return None,
            "today" if self.poss(i + 1) && is_generic_present(self.w(i + 3)) => return None,
            // "the people of tomorrow", "the youth of today" ("as of today" is a date).
            "today" | "tomorrow"
                if self.is(i.wrapping_sub(1), "of")
                    && !matches!(
                        self.w(i.wrapping_sub(2)),
                        "as" | "end" | "close" | "start" | "beginning" | "middle" | "rest"
                    ) =>
            {
                return None;
            }
            "today" => (0, i + 1, None),
            "yesterday" => (-1, i + 1, None),
            "tomorrow" => (1, i + 1, None),
            "tonight" => (0, i + 1, Some("NI")),
            "this" | "last" => {
                let p = part_of_day(self.w(i + 1))?;
                if w == "last" && p != "NI" {
                    return None;
                }
                (if w == "last" { -1 } else { 0 }, i + 2, Some(p))
            }
            _ => return None,
        };
        if part.is_none()
            && let Some(p) = part_of_day(self.w(j))
        {
            part = Some(p);
            j += 1;
        }
        let d = self.dct.and_then(|d| add_days(d, off));
        match part {
            Some(p) => m(j, TimexType::Time, d.map(|d| format!("{}T{p}", ymd(d)))),
            None => m(j, TimexType::Date, d.map(ymd)),
        }
    }

    /// "Thursday", "last Thursday", "this Monday", "next Friday", "Friday morning",
    /// "Thursday, Dec. 9".
    fn m_weekday(&mut self, i: usize) -> Option<M> {
        let w = self.w(i);
        let (dir, j) = match w {
            "last" | "past" | "previous" => (Some(Dir::Before), i + 1),
            "this" => (Some(Dir::This), i + 1),
            "next" | "coming" => (Some(Dir::After), i + 1),
            _ => (None, i),
        };
        if !self.cap(j) {
            return None;
        }
        let wd = weekday_of(self.w(j))?;
        let mut end = j + 1;
        // "Thursday, Dec. 9", "Friday Oct. 13": the explicit date wins.
        let k = if self.is(end, ",") { end + 1 } else { end };
        {
            if let Some(c) = self.m_month(k)
                && c.val.as_ref().is_some_and(|v| v.len() == 10)
            {
                return Some(c).map(|c| M { end: c.end, ..c });
            }
        }
        // "Friday's shooting" names an event already reported: the past, unless "will" follows.
        // A clock time before the weekday ("until 9 a.m. Tuesday") carries the context.
        let ctx = self.ctx.take().unwrap_or(i);
        let dir = dir.unwrap_or_else(|| {
            if self.poss(end) && !self.future_after(end) {
                Dir::OnOrBefore
            } else if self.scheduled_present(ctx) {
                // "Arafat meet separately Monday with Albright", "the vote is Tuesday".
                Dir::OnOrAfter
            } else if matches!(self.w(ctx.wrapping_sub(1)), "until" | "till") && !self.past_after(end) {
                // A deadline: "postponed until Tuesday morning".
                Dir::OnOrAfter
            } else {
                self.tense_dir(ctx, end)
            }
        });
        let date = self.dct.and_then(|d| weekday(d, wd, dir));
        // "Friday night", "Tuesday morning": TimeBank and AQUAINT mostly give the whole phrase
        // the value of the day (15 of 24 there), but keep "evening" as a time of that day
        // ("Thursday evening" → TEV, all 3 there).
        if let Some(p) = part_of_day(self.w(end)) {
            end += 1;
            if p == "EV" || p == "AF" {
                return m(end, TimexType::Time, date.map(|d| format!("{}T{p}", ymd(d))));
            }
        }
        m(end, TimexType::Date, date.map(ymd))
    }

    /// Month-first dates: "June 17, 2009", "Dec. 31", "January 2020", "May of 2020", "July".
    fn m_month(&mut self, i: usize) -> Option<M> {
        let (mo, j) = self.month_at(i)?;
        if let Some((d, k)) = self.day_at(j) {
            let yk = if self.is(k, ",") { k + 1 } else { k };
            if let Some((y, e)) = self.year_at(yk) {
                let date = NaiveDate::from_ymd_opt(y, mo, d)?;
                return m(e, TimexType::Date, Some(ymd(date)));
            }
            NaiveDate::from_ymd_opt(2000, mo, d)?;
            let dir = self.month_dir(i, k);
            let val = self.dct.and_then(|dct| month_day(dct, mo, d, dir)).map(ymd);
            return m(k, TimexType::Date, val);
        }
        let yk = if self.is(j, ",") || self.is(j, "of") { j + 1 } else { j };
        if let Some((y, e)) = self.year_at(yk) {
            return m(e, TimexType::Date, Some(ym(y, mo)));
        }
        // Broadcast transcripts: "January nineteen ninety-seven".
        if let Some(c) = self.spoken_year_at(yk) {
            return m(c.1, TimexType::Date, Some(ym(c.0, mo)));
        }
        // "July last year", "February this year", "April next year".
        if matches!(self.w(j), "last" | "this" | "next") && self.is(j + 1, "year") {
            let d = match self.w(j) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            return m(j + 2, TimexType::Date, self.dct.map(|dct| ym(dct.year() + d, mo)));
        }
        // A bare month after an article is a name ("the March of ...", "the annual March for Life").
        // But a month modifying a lowercase noun is a date: "the October slaying", "a June
        // agreement", "the March accession".
        if matches!(self.w(i.wrapping_sub(1)), "the" | "a" | "an" | "annual")
            && !(self.w(i.wrapping_sub(1)) != "annual"
                && self.kind(j) == Some(K::Word)
                && !self.cap(j)
                && self.same_line(i, j)
                && !matches!(self.w(j), "of" | "for" | "and" | "or" | "to" | "on" | "in"))
        {
            return None;
        }
        // "the March of the Combatant Mothers", "March of Dimes": a name.
        if self.is(j, "of")
            && ((self.is(j + 1, "the")
                && !matches!(self.w(j + 2), "year" | "following" | "same" | "previous" | "next" | "current" | "last"))
                || self.cap(j + 1))
        {
            return None;
        }
        // A bare month. "May" needs a preposition before it ("in May").
        if mo == 5
            && !matches!(
                self.w(i.wrapping_sub(1)),
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "last"
                    | "next"
                    | "this"
                    | "from"
                    | "through"
                    | "before"
                    | "after"
            )
        {
            return None;
        }
        let dir = match self.w(i.wrapping_sub(1)) {
            "last" | "past" => Dir::Before,
            "next" | "coming" => Dir::After,
            "this" => Dir::This,
            // "by February", "through January": a deadline ahead.
            "by" | "until" | "till" => Dir::OnOrAfter,

            _ => self.month_dir(i, j),
        };
        let val = self.dct.map(|dct| ym(month_year(dct, mo, dir), mo));
        m(j, TimexType::Date, val)
    }

    /// Day-first dates: "17 June 2009", "31 December", "the 4th of July".
    fn m_day_month(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let (d, mut k) = self.day_at(j)?;
        if j != i && !self.is(k, "of") {
            return None;
        }
        if self.is(k, "of") {
            k += 1;
        }
        let (mo, e) = self.month_at(k)?;
        let yk = if self.is(e, ",") { e + 1 } else { e };
        if let Some((y, ye)) = self.year_at(yk) {
            let date = NaiveDate::from_ymd_opt(y, mo, d)?;
            return m(ye, TimexType::Date, Some(ymd(date)));
        }
        NaiveDate::from_ymd_opt(2000, mo, d)?;
        let dir = self.month_dir(i, e);
        m(e, TimexType::Date, self.dct.and_then(|dct| month_day(dct, mo, d, dir)).map(ymd))
    }

    /// "2021-12-09", "12/09/2021", "2021/12/09".
    fn m_numeric(&mut self, i: usize) -> Option<M> {
        if self.kind(i) != Some(K::Num) {
            return None;
        }
        let sep = self.w(i + 1);
        if !matches!(sep, "-" | "/")
            || self.w(i + 3) != sep
            || !(self.adj(i) && self.adj(i + 1) && self.adj(i + 2) && self.adj(i + 3))
        {
            return None;
        }
        if self.kind(i + 2) != Some(K::Num) || self.kind(i + 4) != Some(K::Num) {
            return None;
        }
        // A longer run ("1-2-3-4") is not a date.
        if self.adj(i + 4) && matches!(self.kind(i + 5), Some(K::Num) | Some(K::Word))
            || (self.adj(i + 4) && self.w(i + 5) == sep)
        {
            return None;
        }
        let (a, b, c) = (self.w(i), self.w(i + 2), self.w(i + 4));
        let p = |s: &str| s.parse::<u32>().ok();
        let (y, mo, d) = if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
            (p(a)? as i32, p(b)?, p(c)?)
        } else if a.len() <= 2 && b.len() <= 2 && (c.len() == 4 || (c.len() == 2 && sep == "/")) {
            let y = if c.len() == 4 { p(c)? as i32 } else { 2000 + p(c)? as i32 - if p(c)? > 50 { 100 } else { 0 } };
            let (x, z) = (p(a)?, p(b)?);
            // English-language news: month first unless that cannot be a month.
            if x <= 12 { (y, x, z) } else { (y, z, x) }
        } else {
            return None;
        };
        let date = NaiveDate::from_ymd_opt(y, mo, d)?;
        m(i + 5, TimexType::Date, Some(ymd(date)))
    }

    /// Years and decades: "in 2017", "fiscal 1999", "the year 2024", "the 1990s", "the '90s",
    /// "1990's third quarter".
    fn m_year(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        // Decades.
        if let Some(e) = self.decade_at(j) {
            let (dec, end) = e;
            if the || !matches!(self.kind(i.wrapping_sub(1)), Some(K::Num)) {
                return m(end, TimexType::Date, Some(dec));
            }
        }
        let fiscal = self.is(j, "fiscal") || (self.is(j, "year") && the);
        if fiscal {
            j += 1;
            if self.is(j, "year") {
                j += 1;
            }
        }
        let (y, e) = self.year_at(j)?;
        if the && !fiscal {
            // "the 1988 third quarter", "the 1988 quarter" / "period" (the one under discussion).
            if let Some(q) = self.quarter_after(e, Some(y)) {
                return Some(q);
            }
            if matches!(self.w(e), "quarter" | "period")
                && let Some((_, q)) = self.recent_quarter(i)
            {
                return m(e + 1, TimexType::Date, Some(format!("{y:04}-Q{q}")));
            }
            return None;
        }
        if !fiscal && !self.year_context(j) {
            return None;
        }
        // "1990's third quarter"
        if self.poss(e)
            && let Some(q) = self.quarter_after(e + 2, Some(y))
        {
            return Some(q);
        }
        m(e, TimexType::Date, Some(format!("{y:04}")))
    }

    /// "1990s", "'90s", "90s": (value, end).
    fn decade_at(&self, j: usize) -> Option<(String, usize)> {
        if self.is_apos(j)
            && self.kind(j + 1) == Some(K::Num)
            && self.w(j + 1).len() == 2
            && self.adj(j)
            && self.adj(j + 1)
            && self.is(j + 2, "s")
        {
            let n: u32 = self.w(j + 1).parse().ok()?;
            if !n.is_multiple_of(10) {
                return None;
            }
            let c = if n >= 30 { 19 } else { 20 };
            return Some((format!("{c}{}", n / 10), j + 3));
        }
        if self.kind(j) == Some(K::Num) && self.adj(j) && self.is(j + 1, "s") {
            let w = self.w(j);
            let n: u32 = w.parse().ok()?;
            if w.len() == 4 && n.is_multiple_of(10) && (1000..2200).contains(&n) {
                return Some((format!("{}", n / 10), j + 2));
            }
            if w.len() == 2 && n.is_multiple_of(10) && self.is(j.wrapping_sub(1), "the") {
                let c = if n >= 30 { 19 } else { 20 };
                return Some((format!("{c}{}", n / 10), j + 2));
            }
        }
        None
    }

    /// A bare four-digit number is a year only in a date context, so "2000 troops" is not:
    /// a count is followed by a plural noun or a measure, a year by a singular noun
    /// ("its 1988 recapitalization"), punctuation, or a preposition.
    fn year_context(&self, j: usize) -> bool {
        let prev = self.w(j.wrapping_sub(1));
        if matches!(
            prev,
            "$" | "#"
                | "no"
                | "number"
                | "nos"
                | "route"
                | "flight"
                | "article"
                | "room"
                | "about"
                | "some"
                | "nearly"
                | "over"
                | "almost"
                | "than"
                | "approximately"
                | "roughly"
                | "de"
                | "del"
                | "en"
                | "el"
                | "la"
                | "le"
                | "du"
                | "un"
                | "una"
        ) || self.kind(j.wrapping_sub(1)) == Some(K::Num)
            || (self.is(j.wrapping_sub(1), ".") && self.kind(j.wrapping_sub(2)) == Some(K::Num))
        {
            return false;
        }
        let next = self.w(j + 1);
        match self.kind(j + 1) {
            None => true,
            Some(K::Punct) => match next {
                "%" | "/" | "$" | "+" | "*" | "\u{b0}" => false,
                // "1990-91" is a span of years; "2,000-strong" a count.
                "-" => !self.adj(j) || self.kind(j + 2) == Some(K::Num),
                _ => true,
            },
            Some(K::Num) => false,
            Some(K::Word) => {
                let countish = (next.len() > 3
                    && next.ends_with('s')
                    && !matches!(
                        next,
                        "elections"
                            | "olympics"
                            | "games"
                            | "midterms"
                            | "talks"
                            | "polls"
                            | "protests"
                            | "was"
                            | "has"
                            | "is"
                            | "its"
                            | "this"
                            | "thus"
                            | "as"
                            | "yes"
                    ))
                    || matches!(
                        next,
                        "of" | "more"
                            | "other"
                            | "additional"
                            | "extra"
                            | "new"
                            | "feet"
                            | "ft"
                            | "km"
                            | "m"
                            | "kg"
                            | "lb"
                            | "mph"
                            | "cc"
                            | "mm"
                            | "cm"
                            | "ml"
                            | "hp"
                            | "sq"
                            | "square"
                            | "cubic"
                            | "people"
                            | "men"
                            | "women"
                            | "children"
                            | "police"
                            | "personnel"
                            | "staff"
                            | "aircraft"
                            | "sheep"
                            | "cattle"
                            | "fish"
                            | "yuan"
                            | "yen"
                            | "euro"
                            | "times"
                            | "percent"
                            | "per"
                            | "million"
                            | "billion"
                            | "thousand"
                            | "hundred"
                            | "to"
                            | "or"
                    );
                if countish {
                    // "from 1990 to 1995", "1990 or 1991": ranges of years are fine.
                    return matches!(next, "to" | "or" | "and")
                        && (self.year_at(j + 2).is_some()
                            || matches!(
                                prev,
                                "in" | "since" | "until" | "during" | "by" | "from" | "before" | "after"
                            ));
                }
                true
            }
        }
    }

    /// "this week", "last month", "next year", "this July", "last summer", "the current quarter",
    /// "this year's third quarter", "earlier this year" is handled by [`Self::m_modified`].
    fn m_rel(&mut self, i: usize) -> Option<M> {
        let w = self.w(i);
        let (delta, mut j) = match w {
            "this" if self.is(i + 1, "past") => (-1, i + 2),
            "the" if self.is(i + 1, "current") && self.is(i + 2, "fiscal") => (0, i + 3),
            "this" | "current" => (0, i + 1),
            "last" | "past" | "previous" | "prior" => (-1, i + 1),
            "next" | "coming" | "following" => (1, i + 1),
            "the" => match self.w(i + 1) {
                "current" | "present" => (0, i + 2),
                "previous" | "prior" | "preceding" => (-1, i + 2),
                _ => return None,
            },
            _ => return None,
        };
        // "the past year"/"the next year" are durations; "past week" without "the" is a date.
        if w == "the" && delta != 0 {
            // "the previous year": a date relative to publication.
        }
        if matches!(w, "past" | "coming" | "following" | "prior") && self.is(i.wrapping_sub(1), "the") {
            return None;
        }
        if matches!(w, "past" | "coming" | "following") {
            return None;
        }
        let nw = self.w(j);
        // Month: "last July".
        if let Some((_, true)) = month_of(nw) {
            if self.cap(j) && matches!(w, "this" | "last" | "next") {
                return self.m_month(j).map(|c| M { end: c.end, ..c });
            }
            return None;
        }
        if let Some(s) = season_of(nw) {
            let dir = match delta {
                0 => Dir::This,
                d if d < 0 => Dir::Before,
                _ => Dir::After,
            };
            j += 1;
            let val = self.dct.map(|dct| format!("{:04}-{}", season_year(dct, s, dir), SEASONS[s].0));
            return m(j, TimexType::Date, val);
        }
        let (u, plural) = unit_of(nw)?;
        // "This Week" (a programme title), not this week.
        if self.cap(j) {
            return None;
        }
        if plural {
            return None;
        }
        j += 1;
        // "this year's third quarter"
        if u == Unit::Year && self.poss(j) {
            let y = self.dct.map(|d| d.year() + delta);
            if let Some(q) = self.quarter_after(j + 2, y) {
                return Some(q);
            }
            if matches!(self.w(j + 2), "quarter" | "period")
                && let (Some(y), Some((_, q))) = (y, self.recent_quarter(i))
            {
                return m(j + 3, TimexType::Date, Some(format!("{y:04}-Q{q}")));
            }
        }
        // "last week" is the week before this one; "last weekend" the weekend just gone.
        let val = self.dct.and_then(|d| unit_ref(d, u, delta));
        val.as_ref()?;
        if u == Unit::Weekend && delta == -1 {
            let v = self.dct.and_then(|d| {
                let wd = d.weekday().num_days_from_monday();
                let back = if wd >= 5 { 7 } else { wd as i64 + 1 };
                add_days(d, -back).map(|x| format!("{}-WE", iso_week(x)))
            });
            return m(j, TimexType::Date, v);
        }
        m(j, TimexType::Date, val)
    }

    /// "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "the quarter",
    /// "the first half of 2020".
    fn m_quarter(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        // "the same period last year", "the quarter a year ago", "the corresponding period of
        // the prior year": the period under discussion, a year back.
        if j != i || self.is(i, "same") {
            let mut k = j;
            if matches!(self.w(k), "same" | "corresponding" | "comparable") {
                k += 1;
            }
            if matches!(self.w(k), "period" | "quarter") {
                k += 1;
                if self.is(k, "of") || self.is(k, "in") {
                    k += 1;
                }
                let back = match (self.w(k), self.w(k + 1), self.w(k + 2)) {
                    ("last", "year", _) => Some(k + 2),
                    ("a", "year", "ago" | "earlier" | "before") => Some(k + 3),
                    ("the", "previous" | "prior" | "preceding", "year") => Some(k + 3),
                    _ => None,
                };
                if let Some(e) = back {
                    let v = match (self.recent_quarter(i), self.dct) {
                        (Some((y, q)), _) => Some(format!("{:04}-Q{q}", y - 1)),
                        (None, Some(d)) => Some(format!("{:04}", d.year() - 1)),
                        _ => None,
                    };
                    return m(e, TimexType::Date, v);
                }
            }
        }
        if matches!(self.w(j), "latest" | "most" | "recent" | "quarter" | "current") {
            let mut k = j;
            if self.is(k, "most") {
                k += 1;
            }
            let cur = self.is(k, "current");
            if matches!(self.w(k), "latest" | "recent" | "current") {
                k += 1;
            }
            if !self.is(k, "quarter") || j == i {
                return None;
            }
            // "the quarter ended Sept. 30": the quarter holding that date.
            if matches!(self.w(k + 1), "ended" | "ending")
                && let Some(c) = self.m_month(k + 2)
                && let Some(d) = c.val.as_deref().and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
            {
                let v = format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1);
                return m(k + 1, TimexType::Date, Some(v));
            }
            let val = if cur {
                self.dct.map(|d| format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1))
            } else if k == j {
                // "the quarter": the one being discussed.
                match self.recent_quarter(i) {
                    Some((y, q)) => Some(format!("{y:04}-Q{q}")),
                    None => self.dct.map(last_completed_quarter),
                }
            } else {
                self.dct.map(last_completed_quarter)
            };
            return m(k + 1, TimexType::Date, val);
        }
        // "the year-ago quarter", "the year-earlier third quarter", "year-earlier" results.
        if self.is(j, "comparable") || self.is(j, "corresponding") {
            j += 1;
        }
        if self.is(j, "year")
            && self.is(j + 1, "-")
            && matches!(self.w(j + 2), "ago" | "earlier")
            && self.adj(j)
            && self.adj(j + 1)
        {
            let k = j + 3;
            if let Some(q) = self.quarter_after(k, None) {
                let v = q.val.as_deref().and_then(parse_quarter);
                let v = match (v, self.recent_quarter(i)) {
                    (Some((_, n)), Some((y, _))) => Some(format!("{:04}-Q{n}", y - 1)),
                    (Some((y, n)), None) => Some(format!("{:04}-Q{n}", y - 1)),
                    _ => None,
                };
                return m(q.end, TimexType::Date, v);
            }
            let end = if matches!(self.w(k), "quarter" | "period") { k + 1 } else { k };
            let v = match (self.recent_quarter(i), self.dct) {
                (Some((y, q)), _) => Some(format!("{:04}-Q{q}", y - 1)),
                (None, Some(d)) => Some(format!("{:04}", d.year() - 1)),
                _ => None,
            };
            return m(end, TimexType::Date, v);
        }
        let the = j != i;
        let q = self.quarter_after(j, None)?;
        // "the third-quarter results": the article goes with the noun.
        if the && (j + 1..q.end).any(|k| self.is(k, "-")) && self.kind(q.end) == Some(K::Word) {
            return None;
        }
        if !the && self.w(q.end.saturating_sub(1)) == "half" {
            return None;
        }
        Some(q)
    }

    /// An ordinal quarter or half starting at `j`, with an optional "of 1990" / "1990" after;
    /// `year` overrides the year if a possessive gave it ("1990's third quarter").
    fn quarter_after(&self, mut j: usize, year: Option<i32>) -> Option<M> {
        if self.is(j, "fiscal") {
            j += 1;
        }
        let n = match self.w(j) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "final" | "last" => 4,
            _ => {
                let (d, e) = self.day_at(j)?;
                if e != j + 2 {
                    return None;
                }
                j = e - 1;
                d
            }
        };
        j += 1;
        if self.is(j, "-") && self.adj(j.wrapping_sub(1)) {
            j += 1;
        }
        let half = match self.w(j) {
            "quarter" => false,
            "half" if n <= 2 => true,
            "half" if n == 4 && !self.is(j.wrapping_sub(1), "fourth") => true,
            _ => return None,
        };
        // "the last half of 1989", "the final half": the second.
        let n = if half { n.min(2) } else { n };
        if !(1..=4).contains(&n) {
            return None;
        }
        j += 1;
        let mut y = year;
        if y.is_none() {
            let k = if self.is(j, "of") || self.is(j, ",") { j + 1 } else { j };
            if let Some((yy, e)) = self.year_at(k) {
                y = Some(yy);
                j = e;
            } else if self.is(j, "of") && matches!(self.w(j + 1), "this" | "last" | "next") && self.is(j + 2, "year") {
                let d = match self.w(j + 1) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                y = self.dct.map(|x| x.year() + d);
                j += 3;
            } else if half && !(self.is(j, "of") && self.is(j + 1, "the") && self.is(j + 2, "year")) {
                return None;
            } else if half {
                j += 3;
            }
        }
        let val = if half {
            let y = y.or_else(|| self.dct.map(|d| d.year()));
            y.map(|y| format!("{y:04}-H{n}"))
        } else {
            let y = y.or_else(|| self.dct.map(|d| quarter_year(d, n, Dir::OnOrBefore)));
            y.map(|y| format!("{y:04}-Q{n}"))
        };
        m(j, TimexType::Date, val)
    }

    /// "the summer", "summer 2020", "the fall of 1989", "last fall" (via m_rel).
    fn m_season(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let s = season_of(self.w(j))?;
        j += 1;
        let k = if self.is(j, "of") { j + 1 } else { j };
        if let Some((y, e)) = self.year_at(k).or_else(|| self.spoken_year_at(k)) {
            return m(e, TimexType::Date, Some(format!("{y:04}-{}", SEASONS[s].0)));
        }
        if !the
            && !matches!(
                self.w(i.wrapping_sub(1)),
                "in" | "since" | "during" | "this" | "until" | "by" | "early" | "late" | "mid"
            )
        {
            return None;
        }
        if !the && self.kind(j) == Some(K::Word) && !matches!(self.w(j), "and" | "or" | "when" | "as") {
            // "spring training", "summer camp": a modifier, not a time.
            return None;
        }
        let dir = self.tense_dir(i, j);
        m(j, TimexType::Date, self.dct.map(|d| format!("{:04}-{}", season_year(d, s, dir), SEASONS[s].0)))
    }

    /// "two days ago", "a year earlier", "three weeks from now", "years ago" (PAST_REF).
    fn m_ago(&mut self, i: usize) -> Option<M> {
        let (q, j) = self.qty_at(i).or_else(|| unit_of(self.w(i)).filter(|u| u.1).map(|_| (Qty::X, i)))?;
        let (u, _, k) = self.unit_at(j)?;
        let (sign, end) = match self.w(k) {
            "ago" | "earlier" | "before" if self.w(k) != "before" || self.kind(k + 1) != Some(K::Word) => {
                (-1i64, k + 1)
            }
            "later" | "after" => {
                // "three days later": TimeML marks the duration; the anchor is an event.
                return m(k, TimexType::Duration, Some(dur_value(q, u)));
            }
            "hence" => (1, k + 1),
            "from" if self.is(k + 1, "now") || self.is(k + 1, "today") => (1, k + 2),
            _ => return None,
        };
        let n = match q {
            // Beyond ten thousand units no calendar arithmetic makes sense (and it could overflow).
            Qty::N(n) if n.fract() == 0.0 && n <= 10_000.0 => n as i64,
            Qty::N(_) => return m(end, TimexType::Date, None),
            Qty::X => {
                let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return m(end, TimexType::Date, Some(v.to_string()));
            }
        };
        let Some(dct) = self.dct else {
            return m(end, TimexType::Date, None);
        };
        let val = match u {
            Unit::Day => add_days(dct, sign * n).map(ymd),
            Unit::Week | Unit::Weekend => add_days(dct, sign * n * 7).map(iso_week),
            Unit::Month => {
                let (y, mo) = shift_month(dct.year(), dct.month(), (sign * n) as i32);
                Some(ym(y, mo))
            }
            Unit::Quarter => {
                let (y, mo) = shift_month(dct.year(), dct.month(), (sign * n * 3) as i32);
                Some(format!("{y:04}-Q{}", (mo - 1) / 3 + 1))
            }
            Unit::Year => {
                // Earnings news: "a year earlier" is the same quarter of the year before.
                match self.recent_quarter(i) {
                    Some((y, q)) if n == 1 && sign < 0 => Some(format!("{:04}-Q{q}", y - 1)),
                    _ => Some(format!("{:04}", dct.year() as i64 + sign * n)),
                }
            }
            Unit::Decade => Some(format!("{}", (dct.year() as i64 + sign * n * 10) / 10)),
            Unit::Century => Some(format!("{}", (dct.year() as i64 + sign * n * 100) / 100)),
            Unit::Hour | Unit::Minute | Unit::Second => Some(ymd(dct)),
        };
        m(end, TimexType::Date, val)
    }

    /// Hedged amounts belong to the span (TimeML's `mod`): "nearly two years", "more than four
    /// hours", "at least 72 hours", "about two years ago".
    fn m_approx(&mut self, i: usize) -> Option<M> {
        let j = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("nearly" | "almost" | "about" | "around" | "roughly" | "approximately" | "barely" | "just", _, _) => i + 1,
            ("more" | "less" | "fewer", "than", _) => i + 2,
            ("at", "least" | "most", _) => i + 2,
            ("no", "more" | "less", "than") => i + 3,
            _ => return None,
        };
        [self.m_ago(j), self.m_duration(j)].into_iter().flatten().max_by_key(|c| c.end)
    }

    /// "every week", "each year", "annually", "twice a month", "$5 a day", "every Monday".
    fn m_set(&mut self, i: usize) -> Option<M> {
        let w = self.w(i);
        // "on Tuesdays", "Monday and Tuesday nights": every such day.
        if self.cap(i)
            && let Some(wd) = w.strip_suffix('s').and_then(weekday_of)
        {
            return m(i + 1, TimexType::Set, Some(format!("XXXX-WXX-{}", wd + 1)));
        }
        if self.cap(i)
            && let Some(wd) = weekday_of(w)
            && let Some(p) = self.w(i + 1).strip_suffix('s').and_then(part_of_day)
        {
            return m(i + 2, TimexType::Set, Some(format!("XXXX-WXX-{}T{p}", wd + 1)));
        }
        if let Some(v) = set_adverb(w) {
            return m(i + 1, TimexType::Set, Some(v.to_string()));
        }
        match w {
            "every" | "each" => {
                let mut j = i + 1;
                if self.is(j, "other") {
                    j += 1;
                }
                if self.cap(j)
                    && let Some(wd) = weekday_of(self.w(j))
                {
                    return m(j + 1, TimexType::Set, Some(format!("XXXX-WXX-{}", wd + 1)));
                }
                // "each July", "every December": the month of every year.
                if self.cap(j)
                    && let Some((mo, true)) = month_of(self.w(j))
                {
                    return m(j + 1, TimexType::Set, Some(format!("XXXX-{mo:02}")));
                }
                let (q, k) = match self.qty_at(j) {
                    Some((Qty::N(n), k)) if !self.is(j, "a") => (n, k),
                    _ => (1.0, j),
                };
                let (u, _, e) = self.unit_at(k)?;
                let n = if self.is(i + 1, "other") { q * 2.0 } else { q };
                m(e, TimexType::Set, Some(dur_value(Qty::N(n), u)))
            }
            "once" | "twice" | "thrice" | "per" | "a" => {
                let j = if w == "per" || w == "a" { i } else { i + 1 };
                if !matches!(self.w(j), "a" | "per" | "an" | "every" | "each") {
                    return None;
                }
                if w == "a"
                    && !(self.kind(i.wrapping_sub(1)) == Some(K::Num)
                        || matches!(
                            self.w(i.wrapping_sub(1)),
                            "times"
                                | "twice"
                                | "once"
                                | "million"
                                | "billion"
                                | "thousand"
                                | "percent"
                                | "cents"
                                | "dollars"
                        ))
                {
                    return None;
                }
                let (u, plural, e) = self.unit_at(j + 1)?;
                if plural {
                    return None;
                }
                m(e, TimexType::Set, Some(dur_value(Qty::N(1.0), u)))
            }
            _ => None,
        }
    }

    /// Durations: "seven years", "the past five years", "two-day", "a year and a half",
    /// "several months", "the coming weeks", "52-year-old".
    fn m_duration(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let lead = self.w(j);
        let has_lead = matches!(
            lead,
            "past"
                | "last"
                | "next"
                | "first"
                | "previous"
                | "following"
                | "coming"
                | "latest"
                | "final"
                | "initial"
                | "preceding"
                | "recent"
                | "remaining"
                | "same"
                | "entire"
                | "whole"
                | "full"
        );
        if has_lead {
            j += 1;
        }
        if the && !has_lead && !matches!(self.kind(j), Some(K::Num)) && number_word(self.w(j)).is_none() {
            return None;
        }
        let q = self.qty_at(j);
        let (qty, k) = match q {
            Some((q, k)) => (q, k),
            None => {
                // "the past year" (one), "the coming weeks" (vague)
                if !has_lead {
                    // "years", "months" after "for"/"over"/"within": vague durations.
                    let (_, pl) = unit_of(self.w(j))?;
                    if !pl
                        || !matches!(self.w(i.wrapping_sub(1)), "for" | "over" | "within" | "took" | "take" | "takes")
                    {
                        return None;
                    }
                    (Qty::X, j)
                } else {
                    let (_, pl) = unit_of(self.w(j))?;
                    if !the && !pl {
                        // "last year" is a date, handled by m_rel.
                        return None;
                    }
                    (if pl { Qty::X } else { Qty::N(1.0) }, j)
                }
            }
        };
        if has_lead && lead == "recent" {
            return None;
        }
        // "five-year", "two-day", "52-year-old"
        let mut k2 = k;
        if self.is(k2, "-") && self.adj(k2.wrapping_sub(1)) && self.adj(k2) {
            k2 += 1;
        }
        let (u, plural, mut e) = self.unit_at(k2)?;
        // "CBS's ''60 Minutes''", "24 Hours of Le Mans": a capitalized unit after a number is a
        // title, not a length of time.
        if self.cap(e - 1) && self.kind(j) == Some(K::Num) {
            return None;
        }
        if u == Unit::Weekend {
            return None;
        }
        // "the full year" in results news is the (fiscal) year reported, a date: [`Self::m_misc`].
        if has_lead && lead == "full" && !plural {
            return None;
        }
        // "the two-week visit": the article goes with the noun, not with the duration.
        if the && !has_lead && k2 != k {
            return None;
        }
        if matches!(qty, Qty::N(n) if n == 1.0) && plural && !self.is(j, "1") {
            return None;
        }
        if k2 != k && plural && self.w(k) == "-" {
            // "two-days" is not English; keep the match anyway.
        }
        // "a year-earlier loss": an adjective for the same period a year before.
        if self.is(e, "-") && self.adj(e.wrapping_sub(1)) && matches!(self.w(e + 1), "earlier" | "ago" | "end") {
            return None;
        }
        // Ages ("a 52-year-old man", "37 years old") are not time expressions in TimeML.
        if (self.is(e, "-") && self.adj(e.wrapping_sub(1)) && self.is(e + 1, "old")) || self.is(e, "old") {
            return None;
        }
        if self.is(e, "-") && self.adj(e.wrapping_sub(1)) && self.is(e + 1, "long") {
            e += 2;
        }
        // "a quarter of", "three-quarters": fractions, not periods.
        if u == Unit::Quarter && (k2 != k || matches!(qty, Qty::N(n) if n == 1.0) || self.is(e, "of")) {
            return None;
        }
        // "the 1988 quarter", "the 1988 second quarter": a year, not a count.
        if matches!(qty, Qty::N(n) if n >= 1000.0) && !plural {
            return None;
        }
        if u == Unit::Second
            && (matches!(self.w(e), "quarter" | "half")
                || matches!(self.w(k), "a" | "an")
                || self.is(j, "a")
                || self.is(j, "an"))
        {
            return None;
        }
        let mut val = dur_value(qty, u);
        // "a year and a half", "an hour and a half"
        if self.is(e, "and")
            && self.is(e + 1, "a")
            && self.is(e + 2, "half")
            && let Qty::N(n) = qty
        {
            val = half_more(n, u);
            e += 3;
        }
        // "the year-earlier quarter" style hyphens must not eat numbers after: fine.
        let _ = plural;
        m(e, TimexType::Duration, Some(val))
    }

    /// PAST_REF / PRESENT_REF / FUTURE_REF words: "recently", "now", "the future".
    fn m_ref(&mut self, i: usize) -> Option<M> {
        let w = self.w(i);
        let r = |e: usize, v: &str| m(e, TimexType::Date, Some(v.to_string()));
        match w {
            "recently" | "lately" => r(i + 1, "PAST_REF"),
            "recent" => {
                let (_, pl) = unit_of(self.w(i + 1))?;
                if pl { r(i + 2, "PAST_REF") } else { None }
            }
            "now" | "currently" | "nowadays" | "presently" => {
                if w == "now"
                    && matches!(self.w(i.wrapping_sub(1)), "from" | "right")
                    && self.is(i.wrapping_sub(2), "from")
                {
                    return None;
                }
                r(i + 1, "PRESENT_REF")
            }
            "present"
                if self.is(i.wrapping_sub(1), "at")
                    || (self.is(i.wrapping_sub(1), "the") && !matches!(self.kind(i + 1), Some(K::Word))) =>
            {
                r(i + 1, "PRESENT_REF")
            }
            "these" if self.is(i + 1, "days") => r(i + 2, "PRESENT_REF"),
            "future" if matches!(self.w(i.wrapping_sub(1)), "in" | "near") => r(i + 1, "FUTURE_REF"),
            "the" => {
                let mut j = i + 1;
                if matches!(self.w(j), "near" | "foreseeable" | "distant" | "immediate" | "not-too-distant") {
                    j += 1;
                }
                match self.w(j) {
                    "future" => r(j + 1, "FUTURE_REF"),
                    "term" if matches!(self.w(j.wrapping_sub(1)), "near" | "short") => r(j + 1, "FUTURE_REF"),
                    "near" | "short" if j == i + 1 && self.is(j + 1, "term") => r(j + 2, "FUTURE_REF"),
                    "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies" | "eighties"
                    | "nineties"
                        if j == i + 1 =>
                    {
                        let d = match self.w(j) {
                            "twenties" => 2,
                            "thirties" => 3,
                            "forties" => 4,
                            "fifties" => 5,
                            "sixties" => 6,
                            "seventies" => 7,
                            "eighties" => 8,
                            _ => 9,
                        };
                        r(j + 1, &format!("19{d}"))
                    }
                    "past" if j == i + 1 && self.qty_at(j + 1).is_none() && unit_of(self.w(j + 1)).is_none() => {
                        r(j + 1, "PAST_REF")
                    }
                    "present" if j == i + 1 && self.kind(j + 1) != Some(K::Word) => r(j + 1, "PRESENT_REF"),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Fixed phrases of business and general news: "the year ended March 31" (a duration),
    /// "for the year", "the latest period", "the weekend", "by year-end".
    fn m_misc(&mut self, i: usize) -> Option<M> {
        let w = self.w(i);
        if w == "the" {
            let mut j = i + 1;
            let fiscal = self.is(j, "fiscal");
            if fiscal {
                j += 1;
            }
            match self.w(j) {
                "year" => {
                    if matches!(self.w(j + 1), "ended" | "ending" | "ends" | "through" | "to") {
                        return m(j + 1, TimexType::Duration, Some("P1Y".into()));
                    }
                    if !fiscal
                        && matches!(self.w(i.wrapping_sub(1)), "for" | "of")
                        && !self.is(j + 1, "before")
                        && !self.is(j + 1, "after")
                    {
                        return m(j + 1, TimexType::Date, self.dct.map(|d| format!("{:04}", d.year())));
                    }
                    None
                }
                "full" if self.is(j + 1, "year") && !matches!(self.w(j + 2), "ended" | "ending") => {
                    m(j + 2, TimexType::Date, self.dct.map(|d| format!("{:04}", d.year())))
                }
                "latest" | "recent" if self.is(j + 1, "period") => {
                    let v = match self.recent_quarter(i) {
                        Some((y, q)) => Some(format!("{y:04}-Q{q}")),
                        None => self.dct.map(last_completed_quarter),
                    };
                    m(j + 2, TimexType::Date, v)
                }
                // "the week of March 6": the week holding that day.
                "week" if !fiscal && self.is(j + 1, "of") => {
                    let c = self.m_month(j + 2).or_else(|| self.m_day_month(j + 2))?;
                    let d = c.val.as_deref().and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())?;
                    m(c.end, TimexType::Date, Some(iso_week(d)))
                }
                "weekend" if !fiscal => {
                    let fut = self.future(i, j + 1);
                    let v = self.dct.and_then(|d| {
                        let wd = d.weekday().num_days_from_monday() as i64;
                        // Past: the weekend just gone (or this one, if it is the weekend).
                        let day = if fut || wd >= 5 { Some(d) } else { add_days(d, -(wd + 1)) };
                        day.map(|x| format!("{}-WE", iso_week(x)))
                    });
                    m(j + 1, TimexType::Date, v)
                }
                _ => None,
            }
        } else if w == "year"
            && matches!(
                self.w(i.wrapping_sub(1)),
                "by" | "at" | "around" | "until" | "before" | "after" | "since" | "through"
            )
        {
            let e = if self.is(i + 1, "-") && self.is(i + 2, "end") {
                i + 3
            } else if self.poss(i + 1) && self.is(i + 3, "end") {
                i + 4
            } else if self.is(i + 1, "end") {
                i + 2
            } else {
                return None;
            };
            m(e, TimexType::Date, self.dct.map(|d| format!("{:04}", d.year())))
        } else {
            None
        }
    }

    /// Holidays with a fixed rule: "Thanksgiving Day", "last Christmas", "Election Day".
    fn m_holiday(&mut self, i: usize) -> Option<M> {
        let (dir, j) = match self.w(i) {
            "last" => (Some(Dir::Before), i + 1),
            "next" => (Some(Dir::After), i + 1),
            "this" => (Some(Dir::OnOrAfter), i + 1),
            _ => (None, i),
        };
        if !self.cap(j) {
            return None;
        }
        let (h, e) = match (self.w(j), self.w(j + 1)) {
            ("thanksgiving", "day") => (Holiday::Thanksgiving, j + 2),
            ("thanksgiving", _) => (Holiday::Thanksgiving, j + 1),
            ("christmas", "eve") => (Holiday::ChristmasEve, j + 2),
            ("christmas", "day") => (Holiday::Christmas, j + 2),
            ("christmas", _) => (Holiday::Christmas, j + 1),
            ("election", "day") => (Holiday::ElectionDay, j + 2),
            ("halloween", _) => (Holiday::Halloween, j + 1),
            ("easter", "sunday") => (Holiday::Easter, j + 2),
            ("easter", _) if !self.cap(j + 1) && self.kind(j + 1) != Some(K::Word) => (Holiday::Easter, j + 1),
            ("new", "year") if self.poss(j + 2) && matches!(self.w(j + 4), "day" | "eve") => {
                (if self.is(j + 4, "day") { Holiday::NewYear } else { Holiday::NewYearsEve }, j + 5)
            }
            _ => return None,
        };
        let dir = dir.unwrap_or_else(|| if self.future(i, e) { Dir::OnOrAfter } else { Dir::Recent });
        let val = self.dct.and_then(|d| {
            let c: Vec<NaiveDate> =
                [d.year() - 1, d.year(), d.year() + 1].iter().filter_map(|&y| holiday(h, y)).collect();
            let limit = add_days(d, 62)?;
            match dir {
                Dir::Before => c.iter().rev().find(|&&x| x < d),
                Dir::After => c.iter().find(|&&x| x > d),
                Dir::OnOrAfter => c.iter().find(|&&x| x >= d),
                _ => c.iter().rev().find(|&&x| x <= limit),
            }
            .copied()
        });
        m(e, TimexType::Date, val.map(ymd))
    }

    /// Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    fn m_spoken_year(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the_year = self.is(j, "the") && self.is(j + 1, "year");
        if the_year {
            j += 2;
        }
        let c = match self.w(j) {
            "eighteen" => 18,
            "nineteen" => 19,
            "two" if self.is(j + 1, "thousand") => {
                let mut e = j + 2;
                let mut y = 2000;
                let k = if self.is(e, "and") { e + 1 } else { e };
                if let Some(n) = number_word(self.w(k)).filter(|&n| n < 20) {
                    y += n;
                    e = k + 1;
                }
                if !the_year && e == j + 2 && !matches!(self.w(i.wrapping_sub(1)), "in" | "since" | "by" | "until") {
                    return None;
                }
                return m(e, TimexType::Date, Some(format!("{y}")));
            }
            _ => return None,
        };
        let tens = number_word(self.w(j + 1)).filter(|&n| n >= 10)?;
        let mut e = j + 2;
        let mut y = c * 100 + tens;
        if tens >= 20 {
            let k = if self.is(e, "-") { e + 1 } else { e };
            if let Some(u) = number_word(self.w(k)).filter(|&u| u < 10) {
                y += u;
                e = k + 1;
            }
        }
        m(e, TimexType::Date, Some(format!("{y}")))
    }

    /// A year read aloud at `j` ("nineteen ninety-four"): (year, end). Only the
    /// century-first form, which cannot be a count.
    fn spoken_year_at(&self, j: usize) -> Option<(i32, usize)> {
        if !matches!(self.w(j), "eighteen" | "nineteen") {
            return None;
        }
        let c = if self.is(j, "eighteen") { 18 } else { 19 };
        let tens = number_word(self.w(j + 1)).filter(|&n| n >= 10)?;
        let mut e = j + 2;
        let mut y = c * 100 + tens as i32;
        if tens >= 20 {
            let k = if self.is(e, "-") { e + 1 } else { e };
            if let Some(u) = number_word(self.w(k)).filter(|&u| u < 10) {
                y += u as i32;
                e = k + 1;
            }
        }
        Some((y, e))
    }

    /// "the 19th century" → "18"; "the twentieth century".
    fn m_century(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let n = match self.w(j) {
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            "twenty" if self.is(j + 1, "-") && self.is(j + 2, "first") => {
                j += 2;
                21
            }
            _ => {
                let (d, e) = self.day_at(j)?;
                if e != j + 2 {
                    return None;
                }
                j += 1;
                d
            }
        };
        if !self.is(j + 1, "century") {
            return None;
        }
        m(j + 2, TimexType::Date, Some(format!("{:02}", n - 1)))
    }
}

#[derive(Debug, Clone, Copy)]
enum Holiday {
    Thanksgiving,
    Christmas,
    ChristmasEve,
    ElectionDay,
    Halloween,
    Easter,
    NewYear,
    NewYearsEve,
}

/// The date of a holiday in year `y` (US rules for Thanksgiving and Election Day).
fn holiday(h: Holiday, y: i32) -> Option<NaiveDate> {
    let nth_weekday = |m: u32, wd: u32, n: i64| -> Option<NaiveDate> {
        let first = NaiveDate::from_ymd_opt(y, m, 1)?;
        let off = (wd as i64 - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
        add_days(first, off + 7 * (n - 1))
    };
    match h {
        Holiday::Thanksgiving => nth_weekday(11, 3, 4),
        Holiday::Christmas => NaiveDate::from_ymd_opt(y, 12, 25),
        Holiday::ChristmasEve => NaiveDate::from_ymd_opt(y, 12, 24),
        Holiday::Halloween => NaiveDate::from_ymd_opt(y, 10, 31),
        Holiday::NewYear => NaiveDate::from_ymd_opt(y, 1, 1),
        Holiday::NewYearsEve => NaiveDate::from_ymd_opt(y, 12, 31),
        // The Tuesday after the first Monday of November.
        Holiday::ElectionDay => add_days(nth_weekday(11, 0, 1)?, 1),
        Holiday::Easter => {
            // Anonymous Gregorian computus.
            let a = y % 19;
            let b = y / 100;
            let c = y % 100;
            let d = b / 4;
            let e = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let hh = (19 * a + b - d - g + 15) % 30;
            let i = c / 4;
            let k = c % 4;
            let l = (32 + 2 * e + 2 * i - hh - k) % 7;
            let m = (a + 11 * hh + 22 * l) / 451;
            let month = (hh + l - 7 * m + 114) / 31;
            let day = (hh + l - 7 * m + 114) % 31 + 1;
            NaiveDate::from_ymd_opt(y, month as u32, day as u32)
        }
    }
}

/// "1989-Q3" → (1989, 3).
fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    let y = y.parse().ok()?;
    let q = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    Some((y, q))
}

fn last_completed_quarter(d: NaiveDate) -> String {
    let q = (d.month() - 1) / 3 + 1;
    if q == 1 { format!("{:04}-Q4", d.year() - 1) } else { format!("{:04}-Q{}", d.year(), q - 1) }
}

/// The calendar period a unit names, `delta` periods from the one containing `d`.
fn unit_ref(d: NaiveDate, u: Unit, delta: i32) -> Option<String> {
    Some(match u {
        Unit::Day => ymd(add_days(d, delta as i64)?),
        Unit::Week => iso_week(add_days(d, 7 * delta as i64)?),
        Unit::Weekend => format!("{}-WE", iso_week(add_days(d, 7 * delta as i64)?)),
        Unit::Month => {
            let (y, m) = shift_month(d.year(), d.month(), delta);
            ym(y, m)
        }
        Unit::Quarter => {
            let (y, m) = shift_month(d.year(), d.month(), 3 * delta);
            format!("{y:04}-Q{}", (m - 1) / 3 + 1)
        }
        Unit::Year => format!("{:04}", d.year() + delta),
        Unit::Decade => format!("{}", (d.year() + 10 * delta) / 10),
        Unit::Century => format!("{:02}", (d.year() + 100 * delta) / 100),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    })
}

fn dur_value(q: Qty, u: Unit) -> String {
    // TIMEX3 values avoid decimals: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
    if let Qty::N(x) = q
        && x.fract() != 0.0
        && x < 1e6
    {
        let (w, r) = (x.trunc() as i64, x.fract());
        let sub = |k: f64| {
            let v = r * k;
            (v.fract().abs() < 1e-9).then_some(v as i64)
        };
        let lead = |s: &str| if w > 0 { s.to_string() } else { String::new() };
        let split = match u {
            Unit::Year => sub(12.0).map(|m| format!("P{}{m}M", lead(&format!("{w}Y")))),
            Unit::Day => sub(24.0).map(|h| format!("P{}T{h}H", lead(&format!("{w}D")))),
            Unit::Hour => sub(60.0).map(|m| format!("PT{}{m}M", lead(&format!("{w}H")))),
            Unit::Minute => sub(60.0).map(|s| format!("PT{}{s}S", lead(&format!("{w}M")))),
            Unit::Week => (x * 7.0).fract().abs().lt(&1e-9).then(|| format!("P{}D", (x * 7.0) as i64)),
            _ => None,
        };
        if let Some(v) = split {
            return v;
        }
    }
    let n = q.fmt();
    match u {
        Unit::Hour => format!("PT{n}H"),
        Unit::Minute => format!("PT{n}M"),
        Unit::Second => format!("PT{n}S"),
        Unit::Day => format!("P{n}D"),
        Unit::Week => format!("P{n}W"),
        Unit::Weekend => format!("P{n}WE"),
        Unit::Month => format!("P{n}M"),
        Unit::Quarter => match q {
            Qty::N(x) => format!("P{}M", Qty::N(x * 3.0).fmt()),
            Qty::X => "PXQ".into(),
        },
        Unit::Year => format!("P{n}Y"),
        Unit::Decade => match q {
            Qty::N(x) => format!("P{}Y", Qty::N(x * 10.0).fmt()),
            Qty::X => "PXDE".into(),
        },
        Unit::Century => match q {
            Qty::N(x) => format!("P{}Y", Qty::N(x * 100.0).fmt()),
            Qty::X => "PXCE".into(),
        },
    }
}

/// "n units and a half" in whole smaller units where TIMEX3 has them ("PT1M30S", "P18M").
fn half_more(n: f64, u: Unit) -> String {
    if n.fract() != 0.0 {
        return dur_value(Qty::N(n + 0.5), u);
    }
    let n = n as i64;
    match u {
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Minute => format!("PT{n}M30S"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Year => format!("P{}M", n * 12 + 6),
        _ => dur_value(Qty::N(n as f64 + 0.5), u),
    }
}

#[cfg(test)]
mod tests;
