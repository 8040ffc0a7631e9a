//! A fast hasher for maps keyed by short words.
//!
//! Word-list lookups run once per token in several extractors; SipHash's setup cost dominates
//! there and its DoS resistance buys nothing for fixed lists.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the written bytes.
#[derive(Default, Clone, Copy)]
pub struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// `BuildHasher` for `HashMap<_, _, FnvBuild>`.
pub type FnvBuild = BuildHasherDefault<FnvHasher>;
