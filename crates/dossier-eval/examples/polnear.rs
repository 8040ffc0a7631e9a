//! `cargo run --release -p dossier-eval --example polnear -- DIR [K/N]`: prints the PolNeAR
//! scores, of the whole split or of fold K of N (documents by sorted name, position mod N).
//!
//! Choose a rule on one fold of train and check it on the other before reading dev, e.g.
//! `polnear ../shared/eval/polnear/train 0/2` and `… 1/2`.
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: polnear DIR [K/N]");
        std::process::exit(2);
    };
    let fold = match args.next() {
        None => None,
        Some(f) => match f.split_once('/').and_then(|(k, n)| Some((k.parse().ok()?, n.parse().ok()?))) {
            Some(kn) => Some(kn),
            None => {
                eprintln!("polnear: {f}: expected a fold as K/N, e.g. 0/2");
                std::process::exit(2);
            }
        },
    };
    match dossier_eval::polnear::eval_polnear_fold(std::path::Path::new(&dir), fold) {
        Ok(r) => print!("{}", r.to_table()),
        Err(e) => {
            eprintln!("polnear: {dir}: {e}");
            std::process::exit(1);
        }
    }
}
