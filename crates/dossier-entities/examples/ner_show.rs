//! Prints the entities found in a text file: `cargo run -p dossier-entities --example ner_show -- FILE`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: show FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for m in dossier_entities::extract_entities(&text) {
        println!(
            "{:<13} {:<40} name={:<35} role={}",
            m.kind.as_str(),
            m.span.slice(&text),
            m.name,
            m.role.as_deref().unwrap_or("-")
        );
    }
}
