//! A digest of every mention `extract_entities` finds over a JSONL.gz corpus (text in
//! `content_original`), to prove a speed change left the output identical:
//! `cargo run --release -p dossier-entities --example digest -- allsides-5k.jsonl.gz`
use std::io::{BufRead, BufReader};

/// FNV-1a 64: stable across runs and Rust versions, unlike `DefaultHasher`.
fn fnv(mut h: u64, b: &[u8]) -> u64 {
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: digest FILE.jsonl.gz");
        std::process::exit(2);
    };
    let f = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut ht = 0xcbf2_9ce4_8422_2325u64;
    let (mut h, mut n_docs, mut n_ent) = (0xcbf2_9ce4_8422_2325u64, 0usize, 0usize);
    for line in BufReader::new(flate2::read::GzDecoder::new(f)).lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(t) = v.get("content_original").and_then(|x| x.as_str()) else { continue };
        n_docs += 1;
        let ms = dossier_entities::extract_entities(t);
        n_ent += ms.len();
        // Debug prints every field (span, kind, name, role…), so any change shows.
        h = fnv(h, format!("{n_docs}:{ms:?}\n").as_bytes());
        // The raw tags too, over the same tokens and sentences `extract_entities` uses.
        let toks = dossier_nlp::tokens(t);
        let sents: Vec<Vec<&str>> = dossier_nlp::sentence_ranges(t, &toks)
            .iter()
            .map(|&(a, b)| toks.get(a..b).unwrap_or(&[]).iter().map(|k| k.text(t)).collect())
            .collect();
        ht = fnv(ht, format!("{:?}\n", dossier_entities::tag_document(&sents)).as_bytes());
    }
    println!("{n_docs} articles, {n_ent} mentions, mention digest {h:016x}, tag digest {ht:016x}");
}
