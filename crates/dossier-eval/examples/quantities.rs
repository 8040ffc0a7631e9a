//! `cargo run --release -p dossier-eval --example quantities -- PATH`: scores figures on a
//! NewsQuant / CQE JSON file or a folder of them and prints the table.
fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: quantities PATH (a JSON file or a folder of them)");
        std::process::exit(2);
    };
    match dossier_eval::quantities::eval_quantities(std::path::Path::new(&path)) {
        Ok(r) => print!("{}", r.to_table()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
