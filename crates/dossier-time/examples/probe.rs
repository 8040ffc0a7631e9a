//! `cargo run -p dossier-time --example probe -- YYYY-MM-DD "text"`: prints what is found.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let dct = a.get(1).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let text = a.get(2).cloned().unwrap_or_default();
    for t in dossier_time::extract_times(&text, dct) {
        println!("{:?}\t{}\t{}", t.span.slice(&text), t.kind.as_str(), t.value.as_deref().unwrap_or("-"));
    }
}
