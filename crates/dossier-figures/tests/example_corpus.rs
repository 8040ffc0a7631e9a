//! The founding example corpus: the figures a reader takes from it, and none from its noise
//! (photo captions with dates, unit names, file names).
use std::path::PathBuf;

use chrono::NaiveDate;
use dossier_core::Figure;
use dossier_figures::extract_figures;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/iraq-2020-2024")
}

/// Figures of one example file, run with the publication date from the manifest.
fn figures(file: &str) -> Vec<Figure> {
    let manifest = std::fs::read_to_string(corpus().join("manifest.jsonl")).unwrap();
    let published = manifest
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["file"] == file)
        .and_then(|v| v["published"].as_str().map(String::from))
        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    assert!(published.is_some(), "{file} not in manifest");
    let text = std::fs::read_to_string(corpus().join(file)).unwrap();
    let figs = extract_figures(&text, published, &[]);
    for f in &figs {
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    }
    figs
}

fn find<'a>(figs: &'a [Figure], value: f64, counts: &str) -> &'a Figure {
    figs.iter()
        .find(|f| f.value == value && f.counts.as_deref() == Some(counts))
        .unwrap_or_else(|| panic!("no {value} {counts} in {figs:#?}"))
}

#[test]
fn troops_in_september_2020() {
    let figs = figures("000_374576d6bf8acb80.txt");
    let f = find(&figs, 3000.0, "U.S. troops");
    assert_eq!((f.qualifier.as_deref(), f.date.as_deref()), (Some("just"), Some("2020-09-10")));
    find(&figs, 2200.0, "United States military personnel");
    find(&figs, 8.0, "bases");
    let money = figs.iter().find(|f| f.value == 347e6).expect("$347 million");
    assert_eq!(money.unit.as_deref(), Some("USD"));
    let millions = figs.iter().find(|f| f.value == 1e6).expect("millions of dollars");
    assert_eq!(millions.unit.as_deref(), Some("USD"));
}

#[test]
fn troops_in_december_2021_without_caption_noise() {
    let figs = figures("001_3f0e4b3936e483c8.txt");
    let us = find(&figs, 2500.0, "US troops");
    assert_eq!(us.date.as_deref(), Some("2021-12-10"));
    assert!(figs.iter().any(|f| f.value == 2500.0 && f.qualifier.as_deref() == Some("about")));
    find(&figs, 1000.0, "coalition troops");
    assert_eq!(find(&figs, 80.0, "countries").qualifier.as_deref(), Some("more than"));
    assert_eq!(find(&figs, 10_000.0, "fighters").qualifier.as_deref(), Some("some"));
    find(&figs, 2100.0, "lorries carrying military equipment");
    let text = std::fs::read_to_string(corpus().join("001_3f0e4b3936e483c8.txt")).unwrap();
    for f in &figs {
        let s = f.span.slice(&text);
        for bad in ["3rd", "8th", "205570", "2009", "2014", "2017", "June 17", "December 31"] {
            assert!(!s.contains(bad), "{s:?} is not a figure");
        }
    }
}

#[test]
fn troops_in_march_2024() {
    let figs = figures("003_f02f5742daf040f3.txt");
    find(&figs, 137.0, "people killed");
    let f = find(&figs, 2500.0, "troops");
    assert_eq!((f.qualifier.as_deref(), f.date.as_deref()), (Some("more than"), Some("2024-03-25")));
    assert!(!figs.iter().any(|f| f.value == 2024.0 || f.value == 2011.0 || f.value == 2014.0));
}
