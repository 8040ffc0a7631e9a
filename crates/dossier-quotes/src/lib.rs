//! Quotations and reported speech in news text, with their cue and speaker.
//!
//! [`extract_quotes`] is a pure function of the text (and optionally the article's entity
//! mentions). It works in three passes, all linear in the text:
//! 1. segment: tokens, paired quotation marks, sentences (`text`, swappable for a shared
//!    splitter later);
//! 2. find *anchors*: a cue verb or phrase ("said", "according to") with its subject noun phrase,
//!    before or after it, and the reported clause it governs when there is one;
//! 3. attach every direct quote to the anchor next to it or in its sentence, else to the speaker
//!    of the attribution just before it (a paragraph continuing a quote); quotes of one to three
//!    words with no adjacent cue are scare quotes or titles and are dropped.
//!
//! Cue words come from hand lists plus a lexicon learned from PolNeAR *train* annotations
//! (`data/learned_cues.tsv`, `data/learned_nouns.tsv`; regenerate with `cargo run --release -p
//! dossier-eval --example polnear_lexicon -- TRAIN_DIR crates/dossier-quotes/data/learned_cues.tsv`).
//!
//! Modules follow the passes over one `Doc`: `text` segments, `doc` keeps the per-token
//! lookups, `anchors` and `cue` find anchors (`content` bounds their reported clauses,
//! `phrases` reads their noun phrases), `attach` joins quotes to them and `resolve` names speakers.
//!
//! Speakers are resolved inside the article: pronouns to the last person named, role nouns
//! ("the French leader") to the person last given a matching title, bare surnames to the fullest
//! name seen, and any entity mention at the speaker's span upgrades the name.

use std::collections::HashSet;
use std::sync::OnceLock;

use dossier_core::{EntityKind, EntityMention, Quote, Span};

mod anchors;
mod attach;
mod content;
mod cue;
mod doc;
mod lexicon;
mod phrases;
mod resolve;
mod text;

use lexicon as lx;
use text::{Kind, Marked, Token};

/// Finds direct quotes and reported speech in `text`, each with its cue and speaker.
///
/// `entities` may be empty; when given, a Person or Organization mention at the speaker's span
/// supplies the speaker's fullest name. Spans are byte ranges into `text`, always on char
/// boundaries. Never panics.
pub fn extract_quotes(text: &str, entities: &[EntityMention]) -> Vec<Quote> {
    let doc = Doc::new(text);
    doc.run(entities)
}

type WordSet = HashSet<&'static str, dossier_core::hash::WordBuild>;

/// Per-word class bits, looked up once per token so the rules test bits instead of hashing.
const F_CUE: u16 = 1;
const F_PART: u16 = 2;
const F_FUNC: u16 = 4;
const F_TITLE: u16 = 8;
const F_ORG: u16 = 16;
const F_NOUN: u16 = 32;
/// Adjectives of attitude after "be" ("eager to", "critical of", "confident that").
const F_ADJ: u16 = 64;
/// Verbs that cue only in a set phrase ("made clear that").
const F_PHRASE: u16 = 128;
/// Set per token (not per word): the word is a phrasal cue's verb with its particle next.
const F_PHRASAL: u16 = 256;
/// Number words and quantifiers (`lexicon::QUANTIFIERS`).
const F_QUANT: u16 = 512;
/// Verbs of feeling with the one who feels as their object (`lexicon::PSYCH_VERBS`).
const F_PSYCH: u16 = 1024;
/// The base form of a past-tense cue that is not listed itself ("blame" of "blamed"): a cue
/// only after "did", "would not" and the like, where it can only be a verb.
const F_BASE: u16 = 2048;

/// Attitude adjectives and the word that must follow each: learned from how often PolNeAR
/// train annotates "be + adjective + word" as a cue (over half the time for these).
const ATTITUDE_ADJECTIVES: &[(&str, &[&str])] = &[
    ("eager", &["to"]),
    ("quick", &["to"]),
    ("reluctant", &["to"]),
    ("inclined", &["to"]),
    ("determined", &["to"]),
    ("critical", &["of"]),
    ("confident", &["that", "in"]),
    ("interested", &["in"]),
    ("convinced", &["that"]),
    ("worried", &["about", "that"]),
    ("concerned", &["about", "that"]),
    ("looking", &["to"]),
    ("skeptical", &["of", "about", "that"]),
    ("optimistic", &["about", "that"]),
    ("hopeful", &["that"]),
    ("opposed", &["to"]),
    ("supportive", &["of"]),
    ("adamant", &["that"]),
    ("afraid", &["that", "of"]),
    ("willing", &["to"]),
    ("wary", &["of"]),
    ("angry", &["about", "at", "that"]),
    ("enamored", &["of", "with"]),
    ("aware", &["of", "that"]),
    ("sure", &["that"]),
    ("certain", &["that"]),
    ("upset", &["about", "with", "that"]),
    ("frustrated", &["with", "by", "that"]),
    ("unhappy", &["with", "about", "that"]),
    ("fond", &["of"]),
    ("open", &["to"]),
    ("furious", &["at", "about", "that"]),
];

/// Verbs that report a stance only with their preposition ("balked at accepting any", "pushing
/// for new gun restrictions", "voted against the bill"): the preposition belongs to the cue.
const STANCE_VERBS: &[(&[&str], &[&str])] = &[
    (&["balked", "balk", "balks", "balking"], &["at"]),
    (&["pushed", "push", "pushes", "pushing"], &["for"]),
    (&["railed", "rail", "rails", "railing"], &["against"]),
    (&["voted"], &["for", "against", "to"]),
    (&["called", "call", "calls", "calling"], &["for", "on"]),
    (&["advocated", "advocate", "advocates", "advocating"], &["for"]),
    (&["planning", "plan"], &["to"]),
    (&["seeking", "seek", "seeks"], &["to"]),
    (&["spoke", "speak", "speaks", "speaking"], &["of"]),
    (&["pressed"], &["for"]),
    (&["bragged", "brag", "brags", "bragging", "boasted", "boasts", "boasting"], &["about", "of"]),
    (&["commented", "comment", "comments", "commenting", "touched", "touch", "touches", "touching"], &["on"]),
];

/// Light verbs whose object noun names an attitude ("expressed deep concern about", "voiced
/// support for", "offered an emotional defense of"): PolNeAR puts the noun and its preposition
/// in the cue, and what the attitude is about is the content.
#[rustfmt::skip]
const LIGHT_VERBS: &[&str] = &[
    "expressed", "expresses", "express", "expressing", "voiced", "voices", "voice", "voicing",
    "offered", "offers", "offer", "offering", "sounded", "sounds", "sound", "sounding", "raised",
    "raises", "raise", "raising", "showed", "shows", "show", "showing", "shown",
];

/// The attitude nouns after [`LIGHT_VERBS`] ("signs" only after "show": "the poll shows support
/// for …" reports a finding, not the poll's attitude).
#[rustfmt::skip]
const ATTITUDE_NOUNS: &[&str] = &[
    "concern", "concerns", "support", "opposition", "defense", "defence", "defenses", "criticism",
    "doubts", "doubt", "reservations", "frustration", "interest", "sympathy", "confidence",
    "optimism", "pessimism", "skepticism", "scepticism", "alarm", "outrage", "anger", "dismay",
    "disappointment", "regret", "condolences", "praise", "thanks", "gratitude", "note", "words",
    "apology", "assurances", "warning", "caution", "objections", "fears", "worries", "hope",
    "hopes", "admiration", "disdain", "openness", "willingness", "reluctance", "enthusiasm",
    "appreciation", "questions",
];

/// Words before "to" whose subject is the subject of the cue after it ("are more likely to say
/// that …", "is correct to note that …", "tried to argue that …").
const CONTROL_BEFORE_TO: &[&str] = &[
    "likely", "unlikely", "going", "tried", "trying", "tries", "try", "poised", "able", "unable", "set", "chose",
    "correct", "right", "wrong", "due", "sure", "bound", "way", "yet",
];

/// Participles that pass a judgment on their passive subject ("has been criticized for",
/// "was declared the winner", "is accused of").
const PASSIVE_JUDGMENTS: &[&str] =
    &["criticized", "criticised", "accused", "declared", "announced", "praised", "blamed", "revealed"];

/// Attitude nouns that head an attribution without a possessor, with the words that must follow
/// them ("criticism of", "concerns about", "complaints that"): chosen on PolNeAR train, where
/// these pairs were an annotated cue in about half their uses or more.
const BARE_NOMINAL: &[(&str, &[&str])] = &[
    ("criticism", &["of", "for", "over", "on", "about", "that"]),
    ("complaints", &["that", "about"]),
    ("praise", &["for"]),
    ("concerns", &["about", "that", "over"]),
    ("concern", &["about", "that", "over"]),
    ("doubts", &["about", "over", "that"]),
    ("fears", &["that"]),
    ("belief", &["that"]),
    ("defense", &["of"]),
    ("attacks", &["against", "on"]),
    ("call", &["for"]),
    ("calls", &["for"]),
    ("accusations", &["of", "that"]),
    ("assertion", &["that"]),
    ("embrace", &["of"]),
    ("opinion", &["on"]),
    ("passion", &["for"]),
    ("favor", &["of"]),
];

struct Sets {
    cues: WordSet,
    invertible: WordSet,
    weak: WordSet,
    participles: WordSet,
    adverbs: WordSet,
    be: WordSet,
    finite: WordSet,
    dets: WordSet,
    preps: WordSet,
    stop: WordSet,
    titles: WordSet,
    orgs: WordSet,
    docs: WordSet,
    bare: WordSet,
    /// Class bits of every listed word (see `F_*`).
    flags: std::collections::HashMap<&'static str, u16, dossier_core::hash::WordBuild>,
}

fn sets() -> &'static Sets {
    static S: OnceLock<Sets> = OnceLock::new();
    S.get_or_init(|| {
        let h = |l: &[&'static str]| l.iter().copied().collect::<WordSet>();
        // Learned cues ending in -ing head participial clauses (", citing …") like the listed
        // participles; the rest read as finite cue verbs.
        let learned: Vec<&'static str> = lx::learned_cues().collect();
        let mut learned_part: Vec<&'static str> =
            learned.iter().copied().filter(|w| w.ends_with("ing") && !lx::CUES.contains(w)).collect();
        // The -ing form of every listed past-tense cue ("questioned" → "questioning", "denied"
        // → "denying"): a participle, so it counts as a cue only after a comma or "and" (", …
        // questioning …") or as a progressive ("is demanding that …").
        let derived = derived_participles(lx::CUES.iter().chain(lx::ATTITUDE_CUES).copied());
        learned_part.extend(derived.iter().copied());
        let learned: Vec<&'static str> = learned.into_iter().chain(derived.iter().copied()).collect();
        Sets {
            cues: lx::CUES.iter().chain(lx::ATTITUDE_CUES).copied().chain(learned.iter().copied()).collect(),
            invertible: h(lx::INVERTIBLE),
            weak: h(lx::WEAK),
            participles: lx::PARTICIPLES.iter().copied().chain(learned_part.iter().copied()).collect(),
            // Negated forms of "be" stay out: "isn't" is a copula or passive, not an adverb.
            adverbs: lx::ADVERBS.iter().chain(lx::NEGATED.iter().filter(|w| !lx::BE.contains(w))).copied().collect(),
            be: h(lx::BE),
            finite: lx::FINITE.iter().chain(lx::NEGATED).copied().collect(),
            dets: h(lx::DETERMINERS),
            preps: h(lx::NP_PREPS),
            stop: lx::STOP.iter().chain(lx::NEGATED).copied().collect(),
            titles: h(lx::TITLES),
            orgs: h(lx::ORG_WORDS),
            docs: h(lx::DOC_NOUNS),
            bare: h(lx::BARE_CLAUSE),
            flags: {
                let mut m = std::collections::HashMap::default();
                let mut add = |l: &[&'static str], f: u16| {
                    for w in l {
                        *m.entry(*w).or_insert(0) |= f;
                    }
                };
                add(lx::CUES, F_CUE);
                add(lx::ATTITUDE_CUES, F_CUE);
                add(lx::PARTICIPLES, F_PART);
                add(&learned, F_CUE);
                add(&learned_part, F_PART);
                add(lx::NOMINAL, F_NOUN);
                add(&BARE_NOMINAL.iter().map(|(w, _)| *w).collect::<Vec<_>>(), F_NOUN);
                add(&lx::learned_nouns().collect::<Vec<_>>(), F_NOUN);
                add(lx::STOP, F_FUNC);
                add(lx::NEGATED, F_FUNC);
                add(lx::DETERMINERS, F_FUNC);
                add(lx::NP_PREPS, F_FUNC);
                add(lx::TITLES, F_TITLE);
                add(lx::QUANTIFIERS, F_QUANT);
                add(lx::PSYCH_VERBS, F_PSYCH);
                let listed: WordSet = lx::CUES.iter().chain(lx::ATTITUDE_CUES).chain(learned.iter()).copied().collect();
                let bases = derived_bases(&listed);
                add(&bases, F_BASE);
                add(lx::ORG_WORDS, F_ORG);
                add(&ATTITUDE_ADJECTIVES.iter().map(|(w, _)| *w).collect::<Vec<_>>(), F_ADJ);
                add(
                    &[
                        "made", "makes", "make", "making", "took", "take", "takes", "taking", "went", "goes", "go",
                        "going",
                    ],
                    F_PHRASE,
                );
                for (forms, _) in STANCE_VERBS {
                    add(forms, F_PHRASE);
                }
                add(LIGHT_VERBS, F_PHRASE);
                add(&["cast", "casts", "casting", "saw"], F_PHRASE);
                // Perception passives ("is seen as"), handled in `anchor_at`.
                add(&["seen", "regarded", "perceived"], F_CUE);
                m
            },
        }
    })
}

/// An article or possessive determiner: a word after it (and its modifiers) is a noun ("the
/// show", "his support").
fn determiner_word(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your")
}

/// The -ing forms of past-tense cues ending in "-ed" that are not listed already; built once
/// (the strings live as long as the program, like the lists they come from).
fn derived_participles(cues: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let cues: Vec<&'static str> = cues.collect();
    let mut out: Vec<&'static str> = Vec::new();
    for w in &cues {
        let ing = if let Some(stem) = w.strip_suffix("ied") {
            format!("{stem}ying")
        } else if let Some(stem) = w.strip_suffix("ed").filter(|s| s.len() >= 3) {
            format!("{stem}ing")
        } else {
            continue;
        };
        // Forms that mostly head prepositional or noun phrases ("considering the cost",
        // "continuing talks", "planning documents").
        let prepositional = matches!(
            ing.as_str(),
            "considering" | "continuing" | "seeming" | "appearing" | "planning" | "learning" | "signing" | "assuming"
        );
        if prepositional || cues.contains(&ing.as_str()) || out.contains(&ing.as_str()) {
            continue;
        }
        out.push(Box::leak(ing.into_boxed_str()));
    }
    out
}

/// The base forms of the listed past-tense cues that are not listed themselves ("blamed" →
/// "blame", "denied" → "deny", "attacked" → "attack", "dubbed" → "dub"); spellings that are no
/// word ("calle") never match a token. Function words stay out ("noted" → "not").
fn derived_bases(listed: &WordSet) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut words: Vec<&&'static str> = listed.iter().collect();
    words.sort();
    for w in words {
        let Some(stem) = w.strip_suffix("ed") else {
            continue;
        };
        let mut cands = vec![format!("{stem}e"), stem.to_string()];
        if let Some(st) = w.strip_suffix("ied") {
            cands.push(format!("{st}y"));
        }
        let b = stem.as_bytes();
        if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
            cands.push(stem[..stem.len() - 1].to_string());
        }
        for c in cands {
            // ("It doesn't seem like …", "doesn't sound like …": the writer's impression.)
            if c.len() < 3
                || matches!(c.as_str(), "seem" | "appear" | "sound" | "look")
                || listed.contains(c.as_str())
                || lx::STOP.contains(&c.as_str())
                || lx::NP_PREPS.contains(&c.as_str())
                || lx::DETERMINERS.contains(&c.as_str())
                || out.contains(&c.as_str())
            {
                continue;
            }
            out.push(Box::leak(c.into_boxed_str()));
        }
    }
    out
}

/// The pronoun of a pronoun fused with "is"/"are"/"am" ("he’s", "they're", "I’m"), if `w` is
/// one.
fn contracted_be(w: &str) -> Option<&str> {
    let (p, tail) = w.split_once(['\'', '’'])?;
    (matches!(tail, "s" | "re" | "m") && lx::PRONOUNS.contains(&p)).then_some(p)
}

/// Ends in a plural or third-person "-s" ("officials", "says"), not "-ss" ("press", "boss").
fn s_form(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// An -ly word read as an adverb ("firmly", "repeatedly"), not one of the common -ly nouns
/// ("rally", "family", "supply").
fn ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "rally" | "family" | "italy" | "supply" | "assembly" | "reply" | "anomaly" | "monopoly" | "bully" | "tally"
        )
}

/// `full` ends with the surname `last` ("Walid al-Moallem" / "Al-Moallem"), ignoring case.
fn same_surname(full: &str, last: &str) -> bool {
    full.split_whitespace()
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case(last) || (!w.is_ascii() && w.to_lowercase() == last.to_lowercase()))
}

/// Name particles written in lower case inside names ("al-Araji", "bin Salman", "de Gaulle").
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "el"
            | "bin"
            | "ibn"
            | "abu"
            | "de"
            | "van"
            | "von"
            | "der"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "bint"
            | "del"
            | "dos"
            | "das"
    )
}

/// The segmented text plus per-token facts the rules look up many times.
struct Doc<'a> {
    text: &'a str,
    toks: Vec<Token>,
    marked: Vec<Marked>,
    /// Index into `marked` of the top-level quote covering each token (marks included).
    quote_of: Vec<Option<usize>>,
    sents: Vec<(usize, usize)>,
    sent_of: Vec<usize>,
    para_of: Vec<usize>,
    /// Lowercased words, all in one buffer: `lower[i]` is a range into `lbuf`.
    lbuf: String,
    lower: Vec<(usize, usize)>,
    cap: Vec<bool>,
    /// Class bits per token (`F_*`); a title keeps its bit with or without the dot.
    fl: Vec<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SubjKind {
    Pronoun,
    Phrase,
}

/// A cue with its subject: the unit every quote is attributed to.
#[derive(Debug, Clone)]
struct Anchor {
    sent: usize,
    cue: (usize, usize),
    subj: (usize, usize),
    kind: SubjKind,
    /// Token range of the reported clause, if any.
    content: Option<(usize, usize)>,
    speaker: Speaker,
}

impl Anchor {
    /// An anchor whose speaker is named later, by `Doc::resolve`.
    fn new(
        sent: usize,
        cue: (usize, usize),
        subj: (usize, usize),
        kind: SubjKind,
        content: Option<(usize, usize)>,
    ) -> Self {
        Anchor { sent, cue, subj, kind, content, speaker: Speaker::default() }
    }
}

/// The anchors of sentence `si` found so far: the tail of `out`, which is in reading order.
fn sentence_tail(out: &[Anchor], si: usize) -> &[Anchor] {
    &out[out.iter().rposition(|a| a.sent != si).map_or(0, |p| p + 1)..]
}

/// `here`, last first, without the anchors whose subject lies inside what another reports
/// ("Demonstrators said they want …": "they" is not the sentence's speaker).
fn unnested(here: &[Anchor]) -> impl Iterator<Item = &Anchor> {
    here.iter()
        .rev()
        .filter(move |a| !here.iter().any(|b| b.content.is_some_and(|(x, y)| x <= a.subj.0 && a.subj.1 <= y)))
}

/// The last attributed thing while reading: (token position, paragraph, speaker, cue).
type LastAttribution = (usize, usize, Speaker, Option<(usize, usize)>);

/// A subject's token range and whether it is a pronoun.
type Subject = ((usize, usize), SubjKind);

#[derive(Debug, Clone, Default)]
struct Speaker {
    name: Option<String>,
    span: Option<Span>,
    person: bool,
}

/// What the reader has met before an attribution: titled people and entity persons, full
/// names, earlier speakers and the token ranges of what was said.
struct Seen<'s> {
    people: &'s [Person],
    /// Surnames (lower case) the article gives an honorific, with the sex it tells: "Mr.
    /// Trump" (false), "Ms. Stahl" (true). A surname given both is left out.
    honorifics: &'s [(&'s str, bool)],
    names: &'s [(usize, String)],
    prior: &'s [(usize, Speaker)],
    said: &'s [(usize, usize)],
}

#[derive(Debug, Clone)]
struct Person {
    pos: usize,
    name: String,
    role: Vec<String>,
}

#[cfg(test)]
mod tests;
