//! Prints what the readers make of some inputs, one JSON object per article or error: a
//! quick way to eyeball a new source. `cargo run -p dossier-ingest --example dump -- PATH...`

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    dossier_ingest::read_inputs(&paths, &dossier_ingest::ReadOptions::default(), &mut |r| match r {
        Ok(a) => println!("{}", serde_json::to_string(&a).unwrap_or_default()),
        Err(e) => println!("{{\"error\": {:?}}}", e.to_string()),
    });
}
