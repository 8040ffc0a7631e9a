//! A fast hasher for maps keyed by short words.
//!
//! Word-list lookups run once per token in several extractors; SipHash's setup cost dominates
//! there and its DoS resistance buys nothing for fixed lists.

use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over eight bytes at a time (FxHash's step, with a length-tagged tail).
///
/// Why not FNV-1a, which this replaced: FNV multiplies once per byte in a dependent chain, so a
/// six-letter word cost seven serial multiplies; here it costs two (the word, then the `0xff`
/// terminator `str` hashing appends). The maps are in memory only and hold fixed word lists, so
/// neither the exact values nor DoS resistance matter.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0 ^ x).wrapping_mul(K).rotate_left(20);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // hashbrown takes the bucket from the low bits and a tag from the top seven: fold the
        // well-mixed high half down.
        self.0 ^ (self.0 >> 29)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((head, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*head));
            rest = tail;
        }
        let n = rest.len();
        // 0..=7 bytes in one word: two overlapping 4-byte reads, or first/middle/last byte.
        let x = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
            (Some(lo), Some(hi)) => u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << 32,
            _ => match rest {
                [] => 0,
                [a, ..] => u64::from(*a) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
            },
        };
        self.add(x ^ (n as u64) << 56);
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b) | 1 << 63);
    }
}

/// `BuildHasher` for `HashMap<_, _, WordBuild>`.
pub type WordBuild = BuildHasherDefault<WordHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn h<T: Hash + ?Sized>(x: &T) -> u64 {
        WordBuild::default().hash_one(x)
    }

    #[test]
    fn words_of_every_length_hash_apart() {
        // Prefixes of one word, and words differing in one byte at each position, all differ.
        let w = "counterinsurgency-operations";
        let mut seen = std::collections::HashSet::new();
        for n in 0..=w.len() {
            assert!(seen.insert(h(&w[..n])), "prefix of {n} bytes collided");
        }
        for i in 0..12 {
            let mut b = b"abcdefghijkl".to_vec();
            b[i] = b'z';
            assert!(seen.insert(h(&b[..])), "byte {i} changed and the hash did not");
        }
        // A trailing NUL is not the same word.
        assert_ne!(h(&b"ab"[..]), h(&b"ab\0"[..]));
    }
}
