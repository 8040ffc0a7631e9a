//! Prints one sentence per line: `cargo run -p dossier-nlp --example sentences -- FILE`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: sentences FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for s in dossier_nlp::sentences(&text) {
        println!("[{}..{}] {}", s.start, s.end, s.slice(&text).replace('\n', "⏎"));
    }
}
