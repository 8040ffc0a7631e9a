//! Character-level normalisation: the cleaned text must be one canonical form so that offsets,
//! ids and duplicate keys do not depend on how a site encoded a space or an accent.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What to do with one input character.
enum Map {
    Keep,
    Space,
    Newline,
    Drop,
}

fn map(c: char) -> Map {
    match c {
        '\n' => Map::Newline,
        // Tabs, no-break and typographic spaces: all read as one plain space.
        '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Map::Space,
        // Line and paragraph separators, vertical tab, form feed, NEL: line breaks.
        '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' | '\u{85}' => Map::Newline,
        // Zero-width space, word joiner, BOM, soft hyphen, directional marks: invisible, and they
        // split words for every later matcher. ZWJ/ZWNJ stay: they change how Indic, Persian and
        // emoji text is written.
        '\u{200b}'
        | '\u{2060}'
        | '\u{feff}'
        | '\u{ad}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => Map::Drop,
        c if c.is_control() => Map::Drop,
        _ => Map::Keep,
    }
}

/// Maps odd spaces to plain ones, drops invisible characters, turns CR/CRLF into LF and applies
/// Unicode NFC. Idempotent.
pub fn normalise(text: &str) -> String {
    // Most text has nothing to map and no character that NFC could change (all below U+0300
    // compose to themselves): one cheap scan, then a plain copy.
    let mut needs_map = false;
    let mut maybe_denormal = false;
    for c in text.chars() {
        if c.is_ascii() {
            needs_map |= c.is_ascii_control() && c != '\n';
        } else {
            maybe_denormal |= c >= '\u{300}';
            needs_map |= !matches!(map(c), Map::Keep);
        }
    }
    if !needs_map {
        let out = text.to_string();
        return if maybe_denormal { nfc(out) } else { out };
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        match map(c) {
            Map::Keep => out.push(c),
            Map::Space => out.push(' '),
            Map::Newline => out.push('\n'),
            Map::Drop => {}
        }
    }
    nfc(out)
}

fn nfc(s: String) -> String {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes { s } else { s.nfc().collect() }
}

/// Trims a line and folds runs of spaces into one.
pub fn tidy_line(line: &str) -> String {
    let line = line.trim_matches(' ');
    // Most lines have no run of spaces: one substring search, then a plain copy, instead of a
    // search per word.
    if !line.contains("  ") {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    for w in line.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_invisibles() {
        let s = normalise("about 2,500\u{a0}American\u{202f}troops\u{200b} in\tIraq\r\nNext\u{feff}");
        assert_eq!(s, "about 2,500 American troops in Iraq\nNext");
    }

    #[test]
    fn nfc_composes_accents() {
        // "é" as e + combining acute becomes the single code point.
        assert_eq!(normalise("caf\u{65}\u{301}"), "caf\u{e9}");
        assert_eq!(normalise(&normalise("caf\u{65}\u{301}")), "caf\u{e9}");
    }

    #[test]
    fn keeps_joiners_needed_by_scripts() {
        let persian = "می\u{200c}خواهم";
        assert_eq!(normalise(persian), persian);
    }

    #[test]
    fn tidy_folds_runs() {
        assert_eq!(tidy_line("  PHOTO/AP  -   Soldados  "), "PHOTO/AP - Soldados");
        assert_eq!(tidy_line("   "), "");
        assert_eq!(tidy_line(" a b "), "a b");
        assert_eq!(tidy_line("a\u{a0} b"), "a\u{a0} b", "only plain spaces fold");
    }
}
