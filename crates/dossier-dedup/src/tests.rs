use super::*;
use proptest::prelude::*;

/// A wire story written for these tests, paragraph by paragraph.
const WIRE: &[&str] = &[
    "BAGHDAD - The U.S.-led coalition fighting Islamic State militants formally ended its combat mission in Iraq on Thursday, Iraqi officials said, shifting the roughly 2,500 American troops still in the country to an advisory role.",
    "National security adviser Qasim al-Araji announced the change on Twitter after a final round of technical talks with coalition commanders in the capital.",
    "\"The relationship with the international coalition will continue in training, advice and capacity building,\" he wrote.",
    "The announcement comes weeks before a December 31 deadline agreed by President Joe Biden and Prime Minister Mustafa al-Kadhimi during a White House meeting in July.",
    "Armed factions aligned with Iran have demanded a complete withdrawal of foreign forces and have threatened to attack American interests if troops remain after the deadline.",
    "Coalition officials say the troops have not had a combat role for more than a year and mainly help Iraqi forces with intelligence, air support and logistics.",
    "Islamic State seized large parts of Iraq and Syria in 2014 but was declared defeated in Iraq three years later; its remaining cells still carry out sporadic attacks in the north.",
    "A United Nations report this year estimated that the group retains about 10,000 fighters across the two countries, many of them hiding in remote desert and mountain areas.",
    "Pentagon spokesman John Kirby told reporters in Washington that the force posture would not change in any meaningful way on January 1.",
    "Analysts said the shift was largely a matter of messaging aimed at easing political pressure on the Iraqi government ahead of the formation of a new cabinet.",
];

fn wire() -> String {
    WIRE.join("\n\n")
}

/// The same wire copy as another outlet ran it: its own intro line and the last paragraphs cut.
fn syndicated() -> String {
    let mut paras = vec!["Iraq's coalition partners end combat role, advisers stay (Wire report)"];
    paras.extend_from_slice(&WIRE[..8]);
    paras.join("\n\n")
}

/// A different article on the same story, in its own words.
fn same_story_other_article() -> String {
    [
        "Iraq's government said on Thursday that foreign combat troops had left the battlefield, ending a mission that began when Islamic State overran Mosul seven years ago.",
        "Qasim al-Araji, the national security adviser, said the coalition would keep training and advising Iraqi units, a role it has in practice played since last year.",
        "About 2,500 U.S. soldiers remain at three bases run by Iraqi forces, according to coalition figures, and there is no plan to reduce that number.",
        "Militias backed by Tehran reject any foreign presence and have fired rockets and drones at bases hosting American personnel in recent months.",
        "Biden and al-Kadhimi agreed in July that the combat mission would close by the end of the year; Washington says the presence now is at Baghdad's invitation.",
        "Kirby, the Pentagon spokesman, said no troops would leave as a result of the announcement, calling it a transition rather than a withdrawal.",
    ]
    .join("\n\n")
}

#[test]
fn exact_key_folds_case_punctuation_and_spacing() {
    let a = wire();
    let b = a.to_uppercase().replace("\n\n", "  \n").replace(',', " ,");
    assert_eq!(exact_key(&a), exact_key(&b));
    assert_ne!(exact_key(&a), exact_key(&a.replace("2,500", "2,600")));
    // Word order matters.
    assert_ne!(exact_key("troops left Iraq"), exact_key("Iraq left troops"));
}

#[test]
fn exact_duplicate_is_similarity_one() {
    let mut d = Deduper::default();
    assert_eq!(d.insert("a-1", &wire()).duplicate_of, None);
    let v = d.insert("a-2", &format!("  {}  ", wire().replace('"', "“")));
    assert_eq!(v.duplicate_of, Some(("a-1".to_string(), 1.0)));
    assert_eq!(d.len(), 1, "duplicates are not remembered");
}

#[test]
fn syndicated_copy_with_new_intro_and_cut_ending_is_near_duplicate() {
    let mut d = Deduper::default();
    d.insert("a-wire", &wire());
    let v = d.insert("a-copy", &syndicated());
    let (orig, sim) = v.duplicate_of.expect("syndicated copy must be a near duplicate");
    assert_eq!(orig, "a-wire");
    assert!(sim < 1.0 && sim > 0.5, "estimated Jaccard {sim}");
}

#[test]
fn lightly_edited_copy_is_near_duplicate() {
    let mut d = Deduper::default();
    d.insert("a-wire", &wire());
    let edited =
        wire().replace("BAGHDAD - ", "BAGHDAD, Dec 9 (Agency) - ").replace("Pentagon spokesman John Kirby", "Kirby");
    let v = d.insert("a-edit", &edited);
    let (_, sim) = v.duplicate_of.expect("near duplicate");
    assert!(sim >= 0.8, "{sim}");
}

#[test]
fn other_article_on_same_story_is_not_duplicate() {
    let mut d = Deduper::default();
    d.insert("a-wire", &wire());
    let other = same_story_other_article();
    let v = d.insert("a-other", &other);
    assert_eq!(v.duplicate_of, None);
    let j = signature(&wire()).jaccard(&signature(&other));
    assert!(j < 0.1, "{j}");
    assert_eq!(d.len(), 2);
}

#[test]
fn short_brief_inside_long_story_is_not_duplicate() {
    let mut d = Deduper::default();
    d.insert("a-wire", &wire());
    // Two paragraphs of ten: contained, but far too short to be the same article.
    let v = d.insert("a-brief", &WIRE[..2].join("\n\n"));
    assert_eq!(v.duplicate_of, None);
}

#[test]
fn threshold_is_configurable() {
    let edited = wire().replace("Iraq", "Irak");
    let j = signature(&wire()).jaccard(&signature(&edited));
    let mut strict = Deduper::new(0.99);
    strict.insert("a", &wire());
    assert_eq!(strict.insert("b", &edited).duplicate_of, None, "j={j}");
    let mut loose = Deduper::new(0.2);
    loose.insert("a", &wire());
    assert!(loose.insert("b", &edited).duplicate_of.is_some(), "j={j}");
}

#[test]
fn seeding_from_stored_verdicts() {
    let mut first = Deduper::default();
    let v = first.insert("a-wire", &wire());
    assert_eq!(v.signature.len(), SIGNATURE_BYTES);
    let mut later = Deduper::default();
    later.seed("a-wire", v.exact_key, &v.signature);
    assert_eq!(later.len(), 1);
    assert_eq!(later.insert("a-x", &wire()).duplicate_of, Some(("a-wire".into(), 1.0)));
    assert_eq!(later.insert("a-y", &syndicated()).duplicate_of.map(|d| d.0), Some("a-wire".into()));
    // A damaged signature seeds the exact key only.
    let mut d = Deduper::default();
    d.seed("a-old", v.exact_key, &[1, 2, 3]);
    assert!(d.insert("a-z", &wire()).duplicate_of.is_some());
    assert_eq!(d.insert("a-s", &syndicated()).duplicate_of, None);
}

#[test]
fn signature_bytes_roundtrip_and_are_stable() {
    let s = signature(&wire());
    assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s.clone()));
    assert_eq!(signature(&wire()), s);
    assert_eq!(Signature::from_bytes(&[0; 7]), None);
    // Shingle count: words minus three.
    assert_eq!(signature("one two three four five").shingles, 2);
    assert_eq!(signature("two words").shingles, 1);
    assert_eq!(signature(" ,. ").shingles, 0);
}

#[test]
fn best_match_wins() {
    let mut d = Deduper::default();
    d.insert("a-other", &same_story_other_article());
    d.insert("a-wire", &wire());
    let v = d.insert("a-copy", &syndicated());
    assert_eq!(v.duplicate_of.map(|x| x.0), Some("a-wire".into()));
}

#[test]
fn empty_texts() {
    let mut d = Deduper::default();
    assert_eq!(d.insert("a", "").duplicate_of, None);
    assert_eq!(d.insert("b", " ... ").duplicate_of, Some(("a".into(), 1.0)));
    assert_eq!(d.insert("c", &wire()).duplicate_of, None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_and_self_match(texts in prop::collection::vec(any::<String>(), 1..8), t in any::<f64>()) {
        let mut d = Deduper::new(t);
        for (i, s) in texts.iter().enumerate() {
            let v = d.insert(&format!("a-{i}"), s);
            prop_assert_eq!(v.signature.len(), SIGNATURE_BYTES);
        }
        // Any text inserted again is a duplicate of something.
        for s in &texts {
            prop_assert!(d.insert("again", s).duplicate_of.is_some());
        }
    }
}

proptest! {
    #[test]
    fn words_split_exactly_like_the_standard_library(t in "\\PC{0,60}|[ a-zA-Z0-9.,’é\u{301}\u{a0}ß日-]{0,60}") {
        let expected: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        prop_assert_eq!(words(&t).collect::<Vec<_>>(), expected);
    }
}

#[test]
fn keys_and_signatures_are_stable_across_versions() {
    // Stored in databases: these values must never change.
    let text = "About 2,500 U.S. troops will remain in Iraq — officials said on Thursday.";
    assert_eq!(exact_key(text), exact_key("about 2 500 u s TROOPS will remain in iraq officials said on thursday"));
    let s = signature(text);
    assert_eq!(s.shingles, 11);
    assert_eq!(format!("{:016x}", exact_key(text)), "1d9d08a23ddc1f96");
}

/// A seeded index answers as one that saw the originals itself, both while it compares new
/// texts with the seeds directly and after it has put them into buckets.
#[test]
fn seeded_lookups_match_inserted_ones_before_and_after_banding() {
    // Originals: variants of the other article, each different enough to stand alone.
    let originals: Vec<String> = (0..40)
        .map(|i| {
            format!("{}\n\nReport number {i} adds its own closing paragraph about item {i}.", WIRE[i % WIRE.len()])
        })
        .chain([same_story_other_article(), wire()])
        .collect();
    let mut direct = Deduper::default();
    let mut stored = Vec::new();
    for (i, t) in originals.iter().enumerate() {
        let v = direct.insert(&format!("o-{i}"), t);
        stored.push((format!("o-{i}"), v.exact_key, v.signature, v.duplicate_of.is_none()));
    }
    let mut seeded = Deduper::default();
    for (id, key, sig, original) in &stored {
        if *original {
            seeded.seed(id, *key, sig);
        }
    }
    // More lookups than are made directly, so the later ones go through the buckets.
    let queries: Vec<String> = (0..LAZY_LOOKUPS + 10)
        .map(|i| if i % 3 == 0 { syndicated() } else { format!("Unrelated note {i} about the weather in Basra.") })
        .collect();
    for (i, q) in queries.iter().enumerate() {
        let id = format!("q-{i}");
        assert_eq!(seeded.insert(&id, q).duplicate_of, direct.insert(&id, q).duplicate_of, "query {i}");
    }
    assert_eq!(seeded.unbanded, 0, "banded after {LAZY_LOOKUPS} lookups");
    assert!(seeded.insert("q-last", &syndicated()).duplicate_of.is_some());
}
