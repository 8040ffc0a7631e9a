//! Reader for CoNLL-2003 files (`token POS chunk NER`, `-DOCSTART-` between documents), used by
//! the trainer and the `conll` eval.

/// One document: sentences of (word, NER tag as written in the file).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConllDoc {
    pub sentences: Vec<Vec<(String, String)>>,
}

/// Parses CoNLL text. Lines with fewer than two columns are ignored; the NER tag is the last
/// column. A file without `-DOCSTART-` lines is one document.
pub fn read(text: &str) -> Vec<ConllDoc> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sent: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !sent.is_empty() {
                doc.sentences.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else { continue };
        if word == "-DOCSTART-" {
            if !sent.is_empty() {
                doc.sentences.push(std::mem::take(&mut sent));
            }
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let Some(tag) = cols.next_back() else {
            continue;
        };
        sent.push((word.to_string(), tag.to_string()));
    }
    if !sent.is_empty() {
        doc.sentences.push(sent);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

/// IOB1 or IOB2 tags → BIO (IOB2): an I-X that does not continue an X becomes B-X.
pub fn to_bio(tags: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(tags.len());
    let mut prev_type: Option<&str> = None;
    for t in tags {
        match t.split_once('-') {
            Some(("I", ty)) if prev_type == Some(ty) => {
                out.push(format!("I-{ty}"));
                prev_type = Some(ty);
            }
            Some((_, ty)) => {
                out.push(format!("B-{ty}"));
                prev_type = Some(ty);
            }
            None => {
                out.push("O".to_string());
                prev_type = None;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_docs_and_converts_iob1() {
        let t = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\n";
        let d = read(t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].sentences[0].len(), 2);
        let tags: Vec<&str> = d[1].sentences[0].iter().map(|x| x.1.as_str()).collect();
        assert_eq!(to_bio(&tags), vec!["B-PER", "I-PER", "B-PER"]);
    }
}
