//! Bad input and crashes: every failure is named and counted, the rest of the batch goes on,
//! and a killed ingest leaves a consistent database.

use serde_json::{Value, json};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

fn ingest(db: &Path, paths: &[&Path]) -> Output {
    bin().arg("--db").arg(db).arg("ingest").arg("--json").args(paths).output().expect("run dossier")
}

/// A plausible news paragraph made of `n` pseudo-random words, different for every `seed`.
fn prose(seed: u64, n: usize) -> String {
    const WORDS: &[&str] = &[
        "officials",
        "said",
        "the",
        "government",
        "troops",
        "coalition",
        "minister",
        "announced",
        "on",
        "Tuesday",
        "that",
        "talks",
        "would",
        "continue",
        "despite",
        "attacks",
        "in",
        "the",
        "north",
        "analysts",
        "warned",
        "budget",
        "election",
        "council",
        "police",
        "report",
        "villages",
        "river",
        "company",
        "shares",
        "rose",
        "percent",
        "after",
        "court",
        "ruling",
        "protesters",
        "gathered",
    ];
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let w = WORDS[(x % WORDS.len() as u64) as usize];
        out.push(if i % 12 == 11 { format!("{w}.") } else { w.to_string() });
    }
    let mut s = out.join(" ");
    s.push('.');
    format!("Report {seed}: {s}")
}

#[test]
fn each_bad_input_is_named_counted_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(
        d.join("good.txt"),
        "Troops leave Iraq\n\nThe last 2,500 troops left the base on Thursday, officials said.\n",
    )
    .unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 0, 0, 7]).unwrap();
    std::fs::write(d.join("latin1.txt"), b"Caf\xe9 owners protest\n\nThe caf\xe9 owners gathered in the square.\n")
        .unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("nothing.html"), "<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
        .unwrap();
    // A JSONL file with one malformed line among good ones.
    let good1 = json!({"title": "Budget passes", "text": prose(1, 80), "source": "Wire", "date": "2022-01-02"});
    let good2 = json!({"title": "Court rules", "text": prose(2, 80), "source": "Wire", "date": "2022-01-03"});
    std::fs::write(d.join("mixed.jsonl"), format!("{good1}\n{{\"title\": \"broken\", \n{good2}\n")).unwrap();
    // A truncated gzip.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 10..40 {
        writeln!(gz, "{}", json!({"title": format!("Story {i}"), "text": prose(i, 120)})).unwrap();
    }
    let bytes = gz.finish().unwrap();
    std::fs::write(d.join("cut.jsonl.gz"), &bytes[..bytes.len() / 2]).unwrap();
    // One 50 MB line.
    let mut big = std::fs::File::create(d.join("huge.jsonl")).unwrap();
    big.write_all(b"{\"title\": \"huge\", \"text\": \"").unwrap();
    let chunk = "a".repeat(1 << 20);
    for _ in 0..50 {
        big.write_all(chunk.as_bytes()).unwrap();
    }
    big.write_all(b"\"}\n").unwrap();
    drop(big);

    let db = dir.path().join("d.db");
    let out = ingest(&db, &[&d]);
    assert_eq!(out.status.code(), Some(1), "exit code says something failed");
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<String> =
        summary["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_string()).collect();
    let has = |file: &str| errors.iter().any(|e| e.contains(file));
    for f in ["binary.txt", "latin1.txt", "empty.txt", "nothing.html", "mixed.jsonl", "cut.jsonl.gz", "huge.jsonl"] {
        assert!(has(f), "{f} is named in an error: {errors:#?}");
    }
    assert!(errors.iter().any(|e| e.contains("mixed.jsonl:2")), "the malformed line is located: {errors:#?}");
    // good.txt, the two good JSONL lines and whatever the truncated gzip held before the cut.
    let added = summary["added"].as_u64().unwrap();
    assert!(added >= 3, "{summary}");
    let titles: Value =
        serde_json::from_slice(&bin().arg("--db").arg(&db).args(["articles", "--json"]).output().unwrap().stdout)
            .unwrap();
    let titles: Vec<&str> = titles.as_array().unwrap().iter().filter_map(|a| a["title"].as_str()).collect();
    for t in ["Troops leave Iraq", "Budget passes", "Court rules"] {
        assert!(titles.contains(&t), "{t} stored: {titles:?}");
    }
}

#[test]
fn a_killed_ingest_leaves_a_consistent_database() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&corpus).unwrap());
    let n = 3000u64;
    for i in 0..n {
        let rec = json!({"title": format!("Report number {i}"), "text": prose(i, 150), "source": "Test Wire", "date": "2023-05-01"});
        writeln!(f, "{rec}").unwrap();
    }
    drop(f);
    let db = dir.path().join("k.db");
    let mut child = bin()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--quiet", "--batch", "50"])
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it (SIGKILL) once at least one batch is committed and before it ends.
    let start = Instant::now();
    let count = |db: &Path| -> i64 {
        match dossier_store::Store::open_readonly(db) {
            Ok(s) => s.conn().query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap_or(0),
            Err(_) => 0,
        }
    };
    loop {
        if db.exists() && count(&db) > 0 {
            break;
        }
        assert!(child.try_wait().unwrap().is_none(), "ingest ended before it could be killed");
        assert!(start.elapsed() < Duration::from_secs(120), "no batch committed in 2 minutes");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let store = dossier_store::Store::open(&db).unwrap();
    let conn = store.conn();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)", []).unwrap();
    let stored: i64 = conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap();
    assert!(stored > 0 && (stored as u64) < n, "killed mid-ingest ({stored} of {n})");
    assert_eq!(stored % 50, 0, "only whole batches are committed");
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM times WHERE article NOT IN (SELECT id FROM articles)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
    drop(store);

    // Ingesting again completes the corpus without duplicating what was committed.
    let out = ingest(&db, &[&corpus]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["unchanged"].as_i64().unwrap(), stored);
    assert_eq!(summary["added"].as_i64().unwrap() + stored, n as i64);
}
