//! `cargo run --release -p dossier-eval --example conll -- eng.valid.txt`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: conll FILE");
        std::process::exit(2);
    };
    match dossier_eval::conll::eval_conll(std::path::Path::new(&path)) {
        Ok(r) => print!("{}", r.to_table()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
