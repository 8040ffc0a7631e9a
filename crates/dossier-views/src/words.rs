//! Content words for comparing sentences across outlets.

/// Function words and reporting verbs: two outlets telling one event share its content words,
/// not these.
const STOP: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "also",
    "among",
    "another",
    "been",
    "before",
    "being",
    "between",
    "both",
    "could",
    "does",
    "during",
    "each",
    "from",
    "have",
    "having",
    "here",
    "into",
    "its",
    "just",
    "last",
    "more",
    "most",
    "much",
    "next",
    "only",
    "other",
    "over",
    "said",
    "says",
    "should",
    "some",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "under",
    "until",
    "very",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "with",
    "would",
    "your",
    "told",
    "added",
    "according",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "week",
    "month",
    "year",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Five-letter prefixes of the content words of `text`, minus the words of `skip` (the time
/// expression itself), sorted and unique. The prefix is a cheap stem: "missions" meets "mission".
pub fn stems(text: &str, skip: &[&str]) -> Vec<String> {
    let skip: Vec<String> =
        skip.iter().flat_map(|s| s.split(|c: char| !c.is_alphanumeric())).map(str::to_lowercase).collect();
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()) && !skip.contains(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.chars().take(5).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Two sentences dated the same day tell the same event when they share at least four content
/// words and those make up at least 40% of the shorter one.
pub fn same_event(a: &[String], b: &[String]) -> bool {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let shorter = a.len().min(b.len());
    shorter > 0 && shared >= 4 && shared * 5 >= shorter * 2
}

/// Whether `text` names `name` as whole words (case aside).
pub fn contains_name(text: &str, name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let lower = text.to_lowercase();
    let n = name.to_lowercase();
    lower.match_indices(&n).any(|(i, m)| {
        let before = lower.get(..i).and_then(|s| s.chars().next_back());
        let after = lower.get(i + m.len()..).and_then(|s| s.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
