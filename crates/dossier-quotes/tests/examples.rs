//! The founding example corpus: every quotation found, with the right speaker.
use dossier_quotes::extract_quotes;

fn read(name: &str) -> String {
    let path = format!("{}/../../examples/iraq-2020-2024/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The direct quote that starts with `opening` must exist and be credited to `surname`.
fn assert_quote(text: &str, opening: &str, surname: &str) {
    let qs = extract_quotes(text, &[]);
    let q = qs
        .iter()
        .filter(|q| q.direct)
        .find(|q| q.span.slice(text).starts_with(opening))
        .unwrap_or_else(|| panic!("no direct quote starting {opening:?}"));
    let name = q.speaker_name.clone().unwrap_or_default();
    assert!(name.contains(surname), "{opening:?}: speaker {name:?}, want {surname}");
    let sp = q.speaker_span.expect("speaker span");
    assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
}

#[test]
fn article_2020_mcenany_caggings_ibrahim_macron() {
    let t = read("000_374576d6bf8acb80.txt");
    assert_quote(&t, "ensure that the Iraqi security forces", "McEnany");
    assert_quote(&t, "We believe that now is the time", "McEnany");
    assert_quote(&t, "has invested $347 million", "Caggings");
    assert_quote(&t, "Our relations will continue", "Ibrahim");
    assert_quote(&t, "combating terrorism", "Ibrahim");
    assert_quote(&t, "Iraq has been going through", "Macron");
    assert_quote(&t, "the second challenge", "Macron");
}

#[test]
fn arab_observer_araji_heras_maan_and_no_scare_quotes() {
    let t = read("001_3f0e4b3936e483c8.txt");
    assert_quote(&t, "We are officially announcing", "Aaraji");
    assert_quote(&t, "The relationship with the international coalition", "Aaraji");
    assert_quote(&t, "continues to have the same military role", "Heras");
    // The open multi-paragraph quote: both paragraphs are Heras's.
    assert_quote(&t, "Put simply", "Heras");
    assert_quote(&t, "The White House is well aware", "Heras");
    assert_quote(&t, "the coalition will have completely finished", "Maan");
    let qs = extract_quotes(&t, &[]);
    // The headline's “ISIS” and the subhead ‘Change in messaging’ are not quotes.
    assert!(!qs.iter().any(|q| q.direct && q.span.slice(&t) == "ISIS"));
    assert!(!qs.iter().any(|q| q.span.slice(&t).starts_with("Change in messaging")));
}

#[test]
fn atalayar_araji_mckenzie_shammari() {
    let t = read("002_6940a4e5b6dc9620.txt");
    assert_quote(&t, "the end of the coalition forces' combat missions", "al-Araji");
    assert_quote(&t, "the relationship with the international coalition will continue", "al-Araji");
    assert_quote(&t, "Despite the transformation", "McKenzie");
    assert_quote(&t, "We've pulled out of bases", "McKenzie");
    assert_quote(&t, "So, as long as they want it", "McKenzie");
    assert_quote(&t, "want all US forces to leave Iraq", "McKenzie");
    assert_quote(&t, "Iran is still pursuing", "McKenzie");
    assert_quote(&t, "a sign of the desperation", "McKenzie");
    assert_quote(&t, "This change sets the Iraqi forces", "al-Shammari");
    assert_quote(&t, "our soldiers have demonstrated", "al-Shammari");
}

#[test]
fn article_2024_romanowski_sudani_cradle() {
    let t = read("003_f02f5742daf040f3.txt");
    assert_quote(&t, "We both assess ISIS is still a threat", "Romanowski");
    assert_quote(&t, "ISIS is a common terrorist enemy", "Romanowski");
    assert_quote(&t, "The justifications for the foreign forces", "al-Sudani");
    assert_quote(&t, "no longer poses a threat", "al-Sudani");
    assert_quote(&t, "the capabilities of the Iraqi security forces", "al-Sudani");
    assert_quote(&t, "In 2011, US support for ISIS", "Cradle");
}

#[test]
fn every_span_lies_on_char_boundaries() {
    for f in
        ["000_374576d6bf8acb80.txt", "001_3f0e4b3936e483c8.txt", "002_6940a4e5b6dc9620.txt", "003_f02f5742daf040f3.txt"]
    {
        let t = read(f);
        for q in extract_quotes(&t, &[]) {
            for s in [Some(q.span), q.speaker_span, q.cue_span].into_iter().flatten() {
                assert!(s.start <= s.end && s.end <= t.len(), "{f}: {s:?}");
                assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end), "{f}: {s:?}");
            }
        }
    }
}
