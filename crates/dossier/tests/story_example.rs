//! Issue #5 on the founding example: entities merged across articles and spellings, the troop
//! series, the dated end of the combat mission, one statement from two outlets, the Romanowski /
//! al-Sudani contradiction, and the report citing every line.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/iraq-2020-2024")
}

fn dossier(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).env("DOSSIER_DB", db).output().expect("run dossier")
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON on stdout")
}

fn ingested() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let s = json(&dossier(&db, &["ingest", "--json", example().to_str().unwrap()]));
    assert_eq!(s["added"], 4, "{s}");
    assert_eq!(s["linked"]["articles"], 4, "{s}");
    (dir, db)
}

fn spellings(e: &Value) -> Vec<String> {
    let mut v: Vec<String> =
        e["aliases"].as_array().unwrap().iter().map(|a| a[0].as_str().unwrap_or("").to_string()).collect();
    v.push(e["name"].as_str().unwrap().to_string());
    v
}

#[test]
fn spellings_of_one_referent_are_one_entity_and_lookalikes_are_not() {
    let (_d, db) = ingested();
    let all = json(&dossier(&db, &["entities", "--json", "--limit", "1000"]));
    let all = all.as_array().unwrap();
    let owner = |spelling: &str| -> String {
        let hits: Vec<&Value> = all.iter().filter(|e| spellings(e).iter().any(|s| s == spelling)).collect();
        assert_eq!(hits.len(), 1, "{spelling} is in {} entities", hits.len());
        hits[0]["id"].as_str().unwrap().to_string()
    };
    let groups: &[&[&str]] = &[
        &["ISIS", "Islamic State", "Daesh"],
        &["Qassem Al Aaraji", "Qasim al-Araji", "al-Araji"],
        &["Mustafa Al Kadhimi", "Mustafa al-Kadhimi"],
        &["Kenneth F. McKenzie", "McKenzie"],
        &["Mohammed Shia al-Sudani", "al-Sudani"],
        &["Alina Romanowski", "Romanowski"],
        &["Emmanuel Macron"],
        &["Joe Biden"],
    ];
    for g in groups {
        let ids: Vec<String> = g.iter().map(|s| owner(s)).collect();
        assert!(ids.iter().all(|i| *i == ids[0]), "{g:?} are not one entity: {ids:?}");
    }
    assert_ne!(owner("Qasem Soleimani"), owner("Qasim al-Araji"));
    // Every merge explains itself.
    let why = json(&dossier(&db, &["entities", "--why", "Al Aaraji", "--json"]));
    assert_eq!(why["name"], "Qasim al-Araji");
    assert!(why["why"].as_array().unwrap().iter().any(|w| w.as_str().unwrap().contains("Qassem Al Aaraji")));
    // Joe Biden is named in three articles: one entity across them.
    let biden = all.iter().find(|e| e["name"] == "Joe Biden").unwrap();
    assert!(biden["articles"].as_i64().unwrap() >= 2, "{biden}");
}

#[test]
fn troop_series_runs_from_3000_to_more_than_2500() {
    let (_d, db) = ingested();
    let series = json(&dossier(&db, &["figures", "--series", "--counts", "troops", "--json"]));
    let s = series.as_array().unwrap().iter().find(|s| s["key"] == "us troop").expect("a US troop series");
    let pts: Vec<(String, f64, String)> = s["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["date"].as_str().unwrap().to_string(),
                p["value"].as_f64().unwrap(),
                p["qualifier"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(pts.iter().any(|p| p.0.starts_with("2020-09") && p.1 == 3000.0), "{pts:?}");
    assert!(pts.iter().any(|p| p.0.starts_with("2021-12") && p.1 == 2500.0), "{pts:?}");
    assert!(pts.iter().any(|p| p.0.starts_with("2024-03") && p.1 == 2500.0 && p.2 == "more than"), "{pts:?}");
    // Dates only go forward, and 3,000 → 2,500 is a change over time, not a disagreement.
    assert!(pts.windows(2).all(|w| w[0].0 <= w[1].0));
    let conflicts = json(&dossier(&db, &["conflicts", "--json"]));
    assert!(
        !conflicts
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "figure_disagreement" && c["about"].as_str().unwrap_or("").contains("troops"))
    );
}

#[test]
fn end_of_combat_mission_is_dated_from_two_outlets() {
    let (_d, db) = ingested();
    let tl = json(&dossier(&db, &["timeline", "--events", "--json"]));
    let both = tl.as_array().unwrap().iter().any(|e| {
        let outlets: Vec<&str> = e["sources"].as_array().unwrap().iter().filter_map(|s| s["outlet"].as_str()).collect();
        e["date"] == "2021-12-09"
            && e["text"].as_str().unwrap().contains("combat mission")
            && outlets.contains(&"Arab Observer")
            && outlets.contains(&"Atalayar")
    });
    assert!(both, "{tl:#}");
}

#[test]
fn araji_statement_is_one_statement_from_two_outlets() {
    let (_d, db) = ingested();
    let tl = json(&dossier(&db, &["timeline", "--entity", "Qasim al-Araji", "--json"]));
    let st = tl
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "statement" && e["text"].as_str().unwrap().contains("training"))
        .expect("al-Araji's training statement");
    let mut outlets: Vec<&str> =
        st["sources"].as_array().unwrap().iter().filter_map(|s| s["outlet"].as_str()).collect();
    outlets.sort();
    outlets.dedup();
    assert_eq!(outlets, ["Arab Observer", "Atalayar"], "{st}");
}

#[test]
fn romanowski_and_al_sudani_contradict_each_other() {
    let (_d, db) = ingested();
    let cs = json(&dossier(&db, &["conflicts", "--json"]));
    let found = cs.as_array().unwrap().iter().any(|c| {
        let names = [c["a"]["speaker_name"].as_str().unwrap_or(""), c["b"]["speaker_name"].as_str().unwrap_or("")];
        c["kind"] == "contradiction"
            && names.contains(&"Alina Romanowski")
            && names.contains(&"Mohammed Shia al-Sudani")
            && c["a"]["date"] == "2024-03-25"
    });
    assert!(found, "{cs:#}");
    // The export carries it too, with the contract's fields.
    let ex = json(&dossier(&db, &["export", "--format", "json"]));
    let c = ex["conflicts"].as_array().unwrap().iter().find(|c| c["kind"] == "contradiction").expect("a conflict");
    for k in ["id", "kind", "about", "a", "b"] {
        assert!(!c[k].is_null(), "{k} missing in {c}");
    }
    for k in ["quote", "speaker_name", "article", "date"] {
        assert!(c["a"].get(k).is_some(), "a.{k} missing in {c}");
    }
    assert!(!ex["stories"].as_array().unwrap().is_empty());
    let e = ex["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Islamic State").expect("ISIS");
    assert!(e["aliases"].as_array().unwrap().iter().any(|a| a == "Daesh"));
}

#[test]
fn report_cites_every_line_and_stories_group_the_2021_coverage() {
    let (_d, db) = ingested();
    let stories = json(&dossier(&db, &["stories", "--json"]));
    let s2021 = stories.as_array().unwrap().iter().find(|s| s["articles"] == 2).expect("a two-article story");
    let outlets: Vec<&str> = s2021["outlets"].as_array().unwrap().iter().filter_map(|o| o[0].as_str()).collect();
    assert!(outlets.contains(&"Arab Observer") && outlets.contains(&"Atalayar"));
    let out = dossier(&db, &["report"]);
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    for h in ["## What happened when", "## Key figures", "## Who said what", "## Where sources disagree"] {
        assert!(md.contains(h), "{h} missing:\n{md}");
    }
    for line in md.lines().filter(|l| l.starts_with("- ")) {
        assert!(line.contains(", a-"), "uncited line: {line}");
    }
    let story = s2021["id"].as_str().unwrap();
    let one = String::from_utf8(dossier(&db, &["report", story]).stdout).unwrap();
    assert!(one.contains("Atalayar") && !one.contains("2024-03-25"), "{one}");
}
