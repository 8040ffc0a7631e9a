//! Measures full-text index designs on a JSONL.gz corpus (field `content_original`, `title`):
//! CPU seconds to store the articles and index them, per FTS5 configuration. The choice of index
//! design in `schema.rs` rests on these figures.
//!
//! `cargo run --release -p dossier-store --example fts_variants -- CORPUS.jsonl.gz [SCRATCH_DIR [VARIANT,...]]`

use rusqlite::{Connection, params};
use std::io::BufRead;
use std::path::PathBuf;

fn cpu() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes into it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc == 0 { ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9 } else { 0.0 }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let corpus = PathBuf::from(args.next().ok_or("usage: fts_variants CORPUS.jsonl.gz [SCRATCH_DIR]")?);
    let scratch = args.next().map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    // Optional: a comma-separated list of variant names to run (default: all).
    let only: Option<Vec<String>> = args.next().map(|s| s.split(',').map(str::to_string).collect());
    let f = std::fs::File::open(&corpus)?;
    let r = std::io::BufReader::new(flate2::read::GzDecoder::new(f));
    let mut docs: Vec<(String, String)> = Vec::new();
    for line in r.lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let title = v["title"].as_str().unwrap_or("").to_string();
        let text = v["content_original"].as_str().unwrap_or("").to_string();
        docs.push((title, text));
    }
    let tok = "tokenize = 'porter unicode61 remove_diacritics 2'";
    let full = format!("fts5(title, text, content='articles', content_rowid='rowid', {tok})");
    let column = format!("fts5(title, text, content='articles', content_rowid='rowid', detail=column, {tok})");
    let variants: Vec<(&str, String, Vec<&str>, bool)> = vec![
        ("none (table only)", String::new(), vec![], false),
        ("full", full.clone(), vec![], false),
        ("full, deferred rebuild", full.clone(), vec![], true),
        ("full hash8M", full.clone(), vec!["hashsize=8388608"], false),
        ("full hash8M am8", full.clone(), vec!["hashsize=8388608", "automerge=8"], false),
        ("full hash8M pgsz8k", full.clone(), vec!["hashsize=8388608", "pgsz=8000"], false),
        ("column", column.clone(), vec![], false),
        ("column hash8M", column.clone(), vec!["hashsize=8388608"], false),
        ("column hash8M am8", column.clone(), vec!["hashsize=8388608", "automerge=8"], false),
        ("column am0", column.clone(), vec!["automerge=0"], false),
        ("column, deferred rebuild", column.clone(), vec![], true),
        ("none-detail", full.replace("content_rowid='rowid',", "content_rowid='rowid', detail=none,"), vec![], false),
    ];
    println!("{:<34} {:>8} {:>8} {:>8} {:>10} {:>9}", "variant", "store s", "fts s", "total s", "articles/s", "db MB");
    for (name, fts, cfg, deferred) in variants {
        if let Some(o) = &only
            && !o.iter().any(|n| n == name)
        {
            continue;
        }
        let path = scratch.join(format!("fts-variant-{}.db", std::process::id()));
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", path.display()));
        }
        let mut c = Connection::open(&path)?;
        c.pragma_update(None, "page_size", 8192)?;
        c.pragma_update(None, "journal_mode", "WAL")?;
        c.pragma_update(None, "synchronous", "NORMAL")?;
        c.pragma_update(None, "wal_autocheckpoint", 4000)?;
        c.pragma_update(None, "cache_size", -64_000)?;
        c.execute_batch("CREATE TABLE articles (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, text TEXT NOT NULL)")?;
        if !fts.is_empty() {
            c.execute_batch(&format!("CREATE VIRTUAL TABLE articles_fts USING {fts}"))?;
            for kv in &cfg {
                let (k, v) = kv.split_once('=').ok_or("bad cfg")?;
                c.execute(
                    "INSERT INTO articles_fts(articles_fts, rank) VALUES (?1, ?2)",
                    params![k, v.parse::<i64>()?],
                )?;
            }
        }
        let t0 = cpu();
        let mut fts_cpu = 0.0;
        for (bi, chunk) in docs.chunks(1000).enumerate() {
            let tx = c.transaction()?;
            {
                let mut ins = tx.prepare_cached("INSERT INTO articles (id, title, text) VALUES (?1, ?2, ?3)")?;
                let mut fi = if fts.is_empty() || deferred {
                    None
                } else {
                    Some(tx.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?)
                };
                for (i, (title, text)) in chunk.iter().enumerate() {
                    ins.execute(params![format!("{bi}-{i}"), title, text])?;
                    if let Some(fi) = fi.as_mut() {
                        let t = cpu();
                        fi.execute(params![tx.last_insert_rowid(), title, text])?;
                        fts_cpu += cpu() - t;
                    }
                }
            }
            tx.commit()?;
        }
        if deferred && !fts.is_empty() {
            let t = cpu();
            c.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')", [])?;
            fts_cpu += cpu() - t;
        }
        drop(c);
        let total = cpu() - t0;
        let mb = std::fs::metadata(&path).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0);
        println!(
            "{:<34} {:>8.3} {:>8.3} {:>8.3} {:>10.0} {:>9.1}",
            name,
            total - fts_cpu,
            fts_cpu,
            total,
            docs.len() as f64 / total,
            mb
        );
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", path.display()));
        }
    }
    Ok(())
}
