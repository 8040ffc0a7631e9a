//! Real-world news phrasing, resolved against fixed publication dates.

use super::*;

fn d(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The (text, type, value) of every expression found.
fn got(text: &str, dct: &str) -> Vec<(String, &'static str, Option<String>)> {
    extract_times(text, d(dct))
        .into_iter()
        .map(|t| (t.span.slice(text).to_string(), t.kind.as_str(), t.value))
        .collect()
}

/// Asserts that `phrase` is found as one expression with this type and value.
#[track_caller]
fn has(text: &str, dct: &str, phrase: &str, kind: &str, value: &str) {
    let g = got(text, dct);
    assert!(
        g.iter().any(|(s, k, v)| s == phrase && *k == kind && v.as_deref() == Some(value)),
        "expected {phrase:?} {kind} {value} in {text:?}; got {g:?}"
    );
}

#[track_caller]
fn none_in(text: &str, dct: &str) {
    let g = got(text, dct);
    assert!(g.is_empty(), "expected no time in {text:?}; got {g:?}");
}

#[test]
fn corpus_weekdays() {
    has(
        "Iraqi Interior Ministry media official Gen Saad Maan told a news conference on Thursday that the coalition had finished.",
        "2021-12-10",
        "Thursday",
        "DATE",
        "2021-12-09",
    );
    has(
        "The coalition formally ended its combat mission last Thursday, officials said.",
        "2021-12-13",
        "last Thursday",
        "DATE",
        "2021-12-09",
    );
    has(
        "The US ambassador to Iraq claimed this Monday that ISIS is still a threat.",
        "2024-03-25",
        "this Monday",
        "DATE",
        "2024-03-25",
    );
    has(
        "ISIS claimed responsibility for Friday's shooting at a rock concert near Moscow.",
        "2024-03-25",
        "Friday",
        "DATE",
        "2024-03-22",
    );
    has("ISIS claimed responsibility for Friday\u{2019}s shooting.", "2024-03-25", "Friday", "DATE", "2024-03-22");
}

#[test]
fn corpus_months_and_weeks() {
    has(
        "Biden and al-Kadhimi agreed in July that the combat mission would end.",
        "2021-12-10",
        "July",
        "DATE",
        "2021-07",
    );
    has("Biden and al-Kadhimi agreed at the White House last July.", "2021-12-10", "last July", "DATE", "2021-07");
    has(
        "The Pentagon announced last week that it would cut troop levels.",
        "2020-09-10",
        "last week",
        "DATE",
        "2020-W36",
    );
}

#[test]
fn future_weekday_and_next() {
    has("Lawmakers will vote on Friday on the bill.", "2021-12-08", "Friday", "DATE", "2021-12-10");
    has("The two leaders meet next Tuesday in Geneva.", "2021-12-08", "next Tuesday", "DATE", "2021-12-14");
    has("The company said Thursday it will cut 1,200 jobs.", "2021-12-10", "Thursday", "DATE", "2021-12-09");
    has("Talks are expected in March.", "2021-12-10", "March", "DATE", "2022-03");
    has("The summit is scheduled for next July.", "2021-12-10", "next July", "DATE", "2022-07");
}

#[test]
fn absolute_dates() {
    has("He was born on June 17, 2009, in Ohio.", "2021-01-01", "June 17, 2009", "DATE", "2009-06-17");
    has("The attack took place on 17 June 2009.", "2021-01-01", "17 June 2009", "DATE", "2009-06-17");
    has("Militias set a 31 December deadline for the withdrawal.", "2021-12-10", "31 December", "DATE", "2021-12-31");
    has("Militias set a December 31 deadline for the withdrawal.", "2021-12-10", "December 31", "DATE", "2021-12-31");
    has("The filing is due by Dec. 31.", "2021-12-10", "Dec. 31", "DATE", "2021-12-31");
    has("Shares closed at $12 on Sept. 30.", "2021-10-12", "Sept. 30", "DATE", "2021-09-30");
    has("The report, dated 2021-12-09, was leaked.", "2022-01-01", "2021-12-09", "DATE", "2021-12-09");
    has("The report, dated 12/09/2021, was leaked.", "2022-01-01", "12/09/2021", "DATE", "2021-12-09");
    has("Iraq declared victory against ISIS in December 2017.", "2021-12-10", "December 2017", "DATE", "2017-12");
    has("The pact was signed in January 2020 in Baghdad.", "2021-12-10", "January 2020", "DATE", "2020-01");
    has("In 2017, the government declared victory.", "2021-12-10", "2017", "DATE", "2017");
    has("Absolute dates need no anchor: June 17, 2009.", "", "June 17, 2009", "DATE", "2009-06-17");
}

#[test]
fn years_decades_and_parts() {
    has("Output has doubled since the 1990s.", "2021-12-10", "the 1990s", "DATE", "199");
    has("Profit in fiscal 1999 rose 5%.", "2000-03-01", "fiscal 1999", "DATE", "1999");
    has("Troops will leave by mid-2020, officials said.", "2019-10-01", "mid-2020", "DATE", "2020");
    has(
        "A UN report early this year said ISIS maintains some 10,000 fighters.",
        "2021-12-10",
        "early this year",
        "DATE",
        "2021",
    );
    has("The mission will end by the end of the year.", "2021-12-10", "the end of the year", "DATE", "2021");
    has("Sales fell in the third quarter.", "1999-11-02", "the third quarter", "DATE", "1999-Q3");
    has("Third-quarter profit rose.", "1999-11-02", "Third-quarter", "DATE", "1999-Q3");
    has("Sales in the first quarter of 1998 were flat.", "1999-11-02", "the first quarter of 1998", "DATE", "1998-Q1");
    has("Crowds gathered last summer in the capital.", "2021-12-10", "last summer", "DATE", "2021-SU");
    has("Construction will start in the spring.", "2021-12-10", "the spring", "DATE", "2022-SP");
    has("We are in the year 2024, he said.", "2024-03-25", "the year 2024", "DATE", "2024");
}

#[test]
fn relative_dates() {
    has("The ministry said two days ago that talks had stalled.", "2021-12-10", "two days ago", "DATE", "2021-12-08");
    has("Protesters returned yesterday.", "2021-12-10", "yesterday", "DATE", "2021-12-09");
    has("Today the parliament meets.", "2021-12-10", "Today", "DATE", "2021-12-10");
    has("Results are due tomorrow.", "2021-12-10", "tomorrow", "DATE", "2021-12-11");
    has("Attacks have risen this year.", "2021-12-10", "this year", "DATE", "2021");
    has("Prices rose last month.", "2021-12-10", "last month", "DATE", "2021-11");
    has("Output was 3% higher a year earlier.", "2021-12-10", "a year earlier", "DATE", "2020");
    has("Rocket attacks have increased in recent months.", "2021-12-10", "recent months", "DATE", "PAST_REF");
    has("The group has recently stepped up attacks.", "2021-12-10", "recently", "DATE", "PAST_REF");
    has("The troops are currently stationed at three bases.", "2021-12-10", "currently", "DATE", "PRESENT_REF");
    has("ISIS is now a weaker force.", "2021-12-10", "now", "DATE", "PRESENT_REF");
    has("The alliance will be tested in the future.", "2021-12-10", "the future", "DATE", "FUTURE_REF");
    has("Negotiations begin next week.", "2020-09-10", "next week", "DATE", "2020-W38");
}

#[test]
fn relative_without_anchor_has_no_value() {
    let g = got("The ministry said on Thursday that talks had stalled.", "");
    assert_eq!(g, vec![("Thursday".to_string(), "DATE", None)]);
}

#[test]
fn times_of_day() {
    has("The blast happened at 10 a.m. near the market.", "2020-09-10", "10 a.m.", "TIME", "2020-09-10T10:00");
    has("Polls close at 8:30 p.m. EST.", "2020-11-03", "8:30 p.m. EST", "TIME", "2020-11-03T20:30");
    has("Police said the fire broke out this morning.", "2020-09-10", "this morning", "TIME", "2020-09-10TMO");
    has("Gunmen struck late on Wednesday night.", "2020-09-10", "Wednesday night", "DATE", "2020-09-09");
    has("Sirens sounded last night across the city.", "2020-09-10", "last night", "TIME", "2020-09-09TNI");
}

#[test]
fn durations() {
    has(
        "After seven years of fighting Daesh terrorism, the troops will leave.",
        "2021-12-13",
        "seven years",
        "DURATION",
        "P7Y",
    );
    has("The talks lasted three months.", "2021-12-13", "three months", "DURATION", "P3M");
    has("Leaders met for a two-day summit.", "2021-12-13", "two-day", "DURATION", "P2D");
    has("Attacks rose over the past five years.", "2021-12-13", "the past five years", "DURATION", "P5Y");
    has("The strike lasted 24 hours.", "2021-12-13", "24 hours", "DURATION", "PT24H");
    has("The siege lasted several weeks.", "2021-12-13", "several weeks", "DURATION", "PXW");
    has("The campaign took a year and a half.", "2021-12-13", "a year and a half", "DURATION", "P18M");
    has("The vote came two decades later.", "2021-12-13", "two decades", "DURATION", "P20Y");
    // Ages are not time expressions in TimeML.
    none_in("A 52-year-old man, 37 years old, was arrested.", "2021-12-13");
}

#[test]
fn sets() {
    has("Inspectors visit every week.", "2021-12-13", "every week", "SET", "P1W");
    has("The report is published annually.", "2021-12-13", "annually", "SET", "P1Y");
    has("The board meets twice a month.", "2021-12-13", "twice a month", "SET", "P1M");
    has("Protesters gather every Friday.", "2021-12-13", "every Friday", "SET", "XXXX-WXX-5");
}

#[test]
fn figures_and_names_are_not_times() {
    none_in("The change of the mission for about 2,500 American troops was announced.", "2021-12-10");
    none_in("A soldier from the 3rd Battalion 8th Cavalry Division was on patrol.", "2021-12-10");
    none_in("Some 2000 troops remain, and 1500 contractors.", "2021-12-10");
    none_in("May I ask a question, said Jan Smith.", "2021-12-10");
    none_in("The march drew a crowd; he may go.", "2021-12-10");
    none_in("Prices rose 2021% on 3/4 of sales.", "2021-12-10");
}

#[test]
fn spanish_caption_gives_no_dates() {
    none_in("Foto: Soldados estadounidenses en Bagdad, 9 de diciembre. Ministerio de Defensa de Irak.", "2021-12-10");
    none_in("Todos los derechos reservados. Publicado el 9 de diciembre de 2021.", "2021-12-10");
}

#[test]
fn spans_lie_on_char_boundaries() {
    let text = "Ünïcödé — “last week” 🎉 on Thursday, 10 a.m. 北京 2020年 in July…";
    for t in extract_times(text, d("2020-09-10")) {
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert!(t.span.start < t.span.end && t.span.end <= text.len());
    }
}

/// Pseudo-random strings mixing time words, digits, punctuation and multibyte characters:
/// extraction must never panic and every span must be valid.
#[test]
fn fuzz_never_panics() {
    let pieces = [
        "last", "the", "Thursday", "May", "Dec", ".", "31", ",", "2021", "-", "/", "'", "s", "a", "m", "p", "year",
        "years", "ago", "every", "twenty", "four", "hours", "mid", "quarter", "third", "of", "é", "🎉", "\n", " ", ":",
        "00", "1990", "the", "end", "now", "9999", "0", "99", "fiscal", "’", "早", "next", "week", "and", "half",
        "noon", "at",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 24) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            if seed.is_multiple_of(3) {
                s.push(' ');
            }
        }
        for dct in [d("2021-12-10"), None, d("0001-01-01"), Some(NaiveDate::MIN), Some(NaiveDate::MAX)] {
            for t in extract_times(&s, dct) {
                assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end), "{s:?}");
                assert!(t.span.start < t.span.end && t.span.end <= s.len(), "{s:?}");
            }
        }
    }
    assert!(extract_times("", d("2021-12-10")).is_empty());
    for odd in [
        "99999999999999999999 weeks ago",
        "4294967296 years ago",
        "the 99999th century",
        "31/12/99999",
        "0/0/0000",
        "every 99999999999999999999 days",
    ] {
        for dct in [d("2021-12-10"), Some(NaiveDate::MIN), Some(NaiveDate::MAX)] {
            let _ = extract_times(odd, dct);
        }
    }
    let huge = "On Thursday, 10 a.m. ".repeat(20_000);
    assert_eq!(extract_times(&huge, d("2021-12-10")).len(), 40_000);
}

#[test]
fn anaphoric_years_and_days_follow_the_story() {
    let text = "He fled to Florida in June 1998 and returned to Cuba later that year. \
                The following year he left again. He was shot on Oct. 23, 1999. Earlier that day, a fax was sent.";
    has(text, "2013-03-14", "later that year", "DATE", "1998");
    has(text, "2013-03-14", "The following year", "DATE", "1999");
    has(text, "2013-03-14", "Earlier that day", "DATE", "1999-10-23");
    // Without an antecedent the type is known but the value is not.
    let g = got("Prices fell that year.", "2013-03-14");
    assert_eq!(g, vec![("that year".to_string(), "DATE", None)]);
}

#[test]
fn business_news_periods() {
    let text = "Net income rose in the third quarter. A year earlier, it had fallen. \
                For the quarter ended Sept. 30, sales rose. In the year ended March 31, revenue was flat.";
    has(text, "1989-10-26", "the third quarter", "DATE", "1989-Q3");
    has(text, "1989-10-26", "A year earlier", "DATE", "1988-Q3");
    has(text, "1989-10-26", "the quarter", "DATE", "1989-Q3");
    has(text, "1989-10-26", "the year", "DURATION", "P1Y");
    has("Profit fell from the year-ago quarter.", "1989-10-26", "the year-ago quarter", "DATE", "1988");
}

#[test]
fn holidays_and_spoken_years() {
    has("The boy was found on Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "DATE", "1999-11-25");
    has("Stores open late before Christmas.", "2021-12-10", "Christmas", "DATE", "2021-12-25");
    has("Atlanta, nineteen ninety-six: a bomb blast.", "1998-02-27", "nineteen ninety-six", "DATE", "1996");
}

#[test]
fn tense_of_governing_verb() {
    // A past-tense verb right before the date looks back, even just before publication.
    has("Its second quarter ended Oct. 31, the company said.", "1989-10-27", "Oct. 31", "DATE", "1988-10-31");
    // But a new deadline looks ahead, and so does a future passive.
    has("The tender offer was extended to Nov. 16.", "1989-10-30", "Nov. 16", "DATE", "1989-11-16");
    has(
        "The increased dividend will be paid Dec. 14 to holders of record.",
        "1989-11-02",
        "Dec. 14",
        "DATE",
        "1989-12-14",
    );
    // A future marker far back in the sentence still governs a month.
    has(
        "Colonel Collins will be named commander of the space shuttle Columbia for a mission in December.",
        "1998-03-05",
        "December",
        "DATE",
        "1998-12",
    );
    // ... unless a past verb follows the date.
    has(
        "She hoped she would bring aid to countries where the Aug. 7 blasts killed 257 people.",
        "1998-08-18",
        "Aug. 7",
        "DATE",
        "1998-08-07",
    );
}

#[test]
fn weekday_schedules() {
    // An infinitive of intent looks ahead.
    has("The shares are to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "DATE", "1989-10-31");
    // The simple present of a scheduled event looks ahead.
    has(
        "Netanyahu and Arafat meet separately Monday with the secretary of state.",
        "1998-05-01",
        "Monday",
        "DATE",
        "1998-05-04",
    );
    // A deadline, also after a clock time.
    has(
        "Officials postponed until Tuesday any action on the boy's status.",
        "2000-03-30",
        "Tuesday",
        "DATE",
        "2000-04-04",
    );
    has(
        "The agency extended its deadline until 9 a.m. Tuesday.",
        "2000-04-03",
        "9 a.m. Tuesday",
        "TIME",
        "2000-04-04T09:00",
    );
    // "Until Thursday, they had not ..." narrates the past.
    has("Until Thursday, police had not called him a suspect.", "1999-05-07", "Thursday", "DATE", "1999-05-06");
}

#[test]
fn business_periods_and_fractions() {
    has("Sales for the full year were $6.6 billion, up 13%.", "1989-11-02", "the full year", "DATE", "1989");
    // After "the first nine months", "a year earlier" is the year, not the quarter.
    has(
        "Third-quarter profit rose 5%. In the first nine months, net was $30 million, compared with $20 million a year earlier.",
        "1989-10-26",
        "a year earlier",
        "DATE",
        "1988",
    );
    has(
        "Third-quarter net was $2 million, compared with $1 million a year earlier.",
        "1989-10-26",
        "a year earlier",
        "DATE",
        "1988-Q3",
    );
    has("They lived in refugee camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", "DURATION", "P2Y6M");
    has("She will spend about 5 1/2 hours in Nairobi.", "1998-08-17", "about 5 1/2 hours", "DURATION", "PT5H30M");
    has(
        "The crown has ruled here for almost a hundred years.",
        "1999-11-06",
        "almost a hundred years",
        "DURATION",
        "P100Y",
    );
    has(
        "The case may be resolved in a court hearing the week of March 6.",
        "2000-02-24",
        "the week of March 6",
        "DATE",
        "2000-W10",
    );
}

#[test]
fn month_modifiers_and_names() {
    has(
        "Police say they have enough evidence in the October slaying of the doctor.",
        "1998-11-20",
        "October",
        "DATE",
        "1998-10",
    );
    has(
        "It is trying to sell itself under a June agreement with shareholders.",
        "1989-10-27",
        "June",
        "DATE",
        "1989-06",
    );
    // Names and the present age are not days.
    none_in("This is VOA Today.", "1998-03-31");
    none_in("The case is for today's youth what the revolution was.", "2000-01-07");
    none_in("For the people of Poland, high noon has come.", "1999-03-12");
}

#[test]
fn parts_of_days_and_clocks() {
    has(
        "Protesters marched in front of the federal building on Friday night.",
        "2000-01-08",
        "Friday night",
        "DATE",
        "2000-01-07",
    );
    has(
        "A woman was killed Thursday evening when robbers opened fire.",
        "1998-02-13",
        "Thursday evening",
        "TIME",
        "1998-02-12TEV",
    );
    has(
        "In London at mid-afternoon yesterday, the shares were up 2 pence.",
        "1989-11-02",
        "mid-afternoon yesterday",
        "TIME",
        "1989-11-01TAF",
    );
    has(
        "By mid afternoon, official sources were reporting heavy fighting.",
        "1998-03-06",
        "mid afternoon",
        "TIME",
        "1998-03-06TAF",
    );
    has(
        "The father will leave at 4 in the morning, Castro said.",
        "2000-04-05",
        "4 in the morning",
        "TIME",
        "2000-04-05T04:00",
    );
    has(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
        "1998-08-08",
        "10:35 a.m.",
        "TIME",
        "1998-08-07T10:35",
    );
    has(
        "The boy fell ill on Feb. 22 and appeared healthy in court the next morning.",
        "2000-02-24",
        "the next morning",
        "DATE",
        "2000-02-23",
    );
    // A plan overtaken by events: the past perfect.
    has("The offer had been due to expire Friday evening.", "1989-10-30", "Friday evening", "TIME", "1989-10-27TEV");
    has("Traders squared positions ahead of the weekend.", "1989-10-30", "the weekend", "DATE", "1989-W44-WE");
}

#[test]
fn months_seasons_and_sets() {
    // Two months ahead across the turn of the year.
    has(
        "The bank extended $90 million in revolving loans through January.",
        "1989-11-02",
        "January",
        "DATE",
        "1990-01",
    );
    has("Sales were flat so far this year through August.", "1989-10-27", "August", "DATE", "1989-08");
    has(
        "January nineteen ninety-seven. Atlanta again.",
        "1998-02-27",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
    );
    has(
        "Prices fell to the level we saw in the winter of nineteen ninety-four.",
        "1998-02-23",
        "the winter of nineteen ninety-four",
        "DATE",
        "1994-WI",
    );
    has("Orangemen march each July from their church back downtown.", "1998-03-22", "each July", "SET", "XXXX-07");
    has("The company lost money in the last half of 1989.", "1990-02-01", "the last half of 1989", "DATE", "1989-H2");
}

#[test]
fn anaphors_titles_and_generic_days() {
    has(
        "Shareholders urged a sale in March 1989. The following month, the company put itself up for sale.",
        "1989-10-27",
        "The following month",
        "DATE",
        "1989-04",
    );
    has("The offer stands as of today, the company said.", "2020-09-10", "today", "DATE", "2020-09-10");
    none_in("Gonzalez said on CBS's 60 Minutes that he wants his son back.", "2000-04-10");
    none_in("If I were choosing the people of tomorrow, I would choose them.", "1989-11-02");
}

#[test]
fn month_names_in_titles() {
    none_in("Her sister marched at the head of the March of the Combatant Mothers.", "2000-04-01");
    // Still a month when a year phrase follows.
    let g = got("The plant closed in March of the following year.", "2000-04-01");
    assert!(g.iter().any(|(s, k, _)| s.starts_with("March") && *k == "DATE"), "{g:?}");
}

#[test]
fn recurring_weekdays() {
    has(
        "Two new flights will leave Bombay on Monday and Tuesday nights from March 30.",
        "1998-02-13",
        "Tuesday nights",
        "SET",
        "XXXX-WXX-2TNI",
    );
    has("The market is closed on Sundays.", "2020-09-10", "Sundays", "SET", "XXXX-WXX-7");
    // "would" several words back still looks ahead.
    has(
        "The father would be traveling to the United States Thursday with his wife.",
        "2000-04-05",
        "Thursday",
        "DATE",
        "2000-04-06",
    );
}

#[test]
fn anaphoric_day_needs_an_antecedent() {
    none_in("You have strong redemptions that day and then calm.", "1989-10-30");
    has(
        "The doctor was shot on Oct. 23, 1998. That same day, the family sent a fax.",
        "1999-10-24",
        "That same day",
        "DATE",
        "1998-10-23",
    );
}

#[test]
fn same_period_last_year() {
    has(
        "Third-quarter net fell to $1 million, compared with $1.8 million for the corresponding period last year.",
        "1989-11-01",
        "the corresponding period last year",
        "DATE",
        "1988-Q3",
    );
    has(
        "Columbia lost $226 million in the third quarter. For the quarter a year ago, it earned $16 million.",
        "1989-10-26",
        "the quarter a year ago",
        "DATE",
        "1988-Q3",
    );
    // Without a quarter under discussion: the year before.
    has(
        "Passenger numbers rose 5% from the same period last year.",
        "2021-06-02",
        "the same period last year",
        "DATE",
        "2020",
    );
}
