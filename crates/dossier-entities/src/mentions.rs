//! From tags on raw-text tokens to [`EntityMention`]s: Arabic name particles, groups, roles
//! (titles before the name, appositions after it) and short forms resolved to the fullest name.

use std::collections::HashMap;

use dossier_core::{EntityKind, EntityMention, Span};
use dossier_nlp::{Token, TokenKind};

use crate::tagger::{EntType, Tag};

/// Words that name a role or title; case-insensitive, with or without the abbreviation period.
const ROLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "secretary",
    "general",
    "gen",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "sergeant",
    "sgt",
    "captain",
    "capt",
    "admiral",
    "adm",
    "commander",
    "cmdr",
    "chief",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "governor",
    "gov",
    "senator",
    "sen",
    "representative",
    "rep",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "cleric",
    "ayatollah",
    "imam",
    "judge",
    "justice",
    "officer",
    "official",
    "deputy",
    "undersecretary",
    "coordinator",
    "analyst",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "pope",
    "emir",
    "sultan",
    "speaker",
    "lawmaker",
    "mp",
    "candidate",
    "founder",
    "correspondent",
    "reporter",
    "editor",
    "attorney",
    "lawyer",
    "counsel",
    "coach",
    "manager",
    "executive",
    "commissioner",
    "inspector",
    "chancellor",
    "diplomat",
    "negotiator",
    "researcher",
    "fellow",
    "economist",
    "strategist",
    "aide",
    "representative",
    "member",
    "colonel",
    "brigadier",
    "brig",
    "pvt",
    "private",
    "corporal",
    "cpl",
    "marshal",
    "superintendent",
    "president-elect",
    "foreign",
    "defense",
    "defence",
    "interior",
    "affairs",
    "staff",
    "spokeswoman",
    "director-general",
    "secretary-general",
    "commander-in-chief",
    "rev",
    "reverend",
    "father",
    "bishop",
    "archbishop",
    "cardinal",
    "whip",
    "treasurer",
    "administrator",
    "prosecutor",
    "sheriff",
];

/// Role words that are only titles when capitalised or abbreviated ("Father", not "father").
fn is_role_word(w: &str) -> bool {
    // A set of the ASCII-lower-cased list: a scan of the list per word showed up in profiles.
    type Set = std::collections::HashSet<Vec<u8>, dossier_core::hash::WordBuild>;
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    let w = w.strip_suffix('.').unwrap_or(w).as_bytes();
    if w.len() > 20 {
        return false;
    }
    let mut buf = [0u8; 20];
    let Some(low) = buf.get_mut(..w.len()) else { return false };
    low.copy_from_slice(w);
    low.make_ascii_lowercase();
    let set = SET.get_or_init(|| ROLE_WORDS.iter().map(|r| r.as_bytes().to_ascii_lowercase()).collect());
    set.contains(&*low)
}

/// Words that stop the backward walk over a title: determiners, prepositions of time, verbs.
const ROLE_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "by",
    "with",
    "said",
    "says",
    "told",
    "when",
    "and",
    "but",
    "as",
    "that",
    "this",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "yesterday",
    "today",
    "former",
    "then",
    "late",
];

/// Words that may link parts of a title ("envoy to Iraq", "Minister of Defense").
const ROLE_LINK: &[&str] = &["of", "to", "for", "'s", "’s", "at", "on"];

/// Lowercase particles that belong inside Arabic (and some other) names.
const PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "bint", "abu", "abd", "ben", "bani"];

/// Nouns that, after a nationality or faith word, name the group itself ("Kurdish fighters").
const GROUP_NOUNS: &[&str] = &[
    "factions",
    "faction",
    "fighters",
    "militias",
    "militia",
    "militants",
    "rebels",
    "insurgents",
    "groups",
    "group",
    "tribes",
    "parties",
    "party",
    "community",
    "communities",
    "separatists",
    "muslims",
    "christians",
    "clerics",
    "protesters",
    "paramilitaries",
    "forces",
];

/// Religious, political and ethnic group names that do not look like demonyms.
const GROUP_WORDS: &[&str] = &[
    "shia",
    "shiite",
    "shiites",
    "shi'ite",
    "sunni",
    "sunnis",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jew",
    "jews",
    "jewish",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "kurd",
    "kurds",
    "arab",
    "arabs",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "islamist",
    "islamists",
    "jihadist",
    "jihadists",
    "hindu",
    "hindus",
    "buddhist",
    "buddhists",
    "yazidi",
    "yazidis",
    "alawite",
    "alawites",
    "druze",
    "sikh",
    "sikhs",
    "evangelical",
    "evangelicals",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "socialist",
    "socialists",
    "communist",
    "communists",
    "labour",
    "tory",
    "tories",
];

/// Does a MISC mention name a people, faith or political camp rather than an event or a law?
fn looks_like_group(words: &[&str]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    let low = last.to_lowercase();
    let core = low.strip_prefix("pro-").or_else(|| low.strip_prefix("anti-")).unwrap_or(&low);
    if GROUP_WORDS.contains(&core) || GROUP_NOUNS.contains(&core) {
        return true;
    }
    if words.len() > 1 && !words.iter().all(|w| looks_like_group(&[w])) {
        return false;
    }
    // "Iranian-backed", "Shiite-led": the people named first decides.
    let head = core.split('-').next().unwrap_or(core);
    let demonym = ["an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ite", "ites", "ch"]
        .iter()
        .any(|s| head.ends_with(s) && head.len() > s.len() + 2);
    demonym || GROUP_WORDS.contains(&head) || matches!(core, "islamic" | "catholic")
}

/// A chunk of tokens `a..b` with its CoNLL type.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    a: usize,
    b: usize,
    ty: EntType,
}

/// "al-Kadhimi", "el-Sisi": a lower-case Arabic article joined to a capitalised name.
fn is_particle_name(w: &str) -> bool {
    ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "bin-", "abu-"]
        .iter()
        .any(|p| w.strip_prefix(p).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase))
}

/// "D-N.Y", "R-Ky.", "I-Vt.": a party letter, a hyphen and a state.
fn party_label(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// "F." in "Kenneth F. McKenzie".
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next() == Some('.') && c.next().is_none()
}

fn is_title_case(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
}

/// Repairs chunks where the tagger swallowed a person into a title or place: "U.S. Army Col.
/// Myles Caggins" (ORG) keeps only the name after the title word; "Iraq Alina Romanowski" (LOC)
/// splits before the given name.
fn split_chunks(text: &str, toks: &[Token], cs: Vec<Chunk>) -> Vec<Chunk> {
    let w = |i: usize| toks.get(i).map(|t| crate::tok_text(text, t)).unwrap_or("");
    let namey = |i: usize| is_title_case(w(i)) || PARTICLES.contains(&w(i)) || is_particle_name(w(i));
    let mut out = Vec::with_capacity(cs.len());
    for mut c in cs {
        // "Colo. — Yolanda Avila": the tagger may carry a dash (a possible continuation in
        // "Smith - Jones") into the next name, but no name opens with punctuation or ends on a dash.
        while c.a < c.b && !w(c.a).chars().any(char::is_alphanumeric) {
            c.a += 1;
        }
        while c.b > c.a && is_dash(w(c.b - 1)) {
            c.b -= 1;
        }
        if c.a == c.b {
            continue;
        }
        // "(D-N.Y.)", "(R-Ky.)", a lone "R.": a party and state, or an initial, names nobody.
        if c.b - c.a <= 3 && (party_label(w(c.a)) || (c.ty == EntType::Per && c.b - c.a == 1 && is_initial(w(c.a)))) {
            continue;
        }
        if c.b - c.a < 2 {
            out.push(c);
            continue;
        }
        if c.ty == EntType::Per {
            // "Unlike Obama, …": a sentence-opening preposition or adverb is no given name.
            if NOT_GIVEN_NAMES_SET.contains(w(c.a)) {
                out.push(Chunk { a: c.a + 1, ..c });
                continue;
            }
            // "St. Louis Police Department", "Billy Graham Evangelistic Association": a name
            // ending in an institution's head word is the institution.
            if c.b - c.a >= 2 && INSTITUTION_HEADS_SET.contains(w(c.b - 1)) {
                out.push(Chunk { ty: EntType::Org, ..c });
                continue;
            }
            if let Some(cut) = headline_cut(text, toks, c) {
                // "James Damore Sues Google", "Sander M. Levin of Michigan": the name ends where
                // the headline's verb or a preposition starts; a chunk that starts with them
                // ("Will Be Fact-Checking For Facebook") names nobody.
                if cut > c.a {
                    out.push(Chunk { a: c.a, b: cut, ty: c.ty });
                }
                continue;
            }
            if lower_in(w(c.b - 1), &["republican", "democrat"]) && (c.a..c.b - 1).all(|i| is_title_case(w(i))) {
                out.push(Chunk { a: c.a, b: c.b - 1, ty: EntType::Loc });
                out.push(Chunk { a: c.b - 1, b: c.b, ty: EntType::Misc });
            } else {
                out.push(c);
            }
            continue;
        }
        let title_at =
            (c.a..c.b - 1).rev().find(|&r| is_role_word(w(r)) && w(r).chars().next().is_some_and(char::is_uppercase));
        // ("the Defense Department", "Justice Department": a title word before an
        // institution's head word is part of the institution's name.)
        let institution = INSTITUTION_HEADS_SET.contains(w(c.b - 1));
        if let Some(r) = title_at
            && c.b - (r + 1) <= 4
            && (r + 1..c.b).all(namey)
            && !institution
        {
            out.push(Chunk { a: r + 1, b: c.b, ty: EntType::Per });
            continue;
        }
        // "Wisconsin Republican": a place and a party, not one name.
        if lower_in(w(c.b - 1), &["republican", "democrat", "independent"])
            && (c.a..c.b - 1).all(|i| is_title_case(w(i)))
        {
            out.push(Chunk { a: c.a, b: c.b - 1, ty: EntType::Loc });
            out.push(Chunk { a: c.b - 1, b: c.b, ty: EntType::Misc });
            continue;
        }
        let first_at = (c.a + 1..c.b)
            .find(|&i| is_title_case(w(i)) && crate::cues::cue(&w(i).to_lowercase()) & crate::cues::FIRST != 0);
        if let Some(i) = first_at
            && !institution
            && (2..=3).contains(&(c.b - i))
            && (i..c.b).all(namey)
        {
            out.push(Chunk { a: c.a, b: i, ty: c.ty });
            out.push(Chunk { a: i, b: c.b, ty: EntType::Per });
            continue;
        }
        // "Ambassador to the United Nations Nikki Haley", "the World Health Organization Tedros
        // Adhanom Ghebreyesus": an institution's head word, then two or three capitalised words
        // that name no institution or place, is an organisation followed by the person who
        // speaks for it (the given name need not be in the list of first names).
        if c.ty != EntType::Per
            && let Some(k) = (c.a + 1..c.b.saturating_sub(2)).rev().find(|&k| org_head(w(k)))
            && (2..=3).contains(&(c.b - k - 1))
            && (k + 1..c.b).all(|i| {
                let lw = w(i).to_lowercase();
                let cue = crate::cues::cue(&lw);
                // (Not a title-case headline: "Supreme Court Handed Liberals …".)
                let verb = (lw.ends_with("ed") && cue & crate::cues::FIRST == 0) || lower_in(&lw, HEADLINE_WORDS);
                is_title_case(w(i))
                    && w(i).chars().any(char::is_lowercase)
                    && cue & (crate::cues::ORG | crate::cues::PLACE | crate::cues::TITLE) == 0
                    && !INSTITUTION_HEADS_SET.contains(w(i))
                    && !verb
            })
        {
            out.push(Chunk { a: c.a, b: k + 1, ty: c.ty });
            out.push(Chunk { a: k + 1, b: c.b, ty: EntType::Per });
            continue;
        }
        out.push(c);
    }
    // "Mustafa al-Kadhimi" where the tagger read "al-Kadhimi" as a name of its own.
    let mut merged: Vec<Chunk> = Vec::with_capacity(out.len());
    for c in out {
        if let Some(p) = merged.last_mut()
            && p.ty == EntType::Per
            && p.b == c.a
            && c.b - c.a == 1
            && is_particle_name(w(c.a))
        {
            p.b = c.b;
            continue;
        }
        merged.push(c);
    }
    merged
}

/// Capitalised words that open sentences and are never a given name.
const NOT_GIVEN_NAMES: &[&str] = &[
    "unlike",
    "like",
    "despite",
    "after",
    "before",
    "while",
    "when",
    "if",
    "as",
    "although",
    "though",
    "because",
    "since",
    "until",
    "without",
    "against",
    "among",
    "amid",
    "meanwhile",
    "also",
    "even",
    "only",
    "then",
    "now",
    "but",
    "and",
    "or",
    "yet",
    "still",
    "thus",
    "both",
    "neither",
    "either",
    "dear",
    "thanks",
    "per",
    "via",
    "with",
    "from",
    "for",
    "by",
    "under",
    "according",
    "including",
    "whereas",
    "why",
    "how",
    "what",
    "where",
    "who",
    // Site chrome and cues before a name: "Watch Trump's Remarks In Full", "Continued Sondland:
    // …", "Maybe Trump will …", "Related Coverage".
    "watch",
    "continued",
    "maybe",
    "perhaps",
    "related",
    "listen",
    "see",
    // Nicknames' epithets: "Crooked Hillary", "Sleepy Joe" name the person after them.
    "crooked",
    "sleepy",
    "crazy",
    "lyin'",
    "lyin’",
    "phony",
    "mini",
];

/// Head words of institutions' names, never the last word of a person's.
const INSTITUTION_HEADS: &[&str] = &[
    "department",
    "center",
    "centre",
    "university",
    "college",
    "association",
    "hospital",
    "institute",
    "foundation",
    "committee",
    "council",
    "commission",
    "agency",
    "bureau",
    "office",
    "corporation",
    "company",
    "party",
    "league",
    "society",
    "collection",
    "museum",
    "library",
    "school",
    "academy",
    "church",
    "ministry",
    "administration",
];

/// The word that ends an institution's name ("United Nations", "European Union", "Health
/// Organization"), by the institution list or the organisation cue words.
fn org_head(w: &str) -> bool {
    is_title_case(w)
        && (INSTITUTION_HEADS_SET.contains(w)
            || lower_in(w, &["nations", "union", "organization", "organisation", "bank", "fund", "court", "forces"]))
}

/// Capitalised in a title-case headline, never part of a person's name.
const HEADLINE_WORDS: &[&str] = &[
    "is", "be", "will", "has", "have", "had", "been", "was", "are", "were", "to", "for", "the", "and", "of", "with",
    "at", "on", "in", "by", "from", "just", "not", "that", "who", "what", "how", "why", "says", "said", "a", "an",
    "do", "does", "did", "can", "could", "should", "would", "may", "might", "must", "its", "his", "her", "their", "as",
    "into", "over", "after", "before", "about", "against",
];

/// Where a person chunk of three or more words stops being a name: the first headline word
/// (see [`HEADLINE_WORDS`]), or an inflected word ("Sues", "Dodging", "Actually") that the
/// article also writes in lower case. `None` when the whole chunk may be a name. A chunk
/// opening with a headline word is cut at its start only when a second one follows ("Will Be
/// …"), so "Will Hurd" stays.
fn headline_cut(text: &str, toks: &[Token], c: Chunk) -> Option<usize> {
    if c.b - c.a < 3 {
        return None;
    }
    let w = |i: usize| toks.get(i).map(|t| crate::tok_text(text, t)).unwrap_or("");
    let headline = |i: usize| {
        let word = w(i);
        let low = word.to_lowercase();
        if HEADLINE_WORDS.contains(&low.as_str()) {
            return true;
        }
        let inflected = ["s", "ed", "ing", "ly"].iter().any(|suf| low.len() > suf.len() + 2 && low.ends_with(suf));
        let whole = |needle: &str, at: usize| {
            let before = text[..at].chars().next_back();
            let after = text[at + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        };
        // Evidence from the rest of the article: the word in lower case, or the name before
        // it standing without it ("James Damore, the engineer …" beside "James Damore Sues
        // Google").
        let alone = || {
            let (Some(first), Some(prev)) = (toks.get(c.a), toks.get(i - 1)) else { return false };
            let Some(name) = text.get(first.span.start..prev.span.end) else { return false };
            text.match_indices(name)
                .any(|(at, _)| whole(name, at) && !text[at + name.len()..].trim_start().starts_with(word))
        };
        inflected
            && i > c.a + 1
            && word.chars().next().is_some_and(char::is_uppercase)
            && (text.match_indices(low.as_str()).any(|(at, _)| whole(&low, at)) || alone())
    };
    let i = (c.a..c.b).find(|&i| headline(i))?;
    if i == c.a && !(c.a + 1 < c.b && headline(c.a + 1)) {
        return None;
    }
    Some(i)
}

/// "Jerry Falwell, Jr.": a name suffix set off by a comma is the end of the person's name before
/// it, not a person of its own.
fn suffix_after_comma(text: &str, toks: &[Token], cs: Vec<Chunk>) -> Vec<Chunk> {
    let w = |i: usize| toks.get(i).map(|t| crate::tok_text(text, t)).unwrap_or("");
    let mut out: Vec<Chunk> = Vec::with_capacity(cs.len());
    for c in cs {
        if c.ty == EntType::Per
            && c.b == c.a + 1
            && c.a >= 1
            && w(c.a - 1) == ","
            && dossier_core::lexicon::is_name_suffix(&w(c.a).to_ascii_lowercase())
            && let Some(prev) = out.last_mut()
            && prev.ty == EntType::Per
            && prev.b + 1 == c.a
        {
            prev.b = c.b;
            continue;
        }
        out.push(c);
    }
    out
}

/// A dash as written between clauses ("—", "–", "-", "--").
fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "-" | "--" | "―")
}

/// "DENVER, Colo. —", "BAGHDAD (Reuters) -": a name in capitals opening a paragraph before a
/// dateline's comma (with a state or country, then a dash), bracket or dash is the dateline's place.
fn dateline_place(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let w = |i: usize| toks.get(i).map(|t| crate::tok_text(text, t)).unwrap_or("");
    let opens = a == 0 || toks.get(a).is_some_and(|t| t.newline_before);
    let capitals = (a..b).all(|i| {
        let s = w(i);
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
    });
    let after = match w(b) {
        "," => (b + 1..b + 5).any(|i| is_dash(w(i))),
        "(" => true,
        s => is_dash(s),
    };
    opens && capitals && after
}

fn chunks(tags: &[Tag]) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    for (i, t) in tags.iter().enumerate() {
        match *t {
            Tag::B(ty) => out.push(Chunk { a: i, b: i + 1, ty }),
            Tag::I(ty) => match out.last_mut() {
                Some(c) if c.b == i && c.ty == ty => c.b = i + 1,
                _ => out.push(Chunk { a: i, b: i + 1, ty }),
            },
            Tag::O => {}
        }
    }
    out
}

fn collapse_ws(s: &str) -> String {
    // Nearly every name is ASCII words with single spaces between them: then it is its own
    // collapsed form, and one byte scan replaces the Unicode whitespace splitting.
    let b = s.as_bytes();
    if b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|p| p == b"  ")
        && b.iter().all(|&c| c < 0x80 && !matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
    {
        return s.to_string();
    }
    // One allocation, not a Vec and a join: this runs for every mention.
    let mut out = String::with_capacity(s.len());
    for (i, part) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// Is `w.to_lowercase()` one of `list`? Without allocating when `w` is ASCII (nearly always),
/// since this runs for every token a role walk passes.
fn lower_in(w: &str, list: &[&str]) -> bool {
    if w.is_ascii() {
        // For ASCII, to_lowercase is to_ascii_lowercase, so it equals `r` exactly when `r` has no
        // upper-case letter and matches ignoring ASCII case.
        list.iter().any(|r| r.eq_ignore_ascii_case(w) && !r.bytes().any(|b| b.is_ascii_uppercase()))
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
}

/// A long word list for [`lower_in`]-style tests, looked up in a hash set for ASCII words (the
/// linear scan of a list of dozens showed up in profiles; most tests miss).
struct LowerSet {
    list: &'static [&'static str],
    set: std::sync::OnceLock<std::collections::HashSet<&'static [u8], dossier_core::hash::WordBuild>>,
}

impl LowerSet {
    const fn new(list: &'static [&'static str]) -> Self {
        LowerSet { list, set: std::sync::OnceLock::new() }
    }

    /// The same answer as `lower_in(w, self.list)`.
    fn contains(&self, w: &str) -> bool {
        let mut buf = [0u8; 32];
        if !w.is_ascii() || w.len() > buf.len() {
            return lower_in(w, self.list);
        }
        // For ASCII, `lower_in` matches exactly the entries without an upper-case ASCII letter
        // that equal the word's ASCII lower case.
        let set = self.set.get_or_init(|| {
            self.list.iter().map(|r| r.as_bytes()).filter(|r| !r.iter().any(u8::is_ascii_uppercase)).collect()
        });
        let Some(low) = buf.get_mut(..w.len()) else { return false };
        low.copy_from_slice(w.as_bytes());
        low.make_ascii_lowercase();
        set.contains(&*low)
    }
}

static NOT_GIVEN_NAMES_SET: LowerSet = LowerSet::new(NOT_GIVEN_NAMES);
static INSTITUTION_HEADS_SET: LowerSet = LowerSet::new(INSTITUTION_HEADS);
static GROUP_WORDS_SET: LowerSet = LowerSet::new(GROUP_WORDS);
static GROUP_NOUNS_SET: LowerSet = LowerSet::new(GROUP_NOUNS);
static ROLE_STOP_SET: LowerSet = LowerSet::new(ROLE_STOP);

/// Comparison keys of a person name: lower-cased words without particles or "al-" prefixes.
fn name_keys(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        // (ASCII, nearly every name word: one allocation instead of two.)
        let l = if w.is_ascii() { w.to_ascii_lowercase() } else { w.to_lowercase().replace('’', "'") };
        // (The comma of "Jerry Falwell, Jr." is no name word; the suffix is, as it tells a son
        // from his father.)
        if PARTICLES.contains(&l.as_str())
            || l.ends_with('.') && l.chars().count() <= 2
            || !l.chars().any(char::is_alphanumeric)
        {
            continue;
        }
        let l = ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-"]
            .iter()
            .find_map(|p| l.strip_prefix(p))
            .map(str::to_string)
            .unwrap_or(l);
        if !l.is_empty() {
            out.push(l);
        }
    }
    out
}

/// Builds mentions from raw-text tokens, their sentence ranges and tags.
pub(crate) fn build(text: &str, toks: &[Token], sents: &[(usize, usize)], tags: &[Tag]) -> Vec<EntityMention> {
    let w = |i: usize| toks.get(i).map(|t| crate::tok_text(text, t)).unwrap_or("");
    let tag_of = |i: usize| tags.get(i).copied().unwrap_or(Tag::O);
    let mut sent_of = vec![0usize; toks.len()];
    for (si, &(a, b)) in sents.iter().enumerate() {
        for s in sent_of.iter_mut().take(b).skip(a) {
            *s = si;
        }
    }
    let sent_range = |i: usize| sents.get(sent_of.get(i).copied().unwrap_or(0)).copied().unwrap_or((0, toks.len()));
    let mut out: Vec<(EntityMention, Vec<String>)> = Vec::new();
    for mut c in suffix_after_comma(text, toks, split_chunks(text, toks, chunks(tags))) {
        let (sa, sb) = sent_range(c.a);
        let mut role: Option<Span> = None;
        if c.ty == EntType::Per {
            // Titles the tagger put inside the name move to the role: everything up to the last
            // capitalised title word that still has a name after it ("House Minority Whip").
            let start = c.a;
            // A suffix alone is no name: "Martin Luther King Jr." keeps "King".
            let suffix = |i: usize| w(i) == "." || dossier_core::lexicon::is_name_suffix(&w(i).to_ascii_lowercase());
            if let Some(r) = (c.a..c.b - 1).rev().find(|&r| {
                is_role_word(w(r)) && w(r).chars().next().is_some_and(char::is_uppercase) && !(r + 1..c.b).all(suffix)
            }) {
                c.a = r + 1;
            }
            if c.a > start {
                role = Some(Span::new(toks[start].span.start, toks[c.a - 1].span.end));
            }
            // "unlike Lyin' Ted Cruz I do not …": the pronoun after a full name is no regnal
            // numeral (those follow one given name: "Elizabeth I").
            if c.b >= c.a + 3 && w(c.b - 1) == "I" && w(c.b).starts_with(char::is_lowercase) {
                c.b -= 1;
            }
            // "Steny H. Hoyer": a name does not end on an initial.
            if c.b < sb && c.b > c.a && is_initial(w(c.b - 1)) && is_title_case(w(c.b)) && tag_of(c.b) == Tag::O {
                c.b += 1;
            }
            // "Mustafa al-Kadhimi": the tagger often stops before a lower-case article.
            while c.b < sb && tag_of(c.b) == Tag::O && is_particle_name(w(c.b)) {
                c.b += 1;
            }
            // Lowercase particles between name parts: "Osama bin Laden", "Abu Bakr al Baghdadi".
            while c.b + 1 < sb
                && PARTICLES.contains(&w(c.b))
                && w(c.b + 1).chars().next().is_some_and(char::is_uppercase)
                && toks[c.b + 1].kind == TokenKind::Word
            {
                c.b += 2;
                while c.b < sb && matches!(tag_of(c.b), Tag::I(EntType::Per)) {
                    c.b += 1;
                }
            }
            if role.is_none() {
                role = role_after(text, toks, c.b, sb).or_else(|| role_before(text, toks, tags, c.a, sa));
            }
        }
        let words: Vec<&str> = (c.a..c.b).map(w).collect();
        let mut kind = match c.ty {
            EntType::Per => EntityKind::Person,
            EntType::Org => EntityKind::Organization,
            EntType::Loc => EntityKind::Place,
            EntType::Misc => {
                if looks_like_group(&words) {
                    EntityKind::Group
                } else {
                    EntityKind::Other
                }
            }
        };
        if matches!(kind, EntityKind::Person | EntityKind::Organization) && dateline_place(text, toks, c.a, c.b) {
            kind = EntityKind::Place;
        }
        if matches!(kind, EntityKind::Place | EntityKind::Organization)
            && words.len() == 1
            && GROUP_WORDS_SET.contains(words[0])
        {
            kind = EntityKind::Group;
        }
        // "Kurdish fighters", "pro-Iranian factions": the group noun joins the mention.
        if kind == EntityKind::Group && c.b < sb && GROUP_NOUNS_SET.contains(w(c.b)) && tag_of(c.b) == Tag::O {
            c.b += 1;
        }
        let span = Span::new(toks[c.a].span.start, toks[c.b - 1].span.end);
        // (For a person `words` still spans `c.a..c.b`: only a group's span grew above.)
        let keys = if kind == EntityKind::Person { name_keys(&words) } else { Vec::new() };
        out.push((
            EntityMention {
                span,
                kind,
                name: collapse_ws(span.slice(text)),
                role: role.map(|r| collapse_ws(r.slice(text))).filter(|r| !r.is_empty()),
            },
            keys,
        ));
    }
    resolve_short_forms(text, &mut out);
    out.into_iter().map(|(m, _)| m).collect()
}

/// "McKenzie" → "Kenneth F. McKenzie": a person mention whose name words all occur, ending on
/// the same surname, in a longer person mention of the same article takes that name.
fn resolve_short_forms(text: &str, ms: &mut [(EntityMention, Vec<String>)]) {
    // "President Trump's daughter and senior adviser Ivanka Trump": a full name introduced as
    // the relative of someone with the same surname ("Trump's daughter") shares it with that
    // someone, who is the one the surname alone stands for.
    let relative = |m: &EntityMention, surname: &str| {
        let from = (0..=m.span.start.saturating_sub(60)).rev().find(|&b| text.is_char_boundary(b)).unwrap_or(0);
        let before = text.get(from..m.span.start).unwrap_or("").to_lowercase();
        let before = before.rsplit(['.', ';', '\n']).next().unwrap_or("");
        let words: Vec<&str> =
            before.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
        let kin = |w: &str| {
            matches!(
                w,
                "daughter"
                    | "son"
                    | "wife"
                    | "husband"
                    | "brother"
                    | "sister"
                    | "father"
                    | "mother"
                    | "niece"
                    | "nephew"
                    | "cousin"
                    | "widow"
                    | "grandson"
                    | "granddaughter"
            )
        };
        words.iter().enumerate().any(|(k, w)| {
            let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or("");
            !stem.is_empty() && stem == surname && words[k + 1..].iter().any(|x| kin(x))
        })
    };
    let persons: Vec<usize> =
        (0..ms.len()).filter(|&i| ms[i].0.kind == EntityKind::Person && !ms[i].1.is_empty()).collect();
    // The persons whose name has each key, in reading order: a longer form must have the short
    // form's last key, so only those are compared (all pairs were quadratic in the persons).
    let mut with_key: HashMap<&str, Vec<usize>, dossier_core::hash::WordBuild> = HashMap::default();
    for &j in &persons {
        for k in &ms[j].1 {
            let list = with_key.entry(k.as_str()).or_default();
            if list.last() != Some(&j) {
                list.push(j);
            }
        }
    }
    let suffixed = |k: &[String]| k.last().is_some_and(|l| dossier_core::lexicon::is_name_suffix(l));
    let relatives: Vec<String> = persons
        .iter()
        .filter(|&&j| ms[j].1.len() > 1 && ms[j].1.last().is_some_and(|sur| relative(&ms[j].0, sur)))
        .map(|&j| ms[j].0.name.clone())
        .collect();
    let relatives: Vec<&str> = relatives.iter().map(String::as_str).collect();
    let mut renames: Vec<(usize, usize)> = Vec::new();
    for &i in &persons {
        let keys = &ms[i].1;
        let mut best: Option<usize> = None;
        let candidates = keys.last().and_then(|k| with_key.get(k.as_str())).map_or(&[][..], Vec::as_slice);
        for &j in candidates {
            let fk = &ms[j].1;
            if fk.len() <= keys.len() || !keys.iter().all(|k| fk.contains(k)) {
                continue;
            }
            if keys.len() == 1 && fk.last() != keys.last() {
                continue;
            }
            // ("Donald Trump" is not short for "Donald Trump Jr.": the suffix names the son.)
            if suffixed(fk) && !suffixed(keys) {
                continue;
            }
            if keys.len() == 1 && relatives.contains(&ms[j].0.name.as_str()) {
                continue;
            }
            if best.is_none_or(|b| fk.len() > ms[b].1.len()) {
                best = Some(j);
            }
        }
        if let Some(j) = best {
            renames.push((i, j));
        }
    }
    for (i, j) in renames {
        let name = ms[j].0.name.clone();
        ms[i].0.name = name;
    }
}

/// A title or role written before the name: "Iraqi Prime Minister", "U.S. Army Col.",
/// "the US envoy to Iraq".
fn role_before(text: &str, toks: &[Token], tags: &[Tag], a: usize, sa: usize) -> Option<Span> {
    let w = |i: usize| crate::tok_text(text, &toks[i]);
    let mut j = a;
    let mut first = a;
    let mut has_role = false;
    while j > sa {
        let t = w(j - 1);
        let cap = t.chars().next().is_some_and(char::is_uppercase);
        // "Ambassador to the United Nations", "head of the World Health Organization": "the"
        // after a link word is inside the role.
        let linked_the = t == "the" && j >= 2 && j - 2 >= sa && lower_in(w(j - 2), &["to", "of", "for"]);
        if toks[j].paragraph_before || (ROLE_STOP_SET.contains(t) && !linked_the) {
            break;
        }
        if matches!(tags.get(j - 1), Some(Tag::B(EntType::Per) | Tag::I(EntType::Per))) {
            break;
        }
        if is_role_word(t) {
            has_role = true;
        } else if !(cap && toks[j - 1].kind == TokenKind::Word || lower_in(t, ROLE_LINK) || linked_the) {
            break;
        }
        j -= 1;
        if is_role_word(t) || cap {
            first = j;
        }
        if a - j > 10 {
            break;
        }
    }
    if !has_role || first >= a {
        return None;
    }
    // The role must end on a title word or a name inside it, never on a link word.
    let mut last = a - 1;
    while last > first && lower_in(w(last), ROLE_LINK) {
        last -= 1;
    }
    Some(Span::new(toks[first].span.start, toks[last].span.end))
}

/// An apposition after the name: "Kenneth F. McKenzie, commander of the US Central Command, said".
fn role_after(text: &str, toks: &[Token], b: usize, sb: usize) -> Option<Span> {
    let w = |i: usize| crate::tok_text(text, &toks[i]);
    if b + 1 >= sb || w(b) != "," {
        return None;
    }
    let mut s = b + 1;
    if lower_in(w(s), &["the", "a", "an"]) {
        s += 1;
    }
    // Find the title word: right away, or after capitalised words ("Iraq's foreign minister").
    let mut k = s;
    let mut found = false;
    while k < sb && k < s + 5 {
        let t = w(k);
        if is_role_word(t) {
            found = true;
            break;
        }
        let cap = t.chars().next().is_some_and(char::is_uppercase);
        if !(cap || matches!(t, "'s" | "’s")) {
            break;
        }
        k += 1;
    }
    if !found {
        return None;
    }
    let mut e = k;
    while e < sb && e < s + 14 {
        let t = w(e);
        if matches!(toks[e].kind, TokenKind::Punct | TokenKind::Quote | TokenKind::Bracket)
            || lower_in(t, &["said", "says", "told", "who", "which", "that", "and"])
        {
            break;
        }
        e += 1;
    }
    if e <= s {
        return None;
    }
    Some(Span::new(toks[s].span.start, toks[e - 1].span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_in_is_contains_of_to_lowercase() {
        let list = ["the", "al", "Mixed", "état"];
        for w in ["The", "THE", "the", "al", "AL", "Mixed", "mixed", "MIXED", "État", "ÉTAT", "", "them", "İ"] {
            assert_eq!(lower_in(w, &list), list.contains(&w.to_lowercase().as_str()), "{w}");
        }
        let set = LowerSet::new(&["the", "al", "Mixed", "état"]);
        for w in ["The", "THE", "the", "al", "AL", "Mixed", "mixed", "MIXED", "État", "ÉTAT", "", "them", "İ", "Al-"]
        {
            assert_eq!(set.contains(w), lower_in(w, &list), "{w}");
        }
        for list in [NOT_GIVEN_NAMES, INSTITUTION_HEADS, GROUP_WORDS, GROUP_NOUNS, ROLE_STOP] {
            let set = LowerSet::new(list);
            for w in list.iter().chain(&ROLE_WORDS[..20]) {
                for w in [w.to_string(), w.to_uppercase(), format!("{w}s"), w[1..].to_string()] {
                    assert_eq!(set.contains(&w), lower_in(&w, list), "{w}");
                }
            }
        }
        for s in ["  Kenneth \n F.\tMcKenzie ", "", " ", "Iraq", "A  B", "A B", " A", "A ", "A\u{a0}B", "A\x0bB", "É B"]
        {
            assert_eq!(collapse_ws(s), s.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    /// The words of the chunks `split_chunks` makes of one chunk over the tokens `a..b` of `text`.
    fn split(text: &str, a: usize, b: usize, ty: EntType) -> Vec<(String, EntType)> {
        let toks: Vec<Token> = dossier_nlp::tokens(text);
        split_chunks(text, &toks, vec![Chunk { a, b, ty }])
            .into_iter()
            .map(|c| ((c.a..c.b).map(|i| crate::tok_text(text, &toks[i])).collect::<Vec<_>>().join(" "), c.ty))
            .collect()
    }

    #[test]
    fn person_chunks_lose_openers_headline_words_and_institutions() {
        let t = "Sen. Chuck Schumer (D-N.Y.) and R. agreed.";
        let toks: Vec<Token> = dossier_nlp::tokens(t);
        let at = |s: &str| toks.iter().position(|k| crate::tok_text(t, k) == s).unwrap();
        let d = at("D-N.Y");
        assert!(split(t, d, d + 1, EntType::Per).is_empty(), "{:?}", split(t, d, d + 1, EntType::Per));
        let r = at("R.");
        assert!(split(t, r, r + 1, EntType::Per).is_empty());
        let t = "Unlike Obama, the senator stayed.";
        assert_eq!(split(t, 0, 2, EntType::Per), vec![("Obama".to_string(), EntType::Per)]);
        let t = "Crooked Hillary spoke.";
        assert_eq!(split(t, 0, 2, EntType::Per), vec![("Hillary".to_string(), EntType::Per)]);
        // The verb of a title-case headline, known from the name standing alone elsewhere.
        let t = "James Damore Sues Google\n\nJames Damore, the engineer, filed the suit.";
        assert_eq!(split(t, 0, 4, EntType::Per), vec![("James Damore".to_string(), EntType::Per)]);
        let t = "Sen. Sander M. Levin of Michigan voted no.";
        assert_eq!(split(t, 1, 6, EntType::Per), vec![("Sander M. Levin".to_string(), EntType::Per)]);
        let t = "Will Be Fact-Checking For Facebook";
        assert!(split(t, 0, 5, EntType::Per).is_empty());
        // A given name that is also a word stays.
        let t = "Will Hurd Jr. spoke.";
        assert_eq!(split(t, 0, 3, EntType::Per), vec![("Will Hurd Jr.".to_string(), EntType::Per)]);
        let t = "He served in the St. Louis Police Department for years.";
        assert_eq!(split(t, 4, 8, EntType::Per)[0].1, EntType::Org);
        // A title word before an institution's head is no role before a person.
        let t = "the Defense Department announced";
        assert_eq!(split(t, 1, 3, EntType::Org), vec![("Defense Department".to_string(), EntType::Org)]);
    }

    #[test]
    fn chunks_never_open_on_punctuation_or_end_on_a_dash() {
        // The tagger's chunk over "— Yolanda Avila" or "& Johnson": the name is the words.
        let t = "DENVER, Colo. — Yolanda Avila and Andres Pico are friends.";
        let toks: Vec<Token> = dossier_nlp::tokens(t);
        let at = |s: &str| toks.iter().position(|k| crate::tok_text(t, k) == s).unwrap();
        let d = at("—");
        assert_eq!(split(t, d, d + 3, EntType::Per), vec![("Yolanda Avila".to_string(), EntType::Per)]);
        let t = "Johnson & Johnson said on Monday that the talc — was safe.";
        assert_eq!(split(t, 1, 3, EntType::Org), vec![("Johnson".to_string(), EntType::Org)]);
        let toks: Vec<Token> = dossier_nlp::tokens(t);
        let talc = toks.iter().position(|k| crate::tok_text(t, k) == "talc").unwrap();
        assert_eq!(split(t, talc, talc + 2, EntType::Misc), vec![("talc".to_string(), EntType::Misc)]);
        assert!(split(t, talc + 1, talc + 2, EntType::Misc).is_empty());
    }

    #[test]
    fn a_dateline_city_in_capitals_is_a_place() {
        for (t, city) in [
            ("DENVER, Colo. — Yolanda Avila and Andres Pico are friends.", "DENVER"),
            ("COLORADO SPRINGS, Colo. — The council met on Monday.", "COLORADO SPRINGS"),
            ("Nicholas Riccardi\n\nEASLEY, S.C. - Marco Rubio carried a message to South Carolina.", "EASLEY"),
            ("BAGHDAD (Reuters) - Iraq's prime minister said on Tuesday that talks would resume.", "BAGHDAD"),
        ] {
            let toks: Vec<Token> = dossier_nlp::tokens(t);
            let a = toks.iter().position(|k| city.starts_with(crate::tok_text(t, k))).unwrap();
            let b = a + city.split(' ').count();
            assert!(dateline_place(t, &toks, a, b), "{t}");
        }
        // Capitals inside a sentence, or a name opening a paragraph with no dateline after it.
        for (t, name) in [("He spoke to DENVER police, who agreed.", "DENVER"), ("TRUMP: We will win.", "TRUMP")] {
            let toks: Vec<Token> = dossier_nlp::tokens(t);
            let a = toks.iter().position(|k| crate::tok_text(t, k) == name).unwrap();
            assert!(!dateline_place(t, &toks, a, a + 1), "{t}");
        }
    }

    #[test]
    fn role_words_match_the_list_ignoring_ascii_case() {
        for w in ["President", "PRESIDENT", "president.", "Prime", "Sheriff"] {
            assert!(is_role_word(w), "{w}");
        }
        for w in ["Presidents", "Baghdad", "", ".", "presidentpresidentpresident"] {
            assert!(!is_role_word(w), "{w}");
        }
        for r in ROLE_WORDS {
            assert!(is_role_word(&r.to_uppercase()), "{r}");
        }
    }

    #[test]
    fn group_or_other() {
        assert!(looks_like_group(&["Iraqi"]));
        assert!(looks_like_group(&["pro-Iranian"]));
        assert!(looks_like_group(&["Iranian-backed"]));
        assert!(looks_like_group(&["Shiite", "Muslims"]));
        assert!(looks_like_group(&["Kurds"]));
        assert!(!looks_like_group(&["World", "Cup"]));
        assert!(!looks_like_group(&["Patriot", "Act"]));
        assert!(!looks_like_group(&["US-led"]));
        assert!(!looks_like_group(&[]));
    }

    #[test]
    fn name_keys_ignore_particles() {
        assert_eq!(name_keys(&["Mustafa", "al-Kadhimi"]), vec!["mustafa", "kadhimi"]);
        assert_eq!(name_keys(&["Mustafa", "Al", "Kadhimi"]), vec!["mustafa", "kadhimi"]);
        assert_eq!(name_keys(&["Kenneth", "F.", "McKenzie"]), vec!["kenneth", "mckenzie"]);
    }
}
