//! Named entities in news text.
//!
//! A statistical BIO tagger ([`tagger`]) trained on CoNLL-2003 finds names; rules on top attach
//! titles and roles ("Iraqi Prime Minister", ", commander of …"), map CoNLL MISC to `group`
//! (nationalities, religious and political groups) or `other`, and resolve short forms within an
//! article to the fullest name ("McKenzie" → "Kenneth F. McKenzie").
//!
//! The weights (`model/ner.bin`, sparse 16-bit, ~1.4 MB) are embedded with `include_bytes!`, so
//! nothing is read at run time. They come from CoNLL-2003 `eng.train.txt` only, rebuilt with
//! `cargo run --release -p dossier-entities --example train -- eng.train.txt
//! crates/dossier-entities/model/ner.bin` (defaults: 10 epochs, 2^18 hashed rows, 5 seeds;
//! deterministic, same bytes every run). Score it with `dossier-eval`'s `conll` example.

use std::sync::OnceLock;

pub mod conll;
mod cues;
pub mod tagger;

pub use tagger::{EntType, Model, Tag, TrainDoc, train};

static MODEL_BYTES: &[u8] = include_bytes!("../model/ner.bin");

/// The shipped model, decoded once. `None` only if the embedded file is malformed.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MODEL_BYTES)).as_ref()
}

/// Tags a document given as pre-tokenised sentences (one tag per token, BIO). The sentences are
/// tagged together so document-level evidence is shared.
pub fn tag_document(sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
    tag_document_with(model(), sentences)
}

/// [`tag_document`] with an explicit model (the trainer scores candidates this way).
pub fn tag_document_with(model: Option<&Model>, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
    let (words, sents) = tagger::doc_from_sentences(sentences);
    let flat = match model {
        Some(m) => m.tag_doc(&tagger::doc_feats(&words, sents.clone())),
        None => vec![Tag::O; words.len()],
    };
    sents.iter().map(|&(a, b)| flat[a..b].to_vec()).collect()
}

/// Tags one pre-tokenised sentence on its own.
pub fn tag_tokens(tokens: &[&str]) -> Vec<Tag> {
    tag_document(&[tokens.to_vec()]).into_iter().next().unwrap_or_default()
}

mod mentions;

/// `Token::text`, inlined: the cross-crate call showed up in profiles at one call per token.
#[inline]
pub(crate) fn tok_text<'a>(text: &'a str, t: &dossier_nlp::Token) -> &'a str {
    text.get(t.span.start..t.span.end).unwrap_or("")
}

use dossier_core::EntityMention;

/// Finds the people, organisations, places, groups and other names (events, laws…) in raw news
/// text. Spans are byte ranges of the name itself; `role` carries an attached title or
/// apposition; `name` is the fullest form of a person's name in this text. Never panics.
pub fn extract_entities(text: &str) -> Vec<EntityMention> {
    let Some(m) = model() else { return Vec::new() };
    let toks = dossier_nlp::tokens(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let sents = dossier_nlp::sentence_ranges(text, &toks);
    let words: Vec<&str> = toks.iter().map(|t| tok_text(text, t)).collect();
    let tags = m.tag_words(&words, sents.clone());
    mentions::build(text, &toks, &sents, &tags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::EntityKind;

    fn find<'a>(ms: &'a [EntityMention], text: &str, surface: &str) -> Option<&'a EntityMention> {
        ms.iter().find(|m| m.span.slice(text) == surface)
    }

    #[test]
    fn model_is_embedded() {
        assert!(model().is_some());
    }

    #[test]
    fn a_name_suffix_is_not_the_name() {
        // "King" is a title word elsewhere ("King Abdullah"); before "Jr." it is the surname.
        let t = "Rep. John Lewis met the Rev. Martin Luther King Jr. in 1958.";
        let ms = extract_entities(t);
        assert!(ms.iter().all(|m| m.name != "Jr."), "{ms:?}");
        let k = find(&ms, t, "Martin Luther King Jr.").map(|m| (m.kind, m.role.clone()));
        assert_eq!(k, Some((EntityKind::Person, Some("Rev.".to_string()))));
    }

    #[test]
    fn the_pronoun_i_after_a_full_name_is_not_part_of_it() {
        let t = "\"I have nothing to do with the National Enquirer and unlike Lyin' Ted Cruz I do not surround myself with political hacks,\" Trump said.";
        let ms = extract_entities(t);
        assert!(ms.iter().all(|m| !m.name.ends_with(" I")), "{ms:?}");
    }

    #[test]
    fn a_dateline_before_a_name_is_a_place_and_not_part_of_the_name() {
        let t = "DENVER, Colo. — Yolanda Avila and Andres Pico are friends who sit next to each other on the city council.\n\nEASLEY, S.C. — Marco Rubio carried a message to South Carolina.";
        let ms = extract_entities(t);
        assert!(ms.iter().all(|m| !m.name.starts_with(['—', '-'])), "{ms:?}");
        assert_eq!(find(&ms, t, "DENVER").map(|m| m.kind), Some(EntityKind::Place), "{ms:?}");
        assert_eq!(find(&ms, t, "Yolanda Avila").map(|m| m.kind), Some(EntityKind::Person), "{ms:?}");
        assert_eq!(find(&ms, t, "Marco Rubio").map(|m| m.kind), Some(EntityKind::Person), "{ms:?}");
    }

    #[test]
    fn a_suffix_after_a_comma_ends_the_name_and_tells_the_son_from_the_father() {
        let t = "Jerry Falwell, Jr., president of Liberty University, called the editorial unfair.";
        let ms = extract_entities(t);
        assert!(ms.iter().all(|m| m.name != "Jr."), "{ms:?}");
        assert_eq!(find(&ms, t, "Jerry Falwell, Jr.").map(|m| m.kind), Some(EntityKind::Person), "{ms:?}");
        let t =
            "Donald Trump Jr. met the lawyer in June 2016. President Donald Trump said he knew nothing of the meeting.";
        let ms = extract_entities(t);
        let father = t.rfind("Donald Trump").unwrap_or(0);
        let m = ms.iter().find(|m| m.span.start == father).map(|m| m.name.as_str());
        assert_eq!(m, Some("Donald Trump"), "{ms:?}");
    }

    #[test]
    fn titles_before_the_name_become_the_role() {
        let t = "Iraqi Prime Minister Mustafa al-Kadhimi met U.S. Army Col. Myles Caggins in Baghdad on Tuesday.";
        let ms = extract_entities(t);
        let k = find(&ms, t, "Mustafa al-Kadhimi").map(|m| (m.kind, m.role.clone()));
        assert_eq!(k, Some((EntityKind::Person, Some("Iraqi Prime Minister".to_string()))));
        let c = find(&ms, t, "Myles Caggins").and_then(|m| m.role.clone());
        assert_eq!(c.as_deref(), Some("U.S. Army Col."));
        assert_eq!(find(&ms, t, "Baghdad").map(|m| m.kind), Some(EntityKind::Place));
    }

    #[test]
    fn envoy_to_a_country_is_a_role() {
        let t = "\"The threat is not over,\" said the US envoy to Iraq Alina Romanowski on Monday.";
        let ms = extract_entities(t);
        let r = find(&ms, t, "Alina Romanowski").and_then(|m| m.role.clone());
        assert_eq!(r.as_deref(), Some("US envoy to Iraq"));
        assert_eq!(find(&ms, t, "Iraq").map(|m| m.kind), Some(EntityKind::Place));
    }

    #[test]
    fn envoy_to_an_institution_is_a_role_and_the_name_after_it_a_person() {
        // The tagger reads the institution and the name after it as one organisation; the
        // institution's head word ("Nations", "Union", "Organization") ends it.
        for (t, name, role, org) in [
            (
                "U.S. Ambassador to the United Nations Nikki Haley said the vote was a mistake.",
                "Nikki Haley",
                "U.S. Ambassador to the United Nations",
                "United Nations",
            ),
            (
                "Britain's ambassador to the European Union Tim Barrow said talks were going well.",
                "Tim Barrow",
                "Britain's ambassador to the European Union",
                "European Union",
            ),
        ] {
            let ms = extract_entities(t);
            let p = find(&ms, t, name).map(|m| (m.kind, m.role.clone()));
            assert_eq!(p, Some((EntityKind::Person, Some(role.to_string()))), "{t}: {ms:?}");
            assert_eq!(find(&ms, t, org).map(|m| m.kind), Some(EntityKind::Organization), "{t}: {ms:?}");
        }
        // An institution whose name goes on after its head word stays whole.
        let t = "The United Nations Security Council met on Friday.";
        let ms = extract_entities(t);
        assert!(ms.iter().all(|m| m.kind != EntityKind::Person), "{ms:?}");
    }

    #[test]
    fn apposition_and_short_forms() {
        let t = "Kenneth F. McKenzie, commander of the US Central Command, said the mission would change. \
                 McKenzie said 2,500 troops would stay.\n\nGeneral McKenzie added that the bases were safe.";
        let ms = extract_entities(t);
        let full = find(&ms, t, "Kenneth F. McKenzie");
        assert_eq!(full.and_then(|m| m.role.as_deref()), Some("commander of the US Central Command"));
        let shorts: Vec<_> = ms.iter().filter(|m| m.span.slice(t) == "McKenzie").collect();
        assert_eq!(shorts.len(), 2);
        assert!(shorts.iter().all(|m| m.name == "Kenneth F. McKenzie" && m.kind == EntityKind::Person));
        assert!(shorts.iter().any(|m| m.role.as_deref() == Some("General")));
    }

    #[test]
    fn a_relative_sharing_the_surname_is_not_what_the_surname_stands_for() {
        let t = "President Trump, responding to the shootings, said the nation must condemn hatred. \
                 Trump spoke from the White House.\n\nPresident Trump's daughter and senior adviser Ivanka Trump \
                 endorsed the idea as well. Trump said the law would pass.";
        let ms = extract_entities(t);
        let shorts: Vec<_> = ms.iter().filter(|m| m.span.slice(t) == "Trump").collect();
        assert!(!shorts.is_empty());
        assert!(shorts.iter().all(|m| m.name != "Ivanka Trump"), "{shorts:?}");
        // Introduced as a relative of someone with another surname, the name is still theirs.
        let t = "The president's son-in-law Jared Kushner met the envoy. Kushner said the talks went well.";
        let ms = extract_entities(t);
        assert!(ms.iter().any(|m| m.span.slice(t) == "Kushner" && m.name == "Jared Kushner"), "{ms:?}");
    }

    #[test]
    fn site_chrome_before_a_name_is_not_part_of_it() {
        let t = "Watch Trump's Remarks In Full\n\nContinued Sondland: \"I recall mentioning that.\"";
        let ms = extract_entities(t);
        assert!(ms.iter().all(|m| !m.name.starts_with("Watch") && !m.name.starts_with("Continued")), "{ms:?}");
    }

    #[test]
    fn groups_and_particles() {
        let t = "Kurdish fighters and pro-Iranian factions clashed as Shiite militias watched. \
                 Osama bin Laden was killed in Abbottabad.";
        let ms = extract_entities(t);
        assert_eq!(find(&ms, t, "Kurdish fighters").map(|m| m.kind), Some(EntityKind::Group));
        assert_eq!(find(&ms, t, "pro-Iranian factions").map(|m| m.kind), Some(EntityKind::Group));
        assert_eq!(find(&ms, t, "Osama bin Laden").map(|m| m.kind), Some(EntityKind::Person));
    }

    #[test]
    fn title_inside_an_organisation_chunk_is_split_off() {
        let t = "National Security Adviser Qassem Al Aaraji wrote on Twitter after the meeting.";
        let ms = extract_entities(t);
        let m = find(&ms, t, "Qassem Al Aaraji");
        assert_eq!(m.map(|m| m.kind), Some(EntityKind::Person));
        assert_eq!(m.and_then(|m| m.role.as_deref()), Some("National Security Adviser"));
    }

    #[test]
    fn tags_pretokenised_conll_style_text() {
        let tags = tag_tokens(&["German", "Chancellor", "Helmut", "Kohl", "visited", "Paris", "."]);
        assert_eq!(tags[2], Tag::B(EntType::Per));
        assert_eq!(tags[3], Tag::I(EntType::Per));
        assert_eq!(tags[5], Tag::B(EntType::Loc));
        assert_eq!(tags[4], Tag::O);
    }

    #[test]
    fn never_panics_and_spans_lie_on_char_boundaries() {
        let mut samples: Vec<String> = [
            "",
            " ",
            "\n\n",
            "al-",
            "Mr.",
            ", commander of",
            "É. Ñandú-Ölçer said … “Ça va” — 東京 Москва Путин said.",
            "ALL CAPS HEADLINE ABOUT IRAQ AND ISIS",
            "🙂 Biden 🙂, president of 🙂 the United States,",
            "Gen.\u{0301} McKenzie\u{200d}, commander of the",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        samples.push("President Joe Biden met Iraqi Prime Minister Mustafa al-Kadhimi. ".repeat(3000));
        let alphabet: Vec<char> = "Aa bB.,'’\"“”\n-al-Bin ÉéM Mr. 3 🙂".chars().collect();
        let mut state: u64 = 0x1234_5678_9abc_def1;
        for _ in 0..500 {
            let mut s = String::new();
            for _ in 0..(state % 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                s.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            state = state.wrapping_add(7);
            samples.push(s);
        }
        for s in &samples {
            for m in extract_entities(s) {
                assert!(m.span.start < m.span.end && m.span.end <= s.len());
                assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
                assert!(!m.name.is_empty());
            }
        }
    }
}
