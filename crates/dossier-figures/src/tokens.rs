//! A tiny tokenizer: digit runs, letter runs and single symbols, each with its byte span and
//! whether whitespace came before it. Figures are found on tokens rather than with regexes so
//! that one pass over the text is all the work most words cost.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// ASCII digits, with `,` or `.` inside when a digit follows ("2,500", "3.5").
    Num,
    /// Letters, with an apostrophe inside when a letter follows ("don't", "Iraq's").
    Word,
    /// Any other single non-space character.
    Sym,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or the start of text) comes right before this token.
    pub sp: bool,
    /// A line break comes before this token.
    pub nl: bool,
}

impl Tok {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        s.get(self.start..self.end).unwrap_or("")
    }
}

/// Splits `text` into tokens. Never panics; every span lies on char boundaries.
/// Works on bytes with a fast path for ASCII, decoding a char only where the byte is not ASCII.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(n / 5 + 4);
    let mut sp = true;
    let mut nl = false;
    let mut i = 0;
    while i < n {
        let (c, len) = char_at(text, i);
        if c.is_whitespace() {
            sp = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                nl = true;
            }
            i += len;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            kind = Kind::Num;
            i += 1;
            while i < n {
                let d = b[i];
                if d.is_ascii_digit() || ((d == b',' || d == b'.') && i + 1 < n && b[i + 1].is_ascii_digit()) {
                    i += 1;
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            i += len;
            while i < n {
                let d = b[i];
                if d.is_ascii_alphabetic() {
                    i += 1;
                    continue;
                }
                if d.is_ascii() && d != b'\'' {
                    break;
                }
                let (ch, l) = char_at(text, i);
                if ch.is_alphabetic() || is_mark(ch) {
                    i += l;
                } else if (ch == '\'' || ch == '’') && i + l < n && char_at(text, i + l).0.is_alphabetic() {
                    // An apostrophe inside a word ("don't", "Iraq’s").
                    i += l;
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Sym;
            i += len;
        }
        out.push(Tok { start, end: i, kind, sp, nl });
        sp = false;
        nl = false;
    }
    out
}

/// The char starting at byte `i` (a char boundary) and its length; U+FFFD past the end.
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (b as char, 1),
        _ => text.get(i..).and_then(|r| r.chars().next()).map(|c| (c, c.len_utf8())).unwrap_or(('\u{fffd}', 1)),
    }
}

/// Combining marks stay inside words so a decomposed "é" does not split one.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_numbers_words_and_symbols() {
        assert_eq!(texts("about 2,500 US troops."), ["about", "2,500", "US", "troops", "."]);
        assert_eq!(texts("€1.2bn, 40%"), ["€", "1.2", "bn", ",", "40", "%"]);
        assert_eq!(texts("205570-01-08.jpg"), ["205570", "-", "01", "-", "08", ".", "jpg"]);
        assert_eq!(texts("Iraq’s 3rd"), ["Iraq’s", "3", "rd"]);
    }

    #[test]
    fn records_spacing() {
        let t = tokenize("a 5km\nb");
        assert!(t[0].sp && t[1].sp && !t[2].sp && t[3].nl);
    }
}
