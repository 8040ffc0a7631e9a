//! Prints the figures found in each line of standard input (a debugging aid).
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        println!("{line}");
        for f in dossier_figures::extract_figures(&line, None, &[]) {
            println!(
                "  {:?} = {} {:?} counts={:?} q={:?}",
                f.span.slice(&line),
                f.value,
                f.unit,
                f.counts,
                f.qualifier
            );
        }
    }
}
