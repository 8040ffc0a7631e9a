//! Study aid: speaker names of quotes on BASIL, where PolNeAR (which scores source spans)
//! cannot tell a right name from a wrong one. `basil_speakers BASIL_DIR [--show]`.
//!
//! Each phrase BASIL marks as a quote with a named speaker ("Michael_Steele"; the generic
//! "other_…" labels are left out) is looked up in the article's text; the quote dossier finds
//! over most of it is *covered*, and its speaker is *right* when the last words of the two names
//! agree ("Steele" = "Michael Steele"; see [`same_last_word`] for labels cut short).
use std::path::Path;

use serde_json::Value;

fn last_word(n: &str) -> String {
    let n = n.trim_end_matches("'s").trim_end_matches("’s");
    n.rsplit([' ', '_']).next().unwrap_or("").to_lowercase()
}

/// Do a found name and a BASIL label end in the same word? BASIL's labels stop at the first
/// letter outside ASCII ("Felipe_Calder" for Felipe Calderón), so a label word of five letters
/// or more also agrees with a name word it begins, in either spelling ("Calderón", "Calderon").
fn same_last_word(name: &str, label: &str) -> bool {
    let (n, l) = (last_word(name), last_word(label));
    n == l || (l.chars().count() >= 5 && n.starts_with(&l) && n.chars().count() <= l.chars().count() + 3)
}

/// A label naming one person ("Michael_Steele"), not a group ("Tea_Party", "Obama_campaign",
/// "Republican_Lawmakers"), whose quotes BASIL gives to the group rather than the member
/// quoted.
fn person_label(l: &str) -> bool {
    const GROUPISH: &[&str] = &[
        "Party",
        "Campaign",
        "Lawmakers",
        "Officials",
        "Republicans",
        "Democrats",
        "Department",
        "House",
        "Senate",
        "America",
        "Now",
        "Committee",
        "Coalition",
        "Administration",
        "Court",
        "Council",
        "Union",
        "Association",
    ];
    let parts: Vec<&str> = l.split('_').collect();
    (2..=4).contains(&parts.len())
        && parts.iter().all(|p| p.starts_with(char::is_uppercase))
        && !parts.iter().any(|p| GROUPISH.iter().any(|g| g.eq_ignore_ascii_case(p)))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: basil_speakers BASIL_DIR [--show]");
        std::process::exit(2);
    };
    let show = args.iter().any(|a| a == "--show");
    let anns = dossier_eval::basil::json_files(&Path::new(dir).join("annotations"));
    let (mut gold, mut covered, mut right, mut missing) = (0, 0, 0, 0);
    for f in &anns {
        let Some(stem) = f.file_stem().and_then(|s| s.to_str()).and_then(|s| s.strip_suffix("_ann")) else {
            continue;
        };
        let Some(year) = f.parent().and_then(|p| p.file_name()) else { continue };
        let art = Path::new(dir).join("articles").join(year).join(format!("{stem}.json"));
        let read = |p: &Path| std::fs::read_to_string(p).ok().and_then(|s| serde_json::from_str::<Value>(&s).ok());
        let (Some(a), Some(v)) = (read(f), read(&art)) else {
            eprintln!("{}: unreadable", f.display());
            continue;
        };
        let Some(text) = dossier_eval::basil::article_text(&v) else {
            eprintln!("{}: no body-paragraphs", art.display());
            continue;
        };
        let ents = dossier_entities::extract_entities(&text);
        let quotes = dossier_quotes::extract_quotes(&text, &ents);
        let phrases = a.get("phrase-level-annotations").and_then(Value::as_array).cloned().unwrap_or_default();
        for p in &phrases {
            let s = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("");
            let (speaker, txt) = (
                s("speaker"),
                s("txt").trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’".contains(c)),
            );
            if s("quote") != "yes" || !person_label(speaker) || txt.len() < 8 {
                continue;
            }
            let Some(at) = text.find(txt) else {
                missing += 1;
                continue;
            };
            gold += 1;
            let (ps, pe) = (at, at + txt.len());
            // Most overlap, then the tightest span: a direct quote inside a reported sentence
            // that also carries it ("“…,” Cruz said, according to The Hill") is the one meant.
            let best = quotes
                .iter()
                .map(|q| (q.span.end.min(pe).saturating_sub(q.span.start.max(ps)), q))
                .max_by_key(|x| (x.0, std::cmp::Reverse(x.1.span.end - x.1.span.start)))
                .filter(|x| x.0 * 2 >= pe - ps);
            let Some((_, q)) = best else {
                if show {
                    println!("MISS  [{speaker}] {}", txt.chars().take(100).collect::<String>());
                }
                continue;
            };
            covered += 1;
            let ok = q.speaker_name.as_deref().is_some_and(|n| same_last_word(n, speaker));
            right += ok as usize;
            if show && !ok {
                println!(
                    "WRONG [{speaker}] got {:?} ({:?}): {}",
                    q.speaker_name,
                    q.speaker_span.map(|x| x.slice(&text).to_string()),
                    txt.chars().take(100).collect::<String>()
                );
            }
        }
    }
    println!(
        "named-speaker quote phrases {gold} (not found in text {missing}); covered {covered}; speaker right {right} ({:.3} of covered)",
        right as f64 / covered.max(1) as f64
    );
}
