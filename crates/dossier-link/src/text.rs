//! Content words for similarity: lowercase, stopwords out, plural "s" folded.

/// English function words and news filler that say nothing about what a story is about.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "his", "her",
    "hers", "him", "she", "they", "them", "their", "theirs", "its", "this", "these", "those", "from",
    "but", "not", "you", "your", "our", "ours", "who", "whom", "whose", "which", "what", "when",
    "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
    "such", "nor", "only", "own", "same", "than", "too", "very", "can", "will", "just", "should",
    "would", "could", "may", "might", "must", "shall", "also", "been", "being", "into", "over",
    "under", "about", "after", "before", "again", "further", "then", "once", "here", "there", "out",
    "off", "down", "upon", "said", "says", "say", "told", "tell", "according", "one", "two", "new",
    "did", "does", "doing", "done", "because", "while", "during", "through", "between", "against",
    "above", "below", "until", "since", "per", "via", "yet", "still", "even", "much", "many", "like",
    "well", "way", "back", "get", "got", "make", "made", "know", "think", "see", "going", "want",
    "year", "years", "time", "times", "day", "days", "week", "weeks", "month", "months", "last",
    "first", "now", "people", "including", "percent", "mr", "mrs", "ms", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "news", "reported", "report", "told",
    "statement", "thing", "things", "lot", "don", "didn", "doesn", "isn", "wasn", "won", "can't",
    "let", "let's", "it's", "he's", "she's", "that's", "who's", "there's", "they're", "we're",
    "i'm", "you're", "i've", "we've", "they've", "it", "he", "we", "us", "me", "my", "mine", "an",
    "as", "at", "be", "by", "do", "if", "in", "is", "no", "of", "on", "or", "so", "to", "up",
    "said.", "according", "another", "among", "around", "away", "whether", "though", "although",
    "however", "something", "anything", "nothing", "everything", "someone", "anyone", "everyone",
    "via", "within", "without", "across", "along", "already", "always", "never", "ever", "often",
    "really", "quite", "rather", "every", "least", "less", "next", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "image", "photo",
    "getty", "images", "advertisement", "click", "read", "share", "updated", "follow",
];

fn is_stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect()).contains(w)
}

/// Calls `f` with each content word of `text`, lowercased, with a plural "s" folded.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::with_capacity(24);
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let w = raw.trim_matches(|c| c == '\'' || c == '’');
        let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
        if w.len() < 3 || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        buf.clear();
        for c in w.chars() {
            buf.extend(c.to_lowercase());
        }
        if is_stopword(&buf) {
            continue;
        }
        if buf.len() > 4 && buf.ends_with('s') && !buf.ends_with("ss") && !buf.ends_with("us") && !buf.ends_with("is") {
            buf.pop();
        }
        f(&buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_only() {
        let mut v = Vec::new();
        for_each_word("The troops said they were leaving Iraq's bases in 2021, Biden's aides said.", |w| v.push(w.to_string()));
        assert_eq!(v, ["troop", "leaving", "iraq", "base", "biden", "aide"]);
        let mut n = 0;
        for_each_word("", |_| n += 1);
        for_each_word("👍🏽 ßß ÀÀÀ ''' ’s", |_| n += 1);
        assert!(n <= 2);
    }
}
