//! End-to-end tests of the binary on the founding example corpus (`examples/iraq-2020-2024`).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example() -> PathBuf {
    root().join("examples/iraq-2020-2024")
}

fn dossier(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("DOSSIER_DB", db)
        .env_remove("NO_COLOR")
        .output()
        .expect("run dossier")
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON on stdout")
}

fn ingested() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let out = dossier(&db, &["ingest", "--json", example().to_str().unwrap()]);
    let summary = json(&out);
    assert_eq!(summary["added"], 4, "{summary}");
    assert_eq!(summary["errors"].as_array().unwrap().len(), 0, "{summary}");
    (dir, db)
}

#[test]
fn export_has_the_four_articles_clean_with_manifest_metadata() {
    let (_dir, db) = ingested();
    let export = json(&dossier(&db, &["export", "--format", "json"]));
    assert_eq!(export["dossier_export"], 1);
    let articles = export["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 4);
    let by_date =
        |d: &str| articles.iter().find(|a| a["published"] == d).unwrap_or_else(|| panic!("no article of {d}"));

    let a2020 = by_date("2020-09-10");
    assert_eq!(a2020["outlet"], Value::Null);
    assert_eq!(a2020["language"], "en");
    assert_eq!(a2020["title"], "ISIS still a threat to Iraq amid US withdrawal");
    let arab = by_date("2021-12-10");
    assert_eq!(arab["outlet"], "Arab Observer");
    assert_eq!(arab["title"], "US-led coalition warns “ISIS” has fallen, but still in Iraq");
    let atalayar = by_date("2021-12-13");
    assert_eq!(atalayar["outlet"], "Atalayar");
    assert_eq!(atalayar["title"], "US troops to stay in Iraq after combat mission ends");
    let a2024 = by_date("2024-03-25");
    assert!(a2024["title"].as_str().unwrap().contains("US Ambassador to Iraq"), "{}", a2024["title"]);

    // Noise is out of every text, and every removed line is listed.
    let noise = [
        "image Photo: CENTCOM",
        "PHOTO/UNITED STATES ARMY",
        "PHOTO/AP",
        "Soldados de Estados Unidos",
        "REUTERS/CARLOS BARRIA",
        "El primer ministro",
        "REUTERS/THAIER",
        "Local Caption",
        "Envíanos tus noticias",
        "tu identidad",
        "Related Articles",
        "Back to top button",
    ];
    let mut removed_all = Vec::new();
    for a in articles {
        let text = a["text"].as_str().unwrap();
        for n in noise {
            assert!(!text.contains(n), "{n:?} left in {}", a["source"]);
        }
        assert!(!text.contains('\u{a0}'), "no-break spaces normalised");
        for r in a["removed"].as_array().unwrap() {
            removed_all.push(r.as_str().unwrap().to_string());
        }
    }
    for n in noise {
        assert!(removed_all.iter().any(|r| r.contains(n)), "{n:?} not listed in removed");
    }
    // Real body text stays, paragraphs kept.
    let t = arab["text"].as_str().unwrap();
    assert!(t.contains("“We are officially announcing the end of the coalition forces’ combat mission,”"));
    assert!(t.contains("\n\n"), "paragraphs kept");
    assert!(a2024["text"].as_str().unwrap().contains("137 people were killed"));
}

#[test]
fn reingest_adds_nothing_and_listings_work() {
    let (_dir, db) = ingested();
    let again = json(&dossier(&db, &["ingest", "--json", example().to_str().unwrap()]));
    assert_eq!(again["added"], 0);
    assert_eq!(again["unchanged"], 4);

    let list = json(&dossier(&db, &["articles", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 4);
    let first = &list[0];
    assert_eq!(first["published"], "2024-03-25", "newest first");
    let only = json(&dossier(&db, &["articles", "--json", "--outlet", "atalayar"]));
    assert_eq!(only.as_array().unwrap().len(), 1);
    let range = json(&dossier(&db, &["articles", "--json", "--since", "2021-01-01", "--until", "2021-12-31"]));
    assert_eq!(range.as_array().unwrap().len(), 2);

    let hits = json(&dossier(&db, &["search", "--json", "combat mission"]));
    assert!(!hits.as_array().unwrap().is_empty());
    assert!(hits[0]["snippet_text"].as_str().unwrap().to_lowercase().contains("combat"));

    let id = first["id"].as_str().unwrap();
    let shown = json(&dossier(&db, &["show", "--json", &id[..8]]));
    assert_eq!(shown["id"], id, "a unique id prefix resolves");
    let stats = json(&dossier(&db, &["stats", "--json"]));
    assert_eq!(stats["articles"], 4);

    // Piped output is plain: no colour codes.
    let out = dossier(&db, &["show", "--annotate", id]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn export_offsets_point_at_the_fact_text() {
    let (_dir, db) = ingested();
    let export = json(&dossier(&db, &["export", "--format", "json"]));
    let texts: std::collections::HashMap<String, Vec<char>> = export["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap().to_string(), a["text"].as_str().unwrap().chars().collect()))
        .collect();
    let mut checked = 0;
    for kind in ["quotes", "figures", "times"] {
        for f in export[kind].as_array().unwrap() {
            let chars = &texts[f["article"].as_str().unwrap()];
            let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
            let span: String = chars[s..e].iter().collect();
            assert_eq!(span, f["text"].as_str().unwrap(), "{kind} offsets");
            checked += 1;
        }
    }
    assert!(checked > 20, "facts were extracted ({checked})");
}

#[test]
fn csv_and_jsonl_exports_parse() {
    let (_dir, db) = ingested();
    let out = dossier(&db, &["export", "--format", "jsonl"]);
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.iter().filter(|v| v["type"] == "article").count(), 4);
    let out = dossier(&db, &["export", "--format", "csv"]);
    assert!(out.status.success());
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(rdr.records().count(), 4);
}

#[test]
fn quotes_by_speaker_follow_the_linked_person_across_spellings() {
    let (_dir, db) = ingested();
    // The Arab Observer spells him "Qassem Al Aaraji", Atalayar "Qasim al-Araji": one person.
    for name in ["al-Araji", "Qassem Al Aaraji"] {
        let quotes = json(&dossier(&db, &["quotes", "--speaker", name, "--json"]));
        let spellings: std::collections::HashSet<&str> =
            quotes.as_array().unwrap().iter().filter_map(|q| q["speaker_name"].as_str()).collect();
        assert!(
            spellings.contains("Qassem Al Aaraji") && spellings.contains("Qasim al-Araji"),
            "{name}: {spellings:?}"
        );
        let articles: std::collections::HashSet<&str> =
            quotes.as_array().unwrap().iter().filter_map(|q| q["article"].as_str()).collect();
        assert_eq!(articles.len(), 2, "{name}: {quotes}");
    }
    // Someone else's quotes stay out.
    let quotes = json(&dossier(&db, &["quotes", "--speaker", "McEnany", "--json"]));
    assert!(quotes.as_array().unwrap().iter().all(|q| q["speaker_name"] == "Kayleigh McEnany"), "{quotes}");
}

#[test]
fn commands_on_a_missing_database_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = dossier(&dir.path().join("none.db"), &["articles"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database"));
}
