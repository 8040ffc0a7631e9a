//! `cargo run --release -p dossier-eval --example polnear -- DIR`: prints the PolNeAR scores.
fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: polnear DIR");
        std::process::exit(2);
    };
    match dossier_eval::polnear::eval_polnear(std::path::Path::new(&dir)) {
        Ok(r) => print!("{}", r.to_table()),
        Err(e) => {
            eprintln!("polnear: {e}");
            std::process::exit(1);
        }
    }
}
