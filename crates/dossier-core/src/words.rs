//! Splitting text into words, shared by every stage that counts or hashes words.

/// The words of a text: maximal runs of alphanumeric characters, exactly as
/// `text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())` yields them, but
/// testing ASCII bytes without decoding or a Unicode table lookup.
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str) -> Self {
        Words { text, pos: 0 }
    }

    /// Whether the character at byte `i` is alphanumeric, and its length (0 at the end).
    fn at(&self, i: usize) -> (bool, usize) {
        match self.text.as_bytes().get(i) {
            None => (false, 0),
            Some(&b) if b < 0x80 => (b.is_ascii_alphanumeric(), 1),
            Some(_) => match self.text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => (false, 0),
            },
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let mut i = self.pos;
        loop {
            match self.at(i) {
                (_, 0) => {
                    self.pos = i;
                    return None;
                }
                (true, _) => break,
                (false, n) => i += n,
            }
        }
        let start = i;
        while let (true, n) = self.at(i) {
            i += n;
        }
        self.pos = i;
        self.text.get(start..i)
    }
}

/// The words of `text` (see [`Words`]).
pub fn words(text: &str) -> Words<'_> {
    Words::new(text)
}
