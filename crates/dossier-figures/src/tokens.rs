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
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 4);
    let mut it = text.char_indices().peekable();
    let mut sp = true;
    let mut nl = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            sp = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                nl = true;
            }
            continue;
        }
        let kind;
        let mut end = i + c.len_utf8();
        if c.is_ascii_digit() {
            kind = Kind::Num;
            loop {
                match it.peek().copied() {
                    Some((j, d)) if d.is_ascii_digit() => {
                        end = j + 1;
                        it.next();
                    }
                    Some((j, p)) if p == ',' || p == '.' => {
                        // A separator belongs to the number only when a digit follows it.
                        let next = text.get(j + 1..).and_then(|r| r.chars().next());
                        if next.is_some_and(|d| d.is_ascii_digit()) {
                            end = j + 1;
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            loop {
                match it.peek().copied() {
                    Some((j, d)) if d.is_alphabetic() || is_mark(d) => {
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some((j, p)) if p == '\'' || p == '’' => {
                        let after = j + p.len_utf8();
                        let next = text.get(after..).and_then(|r| r.chars().next());
                        if next.is_some_and(|d| d.is_alphabetic()) {
                            end = after;
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        } else {
            kind = Kind::Sym;
        }
        out.push(Tok {
            start: i,
            end,
            kind,
            sp,
            nl,
        });
        sp = false;
        nl = false;
    }
    out
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
        assert_eq!(
            texts("about 2,500 US troops."),
            ["about", "2,500", "US", "troops", "."]
        );
        assert_eq!(texts("€1.2bn, 40%"), ["€", "1.2", "bn", ",", "40", "%"]);
        assert_eq!(
            texts("205570-01-08.jpg"),
            ["205570", "-", "01", "-", "08", ".", "jpg"]
        );
        assert_eq!(texts("Iraq’s 3rd"), ["Iraq’s", "3", "rd"]);
    }

    #[test]
    fn records_spacing() {
        let t = tokenize("a 5km\nb");
        assert!(t[0].sp && t[1].sp && !t[2].sp && t[3].nl);
    }
}
