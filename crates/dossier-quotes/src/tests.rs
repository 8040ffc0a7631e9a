use super::*;

fn quotes(t: &str) -> Vec<Quote> {
    extract_quotes(t, &[])
}

fn direct<'a>(t: &'a str, qs: &[Quote]) -> Vec<(&'a str, Option<String>)> {
    qs.iter().filter(|q| q.direct).map(|q| (q.span.slice(t), q.speaker_name.clone())).collect()
}

#[test]
fn curly_quote_with_trailing_attribution() {
    let t = "“We will not back down from this fight,” Senator Maria Lopez said on Tuesday.";
    let qs = quotes(t);
    let d = direct(t, &qs);
    assert_eq!(d, vec![("We will not back down from this fight", Some("Maria Lopez".into()))]);
    assert_eq!(qs[0].cue.as_deref(), Some("said"));
}

#[test]
fn straight_quotes_and_inverted_attribution() {
    let t = "\"The port will reopen next week,\" said Harbour Master John Keane.";
    let d = direct(t, &quotes(t));
    assert_eq!(d, vec![("The port will reopen next week", Some("John Keane".into()))]);
}

#[test]
fn quote_split_by_attribution_keeps_one_speaker() {
    let t = "“The numbers are clear,” she said, “and they are not good for the governor.”";
    let t = format!("Pollster Anne Rivera released the survey on Monday. {t}");
    let d = direct(&t, &quotes(&t));
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|(_, s)| s.as_deref() == Some("Anne Rivera")), "{d:?}");
}

#[test]
fn partial_quote_inside_reported_speech() {
    let t = "The mayor, Tom Hale, said the city “has invested $12 million in new buses” since 2019.";
    let qs = quotes(t);
    let d = direct(t, &qs);
    assert_eq!(d, vec![("has invested $12 million in new buses", Some("Tom Hale".into()))]);
    // The reported clause around it is found too.
    assert!(qs.iter().any(|q| !q.direct && q.span.slice(t).starts_with("the city")));
}

#[test]
fn multi_paragraph_quote_keeps_its_speaker() {
    let t = "Economist Laura Chen said the outlook was “fragile at best for now.”\n\n“Inflation is cooling, but wages are not keeping up with rents in most cities.\n\n“Until that changes, households will keep cutting back on spending.”";
    let d = direct(t, &quotes(t));
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(d[1].0.starts_with("Inflation is cooling"));
    assert!(d[2].0.starts_with("Until that changes"));
    assert!(d.iter().all(|(_, s)| s.as_deref() == Some("Laura Chen")), "{d:?}");
}

#[test]
fn nested_single_quotes_stay_inside() {
    let t = "“He told me ‘we are finished here’ and walked out,” the witness, Paul Grant, said.";
    let d = direct(t, &quotes(t));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].0.contains("‘we are finished here’"));
    assert_eq!(d[0].1.as_deref(), Some("Paul Grant"));
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let t = "Critics call the plan a “bailout” for banks.\n\nThe film “Night Train” opens on Friday.";
    assert!(direct(t, &quotes(t)).is_empty());
    // The title's stop inside the marks closes the sentence.
    let t = "Obama will struggle with Congress, said Al Zacher, author of the book “Presidential Power in Troubled Second Terms.” He said few second terms succeed.";
    assert!(direct(t, &quotes(t)).is_empty(), "{:?}", direct(t, &quotes(t)));
}

#[test]
fn reported_speech_with_that_and_time() {
    let t = "Defence Minister Rui Costa said on Thursday that the army would withdraw from the border region.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1);
    assert!(!qs[0].direct);
    assert_eq!(qs[0].span.slice(t), "that the army would withdraw from the border region");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Rui Costa"));
}

#[test]
fn according_to_before_and_after() {
    let t = "According to the health ministry, 40 people were injured in the blast. The fire spread to two buildings, according to local police.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].span.slice(t), "40 people were injured in the blast");
    assert_eq!(qs[1].span.slice(t), "The fire spread to two buildings");
    assert_eq!(qs[0].cue.as_deref(), Some("According to"));
}

#[test]
fn told_reuters_and_trailing_said() {
    let t = "Finance chief Omar Haddad told Reuters the deal would close by March. Talks with lenders are going well, Haddad said.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].span.slice(t), "the deal would close by March");
    assert_eq!(qs[1].span.slice(t), "Talks with lenders are going well");
    assert_eq!(qs[1].speaker_name.as_deref(), Some("Omar Haddad"), "surname resolved to full name");
}

#[test]
fn pronoun_resolves_to_last_person() {
    let t =
        "Union leader Sara Nyberg addressed the strikers on Monday.\n\n“We are not going anywhere,” she further noted.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Sara Nyberg"));
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("she"));
}

#[test]
fn role_noun_resolves_to_titled_person() {
    let t = "German Chancellor Klaus Weber met the delegation in Berlin. Later, the German leader said, “Europe must stand together on energy.”";
    let q = quotes(t).into_iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Klaus Weber"));
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("the German leader"));
}

#[test]
fn organisation_and_document_speakers() {
    let t = "A UN report said the famine had spread to three more provinces.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1);
    assert!(qs[0].speaker_name.as_deref().is_some_and(|n| n.contains("UN")), "{qs:?}");
    let t2 = "“The figures were inflated,” one report by the Tribune found.";
    let q = quotes(t2).into_iter().find(|q| q.direct).expect("quote");
    assert!(q.speaker_name.as_deref().is_some_and(|n| n.contains("Tribune")), "{q:?}");
}

#[test]
fn cue_verbs_beyond_said() {
    for (cue, t) in [
        ("warned", "Health officials warned that the virus could return in the winter."),
        ("insisted", "The company insisted it had done nothing wrong."),
        ("denied", "Prosecutor Ana Ruiz denied that the witness had been paid."),
        ("believes", "Coach Dan Miller believes the team can still make the playoffs."),
    ] {
        let qs = quotes(t);
        assert_eq!(qs.len(), 1, "{t}: {qs:?}");
        assert_eq!(qs[0].cue.as_deref(), Some(cue));
    }
}

#[test]
fn unattributed_long_quote_has_null_speaker() {
    let t = "“Nobody expected the river to rise this fast in a single night,” read a sign at the shelter.";
    // "read" is not a cue: the quote stays, with no speaker.
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_name, None);
}

#[test]
fn entities_upgrade_the_speaker_name() {
    let t = "“We are ready,” Kadhimi said.";
    let start = t.find("Kadhimi").unwrap_or(0);
    let ents = vec![EntityMention {
        span: Span::new(start, start + "Kadhimi".len()),
        kind: EntityKind::Person,
        name: "Mustafa al-Kadhimi".into(),
        role: Some("Iraqi Prime Minister".into()),
    }];
    let q = extract_quotes(t, &ents).into_iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Mustafa al-Kadhimi"));
}

#[test]
fn a_surname_tagged_as_an_organisation_names_the_person() {
    // The tagger now and then takes a lone surname for an organisation ("Trump", "Streeter").
    let t = "Tracy Streeter, the director of the Kansas Water Office, spoke at the meeting.\n\n“We are running out of water,” Streeter said.";
    let org = |w: &str, name: &str| {
        let start = t.rfind(w).unwrap_or(0);
        EntityMention {
            span: Span::new(start, start + w.len()),
            kind: EntityKind::Organization,
            name: name.into(),
            role: None,
        }
    };
    let person = EntityMention {
        span: Span::new(0, "Tracy Streeter".len()),
        kind: EntityKind::Person,
        name: "Tracy Streeter".into(),
        role: None,
    };
    let q = |ents: &[EntityMention]| extract_quotes(t, ents).into_iter().find(|q| q.direct).expect("quote");
    assert_eq!(q(&[person.clone(), org("Streeter", "Streeter")]).speaker_name.as_deref(), Some("Tracy Streeter"));
    // Two people with that surname: which one is meant is not known, and the mention stays.
    let t2 = "Tracy Streeter and Dan Streeter spoke at the meeting.\n\n“We are running out of water,” Streeter said.";
    let start = t2.rfind("Streeter").unwrap_or(0);
    let ents = [
        person.clone(),
        EntityMention { span: Span::new(19, 31), kind: EntityKind::Person, name: "Dan Streeter".into(), role: None },
        EntityMention {
            span: Span::new(start, start + 8),
            kind: EntityKind::Organization,
            name: "Streeter".into(),
            role: None,
        },
    ];
    let q2 = extract_quotes(t2, &ents).into_iter().find(|q| q.direct).expect("quote");
    assert_eq!(q2.speaker_name.as_deref(), Some("Streeter"));
    // An organisation's own word stays the organisation.
    let t3 = "Emily Post wrote the book.\n\n“The rules have changed,” the Post said.";
    let post = |t: &str| {
        let start = t.rfind("Post").unwrap_or(0);
        EntityMention {
            span: Span::new(start, start + 4),
            kind: EntityKind::Organization,
            name: "Post".into(),
            role: None,
        }
    };
    let emily =
        EntityMention { span: Span::new(0, 10), kind: EntityKind::Person, name: "Emily Post".into(), role: None };
    let q3 = extract_quotes(t3, &[emily, post(t3)]).into_iter().find(|q| q.direct).expect("quote");
    assert_eq!(q3.speaker_name.as_deref(), Some("Post"));
}

#[test]
fn a_name_before_a_noun_for_the_people_around_them_is_not_the_speaker() {
    let person = |t: &str, w: &str, name: &str| {
        let start = t.find(w).unwrap_or(0);
        EntityMention {
            span: Span::new(start, start + w.len()),
            kind: EntityKind::Person,
            name: name.into(),
            role: None,
        }
    };
    for (t, who) in [
        ("“She knows how she did in those districts,” said one longtime Clinton confidant.", "Clinton"),
        ("“The deadline stands,” the Obama administration said on Friday.", "Obama"),
        ("“We will appeal,” a Trump campaign official said.", "Trump"),
    ] {
        let name = if who == "Obama" { "Barack Obama" } else { who };
        let q = extract_quotes(t, &[person(t, who, name)]).into_iter().find(|q| q.direct).expect("quote");
        assert_ne!(q.speaker_name.as_deref(), Some(name), "{t}");
        assert!(q.speaker_span.is_some_and(|s| s.slice(t).contains(who)), "{t}: {q:?}");
    }
    // The person is the speaker when the name is the head: "Trump himself", "Graham, who …".
    let t = "“We are not worried,” said Sen. Lindsey Graham, who chairs the committee.";
    let q = extract_quotes(t, &[person(t, "Lindsey Graham", "Lindsey Graham")]).into_iter().find(|q| q.direct);
    assert_eq!(q.and_then(|q| q.speaker_name).as_deref(), Some("Lindsey Graham"));
}

#[test]
fn a_quote_after_a_colon_is_said_by_the_subject_of_the_sentence_cue() {
    // The sentence's verb ("issued") found its subject, an appositive name; the words before the
    // colon ("on Thursday morning") are neither a cue nor a subject.
    let t = "The House speaker, Paul Ryan, issued his party’s weak defense of arming potential terrorism suspects on Thursday morning: “I think it’s very important to remember people have due process rights.”";
    let q = quotes(t).into_iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Paul Ryan"), "{q:?}");
    assert_ne!(q.cue.as_deref(), Some("morning"));
    // Not a cue in an opening clause, nor one before a comma that a main clause follows.
    for (t, who) in [
        (
            "After Trump said he would win, Clinton went on the offensive on Thursday with her familiar lines: “We will see about that in November.”",
            "Clinton",
        ),
        (
            "Asked whether he believed Comey should testify, Hatch broke with some of his colleagues: “Not particularly. I think it’s overblown.”",
            "Hatch",
        ),
    ] {
        let q = quotes(t).into_iter().find(|q| q.direct).expect("quote");
        assert_eq!(q.speaker_name.as_deref(), Some(who), "{t}: {q:?}");
    }
}

#[test]
fn a_plural_noun_before_of_for_or_from_reports_nothing() {
    for t in [
        "News reports of the meeting surfaced on Tuesday.",
        "Census estimates for 2019 place the population at 13.4 percent black.",
        "The site includes critical tweets from Trump and comments from lawmakers.",
        "There were no immediate reports of injuries.",
    ] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
    // A reported clause after the outlet still makes it a report.
    let t = "NPR's Dina Temple-Raston reports for Morning Edition that investigators are being very cautious.";
    let q = quotes(t).into_iter().next().expect("report");
    assert_eq!(q.span.slice(t), "that investigators are being very cautious");
}

#[test]
fn a_phrase_naming_the_listener_or_outlet_comes_before_the_reported_clause() {
    for (t, content) in [
        (
            "Police confirmed to Al Jazeera that at least 25 protesters were detained.",
            "that at least 25 protesters were detained",
        ),
        (
            "Grover Norquist testified to the Senate Judiciary Committee that immigrants will pay more in taxes.",
            "that immigrants will pay more in taxes",
        ),
        (
            "Missy Ryan reported for the Washington Post that there was a second, failed operation.",
            "that there was a second, failed operation",
        ),
    ] {
        let qs = quotes(t);
        assert!(qs.iter().any(|q| q.span.slice(t) == content), "{t}: {qs:?}");
    }
    // "that" after a preposition is a determiner, and "that" before a verb a relative pronoun.
    for (t, not) in [
        ("Warren said at that point she knew her work was over.", "that point she knew her work was over"),
        (
            "Pelosi said in an interview that aired Sunday that the case was strong.",
            "that aired Sunday that the case was strong",
        ),
    ] {
        let qs = quotes(t);
        assert!(qs.iter().all(|q| !q.span.slice(t).starts_with(not)), "{t}: {qs:?}");
    }
}

#[test]
fn god_knows_is_an_exclamation_and_no_deity_is_a_pronoun_antecedent() {
    let t = "Remember, we’re in a state of emergency, and God knows we are against any form of violence.";
    assert!(quotes(t).iter().all(|q| q.cue.as_deref() != Some("knows")), "{:?}", quotes(t));
    let t = "Ben Carson still holds forth on God and neurosurgery. He said the agency would be run like a hospital.";
    let qs = extract_quotes(t, &dossier_entities::extract_entities(t));
    let q = qs.into_iter().find(|q| q.cue.as_deref() == Some("said")).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Ben Carson"), "{q:?}");
}

#[test]
fn told_never_takes_its_speaker_from_after_it() {
    // "told" needs its listener after it: "…,” told the Times" is no inverted attribution.
    for t in [
        "Former Sen. Robert Dole, who wore his POW bracelet while he was in the camp known as “Hanoi Hilton,” told the Times he planned to call McCain.",
        "\"It's in the hands now of the Israelis,\" Osama Hamdan, Hamas spokesman in Beirut, told CNN earlier by phone.",
    ] {
        let qs = extract_quotes(t, &dossier_entities::extract_entities(t));
        assert!(!qs.is_empty(), "{t}");
        for q in &qs {
            let name = q.speaker_name.as_deref().unwrap_or("");
            assert!(!name.contains("Times") && !name.contains("CNN"), "{t}: {q:?}");
        }
    }
}

#[test]
fn so_before_an_adverb_stands_between_the_speaker_and_the_cue() {
    for (t, who) in [
        (
            "As Vice President Joe Biden so often says, “Don’t compare us to the almighty, compare us to the alternative.”",
            "Joe Biden",
        ),
        ("As Mayor Bill de Blasio has so frequently said, “We are going to tax the rich.”", "Bill de Blasio"),
    ] {
        let q = quotes(t).into_iter().find(|q| q.direct).expect("quote");
        assert_eq!(q.speaker_name.as_deref(), Some(who), "{t}: {q:?}");
    }
}

#[test]
fn a_function_word_opening_the_sentence_names_no_one() {
    for t in [
        "Others said they are willing to cut taxes for the middle class.",
        "Here’s the organization’s bold new talking point: “The mainstream media loves mass shootings.”",
    ] {
        let qs = quotes(t);
        assert!(!qs.is_empty(), "{t}");
        assert!(qs.iter().all(|q| q.speaker_name.is_none()), "{t}: {qs:?}");
    }
    // An organisation written like a function word stays a name.
    let t = "WHO said the risk of the virus spreading further was very high.";
    assert_eq!(quotes(t).first().and_then(|q| q.speaker_name.clone()).as_deref(), Some("WHO"));
}

/// A tiny deterministic generator: no dependency, reproducible.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn never_panics_and_spans_are_valid_on_odd_input() {
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "''",
        " said ",
        " he ",
        "She ",
        ", ",
        ".",
        "\n\n",
        "\n",
        "according to ",
        "Gen. ",
        "U.S. ",
        "al-",
        "Smith",
        "the French leader",
        "é",
        "日本",
        "🙂",
        "\u{200b}",
        "\u{301}",
        ":",
        " that ",
        "told",
        "—",
        "(",
        ")",
        "?",
        "!",
        "according",
        " to",
        "who",
        " and ",
        "saying",
        "Mr.",
        "Iraq’s",
        "―",
        "\n\nPENCE:",
        " said Friday",
        " Says ",
        " is demanding ",
        ", yet ",
        "-",
        "\n",
    ];
    let mut rng = Lcg(42);
    for _ in 0..3000 {
        let n = (rng.next() % 40) as usize;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(pieces[(rng.next() as usize) % pieces.len()]);
        }
        for q in extract_quotes(&s, &[]) {
            for sp in [Some(q.span), q.speaker_span, q.cue_span].into_iter().flatten() {
                assert!(sp.start <= sp.end && sp.end <= s.len(), "{s:?} {sp:?}");
                assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end), "{s:?} {sp:?}");
            }
        }
    }
    assert!(extract_quotes("", &[]).is_empty());
    let huge = "“This is a long quote that goes on and on,” the official said. ".repeat(20_000);
    assert!(extract_quotes(&huge, &[]).len() >= 20_000);
}

/// The reported (indirect) quotes of a text: (content, speaker span text, cue).
fn reported(t: &str) -> Vec<(String, String, String)> {
    quotes(t)
        .iter()
        .filter(|q| !q.direct)
        .map(|q| {
            (
                q.span.slice(t).to_string(),
                q.speaker_span.map(|s| s.slice(t).to_string()).unwrap_or_default(),
                q.cue.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn learned_cue_from_the_long_tail() {
    // "decried" is in no hand list; it comes from the learned lexicon.
    let t = "Senator Ron Wyden decried the surveillance program as an overreach.";
    let r = reported(t);
    assert!(
        r.iter()
            .any(|(c, s, cue)| c.starts_with("the surveillance program") && s.contains("Wyden") && cue == "decried"),
        "{r:?}"
    );
}

#[test]
fn subject_the_noun_phrase_rules_cannot_parse() {
    let t = "Many speakers at the service — including Muslims, Christians and Jews — said the rhetoric was dividing the country.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c.starts_with("the rhetoric was dividing") && !s.is_empty()), "{r:?}");
}

#[test]
fn attitude_verb_object_stops_at_the_comma() {
    let t = "The governor criticized the budget deal, which passed the House on Friday by two votes.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, _)| c == "the budget deal"), "{r:?}");
}

#[test]
fn long_circumstantial_phrase_before_that() {
    let t = "Clinton said Thursday during a town hall meeting in Buffalo, New York, that the state was wrong to ban fracking.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c.starts_with("that the state was wrong") && s == "Clinton"), "{r:?}");
}

#[test]
fn progressive_cue_is_not_a_passive() {
    let t = "Sanders is outlining a series of proposals on jobs and criminal justice.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c.starts_with("a series of proposals") && s == "Sanders"), "{r:?}");
    // A real passive still has no speaker of its own.
    assert!(reported("The deal was criticized on Monday.").is_empty());
}

#[test]
fn according_to_a_source_with_inner_punctuation() {
    let t = "According to early results of exit polls conducted by Edison Research for the networks, Clinton led in both Virginia and Georgia.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c.starts_with("Clinton led") && s.contains("Edison Research")), "{r:?}");
}

#[test]
fn nominal_cue_with_a_possessor() {
    let t = "Republicans in Congress questioned Trump's criticism of NATO, saying the alliance keeps Americans safe.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c == "NATO" && s == "Trump's" && cue == "criticism"), "{r:?}");
    // No possessor and no preposition after it: no attribution ("criticism of NATO" without a
    // possessor is one with no source, see `attitude_nouns_report_without_a_possessor`).
    assert!(!reported("The criticism grew louder in the spring.").iter().any(|(_, _, cue)| cue == "criticism"));
}

#[test]
fn expected_to_has_no_source() {
    let t = "Trump is expected to deliver a victory speech later tonight in Manhattan.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("expected"));
    let q = q.expect("an attribution on 'expected'");
    assert!(q.span.slice(t).starts_with("Trump is expected to deliver a victory speech"), "{q:?}");
    assert_eq!(q.speaker_span, None);
    assert_eq!(q.speaker_name, None);
}

#[test]
fn poll_introduced_by_in() {
    let t = "In a CNN national poll released Monday, Clinton held a 24-point lead among black voters.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c.starts_with("Clinton held") && (s.contains("CNN") || s.contains("poll"))),
        "{r:?}"
    );
    // A clause with its own cue keeps that cue's speaker.
    let t = "In a statement released Monday, the governor said the roads would reopen soon.";
    assert!(!reported(t).iter().any(|(_, s, _)| s.contains("statement")));
}

#[test]
fn short_clause_after_a_comma_is_reported_forward() {
    let t = "Asked about her own vote in November, Warren said she would decide later.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "she would decide later" && s == "Warren"), "{r:?}");
    // A trailing time phrase still leaves the content before the speaker.
    let t = "The border crossing will reopen next week, officials said on Monday.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, _)| c == "The border crossing will reopen next week"), "{r:?}");
}

#[test]
fn said_then_participle_gives_the_participle_its_own_content() {
    let t = "“It’s a reflection of the anger people feel,” McCain said, citing low economic growth and unemployment.";
    let qs = quotes(t);
    let said: Vec<&str> = qs.iter().filter(|q| q.cue.as_deref() == Some("said")).map(|q| q.span.slice(t)).collect();
    assert_eq!(said, vec!["It’s a reflection of the anger people feel"], "{qs:?}");
    assert!(
        qs.iter().any(|q| q.cue.as_deref() == Some("citing")
            && q.span.slice(t) == "low economic growth and unemployment"
            && q.speaker_name.as_deref() == Some("McCain")),
        "{qs:?}"
    );
}

#[test]
fn sentence_initial_asked_is_an_unsourced_question() {
    let t = "Asked whether he would endorse the nominee, Ryan said he was not ready to do so.";
    let qs = quotes(t);
    assert!(
        qs.iter().any(|q| q.span.slice(t) == "whether he would endorse the nominee" && q.speaker_span.is_none()),
        "{qs:?}"
    );
    assert!(
        qs.iter().any(|q| q.span.slice(t) == "he was not ready to do so" && q.speaker_name.as_deref() == Some("Ryan")),
        "{qs:?}"
    );
}

#[test]
fn called_on_takes_the_particle_into_the_cue() {
    let t = "Clinton campaign chairman John Podesta called on Trump to release his tax returns.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "Trump to release his tax returns" && s.contains("Podesta")), "{r:?}");
}

#[test]
fn talk_verbs_report_their_topic() {
    let t = "Rubio talked about his plan to cut taxes for working families.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "his plan to cut taxes for working families" && s == "Rubio"), "{r:?}");
    // Without "about" a talk verb reports nothing.
    assert!(reported("Rubio spoke for an hour in Des Moines.").is_empty());
}

#[test]
fn a_thousands_separator_does_not_cut_reported_speech() {
    let t = "A UN report early this year said ISIS maintains some 10,000 fighters in Iraq and Syria.";
    let q = extract_quotes(t, &[]);
    let said = q.iter().find(|q| q.cue.as_deref() == Some("said")).expect("the report's claim");
    assert!(said.span.slice(t).contains("10,000 fighters in Iraq"), "{}", said.span.slice(t));
    for x in &q {
        let c = x.span.slice(t);
        assert!(!c.ends_with("some 10"), "clause cut inside a number: {c:?}");
    }
}

#[test]
fn inverted_attribution_after_a_plain_clause() {
    let t = "Its first television ad could start this week, said Brian Baker, a longtime adviser to the family.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "Its first television ad could start this week" && s == "Brian Baker"),
        "{r:?}"
    );
    let t = "The meeting deteriorated from there, said one source in the room.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "The meeting deteriorated from there" && s == "one source in the room"),
        "{r:?}"
    );
}

#[test]
fn cue_words_without_a_speech_sense_are_not_cues() {
    for t in [
        "The US supported the Iraqi army with airstrikes near Mosul.",
        "ISIS maintains a presence in the desert west of the Euphrates.",
        "The Islamic State terrorist group, known commonly as ISIS, took Mosul in 2014.",
        "Reports suggest that Washington has covertly supported the rebels for years.",
    ] {
        let cues: Vec<String> = quotes(t).iter().filter_map(|q| q.cue.clone()).collect();
        assert!(!cues.iter().any(|c| matches!(c.as_str(), "supported" | "maintains" | "known")), "{t}: {cues:?}");
    }
    // The speech senses stay.
    let r = reported("The senator maintains that she did nothing wrong.");
    assert!(r.iter().any(|(c, _, cue)| c == "that she did nothing wrong" && cue == "maintains"), "{r:?}");
    let r = reported("Many voters supported Sanders in the primary.");
    assert!(r.iter().any(|(_, s, cue)| s == "Many voters" && cue == "supported"), "{r:?}");
}

#[test]
fn progressive_and_coordinated_cues() {
    let t = "The city of Phoenix is demanding that the campaign stop using the image of police officers.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c.starts_with("that the campaign stop") && cue == "demanding"), "{r:?}");
    let t = "Attorney General Eric Schneiderman isn't saying if the foundation violated any laws.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "if the foundation violated any laws" && s == "Eric Schneiderman"), "{r:?}");
    let t = "It is astounding that Trump demands transparency from others, yet refuses to release his tax records.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c == "to release his tax records" && s == "Trump" && cue == "refuses"), "{r:?}");
}

#[test]
fn time_phrase_between_cue_and_content() {
    let t = "Authorities announced on Friday the arrest of a man in the shooting.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "the arrest of a man in the shooting" && s == "Authorities"), "{r:?}");
    let t =
        "WASHINGTON — The plan is an insult to voters, top lawmakers said Friday afternoon, as they met with aides.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "The plan is an insult to voters" && s == "top lawmakers"), "{r:?}");
}

#[test]
fn reported_clause_stops_at_trailing_participle_and_relative_clause() {
    let t = "Trump questioned the integrity of the voting system, encouraging his supporters to watch the polls.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the integrity of the voting system" && cue == "questioned"), "{r:?}");
    let t = "Graham acknowledged the reality of climate change, which makes him an outlier among Republicans.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, _)| c == "the reality of climate change"), "{r:?}");
    // A relative clause closed by a comma sits inside the reported clause.
    let t = "Smith said the plan, which costs $5 billion, would fail.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, _)| c == "the plan, which costs $5 billion, would fail"), "{r:?}");
}

#[test]
fn headline_signed_quote_and_transcript_turn() {
    let t = "Lindsey Graham Says Trump Could Address Clean Energy\n\nThe senator spoke in Columbia.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "Trump Could Address Clean Energy" && s == "Lindsey Graham" && cue == "Says"),
        "{r:?}"
    );
    let t = "“Trump must stop portraying us as gangsters.” ― Carla Sanchez.\n\nMore letters follow.";
    let d = direct(t, &quotes(t));
    assert_eq!(d, vec![("Trump must stop portraying us as gangsters.", Some("Carla Sanchez".into()))]);
    let t = "WALLACE: Thank you, Governor.\n\nPENCE: Well, look, the campaign is strong. We will win in Ohio.\n\nWALLACE: Thanks.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "Well, look, the campaign is strong. We will win in Ohio" && s == "PENCE"),
        "{r:?}"
    );
    // An editorial label is nobody's turn.
    let r = reported("CORRECTION: An earlier version of this story misstated the date of the vote.");
    assert!(r.iter().all(|(_, s, _)| s != "CORRECTION"), "{r:?}");
    let r = reported("SEE ALSO: Feds have known about classified information in the emails since May");
    assert!(r.iter().all(|(_, s, _)| s != "SEE ALSO"), "{r:?}");
}

#[test]
fn a_quote_split_across_sentences_keeps_its_speaker() {
    let t = "Pollster Anne Rivera watched the returns.\n\n“Here he is, babe,” she said. “Donald’s here, babe.”";
    let d = direct(t, &quotes(t));
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|(_, s)| s.as_deref() == Some("Anne Rivera")), "{d:?}");
    // A short quote right after a cue in a headline is a scare quote, not a continuation.
    let t = "Coalition warns “ISIS” has fallen";
    assert!(direct(t, &quotes(t)).is_empty());
    let t = "He’s claiming that voting fraud is “a big, big problem in this country.”";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.cue.as_deref() == Some("claiming")), "{qs:?}");
}

#[test]
fn passive_attribution_without_a_source() {
    let t = "It was reported that the senator had met the donors twice.";
    let qs = quotes(t);
    assert!(
        qs.iter().any(|q| q.span.slice(t) == "that the senator had met the donors twice" && q.speaker_span.is_none()),
        "{qs:?}"
    );
    let t = "The militia is believed to have about 3,000 fighters.";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.cue.as_deref() == Some("believed") && q.speaker_span.is_none()), "{qs:?}");
    // "was told to" is an order received, not a statement.
    assert!(quotes("Smith was told to leave the room.").is_empty());
}

/// The reported (indirect) content found for cue `cue`, if any.
fn reported_by<'a>(t: &'a str, cue: &str) -> Vec<&'a str> {
    quotes(t).into_iter().filter(|q| !q.direct && q.cue.as_deref() == Some(cue)).map(|q| q.span.slice(t)).collect()
}

#[test]
fn a_reported_clause_stops_before_its_own_source() {
    let t = "Sanders said the campaign would fight on, according to two aides who attended the meeting.";
    assert_eq!(reported_by(t, "said"), vec!["the campaign would fight on"]);
    let t = "Seventy-four percent say they have a favorable view of Clinton, compared with 64 percent for Sanders.";
    assert_eq!(reported_by(t, "say"), vec!["they have a favorable view of Clinton"]);
}

#[test]
fn adjectives_between_the_possessor_and_a_nominal_cue() {
    let t = "Sen. Graham’s energetic endorsement of Cruz surprised the party.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("endorsement")).expect("an attribution");
    assert_eq!(q.span.slice(t), "Cruz");
    let t = "Critics seized on his recent call to ban all Muslim immigrants.";
    assert_eq!(reported_by(t, "call"), vec!["ban all Muslim immigrants"]);
}

#[test]
fn but_with_a_second_predicate_ends_the_reported_clause() {
    let t = "Ryan said the bill was badly drafted but praised the senators who held it up.";
    assert_eq!(reported_by(t, "said"), vec!["the bill was badly drafted"]);
    let t = "Christie said he had not read the plan but did not rule out backing it.";
    assert_eq!(reported_by(t, "said"), vec!["he had not read the plan"]);
    let t = "Obama argued that the deal was fair but he also noted that it would take years to verify.";
    assert_eq!(reported_by(t, "argued"), vec!["that the deal was fair"]);
    // "but" inside what was said stays: no second verb of the speaker follows.
    let t = "Kasich said the tax plan was bold but too expensive for the states.";
    assert_eq!(reported_by(t, "said"), vec!["the tax plan was bold but too expensive for the states"]);
}

#[test]
fn an_attitude_object_stops_at_a_time_or_place_of_the_act() {
    let t = "Senator Elizabeth Warren endorsed Clinton in June after months of silence.";
    assert_eq!(reported_by(t, "endorsed"), vec!["Clinton"]);
    let t = "The governor praised the new budget on Monday.";
    assert_eq!(reported_by(t, "praised"), vec!["the new budget"]);
    let t = "Trump attacked the Khan family after they spoke at the convention.";
    assert_eq!(reported_by(t, "attacked"), vec!["the Khan family"]);
    let t = "The candidate criticized the trade deal on his Facebook page.";
    assert_eq!(reported_by(t, "criticized"), vec!["the trade deal"]);
}

#[test]
fn a_share_of_voters_speaks() {
    let t = "Fifty-two percent said they would vote for Clinton if the election were held today.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("an attribution");
    assert_eq!(q.span.slice(t), "they would vote for Clinton if the election were held today");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("Fifty-two percent"));
    // A number before a noun-like cue is still a noun phrase: "38 percent support".
    assert!(quotes("The plan has 38 percent support among likely voters.").is_empty());
}

#[test]
fn a_venue_after_the_cue_is_not_what_was_said() {
    let t = "Clinton said in an interview with the Associated Press that she would not debate again.";
    assert_eq!(reported_by(t, "said"), vec!["that she would not debate again"]);
    let t = "“We are going to win this state,” Clinton said in Las Vegas at a forum hosted by an advocacy group.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.direct), "{qs:?}");
    assert_eq!(direct(t, &qs), vec![("We are going to win this state", Some("Clinton".into()))]);
}

#[test]
fn a_relative_who_is_where_the_speaker_is_mentioned() {
    let t = "The senator met the former basketball star Charles Barkley, who said he typically votes Democratic.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("an attribution");
    assert_eq!(q.span.slice(t), "he typically votes Democratic");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("who"));
    assert!(q.speaker_name.as_deref().is_some_and(|n| n.contains("Barkley")), "{q:?}");
}

#[test]
fn the_person_urged_and_the_infinitive_are_the_content() {
    let t = "Some Republican experts have urged party leaders to turn away from rate-slashing plans.";
    assert_eq!(reported_by(t, "urged"), vec!["party leaders to turn away from rate-slashing plans"]);
}

#[test]
fn a_determined_document_before_an_appositive_speaks() {
    let t = "The poll, released on Wednesday by the Public Policy Institute of California, showed Clinton leading Sanders among likely voters.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("showed")).expect("an attribution");
    assert_eq!(q.span.slice(t), "Clinton leading Sanders among likely voters");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("The poll"));
}

#[test]
fn a_question_put_by_someone_unnamed() {
    let t = "Clinton was asked whether her husband would hold a cabinet post.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("asked")).expect("an attribution");
    assert_eq!(q.span.slice(t), "whether her husband would hold a cabinet post");
    assert!(q.speaker_span.is_none());
    let t = "“We’ll see,” Clinton said when asked about the vice presidency.";
    assert_eq!(reported_by(t, "asked"), vec!["the vice presidency"]);
    // An active "asked" keeps its asker.
    let t = "The moderator asked whether the candidates would accept the result.";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.speaker_span.map(|s| s.slice(t)) == Some("The moderator")), "{qs:?}");
}

#[test]
fn after_the_quote_it_attributes_a_speech_verb_reports_nothing_more() {
    let t = "“I am going to be the nominee,” he said aboard his campaign plane on Monday as he crisscrossed Nevada.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.direct), "{qs:?}");
    let t = "“He is a good man,” Rubio said of Cruz during the debate in Houston.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.direct), "{qs:?}");
    // "that" after the cue still opens what was said.
    let t = "“We won,” Sanders said on Tuesday night, and added that the fight would go on.";
    assert!(quotes(t).iter().any(|q| !q.direct && q.span.slice(t) == "that the fight would go on"));
}

#[test]
fn nouns_and_adjectives_that_look_like_cues() {
    assert!(quotes("Most Southern states that will hold contests March 1 have large minority populations.").is_empty());
    assert!(quotes("Clinton won most of the pledged delegates in the South on Tuesday.").is_empty());
    let t = "The report states that the program cost $2 billion more than planned.";
    assert_eq!(reported_by(t, "states"), vec!["that the program cost $2 billion more than planned"]);
    assert!(quotes("Contributing: Brittney Bennett and Greg Toppo, USA TODAY").is_empty());
}

#[test]
fn and_with_a_new_speaker_ends_the_reported_clause() {
    let t = "Clinton said the hackers had broken into party computers and she accused Trump of helping Russia.";
    assert_eq!(reported_by(t, "said"), vec!["the hackers had broken into party computers"]);
}

#[test]
fn a_quoted_title_before_the_speaker_is_not_the_content() {
    let t = "Speaking Sunday on Fox News’ “Sunday Morning Futures,” Rep. Darrell Issa said the email case was far from closed.";
    assert_eq!(reported_by(t, "said"), vec!["the email case was far from closed"]);
}

#[test]
fn quantifiers_and_places_around_the_cue() {
    let t = "Adelson said much of his discussion with Trump was about Israel.";
    assert_eq!(reported_by(t, "said"), vec!["much of his discussion with Trump was about Israel"]);
    let t = "CNN reported at least six planes were flying over the parade.";
    assert_eq!(reported_by(t, "reported"), vec!["at least six planes were flying over the parade"]);
    let t = "Trump told a town hall in Salem, New Hampshire on Monday that waterboarding works.";
    assert_eq!(reported_by(t, "told"), vec!["that waterboarding works"]);
    let t = "Obama spoke at the White House on Tuesday about the rights of shooting victims.";
    assert_eq!(reported_by(t, "spoke"), vec!["the rights of shooting victims"]);
    let t = "The Kentucky Republican on Tuesday dismissed the new gun rules.";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.speaker_span.map(|s| s.slice(t)) == Some("The Kentucky Republican")), "{qs:?}");
}

#[test]
fn a_participle_after_a_long_opening_adverbial_or_a_dash() {
    let t = "At a town hall event in Salem, New Hampshire, Trump went after Bush, calling him a total stiff.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("calling")).expect("an attribution");
    assert_eq!(q.span.slice(t), "him a total stiff");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("Trump"));
    let t = "Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.";
    assert_eq!(reported_by(t, "saying"), vec!["he was rooting for Peyton Manning"]);
}

#[test]
fn a_passive_with_its_agent_reports_its_subject() {
    let t = "O’Malley’s move was first reported by MSNBC.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("reported")).expect("an attribution");
    assert_eq!(q.span.slice(t), "O’Malley’s move");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("MSNBC"));
}

#[test]
fn according_to_without_a_comma_reports_what_precedes() {
    let t = "Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.";
    assert_eq!(reported_by(t, "according to"), vec!["Clinton leads Sanders by 271 pledged delegates"]);
}

#[test]
fn an_attitude_object_goes_on_through_a_list() {
    let t = "Carson has attacked GOP voters, lawmakers and donors over the bill.";
    assert_eq!(reported_by(t, "attacked"), vec!["GOP voters, lawmakers and donors over the bill"]);
    // A comma before a new clause still ends it.
    let t = "The governor criticized the plan, and he said it would fail.";
    assert_eq!(reported_by(t, "criticized"), vec!["the plan"]);
}

#[test]
fn what_seems_has_no_source_and_includes_its_subject() {
    let t = "Ben Carson appears to be slipping in the polls.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("appears")).expect("an attribution");
    assert!(q.speaker_span.is_none(), "{q:?}");
    assert_eq!(q.span.slice(t), "Ben Carson appears to be slipping in the polls");
}

#[test]
fn what_is_expected_includes_its_subject() {
    let t = "The White House is expected to sign the measure on Friday.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("expected")).expect("an attribution");
    assert!(q.speaker_span.is_none(), "{q:?}");
    assert!(q.span.slice(t).starts_with("The White House is expected to sign the measure"), "{q:?}");
}

#[test]
fn nouns_and_perception_verbs_that_rarely_attribute() {
    let t = "The senator’s support for the trade deal has wavered.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "Critics seized on his comments about the judge during the rally.";
    assert!(quotes(t).iter().all(|q| q.cue.as_deref() != Some("comments")), "{:?}", quotes(t));
    let t = "Others saw the same thing in the governor’s blank stare.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn a_headline_speaker_label_before_a_quote() {
    let t = "Gillibrand: ‘I Think She Will Release Them.’\n\nThe senator spoke on Monday.";
    let d = direct(t, &quotes(t));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].0.starts_with("I Think She Will"), "{d:?}");
    assert_eq!(d[0].1.as_deref(), Some("Gillibrand"));
}

#[test]
fn a_passive_agent_without_a_name() {
    let t = "In Vermont, Bernie Sanders was supported by overwhelming majorities of both men and women.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("supported")).expect("an attribution");
    assert_eq!(q.span.slice(t), "Bernie Sanders");
    assert!(q.speaker_span.is_some_and(|s| s.slice(t).starts_with("overwhelming majorities")), "{q:?}");
}

#[test]
fn opening_participle_phrase_is_not_what_was_said() {
    // The tail after the cue is a clause of its own, so it is the content, not the opener.
    for t in [
        "Speaking to reporters on Monday, the senator said the bill would pass.",
        "Campaigning in Ohio on Saturday, Clinton said the economy was her first priority.",
    ] {
        let qs = quotes(t);
        assert_eq!(qs.len(), 1, "{t}: {qs:?}");
        assert!(qs[0].span.slice(t).ends_with("would pass") || qs[0].span.slice(t).ends_with("first priority"), "{t}");
        assert!(!qs[0].span.slice(t).contains("reporters") && !qs[0].span.slice(t).contains("Ohio"));
    }
    // A short trailing phrase still leaves the clause before the comma as the content.
    let t = "The economy is stronger than it has been in years, the senator said on Monday.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].span.slice(t), "The economy is stronger than it has been in years");
}

#[test]
fn dateline_place_is_not_the_speaker() {
    let t = "Grassley Downplays Attack.\n\nWASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack and said it was the same thing as other remarks.\n\nWASHINGTON — Presumptive Democratic nominee Hillary Clinton on Wednesday reassured House Democrats, saying she has their backs.\n";
    let qs = quotes(t);
    let speakers: Vec<Option<&str>> = qs.iter().map(|q| q.speaker_name.as_deref()).collect();
    assert!(!speakers.contains(&Some("WASHINGTON")), "{qs:?}");
    assert!(speakers.contains(&Some("Chuck Grassley")), "{speakers:?}");
    assert!(speakers.contains(&Some("Hillary Clinton")), "{speakers:?}");
}

#[test]
fn opening_adverbial_is_not_reported_content() {
    // "For almost 60 years," is when, not what: nothing before the subject is reported.
    let t = "For almost 60 years, the bureau denied any wrongdoing.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| !q.span.slice(t).contains("60 years")), "{qs:?}");
    // After the opener's comma a clause is still the content.
    let t = "In the end, the economy will decide this race, the senator said.";
    let qs = quotes(t);
    let said = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("the senator's statement");
    assert_eq!(said.span.slice(t), "the economy will decide this race");
}

#[test]
fn discourse_adverb_between_subject_and_cue() {
    for t in [
        "Some lawmakers, though, have claimed that the mandate is hurting workers.",
        "The lawmakers, however, said that the mandate hurts workers.",
    ] {
        let qs = quotes(t);
        assert_eq!(qs.len(), 1, "{t}: {qs:?}");
        let sp = qs[0].speaker_span.map(|s| s.slice(t));
        assert!(sp.is_some_and(|s| s.ends_with("lawmakers")), "{t}: {sp:?}");
    }
}

#[test]
fn participle_shares_the_clause_subject_not_a_possessor() {
    let t = "Sen. Bernie Sanders defended his call to raise the minimum wage, saying the stimulus would outweigh job losses.";
    let qs = quotes(t);
    let saying = qs.iter().find(|q| q.cue.as_deref() == Some("saying")).expect("the participle's statement");
    assert_eq!(saying.speaker_span.map(|s| s.slice(t)), Some("Bernie Sanders"), "{qs:?}");
}

#[test]
fn speaking_on_condition_of_anonymity_is_not_a_statement() {
    let t = "\"We will spend tens of millions,\" said one Republican involved in the planning, who spoke on the condition of anonymity to speak candidly. \"Fundraising is not a problem.\"";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert!(qs.iter().all(|q| q.cue.as_deref() == Some("said")), "{qs:?}");
    assert!(qs.iter().all(|q| q.speaker_span.map(|s| s.slice(t)) == Some("one Republican involved in the planning")));
}

#[test]
fn phrasal_cues_pointed_out_and_went_on() {
    let t = "“Voters consistently reject establishment Republicans,” he points out.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].cue.as_deref(), Some("points out"));
    assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("he"));

    let t = "She went on: “It is like calling anyone but the plumber.”";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!((qs[0].cue.as_deref(), qs[0].speaker_span.map(|s| s.slice(t))), (Some("went on"), Some("She")));

    let t = "Mr. Jones pointed out that the bill had failed twice.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].span.slice(t), "that the bill had failed twice");

    // "went on" without speech is no cue.
    assert!(quotes("The meeting went on for hours after the vote.").is_empty());
}

#[test]
fn topic_label_with_according_to_and_relative_clause_names() {
    let t = "Superdelegates: Clinton is backed by 520 superdelegates compared with 39 who back Sanders, according to the Associated Press.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.cue.as_deref() != Some(":")), "a topic label is no speaker: {qs:?}");
    assert!(
        qs.iter()
            .any(|q| q.cue.as_deref() == Some("according to") && q.speaker_name.as_deref() == Some("Associated Press"))
    );
    // Sanders is inside the relative clause; he backs nobody here.
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() != Some("Sanders")), "{qs:?}");
}

#[test]
fn speaker_names_lose_subordinators_reflexives_and_possessives() {
    let t = "Donald Trump himself may not want this fight. Once Congress agrees to open the door, it will be hard to close. Donald Trump’s promise to roll back the orders was clear.";
    let qs = quotes(t);
    let names: Vec<&str> = qs.iter().filter_map(|q| q.speaker_name.as_deref()).collect();
    assert!(names.contains(&"Donald Trump") && names.contains(&"Congress"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("himself") && !n.starts_with("Once") && !n.ends_with("’s")), "{names:?}");
}

#[test]
fn time_phrase_inside_subject_and_adjectival_participle() {
    let t = "“It has nothing to do with Russia,” the president this week claimed.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("the president"));
    // "reported" modifies "cases": nobody reports anything here.
    assert!(quotes("The number of reported cases has reached 1,323 in the region.").is_empty());
}

#[test]
fn poll_shares_speak_and_are_not_names() {
    let t =
        "Six in 10 voters say the economy is the top issue. About 4 in 10 want a candidate with political experience.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("Six in 10 voters"));
    assert_eq!(qs[0].speaker_name, None, "a number word is no name");
    assert_eq!(qs[1].span.slice(t), "a candidate with political experience");
    // "38 percent support" stays a noun phrase.
    assert!(quotes("The measure has 38 percent support in the state.").is_empty());
    // A negated auxiliary ends a subject phrase: the donor's clause is no speaker.
    let t = "The mega donor didn’t disclose his degree of backing for the front-runner.";
    assert!(quotes(t).iter().all(|q| q.speaker_span.is_none_or(|s| !s.slice(t).contains("disclose"))));
}

#[test]
fn subject_with_relative_clause_speaks_and_names_nobody() {
    let t = "People who have battled other online threats say it could be doing more. Voters who attended the rally on Sunday said they were ready for a change.";
    let qs = quotes(t);
    let spans: Vec<Option<&str>> = qs.iter().map(|q| q.speaker_span.map(|s| s.slice(t))).collect();
    assert_eq!(
        spans,
        vec![Some("People who have battled other online threats"), Some("Voters who attended the rally")],
        "{qs:?}"
    );
    assert!(qs.iter().all(|q| q.speaker_name.is_none()), "nobody is named: {qs:?}");
}

#[test]
fn charges_days_and_labels_are_not_speech() {
    let t = "A reward was posted by Crimestoppers Monday for information leading to the capture of the man suspected of killing a passerby.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.cue.as_deref() != Some("suspected")), "{qs:?}");
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() != Some("Crimestoppers Monday")), "{qs:?}");
    let t = "Finally: if there is still a race, California and New Jersey vote on June 7.";
    assert!(quotes(t).iter().all(|q| q.speaker_name.as_deref() != Some("Finally")));
}

#[test]
fn quote_inside_inverted_report_goes_to_its_cue() {
    let t = "“With Paul Ryan, it’s a different dynamic” than when he debated Sarah Palin in 2008, said Jennifer Granholm, a former Michigan governor.";
    let qs = quotes(t);
    let d: Vec<_> = qs.iter().filter(|q| q.direct).collect();
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].speaker_name.as_deref(), Some("Jennifer Granholm"));
}

#[test]
fn it_refers_to_the_last_unnamed_speaker_not_an_older_named_one() {
    let t = "Police said the suspect was armed. The fraternity issued a statement Sunday night. “We lift our sincere condolences to the family,” it said.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("the statement");
    assert_eq!(q.speaker_name, None, "{qs:?}");
}

#[test]
fn title_word_naming_an_institution_stays_in_the_name() {
    let t = "In July the Justice Department declined to bring criminal charges against the officer.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Justice Department"));
}

#[test]
fn anonymous_roles_days_and_time_spans_name_nobody() {
    let t = "“There was never any effort to mislead,” a senior U.S. intelligence official said. The CIA on Tuesday told lawmakers that it had changed the wording, according to senators who met with Morell on Tuesday. Petraeus a day later told lawmakers he had approved the final version.";
    let qs = quotes(t);
    let d = qs.iter().find(|q| q.direct).expect("the official's quote");
    assert_eq!(d.speaker_name, None, "an indefinite role names nobody: {qs:?}");
    let acc = qs.iter().find(|q| q.cue.as_deref() == Some("according to")).expect("according to");
    assert_eq!(acc.speaker_name, None, "Morell is inside the relative clause; Tuesday is a day: {qs:?}");
    let told = qs.iter().find(|q| q.span.slice(t).starts_with("he had approved")).expect("Petraeus told");
    assert_eq!(told.speaker_span.map(|s| s.slice(t)), Some("Petraeus"));
}

#[test]
fn he_after_a_quote_is_the_speaker_not_a_person_he_talked_about() {
    let t = "John Lewis said the country still has a long way to go to become the community Dr. Martin Luther King Jr. envisioned.\n\n\"We have a black president. We have made a lot of progress,\" he said.";
    let lewis = t.find("John Lewis").expect("name");
    let king = t.find("Martin Luther King Jr.").expect("name");
    let person = |start: usize, name: &str| EntityMention {
        span: Span::new(start, start + name.len()),
        kind: EntityKind::Person,
        name: name.to_string(),
        role: None,
    };
    let ents = vec![person(lewis, "John Lewis"), person(king, "Martin Luther King Jr.")];
    let qs = extract_quotes(t, &ents);
    let d = qs.iter().find(|q| q.direct).expect("the quote");
    assert_eq!(d.speaker_name.as_deref(), Some("John Lewis"), "{qs:?}");
}

#[test]
fn a_name_ending_in_ly_speaks() {
    let t = "Kelly said she asked for the interview. Connolly has told reporters the plan is dead.";
    let qs = quotes(t);
    let kelly = qs.iter().find(|q| q.span.slice(t).starts_with("she asked")).expect("Kelly said");
    assert_eq!(kelly.speaker_name.as_deref(), Some("Kelly"), "{qs:?}");
    let connolly = qs.iter().find(|q| q.span.slice(t).starts_with("the plan")).expect("Connolly told");
    assert_eq!(connolly.speaker_name.as_deref(), Some("Connolly"), "{qs:?}");
    // A real adverb opening the sentence is still no speaker.
    let qs = quotes("Finally, the senator said the vote would be held on Friday.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), None, "a common-noun subject names nobody: {qs:?}");
}

#[test]
fn a_venue_phrase_before_that_is_skipped_but_a_relative_that_is_not_content() {
    let t = "Shortly afterward, McCain said on his official Twitter feed that he was referring to the president's decisions.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("McCain said");
    assert!(q.span.slice(t).starts_with("that he was referring"), "{qs:?}");
    assert_eq!(q.speaker_name.as_deref(), Some("McCain"));
    // "that" followed by a verb is a relative pronoun on the noun before it.
    let t = "The governor said in a bill that passed the House on Monday.";
    assert!(quotes(t).iter().all(|q| !q.span.slice(t).starts_with("that passed")), "{:?}", quotes(t));
}

#[test]
fn told_with_a_common_noun_object_reports_the_clause_after_it() {
    let t = "Kasich tells the crowd he was the first one to say the group needs to be destroyed. Ryan told a news conference they are planting the seeds to accomplish that.";
    let qs = quotes(t);
    let k = qs.iter().find(|q| q.cue.as_deref() == Some("tells")).expect("Kasich tells");
    assert!(k.span.slice(t).starts_with("he was the first one"), "{qs:?}");
    let r = qs.iter().find(|q| q.cue.as_deref() == Some("told")).expect("Ryan told");
    assert!(r.span.slice(t).starts_with("they are planting"), "a closing 'that' is a pronoun: {qs:?}");
    assert_eq!(r.speaker_name.as_deref(), Some("Ryan"));
}

#[test]
fn a_sentence_opening_with_said_names_the_speaker_after_it() {
    let t = "Said Comey, \"The thought that an error on our part is connected to this is very painful to us.\"";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].direct);
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Comey"));
}

#[test]
fn a_participle_after_while_or_by_shares_the_clause_subject() {
    let t = "Bolton had a comparable assessment of the record, while saying that the recent speech reassured him. Obama punctuated his list by saying the country had seen too many shootings.";
    let qs = quotes(t);
    let b = qs.iter().find(|q| q.span.slice(t).starts_with("that the recent speech")).expect("while saying");
    assert_eq!(b.speaker_name.as_deref(), Some("Bolton"), "{qs:?}");
    let o = qs.iter().find(|q| q.span.slice(t).starts_with("the country had seen")).expect("by saying");
    assert_eq!(o.speaker_name.as_deref(), Some("Obama"), "{qs:?}");
}

#[test]
fn a_reported_clause_ends_where_another_attribution_begins() {
    let t = "Most viewers thought Pence won the debate, Mark Barabak noted that the way Pence carried himself was critical.";
    let qs = quotes(t);
    let thought = qs.iter().find(|q| q.cue.as_deref() == Some("thought")).expect("viewers thought");
    assert_eq!(thought.span.slice(t), "Pence won the debate", "{qs:?}");
    let noted = qs.iter().find(|q| q.cue.as_deref() == Some("noted")).expect("Barabak noted");
    assert!(noted.span.slice(t).starts_with("that the way Pence"), "{qs:?}");
}

#[test]
fn a_quote_after_a_colon_is_the_sentence_subjects() {
    let t = "Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.” Republican presidential candidate Donald Trump quickly took to Twitter, writing: \"Another horrific attack, this time in Nice, France. Many dead and injured.\"";
    let qs = quotes(t);
    let boomed = qs.iter().find(|q| q.span.slice(t).starts_with("Let’s defeat")).expect("boomed");
    assert_eq!(boomed.speaker_span.map(|s| s.slice(t)), Some("Trump"), "{qs:?}");
    assert_eq!(boomed.cue.as_deref(), Some("boomed"), "not the next sentence's 'writing': {qs:?}");
    let tweet = qs.iter().find(|q| q.span.slice(t).starts_with("Another horrific")).expect("tweet");
    assert_eq!(tweet.speaker_name.as_deref(), Some("Donald Trump"), "{qs:?}");
}

#[test]
fn any_verb_after_a_quote_ending_in_a_comma_attributes_it() {
    let t = "Stephen Loomis spoke to reporters. \"Gun owners should leave their weapons at home,\" opined the Plain Dealer. \"We will see,\" Trump deadpanned.";
    let qs = quotes(t);
    let pd = qs.iter().find(|q| q.span.slice(t).starts_with("Gun owners")).expect("opined");
    assert_eq!(pd.speaker_name.as_deref(), Some("Plain Dealer"), "not the earlier speaker: {qs:?}");
    let tr = qs.iter().find(|q| q.span.slice(t).starts_with("We will see")).expect("deadpanned");
    assert_eq!(tr.speaker_name.as_deref(), Some("Trump"), "{qs:?}");
    // A quote closed by a period followed by narration is not attributed to the narration.
    let t = "\"We will see.\" Trump smiled and left.";
    assert!(quotes(t).iter().all(|q| q.cue.as_deref() != Some("smiled")), "{:?}", quotes(t));
}

#[test]
fn a_long_inverted_subject_names_the_person_not_the_hometown() {
    let t = "\"Some sort of amnesty, I think, is part of his plan,\" said undecided Republican voter Stephanie Hooton of Derry, N.H., who attended the rally.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Stephanie Hooton"));
    assert_eq!(qs[0].cue.as_deref(), Some("said"));
}

#[test]
fn a_quote_after_a_reported_belief_goes_to_the_reporter() {
    let t = "On Trump's assertion, Benjamin said he believes \"there may be some out-of-the-loop generals who are beating their chest.\"";
    let qs = quotes(t);
    let d = qs.iter().find(|q| q.direct).expect("the quote");
    assert_eq!(d.speaker_name.as_deref(), Some("Benjamin"), "{qs:?}");
    assert_eq!(d.cue.as_deref(), Some("said"));
}

#[test]
fn a_trailing_participle_takes_the_main_clause_subject_past_openers() {
    let t = "And then Trump went fully on the attack, saying, \"Is President Obama going to finally mention the words?\" Attorneys for Clinton appeared to oppose the effort, saying in court files that her email account was private.";
    let qs = quotes(t);
    let d = qs.iter().find(|q| q.direct).expect("the quote");
    assert_eq!(d.speaker_name.as_deref(), Some("Trump"), "{qs:?}");
    let r = qs.iter().find(|q| q.span.slice(t).starts_with("that her email")).expect("saying in court files");
    // Not the subject-less "appeared" before it.
    assert!(r.speaker_span.is_some_and(|s| s.slice(t).starts_with("Attorneys")), "{qs:?}");
}

#[test]
fn a_new_sentence_reporting_its_own_clause_does_not_take_the_quote_before_it() {
    let t = "Eddie Joint Center official Jane Roe said the trend was old. “We’ve been electing African-Americans to office for a long time.” Political analyst David Bositis agreed that the shift was a matter of geography.";
    let qs = quotes(t);
    let d = qs.iter().find(|q| q.direct).expect("the quote");
    assert_ne!(d.cue.as_deref(), Some("agreed"), "{qs:?}");
    let agreed = qs.iter().find(|q| q.cue.as_deref() == Some("agreed")).expect("agreed");
    assert!(agreed.span.slice(t).starts_with("that the shift"), "{qs:?}");
    // With a comma inside the marks the name after the quote is its speaker.
    let t = "“We’ve been electing African-Americans to office for a long time,” David Bositis said.";
    let qs = quotes(t);
    assert_eq!(qs[0].speaker_name.as_deref(), Some("David Bositis"), "{qs:?}");
}

#[test]
fn a_speech_participle_after_a_noun_reports_for_the_clause_subject() {
    let t = "Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment. The town released a statement saying the comments were based on opinion.";
    let qs = quotes(t);
    let tw = qs.iter().find(|q| q.span.slice(t).starts_with("that rival")).expect("tweets saying");
    assert_eq!(tw.speaker_name.as_deref(), Some("Trump"), "{qs:?}");
    assert_eq!(tw.cue.as_deref(), Some("saying"));
    let st = qs.iter().find(|q| q.span.slice(t).starts_with("the comments")).expect("statement saying");
    assert_eq!(st.speaker_span.map(|s| s.slice(t)), Some("The town"), "{qs:?}");
    // "is saying" is a progressive, handled as a finite cue with its own subject.
    let t = "The senator is saying that the bill will pass.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
}

#[test]
fn a_modal_cue_after_a_comma_is_no_inverted_attribution_and_adverbs_report_nothing() {
    let t = "Republicans learned again during the debate that no matter the setting, no matter the stakes, Donald Trump will insist on being Donald Trump.";
    let qs = quotes(t);
    assert!(
        qs.iter().all(|q| q.cue.as_deref() != Some("insist") || !q.span.slice(t).starts_with("Republicans")),
        "{qs:?}"
    );
    assert!(qs.iter().all(|q| q.span.slice(t) != "again"), "{qs:?}");
}

#[test]
fn opening_subordinate_clauses_and_set_phrases_are_not_the_subject() {
    let t = "Shortly after the merger announcement, the families of the founders had mobilized, warning that the deal would decimate the culture.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("the families of the founders"));
    let t = "If he has fewer pledged delegates when the primaries conclude, his campaign has argued that it could still win.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "'conclude' ends a subordinate clause: {qs:?}");
    assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("his campaign"));
    let t = "Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].speaker_span.is_some_and(|s| s.slice(t).starts_with("Supporters")), "{qs:?}");
}

#[test]
fn but_with_a_day_shares_the_subject_and_the_reported_pronoun_is_the_reporter() {
    let t = "Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed with him.";
    let qs = quotes(t);
    let w = qs.iter().find(|q| q.cue.as_deref() == Some("wrote")).expect("wrote");
    assert_eq!(w.speaker_name.as_deref(), Some("Ruth Marcus"), "{qs:?}");
    assert!(w.span.slice(t).starts_with("that she agreed"));
    if let Some(inner) = qs.iter().find(|q| q.cue.as_deref() == Some("agreed")) {
        assert_eq!(inner.speaker_name.as_deref(), Some("Ruth Marcus"), "'she' is the writer, not Trump: {qs:?}");
    }
}

#[test]
fn document_openers_and_labels_do_not_speak_for_the_main_clause() {
    let t = "In a Facebook message posted Friday, Cruz said he has had areas of disagreement with Trump.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "'posted' modifies the message: {qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Cruz"));
    let t = "In a widely read column the day before the debate, two Democratic speechwriters implored her to bring it back.";
    let r = reported(t);
    assert_eq!(
        r,
        vec![("her to bring it back".into(), "two Democratic speechwriters".into(), "implored".into())],
        "the writers plead; the column reports nothing"
    );
    let t = "In a CNN poll released Monday, Clinton held a 24-point lead over Trump.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "a poll reports its finding: {qs:?}");
    let t = "The Latest: Trump urges supporters to monitor polling places.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() != Some("The Latest")), "{qs:?}");
}

#[test]
fn coordinated_and_opening_clauses_keep_their_own_subjects() {
    let t = "They noted his attorney offered to have Pagliano appear at a closed session, but Chaffetz declined.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.cue.as_deref() != Some("declined") || !q.span.slice(t).starts_with("They")), "{qs:?}");
    let t = "After saying her right foot was swollen, she was whisked off to the hospital.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("saying")).expect("after saying");
    assert_eq!(q.span.slice(t), "her right foot was swollen");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("she"));
    let t = "They met McConnell, who in 2010 said the most important goal was to make Obama a one-term president.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("McConnell"));
    assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("who"), "the year is no speaker: {qs:?}");
}

#[test]
fn a_coordinated_cue_shares_the_outer_subject_not_a_reported_one() {
    let t = "Demonstrators said they want justice for Terrence, but pledged to remain civil.";
    let qs = quotes(t);
    let p = qs.iter().find(|q| q.cue.as_deref() == Some("pledged")).expect("pledged");
    assert_eq!(p.speaker_span.map(|s| s.slice(t)), Some("Demonstrators"), "{qs:?}");
}

#[test]
fn a_quoted_transcript_turn_is_said_by_its_label() {
    let t = "Partial transcript as follows:\n\n\"WALLACE: Let us start with breaking news on the debate story.\n\n\"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of a show.\"\n";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("WALLACE"));
    assert!(qs[0].span.slice(t).starts_with("Let us start"), "the label is not what was said: {qs:?}");
    assert_eq!(qs[1].speaker_name.as_deref(), Some("PENCE"));
    // An acronym opening a quote without a colon is no label.
    let t = "\"NATO must act now,\" the minister said.";
    assert_eq!(quotes(t)[0].speaker_name, None, "{:?}", quotes(t));
}

#[test]
fn one_word_answers_semicolons_and_venues_after_the_time() {
    let t = "Asked if he was ever bullied, the Republican presidential candidate said no. Ted Cruz apparently thinks so, too.";
    let qs = quotes(t);
    let no = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("said no");
    assert!(no.span.slice(t).starts_with("no"), "the answer, not the question: {qs:?}");
    let so = qs.iter().find(|q| q.cue.as_deref() == Some("thinks")).expect("thinks so");
    assert_eq!(so.span.slice(t), "so");
    let t = "To win the White House, candidates probably need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney won 27 percent.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].span.slice(t).starts_with("To win the White House"), "{qs:?}");
    let t =
        "Trump's excesses are sickening, Hollande said Tuesday in Paris, noting that the campaign had gone too far.";
    let qs = quotes(t);
    let said = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("said");
    assert_eq!(said.span.slice(t), "Trump's excesses are sickening", "{qs:?}");
}

#[test]
fn called_as_naming_phone_or_phrasal_verb_is_no_attribution() {
    for t in [
        "They spent $332,000 on payments to a company called Cambridge Analytica, which builds voter profiles.",
        "A year later, Mr. Obama called Naghmeh Abedini.",
        "Several Mexican businesses have called off projects with him because of his comments.",
        "Obama called both candidates Tuesday night and was scheduled to meet with Sanders.",
    ] {
        assert!(quotes(t).iter().all(|q| q.cue.as_deref() != Some("called")), "{t}: {:?}", quotes(t));
    }
    let t = "Speaking at a rally, Trump called Clinton “a liar” and called on voters to reject her.";
    let qs = quotes(t);
    assert!(
        qs.iter().any(|q| q.cue.as_deref() == Some("called") && q.speaker_name.as_deref() == Some("Trump")),
        "{qs:?}"
    );
}

#[test]
fn a_parenthetical_attribution_reports_both_sides_of_itself() {
    let t = "Any cleareyed interpretation of Mr. Kerry's actions, he said, would read this as a public admission.";
    let qs = quotes(t);
    let parts: Vec<&str> = qs.iter().filter(|q| q.cue.as_deref() == Some("said")).map(|q| q.span.slice(t)).collect();
    assert_eq!(
        parts,
        ["Any cleareyed interpretation of Mr. Kerry's actions", "would read this as a public admission"],
        "{qs:?}"
    );
    // A whole clause before the attribution is the statement; a conjunction after it is not.
    let t = "The plan would cost $5 billion, officials said Tuesday, and would take a decade.";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.span.slice(t) == "The plan would cost $5 billion"), "{qs:?}");
}

#[test]
fn inverted_and_according_to_parentheticals_report_both_sides() {
    for (t, cue) in [
        ("The real problem, said one senior official, is that nobody trusts the numbers.", "said"),
        ("The real problem, according to one senior official, is that nobody trusts the numbers.", "according to"),
    ] {
        let qs = quotes(t);
        let parts: Vec<&str> = qs.iter().filter(|q| q.cue.as_deref() == Some(cue)).map(|q| q.span.slice(t)).collect();
        assert_eq!(parts, ["The real problem", "is that nobody trusts the numbers"], "{qs:?}");
    }
    // After the source, an appositive describing it is not a second part.
    for (t, cue) in [
        (
            "About 65 percent of ZTE phones use chips made by Qualcomm, according to Canalys, a tech market analysis firm.",
            "according to",
        ),
        (
            "The ruling makes the case something of a landmark, says William Eskridge, a professor at Yale Law School.",
            "says",
        ),
    ] {
        let qs = quotes(t);
        let parts: Vec<&str> = qs.iter().filter(|q| q.cue.as_deref() == Some(cue)).map(|q| q.span.slice(t)).collect();
        assert_eq!(parts.len(), 1, "{qs:?}");
        assert!(!parts[0].starts_with("a "), "{qs:?}");
    }
}

#[test]
fn poll_answers_and_appositives_after_an_inverted_attribution() {
    let t = "Asked if Sanders is realistic enough, 72 percent of Democrats said yes while 48 percent overall agreed.";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.cue.as_deref() == Some("said") && q.span.slice(t) == "yes"), "{qs:?}");
    let t = "Victims of domestic violence would be considered a distinct group for purposes of asylum, Sanders said, a policy that could cost billions.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("said");
    assert!(q.span.slice(t).starts_with("Victims of domestic violence"), "{qs:?}");
}

#[test]
fn support_as_a_noun_reflexive_found_and_reader_questions_are_no_attributions() {
    for t in [
        "Today, the Free Syrian Army feels alive and well with Turkish support, carrying out a dual mission.",
        "Bernie Sanders continues to draw support among union members.",
        "Do you support Donald Trump? Like the page.",
        "The Government Development Bank has found itself at the center of Puerto Rico's financial jam.",
    ] {
        let qs = quotes(t);
        assert!(qs.iter().all(|q| !matches!(q.cue.as_deref(), Some("support" | "found"))), "{t}: {qs:?}");
    }
    let t = "Most Republicans support Trump's plan to build a wall.";
    assert!(quotes(t).iter().any(|q| q.cue.as_deref() == Some("support")), "{:?}", quotes(t));
}

#[test]
fn reporting_from_a_place_is_a_credit_line() {
    for t in ["Lerer reported from Los Angeles.", "Mr. Mannix reported daily to Louis B. Mayer and spied on him."] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
    let t = "The New York Times reported that Carter sent 72 emails from a personal account.";
    assert_eq!(quotes(t).len(), 1, "{:?}", quotes(t));
}

#[test]
fn continued_speaks_only_before_a_quote_or_at_the_end() {
    for t in [
        "He also continued to raise substantial amounts of money from small donors.",
        "Trump continued his push on Twitter and Instagram.",
    ] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
    let t = "Issa continued, “Yes. For more than 15 years I have watched the basis under which they work.”";
    assert_eq!(quotes(t)[0].speaker_name.as_deref(), Some("Issa"), "{:?}", quotes(t));
}

#[test]
fn may_want_is_the_writers_advice() {
    let t = "Investors expecting a big deal may want to think twice.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "Most voters want to limit immigration, the poll found.";
    assert!(!quotes(t).is_empty());
}

#[test]
fn a_reported_clause_that_is_mostly_a_partial_quote_is_kept_whole() {
    let t = "In a statement, Husted said the court's decision \"will effectively force us to put voters back on the rolls who have died.\"";
    let qs = quotes(t);
    let r = qs.iter().find(|q| !q.direct).expect("the reported clause");
    assert!(r.span.slice(t).starts_with("the court's decision"), "{qs:?}");
    let d = qs.iter().find(|q| q.direct).expect("the partial quote");
    assert_eq!(d.cue, r.cue);
    assert_eq!(d.speaker_name.as_deref(), Some("Husted"));
}

#[test]
fn physical_attacks_are_not_verbal_ones() {
    for t in [
        "Beginning in January 2020, when US forces in Baghdad attacked the vehicle in which the commander was travelling, relations worsened.",
        "Militants attacked a checkpoint near the border on Sunday.",
    ] {
        assert!(quotes(t).iter().all(|q| q.cue.as_deref() != Some("attacked")), "{t}: {:?}", quotes(t));
    }
    let t = "Clinton attacked Trump as unfit for office.";
    assert!(quotes(t).iter().any(|q| q.cue.as_deref() == Some("attacked")), "{:?}", quotes(t));
}

#[test]
fn institutions_named_with_of_chrome_labels_and_contracted_pronouns() {
    let t = "A year later, the Department of Homeland Security told 21 states that Russia had tried to hack their systems. The Bank of England said rates would stay low.";
    let qs = quotes(t);
    let names: Vec<Option<&str>> = qs.iter().map(|q| q.speaker_name.as_deref()).collect();
    assert!(names.contains(&Some("Department of Homeland Security")), "{qs:?}");
    assert!(names.contains(&Some("Bank of England")), "{qs:?}");
    let t = "More: House conservatives ramp up accusations of bias in the Russia probe.";
    assert!(quotes(t).iter().all(|q| q.speaker_name.as_deref() != Some("More")), "{:?}", quotes(t));
    let t = "Story highlights Several vulnerable Democrats put distance between themselves and Obama.";
    assert!(quotes(t).iter().all(|q| q.speaker_name.as_deref() != Some("Story")), "{:?}", quotes(t));
    let t = "Steve Chabot spoke first. He’s wanted to hear her in person and at length.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() != Some("He")), "a pronoun is no name: {qs:?}");
}

#[test]
fn no_with_a_stop_is_an_abbreviation_only_before_a_number() {
    let t = "He said no. The No. 2 official agreed.";
    let words: Vec<&str> = text::tokenize(t).iter().map(|k| &t[k.start..k.end]).collect();
    assert!(words.contains(&"no") && words.contains(&"No."), "{words:?}");
}

/// One reported quote with the given cue: (content, speaker span text).
fn one_reported(t: &str, cue: &str) -> (String, String) {
    let r = reported(t);
    let hits: Vec<_> = r.iter().filter(|(_, _, c)| c == cue).collect();
    assert_eq!(hits.len(), 1, "one quote cued by {cue:?} in {t:?}: {r:?}");
    (hits[0].0.clone(), hits[0].1.clone())
}

#[test]
fn subjects_behind_adverbs_asides_aspect_verbs_and_relative_clauses() {
    let (c, s) = one_reported("Mrs. Clinton has since said she would support a wage increase.", "said");
    assert_eq!((c.as_str(), s.as_str()), ("she would support a wage increase", "Clinton"));
    let t = "The Supreme Court justice -- who has been involved in a scuffle with the nominee over the past few days -- said she regretted her remarks.";
    let (c, s) = one_reported(t, "said");
    assert_eq!((c.as_str(), s.as_str()), ("she regretted her remarks", "The Supreme Court justice"));
    let t = "GOP insiders across the four states — and two-thirds of Republicans in New Hampshire — said that Trump can’t be toppled.";
    assert_eq!(one_reported(t, "said").1, "GOP insiders across the four states");
    let (c, s) = one_reported(
        "Even after the complaint was filed, Lewandowski continued to say he had never touched Fields.",
        "say",
    );
    assert_eq!((c.as_str(), s.as_str()), ("he had never touched Fields", "Lewandowski"));
    let t = "The state officials whose laws have been invalidated say the real change has come in the judiciary.";
    assert_eq!(one_reported(t, "say").1, "The state officials whose laws have been invalidated");
    let t =
        "At a meeting Tuesday, some senators vented about Sanders and said that they had lost their patience with him.";
    let (c, s) = one_reported(t, "said");
    assert_eq!((c.as_str(), s.as_str()), ("that they had lost their patience with him", "some senators"));
}

#[test]
fn inverted_cues_before_a_subordinate_clause_and_say_with_its_subject_after() {
    let t = "Outright victory is vital, he said after meeting Thursday with Trump aides, because he said party leaders appear determined to stop him.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "Outright victory is vital" && s == "he"), "{r:?}");
    assert!(r.iter().any(|(c, _, _)| c == "party leaders appear determined to stop him"), "{r:?}");
    let t =
        "A more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe as he speaks.";
    let r = reported(t);
    assert_eq!(
        r,
        vec![(
            "A more subdued Bill Clinton may not be such a bad thing either".into(),
            "Democrats".into(),
            "say".into()
        )],
        "a verb after 'as' reports nothing"
    );
}

#[test]
fn a_block_quotation_after_a_colon_and_an_absolute_participle() {
    let t = "Rubio had no kind words for Trump. In a speech last July, he said:\n\nLet no one be mistaken – the candidacy is a cancer on conservatism. It must be cleared away.\n\nRubio later apologized.";
    let (c, s) = one_reported(t, "said");
    assert!(c.starts_with("Let no one be mistaken") && c.ends_with("It must be cleared away"), "{c:?}");
    assert_eq!(s, "he");
    let t = "Both men issued a statement expressing optimism – Ryan saying he was “very encouraged” and Trump calling it a “great step.”";
    let (c, s) = one_reported(t, "saying");
    assert_eq!((c.as_str(), s.as_str()), ("he was “very encouraged”", "Ryan"));
}

#[test]
fn questions_put_by_a_named_asker_or_after_a_time_or_venue() {
    let t = "Asked by Starnes if he believed the situation was as grave as Benghazi, Carson said no.";
    let (c, s) = one_reported(t, "Asked");
    assert_eq!((c.as_str(), s.as_str()), ("if he believed the situation was as grave as Benghazi", "Starnes"));
    let (c, s) = one_reported("Cain was asked by a caller why young Syrian men are coming to the U.S.", "asked");
    assert_eq!((c.as_str(), s.as_str()), ("why young Syrian men are coming to the U.S.", "a caller"));
    let t = "Ryan used the same words when asked in May if he would endorse Trump.";
    let (c, s) = one_reported(t, "asked");
    assert_eq!((c.as_str(), s.as_str()), ("if he would endorse Trump", ""), "the asker is unnamed");
}

#[test]
fn a_relative_that_or_which_is_where_the_speaker_is_mentioned() {
    let t = "Democracy for America, an organization that endorsed Sanders in the primary, launched a petition.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c.starts_with("Sanders") && s == "that" && cue == "endorsed"), "{r:?}");
    let t = "Shelton leads the Communications Workers, which endorsed Mr. Sanders in December.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c.starts_with("Mr. Sanders") && s == "which" && cue == "endorsed"), "{r:?}");
    // "said that" is a complementiser, not a relative pronoun.
    let t = "Officials said that supported candidates would win.";
    assert!(reported(t).iter().all(|(_, s, _)| s != "that"), "{:?}", reported(t));
}

#[test]
fn a_document_that_reads_and_a_participle_after_an_adverb() {
    let t = "The campaign sent an email Wednesday. \"Friend, let me be blunt. I can beat Hillary Clinton,\" the email read. It stated that Trump is rattled.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("the direct quote");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("the email"), "{qs:?}");
    assert_eq!(q.cue.as_deref(), Some("read"));
    let t = "Trump, later alleging - again falsely - that President Obama wanted to admit 250,000 Syrians, said he would deport refugees.";
    let (c, s) = one_reported(t, "alleging");
    assert_eq!((c.as_str(), s.as_str()), ("that President Obama wanted to admit 250,000 Syrians", "Trump"));
}

#[test]
fn three_apostrophes_close_a_nested_quote_then_the_outer_one() {
    let t = "''I think most voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona, referring to Mr. Trump.";
    let qs = quotes(t);
    let d: Vec<_> = qs.iter().filter(|q| q.direct).collect();
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].speaker_name.as_deref(), Some("John McCain"));
    assert!(d[0].span.slice(t).starts_with("I think most voters"), "{:?}", d[0].span.slice(t));
    let words: Vec<&str> = text::tokenize(t).iter().map(|k| &t[k.start..k.end]).collect();
    assert!(words.contains(&"''") && words.contains(&"'"), "{words:?}");
}

#[test]
fn asked_past_its_object_for_a_request_or_to_do_something() {
    let t = "Neera Tanden asked former Attorney General Eric Holder whether he had thoughts on the inquiry.";
    assert_eq!(one_reported(t, "asked").0, "whether he had thoughts on the inquiry");
    let t = "He shook hands and asked workers if they planned to attend the caucuses.";
    let (c, s) = one_reported(t, "asked");
    assert_eq!((c.as_str(), s.as_str()), ("if they planned to attend the caucuses", "He"));
    let t = "In court documents, Lazar's public defense counsel asked for a sentence of three years.";
    assert_eq!(one_reported(t, "asked").0, "a sentence of three years");
    let t = "Clinton has been asked to release the transcripts of these speeches.";
    let (c, s) = one_reported(t, "asked");
    assert_eq!((c.as_str(), s.as_str()), ("to release the transcripts of these speeches", ""));
    let t = "When asked to confirm Sullivan’s role in the email chains, a separate intelligence source declined.";
    assert_eq!(one_reported(t, "asked").0, "to confirm Sullivan’s role in the email chains");
}

#[test]
fn a_tail_verb_with_a_phrase_after_it_and_an_opening_by_participle() {
    let t = "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.";
    let qs = quotes(t);
    assert_eq!(qs.iter().find(|q| q.direct).and_then(|q| q.speaker_span).map(|s| s.slice(t)), Some("the 43-year-old"));
    let t = "By refusing to admit any fault, Trump and Lewandowski appeared to have transformed the story.";
    let (c, s) = one_reported(t, "refusing");
    assert_eq!(c, "to admit any fault");
    assert!(s.contains("Lewandowski"), "{s}");
}

#[test]
fn speakers_with_long_appositives_brackets_and_members() {
    let cases = [
        (
            "Arturo Sarukhan, Mexico's ambassador to the United States from 2007 to 2013, said Mexico must rebut the claims.",
            "Arturo Sarukhan",
            "Mexico must rebut the claims",
        ),
        (
            "Powell’s office, when contacted by Reuters, said the former top diplomat could not recall the dinner.",
            "Powell’s office",
            "the former top diplomat could not recall the dinner",
        ),
        (
            "Several candidates, including Trump, said the United States should refuse more refugees.",
            "Several candidates",
            "the United States should refuse more refugees",
        ),
        (
            "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many colleagues.",
            "Sander M. Levin",
            "he has spoken with many colleagues",
        ),
        (
            "But Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused.",
            "Chris Murphy",
            "he was unfocused",
        ),
        (
            "The effects are difficult to predict, many economists say, because there is little precedent.",
            "many economists",
            "The effects are difficult to predict",
        ),
    ];
    for (t, speaker, content) in cases {
        let r = reported(t);
        assert!(r.iter().any(|(c, s, _)| c == content && s == speaker), "{t}\n{r:?}");
    }
    // The reason after the attribution goes on with what was said (PolNeAR's reading).
    let r = reported("The new retirement age is cause for celebration, he said, because Russians are living longer.");
    assert!(r.iter().any(|(c, _, _)| c == "because Russians are living longer"), "{r:?}");
    assert!(r.iter().any(|(c, _, _)| c == "The new retirement age is cause for celebration"), "{r:?}");
}

#[test]
fn a_bracketed_sentence_after_an_attribution_is_a_sentence_of_its_own() {
    let t = "That criticism was often warranted, Mr. Sykes said. (Just take a look at the record.)";
    let (c, _) = one_reported(t, "said");
    assert_eq!(c, "That criticism was often warranted");
}

#[test]
fn titled_appositive_names_adverbs_before_that_and_anonymity_requests() {
    let t = "A spokeswoman for the Pentagon, Lt. Col. Jane Doe, said the strike killed two militants.";
    let (c, s) = one_reported(t, "said");
    assert_eq!((c.as_str(), s.as_str()), ("the strike killed two militants", "Jane Doe"));
    assert_eq!(one_reported("Officials said privately that the deal was close.", "said").0, "that the deal was close");
    assert_eq!(
        one_reported("He insisted, however, that the troops would stay.", "insisted").0,
        "that the troops would stay"
    );
    let t = "“This is a disaster,” said one senior diplomat, who asked not to be named.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    let t = "The official, who declined to be identified, said the talks had failed.";
    assert!(reported(t).iter().all(|(_, _, cue)| cue != "declined"), "{:?}", reported(t));
}

#[test]
fn quoted_as_saying_and_the_writers_comment_on_a_claim() {
    let t = "The ambassador was quoted as saying that the talks were “constructive.”";
    let (c, s) = one_reported(t, "quoted as saying");
    assert_eq!((c.as_str(), s.as_str()), ("that the talks were “constructive.”", "The ambassador"));
    let t = "Russia's defense ministry said its forces had destroyed a depot, a claim that could not be verified.";
    assert_eq!(one_reported(t, "said").0, "its forces had destroyed a depot");
}

#[test]
fn adding_that_belongs_to_the_participle_and_a_short_quoted_sentence_continues() {
    let t = "“The threat from ISIS is not over,” Romanowski told reporters in Baghdad, adding that the group still had cells in the desert.";
    let r = reported(t);
    assert_eq!(r, vec![("that the group still had cells in the desert".into(), "Romanowski".into(), "adding".into())]);
    let t =
        "“We're not going anywhere,” said Col. Myles Caggins, a spokesman for the coalition. “Our mission continues.”";
    let d = direct(t, &quotes(t));
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|(_, s)| s.as_deref() == Some("Myles Caggins")), "{d:?}");
}

#[test]
fn a_verb_coordinated_after_an_inverted_attribution_is_the_subjects() {
    let t = "The president is frustrated, aides say, and wants a deal by Friday.";
    let r = reported(t);
    assert!(r.contains(&("The president is frustrated".into(), "aides".into(), "say".into())), "{r:?}");
    assert!(r.contains(&("a deal by Friday".into(), "The president".into(), "wants".into())), "{r:?}");
}

#[test]
fn a_phrasal_tail_verb_and_no_comment_is_no_statement() {
    let t = "“That's not true,” Graham shot back.";
    let d = direct(t, &quotes(t));
    assert_eq!(d, vec![("That's not true", Some("Graham".to_string()))]);
    let t = "Neither the White House nor the Pentagon responded to requests for comment.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn a_document_named_once_speaks_again_as_the_report_and_the_united_states_stays_whole() {
    let t = "A UN report released Thursday estimated that ISIS still had 10,000 fighters. The report said the group was regrouping in the desert.";
    let qs = quotes(t);
    let names: Vec<_> = qs.iter().map(|q| q.speaker_name.as_deref()).collect();
    assert_eq!(names, vec![Some("UN report"), Some("UN report")], "{qs:?}");
    let t = "Officials said the United States supports Iraq.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "Iraq" && s == "United States"), "{r:?}");
}

#[test]
fn quoted_a_source_as_saying_a_charge_someone_denies_and_a_noun_after_a_verb() {
    let t = "Iraqi media quoted a security source as saying that two rockets hit the base.";
    let (c, s) = one_reported(t, "saying");
    assert_eq!((c.as_str(), s.as_str()), ("that two rockets hit the base", "a security source"));
    let t = "The ambassador was quoted as saying that the talks were constructive.";
    assert_eq!(one_reported(t, "quoted as saying").1, "The ambassador");
    let t = "Tehran has accused Washington of violating the nuclear deal, a charge the US denies.";
    let (c, s) = one_reported(t, "denies");
    assert_eq!((c.as_str(), s.as_str()), ("Tehran has accused Washington of violating the nuclear deal", "US"));
    let t = "The prime minister told Rudaw that the Peshmerga needed support.";
    assert!(reported(t).iter().all(|(_, _, cue)| cue != "support"), "{:?}", reported(t));
}

#[test]
fn attitude_adjectives_after_be() {
    let (c, s) = one_reported("Senate Republicans are confident that the bill will pass.", "confident");
    assert_eq!((c.as_str(), s.as_str()), ("that the bill will pass", "Senate Republicans"));
    let (c, s) = one_reported("The governor is deeply concerned about the rising number of cases.", "concerned about");
    assert_eq!((c.as_str(), s.as_str()), ("the rising number of cases", "The governor"));
    let (c, s) = one_reported("He was quick to blame the Democrats.", "quick");
    assert_eq!((c.as_str(), s.as_str()), ("to blame the Democrats", "He"));
    // Not after "be", or with another word after the adjective: no attitude.
    assert!(reported("A quick look at the numbers helps.").is_empty());
    assert!(reported("Officials are worried, too.").is_empty());
}

#[test]
fn made_clear_and_lashed_out_at() {
    let (c, s) = one_reported("Kasich made clear that he would not endorse Trump.", "made clear");
    assert_eq!((c.as_str(), s.as_str()), ("that he would not endorse Trump", "Kasich"));
    let (c, s) = one_reported("She has made it clear that she will run.", "made it clear");
    assert_eq!((c.as_str(), s.as_str()), ("that she will run", "She"));
    let (c, s) = one_reported("Trump lashed out at the judge on Friday.", "lashed out");
    assert_eq!(s, "Trump");
    assert!(c.starts_with("the judge"), "{c}");
    assert!(reported("The company made a profit.").is_empty());
}

#[test]
fn as_first_reported_by_and_an_aside_before_that() {
    let t = "As first reported by Politico, the White House is considering a new tariff.";
    let (c, s) = one_reported(t, "reported");
    assert_eq!((c.as_str(), s.as_str()), ("the White House is considering a new tariff", "Politico"));
    let t = "Trump claimed, without evidence, that the election was rigged.";
    assert_eq!(one_reported(t, "claimed").0, "that the election was rigged");
}

#[test]
fn shot_back_before_a_quote_and_a_decimal_number_ends_a_sentence() {
    let t = "She said \"I stood up to the banks\" for their reckless deals. Sanders shot back, \"Secretary Clinton called them out. Oh my goodness.\"";
    let d = direct(t, &quotes(t));
    assert!(d.iter().any(|(c, s)| c.starts_with("Secretary Clinton") && s.as_deref() == Some("Sanders")), "{d:?}");
    let t = "Aides said the average donation was $27.16. Sanders appears to be spending more heavily.";
    let (c, _) = one_reported(t, "said");
    assert!(!c.contains("Sanders"), "{c}");
}

#[test]
fn a_missing_space_after_a_full_stop_still_ends_the_sentence() {
    let t = "\"The Chinese have control over North Korea,\" Trump said.Trump claimed that he learned this from business people.";
    let r = reported(t);
    assert!(
        r.iter()
            .any(|(c, s, cue)| c == "that he learned this from business people" && s == "Trump" && cue == "claimed"),
        "{r:?}"
    );
    let words: Vec<&str> = text::tokenize("the U.S. said.Trump")
        .iter()
        .map(|k| k.start..k.end)
        .map(|r| &"the U.S. said.Trump"[r])
        .collect();
    assert_eq!(words, vec!["the", "U.S.", "said", ".", "Trump"]);
}

#[test]
fn according_to_a_source_with_a_relative_clause_and_a_statement_from_an_institution() {
    let t = "According to the report, which was obtained by The Associated Press, the agency ignored warnings.";
    let (c, s) = one_reported(t, "According to");
    assert_eq!((c.as_str(), s.as_str()), ("the agency ignored warnings", "the report"));
    let t = "A statement from the Iraqi military said two soldiers were killed.";
    let qs = quotes(t);
    assert_eq!(qs.first().and_then(|q| q.speaker_name.as_deref()), Some("Iraqi military"), "{qs:?}");
}

#[test]
fn a_quantified_group_with_an_aside_and_the_rest_of_a_split_quote() {
    let t = "Two U.S. officials, speaking on condition of anonymity to discuss sensitive matters, said the drone was shot down.";
    let (c, s) = one_reported(t, "said");
    assert_eq!((c.as_str(), s.as_str()), ("the drone was shot down", "Two U.S. officials"));
    let t = "“It's time,” Warren told a crowd of about 3,000 in Des Moines, “to fight back.”";
    let d = direct(t, &quotes(t));
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|(_, s)| s.as_deref() == Some("Warren")), "{d:?}");
}

#[test]
fn an_opening_adverb_is_not_the_subject_a_participle_shares() {
    let t = "Ivanka Trump took the stage. Then she shattered party norms, pledging that her father would support working mothers.";
    let (_, s) = one_reported(t, "pledging");
    assert_eq!(s, "she");
}

#[test]
fn years_circumstances_and_clauses_without_that() {
    let t = "A memorable Clinton ad in 2008 questioned whether Obama was prepared to face emergencies.";
    assert_eq!(one_reported(t, "questioned").0, "whether Obama was prepared to face emergencies");
    let t = "Secrecy is not a stranger to her campaign, the candidate’s former doctor maintains.";
    let (c, s) = one_reported(t, "maintains");
    assert_eq!(
        (c.as_str(), s.as_str()),
        ("Secrecy is not a stranger to her campaign", "the candidate’s former doctor")
    );
    let t = "Trump said after the convention he would not accept the endorsement.";
    assert_eq!(one_reported(t, "said").0, "he would not accept the endorsement");
    let t = "After living abroad, we are convinced this is the only country for us.";
    assert_eq!(one_reported(t, "convinced").0, "this is the only country for us");
}

#[test]
fn attitude_adjectives_after_other_copulas() {
    let t = "McConnell met with her and came away convinced that concrete reforms were underway.";
    let (c, s) = one_reported(t, "convinced");
    assert_eq!((c.as_str(), s.as_str()), ("that concrete reforms were underway", "McConnell"));
    let t = "Investors remain skeptical of the plan.";
    let (c, s) = one_reported(t, "skeptical of");
    assert_eq!((c.as_str(), s.as_str()), ("the plan", "Investors"));
}

#[test]
fn with_some_calling_it_names_a_part_of_the_group() {
    let t = "Lawmakers from both parties criticized the decision, with some calling it reckless.";
    let (c, s) = one_reported(t, "calling");
    assert_eq!((c.as_str(), s.as_str()), ("it reckless", "some"));
}

#[test]
fn made_with_a_speech_noun_reports_its_object() {
    let t = "Cruz made an unprompted call for an end to sugar subsidies.";
    let (c, s) = one_reported(t, "made an unprompted call for");
    assert_eq!((c.as_str(), s.as_str()), ("an end to sugar subsidies", "Cruz"));
    let t = "Officials made clear Monday they have no plans to spend money on the race.";
    assert_eq!(one_reported(t, "made clear").0, "they have no plans to spend money on the race");
    assert!(reported("The company made a profit of $2 million.").is_empty());
}

#[test]
fn perception_passives_report_the_subject_as_seen() {
    let t = "At this moment, Rubio is widely seen as the candidate with the best chance.";
    let (c, s) = one_reported(t, "seen");
    assert_eq!((c.as_str(), s.as_str()), ("Rubio is widely seen as the candidate with the best chance", ""));
    let t = "The staffing change was seen by some as a demotion for Mr. Manafort.";
    assert_eq!(one_reported(t, "seen").1, "some");
    assert!(reported("I have seen the report.").is_empty());
}

#[test]
fn took_aim_at_and_went_after_report_their_target() {
    let (c, s) = one_reported("Sanders went after Clinton’s environmental record on Sunday.", "went after");
    assert_eq!(s, "Sanders");
    assert!(c.starts_with("Clinton’s environmental record"), "{c}");
    let (c, s) = one_reported("Sanders takes issue with a new oversight board.", "takes issue with");
    assert_eq!((c.as_str(), s.as_str()), ("a new oversight board", "Sanders"));
    assert!(reported("He took the train to Boston and went after dinner.").is_empty());
    let r = reported("Sanders went after the vote to a rally in Iowa.");
    assert!(r.iter().all(|(_, _, cue)| cue != "went after"), "{r:?}");
}

#[test]
fn adjectival_participles_dashes_before_according_to_and_leading_conjunctions() {
    let t = "Although Scott lacks a signature achievement, elected officials from both parties say he has forged a reputation.";
    let (c, s) = one_reported(t, "say");
    assert_eq!((c.as_str(), s.as_str()), ("he has forged a reputation", "elected officials from both parties"));
    let t = "And more than half of his medical advice is unsubstantiated — or flat out wrong — according to a British medical journal.";
    let (c, _) = one_reported(t, "according to");
    assert_eq!(c, "more than half of his medical advice is unsubstantiated — or flat out wrong");
}

#[test]
fn a_who_appositive_after_a_group_and_asked_whom() {
    let t = "Republican lawmakers, who are close to the industries that oppose the rule, have vowed to block it.";
    let (c, s) = one_reported(t, "vowed");
    assert_eq!((c.as_str(), s.as_str()), ("to block it", "Republican lawmakers"));
    let t = "When asked whom she supported, Ms. Sherry smiled.";
    assert_eq!(one_reported(t, "asked").0, "whom she supported");
}

#[test]
fn requests_for_comment_and_for_anonymity_say_nothing() {
    let t = "A spokesperson for the company did not respond to an email seeking comment.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "His campaign did not respond to a phone message Wednesday.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "“It's a tragedy,” Ahmed, who asked that only his first name be used, told The New York Times.";
    let r = reported(t);
    assert!(r.iter().all(|(_, _, cue)| cue != "asked"), "{r:?}");
    assert_eq!(direct(t, &quotes(t)), vec![("It's a tragedy", Some("Ahmed".to_string()))]);
}

#[test]
fn a_gerund_object_after_called_for_and_a_plural_possessive_subject() {
    let t = "Mike Huckabee called for denying entry to travelers from those countries.";
    assert_eq!(one_reported(t, "called for").0, "denying entry to travelers from those countries");
    let t = "Sanders’ campaign called AP’s report a “rush to judgment.”";
    assert_eq!(one_reported(t, "called").1, "Sanders’ campaign");
    let words: Vec<&str> = text::tokenize(t).iter().map(|k| &t[k.start..k.end]).collect();
    assert_eq!(words[0], "Sanders’");
}

#[test]
fn inverted_attributions_with_tails_party_labels_and_subject_asides() {
    let t = "Mateen didn't mingle but left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\"";
    assert!(
        reported(t).iter().any(|(c, s, _)| c.starts_with("Mateen didn't mingle") && s == "Nefzi"),
        "{:?}",
        reported(t)
    );
    let t = "He was unable to find a single taker, he said, on condition of anonymity.";
    assert_eq!(one_reported(t, "said").0, "He was unable to find a single taker");
    let t = "Sales were great, he said, wiping sweat off his face.";
    assert_eq!(one_reported(t, "said").0, "Sales were great");
    let t = "Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address public concerns.";
    assert_eq!(one_reported(t, "said").1, "Marco Rubio");
    let t = "The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015.";
    assert_eq!(one_reported(t, "says").0, "Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015");
}

#[test]
fn inverted_told_with_its_listener_and_a_role_before_an_inverted_name() {
    let t = "This is not about me, President Obama told his closest advisers as he launched the campaign.";
    let (c, s) = one_reported(t, "told");
    assert_eq!(c, "This is not about me");
    assert!(s.contains("Obama"), "{s}");
    let t = "The family had been traveling together, wrote film director Osman Abu Laban, their nephew.";
    let (c, s) = one_reported(t, "wrote");
    assert_eq!(c, "The family had been traveling together");
    assert!(s.contains("Osman Abu Laban"), "{s}");
}

#[test]
fn an_infinitive_after_want_is_its_content_and_a_dash_ends_an_inverted_attribution() {
    let t = "And yet, across most of Europe, voters want to limit immigration.";
    assert_eq!(one_reported(t, "want"), ("to limit immigration".to_string(), "voters".to_string()));
    let t = "Such a move could alienate his backers, Clinton allies believe — backers she will need come November.";
    assert_eq!(one_reported(t, "believe").0, "Such a move could alienate his backers");
}

#[test]
fn a_verbless_phrase_before_the_subject_is_no_content() {
    // A fronted time phrase sets the scene; the cue reports forward.
    let t = "The morning after the vote, Governor Ana Ruiz called the delays \"unacceptable.\" County officials apologized.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "the delays \"unacceptable.\"" && s == "Ana Ruiz" && cue == "called"),
        "{r:?}"
    );
    assert!(!r.iter().any(|(c, _, _)| c.starts_with("The morning after")), "{r:?}");
    // The short partial quote is part of what "called" reports, not the next sentence's.
    let qs = quotes(t);
    assert!(!qs.iter().any(|q| q.cue.as_deref() == Some("apologized")), "{qs:?}");
    // A subject with its appositive: "The mayor's deputy, Tom Hale, …, has endorsed X".
    let t = "The mayor's deputy, Tom Hale, and his predecessor, Joan Park, have also endorsed Ortiz.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "Ortiz" && cue == "endorsed"), "{r:?}");
    assert!(!r.iter().any(|(c, _, _)| c.starts_with("The mayor's deputy")), "{r:?}");
    // An answer without a verb, with nothing after the cue, stays the content.
    let t = "People like Okafor, he said.";
    assert_eq!(one_reported(t, "said").0, "People like Okafor");
}

#[test]
fn a_subject_and_its_appositive_do_not_cut_an_enclosing_report() {
    let t = "His campaign manager, Jeff Moreau, says the gap can still close, according to the Associated Press.";
    let r = reported(t);
    assert!(!r.iter().any(|(c, _, _)| c == "His campaign manager"), "{r:?}");
    let t = "Then a student living in Queens, Ms. Ortega found running to be a salve for her anxiety, she said.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, _, cue)| cue == "said" && c.starts_with("Then a student") && c.ends_with("anxiety")),
        "{r:?}"
    );
    // An object after its cue is cut at the next attribution as before.
    let t = "In a statement announcing the pick, the union called Ortiz a \"champion\" for its members.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the pick" && cue == "announcing"), "{r:?}");
}

#[test]
fn a_question_after_the_askers_relative_clause_and_no_sentence_final_noun_cue() {
    let t = "Moreau was asked by host Dana Kerr, who has backed him, whether he would debate.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c == "whether he would debate" && s == "Dana Kerr" && cue == "asked"), "{r:?}");
    assert!(!r.iter().any(|(c, _, _)| c == "Moreau"), "{r:?}");
    // "voter fears" closing a sentence is a noun, not "X fears" after the clause.
    let t = "Critics have noted the flyers used by the party to stoke voter fears.";
    let r = reported(t);
    assert!(!r.iter().any(|(_, _, cue)| cue == "fears"), "{r:?}");
}

#[test]
fn a_role_noun_needs_the_same_modifier_on_its_head() {
    let t = "Foreign Minister Fuad Hussein said talks would resume. In an interview, the prime minister described the troops as \"no longer necessary.\"";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("described")).expect("described");
    assert_eq!(q.speaker_name, None, "{qs:?}");
    let t = "Iraqi Prime Minister Mohammed Shia al-Sudani met the envoy. Later, the prime minister said the talks had gone well.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("said");
    assert_eq!(q.speaker_name.as_deref(), Some("Mohammed Shia al-Sudani"), "{qs:?}");
}

#[test]
fn a_plural_listener_a_pronoun_in_the_speakers_report_and_calls_seeking_comment() {
    let t = "Many voters told pollsters they were undecided.";
    assert_eq!(one_reported(t, "told"), ("they were undecided".to_string(), "Many voters".to_string()));
    // "he"/"his" opening what a lone surname reports is that speaker, not an older one.
    let t =
        "Sen. Elizabeth Warren spoke first. Rubio, who has struggled in recent polls, said he expects to win Florida.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("expects")).expect("expects");
    assert_eq!(q.speaker_name.as_deref(), Some("Rubio"), "{qs:?}");
    let t = "Sen. Elizabeth Warren spoke first. In his speech, Sanders repeated his call for a $15 minimum wage.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("call")).expect("call");
    assert_eq!(q.speaker_name.as_deref(), Some("Sanders"), "{qs:?}");
    let t = "The senator's spokesman did not return calls seeking comment.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn a_show_title_is_no_quote_and_a_place_is_no_antecedent() {
    let t = "Speaking on CNN's \"State of the Union,\" Sen. Lindsey Graham said he had \"serious concerns\" about the pick.";
    let qs = quotes(t);
    assert!(!qs.iter().any(|q| q.span.slice(t).starts_with("State of the Union")), "{qs:?}");
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "he had \"serious concerns\" about the pick" && s == "Lindsey Graham"),
        "{r:?}"
    );
    let t = "Republican leaders on Capitol Hill said Thursday they would oppose her. The nominee has said she supports the rules.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("supports")).expect("supports");
    assert_ne!(q.speaker_name.as_deref(), Some("Capitol Hill"), "{qs:?}");
}

#[test]
fn writing_after_a_comma_reports_for_the_whole_subject() {
    let t = "The Republican nominee made the announcement in a tweet early Saturday, writing that the debates were \"rigged.\"";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "that the debates were \"rigged.\""
            && s == "The Republican nominee"
            && cue == "writing"),
        "{r:?}"
    );
}

#[test]
fn said_of_a_topic_as_one_put_it_and_a_narrator_before_a_colon() {
    let t = "In a 2015 interview, Trump said of McCain: \"He's not a war hero.\"";
    let qs = quotes(t);
    assert_eq!(direct(t, &qs), vec![("He's not a war hero.", Some("Trump".into()))]);
    assert!(!qs.iter().any(|q| !q.direct && q.span.slice(t).starts_with("of McCain")), "{qs:?}");
    let t = "As one voter put it, \"I just want someone who tells the truth.\"";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("one voter"), "{qs:?}");
    let t = "The ad's narrator intones: \"Hillary Clinton. Wrong for America.\"";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("quote");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("The ad's narrator"), "{qs:?}");
    assert_eq!(q.cue.as_deref(), Some("intones"));
}

#[test]
fn a_measure_of_time_goes_with_the_trailing_circumstance() {
    let t = "Residents described hearing two loud explosions shortly after midnight.";
    assert_eq!(one_reported(t, "described").0, "hearing two loud explosions");
    let t = "The union endorsed Ortiz just two days before the primary.";
    assert_eq!(one_reported(t, "endorsed").0, "Ortiz");
}

#[test]
fn a_writers_noun_before_a_relative_attribution_and_a_place_names_nobody() {
    let t = "A federal judge in Texas ruled Friday that the law was unconstitutional, a decision the administration said it would appeal.";
    let qs = quotes(t);
    let ruled = qs.iter().find(|q| q.cue.as_deref() == Some("ruled")).expect("ruled");
    assert_eq!(ruled.span.slice(t), "that the law was unconstitutional");
    assert_eq!(ruled.speaker_name, None, "{qs:?}");
    let said = qs.iter().find(|q| q.cue.as_deref() == Some("said")).expect("said");
    assert_eq!(said.speaker_span.map(|s| s.slice(t)), Some("the administration"));
    // A capitalised noun after "a" is no relative clause's head: "a super PAC that backed X".
    let t = "Conservative Solutions, a super PAC that backed Mr. Rubio until he dropped out, raised $5 million.";
    assert!(reported(t).iter().any(|(c, _, cue)| c == "Mr. Rubio" && cue == "backed"), "{:?}", reported(t));
}

#[test]
fn base_forms_after_plural_subjects_and_in_someones_view() {
    let t = "Economists at Goldman Sachs estimate that the tariffs will cost households $800 a year.";
    assert_eq!(one_reported(t, "estimate").0, "that the tariffs will cost households $800 a year");
    let t = "His allies dismiss the criticism as partisan.";
    assert_eq!(one_reported(t, "dismiss"), ("the criticism as partisan".to_string(), "His allies".to_string()));
    // A determiner makes it the noun: "an estimate".
    let t = "The agency released an estimate of the damage on Monday.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "In Mr. Trump's view, the trade deal was a disaster for American workers.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].span.slice(t), "the trade deal was a disaster for American workers");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Trump"));
}

#[test]
fn contracted_subjects_whether_after_a_venue_and_opening_speech_participles() {
    let t = "Nebraska Sen. Ben Sasse even suggested on social media that he'd look for a third-party conservative.";
    assert_eq!(one_reported(t, "suggested").0, "that he'd look for a third-party conservative");
    let t = "Cruz has questioned in recent days whether Trump has the temperament to be president.";
    assert_eq!(one_reported(t, "questioned").0, "whether Trump has the temperament to be president");
    let t = "Declaring that he alone can fix the system, the billionaire vowed to rebuild the military.";
    assert_eq!(
        one_reported(t, "Declaring"),
        ("that he alone can fix the system".to_string(), "the billionaire".to_string())
    );
    let t = "The campaign sent the committee a letter on Monday alleging that the arrangement was improper.";
    assert_eq!(one_reported(t, "alleging").0, "that the arrangement was improper");
}

#[test]
fn a_noun_that_is_also_a_cue_and_a_quote_inside_a_dashed_aside() {
    let t = "Two people familiar with the talks said the deal could be announced as soon as Friday.";
    assert_eq!(one_reported(t, "said").1, "Two people familiar with the talks");
    let t = "A representative for the brand - a small business pitched as \"the ultimate destination\" - noted that the company offers paid leave.";
    assert_eq!(
        one_reported(t, "noted"),
        ("that the company offers paid leave".to_string(), "A representative for the brand".to_string())
    );
}

#[test]
fn a_plural_group_is_no_antecedent_for_he() {
    let t = "Sen. Mark Udall spoke first. Several Republican senators have expressed concern about the nominee. \"I have no intention of resigning,\" he told The Associated Press.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("quote");
    assert_ne!(q.speaker_name.as_deref(), Some("Several Republican senators"), "{qs:?}");
}

#[test]
fn examples_after_including_stay_in_the_object() {
    let t = "Trump attacked several rivals, including Rubio and Cruz, at the rally.";
    assert_eq!(one_reported(t, "attacked").0, "several rivals, including Rubio and Cruz");
    let t = "She criticized the plan, which passed the House last week.";
    assert_eq!(one_reported(t, "criticized").0, "the plan");
}

#[test]
fn a_long_object_keeps_its_time_phrase_a_short_one_does_not() {
    let t = "Washington has accused China of hacking federal computers in recent years.";
    assert_eq!(one_reported(t, "accused").0, "China of hacking federal computers in recent years");
    let t = "The union endorsed Sanders in February.";
    assert_eq!(one_reported(t, "endorsed").0, "Sanders");
}

#[test]
fn findings_clauses_and_participles_keep_their_circumstances() {
    let t = "The poll showed Mr. Trump losing supporters after the debate on Saturday.";
    assert_eq!(one_reported(t, "showed").0, "Mr. Trump losing supporters after the debate on Saturday");
    let t = "Polling averages show Clinton with a lead in the low single digits, with RealClearPolitics showing her ahead 3 points.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "Clinton with a lead in the low single digits" && cue == "show"), "{r:?}");
    let t = "Sanders on Saturday criticized the climate accord adopted after two weeks of negotiations in Paris.";
    assert!(one_reported(t, "criticized").0.starts_with("the climate accord adopted after two weeks"));
    let t = "DNC Chair Debbie Wasserman Schultz announced Sunday she will resign her post after the convention.";
    assert_eq!(one_reported(t, "announced").0, "she will resign her post after the convention");
}

#[test]
fn a_relative_clause_after_its_preposition_stays_with_the_object() {
    let t = "Dozens of Democrats condemned the raids in which 121 adults were taken into custody.";
    assert_eq!(one_reported(t, "condemned").0, "the raids in which 121 adults were taken into custody");
}

#[test]
fn a_party_label_stays_in_the_object() {
    let t = "Trump mocked Sen. John McCain (R-Ariz.) at the rally.";
    assert!(one_reported(t, "mocked").0.starts_with("Sen. John McCain (R-Ariz."), "{:?}", reported(t));
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_up_to_its_comma() {
    let t = "While the mayor said the budget was balanced, the council voted to cut spending.";
    assert_eq!(one_reported(t, "said").0, "the budget was balanced");
    let t = "As Trump promised a wall along the border, his rivals mocked the plan.";
    assert_eq!(one_reported(t, "promised").0, "a wall along the border");
    // Without an opening subordinator the clause goes on past its comma.
    let t = "The mayor said the budget was balanced, a claim the council disputes.";
    assert!(one_reported(t, "said").0.starts_with("the budget was balanced"));
}

#[test]
fn an_expletive_it_before_seems_and_a_comparison_with_appears() {
    let t = "It seems likely that the bill will pass the Senate.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].span.slice(t).starts_with("likely that the bill"), "{qs:?}");
    let t = "The hill might even be steeper than it appears.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn a_time_phrase_alone_is_no_content() {
    let t = "Cruz, with whom he had sparred for months, stayed silent.";
    assert!(!reported(t).iter().any(|(c, _, _)| c == "for months"), "{:?}", reported(t));
    let t = "His aides argued in interviews this week that the race was tightening.";
    assert_eq!(one_reported(t, "argued").0, "that the race was tightening");
}

#[test]
fn title_case_headlines_with_past_tense_or_a_trailing_speaker() {
    let t = "Sanders Told A Female Reporter Not To 'Moan' About Hillary Clinton";
    assert_eq!(
        one_reported(t, "Told"),
        ("A Female Reporter Not To 'Moan' About Hillary Clinton".to_string(), "Sanders".to_string())
    );
    let t = "Trump Is Like A Lawyer's Dumbest Client Ever, Trevor Noah Says";
    assert_eq!(
        one_reported(t, "Says"),
        ("Trump Is Like A Lawyer's Dumbest Client Ever".to_string(), "Trevor Noah".to_string())
    );
}

#[test]
fn a_titled_listener_and_a_show_title_in_the_venue() {
    let t = "Schoen told host Sean Hannity a Clinton loss is \"increasingly likely.\"";
    assert_eq!(one_reported(t, "told").0, "a Clinton loss is \"increasingly likely.\"");
    let t = "Sanders said on ABC's \"This Week With George Stephanopoulos\" that he would \"take a look\" at such legislation.";
    assert_eq!(one_reported(t, "said").0, "that he would \"take a look\" at such legislation");
}

#[test]
fn a_lowercase_plural_head_with_a_phrase_after_it_is_a_subject() {
    let t =
        "If Clinton loses New Hampshire, insiders in the next two states said it's important that she close the gap.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c.starts_with("it's important")
            && s == "insiders in the next two states"
            && cue == "said"),
        "{r:?}"
    );
}

#[test]
fn a_quote_continuing_another_keeps_its_cue_over_a_clause_in_between() {
    let t = "\"You make mistakes along the trail,\" Gary Johnson said in Concord, referring to a town hall where he declined to criticize Clinton. \"If I had to do that over again, I'd have said: She's beholden.\"";
    let qs = quotes(t);
    let d: Vec<_> = qs.iter().filter(|q| q.direct).collect();
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(d[1].cue.as_deref(), Some("said"), "{qs:?}");
    assert_eq!(d[1].speaker_name.as_deref(), Some("Gary Johnson"));
}

#[test]
fn the_official_is_the_last_official_who_spoke_not_an_older_named_spokesman() {
    let t = "Pentagon spokesman John Kirby told reporters the strikes were necessary. \"It was a very successful operation,\" a senior defense official said. The official added that there were no U.S. casualties.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("added")).expect("added");
    assert_eq!(q.speaker_name, None, "{qs:?}");
}

#[test]
fn a_question_put_to_the_subject_in_an_aside() {
    let t = "The senator, asked whether he would support the nominee, said he had not decided.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "whether he would support the nominee" && s.is_empty() && cue == "asked"),
        "{r:?}"
    );
    assert!(r.iter().any(|(c, s, cue)| c == "he had not decided" && s == "The senator" && cue == "said"), "{r:?}");
}

#[test]
fn more_base_forms_after_plural_subjects() {
    let t = "Its defenders counter that it has created thousands of jobs.";
    assert_eq!(one_reported(t, "counter").0, "that it has created thousands of jobs");
    let t = "Critics claim the program rewards insiders.";
    assert_eq!(one_reported(t, "claim").0, "the program rewards insiders");
    // After a determiner the word is the noun.
    let t = "The claim was repeated by several candidates.";
    assert!(!reported(t).iter().any(|(_, _, cue)| cue == "claim"), "{:?}", reported(t));
}

#[test]
fn editorial_labels_and_name_lists_after_a_colon_speak_for_no_one() {
    let t = "EXCLUSIVE: In memo to Congress, Saudis insist they are fighting terrorism.";
    assert!(!quotes(t).iter().any(|q| q.cue.as_deref() == Some(":")), "{:?}", quotes(t));
    let t = "South Carolina: Andrew Collins, Barry Wynn, Bob McAlister, Boyd Brown, Chad Connelly, Cindy Costa, Clay Middleton.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn venue_participles_titled_absolute_speakers_and_the_claim_a_charge_names() {
    let t = "The ministry said in a statement posted on its website that 14 soldiers had been killed.";
    assert_eq!(one_reported(t, "said").0, "that 14 soldiers had been killed");
    let t = "The White House rejected the accusation, with press secretary Karine Jean-Pierre calling it \"absurd.\"";
    assert_eq!(one_reported(t, "calling").1, "Karine Jean-Pierre");
    let t = "Lawyers for the former president have argued that he is immune from prosecution, a claim the judge rejected in December.";
    assert_eq!(one_reported(t, "rejected"), ("he is immune from prosecution".to_string(), "the judge".to_string()));
}

#[test]
fn a_pronoun_skips_antecedents_of_the_other_sex() {
    let t = "\"I think it's time,\" said Maria Lopez, a retired teacher. \"It's a mess,\" he said of the rollout.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t) == "It's a mess").expect("quote");
    assert_ne!(q.speaker_name.as_deref(), Some("Maria Lopez"), "{qs:?}");
    let t = "Sen. John Kerry spoke first. Then Sen. Maria Cantwell took the floor. \"We need a vote,\" he said.";
    let qs = quotes(t);
    assert_eq!(qs.iter().find(|q| q.direct).and_then(|q| q.speaker_name.as_deref()), Some("John Kerry"), "{qs:?}");
    let t = "Sen. Chuck Grassley spoke first. Then Sen. Dianne Feinstein took the floor. \"We need a vote,\" he said.";
    let qs = quotes(t);
    assert_eq!(qs.iter().find(|q| q.direct).and_then(|q| q.speaker_name.as_deref()), Some("Chuck Grassley"), "{qs:?}");
}

#[test]
fn an_honorific_tells_the_sex_of_a_lone_surname() {
    let t = "Mr. Trump spoke with Ms. Pirro on Sunday about the border.\n\n\"We will build it,\" Trump said. \
             \"It is a promise to voters,\" she added.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("It is a promise")).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Pirro"), "{qs:?}");
    // A full name keeps to its given name: Juanita Castro is not the "Mr. Castro" of the story.
    let t = "Mr. Castro ruled Cuba for five decades. His sister Juanita Castro fled to Miami in 1964.\n\n\
             \"I could not remain indifferent,\" she said in an interview.";
    let qs = extract_quotes(t, &dossier_entities::extract_entities(t));
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("I could not")).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Juanita Castro"), "{qs:?}");
}

/// Quotes with the entities the pipeline gives them, and the speaker of the quote starting
/// with `start`.
fn speaker_with_entities(t: &str, start: &str) -> Option<String> {
    let qs = extract_quotes(t, &dossier_entities::extract_entities(t));
    qs.iter()
        .find(|q| q.span.slice(t).starts_with(start))
        .unwrap_or_else(|| panic!("{start}: {qs:?}"))
        .speaker_name
        .clone()
}

#[test]
fn one_member_of_a_group_is_not_named_after_it() {
    let t = "\"By every measure Marco Rubio won the night,\" a New Hampshire Republican said.";
    assert_eq!(speaker_with_entities(t, "By every measure"), None);
    let t = "A Kurdish fighter said the town had fallen to the militants on Sunday.";
    assert_eq!(speaker_with_entities(t, "the town had fallen"), None);
    // A document, an institution and a share of a group are sources.
    let t = "A UN report said the attacks had doubled since March.";
    assert_eq!(speaker_with_entities(t, "the attacks").as_deref(), Some("UN report"));
    let t = "A majority of Americans say the economy is getting worse.";
    assert_eq!(speaker_with_entities(t, "the economy").as_deref(), Some("Americans"));
}

#[test]
fn a_group_of_people_is_named_by_its_whole_phrase() {
    // The participle's subject is the whole phrase, not its capitalised modifier.
    let t = "Republican lawmakers pounced on Wednesday, saying the plan would raise taxes.";
    let q = quotes(t).into_iter().find(|q| q.cue.as_deref() == Some("saying")).expect("saying");
    assert_eq!(q.speaker_span.map(|s| s.slice(t)), Some("Republican lawmakers"));
    // At the start of a sentence as after the clause: the group is named.
    let t = "U.S. officials said the strike killed two commanders.";
    assert_eq!(speaker_with_entities(t, "the strike").as_deref(), Some("U.S. officials"));
    let t = "The strike killed two commanders, U.S. officials said.";
    assert_eq!(speaker_with_entities(t, "The strike").as_deref(), Some("U.S. officials"));
}

#[test]
fn a_state_and_party_stand_for_the_person_named_with_that_state() {
    let t = "Sen. Rand Paul (R-Ky.) opposed the nominee on Monday, and Mike Pompeo met senators on Tuesday.\n\n\
             \"I will not support him,\" the Kentucky Republican said.";
    assert_eq!(speaker_with_entities(t, "I will not support him").as_deref(), Some("Rand Paul"));
    // Without the state next to any name, nobody is guessed.
    let t = "Mike Pompeo met senators on Tuesday.\n\n\"I will not support him,\" the Kentucky Republican said.";
    assert_ne!(speaker_with_entities(t, "I will not support him").as_deref(), Some("Mike Pompeo"));
}

#[test]
fn the_body_named_earlier_speaks_for_its_head_noun() {
    let t = "The Supreme Court sided with the baker on Monday.\n\nIn a 7-2 decision, the court said the commission \
             had shown hostility to his religion.";
    assert_eq!(speaker_with_entities(t, "the commission").as_deref(), Some("Supreme Court"));
    let t = "The Justice Department opened an inquiry in March.\n\nThe department said on Friday that the \
             documents were privileged.";
    assert_eq!(speaker_with_entities(t, "that the documents").as_deref(), Some("Justice Department"));
    // A body no entity covers, from the words before the same noun.
    let t = "The Clinton campaign released the emails on Tuesday.\n\nThe campaign said the messages were routine.";
    assert_eq!(speaker_with_entities(t, "the messages").as_deref(), Some("Clinton campaign"));
    let t = "His campaign released the emails on Tuesday.\n\nThe campaign said the messages were routine.";
    assert_eq!(speaker_with_entities(t, "the messages").as_deref(), Some("campaign"));
    // Without such a body the noun names it.
    let t = "The ministry said the talks would resume on Monday.";
    assert_eq!(speaker_with_entities(t, "the talks").as_deref(), Some("ministry"));
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_stays_unnamed() {
    let t = "President Recep Tayyip Erdogan met the envoy on Monday.\n\nTurkey is likely to wait until the \
             troops have left, a senior Turkish official said.\n\n\"We will not be rushed,\" he said.";
    assert_eq!(speaker_with_entities(t, "We will not be rushed"), None);
    // Not the one who asks: the answer is the subject's.
    let t = "House Minority Leader Nancy Pelosi rejected talk of a delay after a reporter asked whether it had \
             any virtue.\n\n\"No, absolutely not,\" she said.";
    assert_eq!(speaker_with_entities(t, "No, absolutely not").as_deref(), Some("Nancy Pelosi"));
}

#[test]
fn a_pronoun_in_a_later_sentence_is_not_whom_the_speaker_told() {
    let t = "Benjamin Netanyahu turned down the invitation, saying it could \"compound the misperception of \
             partisanship.\"\n\nNetanyahu told Sen. Dick Durbin that he regrets the invitation has been seen as \
             partisan.\n\n\"I can assure you that my sole intention was to voice Israel's grave concerns,\" he told \
             the senators in a letter.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("I can assure you")).expect("quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Benjamin Netanyahu"), "{qs:?}");
}

#[test]
fn given_name_lists_are_sorted_for_binary_search() {
    assert_eq!(lx::given_name_female("Maria"), Some(true));
    assert_eq!(lx::given_name_female("John"), Some(false));
    assert_eq!(lx::given_name_female("Kim"), None);
    for list in [lx::MALE_NAMES, lx::FEMALE_NAMES] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "unsorted or repeated name");
    }
}

#[test]
fn a_noun_phrase_after_the_clause_is_the_writers_comment() {
    let t =
        "Clinton has vowed to work to repeal the Hyde Amendment, a longstanding federal provision that bars funding.";
    assert_eq!(one_reported(t, "vowed").0, "to work to repeal the Hyde Amendment");
    let t = "Seventy-two percent now believe he could win the general election, a 21-point increase since December.";
    assert_eq!(one_reported(t, "believe").0, "he could win the general election");
    // A clause after the comma is no comment: "…, a few lawmakers said" has its own verb.
    let t = "The plan would cost $5 billion, a few lawmakers said on Tuesday.";
    assert_eq!(one_reported(t, "said").0, "The plan would cost $5 billion");
}

#[test]
fn as_he_or_she_after_a_clause_is_the_speakers_moment() {
    let t = "Wasserman Schultz refused to speak to reporters as she left the breakfast on Monday.";
    assert_eq!(one_reported(t, "refused").0, "to speak to reporters");
    let t = "Sanders may now feel that way himself as he winds down his campaign.";
    assert_eq!(one_reported(t, "feel").0, "that way himself");
}

#[test]
fn the_event_where_an_attitude_was_shown_is_no_part_of_its_object() {
    let t = "On Friday, Mr. Carson endorsed Mr. Trump at a news conference at Mar-a-Lago.";
    assert_eq!(one_reported(t, "endorsed").0, "Mr. Trump");
}

#[test]
fn a_nominal_cues_object_keeps_coordinated_nouns() {
    let t = "His populist attacks on big banks and Wall Street executives resonated with voters.";
    assert_eq!(one_reported(t, "attacks").0, "big banks and Wall Street executives");
    let t = "Her criticism of the deal and she said it would fail.";
    assert_eq!(one_reported(t, "criticism").0, "the deal");
}

#[test]
fn a_negated_second_verb_stays_in_what_was_said() {
    let t = "Canova said he has not held fundraising dinners and never called a donor to ask for money.";
    assert_eq!(
        one_reported(t, "said").0,
        "he has not held fundraising dinners and never called a donor to ask for money"
    );
}

#[test]
fn a_clause_between_commas_before_said_is_what_was_said_not_an_appositive() {
    // The opening place phrase is no speaker: the source follows the cue.
    let t = "In nearby Decatur, the steel plant is under intense pressure from Asian imports, said the company's chief executive, John Ferriola.";
    let (c, s) = one_reported(t, "said");
    assert_eq!(c, "In nearby Decatur, the steel plant is under intense pressure from Asian imports");
    assert!(s.contains("John Ferriola") || s.contains("chief executive"), "speaker {s:?}");
    // An appositive holding a relative or subordinate clause is still one.
    let t = "Jane Doe, a lawyer who has represented the family for years, said the ruling was unjust.";
    assert_eq!(one_reported(t, "said"), ("the ruling was unjust".to_string(), "Jane Doe".to_string()));
    let t = "Two officials, speaking on condition of anonymity because they were not authorized to comment, said the talks had stalled.";
    assert_eq!(one_reported(t, "said").0, "the talks had stalled");
}

#[test]
fn a_coordinated_subject_after_the_comma_reports_the_clause_before_it() {
    let t = "Support for Sanders is particularly strong among younger teachers, teachers and union officials told POLITICO.";
    let (c, s) = one_reported(t, "told");
    assert_eq!(c, "Support for Sanders is particularly strong among younger teachers");
    assert_eq!(s, "teachers and union officials");
    // A list of subjects before a verb with its own object is no attribution of the clause.
    let t = "Russia backs the government as the United States, Britain and France support some opposition groups.";
    assert!(reported(t).iter().all(|(c, _, _)| !c.starts_with("Russia backs")), "{:?}", reported(t));
}

#[test]
fn a_role_and_its_name_after_a_clause_report_that_clause() {
    let t = "Sanders remains committed to the race through the convention, his top aide, Tad Devine, told The Huffington Post.";
    let (c, s) = one_reported(t, "told");
    assert_eq!(c, "Sanders remains committed to the race through the convention");
    assert!(s.contains("Tad Devine"), "{s:?}");
    let t = "Sanders remains committed to the race through the convention, his top aide, Tad Devine, said.";
    assert_eq!(one_reported(t, "said").0, "Sanders remains committed to the race through the convention");
    // A sentence opening with the role keeps the name in apposition as its speaker.
    let t = "A spokeswoman for the Pentagon, Lt. Col. Jane Doe, said the review was complete.";
    assert_eq!(one_reported(t, "said").0, "the review was complete");
}

#[test]
fn an_inverted_source_may_carry_a_relative_clause() {
    let t = "Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who point to his ties with organized labor.";
    let (c, s) = one_reported(t, "said");
    assert_eq!(c, "Defending that terrain is squarely within his wheelhouse");
    assert_eq!(s, "a handful of Democrats");
}

#[test]
fn a_show_title_closing_the_appositive_keeps_its_speaker() {
    let t = "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the refusal could disqualify him.";
    assert_eq!(
        one_reported(t, "suggested"),
        ("the refusal could disqualify him".to_string(), "Joe Scarborough".to_string())
    );
    let t = "Joe Scarborough, host of MSNBC’s “Morning Joe,” said the refusal could disqualify him.";
    assert_eq!(one_reported(t, "said").0, "the refusal could disqualify him");
}

#[test]
fn an_indefinite_description_in_apposition_makes_its_head_a_speaker() {
    let t = "The employee, a registered Republican who spoke on condition of anonymity, said she became pregnant last year.";
    assert_eq!(one_reported(t, "said"), ("she became pregnant last year".to_string(), "The employee".to_string()));
}

#[test]
fn a_floating_quantifier_stands_between_subject_and_cue() {
    let t = "Trump and Sanders have both argued that workers have lost jobs because of skewed trading rules.";
    assert_eq!(one_reported(t, "argued").0, "that workers have lost jobs because of skewed trading rules");
    let t = "The three governors all said they would sign the bill.";
    assert_eq!(one_reported(t, "said").0, "they would sign the bill");
}

#[test]
fn records_and_data_after_the_clause_are_its_source() {
    let t = "Unemployment fell to 4.9 percent in January, government data showed on Friday.";
    assert_eq!(
        one_reported(t, "showed"),
        ("Unemployment fell to 4.9 percent in January".to_string(), "government data".to_string())
    );
    let t = "The company paid no federal income taxes in 2015, tax records show.";
    assert_eq!(one_reported(t, "show").0, "The company paid no federal income taxes in 2015");
}

#[test]
fn coordinated_records_after_the_clause_are_its_source() {
    let t = "Much of that money came from companies that no longer exist, campaign and corporate records show.";
    assert_eq!(
        one_reported(t, "show"),
        (
            "Much of that money came from companies that no longer exist".to_string(),
            "campaign and corporate records".to_string()
        )
    );
}

#[test]
fn an_opener_without_its_comma_runs_into_what_was_reported() {
    let t = "After Mr. Trump took possession of the jet in 2011 he made a number of changes, records show.";
    assert_eq!(
        one_reported(t, "show").0,
        "After Mr. Trump took possession of the jet in 2011 he made a number of changes"
    );
}

#[test]
fn a_second_verb_after_an_infinitive_is_the_speakers_next_act() {
    let t = "The governor has vowed to keep abortion legal and celebrated the ruling on Monday.";
    assert_eq!(one_reported(t, "vowed").0, "to keep abortion legal");
    let t = "The senator decided not to enter the race and later endorsed her rival.";
    assert_eq!(one_reported(t, "decided").0, "not to enter the race");
    // A base form goes on with the infinitive: both were promised.
    let t = "The mayor promised to cut taxes and protect pensions.";
    assert_eq!(one_reported(t, "promised").0, "to cut taxes and protect pensions");
}

#[test]
fn a_present_tense_verb_after_the_object_is_a_second_predicate() {
    let t = "The former aide denies any wrongdoing and points out that others signed the same agreement.";
    assert_eq!(one_reported(t, "denies").0, "any wrongdoing");
    // A plural noun in the list stays with the object.
    let t = "The union criticized the plan and its sponsors in the Senate.";
    assert_eq!(one_reported(t, "criticized").0, "the plan and its sponsors in the Senate");
}

#[test]
fn a_lone_dash_after_the_clause_opens_the_writers_aside() {
    let t = "Trump repeated his claim that Clinton is unqualified - a line that drew loud cheers.";
    assert_eq!(one_reported(t, "claim").0, "that Clinton is unqualified");
    let t = "The minister said the plan -- which costs $5 billion -- would fail within a year.";
    assert_eq!(one_reported(t, "said").0, "the plan -- which costs $5 billion -- would fail within a year");
}

#[test]
fn attitude_nouns_report_without_a_possessor() {
    let t = "The company has faced criticism for the move from both candidates.";
    assert_eq!(one_reported(t, "criticism").0, "the move from both candidates");
    let t = "Voters lodged complaints that the lines were far too long.";
    assert_eq!(one_reported(t, "complaints").0, "that the lines were far too long");
    let t = "The governor made a spirited defense of the state's new voting law.";
    assert_eq!(one_reported(t, "defense").0, "the state's new voting law");
    let t = "He stayed in the race in the belief that he could win the delegates.";
    assert_eq!(one_reported(t, "belief").0, "that he could win the delegates");
    let t = "The shooting renewed calls for a ban on assault weapons.";
    assert_eq!(one_reported(t, "calls").0, "a ban on assault weapons");
    let t = "The editorial board came down in favor of gun control.";
    assert_eq!(one_reported(t, "favor").0, "gun control");
    let t = "The foundation faced accusations of favoritism toward donors.";
    assert_eq!(one_reported(t, "accusations").0, "favoritism toward donors");
    // Without its preposition the noun is only a noun.
    let t = "The criticism grew louder over the summer.";
    assert!(extract_quotes(t, &[]).is_empty());
}

#[test]
fn an_attitude_adjective_after_auxiliaries_and_adverbs() {
    let t = "The senator has often been critical of the trade deal.";
    assert_eq!(one_reported(t, "critical of"), ("the trade deal".to_string(), "The senator".to_string()));
    let t = "Former Obama operatives have been generally supportive of her bid.";
    assert_eq!(one_reported(t, "supportive of").0, "her bid");
    let t = "Many union members are unhappy with the trade deal.";
    assert_eq!(one_reported(t, "unhappy with"), ("the trade deal".to_string(), "Many union members".to_string()));
    let t = "Voters are not confident in the party's nominee.";
    assert_eq!(one_reported(t, "confident in").0, "the party's nominee");
    let t = "Party leaders were wary of steering the party too far left.";
    assert_eq!(one_reported(t, "wary of").0, "steering the party too far left");
    // Without the adjective's word it states a mood, not an attitude to something.
    assert!(reported("The crowd was angry and loud.").is_empty());
}

#[test]
fn stance_phrases_with_their_preposition() {
    let t = "Hillary Clinton came out against the Cadillac tax in September.";
    assert_eq!(one_reported(t, "came out"), ("the Cadillac tax".to_string(), "Hillary Clinton".to_string()));
    let t = "Governors in more than two dozen states balked at accepting any refugees.";
    assert_eq!(one_reported(t, "balked at").0, "accepting any refugees");
    let t = "Senate Democrats are pushing for new gun restrictions.";
    assert_eq!(one_reported(t, "pushing for"), ("new gun restrictions".to_string(), "Senate Democrats".to_string()));
    let t = "Sanders has called for a special prosecutor to investigate the foundation.";
    assert_eq!(one_reported(t, "called for").1, "Sanders");
    let t = "The Maine senator voted against the resolution, citing free speech.";
    assert_eq!(one_reported(t, "voted against"), ("the resolution".to_string(), "The Maine senator".to_string()));
    let t = "A House panel voted to hold the former aide in contempt of Congress.";
    let (c, s) = one_reported(t, "voted");
    assert!(c.starts_with("to hold the former aide") && s == "A House panel", "{c} / {s}");
    let t = "The bishop spoke of the malaise in Mexican society.";
    assert_eq!(one_reported(t, "spoke of"), ("the malaise in Mexican society".to_string(), "The bishop".to_string()));
    let t = "The spokesman commented on the reason for canceling the interview.";
    assert_eq!(one_reported(t, "commented on").0, "the reason for canceling the interview");
    let t = "Supporters of a higher minimum wage are planning to protest at the debate.";
    let (c, s) = one_reported(t, "planning");
    assert!(c.starts_with("to protest") && s.starts_with("Supporters"), "{c} / {s}");
    // "came out" of a meeting reports nothing; nor does a vote without its preposition.
    assert!(extract_quotes("The mayor came out of the meeting at noon.", &[]).is_empty());
    assert!(reported("About 40 percent of the state voted in the last primary.").is_empty());
}

#[test]
fn a_base_form_cue_after_an_aspect_verb() {
    let t = "Trump continued to question whether Cruz's birth in Canada makes him ineligible.";
    assert_eq!(
        one_reported(t, "question"),
        ("whether Cruz's birth in Canada makes him ineligible".to_string(), "Trump".to_string())
    );
    // "likely to", "tried to", "went out of his way to": the cue's subject is before them.
    let t = "Local leaders are likely to say that they have to do more.";
    assert_eq!(one_reported(t, "say").1, "Local leaders");
    let t = "Putin went out of his way to say that Russia's economy had hit bottom.";
    assert_eq!(one_reported(t, "say"), ("that Russia's economy had hit bottom".to_string(), "Putin".to_string()));
    // Not after any "to": "the right to question witnesses" reports nothing.
    assert!(reported("Lawyers have the right to question witnesses.").is_empty());
}

#[test]
fn appear_to_and_seem_to_report_how_things_seem() {
    let t = "No major polls appear to have been conducted in South Dakota before the primary.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| cue == "appear" && s.is_empty() && c.starts_with("No major polls")), "{r:?}");
    // "appear" without "to" is only a verb of showing up.
    assert!(reported("The candidates will appear on stage together tonight.").is_empty());
    assert!(reported("Warren appeared with Rachel Maddow on Thursday night.").is_empty());
    assert!(reported("Obama previously appeared with Clinton last month in Charlotte.").is_empty());
}

#[test]
fn a_judgment_passed_in_the_passive() {
    let t =
        "Janet Yellen has been repeatedly criticized by many Wall Street players for not raising rates fast enough.";
    let (c, s) = one_reported(t, "criticized");
    assert!(c.starts_with("Janet Yellen has been") && c.ends_with("fast enough"), "{c}");
    assert_eq!(s, "many Wall Street players");
    let t = "But Sanders was declared the winner in Rhode Island.";
    let (c, s) = one_reported(t, "declared");
    assert_eq!((c.as_str(), s.as_str()), ("Sanders was declared the winner in Rhode Island", ""));
    // An active judgment keeps its subject as the speaker.
    let t = "Sanders declared that he would stay in the race.";
    assert_eq!(one_reported(t, "declared").1, "Sanders");
}

#[test]
fn a_perfect_passive_and_a_share_of_respondents() {
    // The passive subject stands before "has been".
    let t = "The nominee has been endorsed by dozens of papers.";
    assert_eq!(one_reported(t, "endorsed"), ("The nominee".to_string(), "dozens of papers".to_string()));
    // A past tense after a number, before its clause, is what the share of voters said.
    let t = "Twelve percent indicated that they were not sure.";
    assert_eq!(one_reported(t, "indicated"), ("that they were not sure".to_string(), "Twelve percent".to_string()));
}

#[test]
fn adverbs_before_a_circumstance_and_that() {
    let t = "Republicans learned again during the debate that Trump will insist on being Trump.";
    assert_eq!(one_reported(t, "learned").0, "that Trump will insist on being Trump");
    let t = "Trump said repeatedly during the debate that the election was rigged.";
    assert_eq!(one_reported(t, "said").0, "that the election was rigged");
}

#[test]
fn a_clause_before_its_cue_with_a_venue_after_it() {
    let t =
        "Democrats had put the biggest crack yet in the glass ceiling, she said in a video message to the convention.";
    assert_eq!(one_reported(t, "said").0, "Democrats had put the biggest crack yet in the glass ceiling");
    // A short partial quote closing the clause does not take the clause's place.
    let t = "That will take some time to \"cool off,\" Kunin said in an interview.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c.starts_with("That will take some time") && s == "Kunin"), "{r:?}");
}

#[test]
fn but_and_an_irregular_past_ends_the_reported_clause() {
    let t = "Klein said he is friendly with Trump's in-laws but took issue with his reluctance to back the move.";
    assert_eq!(one_reported(t, "said").0, "he is friendly with Trump's in-laws");
}

#[test]
fn went_on_to_a_verb_of_naming_or_judging() {
    let t = "He went on to endorse Ayotte, calling her a rising star.";
    assert!(reported(t).iter().any(|(c, s, _)| c.starts_with("Ayotte") && s == "He"), "{:?}", reported(t));
    // "went on to win" reports nothing.
    assert!(reported("Clinton went on to win the nomination.").is_empty());
}

#[test]
fn violence_and_finding_a_way_report_nothing() {
    assert!(reported("The attacks on the airport and subway station killed 32 people.").is_empty());
    assert!(reported("Terrorist attacks on soft targets have accelerated.").is_empty());
    assert!(reported("Clinton found a way to make it so.").is_empty());
    assert!(reported("Ailes helped found Fox News in 1996.").is_empty());
    assert!(reported("Trump won Virginia, adding to his victories in Massachusetts and Alabama.").is_empty());
    assert!(reported("Nearly 120,000 voters showed up in 2008 for the contest.").is_empty());
    assert!(reported("Clinton has strong support among black voters in the South.").is_empty());
    assert!(reported("Mr. Trump officially claimed the nomination on Tuesday.").is_empty());
    assert!(reported("Two rivals, who are also seeking the nomination, stayed home.").is_empty());
    assert!(reported("It takes money away from good people. You know, the ones who went to college.").is_empty());
    assert!(reported("Bernie Sanders is conceding the race in Nevada in a phone call.").is_empty());
    assert!(reported("A former aide who has known Mr. Ryan for two decades spoke first.").is_empty());
    // Words are still attacks: "attacks on her record".
    let t = "The senator brushed off attacks on her record as secretary of state.";
    assert_eq!(one_reported(t, "attacks").0, "her record");
}

#[test]
fn a_purpose_infinitive_speaks_for_its_clause_subject() {
    let t = "The senator met with reporters on Tuesday to discuss the tax plan.";
    assert_eq!(one_reported(t, "discuss"), ("the tax plan".to_string(), "The senator".to_string()));
    let t = "Julia Hahn will come on the program to talk about immigration.";
    assert_eq!(one_reported(t, "talk"), ("immigration".to_string(), "Julia Hahn".to_string()));
    // Not every infinitive: "the right to discuss" has no clause subject speaking.
    assert!(reported("Lawmakers will get a chance to vote next week.").is_empty());
}

#[test]
fn show_as_a_noun_cues_nothing() {
    // A singular word between an article (or possessor) and "show" makes it the noun.
    for t in [
        "Jaime Camil is a big star on the hit CW show, but he is also a star in real life.",
        "Bob Friedman, a talk show host in Alabama, was at the rally.",
        "The two taped an hourlong show that aired on Thursday.",
        "These proceedings were just for show and entertainment value.",
        "Beck called Palin a clown on his radio show last week.",
        "Sadie Robertson walks in a New York fashion show in September 2013.",
    ] {
        assert!(!reported(t).iter().any(|(_, _, cue)| cue == "show"), "{t}: {:?}", reported(t));
    }
    // A plural subject, or a clause after it, keeps the verb.
    assert_eq!(one_reported("Polls in New Hampshire show the top two candidates are tied.", "show").1, "Polls");
    let t = "Data from the 2014 American Community Survey show that women held about half the jobs.";
    assert_eq!(one_reported(t, "show").0, "that women held about half the jobs");
}

#[test]
fn a_quoted_title_after_the_kind_of_work_is_not_a_quote() {
    // "the show “Shark Tank,” said …": the title names the show; the speaker is the subject.
    for t in [
        "Cuban, the host of the show \u{201c}Shark Tank,\u{201d} said the race was close.",
        "Cuban, who is also a host on the TV show \"Shark Tank,\" said the race was close.",
        "Cuban, who stars in the film \"Shark Tank,\" said the race was close.",
    ] {
        assert_eq!(one_reported(t, "said"), ("the race was close".to_string(), "Cuban".to_string()), "{t}");
        assert!(quotes(t).iter().all(|q| !q.direct), "{t}");
    }
}

#[test]
fn a_relative_clause_after_the_subject_keeps_it_the_speaker() {
    // "the man, whose name wasn't given, told Watania 1 TV": the station is who he told.
    for t in [
        "\"I heard someone firing a gun,\" the man, whose name wasn't given, told Tunisia's Watania 1 TV.",
        "\"I heard someone firing a gun,\" the man, who was not named, told the BBC.",
    ] {
        let qs = quotes(t);
        assert_eq!(qs.len(), 1, "{t}: {qs:?}");
        assert!(qs[0].direct, "{t}: {qs:?}");
        assert_eq!(qs[0].speaker_span.map(|s| s.slice(t)), Some("the man"), "{t}: {qs:?}");
    }
}

#[test]
fn they_does_not_reach_back_paragraphs_to_a_country() {
    let t = "Syria said on Monday that the strikes were illegal.\n\nThe talks went on for hours.\n\n\
             Other matters took up the afternoon.\n\nThe critics say they feel empowered to speak about China.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.cue.as_deref() == Some("feel")).expect("the critics' attribution");
    assert_eq!(q.speaker_name, None, "{qs:?}");
    // In the next paragraph "they" is still the country.
    let t = "Syria said on Monday that the strikes were illegal.\n\nThey said the talks would go on.";
    let qs = quotes(t);
    assert_eq!(qs.last().and_then(|q| q.speaker_name.as_deref()), Some("Syria"), "{qs:?}");
}

#[test]
fn a_quote_inside_narration_with_its_own_subject_is_not_the_last_speakers() {
    let t = "\"We are going to save Medicare,\" Ryan said.\n\n\
             Democrats have persistently tried to vilify that plan as a scheme to \"end Medicare as we know it.\"";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("end Medicare")).expect("the quoted line");
    assert_eq!(q.speaker_name, None, "{qs:?}");
    // Narration about "she" goes on with her words.
    let t = "\"I had a clot,\" Hillary Clinton wrote.\n\n\
             After saying her right foot was \"so swollen I could barely get my shoe on,\" she was taken to a hospital.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("so swollen")).expect("the quoted words");
    assert_eq!(q.speaker_name.as_deref(), Some("Hillary Clinton"), "{qs:?}");
}

#[test]
fn a_photo_credit_speaks_for_no_one() {
    let t = "Kim Williams inside a pawn shop in Warrensville Heights. Photograph: Paul Sobota/The Guardian\n\n\
             \"I just feel so bad for France,\" she said.";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() != Some("Photograph")), "{qs:?}");
    assert!(!qs.iter().any(|q| q.span.slice(t).contains("Sobota")), "{qs:?}");
}

#[test]
fn a_noun_object_after_a_light_verb_or_any_cues_nothing_on_its_own() {
    // Before, the words up to the noun became the speaker: "The officials even made", "The
    // story failed to include any".
    for t in [
        "The officials even made calls to Iraqi politicians.",
        "The story failed to include any mention of the refugees.",
    ] {
        let qs = quotes(t);
        assert!(
            qs.iter()
                .all(|q| !q.speaker_span.is_some_and(|s| s.slice(t).ends_with("made") || s.slice(t).ends_with("any"))),
            "{t}: {qs:?}"
        );
    }
    // The set phrase still reports, and so does a pronoun-like "another".
    assert_eq!(one_reported("The story made no mention of the refugees.", "made no mention of").1, "The story");
    assert_eq!(one_reported("Another said the race was over.", "said").1, "Another");
}

#[test]
fn a_document_with_a_contact_clause_is_named_by_its_author_not_a_place() {
    let t = "The prosecutors met with defense counsel, according to a report the prosecutors made to the judge in DC on Thursday.\n\nThe plan will cost $4 billion, according to an estimate the White House released on Monday.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].speaker_name, None);
    assert!(qs[0].speaker_span.is_some_and(|s| s.slice(t).starts_with("a report the prosecutors")));
    assert_eq!(qs[1].speaker_name.as_deref(), Some("White House"));
}

#[test]
fn a_publication_named_with_the_is_no_antecedent_for_she() {
    let t = "In 2007 Sen. Hillary Clinton criticized the administration for its secrecy, according to The Hill. \"We know about the secret wiretaps,\" she said.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("We know")).expect("the direct quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Hillary Clinton"), "{qs:?}");
}

#[test]
fn the_governor_is_the_person_titled_gov() {
    let t = "Gov. Mike Pence of Indiana said he would seek legislation to clarify the law.\n\n“I support religious liberty, and I support this law,” the governor said.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("the direct quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Mike Pence"), "{qs:?}");
}

#[test]
fn the_pronoun_after_whom_is_not_the_person_whom_stands_for() {
    let t = "Former Mayor Michael Bloomberg endorsed Clinton on Wednesday.\n\nBloomberg threw several jabs at Republican nominee Donald Trump, whom he called a \"dangerous demagogue.\"";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).contains("dangerous")).expect("the partial quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Michael Bloomberg"), "{qs:?}");
}

#[test]
fn an_opening_past_participle_clause_is_not_the_subject() {
    let t = "Asked whether he was suggesting that Mr. Obama lacked sympathy, Mr. Santorum did not back down, saying, “I think the president has a very bad record on the issue.”";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.direct).expect("the quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Santorum"), "{qs:?}");
    // A name ending in -ed is still a subject.
    let t = "Ahmed Ali, a shopkeeper in Mosul, said the market had reopened.";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.speaker_span.is_some_and(|s| s.slice(t).starts_with("Ahmed Ali"))), "{qs:?}");
}

#[test]
fn a_role_subject_is_named_by_its_appositive() {
    let t = "The committee’s chairman, Senator Richard M. Burr of North Carolina, said this week that he aimed to finish witness interviews soon.\n\nThe spokesman, who declined to be named, said the talks had stalled.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Richard M. Burr"));
    assert_eq!(qs[1].speaker_name, None);
}

#[test]
fn go_on_before_an_inverted_attribution_is_no_cue() {
    let t = "The committee’s own investigative work would go on, he signaled, though it may need to shift course.\n\nHe went on, “We will not stop.”";
    let qs = quotes(t);
    assert!(qs.iter().all(|q| q.cue.as_deref() != Some("go on")), "{qs:?}");
    assert!(qs.iter().any(|q| q.cue.as_deref() == Some("went on") && q.direct), "{qs:?}");
}

#[test]
fn an_appositive_with_a_possessor_inside_follows_the_subject() {
    let t = "On Wednesday, the Democratic Congressional Campaign Committee, House Democrats’ campaign arm, announced that Mr. Schiff would serve as a key fund-raiser.";
    let qs = quotes(t);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("Democratic Congressional Campaign Committee"));
}

#[test]
fn after_an_opening_place_the_name_between_commas_speaks() {
    let t = "In Nogales, Barbara Gudenkauf, said many of her fellow Latinos “feel like their issues aren’t being addressed.”";
    let qs = quotes(t);
    assert!(!qs.is_empty());
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() == Some("Barbara Gudenkauf")), "{qs:?}");
}

#[test]
fn a_role_after_an_opening_phrase_without_comma_still_resolves() {
    let t = "Sen. Marco Rubio criticized the deal on Tuesday.\n\nIn Wednesday's speech the senator called the policy “ineffective at best and dangerously negligent at worst.”";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).contains("ineffective")).expect("the quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Marco Rubio"), "{qs:?}");
}

#[test]
fn a_person_after_a_preposition_yields_to_the_last_speaker() {
    // "with President Juan Manuel Santos": named after a preposition, so "he" is Trump.
    let t = "“It was a very good meeting,” President Donald Trump said on Tuesday as he met with President Juan Manuel Santos of Colombia.\n\n“We need a great director of the F.B.I.,” he told reporters later.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("We need")).expect("the second quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Donald Trump"), "{qs:?}");
    // A relative clause keeps the person after the preposition in view.
    let t = "“This plan puts working Americans first,” Sen. Jeff Sessions said.\n\nThe proposal was a troubling sign for Mr. Donald Trump, who caught their attention when he said that Mexico was sending criminals.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).contains("Mexico was")).expect("the reported clause");
    assert_eq!(q.speaker_name.as_deref(), Some("Donald Trump"), "{qs:?}");
}

#[test]
fn section_labels_and_an_opening_now_do_not_speak() {
    let t = "OPINION: Donald Trump falls for Nancy Pelosi’s trap\n\nTHE FACTS: By many measures, the economy is still recovering from the recession.\n\nEarly on, Trump said the wall would be concrete. Now, it’s sounding more like this: “I never said I’m going to build a concrete wall.”";
    let qs = quotes(t);
    for q in &qs {
        let name = q.speaker_name.as_deref().unwrap_or("");
        assert!(!matches!(name, "OPINION" | "THE FACTS" | "Now"), "{qs:?}");
    }
}

#[test]
fn the_statement_continues_for_whoever_spoke_in_it() {
    let t = "\"President Obama disgracefully refused to even say the words,\" Donald Trump said in a statement released by his campaign.\n\n\"If we do not get tough and smart real fast, we are not going to have a country anymore,\" the statement continued.";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("If we")).expect("the second quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Donald Trump"), "{qs:?}");
}

#[test]
fn a_participle_subject_she_is_resolved_like_any_pronoun() {
    let t = "“For the court, it could be — I don’t even want to contemplate that,” Justice Ruth Bader Ginsburg said.\n\nShe doubled down late Monday, telling CNN: “He is a faker.”";
    let qs = quotes(t);
    let q = qs.iter().find(|q| q.span.slice(t).starts_with("He is a faker")).expect("the quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Ruth Bader Ginsburg"), "{qs:?}");
}

#[test]
fn attacks_on_places_and_forces_are_violence_not_words() {
    // Shiite groups "have increased their attacks on military headquarters and convoys".
    let t = "Iraqi Shiite groups have increased their attacks on military headquarters and convoys since January.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    let t = "The group's remnants still carry out attacks against security forces and civilians.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    let t = "Iran fired rocket attacks on US bases in Iraq earlier this week.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    // Words stay attacks: a person or a record is no physical target.
    let t = "Trump defended his attacks on Senator Warren.";
    assert_eq!(one_reported(t, "attacks").0, "Senator Warren");
}

#[test]
fn a_passive_agent_ends_before_the_cues_own_on_or_for_phrase() {
    // Atalayar: "these attacks are systematically blamed by the US on pro-Iranian factions".
    let t = "Never claimed, these attacks are systematically blamed by the US on pro-Iranian factions.";
    assert_eq!(one_reported(t, "blamed").1, "US");
    let t = "She was criticized by the Obama campaign for exaggerating her account of that trip.";
    assert_eq!(one_reported(t, "criticized").1, "the Obama campaign");
}

#[test]
fn a_relative_pronoun_after_a_prepositional_phrase_stands_for_its_noun() {
    let t =
        "Reporters turned to the Chicago Police Department, which said 2,521 shootings had been recorded by September.";
    let r = reported(t);
    assert!(
        r.iter()
            .any(|(c, s, cue)| c == "2,521 shootings had been recorded by September" && s == "which" && cue == "said"),
        "{r:?}"
    );
    let t = "He met members of the Saudi government, which has strongly denied any involvement in the attacks.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "any involvement in the attacks" && s == "which"), "{r:?}");
}

#[test]
fn an_inverted_cue_ends_at_a_semicolon() {
    let t = "It was never just about him, his aides argued in interviews this week; rather, it was about the party.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "It was never just about him" && s == "his aides" && cue == "argued"),
        "{r:?}"
    );
}

#[test]
fn as_and_an_attribution_close_the_clause_they_report() {
    let t = "The numbers changed over the summer, as Sanders has sometimes acknowledged.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "The numbers changed over the summer" && s == "Sanders"), "{r:?}");
    // "as" with a verb of its own is a comparison, not an attribution.
    let t = "He won the state easily, as he did in 2012.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
}

#[test]
fn a_participle_with_an_object_after_a_noun_reports_for_that_noun() {
    let t = "By Friday the senator faced a chorus of lawmakers urging him to resign.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c == "him to resign" && s == "lawmakers" && cue == "urging"), "{r:?}");
    let t = "Within weeks the opposition had placed newspaper ads calling the deal a $25 billion mistake.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c.starts_with("the deal a $25 billion mistake") && cue == "calling"), "{r:?}");
    // A document speaks for whoever issued it.
    let t = "The campaign released a statement condemning the remarks as reckless.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c.starts_with("the remarks") && s == "The campaign" && cue == "condemning"),
        "{r:?}"
    );
    // After a preposition or an aspectual verb the -ing form is no modifier of a noun.
    let t = "Our brains are built for maintaining our status in a social hierarchy.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    let t = "He keeps talking about the collective bargaining rights of workers.";
    assert!(reported(t).iter().all(|(_, s, _)| s != "keeps"), "{:?}", reported(t));
}

#[test]
fn a_dashed_aside_between_the_cue_and_that_is_not_what_was_said() {
    let t = "Obama argued emphatically - rebuking Mr. Trump eight times by name - that the Republican nominee had played on Americans' fears.";
    let (c, s) = one_reported(t, "argued");
    assert_eq!((c.as_str(), s.as_str()), ("that the Republican nominee had played on Americans' fears", "Obama"));
}

#[test]
fn shouting_someone_down_reports_nothing() {
    let t = "The comedian was booed and shouted down by supporters of the senator after telling them they were being ridiculous.";
    let r = reported(t);
    assert!(r.iter().all(|(_, _, cue)| cue != "shouted"), "{r:?}");
}

#[test]
fn an_object_with_its_appositive_comes_before_what_was_asked() {
    let t = "The campaign has asked NBC's Lester Holt, the moderator of the first debate, to fact check Donald Trump during the debate.";
    let (c, s) = one_reported(t, "asked");
    assert_eq!((c.as_str(), s.as_str()), ("to fact check Donald Trump during the debate", "The campaign"));
}

#[test]
fn a_comparison_after_an_inverted_cue_is_the_writers() {
    let t = "The top 1 percent would see an average tax cut of $275,000, the group said, compared with $2,700 for those in the middle.";
    let (c, s) = one_reported(t, "said");
    assert_eq!((c.as_str(), s.as_str()), ("The top 1 percent would see an average tax cut of $275,000", "the group"));
}

#[test]
fn what_comes_from_someone_is_not_what_they_said() {
    for t in [
        "Clinton enjoyed tremendous support from black voters, especially older women.",
        "Obama learned from the experience and changed course.",
    ] {
        assert!(reported(t).is_empty(), "{t}: {:?}", reported(t));
    }
    // A clause after the venue is what was said.
    let t = "The senator said from the podium that the bill would pass.";
    let (c, _) = one_reported(t, "said");
    assert_eq!(c, "that the bill would pass");
}

#[test]
fn reported_to_an_authority_before_a_that_clause_is_a_report() {
    let t = "The foundation reported to the IRS that his full-time salary was $31,592.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "that his full-time salary was $31,592"
            && s == "The foundation"
            && cue == "reported"),
        "{r:?}"
    );
    // Without a clause it is a line of command, not a report; a relative "that" is no clause.
    assert!(reported("The inspector reported directly to the governor for six years.").is_empty());
    let t = "The Libyan dictator provided regular reports to the CIA that helped capture key al Qaeda figures.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
}

#[test]
fn a_description_ending_in_a_name_between_commas_names_the_speaker() {
    let t = "First his wife, longtime Clinton aide Huma Abedin, announced they were separated.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "they were separated" && s.contains("Huma Abedin")), "{r:?}");
    let t = "But the two leading Republicans, Donald J. Trump and Senator Ted Cruz, have questioned the science of climate change.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the science of climate change" && cue == "questioned"), "{r:?}");
    // A relative clause in apposition is no description of the speaker.
    let t = "The former general counsel, who now directs the Campaign Legal Center, told Fox News that it was a mystery to him.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "that it was a mystery to him" && s == "The former general counsel"),
        "{r:?}"
    );
}

#[test]
fn headline_speaker_with_a_venue_before_the_colon() {
    let t = "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "Clinton email scandal disqualifies her for presidency" && s.contains("Mukasey")),
        "{r:?}"
    );
    // A topic label is no speaker: "Direction of Country: Right Direction – 29.3 percent".
    let t = "Direction of Country: Right Direction – 29.3 percent, Wrong Track – 62.8 percent.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    let t = "Some Democrats Say Clinton Should Drop Out of the Race";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "Clinton Should Drop Out of the Race" && s == "Some Democrats"), "{r:?}");
}

#[test]
fn a_restrictive_relative_clause_between_subject_and_speech_verb() {
    let t = "A woman who has accused the former president of assault said Sunday night that he was trying to intimidate her.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "that he was trying to intimidate her" && s == "A woman"), "{r:?}");
    let t = "Activists who want to ban the procedure said the decision will make the choice clear.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the decision will make the choice clear" && cue == "said"), "{r:?}");
    assert!(r.iter().all(|(c, _, _)| !c.contains("said")), "{r:?}");
    let t = "Another worshiper who attended the mosque and who didn't want to be named said he heard the gunman talk of revenge.";
    let r = reported(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0.as_str(), r[0].1.as_str()), ("he heard the gunman talk of revenge", "Another worshiper"));
}

#[test]
fn an_inverted_source_with_two_roles_and_a_possessive_appositive() {
    let t = "The firm lobbied for the company in New York and Florida, said lobbyist and GOP strategist Charlie Black, Manafort's former business partner.";
    let r = reported(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "The firm lobbied for the company in New York and Florida");
    assert!(r[0].1.ends_with("Charlie Black"), "{r:?}");
    let t = "The plan will fail, said attorney and former prosecutor Jane Doe.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "The plan will fail" && s.ends_with("Jane Doe")), "{r:?}");
}

#[test]
fn what_someone_said_was_reports_the_complement() {
    let t = "President Obama and other world leaders on Thursday hailed what they said was a breakthrough accord with Iran.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "was a breakthrough accord with Iran" && s == "they" && cue == "said"),
        "{r:?}"
    );
    let t = "The governor praised the Senate for stopping what he described as an unsafe nullification bill.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "as an unsafe nullification bill" && cue == "described"), "{r:?}");
    // The sentence's own verb after the noun phrase is not part of it.
    let t = "What the court described as a compromise is not a compromise at all.";
    let r = reported(t);
    assert!(r.iter().all(|(c, _, _)| c == "as a compromise"), "{r:?}");
    // Not negated knowledge, and not a belief judged by the writer.
    assert!(reported("What we don't know is whether the deal will hold.").is_empty());
    let t = "What the people who run the process believe is nonsense.";
    assert!(reported(t).iter().all(|(_, _, cue)| cue != "believe"), "{:?}", reported(t));
}

#[test]
fn the_question_opening_an_asked_sentence_is_not_the_answer() {
    let t = "Asked on Fox News who leads the party in his view, he said Ryan.";
    let r = reported(t);
    assert!(r.iter().all(|(c, _, cue)| !(cue == "said" && c.contains("leads the party"))), "{r:?}");
    let t = "Asked about the plan, Warren said she would decide later.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "she would decide later" && s == "Warren"), "{r:?}");
}

#[test]
fn a_place_after_in_is_where_the_speaker_is_not_who() {
    let org = |t: &str, w: &str| {
        let start = t.find(w).unwrap_or(0);
        EntityMention {
            span: Span::new(start, start + w.len()),
            kind: EntityKind::Organization,
            name: w.into(),
            role: None,
        }
    };
    let t = "The U.S.-led coalition in Iraq says it is pausing operations against the militants.";
    let qs = extract_quotes(t, &[org(t, "Iraq")]);
    assert!(!qs.is_empty(), "{qs:?}");
    assert!(qs.iter().all(|q| q.speaker_name.as_deref() != Some("Iraq")), "{qs:?}");
    // A publication after a study is its source.
    let t = "A recent study in the Lancet found that children generally have mild symptoms.";
    let qs = extract_quotes(t, &[org(t, "Lancet")]);
    assert!(qs.iter().any(|q| q.speaker_name.as_deref() == Some("Lancet")), "{qs:?}");
}

#[test]
fn a_sentence_adverb_is_no_speaker_and_may_precede_an_inverted_cue() {
    let t = "Still, says PolitiFact, \"calling the companies pioneers in outsourcing overstates the case.\"";
    let qs = quotes(t);
    assert!(qs.iter().any(|q| q.speaker_name.as_deref() == Some("PolitiFact")), "{qs:?}");
    let t = "However, said Smith, the plan will fail.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "the plan will fail" && s == "Smith"), "{r:?}");
    // A programme's "Today:" introduces a topic, not a speaker.
    let t = "This is The Daily. Today: A former Senate aide has accused the candidate of assault.";
    assert!(quotes(t).iter().all(|q| q.speaker_span.is_none_or(|s| s.slice(t) != "Today")), "{:?}", quotes(t));
}

#[test]
fn a_subordinate_clause_before_a_parenthetical_cue_is_part_of_the_statement() {
    let t =
        "While some low-level employees could get a slap on the wrist, she added, most would lose their clearances.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, _)| c == "While some low-level employees could get a slap on the wrist"), "{r:?}");
    assert!(r.iter().any(|(c, _, _)| c == "most would lose their clearances"), "{r:?}");
}

#[test]
fn a_conjunction_left_before_an_aside_is_trimmed_from_the_content() {
    let t = "The White House offered the administration's allies a proposal that would set up budget talks and, although the speaker has not accepted it, aides expect a deal.";
    let r = reported(t);
    assert!(r.iter().all(|(c, _, _)| !c.ends_with(" and")), "{r:?}");
}

#[test]
fn a_cue_followed_straight_by_and_has_no_object_of_its_own() {
    let t = "Officials said the operation by the security forces had concluded and all attackers were killed.";
    let r = reported(t);
    assert!(r.iter().all(|(_, _, cue)| cue != "concluded"), "{r:?}");
    assert!(r.iter().any(|(_, s, cue)| s == "Officials" && cue == "said"), "{r:?}");
    let t = "By late Wednesday, the party apologized and said it would no longer use the video.";
    let r = reported(t);
    assert!(r.iter().all(|(c, _, _)| !c.starts_with("and")), "{r:?}");
}

#[test]
fn a_plural_noun_before_a_modal_is_a_subject_not_a_cue() {
    let t = "Governors are setting dates for when their reopening plans will kick into action.";
    assert!(reported(t).iter().all(|(_, _, cue)| cue != "plans"), "{:?}", reported(t));
    let t = "Their asylum claims are being processed slowly, lawyers said.";
    assert!(reported(t).iter().all(|(_, _, cue)| cue != "claims"), "{:?}", reported(t));
    // With its own subject before it the word is a verb.
    let t = "It is a record that he hopes will set him apart from the president.";
    assert!(reported(t).iter().any(|(_, _, cue)| cue == "hopes"), "{:?}", reported(t));
    let t = "It was a move the administration says will improve access to education.";
    assert!(reported(t).iter().any(|(_, _, cue)| cue == "says"), "{:?}", reported(t));
}

#[test]
fn a_verb_of_feeling_names_who_feels_it_as_the_source() {
    // The object feels it; the subject is what the feeling is about.
    let t = "The senator's remarks about the border had angered conservative Jews in her state.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "The senator's remarks about the border"
            && s.starts_with("conservative Jews")
            && cue == "angered"),
        "{r:?}"
    );
    let t = "That irritates Clinton supporters.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "That" && s == "Clinton supporters"), "{r:?}");
    let t = "The plan is sure to horrify many Republicans.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c == "The plan" && s.ends_with("Republicans") && cue == "horrify"), "{r:?}");
    // Not a verb of feeling there: a clause after "worried", an adjective, a noun, a passive.
    let t = "U.S. officials have privately worried the conflict in Yemen risks fueling a wider war.";
    assert!(reported(t).iter().all(|(_, s, _)| s != "the conflict"), "{:?}", reported(t));
    let t = "He likes to tell his own worried aides that all is well.";
    assert!(reported(t).iter().all(|(_, _, cue)| cue != "worried"), "{:?}", reported(t));
    let t = "Many people have trouble paying their rent.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    // In the passive the subject feels it.
    let r = reported("The governor was angered by the ruling.");
    assert!(r.iter().all(|(_, s, _)| s != "the ruling"), "{r:?}");
}

#[test]
fn an_attitude_noun_after_a_light_verb_belongs_to_the_cue() {
    let t = "Members of Congress have expressed deep concern about the civilian deaths in Yemen.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, _, cue)| c == "the civilian deaths in Yemen" && cue == "expressed deep concern about"),
        "{r:?}"
    );
    let t = "The governor voiced support for the pipeline on Tuesday.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "the pipeline" && s == "The governor" && cue == "voiced support for"),
        "{r:?}"
    );
    let t = "The administration showed no sign of backing down from the tariffs.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c.starts_with("backing down") && cue == "showed no sign of"), "{r:?}");
    // "that" opens the content; a poll's "shows support for" is a finding, not an attitude.
    let t = "Economists expressed concern that growth might stall.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, _)| c == "that growth might stall"), "{r:?}");
    let t = "The poll shows support for the measure among young voters.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c.starts_with("support for the measure") && cue == "shows"), "{r:?}");
    // A time after the preposition is when, not what.
    let t = "Legal experts sounded the alarm on Monday.";
    assert!(reported(t).iter().all(|(c, _, _)| c != "Monday"), "{:?}", reported(t));
}

#[test]
fn a_cue_in_its_base_form_after_did_not_or_a_negated_modal() {
    // "blame", "recall", "rule out" are listed only as past forms; after "did not" they can
    // only be verbs, and a denial or a refusal is a statement too.
    let t = "Rubio did not blame the collapse of the talks on the president.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c.starts_with("the collapse of the talks") && s == "Rubio" && cue == "blame"),
        "{r:?}"
    );
    let t = "The senator said he didn't recall discussing the leak with the campaign.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c.starts_with("discussing the leak") && cue == "recall"), "{r:?}");
    let t = "George P. Bush told the Tribune he wouldn't endorse his father.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "his father" && cue == "endorse"), "{r:?}");
    // A plain modal is a plan or a possibility; "seem" is the writer's impression; and the
    // base form is no cue without an auxiliary ("the blame", "a recall").
    assert!(reported("The new program would offer some workers a path to residency.").is_empty());
    assert!(reported("It doesn't seem like anyone was giving him a hard time.").is_empty());
    assert!(reported("The blame for the collapse fell on the governor.").is_empty());
}

#[test]
fn what_a_source_called_something_is_the_name_it_gave() {
    let t = "Thousands marched on Sunday against what city officials called a hate crime.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, cue)| c == "a hate crime" && s == "city officials" && cue == "called"), "{r:?}");
    // The name ends before a preposition of the sentence around it.
    let t = "Trump is railing against what he calls a corrupt process in public to win over voters.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "a corrupt process" && s == "he"), "{r:?}");
    // A quoted name is a direct quote with that speaker.
    let t = "Mayor Eric Garcetti condemned what he called “a very, very small group of people.”";
    let qs = quotes(t);
    let d = direct(t, &qs);
    assert!(
        d.iter().any(|(q, s)| q.contains("small group of people") && s.as_deref() == Some("Eric Garcetti")),
        "{d:?}"
    );
}

#[test]
fn a_manner_adverb_or_out_between_a_stance_verb_and_its_preposition() {
    let t = "Mr. Trump spoke favorably of Mr. Putin's leadership.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "Mr. Putin's leadership" && cue == "spoke favorably of"), "{r:?}");
    let t = "Oakland Mayor Libby Schaaf also spoke out against the order.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the order" && cue == "spoke out against"), "{r:?}");
    let t = "He railed loudly against the trade deal.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the trade deal" && cue == "railed loudly against"), "{r:?}");
}

#[test]
fn common_nouns_after_a_named_listener_belong_to_the_listener() {
    let t = "“We will not be intimidated,” the minister told Britain’s ITV television station in an interview aired on Monday.";
    let r = reported(t);
    assert!(r.iter().all(|(c, _, _)| !c.contains("television station")), "{r:?}");
    let t = "The governor told ABC News reporters he would run again.";
    assert_eq!(reported_by(t, "told"), vec!["he would run again"]);
    let t = "She told Fox News host Sean Hannity a Clinton loss is likely.";
    assert_eq!(reported_by(t, "told"), vec!["a Clinton loss is likely"]);
    // A subject pronoun after the listener opens the clause.
    let t = "Carter told the Times he's willing to go to North Korea.";
    assert_eq!(reported_by(t, "told"), vec!["he's willing to go to North Korea"]);
}

#[test]
fn an_opening_participle_with_its_object_is_said_by_the_main_subject() {
    let t = "Citing an unfounded conspiracy theory, the candidate said the election was rigged.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "an unfounded conspiracy theory" && s == "the candidate" && cue == "Citing"),
        "{r:?}"
    );
    let t = "Citing security concerns, the State Department closed the embassy on Friday.";
    let r = reported(t);
    assert!(r.iter().any(|(c, s, _)| c == "security concerns" && s.ends_with("State Department")), "{r:?}");
    // Where or when it was said, a particle or an idiom is no object.
    for t in [
        "Speaking to reporters, the mayor said the deal was dead.",
        "Writing yesterday, the columnist said the deal was dead.",
        "Adding insult to injury, the council raised the fee again.",
    ] {
        let r = reported(t);
        assert!(r.iter().all(|(_, _, cue)| !cue.ends_with("ing")), "{t}: {r:?}");
    }
}

#[test]
fn a_name_set_off_by_commas_inside_the_object_does_not_end_it() {
    let t = "South Korea accused the North's leader, Kim Jong Un, of fanatic recklessness.";
    assert_eq!(reported_by(t, "accused"), vec!["the North's leader, Kim Jong Un, of fanatic recklessness"]);
    // An ordinary comma still ends the object.
    let t = "The senator criticized the plan, which passed on Tuesday.";
    assert_eq!(reported_by(t, "criticized"), vec!["the plan"]);
}

#[test]
fn has_yet_to_passes_its_subject_to_the_cue() {
    let t = "The senator has yet to explain why the loopholes should be retained.";
    let r = reported(t);
    assert!(
        r.iter()
            .any(|(c, s, cue)| c == "why the loopholes should be retained" && s == "The senator" && cue == "explain"),
        "{r:?}"
    );
}

#[test]
fn casting_or_seeing_someone_as_something_is_a_judgment() {
    let t = "Sanders has cast the Clintons as part of the Democratic establishment.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, cue)| c == "the Clintons as part of the Democratic establishment"
            && s == "Sanders"
            && cue == "cast"),
        "{r:?}"
    );
    let t = "Many insured voters saw the program as a burden.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "the program as a burden" && cue == "saw"), "{r:?}");
    let t = "The governor took offense at suggestions that he had lied.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c.starts_with("suggestions") && cue == "took offense at"), "{r:?}");
    // Without "as" nothing is judged.
    assert!(reported("More than 13 million people cast a vote for him.").is_empty());
    assert!(reported("I saw him at the rally on Monday.").is_empty());
}

#[test]
fn nouns_after_their_verb_and_figures_that_fall_are_not_cues() {
    // "questions" after "face"/"raises" is the verb's object, not a cue with a subject.
    for t in [
        "Both candidates face questions about their health, particularly the older one.",
        "The decision inevitably raises questions about what he might be concealing.",
    ] {
        let r = reported(t);
        assert!(r.iter().all(|(_, _, cue)| cue != "questions"), "{t}: {r:?}");
    }
    // A number falling, a duration.
    let t = "Her support declined slightly from 58 percent in the last poll to 55 percent now.";
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    assert!(reported("The two women spoke for about five minutes.").is_empty());
    // Still cues: a refusal, a topic.
    assert_eq!(reported_by("He declined to comment on the report.", "declined"), vec!["to comment on the report"]);
    assert_eq!(reported_by("They spoke for hours about the plan.", "spoke"), vec!["the plan"]);
}

#[test]
fn a_verb_right_after_a_cue_word_shows_a_noun() {
    for t in [
        "The video footage was the first glimpse of what happened before the shooting.",
        "Officers must receive the training and support needed to do their jobs.",
        "His greatest fear is that the count will be hacked.",
    ] {
        assert!(reported(t).is_empty(), "{t}: {:?}", reported(t));
    }
    // Sympathy is no report; an answer is one.
    assert!(reported("We identified with the others at whom he was taking aim.").is_empty());
    assert_eq!(reported_by("Asked whether he would run, the mayor said no.", "said"), vec!["no"]);
}

#[test]
fn telling_someone_to_do_something_is_an_order_with_its_listener() {
    let t = "Mr. Obama told his advisers to figure out how to cut emissions without Congress.";
    assert_eq!(reported_by(t, "told"), vec!["his advisers to figure out how to cut emissions without Congress"]);
    let t = "The director told his subordinates never to speak of the email.";
    assert_eq!(reported_by(t, "told"), vec!["his subordinates never to speak of the email"]);
    // "to" before a noun is where the telling went, not an order.
    assert!(reported_by("He told the story to reporters.", "told").is_empty());
}

#[test]
fn a_trailing_as_clause_reports_the_clause_before_it() {
    let t = "The party is in deep trouble, as Trump has said repeatedly.";
    let r = reported(t);
    assert!(r.contains(&("The party is in deep trouble".into(), "Trump".into(), "said".into())), "{r:?}");
    let t = "The main requirement for the visa is a lawful source of income, as a Homeland Security memo put it.";
    let r = reported(t);
    assert_eq!(
        r,
        vec![(
            "The main requirement for the visa is a lawful source of income".into(),
            "a Homeland Security memo".into(),
            "put it".into()
        )]
    );
    // Right after a quote, what was put so is the quote.
    let t = "The senator has long faced “a very hostile and dishonest press,” as Smith put it.";
    let qs = quotes(t);
    assert!(reported(t).is_empty(), "{:?}", reported(t));
    assert_eq!(direct(t, &qs), vec![("a very hostile and dishonest press", Some("Smith".to_string()))], "{qs:?}");
    // A clause of its own after the cue is not a manner of saying.
    let t = "The party is in deep trouble, as Trump said the polls show.";
    assert!(reported(t).iter().all(|(c, _, _)| c != "The party is in deep trouble"), "{:?}", reported(t));
}

#[test]
fn an_opening_with_phrase_keeps_its_cue_to_itself() {
    let t = "With Democratic leaders increasingly worried about a lack of passion among young black voters, President Obama is rolling out a new campaign message.";
    let r = reported(t);
    assert!(
        r.iter().any(|(c, s, _)| c == "a lack of passion among young black voters" && s == "Democratic leaders"),
        "{r:?}"
    );
}

#[test]
fn bragging_chastising_and_imploring_are_cues() {
    let t = "Donald Trump continually brags about his prowess in the primary debates.";
    let r = reported(t);
    assert!(
        r.contains(&("his prowess in the primary debates".into(), "Donald Trump".into(), "brags about".into())),
        "{r:?}"
    );
    let t = "The FBI director chastised Clinton for her use of the server.";
    assert_eq!(reported_by(t, "chastised"), vec!["Clinton for her use of the server"]);
    let t = "Two Democratic speechwriters implored her to bring it back.";
    assert_eq!(reported_by(t, "implored"), vec!["her to bring it back"]);
    let t = "Haugland has argued for years that delegates cannot be bound.";
    assert_eq!(reported_by(t, "argued"), vec!["that delegates cannot be bound"]);
}

#[test]
fn a_comma_inside_a_closing_quote_ends_the_clause_before_a_new_one() {
    let t = "Police said Trump's statement was “true,” but they could not resist pointing out that not every shooting ended in a death.";
    assert_eq!(reported_by(t, "said"), vec!["Trump's statement was “true,”"]);
    let t = "In another tweet, Trump called Cruz the \"ultimate hypocrite,\" linking to a story about a fundraiser in New York.";
    assert_eq!(reported_by(t, "called"), vec!["Cruz the \"ultimate hypocrite,\""]);
    // A comma inside the quote that goes on is no end: "“We will win, and win big,” he said."
    let t = "She said the deal was “a disgrace, and a dangerous one” for the country.";
    assert_eq!(reported_by(t, "said"), vec!["the deal was “a disgrace, and a dangerous one” for the country"]);
}

#[test]
fn what_employees_called_a_quoted_name_ends_before_the_sentence_verb() {
    let t =
        "The fight over what former employees have called a “fraudulent scheme” took an even uglier turn on Friday.";
    assert_eq!(reported_by(t, "called"), vec!["a “fraudulent scheme”"]);
}

#[test]
fn role_words_before_a_long_name_and_requests_for_money() {
    let t = "During the two-hour service, assistant pastor Charles Elliott III asked the congregation to stand.";
    let r = reported(t);
    assert_eq!(r, vec![("the congregation to stand".into(), "Charles Elliott III".into(), "asked".into())]);
    let t = "President Obama originally asked for $1.9 billion to fight Zika in February.";
    assert_eq!(reported_by(t, "asked"), vec!["$1.9 billion to fight Zika in February"]);
    let t = "Vargas asked the former secretary of state during a Telemundo Facebook chat if she would commit to the pledge.";
    assert_eq!(reported_by(t, "asked"), vec!["if she would commit to the pledge"]);
}

#[test]
fn an_expected_act_keeps_a_subject_with_its_relative_clause() {
    let t = "The central bank, which has held rates near zero since 2008, is expected to act in December.";
    assert_eq!(
        reported_by(t, "expected"),
        vec!["The central bank, which has held rates near zero since 2008, is expected to act in December"]
    );
    let t = "Trump, a regular in recent years, isn’t expected to attend.";
    assert_eq!(reported_by(t, "expected"), vec!["Trump, a regular in recent years, isn’t expected to attend"]);
}

#[test]
fn a_short_quote_inside_an_opening_phrase_is_not_the_next_cues_quote() {
    let t = "Bemoaning the \"phony system,\" Trump accused Holt of being a Democrat.";
    let qs = quotes(t);
    assert!(direct(t, &qs).is_empty(), "{qs:?}");
    assert_eq!(reported_by(t, "accused"), vec!["Holt of being a Democrat"]);
    let t = "Citing the \"phony system,\" Trump accused Holt of bias.";
    assert_eq!(reported_by(t, "Citing"), vec!["the \"phony system,\""]);
    // A quote opening the sentence is still the speaker's.
    let t = "“We will win this state,” Trump said.";
    assert_eq!(direct(t, &quotes(t)), vec![("We will win this state", Some("Trump".to_string()))]);
}

#[test]
fn a_name_after_an_opening_phrase_is_no_clause_before_the_cue() {
    let t = "In her 2003 book, Living History, Clinton noted the clot’s existence.";
    assert_eq!(reported_by(t, "noted"), vec!["the clot’s existence"]);
    let t = "On the campaign trail, the plan is dead, he said.";
    assert_eq!(reported_by(t, "said"), vec!["the plan is dead"]);
}

#[test]
fn pressing_is_asking_again_but_not_pushing() {
    let t = "Hewitt had pressed him on his failure to release tax returns.";
    assert_eq!(reported_by(t, "pressed"), vec!["his failure to release tax returns"]);
    let t = "When pressed on why the plan leaves out fathers, the mother said nothing.";
    assert_eq!(reported_by(t, "pressed"), vec!["why the plan leaves out fathers"]);
    let t = "Pressed again about all the vice-president chatter, Perez just stared.";
    assert_eq!(reported_by(t, "Pressed"), vec!["all the vice-president chatter"]);
    let t = "Sanders pressed Clinton to do more for his supporters.";
    assert_eq!(reported_by(t, "pressed"), vec!["Clinton to do more for his supporters"]);
    let t = "Viewers spread across the lawn and pressed against a fence.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "Republicans pressed ahead with the bill.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn a_poll_with_its_relative_clause_and_a_purpose_to_accuse() {
    let t = "The USC Dornsife/Los Angeles Times tracking poll, which tracks support for the candidates daily, showed that Trump is leading Clinton.";
    assert_eq!(reported_by(t, "showed"), vec!["that Trump is leading Clinton"]);
    let t = "Trump took to Twitter overnight to accuse Clinton’s campaign of being duped by a con artist.";
    let r = reported(t);
    assert_eq!(r, vec![("Clinton’s campaign of being duped by a con artist".into(), "Trump".into(), "accuse".into())]);
    // Not a plan that has not happened: "took a trip to Paris" reports nothing.
    let t = "She took a trip to Paris last year.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn a_quotes_own_comma_before_a_participle_or_the_speaker() {
    let t = "Peabody said: \"Patriot Coal was highly successful as an independent company,\" adding that its market value quadrupled in a year.";
    let r = reported(t);
    assert!(
        r.contains(&("that its market value quadrupled in a year".into(), "Peabody".into(), "adding".into())),
        "{r:?}"
    );
    let t = "The deal is “dead on arrival,” Senate leaders said Tuesday, warning that the House would not vote on it.";
    assert_eq!(reported_by(t, "said"), vec!["The deal is “dead on arrival,”"]);
    let t = "The plan was a \"total failure,\" according to the statement, and it would be replaced.";
    assert_eq!(reported_by(t, "according to"), vec!["The plan was a \"total failure,\""]);
}

#[test]
fn a_passive_accusation_and_a_clause_of_time_after_the_content() {
    let t = "Mr. Quiros was accused of using $50 million for personal expenses.";
    assert_eq!(reported_by(t, "accused"), vec!["Mr. Quiros was accused of using $50 million for personal expenses"]);
    // A charge named by a participle is no accusation anyone made here.
    let t = "The man accused of killing nine people appeared in court on Monday.";
    assert!(reported_by(t, "accused").is_empty(), "{:?}", quotes(t));
    let t = "Sanders said the party had changed, after he lost the New York primary.";
    assert_eq!(reported_by(t, "said"), vec!["the party had changed"]);
}

#[test]
fn a_gloss_on_a_closing_name_and_a_second_poll_share() {
    let t = "Critics say resources could be better spent in partnership with NATO, the existing military alliance that includes the United States.";
    assert_eq!(reported_by(t, "say"), vec!["resources could be better spent in partnership with NATO"]);
    // A list before the verb is no gloss.
    let t = "Schiff said hacking of the DNC, the DCCC and state election offices can be traced to Russia.";
    assert_eq!(
        reported_by(t, "said"),
        vec!["hacking of the DNC, the DCCC and state election offices can be traced to Russia"]
    );
    let t = "In the poll, 5 percent prefer Gary Johnson and 1 percent support Jill Stein.";
    let r = reported(t);
    assert!(r.iter().any(|(c, _, cue)| c == "Gary Johnson" && cue == "prefer"), "{r:?}");
    let t = "Officials said between 40 and 50 percent of the ballots were counted.";
    assert_eq!(reported_by(t, "said"), vec!["between 40 and 50 percent of the ballots were counted"]);
}

#[test]
fn the_medium_or_event_of_an_act_is_not_its_object() {
    let t = "Trump attacked Machado in early-morning tweets.";
    assert_eq!(reported_by(t, "attacked"), vec!["Machado"]);
    let t = "He praised the troops at a rally in Ohio.";
    assert_eq!(reported_by(t, "praised"), vec!["the troops"]);
    let t = "Clinton said the plan would fail in an interview with CNN.";
    assert_eq!(reported_by(t, "said"), vec!["the plan would fail"]);
    // A clause after the phrase keeps it: it is no closing circumstance.
    let t = "Clinton said the plan described in a statement on Monday would fail.";
    assert_eq!(reported_by(t, "said"), vec!["the plan described in a statement on Monday would fail"]);
}

#[test]
fn a_second_act_after_an_object_and_a_coordinated_seeming() {
    let t = "The bank praised Mr. Clarke's work preserving the property but also had to give him more time.";
    assert_eq!(reported_by(t, "praised"), vec!["Mr. Clarke's work preserving the property"]);
    let t = "Anderson largely agreed with McLenny and seemed to think the outreach was phony.";
    assert_eq!(reported_by(t, "seemed"), vec!["to think the outreach was phony"]);
    // On its own the subject is part of how things seem.
    let t = "Ben Carson appears to be slipping in the polls.";
    assert_eq!(reported_by(t, "appears"), vec!["Ben Carson appears to be slipping in the polls"]);
}

#[test]
fn contrasts_and_subordinate_openings_inside_the_sentence() {
    let t = "Obama leaves a raft of new rules that promise to transform the economy but are likely to draw fire from Republicans.";
    assert_eq!(reported_by(t, "promise"), vec!["to transform the economy"]);
    let t =
        "Officials debated whether the video should be released, even as footage circulated widely on social media.";
    assert_eq!(reported_by(t, "debated"), vec!["whether the video should be released"]);
    let t = "Trump has interest in few policies, and once he has said his piece, he is ready to move on.";
    assert_eq!(reported_by(t, "said"), vec!["his piece"]);
}

#[test]
fn a_list_of_quoted_words_a_named_clause_after_sure_and_a_parenthetical_until() {
    let t = "Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"";
    assert_eq!(
        reported_by(t, "called"),
        vec!["the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\""]
    );
    let t = "She was sure Trump would triumph in November.";
    assert_eq!(reported_by(t, "sure"), vec!["Trump would triumph in November"]);
    let t = "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.";
    // Both sides of the parenthetical are what was said, by the same speaker.
    let r = reported(t);
    assert_eq!(
        r,
        vec![
            ("Lenox was a juggernaut".into(), "Clarke".into(), "said".into()),
            ("until it went bankrupt in 1999".into(), "Clarke".into(), "said".into())
        ]
    );
}
