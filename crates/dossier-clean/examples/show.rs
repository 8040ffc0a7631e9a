//! Prints what the cleaner does to plain-text files: title, language, removed lines, body.
//! `cargo run -p dossier-clean --example show -- FILE...`

use dossier_core::RawArticle;

fn main() {
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let a = dossier_clean::clean(RawArticle { source: path.clone(), text, ..Default::default() });
        println!("=== {path}\nid: {}\ntitle: {:?}\nlanguage: {:?}", a.id, a.title, a.language);
        for r in &a.removed {
            println!("removed [{}]: {}", r.reason, r.line);
        }
        println!("---\n{}\n", a.text);
    }
}
