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
//! Speakers are resolved inside the article: pronouns to the last person named, role nouns
//! ("the French leader") to the person last given a matching title, bare surnames to the fullest
//! name seen, and any entity mention at the speaker's span upgrades the name.

use std::collections::HashSet;
use std::sync::OnceLock;

use dossier_core::{EntityKind, EntityMention, Quote, Span};

mod lexicon;
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

type WordSet = HashSet<&'static str, dossier_core::hash::FnvBuild>;

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
    (&["commented", "comment", "comments", "commenting", "touched", "touch", "touches", "touching"], &["on"]),
];

/// Words before "to" whose subject is the subject of the cue after it ("are more likely to say
/// that …", "is correct to note that …", "tried to argue that …").
const CONTROL_BEFORE_TO: &[&str] = &[
    "likely", "unlikely", "going", "tried", "trying", "tries", "try", "poised", "able", "unable", "set", "chose",
    "correct", "right", "wrong", "due", "sure", "bound", "way",
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
    flags: std::collections::HashMap<&'static str, u16, dossier_core::hash::FnvBuild>,
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

/// The pronoun of a pronoun fused with "is"/"are"/"am" ("he’s", "they're", "I’m"), if `w` is
/// one.
fn contracted_be(w: &str) -> Option<&str> {
    let (p, tail) = w.split_once(['\'', '’'])?;
    (matches!(tail, "s" | "re" | "m") && lx::PRONOUNS.contains(&p)).then_some(p)
}

/// An -ly word read as an adverb ("firmly", "repeatedly"), not one of the common -ly nouns
/// ("rally", "family", "supply").
/// Ends in a plural or third-person "-s" ("officials", "says"), not "-ss" ("press", "boss").
fn s_form(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

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

impl<'a> Doc<'a> {
    fn new(text: &'a str) -> Self {
        let toks = text::tokenize(text);
        let marked = text::find_marked(text, &toks);
        let mut quote_of = vec![None; toks.len()];
        for (qi, m) in marked.iter().enumerate() {
            for q in quote_of.iter_mut().take(m.close.saturating_add(1)).skip(m.open) {
                *q = Some(qi);
            }
        }
        let inside: Vec<bool> = quote_of.iter().map(|q| q.is_some()).collect();
        let sents = text::sentences(text, &toks, &inside);
        let mut sent_of = vec![0; toks.len()];
        for (si, &(a, b)) in sents.iter().enumerate() {
            for s in sent_of.iter_mut().take(b).skip(a) {
                *s = si;
            }
        }
        let mut para_of = Vec::with_capacity(toks.len());
        let mut p = 0;
        let mut lbuf = String::with_capacity(text.len());
        let mut lower = Vec::with_capacity(toks.len());
        let mut cap = Vec::with_capacity(toks.len());
        for t in &toks {
            if t.kind == Kind::Para {
                p += 1;
            }
            para_of.push(p);
            let s = lbuf.len();
            let w = text.get(t.start..t.end).unwrap_or("");
            let mut is_cap = false;
            if t.kind == Kind::Word {
                if w.is_ascii() {
                    let from = lbuf.len();
                    lbuf.push_str(w);
                    if let Some(tail) = lbuf.get_mut(from..) {
                        tail.make_ascii_lowercase();
                    }
                } else {
                    for c in w.chars() {
                        lbuf.extend(c.to_lowercase());
                    }
                }
                let first = w.chars().next().unwrap_or(' ');
                is_cap = first.is_uppercase();
                if !is_cap {
                    // "al-Araji", "el-Sisi": a particle joined to a capitalised name.
                    // (A byte scan: this runs for nearly every word.)
                    if let Some(p) = w.bytes().position(|b| b == b'-') {
                        let (pre, rest) = (&w[..p], &w[p + 1..]);
                        is_cap = is_particle(pre) && rest.chars().next().is_some_and(|c| c.is_uppercase());
                    }
                }
            }
            lower.push((s, lbuf.len()));
            cap.push(is_cap);
        }
        let map = &sets().flags;
        let fl = lower
            .iter()
            .map(|&(a, b)| {
                let w = lbuf.get(a..b).unwrap_or("");
                if w.is_empty() {
                    return 0;
                }
                let f = map.get(w).copied().unwrap_or(0);
                match w.strip_suffix('.') {
                    Some(bare) => f | (map.get(bare).copied().unwrap_or(0) & F_TITLE),
                    None => f,
                }
            })
            .collect();
        let mut doc = Doc { text, toks, marked, quote_of, sents, sent_of, para_of, lbuf, lower, cap, fl };
        doc.flag_phrasal_cues();
        doc
    }

    /// Cues of two words whose first word alone is no cue: "pointed out", "went on" (before a
    /// colon, a quote, a comma or "to …").
    fn flag_phrasal_cues(&mut self) {
        let mut buf = String::new();
        for k in 0..self.toks.len().saturating_sub(1) {
            // (One pass over the tokens, one look at the next word, for both kinds of
            // construction.)
            match self.low(k + 1) {
                "to" => {
                    self.flag_cue_before_to(k, &mut buf);
                    continue;
                }
                "out" | "on" | "back" if self.particle_after(k) => {}
                _ => continue,
            }
            if let Some(f) = self.fl.get_mut(k) {
                *f |= F_PHRASAL;
            }
            // "The meeting went on for hours" reports nothing: "on" must lead to speech.
            let after = k + 2;
            // (A comma only before a quote: "The work would go on, he signaled" is said by "he".)
            let speech = self.low(k + 1) == "out"
                || matches!(self.toks.get(after).map(|t| t.kind), Some(Kind::Punct(':' | '.') | Kind::Mark { .. }))
                || (self.is_punct(after, ',')
                    && matches!(self.toks.get(after + 1).map(|t| t.kind), Some(Kind::Mark { .. })))
                || (self.low(after) == "to" && self.reporting_verb(after + 1));
            let flag = if self.low(k).ends_with("ing") { F_CUE | F_PART } else { F_CUE };
            if speech && let Some(f) = self.fl.get_mut(k) {
                *f |= flag;
            }
        }
    }

    /// Base forms that cue only before "to" (`k` is the word before it): "appear to" / "seem
    /// to", and after an aspect verb ("continued to question whether …") the base of a listed
    /// past-tense cue.
    fn flag_cue_before_to(&mut self, k: usize, buf: &mut String) {
        let before = self.low(k);
        // "No major polls appear to have been conducted", "They seem to agree" (alone, "appear"
        // is mostly "appear on stage").
        let cue = if matches!(before, "appear" | "seem") {
            k
        } else if matches!(
            before,
            "continued" | "continues" | "continue" | "began" | "begins" | "begin" | "started" | "starts"
        ) && !self.has(k + 2, F_CUE)
        {
            let w = self.low(k + 2);
            buf.clear();
            buf.push_str(w);
            buf.push_str(if w.ends_with('e') { "d" } else { "ed" });
            if !sets().cues.contains(buf.as_str()) {
                return;
            }
            k + 2
        } else {
            return;
        };
        if let Some(f) = self.fl.get_mut(cue) {
            *f |= F_CUE;
        }
    }

    /// The particle of a phrasal cue ("out" of "pointed out", "on" of "went on"), which belongs
    /// to the cue rather than to what was said.
    fn cue_particle(&self, cue: usize) -> bool {
        self.has(cue, F_PHRASAL)
    }

    /// Computes [`Self::cue_particle`] once per token, in `flag_phrasal_cues` (which has already
    /// seen "out", "on" or "back" after `cue`).
    fn particle_after(&self, cue: usize) -> bool {
        match self.low(cue) {
            "point" | "points" | "pointed" | "pointing" => self.low(cue + 1) == "out",
            "went" | "goes" | "go" => self.low(cue + 1) == "on",
            // "lashed out at the judge".
            "lashed" | "lashes" | "lashing" | "lash" => self.low(cue + 1) == "out",
            // "came out against the Cadillac tax", "spoke out about …": a stance taken.
            "came" | "come" | "comes" | "coming" => self.low(cue + 1) == "out" && self.stance_prep(cue + 2),
            "spoke" | "speak" | "speaks" | "speaking" => {
                self.low(cue + 1) == "out" && (self.stance_prep(cue + 2) || matches!(self.low(cue + 2), "about" | "on"))
            }
            // "Sanders shot back, “…”".
            "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" => self.low(cue + 1) == "back",
            _ => false,
        }
    }

    /// At `j`: "against", "for", "in favor of", "in support of".
    fn stance_prep(&self, j: usize) -> bool {
        matches!(self.low(j), "against" | "for")
            || (self.low(j) == "in" && matches!(self.low(j + 1), "favor" | "favour" | "support"))
    }

    fn has(&self, i: usize, f: u16) -> bool {
        self.fl.get(i).is_some_and(|&x| x & f != 0)
    }

    fn low(&self, i: usize) -> &str {
        self.lower.get(i).and_then(|&(a, b)| self.lbuf.get(a..b)).unwrap_or("")
    }
    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }
    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }
    fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }
    /// The top-level quote covering token `x`, if any.
    fn quote_at(&self, x: usize) -> Option<&Marked> {
        self.quote_of.get(x).copied().flatten().and_then(|q| self.marked.get(q))
    }

    fn in_quote(&self, i: usize) -> bool {
        self.quote_of.get(i).is_some_and(|q| q.is_some())
    }
    fn span(&self, a: usize, b: usize) -> Span {
        // Token range [a, b) → bytes.
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if b > a => Span::new(x.start, y.end.max(x.start)),
            _ => Span::new(0, 0),
        }
    }
    fn slice(&self, a: usize, b: usize) -> &str {
        self.span(a, b).slice(self.text)
    }
    /// A dash between words: "—", "–", or a spaced hyphen ("-", "--").
    fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, '—')
            || self.is_punct(i, '–')
            || (self.is_punct(i, '-') && (self.toks[i].space_before || (i > 0 && self.is_punct(i - 1, '-'))))
    }
    fn is_close_mark(&self, i: usize) -> bool {
        self.quote_at(i).is_some_and(|m| m.close == i && m.closed)
    }
    fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b.min(self.toks.len())).filter(|&i| self.is_word(i)).count()
    }
    fn possessive(&self, i: usize) -> bool {
        let w = self.low(i);
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
    }

    /// "the hit CW show", "a talk show host", "ABC's TV show", "just for show": "show" after an
    /// article or possessor and up to three singular words is the noun. A base-form verb needs a
    /// plural subject ("polls show", "the statistics show"), so a singular word right before it
    /// rules the verb out; a clause after it ("the 2014 Survey show that …", after "Data from")
    /// keeps the verb unless the article is "a"/"an".
    fn show_is_noun(&self, i: usize, s0: usize) -> bool {
        if i > s0 && self.low(i - 1) == "for" {
            return true;
        }
        let mut j = i;
        for _ in 0..4 {
            if j <= s0 || !self.is_word(j - 1) || self.in_quote(j - 1) {
                return false;
            }
            j -= 1;
            let w = self.low(j);
            let article = matches!(w, "a" | "an");
            if determiner_word(w) || self.possessive(j) {
                let clause = matches!(
                    self.low(i + 1),
                    "that"
                        | "whether"
                        | "how"
                        | "what"
                        | "why"
                        | "who"
                        | "if"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                );
                return article || !clause;
            }
            let plural = w.ends_with('s') && !self.is_cap(j);
            if plural || self.has(j, F_FUNC) || self.has(j, F_QUANT) || w.starts_with(|c: char| c.is_ascii_digit()) {
                return false;
            }
        }
        false
    }

    fn run(&self, entities: &[EntityMention]) -> Vec<Quote> {
        let runs = self.cap_runs(0, self.toks.len());
        let people = self.titled_people(&runs, entities);
        let known_names = self.known_names(&runs);
        let mut anchors = self.find_anchors();
        let honorifics = self.honorifics();
        // Resolve speakers in reading order so pronouns see earlier speakers.
        let mut speakers_so_far: Vec<(usize, Speaker)> = Vec::new();
        // Token ranges of what was said (reported clauses and quotations): a person named only
        // there is what someone talked about, a weaker antecedent for "he"/"she" than a speaker.
        let said: Vec<(usize, usize)> =
            anchors.iter().filter_map(|a| a.content).chain(self.marked.iter().map(|m| (m.open, m.close + 1))).collect();
        for ai in 0..anchors.len() {
            let a = &anchors[ai];
            let pos = a.subj.0.min(a.cue.0);
            let seen = Seen {
                people: &people,
                honorifics: &honorifics,
                names: &known_names,
                prior: &speakers_so_far,
                said: &said,
            };
            let mut sp = self.resolve(a, pos, &seen, entities);
            // "Ruth Marcus wrote that she agreed with him": "he"/"she" as the subject of what a
            // named person reports is that person.
            // ("Sanders repeated his call for …": "his" too. A lone surname counts as a person
            // here: "Rubio said he expects …".)
            if a.kind == SubjKind::Pronoun && matches!(self.low(a.subj.0), "he" | "she" | "his" | "her") {
                let lone_name = |n: &str| {
                    !n.contains(' ') && n.starts_with(char::is_uppercase) && !sets().orgs.contains(&*n.to_lowercase())
                };
                let outer = anchors[..ai].iter().rev().take_while(|b| b.sent == a.sent).find(|b| {
                    b.content.is_some_and(|(x, y)| x <= a.subj.0 && a.subj.0 < y && a.subj.0 <= x + 1)
                        && (b.speaker.person || b.speaker.name.as_deref().is_some_and(lone_name))
                        && b.speaker.name.is_some()
                });
                if let Some(b) = outer {
                    sp.name = b.speaker.name.clone();
                }
            }
            let a = &mut anchors[ai];
            // "Trump’s promise": the possessor speaks; its name has no "’s".
            if let Some(n) = sp.name.as_mut()
                && let Some(bare) = n.strip_suffix("’s").or_else(|| n.strip_suffix("'s"))
                && !bare.is_empty()
            {
                *n = bare.to_string();
            }
            speakers_so_far.push((pos, sp.clone()));
            // "Barkley, who said …": the relative pronoun is where this attribution mentions
            // its speaker (PolNeAR's convention: no coreference for "who"); the name stays.
            if let Some(w) = self.relative_who(a) {
                sp.span = Some(self.span(w, w + 1));
            }
            a.speaker = sp;
        }
        let mut out = Vec::new();
        // Direct quotes.
        // (position of the attribution, paragraph, speaker, cue) of the last attributed thing.
        let mut last: Option<LastAttribution> = None;
        // The attribution of the last direct quote: a quote continuing it in its paragraph keeps
        // that cue, not the cue of a clause in between ("“…,” Johnson said, referring to a
        // town hall where he declined to criticize Clinton. “If I had to do that over …”").
        let mut last_direct: Option<LastAttribution> = None;
        let mut ai = 0;
        for (qi, m) in self.marked.iter().enumerate() {
            // Advance the "last attribution" over anchors that come before this quote.
            while ai < anchors.len() && anchors[ai].cue.0 < m.open {
                let a = &anchors[ai];
                // ("Washington does not plan to abandon Iraq": a stance or an intention is no
                // speech that a later quote paragraph could continue.)
                let stance = Self::stance_preps(self.low(a.cue.0)).is_some();
                if (a.speaker.name.is_some() || a.speaker.span.is_some()) && !stance {
                    let p = self.para(a.cue.0);
                    if last.as_ref().is_none_or(|l| l.0 <= a.cue.0) {
                        last = Some((a.cue.0, p, a.speaker.clone(), Some(a.cue)));
                    }
                }
                ai += 1;
            }
            let nwords = self.words_in(m.open, m.close + 1);
            if nwords == 0 {
                continue;
            }
            let sent = self.sent_of.get(m.open).copied().unwrap_or(0);
            let para = self.para(m.open);
            // A quoted transcript turn, "“PENCE: Well, look, …": the all-caps label opening the
            // quote is its speaker; what follows the colon is what was said.
            if let Some(c) = (m.open + 2..(m.open + 5).min(m.close)).find(|&c| self.is_punct(c, ':'))
                && (m.open + 1..c).all(|x| self.is_word(x))
                && self.caps_label(m.open + 1, c)
                && self.words_in(c + 1, m.close) >= 3
            {
                let start = self.toks[c].end;
                let span = self.trim_content(Span::new(start, m.end));
                if !span.is_empty() {
                    let speaker = Speaker {
                        name: Some(self.slice(m.open + 1, c).to_string()),
                        span: Some(self.span(m.open + 1, c)),
                        person: true,
                    };
                    last = Some((m.close, para, speaker.clone(), Some((c, c + 1))));
                    out.push(self.quote(span, true, &speaker, Some((c, c + 1))));
                }
                continue;
            }
            // "“…” — Carla Sanchez" closing its paragraph: a signed quote.
            if let Some((d, a, b)) = self.signature(m) {
                let span = self.trim_content(Span::new(m.start, m.end));
                if !span.is_empty() {
                    let name = self.slice(a, b).to_string();
                    let speaker =
                        Speaker { name: Some(name), span: Some(self.span(a, b)), person: !self.org_like(a, b) };
                    last = Some((m.close, para, speaker.clone(), Some((d, d + 1))));
                    out.push(self.quote(span, true, &speaker, Some((d, d + 1))));
                }
                continue;
            }
            // "Speaking on CNN's “State of the Union,” Graham said …": a title after "on", "in"
            // or a possessor names a show, a book or a film; nobody said it.
            if self.named_title(m) {
                continue;
            }
            let attached = self.attach(m, sent, &anchors, nwords);
            let (speaker, cue) = match attached {
                Some(k) => {
                    let a = &anchors[k];
                    (a.speaker.clone(), Some(a.cue))
                }
                None => {
                    // A quote paragraph continuing an attributed quote keeps its speaker.
                    let inherit = last.as_ref().filter(|l| {
                        // A long quote opening a paragraph belongs to the last named speaker even
                        // across one paragraph of narration.
                        let opens_para = m.open == 0 || self.toks.get(m.open - 1).is_some_and(|t| t.kind == Kind::Para);
                        let reach = if opens_para && nwords >= 8 { 2 } else { 1 };
                        // "“Here he is, babe,” she said. “Donald’s here, babe.”": a short quote
                        // right after the attribution of the one before it continues it.
                        let after_stop =
                            matches!(self.toks.get(m.open - 1).map(|t| t.kind), Some(Kind::Punct('.' | '!' | '?')));
                        // A whole quoted sentence later in the same paragraph ("…,” said Col. X,
                        // a spokesman for the coalition. “Our mission continues.”) goes on too.
                        let sentence = self.is_cap(m.open + 1)
                            && matches!(self.toks.get(m.close - 1).map(|t| t.kind), Some(Kind::Punct('.' | '!' | '?')));
                        // "“It's time,” Warren told a crowd in Des Moines, “to fight back.”": the
                        // rest of a quote split by its attribution, after a comma.
                        let rest = para == l.1
                            && m.open > l.0
                            && self.is_punct(m.open - 1, ',')
                            && self.sent_of.get(m.open) == self.sent_of.get(l.0)
                            && !self.is_cap(m.open + 1);
                        let split = para == l.1 && m.open > l.0 && after_stop && (m.open - l.0 <= 6 || sentence);
                        let split = split || rest;
                        // "Democrats call it a scheme to “end Medicare as we know it.”": a quote
                        // inside a sentence of narration with its own subject is that sentence's
                        // words, not more of the last speaker's. (Unless the narration speaks of
                        // "he"/"she": "After saying her foot was “so swollen …,” she was …".)
                        let sent_start = self.sents.get(sent).map_or(m.open, |&(a, _)| a);
                        let narration = || (sent_start..m.open).filter(|&x| self.is_word(x) && !self.in_quote(x));
                        let embedded = narration().count() >= 3
                            && !narration().any(|x| matches!(self.low(x), "he" | "she" | "his" | "her" | "him"));
                        m.continuation || split || (para <= l.1 + reach && nwords >= 4 && !embedded)
                    });
                    match inherit {
                        Some(l) => {
                            let cue = match &last_direct {
                                Some(d) if d.1 == para && d.2.name.is_some() && d.2.name == l.2.name => d.3,
                                Some(d) if m.continuation && d.2.name == l.2.name => d.3,
                                _ if l.1 == para => l.3,
                                _ => None,
                            };
                            (l.2.clone(), cue)
                        }
                        None if nwords >= 6 && !self.looks_like_title(m) => (Speaker::default(), None),
                        None => continue,
                    }
                }
            };
            let span = self.trim_content(Span::new(m.start, m.end));
            if span.is_empty() {
                continue;
            }
            let _ = qi;
            if speaker.name.is_some() || speaker.span.is_some() {
                let at = (m.close, self.para_of.get(m.close).copied().unwrap_or(para), speaker.clone(), cue);
                last_direct = Some(at.clone());
                last = Some(at);
            }
            out.push(self.quote(span, true, &speaker, cue));
        }
        // Reported speech.
        for a in &anchors {
            if let Some((s, mut e)) = a.content {
                // "Pence won the debate, Barabak noted that …": another attribution's clause after
                // a comma inside this content is a sentence of its own; this content ends there.
                let lo = anchors.partition_point(|b| b.sent < a.sent);
                let last_sent = self.sent_of.get(e.saturating_sub(1)).copied().unwrap_or(a.sent);
                let hi = anchors.partition_point(|b| b.sent <= last_sent).max(lo);
                for b in &anchors[lo..hi] {
                    let start = b.subj.0.min(b.cue.0);
                    // (", a decision the administration said …": the writer's noun before the
                    // relative clause goes with it.)
                    let start = if start > s + 4
                        && matches!(self.low(start - 2), "a" | "an")
                        && self.is_punct(start - 3, ',')
                        && !self.in_quote(start - 3)
                    {
                        start - 2
                    } else {
                        start
                    };
                    if start > s + 2
                        && start < e
                        && b.content.is_some_and(|(_, y)| y <= e)
                        && matches!(self.toks[start - 1].kind, Kind::Punct(',' | ';' | '—' | '–'))
                        && !self.in_quote(start - 1)
                        && self.words_in(s, start - 1) >= 2
                        // ("His campaign manager, Jeff Weaver, says …": a phrase without a verb
                        // before the comma is that clause's subject, no sentence; after the cue
                        // it is an object: "announcing the pick, the union called …".)
                        && (s > a.cue.0 || self.has_verb(s, start - 1))
                    {
                        e = start - 1;
                    }
                }
                // "sparred for months", "argued in interviews this week": a time or venue alone
                // is when or where, not what.
                if self.only_circumstance(s, e) {
                    continue;
                }
                let span = self.trim_content(self.span(s, e));
                if span.is_empty() {
                    continue;
                }
                out.push(self.quote(span, false, &a.speaker, Some(a.cue)));
            }
        }
        out.sort_by_key(|q| (q.span.start, q.span.end));
        out
    }

    /// [x, y) is a preposition and a time or venue phrase and nothing else ("for months", "in
    /// interviews this week", "on Tuesday").
    fn only_circumstance(&self, x: usize, y: usize) -> bool {
        let s = sets();
        let time = |w: &str| {
            lx::is_time_unit(w)
                || lx::is_time_unit(w.strip_suffix('s').unwrap_or(w))
                || lx::is_time_modifier(w)
                || lx::is_day_word(w)
                || lx::is_month(w)
                || lx::is_year(w)
                || matches!(w, "decades" | "ago" | "interview" | "interviews" | "recent" | "past")
        };
        x < y
            && self.is_word(x)
            && matches!(self.low(x), "for" | "in" | "on" | "during" | "over" | "since" | "at")
            && (x + 1..y).any(|i| self.is_word(i) && time(self.low(i)))
            && (x + 1..y).all(|i| {
                let w = self.low(i);
                !self.is_word(i)
                    || time(w)
                    || s.dets.contains(w)
                    || s.preps.contains(w)
                    || w.starts_with(|c: char| c.is_ascii_digit())
            })
    }

    /// The "who" between a subject and its cue ("X, who has long said …"), if any.
    fn relative_who(&self, a: &Anchor) -> Option<usize> {
        let (_, b) = a.subj;
        if b == 0 || b >= a.cue.0 {
            return None;
        }
        // ", who said", ", which endorsed"; "a union that endorsed".
        let w = if self.is_punct(b, ',') && matches!(self.low(b + 1), "who" | "which") {
            b + 1
        } else if matches!(self.low(b), "that" | "which") && !self.in_quote(b) {
            b
        } else {
            return None;
        };
        // Adverbs or a time phrase between ("who in 2010 said", "who on Monday said").
        let between_ok = (w + 1..a.cue.0).all(|x| {
            let l = self.low(x);
            self.is_word(x)
                && (self.is_adverb(x)
                    || matches!(l, "in" | "on" | "last" | "earlier")
                    || lx::is_day_word(l)
                    || lx::is_time_unit(l)
                    || lx::is_year(l))
        });
        (between_ok && a.cue.0 - w <= 4).then_some(w)
    }

    fn quote(&self, span: Span, direct: bool, sp: &Speaker, cue: Option<(usize, usize)>) -> Quote {
        let cue_span = cue.map(|(a, b)| self.span(a, b));
        Quote {
            span,
            direct,
            speaker_name: sp.name.clone(),
            speaker_span: sp.span,
            cue: cue_span.map(|s| s.slice(self.text).to_string()),
            cue_span,
        }
    }

    /// Trims spaces and the punctuation news style puts at a quote's edges.
    fn trim_content(&self, s: Span) -> Span {
        let t = s.slice(self.text);
        let lead = t.len()
            - t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '—' | '–')).len();
        let trimmed = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–'));
        let end = s.start + trimmed.len();
        let start = (s.start + lead).min(end);
        Span::new(start, end)
    }

    /// A dash and a capitalised name of at most six words right after a closing mark, ending
    /// the paragraph ("“…”― Pamela Padilla"): (dash, name start, name end).
    fn signature(&self, m: &Marked) -> Option<(usize, usize, usize)> {
        if !m.closed {
            return None;
        }
        let mut d = m.close + 1;
        if self.is_punct(d, ',') {
            d += 1;
        }
        if !(self.is_punct(d, '—') || self.is_punct(d, '–') || self.is_punct(d, '-')) {
            return None;
        }
        let a = d + 1;
        let mut b = a;
        while b < self.toks.len()
            && b < a + 6
            && self.is_word(b)
            && (self.is_cap(b) || is_particle(self.low(b)) || self.low(b).len() == 1)
        {
            b += 1;
        }
        let mut e = b;
        while e < self.toks.len() && matches!(self.toks[e].kind, Kind::Punct('.' | ',')) {
            e += 1;
        }
        let ends = e >= self.toks.len() || self.toks[e].kind == Kind::Para;
        (b > a && self.is_cap(a) && ends).then_some((d, a, b))
    }

    /// The comma closing the phrase right before a cue at `k` ("Flynn, a top Trump surrogate,
    /// said"), also when it sits inside a short title's closing mark ("Joe Scarborough, host of
    /// MSNBC’s “Morning Joe,” suggested").
    fn cue_comma(&self, k: usize, s0: usize) -> Option<usize> {
        if k > s0 && self.is_punct(k - 1, ',') {
            return Some(k - 1);
        }
        let m = self.quote_at(k.checked_sub(1)?)?;
        (k > s0 + 2
            && self.is_close_mark(k - 1)
            && self.is_punct(k - 2, ',')
            && self.words_in(m.open, m.close) <= 3
            && self.named_title(m))
        .then_some(k - 2)
    }

    /// A title after "on", "in", "of", a possessor or the kind of work ("on CNN's “State of the
    /// Union”", "the TV show “Shark Tank”"): the name of a show, a book or a film, which nobody
    /// said.
    fn named_title(&self, m: &Marked) -> bool {
        if m.open == 0 || !self.looks_like_title(m) {
            return false;
        }
        // After "the book" the stop inside the marks is the sentence's ("author of the book
        // “Presidential Power in Troubled Second Terms.”"); after "on"/"in"/"of" or a possessive
        // a capitalised sentence with its stop is more often said.
        lx::WORK_NOUNS.contains(&self.low(m.open - 1))
            || ((self.possessive(m.open - 1) || matches!(self.low(m.open - 1), "on" | "in" | "of"))
                && !matches!(
                    self.toks.get(m.close.saturating_sub(1)).map(|t| t.kind),
                    Some(Kind::Punct('.' | '!' | '?'))
                ))
    }

    /// A quoted title: every word capitalised ("The Art of the Deal") and short.
    fn looks_like_title(&self, m: &Marked) -> bool {
        (m.open..=m.close).filter(|&i| self.is_word(i)).enumerate().all(|(n, i)| {
            n < 8 && (self.is_cap(i) || matches!(self.low(i), "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to"))
        })
    }

    /// Picks the anchor a direct quote belongs to: one right after it ("…,” she said), one right
    /// before it (said: “…), else one in the same sentence (a partial quote inside reported
    /// speech). Short quotes need an adjacent cue, else they are scare quotes or titles.
    fn attach(&self, m: &Marked, sent: usize, anchors: &[Anchor], nwords: usize) -> Option<usize> {
        // Anchors are in reading order: binary-search this sentence's slice.
        let lo = anchors.partition_point(|a| a.sent < sent);
        let hi = anchors.partition_point(|a| a.sent <= sent);
        let in_sent: Vec<usize> = (lo..hi).collect();
        let next_lo = hi;
        let next_hi = anchors.partition_point(|a| a.sent <= sent + 1);
        // Right after: skip commas/periods between the closing mark and the attribution.
        let mut j = m.close + 1;
        while j < self.toks.len() && matches!(self.toks[j].kind, Kind::Punct(',' | '.' | '—' | '–' | '-' | ':')) {
            j += 1;
        }
        // "“…,” Warren, who has not endorsed a candidate, told reporters": the verb of the
        // relative clause is not the quote's cue when the main verb also follows.
        let mut relative = None;
        for (k, a) in anchors.iter().enumerate().take(next_hi.max(next_lo)).skip(lo) {
            let first = a.subj.0.min(a.cue.0);
            // In the next sentence only a cue right by its subject ("“…” Trump said."), not one
            // further on ("“…” Trump took to Twitter, writing: …").
            let near = a.sent == sent || a.cue.0 <= a.subj.1 + 2;
            // "“… a long time.” Political analyst David Bositis agreed that …": after a quote
            // closed by a full stop, a cue reporting a clause of its own starts a new statement.
            let own_report = a.sent != sent
                && a.content.is_some()
                && matches!(self.toks[m.close.saturating_sub(1)].kind, Kind::Punct('.'));
            // "Ducey called the lines “unacceptable.” Phoenix officials apologized.": a quote that
            // follows a cue of its own sentence belongs to it, not to the next sentence's verb.
            let cued_before = a.sent != sent && in_sent.iter().any(|&x| anchors[x].cue.1 <= m.open);
            if m.closed && first >= m.close && first <= j && near && !own_report && !cued_before {
                if self.relative_who(a).is_none() {
                    return Some(k);
                }
                relative.get_or_insert(k);
            }
        }
        if relative.is_some() {
            return relative;
        }
        // Right before: "X said, “…" / "X said that “…" / "according to X, “…".
        for &k in in_sent.iter().rev() {
            let a = &anchors[k];
            let last = a.subj.1.max(a.cue.1);
            if last <= m.open {
                let gap = m.open - last;
                let between_ok = (last..m.open).all(|i| {
                    matches!(self.toks[i].kind, Kind::Punct(_))
                        || matches!(self.low(i), "that" | "this" | "as" | "simply")
                });
                let ends_clause = m.closed
                    && self.toks.get(m.close + 1).is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Para))
                    || self.toks.get(m.close.saturating_sub(1)).is_some_and(|t| matches!(t.kind, Kind::Punct(_)));
                if gap <= 3 && between_ok && (nwords >= 4 || ends_clause) {
                    return Some(self.outer_reporter(k, &in_sent, anchors));
                }
            }
        }
        if nwords < 4 {
            return None;
        }
        // A quote inside what a cue reports ("“…” than when he debated Palin, said Granholm"):
        // that cue, the innermost if several.
        let holder = in_sent
            .iter()
            .filter_map(|&k| {
                let (x, y) = anchors[k].content?;
                (x <= m.open + 1 && m.close <= y).then_some((k, y - x))
            })
            .min_by_key(|&(_, len)| len);
        if let Some((k, _)) = holder {
            return Some(self.outer_reporter(k, &in_sent, anchors));
        }
        // Same sentence: the closest cue before, else after.
        let before = in_sent.iter().rev().find(|&&k| anchors[k].cue.1 <= m.open);
        if let Some(&k) = before {
            return Some(self.outer_reporter(k, &in_sent, anchors));
        }
        in_sent.iter().find(|&&k| anchors[k].cue.0 > m.close).copied()
    }

    /// "Benjamin said he believes “…”": the cue a quote follows may itself open what an earlier
    /// cue of the sentence reports; the quote is then part of that report and goes to the outer
    /// speaker.
    fn outer_reporter(&self, mut k: usize, in_sent: &[usize], anchors: &[Anchor]) -> usize {
        while let Some(&o) = in_sent.iter().find(|&&o| {
            let (a, b) = (&anchors[o], &anchors[k]);
            let start = b.subj.0.min(b.cue.0);
            o != k && b.subj.1 > b.subj.0 && (a.cue.1 == start || (a.cue.1 + 1 == start && self.low(a.cue.1) == "that"))
        }) {
            k = o;
        }
        k
    }

    /// [`Seen::honorifics`]: each "Mr."/"Mrs."/"Ms."/"Miss" before a capitalised word.
    fn honorifics(&self) -> Vec<(&str, bool)> {
        let mut out: Vec<(&str, bool)> = Vec::new();
        let mut both: Vec<&str> = Vec::new();
        for k in 0..self.toks.len().saturating_sub(1) {
            // (A capital first: one flag read for nearly every token.)
            if !self.is_cap(k) {
                continue;
            }
            let female = match self.low(k) {
                "mr." | "mr" => false,
                "mrs." | "mrs" | "ms." | "ms" | "miss" => true,
                _ => continue,
            };
            // ("Mr. Trump", and the surname of "Ms. Alina Romanowski".)
            let mut e = k + 1;
            while self.is_word(e) && self.is_cap(e) {
                e += 1;
            }
            if e == k + 1 {
                continue;
            }
            let w = self.low(e - 1).trim_end_matches("'s").trim_end_matches("’s");
            match out.iter().find(|(x, _)| *x == w) {
                Some(&(_, f)) if f != female => both.push(w),
                Some(_) => {}
                None => out.push((w, female)),
            }
        }
        out.retain(|(w, _)| !both.contains(w));
        out
    }

    /// Every cue in every sentence that has a subject.
    fn find_anchors(&self) -> Vec<Anchor> {
        let s = sets();
        let mut out = Vec::new();
        for (si, &(s0, s1)) in self.sents.iter().enumerate() {
            let mut i = s0;
            while i < s1 {
                if !self.is_word(i) || self.in_quote(i) {
                    i += 1;
                    continue;
                }
                let w = self.low(i);
                // Cheap pre-filter: only listed words start a cue (one bit test per token).
                if w.len() < 2
                    || !(self.has(i, F_CUE | F_PART | F_NOUN | F_ADJ | F_PHRASE)
                        || matches!(w, "according" | "in")
                        || (w == "as" && i == s0))
                {
                    if s1 > s0 && i == s0 && self.sentence_subject(s0, s1).is_none() {
                        i += 1;
                        continue;
                    }
                    if i != s0 {
                        i += 1;
                        continue;
                    }
                }
                // "according to X", "in the words of X"
                if (w == "according" && self.low(i + 1) == "to")
                    || (w == "in" && self.low(i + 1) == "the" && self.low(i + 2) == "words" && self.low(i + 3) == "of")
                {
                    let cue_end = if w == "according" { i + 2 } else { i + 4 };
                    if let Some((a, mut b)) = self.right_np_any(cue_end, s1) {
                        // "…, according to X." reports what precedes; "According to X, …" what follows.
                        // Without the comma too: "Clinton leads by 271 delegates according to
                        // a count by The Associated Press".
                        let before =
                            i > s0 + 2 && (self.is_punct(i - 1, ',') || self.is_word(i - 1) || self.is_dash(i - 1));
                        if !before && !self.is_punct(b, ',') {
                            // A source with inner punctuation ("early results of exit polls
                            // conducted by Edison Research for The Associated Press, …"): up to
                            // the first comma outside quotes.
                            if let Some(c) = (b..s1.min(cue_end + 30))
                                .take_while(|&x| !self.in_quote(x) && !self.is_punct(x, ';'))
                                .find(|&x| self.is_punct(x, ','))
                            {
                                b = c;
                            }
                        }
                        // "According to the report, which was obtained by the AP, the agency …":
                        // the source's relative clause is not the content.
                        let cb = if !before
                            && self.is_punct(b, ',')
                            && matches!(self.low(b + 1), "which" | "who")
                            && let Some(c) = (b + 2..s1.min(b + 25))
                                .take_while(|&x| !self.in_quote(x))
                                .find(|&x| self.is_punct(x, ','))
                        {
                            c
                        } else {
                            b
                        };
                        // (A leading "And"/"But" joins sentences; it is not what was said.)
                        let c0 = if matches!(self.low(s0), "and" | "but" | "so") && !self.in_quote(s0) {
                            s0 + 1
                        } else {
                            s0
                        };
                        let content = if before {
                            Some((c0, if self.is_punct(i - 1, ',') || self.is_dash(i - 1) { i - 1 } else { i }))
                        } else if self.is_punct(cb, ',') {
                            Some((cb + 1, self.sent_end(s1)))
                        } else {
                            None
                        };
                        let content = content.filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                        // "The real problem, according to one official, is that …".
                        let anchor = Anchor::new(si, (i, cue_end), (a, b), SubjKind::Phrase, content);
                        self.push_split(&mut out, anchor, s0, s1);
                        i = b;
                        continue;
                    }
                }
                // "In Mr. Trump's view, the deal …", "In his opinion, …": the holder of the view
                // is the source, the main clause the content.
                if w == "in"
                    && (i == s0 || self.is_dash(i - 1))
                    && i == self.after_dateline(s0, s1)
                    && let Some(n) = (i + 2..s1.min(i + 9)).find(|&x| {
                        matches!(self.low(x), "view" | "opinion" | "estimation" | "assessment" | "judgment" | "mind")
                            && self.is_punct(x + 1, ',')
                    })
                    && (i + 1..n).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                {
                    let src = if self.possessive(n - 1) {
                        Some((i + 1, n))
                    } else {
                        matches!(self.low(n - 1), "his" | "her" | "their" | "its" | "my" | "our").then_some((n - 1, n))
                    };
                    if let Some(src) = src {
                        let end = self.sent_end(s1);
                        let c = self.clause_end(n + 2, end);
                        if self.words_in(n + 2, c) >= 3 && !self.mostly_quoted(n + 2, c) {
                            out.push(Anchor::new(si, (n, n + 1), src, self.subj_kind(src), Some((n + 2, c))));
                            i = c.max(i + 1);
                            continue;
                        }
                    }
                }
                // "As one voter put it, “…”", "As Obama put it, the party …": the speaker between
                // "As" and "put it"; what follows the comma is what was said.
                if w == "as"
                    && i == s0
                    && let Some(p) = (i + 2..s1.min(i + 9)).find(|&x| self.low(x) == "put" && self.low(x + 1) == "it")
                    && self.is_punct(p + 2, ',')
                    && (i + 1..p).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                {
                    let end = self.sent_end(s1);
                    let c = self.clause_end(p + 3, end);
                    let content =
                        Some((p + 3, c)).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                    out.push(Anchor::new(si, (p, p + 2), (i + 1, p), SubjKind::Phrase, content));
                    i = p + 2;
                    continue;
                }
                // "As first reported by Politico, the White House is considering …": the
                // source is the agent, the content the main clause.
                if w == "as"
                    && i == s0
                    && let Some(r) =
                        (i + 1..i + 3).find(|&x| matches!(self.low(x), "reported" | "announced" | "revealed"))
                    && (i + 1..r).all(|x| matches!(self.low(x), "first" | "previously" | "initially" | "earlier"))
                    && self.low(r + 1) == "by"
                    && let Some((a, b)) = self.right_np_any(r + 2, s1)
                    && self.is_punct(b, ',')
                {
                    let end = self.sent_end(s1);
                    let c = self.clause_end(b + 1, end);
                    if self.words_in(b + 1, c) >= 3 && !self.mostly_quoted(b + 1, c) {
                        out.push(Anchor::new(si, (r, r + 1), (a, b), SubjKind::Phrase, Some((b + 1, c))));
                        i = c.max(i + 1);
                        continue;
                    }
                }
                // "In a CNN poll released Monday, Clinton held a 24-point lead": the document
                // is the source of the clause after the comma, unless that clause has its own cue.
                // Only documents that report findings: after "In a widely read column, two
                // speechwriters implored her …" the clause is the writers' own doing.
                if w == "in"
                    && i == s0
                    && let Some(c) = (i + 2..s1.min(i + 16))
                        .take_while(|&x| !self.in_quote(x) && !self.is_punct(x, ';'))
                        .find(|&x| self.is_punct(x, ','))
                    && let Some(noun) = (i + 1..c).find(|&x| {
                        matches!(
                            self.low(x),
                            "poll"
                                | "polls"
                                | "survey"
                                | "surveys"
                                | "study"
                                | "report"
                                | "analysis"
                                | "documents"
                                | "records"
                                | "data"
                        )
                    })
                {
                    let end = self.sent_end(s1);
                    let b = self.clause_end(c + 1, end);
                    let own_cue = (c + 1..b).any(|x| self.has(x, F_CUE) && !self.in_quote(x));
                    if !own_cue && self.words_in(c + 1, b) >= 3 && !self.mostly_quoted(c + 1, b) {
                        out.push(Anchor::new(si, (i, i + 1), (i + 1, noun + 1), SubjKind::Phrase, Some((c + 1, b))));
                        i = b.max(i + 1);
                        continue;
                    }
                }
                // "Declaring that he alone can fix it, the billionaire vowed …": an opening speech
                // participle with its clause is said by the main clause's subject.
                if i == s0
                    && self.has(i, F_PART)
                    && self.low(i + 1) == "that"
                    && let Some((c, subj)) = self.opening_clause(i + 3, s1)
                    && self.words_in(i + 1, c) >= 3
                {
                    out.push(Anchor::new(si, (i, i + 1), subj.0, subj.1, Some((i + 1, c))));
                    i = c + 1;
                    continue;
                }
                // "After saying her foot was swollen, she was whisked off …": an opening
                // participial clause is said by the main clause's subject after its comma.
                if i == s0 + 1
                    && matches!(self.low(s0), "after" | "before" | "while" | "since" | "upon" | "when" | "by")
                    && (lx::PARTICIPLES.contains(&w) || (s.participles.contains(w) && w.ends_with("ing")))
                    && let Some((c, subj)) = self.opening_clause(i + 2, s1)
                {
                    let start = i + 1;
                    if self.words_in(start, c) >= 2 {
                        out.push(Anchor::new(si, (i, i + 1), subj.0, subj.1, Some((start, c))));
                        i = c + 1;
                        continue;
                    }
                }
                // "The senator, asked whether he would support the nominee, said …": a question
                // put to the subject in an aside; its asker goes unnamed.
                if w == "asked"
                    && i > s0 + 1
                    && self.is_punct(i - 1, ',')
                    && !self.in_quote(i - 1)
                    && let Some(a) = self.unsourced_question(si, i, s1)
                {
                    out.push(a);
                    i += 1;
                    continue;
                }
                // "Asked about her vote, Warren said …": the question is an attribution whose
                // source the sentence leaves unnamed (the asker), or names after "by" ("Asked by
                // Starnes if he believed …, Carson said").
                if w == "asked"
                    && i == s0
                    && let Some((q, src)) = self.asked_question(i, s1, true)
                    && let Some(c) = (q + 1..s1.min(q + 40))
                        .take_while(|&x| !self.is_punct(x, ';'))
                        .find(|&x| self.is_punct(x, ',') && !self.in_quote(x))
                {
                    let about = self.low(q) == "about";
                    let start = if about { q + 1 } else { q };
                    if self.words_in(start, c) >= 1 {
                        let cue = if about && q == i + 1 { (i, i + 2) } else { (i, i + 1) };
                        out.push(Anchor::new(si, cue, src, SubjKind::Phrase, Some((start, c))));
                        i = c + 1;
                        continue;
                    }
                }
                // "Iraqi media quoted a security source as saying that …": the one quoted speaks.
                if w == "saying"
                    && i >= s0 + 4
                    && self.low(i - 1) == "as"
                    && let Some(q) = (i.saturating_sub(12).max(s0)..i - 2).rev().find(|&x| self.low(x) == "quoted")
                    && q + 2 < i
                    && (q + 1..i - 1).all(|x| self.is_word(x) && !self.in_quote(x))
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    out.push(Anchor::new(si, (i, i + 1), (q + 1, i - 1), SubjKind::Phrase, Some(content)));
                    i += 1;
                    continue;
                }
                // "The ambassador was quoted as saying that …": the subject of the passive speaks.
                if w == "saying"
                    && i >= s0 + 3
                    && self.low(i - 1) == "as"
                    && self.low(i - 2) == "quoted"
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    let mut k = i - 2;
                    while k > s0
                        && self.is_word(k - 1)
                        && (s.be.contains(self.low(k - 1)) || s.adverbs.contains(self.low(k - 1)))
                    {
                        k -= 1;
                    }
                    let subj = self.subject_ending_at(k, s0);
                    if let Some((subj, kind)) = subj.filter(|_| k < i - 2) {
                        out.push(Anchor::new(si, (i - 2, i + 1), subj, kind, Some(content)));
                        i += 1;
                        continue;
                    }
                }
                // "an email seeking comment": a request for comment says nothing.
                // ("…, adding to his victories in …": an idiom, not a remark.)
                if self.has(i, F_PART)
                    && (self.low(i + 1) == "comment" || self.idiom_without_report(i, s0))
                    && !self.in_quote(i + 1)
                {
                    i += 1;
                    continue;
                }
                // "met with reporters on Tuesday to discuss the plan", "will come on the show to
                // talk about immigration": a purpose infinitive's speaker is its clause's subject
                // (after a control word the subject walk in `anchor_at` finds it).
                if i > s0 + 2
                    && self.low(i - 1) == "to"
                    && matches!(w, "discuss" | "explain" | "talk" | "respond" | "criticize" | "describe")
                    && !self.in_quote(i)
                    && self.is_word(i - 2)
                    && !CONTROL_BEFORE_TO.contains(&self.low(i - 2))
                    && !self.has(i - 2, F_CUE | F_ADJ | F_PHRASE | F_FUNC)
                    && let Some((subj, kind)) = self.clause_head_subject(s0, i)
                    && let Some(content) = self.forward_content(i, s1)
                {
                    out.push(Anchor::new(si, (i, i + 1), subj, kind, Some(content)));
                    i = content.0.max(i + 1);
                    continue;
                }
                // "…, saying (that) …": the participle shares its clause's subject.
                // A dash works like the comma: "flipped his choice on the spot – saying he …".
                // ("Trump, later alleging …", ", again saying …": an adverb after the comma.)
                let after_adverb = i > s0 + 2
                    && self.is_word(i - 1)
                    && (s.adverbs.contains(self.low(i - 1)) || ly_adverb(self.low(i - 1)))
                    && !s.be.contains(self.low(i - 1))
                    && self.is_punct(i - 2, ',');
                if self.has(i, F_PART)
                    && i > s0
                    && (self.is_punct(i - 1, ',')
                        || after_adverb
                        || self.is_punct(i - 1, '—')
                        || self.is_punct(i - 1, '–')
                        || self.low(i - 1) == "and"
                        // "…, while saying that …", "punctuated his list by saying …".
                        || (i > s0 + 1
                            && matches!(self.low(i - 1), "while" | "by" | "before" | "after")
                            && !self.in_quote(i - 1))
                        // "unleashed a series of tweets early Friday saying that …", "released a
                        // statement saying …": a speech participle right after a noun, with a
                        // clause or quote after it.
                        // ("a letter sent Monday alleging that …": any speech participle before
                        // "that".)
                        || (i > s0 + 2
                            && (lx::PARTICIPLES.contains(&w) || self.low(i + 1) == "that")
                            && self.is_word(i - 1)
                            && (!self.is_cap(i - 1) || lx::is_day_word(self.low(i - 1)))
                            && !s.be.contains(self.low(i - 1))
                            && !s.adverbs.contains(self.low(i - 1))
                            && !s.stop.contains(self.low(i - 1))
                            && contracted_be(self.low(i - 1)).is_none()
                            && (self.low(i + 1) == "that"
                                || (self.is_word(i + 1)
                                    && (s.dets.contains(self.low(i + 1)) || lx::PRONOUNS.contains(&self.low(i + 1)))
                                    && !self.in_quote(i + 1))
                                || self.is_punct(i + 1, ':')
                                || self.is_punct(i + 1, ',')
                                || self.toks.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Mark { .. })))))
                {
                    // The clause's own subject: not a possessor of a noun cue ("defended his call
                    // to …, saying"), nor a subject inside another cue's content ("telling
                    // reporters that he thinks …, adding").
                    let here = sentence_tail(&out, si);
                    let possessor = |a: &&Anchor| {
                        a.subj.1 == a.subj.0 + 1
                            && matches!(self.low(a.subj.0), "his" | "her" | "their" | "its")
                            && self.has(a.cue.0, F_NOUN)
                    };
                    // An anchor with no subject ("X appeared to oppose …, saying") has none to
                    // share; the clause's own subject is looked for instead.
                    let prev = unnested(here)
                        .find(|a| !possessor(a))
                        .or(here.last())
                        .filter(|a| a.subj.1 > a.subj.0)
                        .map(|a| (a.subj, a.kind));
                    // With no subject to share (a long opening adverbial hides it), the content is
                    // still an attribution, its source unnamed here.
                    let subj = prev
                        .or_else(|| self.sentence_subject(s0, i).map(|r| (r, SubjKind::Phrase)))
                        .or_else(|| self.main_subject(s0, i).map(|r| (r, SubjKind::Phrase)))
                        .or_else(|| self.clause_head_subject(s0, i))
                        .or(Some(((i, i), SubjKind::Phrase)));
                    if let Some((subj, kind)) = subj {
                        let content = self.forward_content(i, s1).filter(|&(x, y)| {
                            self.words_in(x, y) >= 2
                                && (!self.mostly_quoted(x, y) || (self.is_word(x) && !self.in_quote(x)))
                        });
                        out.push(Anchor::new(si, (i, i + 1), subj, kind, content));
                    }
                    i += 1;
                    continue;
                }
                // "– Ryan saying he was “very encouraged” and Trump calling it …", "with aides
                // saying …": an absolute participle names its own speaker right before it.
                // ("…, with some calling it reckless": a quantifier after "with".)
                if self.has(i, F_PART)
                    && i > s0 + 2
                    && self.low(i - 2) == "with"
                    && matches!(self.low(i - 1), "some" | "many" | "others" | "most" | "several" | "critics")
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    out.push(Anchor::new(si, (i, i + 1), (i - 1, i), SubjKind::Phrase, Some(content)));
                    i += 1;
                    continue;
                }
                // ("with press secretary Karine Jean-Pierre calling it “absurd”": lowercase
                // titles before the name.)
                let titled_from = |a: usize| {
                    let mut t = a;
                    while t > s0 + 1 && a - t < 3 && self.is_word(t - 1) && self.has(t - 1, F_TITLE) {
                        t -= 1;
                    }
                    if t < a && self.low(t - 1) == "with" { t } else { a }
                };
                if i > s0 + 1
                    && self.is_cap(i - 1)
                    && self.has(i, F_PART)
                    && !self.in_quote(i - 1)
                    && let Some(a) = (i.saturating_sub(4).max(s0 + 1)..i).find(|&x| (x..i).all(|y| self.is_cap(y)))
                    && let t = titled_from(a)
                    && (lx::PARTICIPLES.contains(&w) || t < a)
                    && let a = t
                    && (self.is_dash(a - 1) || self.is_punct(a - 1, ',') || matches!(self.low(a - 1), "with" | "and"))
                    && !self.title_case(s0, s1)
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    out.push(Anchor::new(si, (i, i + 1), (a, i), SubjKind::Phrase, Some(content)));
                    i += 1;
                    continue;
                }
                // A title-case headline "Lindsey Graham Says Trump Could Address Clean Energy":
                // the capitalised present-tense cue splits subject and content.
                // ("Sanders Told A Female Reporter Not To 'Moan'": past tense too.)
                let finite_cue = || {
                    s_form(w) || (w.ends_with("ed") && !self.has(i, F_PART)) || matches!(w, "said" | "told" | "wrote")
                };
                if i > s0
                    && self.is_cap(i)
                    && self.has(i, F_CUE)
                    && finite_cue()
                    && (s0..i).all(|x| self.is_word(x) && (self.is_cap(x) || is_particle(self.low(x))))
                    && self.title_case(s0, s1)
                {
                    let end = self.sent_end(s1);
                    if self.words_in(i + 1, end) >= 2 {
                        out.push(Anchor::new(si, (i, i + 1), (s0, i), SubjKind::Phrase, Some((i + 1, end))));
                        i = end.max(i + 1);
                        continue;
                    }
                }
                // "Trump Is Like A Lawyer's Dumbest Client, Trevor Noah Says": a title-case
                // headline with its speaker and cue after the last comma.
                if i > s0 + 3
                    && self.is_cap(i)
                    && self.has(i, F_CUE)
                    && finite_cue()
                    && self.title_case(s0, s1)
                    && let Some(c) = (s0 + 2..i - 1).rev().find(|&x| self.is_punct(x, ','))
                    && (c + 1..i).all(|x| (self.is_word(x) && self.is_cap(x)) || self.is_close_mark(x))
                    && i - c <= 6
                    && self.words_in(i + 1, self.sent_end(s1)) <= 3
                    && self.words_in(s0, c) >= 3
                {
                    out.push(Anchor::new(si, (i, i + 1), (c + 1, i), SubjKind::Phrase, Some((s0, c))));
                    i += 1;
                    continue;
                }
                // Headline style "Pollster: Trump Leads in Ohio".
                if i == s0
                    && self.sentence_subject(s0, s1).is_some()
                    && let Some(c) = (s0 + 1..s1.min(s0 + 6)).find(|&c| self.is_punct(c, ':'))
                    && (s0..c).all(|x| self.is_word(x) && self.is_cap(x))
                    // Editorial labels ("CORRECTION: …", "Related: …") speak for no one.
                    && !(s0..c).any(|x| {
                        matches!(
                            self.low(x),
                            "correction"
                                | "clarification"
                                | "update"
                                | "updated"
                                | "note"
                                | "abstract"
                                | "related"
                                | "photo"
                                | "photos"
                                | "photograph"
                                | "photographs"
                                | "image"
                                | "images"
                                | "illustration"
                                | "graphic"
                                | "caption"
                                | "pictured"
                                | "chart"
                                | "map"
                                | "advertisement"
                                | "video"
                                | "watch"
                                | "read"
                                | "listen"
                                | "credit"
                                | "warning"
                                | "disclosure"
                                | "background"
                                | "contributing"
                                | "plus"
                                | "follow"
                                | "subscribe"
                                | "latest"
                                | "more"
                                | "exclusive"
                                | "revealed"
                                | "remember"
                                | "breaking"
                                | "opinion"
                                | "analysis"
                                | "editorial"
                                | "commentary"
                                | "perspective"
                                | "explainer"
                                | "facts"
                                | "counterpoint"
                        )
                    })
                    // ("South Carolina: Andrew Collins, Antjuan Seawright, …": a list of names.)
                    && (c + 1..s1).filter(|&x| self.is_punct(x, ',')).count() < 6
                    && self.words_in(c + 1, s1) >= 2
                    // "Finally: …": an adverb labels, it does not speak.
                    && !(c == s0 + 1 && ly_adverb(self.low(s0)))
                    // "Superdelegates: Clinton is backed by …, according to the AP": a topic
                    // label; the sentence names its source.
                    && !(c + 1..s1).any(|x| self.low(x) == "according" && self.low(x + 1) == "to" && !self.in_quote(x))
                {
                    // A transcript turn "PENCE: Well, look, …" (an all-caps speaker label
                    // opening a paragraph) speaks to the end of the paragraph.
                    let opens_para = s0 == 0 || self.toks.get(s0 - 1).is_some_and(|t| t.kind == Kind::Para);
                    let label = opens_para && self.caps_label(s0, c);
                    let end = if label { self.para_end(s1) } else { self.sent_end(s1) };
                    // "Gillibrand: ‘I Think She Will.’": the quote itself is the content and
                    // attaches to this anchor.
                    let content =
                        Some((c + 1, end)).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                    out.push(Anchor::new(si, (c, c + 1), (s0, c), SubjKind::Phrase, content));
                    i = c + 1;
                    continue;
                }
                // "Kasich made clear that …", "She has made it clear that …", "made comments
                // about …", "made a plea for …", "made no mention of …".
                if self.has(i, F_PHRASE)
                    && let Some((cue_end, content)) = self.set_phrase(i, s1)
                {
                    // ("are pushing for": a progressive's "be" sits before the subject's end too.)
                    let progressive = self.low(i).ends_with("ing");
                    let mut k = i;
                    while k > s0 + 1
                        && self.is_word(k - 1)
                        && (s.adverbs.contains(self.low(k - 1)) || (progressive && s.be.contains(self.low(k - 1))))
                    {
                        k -= 1;
                    }
                    // ("renewed calls for a ban": after a past-tense verb the word is its noun
                    // object, not a verb with a subject.)
                    let object = k > s0 + 1 && k == i && self.low(k - 1).ends_with("ed") && !self.is_cap(k - 1);
                    let subj = self.subject_ending_at(k, s0).filter(|_| !object);
                    if let Some((subj, kind)) = subj {
                        out.push(Anchor::new(si, (i, cue_end), subj, kind, Some(content)));
                        i = content.0.max(i + 1);
                        continue;
                    }
                }
                if self.has(i, F_ADJ)
                    && let Some(a) = self.adjective_anchor(si, i, s0, s1)
                {
                    let next = a.content.map_or(i + 1, |c| c.0);
                    out.push(a);
                    i = next.max(i + 1);
                    continue;
                }
                if i > s0
                    && !self.is_cap(i)
                    && self.has(i, F_NOUN)
                    && let Some(a) = self.nominal_anchor(si, i, s0, s1)
                {
                    let next = a.content.map_or(i + 1, |c| c.1);
                    out.push(a);
                    i = next.max(i + 1);
                    continue;
                }
                // A participle after "is"/"was" is a progressive ("is outlining"), a finite cue.
                // Adverbs and negation may sit between: "is once again questioning", "isn't saying".
                let progressive = || {
                    let mut p = i;
                    while p > s0
                        && p + 3 > i
                        && self.is_word(p - 1)
                        && (s.adverbs.contains(self.low(p - 1)) || ly_adverb(self.low(p - 1)))
                        && !s.be.contains(self.low(p - 1))
                    {
                        p -= 1;
                    }
                    p > s0 && (s.be.contains(self.low(p - 1)) || contracted_be(self.low(p - 1)).is_some())
                };
                if !self.has(i, F_CUE) || (self.has(i, F_PART) && !progressive()) || self.is_cap(i) && i != s0 {
                    i += 1;
                    continue;
                }
                // The subject a coordinated cue shares ("Demonstrators said they want …, but
                // pledged …"): the last one of the sentence not inside what another reports.
                let here = sentence_tail(&out, si);
                // Not an inverted one whose content came first ("The president is frustrated,
                // aides say, and wants …": the president wants).
                let prev = unnested(here)
                    .find(|a| a.subj.1 > a.subj.0)
                    .or_else(|| here.iter().rev().find(|a| a.subj.1 > a.subj.0))
                    .filter(|a| a.content.is_none_or(|(_, y)| y > a.subj.0))
                    .map(|a| (a.subj, a.kind));
                if let Some(mut a) = self.anchor_at(si, i, s0, s1, prev) {
                    if a.cue == (i, i + 1) && self.cue_particle(i) {
                        a.cue = (i, i + 2);
                    }
                    self.push_split(&mut out, a, s0, s1);
                }
                i += 1;
            }
            self.colon_anchor(si, s0, s1, &mut out);
        }
        self.quote_tail_anchors(&mut out);
        out.sort_by_key(|a| a.cue.0);
        out
    }

    /// "“Gun owners should leave their weapons at home,” opined the Plain Dealer.", "“…,” Trump
    /// deadpanned.": a quote ending in a comma (or "?", "!") and followed by a past- or
    /// present-tense verb and a noun phrase, in either order, to the end of the sentence is
    /// attributed there, whatever the verb; listed cues are handled by the other rules.
    fn quote_tail_anchors(&self, out: &mut Vec<Anchor>) {
        let s = sets();
        let verb = |v: usize| {
            let w = self.low(v);
            self.is_word(v)
                && !self.is_cap(v)
                && !self.in_quote(v)
                && ((w.len() > 3
                    && (w.ends_with("ed") || s_form(w))
                    && !s.stop.contains(w)
                    && !s.finite.contains(w))
                    // "the email read", "the two write", "critics say", "Graham shot back".
                    || matches!(w, "read" | "reads")
                    || (dossier_core::lexicon::is_irregular_past(w) && matches!(self.low(v + 1), "back" | "out"))
                    || (s.bare.contains(w) && !w.ends_with("ing")))
        };
        if self.marked.is_empty() {
            return;
        }
        let mut cue_at = vec![false; self.toks.len()];
        for a in out.iter() {
            cue_at[a.cue.0] = true;
        }
        for m in &self.marked {
            if !m.closed || m.close < 2 {
                continue;
            }
            if !matches!(self.toks[m.close - 1].kind, Kind::Punct(',' | '?' | '!' | '—' | '–')) {
                continue;
            }
            let mut t = m.close + 1;
            if self.is_punct(t, ',') {
                t += 1;
            }
            let Some(&si) = self.sent_of.get(t) else {
                continue;
            };
            let s1 = self.sents[si].1;
            let end = self.sent_end(s1);
            if t >= end || (m.close..(t + 7).min(end)).any(|x| cue_at[x]) {
                continue;
            }
            // ("the 43-year-old asked in the video's description.": a phrase of place or time
            // may follow the verb.)
            let closes = |b: usize| {
                b >= end
                    || self.is_punct(b, ',')
                    || (matches!(self.low(b), "in" | "on" | "at" | "during" | "after" | "before" | "from" | "via")
                        && (b..end).all(|x| self.is_word(x) && !self.has(x, F_CUE)))
            };
            // "opined the Plain Dealer": the verb first.
            let found = if verb(t) {
                self.right_np(t + 1, s1).filter(|&(_, b)| closes(b)).map(|r| ((t, t + 1), r))
            } else {
                // "Trump deadpanned": a name or pronoun, then the verb.
                // "an angry Hollande retaliated": a determiner and up to two adjectives may
                // come before the name.
                let mut n0 = t;
                if s.dets.contains(self.low(t)) && !self.is_cap(t) {
                    n0 = t + 1;
                    while n0 < t + 3 && self.is_word(n0) && !self.is_cap(n0) && !s.stop.contains(self.low(n0)) {
                        n0 += 1;
                    }
                }
                let np = if lx::PRONOUNS.contains(&self.low(t)) {
                    Some((t, t + 1))
                } else if let Some(v) =
                    (n0 > t + 1 && !self.is_cap(t + 1)).then(|| (t + 2..=n0.min(t + 3)).find(|&v| verb(v))).flatten()
                {
                    // "the email read", "the two write": a determiner and a common noun.
                    Some((t, v))
                } else if n0 > t + 1 {
                    self.cap_runs_iter(n0, end).next().filter(|r| r.0 == n0).map(|r| (t, r.1))
                } else {
                    self.cap_runs_iter(t, end)
                        .next()
                        .filter(|r| r.0 == t || (r.0 == t + 1 && s.dets.contains(self.low(t))))
                        .map(|r| (t, r.1))
                };
                // ("shot back": the particle is part of the verb.)
                let particle =
                    |b: usize| usize::from(matches!(self.low(b + 1), "back" | "out") && !self.in_quote(b + 1));
                np.filter(|&(_, b)| verb(b) && closes(b + 1 + particle(b)))
                    .map(|(a, b)| ((b, b + 1 + particle(b)), (a, b)))
            };
            if let Some((cue, subj)) = found {
                out.push(Anchor::new(si, cue, subj, self.subj_kind(subj), None));
            }
        }
    }

    /// Pushes `a`, as two anchors with its cue when it is a parenthetical (one for each side).
    fn push_split(&self, out: &mut Vec<Anchor>, a: Anchor, s0: usize, s1: usize) {
        match self.parenthetical(&a, s0, s1) {
            Some((before, after)) => {
                out.push(Anchor { content: Some(before), ..a.clone() });
                out.push(Anchor { content: Some(after), ..a });
            }
            None => out.push(a),
        }
    }

    /// "Any cleareyed reading of his actions, he said, would read this as …", "In the long run,
    /// he argued, this effect could ripple …": an attribution set off by commas inside the
    /// sentence it reports; what was said is both the part before it (when that part has no verb
    /// of its own) and the part after it. Returns the two content ranges.
    fn parenthetical(&self, a: &Anchor, s0: usize, s1: usize) -> Option<((usize, usize), (usize, usize))> {
        let s = sets();
        // The attribution block: "he said", "said one official", "according to X".
        let x = a.subj.0.min(a.cue.0);
        let y = if a.subj.1 > a.subj.0 { a.subj.1.max(a.cue.1) } else { a.cue.1 };
        if x <= s0 + 2 || !self.is_punct(x - 1, ',') || self.in_quote(x - 1) {
            return None;
        }
        let end = self.sent_end(s1);
        let c = self.skip_time_phrase(y, end);
        if !self.is_punct(c, ',') || self.in_quote(c) || self.words_in(c + 1, end) < 3 {
            return None;
        }
        // The part after the comma continues the sentence: it does not open with a conjunction,
        // an adverbial clause or a participle ("…, officials said, and would take a decade").
        let n = self.low(c + 1);
        // ("That is cause for celebration, he said, because Russians now live longer": the
        // reason goes on with what was said.)
        let reason = n == "because";
        if !self.is_word(c + 1)
            || self.in_quote(c + 1)
            || s.stop.contains(n) && !s.finite.contains(n) && !lx::PRONOUNS.contains(&n) && !reason
            || (n.ends_with("ing") && n.len() > 5)
            || matches!(n, "according" | "adding" | "noting" | "saying")
            // ("…, according to Canalys, a tech market analysis firm.": an appositive to the
            // source, a phrase without an auxiliary or a past form.)
            || (matches!(n, "a" | "an" | "the") && !(c + 1..end).any(|t| self.auxiliary_or_past(t)))
        {
            return None;
        }
        let st = self.after_dateline(s0, x - 1);
        let pre = (st, x - 1);
        if self.words_in(pre.0, pre.1) < 2 || (pre.0..pre.1).any(|t| self.in_quote(t) || self.has(t, F_CUE)) {
            return None;
        }
        // A part before with a verb of its own is a whole statement ("The plan would cost $5bn,
        // officials said, …"): the ordinary rules apply.
        let finite = (pre.0..pre.1).any(|t| {
            let w = self.low(t);
            s.finite.contains(w) || s.be.contains(w) || contracted_be(w).is_some()
        });
        if finite && !reason {
            return None;
        }
        Some((pre, (c + 1, end)))
    }

    /// "Trump leaned in and boomed: “Let’s defeat her in November.”", "Clinton addressed the
    /// supporters again: “…”": a quote introduced by a colon is said by the sentence's subject,
    /// whatever the verb before the colon, when no cue of the sentence already speaks there.
    fn colon_anchor(&self, si: usize, s0: usize, s1: usize, out: &mut Vec<Anchor>) {
        // The quote may open the next paragraph ("In a 1963 speech, he declared:" / "“It is
        // very appropriate …”"); it then continues this anchor's speaker.
        let opens_quote =
            |x: usize| self.toks.get(x).is_some_and(|t| matches!(t.kind, Kind::Mark { .. })) && self.in_quote(x);
        let Some(c) = (s0 + 2..s1).find(|&c| {
            self.is_punct(c, ':')
                && !self.in_quote(c)
                && (opens_quote(c + 1)
                    || (self.toks.get(c + 1).is_some_and(|t| t.kind == Kind::Para) && opens_quote(c + 2)))
        }) else {
            return;
        };
        if out.iter().rev().take_while(|a| a.sent == si).any(|a| a.cue.1 <= c + 1 && a.cue.0 + 8 >= c)
            || self.words_in(s0, c) < 3
        {
            return;
        }
        // The verb right before the colon is the cue ("boomed:"); a noun there ("his familiar
        // lines:") still makes the colon the cue.
        let verb = |x: usize| {
            self.is_word(x)
                && !self.is_cap(x)
                && (self.has(x, F_CUE) || self.low(x).ends_with("ed") || self.low(x).ends_with("ing"))
        };
        let cue0 = if verb(c - 1) { (c - 1, c) } else { (c, c + 1) };
        // ("The ad's narrator intones: “…”": a common noun phrase opening the sentence; its
        // last word, a present-tense verb, is the cue.)
        let np = || {
            let (a, b) = self.left_np(cue0.0, s0).filter(|&(a, _)| a == self.after_dateline(s0, cue0.0))?;
            let v = self.low(b - 1);
            if b == cue0.0 && b >= a + 3 && v.len() > 3 && v.ends_with('s') && !self.is_cap(b - 1) {
                Some(((a, b - 1), (b - 1, b)))
            } else {
                Some(((a, b), cue0))
            }
        };
        let Some((subj, cue)) =
            self.sentence_subject(s0, cue0.0).or_else(|| self.main_subject(s0, cue0.0)).map(|r| (r, cue0)).or_else(np)
        else {
            return;
        };
        if subj.1 > cue.0 || (subj.0..subj.1).any(|x| self.in_quote(x)) {
            return;
        }
        out.push(Anchor::new(si, cue, subj, self.subj_kind(subj), None));
    }

    /// The main clause's subject after an opening adverbial ("At a town hall in Salem, New
    /// Hampshire, Trump went after Bush, …"): the first name at the sentence start or after a
    /// comma that a lower-case verb follows.
    fn main_subject(&self, s0: usize, i: usize) -> Option<(usize, usize)> {
        let s = sets();
        self.cap_runs_iter(s0, i).find(|&(a, b)| {
            (a == s0 || self.is_punct(a - 1, ','))
                && !self.in_quote(a)
                && self.is_word(b)
                && !self.is_cap(b)
                && !s.preps.contains(self.low(b))
                && !s.dets.contains(self.low(b))
                && !s.stop.contains(self.low(b))
        })
    }

    /// The subject of the clause a trailing participle hangs on, read from the left: past an
    /// opening conjunction or adverb ("And then Trump went on the attack, saying …") and an
    /// opening adverbial closed by a comma ("When asked why, Sembler responded …"), the noun
    /// phrase up to its verb ("The attorney general of New York is suing …, claiming …").
    fn clause_head_subject(&self, s0: usize, i: usize) -> Option<((usize, usize), SubjKind)> {
        let s = sets();
        let mut st = self.after_dateline(s0, i);
        while st < i
            && self.is_word(st)
            && matches!(self.low(st), "and" | "but" | "then" | "so" | "yet" | "still" | "even" | "now" | "instead")
        {
            st += 1;
        }
        let opener = self.is_word(st)
            && (s.preps.contains(self.low(st))
                || ly_adverb(self.low(st))
                || lx::SUBORDINATORS.contains(&self.low(st))
                || matches!(self.low(st), "as" | "despite" | "perhaps")
                || (self.low(st).len() > 5 && self.low(st).ends_with("ing")));
        if opener && let Some(c) = (st..i.min(st + 14)).find(|&c| self.is_punct(c, ',')) {
            st = c + 1;
        }
        if st >= i || !self.is_word(st) || self.in_quote(st) {
            return None;
        }
        if lx::PRONOUNS.contains(&self.low(st)) {
            return Some(((st, st + 1), SubjKind::Pronoun));
        }
        // ("But some of his supporters remain reluctant …, often citing …".)
        if !(self.is_cap(st) || s.dets.contains(self.low(st)) || self.possessive(st) || self.has(st, F_QUANT)) {
            return None;
        }
        let mut b = st + 1;
        while b < i && b < st + 12 && self.is_word(b) && !self.in_quote(b) {
            let w = self.low(b);
            let verb = !self.is_cap(b)
                && (s.finite.contains(w)
                    || s.adverbs.contains(w)
                    || ly_adverb(w)
                    || self.has(b, F_CUE)
                    || (w.len() > 4 && w.ends_with("ed"))
                    || dossier_core::lexicon::is_irregular_past(w));
            if verb || matches!(w, "who" | "which" | "that") {
                break;
            }
            b += 1;
        }
        // The phrase must end at a verb, not run into the participle's comma.
        (b < i && self.is_word(b) && !self.is_cap(b)).then_some(((st, b), SubjKind::Phrase))
    }

    /// The subject ending right before `k`: a subject pronoun, else the noun phrase there.
    fn subject_ending_at(&self, k: usize, s0: usize) -> Option<Subject> {
        if k > s0 && lx::PRONOUNS.contains(&self.low(k - 1)) {
            Some(((k - 1, k), SubjKind::Pronoun))
        } else {
            self.left_np(k, s0).map(|r| (r, SubjKind::Phrase))
        }
    }

    /// After "made", "took" or "went": a set phrase of speech and what it reports, as (cue end,
    /// content). "made (it) clear (Monday) that …" reports the clause; "made comments about …",
    /// "made a plea for …", "took aim at …", "went after …" the object of the preposition.
    fn set_phrase(&self, i: usize, s1: usize) -> Option<(usize, (usize, usize))> {
        let end = self.sent_end(s1);
        let w = self.low(i);
        // "went after Clinton's record": the target.
        if matches!(w, "went" | "goes" | "go" | "going") {
            if self.low(i + 1) != "after" || self.in_quote(i + 1) || !self.is_word(i + 2) {
                return None;
            }
            // "went after dinner", "went after the vote": when, not whom.
            let h = if matches!(self.low(i + 2), "the" | "a" | "his" | "her" | "their") { i + 3 } else { i + 2 };
            if lx::is_day_word(self.low(h))
                || lx::is_time_unit(self.low(h).trim_end_matches('s'))
                || matches!(
                    self.low(h),
                    "dinner"
                        | "lunch"
                        | "breakfast"
                        | "meeting"
                        | "vote"
                        | "debate"
                        | "election"
                        | "speech"
                        | "event"
                        | "rally"
                        | "hearing"
                        | "midnight"
                        | "noon"
                        | "work"
                        | "school"
                        | "class"
                        | "game"
                        | "show"
                        | "primary"
                        | "caucus"
                        | "caucuses"
                        | "service"
                        | "ceremony"
                        | "funeral"
                        | "attack"
                )
            {
                return None;
            }
            let b = self.object_end(i, i + 2, self.clause_end(i + 2, end));
            return (self.words_in(i + 2, b) >= 1).then_some((i + 2, (i + 2, b)));
        }
        // "balked at accepting any", "pushing for new gun restrictions", "railed against the
        // deal": with its preposition the verb reports a stance, and the preposition belongs
        // to the cue, not to the content.
        if let Some(preps) = Self::stance_preps(w) {
            let p = self.low(i + 1);
            if !preps.contains(&p) || self.in_quote(i + 1) || !self.is_word(i + 2) {
                return None;
            }
            // ("voted to repeal": the infinitive is the content, as after "vowed".)
            let start = if p == "to" { i + 1 } else { i + 2 };
            let b = self.clause_end(i + 2, end);
            let b = if p == "to" { b } else { self.object_end(i, i + 2, b) };
            return (self.words_in(i + 2, b) >= 1).then_some((start, (start, b)));
        }
        // "took aim at", "took some shots at", "takes issue with", "took credit for".
        if matches!(w, "took" | "take" | "takes" | "taking") {
            let n = (i + 1..end.min(i + 4)).take_while(|&x| self.is_word(x) && !self.in_quote(x)).find(|&x| {
                matches!(
                    self.low(x),
                    "aim"
                        | "shots"
                        | "shot"
                        | "swipe"
                        | "swipes"
                        | "swing"
                        | "whack"
                        | "issue"
                        | "credit"
                        | "jab"
                        | "jabs"
                        | "potshots"
                        | "exception"
                )
            })?;
            if !matches!(self.low(n + 1), "at" | "with" | "for" | "to") || !self.is_word(n + 2) {
                return None;
            }
            let b = self.object_end(i, n + 2, self.clause_end(n + 2, end));
            return (self.words_in(n + 2, b) >= 1).then_some((n + 2, (n + 2, b)));
        }
        let clear = if self.low(i + 1) == "clear" {
            i + 1
        } else if self.low(i + 1) == "it" && self.low(i + 2) == "clear" {
            i + 2
        } else {
            0
        };
        if clear > 0 {
            let t = self.skip_time_phrase(clear + 1, end);
            if matches!(self.low(t), "that" | "he" | "she" | "they" | "we" | "i") && !self.in_quote(t) {
                let b = self.clause_end(t, end);
                return (self.words_in(t, b) >= 2).then_some((clear + 1, (t, b)));
            }
            return None;
        }
        // A speech noun within three words, then its preposition.
        let n = (i + 1..end.min(i + 5)).take_while(|&x| self.is_word(x) && !self.in_quote(x)).find(|&x| {
            matches!(
                self.low(x),
                "comments"
                    | "remarks"
                    | "statements"
                    | "allegations"
                    | "accusations"
                    | "plea"
                    | "call"
                    | "mention"
                    | "case"
                    | "argument"
                    | "pledge"
                    | "promise"
                    | "commitment"
                    | "secret"
                    | "appeal"
                    | "claims"
            )
        })?;
        let p = n + 1;
        if !matches!(self.low(p), "about" | "of" | "for" | "against" | "to" | "that" | "on") || self.in_quote(p) {
            return None;
        }
        let start = if self.low(p) == "that" { p } else { p + 1 };
        let b = self.clause_end(start, end);
        let b = if self.low(p) == "that" { b } else { self.object_end(i, start, b) };
        (self.words_in(start, b) >= 1).then_some((p + 1, (start, b)))
    }

    /// "Trump has been criticized by some of his rivals for failing to …", "Sanders was
    /// declared the winner in Rhode Island": a judgment passed on the passive subject. PolNeAR
    /// takes the subject and the judgment's complement as the content and the agent (if any) as
    /// the source; here the content is one span, from the subject to the clause's end. `be` is
    /// the form of "be" before the participle `i`.
    fn judgment_passive(&self, si: usize, i: usize, be: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let end = self.sent_end(s1);
        let (src, after) = if self.low(i + 1) == "by" {
            let (a, b) = self.right_np(i + 2, s1).or_else(|| self.right_np_any(i + 2, s1))?;
            ((a, b), b)
        } else {
            ((i, i), i + 1)
        };
        let v = self.before_auxiliaries(be, s0);
        let start = self.passive_subject_start(v, s0)?;
        let b = if after < end && self.is_word(after) { self.clause_end(after, end) } else { after };
        // ("The deal was criticized on Monday": with neither agent nor judgment, only that it
        // happened.)
        let bare = src.0 == src.1 && (b == after || self.only_circumstance(after, b));
        if bare || start >= v || self.mostly_quoted(start, b) || (start..v).any(|z| self.has(z, F_CUE)) {
            return None;
        }
        Some(Anchor::new(si, (i, i + 1), src, SubjKind::Phrase, Some((start, b))))
    }

    /// Idioms whose verb is a cue word but report nothing: phrasal verbs ("adding to his
    /// victories", "showed up"), a race won or run ("claimed the nomination", "seeking the
    /// presidency"), fillers ("you know,"), "found a way", "appeared with". Measured one by one
    /// on PolNeAR train false positives.
    fn idiom_without_report(&self, i: usize, s0: usize) -> bool {
        let w = self.low(i);
        // Phrasal verbs that report nothing: "adding to his victories", "showed up in 2008",
        // "signed up for coverage", "wasn't backing down"; and a poll's "support among".
        let n1 = self.low(i + 1);
        if (matches!(w, "adding" | "added" | "adds" | "add")
            && n1 == "to"
            && !matches!(self.low(i + 2), "that" | "this"))
            || (matches!(
                w,
                "showed" | "show" | "shows" | "showing" | "shown" | "signed" | "signing" | "sign" | "signs"
            ) && n1 == "up")
            || (matches!(w, "backing" | "backed" | "back" | "backs") && n1 == "down")
            || (matches!(w, "support" | "backing") && n1 == "among")
            // "officially claimed the nomination": won it; "has known Mr. Ryan for two
            // decades": an acquaintance; "will be decided by a runoff"; "(think Jimmy Carter)".
            || (matches!(w, "claimed" | "claims" | "claim" | "claiming")
                && (i + 1..i + 3).any(|x| {
                    matches!(self.low(x), "nomination" | "victory" | "win" | "title" | "seat" | "prize" | "crown")
                }))
            || (w == "known" && i > s0 && matches!(self.low(i - 1), "has" | "have" | "had" | "’ve" | "'ve"))
            || (w == "decided" && n1 == "by")
            // "who are also seeking the nomination": running for it; "backed away from".
            || (matches!(w, "seeking" | "seek" | "seeks" | "sought")
                && (i + 1..i + 4).any(|x| {
                    matches!(self.low(x), "nomination" | "presidency" | "office" | "reelection" | "re-election")
                }))
            || (matches!(w, "backed" | "backing" | "back" | "backs") && n1 == "away")
            // "you know, the ones who …": a filler; "insurance plans, and": a noun;
            // "the measure planned for this fall"; "felt the need to"; "conceding the race".
            || (w == "know" && i > s0 && self.low(i - 1) == "you" && self.is_punct(i + 1, ','))
            || (w == "plans" && self.is_punct(i + 1, ','))
            || (w == "planned" && n1 == "for")
            || (w == "felt" && n1 == "the" && self.low(i + 2) == "need")
            || (matches!(w, "conceding" | "conceded" | "concedes" | "concede") && n1 == "the" && self.low(i + 2) == "race")
            || (w == "think" && i > s0 && self.is_punct(i - 1, '('))
        {
            return true;
        }
        // "found a way to make it so", "helped found Fox News": no finding reported.
        if w == "found"
            && (matches!(self.low(i + 1), "ways" | "sanctuary" | "refuge")
                || (matches!(self.low(i + 1), "a" | "the" | "another") && self.low(i + 2) == "way")
                || (i > s0 && matches!(self.low(i - 1), "helped" | "help" | "helps" | "to")))
        {
            return true;
        }
        // "Warren appeared with Rachel Maddow", "appeared on Sunday news shows": showing up,
        // not seeming.
        if matches!(w, "appeared" | "appears" | "appear" | "appearing")
            && matches!(
                self.low(i + 1),
                "with" | "on" | "in" | "at" | "before" | "alongside" | "onstage" | "together" | "during" | "for"
            )
        {
            return true;
        }
        false
    }

    /// Where the passive subject ending at `v` begins: a subject pronoun (or "who") right before
    /// it, else the noun phrase ending there.
    fn passive_subject_start(&self, v: usize, s0: usize) -> Option<usize> {
        if v > s0 && matches!(self.low(v - 1), "he" | "she" | "they" | "it" | "we" | "i" | "who") {
            Some(v - 1)
        } else {
            self.left_np(v, s0).map(|(x, _)| x)
        }
    }

    /// Where the auxiliaries and adverbs before the passive's "be" (token `be`) begin: "has
    /// been", "will likely be"; the subject ends there.
    fn before_auxiliaries(&self, be: usize, s0: usize) -> usize {
        let mut v = be;
        // (The adverb list holds the auxiliaries and modals too.)
        while v > s0 + 1 && self.is_word(v - 1) && self.is_adverb(v - 1) {
            v -= 1;
        }
        v
    }

    /// A verb that reports after "went on to": a cue, a stance verb, or one of the verbs of
    /// naming and judging that PolNeAR marks there ("went on to endorse Ayotte", "went on to
    /// name cities"); "went on to win" reports nothing.
    fn reporting_verb(&self, x: usize) -> bool {
        self.has(x, F_CUE)
            || Self::stance_preps(self.low(x)).is_some()
            || matches!(
                self.low(x),
                "endorse"
                    | "promote"
                    | "ridicule"
                    | "name"
                    | "criticize"
                    | "attack"
                    | "mock"
                    | "praise"
                    | "describe"
                    | "list"
                    | "cite"
                    | "accuse"
                    | "compare"
                    | "thank"
                    | "question"
                    | "dismiss"
                    | "blast"
                    | "slam"
            )
    }

    /// The prepositions a stance verb reports with ("voted" → for / against / to), if `w` is one.
    fn stance_preps(w: &str) -> Option<&'static [&'static str]> {
        STANCE_VERBS.iter().find(|(forms, _)| forms.contains(&w)).map(|(_, preps)| *preps)
    }

    /// "Senate Republicans are confident that …", "Trump was quick to …", "critical of …": an
    /// attitude adjective after a form of "be" (adverbs between allowed) is the cue; the subject
    /// of "be" holds the attitude, and what follows the adjective's word is its content.
    fn adjective_anchor(&self, si: usize, i: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let s = sets();
        let w = self.low(i);
        let (_, words) = ATTITUDE_ADJECTIVES.iter().find(|(a, _)| *a == w)?;
        let next = self.low(i + 1);
        // "we are convinced this is the only country …": "that" may be left out.
        let bare_clause = words.contains(&"that")
            && matches!(next, "he" | "she" | "they" | "we" | "i" | "it" | "the" | "this" | "there")
            && !self.in_quote(i + 1);
        if !(words.contains(&next) || bare_clause) || self.in_quote(i) || self.is_cap(i) {
            return None;
        }
        let mut k = i;
        while k > s0 + 1 && self.is_word(k - 1) && (s.adverbs.contains(self.low(k - 1)) || ly_adverb(self.low(k - 1))) {
            k -= 1;
        }
        // (Or another copula: "came away convinced that", "remains skeptical of", "grew
        // worried that".)
        let copula = |b: usize| {
            s.be.contains(self.low(b))
                || matches!(
                    self.low(b),
                    "remain"
                        | "remains"
                        | "remained"
                        | "seem"
                        | "seems"
                        | "seemed"
                        | "appear"
                        | "appears"
                        | "appeared"
                        | "grew"
                        | "grown"
                        | "become"
                        | "became"
                        | "becomes"
                        | "feel"
                        | "feels"
                        | "felt"
                        | "away"
                )
        };
        let be = k.checked_sub(1).filter(|&b| b > s0 && copula(b))?;
        // ("came away": the verb before "away".)
        let be = if self.low(be) == "away" && be > s0 + 1 && matches!(self.low(be - 1), "came" | "come" | "comes") {
            be - 1
        } else if self.low(be) == "away" {
            return None;
        } else {
            be
        };
        let contracted = contracted_be(self.low(be)).is_some();
        let subj = if !s.be.contains(self.low(be)) && !contracted && !lx::PRONOUNS.contains(&self.low(be - 1)) {
            // Another copula: the clause's head subject ("McConnell met with her and came away
            // convinced …").
            self.clause_head_subject(s0, be).or_else(|| self.left_np(be, s0).map(|r| (r, SubjKind::Phrase)))?
        } else if !contracted {
            // "has often been critical of", "will be eager to": the subject ends before the
            // auxiliaries and adverbs.
            self.subject_ending_at(self.before_auxiliaries(be, s0), s0)?
        } else {
            return None;
        };
        let end = self.sent_end(s1);
        let start = if bare_clause || next == "that" || next == "to" { i + 1 } else { i + 2 };
        let b = self.clause_end(start, end);
        let b = if next == "of" || next == "about" { self.object_end(i, start, b) } else { b };
        let cue = if start == i + 1 { (i, i + 1) } else { (i, i + 2) };
        (self.words_in(start, b) >= 1).then(|| Anchor::new(si, cue, subj.0, subj.1, Some((start, b))))
    }

    /// "Trump's criticism of the deal", "his support for the wall", "Clinton's suggestion that
    /// …": a possessor (the source), an attribution noun, a preposition or "that", and the
    /// content: the clause after "that", else the noun phrase up to the first comma.
    fn nominal_anchor(&self, si: usize, i: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let mut p = i.checked_sub(1).filter(|&p| p >= s0 && self.is_word(p))?;
        // Up to two adjectives between the possessor and the noun ("Graham’s energetic
        // endorsement of Cruz", "his recent call to ban …").
        let mut adj = 0;
        while adj < 2
            && p > s0
            && self.is_word(p)
            && !self.is_cap(p)
            && !self.possessive(p)
            && !self.has(p, F_FUNC | F_CUE | F_NOUN)
            && self.is_word(p - 1)
        {
            p -= 1;
            adj += 1;
        }
        let pw = self.low(p);
        let (subj, kind) = if matches!(pw, "his" | "her" | "their" | "its") {
            ((p, p + 1), SubjKind::Pronoun)
        } else if self.possessive(p) && self.is_cap(p) {
            let mut a = p;
            while a > s0 && self.is_word(a - 1) && self.is_cap(a - 1) && !self.in_quote(a - 1) {
                a -= 1;
            }
            ((a, p + 1), SubjKind::Phrase)
        } else if BARE_NOMINAL.iter().any(|(n, preps)| *n == self.low(i) && preps.contains(&self.low(i + 1)))
            // ("the attacks on the airport", "terrorist attacks on soft targets": violence, not
            // words.)
            && !(i > s0
                && self.low(i) == "attacks"
                && matches!(
                    self.low(i - 1),
                    "the" | "terrorist" | "terror" | "violent" | "deadly" | "suicide" | "these" | "those" | "military"
                ))
        {
            // "has drawn criticism for the move", "complaints that the lines were too long":
            // these nouns report an attitude even with nobody named.
            p = i;
            ((i, i), SubjKind::Phrase)
        } else {
            return None;
        };
        if self.in_quote(p) {
            return None;
        }
        let prep = self.low(i + 1);
        let start = match prep {
            "that" => i + 1,
            "of" | "for" | "to" | "on" | "about" | "against" => i + 2,
            _ => return None,
        };
        let end = self.sent_end(s1);
        if start >= end || self.in_quote(start) && prep != "that" {
            return None;
        }
        let b = if prep == "that" {
            self.clause_end(start, end)
        } else {
            let mut b = start + 1;
            while b < end
                && !(!self.in_quote(b)
                    && (matches!(self.toks[b].kind, Kind::Punct(',' | ';' | '—' | '–' | '(' | ':'))
                        || matches!(
                            self.low(b),
                            "despite"
                                | "because"
                                | "although"
                                | "while"
                                | "which"
                                | "after"
                                | "before"
                                | "as"
                                | "since"
                                | "but"
                                | "is"
                                | "was"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "are"
                                | "were"
                        )
                        // "attacks on big banks and Wall Street executives": "and" joins nouns
                        // unless a verb or a pronoun subject follows it.
                        || (self.low(b) == "and" && {
                            let n = self.low(b + 1);
                            sets().finite.contains(n)
                                || sets().be.contains(n)
                                || matches!(n, "he" | "she" | "they" | "it" | "we" | "i")
                                || (n.len() > 4 && n.ends_with("ed") && !self.is_cap(b + 1))
                        })
                        // The sentence's verb after the phrase: "… endorsement of Cruz surprised".
                        || (!self.is_cap(b)
                            && self.low(b).len() > 4
                            && self.low(b).ends_with("ed")
                            && !sets().dets.contains(self.low(b - 1)))))
            {
                b += 1;
            }
            b
        };
        if self.words_in(start, b) == 0 || b - start > 25 {
            return None;
        }
        // A person's pronoun ("his", "her") resolves like "he"/"she"; "its"/"their" name groups.
        let kind = if matches!(pw, "its" | "their") { SubjKind::Phrase } else { kind };
        Some(Anchor { sent: si, cue: (i, i + 1), subj, kind, content: Some((start, b)), speaker: Speaker::default() })
    }

    fn sent_end(&self, s1: usize) -> usize {
        let mut e = s1;
        while e > 0
            && matches!(
                self.toks.get(e - 1).map(|t| t.kind),
                Some(Kind::Punct('.' | '!' | '?' | ',')) | Some(Kind::Para)
            )
        {
            e -= 1;
        }
        e
    }

    /// The tokens [x, y) are essentially one direct quote (so no separate reported speech).
    fn mostly_quoted(&self, x: usize, y: usize) -> bool {
        let words = self.words_in(x, y);
        let quoted = (x..y).filter(|&i| self.is_word(i) && self.in_quote(i)).count();
        words > 0 && quoted * 10 >= words * 7
    }

    /// Some word in [x, y) can be a finite verb: an auxiliary or modal, a past form, a
    /// negated contraction. Without one the words are a phrase ("The day after the primary",
    /// "His campaign manager"), not a clause anyone said.
    fn has_verb(&self, x: usize, y: usize) -> bool {
        (x..y).any(|i| {
            let w = self.low(i);
            self.is_word(i)
                && (self.auxiliary_or_past(i)
                    || w.ends_with("n't")
                    || w.ends_with("n’t")
                    || (w.len() > 3 && w.ends_with('s') && !self.is_cap(i) && !self.has(i, F_FUNC)))
        })
    }

    /// Token `i` is an auxiliary, a modal, a form of "be" or a past form: a verb beyond doubt,
    /// unlike an -s word ("analysis", "says").
    fn auxiliary_or_past(&self, i: usize) -> bool {
        let (s, w) = (sets(), self.low(i));
        s.finite.contains(w)
            || s.be.contains(w)
            || contracted_be(w).is_some()
            || (w.len() > 3 && w.ends_with("ed") && !self.is_cap(i))
            || dossier_core::lexicon::is_irregular_past(w)
    }

    /// `prev` is the subject of the last cue found earlier in this sentence: a coordinated cue
    /// ("Trump demands …, yet refuses …") shares it.
    fn anchor_at(
        &self,
        si: usize,
        i: usize,
        s0: usize,
        s1: usize,
        prev: Option<((usize, usize), SubjKind)>,
    ) -> Option<Anchor> {
        let s = sets();
        let w = self.low(i);
        // "battleground states (that will vote …)", "pledged delegates": a noun and an
        // adjective, unless a clause, a colon or a quote follows ("the report states that …").
        let next = self.low(i + 1);
        let relative = || {
            let v = self.low(i + 2);
            matches!(v, "will" | "would" | "have" | "has" | "had" | "are" | "were" | "is" | "was" | "can" | "could")
                || (v.len() > 4 && v.ends_with("ed"))
        };
        // "who spoke on (the) condition of anonymity", "speaking anonymously": how the source
        // talked to the reporter, not something it said.
        // "an email seeking comment", "requested comment from the agency": a reporter's request.
        if matches!(w, "seeking" | "sought" | "seeks" | "requesting" | "requested" | "asking")
            && matches!(self.low(i + 1), "comment" | "comments")
        {
            return None;
        }
        // "did not return calls seeking comment", "messages requesting comment": the reporter's
        // calls, a noun.
        if matches!(w, "calls" | "call" | "messages" | "emails" | "requests" | "inquiries")
            && matches!(self.low(i + 1), "seeking" | "requesting" | "for" | "asking")
            && (i + 2..i + 5).any(|x| matches!(self.low(x), "comment" | "comments"))
        {
            return None;
        }
        if self.idiom_without_report(i, s0) {
            return None;
        }
        // "did not respond to requests for comment": no statement at all.
        if matches!(w, "respond" | "responded" | "responds" | "responding" | "replied" | "reply")
            && self.low(i + 1) == "to"
            && (i + 2..i + 7).any(|x| self.low(x) == "comment")
        {
            return None;
        }
        // "who asked not to be named", "declined to be identified": a condition of the source.
        // ("to be named", from the word "to").
        let unnamed = |x: usize| {
            self.low(x) == "to"
                && self.low(x + 1) == "be"
                && matches!(self.low(x + 2), "named" | "identified" | "quoted")
        };
        // ("asked that only his first name be used", "requested that her name be withheld".)
        let name_withheld = matches!(w, "asked" | "requested")
            && self.low(i + 1) == "that"
            && (i + 2..i + 8).any(|x| matches!(self.low(x), "name" | "names"))
            && (i + 3..i + 11).any(|x| matches!(self.low(x), "used" | "published" | "withheld" | "identified"));
        if (matches!(w, "asked" | "requested" | "asking") && self.low(i + 1) == "not" && unnamed(i + 2))
            || (matches!(w, "declined" | "declining") && unnamed(i + 1))
            || name_withheld
        {
            return None;
        }
        if matches!(w, "spoke" | "speaking" | "speaks" | "talked" | "talking" | "asked" | "requested")
            && (matches!(next, "anonymously")
                || (matches!(next, "on" | "under")
                    && (self.low(i + 2) == "condition" || self.low(i + 3) == "condition")))
        {
            return None;
        }
        // "If he has fewer delegates when the primaries conclude, his campaign has argued …": a
        // verb closing an opening subordinate clause reports nothing; the main clause follows.
        let subordinate_open = || {
            let st = self.after_dateline(s0, i);
            lx::SUBORDINATORS.contains(&self.low(st)) && (st..i).all(|x| !self.is_punct(x, ',') && !self.in_quote(x))
        };
        if self.is_punct(i + 1, ',')
            && !self.toks.get(i + 2).is_some_and(|t| matches!(t.kind, Kind::Mark { .. }))
            && subordinate_open()
        {
            return None;
        }
        if w == "states" && !(next == "that" && !relative() || self.is_punct(i + 1, ':') || self.in_quote(i + 1))
            || w == "pledged" && next.starts_with("delegate")
        {
            return None;
        }
        // After an article, a possessive determiner or a number the word is a noun ("the
        // show", "38 percent support", "their views"), not a cue verb; but a share of voters
        // says things ("52 percent said they …"): speech verbs that are never nouns.
        if i > s0 && self.is_word(i - 1) {
            let p = self.low(i - 1);
            // (Not a year after "in": "An ad in 2008 questioned whether …".)
            let number = (p == "percent" || p.starts_with(|c: char| c.is_ascii_digit()))
                && !(lx::is_year(p) && i >= 2 && matches!(self.low(i - 2), "in" | "since" | "by" | "until"));
            // Poll findings: "4 in 10 want …", "52 percent think …" (verbs that are not nouns
            // after a number, unlike "38 percent support").
            let holds = matches!(
                w,
                "want"
                    | "think"
                    | "believe"
                    | "expect"
                    | "favor"
                    | "favour"
                    | "oppose"
                    | "prefer"
                    | "approve"
                    | "disapprove"
                    | "agree"
                    | "disagree"
                    | "feel"
                    | "hope"
                    | "trust"
                    | "worry"
            );
            // ("Twelve percent indicated that …": a past tense before its clause is a verb.)
            let past_clause = w.ends_with("ed")
                && (matches!(self.low(i + 1), "that" | "they" | "he" | "she" | "we" | "it")
                    || self.is_punct(i + 1, ','));
            let speaks =
                number && (holds || past_clause || (s.bare.contains(w) && !s.weak.contains(w) && !w.ends_with('s')));
            // After a possessor the word is a noun too ("the senator’s support for …"), unless
            // the "’s" is "is" ("he’s claiming").
            if self.possessive(i - 1) && contracted_be(p).is_none() && !w.ends_with("ing") {
                return None;
            }
            // "the number of reported cases", "those surveyed": a participle after "of" or a
            // demonstrative modifies or stands for a noun.
            if matches!(p, "of" | "these" | "those") && w.ends_with("ed") {
                return None;
            }
            // "the man suspected of killing …", "was accused of …": a participle or passive
            // naming a charge, not anyone's statement.
            if matches!(w, "suspected" | "accused" | "convicted" | "alleged") && self.low(i + 1) == "of" {
                return None;
            }
            if (determiner_word(p) || number) && !speaks {
                return None;
            }
            if w == "show" && self.show_is_noun(i, s0) {
                return None;
            }
            // "failed to include any mention of", "made calls to Iraqi politicians", "drew
            // criticism": after these determiners and light verbs the word is their noun object,
            // and the words before it are no speaker.
            if matches!(p, "any" | "no" | "every")
                || matches!(
                    p,
                    "made"
                        | "make"
                        | "makes"
                        | "making"
                        | "gave"
                        | "give"
                        | "gives"
                        | "giving"
                        | "drew"
                        | "draw"
                        | "draws"
                ) && !w.ends_with("ing")
            {
                return None;
            }
            // "Turkish support", "strong support", "draw support", "grassroots support": after an
            // adjective or a verb, a word that is also a noun is the noun.
            if matches!(w, "support" | "backing" | "criticism" | "opposition")
                && !self.is_cap(i - 1)
                && (matches!(
                    p,
                    "strong"
                        | "full"
                        | "broad"
                        | "wide"
                        | "growing"
                        | "grassroots"
                        | "draw"
                        | "drew"
                        | "draws"
                        | "lent"
                        | "lend"
                        | "win"
                        | "won"
                        | "rally"
                        | "rallying"
                        | "enough"
                        | "more"
                        | "less"
                        | "much"
                        | "little"
                        | "public"
                        | "popular"
                        | "bipartisan"
                        | "financial"
                        | "military"
                        | "political"
                        | "unconditional"
                        | "crucial"
                        | "key"
                        | "solid"
                        | "overwhelming"
                ) || p.ends_with("ish")
                    || p.ends_with("-level")
                    || (p.len() > 5 && p.ends_with("ing")))
            {
                return None;
            }
            // ("Nevada's strong support", "Turkish support": a capitalised adjective of origin.)
            if w == "support"
                && self.is_cap(i - 1)
                && (p.ends_with("ish") || p.ends_with("an") || p.ends_with("ese"))
                && i - 1 > s0
            {
                return None;
            }
        }
        // Skip adverbs and auxiliaries left of the cue.
        let mut k = i;
        let mut skipped = 0;
        while k > s0 && skipped < 4 && self.is_word(k - 1) {
            let p = self.low(k - 1);
            // Time words between subject and cue: "Feinstein last week said".
            let time = (lx::is_day_word(p)
                || lx::is_time_unit(p)
                || matches!(p, "however" | "last" | "earlier" | "later" | "too" | "meanwhile")
                // "who in 2010 said": a year and its preposition.
                || (lx::is_year(p) && self.low(k - 2) == "in")
                || (p == "in" && k < i && lx::is_year(self.low(k))))
                && k - 1 > s0
                && (self.is_word(k - 2) || self.is_punct(k - 2, ')'));
            // "The Kentucky Republican on Tuesday dismissed …".
            let time = time || (p == "on" && k < i && lx::is_weekday(self.low(k)));
            // "the president this week claimed …".
            let time = time || (matches!(p, "this" | "next") && k < i && lx::is_time_unit(self.low(k)));
            // "Petraeus a day later told", "Trump two weeks ago said": a span of time before
            // "later"/"ago".
            let span_of_time = k < i
                && matches!(self.low(k), "later" | "ago" | "earlier")
                && (lx::is_time_unit(p) || p.strip_suffix('s').is_some_and(lx::is_time_unit))
                && k >= s0 + 3;
            if span_of_time {
                let q = self.low(k - 2);
                let counted = matches!(q, "a" | "an" | "one" | "two" | "three" | "few" | "several")
                    || q.starts_with(|c: char| c.is_ascii_digit());
                k -= if counted { 2 } else { 1 };
                skipped += 1;
                continue;
            }
            // A capitalised -ly word opening the sentence right before its verb is a name
            // ("Kelly said", "Connolly has told"), not an adverb: nothing would be left to speak.
            let adverb = s.adverbs.contains(p) || (ly_adverb(p) && !(self.is_cap(k - 1) && k - 1 == s0));
            // "Lewandowski continued to say …", "began to argue": the aspect verb and "to"
            // stand between the subject and the cue.
            if p == "to"
                && k == i
                && k >= s0 + 3
                && (matches!(
                    self.low(k - 2),
                    "continued" | "continues" | "continue" | "began" | "begins" | "begin" | "started" | "starts"
                ) || CONTROL_BEFORE_TO.contains(&self.low(k - 2)))
            {
                k -= 2;
                // ("went out of his way to say": the idiom's verb follows the subject.)
                if self.low(k) == "way"
                    && k >= s0 + 5
                    && matches!(self.low(k - 1), "his" | "her" | "their" | "its" | "our" | "my")
                    && self.low(k - 2) == "of"
                    && self.low(k - 3) == "out"
                {
                    k -= 4;
                }
                // ("are more likely to say", "has continued to say": auxiliaries and degree
                // words before the frame.)
                let mut n = 0;
                while n < 3
                    && k > s0 + 1
                    && (s.be.contains(self.low(k - 1))
                        || matches!(self.low(k - 1), "has" | "have" | "had" | "more" | "less" | "most" | "very"))
                {
                    k -= 1;
                    n += 1;
                }
                skipped += 1;
                continue;
            }
            // "Clinton has since said …": "since" after a perfect auxiliary is an adverb.
            let adverb = adverb || (p == "since" && k >= 2 && matches!(self.low(k - 2), "has" | "have" | "had"));
            // "Trump and Sanders have both argued", "they all said": a floating quantifier.
            let adverb = adverb
                || (matches!(p, "both" | "all" | "each")
                    && k >= s0 + 2
                    && self.is_word(k - 2)
                    && !self.in_quote(k - 2)
                    && !s.dets.contains(self.low(k - 2))
                    && !s.preps.contains(self.low(k - 2)));
            if (adverb && (!self.is_cap(k - 1) || k - 1 == s0)) || time {
                k -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        // "Some lawmakers, though, have claimed": a discourse adverb set off by commas stands
        // between the subject and the cue.
        // Also a set phrase: "Supporters of abortion rights, on the other hand, argued …".
        let discourse_phrase = || {
            const PHRASES: &[&str] = &[
                "on the other hand",
                "in turn",
                "for their part",
                "for his part",
                "for her part",
                "for its part",
                "in fact",
                "of course",
                "in particular",
                "at the same time",
                "in contrast",
                "by contrast",
                "in response",
            ];
            (3..=5).find(|&n| {
                k >= s0 + n + 2
                    && self.is_punct(k - 1, ',')
                    && self.is_punct(k - n - 1, ',')
                    && (k - n..k - 1).all(|x| self.is_word(x))
                    && PHRASES.iter().any(|p| {
                        p.split(' ').count() == n - 1 && p.split(' ').zip(k - n..k - 1).all(|(w, x)| self.low(x) == w)
                    })
            })
        };
        if let Some(n) = discourse_phrase() {
            k -= n + 1;
        } else if k >= s0 + 4
            && self.is_punct(k - 1, ',')
            && self.is_punct(k - 3, ',')
            && matches!(self.low(k - 2), "though" | "however" | "meanwhile" | "too" | "instead" | "moreover" | "also")
        {
            k -= 3;
            while k > s0 && skipped < 6 && self.is_word(k - 1) && s.adverbs.contains(self.low(k - 1)) {
                k -= 1;
                skipped += 1;
            }
        }
        // "was told" is a passive; "is outlining", "would be praising" are progressives with
        // the subject further left.
        // "He’s claiming that …": the pronoun and "is" in one token.
        let contracted = k > s0 && w.ends_with("ing") && contracted_be(self.low(k - 1)).is_some();
        let mut passive = k > s0 && s.be.contains(self.low(k - 1));
        if passive && w.ends_with("ing") {
            passive = false;
            k -= 1;
            while k > s0
                && (s.adverbs.contains(self.low(k - 1)) || s.be.contains(self.low(k - 1)))
                && self.is_word(k - 1)
            {
                k -= 1;
            }
        }
        // "It was reported that …", "it is believed that …": reported speech with no source.
        if passive
            && k >= s0 + 2
            && self.low(k - 2) == "it"
            && self.low(i + 1) == "that"
            && matches!(
                w,
                "said"
                    | "reported"
                    | "believed"
                    | "thought"
                    | "alleged"
                    | "feared"
                    | "estimated"
                    | "announced"
                    | "expected"
            )
        {
            let content =
                self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
            return content.map(|c| Anchor::new(si, (i, i + 1), (i, i), SubjKind::Phrase, Some(c)));
        }
        // (Only as passives: "I have seen the report" is no attribution.)
        if !passive && matches!(w, "seen" | "regarded" | "perceived") {
            return None;
        }
        // "Rubio is (widely) seen as the candidate …", "was seen by some as a demotion": how
        // the subject is perceived; the subject and the "as" phrase are the content, the agent
        // (if any) the source.
        if passive && matches!(w, "seen" | "viewed" | "regarded" | "perceived") {
            let end = self.sent_end(s1);
            let (src, as_at) = if self.low(i + 1) == "as" {
                ((i, i), Some(i + 1))
            } else if self.low(i + 1) == "by"
                && let Some((a, b)) = self.right_np_any(i + 2, s1)
            {
                let a_end = (a..b).find(|&x| self.low(x) == "as").unwrap_or(b);
                ((a, a_end), (self.low(a_end) == "as").then_some(a_end))
            } else {
                ((i, i), None)
            };
            let as_at = as_at?;
            let b = self.clause_end(as_at, end);
            let be = k - 1;
            let start = self.subject_ending_at(be, s0).map_or(be, |((x, _), _)| x);
            if start < be && self.words_in(as_at + 1, b) >= 1 && !self.mostly_quoted(start, b) {
                return Some(Anchor::new(si, (i, i + 1), src, SubjKind::Phrase, Some((start, b))));
            }
            return None;
        }
        // "X is said to have …", "is believed to be …": like "expected to", the source unnamed.
        let raising = matches!(w, "said" | "believed" | "thought" | "alleged" | "reported" | "feared");
        if passive && (raising || matches!(w, "expected" | "likely" | "poised" | "set")) && self.low(i + 1) == "to" {
            // "Trump is expected to deliver a victory speech": an attribution with no source;
            // the content is the subject and the infinitive (one span from the subject on).
            let end = self.sent_end(s1);
            let b = self.clause_end(i + 1, end);
            if self.words_in(i + 2, b) >= 2 && !self.mostly_quoted(i + 1, b) {
                let start = self.passive_subject_start(k - 1, s0).unwrap_or(i + 1);
                return Some(Anchor::new(si, (i, i + 1), (i, i), SubjKind::Phrase, Some((start, b))));
            }
            return None;
        }
        if passive {
            // "The meeting was first reported by Politico": the agent is the speaker and the
            // passive subject what it reported.
            // Any nominal agent counts ("was supported by overwhelming majorities of …").
            // "was asked by a caller why …" puts a question.
            if w == "asked"
                && let Some(a) = self.unsourced_question(si, i, s1)
            {
                return Some(a);
            }
            if PASSIVE_JUDGMENTS.contains(&w)
                && let Some(a) = self.judgment_passive(si, i, k - 1, s0, s1)
            {
                return Some(a);
            }
            if self.low(i + 1) == "by"
                && let Some((a, b)) = self.right_np(i + 2, s1).or_else(|| self.right_np_any(i + 2, s1))
            {
                let content = self
                    .left_np(self.before_auxiliaries(k - 1, s0), s0)
                    .filter(|&(x, y)| !self.mostly_quoted(x, y) && !(x..y).any(|z| self.has(z, F_CUE)));
                return Some(Anchor::new(si, (i, i + 1), (a, b), SubjKind::Phrase, content));
            }
            return self.unsourced_question(si, i, s1);
        }
        // "…, she said when asked whether she would run": the asker goes unnamed.
        if k > s0
            && matches!(self.low(k - 1), "when" | "while" | "after" | "once" | "if" | "being")
            && let Some(a) = self.unsourced_question(si, i, s1)
        {
            return Some(a);
        }
        let mut subj = None;
        // The subject is shared with an earlier verb ("…, and said …"): it is not next to this
        // cue, so nothing before it is this cue's content.
        let mut coordinated = false;
        if contracted {
            subj = Some(((k - 1, k), SubjKind::Pronoun));
        } else if k > s0 + 2 && matches!(self.low(k - 1), "and" | "but" | "yet") && !self.in_quote(k - 1) {
            coordinated = true;
            // "Clinton celebrated …, and said …": the earlier cue's subject, else the sentence's.
            // ("Some senators vented about Sanders and said that …": a common-noun subject.)
            subj = prev.or_else(|| {
                matches!(self.low(k - 1), "and" | "but")
                    .then(|| {
                        self.sentence_subject(s0, k - 1)
                            .map(|r| (r, SubjKind::Phrase))
                            .or_else(|| self.clause_head_subject(s0, k - 1))
                    })
                    .flatten()
            });
        } else if k > s0 && self.is_word(k - 1) && lx::PRONOUNS.contains(&self.low(k - 1)) {
            subj = Some(((k - 1, k), SubjKind::Pronoun));
        } else if k > s0 + 2
            && matches!(self.low(k - 1), "that" | "which")
            && !self.in_quote(k - 1)
            && self.is_word(k - 2)
            && !self.has(k - 2, F_CUE | F_FUNC | F_PART)
            && !s.adverbs.contains(self.low(k - 2))
            && let Some(np) = self.left_np(k - 1, s0)
        {
            // "an organization that endorsed Sanders": the noun phrase before the relative
            // pronoun (where the attribution mentions it, like "who").
            subj = Some((np, SubjKind::Phrase));
        } else if k > s0 + 1 && matches!(self.low(k - 1), "who" | "which") && self.is_punct(k - 2, ',') {
            subj = self.left_np(k - 2, s0).map(|(a, b)| {
                let runs = self.cap_runs(a, b);
                match runs.last() {
                    Some(&(ra, rb)) if rb == b => ((ra, rb), SubjKind::Phrase),
                    _ => ((a, b), SubjKind::Phrase),
                }
            });
        } else if let Some(kc) = self.cue_comma(k, s0) {
            // "Flynn, a top Trump surrogate, said" and longer appositives with commas inside
            // ("Paul Porter, a truck driver from Ava, Mo., who …, said"): try each earlier
            // comma, nearest first, for a name before it and an appositive after it.
            let lo = kc.saturating_sub(40).max(s0);
            // (A speech verb whose source may follow it: "said", "told".)
            let invertible = s.invertible.contains(w);
            let mut j = kc;
            while j > lo {
                j -= 1;
                // A short quoted name inside the appositive ("the hacker known as “Guccifer,”")
                // is skipped; a longer quote ends the search.
                if let Some(m) = self.quote_at(j)
                    && self.words_in(m.open, m.close) <= 3
                    && m.open > lo
                {
                    j = m.open;
                    continue;
                }
                if self.in_quote(j) || matches!(self.toks[j].kind, Kind::Para | Kind::Mark { .. }) {
                    break;
                }
                if !self.is_punct(j, ',') {
                    continue;
                }
                let app0 = j + 1;
                if app0 >= kc {
                    continue;
                }
                // "In nearby Decatur, the plant is under pressure from imports, said its chief
                // executive": a finite verb between the commas makes a clause, not an appositive;
                // no earlier comma can give one either (the source follows the cue).
                // (Only for a verb whose source may follow it ("said", "told"); not for "a lawyer
                // who has represented him", "speaking … because they were not authorized", "as
                // he has in the past", "asked whether he would …": a participle, or a relative,
                // subordinate or question clause inside.)
                let clause = invertible
                    && !self.low(app0).ends_with("ing")
                    && !self.low(app0).ends_with("ed")
                    && (app0..kc)
                        .take_while(|&x| {
                            let v = self.low(x);
                            !matches!(
                                v,
                                "who" | "which" | "that" | "whose" | "whom" | "where" | "whether" | "what" | "how"
                            ) && !lx::SUBORDINATORS.contains(&v)
                        })
                        .any(|x| self.is_word(x) && !self.in_quote(x) && s.finite.contains(self.low(x)));
                if clause {
                    break;
                }
                // ("Arturo Sarukhan, Mexico's ambassador to the United States, said": a
                // possessor opens the appositive too.)
                // ("Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party and state.)
                let party = |x: usize| {
                    let w = self.slice(x, x + 1).as_bytes();
                    w.len() >= 3 && matches!(w[0], b'D' | b'R' | b'I') && w[1] == b'-' && w[2].is_ascii_uppercase()
                };
                let app_ok = s.dets.contains(self.low(app0))
                    || !self.is_cap(app0)
                    || s.titles.contains(self.low(app0))
                    || self.possessive(app0)
                    // ("the Democratic Congressional Campaign Committee, House Democrats’
                    // campaign arm, announced": a capitalised possessor.)
                    || (app0 + 1 < kc.min(app0 + 3) && (app0 + 1..kc.min(app0 + 3)).any(|x| self.possessive(x)))
                    || party(app0)
                    || (app0..kc).all(|x| self.is_cap(x) || !self.is_word(x));
                // "Rep. Sander M. Levin (Mich.), a superdelegate, said": the name before the
                // bracket.
                let np_end = if j > s0 + 2 && self.is_punct(j - 1, ')') {
                    (j.saturating_sub(10).max(s0)..j - 1).rev().find(|&x| self.is_punct(x, '(')).unwrap_or(j)
                } else {
                    j
                };
                // "Several candidates, including Trump, said": a quantified group with its
                // members named after it.
                let members = matches!(self.low(app0), "including" | "among" | "such" | "like");
                let name_app = (app0..kc).all(|x| self.is_cap(x) || is_particle(self.low(x))) && kc - app0 <= 4;
                // ("A spokeswoman for the Pentagon, Lt. Col. Jane Doe, said": a titled name.)
                let titled =
                    s.titles.contains(self.low(app0).trim_end_matches('.')) || s.titles.contains(self.low(app0));
                // ("In Nogales, Barbara Gudenkauf, said": after an opening place or time phrase
                // the name is the subject.)
                let opener = s.preps.contains(self.low(s0)) && !(s0..j).any(|x| self.is_punct(x, ','));
                if name_app && j > s0 && (!self.is_cap(j - 1) || titled || opener) {
                    // "the witness, Paul Grant, said": the name in apposition speaks.
                    // ("…, his top aide, Tad Devine, told The Huffington Post": after a clause
                    // and its comma, the role and the name are the subject, and the clause is
                    // what was said.)
                    let head = self.left_np(j, s0).filter(|&(ha, hb)| {
                        hb == j
                            && ha > s0 + 1
                            && self.is_punct(ha - 1, ',')
                            && self.words_in(s0, ha - 1) >= 4
                            && invertible
                    });
                    subj = Some((head.map_or((app0, kc), |(ha, _)| (ha, kc)), SubjKind::Phrase));
                    break;
                }
                if app_ok
                    && let Some(r) = self.left_np(np_end, s0).filter(|&(a, b)| {
                        // "The poll, released Wednesday by …, showed": a determined document,
                        // organisation or role head speaks like a name ("Powell’s office" too).
                        if party(a) {
                            return false;
                        }
                        let head = self.low(b - 1);
                        let determined = s.dets.contains(self.low(a)) || self.possessive(a);
                        (self.is_cap(b - 1) && (self.is_cap(a) || s.dets.contains(self.low(a))))
                            || (determined
                                && (s.docs.contains(head) || s.orgs.contains(head) || s.titles.contains(head)))
                            || (members
                                && (determined || self.has(a, F_QUANT))
                                && head.ends_with('s'))
                            // "The employee, a registered Republican who …, said": an indefinite
                            // description in apposition makes a determined noun phrase a
                            // person, before a speech verb.
                            || (determined && matches!(self.low(app0), "a" | "an") && invertible)
                            // "Republican lawmakers, who are close to the industry, have vowed":
                            // a "who" appositive makes any noun phrase a speaker, and so does a
                            // "who"/"whose" one a determined noun ("the man, whose name wasn't
                            // given, told Watania 1 TV").
                            || (self.low(app0) == "who" && s_form(head))
                            || (matches!(self.low(app0), "who" | "whose") && determined && invertible)
                            // "Two U.S. officials, speaking on condition of anonymity, said".
                            || ((self.has(a, F_QUANT)
                                || self.low(a).starts_with(|c: char| c.is_ascii_digit()))
                                && s_form(head))
                    })
                {
                    subj = Some((r, SubjKind::Phrase));
                    break;
                }
            }
        } else if k > s0 + 2 && self.is_punct(k - 1, ')') {
            // "Sen. Bernie Sanders (I-Vt.) said": skip the parenthesis.
            // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a
            // junior staffer) says": an aside may be long.)
            let open = (k.saturating_sub(25).max(s0)..k - 1).rev().find(|&x| self.is_punct(x, '('));
            subj = open.and_then(|o| self.left_np(o, s0)).map(|r| (r, SubjKind::Phrase));
        } else if k > s0 + 2 && self.is_dash(k - 1) {
            // "The justice -- who has been in a scuffle with the nominee -- said", "GOP insiders
            // — and two-thirds of Republicans — said": skip the dashed aside.
            let lo = (k - 1).saturating_sub(30).max(s0 + 1);
            // (A short quote inside the aside is part of it: "- a business pitched as “the
            // ultimate destination” -".)
            let short_quote = |x: usize| {
                self.quote_at(x).is_some_and(|m| m.open > lo && m.close < k - 1 && self.words_in(m.open, m.close) <= 8)
            };
            let open =
                (lo..k - 2).rev().take_while(|&x| !self.in_quote(x) || short_quote(x)).find(|&x| self.is_dash(x));
            subj = open
                .map(|o| if self.is_dash(o - 1) { o - 1 } else { o })
                .filter(|&o| o > s0)
                .and_then(|o| self.left_np(o, s0))
                .map(|r| (r, SubjKind::Phrase));
        } else if k > s0 + 1 && self.low(k - 1) == "who" {
            // "voters who said …": "who" stands for the phrase before it.
            subj = Some(((k - 1, k), SubjKind::Phrase));
        } else {
            subj = self.left_np(k, s0).map(|r| (r, SubjKind::Phrase));
            // "A UN report released Thursday estimated": the participle before a skipped time
            // phrase modifies the subject; it is not part of its name.
            if k < i
                && let Some(((a, b), kind)) = subj
                && b - a >= 3
                && !self.is_cap(b - 1)
                && matches!(self.low(b - 1), "released" | "published" | "issued" | "conducted" | "posted" | "filed")
            {
                subj = Some(((a, b - 1), kind));
            }
        }
        if subj.is_none() && !s.weak.contains(w) {
            // "…, said Brian Baker, an adviser." after a plain clause: the name after the cue
            // speaks, so the clause before the comma is not a subject but the content.
            if s.bare.contains(w) && !self.inverted_source(i, k, s0, s1) {
                subj = self.clause_subject(k, s0).map(|r| (r, SubjKind::Phrase));
            } else if k > s0 && self.is_word(k - 1) {
                // Other cues only with the sentence's opening phrase as subject ("Sanders’
                // campaign called …"); after a comma, "called" may be a participle ("a plan,
                // called …").
                subj = self.clause_subject(k, s0).filter(|&(a, _)| a == s0).map(|r| (r, SubjKind::Phrase));
            }
        }
        // "…, teachers and union officials told POLITICO": a subject coordinated with "and"
        // or "or" right after a comma is one subject, so what comes before the comma is what
        // they said ("…, campaign and corporate records show" too). (Only for a speech verb
        // with little after it: "…, Britain and France support some opposition groups" is a
        // list of subjects.)
        if let Some(((a, b), SubjKind::Phrase)) = subj
            && a > s0 + 2
            && matches!(self.low(a - 1), "and" | "or")
            && (s.invertible.contains(w) || (matches!(w, "show" | "showed" | "shows") && s_form(self.low(b - 1))))
            && self.words_in(i + 1, self.sent_end(s1)) <= 3
            && !self.in_quote(a - 1)
            && let Some(c) = (a.saturating_sub(6).max(s0)..a - 1).rev().find(|&x| !self.is_word(x))
            && self.is_punct(c, ',')
            && c + 1 < a - 1
            && (c + 1..a - 1).all(|x| {
                let v = self.low(x);
                !self.in_quote(x) && !self.has(x, F_CUE | F_FUNC) && !s.finite.contains(v) && !s.be.contains(v)
            })
        {
            subj = Some(((c + 1, b), SubjKind::Phrase));
        }
        // "…, a charge the US denies.": the writer's noun is not part of the subject; what
        // is denied is the clause before the comma.
        let mut charge_comma = None;
        if let Some(((a, b), kind)) = subj
            && b - a >= 3
            && a > s0 + 2
            && self.is_punct(a - 1, ',')
            && matches!(self.low(a), "a" | "an")
            && matches!(self.low(a + 1), "claim" | "charge" | "allegation" | "accusation" | "assertion" | "view")
        {
            let st = if self.low(a + 2) == "that" { a + 3 } else { a + 2 };
            if st < b {
                subj = Some(((st, b), kind));
                charge_comma = Some(a - 1);
            }
        } else if let Some(((a, b), kind)) = subj
            && b - a >= 3
            && a > s0 + 2
            && self.is_punct(a - 1, ',')
            && matches!(self.low(a), "a" | "an")
            && self.is_word(a + 1)
            && !self.is_cap(a + 1)
            && !self.has(a + 1, F_FUNC)
            && matches!(self.low(a + 2), "the" | "his" | "her" | "their" | "its")
            && self.words_in(i + 1, self.sent_end(s1)) > 0
        {
            // "…, a decision the administration said it would appeal": the writer's noun heads
            // a relative clause; the speaker is the subject after it.
            subj = Some(((a + 2, b), kind));
        }
        // "the Peshmerga needed support.": a subject ending in a past-tense verb is a clause,
        // and the cue word after it a noun.
        if let Some(((a, b), SubjKind::Phrase)) = subj
            && b == k
            && b > a + 1
            && !self.is_cap(b - 1)
            && (self.low(b - 1).ends_with("ed") || dossier_core::lexicon::is_irregular_past(self.low(b - 1)))
            && self.words_in(i + 1, self.sent_end(s1)) == 0
        {
            return None;
        }
        if let Some(((a, b), kind)) = subj {
            if a > s0 && self.low(a - 1) == "what" {
                return None;
            }
            if let Some(c) = charge_comma
                && self.words_in(s0, c) >= 3
            {
                // "Lawyers have argued that he is immune, a claim the judge rejected": what was
                // rejected is the claim, the clause after the first cue's "that".
                let st = self.after_dateline(s0, c);
                let st = (st + 1..c)
                    .find(|&x| self.low(x) == "that" && self.has(x - 1, F_CUE) && !self.in_quote(x))
                    .filter(|&x| self.words_in(x + 1, c) >= 2)
                    .map_or(st, |x| x + 1);
                return Some(Anchor::new(si, (i, i + 1), (a, b), kind, Some((st, c))));
            }
            // "In a Facebook message posted Friday, Cruz said …": a noun after a preposition is
            // no subject, and the verb after it a participle modifying it.
            if kind == SubjKind::Phrase
                && a > s0
                && matches!(self.low(a - 1), "in" | "on" | "at")
                && w.ends_with("ed")
                && (s.docs.contains(self.low(b - 1))
                    || matches!(
                        self.low(b - 1),
                        "message" | "post" | "interview" | "speech" | "video" | "letter" | "column"
                    ))
            {
                return None;
            }
            if !self.speech_sense(i, k, (a, b), kind, s1) {
                return None;
            }
            if s.weak.contains(w)
                && kind == SubjKind::Phrase
                && !self.is_cap(b - 1)
                && !self.is_cap(a)
                && !s.dets.contains(self.low(a))
            {
                return None;
            }
            // Content: after the cue, unless the subject follows a quote or the cue ends the
            // sentence ("…, officials said on Monday.").
            let before_subj = if a > s0 { a - 1 } else { a };
            let close = if self.is_close_mark(before_subj) { before_subj } else { before_subj.saturating_sub(1) };
            let after_quote = a > s0
                && (self.is_close_mark(before_subj)
                    || (self.is_punct(before_subj, ',') && before_subj > s0 && self.is_close_mark(before_subj - 1)));
            // A short title in quotes after other words ("on Fox News’ “Sunday Morning
            // Futures,” Issa said …") is not what the cue attributes; a short quote opening the
            // sentence is ("“It’s over,” he said").
            let after_quote = after_quote
                && self.quote_at(close).is_some_and(|m| {
                    (self.words_in(m.open, m.close) >= 4 && !self.named_title(m))
                        || (s0..m.open).all(|x| !self.is_word(x))
                });
            let end = self.sent_end(s1);
            let tail_words = self.words_in(i + 1, end);
            // (Not the "that" of another cue: "told reporters, adding that …".)
            let tail_has_that = (i + 1..end.min(i + 8)).any(|x| {
                self.low(x) == "that" && !(i + 1..x).any(|y| self.has(y, F_CUE | F_PART) && !self.in_quote(y))
            });
            // A name in apposition ("A spokeswoman for the Pentagon, Lt. Col. Jane Doe, said"):
            // the words before it are its head, not what was said.
            let appositive = k > a && b + 1 == k && self.is_punct(b, ',') && !(a..b).any(|x| self.is_punct(x, ','));
            let comma_before = a > s0 && self.is_punct(a - 1, ',') && !appositive;
            let pre_words = self.words_in(s0, a);
            // ("Sales were great, he said, wiping …": three words with a verb are a clause.)
            let pre_ok = pre_words >= 4
                || (pre_words == 3 && (s0..a).any(|x| s.be.contains(self.low(x)) || s.finite.contains(self.low(x))));
            // A tail opening with a subject pronoun is a clause of its own ("Asked about …,
            // Warren said she would decide later"), not a trailing time phrase.
            // So is a tail with a finite auxiliary or modal near its start ("Speaking to
            // reporters, the senator said the bill would pass").
            // A verb inside a relative clause of an appositive does not count ("…, Sanders
            // said, a policy that could …").
            let tail_clause = (matches!(self.low(i + 1), "he" | "she" | "they" | "it" | "we" | "i")
                || (i + 2..end.min(i + 7)).any(|x| {
                    s.finite.contains(self.low(x))
                        && !self.in_quote(x)
                        && !(i + 1..x).any(|y| matches!(self.low(y), "that" | "which" | "who" | "whose"))
                }))
                && !self.in_quote(i + 1)
                // ("…, many economists say, because there is …": the subordinate clause after
                // the comma is not what they say.)
                && !(self.is_punct(i + 1, ',') && lx::SUBORDINATORS.contains(&self.low(i + 2)))
                && !self.is_dash(i + 1);
            // "…, top lawmakers said Friday, as they bristled at …": after the cue and a time
            // phrase, the sentence ends or a comma opens an adverbial, so nothing is reported
            // forward.
            let t = self.skip_time_phrase(i + 1, end);
            // ("said Tuesday in Paris, noting …": a venue may follow the time; "she said in a
            // video message to the convention.": or close the sentence.)
            let t = if matches!(self.low(t), "in" | "on" | "at" | "during")
                && !self.in_quote(t)
                && let Some(c) =
                    (t..end.min(t + 10)).find(|&x| self.is_punct(x, ',')).or((end <= t + 10).then_some(end))
                && (t..c).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
            {
                c
            } else {
                t
            };
            // (", a policy that could …": an indefinite appositive comments on the statement.)
            // ("…, Clinton allies believe — backers she will need": an aside after a dash.)
            let tail_adverbial = t >= end
                || self.is_dash(t)
                || (self.is_punct(t, ',') && matches!(self.low(t + 1), "a" | "an"))
                || (self.is_punct(t, ',')
                    && (matches!(
                        self.low(t + 1),
                        "as" | "while"
                            | "after"
                            | "when"
                            | "because"
                            | "before"
                            | "since"
                            | "though"
                            | "although"
                            | "even"
                            | "but"
                            | "in"
                            | "on"
                            | "at"
                            | "during"
                            | "according"
                    ) || (self.low(t + 1).len() > 5 && self.low(t + 1).ends_with("ing"))));
            // "Outright victory is vital, he said after meeting Trump aides, because …": a
            // subordinate clause right after the cue is the circumstance of saying, even with a
            // verb of its own.
            let sub_tail = !self.in_quote(t)
                && matches!(
                    self.low(t),
                    "after" | "before" | "while" | "when" | "as" | "because" | "during" | "following" | "since"
                );
            // "…, Donald Trump will insist on being Donald Trump": a modal before the cue makes
            // it the clause's own verb, not an attribution of what came before.
            let modal = (k..i).any(|x| {
                matches!(self.low(x), "will" | "would" | "must" | "should" | "can" | "could" | "may" | "might")
            });
            // "the candidate said no", "Cruz apparently thinks so, too": a one-word answer is the
            // content, not a sign that the clause before it was.
            let answer = matches!(self.low(i + 1), "yes" | "no" | "so")
                && !self.in_quote(i + 1)
                && (tail_words <= 2
                    || !self.is_word(i + 2)
                    || matches!(
                        self.low(i + 2),
                        "while" | "and" | "but" | "in" | "on" | "when" | "as" | "after" | "before"
                    ));
            // "…, political analysts say; in 2012 …": nothing is reported past a semicolon.
            let semicolon = self.is_punct(i + 1, ';');
            // "The plan would cost $5bn, officials said Tuesday, and would take a decade": a
            // conjunction after the cue's comma continues the statement before it.
            let conj_tail = self.is_punct(t, ',') && matches!(self.low(t + 1), "and" | "but" | "or");
            // "This is not about me, President Obama told his closest advisers as he …": an
            // inverted "told" with its listener, then a subordinate clause or the end.
            let told_back = matches!(w, "told" | "tells")
                && comma_before
                && pre_ok
                && (i + 2..end.min(i + 8))
                    .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                    .find(|&x| matches!(self.low(x), "as" | "when" | "while" | "after" | "before" | "on" | "in"))
                    .or_else(|| (self.words_in(i + 1, end) <= 4).then_some(end))
                    .is_some()
                && !tail_has_that
                && !tail_clause;
            let post = !answer
                && !coordinated
                && ((after_quote && tail_words <= 8 && !tail_has_that)
                    || (conj_tail && comma_before && pre_ok && !modal)
                    || (semicolon && comma_before && pre_ok)
                    || told_back
                    || (comma_before
                        && tail_words <= 6
                        && !tail_has_that
                        && pre_ok
                        && !tail_clause
                        && !modal
                        // ("…, voters want to limit immigration": the infinitive is what they want.)
                        && (self.low(i + 1) != "to" || self.in_quote(i + 1)))
                    || (comma_before && pre_ok && tail_adverbial && !tail_clause && !modal)
                    || (comma_before && pre_ok && sub_tail && !tail_has_that && !modal)
                    // ("… to “cool off,” Kunin said in an interview.": a time or venue may
                    // follow.)
                    || (a > s0 + 2
                        && (tail_words == 0 || (t >= end && !tail_clause && self.is_close_mark(a - 1)))
                        && !self.is_word(a - 1)
                        && !matches!(self.low(a - 1), "and" | "but" | "or" | "yet" | "so" | "as" | "where")
                        // "…, who cringe as he speaks.": a subordinate clause's verb.
                        && !lx::SUBORDINATORS.contains(&self.low(a - 1))));
            // "The day after the primary, Gov. Doug Ducey called the lines …", "Le Pen's niece
            // Marion, the vice-president …, has endorsed Trump": a phrase without a verb before
            // the subject's comma sets the scene or names the subject; the cue reports forward.
            // (What precedes the subject and its comma, after any dateline.)
            let c_end =
                if a > s0 && matches!(self.toks[a - 1].kind, Kind::Punct(',' | '—' | '–')) { a - 1 } else { a };
            let pre_start = self.after_dateline(s0, c_end);
            let post = post
                && (lx::OPENERS.contains(&self.low(pre_start))
                    || self.has_verb(pre_start, c_end)
                    || self.mostly_quoted(pre_start, c_end)
                    || tail_words == 0);
            // A quote right after the cue ("Trump replied, “…”") is the content itself.
            let mut q = if self.cue_particle(i) { i + 2 } else { i + 1 };
            while q < s1 && matches!(self.toks[q].kind, Kind::Punct(',' | ':')) {
                q += 1;
            }
            let quote_follows =
                q > i + 1 && self.toks.get(q).is_some_and(|t| matches!(t.kind, Kind::Mark { .. })) && self.in_quote(q);
            // "“…,” he said aboard his plane as he …", "“…,” Rubio said of Cruz": after the
            // quote it attributes, a speech verb reports nothing more unless "that" follows.
            let quote_attributed = after_quote && s.bare.contains(w) && !tail_has_that;
            // "In a speech last July, he said:" closing its paragraph: the next paragraph, if
            // unquoted, is what was said (a block quotation).
            let block = (self.is_punct(i + 1, ':') || (self.cue_particle(i) && self.is_punct(i + 2, ':')))
                .then(|| if self.is_punct(i + 1, ':') { i + 2 } else { i + 3 })
                .filter(|&p| self.toks.get(p).is_some_and(|t| t.kind == Kind::Para))
                .map(|p| p + 1)
                .filter(|&x| self.is_word(x) && !self.in_quote(x));
            let content = if let Some(x) = block {
                Some((x, self.para_end(x)))
            } else if quote_follows || (quote_attributed && !post) {
                None
            } else if post {
                // An opening adverbial ("On the campaign trail, Cruz describes …", "For almost
                // 60 years, …") is where or when, not what was said: the content starts after
                // its comma, and with nothing left the cue reports forward.
                let st = pre_start;
                // ("And the plan is dead, he said": the conjunction joins sentences.)
                let st = if matches!(self.low(st), "and" | "but" | "so") && !self.in_quote(st) && st + 2 < c_end {
                    st + 1
                } else {
                    st
                };
                if lx::OPENERS.contains(&self.low(st)) && !self.in_quote(st) {
                    match (st..c_end).find(|&x| self.is_punct(x, ',')) {
                        Some(c) if self.words_in(c + 1, c_end) >= 2 => Some((c + 1, c_end)),
                        // ("After he took possession of the jet in 2011 he made a number of
                        // changes, records show": no comma closes the opener, so it runs into
                        // the clause, all of it reported.)
                        None if tail_words == 0 && self.has_verb(st, c_end) => Some((st, c_end)),
                        _ => self.forward_content(i, s1),
                    }
                } else {
                    Some((st, c_end))
                }
            } else {
                self.forward_content(i, s1)
            };
            // Attitude verbs may report a one-word object ("supported Sanders", "attacked
            // Muslims"); speech verbs need a clause.
            let content = if answer { Some((i + 1, i + 2)) } else { content };
            let min_words = if answer || (!post && !s.bare.contains(w)) { 1 } else { 2 };
            // "Republicans learned again …": adverbs alone report nothing. A clause that is mostly
            // a partial quote ("said the court's decision “will effectively force us …”") is
            // still reported whole: the quote alone lacks its subject.
            let content = content.filter(|&(x, y)| {
                self.words_in(x, y) >= min_words
                    && (x..y).any(|z| self.is_word(z) && !self.is_adverb(z))
                    && (!self.mostly_quoted(x, y) || (!post && x > i && self.is_word(x) && !self.in_quote(x)))
            });
            // "Ben Carson appears to be slipping": how things seem to the writer or people at
            // large; the subject is part of what seems, and nobody is its source.
            if matches!(w, "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared") && !post {
                // "steeper than it appears": a comparison, nobody's view.
                if a > s0 && matches!(self.low(a - 1), "than" | "as") {
                    return None;
                }
                // "It seems pretty likely they will": the expletive "it" is no part of it.
                let st = if b == a + 1 && self.low(a) == "it" { i + 1 } else { a };
                return content.map(|(_, y)| Anchor::new(si, (i, i + 1), (i, i), kind, Some((st, y))));
            }
            return Some(Anchor::new(si, (i, i + 1), (a, b), kind, content));
        }
        // "…,” said Brig. Gen. X" — the subject after the cue.
        if s.invertible.contains(w) && k > s0 {
            let p = k - 1;
            // After a quote or any comma: "…, said fire chief Bob Jones."
            let after_q = self.is_close_mark(p) || self.is_punct(p, ',');
            // The name must close the clause ("…, said fire chief Bob Jones." or "…, said X,
            // an aide"), not start one ("…, said the drone was shot down").
            // A clause after the name ("…, said the drone was shot down") makes the name its
            // subject instead.
            let starts_clause = |b: usize| {
                self.is_word(b)
                    && (matches!(
                        self.low(b),
                        "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will"
                    ) && !self.in_quote(b))
            };
            if after_q
                && let Some((a, b)) = self.right_np(i + 1, s1)
                && !starts_clause(b)
            {
                let c_end = if self.is_punct(p, ',') { p } else { p + 1 };
                let content = Some((s0, c_end)).filter(|&(x, y)| self.words_in(x, y) >= 2 && !self.mostly_quoted(x, y));
                return Some(Anchor::new(si, (i, i + 1), (a, b), SubjKind::Phrase, content));
            }
        }
        // "Said Comey, “The thought …”", "Added the senator: …": a sentence opening with the
        // cue names its speaker right after it; a quote after the comma attaches to the anchor,
        // plain words after it are the content.
        if s.invertible.contains(w)
            && i == s0
            && let Some((a, b)) = self.right_np(i + 1, s1)
            && (self.is_punct(b, ',') || self.is_punct(b, ':'))
        {
            let end = self.sent_end(s1);
            let quoted = self.toks.get(b + 1).is_some_and(|t| matches!(t.kind, Kind::Mark { .. }));
            let content = (!quoted)
                .then_some((b + 1, end))
                .filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
            return Some(Anchor::new(si, (i, i + 1), (a, b), SubjKind::Phrase, content));
        }
        None
    }

    /// "was asked whether …", "when asked about Trump": a question put by someone the sentence
    /// leaves unnamed; the content is the question.
    fn unsourced_question(&self, si: usize, i: usize, s1: usize) -> Option<Anchor> {
        let (q, src) = self.asked_question(i, s1, true)?;
        let content = if q == i + 1 {
            self.forward_content(i, s1)
        } else {
            let start = if self.low(q) == "about" { q + 1 } else { q };
            Some((start, self.clause_end(start, self.sent_end(s1))))
        };
        // "When asked to confirm X, a source declined": the opening clause ends at its comma.
        let opening = i > 0 && matches!(self.low(i - 1), "when" | "while" | "after" | "once" | "if" | "before");
        let content = content.map(|(x, y)| {
            let comma = (x..y).find(|&c| self.is_punct(c, ',') && !self.in_quote(c));
            (x, if opening { comma.unwrap_or(y) } else { y })
        });
        let content = content.filter(|&(x, y)| self.words_in(x, y) >= 1 && !self.mostly_quoted(x, y))?;
        Some(Anchor::new(si, (i, i + 1), src, SubjKind::Phrase, Some(content)))
    }

    /// After "asked": the question word opening the question (or "about"), past the asker
    /// ("by a reporter", returned as the source, else an empty span at the cue), adverbs and
    /// a short time or venue phrase ("when asked in May if …", "Asked at a briefing Monday in
    /// Washington about …"). With `requests`, "to" and "for" open one too ("Asked to confirm …").
    fn asked_question(&self, i: usize, s1: usize, requests: bool) -> Option<(usize, (usize, usize))> {
        if self.low(i) != "asked" {
            return None;
        }
        let question = |x: usize| {
            self.is_word(x)
                && !self.in_quote(x)
                && (matches!(
                    self.low(x),
                    "whether" | "if" | "what" | "why" | "how" | "which" | "who" | "whom" | "when" | "where" | "about"
                ) || (requests && matches!(self.low(x), "to" | "for")))
        };
        let end = self.sent_end(s1);
        let mut j = i + 1;
        let mut src = (i, i);
        for _ in 0..3 {
            if question(j) {
                return Some((j, src));
            }
            let w = self.low(j);
            if w == "by"
                && src.0 == src.1
                && let Some((a, b)) = self.right_np(j + 1, end)
            {
                src = (a, b);
                j = b;
            } else if self.is_word(j) && (ly_adverb(w) || matches!(w, "again" | "repeatedly" | "later" | "once")) {
                j += 1;
            } else if src.0 != src.1 && self.is_punct(j, ',') && !self.in_quote(j) {
                // "was asked by host Bill Maher, who backs him, whether …": past the asker's
                // relative clause (or a bare comma) to the question.
                j = if matches!(self.low(j + 1), "who" | "which") {
                    (j + 2..end.min(j + 16)).find(|&c| self.is_punct(c, ',') && !self.in_quote(c))? + 1
                } else {
                    j + 1
                };
            } else if matches!(w, "in" | "on" | "at" | "during" | "last" | "earlier")
                && let Some(x) = (j + 1..end.min(j + 8))
                    .take_while(|&x| self.is_word(x) && !self.in_quote(x))
                    .find(|&x| question(x) && !matches!(self.low(x), "to" | "for"))
            {
                j = x;
            } else {
                break;
            }
        }
        question(j).then_some((j, src))
    }

    /// Lexicon verbs that also have a non-speech sense need the context of one: "known as
    /// ISIS" names; "ISIS maintains bases" possesses (only "maintains that …" or a clause
    /// states); "the US covertly supported ISIS", "NATO backed the rebels" are material help by
    /// an organisation, not a stance, unless a clause or infinitive follows.
    fn speech_sense(&self, i: usize, k: usize, subj: (usize, usize), kind: SubjKind, s1: usize) -> bool {
        let w = self.low(i);
        // The first word after the cue, past adverbs ("known commonly as").
        let mut j = i + 1;
        while j < s1 && j < i + 3 && self.is_word(j) && ly_adverb(self.low(j)) {
            j += 1;
        }
        let next = self.low(j);
        if w == "known" {
            return !matches!(next, "as" | "for");
        }
        let clause_next = matches!(next, "that" | "he" | "she" | "they" | "it" | "we" | "i" | "to")
            || matches!(self.toks.get(j).map(|t| t.kind), Some(Kind::Mark { .. }));
        // (Or closing a clause it reports: "…, the candidate's former doctor maintains.")
        if matches!(w, "maintain" | "maintains" | "maintained" | "maintaining") {
            return clause_next
                || (subj.0 > 0
                    && self.is_punct(subj.0 - 1, ',')
                    && matches!(self.toks.get(i + 1).map(|t| t.kind), Some(Kind::Punct('.' | ',' | ';')) | None));
        }
        // "Lerer reported from Los Angeles.", "reported daily to Louis B. Mayer": a dateline
        // credit or a line of command, not a report.
        if matches!(w, "reported" | "reports" | "reporting") && matches!(next, "from" | "to" | "daily" | "directly") {
            return false;
        }
        // "Trump may want to check his stats", "investors might want to think twice": advice
        // from the writer, not anyone's stated wish.
        if matches!(w, "want" | "wants") && (k..i).any(|x| matches!(self.low(x), "may" | "might" | "could" | "should"))
        {
            return false;
        }
        // "continued to raise money", "continued his push": going on, not speaking, unless a
        // colon, comma, quote or "that" follows ("Issa continued, “Yes …”") or the cue ends
        // the sentence ("…, he continued.").
        if matches!(w, "continued" | "continues" | "continue" | "continuing") {
            return next == "that"
                || j >= self.sent_end(s1)
                || matches!(
                    self.toks.get(j).map(|t| t.kind),
                    Some(Kind::Punct(',' | ':' | '.' | '—') | Kind::Mark { .. })
                );
        }
        // "US forces attacked the vehicle in which …", "militants attacked a base": violence,
        // not words. Armed subjects and physical targets mark it.
        if matches!(
            w,
            "attacked" | "attacks" | "attack" | "attacking" | "targeted" | "targets" | "target" | "hit" | "struck"
        ) {
            let head = self.low(subj.1.saturating_sub(1));
            let armed = matches!(
                head,
                "forces"
                    | "troops"
                    | "militants"
                    | "fighters"
                    | "gunmen"
                    | "militia"
                    | "militias"
                    | "soldiers"
                    | "army"
                    | "police"
                    | "jets"
                    | "drones"
                    | "missiles"
                    | "rockets"
                    | "insurgents"
                    | "terrorists"
            );
            let physical = (j..(j + 3).min(s1)).any(|x| {
                matches!(
                    self.low(x),
                    "vehicle"
                        | "vehicles"
                        | "convoy"
                        | "base"
                        | "bases"
                        | "car"
                        | "truck"
                        | "building"
                        | "embassy"
                        | "headquarters"
                        | "compound"
                        | "ship"
                        | "plane"
                        | "aircraft"
                        | "airport"
                        | "position"
                        | "positions"
                        | "village"
                        | "checkpoint"
                        | "camp"
                        | "facility"
                        | "facilities"
                        | "targets"
                )
            });
            if armed || physical {
                return false;
            }
        }
        // "Story highlights" heads a CNN summary box: site chrome.
        if w == "highlights" && subj.1 == subj.0 + 1 && self.low(subj.0) == "story" {
            return false;
        }
        // "found itself at the center of …": a situation, not a finding.
        if matches!(w, "found" | "finds" | "find")
            && matches!(next, "itself" | "himself" | "herself" | "themselves" | "myself" | "ourselves" | "yourself")
        {
            return false;
        }
        // "Do you support Donald Trump? Like the page": a question to the reader.
        if subj.1 >= 2 && self.low(subj.1 - 1) == "you" && matches!(self.low(subj.1 - 2), "do" | "does" | "did") {
            return false;
        }
        if matches!(w, "called" | "calls" | "call" | "calling") {
            // "called off the deal", "called into a show", "called in sick": not speech.
            if matches!(next, "off" | "into" | "in" | "back" | "up") {
                return false;
            }
            // "a company called Cambridge Analytica", "a program called “Sandy Hook Promise”":
            // a participle naming the noun before it.
            let head = self.low(subj.1 - 1);
            if kind == SubjKind::Phrase
                && subj.1 == i
                && !self.is_cap(subj.1 - 1)
                && (self.is_cap(j) || matches!(self.toks.get(j).map(|t| t.kind), Some(Kind::Mark { .. })))
                && (subj.0..subj.1).any(|x| matches!(self.low(x), "a" | "an"))
                && !sets().titles.contains(head)
            {
                return false;
            }
            // "Obama called Naghmeh Abedini.", "Palin called a delegate, …, and encouraged …",
            // "called both candidates Tuesday night": a telephone call has no second object.
            let obj_end = if matches!(next, "him" | "her" | "them" | "me" | "us") {
                Some(j + 1)
            } else if self.is_cap(j) {
                self.cap_runs_iter(j, s1).next().filter(|r| r.0 == j).map(|r| r.1)
            } else if matches!(next, "both" | "all" | "several" | "two" | "three") || sets().dets.contains(next) {
                // "called both candidates Tuesday night": a short plain object before a time.
                (j + 1..(j + 4).min(s1))
                    .find(|&x| lx::is_day_word(self.low(x)) || matches!(self.low(x), "last" | "shortly"))
                    .filter(|&x| (j + 1..x).all(|y| self.is_word(y) && !self.is_cap(y) && !self.in_quote(y)))
            } else {
                None
            };
            if let Some(e) = obj_end {
                let after = self.low(e);
                let ends = e >= self.sent_end(s1)
                    || self.is_punct(e, '.')
                    || matches!(after, "and" | "to" | "shortly" | "last" | "this" | "on" | "after" | "before" | "from")
                    || lx::is_day_word(after);
                if ends {
                    return false;
                }
            }
        }
        if matches!(w, "support" | "supports" | "supported" | "supporting" | "back" | "backs" | "backed" | "backing")
            && kind == SubjKind::Phrase
            && !clause_next
        {
            let (mut a, b) = subj;
            if b > a + 1 && sets().dets.contains(self.low(a)) {
                a += 1;
            }
            let acronym = b == a + 1
                && self.slice(a, b).chars().filter(|c| c.is_alphabetic()).count() >= 2
                && self.slice(a, b).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            let material = (k..i).any(|x| {
                matches!(
                    self.low(x),
                    "covertly" | "secretly" | "militarily" | "financially" | "logistically" | "materially"
                )
            });
            // "the US", "the Pentagon": an organisation subject with a determiner.
            let org = self.org_like(a, b) && !(a..b).any(|x| self.low(x) == "campaign");
            return !(acronym || material || (org && b - a <= 3));
        }
        true
    }

    /// An invertible cue right after a comma or closing quote, followed by a named or
    /// determined noun phrase that ends the sentence or opens an appositive ("…, said one GOP
    /// source in the room.", "…, said Brian Baker, a longtime adviser …"). A bare time word
    /// ("…, said Tuesday") is no speaker.
    fn inverted_source(&self, i: usize, k: usize, s0: usize, s1: usize) -> bool {
        let s = sets();
        if !s.invertible.contains(self.low(i)) || k != i || k <= s0 + 2 {
            return false;
        }
        if !(self.is_close_mark(k - 1) || self.is_punct(k - 1, ',')) {
            return false;
        }
        let Some((a, b)) = self.right_np(i + 1, s1) else {
            return false;
        };
        let end = self.sent_end(s1);
        // ("…, said a handful of Democrats who point to …": a relative clause on the source.)
        let closes = b >= end
            || self.is_punct(b, ',')
            || self.is_punct(b, '(')
            || (matches!(self.low(b), "who" | "whose") && !self.in_quote(b));
        // ("…, wrote film director Osman Abu Laban": a lower-case role before the name.)
        let named = self.is_cap(a) || s.dets.contains(self.low(a)) || (a + 1..b).any(|x| self.is_cap(x));
        let time_only = (a..b).all(|x| {
            (lx::is_weekday(self.low(x))
                || matches!(
                    self.low(x),
                    "today"
                        | "yesterday"
                        | "tonight"
                        | "last"
                        | "this"
                        | "week"
                        | "month"
                        | "year"
                        | "morning"
                        | "evening"
                        | "night"
                        | "afternoon"
                        | "earlier"
                        | "later"
                        | "on"
                        | "in"
                        | "a"
                        | "the"
                        | "statement"
                        | "interview"
                ))
                || self.low(x).starts_with(|c: char| c.is_ascii_digit())
        });
        closes && named && !time_only && self.words_in(s0, k - 1) >= 3
    }

    /// Fallback subject of a speech verb the noun-phrase rules could not parse ("Three-quarters
    /// of the voters said", "Many speakers at the service — including … — said", "A redacted
    /// copy of the memo seen by Reuters said"): the words from the last clause boundary up to
    /// the cue. A comma right before the cue closes an appositive, so the phrase before it is
    /// taken ("Rep. Jane Doe (D-Md.), chair of the panel, said" → "chair of the panel").
    fn clause_subject(&self, k: usize, s0: usize) -> Option<(usize, usize)> {
        let mut b = k;
        if b > s0 && self.is_punct(b - 1, ',') {
            b -= 1;
        } else if b > s0 && (self.is_punct(b - 1, '—') || self.is_punct(b - 1, '–')) {
            // "Many speakers — including … — said": the phrase before the opening dash.
            let d = (b.saturating_sub(25).max(s0)..b - 1)
                .rev()
                .find(|&x| self.is_punct(x, '—') || self.is_punct(x, '–'))?;
            b = d;
        }
        let mut a = b;
        while a > s0 && b - a < 14 {
            let j = a - 1;
            if self.in_quote(j) {
                break;
            }
            match self.toks[j].kind {
                Kind::Punct(',' | ';' | ':' | '—' | '–' | '.' | '!' | '?') => break,
                Kind::Mark { .. } | Kind::Para => break,
                _ => {}
            }
            if self.is_word(j)
                && matches!(
                    self.low(j),
                    "that"
                        | "which"
                        | "what"
                        | "because"
                        | "if"
                        | "when"
                        | "while"
                        | "as"
                        | "since"
                        | "although"
                        | "but"
                        | "where"
                        | "whether"
                        | "how"
                        | "why"
                        | "and"
                        | "or"
                        | "than"
                        | "so"
                )
                && !(self.low(j) == "and"
                    && j > s0
                    && self.is_word(j - 1)
                    && !self.is_cap(j - 1)
                    && j + 1 < b
                    && !self.is_cap(j + 1)
                    && b - j <= 3)
            {
                break;
            }
            a = j;
        }
        // Skip leading punctuation; demand a word and no verb-like cue inside.
        while a < b && !self.is_word(a) {
            a += 1;
        }
        // A clause, not a noun phrase: a participle or subordinator opening it ("Having …",
        // "Chastened …", "Lest you …"), or a past-tense verb with its object inside ("Trump
        // rolled out several versions …", "The two taped an hourlong …").
        if a >= b {
            return None;
        }
        let first = self.low(a);
        // ("elected officials from both parties say", "retired generals say": an adjective.)
        let adjectival = matches!(
            first,
            "elected" | "retired" | "unnamed" | "registered" | "unidentified" | "undecided" | "concerned" | "armed"
        );
        if !self.is_cap(a) && (first.ends_with("ing") || first.ends_with("ed")) && !adjectival
            || matches!(first, "having" | "following" | "lest" | "almost" | "going" | "chastened")
        {
            return None;
        }
        let s = sets();
        // "People who have battled online threats say …": verbs and auxiliaries inside the
        // subject's relative clause do not make the phrase a clause of its own.
        // ("The state officials whose laws have been invalidated say …" too.)
        let rel = (a + 1..b).find(|&x| matches!(self.low(x), "who" | "whose" | "whom")).unwrap_or(b);
        if (a + 1..rel).any(|x| {
            let w = self.low(x);
            !self.is_cap(x)
                && w.len() > 3
                && (w.ends_with("ed") || dossier_core::lexicon::is_irregular_past(w))
                && (s.dets.contains(self.low(x + 1)) || (self.low(x + 1) == "out" && s.dets.contains(self.low(x + 2))))
                && !matches!(self.low(x - 1), "a" | "an" | "the")
        }) {
            return None;
        }
        // "Voters have every right to (know)", "The bias begins to (show)": an auxiliary or an
        // infinitive marker makes it a clause.
        if self.low(b - 1) == "to"
            || (a..rel).any(|x| {
                matches!(
                    self.low(x),
                    "have" | "has" | "had" | "will" | "would" | "can" | "could" | "should" | "must" | "might"
                ) || lx::NEGATED.contains(&self.low(x))
            })
        {
            return None;
        }
        (a < b && b - a < 14 && (a..b).all(|x| !self.has(x, F_CUE))).then_some((a, b))
    }

    /// The reported clause after a cue: "said (on Thursday) that …", "told Reuters (that) …".
    fn forward_content(&self, cue: usize, s1: usize) -> Option<(usize, usize)> {
        self.forward_content_raw(cue, s1).map(|(a, b)| {
            // "alleging - again falsely - that …": a dashed aside right after the cue is the
            // writer's, not part of what was said.
            let a = if self.is_dash(a)
                && let Some(d) = (a + 1..b.min(a + 8)).find(|&x| self.is_dash(x))
                && d + 1 < b
            {
                d + 1
            } else {
                a
            };
            // "said privately that …", "insisted, however, that …": the adverb is how or
            // when it was said.
            let adverb = |x: usize| {
                self.is_word(x)
                    && !self.in_quote(x)
                    && (ly_adverb(self.low(x)) || matches!(self.low(x), "however" | "again" | "also" | "too"))
            };
            let a = if adverb(a) && self.low(a + 1) == "that" {
                a + 1
            } else if adverb(a) && self.is_punct(a + 1, ',') && self.low(a + 2) == "that" {
                a + 2
            } else {
                a
            };
            // "claimed, without evidence, that …", "said, in a statement, that …": an aside
            // between commas before "that".
            let a = if a > cue
                && self.is_punct(a - 1, ',')
                && let Some(c) = (a + 1..b.min(a + 7)).find(|&x| self.is_punct(x, ','))
                && self.low(c + 1) == "that"
                && (a..c).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
            {
                c + 1
            } else {
                a
            };
            let b = self.clause_end(a, b);
            (a, self.object_end(cue, a, b))
        })
    }

    /// An opening clause from `from` on: the comma that closes it and the main clause's subject
    /// after that comma ("Declaring that …, the billionaire vowed", "After saying …, she").
    fn opening_clause(&self, from: usize, s1: usize) -> Option<(usize, Subject)> {
        let c = (from..s1.min(from + 38))
            .take_while(|&x| !self.is_punct(x, ';'))
            .find(|&x| self.is_punct(x, ',') && !self.in_quote(x))?;
        let subj = self
            .clause_head_subject(c + 1, s1)
            .or_else(|| self.sentence_subject(c + 1, s1).map(|r| (r, SubjKind::Phrase)))?;
        Some((c, subj))
    }

    /// "While the topic is not expected to surface in the talks, China has …": a cue inside an
    /// opening subordinate clause reports [a, b) only up to that clause's comma.
    fn subordinate_end(&self, cue: usize, a: usize, b: usize) -> usize {
        let Some(&(s0, _)) = self.sent_of.get(cue).and_then(|&si| self.sents.get(si)) else {
            return b;
        };
        let sub =
            |x: usize| lx::SUBORDINATORS.contains(&self.low(x)) || matches!(self.low(x), "as" | "whereas" | "even");
        // (The dateline is skipped only when the sentence does not open with a subordinator.)
        let st = if sub(s0) { s0 } else { self.after_dateline(s0, cue) };
        let opens = st < cue && sub(st) && (st..cue).all(|x| !self.is_punct(x, ',') && !self.in_quote(x));
        if !opens {
            return b;
        }
        match (a + 1..b).find(|&x| self.is_punct(x, ',') && !self.in_quote(x)) {
            Some(c) if self.words_in(a, c) >= 2 => c,
            _ => b,
        }
    }

    /// Verbs of attitude and evaluation ("criticized the plan, which …", "endorsed Clinton
    /// despite …") report a noun phrase, not a clause: it ends at the first comma, dash,
    /// parenthesis or subordinator outside quotes. Speech verbs and clauses opened by "that", a
    /// question word or a quotation mark keep the whole clause.
    fn object_end(&self, cue: usize, a: usize, b: usize) -> usize {
        let s = sets();
        if s.bare.contains(self.low(cue)) || s.participles.contains(self.low(cue)) {
            return b;
        }
        // Findings are small clauses ("the poll showed Trump losing supporters after the
        // debate"): only punctuation ends them (", with RealClearPolitics showing …").
        let finding = matches!(self.low(cue), "show" | "shows" | "showed" | "shown" | "find" | "finds" | "found");
        let first = self.low(a);
        // ("announced Sunday she will resign her post after the convention": a clause opened by
        // its subject pronoun and a verb.)
        let clause = matches!(first, "he" | "she" | "they" | "we" | "i")
            && self.is_word(a + 1)
            && (sets().finite.contains(self.low(a + 1)) || self.low(a + 1).ends_with("ed"));
        if matches!(first, "that" | "how" | "why" | "whether" | "what" | "if" | "when" | "where" | "who" | "to")
            || matches!(self.toks.get(a).map(|t| t.kind), Some(Kind::Mark { .. }))
            || clause
        {
            return b;
        }
        let mut i = a + 1;
        while i < b {
            if !self.in_quote(i) {
                let stop = match self.toks[i].kind {
                    // A comma inside a list goes on: "attacked GOP voters, lawmakers and
                    // donors".
                    // ", including …", ", such as …" go on with the noun phrase's examples.
                    Kind::Punct(',') => {
                        let examples =
                            matches!(self.low(i + 1), "including" | "particularly" | "especially" | "notably")
                                || (self.low(i + 1) == "such" && self.low(i + 2) == "as");
                        !(self.list_comma(i, b) || examples)
                    }
                    // ("praised Sen. John McCain (R-Ariz.)": a party label goes on.)
                    Kind::Punct('(') => {
                        let l = self.low(i + 1);
                        !(l.starts_with("r-")
                            || l.starts_with("d-")
                            || l.starts_with("i-")
                            || matches!(l, "r" | "d" | "i"))
                    }
                    Kind::Punct(';' | '—' | '–' | ':') => true,
                    // ("condemned the raids in which 121 people were detained": a relative clause
                    // after its preposition stays with the noun.)
                    Kind::Word => {
                        matches!(
                            self.low(i),
                            "despite"
                                | "during"
                                | "because"
                                | "although"
                                | "though"
                                | "while"
                                | "whereas"
                                | "since"
                                | "unless"
                        ) || (self.low(i) == "which" && !s.preps.contains(self.low(i - 1)))
                    }
                    _ => false,
                };
                // "endorsed Mr. Trump at a news conference at Mar-a-Lago", "thanking supporters at
                // a rally": the event where it happened.
                let event = self.low(i) == "at"
                    && matches!(self.low(i + 1), "a" | "an" | "the" | "his" | "her" | "their" | "its")
                    && (i + 2..(i + 6).min(b)).any(|x| {
                        matches!(
                            self.low(x),
                            "rally"
                                | "conference"
                                | "hall"
                                | "event"
                                | "hearing"
                                | "meeting"
                                | "debate"
                                | "convention"
                                | "forum"
                                | "dinner"
                                | "summit"
                                | "ceremony"
                                | "fundraiser"
                                | "briefing"
                                | "luncheon"
                                | "breakfast"
                                | "stop"
                        )
                    });
                // "praised the plan in a statement on Thursday", "… in his speech": where it
                // was said, not what.
                let venue = event
                    || self.low(i) == "in"
                        && matches!(self.low(i + 1), "a" | "an" | "his" | "her" | "their" | "its")
                        && (i + 2..(i + 5).min(b)).any(|x| {
                            matches!(
                                self.low(x),
                                "statement"
                                    | "interview"
                                    | "speech"
                                    | "tweet"
                                    | "post"
                                    | "letter"
                                    | "op-ed"
                                    | "column"
                                    | "address"
                                    | "diatribe"
                                    | "rally"
                                    | "debate"
                                    | "appearance"
                                    | "video"
                                    | "ad"
                                    | "remarks"
                                    | "email"
                            )
                        });
                // "… the network and has since left it", "… gay rights and extended benefits":
                // a second verb phrase.
                let next = self.low(i + 1);
                let second_verb = self.low(i) == "and"
                    && (next == "then" || self.finite_predicate(i + 1, b) || self.third_person_verb(i + 1));
                // (An object of four words or more keeps a time phrase in "in"/"on": "accused
                // China of hacking federal computers in recent years"; never a page or feed.)
                let keeps_time = matches!(self.low(i), "in" | "on" | "during")
                    && self.words_in(a, i) >= 4
                    && !lx::MEDIA.contains(&self.low(i + 1))
                    && !lx::MEDIA_PAGES.contains(&self.low(i + 3));
                let circumstance = !keeps_time && self.trailing_circumstance(i);
                let stop = if finding {
                    self.is_punct(i, ',') && matches!(self.low(i + 1), "with" | "where" | "using" | "which" | "when")
                } else {
                    stop
                };
                if stop || (!finding && (venue || second_verb || self.low(i) == "when" || circumstance)) {
                    // "… shortly after midnight", "… two days before the vote": the measure of
                    // time goes with the circumstance.
                    let mut e = i;
                    if matches!(self.low(i), "after" | "before" | "until" | "when") {
                        let measure = |w: &str| {
                            matches!(
                                w,
                                "shortly"
                                    | "soon"
                                    | "just"
                                    | "right"
                                    | "long"
                                    | "immediately"
                                    | "moments"
                                    | "minutes"
                                    | "a"
                            ) || lx::is_time_unit(w.strip_suffix('s').unwrap_or(w))
                        };
                        while e > a + 1
                            && !self.in_quote(e - 1)
                            && (measure(self.low(e - 1))
                                || (e < i
                                    && (self.has(e - 1, F_QUANT)
                                        || self.low(e - 1).starts_with(|c: char| c.is_ascii_digit()))))
                        {
                            e -= 1;
                        }
                    }
                    return e;
                }
            }
            i += 1;
        }
        b
    }

    /// The comma at `i` separates items of a list that ends in "and"/"or" within a few words.
    fn list_comma(&self, i: usize, b: usize) -> bool {
        let s = sets();
        let Some(x) = (i + 1..b.min(i + 7)).find(|&x| matches!(self.low(x), "and" | "or")) else {
            return false;
        };
        let next = self.low(x + 1);
        x > i + 1
            && (i + 1..x).all(|y| (self.is_word(y) && !self.has(y, F_CUE)) || self.is_punct(y, ','))
            && self.is_word(x + 1)
            && !s.cues.contains(next)
            && !lx::PRONOUNS.contains(&next)
            && !(next.len() > 4 && next.ends_with("ed"))
    }

    /// A circumstance of the act, not part of its object: "endorsed Rubio in February",
    /// "praised the plan on Monday", "posted it on his Facebook page", "attacked Khan after he
    /// spoke", "before the vote", "as he left the stage".
    fn trailing_circumstance(&self, i: usize) -> bool {
        let time = |x: usize| {
            let w = self.low(x);
            lx::is_month(w)
                || lx::is_weekday(w)
                || lx::is_year(w)
                || matches!(w, "recent" | "late" | "early" | "mid")
                || lx::MEDIA.contains(&w)
        };
        // "the accord adopted after two weeks of talks": after a participle the phrase is part
        // of the noun phrase; "after all" is an idiom.
        let participle = || i > 1 && self.is_word(i - 1) && !self.is_cap(i - 1) && self.low(i - 1).ends_with("ed");
        match self.low(i) {
            "after" if self.low(i + 1) == "all" => false,
            "after" | "before" | "until" => !participle(),
            "as" => matches!(self.low(i + 1), "he" | "she" | "they" | "it" | "we" | "i"),
            "in" | "on" | "at" | "during" => {
                time(i + 1)
                    || (matches!(self.low(i + 1), "the" | "his" | "her" | "its" | "their")
                        && (time(i + 2)
                            || matches!(self.low(i + 2), "past" | "last" | "condition")
                            || lx::MEDIA_PAGES.contains(&self.low(i + 3))))
            }
            _ => false,
        }
    }

    /// Where a reported clause stops: before ", and …" / ", but …" starting a new clause, a
    /// trailing participle (", noting …", ", saying …"), a semicolon, or "and" + another cue.
    fn clause_end(&self, a: usize, b: usize) -> usize {
        let e = self.clause_end_raw(a, b);
        self.subordinate_end(a.saturating_sub(1), a, e)
    }

    /// [`Self::clause_end`] before the subordinate-clause limit.
    fn clause_end_raw(&self, a: usize, b: usize) -> usize {
        let s = sets();
        let infinitive = self.low(a) == "to" || (self.low(a) == "not" && self.low(a + 1) == "to");
        let mut i = a + 1;
        while i < b {
            if self.in_quote(i) {
                i += 1;
                continue;
            }
            if self.is_punct(i, ';') {
                return i;
            }
            // "… is unqualified - and one that …": a lone dash after the clause opens the
            // writer's aside; a pair ("the plan — which costs $5bn — would fail") sits inside.
            if self.is_dash(i) && self.words_in(a, i) >= 2 {
                let mut d = i + 1;
                while d < b && self.is_dash(d) {
                    d += 1;
                }
                match (d..b).find(|&x| self.is_dash(x) && !self.in_quote(x)) {
                    Some(close) => {
                        i = close + 1;
                        while i < b && self.is_dash(i) {
                            i += 1;
                        }
                        continue;
                    }
                    None => return i,
                }
            }
            let next = self.low(i + 1);
            // A comma inside a closing quote separates clauses too: "… is “true,” but …".
            let comma = self.is_punct(i, ',')
                || (self.is_close_mark(i) && self.is_punct(i - 1, ',') && self.is_word(i + 1) && !self.is_cap(i + 1));
            if comma && self.is_word(i + 1) && !self.in_quote(i + 1) {
                let cut = if self.is_punct(i, ',') { i } else { i + 1 };
                let after = self.low(i + 2);
                if matches!(next, "and" | "but" | "while" | "whereas" | "although" | "though") && after != "that" {
                    return cut;
                }
                // "…, a claim that could not be verified", "…, a swipe at the disturbances at his
                // rallies": a noun phrase after the clause is the writer's comment on it (a
                // clause of its own, "…, a few lawmakers said", has a verb before its end).
                if matches!(next, "a" | "an")
                    && (matches!(
                        after,
                        "claim" | "allegation" | "charge" | "assertion" | "accusation" | "figure" | "number" | "remark"
                    ) || (i + 2..b.min(i + 7))
                        .take_while(|&x| self.is_word(x) && !matches!(self.low(x), "that" | "who" | "which"))
                        .all(|x| {
                            !s.finite.contains(self.low(x))
                                && !s.be.contains(self.low(x))
                                && !s.cues.contains(self.low(x))
                        }))
                {
                    return cut;
                }
                // "…, according to exit polls": a source of its own closes the clause; ",
                // compared with 64 percent who …" is the writer's comparison.
                if (next == "according" && after == "to") || (next == "compared" && matches!(after, "with" | "to")) {
                    return cut;
                }
                // ", told his advisers …": the sentence's own verb after a clause that was its
                // subject's attribute.
                if !self.is_cap(i + 1) && s.cues.contains(next) && !next.ends_with("ing") && s.bare.contains(next) {
                    return cut;
                }
                // A trailing participial phrase (", encouraging …", ", even suggesting …",
                // ", focusing on …") is the writer's addition or an attribution of its own.
                let (part, pw) =
                    if s.adverbs.contains(next) || ly_adverb(next) { (i + 2, self.low(i + 2)) } else { (i + 1, next) };
                // ("Millennials, numbering 75.3 million, surpassed …": a participle set off by
                // commas inside the clause's subject, a verb after it, goes on.)
                let inside = (part + 1..b.min(part + 8))
                    .find(|&x| self.is_punct(x, ',') && !self.in_quote(x))
                    .is_some_and(|c| {
                        let v = self.low(c + 1);
                        self.is_word(c + 1)
                            && !self.is_cap(c + 1)
                            && ((v.len() > 4 && v.ends_with("ed")) || s.finite.contains(v))
                    });
                if !self.is_cap(part)
                    && pw.len() > 5
                    && pw.ends_with("ing")
                    && !matches!(pw, "including" | "according" | "regarding" | "concerning" | "following" | "during")
                    && !inside
                {
                    return cut;
                }
                // A trailing relative clause on the last noun (", who has not been charged",
                // ", which makes him an outlier") comments on it; one closed by another comma
                // sits inside the clause ("the plan, which costs $5bn, would fail").
                if matches!(next, "who" | "which")
                    && !(i + 2..b)
                        .any(|x| !self.in_quote(x) && matches!(self.toks[x].kind, Kind::Punct(',' | '—' | '(')))
                {
                    return cut;
                }
            }
            // "and (even) questioned …": skip adverbs between "and" and a second cue.
            let mut n = i + 1;
            while self.low(i) == "and"
                && n < b
                && n < i + 3
                && (s.adverbs.contains(self.low(n)) || ly_adverb(self.low(n)))
            {
                n += 1;
            }
            if self.low(i) == "and"
                && self.is_word(n)
                && s.cues.contains(self.low(n))
                && !self.is_cap(n)
                && !(n > i + 1 && matches!(self.low(i + 1), "never" | "not"))
            {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            if self.low(i) == "but" && self.second_predicate(i + 1, b) {
                return i;
            }
            // "… refused to speak to reporters as she left the breakfast": the speaker's own
            // moment, not what was said.
            if self.low(i) == "as"
                && i > a + 2
                && matches!(self.low(i + 1), "he" | "she")
                && self.is_word(i + 2)
                && !self.is_cap(i + 2)
                && !self.in_quote(i + 1)
            {
                return i;
            }
            // "vowed to keep abortion legal and celebrated the ruling": after an infinitive, a
            // finite verb past "and" is the speaker's next act, not more of what was vowed.
            if self.low(i) == "and" && infinitive && self.finite_predicate(i + 1, b) {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            // "… and he reiterated his claim that …": a new clause with its own speech verb.
            if self.low(i) == "and" && self.new_speaker_clause(i + 1, b) {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            i += 1;
        }
        b
    }

    /// After "but" at `j`: a second predicate of the speaker, not more of what was said ("said
    /// the deal was flawed but praised the senators", "but did not name him", "but he also
    /// noted …"). A pronoun or name counts as that subject only when a cue follows it.
    fn second_predicate(&self, j: usize, b: usize) -> bool {
        let s = sets();
        let mut n = j;
        if n < b && self.is_word(n) && (matches!(self.low(n), "he" | "she" | "they") || self.is_cap(n)) {
            return self.new_speaker_clause(j, b);
        }
        while n < b && n < j + 3 && self.is_word(n) && self.is_adverb(n) && !matches!(self.low(n), "not" | "never") {
            n += 1;
        }
        if n >= b || !self.is_word(n) || self.is_cap(n) || self.in_quote(n) {
            return false;
        }
        let w = self.low(n);
        (s.cues.contains(w) && !s.participles.contains(w))
            || matches!(w, "did" | "didn't" | "didn’t" | "stopped" | "declined" | "refused" | "added" | "not")
            || (w.len() > 4 && w.ends_with("ed"))
            || dossier_core::lexicon::is_irregular_past(w)
    }

    /// At `j`: (adverbs and) a verb that cannot continue an infinitive or a noun phrase: a
    /// past tense, an auxiliary or modal ("celebrated", "was acquitted", "would not say").
    fn finite_predicate(&self, j: usize, b: usize) -> bool {
        let mut n = j;
        while n < b && n < j + 2 && self.is_word(n) && matches!(self.low(n), "also" | "then" | "later" | "quickly") {
            n += 1;
        }
        if n >= b || !self.is_word(n) || self.is_cap(n) || self.in_quote(n) {
            return false;
        }
        let w = self.low(n);
        sets().finite.contains(w) || (w.len() > 4 && w.ends_with("ed")) || dossier_core::lexicon::is_irregular_past(w)
    }

    /// At `j`: a present-tense verb with its object or particle next ("ranks it", "points out
    /// that", "swears Latinos …"), which a plural noun in a list seldom has.
    fn third_person_verb(&self, j: usize) -> bool {
        let w = self.low(j);
        self.is_word(j)
            && !self.is_cap(j)
            && !self.in_quote(j)
            && w.len() > 3
            && s_form(w)
            && matches!(self.low(j + 1), "it" | "him" | "her" | "them" | "out" | "up" | "that" | "his" | "their")
    }

    /// At `j`: "he", "she", "they" or a name, then (adverbs and) a cue: "he also noted …",
    /// "Trump said …".
    fn new_speaker_clause(&self, j: usize, b: usize) -> bool {
        if !(j < b && self.is_word(j) && (matches!(self.low(j), "he" | "she" | "they") || self.is_cap(j))) {
            return false;
        }
        let mut n = j;
        while n < b && self.is_word(n) && self.is_cap(n) {
            n += 1;
        }
        if n == j {
            n += 1;
        }
        let mut m = n;
        while m < b && m < n + 3 && self.is_word(m) && self.is_adverb(m) {
            m += 1;
        }
        m < b && self.has(m, F_CUE) && !self.is_cap(m) && !self.in_quote(m)
    }

    /// An adverb or auxiliary from the list, or an -ly word ("also", "has", "firmly").
    fn is_adverb(&self, i: usize) -> bool {
        let w = self.low(i);
        sets().adverbs.contains(w) || ly_adverb(w)
    }

    /// A transcript speaker label ("PENCE", "WALLACE"): no lower-case letter, and a word of at
    /// least two letters, so an initial alone is none.
    fn caps_label(&self, a: usize, b: usize) -> bool {
        (a..b).all(|x| self.slice(x, x + 1).chars().all(|ch| !ch.is_lowercase()))
            && (a..b).any(|x| self.slice(x, x + 1).chars().filter(|ch| ch.is_alphabetic()).count() >= 2)
    }

    /// A one-word pronoun subject is resolved as one; anything else is a phrase.
    fn subj_kind(&self, subj: (usize, usize)) -> SubjKind {
        if subj.1 == subj.0 + 1 && lx::PRONOUNS.contains(&self.low(subj.0)) {
            SubjKind::Pronoun
        } else {
            SubjKind::Phrase
        }
    }

    /// "that" followed by a finite verb ("a bill that passed", "an interview that was aired")
    /// relates to the noun before it.
    fn relative_that(&self, t: usize) -> bool {
        let n = self.low(t + 1);
        self.is_word(t + 1)
            && !self.is_cap(t + 1)
            && (sets().finite.contains(n) || (n.len() > 4 && n.ends_with("ed")) || n == "ran")
    }

    fn forward_content_raw(&self, cue: usize, s1: usize) -> Option<(usize, usize)> {
        let end = self.sent_end(s1);
        let mut j = cue + 1;
        let w = self.low(cue);
        let object_verb = matches!(
            w,
            "told" | "tells" | "telling" | "informed" | "assured" | "asked" | "urged" | "warned" | "reminded"
        );
        // A show's title in quotes is part of a venue ("said on ABC's “This Week” that …").
        let in_title = |x: usize| self.quote_at(x).is_some_and(|m| self.named_title(m));
        let reach = if (cue + 1..cue + 6).any(in_title) {
            14
        } else if object_verb {
            12
        } else {
            8
        };
        // "pointed out that …", "went on to say that …".
        if self.cue_particle(cue) {
            j += 1;
            if self.low(j) == "to" && self.reporting_verb(j + 1) {
                j += 2;
            }
            // ("lashed out at the judge": the target.)
            if matches!(self.low(j), "at" | "against") && !self.in_quote(j) {
                j += 1;
            }
        }
        // "talked about the wall", "asked about his taxes": the topic is the content; talk
        // verbs report nothing else.
        let talk = matches!(w, "talked" | "talks" | "talk" | "talking" | "spoke" | "speaks" | "speaking");
        let about = self.low(j) == "about" && !self.in_quote(j);
        if about {
            j += 1;
        } else if talk {
            // "spoke at the White House on Tuesday about rights …": the topic after the venue.
            let topic = (j + 1..end.min(j + 12))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| self.low(x) == "about")?;
            j = topic + 1;
        }
        // "said of McCain: “…”", "wrote of the plan that …": the topic, then what was said.
        if sets().bare.contains(w)
            && self.low(j) == "of"
            && !self.in_quote(j)
            && let Some(p) = (j + 2..end.min(j + 10))
                .take_while(|&x| {
                    !self.in_quote(x) || self.toks.get(x).is_some_and(|t| matches!(t.kind, Kind::Mark { .. }))
                })
                .find(|&x| self.is_punct(x, ':') || self.is_punct(x, ',') || self.low(x) == "that")
        {
            j = if self.low(p) == "that" { p } else { p + 1 };
        }
        // "called on Congress to act", "calls for a ban": the particle belongs to the cue.
        if matches!(w, "called" | "calls" | "call" | "calling")
            && matches!(self.low(j), "on" | "for")
            && !self.in_quote(j)
        {
            j += 1;
        }
        // "that" closing the sentence ("… to accomplish that.") is a pronoun, not a complementizer.
        let that = (j..end.min(j + reach))
            .find(|&x| self.low(x) == "that" && !self.in_quote(x))
            .filter(|&t| t + 1 < end && self.is_word(t + 1));
        if let Some(t) = that {
            // "told Breitbart News Daily host Stephen Bannon that …": any plain words may name
            // whom a speaker told; other cues only allow time and place words before "that".
            // "told a town hall in Salem, New Hampshire, on Monday that …": commas inside the
            // place name are allowed.
            let object_ok =
                object_verb && (j..t).all(|x| (self.is_word(x) || self.is_punct(x, ',')) && !self.in_quote(x));
            let gap_ok = object_ok
                || (j..t).all(|x| {
                    let l = self.low(x);
                    self.is_word(x)
                        && (self.is_cap(x)
                            || lx::is_time_modifier(l)
                            || lx::is_time_unit(l)
                            || lx::is_day_word(l)
                            || matches!(
                                l,
                                "on" | "in"
                                    | "at"
                                    | "a"
                                    | "an"
                                    | "the"
                                    | "interview"
                                    | "statement"
                                    | "him"
                                    | "her"
                                    | "them"
                                    | "us"
                                    | "me"
                                    | "reporters"
                                    | "journalists"
                                    | "also"
                                    | "again"
                                    | "recently"
                                    | "repeatedly"
                                    | "publicly"
                                    | "previously"
                                    | "news"
                                    | "conference"
                                    | "briefing"
                            )
                            || self.possessive(x))
                });
            if gap_ok {
                return Some((t, end));
            }
            // "said on his official Twitter feed that he …": a prepositional phrase of any plain
            // words, when a subject follows "that" (so it is no relative: "in a bill that passed").
            let subject_next = {
                // ("he'd", "they're": a contracted pronoun is a subject too.)
                let n = self.low(t + 1).split(['\'', '’']).next().unwrap_or("");
                self.is_word(t + 1)
                    && (matches!(
                        n,
                        "he" | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "you"
                            | "there"
                            | "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "this"
                            | "these"
                            | "those"
                            | "some"
                            | "many"
                            | "most"
                    ) || self.is_cap(t + 1)
                        || n.starts_with(|c: char| c.is_ascii_digit()))
            };
            // ("learned again during the debate that": adverbs may come first.)
            let jp = (j..t).find(|&x| !self.is_adverb(x)).unwrap_or(j);
            if subject_next
                && matches!(
                    self.low(jp),
                    "on" | "in" | "at" | "during" | "via" | "through" | "to" | "with" | "before" | "after" | "from"
                )
                && (j..t).all(|x| (self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE)) || in_title(x))
            {
                return Some((t, end));
            }
        }
        // "said after the convention he would not …": a circumstance, then the clause opened
        // by its subject pronoun.
        if sets().bare.contains(w)
            && matches!(self.low(j), "after" | "before" | "during" | "at" | "in" | "on")
            && !self.in_quote(j)
            && let Some(p) = (j + 2..end.min(j + 8))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| matches!(self.low(x), "he" | "she" | "they" | "we" | "i"))
            && self.is_word(p + 1)
        {
            return Some((p, end));
        }
        // "said Thursday during a taping of an MSNBC town hall in Buffalo, New York, that …":
        // a long circumstantial phrase closed by a comma before "that".
        // "continues to insist, most recently in an interview with ABC News, that …": the phrase
        // may be set off by commas and open with adverbs.
        let mut j1 = if self.is_punct(j, ',') { j + 1 } else { j };
        while j1 < end && j1 < j + 4 && self.is_word(j1) && (self.is_adverb(j1) || self.low(j1) == "most") {
            j1 += 1;
        }
        if let Some(t) = (j..end.min(j + 30))
            .find(|&x| x > j1 && self.low(x) == "that" && self.is_punct(x - 1, ',') && !self.in_quote(x))
            && (j..t).all(|x| !self.in_quote(x) && !self.has(x, F_CUE))
            && (j1..t).any(|x| matches!(self.low(x), "on" | "in" | "at" | "during" | "to" | "with"))
            && (lx::is_day_word(self.low(j1))
                || lx::is_time_modifier(self.low(j1))
                || matches!(self.low(j1), "on" | "in" | "at" | "during" | "to" | "with"))
        {
            return Some((t, end));
        }
        // "urged party leaders to turn away from …", "asked him to resign": the person asked and
        // the infinitive together are what was urged.
        if matches!(
            w,
            "urged"
                | "urges"
                | "urging"
                | "asked"
                | "asks"
                | "asking"
                | "encouraged"
                | "encourages"
                | "pressed"
                | "implored"
        ) && let Some(t) = (j + 1..end.min(j + 7)).find(|&x| self.low(x) == "to")
            && (j..t).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
            && self.is_word(t + 1)
        {
            return Some((j, end));
        }
        // "asked for a sentence of three years": what was requested.
        if matches!(w, "asked" | "asks" | "asking") && self.low(j) == "for" && self.is_word(j + 1) && !self.in_quote(j)
        {
            return Some((j + 1, end));
        }
        // "asked former Attorney General Eric Holder whether …", "asked workers if …": past
        // any object, the question.
        if matches!(w, "asked" | "asks" | "asking")
            && !about
            && let Some(q) = (j + 1..end.min(j + 9))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| matches!(self.low(x), "whether" | "if" | "what" | "why" | "how" | "when" | "which"))
        {
            return Some((q, end));
        }
        if matches!(w, "told" | "tells" | "informed" | "assured" | "asked" | "urged") && !about {
            // "asked whether …", "asked to donate …": no object to skip.
            let first = self.low(j);
            if !matches!(
                first,
                "whether" | "if" | "what" | "why" | "how" | "when" | "who" | "whom" | "which" | "where" | "to"
            ) {
                // The object: a pronoun, "reporters", or an optional determiner plus a name
                // ("told the Associated Press he …").
                if matches!(self.low(j), "the" | "a" | "an") && self.is_cap(j + 1) {
                    j += 1;
                }
                // "tells the crowd he was …", "told a news conference they are …": a common-noun
                // object of a few plain words, then a clause opened by a subject pronoun.
                let det_object = (matches!(self.low(j), "the" | "a" | "an" | "his" | "her" | "their")
                    && !self.in_quote(j))
                .then(|| {
                    (j + 2..end.min(j + 5))
                        .take_while(|&x| self.is_word(x) && !self.in_quote(x))
                        .find(|&x| matches!(self.low(x), "he" | "she" | "they" | "we" | "i" | "it" | "there"))
                        .filter(|&x| (j + 1..x).all(|y| !self.is_cap(y) && !self.has(y, F_CUE)))
                })
                .flatten();
                if let Some(x) = det_object {
                    return Some((x, end));
                }
                // "told pollsters they were undecided": any plural listener before a clause
                // opened by its subject.
                let plural_listener = |x: usize| {
                    let l = self.low(x);
                    l.len() > 3
                        && l.ends_with('s')
                        && !self.has(x, F_FUNC | F_CUE)
                        && matches!(self.low(x + 1), "he" | "she" | "they" | "we" | "i" | "it" | "there")
                };
                let mut n = 0;
                while j < end
                    && n < 5
                    && self.is_word(j)
                    && (self.is_cap(j)
                        || (n > 0 && is_particle(self.low(j)))
                        || (n == 0 && plural_listener(j))
                        // ("told host Sean Hannity a Clinton loss is …": a title before the name.)
                        || (n == 0 && self.has(j, F_TITLE) && self.is_cap(j + 1))
                        || (n == 0
                            && matches!(
                                self.low(j),
                                "him"
                                    | "her"
                                    | "them"
                                    | "us"
                                    | "me"
                                    | "reporters"
                                    | "journalists"
                                    | "supporters"
                                    | "voters"
                                    | "lawmakers"
                            )))
                {
                    let pronoun = !self.is_cap(j) && !self.has(j, F_TITLE);
                    j += 1;
                    n += 1;
                    if pronoun {
                        break;
                    }
                }
                if n == 0 {
                    return None;
                }
            }
        }
        // "announced on Friday the arrest of …", "said Tuesday it would …": a time phrase
        // between the cue and its content.
        j = self.skip_time_phrase(j, end);
        while j < end && matches!(self.toks[j].kind, Kind::Punct(',' | ':')) {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // "he said, citing …": the participle opens an attribution of its own (after a comma;
        // "called for denying entry to …" is a gerund object).
        if j > cue + 1
            && matches!(self.toks[j - 1].kind, Kind::Punct(',' | ':'))
            && self.is_word(j)
            && (self.has(j, F_PART) || matches!(self.low(j), "citing" | "referring" | "pointing" | "calling"))
        {
            return None;
        }
        // "said in an interview with the AP that …": past the venue to "that"; a venue or agent
        // with no clause after it ("said in Las Vegas at a forum …", "criticized by Miller")
        // is where or by whom, not what.
        if self.low(j) == "by" && !self.in_quote(j) {
            return None;
        }
        if matches!(self.low(j), "in" | "at" | "during")
            && !self.in_quote(j)
            && !matches!(w, "believe" | "believes" | "believed" | "believing")
            && self.is_word(j + 1)
            && (sets().dets.contains(self.low(j + 1))
                || self.is_cap(j + 1)
                || self.low(j + 1).starts_with(|c: char| c.is_ascii_digit())
                || matches!(self.low(j + 1), "response" | "recent" | "remarks"))
        {
            // "said in an interview that aired Sunday that …": a "that" followed by a verb is a
            // relative pronoun on the venue, not the complementizer.
            // ("questioned in recent days whether …": "whether" opens the content too; "in a
            // statement posted on its website that …": a participle on the venue is no cue.)
            let venue_participle = |x: usize| {
                matches!(
                    self.low(x),
                    "posted" | "released" | "published" | "issued" | "sent" | "aired" | "broadcast" | "delivered"
                )
            };
            let that = (j + 2..end.min(j + 18))
                .take_while(|&x| !self.in_quote(x) && (!self.has(x, F_CUE) || venue_participle(x)))
                .find(|&x| (self.low(x) == "that" && !self.relative_that(x)) || self.low(x) == "whether");
            return that.map(|t| (t, end));
        }
        // Without "that", only verbs that take a bare clause report one ("said it was over");
        // others take an object ("declared victory", "claimed responsibility") or "to …".
        let first = self.low(j);
        let opens_quote = matches!(self.toks[j].kind, Kind::Mark { .. });
        let wh = matches!(first, "how" | "why" | "whether" | "what" | "if" | "when" | "where" | "who");
        let inf = first == "to" && !sets().bare.contains(w);
        // Attitude verbs also attribute plain objects ("criticized the plan"), as attribution
        // corpora annotate them; only a few fixed objects are not statements.
        let _ = (opens_quote, wh, inf);
        // "said much of his talk was about Israel", "reported at least six planes": a
        // quantifier opens the clause.
        let quantifier = matches!((first, self.low(j + 1)), ("much", "of") | ("at", "least" | "most"));
        if self.is_word(j)
            && !self.is_cap(j)
            && !quantifier
            && matches!(
                first,
                "responsibility"
                    | "credit"
                    | "so"
                    | "as"
                    | "much"
                    | "victory"
                    | "on"
                    | "at"
                    | "during"
                    | "before"
                    | "after"
                    | "while"
                    | "because"
                    | "since"
                    | "until"
            )
        {
            return None;
        }
        Some((j, end))
    }

    /// A headline in title case: at least four words, each capitalised save short function
    /// words, and its own paragraph (no sentence before it in the line).
    fn title_case(&self, s0: usize, s1: usize) -> bool {
        let words: Vec<usize> = (s0..s1).filter(|&x| self.is_word(x)).collect();
        let own_para = s0 == 0 || self.toks.get(s0 - 1).is_some_and(|t| t.kind == Kind::Para);
        own_para
            && words.len() >= 4
            && words.iter().all(|&x| {
                self.is_cap(x)
                    || self.low(x).starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        self.low(x),
                        "a" | "an" | "the" | "of" | "in" | "on" | "to" | "for" | "and" | "or" | "at" | "by" | "as"
                    )
            })
    }

    /// Past a dateline opening a paragraph ("WASHINGTON — ", "BAGHDAD (Reuters) - "): the
    /// place is not part of what anyone said.
    fn after_dateline(&self, s0: usize, e: usize) -> usize {
        let opens_para = s0 == 0 || self.toks.get(s0 - 1).is_some_and(|t| t.kind == Kind::Para);
        if !opens_para {
            return s0;
        }
        let mut k = s0;
        while k < e.min(s0 + 8)
            && (self.is_word(k) || self.is_punct(k, '(') || self.is_punct(k, ')') || self.is_punct(k, ','))
        {
            if self.is_word(k) && self.slice(k, k + 1).chars().any(|c| c.is_lowercase()) && !self.in_paren(k) {
                return s0;
            }
            k += 1;
        }
        if k > s0 && k < e && (self.is_punct(k, '—') || self.is_punct(k, '–') || self.is_punct(k, '-')) {
            k + 1
        } else {
            s0
        }
    }

    /// Inside parentheses on the same line, looking back a few tokens ("(Reuters)").
    fn in_paren(&self, k: usize) -> bool {
        (k.saturating_sub(4)..k).rev().take_while(|&x| !self.is_punct(x, ')')).any(|x| self.is_punct(x, '('))
    }

    /// The paragraph (count of paragraph breaks before it) of token `t`.
    fn para(&self, t: usize) -> usize {
        self.para_of.get(t).copied().unwrap_or(0)
    }

    /// The end of the paragraph holding token `from` (before its break and final period).
    fn para_end(&self, from: usize) -> usize {
        let mut e = from.min(self.toks.len());
        while e < self.toks.len() && self.toks[e].kind != Kind::Para {
            e += 1;
        }
        self.sent_end(e)
    }

    /// Past a time phrase at `j` ("on Friday", "Tuesday", "last week", "earlier this month");
    /// `j` itself when there is none.
    fn skip_time_phrase(&self, j: usize, end: usize) -> usize {
        let day = |x: usize| lx::is_day_word(self.low(x));
        let unit = |x: usize| day(x) || lx::is_time_unit(self.low(x));
        let mut k = j;
        if self.low(k) == "on" && day(k + 1) {
            k += 2;
        } else if day(k) {
            k += 1;
        } else if lx::is_time_modifier(self.low(k)) {
            let mut m = k + 1;
            if self.low(m) == "this" || self.low(m) == "last" {
                m += 1;
            }
            if unit(m) {
                k = m + 1;
            }
        }
        if k > j && matches!(self.low(k), "morning" | "afternoon" | "evening" | "night") {
            k += 1;
        }
        if k > j && k <= end { k } else { j }
    }

    /// The subject at the start of a sentence: a pronoun or a capitalised run, before `limit`.
    fn sentence_subject(&self, s0: usize, limit: usize) -> Option<(usize, usize)> {
        // "WASHINGTON — Sen. Chuck Grassley …": the dateline's place is not the subject.
        let mut s0 = self.after_dateline(s0, limit);
        // "Then she shattered party norms", "Also after great thought, I …": an opening
        // adverb is not the subject either.
        // ("Now, it's sounding more like this: …": with its comma too.)
        while s0 + 1 < limit
            && self.is_word(s0)
            && matches!(self.low(s0), "then" | "also" | "and" | "but" | "so" | "now" | "still" | "yet" | "instead")
        {
            if self.is_word(s0 + 1) {
                s0 += 1;
            } else if self.is_punct(s0 + 1, ',') && s0 + 2 < limit && self.is_word(s0 + 2) {
                s0 += 2;
            } else {
                break;
            }
        }
        if s0 >= limit || !self.is_word(s0) {
            return None;
        }
        if lx::PRONOUNS.contains(&self.low(s0)) {
            return Some((s0, s0 + 1));
        }
        // Skip a short opening adverbial: "In April, Twitter reported …".
        // So do a subordinate clause ("As Blumenthal spoke, the NRA …") and an -ly adverb
        // ("Shortly after the merger announcement, the families …").
        let st = (s0..limit.min(s0 + 16))
            .find(|&c| self.is_punct(c, ','))
            .filter(|&c| {
                (c < s0 + 7
                    && (sets().preps.contains(self.low(s0))
                        || matches!(self.low(s0), "last" | "earlier" | "later" | "still" | "meanwhile")))
                    || self.low(s0) == "as"
                    || lx::SUBORDINATORS.contains(&self.low(s0))
                    || (ly_adverb(self.low(s0)) && !sets().adverbs.contains(self.low(s0)) && c > s0 + 1)
                    // "Speaking at the union's forum, the 10 contenders …": an opening participle.
                    || (self.low(s0).len() > 5 && self.low(s0).ends_with("ing") && c > s0 + 1)
                    // "Asked whether he was suggesting …, Mr. Santorum did not back down": an
                    // opening past participle (not a name: "Ahmed Ali, a shopkeeper").
                    || self.opening_past_participle(s0, c)
            })
            .filter(|&c| c < s0 + 12 || self.low(s0).ends_with("ing") || self.opening_past_participle(s0, c))
            .map_or(s0, |c| c + 1);
        if st < limit && lx::PRONOUNS.contains(&self.low(st)) {
            return Some((st, st + 1));
        }
        let mut runs = self.cap_runs_iter(st, limit);
        let (a, mut b) = runs.next()?;
        let second = runs.next();
        // "Presumptive Democratic nominee Hillary Clinton", "Republican presidential candidate
        // Donald Trump": a lowercase title (and a modifier before it) joins the name after it.
        if let Some((_, b2)) = second.filter(|r| {
            (r.0 == b + 1 || r.0 == b + 2)
                && sets().titles.contains(self.low(r.0 - 1))
                && (b..r.0).all(|x| self.is_word(x) && !self.is_cap(x))
        }) {
            b = b2;
        }
        // "The Republican nominee", "The Iraqi prime minister": a lowercase role after the
        // capitalised words is the head of the phrase.
        let title_at = |x: usize| x < limit && self.is_word(x) && !self.is_cap(x) && self.has(x, F_TITLE);
        // ("Republican lawmakers", "Kurdish fighters": a plural noun for people too.)
        let people_at = |x: usize| x < limit && self.is_word(x) && lx::PLURAL_PEOPLE.contains(&self.low(x));
        if second.is_none_or(|r| r.0 > b + 2) {
            if title_at(b) || people_at(b) {
                b += 1;
            } else if title_at(b + 1) && self.is_word(b) && !self.is_cap(b) && !self.has(b, F_FUNC | F_CUE) {
                b += 2;
            }
        }
        (a == st || (a == st + 1 && sets().dets.contains(self.low(st)))).then_some((st, b))
    }

    /// Token `s0` opens a past-participle clause that a comma at `c` closes ("Asked about the
    /// plan,", "Pressed on whether …,").
    fn opening_past_participle(&self, s0: usize, c: usize) -> bool {
        let w = self.low(s0);
        c > s0 + 1
            && (w.len() > 4 && w.ends_with("ed") || matches!(w, "told" | "given"))
            && self.is_word(s0 + 1)
            && !self.is_cap(s0 + 1)
    }

    /// The noun phrase ending just before token `k`, scanning left inside the sentence.
    fn left_np(&self, k: usize, s0: usize) -> Option<(usize, usize)> {
        let s = sets();
        let b = k;
        let mut a = k;
        while a > s0 && b - a < 12 {
            let t = a - 1;
            if !self.is_word(t) || self.in_quote(t) {
                break;
            }
            let w = self.low(t);
            // All-caps "US" is a name, not the pronoun "us".
            let all_caps = w.len() > 1 && self.slice(t, t + 1).chars().all(|c| !c.is_lowercase());
            // ("familiar with the talks said": after a determiner a cue word is a noun.)
            let noun = || t > s0 && (s.dets.contains(self.low(t - 1)) || self.possessive(t - 1));
            if (s.stop.contains(w) && !s.dets.contains(w) && !all_caps)
                || (s.cues.contains(w) && !s.weak.contains(w) && !self.is_cap(t) && !noun())
            {
                break;
            }
            a -= 1;
        }
        while a < b && s.preps.contains(self.low(a)) && !self.is_cap(a) {
            a += 1;
        }
        // "In July the Justice Department declined": an opening time phrase without a comma
        // ends where the determiner starts the subject.
        if let Some(d) = (a + 1..b).find(|&x| matches!(self.low(x), "the" | "a" | "an") && !self.is_cap(x))
            && (a..d).all(|x| {
                let w = self.low(x);
                s.preps.contains(w)
                    || lx::is_month(w)
                    || lx::is_day_word(w)
                    || lx::is_time_unit(w)
                    || lx::is_time_modifier(w)
                    || w == "later"
                    || w.starts_with(|c: char| c.is_ascii_digit())
            })
        {
            a = d;
        }
        if a >= b {
            return None;
        }
        // The head noun must not be a preposition or determiner.
        let last = self.low(b - 1);
        if s.preps.contains(last) || s.dets.contains(last) {
            return None;
        }
        let first = self.low(a);
        let has_cap = (a..b).any(|x| self.is_cap(x));
        let lowercase_only_plural = !has_cap && b - a <= 3 && s_form(last) && !self.possessive(b - 1);
        // "insiders in the next two states said", "teachers and union officials told …": a
        // plural head opening the clause, with a verbless phrase after it.
        let plural_head = || {
            first.len() > 3
                && s_form(first)
                && !self.is_cap(a)
                && b - a <= 7
                && (a == s0 || !self.is_word(a - 1))
                && (a..b).all(|x| {
                    let w = self.low(x);
                    !(s.finite.contains(w) || s.be.contains(w) || (w.len() > 3 && w.ends_with("ed")))
                })
        };
        let ok = self.is_cap(a)
            || s.dets.contains(first)
            || first.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                first,
                "half"
                    | "most"
                    | "more"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "majorities"
                    | "majority"
            )
            || self.possessive(a)
            || lowercase_only_plural
            // ("…, government data show": a document noun without a plural ending.)
            || (!has_cap && b - a <= 3 && matches!(last, "data" | "evidence" | "research" | "polling"))
            || (has_cap && b - a <= 4)
            || plural_head();
        if !ok {
            return None;
        }
        if (s.dets.contains(first) || self.possessive(b - 1)) && b - a == 1 {
            return None;
        }
        Some((a, b))
    }

    /// The noun phrase starting at `j`: "Brig. Gen. Tahseen Ibrahim", "a statement by …".
    /// After "according to" anything nominal names the source ("recent data from comScore",
    /// "officials familiar with the system"): only the extent is needed.
    fn right_np_any(&self, j: usize, s1: usize) -> Option<(usize, usize)> {
        let mut b = j;
        while b < s1 && b - j < 14 && self.is_word(b) && !self.in_quote(b) {
            b += 1;
        }
        (b > j).then_some((j, b))
    }

    fn right_np(&self, j: usize, s1: usize) -> Option<(usize, usize)> {
        let s = sets();
        let mut b = j;
        while b < s1 && b - j < 12 && self.is_word(b) && !self.in_quote(b) {
            let w = self.low(b);
            let cap = self.is_cap(b);
            if !cap && ((s.stop.contains(w) && !s.dets.contains(w)) || s.cues.contains(w)) {
                break;
            }
            if cap && b > j && (s.cues.contains(w)) {
                break;
            }
            b += 1;
        }
        while b > j && (s.preps.contains(self.low(b - 1)) || s.dets.contains(self.low(b - 1))) && !self.is_cap(b - 1) {
            b -= 1;
        }
        if b == j {
            return None;
        }
        let first = self.low(j);
        let ok = self.is_cap(j)
            || s.dets.contains(first)
            || first.starts_with(|c: char| c.is_ascii_digit())
            || self.possessive(j)
            || lx::PRONOUNS.contains(&first)
            || (b - j <= 3)
            // "undecided Republican voter Stephanie Hooton": modifiers before a name.
            || (j + 1..b).any(|x| self.is_cap(x));
        ok.then_some((j, b))
    }

    /// A capitalised function word ("But", "The") that only starts a sentence; "US" is not one.
    fn function_word(&self, i: usize) -> bool {
        let w = self.low(i);
        // Number words and quantifiers opening a sentence ("Six in 10 voters say") are no names.
        if self.has(i, F_QUANT) {
            return true;
        }
        self.has(i, F_FUNC)
            && !(w.len() > 1 && self.slice(i, i + 1).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()))
    }

    /// Runs of capitalised words (with name particles) inside [a, b).
    fn cap_runs(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        self.cap_runs_iter(a, b).collect()
    }

    /// [`Doc::cap_runs`] lazily, for callers that need only the first run or two.
    fn cap_runs_iter(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut i = a;
        std::iter::from_fn(move || {
            while i < b {
                if self.is_cap(i) && !self.function_word(i) {
                    let st = i;
                    while i < b && (self.is_cap(i) || (is_particle(self.low(i)) && i + 1 < b && self.is_cap(i + 1))) {
                        // "posted by Crimestoppers Monday": a day after a name is when, not who.
                        if i > st && lx::is_weekday(self.low(i)) {
                            break;
                        }
                        i += 1;
                        // Title-case headlines run names into their cue: "Lindsey Graham Says Trump".
                        // ("the United States", "Gulf States": a name ending in "States".)
                        if i < b && self.has(i, F_CUE) && s_form(self.low(i)) && self.low(i) != "states" {
                            break;
                        }
                    }
                    // "on Tuesday", "in March": a day or month alone is when, not who.
                    if !(i == st + 1 && (lx::is_weekday(self.low(st)) || lx::is_month(self.low(st)))) {
                        return Some((st, i));
                    }
                } else {
                    i += 1;
                }
            }
            None
        })
    }

    /// Splits a capitalised run after its last title word: (role tokens, name tokens).
    fn split_title(&self, r: (usize, usize)) -> ((usize, usize), (usize, usize)) {
        let mut cut = r.0;
        for i in r.0..r.1 {
            // "Justice Department", "Defense Ministry": a title word naming an institution.
            // "Martin Luther King Jr.": a title word followed only by a suffix is the name.
            let only_suffix = (i + 1..r.1).all(|x| dossier_core::lexicon::is_name_suffix(self.low(x)));
            if self.has(i, F_TITLE) && i + 1 < r.1 && !self.has(i + 1, F_ORG) && !only_suffix {
                cut = i + 1;
            }
        }
        ((r.0, cut), (cut, r.1))
    }

    fn org_like(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.has(i, F_ORG))
            || (b == a + 1
                && self.slice(a, b).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
                && self.slice(a, b).chars().count() <= 5)
    }

    /// People given a title somewhere in the text ("French President Emmanuel Macron"), plus
    /// entity mentions carrying a role: what role nouns and pronouns resolve against.
    fn titled_people(&self, runs: &[(usize, usize)], entities: &[EntityMention]) -> Vec<Person> {
        let mut out = Vec::new();
        for &r in runs {
            let (role, name) = self.split_title(r);
            let lower_title = r.0 > 0 && !self.is_cap(r.0 - 1) && sets().titles.contains(self.low(r.0 - 1));
            let titled = role.1 > role.0 || (lower_title && name.1 >= name.0 + 2);
            if titled && name.1 > name.0 && !self.org_like(name.0, name.1) {
                let mut role_words: Vec<String> =
                    (role.0..role.1).map(|i| self.low(i).trim_end_matches('.').to_string()).collect();
                // Lower-case role words just before the run: "media official Gen Saad Maan".
                let mut i = r.0;
                while i > 0
                    && self.is_word(i - 1)
                    && !self.is_cap(i - 1)
                    && r.0 - i < 3
                    && sets().titles.contains(self.low(i - 1))
                {
                    i -= 1;
                    role_words.push(self.low(i).to_string());
                }
                out.push(Person { pos: r.0, name: self.slice(name.0, name.1).to_string(), role: role_words });
            }
        }
        for e in entities {
            if e.kind == EntityKind::Person {
                let pos = self.toks.partition_point(|t| t.start < e.span.start);
                let role = e
                    .role
                    .as_deref()
                    .unwrap_or("")
                    .split_whitespace()
                    .map(|w| w.to_lowercase().trim_end_matches('.').to_string())
                    .collect();
                out.push(Person { pos, name: e.name.clone(), role });
            }
        }
        out.sort_by_key(|p| p.pos);
        out
    }

    /// Multi-word names in the text (role-stripped), for upgrading a bare surname.
    fn known_names(&self, runs: &[(usize, usize)]) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for &r in runs {
            let (_, name) = self.split_title(r);
            if name.1 >= name.0 + 2 && !self.org_like(name.0, name.1) && !(name.0..name.1).any(|i| self.in_quote(i)) {
                out.push((name.0, self.slice(name.0, name.1).to_string()));
            }
        }
        out
    }

    /// The body a definite organisation noun `h` at token `x` stands for ("the court" → "Supreme
    /// Court"): the latest before `x` of an organisation entity, an earlier speaker with a proper
    /// name, or capitalised words written before the same noun ("the Clinton campaign"), whose
    /// name has `h` as its head. Names in capitals (a headline's) do not count.
    fn body_named_earlier(
        &self,
        h: &str,
        x: usize,
        entities: &[EntityMention],
        prior: &[(usize, Speaker)],
    ) -> Option<String> {
        let s = sets();
        let at = self.span(x, x + 1).start;
        let shouting = |n: &str| n.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let heads = |n: &str| {
            let (first, last) = (n.split(' ').next().unwrap_or(""), n.rsplit(' ').next().unwrap_or(""));
            n.contains(' ')
                && (last.eq_ignore_ascii_case(h) || (first.eq_ignore_ascii_case(h) && n.contains(" of ")))
                && !shouting(n)
        };
        let mentioned = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization && e.span.start < at && heads(&e.name))
            .map(|e| (e.span.start, e.name.clone()))
            .next_back();
        // (A speaker's name counts only as a proper name: capitalised words before the head,
        // "of"/"and"/"for" between them; not "members of the group".)
        let proper = |n: &str| {
            let w: Vec<&str> = n.split(' ').collect();
            w.len() >= 2
                && w[..w.len() - 1]
                    .iter()
                    .all(|x| x.starts_with(char::is_uppercase) || matches!(*x, "of" | "and" | "for"))
        };
        let spoke = prior.iter().rev().find_map(|(q, sp)| {
            sp.name.as_ref().filter(|n| heads(n) && proper(n)).map(|n| (self.span(*q, *q + 1).start, n.clone()))
        });
        // ("the campaign" after "the Clinton campaign" or "Trump's campaign", which no entity
        // covers.)
        let written = (1..x).rev().filter(|&t| self.low(t) == h && self.is_cap(t - 1)).find_map(|t| {
            let mut r0 = t - 1;
            while r0 > 0 && self.is_word(r0 - 1) && self.is_cap(r0 - 1) && !self.possessive(r0 - 1) {
                r0 -= 1;
            }
            // (Not a determiner or pronoun opening the sentence, "His campaign"; not part of a
            // longer name, "Food and Drug Administration", "Virginia Department of Health"; at
            // most four words.)
            while r0 < t && (s.stop.contains(self.low(r0)) || s.dets.contains(self.low(r0))) {
                r0 += 1;
            }
            let owner = self.slice(r0, t).trim_end_matches("'s").trim_end_matches("’s");
            let name = format!("{owner} {}", self.slice(t, t + 1));
            let glued = owner.split(' ').any(|w| w.contains('.') && w.chars().any(char::is_lowercase));
            let joined = r0 >= 2 && matches!(self.low(r0 - 1), "and" | "of" | "&") && self.is_cap(r0 - 2);
            let longer = self.low(t + 1) == "of" && self.is_cap(t + 2);
            let loud = owner.split(' ').any(|w| w.len() >= 5 && shouting(w)) || shouting(self.slice(t, t + 1));
            ((1..=4).contains(&t.saturating_sub(r0)) && !(glued || joined || longer || loud))
                .then(|| (self.span(r0, t).start, name))
        });
        let (_, n) = [mentioned, spoke, written].into_iter().flatten().max_by_key(|(p, _)| *p)?;
        Some(n.strip_prefix("The ").map_or(n.clone(), str::to_string))
    }

    fn resolve(&self, a: &Anchor, pos: usize, seen: &Seen, entities: &[EntityMention]) -> Speaker {
        let (people, known, prior, said) = (seen.people, seen.names, seen.prior, seen.said);
        let s = sets();
        let (x, y) = a.subj;
        if y <= x {
            // No source at all ("X is expected to …", "Asked about …,").
            return Speaker::default();
        }
        let np_span = self.span(x, y);
        // "The committee's chairman, Senator Richard M. Burr of North Carolina, said": a role
        // named by the appositive after it.
        if a.kind != SubjKind::Pronoun
            && y > x
            && !self.is_cap(y - 1)
            && self.is_punct(y, ',')
            && self.is_cap(y + 1)
            && a.cue.0 > y + 2
            && self.is_punct(a.cue.0 - 1, ',')
        {
            let inside = |t: usize| y < t && t < a.cue.0;
            // (`people` holds the entities' persons as well as titled names.)
            if let Some(p) = people.iter().find(|p| inside(p.pos) && p.pos <= y + 3) {
                return Speaker { name: Some(p.name.clone()), span: Some(np_span), person: true };
            }
        }
        // "an Iowa Republican said", "A Kurdish fighter said", "a Democrat in the room said": one
        // member of a group, who is not named. A document or an institution keeps its source
        // ("an Iraqi report", "a Turkish court"), and so does a share of a group named in the
        // plural ("a majority of Americans", "one in five Republicans").
        let inside_np = |k: EntityKind| entities.iter().any(|e| e.kind == k && np_span.contains(&e.span));
        let plural_group = || {
            entities.iter().any(|e| {
                e.kind == EntityKind::Group
                    && np_span.contains(&e.span)
                    && e.span.slice(self.text).strip_suffix('s').is_some_and(|w| w.ends_with(char::is_lowercase))
            })
        };
        if matches!(self.low(x), "a" | "an" | "another" | "one")
            && !plural_group()
            && a.kind != SubjKind::Pronoun
            && inside_np(EntityKind::Group)
            && !inside_np(EntityKind::Person)
            && !inside_np(EntityKind::Organization)
            && !self.org_like(x, y)
            && !(x..y).any(|t| s.docs.contains(self.low(t)) || lx::COLLECTIVES.contains(&self.low(t)))
        {
            return Speaker { name: None, span: Some(np_span), person: true };
        }
        // "the Kentucky Republican said", "the New York Democrat added": the person named
        // shortly before whose sentence gives that state ("Sen. Rand Paul (R-Ky.)", "Kentucky
        // Sen. Mitch McConnell").
        if self.low(x) == "the" && y >= x + 3 && matches!(self.low(y - 1), "republican" | "democrat") {
            let state = self.slice(x + 1, y - 1);
            if let Some((name, abbrevs)) = lx::US_STATES.iter().find(|(n, _)| *n == state) {
                // (Next to the name: "Kentucky Sen. Mitch McConnell", "Sen. Rand Paul (R-Ky.)";
                // not elsewhere in its sentence, which may be this very one.)
                let gives_state = |p: &Person| {
                    let sp = self.span(p.pos.saturating_sub(4), (p.pos + 8).min(x));
                    let near = self.text.get(sp.start..sp.end).unwrap_or("");
                    near.contains(name) || abbrevs.iter().any(|ab| near.contains(&format!("-{ab}")))
                };
                let named = people.iter().rev().find(|p| {
                    p.pos + 8 < x && self.para(p.pos) + 2 >= self.para(x) && !self.in_quote(p.pos) && gives_state(p)
                });
                if let Some(p) = named {
                    return Speaker { name: Some(p.name.clone()), span: Some(np_span), person: true };
                }
            }
        }
        // An entity mention inside the subject wins: a person anywhere in it, else an
        // organisation or group that heads it. One that only modifies a noun after it ("the
        // French leader", "a UN report") is not the speaker: the role or document is.
        let tail = |e: &EntityMention| self.text.get(e.span.end..np_span.end).unwrap_or("");
        let heads = |e: &EntityMention| !tail(e).chars().any(char::is_alphanumeric);
        let in_np: Vec<&EntityMention> = entities
            .iter()
            .filter(|e| {
                np_span.contains(&e.span)
                    && (e.kind == EntityKind::Person
                        || (matches!(e.kind, EntityKind::Organization | EntityKind::Group) && heads(e)))
            })
            .collect();
        let persons: Vec<&&EntityMention> = in_np.iter().filter(|e| e.kind == EntityKind::Person).collect();
        // Stacked titles put the speaker last ("Interior Ministry media official Gen Saad
        // Maan"); an appositive after a comma describes the first ("X, an aide to Y, said").
        let pick = match (persons.first(), persons.last()) {
            (Some(f), Some(l)) if self.text.get(f.span.end..l.span.start).is_some_and(|g| g.contains(',')) => Some(**f),
            (_, Some(l)) => Some(**l),
            _ => in_np.iter().min_by_key(|e| e.span.start).copied(),
        };
        if let Some(e) = pick
            && a.kind != SubjKind::Pronoun
            && !(y == x + 1 && contracted_be(self.low(x)).is_some())
        {
            return Speaker { name: Some(e.name.clone()), span: Some(e.span), person: e.kind == EntityKind::Person };
        }
        // "In Nogales, …", "Among the most prominent Russian tycoons is …": a phrase opened by a
        // preposition is no subject, so it names nobody
        // (a person inside it, as in "At one point Mr. Henry", was named above).
        // ("In Wednesday's speech the senator" goes on to the role below.)
        if self.is_cap(x) && s.preps.contains(self.low(x)) && y > x + 1 && !(x..y).any(|t| self.has(t, F_TITLE)) {
            return Speaker { name: None, span: Some(np_span), person: false };
        }
        // "He’s wanted …": a pronoun with a contracted verb is still the pronoun.
        let contracted_pronoun = y == x + 1 && contracted_be(self.low(x)).is_some_and(|p| lx::PRONOUNS.contains(&p));
        // ("She doubled down late Monday, telling CNN: …": a participle's subject found as a
        // phrase is still the pronoun.)
        let bare_pronoun = y == x + 1 && matches!(self.low(x), "he" | "she");
        if a.kind == SubjKind::Pronoun || contracted_pronoun || bare_pronoun {
            let p = contracted_be(self.low(x)).unwrap_or(self.low(x));
            let want_person = matches!(p, "he" | "she" | "i" | "his" | "her");
            // "it"/"they" stand for the last thing that spoke, named or not ("The fraternity
            // issued a statement. “…,” it said."): an unnamed one leaves the name empty rather
            // than reaching back to an older, named speaker.
            // "Maria Lopez said …. “…,” he said": a common given name of the other sex is no
            // antecedent.
            let female = match p {
                "she" | "her" => Some(true),
                "he" | "his" => Some(false),
                _ => None,
            };
            // "… jabs at Trump, whom he called a “dangerous demagogue”": the pronoun after "whom"
            // is someone other than the person "whom" stands for.
            let bound = (x > 0 && self.low(x - 1) == "whom")
                .then(|| people.iter().rev().find(|pp| pp.pos + 1 < x).map(|pp| pp.name.as_str()))
                .flatten();
            // (The sex a name tells: its given name, or for a lone surname the honorific the
            // article gives it, as in "Mr. Trump". Not for a full name: "Ghazala Khan" is not
            // the "Mr. Khan" of the same article.)
            let sex_of = |n: &str| {
                n.split(' ')
                    .next()
                    .and_then(lx::given_name_female)
                    .or_else(|| seen.honorifics.iter().find(|(w, _)| w.eq_ignore_ascii_case(n)).map(|&(_, f)| f))
            };
            let ruled_out =
                |n: &str| bound == Some(n) || female.is_some() && sex_of(n).is_some_and(|f| Some(f) != female);
            let from_prior = prior
                .iter()
                .rev()
                .find(|(q, sp)| {
                    let unnamed_phrase = sp.span.is_some_and(|x| {
                        let t = x.slice(self.text);
                        !lx::PRONOUNS.iter().chain(&["who", "which", "that"]).any(|p| p.eq_ignore_ascii_case(t))
                    });
                    // ("Several Republican senators said …" is no antecedent for "he".)
                    let plural = || {
                        want_person
                            && sp.span.is_some_and(|x| {
                                let t = x.slice(self.text);
                                let last = t.rsplit(' ').next().unwrap_or("");
                                let first = t.split(' ').next().unwrap_or("");
                                (last.len() > 3 && s_form(last) && last.starts_with(char::is_lowercase))
                                    || lx::QUANTIFIERS.iter().any(|q| q.eq_ignore_ascii_case(first))
                            })
                    };
                    // "A French medical worker says …. “…,” he said": a person who spoke
                    // unnamed in this paragraph or the one before is meant too, and keeps the name
                    // empty rather than passing it to someone named earlier.
                    // (Not a source given by "according to": "…, according to a former
                    // official. But he …" is about the subject.)
                    let unnamed_person = || {
                        female.is_some()
                            && unnamed_phrase
                            && self.low(*q) != "according"
                            && self.para(*q) + 1 >= self.para(pos)
                            && sp.span.is_none_or(|x| {
                                let head = x.slice(self.text).rsplit(' ').next().unwrap_or("");
                                // (Not one who asks the questions: "when asked by a reporter
                                // whether he …" is about the one who answers.)
                                let asker = ["reporter", "reporters", "journalist", "interviewer", "moderator"]
                                    .iter()
                                    .any(|w| w.eq_ignore_ascii_case(head));
                                !asker && lx::noun_female(head).is_none_or(|f| Some(f) == female)
                            })
                    };
                    sp.person == want_person
                        && (sp.name.is_some() || (!want_person && unnamed_phrase) || unnamed_person())
                        && !plural()
                        && !sp.name.as_deref().is_some_and(&ruled_out)
                })
                .map(|(q, sp)| (*q, sp.name.clone()));
            let from_people = if want_person {
                let outside = |pp: &&Person| !said.iter().any(|&(a, b)| a <= pp.pos && pp.pos < b);
                let spoken_of = |pp: &&Person| pp.pos < pos;
                let agrees = |pp: &&Person| !ruled_out(&pp.name);
                people
                    .iter()
                    .rev()
                    .filter(spoken_of)
                    .filter(agrees)
                    .find(outside)
                    .or_else(|| people.iter().rev().filter(agrees).find(spoken_of))
                    .map(|pp| (pp.pos, Some(pp.name.clone())))
            } else {
                None
            };
            // "Mr. Trump … offered an emphatic “yes” as he met with President Juan Manuel Santos.
            // “…,” he told reporters": a person named after a preposition is less likely meant
            // than the last speaker of this paragraph or the one before.
            let oblique = |q: usize| {
                let mut t = q;
                while t > 0 && self.is_word(t - 1) && (self.has(t - 1, F_TITLE) || self.is_cap(t - 1)) {
                    t -= 1;
                }
                // ("… for Mr. Trump, who had caught their attention … when he said", "the moment
                // of Cruz's career when he …": a relative clause or a possessive keeps the person
                // in view.)
                let mut e = q;
                while e < self.toks.len() && self.is_word(e) && self.is_cap(e) {
                    e += 1;
                }
                let in_view = e > q && (self.possessive(e - 1) || (self.is_punct(e, ',') && self.low(e + 1) == "who"));
                // ("Netanyahu told Sens. Dick Durbin … that he regrets …. “…,” he told the
                // senators": whom a speaker told is no likelier meant in a later sentence. In the
                // same one it often is: "Mitchell asked Mulvaney if he …".)
                let addressee =
                    matches!(self.low(t.wrapping_sub(1)), "told" | "tell" | "tells" | "telling" | "informed")
                        && self.sent_of.get(t) != self.sent_of.get(x);
                t > 0
                    && ((s.preps.contains(self.low(t - 1)) && !matches!(self.low(t - 1), "according")) || addressee)
                    && !in_view
            };
            let best = match (from_prior, from_people) {
                (Some(a), Some(b))
                    if b.0 > a.0 && oblique(b.0) && a.1.is_some() && self.para(a.0) + 1 >= self.para(pos) =>
                {
                    Some(a)
                }
                (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
                (a, b) => a.or(b),
            };
            let unnamed_they = p == "they" && !prior.iter().rev().take(1).any(|(_, sp)| !sp.person);
            // "it"/"they" reach back to a thing that spoke in this paragraph or the one before,
            // not to an organisation or country quoted pages earlier.
            let far = !want_person && best.as_ref().is_none_or(|b| self.para(b.0) + 1 < self.para(pos));
            let name = if matches!(p, "we" | "i") || unnamed_they || far { None } else { best.and_then(|b| b.1) };
            return Speaker { name, span: Some(np_span), person: want_person };
        }
        // "The report said …" after "A UN report estimated …": the same document.
        if y == x + 2
            && matches!(self.low(x), "the" | "this")
            && s.docs.contains(self.low(x + 1))
            && let Some(name) = prior.iter().rev().find_map(|(_, sp)| {
                sp.name.as_ref().filter(|n| {
                    n.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(self.low(x + 1))) && n.contains(' ')
                })
            })
        {
            return Speaker { name: Some(name.clone()), span: Some(np_span), person: false };
        }
        // "“…,” Trump said in a statement released by his campaign. “…,” the statement
        // continued.": the document the last speaker spoke in, in this paragraph or the one before.
        if y == x + 2
            && matches!(self.low(x), "the" | "this")
            && s.docs.contains(self.low(x + 1))
            && let Some((q, sp)) = prior.last()
            && sp.name.is_some()
        {
            let doc = self.low(x + 1);
            let spoke_in = (*q..x).take_while(|&t| self.para(t) + 1 >= self.para(x)).any(|t| {
                self.low(t) == doc
                    && t >= 2
                    && matches!(self.low(t - 1), "a" | "an" | "his" | "her" | "its" | "their")
                    && matches!(self.low(t - 2), "in" | "through")
            });
            if self.para(*q) + 1 >= self.para(x) && spoke_in {
                return Speaker { name: sp.name.clone(), span: Some(np_span), person: sp.person };
            }
        }
        let runs = self.cap_runs(x, y);
        // (2) a name at the head: "Analyst Nicholas Heras of the …", "Gen. X".
        let mut first_after_det = (x..y).find(|&i| !s.dets.contains(self.low(i)) || self.is_cap(i)).unwrap_or(x);
        // "The Bank of England": before an institution a capitalised "The" is the determiner.
        if self.low(first_after_det) == "the"
            && let Some(r) = runs.first().filter(|r| r.0 == first_after_det + 1 && self.org_like(r.0, r.1))
        {
            first_after_det = r.0;
        }
        let mut chosen = None;
        if let Some(&r) = runs.first()
            && r.0 == first_after_det
            && (r.1 == y || s.preps.contains(self.low(r.1)) || self.is_punct(r.1, ','))
            && !(self.possessive(r.1 - 1) && r.1 < y)
        {
            // "the Department of Homeland Security", "the Bank of England": an institution's
            // name runs on across "of (the)".
            let joined = runs.get(1).filter(|n| {
                self.org_like(r.0, r.1)
                    && self.low(r.1) == "of"
                    && (n.0 == r.1 + 1 || (n.0 == r.1 + 2 && self.low(r.1 + 1) == "the"))
            });
            chosen = Some(joined.map_or(r, |n| (r.0, n.1)));
        }
        // (1) a name after a lower-case title: "media official Gen Saad Maan".
        // "voter Stephanie Hooton of Derry, N.H.": the name before an "of" affiliation.
        let last = match runs.as_slice() {
            [.., r, l]
                if l.1 == y
                    && r.1 + 1 == l.0
                    && self.low(r.1) == "of"
                    && r.1 >= r.0 + 2
                    && !self.org_like(r.0, r.1) =>
            {
                Some(r)
            }
            [.., l] if l.1 == y => Some(l),
            _ => None,
        };
        if chosen.is_none()
            && let Some(&r) = last
            && r.0 > x
            // Not a name inside a relative clause ("39 who back Sanders").
            && !(x..r.0).any(|t| matches!(self.low(t), "who" | "which" | "that" | "whom"))
            && !s.preps.contains(self.low(r.0 - 1))
            && !s.dets.contains(self.low(r.0 - 1))
            && !self.possessive(r.0 - 1)
        {
            chosen = Some(r);
        }
        if let Some(r) = chosen {
            let (_, name) = self.split_title(r);
            if name.1 > name.0 {
                let org = self.org_like(r.0, r.1);
                let mut text = self.slice(name.0, name.1).to_string();
                // A lone capitalised word is a person only if titled or known by a fuller name
                // ("Washington wants …" is not someone "she" can refer to).
                let mut person = !org && (name.1 > name.0 + 1 || name.0 > r.0);
                if !org && name.1 == name.0 + 1 {
                    if let Some((_, full)) = known.iter().rev().find(|(p, n)| *p < name.0 && same_surname(n, &text)) {
                        text = full.clone();
                        person = true;
                    } else if let Some(pp) = people.iter().rev().find(|pp| same_surname(&pp.name, &text)) {
                        text = pp.name.clone();
                        person = true;
                    }
                }
                return Speaker { name: Some(text), span: Some(self.span(name.0, name.1)), person };
            }
        }
        // (3) a role noun phrase: "the French leader", "the lieutenant general".
        let words: Vec<&str> =
            (x..y).map(|i| self.low(i)).filter(|w| !s.dets.contains(w) && !s.preps.contains(w)).collect();
        if let Some(head) = words.last() {
            let syn: &[&str] = lx::ROLE_SYNONYMS.iter().find(|(h, _)| h == head).map(|(_, v)| *v).unwrap_or(&[]);
            let head_titles = s.titles.contains(head) || !syn.is_empty();
            // "a senior U.S. intelligence official said": an indefinite role hides its holder.
            let indefinite = matches!(self.low(x), "a" | "an" | "one" | "another");
            if head_titles && !self.is_cap(y - 1) && indefinite {
                return Speaker { name: None, span: Some(np_span), person: true };
            }
            if head_titles && !self.is_cap(y - 1) {
                let mut best: Option<(usize, &Person)> = None;
                for p in people.iter().filter(|p| p.pos < pos) {
                    let head_ok = p.role.iter().any(|r| r == head || syn.contains(&r.as_str()));
                    // "the prime minister" is not "Foreign Minister Fuad Hussein": the word before
                    // a shared head must agree when both have one.
                    let pre = words.len().checked_sub(2).map(|k| words[k]);
                    let p_pre =
                        p.role.iter().position(|r| r == head).and_then(|k| k.checked_sub(1)).map(|k| &p.role[k]);
                    if !head_ok || pre.zip(p_pre).is_some_and(|(a, b)| a != b.as_str()) {
                        continue;
                    }
                    let score = words
                        .iter()
                        .filter(|w| {
                            p.role.iter().any(|r| {
                                r == *w || (matches!(**w, "us" | "u.s.") && matches!(r.as_str(), "us" | "u.s."))
                            })
                        })
                        .count();
                    if best.is_none_or(|(bs, _)| score >= bs) {
                        best = Some((score, p));
                    }
                }
                // "A senior defense official said …. The official added …": an earlier speaker
                // named by the same head noun, if more recent than any titled person.
                let same_head = prior.iter().rev().find(|(_, sp)| {
                    sp.span.is_some_and(|x| {
                        let t = x.slice(self.text);
                        t.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(head))
                    })
                });
                if let Some((q, sp)) = same_head
                    && best.is_none_or(|(_, p)| p.pos < *q)
                {
                    return Speaker { name: sp.name.clone(), span: Some(np_span), person: true };
                }
                if let Some((_, p)) = best {
                    return Speaker { name: Some(p.name.clone()), span: Some(np_span), person: true };
                }
            }
        }
        // A document or organisation: "one report by the Cradle", "a UN report". Not a name
        // inside a relative clause ("senators who met with Morell").
        // "a report the prosecutors made to the judge in DC", "an estimate the White House
        // released": a document noun followed straight by a determiner opens a clause whose
        // subject wrote it; a name further on ("DC") is a circumstance of that clause.
        let contact = (x + 1..y).find(|&t| {
            s.docs.contains(self.low(t - 1))
                && !self.is_cap(t - 1)
                && matches!(self.low(t), "the" | "a" | "an" | "his" | "her" | "their" | "its")
        });
        if let Some(t) = contact {
            let author = runs.iter().find(|r| r.0 == t + 1 || (r.0 == t && self.is_cap(t) && r.1 > t + 1));
            let name = author.filter(|r| r.1 < y && !self.is_cap(r.1)).map(|r| {
                let st = if self.low(r.0) == "the" { r.0 + 1 } else { r.0 };
                self.slice(st, r.1).to_string()
            });
            return Speaker { name, span: Some(np_span), person: false };
        }
        if let Some(&r) = runs.last()
            && !(x..r.0).any(|t| matches!(self.low(t), "who" | "which" | "that" | "whom"))
        {
            let org = self.org_like(x, y) || words.iter().any(|w| s.docs.contains(w));
            if self.possessive(r.1 - 1)
                && r.1 < y
                && words.last().is_some_and(|h| {
                    s.docs.contains(h)
                        || matches!(*h, "publication" | "account" | "words" | "remarks" | "comments" | "message")
                })
            {
                // "al-Araji's publication": the possessor speaks through it.
                let (_, nm) = self.split_title(r);
                let t = self.slice(nm.0, nm.1);
                let t = t.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’']);
                let full = known.iter().rev().find(|(_, n)| same_surname(n, t)).map(|(_, n)| n.clone());
                let org_p = self.org_like(r.0, r.1);
                return Speaker {
                    name: Some(full.unwrap_or_else(|| t.to_string())),
                    span: Some(self.span(r.0, r.1)),
                    person: !org_p,
                };
            }
            // The preposition before the name ("a statement from (the) …"), if any.
            let prep = if r.0 > x + 1 && self.low(r.0 - 1) == "the" { r.0 - 2 } else { r.0.saturating_sub(1) };
            let after_prep = r.0 > x && s.preps.contains(self.low(prep));
            // "Republican leaders on Capitol Hill", "officials in Baghdad": a place names the
            // group, and no "he" or "she" can refer back to it.
            let place = after_prep && prep > x && matches!(self.low(prep), "in" | "on" | "at");
            // ("A federal judge in Texas": the place names nobody.)
            if place && self.low(prep) == "in" && !self.is_cap(prep - 1) && !org {
                return Speaker { name: None, span: Some(np_span), person: false };
            }
            let name = if after_prep {
                let (_, nm) = self.split_title(r);
                // "a statement from the Iraqi military": the lower-case head after the name.
                let tail = (r.1..y).all(|t| self.is_word(t) && !self.is_cap(t) && !s.stop.contains(self.low(t)));
                let end = if r.1 < y && y - r.1 <= 2 && tail { y } else { nm.1 };
                self.slice(nm.0, end).to_string()
            } else {
                // ("A UN report": an indefinite article is never part of the name; "The Hill" keeps
                // its "The".)
                let st = if s.dets.contains(self.low(x)) && (!self.is_cap(x) || matches!(self.low(x), "a" | "an")) {
                    x + 1
                } else {
                    x
                };
                self.slice(st, y).to_string()
            };
            // "People who have battled online threats say": the only capital is the sentence's
            // first letter, so nobody is named.
            let sentence_start = self.sents.get(self.sent_of.get(x).copied().unwrap_or(0)).is_some_and(|s| s.0 == x);
            // ("Republican lawmakers pounced": a party, people or place before a plural noun for
            // people is a name's capital, and the phrase names the group.)
            let proper_group = lx::PLURAL_PEOPLE.contains(&self.low(y - 1))
                && self.toks.get(x).is_some_and(|t| {
                    entities.iter().any(|e| {
                        e.span.start == t.start
                            && matches!(e.kind, EntityKind::Group | EntityKind::Organization | EntityKind::Place)
                    })
                });
            if runs.len() == 1 && r == (x, x + 1) && sentence_start && y > x + 1 && !org && !proper_group {
                return Speaker { name: None, span: Some(np_span), person: false };
            }
            let the = name.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            return Speaker { name: Some(name), span: Some(np_span), person: !org && !place && !the };
        }
        // An unnamed organisation ("the coalition", "the ministry") still names who speaks.
        let org_head = words.last().filter(|h| s.orgs.contains(**h) && !s.docs.contains(**h));
        // "the administration" after "the Trump administration", "the department" after "the
        // Department of Justice": the body named earlier whose name has that head.
        // (Not "the police", whose force goes unnamed more often than not.)
        if let Some(h) = org_head
            && y == x + 2
            && matches!(self.low(x), "the" | "this")
            && *h != "police"
            && let Some(n) = self.body_named_earlier(h, x, entities, prior)
        {
            return Speaker { name: Some(n), span: Some(np_span), person: false };
        }
        let name = org_head.map(|_| {
            let st = if s.dets.contains(self.low(x)) { x + 1 } else { x };
            self.slice(st, y).to_string()
        });
        Speaker { name, span: Some(np_span), person: false }
    }
}

#[cfg(test)]
mod tests;
