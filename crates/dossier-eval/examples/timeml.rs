//! `cargo run --release -p dossier-eval --example timeml -- PATH [--errors]`: TempEval-3 Task A
//! on a folder of `.tml` files. `--errors` lists gold/predicted disagreements for study
//! (`--ok` adds the agreements).
use std::path::Path;

use dossier_eval::timeml::{eval_timeml, parse_tml};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: timeml PATH [--errors]");
        std::process::exit(2);
    };
    // `--ok` also lists the agreements, to weigh a rule's precision.
    let show_ok = args.iter().any(|a| a == "--ok");
    if args.iter().any(|a| a == "--errors") {
        let mut stack = vec![Path::new(path).to_path_buf()];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                for e in std::fs::read_dir(&p)? {
                    stack.push(e?.path());
                }
                continue;
            }
            if p.extension().is_none_or(|e| e != "tml") {
                continue;
            }
            let doc = parse_tml(&std::fs::read_to_string(&p)?);
            let pred = dossier_time::extract_times(&doc.text, doc.dct);
            for g in &doc.timexes {
                let hit = pred.iter().find(|x| x.span.overlaps(&g.span));
                match hit {
                    None => {
                        let s = g.span.start.saturating_sub(60);
                        let ctx = doc.text.get(s..(g.span.end + 40).min(doc.text.len())).unwrap_or("");
                        println!(
                            "MISS\t{}\t{}\t{}\t| {}",
                            g.kind,
                            g.value,
                            g.span.slice(&doc.text).replace('\n', " "),
                            ctx.replace('\n', " ")
                        )
                    }
                    Some(x) if x.value.as_deref() != Some(g.value.as_str()) || x.kind.as_str() != g.kind => {
                        println!(
                            "WRONG\t{}\t{}\t{}\t=>\t{}\t{}\t{}\t{:?}\t| {}",
                            g.kind,
                            g.value,
                            g.span.slice(&doc.text).replace('\n', " "),
                            x.kind.as_str(),
                            x.value.as_deref().unwrap_or("-"),
                            x.span.slice(&doc.text).replace('\n', " "),
                            doc.dct,
                            doc.text
                                .get(g.span.start.saturating_sub(80)..(g.span.end + 40).min(doc.text.len()))
                                .unwrap_or("")
                                .replace('\n', " ")
                        )
                    }
                    Some(x) if show_ok => println!(
                        "OK\t{}\t{}\t{}\t=>\t{}",
                        g.kind,
                        g.value,
                        g.span.slice(&doc.text).replace('\n', " "),
                        x.span.slice(&doc.text).replace('\n', " ")
                    ),
                    Some(x) if x.span != g.span => println!(
                        "SPAN\t{}\t=>\t{}",
                        g.span.slice(&doc.text).replace('\n', " "),
                        x.span.slice(&doc.text).replace('\n', " ")
                    ),
                    _ => {}
                }
            }
            for x in &pred {
                if !doc.timexes.iter().any(|g| g.span.overlaps(&x.span)) {
                    let s = x.span.start.saturating_sub(30);
                    let ctx = doc.text.get(s..(x.span.end + 20).min(doc.text.len())).unwrap_or("");
                    println!(
                        "SPUR\t{}\t{}\t{}\t| {}",
                        x.kind.as_str(),
                        x.value.as_deref().unwrap_or("-"),
                        x.span.slice(&doc.text),
                        ctx.replace('\n', " ")
                    );
                }
            }
        }
        return Ok(());
    }
    print!("{}", eval_timeml(Path::new(path))?.to_table());
    Ok(())
}
