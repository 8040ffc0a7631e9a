//! Publication dates in the forms news data uses, to a calendar date.

use chrono::{DateTime, NaiveDate};

/// Parses a publication date: ISO (`2021-12-10`, RFC 3339, with or without a time), RFC 2822
/// (`Fri, 10 Dec 2021 14:00:00 +0000`), written-out (`December 10, 2021`, `Dec. 10th 2021`,
/// `10 December 2021`, with or without a weekday or a trailing time), `2021/12/10`, US-style
/// `12/10/2021` and `12/10/21` (month first, as US feeds write it, unless the first number
/// cannot be a month), and Unix timestamps in seconds or milliseconds.
///
/// The date is the one written, not converted to UTC: "2021-12-10T23:30-05:00" was published
/// on the 10th where it was published.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    // A year no news article was published in ("0001-11-30" in scraped data) is a placeholder,
    // not a date: unknown is better than a wrong anchor for every relative time in the text.
    parse_any(s).filter(|d| (1800..=2200).contains(&chrono::Datelike::year(d)))
}

fn parse_any(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    if let Some(d) = iso_prefix(s) {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return timestamp(s);
    }
    if let Some(d) = slashed(s) {
        return Some(d);
    }
    written(s)
}

/// `YYYY-MM-DD` (or `/`, `.`) at the start, anything after (a time, a zone).
fn iso_prefix(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 {
        return None;
    }
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/' | b'.') || *b.get(7)? != sep {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) { part.parse().ok() } else { None }
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if let Some(&next) = b.get(10)
        && next.is_ascii_digit()
    {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

fn timestamp(s: &str) -> Option<NaiveDate> {
    if s.len() == 8 {
        // 20211210: a compact ISO date, not a 1970 timestamp.
        return NaiveDate::parse_from_str(s, "%Y%m%d").ok();
    }
    let n: i64 = s.parse().ok()?;
    let secs = if n > 100_000_000_000 { n / 1000 } else { n };
    DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}

/// `12/10/2021`, `12/10/21`, `25/12/2021` (day first only when the first number exceeds 12).
fn slashed(s: &str) -> Option<NaiveDate> {
    let head = s.split_whitespace().next()?;
    let parts: Vec<&str> = head.split(['/', '-', '.']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let a: u32 = parts.first()?.parse().ok()?;
    let b: u32 = parts.get(1)?.parse().ok()?;
    let ys = parts.get(2)?;
    let mut y: i32 = ys.parse().ok()?;
    if ys.len() == 2 {
        // Two-digit years: news is recent, so 00–69 is 2000s.
        y += if y < 70 { 2000 } else { 1900 };
    } else if ys.len() != 4 {
        return None;
    }
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    NaiveDate::from_ymd_opt(y, m, d)
}

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Month-name forms. Normalises what chrono's `%b` / `%B` do not accept (ordinals, "Sept.",
/// a leading weekday) and lets anything trail the year (a time, a zone).
fn written(s: &str) -> Option<NaiveDate> {
    let mut words: Vec<String> = Vec::new();
    for raw in s.split(|c: char| c.is_whitespace() || c == ',') {
        if raw.is_empty() {
            continue;
        }
        let lower = raw.to_lowercase();
        let w = lower.trim_end_matches('.');
        if words.is_empty() && WEEKDAYS.iter().any(|d| d.starts_with(w) && w.len() >= 3) {
            continue;
        }
        let w = if w == "sept" { "sep".to_string() } else { w.to_string() };
        let w = strip_ordinal(&w);
        words.push(w);
        if words.len() == 3 {
            break;
        }
    }
    if words.len() < 3 {
        return None;
    }
    let joined = words.join(" ");
    for fmt in ["%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y %B %d", "%Y %b %d"] {
        if let Ok(d) = NaiveDate::parse_from_str(&joined, fmt) {
            return Some(d);
        }
    }
    None
}

fn strip_ordinal(w: &str) -> String {
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(num) = w.strip_suffix(suf)
            && !num.is_empty()
            && num.bytes().all(|b| b.is_ascii_digit())
        {
            return num.to_string();
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, dd)
    }

    #[test]
    fn iso_and_rfc_forms() {
        assert_eq!(parse_date("2021-12-10"), d(2021, 12, 10));
        assert_eq!(parse_date("2021-12-10T23:30:00-05:00"), d(2021, 12, 10));
        assert_eq!(parse_date("2021-12-10 08:15:00"), d(2021, 12, 10));
        assert_eq!(parse_date("2021/12/10"), d(2021, 12, 10));
        assert_eq!(parse_date("Fri, 10 Dec 2021 14:00:00 +0000"), d(2021, 12, 10));
        assert_eq!(parse_date("Fri, 10 Dec 2021 14:00:00 GMT"), d(2021, 12, 10));
        assert_eq!(parse_date("20211210"), d(2021, 12, 10));
        assert_eq!(parse_date("1639130400"), d(2021, 12, 10));
        assert_eq!(parse_date("1639130400000"), d(2021, 12, 10));
    }

    #[test]
    fn written_forms() {
        assert_eq!(parse_date("December 10, 2021"), d(2021, 12, 10));
        assert_eq!(parse_date("Dec. 10, 2021"), d(2021, 12, 10));
        assert_eq!(parse_date("Sept. 3, 2020"), d(2020, 9, 3));
        assert_eq!(parse_date("Friday, December 10th, 2021"), d(2021, 12, 10));
        assert_eq!(parse_date("10 December 2021"), d(2021, 12, 10));
        assert_eq!(parse_date("March 25, 2024 10:42 AM EDT"), d(2024, 3, 25));
    }

    #[test]
    fn slashed_forms() {
        assert_eq!(parse_date("12/10/2021"), d(2021, 12, 10));
        assert_eq!(parse_date("12/25/19"), d(2019, 12, 25));
        assert_eq!(parse_date("25/12/2019"), d(2019, 12, 25));
    }

    #[test]
    fn rejects_non_dates() {
        for s in ["", "yesterday", "2021-13-40", "not a date at all", "2021-12-1x", "99/99/99", "１２/１０/２０２１"]
        {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }
}

#[cfg(test)]
mod plausibility {
    #[test]
    fn placeholder_years_are_not_dates() {
        assert_eq!(super::parse_date("0001-11-30"), None);
        assert_eq!(super::parse_date("9999-12-31"), None);
        assert!(super::parse_date("1848-02-24").is_some());
    }
}
