use super::*;
use proptest::prelude::*;

fn raw(text: &str) -> RawArticle {
    RawArticle { source: "test".into(), text: text.into(), ..Default::default() }
}

fn reasons(a: &Article) -> Vec<(&str, &str)> {
    a.removed.iter().map(|r| (r.reason.as_str(), r.line.as_str())).collect()
}

/// Cleans `a`'s output again with what it learnt, as a later pipeline stage would.
fn reclean(a: &Article) -> Article {
    clean(RawArticle {
        source: a.source.clone(),
        url: a.url.clone(),
        outlet: a.outlet.clone(),
        title: a.title.clone(),
        published: a.published,
        language: a.language.clone(),
        author: a.author.clone(),
        text: a.text.clone(),
    })
}

const BODY: &str = "BAGHDAD (Reuters) - Iraq's national security adviser said on Thursday that the US-led coalition had ended its combat mission in the country.\n\n\"We are officially announcing the end of the coalition forces' combat mission,\" he wrote on Twitter after a meeting with coalition commanders.\n\nAbout 2,500 US troops will remain in Iraq to advise and train local forces, officials said.";

#[test]
fn paragraphs_and_spacing() {
    let a = clean(raw("  First paragraph line one.   \nline two\u{a0}here.\n\n\n\n\nSecond\u{200b} paragraph.  \n\n"));
    assert_eq!(a.text, "First paragraph line one.\nline two here.\n\nSecond paragraph.");
    assert!(a.removed.is_empty());
}

#[test]
fn declared_title_repeated_first_line_goes() {
    let mut r = raw(&format!("US troops to stay in Iraq after combat mission ends\n\n{BODY}"));
    r.title = Some("US Troops to Stay in Iraq After Combat Mission Ends".into());
    let a = clean(r);
    assert_eq!(reasons(&a)[0].0, "title");
    assert!(a.text.starts_with("BAGHDAD (Reuters) -"));
    assert_eq!(a.title.as_deref(), Some("US Troops to Stay in Iraq After Combat Mission Ends"));
}

#[test]
fn declared_title_not_repeated_keeps_body() {
    let mut r = raw(BODY);
    r.title = Some("Coalition ends combat mission".into());
    let a = clean(r);
    assert_eq!(a.text, BODY);
    assert!(a.removed.is_empty());
}

#[test]
fn inferred_title_from_first_line() {
    let a = clean(raw(&format!("Coalition ends combat mission in Iraq\n\n{BODY}")));
    assert_eq!(a.title.as_deref(), Some("Coalition ends combat mission in Iraq"));
    assert_eq!(a.text, BODY);
}

#[test]
fn a_lead_sentence_names_the_article_but_stays_in_the_body() {
    let a = clean(raw(BODY));
    assert_eq!(
        a.title.as_deref(),
        Some(
            "Iraq's national security adviser said on Thursday that the US-led coalition had ended its combat mission in the country"
        ),
        "dateline left out"
    );
    assert_eq!(a.text, BODY);
    // A text that is one sentence gets no title from it.
    assert_eq!(clean(raw("Coalition ends combat mission.")).title, None);
    let o = CleanOptions { infer_title: false, ..Default::default() };
    let b = clean_with(raw(&format!("Coalition ends combat mission\n\n{BODY}")), &o);
    assert_eq!(b.title, None);
    assert!(b.text.starts_with("Coalition ends combat mission\n\n"));
}

#[test]
fn outlet_name_line_is_chrome() {
    let mut r = raw(&format!("{BODY}\n\nArab Observer\n\nRelated Articles\n\nBack to top button"));
    r.outlet = Some("Arab Observer".into());
    let a = clean(r);
    assert_eq!(a.text, BODY);
    assert_eq!(
        reasons(&a),
        vec![("chrome", "Arab Observer"), ("chrome", "Related Articles"), ("chrome", "Back to top button")]
    );
}

#[test]
fn related_list_after_header_goes() {
    let a = clean(raw(&format!(
        "{BODY}\n\nRelated Stories\n\nIraq says foreign troops no longer needed\n\nIslamic State claims attack on army post"
    )));
    assert_eq!(a.text, BODY);
    assert_eq!(a.removed.len(), 3);
}

#[test]
fn captions_credits_and_chrome_between_paragraphs() {
    let text = "BAGHDAD (Reuters) - The coalition said on Thursday its combat mission was over.\n\n\
        Iraqi soldiers parade in Baghdad, Iraq, December 10, 2021. REUTERS/Thaier al-Sudani\n\n\
        Advertisement\n\n\
        Officials said about 2,500 American troops would stay.\n\n\
        (Photo by Ahmad Al-Rubaye/AFP via Getty Images)\n\n\
        Subscribe to our newsletter\n\n\
        Share this:\n\n\
        The ministry did not say when the last troops would leave.";
    let a = clean(raw(text));
    assert_eq!(
        a.text,
        "BAGHDAD (Reuters) - The coalition said on Thursday its combat mission was over.\n\n\
         Officials said about 2,500 American troops would stay.\n\n\
         The ministry did not say when the last troops would leave."
    );
    let rs: Vec<&str> = a.removed.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(rs, vec!["caption", "chrome", "credit", "chrome", "chrome"]);
}

#[test]
fn language_detected_and_declared() {
    let a = clean(raw(BODY));
    assert_eq!(a.language.as_deref(), Some("en"));
    let es = "El primer ministro de Irak dijo el jueves que las tropas de la coalición internacional terminaron su misión de combate en el país, y que a partir de ahora se dedicarán al entrenamiento y asesoramiento de las fuerzas iraquíes.";
    assert_eq!(clean(raw(es)).language.as_deref(), Some("es"));
    let mut r = raw(BODY);
    r.language = Some("en-GB".into());
    assert_eq!(clean(r).language.as_deref(), Some("en"));
}

#[test]
fn foreign_paragraph_goes_but_short_or_mixed_lines_stay() {
    let footer = "Si conoces o tienes alguna pista en relación con una noticia, no dudes en hacérnosla llegar a través de cualquiera de las siguientes vías.";
    let text =
        format!("{BODY}\n\nThe word \"inshallah\" was on every lip.\n\nViva México\n\nEnvíanos tus noticias\n{footer}");
    let a = clean(raw(&text));
    assert!(a.text.contains("inshallah"));
    assert!(a.text.contains("Viva México"), "short lines are not judged");
    assert!(!a.text.contains("Envíanos"));
    assert!(!a.text.contains("Si conoces"));
    assert!(a.removed.iter().all(|r| r.reason == "foreign-language"));
    assert_eq!(a.removed.len(), 2);
}

#[test]
fn foreign_drop_can_be_disabled() {
    let footer = "Si conoces o tienes alguna pista en relación con una noticia, no dudes en hacérnosla llegar a través de cualquiera de las siguientes vías.";
    let o = CleanOptions { drop_foreign: false, ..Default::default() };
    let a = clean_with(raw(&format!("{BODY}\n\n{footer}")), &o);
    assert!(a.text.ends_with(footer));
}

#[test]
fn id_is_derived_from_cleaned_text_and_deterministic() {
    let a = clean(raw(&format!("{BODY}\n\nAdvertisement")));
    let b = clean(raw(BODY));
    assert_eq!(a.id, b.id);
    assert_eq!(a.id, Article::derive_id(None, None, a.title.as_deref(), BODY));
    assert!(a.id.starts_with("a-"));
}

#[test]
fn degenerate_inputs() {
    for t in ["", "\n\n\n", "   ", "\u{200b}\u{feff}", "Advertisement", "a"] {
        let a = clean(raw(t));
        assert!(a.text.trim() == a.text);
        assert!(!a.text.contains("\n\n\n"));
    }
    let huge = BODY.repeat(2000);
    let a = clean(raw(&huge));
    assert!(a.text.len() > 100_000);
}

// --- the founding example corpus ---

struct Example {
    file: String,
    outlet: Option<String>,
    language: Option<String>,
    text: String,
}

fn examples() -> Vec<Example> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/iraq-2020-2024");
    let manifest = std::fs::read_to_string(dir.join("manifest.jsonl")).expect("manifest");
    manifest
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("manifest line");
            let file = v["file"].as_str().expect("file").to_string();
            let text = std::fs::read_to_string(dir.join(&file)).expect("example file");
            Example {
                file,
                outlet: v["outlet"].as_str().map(String::from),
                language: v["language"].as_str().map(String::from),
                text,
            }
        })
        .collect()
}

fn clean_example(e: &Example) -> Article {
    clean(RawArticle {
        source: e.file.clone(),
        outlet: e.outlet.clone(),
        language: e.language.clone(),
        text: e.text.clone(),
        ..Default::default()
    })
}

#[test]
fn example_corpus() {
    let ex = examples();
    assert_eq!(ex.len(), 4);
    let want_titles = [
        Some("ISIS still a threat to Iraq amid US withdrawal"),
        Some("US-led coalition warns “ISIS” has fallen, but still in Iraq"),
        Some("US troops to stay in Iraq after combat mission ends"),
        // No headline in the text: its lead sentence, shortened.
        Some("US Ambassador to Iraq claimed this Monday that ISIS is still a threat in the Arab country…"),
    ];
    for (e, want) in ex.iter().zip(want_titles) {
        let a = clean_example(e);
        assert_eq!(a.title.as_deref(), want, "{}", e.file);
        assert_eq!(a.language.as_deref(), Some("en"));
        for bad in [
            "Photo: CENTCOM",
            "Local Caption",
            "Related Articles",
            "Back to top button",
            "PHOTO/",
            "REUTERS/",
            "Soldados",
            "El primer ministro",
            "Chiíes",
            "Envíanos",
            "Si conoces",
            "\nArab Observer",
        ] {
            assert!(!a.text.contains(bad), "{}: {bad:?} left in", e.file);
        }
        // Every input line is either in the body or listed as removed (modulo spacing), and
        // nothing else changed.
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let body_lines: Vec<String> = a.text.lines().map(norm).filter(|l| !l.is_empty()).collect();
        let removed: Vec<String> = a.removed.iter().map(|r| norm(&r.line)).collect();
        let mut bi = body_lines.iter().peekable();
        let mut ri = removed.iter().peekable();
        for l in e.text.lines().map(norm).filter(|l| !l.is_empty()) {
            if bi.peek() == Some(&&l) {
                bi.next();
            } else if ri.peek() == Some(&&l) {
                ri.next();
            } else {
                panic!("{}: line neither kept nor listed: {l}", e.file);
            }
        }
        assert!(bi.next().is_none() && ri.next().is_none());
        // Idempotent.
        let again = reclean(&a);
        assert_eq!(again.text, a.text, "{}", e.file);
        assert!(again.removed.is_empty(), "{}: {:?}", e.file, again.removed);
    }
}

#[test]
fn example_corpus_removed_reasons() {
    let ex = examples();
    let a0 = clean_example(&ex[0]);
    assert_eq!(
        reasons(&a0),
        vec![("credit", "image Photo: CENTCOM"), ("title", "ISIS still a threat to Iraq amid US withdrawal")]
    );
    let a1 = clean_example(&ex[1]);
    let r1: Vec<&str> = a1.removed.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(r1, vec!["title", "caption", "chrome", "chrome", "chrome"]);
    // The standfirst under the headline is body text.
    assert!(a1.text.starts_with("There are still 2,500 US troops stationed in Iraq"));
    let a2 = clean_example(&ex[2]);
    let r2: Vec<&str> = a2.removed.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(r2, vec!["title", "caption", "caption", "caption", "caption", "foreign-language", "foreign-language"]);
    assert!(a2.text.contains("US-Iranian relations"));
    let a3 = clean_example(&ex[3]);
    assert!(a3.removed.is_empty());
    assert_eq!(a3.text.lines().count(), ex[3].text.lines().filter(|l| !l.trim().is_empty()).count());
}

// --- properties ---

fn odd_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Advertisement".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{200b}".to_string()),
        Just("e\u{301}".to_string()),
        Just("(Photo by A B/Getty Images)".to_string()),
        Just("Read more: x".to_string()),
        Just("Si conoces o tienes alguna pista en relación con una noticia, no dudes".to_string()),
        Just(BODY.to_string()),
        Just("By Jane Doe".to_string()),
        Just("Coalition ends combat mission".to_string()),
        Just("👩‍👩‍👧 עברית العربية 中文".to_string()),
        "\\PC{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_is_idempotent(text in odd_text(), title in prop::option::of("\\PC{0,30}")) {
        let mut r = raw(&text);
        r.title = title;
        let a = clean(r);
        prop_assert!(!a.text.contains("\n\n\n"));
        prop_assert_eq!(a.text.trim(), a.text.as_str());
        prop_assert_eq!(normalise(&a.text), a.text.clone());
        let again = reclean(&a);
        prop_assert_eq!(&again.text, &a.text);
        prop_assert!(again.removed.is_empty(), "{:?}", again.removed);
        prop_assert_eq!(again.id, a.id);
    }
}

#[test]
fn english_lists_and_headlines_are_not_foreign() {
    for line in [
        "Safe R (136): Alabama, Arkansas, Idaho, Kansas, Kentucky, Louisiana, Mississippi, Montana, Nebraska, North Dakota, Oklahoma",
        "Contributing: Maria Gonzalez, Pierre Dubois, Giacomo Rossi, Hans Becker, Yuki Tanaka, Olusegun Adeyemi",
        "Detroit 58 deaths in 121 days Sept. 26 Sept. 25 Sept. 24 Sept. 21 Sept. 17 Sept. 12 Sept. 11",
        "Ayatollah Ali Khamenei, Hassan Rouhani, Mohammad Javad Zarif, Qassem Soleimani, Abu Mahdi al-Muhandis",
    ] {
        let a = clean(raw(&format!("{BODY}\n\n{line}")));
        assert!(a.text.ends_with(line), "{line}: {:?}", a.removed);
    }
}

#[test]
fn passages_in_other_languages_and_scripts_go() {
    let fr = "Les propos honteux du président en disent long sur ce qu'il pense de la France et de ses valeurs, a déclaré le ministre dans un communiqué publié jeudi soir.";
    let ar = "قال مستشار الأمن القومي العراقي إن مهمة التحالف القتالية في العراق انتهت رسميا يوم الخميس بعد اجتماع مع قادة التحالف";
    for p in [fr, ar] {
        let a = clean(raw(&format!("{BODY}\n\n{p}")));
        assert_eq!(a.text, BODY, "{p}");
        assert_eq!(reasons(&a), vec![("foreign-language", p)]);
    }
    // An English article quoting one foreign word keeps the sentence.
    let a = clean(raw(&format!(
        "{BODY}\n\nThe crowd chanted \"Viva la revolución\" as the motorcade passed the square on Friday."
    )));
    assert!(a.removed.is_empty());
}

#[test]
fn spanish_article_keeps_spanish_and_drops_english_passage() {
    let es = "El primer ministro de Irak dijo el jueves que las tropas de la coalición internacional terminaron su misión de combate en el país.\n\nLos soldados estadounidenses se quedarán para entrenar y asesorar a las fuerzas iraquíes, según un comunicado del gobierno.";
    let en = "Sign in to read the rest of this story, which is available to all of our subscribers at no extra cost.";
    let a = clean(raw(&format!("{es}\n\n{en}")));
    assert_eq!(a.language.as_deref(), Some("es"));
    assert_eq!(a.text, es);
}

#[test]
fn huge_single_line_passages() {
    let es =
        "Si conoces o tienes alguna pista en relación con una noticia, no dudes en hacérnosla llegar. ".repeat(20_000);
    // Mostly Spanish by volume, so the article's language must be declared.
    let mut r = raw(&format!("{BODY}\n\n{es}"));
    r.language = Some("en".into());
    let a = clean(r);
    assert!(a.text == BODY, "foreign passage kept");
    assert_eq!(a.removed.len(), 1);
    let en = "The ministry said the troops would stay. ".repeat(50_000);
    let b = clean(raw(&en));
    assert!(b.text == en.trim_end(), "English passage changed");
    assert!(b.removed.is_empty());
}

#[test]
fn bylines_at_the_top() {
    let mut r = raw(&format!("By Jane Doe and John Roe, Associated Press\n\n{BODY}"));
    let a = clean(r.clone());
    assert_eq!(a.text, BODY);
    assert_eq!(reasons(&a)[0].0, "byline");
    r.text = format!("David Jackson\n\n{BODY}");
    r.author = Some("David Jackson".into());
    assert_eq!(clean(r).text, BODY);
    // A sentence starting with "By" stays.
    let t = format!("By the end of the year, most troops will have left.\n\n{BODY}");
    assert_eq!(clean(raw(&t)).text, t);
    let t2 = format!("{BODY}\n\nBy John Doe");
    assert_eq!(clean(raw(&t2)).text, t2, "only near the top");
    // Byline before the headline: the headline is still found.
    let a = clean(raw(&format!("By Jane Doe\n\nCoalition ends combat mission in Iraq\n\n{BODY}")));
    assert_eq!(a.title.as_deref(), Some("Coalition ends combat mission in Iraq"));
    assert_eq!(a.text, BODY);
    assert_eq!(reclean(&a).removed, vec![]);
}

#[test]
fn a_text_without_headline_is_named_by_its_first_sentence() {
    let raw = RawArticle {
        source: "lead.txt".into(),
        text: "US Ambassador to Iraq claimed this Monday that ISIS is still a threat in the Arab country, conveying that the US military intends to remain in Iraq despite demands for withdrawal.\nIn an interview with Reuters this Monday, the envoy repeated the claim.".into(),
        ..RawArticle::default()
    };
    let a = clean(raw);
    assert_eq!(
        a.title.as_deref(),
        Some("US Ambassador to Iraq claimed this Monday that ISIS is still a threat in the Arab country…")
    );
    assert!(a.text.starts_with("US Ambassador to Iraq claimed"), "the lead stays in the body");
    let short = clean(RawArticle {
        source: "s.txt".into(),
        text: "Officials met in Baghdad on Monday. They agreed on a plan.".into(),
        ..RawArticle::default()
    });
    assert_eq!(short.title.as_deref(), Some("Officials met in Baghdad on Monday"));
}

#[test]
fn a_byline_left_after_a_removed_foreign_passage_goes_in_one_pass() {
    let text = "BAGHDAD (Reuters) - Iraq's national security adviser said on Thursday that the US-led coalition had ended its combat mission in the country.\n\n\"We are officially announcing the end of the coalition forces' combat mission,\" he wrote on Twitter after a meeting with coalition commanders.\n\nAbout 2,500 US troops will remain in Iraq to advise and train local forces, officials said.(Photo by A B/Getty Images)\nSi conoces o tienes alguna pista en relación con una noticia, no dudes\n\nBy Jane Doe";
    let a = clean(raw(text));
    assert!(!a.text.contains("By Jane Doe"), "{:?}", a.text);
    assert_eq!(reclean(&a).text, a.text);
}

#[test]
fn a_headline_hidden_by_a_removed_foreign_line_is_found_in_one_pass() {
    let text = "(Photo by A B/Getty Images)👩\u{200d}👩\u{200d}👧 עברית العربية 中文\nSi conoces o tienes alguna pista en relación con una noticia, no dudes\n\nSi conoces o tienes alguna pista en relación con una noticia, no dudes";
    let a = clean(raw(text));
    let b = reclean(&a);
    assert_eq!(b.text, a.text);
    assert!(b.removed.is_empty(), "{:?}", b.removed);
}
