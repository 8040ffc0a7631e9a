//! Trains the entity tagger: `cargo run --release -p dossier-entities --example train --
//! TRAIN_FILE OUT_MODEL [EPOCHS] [HASH_BITS] [SEEDS] [VALID_FILE]`. Deterministic: same input, same bytes.
//! With VALID_FILE, prints token accuracy there (for choosing epochs and size only).

use dossier_entities::{Tag, TrainDoc, conll, tag_document_with, train};

fn load(path: &str) -> Vec<TrainDoc> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    conll::read(&text)
        .into_iter()
        .map(|d| {
            let mut words = Vec::new();
            let mut tags = Vec::new();
            let mut sents = Vec::new();
            for s in &d.sentences {
                let a = words.len();
                let raw: Vec<&str> = s.iter().map(|x| x.1.as_str()).collect();
                for ((w, _), t) in s.iter().zip(conll::to_bio(&raw)) {
                    words.push(w.clone());
                    tags.push(Tag::parse(&t).unwrap_or(Tag::O));
                }
                sents.push((a, words.len()));
            }
            TrainDoc { words, tags, sents }
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: train TRAIN_FILE OUT_MODEL [EPOCHS] [HASH_BITS] [SEEDS] [VALID_FILE]");
        std::process::exit(2);
    }
    let epochs = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let bits = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(18);
    let seeds = args.get(5).and_then(|s| s.parse().ok()).unwrap_or(5);
    let docs = load(&args[1]);
    eprintln!("{} documents", docs.len());
    let model = train(&docs, epochs, bits, seeds, |m| eprintln!("{m}"));
    let bytes = model.to_bytes();
    std::fs::write(&args[2], &bytes).unwrap_or_else(|e| panic!("{}: {e}", args[2]));
    eprintln!("wrote {} bytes", bytes.len());
    if let Some(v) = args.get(6) {
        let vd = load(v);
        let (mut ok, mut n) = (0, 0);
        for d in &vd {
            let sents: Vec<Vec<&str>> =
                d.sents.iter().map(|&(a, b)| d.words[a..b].iter().map(String::as_str).collect()).collect();
            let pred = tag_document_with(Some(&model), &sents);
            for (p, g) in pred.iter().flatten().zip(&d.tags) {
                n += 1;
                ok += (p == g) as usize;
            }
        }
        eprintln!("valid token accuracy {:.4}", ok as f64 / n as f64);
    }
}
