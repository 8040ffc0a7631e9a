//! Prints the quotes found in each file given: `cargo run -p dossier-quotes --example quotes_dump -- FILE…`
fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        println!("== {path}");
        for q in dossier_quotes::extract_quotes(&text, &[]) {
            let sp = q.speaker_span.map(|s| s.slice(&text).to_string());
            println!(
                "[{}] {:?} <- {:?} ({:?}) cue={:?}\n    {}",
                if q.direct { "D" } else { "R" },
                q.speaker_name,
                sp,
                q.span.start,
                q.cue,
                q.span.slice(&text).chars().take(110).collect::<String>()
            );
        }
    }
}
