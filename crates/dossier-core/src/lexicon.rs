//! Closed classes of English words several extractors test: month and day names, name
//! suffixes. One copy here so the time, figure and quote rules agree on them.
//!
//! Lookups take lowercase words and are plain `match`es, which the compiler turns into
//! length-then-bytes comparisons: cheaper than hashing for lists this small.

/// Month number and whether the word is the full name (abbreviations need more context).
pub fn month_of(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, true),
        "february" => (2, true),
        "march" => (3, true),
        "april" => (4, true),
        "may" => (5, true),
        "june" => (6, true),
        "july" => (7, true),
        "august" => (8, true),
        "september" => (9, true),
        "october" => (10, true),
        "november" => (11, true),
        "december" => (12, true),
        "jan" => (1, false),
        "feb" => (2, false),
        "mar" => (3, false),
        "apr" => (4, false),
        "jun" => (6, false),
        "jul" => (7, false),
        "aug" => (8, false),
        "sep" | "sept" => (9, false),
        "oct" => (10, false),
        "nov" => (11, false),
        "dec" => (12, false),
        _ => return None,
    })
}

/// Weekday, 0 = Monday.
pub fn weekday_of(w: &str) -> Option<u32> {
    Some(match w {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// A generational suffix that ends a personal name ("Jr.", "III"), with or without its dot.
pub fn is_name_suffix(w: &str) -> bool {
    matches!(w.strip_suffix('.').unwrap_or(w), "jr" | "sr" | "ii" | "iii" | "iv")
}

/// Common irregular past-tense verbs (lower case). Rules without a POS tagger use them, with the
/// "-ed" ending, to see where a subject ends and its verb begins ("Trump went on the attack").
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "met"
            | "held"
            | "came"
            | "went"
            | "took"
            | "saw"
            | "made"
            | "gave"
            | "began"
            | "spoke"
            | "wrote"
            | "did"
            | "had"
            | "found"
            | "left"
            | "won"
            | "lost"
            | "got"
            | "sent"
            | "struck"
            | "hit"
            | "shot"
            | "fell"
            | "rose"
            | "put"
            | "led"
            | "fled"
            | "became"
            | "brought"
            | "bought"
            | "thought"
            | "felt"
            | "kept"
            | "knew"
            | "ran"
            | "spent"
            | "stood"
            | "sought"
            | "fought"
            | "chose"
            | "drew"
            | "grew"
            | "threw"
            | "paid"
            | "sold"
            | "built"
            | "meant"
            | "heard"
            | "broke"
            | "swore"
            | "wore"
            | "forgot"
            | "understood"
            | "withdrew"
            | "overtook"
            | "undertook"
            | "upheld"
            | "caught"
            | "flew"
            | "laid"
            | "taught"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_days_and_suffixes() {
        assert_eq!(month_of("may"), Some((5, true)));
        assert_eq!(month_of("sept"), Some((9, false)));
        assert_eq!(month_of("mayday"), None);
        assert_eq!(weekday_of("sunday"), Some(6));
        assert_eq!(weekday_of("sundays"), None);
        assert!(is_name_suffix("jr.") && is_name_suffix("iii") && !is_name_suffix("j"));
    }
}
