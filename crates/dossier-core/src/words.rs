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
        loop {
            i = ascii_alnum_end(self.text.as_bytes(), i);
            match self.at(i) {
                (true, n) => i += n,
                _ => break,
            }
        }
        self.pos = i;
        self.text.get(start..i)
    }
}

/// The words of `text` (see [`Words`]).
pub fn words(text: &str) -> Words<'_> {
    Words::new(text)
}

/// General Punctuation (curly quotes, dashes, ellipsis, special spaces): no letter or digit is
/// in it, and news text is full of it, so tokenizers answer it by range instead of Unicode tables.
pub const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// The end of the run of ASCII letters and digits that starts at byte `i` (`i` when there is
/// none): `i` plus how many bytes from `i` on pass [`u8::is_ascii_alphanumeric`].
///
/// Why not that byte loop: tokenizers spend most of their bytes inside words, and the loop's
/// exit branch is mispredicted once per word because word lengths vary. This tests eight
/// bytes at a time, so a word shorter than eight bytes takes one well-predicted step.
#[inline]
pub fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Per byte (no carries: every sum stays below 0x100), the high bit says whether the low
    // seven bits are at least `a`, or more than `b`.
    let at_least = |x: u64, a: u8| x + LO * u64::from(0x80 - a);
    let above = |x: u64, b: u8| x + LO * u64::from(0x7f - b);
    while let Some(chunk) = bytes.get(i..).and_then(|r| r.first_chunk::<8>()) {
        let x = u64::from_le_bytes(*chunk);
        let low = x & !HI;
        let digit = at_least(low, b'0') & !above(low, b'9');
        let folded = low | (LO * 0x20);
        let letter = at_least(folded, b'a') & !above(folded, b'z');
        // Non-ASCII bytes (high bit set) are never ASCII letters or digits.
        let other = (!(digit | letter) & HI) | (x & HI);
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(bytes: &[u8], mut i: usize) -> usize {
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        i
    }

    #[test]
    fn every_byte_value_at_every_offset() {
        // Each byte value once inside a run of letters, at each position of an eight-byte step.
        for b in 0..=255u8 {
            for pos in 0..20 {
                let mut v = b"Abcdefghijklmnopqrstuvwxyz0123456789".to_vec();
                v[pos] = b;
                for start in 0..v.len() {
                    assert_eq!(ascii_alnum_end(&v, start), naive(&v, start), "byte {b:#x} at {pos}, from {start}");
                }
            }
        }
        assert_eq!(ascii_alnum_end(b"abc", 3), 3);
        assert_eq!(ascii_alnum_end(b"abc", 7), 7);
    }

    proptest! {
        #[test]
        fn matches_the_byte_loop(v in proptest::collection::vec(any::<u8>(), 0..40), start in 0usize..45) {
            prop_assert_eq!(ascii_alnum_end(&v, start), naive(&v, start));
        }

        #[test]
        fn words_match_the_char_split(s in "[a-zA-Z0-9 ,.'’é—ß\\-]{0,60}") {
            let want: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(words(&s).collect::<Vec<_>>(), want);
        }
    }
}
