use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn figs(text: &str) -> Vec<Figure> {
    extract_figures(text, Some(d("2021-12-10")), &[])
}

/// The one figure in `text` (fails if there is not exactly one).
fn one(text: &str) -> Figure {
    let f = figs(text);
    assert_eq!(f.len(), 1, "{text:?} gave {f:#?}");
    f.into_iter().next().unwrap()
}

/// A time expression over the first occurrence of `needle` in `text`.
fn time(text: &str, needle: &str, kind: TimexType, value: &str) -> TimeExpr {
    let start = text.find(needle).unwrap();
    TimeExpr { span: Span::new(start, start + needle.len()), kind, value: Some(value.into()) }
}

#[test]
fn personnel_with_hedge() {
    let f = one("The Pentagon said about 2,200 personnel would leave the country.");
    assert_eq!(f.value, 2200.0);
    assert_eq!(f.qualifier.as_deref(), Some("about"));
    assert_eq!(f.counts.as_deref(), Some("personnel"));
    assert_eq!(f.unit, None);
    assert_eq!(f.date.as_deref(), Some("2021-12-10"));
}

#[test]
fn troops_plain_and_with_nationality() {
    let f = one("The reduction leaves just 3,000 troops in the country.");
    assert_eq!((f.value, f.counts.as_deref(), f.qualifier.as_deref()), (3000.0, Some("troops"), Some("just")));
    let f = one("There are still 2,500 US troops stationed in Iraq.");
    assert_eq!(f.counts.as_deref(), Some("US troops"));
    let f = one("Washington will keep 3,000 U.S. troops in Iraq.");
    assert_eq!(f.counts.as_deref(), Some("U.S. troops"));
}

#[test]
fn money_scaled_with_iso_code() {
    let text = "The coalition has invested $347 million here to improve the runway.";
    let f = one(text);
    assert_eq!(f.value, 347_000_000.0);
    assert_eq!(f.unit.as_deref(), Some("USD"));
    assert_eq!(f.counts, None);
    assert_eq!(f.span.slice(text), "$347 million");
    assert_eq!(one("The bank lent €1.2bn to the city.").unit.as_deref(), Some("EUR"));
    assert_eq!(one("The bank lent €1.2bn to the city.").value, 1_200_000_000.0);
    let f = one("Britain pledged £3.5m in aid.");
    assert_eq!((f.value, f.unit.as_deref()), (3_500_000.0, Some("GBP")));
    let f = one("Salaries worth 400 billion Iraqi dinars were delayed.");
    assert_eq!((f.value, f.unit.as_deref()), (400e9, Some("IQD")));
    let f = one("The deal is worth US$2.5 billion.");
    assert_eq!((f.value, f.unit.as_deref()), (2.5e9, Some("USD")));
    let f = one("Tickets cost 25 euros each.");
    assert_eq!((f.value, f.unit.as_deref()), (25.0, Some("EUR")));
}

#[test]
fn word_numbers() {
    let f = one("The coalition has departed eight bases across Iraq.");
    assert_eq!((f.value, f.counts.as_deref()), (8.0, Some("bases")));
    let f = one("Forces handed over three bases to the Iraqi army.");
    assert_eq!((f.value, f.counts.as_deref()), (3.0, Some("bases")));
    assert_eq!(one("Police detained a dozen protesters.").value, 12.0);
    assert_eq!(one("Officials counted twenty-five victims.").value, 25.0);
    assert_eq!(one("The fund reached three hundred and twenty million dollars.").value, 320e6);
    let f = one("The war displaced half a million people.");
    assert_eq!((f.value, f.counts.as_deref()), (500_000.0, Some("people")));
    let f = one("Hundreds of protesters gathered in Tahrir Square.");
    assert_eq!((f.value, f.counts.as_deref(), f.qualifier.as_deref()), (100.0, Some("protesters"), Some("more than")));
    let f = one("Tens of thousands of people marched.");
    assert_eq!(f.value, 10_000.0);
}

#[test]
fn coordinated_counts_share_the_head() {
    let text = "In effect, about 2,500 US and 1,000 other coalition troops deployed in Iraq will remain there.";
    let f = figs(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(
        (f[0].value, f[0].counts.as_deref(), f[0].qualifier.as_deref()),
        (2500.0, Some("US troops"), Some("about"))
    );
    assert_eq!((f[1].value, f[1].counts.as_deref()), (1000.0, Some("coalition troops")));
    let f = figs("Flood waters rose eight to 10 feet in places.");
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].unit.as_deref(), Some("ft"));
    assert_eq!(f[1].unit.as_deref(), Some("ft"));
}

#[test]
fn countries_fighters_lorries_casualties() {
    let f = one("The coalition has included more than 80 countries, among them Britain.");
    assert_eq!((f.value, f.counts.as_deref(), f.qualifier.as_deref()), (80.0, Some("countries"), Some("more than")));
    let f = one("A UN report said ISIS maintains some 10,000 fighters in Iraq and Syria.");
    assert_eq!((f.value, f.counts.as_deref(), f.qualifier.as_deref()), (10_000.0, Some("fighters"), Some("some")));
    let f = one("It underlined the departure of more than 2,100 lorries carrying military equipment.");
    assert_eq!(f.counts.as_deref(), Some("lorries carrying military equipment"));
    let f = one("ISIS claimed the shooting at a concert, in which 137 people were killed.");
    assert_eq!((f.value, f.counts.as_deref()), (137.0, Some("people killed")));
    let f = one("At least 40 civilians killed in the strike were children.");
    assert_eq!((f.counts.as_deref(), f.qualifier.as_deref()), (Some("civilians killed"), Some("at least")));
}

#[test]
fn percent_and_measures() {
    let f = one("Turnout fell to 40% in Baghdad.");
    assert_eq!((f.value, f.unit.as_deref()), (40.0, Some("percent")));
    let f = one("Prices rose 25 percent last year.");
    assert_eq!((f.value, f.unit.as_deref()), (25.0, Some("percent")));
    let f = one("Unemployment rose 3.5 per cent.");
    assert_eq!((f.value, f.unit.as_deref()), (3.5, Some("percent")));
    let f = one("Nearly 60% of voters stayed home.");
    assert_eq!((f.counts.as_deref(), f.qualifier.as_deref()), (Some("voters"), Some("nearly")));
    let f = one("The convoy stretched 1.5 km along the road.");
    assert_eq!((f.value, f.unit.as_deref()), (1.5, Some("km")));
    assert_eq!(one("The bomb weighed 250kg.").unit.as_deref(), Some("kg"));
    assert_eq!(one("Exports reached 3.2 million tonnes.").value, 3.2e6);
    assert_eq!(one("Exports reached 3.2 million tonnes.").unit.as_deref(), Some("t"));
    assert_eq!(one("Winds reached 120 miles per hour.").unit.as_deref(), Some("mph"));
    assert_eq!(one("Temperatures hit 50 degrees Celsius in Basra.").unit.as_deref(), Some("°C"));
    assert_eq!(one("The field pumps 500,000 barrels a day.").unit.as_deref(), Some("barrel/day"));
}

#[test]
fn qualifiers_are_normalised() {
    let q = |t: &str| one(t).qualifier;
    assert_eq!(q("Roughly 300 families fled.").as_deref(), Some("about"));
    assert_eq!(q("Approximately 300 families fled.").as_deref(), Some("about"));
    assert_eq!(q("Almost 300 families fled.").as_deref(), Some("nearly"));
    assert_eq!(q("Over 300 families fled.").as_deref(), Some("more than"));
    assert_eq!(q("Up to 300 families fled.").as_deref(), Some("up to"));
    assert_eq!(q("Fewer than 300 families fled.").as_deref(), Some("less than"));
    assert_eq!(q("Under 300 families fled.").as_deref(), Some("less than"));
    assert_eq!(q("As many as 300 families fled.").as_deref(), Some("up to"));
    assert_eq!(q("300 families fled.").as_deref(), None);
}

#[test]
fn years_dates_times_and_ids_are_not_figures() {
    assert!(figs("It was defeated in Iraq in 2017 after offensives by Iraqi forces.").is_empty());
    assert!(figs("The mission ended on Dec. 9, 2021, officials said.").is_empty());
    assert!(figs("Iraq declared victory against ISIS in December 2017.").is_empty());
    assert!(figs("Pro-Iranian factions set a December 31 deadline.").is_empty());
    assert!(figs("The city was captured on 10 June 2014.").is_empty());
    assert!(figs("The talks resume at 10:30 am on Monday.").is_empty());
    assert!(figs("The briefing starts at 5 p.m. in Baghdad.").is_empty());
    assert!(figs("A soldier from the 3rd Battalion 8th Cavalry Division on patrol.").is_empty());
    assert!(figs("*** Local Caption *** 205570-01-08.jpg").is_empty());
    assert!(figs("Call the embassy on +44 20 7946 0958 or (202) 555-0100.").is_empty());
    assert!(figs("The app was updated to version 2.5 and iOS 14.2.1 last week.").is_empty());
    assert!(figs("Windows 10 is still popular, and so is Boeing 737 MAX.").is_empty());
    assert!(figs("Phones running Android 11.0 get the patch.").is_empty());
    assert!(figs("Unlike 401(k) plans, 7-Eleven's offer is new.").is_empty());
    assert!(figs("The first convoy left; the second followed.").is_empty());
    assert!(figs("He was one of the commanders who planned it.").is_empty());
    assert!(figs("She was the one who signed the order.").is_empty());
    assert!(figs("The COVID-19 pandemic and the F-16 deal.").is_empty());
    assert!(figs("The protests of the 1990s reshaped the city.").is_empty());
}

#[test]
fn numbers_inside_time_expressions_are_skipped() {
    let text = "After seven years of fighting, 2,500 troops remain.";
    let times = [time(text, "seven years", TimexType::Duration, "P7Y")];
    let f = extract_figures(text, None, &times);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].value, 2500.0);
    assert_eq!(f[0].date, None);
}

#[test]
fn date_from_the_same_clause_or_publication() {
    let text = "In November, it reported the departure of more than 2,100 lorries. The US has 2,500 troops in Iraq.";
    let times = [time(text, "November", TimexType::Date, "2021-11")];
    let f = extract_figures(text, Some(d("2021-12-10")), &times);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].date.as_deref(), Some("2021-11"));
    assert_eq!(f[1].date.as_deref(), Some("2021-12-10"));
    let text = "As of this March, the US has more than 2,500 troops in Iraq.";
    let times = [time(text, "this March", TimexType::Date, "2024-03")];
    let f = extract_figures(text, Some(d("2024-03-25")), &times);
    assert_eq!(f[0].date.as_deref(), Some("2024-03"));
    // A time in another sentence does not date the figure; a duration never does.
    let text = "Talks began in 2019. Some 5,000 troops stayed for three years.";
    let times = [time(text, "2019", TimexType::Date, "2019"), time(text, "three years", TimexType::Duration, "P3Y")];
    let f = extract_figures(text, Some(d("2021-12-10")), &times);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].date.as_deref(), Some("2021-12-10"));
}

#[test]
fn example_corpus_paragraph() {
    let text = "A further 2,200 United States military personnel have been withdrawn from Iraq. \
                The coalition has departed eight bases across Iraq in 2020.";
    let f = figs(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].counts.as_deref(), Some("United States military personnel"));
    assert_eq!(f[1].counts.as_deref(), Some("bases"));
}

#[test]
fn spans_cover_the_figure() {
    let text = "Officials said about 2,500 troops remain.";
    let f = one(text);
    assert_eq!(f.span.slice(text), "about 2,500 troops");
}

#[test]
fn odd_input_does_not_panic() {
    for t in [
        "",
        " ",
        "1",
        "$",
        "$$$",
        "½",
        "-",
        "1/0",
        "0/0 km",
        "1e308 million billion trillion",
        "99999999999999999999999999999999999999 billion",
        "١٢٣ 一二三 ५",
        "e\u{301}1,5",
        "€",
        "1-",
        "-1",
        "1.",
        ".1",
        "1,",
        "US$",
        "a dozen",
        "hundreds of",
        "twenty-",
        "one-",
        "three quarters",
        "\u{200b}5\u{200b}%",
        "5\u{301}0",
        "🙂 10 🙂 kg",
    ] {
        let f = figs(t);
        for x in f {
            assert!(t.is_char_boundary(x.span.start) && t.is_char_boundary(x.span.end));
            assert!(x.span.start <= x.span.end && x.span.end <= t.len());
        }
    }
    let huge = "About 2,500 US troops and $347 million. ".repeat(20_000);
    assert_eq!(figs(&huge).len(), 40_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn never_panics_and_spans_are_sound(s in "\\PC{0,80}", n in 0u32..100_000) {
        let text = format!("{s} {n} {s}% about {n} troops €{n}bn");
        let times = [TimeExpr { span: Span::new(0, s.len()), kind: TimexType::Date, value: Some("2020".into()) }];
        let f = extract_figures(&text, None, &times);
        let mut last_end = 0;
        for x in &f {
            prop_assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
            prop_assert!(x.span.start >= last_end && x.span.end <= text.len());
            last_end = x.span.end;
        }
    }
}

#[test]
fn fractions_cents_and_rates() {
    let f = one("Two-thirds of voters backed the deal.");
    assert!((f.value - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(f.counts.as_deref(), Some("voters"));
    assert!((one("A third of the staff left.").value - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(one("The ticket cost thirteen dollars and forty-five cents.").value, 13.45);
    let f = one("The bid values the firm at $1.40 a share.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts.as_deref()), (1.4, Some("USD"), Some("per share")));
}

#[test]
fn pronoun_one_and_idioms_are_not_figures() {
    assert!(figs("No one wants a return to war.").is_empty());
    assert!(figs("As one wants to believe, the talks went well.").is_empty());
    assert!(figs("The minister promised zero tolerance for graft.").is_empty());
    assert!(figs("He met one McCrory aide in Baghdad.").is_empty());
    assert_eq!(one("Only one soldier was hurt.").counts.as_deref(), Some("soldier hurt"));
    assert_eq!(one("There were zero casualties.").value, 0.0);
}

#[test]
fn verbs_after_a_count_are_not_counted() {
    assert_eq!(one("Then the two crossed the border.").counts, None);
    assert_eq!(one("Sales were 1.7 percent larger.").counts, None);
    assert_eq!(one("The aid was $500 billion worth.").counts, None);
}

#[test]
fn index_names_and_half_dozen() {
    let f = figs("Britain's FTSE 100 fell a full percentage point to 6,616.55.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].value, 6616.55);
    assert_eq!(one("He wiped his tears a half dozen times.").value, 6.0);
    assert_eq!(one("A survey of 500 likely voters was held.").counts.as_deref(), Some("likely voters"));
    assert!(figs("Most agree the attacks of 9/11 changed everything.").is_empty());
}

#[test]
fn news_style_measures() {
    let f = one("Police said the 15 year-old students were unharmed.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts.as_deref()), (15.0, Some("year"), Some("students")));
    let f = figs("The figure drops to just 87 mph (140 km/h) with armour.");
    assert_eq!(f.len(), 2);
    assert_eq!((f[0].unit.as_deref(), f[1].unit.as_deref()), (Some("mph"), Some("km/h")));
    let f = figs("A meal costs eight or nine euros in the evening.");
    assert_eq!(f.len(), 2);
    assert_eq!((f[0].value, f[0].unit.as_deref()), (8.0, Some("EUR")));
    assert_eq!(one("Footballers pledge 1% of their earnings.").counts.as_deref(), Some("earnings"));
    assert!(figs("Oklahoma and Texas lead the Big 12 this season.").is_empty());
}

#[test]
fn halves_grand_names_and_verbs() {
    assert_eq!(one("One-and-a-half million Arab men and women voted.").value, 1_500_000.0);
    assert_eq!(one("It costs two and a half million dollars.").value, 2_500_000.0);
    assert_eq!(one("A graduate can make $200 grand a year.").value, 200_000.0);
    let f = figs("Candidates needed 1% or 65,000 unique donors.");
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].counts, None);
    assert!(figs("The Uranium One deal drew scrutiny.").is_empty());
    assert_eq!(one("But the past 366 days weren't a total loss.").counts, None);
    assert_eq!(one("Print newspapers will one day disappear.").counts, None);
}

#[test]
fn hedged_years_stay_years() {
    assert!(figs("The men had been cleared for release since at least 2009.").is_empty());
    assert!(figs("Turnout was up sharply over 2014 through Wednesday.").is_empty());
    assert_eq!(one("Police estimated the crowd at about 1500 people.").value, 1500.0);
}

#[test]
fn ranges_share_unit_and_scale() {
    let f = figs("Officials said 10-15 people were hurt.");
    assert_eq!(f.iter().map(|x| x.value).collect::<Vec<_>>(), [10.0, 15.0]);
    assert_eq!(f[0].counts.as_deref(), Some("people hurt"));
    let f = figs("The deal is worth $2-3 million.");
    assert_eq!(
        f.iter().map(|x| (x.value, x.unit.clone())).collect::<Vec<_>>(),
        [(2e6, Some("USD".to_string())), (3e6, Some("USD".to_string()))]
    );
    let f = figs("Growth of 3-5% is expected.");
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].unit.as_deref(), Some("percent"));
    let f = figs("Revenue rose 4.8% to $13.18 billion.");
    assert_eq!((f[0].value, f[1].value), (4.8, 13.18e9));
    assert!(figs("The team won 3-1 on Sunday.").is_empty());
    assert!(figs("In 2014-2017 the group held Mosul.").is_empty());
    assert!(figs("The court's 5-4 majority upheld it.").is_empty());
}

#[test]
fn one_letter_scales() {
    let f = one("The floods displaced 2.5m people last year.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts.as_deref()), (2.5e6, None, Some("people")));
    assert_eq!(one("Some 10k runners took part.").value, 10_000.0);
    let f = one("He is 1.8m tall.");
    assert_eq!((f.value, f.unit.as_deref()), (1.8, Some("m")));
    assert_eq!(one("The club paid £40m for him.").value, 40e6);
}

#[test]
fn long_runs_of_numbers_and_many_times_stay_linear() {
    // Quadratic scans would make this run for minutes; linear ones take milliseconds.
    let digits = "12 ".repeat(200_000);
    assert!(figs(&digits).is_empty(), "a run of bare numbers is a table or a phone list");
    let sentence = "On Monday 300 troops left. ";
    let text = sentence.repeat(20_000);
    let times: Vec<TimeExpr> = (0..20_000)
        .map(|k| {
            let start = k * sentence.len() + 3;
            TimeExpr {
                span: Span::new(start, start + 6),
                kind: TimexType::Date,
                value: Some(format!("2020-01-{:02}", k % 28 + 1)),
            }
        })
        .collect();
    let f = extract_figures(&text, None, &times);
    assert_eq!(f.len(), 20_000);
    assert_eq!(f[27].date.as_deref(), Some("2020-01-28"));
    assert_eq!(f[28].date.as_deref(), Some("2020-01-01"));
}

#[test]
fn typographic_thousands_and_pc() {
    let f = one("Some 10\u{a0}000 people marched.");
    assert_eq!((f.value, f.counts.as_deref()), (10_000.0, Some("people")));
    assert_eq!(one("The agency counted 2\u{202f}500\u{202f}000 refugees.").value, 2_500_000.0);
    // "A couple of" is vague, as annotators treat it.
    assert!(figs("A couple of soldiers were hurt.").is_empty());
    assert_eq!(one("Inflation hit 5pc in May.").unit.as_deref(), Some("percent"));
}

#[test]
fn hyphenated_compound_adjectives_are_not_counts() {
    // A number glued to a noun that then modifies another noun says what kind of thing that
    // noun is, not how many of the middle word there are.
    for t in [
        "Biden reaffirmed US support for a two-state solution to the conflict.",
        "Britain's two-party system is under strain.",
        "A three-judge panel of the 9th Circuit heard the appeal on Tuesday.",
        "Curry sank a three-point shot at the buzzer.",
        "Families of the victims will receive a one-time payment.",
        "Critics called it a one-sided deal; supporters said it was two-sided.",
        "Trade between the neighbours is a two-way street, the minister said.",
        "The founders agreed to a 50-50 split of the proceeds.",
        "The court's 5-4 ruling struck down the law.",
        "Biden and Xi held one-on-one talks in Geneva.",
        "It was the first-ever visit by a sitting president.",
        "China is the world's second-largest economy.",
        "The two-time Olympic champion announced her retirement.",
        "Analysts give the bill a fifty-fifty chance of passing.",
        "The measure passed by a 2-to-1 margin.",
        "She checked into a five-star hotel near the Kremlin.",
        "Pundits warned of a two-pronged attack.",
    ] {
        assert!(figs(t).is_empty(), "{t:?} gave {:#?}", figs(t));
    }
}

#[test]
fn hyphenated_measures_ages_and_durations_stay() {
    // Measures, ages and durations glued by a hyphen keep their unit.
    let f = one("Insurgents ambushed a six-mile convoy near Mosul.");
    assert_eq!((f.value, f.unit.as_deref()), (6.0, Some("mile")));
    let f = one("Workers found a 3-inch crack in the pipe.");
    assert_eq!((f.value, f.unit.as_deref()), (3.0, Some("inch")));
    // An age is an age of the person, not a count of them.
    let f = one("Police arrested a 15-year-old boy on Friday.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts.as_deref()), (15.0, Some("year"), Some("boy")));
    let f = one("The 27-year-old co-pilot had flown the route before.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts.as_deref()), (27.0, Some("year"), Some("co-pilot")));
    let f = one("She won a four-year term in 2016.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts), (4.0, Some("year"), None));
    let f = one("The ministers ended a two-hour meeting without a deal.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts), (2.0, Some("hour"), None));
    let f = one("He blamed the 24-hour news cycle.");
    assert_eq!((f.value, f.unit.as_deref(), f.counts), (24.0, Some("hour"), None));
}

#[test]
fn hyphenated_group_sizes_and_plain_counts_stay() {
    let f = one("There are still 3,000 US troops stationed in Iraq.");
    assert_eq!((f.value, f.counts.as_deref()), (3000.0, Some("US troops")));
    // A word that gives a group's size keeps the count.
    let f = one("A five-member committee will review the bids.");
    assert_eq!((f.value, f.counts.as_deref()), (5.0, Some("member committee")));
    assert_eq!(one("A 1,000-strong force was sent to the border.").value, 1000.0);
    assert_eq!(one("A 12-person jury convicted him.").value, 12.0);
    // ... but "one-man" names a kind of show, not a group.
    assert!(figs("He staged a one-man show in Paris.").is_empty());
    // An approximating suffix is not a compound adjective.
    assert_eq!(one("Some 1,000-odd troops remain.").value, 1000.0);
    // Ranges glued with a hyphen.
    let f = figs("Officials said 10-15 people were hurt.");
    assert_eq!(f.iter().map(|x| x.value).collect::<Vec<_>>(), [10.0, 15.0]);
    let f = figs("The deal is worth 2-3 million dollars.");
    assert_eq!(f.iter().map(|x| x.value).collect::<Vec<_>>(), [2e6, 3e6]);
    // A hyphenated word not followed by a noun still counts: "the 16-bit 8088 chip".
    assert_eq!(figs("IBM picked the 16-bit 8088 chip.").first().map(|x| x.value), Some(16.0));
}

#[test]
fn hyphenated_scales_weights_areas_ranges_and_proportions() {
    // A scale, weight or area glued by a hyphen is read as one, not as a compound adjective.
    let f = one("Two-dozen Republicans voted against the package.");
    assert_eq!((f.value, f.counts.as_deref()), (24.0, Some("Republicans")));
    assert_eq!(one("Sixty-thousand people are stuck in the mountains.").value, 60_000.0);
    let f = one("The firm won a $5-million contract.");
    assert_eq!((f.value, f.unit.as_deref()), (5e6, Some("USD")));
    let f = one("She gave birth to a seven-pound baby.");
    assert_eq!((f.value, f.unit.as_deref()), (7.0, Some("lb")));
    let f = one("The fire scorched a 2,380-square-mile park.");
    assert_eq!((f.value, f.unit.as_deref()), (2380.0, Some("mi2")));
    // A size or change measured in the middle word: "a 20-point lead".
    let f = one("The poll gives her a 20-point lead.");
    assert_eq!((f.value, f.counts.as_deref()), (20.0, Some("point lead")));
    // A proportion, like "two-thirds".
    let f = one("About four-in-ten adults say they approve.");
    assert!((f.value - 0.4).abs() < 1e-9);
    assert_eq!((f.counts.as_deref(), f.qualifier.as_deref()), (Some("adults"), Some("about")));
    // A range written with hyphens keeps both ends and shares the unit.
    let f = figs("Flood waters rose six-to-ten feet.");
    assert_eq!(
        f.iter().map(|x| (x.value, x.unit.as_deref())).collect::<Vec<_>>(),
        [(6.0, Some("ft")), (10.0, Some("ft"))]
    );
    // A tally not followed by a noun is left as it was.
    assert_eq!(one("The House voted 245-to-189 to undo it.").value, 245.0);
}

#[test]
fn counted_phrase_stops_at_the_verb_after_it() {
    let counts = |t: &str| one(t).counts;
    // A verb of attitude after a capitalised plural ends the phrase.
    assert_eq!(counts("A poll found 62 percent of Americans approve of the deal.").as_deref(), Some("Americans"));
    assert_eq!(
        counts("Some 45% of Republicans disapprove of his handling of the crisis.").as_deref(),
        Some("Republicans")
    );
    assert_eq!(
        counts("Roughly 70 percent of Democrats think the economy is getting worse.").as_deref(),
        Some("Democrats")
    );
    // ... and after "of" and a singular noun phrase.
    assert_eq!(counts("Only 38 percent of the public believes the war was worth fighting.").as_deref(), Some("public"));
    assert_eq!(counts("About 40% of the electorate supports the measure.").as_deref(), Some("electorate"));
    // A proportion followed straight by its verb counts nothing named.
    let f = one("Nationally, 4-in-10 think the economy is worse than a year ago.");
    assert!((f.value - 0.4).abs() < 1e-9);
    assert_eq!(f.counts, None);
    assert_eq!(counts("In the survey, 55 percent oppose the plan."), None);
    assert_eq!(counts("Just 31 percent favor impeachment, the poll found."), None);
    // A noun-verb followed by "to" or an object is a verb; a capitalised plural then a verb with an
    // object after it ("Democrats hold the") too.
    assert_eq!(counts("Nearly 60 percent of Iowans plan to caucus for him.").as_deref(), Some("Iowans"));
    assert_eq!(counts("About 20 percent of Democrats back the senator.").as_deref(), Some("Democrats"));
    assert_eq!(counts("Nearly 30 percent of Americans own a gun.").as_deref(), Some("Americans"));
}

#[test]
fn counted_phrase_keeps_nouns_that_look_like_verbs() {
    let counts = |t: &str| one(t).counts;
    assert_eq!(counts("There are still 3,000 US troops in Iraq.").as_deref(), Some("US troops"));
    assert_eq!(counts("The bill has 40% support among likely voters.").as_deref(), Some("support"));
    assert_eq!(counts("The measure needs 60 votes to pass the Senate.").as_deref(), Some("votes"));
    assert_eq!(counts("Some 20% of retirement plans are underfunded.").as_deref(), Some("retirement plans"));
    assert_eq!(
        counts("The mayor said 2,000 United States military personnel arrived.").as_deref(),
        Some("United States military personnel")
    );
    assert_eq!(counts("Officials counted 300 Yankees fans at the airport.").as_deref(), Some("Yankees fans"));
    assert_eq!(counts("About 1,200 insurance claims were filed after the storm.").as_deref(), Some("insurance claims"));
    // A noun-verb that does not agree with the noun before it is a noun ("plan to" after a
    // singular), and "this week" is no object.
    assert_eq!(
        counts("The White House unveiled a $50 billion economic plan to rebuild roads.").as_deref(),
        Some("economic plan")
    );
    assert_eq!(counts("That is above the 20 percent tax rate the House bill sets.").as_deref(), Some("tax rate"));
    assert_eq!(
        counts("We saw more than 6 million new unemployment claims this week.").as_deref(),
        Some("new unemployment claims")
    );
    assert_eq!(
        counts("The report was written by two conservative think tanks.").as_deref(),
        Some("conservative think tanks")
    );
    assert_eq!(
        counts("The five former Insys executives this month face prison.").as_deref(),
        Some("former Insys executives")
    );
    // ... while one that agrees, with "to" after it, is the verb.
    assert_eq!(counts("The 315,000-member union plans to strike on Monday.").as_deref(), Some("member union"));
    // What happened to them still follows the noun.
    assert_eq!(counts("Nearly 60% of voters stayed home.").as_deref(), Some("voters"));
    assert_eq!(counts("ISIS claimed the shooting, in which 137 people were killed.").as_deref(), Some("people killed"));
}

#[test]
fn counted_phrase_after_of_the_is_a_noun_even_if_it_can_be_a_verb() {
    let counts = |t: &str| one(t).counts;
    assert_eq!(counts("Graham needed at least 50 percent of the vote to avoid a runoff.").as_deref(), Some("vote"));
    assert_eq!(counts("He needs 40% of the Hispanic vote to win Florida.").as_deref(), Some("Hispanic vote"));
    assert_eq!(counts("Republicans will take 100 percent of the blame for the shutdown.").as_deref(), Some("blame"));
    // An adverb of degree goes with the verb after it.
    assert_eq!(counts("In the poll, 19 percent somewhat approve of the governor.").as_deref(), None);
    assert_eq!(counts("Some 42% of women strongly disapprove of the law.").as_deref(), Some("women"));
}
