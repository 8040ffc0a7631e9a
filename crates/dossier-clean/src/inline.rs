//! Chrome inside a body line, which the line rules cannot drop without losing the sentence.
//!
//! The Hill links each politician's name to a hover card whose text extractors keep inline:
//! "… former Vice President Joe Biden Joe BidenFive takeaways from the Democratic debate Sanders,
//! Warren exchange underscores Iowa stakes MORE said." The card repeats the full name ("Donald
//! John Trump", "Charles (Chuck) Joseph Fleischmann") glued to its first headline and ends with
//! "MORE". Left in, it turns speakers into "Joe Biden Joe BidenFive" and puts headlines into
//! sentences.

/// How many words a card may span from the repeated name to its "MORE".
const MAX_CARD_WORDS: usize = 90;
/// How many words the repeated full name may have before the glued surname.
const MAX_NAME_WORDS: usize = 5;

/// Removes every hover card from a tidied line (single spaces between words). Returns the new
/// line and the removed fragments, or `None` when there is none.
pub fn strip_name_cards(line: &str) -> Option<(String, Vec<String>)> {
    if !line.contains(" MORE") {
        return None;
    }
    // Byte ranges of the space-separated words.
    let mut words = Vec::new();
    let mut start = 0;
    for (i, b) in line.bytes().enumerate() {
        if b == b' ' {
            words.push((start, i));
            start = i + 1;
        }
    }
    words.push((start, line.len()));
    let w = |k: usize| &line[words[k].0..words[k].1];
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Word index just past the last card: cards never overlap.
    let mut done = 0;
    let mut k = 0;
    while k < words.len() {
        if !is_more(w(k)) {
            k += 1;
            continue;
        }
        let more = k;
        let lo = more.saturating_sub(MAX_CARD_WORDS).max(done);
        // The glued token nearest the start of the card: "BidenFive", "TrumpGOP".
        // Or, when the headline does not start glued, the full name repeating the displayed
        // first name and surname ("Paul Ryan Paul Davis Ryan Retirees should …"): the card then
        // starts after the displayed surname too.
        let card = (lo..more).find_map(|g| {
            glued_surname(w(g))
                .and_then(|s| name_before(&words, line, g, s, lo))
                .map(|d| (d, g))
                .or_else(|| repeated_name(&words, line, g, lo).map(|d| (d, g)))
        });
        let card = card.map(|(d, _)| d);
        if let Some(d) = card {
            // From the repeated name (after the displayed surname) through "MORE"; what
            // follows "MORE" ("’s son-in-law", " (R-Tenn.)") joins the displayed name.
            let from = words[d].1;
            let to = words[more].0 + "MORE".len();
            cuts.push((from, to));
            done = more + 1;
            k = more + 1;
            continue;
        }
        k += 1;
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut removed = Vec::new();
    let mut at = 0;
    for (a, b) in cuts {
        out.push_str(&line[at..a]);
        removed.push(line[a..b].trim().to_string());
        at = b;
    }
    out.push_str(&line[at..]);
    Some((out, removed))
}

/// "MORE" as a word, possibly with punctuation after it ("MORE’s", "MORE,").
fn is_more(word: &str) -> bool {
    word.strip_prefix("MORE").is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// The possible surnames a glued token starts with: every prefix that ends in a lowercase
/// letter and is followed by an uppercase letter, a digit or a quote ("BidenFive" → "Biden",
/// "McConnellSenate" → "Mc" and "McConnell"). Only the prefixes matter, so they are returned as
/// one sorted list.
fn glued_surname(token: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in token.char_indices() {
        if let Some(p) = prev
            && p.is_lowercase()
            && (c.is_uppercase() || c.is_ascii_digit() || matches!(c, '\'' | '‘' | '“' | '"'))
            && i >= 2
        {
            out.push(&token[..i]);
        }
        prev = Some(c);
    }
    (!out.is_empty()).then_some(out)
}

/// The displayed surname before the glued token at `g`: a word equal to one of `surnames`
/// within the few words before it, with only name-like words (capitalised or in parentheses)
/// between. Returns its word index.
fn name_before(words: &[(usize, usize)], line: &str, g: usize, surnames: Vec<&str>, lo: usize) -> Option<usize> {
    let w = |k: usize| &line[words[k].0..words[k].1];
    let name_like = |x: &str| x.starts_with(|c: char| c.is_uppercase() || c == '(');
    for d in (lo.max(g.saturating_sub(MAX_NAME_WORDS + 1))..g).rev() {
        let word = w(d).trim_end_matches([',', '.']);
        if surnames.contains(&word) && name_like(word) {
            // The full name's first word must be capitalised too, and the displayed name must
            // precede it (a card never opens a line).
            if d + 1 < g && !(d + 1..g).all(|x| name_like(w(x))) {
                return None;
            }
            return Some(d);
        }
        if !name_like(w(d)) {
            return None;
        }
    }
    None
}

/// The displayed surname for a full name ending at `g` that repeats the displayed first name:
/// "Paul Ryan Paul Davis Ryan" with `g` at the second "Ryan" gives the first "Ryan".
fn repeated_name(words: &[(usize, usize)], line: &str, g: usize, lo: usize) -> Option<usize> {
    let w = |k: usize| &line[words[k].0..words[k].1];
    let cap = |x: &str| x.starts_with(char::is_uppercase);
    if !cap(w(g)) || g < 3 {
        return None;
    }
    (lo.max(g.saturating_sub(MAX_NAME_WORDS + 1))..g.saturating_sub(1)).rev().find(|&d| {
        d > lo
            && w(d) == w(g)
            && w(d + 1) == w(d - 1)
            && cap(w(d - 1))
            && (d + 1..g).all(|x| w(x).starts_with(|c: char| c.is_uppercase() || c == '('))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hill_name_cards_leave_the_displayed_name() {
        let line = "“It’s a fact,” former Vice President Joe Biden Joe BidenFive takeaways from the Democratic debate Sanders, Warren exchange underscores Iowa stakes MORE said.";
        let (out, removed) = strip_name_cards(line).unwrap();
        assert_eq!(out, "“It’s a fact,” former Vice President Joe Biden said.");
        assert_eq!(removed.len(), 1);
        assert!(removed[0].starts_with("Joe BidenFive takeaways") && removed[0].ends_with("MORE"));
        let line = "President Donald Trump Donald John TrumpGOP senators balk at lengthy impeachment trial Warren goes local in race to build 2020 movement MORE’s son-in-law Jared Kushner spoke.";
        assert_eq!(strip_name_cards(line).unwrap().0, "President Donald Trump’s son-in-law Jared Kushner spoke.");
        let line = "Rep. Chuck Fleischmann Charles (Chuck) Joseph FleischmannTrump roasts Republicans at private fundraising event MORE (R-Tenn.), who sits on the panel, agreed. Sen. Mitch McConnell Addison Mitchell (Mitch) McConnellSenate passes bill MORE (R-Ky.) did not.";
        assert_eq!(
            strip_name_cards(line).unwrap().0,
            "Rep. Chuck Fleischmann (R-Tenn.), who sits on the panel, agreed. Sen. Mitch McConnell (R-Ky.) did not."
        );
        let line = "Then-Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to Romney's plan MORE (R-Wis.) on Wednesday made the case.";
        assert_eq!(strip_name_cards(line).unwrap().0, "Then-Speaker Paul Ryan (R-Wis.) on Wednesday made the case.");
    }

    #[test]
    fn an_ordinary_more_stays() {
        for line in [
            "Democrats want MORE money for schools, the senator said.",
            "Read MORE about the Biden plan here.",
            "Joe Biden said he wants to do MORE.",
            "The iPhone maker NewCo said MORE was coming.",
        ] {
            assert_eq!(strip_name_cards(line), None, "{line}");
        }
    }
}
