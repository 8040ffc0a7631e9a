//! Language identification with `whatlang`, reported as ISO 639-1 codes.
//!
//! whatlang speaks ISO 639-3 ("eng"); the rest of dossier (and most feeds) use the two-letter
//! codes, so this module maps between them. Languages without a two-letter code keep whatlang's.

use std::sync::LazyLock;
use whatlang::{Detector, Lang};

/// whatlang's languages with their ISO 639-1 codes.
const CODES: &[(Lang, &str)] = &[
    (Lang::Epo, "eo"),
    (Lang::Eng, "en"),
    (Lang::Rus, "ru"),
    (Lang::Cmn, "zh"),
    (Lang::Spa, "es"),
    (Lang::Por, "pt"),
    (Lang::Ita, "it"),
    (Lang::Ben, "bn"),
    (Lang::Fra, "fr"),
    (Lang::Deu, "de"),
    (Lang::Ukr, "uk"),
    (Lang::Kat, "ka"),
    (Lang::Ara, "ar"),
    (Lang::Hin, "hi"),
    (Lang::Jpn, "ja"),
    (Lang::Heb, "he"),
    (Lang::Yid, "yi"),
    (Lang::Pol, "pl"),
    (Lang::Amh, "am"),
    (Lang::Jav, "jv"),
    (Lang::Kor, "ko"),
    (Lang::Nob, "nb"),
    (Lang::Dan, "da"),
    (Lang::Swe, "sv"),
    (Lang::Fin, "fi"),
    (Lang::Tur, "tr"),
    (Lang::Nld, "nl"),
    (Lang::Hun, "hu"),
    (Lang::Ces, "cs"),
    (Lang::Ell, "el"),
    (Lang::Bul, "bg"),
    (Lang::Bel, "be"),
    (Lang::Mar, "mr"),
    (Lang::Kan, "kn"),
    (Lang::Ron, "ro"),
    (Lang::Slv, "sl"),
    (Lang::Hrv, "hr"),
    (Lang::Srp, "sr"),
    (Lang::Mkd, "mk"),
    (Lang::Lit, "lt"),
    (Lang::Lav, "lv"),
    (Lang::Est, "et"),
    (Lang::Tam, "ta"),
    (Lang::Vie, "vi"),
    (Lang::Urd, "ur"),
    (Lang::Tha, "th"),
    (Lang::Guj, "gu"),
    (Lang::Uzb, "uz"),
    (Lang::Pan, "pa"),
    (Lang::Aze, "az"),
    (Lang::Ind, "id"),
    (Lang::Tel, "te"),
    (Lang::Pes, "fa"),
    (Lang::Mal, "ml"),
    (Lang::Ori, "or"),
    (Lang::Mya, "my"),
    (Lang::Nep, "ne"),
    (Lang::Sin, "si"),
    (Lang::Khm, "km"),
    (Lang::Tuk, "tk"),
    (Lang::Aka, "ak"),
    (Lang::Zul, "zu"),
    (Lang::Sna, "sn"),
    (Lang::Afr, "af"),
    (Lang::Lat, "la"),
    (Lang::Slk, "sk"),
    (Lang::Cat, "ca"),
    (Lang::Tgl, "tl"),
    (Lang::Hye, "hy"),
    (Lang::Cym, "cy"),
];

/// The ISO 639-1 code of a whatlang language (its 639-3 code when there is none).
pub fn iso1(lang: Lang) -> &'static str {
    CODES.iter().find(|(l, _)| *l == lang).map(|(_, c)| *c).unwrap_or_else(|| lang.code())
}

/// The whatlang language for a declared code: ISO 639-1 ("en"), 639-3 ("eng") or a locale
/// ("en-US", "pt_BR"); None when whatlang does not know it.
pub fn from_code(code: &str) -> Option<Lang> {
    let base = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    // Norwegian Bokmål is what news in "no" is written in.
    let base = if base == "no" { "nb".to_string() } else { base };
    CODES.iter().find(|(_, c)| *c == base).map(|(l, _)| *l).or_else(|| Lang::from_code(base.as_str()))
}

/// Normalises a declared language to the form we store: a lowercase ISO 639-1 code when we know
/// one, else the declared primary subtag lowercased.
pub fn normalise_declared(code: &str) -> Option<String> {
    let t = code.trim();
    if t.is_empty() {
        return None;
    }
    match from_code(t) {
        Some(l) => Some(iso1(l).to_string()),
        None => Some(t.split(['-', '_']).next().unwrap_or(t).to_ascii_lowercase()),
    }
}

/// Most text needed to tell an article's language; more only costs time.
const SAMPLE_BYTES: usize = 2048;

/// The language of a whole article from a sample of its lines.
pub fn detect_article<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Lang> {
    let mut sample = String::with_capacity(SAMPLE_BYTES + 256);
    for l in lines {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        sample.push_str(l);
        sample.push('\n');
    }
    if sample.trim().is_empty() {
        return None;
    }
    if let Some(l) = by_stopwords(&sample) {
        return Some(l);
    }
    Detector::new().detect(&sample).map(|i| i.lang())
}

/// A passage is judged only when it has this many letters: whatlang is unreliable on less.
pub const MIN_LETTERS: usize = 30;
/// Most of a passage the detector reads.
const PASSAGE_SAMPLE_BYTES: usize = 2048;
/// ... and this many words.
pub const MIN_WORDS: usize = 8;

/// True when `text` is confidently in a language other than `article`.
///
/// Confidence alone is not enough on short text (names and numbers mislead trigrams), so we also
/// need a minimum length and a clear margin over the article's language.
pub fn is_foreign(text: &str, article: Lang) -> Option<Lang> {
    if text.len() < MIN_LETTERS || plainly_in(text, article) {
        return None;
    }
    // A few sentences decide; a run-together page of megabytes must not cost more.
    let mut cut = text.len().min(PASSAGE_SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS || text.split_whitespace().count() < MIN_WORDS {
        return None;
    }
    let info = Detector::new().detect(text)?;
    if info.lang() == article || !info.is_reliable() {
        return None;
    }
    // Closely related pairs whatlang mixes up on passages: never call one foreign to the other.
    if related(info.lang(), article) {
        return None;
    }
    // Lists of names, scores and headlines fool trigram models; real prose in the detected
    // language carries its function words. Languages we have no list for count only when they
    // are written in another script than the article.
    let confirmed = match STOPWORDS.iter().position(|(l, _)| *l == info.lang()) {
        Some(i) => {
            let (counts, total) = stopword_counts(text, usize::MAX);
            counts[i] * 8 >= total
        }
        None => Detector::new()
            .detect_script(&text.chars().take(400).collect::<String>())
            .is_some_and(|s| Some(s) != script_of(article)),
    };
    confirmed.then_some(info.lang())
}

/// The commonest function words of a few languages news is most often written in.
const STOPWORDS: &[(Lang, &[&str])] = &[
    (
        Lang::Eng,
        &[
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "he", "she", "as",
            "said", "by", "at", "from", "his", "her", "have", "has", "are", "be", "this", "not", "they", "we", "but",
            "an", "were", "had", "who", "which", "will", "would", "their", "its",
        ],
    ),
    (
        Lang::Spa,
        &[
            "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una",
            "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ha", "este", "sobre",
        ],
    ),
    (
        Lang::Fra,
        &[
            "de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans", "a",
            "par", "plus", "pas", "au", "sur", "ne", "se", "il", "elle", "sont", "avec",
        ],
    ),
    (
        Lang::Deu,
        &[
            "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im",
            "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er", "hat", "aus", "bei", "sie", "nach", "wird",
        ],
    ),
    (
        Lang::Por,
        &[
            "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na",
            "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "foi",
        ],
    ),
    (
        Lang::Ita,
        &[
            "di", "e", "il", "la", "che", "in", "a", "per", "un", "del", "non", "una", "della", "le", "si", "con", "i",
            "da", "è", "al", "sono", "ha", "anche", "nel", "gli", "più",
        ],
    ),
    (
        Lang::Nld,
        &[
            "de", "van", "het", "een", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die", "niet",
            "aan", "er", "om", "ook", "als", "bij", "maar", "door", "naar", "werd", "heeft",
        ],
    ),
];

/// A stop word's bytes (all are at most 8) packed into an integer, zero-padded: a word key that
/// needs no allocation and hashes with one multiplication.
fn word_key(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() || bytes.len() > 8 {
        return None;
    }
    let mut k = [0u8; 8];
    k[..bytes.len()].copy_from_slice(bytes);
    Some(u64::from_le_bytes(k))
}

/// Slots of [`StopIndex`]: a power of two well above the number of stop words, so probe chains
/// stay short.
const STOP_SLOTS: usize = 1024;

/// Every stop word with a bit per language of [`STOPWORDS`] it belongs to: one lookup a word.
/// Open addressing over packed keys (0 marks an empty slot; no word packs to 0).
struct StopIndex {
    slots: Vec<(u64, u8)>,
}

impl StopIndex {
    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - STOP_SLOTS.trailing_zeros())) as usize
    }

    fn build() -> StopIndex {
        let mut slots = vec![(0u64, 0u8); STOP_SLOTS];
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            for w in *list {
                // Every listed word is short; a longer one could never be looked up anyway.
                let Some(key) = word_key(w.as_bytes()) else { continue };
                let mut at = Self::slot(key);
                while slots[at].0 != 0 && slots[at].0 != key {
                    at = (at + 1) % STOP_SLOTS;
                }
                slots[at].0 = key;
                slots[at].1 |= 1 << i;
            }
        }
        StopIndex { slots }
    }

    /// The language bits of a lowercase word (0 when it is no stop word).
    fn get(&self, word: &[u8]) -> u8 {
        let Some(key) = word_key(word) else { return 0 };
        let mut at = Self::slot(key);
        loop {
            match self.slots.get(at) {
                Some(&(k, bits)) if k == key => return bits,
                Some(&(0, _)) | None => return 0,
                Some(_) => at = (at + 1) % STOP_SLOTS,
            }
        }
    }
}

static STOP_INDEX: LazyLock<StopIndex> = LazyLock::new(StopIndex::build);

/// Per language of [`STOPWORDS`], how many of `text`'s words are its stop words; and the word
/// count.
fn stopword_counts(text: &str, max_words: usize) -> ([usize; STOPWORDS.len()], usize) {
    let mut counts = [0usize; STOPWORDS.len()];
    let mut total = 0usize;
    let mut buf = String::new();
    let mut lower = [0u8; 8];
    for w in dossier_core::words(text).take(max_words) {
        total += 1;
        if w.len() > 6 {
            continue;
        }
        let bits = if w.is_ascii() {
            let lower = &mut lower[..w.len()];
            for (l, b) in lower.iter_mut().zip(w.bytes()) {
                *l = b.to_ascii_lowercase();
            }
            STOP_INDEX.get(lower)
        } else {
            buf.clear();
            buf.extend(w.chars().flat_map(char::to_lowercase));
            STOP_INDEX.get(buf.as_bytes())
        };
        if bits != 0 {
            for (i, c) in counts.iter_mut().enumerate() {
                if bits & (1 << i) != 0 {
                    *c += 1;
                }
            }
        }
    }
    (counts, total)
}

/// An article's language from function words alone, when one list clearly wins on a long
/// enough sample (a third more hits than the runner-up); None sends it to the detector.
fn by_stopwords(sample: &str) -> Option<Lang> {
    let (counts, total) = stopword_counts(sample, usize::MAX);
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|&a, &b| counts[b].cmp(&counts[a]));
    let best = counts[order[0]];
    let second = counts[order[1]];
    (total >= 30 && best * 5 >= total && best * 3 >= second * 4).then_some(STOPWORDS[order[0]].0)
}

/// Cheap test that spares the detector on most paragraphs: ordinary prose has a third or more
/// function words, and a passage in another language few of ours, so a passage with at least an
/// eighth from the article's own list is in it.
fn plainly_in(text: &str, article: Lang) -> bool {
    let Some(i) = STOPWORDS.iter().position(|(l, _)| *l == article) else {
        return false;
    };
    // The first words decide: a paragraph that opens in our language is in it.
    let (counts, total) = stopword_counts(text, 48);
    total >= MIN_WORDS && counts[i] * 8 >= total
}

/// The script a language is written in, as whatlang reports it.
fn script_of(lang: Lang) -> Option<whatlang::Script> {
    use whatlang::Script;
    Some(match lang {
        Lang::Rus | Lang::Ukr | Lang::Bel | Lang::Bul | Lang::Mkd | Lang::Srp => Script::Cyrillic,
        Lang::Ara | Lang::Urd | Lang::Pes => Script::Arabic,
        Lang::Heb | Lang::Yid => Script::Hebrew,
        Lang::Ell => Script::Greek,
        Lang::Cmn => Script::Mandarin,
        Lang::Jpn => return None,
        Lang::Kor => Script::Hangul,
        Lang::Hin | Lang::Mar | Lang::Nep => Script::Devanagari,
        Lang::Tha => Script::Thai,
        _ => Script::Latin,
    })
}

/// Language pairs that trigram models confuse on a sentence or two.
fn related(a: Lang, b: Lang) -> bool {
    use Lang::*;
    const GROUPS: &[&[Lang]] = &[
        &[Nob, Dan, Swe],
        &[Hrv, Srp, Slv, Mkd, Bul],
        &[Ces, Slk],
        &[Rus, Ukr, Bel],
        &[Hin, Mar, Nep],
        &[Ind, Jav, Tgl],
        &[Spa, Cat, Por, Ita],
        &[Afr, Nld],
        &[Urd, Pes, Ara],
    ];
    GROUPS.iter().any(|g| g.contains(&a) && g.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split_words(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
    }

    #[test]
    fn words_split_like_the_standard_library() {
        for t in [
            "",
            " ",
            "U.S. troops—2,500 of them—stay",
            "Qasim al-Araji’s",
            "über 50 Soldaten",
            "日本語 と English",
            "é\u{301}x",
        ] {
            assert_eq!(dossier_core::words(t).collect::<Vec<_>>(), split_words(t), "{t:?}");
        }
    }

    #[test]
    fn every_stop_word_is_found_with_its_languages() {
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            for w in *list {
                assert_ne!(STOP_INDEX.get(w.as_bytes()) & (1 << i), 0, "{w}");
            }
        }
        assert_eq!(STOP_INDEX.get(b"troops"), 0);
        assert_eq!(STOP_INDEX.get(b""), 0);
        // "de" is Spanish, French, Portuguese and Dutch.
        assert_eq!(STOP_INDEX.get(b"de").count_ones(), 4);
    }

    #[test]
    fn stop_words_count_whatever_their_case() {
        let (counts, total) = stopword_counts("The troops AND the Ministry Of Defence, für Über", usize::MAX);
        assert_eq!(total, 9);
        assert_eq!(counts[0], 4, "The, AND, the, Of");
        assert_eq!(counts[3], 1, "für");
    }

    proptest! {
        #[test]
        fn words_agree_on_any_text(t in "\\PC{0,60}|[ a-zA-Z0-9.,’é\u{301}\u{a0}ß日-]{0,60}") {
            prop_assert_eq!(dossier_core::words(&t).collect::<Vec<_>>(), split_words(&t));
        }
    }
}
