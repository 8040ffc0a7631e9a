//! `stories PATH [THRESHOLD]`: BCubed scores of the story clusterer on a gold JSONL file.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: stories PATH.jsonl [THRESHOLD]");
        std::process::exit(2);
    };
    let mut params = dossier_link::StoryParams::default();
    if let Some(t) = args.get(2).and_then(|t| t.parse().ok()) {
        params.threshold = t;
    }
    match dossier_eval::stories::eval_stories_with(std::path::Path::new(path), params) {
        Ok(r) => print!("{}", r.to_table()),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
