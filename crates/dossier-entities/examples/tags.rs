//! Prints raw-text tokens with their tags: `cargo run -p dossier-entities --example tags -- FILE`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tags FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let toks = dossier_nlp::tokens(&text);
    let sents = dossier_nlp::sentence_ranges(&text, &toks);
    let doc: Vec<Vec<&str>> = sents.iter().map(|&(a, b)| toks[a..b].iter().map(|t| t.text(&text)).collect()).collect();
    for (s, tags) in doc.iter().zip(dossier_entities::tag_document(&doc)) {
        let line: Vec<String> = s.iter().zip(tags).map(|(w, t)| format!("{w}/{}", t.as_string())).collect();
        println!("{}", line.join(" "));
    }
}
