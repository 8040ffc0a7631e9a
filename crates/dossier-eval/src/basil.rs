//! BASIL (Fan et al., EMNLP 2019) articles: 100 events each told by three outlets, used by the
//! study aids in `examples/` (stories from its triplets, speaker names from its quote labels).

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The `.json` files under `dir`, at any depth, sorted (BASIL keeps one folder per year).
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "json") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// An article's body as plain text: its `body-paragraphs` (each a list of sentences, or a
/// string) joined by blank lines, sentences by a space. BASIL's annotations quote this text.
pub fn article_text(article: &Value) -> Option<String> {
    let paras = article.get("body-paragraphs")?.as_array()?;
    let text: Vec<String> = paras
        .iter()
        .map(|p| match p {
            Value::Array(s) => s.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" "),
            Value::String(s) => s.clone(),
            _ => String::new(),
        })
        .filter(|p| !p.is_empty())
        .collect();
    Some(text.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_of_sentences_become_text() {
        let v: Value =
            serde_json::from_str(r#"{"body-paragraphs": [["One.", "Two."], [], "Three.", 4]}"#).unwrap_or(Value::Null);
        assert_eq!(article_text(&v).as_deref(), Some("One. Two.\n\nThree."));
        assert_eq!(article_text(&Value::Null), None);
    }
}
