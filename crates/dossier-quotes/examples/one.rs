//! Runs the extractor on one file many times (for profiling): `one FILE N`.
fn main() {
    let mut a = std::env::args().skip(1);
    let t = std::fs::read_to_string(a.next().unwrap_or_default()).unwrap_or_default();
    let n: usize = a.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let mut c = 0;
    for _ in 0..n {
        c += dossier_quotes::extract_quotes(&t, &[]).len();
    }
    println!("{c}");
}
