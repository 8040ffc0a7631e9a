//! HTML fragments (feed item content) to plain paragraphs: block elements become blank lines,
//! scripts and styles vanish, entities are decoded, runs of spaces collapse.

/// Converts an HTML fragment to text with paragraphs separated by blank lines.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, rest.get(..lt).unwrap_or(""));
        let after = rest.get(lt + 1..).unwrap_or("");
        if let Some(comment) = after.strip_prefix("!--") {
            rest = comment.find("-->").and_then(|i| comment.get(i + 3..)).unwrap_or("");
            continue;
        }
        let Some(gt) = after.find('>') else {
            // A stray '<' in text.
            push_text(&mut out, "<");
            rest = after;
            continue;
        };
        let tag = after.get(..gt).unwrap_or("");
        rest = after.get(gt + 1..).unwrap_or("");
        let closing = tag.starts_with('/');
        let tname: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match tname.as_str() {
            "script" | "style" | "noscript" | "iframe" | "svg" | "template" if !closing => {
                let end = format!("</{tname}");
                rest = find_ci(rest, &end)
                    .and_then(|i| rest.get(i..))
                    .and_then(|r| r.find('>').and_then(|j| r.get(j + 1..)))
                    .unwrap_or("");
            }
            "br" => out.push('\n'),
            "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "tr"
            | "table" | "section" | "article" | "header" | "footer" | "figure" | "figcaption" | "pre" | "hr" | "dd"
            | "dt" => out.push_str("\n\n"),
            _ => {}
        }
    }
    push_text(&mut out, rest);
    tidy(&out)
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.to_ascii_lowercase();
    h.find(needle)
}

fn push_text(out: &mut String, s: &str) {
    out.push_str(&decode_entities(s));
}

/// Collapses spaces within lines and blank runs between paragraphs.
fn tidy(s: &str) -> String {
    let mut paras: Vec<String> = Vec::new();
    for block in s.split("\n\n") {
        let lines: Vec<String> = block
            .split('\n')
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            paras.push(lines.join("\n"));
        }
    }
    paras.join("\n\n")
}

/// Decodes the entities news feeds use: numeric ones and the common named ones.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let semi = after.char_indices().take(12).find(|&(_, c)| c == ';').map(|(i, _)| i);
        let name = semi.and_then(|i| after.get(..i));
        // A soft hyphen is an invisible break hint: dropping it keeps words whole for matching.
        if let (Some("shy"), Some(i)) = (name, semi) {
            rest = after.get(i + 1..).unwrap_or("");
            continue;
        }
        let decoded = name.and_then(entity);
        match (decoded, semi) {
            (Some(c), Some(i)) => {
                out.push(c);
                rest = after.get(i + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201d}',
        "ldquo" => '\u{201c}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "Eacute" => 'É',
        "szlig" => 'ß',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "deg" => '°',
        "times" => '×',
        "trade" => '™',
        "euro" => '€',
        "pound" => '£',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_entities() {
        let t = html_to_text(
            "<p>The minister said &ldquo;no&rdquo; on Monday.</p>\n<p>Troops &amp; contractors   left.<br>Later more.</p><script>var x = '<p>';</script>",
        );
        assert_eq!(t, "The minister said \u{201c}no\u{201d} on Monday.\n\nTroops & contractors left.\nLater more.");
    }

    #[test]
    fn odd_markup_does_not_panic() {
        for s in ["<", "<p", "&", "&#xFFFFFFFF;", "&#0;", "<!-- x", "<script>", "a < b > c", "é<é>é&é;"] {
            let _ = html_to_text(s);
        }
        assert_eq!(html_to_text("a < b"), "a < b");
        assert_eq!(
            html_to_text("Bundes&shy;regierung &uuml;ber &#8220;Gaza&#x201D;"),
            "Bundesregierung über \u{201c}Gaza\u{201d}"
        );
    }
}
