/// Converts byte offsets of one text into Unicode code-point offsets (what the public
/// interfaces use, as Python's `str` does) and back.
///
/// Built once per text in O(n); each lookup is a binary search over the non-ASCII characters
/// only, so mostly-ASCII news text costs almost nothing.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offset of every multi-byte char, with its char index.
    multibyte: Vec<(usize, usize)>,
    /// For each multibyte char, the cumulative extra bytes *after* it.
    extra: Vec<usize>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        let mut extra = Vec::new();
        let mut total_extra = 0;
        let mut n = 0;
        for (ci, (bi, ch)) in text.char_indices().enumerate() {
            let l = ch.len_utf8();
            if l > 1 {
                total_extra += l - 1;
                multibyte.push((bi, ci));
                extra.push(total_extra);
            }
            n = ci + 1;
        }
        CharOffsets { multibyte, extra, len_bytes: text.len(), len_chars: n }
    }

    /// Code-point offset of byte offset `b` (clamped to the text; a byte inside a character maps
    /// to that character's start).
    pub fn to_char(&self, b: usize) -> usize {
        let b = b.min(self.len_bytes);
        // Number of multibyte chars starting strictly before b.
        let k = self.multibyte.partition_point(|&(mb, _)| mb < b);
        if k == 0 {
            return b;
        }
        let (mb, ci) = self.multibyte[k - 1];
        let prev_extra = if k >= 2 { self.extra[k - 2] } else { 0 };
        let after_mb = mb + (self.extra[k - 1] - prev_extra) + 1;
        if b < after_mb { ci } else { b - self.extra[k - 1] }
    }

    /// Byte offset of code-point offset `c` (clamped to the text).
    pub fn to_byte(&self, c: usize) -> usize {
        let c = c.min(self.len_chars);
        let k = self.multibyte.partition_point(|&(_, ci)| ci < c);
        if k == 0 {
            return c;
        }
        c + self.extra[k - 1]
    }

    pub fn len_chars(&self) -> usize {
        self.len_chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_boundary() {
        let text = "Iraq’s “ISIS” — café 😀 end";
        let map = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.to_char(bi), ci, "byte {bi}");
            assert_eq!(map.to_byte(ci), bi, "char {ci}");
        }
        assert_eq!(map.to_char(text.len()), text.chars().count());
        assert_eq!(map.to_byte(text.chars().count()), text.len());
        assert_eq!(map.len_chars(), text.chars().count());
    }

    #[test]
    fn ascii_is_identity() {
        let map = CharOffsets::new("plain ascii");
        assert_eq!(map.to_char(5), 5);
        assert_eq!(map.to_byte(5), 5);
    }

    #[test]
    fn byte_inside_char_maps_to_its_start() {
        let text = "a’b";
        let map = CharOffsets::new(text);
        assert_eq!(map.to_char(2), 1);
        assert_eq!(map.to_char(4), 2);
    }
}
