//! Fuzz-style robustness: random odd strings through every public function. Nothing may panic.

use dossier_core::{EntityKind, EntityMention, Figure, Span};
use dossier_link::alias::defined_acronyms;
use dossier_link::names::{PersonName, match_persons};
use dossier_link::{
    ArticleFeatures, Claim, EntityIndex, FigureRef, MentionRef, StatementRef, StoryIndex, StoryParams, figure_series,
    find_conflicts, group_statements, link_entities,
};

/// Pieces that break naive text code: multi-byte and combining characters, RTL script, emoji
/// with modifiers, punctuation the name rules look at, and ordinary words.
const PIECES: &[&str] = &[
    "al-",
    "Al ",
    "El",
    "ash-",
    "-",
    "‐",
    "'",
    "’s",
    "(",
    ")",
    "(ISF)",
    ".",
    "Mr. ",
    "Gen. ",
    " ",
    "  ",
    "\n\n",
    "Qassem",
    "Araji",
    "McKenzie",
    "F.",
    "ISIS",
    "U.S.",
    "Daesh",
    "not",
    "no longer",
    "still",
    "threat",
    "é",
    "e\u{301}",
    "ß",
    "İ",
    "ﬁ",
    "الكاظمي",
    "中文",
    "👍🏽",
    "👨‍👩‍👧",
    "\u{0}",
    "\u{200b}",
    "\u{feff}",
    "Ω",
    "x",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn string(&mut self, max: usize) -> String {
        let n = self.below(max + 1);
        (0..n).map(|_| PIECES[self.below(PIECES.len())]).collect()
    }
}

#[test]
fn nothing_panics_on_random_text() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let kinds = [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Group, EntityKind::Other];
    let mut texts = Vec::new();
    let mut mentions = Vec::new();
    for _ in 0..300 {
        let text = rng.string(40);
        let a = PersonName::parse(&rng.string(6));
        let b = PersonName::parse(&rng.string(6));
        let _ = match_persons(&a, &b);
        let _ = defined_acronyms(&text);
        // Spans from a buggy extractor: anywhere, even off char boundaries or past the end.
        let ms: Vec<EntityMention> = (0..rng.below(6))
            .map(|_| {
                let s = rng.below(text.len() + 3);
                let e = s + rng.below(12);
                EntityMention {
                    span: Span::new(s, e),
                    kind: kinds[rng.below(5)],
                    name: rng.string(5),
                    role: Some(rng.string(3)),
                }
            })
            .collect();
        texts.push(text);
        mentions.push(ms);
    }
    let refs: Vec<MentionRef> = texts
        .iter()
        .zip(&mentions)
        .enumerate()
        .flat_map(|(i, (t, ms))| {
            ms.iter().map(move |m| MentionRef {
                article: ["a", "b", "c", "d"][i % 4],
                published: None,
                mention: m,
                text: t,
            })
        })
        .collect();
    let ents = link_entities(&refs);
    // Every mention comes back exactly once, with its span untouched.
    let total: usize = ents.iter().map(|e| e.mentions.len()).sum();
    assert!(total <= refs.len());

    // The same mentions one article per call, stored and reloaded between calls: every id
    // returned names an entity of the index.
    let mut ent = EntityIndex::new();
    for (i, (t, ms)) in texts.iter().zip(&mentions).enumerate() {
        let id = format!("a{i}");
        let rs: Vec<MentionRef> =
            ms.iter().map(|m| MentionRef { article: &id, published: None, mention: m, text: t }).collect();
        let ids = ent.add(&rs);
        assert_eq!(ids.len(), rs.len());
        for id in ids.iter().flatten() {
            assert!(ent.entity(id).is_some(), "{id}");
            assert!(ent.changed().contains(id));
        }
        if i % 7 == 0 {
            ent = match EntityIndex::from_bytes(&ent.to_bytes()) {
                Ok(e) => e,
                Err(e) => panic!("{e}"),
            };
        }
    }
    // Random bytes never load as an index, and never panic.
    for _ in 0..200 {
        let junk: Vec<u8> = b"dxent2".iter().copied().chain((0..rng.below(64)).map(|_| rng.next() as u8)).collect();
        let _ = EntityIndex::from_bytes(&junk);
        let _ = StoryIndex::from_bytes(&junk);
    }

    let mut idx = StoryIndex::new(StoryParams::default());
    for (i, t) in texts.iter().enumerate() {
        idx.add(&ArticleFeatures {
            id: format!("a{i}"),
            title: Some(t.chars().take(20).collect()),
            text: t.repeat(1 + i % 30),
            ..Default::default()
        });
    }
    assert_eq!(idx.stories().iter().map(|s| s.members.len()).sum::<usize>(), texts.len());

    let claims: Vec<Claim> = texts
        .iter()
        .enumerate()
        .take(120)
        .map(|(i, t)| Claim {
            article: ["a", "b", "c"][i % 3],
            speaker: None,
            outlet: None,
            published: None,
            story: None,
            text: t,
            span: Span::new(0, t.len()),
        })
        .collect();
    let _ = find_conflicts(&claims, 30);
    let sts: Vec<StatementRef> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| StatementRef {
            article: ["a", "b"][i % 2],
            outlet: None,
            published: None,
            speaker: Some(["", "Al", "x"][i % 3]),
            text: t,
            span: Span::new(0, 0),
        })
        .collect();
    let grouped = group_statements(&sts);
    assert!(grouped.iter().map(|g| g.sources.len()).sum::<usize>() <= sts.len());

    let figs: Vec<Figure> = texts
        .iter()
        .take(100)
        .enumerate()
        .map(|(i, t)| Figure {
            span: Span::new(0, 0),
            value: [f64::NAN, f64::INFINITY, -0.0, 1e308, 3.0][i % 5],
            unit: None,
            counts: Some(t.chars().take(10).collect()),
            qualifier: Some(["about", "more than", "", "up to", "x"][i % 5].to_string()),
            date: Some(t.chars().take(7).collect()),
        })
        .collect();
    let frefs: Vec<FigureRef> = figs
        .iter()
        .map(|f| FigureRef { article: "a", outlet: None, published: None, story: None, figure: f })
        .collect();
    let _ = figure_series(&frefs);
}
