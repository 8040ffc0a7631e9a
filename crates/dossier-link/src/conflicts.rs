//! Contradictions: two statements of opposite polarity on one proposition, from different
//! sources ("ISIS is still a threat" / ISIS "no longer poses a threat"). Polarity comes from
//! negation ("not", "no longer", "never", "n't"), persistence ("still", "remains") and a small
//! antonym table ("defeated" = not a threat). Far apart in time, opposite statements are more
//! likely a change of facts than a contradiction, and are labelled so.
//!
//! On a large corpus nearly every pair of statements shares a signed word ("threat", "won") and
//! a couple of common words, so a pair from different stories must share more: two names both
//! write capitalised ("ISIS", "Iraq"), or one and a third content word. Statements without a
//! date in different articles are not compared: nothing tells a contradiction from a change.

use chrono::NaiveDate;
use dossier_core::Span;
use serde::{Deserialize, Serialize};

use crate::text::for_each_word;

/// A statement to compare: a quote's content or a sentence, with who said it.
#[derive(Debug, Clone, Copy)]
pub struct Claim<'a> {
    pub article: &'a str,
    pub speaker: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub published: Option<NaiveDate>,
    /// The story of its article, when linked: statements of one story are about one event.
    pub story: Option<&'a str>,
    pub text: &'a str,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Opposite claims close in time from different sources.
    Contradiction,
    /// Opposite claims far apart in time: the facts may simply have changed.
    ChangeOverTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Indices into the claims given.
    pub a: usize,
    pub b: usize,
    pub kind: ConflictKind,
    /// The concept the polarity differs on ("threat") and the shared subject words.
    pub concept: String,
    pub subject: Vec<String>,
    pub why: String,
}

/// Words that carry a concept with a sign: (word, concept, positive?).
const CONCEPTS: &[(&str, &str, bool)] = &[
    ("threat", "threat", true),
    ("threaten", "threat", true),
    ("danger", "threat", true),
    ("dangerous", "threat", true),
    ("menace", "threat", true),
    ("defeated", "threat", false),
    ("defeat", "threat", false),
    ("eliminated", "threat", false),
    ("eradicated", "threat", false),
    ("destroyed", "threat", false),
    ("vanquished", "threat", false),
    ("safe", "threat", false),
    ("withdraw", "presence", false),
    ("withdrawal", "presence", false),
    ("leave", "presence", false),
    ("leaving", "presence", false),
    ("pull", "presence", false),
    ("remain", "presence", true),
    ("stay", "presence", true),
    ("staying", "presence", true),
    ("increase", "trend", true),
    ("increased", "trend", true),
    ("rise", "trend", true),
    ("rose", "trend", true),
    ("grew", "trend", true),
    ("decrease", "trend", false),
    ("decreased", "trend", false),
    ("fell", "trend", false),
    ("fall", "trend", false),
    ("declined", "trend", false),
    ("confirmed", "confirm", true),
    ("confirm", "confirm", true),
    ("denied", "confirm", false),
    ("deny", "confirm", false),
    ("accept", "accept", true),
    ("accepted", "accept", true),
    ("rejected", "accept", false),
    ("reject", "accept", false),
    ("alive", "alive", true),
    ("dead", "alive", false),
    ("killed", "alive", false),
    ("won", "win", true),
    ("win", "win", true),
    ("lost", "win", false),
    ("lose", "win", false),
    ("ended", "ongoing", false),
    ("over", "ongoing", false),
    ("continue", "ongoing", true),
    ("continues", "ongoing", true),
    ("ongoing", "ongoing", true),
];

/// Words that make a following "defeated" or "eliminated" a goal rather than a fact ("must be
/// defeated", "to defeat ISIS", "vowed to eliminate"): an aim says the threat is still there.
const IRREALIS: &[&str] = &[
    "must",
    "should",
    "to",
    "will",
    "would",
    "could",
    "can",
    "might",
    "may",
    "need",
    "needs",
    "aim",
    "aims",
    "seek",
    "seeks",
    "vow",
    "vowed",
    "want",
    "wants",
    "until",
    "ensure",
    "ensuring",
    "commitment",
    "committed",
];

/// Words before "over" that make it a state ("the war is over"), not a preposition ("over the
/// weekend", "over 100 people").
const COPULAS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "s"];

/// What a statement is about and how it leans.
struct Analysis {
    /// Signed concepts: ("threat", true).
    concepts: Vec<(&'static str, bool)>,
    /// Content words, normalised and sorted.
    words: Vec<String>,
    /// Those of `words` written capitalised inside a sentence: names ("ISIS", "Iraq").
    names: Vec<String>,
}

const NEGATIONS: &[&str] = &["not", "no", "never", "neither", "nor", "nobody", "nothing", "without", "cannot"];

/// The signed concepts of a statement, its other content words and its names.
fn analyse(text: &str) -> Analysis {
    let lower = text.to_lowercase().replace("n't", " not").replace("no longer", "not").replace("’", "'");
    let toks: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    let mut concepts = Vec::new();
    let mut neg_at: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        if NEGATIONS.contains(t) {
            neg_at = Some(i);
            continue;
        }
        if let Some(&(_, c, pos)) = CONCEPTS.iter().find(|(w, _, _)| w == t) {
            if !pos && toks[i.saturating_sub(3)..i].iter().any(|w| IRREALIS.contains(w)) {
                continue;
            }
            if *t == "over" && !i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|w| COPULAS.contains(w)) {
                continue;
            }
            // A negation up to four words before flips the sign ("no longer poses a threat").
            let negated = neg_at.is_some_and(|n| i - n <= 4);
            let sign = pos != negated;
            if !concepts.contains(&(c, sign)) {
                concepts.push((c, sign));
            }
        }
    }
    let mut words = Vec::new();
    for_each_word(text, |w| {
        if !CONCEPTS.iter().any(|(c, _, _)| *c == w)
            && !NEGATIONS.contains(&w)
            && !matches!(w, "remain" | "remains" | "longer" | "pose" | "poses")
        {
            words.push(w.to_string());
        }
    });
    words.sort();
    words.dedup();
    let mut names = Vec::new();
    let mut sentence_start = true;
    for raw in text.split_inclusive(|c: char| c.is_whitespace()) {
        let word = raw.trim().trim_start_matches(|c: char| !c.is_alphanumeric());
        // At a sentence's start only an acronym is surely a name ("ISIS", not "Officials").
        let letters = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let acronym = letters.chars().count() >= 2 && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if (!sentence_start || acronym) && word.chars().next().is_some_and(char::is_uppercase) {
            for_each_word(word, |w| names.push(w.to_string()));
        }
        if !word.is_empty() {
            sentence_start = word.ends_with(['.', '!', '?', ':', '"', '“', '”']);
        }
    }
    names.retain(|n| words.binary_search(n).is_ok());
    names.sort();
    names.dedup();
    Analysis { concepts, words, names }
}

/// Pairs of claims from different sources with opposite polarity on a shared concept and
/// subject. `max_days` separates a contradiction from a change over time.
pub fn find_conflicts(claims: &[Claim], max_days: i64) -> Vec<Conflict> {
    let analysed: Vec<_> = claims.iter().map(|c| analyse(c.text)).collect();
    // Only claims with a signed concept can conflict: pairing just those keeps a corpus of tens
    // of thousands of quotes to the few hundred that matter.
    let signed: Vec<usize> = (0..claims.len()).filter(|&i| !analysed[i].concepts.is_empty()).collect();
    // Pairs must share a concept with opposite signs: bucket by concept so a large corpus only
    // compares claims about the same thing.
    let mut by_concept: std::collections::BTreeMap<&str, Vec<usize>> = std::collections::BTreeMap::new();
    for &i in &signed {
        for (c, _) in &analysed[i].concepts {
            let v = by_concept.entry(c).or_default();
            if v.last() != Some(&i) {
                v.push(i);
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for v in by_concept.values() {
        for (k, &i) in v.iter().enumerate() {
            for &j in &v[k + 1..] {
                // Opposite signs on this bucket's concept are checked below; skip same-sign
                // pairs early, they are the bulk of a large corpus.
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = Vec::new();
    for (i, j) in pairs {
        {
            let (a, b) = (&claims[i], &claims[j]);
            let same_source = match (a.speaker, b.speaker) {
                (Some(x), Some(y)) => x == y,
                _ => a.article == b.article,
            };
            if same_source {
                continue;
            }
            let (x, y) = (&analysed[i], &analysed[j]);
            let ((ca, wa), (cb, wb)) = ((&x.concepts, &x.words), (&y.concepts, &y.words));
            let Some(&(concept, sa)) = ca.iter().find(|(c, s)| cb.contains(&(*c, !*s)) && !ca.contains(&(*c, !*s)))
            else {
                continue;
            };
            if cb.contains(&(concept, sa)) {
                continue;
            }
            // One shared word ("Iraq") is a setting, not a shared proposition: ask for two.
            if wa.iter().filter(|w| wb.binary_search(w).is_ok()).nth(1).is_none() {
                continue;
            }
            let subject: Vec<String> = wa.iter().filter(|w| wb.binary_search(w).is_ok()).cloned().collect();
            let same_article = a.article == b.article;
            let same_story = same_article || (a.story.is_some() && a.story == b.story);
            let names =
                subject.iter().filter(|w| x.names.binary_search(w).is_ok() && y.names.binary_search(w).is_ok()).count();
            if !same_story && names < 2 && !(names == 1 && subject.len() >= 3) {
                continue;
            }
            let gap = match (a.published, b.published) {
                (Some(x), Some(y)) => (x - y).num_days().abs(),
                _ if same_article => 0,
                _ => continue,
            };
            let kind = if gap > max_days { ConflictKind::ChangeOverTime } else { ConflictKind::Contradiction };
            let sign = |s: bool| if s { "yes" } else { "no" };
            let why = format!(
                "{} says {concept}: {}; {} says {concept}: {}; both about [{}]; {gap} days apart",
                a.speaker.or(a.outlet).unwrap_or(a.article),
                sign(sa),
                b.speaker.or(b.outlet).unwrap_or(b.article),
                sign(!sa),
                subject.join(", ")
            );
            out.push(Conflict { a: i, b: j, kind, concept: concept.to_string(), subject, why });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim<'a>(speaker: &'a str, date: &str, text: &'a str) -> Claim<'a> {
        Claim {
            article: speaker,
            speaker: Some(speaker),
            outlet: None,
            published: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            story: None,
            text,
            span: Span::new(0, text.len()),
        }
    }

    #[test]
    fn still_a_threat_vs_no_longer_a_threat() {
        let c = [
            claim("Alina Romanowski", "2024-03-20", "ISIS is still a threat in Iraq and Syria"),
            claim("Mohammed Shia al-Sudani", "2024-03-25", "ISIS no longer poses a threat to Iraq's security"),
            claim("Someone", "2024-03-22", "The weather in Baghdad is hot"),
        ];
        let r = find_conflicts(&c, 90);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].a, r[0].b, r[0].kind), (0, 1, ConflictKind::Contradiction));
        assert_eq!(r[0].concept, "threat");
        assert!(r[0].subject.contains(&"isis".to_string()));
    }

    #[test]
    fn antonyms_and_time() {
        let c = [
            claim("A", "2017-12-09", "Iraq declared that Islamic State has been defeated"),
            claim("B", "2024-03-25", "Islamic State remains a danger, officials in Iraq warn"),
        ];
        let r = find_conflicts(&c, 90);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].kind, ConflictKind::ChangeOverTime);
        // Same polarity, or the same speaker, is no conflict.
        let c2 = [
            claim("A", "2024-03-20", "ISIS is still a threat"),
            claim("B", "2024-03-21", "ISIS remains a dangerous threat"),
        ];
        assert!(find_conflicts(&c2, 90).is_empty());
        let c3 = [claim("A", "2024-03-20", "ISIS is still a threat"), claim("A", "2024-03-21", "ISIS is not a threat")];
        assert!(find_conflicts(&c3, 90).is_empty());
        // Opposite polarity on unrelated subjects is no conflict.
        let c4 = [
            claim("A", "2024-03-20", "Hurricane season is a threat"),
            claim("B", "2024-03-21", "ISIS is not a threat"),
        ];
        assert!(find_conflicts(&c4, 90).is_empty());
    }

    #[test]
    fn a_goal_is_not_a_claim() {
        let c = [
            claim("A", "2024-03-20", "ISIS is still a threat in Iraq"),
            claim("B", "2024-03-21", "ISIS is an enemy in Iraq that must be defeated everywhere"),
            claim("C", "2024-03-21", "to defeat ISIS in Iraq, a foreign presence is essential"),
        ];
        assert!(find_conflicts(&c, 90).is_empty());
    }

    #[test]
    fn across_stories_a_shared_proposition_needs_names() {
        // Common words and a signed word in common: the bulk of pairs in a large corpus.
        let c = [
            claim("A", "2024-03-20", "many Americans think the health care debate will continue"),
            claim("B", "2024-03-21", "the debate is over, and Americans have moved on to other things"),
        ];
        assert!(find_conflicts(&c, 90).is_empty(), "{:?}", find_conflicts(&c, 90));
        // The same two in one story are about one event.
        let mut c = c;
        c[0].story = Some("s-1");
        c[1].story = Some("s-1");
        assert_eq!(find_conflicts(&c, 90).len(), 1);
        // "over" as a preposition is no claim that something ended.
        let c = [
            claim("A", "2024-03-20", "The strike at the Ford plant in Detroit continues"),
            claim("B", "2024-03-21", "Workers at the Ford plant in Detroit met over the weekend"),
        ];
        assert!(find_conflicts(&c, 90).is_empty());
    }

    #[test]
    fn undated_statements_in_different_articles_are_not_compared() {
        let c =
            [claim("A", "", "ISIS is still a threat in Iraq"), claim("B", "", "ISIS is no longer a threat to Iraq")];
        assert!(find_conflicts(&c, 90).is_empty());
        let mut same = c;
        same[1].article = "A";
        same[1].speaker = Some("B");
        assert_eq!(find_conflicts(&same, 90).len(), 1, "one article's date is theirs");
    }

    #[test]
    fn odd_input_never_panics() {
        let c = [claim("A", "", ""), claim("B", "", "n't no longer not"), claim("C", "", "👍🏽 threat ß not threat")];
        let _ = find_conflicts(&c, 0);
    }
}
