use super::*;
use dossier_store::{FigureRecord, QuoteRecord, TimeRecord};

fn art(id: &str, outlet: &str, date: &str, text: &str) -> ScopeArticle {
    ScopeArticle {
        id: id.into(),
        title: Some(format!("title {id}")),
        outlet: Some(outlet.into()),
        published: Some(date.into()),
        story: None,
        text: text.into(),
    }
}

fn time(article: &str, text: &str, at: &str, value: &str) -> TimeRecord {
    let start = text.find(at).map(|b| text[..b].chars().count()).unwrap_or(0) as i64;
    TimeRecord {
        id: format!("t-{article}-{start}"),
        article: article.into(),
        text: at.into(),
        kind: "DATE".into(),
        value: Some(value.into()),
        start,
        end: start + at.chars().count() as i64,
    }
}

fn quote(article: &str, text: &str, words: &str, speaker: &str) -> (QuoteRecord, Option<String>) {
    let start = text.find(words).map(|b| text[..b].chars().count()).unwrap_or(0) as i64;
    (
        QuoteRecord {
            id: format!("q-{article}-{start}"),
            article: article.into(),
            text: words.into(),
            direct: true,
            speaker: None,
            speaker_name: Some(speaker.into()),
            speaker_start: None,
            speaker_end: None,
            cue: Some("said".into()),
            start,
            end: start + words.chars().count() as i64,
        },
        None,
    )
}

fn figure(article: &str, text: &str, words: &str, value: f64, q: Option<&str>, date: &str) -> FigureRecord {
    let start = text.find(words).map(|b| text[..b].chars().count()).unwrap_or(0) as i64;
    FigureRecord {
        id: format!("f-{article}-{start}"),
        article: article.into(),
        text: words.into(),
        value,
        unit: None,
        counts: Some("US troops".into()),
        qualifier: q.map(str::to_string),
        date: Some(date.into()),
        start,
        end: start + words.chars().count() as i64,
    }
}

const A: &str = "Rebels seized the northern town of Kalma on Tuesday after two days of heavy fighting with the army, residents said. About 1,200 US troops remain in the country.";
const B: &str = "The army lost control of the northern town of Kalma to rebel fighters on Tuesday, officials said. “We will retake Kalma within a week,” General Omar Bashir said. Some 1,500 US troops remain in the country.";
const C: &str = "Heavy rain flooded the capital on Tuesday, closing schools and offices across the city for the day.";

fn facts() -> ScopeFacts {
    ScopeFacts {
        articles: vec![
            art("a-1", "Wire One", "2023-05-11", A),
            art("a-2", "Daily Two", "2023-05-12", B),
            art("a-3", "Daily Two", "2023-05-12", C),
        ],
        quotes: vec![quote("a-2", B, "We will retake Kalma within a week", "Omar Bashir")],
        figures: vec![
            figure("a-1", A, "About 1,200 US troops", 1200.0, Some("about"), "2023-05-11"),
            figure("a-2", B, "Some 1,500 US troops", 1500.0, Some("some"), "2023-05-11"),
        ],
        times: vec![
            time("a-1", A, "on Tuesday", "2023-05-09"),
            time("a-2", B, "on Tuesday", "2023-05-09"),
            time("a-3", C, "on Tuesday", "2023-05-09"),
        ],
    }
}

#[test]
fn one_event_told_by_two_outlets_is_one_timeline_entry() {
    let tl = timeline(&facts(), None);
    let events: Vec<&TimelineEntry> = tl.iter().filter(|e| e.kind == "event").collect();
    // The fall of Kalma (two outlets) and the flood (unrelated, same day) stay apart.
    assert_eq!(events.len(), 2, "{events:#?}");
    let kalma = events.iter().find(|e| e.text.contains("Kalma")).expect("Kalma event");
    assert_eq!(kalma.date, "2023-05-09");
    assert_eq!(kalma.sources.len(), 2);
    // Each source cites the sentence by code-point offsets into its article.
    for s in &kalma.sources {
        let text = if s.article == "a-1" { A } else { B };
        let cited: String = text.chars().skip(s.start as usize).take((s.end - s.start) as usize).collect();
        assert_eq!(cited, s.text);
        assert!(cited.contains("Kalma"));
    }
    assert!(tl.iter().any(|e| e.kind == "statement" && e.speaker.as_deref() == Some("Omar Bashir")));
    // Filtered to a name, only entries naming it remain.
    let only = timeline(&facts(), Some(&["Omar Bashir".to_string()]));
    assert!(only.iter().all(|e| e.speaker.as_deref() == Some("Omar Bashir") || e.text.contains("Omar Bashir")));
}

#[test]
fn different_figures_for_the_same_day_are_a_figure_disagreement() {
    let f = facts();
    let s = series(&f, 2);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].points.len(), 2);
    let c = conflicts(&f, false);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].kind, "figure_disagreement");
    assert_ne!(c[0].a.source.outlet, c[0].b.source.outlet);
}

#[test]
fn report_cites_every_statement_and_escapes_markdown() {
    let mut f = facts();
    f.quotes.push(quote("a-1", A, "residents", "[click](javascript:alert(1)) <b>"));
    let r = report(&f, &ReportOptions { title: "Kalma".into(), ..Default::default() });
    for line in r.lines().filter(|l| l.starts_with("- ")) {
        assert!(line.contains(", a-"), "line without a citation: {line}");
    }
    assert!(r.contains("## What happened when"));
    assert!(r.contains("## Key figures"));
    assert!(r.contains("## Where sources disagree"));
    assert!(!r.contains("[click](javascript"), "{r}");
    assert!(!r.contains("<b>"));
}

#[test]
fn event_dates_are_days_or_months() {
    for ok in ["2021-12-09", "2021-12"] {
        assert!(is_event_date(ok), "{ok}");
    }
    for no in ["2021", "2021-W49", "PRESENT_REF", "P7Y", "2021-12-9", "", "２０２１-12"] {
        assert!(!is_event_date(no), "{no}");
    }
}
