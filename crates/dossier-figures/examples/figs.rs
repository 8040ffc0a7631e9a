//! Prints, for each line of standard input, one JSON list of the figures found in it
//! (a debugging aid: `echo "about 2,500 troops" | cargo run -p dossier-figures --example figs`).
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let figs: Vec<serde_json::Value> = dossier_figures::extract_figures(&line, None, &[])
            .iter()
            .map(|f| {
                serde_json::json!({"text": f.span.slice(&line), "value": f.value, "unit": f.unit,
                                   "counts": f.counts, "qualifier": f.qualifier})
            })
            .collect();
        println!("{}", serde_json::Value::Array(figs));
    }
}
