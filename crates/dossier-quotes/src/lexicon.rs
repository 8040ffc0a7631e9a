//! Word lists the rules rely on. All entries are lowercase.

/// Verbs that introduce speech, writing or a stated belief, in their finite forms. Base forms
/// that double as common nouns (report, claim, note, state, estimate, comment, tweet, charge,
/// promise, concern) are left out: "a UN report" must not read as a cue.
#[rustfmt::skip]
pub const CUES: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "add", "warned",
    "warns", "warn", "claimed", "claims", "asserted", "asserts", "assert", "noted", "notes",
    "maintained", "maintains", "maintain", "stressed", "stresses", "vowed", "vows", "wrote",
    "writes", "announced", "announces", "announce", "explained", "explains", "explain", "insisted",
    "insists", "insist", "argued", "argues", "argue", "denied", "denies", "deny", "confirmed",
    "confirms", "confirm", "acknowledged", "acknowledges", "acknowledge", "believes", "believed",
    "believe", "thinks", "thought", "think", "stated", "states", "declared", "declares", "declare",
    "reported", "reports", "revealed", "reveals", "suggested", "suggests", "suggest", "commented",
    "comments", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines",
    "tweeted", "tweets", "predicted", "predicts", "predict", "promised", "promises", "admitted",
    "admits", "admit", "alleged", "alleges", "allege", "contended", "contends", "contend",
    "observed", "observes", "remarked", "replied", "replies", "responded", "recalled", "recalls",
    "urged", "urges", "urge", "estimated", "estimates", "indicated", "indicates", "asked", "asks",
    "complained", "complains", "conceded", "concedes", "concede", "hoped", "hopes", "feared",
    "fears", "expects", "expected", "knew", "knows", "felt", "feels", "agreed", "agrees",
    "concluded", "concludes", "pledged", "pledges", "threatened", "threatens", "showed", "shows",
    "found", "finds", "posted", "joked", "quipped", "boasted", "bragged", "pressed", "lamented", "cautioned", "signaled",
    "signalled", "hinted", "testified", "mocked", "charged", "accused", "wondered", "questioned",
    "countered", "continued", "disclosed", "informed", "assured", "wants", "wanted", "plans",
    "planned", "intends", "intended", "worried", "worries", "doubted", "doubts", "proposed",
    "proposes", "demanded", "demands", "recommended", "announcing", "adding", "noting", "arguing",
    "explaining", "warning", "insisting", "claiming", "stressing", "telling",
];

/// Cues that stand before their subject after a quote: "…,” said Gen. X.
#[rustfmt::skip]
pub const INVERTIBLE: &[&str] = &[
    "said", "says", "say", "added", "adds", "wrote", "writes", "asked", "asks", "explained", "continued",
    "noted", "recalled", "stated", "declared", "warned", "insisted", "replied", "remarked",
    "countered", "tweeted", "argued", "observed", "told",
];

/// Cue forms that are often nouns or participles: they only count with a clear subject.
#[rustfmt::skip]
pub const WEAK: &[&str] = &[
    "reports", "claims", "notes", "comments", "tweets", "promises", "fears", "hopes", "estimates",
    "states", "shows", "finds", "found", "plans", "demands", "doubts", "worries", "charged",
    "expected", "planned", "intended", "worried", "continued", "informed", "accused", "posted",
];

/// Verbs of feeling whose object is the one who feels ("The remark angered Democrats",
/// "That worries environmentalists"): attribution corpora take the object as the source and
/// the subject as what the attitude is about. Finite forms, and base forms after a modal or
/// "sure to" ("is sure to horrify many Republicans"). Not "upset": in campaign news it mostly
/// means to defeat.
#[rustfmt::skip]
pub const PSYCH_VERBS: &[&str] = &[
    "angered", "angers", "anger", "frustrated", "frustrates", "frustrate", "rattled", "rattles",
    "rattle", "alarmed", "alarms", "alarm", "irritated", "irritates", "irritate", "infuriated",
    "infuriates", "infuriate", "offended", "offends", "offend", "outraged", "outrages", "outrage",
    "worried", "worries", "worry", "troubled", "troubles", "trouble", "bothered", "bothers",
    "bother", "disappointed", "disappoints", "disappoint", "pleased", "pleases", "please",
    "delighted", "delights", "delight", "alienated", "alienates", "alienate", "unnerved",
    "unnerves", "unnerve", "annoyed", "annoys", "annoy", "enraged", "enrages",
    "enrage", "incensed", "dismayed", "dismays", "dismay", "disturbed", "disturbs", "disturb",
    "shocked", "shocks", "shock", "stunned", "stuns", "stun", "surprised", "surprises",
    "surprise", "impressed", "impresses", "impress", "irked", "irks", "irk", "riled", "riles",
    "rile", "spooked", "spooks", "spook", "horrified", "horrifies", "horrify", "appalled",
    "appalls", "appall", "heartened", "heartens", "hearten", "reassured", "reassures",
    "reassure",
];

/// Modal auxiliaries: after a noun phrase they show it is a clause's subject.
pub fn is_modal(w: &str) -> bool {
    matches!(w, "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "shall")
}

/// Cues with no subject of their own ("…, saying that …"): they continue the clause's speaker.
#[rustfmt::skip]
pub const PARTICIPLES: &[&str] = &[
    "saying", "adding", "noting", "arguing", "explaining", "warning", "insisting", "claiming",
    "stressing", "announcing", "telling", "writing",
];

/// Verbs of starting, going on or stopping that take an -ing form ("keeps talking", "began
/// criticizing"): the subject stands before them, and the -ing form is no modifier of a noun.
pub fn is_aspectual(w: &str) -> bool {
    matches!(
        w,
        "keep"
            | "keeps"
            | "kept"
            | "start"
            | "starts"
            | "started"
            | "begin"
            | "begins"
            | "began"
            | "stop"
            | "stops"
            | "stopped"
            | "quit"
            | "quits"
            | "spend"
            | "spends"
            | "spent"
            | "go"
            | "goes"
            | "went"
    )
}

/// Day names, lowercase: time words that sit between a speaker, a cue and what was said.
pub fn is_weekday(w: &str) -> bool {
    dossier_core::lexicon::weekday_of(w).is_some()
}

/// Month names, and abbreviations with their dot ("Jan."; bare "jan" is too rare a word in news
/// to risk). "may" counts too: callers check context.
pub fn is_month(w: &str) -> bool {
    match w.strip_suffix('.') {
        Some(abbr) => dossier_core::lexicon::month_of(abbr).is_some_and(|(_, full)| !full),
        None => dossier_core::lexicon::month_of(w).is_some_and(|(_, full)| full),
    }
}

/// Words that name a stretch of time ("week", "morning"): "this week", "a day later".
pub fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "hour"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "decade"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
    )
}

/// A four-digit year ("in 2010", "the 1951 convention").
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Conjunctions opening a subordinate clause ("When the primaries conclude, …").
pub const SUBORDINATORS: &[&str] =
    &["when", "if", "while", "after", "before", "because", "since", "although", "though", "unless", "until", "once"];

/// Media a statement appears on ("on Twitter", "on television"): where, not what or when.
pub const MEDIA: &[&str] = &["twitter", "facebook", "instagram", "television", "tv"];

/// Verbs of speech and attitude whose purpose infinitive shares its clause's subject ("met with
/// reporters to discuss the plan", "took to Twitter to accuse …").
#[rustfmt::skip]
pub const PURPOSE_VERBS: &[&str] = &[
    "discuss", "explain", "talk", "respond", "criticize", "describe", "accuse", "attack", "blast",
    "slam", "praise", "defend", "deny", "announce", "thank", "blame", "mock", "condemn",
    "denounce", "declare", "express",
];

/// What a statement was made in ("in early-morning tweets", "in an interview with CNN"): the
/// occasion of saying, not what was said.
#[rustfmt::skip]
pub const OCCASION_MEDIA: &[&str] = &[
    "tweet", "tweets", "ruling", "interview", "statement", "speech", "op-ed", "memo", "letter",
    "video", "post", "posts", "column", "essay", "appearance",
];

/// Where a statement was made ("at a rally in Ohio", "at last week's forum").
#[rustfmt::skip]
pub const OCCASION_EVENTS: &[&str] = &[
    "rally", "event", "forum", "debate", "hearing", "conference", "briefing", "luncheon", "dinner",
    "fundraiser", "meeting", "summit", "convention",
];

/// Pages of a medium ("on his Facebook page", "on its website").
pub const MEDIA_PAGES: &[&str] = &["page", "account", "website", "show", "feed"];

/// Kinds of work whose title follows them in quotes ("the show “Shark Tank,”", "his book
/// “Crippled America”"): the quoted words name the work, nobody said them.
pub const WORK_NOUNS: &[&str] = &[
    "show",
    "program",
    "programme",
    "series",
    "film",
    "movie",
    "documentary",
    "book",
    "memoir",
    "novel",
    "album",
    "song",
    "play",
    "musical",
    "podcast",
    "column",
    "segment",
    "special",
    "sitcom",
    "drama",
    "essay",
];

/// Words that place a time unit relative to now ("last week", "earlier this month").
pub fn is_time_modifier(w: &str) -> bool {
    matches!(w, "last" | "this" | "next" | "earlier" | "late" | "early")
}

/// Day words that stand alone as a time ("Tuesday", "yesterday", "tonight").
pub fn is_day_word(w: &str) -> bool {
    is_weekday(w) || matches!(w, "yesterday" | "today" | "tonight")
}

pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];

/// Object pronouns for a person or group ("angered them", "told him").
pub fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "them" | "us" | "me")
}

/// Cue words that are just as often plural or mass nouns ("raises questions", "the support
/// needed"): next to a verb that takes them as an object, or before a participle, they are the
/// noun.
pub const CUE_NOUNS: &[&str] =
    &["support", "questions", "claims", "fears", "doubts", "worries", "concerns", "demands", "calls"];

/// Words that may sit between a subject and its cue ("she further noted", "has also said").
#[rustfmt::skip]
pub const ADVERBS: &[&str] = &[
    "also", "further", "later", "then", "previously", "again", "repeatedly", "recently",
    "reportedly", "publicly", "once", "never", "often", "has", "have", "had", "will", "would",
    "could", "may", "might", "should", "did", "does", "do", "just", "already", "even", "still",
    "initially", "first", "separately", "privately", "earlier", "not", "long", "has", "always",
    "himself", "herself", "themselves", "itself",
    "apparently", "frequently", "specifically", "explicitly", "simply", "firmly", "strongly",
    "flatly", "openly", "bluntly", "subsequently", "ultimately", "now", "clearly", "only",
    "cannot", "sometimes",
];

/// Negated auxiliaries, straight and curly: they sit between a subject and its verb, and end a
/// noun phrase read leftwards ("The donor didn’t disclose …" is no subject).
#[rustfmt::skip]
pub const NEGATED: &[&str] = &[
    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "isn't", "isn’t", "wasn't",
    "wasn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "couldn't", "couldn’t",
    "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "aren't", "aren’t", "weren't",
    "weren’t", "shouldn't", "shouldn’t",
];

/// Forms of "to be": "is said to", "was told" are passives, not attributions.
#[rustfmt::skip]
pub const BE: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "'s", "’s", "isn't", "isn’t", "wasn't",
    "wasn’t", "aren't", "aren’t", "weren't", "weren’t",
];

/// Words that open an adverbial phrase at a sentence's start ("On the campaign trail, …",
/// "Still, …"): such an opener is circumstance, not reported content.
#[rustfmt::skip]
pub const OPENERS: &[&str] = &[
    "for", "on", "with", "as", "in", "at", "after", "before", "during", "since", "still", "yet",
    "while", "when", "although", "though", "because", "despite", "amid", "among", "under",
    "from", "by", "like", "unlike", "following", "over", "without", "throughout", "within",
];

/// Nouns for a body that speaks as one ("a leading Danish newspaper", "a Shia militia"):
/// unlike a member of a group ("a Kurdish fighter"), it is a source worth naming.
#[rustfmt::skip]
pub const COLLECTIVES: &[&str] = &[
    "newspaper", "paper", "magazine", "network", "channel", "station", "outlet", "agency", "team",
    "militia", "group", "government", "ministry", "court", "party", "campaign", "administration",
    "delegation", "coalition", "organization", "organisation", "company", "firm", "union", "club",
    "army", "force", "forces", "council",
];

/// Plural nouns for people that head a phrase after a capitalised modifier ("Republican
/// lawmakers", "Kurdish fighters", "Trump supporters").
#[rustfmt::skip]
pub const PLURAL_PEOPLE: &[&str] = &[
    "activists", "advisers", "advisors", "aides", "analysts", "candidates", "citizens", "clerics",
    "critics", "delegates", "diplomats", "donors", "economists", "experts", "fighters", "governors",
    "investigators", "journalists", "lawmakers", "lawyers", "leaders", "legislators", "members",
    "militants", "negotiators", "officers", "officials", "operatives", "politicians", "prosecutors",
    "protesters", "rebels", "representatives", "researchers", "residents", "scientists", "senators",
    "soldiers", "sources", "spokesmen", "staffers", "strategists", "students", "supporters",
    "voters", "workers",
];

/// Things and people struck by force rather than by words: right after an attack word ("US
/// forces attacked the vehicle", "their attacks on military headquarters", "attacks against
/// security forces") they make it violence, not criticism.
pub fn is_physical_target(w: &str) -> bool {
    matches!(
        w,
        "vehicle"
            | "vehicles"
            | "convoy"
            | "convoys"
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
}

/// People attacked by force: an attack noun before them is violence ("attacks against security
/// forces and civilians"). Only for the noun: after the verb a speaker may attack soldiers or
/// the police in words, and the verb's subject tells which.
pub fn is_armed_or_civilian(w: &str) -> bool {
    matches!(w, "forces" | "troops" | "soldiers" | "civilians" | "militants" | "fighters" | "police" | "patrols")
}

/// Number words and quantifiers: capitalised only because they open a sentence.
#[rustfmt::skip]
/// Whom a speaker addresses, right after the cue ("told him that …", "told reporters they …").
pub fn is_listener(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists")
}

/// Nouns for the people and bodies around a person, which a name before them modifies ("a
/// Clinton confidant", "Trump aides", "the Obama administration"): the speaker is not that person.
pub const ENTOURAGE: &[&str] = &[
    "administration",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "allies",
    "ally",
    "associate",
    "associates",
    "attorney",
    "attorneys",
    "backer",
    "backers",
    "campaign",
    "camp",
    "confidant",
    "confidants",
    "donor",
    "donors",
    "insider",
    "insiders",
    "lawyer",
    "lawyers",
    "loyalist",
    "loyalists",
    "official",
    "officials",
    "operative",
    "operatives",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "staff",
    "staffer",
    "staffers",
    "supporter",
    "supporters",
    "surrogate",
    "surrogates",
    "team",
    "transition",
];

pub const QUANTIFIERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "half", "most", "many", "several", "few", "both", "all", "each", "every", "some",
    "nearly", "almost", "about", "roughly", "only",
];

/// Finite auxiliaries and modals (with [`NEGATED`]): one of them near a phrase's start makes
/// the phrase a clause.
#[rustfmt::skip]
pub const FINITE: &[&str] = &[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did",
];

/// Words that start a noun phrase ("the French leader", "one report", "his spokesman").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "this", "these", "those", "some", "many", "several", "two",
    "three", "four", "five", "his", "her", "its", "their", "our", "my", "your", "most", "all",
    "few", "other", "both", "each", "every", "any", "no", "senior", "top", "former",
];

/// Prepositions allowed inside a subject phrase ("Nicholas Heras of the Newlines Institute").
pub const NP_PREPS: &[&str] = &["of", "for", "at", "in", "by", "from", "to", "with", "on"];

/// Words that end a subject phrase when scanning left from a cue.
#[rustfmt::skip]
pub const STOP: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while", "after",
    "before", "as", "because", "if", "than", "so", "what", "why", "how", "whether", "although",
    "though", "since", "until", "unless", "is", "was", "were", "are", "be", "been", "being",
    "there", "here", "not", "nor", "yet", "also", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "should", "shall", "did", "does", "do", "said", "says",
    "told", "me", "him", "us", "them", "you", "we", "i", "he", "she", "they", "it", "during",
    "despite", "into", "over", "under", "about", "against", "between", "through", "without",
    "within", "upon", "like", "unlike", "just", "even", "only", "very", "too", "however",
    "meanwhile", "instead", "thus", "therefore", "moreover", "yes", "no", "once",
];

/// Adverbs that open a sentence and are capitalised only for that ("Still, says PolitiFact, …",
/// "Then Griffin started …"): never a speaker or part of a name.
#[rustfmt::skip]
pub const SENTENCE_ADVERBS: &[&str] = &[
    "then", "still", "today", "now", "yesterday", "tonight", "meanwhile", "however", "instead",
    "later", "earlier", "also", "yet", "finally", "indeed", "again",
];

/// Title and role words: a capitalised run "French President Emmanuel Macron" splits after the
/// last of them into role ("French President") and name ("Emmanuel Macron").
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "president", "secretary", "adviser", "advisor", "minister", "general", "gen", "gen.",
    "colonel", "col", "col.", "brig", "brig.", "brigadier", "lieutenant", "lt", "lt.", "major",
    "maj", "maj.", "sergeant", "sgt", "sgt.", "captain", "capt", "capt.", "commander",
    "ambassador", "senator", "sen", "sen.", "rep", "rep.", "representative", "gov", "gov.",
    "governor", "mayor", "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
    "spokesperson", "chief", "officer", "analyst", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "judge", "justice", "pope", "king", "queen", "prince", "princess", "sheikh", "envoy",
    "speaker", "leader", "ceo", "premier", "chancellor", "admiral", "adm", "adm.", "prof", "prof.",
    "professor", "attorney", "candidate", "nominee", "coach", "manager", "founder", "executive",
    "vice", "deputy", "undersecretary", "official", "head", "mufti", "cleric", "imam", "ayatollah",
    "emir", "sultan", "sen.", "dame", "sir", "lord", "lady", "father", "rabbi", "bishop",
    "cardinal", "reverend", "rev", "rev.", "pastor", "economist", "strategist", "pollster",
    "editor", "correspondent", "reporter", "host", "anchor", "commissioner", "superintendent",
    "sheriff", "chairperson", "congressman", "congresswoman", "assemblyman", "councilman",
    "councilwoman", "delegate", "press", "retired", "spokesman", "ret.", "ret", "master",
];

/// Words that make a capitalised run an organisation or a document rather than a person.
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "institute", "ministry", "department", "party", "committee", "council", "agency",
    "association", "times", "post", "news", "reuters", "press", "university", "commission",
    "coalition", "office", "bank", "company", "corp", "corp.", "inc", "inc.", "group", "forces",
    "army", "court", "house", "senate", "congress", "administration", "government", "campaign",
    "foundation", "center", "centre", "organization", "organisation", "union", "network",
    "journal", "tribune", "herald", "telegraph", "guardian", "cnn", "bbc", "nbc", "cbs", "abc",
    "fox", "ap", "afp", "un", "nato", "pentagon", "kremlin", "police", "fbi", "cia", "report",
    "study", "poll", "survey", "statement", "ministry", "command", "board", "federation", "league",
    "alliance", "movement", "front", "service", "services", "authority", "council",
];

/// Heads of role noun phrases and the title words each can stand for.
pub const ROLE_SYNONYMS: &[(&str, &[&str])] = &[
    (
        "leader",
        &["president", "minister", "premier", "chancellor", "king", "leader", "chairman", "head", "emir", "sultan"],
    ),
    ("envoy", &["ambassador", "envoy", "representative"]),
    ("diplomat", &["ambassador", "envoy", "secretary", "minister"]),
    ("general", &["general", "gen", "gen.", "brig", "brig.", "brigadier"]),
    ("commander", &["commander", "general", "gen", "gen.", "admiral", "colonel", "col."]),
    ("official", &["official", "secretary", "adviser", "advisor", "minister", "director", "spokesman", "spokeswoman"]),
    ("spokesman", &["spokesman", "spokesperson", "secretary"]),
    ("spokeswoman", &["spokeswoman", "spokesperson", "secretary"]),
    ("premier", &["premier", "minister"]),
    ("senator", &["senator", "sen", "sen."]),
    ("lawmaker", &["senator", "sen", "sen.", "rep", "rep.", "representative", "congressman", "congresswoman"]),
    ("candidate", &["candidate", "nominee", "senator", "governor", "president"]),
    ("nominee", &["nominee", "candidate"]),
    ("colonel", &["colonel", "col", "col."]),
    ("governor", &["governor", "gov", "gov."]),
    ("congressman", &["congressman", "rep", "rep.", "representative"]),
    ("congresswoman", &["congresswoman", "rep", "rep.", "representative"]),
    ("representative", &["representative", "rep", "rep.", "congressman", "congresswoman"]),
    ("lieutenant", &["lieutenant", "lt", "lt."]),
    ("sergeant", &["sergeant", "sgt", "sgt."]),
    ("captain", &["captain", "capt", "capt."]),
    ("admiral", &["admiral", "adm", "adm."]),
];

/// Nouns that make an "according to X" / "X said" phrase a document.
#[rustfmt::skip]
pub const DOC_NOUNS: &[&str] = &[
    "report", "statement", "study", "poll", "survey", "document", "letter", "memo", "analysis",
    "article", "book", "post", "tweet", "filing", "complaint", "lawsuit", "release", "data",
    "figures", "estimate", "estimates", "assessment", "review", "investigation", "audit",
];

/// Cues that may report a bare clause without "that" ("said it was over"). Other cues need
/// "that", "to …", a question word or a quote, since they also take plain objects.
#[rustfmt::skip]
pub const BARE_CLAUSE: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "argued", "argues",
    "insisted", "insists", "thinks", "think", "thought", "believes", "believe", "believed",
    "noted", "notes", "warned", "warns", "stated", "explained", "explains", "claimed", "claims",
    "asserted", "asserts", "predicted", "predicts", "suggested", "suggests", "reported", "reports",
    "tweeted", "acknowledged", "stressed", "emphasized", "emphasised", "contended", "contends",
    "countered", "replied", "recalled", "hoped", "hopes", "feared", "fears", "expects", "knew",
    "knows", "felt", "feels", "agreed", "conceded", "admitted", "concluded", "estimated",
    "estimates", "wrote", "posted", "insist", "argue", "complained", "worried", "worries",
    "doubted", "doubts", "wondered", "joked", "quipped", "boasted", "lamented", "cautioned",
    "testified", "commented", "observed", "remarked", "responded",
];

/// Verbs of attitude and evaluation: attribution corpora count "X criticized the plan" and
/// "X hopes to win" as attributions just like speech.
#[rustfmt::skip]
pub const ATTITUDE_CUES: &[&str] = &[
    "criticized", "criticised", "criticizes", "praised", "praises", "endorsed", "endorses",
    "called", "calls", "defended", "defends", "supported", "supports", "opposed", "opposes",
    "sought", "seeks", "described", "describes", "cited", "cites", "refused", "refuses",
    "declined", "declines", "rejected", "rejects", "blamed", "blames", "dismissed", "dismisses",
    "welcomed", "welcomes", "condemned", "condemns", "slammed", "slams", "blasted", "blasts",
    "attacked", "touted", "touts", "highlighted", "highlights", "mentioned", "mentions", "backed",
    "decried", "decries", "questions", "thanked", "pointed", "reiterated", "reiterates", "echoed",
    "recommended", "seemed", "appeared", "portrayed", "characterized", "labeled", "labelled",
    "dubbed", "branded", "hailed", "applauded", "lauded", "insulted", "ridiculed", "derided",
    "lambasted", "chided", "scolded", "rebuked", "chastised", "berated", "implored", "denounced", "promise", "vow", "pledge", "assume",
    "assumed", "assumes", "fear", "hope", "expect", "know", "feel", "agree", "doubt", "suspect",
    "suspected", "suspects", "imagine", "imagined", "considers", "considered", "sees",
    "see", "viewed", "views", "regards", "understood", "understands", "learned", "realized",
    "realised", "realizes", "recognized", "recognizes", "wished", "wishes", "preferred", "prefers",
    "favors", "favored", "favours", "favoured", "show", "want", "support", "backing", "seeking",
    "supporting", "decided", "decide", "signed", "consider", "wanted", "attacking", "spoke",
    "speaks", "talks", "talk", "talking", "worry",
    // Base forms after a plural subject ("Economists estimate …", "His allies dismiss …"): the
    // verbs whose base is seldom a noun, or one a determiner gives away ("an estimate").
    "estimate", "dismiss", "criticize", "criticise", "praise", "oppose",
    "describe", "cite", "reject", "condemn", "decry", "reiterate", "portray", "characterize",
    "applaud", "laud", "deride", "lambaste", "denounce", "accuse", "reveal", "indicate",
    "complain", "propose", "recommend", "respond", "emphasize", "emphasise", "disclose",
    "testify", "lament", "claim", "conclude", "threaten", "wonder", "counter", "intend", "boast",
];

/// Cue words learned from PolNeAR train annotations (`dossier-eval` example `polnear_lexicon`):
/// words that were an annotated cue in at least 40% of their uses and look like verbs. They
/// widen the hand lists above to the long tail of news cues ("decried", "lashed", "mused").
const LEARNED_TSV: &str = include_str!("../data/learned_cues.tsv");

/// The learned cue words, in file order (best cue rate first).
pub fn learned_cues() -> impl Iterator<Item = &'static str> {
    LEARNED_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .filter(|w| !w.is_empty() && *w != "according")
}

/// Nominal cues learned from PolNeAR train alongside [`learned_cues`]: nouns that head an
/// attribution ("his criticism of …", "Trump's suggestion that …").
const LEARNED_NOUNS_TSV: &str = include_str!("../data/learned_nouns.tsv");

/// Attribution nouns of the train study that fall under the learned rate because they are
/// also plain nouns; they count only with a possessor and a preposition ("Trump's criticism
/// of"). "support", "stance", "position", "remarks", "comments", "plan" are left out: with a
/// possessor they were an annotated attribution in under a third of their train uses
/// ("Republican support for free trade").
#[rustfmt::skip]
pub const NOMINAL: &[&str] = &[
    "opposition", "attacks", "attack", "criticism", "endorsement", "accusations",
    "accusation", "allegations", "allegation", "calls", "call", "questions", "praise", "claims",
    "claim", "warnings", "warning", "complaints", "complaint", "defense", "defence", "denial",
    "insistence", "demands", "demand", "promise", "promises", "pledge",
    "proposal", "view", "views", "argument",
];

/// The learned nominal cues, best cue rate first.
pub fn learned_nouns() -> impl Iterator<Item = &'static str> {
    LEARNED_NOUNS_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .filter(|w| !w.is_empty())
}

/// Common given names whose bearers news reports almost always call "he" (US, UK, European and
/// Arabic names frequent in news). Sorted, for binary search.
#[rustfmt::skip]
pub(crate) const MALE_NAMES: &[&str] = &[
    "aaron", "abdul", "abraham", "abu", "adam", "ahmed", "alan", "albert", "alberto", "alexander",
    "ali", "andrew", "andy", "anthony", "antonio", "arthur", "barack", "barry", "ben", "benjamin",
    "benny", "bernie", "bill", "bob", "bobby", "boris", "brad", "bret", "brett", "brian", "bruce",
    "carl", "carlos", "chad", "charles", "chris", "christopher", "chuck", "colin", "cory", "dan",
    "daniel", "darrell", "david", "dennis", "derek", "devin", "dick", "dominic", "don", "donald",
    "doug", "douglas", "dwight", "ed", "eddie", "edward", "elijah", "emmanuel", "eric", "felipe",
    "fernando", "francisco", "frank", "fred", "gabriel", "gary", "george", "gerald", "greg",
    "gregory", "hakeem", "hassan", "henry", "howard", "hussein", "ibrahim", "isaac", "ivan", "jack",
    "jacob", "jake", "james", "jared", "jason", "javier", "jeb", "jeff", "jeffrey", "jeremy",
    "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge",
    "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken", "kenneth", "kevin",
    "khalid", "kurt", "larry", "louis", "luis", "luke", "manuel", "marco", "mario", "mark",
    "martin", "matt", "matthew", "michael", "miguel", "mike", "mitch", "mitt", "mohamed",
    "mohammed", "muhammad", "mustafa", "narendra", "nathan", "newt", "nicholas", "nick", "omar",
    "pablo", "patrick", "paul", "pedro", "pete", "peter", "phil", "philip", "rahm", "rand", "randy",
    "ray", "raymond", "recep", "reggie", "reince", "ricardo", "richard", "rick", "rob", "robert",
    "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "saad", "sam", "samuel", "scott",
    "sean", "sergei", "sergey", "seth", "shane", "shinzo", "stephen", "steve", "steven", "ted",
    "terry", "thomas", "tim", "timothy", "todd", "tom", "tony", "trey", "vicente", "vince",
    "vladimir", "walter", "wayne", "william", "xi", "yusuf", "zachary",
];

/// Common given names whose bearers news reports almost always call "she". Sorted.
#[rustfmt::skip]
pub(crate) const FEMALE_NAMES: &[&str] = &[
    "alexandria", "alice", "alina", "amanda", "amy", "ana", "angela", "ann", "anna", "anne",
    "ayanna", "barbara", "betsy", "betty", "brenda", "carly", "carol", "caroline", "carolyn",
    "catherine", "cathy", "cheryl", "christina", "christine", "claire", "condoleezza", "cynthia",
    "debbie", "deborah", "debra", "denise", "diana", "diane", "dianne", "donna", "doris", "dorothy",
    "elaine", "eleanor", "elizabeth", "ellen", "emily", "emma", "evelyn", "fatima", "gina",
    "gloria", "gretchen", "hannah", "heather", "heidi", "helen", "hillary", "hope", "huma", "ilhan",
    "ivanka", "jacqueline", "jane", "janet", "jeanine", "jeanne", "jenna", "jennifer", "jessica",
    "jill", "joan", "joanna", "joni", "judith", "judy", "julia", "julie", "kamala", "karen",
    "karine", "kate", "katherine", "kathleen", "kathy", "katie", "kelly", "kellyanne", "kimberly",
    "kirsten", "kirstjen", "kristen", "kristi", "kristin", "laura", "lauren", "layla", "linda",
    "lisa", "liz", "liza", "loretta", "lori", "lucy", "madeleine", "margaret", "maria", "marianne",
    "marie", "marilyn", "marjorie", "marsha", "martha", "mary", "maxine", "megan", "megyn",
    "melania", "melissa", "michele", "michelle", "monica", "nancy", "natalie", "nicole", "nikki",
    "nina", "norma", "olivia", "pamela", "patricia", "patty", "paula", "peggy", "rachel", "rashida",
    "rebecca", "rita", "rosa", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon",
    "sheila", "sheryl", "shirin", "sonia", "sophia", "stacey", "stephanie", "susan", "susana",
    "suzanne", "sylvia", "tammy", "teresa", "theresa", "tiffany", "tina", "tulsi", "ursula",
    "valerie", "vanessa", "victoria", "virginia", "wendy", "yvonne",
];

/// The sex a person noun tells ("spokeswoman", "father"), if it tells one: `Some(true)` for
/// "she".
pub fn noun_female(noun: &str) -> Option<bool> {
    const FEMALE: &[&str] = &[
        "woman",
        "mother",
        "daughter",
        "wife",
        "sister",
        "girl",
        "grandmother",
        "widow",
        "aunt",
        "niece",
        "spokeswoman",
        "congresswoman",
        "chairwoman",
        "businesswoman",
        "councilwoman",
        "actress",
        "queen",
    ];
    const MALE: &[&str] = &[
        "man",
        "father",
        "son",
        "husband",
        "brother",
        "boy",
        "grandfather",
        "widower",
        "uncle",
        "nephew",
        "spokesman",
        "congressman",
        "chairman",
        "businessman",
        "councilman",
        "actor",
        "king",
    ];
    let n = noun.to_ascii_lowercase();
    if FEMALE.contains(&n.as_str()) {
        Some(true)
    } else if MALE.contains(&n.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// The sex news pronouns give the bearer of a given name, if the name is common enough to
/// tell: `Some(true)` for "she", `Some(false)` for "he".
pub fn given_name_female(first: &str) -> Option<bool> {
    let find = |list: &[&str]| {
        list.binary_search_by(|probe| probe.bytes().cmp(first.bytes().map(|b| b.to_ascii_lowercase()))).is_ok()
    };
    if find(FEMALE_NAMES) {
        Some(true)
    } else if find(MALE_NAMES) {
        Some(false)
    } else {
        None
    }
}

/// US states with the abbreviations news gives them ("Sen. Rand Paul (R-Ky.)", "R-KY"): a
/// "Kentucky Republican" is a person whose mention names the state either way.
pub const US_STATES: &[(&str, &[&str])] = &[
    ("Alabama", &["Ala.", "AL"]),
    ("Alaska", &["Alaska", "AK"]),
    ("Arizona", &["Ariz.", "AZ"]),
    ("Arkansas", &["Ark.", "AR"]),
    ("California", &["Calif.", "CA"]),
    ("Colorado", &["Colo.", "CO"]),
    ("Connecticut", &["Conn.", "CT"]),
    ("Delaware", &["Del.", "DE"]),
    ("Florida", &["Fla.", "FL"]),
    ("Georgia", &["Ga.", "GA"]),
    ("Hawaii", &["Hawaii", "HI"]),
    ("Idaho", &["Idaho", "ID"]),
    ("Illinois", &["Ill.", "IL"]),
    ("Indiana", &["Ind.", "IN"]),
    ("Iowa", &["Iowa", "IA"]),
    ("Kansas", &["Kan.", "Kans.", "KS"]),
    ("Kentucky", &["Ky.", "KY"]),
    ("Louisiana", &["La.", "LA"]),
    ("Maine", &["Maine", "ME"]),
    ("Maryland", &["Md.", "MD"]),
    ("Massachusetts", &["Mass.", "MA"]),
    ("Michigan", &["Mich.", "MI"]),
    ("Minnesota", &["Minn.", "MN"]),
    ("Mississippi", &["Miss.", "MS"]),
    ("Missouri", &["Mo.", "MO"]),
    ("Montana", &["Mont.", "MT"]),
    ("Nebraska", &["Neb.", "Nebr.", "NE"]),
    ("Nevada", &["Nev.", "NV"]),
    ("New Hampshire", &["N.H.", "NH"]),
    ("New Jersey", &["N.J.", "NJ"]),
    ("New Mexico", &["N.M.", "NM"]),
    ("New York", &["N.Y.", "NY"]),
    ("North Carolina", &["N.C.", "NC"]),
    ("North Dakota", &["N.D.", "ND"]),
    ("Ohio", &["Ohio", "OH"]),
    ("Oklahoma", &["Okla.", "OK"]),
    ("Oregon", &["Ore.", "Oreg.", "OR"]),
    ("Pennsylvania", &["Pa.", "Penn.", "PA"]),
    ("Rhode Island", &["R.I.", "RI"]),
    ("South Carolina", &["S.C.", "SC"]),
    ("South Dakota", &["S.D.", "SD"]),
    ("Tennessee", &["Tenn.", "TN"]),
    ("Texas", &["Texas", "Tex.", "TX"]),
    ("Utah", &["Utah", "UT"]),
    ("Vermont", &["Vt.", "VT"]),
    ("Virginia", &["Va.", "VA"]),
    ("Washington", &["Wash.", "WA"]),
    ("West Virginia", &["W.Va.", "W. Va.", "WV"]),
    ("Wisconsin", &["Wis.", "Wisc.", "WI"]),
    ("Wyoming", &["Wyo.", "WY"]),
];
