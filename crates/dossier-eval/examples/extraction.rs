//! `cargo run --release -p dossier-eval --example extraction -- DIR`: scores the HTML extractor on
//! an article-extraction-benchmark folder (`ground-truth.json`, `html/ID.html.gz`).

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: extraction DIR");
        std::process::exit(2);
    };
    let start = std::time::Instant::now();
    match dossier_eval::extraction::eval_extraction(std::path::Path::new(&dir)) {
        Ok(r) => {
            print!("{}", r.to_table());
            println!("seconds {:.2}", start.elapsed().as_secs_f64());
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
