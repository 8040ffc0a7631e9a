//! Word lists. All lookups take lowercase ASCII and are plain `match`es, which the compiler
//! turns into length-then-bytes comparisons: cheaper than hashing for lists this small.

/// Calendar units a duration or relative expression can be counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

pub(crate) use dossier_core::lexicon::{month_of, weekday_of};

/// Index into [`crate::resolve::SEASONS`].
pub(crate) fn season_of(w: &str) -> Option<usize> {
    Some(match w {
        "spring" => 0,
        "summer" => 1,
        "fall" | "autumn" => 2,
        "winter" => 3,
        _ => return None,
    })
}

/// Unit and whether the word is plural.
pub(crate) fn unit_of(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" => (Unit::Minute, true),
        "hour" => (Unit::Hour, false),
        "hours" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "weekend" => (Unit::Weekend, false),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

pub(crate) fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// TIMEX3 part-of-day codes.
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Time-zone abbreviations after a clock time (checked on the raw, upper-case text).
pub(crate) fn is_timezone(raw: &str) -> bool {
    matches!(
        raw,
        "EST"
            | "EDT"
            | "ET"
            | "CST"
            | "CDT"
            | "CT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "PT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
    )
}

/// One-word frequencies: "daily" → P1D.
pub(crate) fn set_adverb(w: &str) -> Option<&'static str> {
    Some(match w {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "annually" | "yearly" => "P1Y",
        "hourly" => "PT1H",
        _ => return None,
    })
}

/// Past-tense verbs that, right before a weekday, fix it in the past ("said Thursday").
pub(crate) fn is_past_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !matches!(w, "scheduled" | "planned" | "expected" | "slated" | "proposed"))
        || matches!(w, "was" | "were")
        || dossier_core::lexicon::is_irregular_past(w)
}

/// Past-tense verbs that report speech rather than narrate: the clause they introduce may
/// still speak of the future or present.
pub(crate) fn is_reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "announced"
            | "reported"
            | "added"
            | "noted"
            | "stated"
            | "confirmed"
            | "disclosed"
            | "indicated"
            | "predicted"
            | "forecast"
            | "warned"
            | "agreed"
            | "decided"
            | "asked"
            | "urged"
            | "was"
            | "were"
            | "had"
    )
}

/// Nouns after "today's" that make it mean "the present age" ("today's youth").
pub(crate) fn is_generic_present(w: &str) -> bool {
    matches!(
        w,
        "world"
            | "youth"
            | "young"
            | "society"
            | "generation"
            | "children"
            | "kids"
            | "personal"
            | "modern"
            | "technology"
            | "economy"
            | "culture"
            | "standards"
            | "politics"
    )
}

/// Words that put the clause in the future.
pub(crate) fn is_future_marker(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "ll"
            | "shall"
            | "would"
            | "effective"
            | "scheduled"
            | "slated"
            | "upcoming"
            | "expected"
            | "plans"
            | "planning"
            | "planned"
    )
}

/// Every word any matcher looks at first. Used to build [`is_trigger`]'s prefilter.
const TRIGGERS: &[&str] = &[
    "than",
    "most",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "barely",
    "just",
    "more",
    "less",
    "fewer",
    "at",
    "least",
    "no",
    "the",
    "this",
    "that",
    "last",
    "next",
    "past",
    "previous",
    "prior",
    "coming",
    "following",
    "current",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "beginning",
    "start",
    "middle",
    "turn",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "noon",
    "midnight",
    "midday",
    "term",
    "short",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "every",
    "each",
    "once",
    "twice",
    "thrice",
    "per",
    "a",
    "an",
    "few",
    "several",
    "many",
    "numerous",
    "some",
    "multiple",
    "couple",
    "dozens",
    "hundreds",
    "thousands",
    "dozen",
    "recent",
    "recently",
    "lately",
    "now",
    "currently",
    "nowadays",
    "presently",
    "present",
    "these",
    "future",
    "fiscal",
    "eighteen",
    "nineteen",
    "year",
    "thanksgiving",
    "christmas",
    "election",
    "halloween",
    "easter",
    "new",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "latest",
    "most",
    "comparable",
    "corresponding",
    "near",
    "foreseeable",
    "distant",
    "immediate",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "trading",
    "business",
    "working",
    "calendar",
    "consecutive",
    "straight",
    "full",
    "initial",
    "preceding",
    "remaining",
    "same",
    "entire",
    "whole",
    "period",
    "quarter",
    "half",
    "old",
    "long",
    "ago",
    "hence",
    "from",
    "and",
    "of",
    "other",
    "st",
    "nd",
    "rd",
    "th",
    "am",
    "pm",
    "p",
    "m",
    "s",
    "ll",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "quarters",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

const fn build_masks() -> ([u32; 26], [u32; 26]) {
    let mut first = [0u32; 26];
    let mut last = [0u32; 26];
    let mut i = 0;
    while i < TRIGGERS.len() {
        let b = TRIGGERS[i].as_bytes();
        let n = b.len();
        first[(b[0] - b'a') as usize] |= 1 << n;
        last[(b[n - 1] - b'a') as usize] |= 1 << n;
        i += 1;
    }
    (first, last)
}

const MASKS: ([u32; 26], [u32; 26]) = build_masks();

/// Whether a lowercase word can matter to any matcher. A two-table (first letter, last letter)
/// × length prefilter rejects most words before the exact comparison.
pub(crate) fn is_trigger(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return false;
    };
    if n >= 32 || !f.is_ascii_lowercase() || !l.is_ascii_lowercase() {
        return false;
    }
    if MASKS.0[(f - b'a') as usize] & (1 << n) == 0 || MASKS.1[(l - b'a') as usize] & (1 << n) == 0 {
        return false;
    }
    is_trigger_exact(w)
}

/// Words that only modify what follows: they start a match only if the next token matters.
pub(crate) fn is_weak(w: &str) -> bool {
    matches!(
        w,
        "nearly"
            | "almost"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "barely"
            | "just"
            | "more"
            | "less"
            | "fewer"
            | "at"
            | "least"
            | "most"
            | "no"
            | "than"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "last"
            | "next"
            | "past"
            | "previous"
            | "prior"
            | "coming"
            | "following"
            | "current"
            | "early"
            | "late"
            | "mid"
            | "earlier"
            | "later"
            | "every"
            | "each"
            | "per"
            | "once"
            | "twice"
            | "thrice"
            | "some"
            | "few"
            | "several"
            | "many"
            | "numerous"
            | "multiple"
            | "fiscal"
            | "new"
            | "comparable"
            | "corresponding"
            | "near"
            | "end"
            | "beginning"
            | "start"
            | "middle"
            | "turn"
            | "from"
            | "and"
            | "of"
            | "other"
            | "these"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
            | "latest"
            | "couple"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "full"
            | "whole"
            | "entire"
            | "same"
            | "remaining"
            | "initial"
            | "preceding"
            | "trading"
            | "business"
            | "working"
            | "calendar"
            | "consecutive"
            | "straight"
            | "election"
            | "old"
            | "long"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "am"
            | "pm"
            | "p"
            | "m"
            | "s"
            | "ll"
    )
}

/// The exact membership test behind [`is_trigger`]: an open-addressing table keyed by an FNV
/// hash, built once. One hash and usually one comparison per word, where a `match` over
/// hundreds of strings compares arm by arm.
fn is_trigger_exact(w: &str) -> bool {
    static TABLE: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = vec![""; TABLE_SIZE];
        for &word in TRIGGERS {
            let mut h = fnv(word) as usize & (TABLE_SIZE - 1);
            while !t[h].is_empty() && t[h] != word {
                h = (h + 1) & (TABLE_SIZE - 1);
            }
            t[h] = word;
        }
        t
    });
    let mut h = fnv(w) as usize & (TABLE_SIZE - 1);
    loop {
        match table.get(h) {
            Some(&"") | None => return false,
            Some(&x) if x == w => return true,
            _ => h = (h + 1) & (TABLE_SIZE - 1),
        }
    }
}

/// Power of two, at least four times the number of trigger words, so probes stay short.
const TABLE_SIZE: usize = 2048;

fn fnv(w: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in w.as_bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_match_agrees_with_list() {
        for w in TRIGGERS {
            assert!(is_trigger(w), "{w}");
        }
        for w in ["president", "troops", "said", "and", "iraq", "", "é", "Thursday"] {
            assert_eq!(is_trigger(w), TRIGGERS.contains(&w), "{w}");
        }
    }
}
