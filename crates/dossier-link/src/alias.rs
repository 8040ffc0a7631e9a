//! The curated alias table (`aliases.txt`) and acronyms defined in article text.

use std::collections::HashMap;
use std::sync::OnceLock;

use dossier_core::EntityKind;

use crate::names::{fold, spelling_key};

/// One row of the alias table.
#[derive(Debug, Clone)]
pub struct AliasEntry {
    pub kind: EntityKind,
    pub canonical: String,
}

struct Table {
    /// Acronyms, matched case-sensitively without dots ("U.S." → "US").
    caps: HashMap<String, usize>,
    /// Other names, matched by [`org_key`].
    folded: HashMap<String, usize>,
    entries: Vec<AliasEntry>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table { caps: HashMap::new(), folded: HashMap::new(), entries: Vec::new() };
        for line in include_str!("aliases.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('|').map(str::trim);
            let (Some(kind), Some(canonical)) = (cols.next(), cols.next()) else {
                continue;
            };
            let Some(kind) = EntityKind::parse(kind) else {
                continue;
            };
            let idx = t.entries.len();
            t.entries.push(AliasEntry { kind, canonical: canonical.to_string() });
            for name in std::iter::once(canonical).chain(cols) {
                if is_acronym(name) {
                    t.caps.insert(undot(name), idx);
                } else {
                    t.folded.insert(org_key(name), idx);
                }
            }
        }
        t
    })
}

/// Looks a name up in the alias table.
pub fn lookup(name: &str) -> Option<&'static AliasEntry> {
    let t = table();
    let name = name.trim();
    let idx = if is_acronym(name) { t.caps.get(&undot(name)) } else { None };
    let idx = idx.or_else(|| t.folded.get(&org_key(name)))?;
    t.entries.get(*idx)
}

/// All capitals (dots and digits allowed), at least two letters: "ISIS", "U.S.", "G7".
pub fn is_acronym(s: &str) -> bool {
    let s = s.trim();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
        && s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn undot(s: &str) -> String {
    s.chars().filter(|c| *c != '.').collect()
}

/// Key of an organisation or place name: words folded and spelling-keyed, a leading "the" and
/// Arabic articles dropped ("the Islamic State" = "Islamic State"; "Al Qaeda" = "al-Qaida").
pub fn org_key(name: &str) -> String {
    let mut out = Vec::new();
    for (i, w) in name.split(|c: char| c.is_whitespace() || c == '-' || c == '‐').enumerate() {
        let f = fold(w.trim_end_matches("'s").trim_end_matches("’s"));
        if f.is_empty() || (i == 0 && f == "the") || matches!(f.as_str(), "al" | "el") {
            continue;
        }
        out.push(spelling_key(&f));
    }
    out.join(" ")
}

/// Acronyms the text defines as "Long Name (ACR)", in order: (acronym, long name).
pub fn defined_acronyms(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find('(')) {
        let open = from + rel;
        from = open + 1;
        let Some(close_rel) = text.get(open + 1..).and_then(|t| t.find(')')) else {
            break;
        };
        let Some(acr) = text.get(open + 1..open + 1 + close_rel) else {
            break;
        };
        if acr.len() > 12 || !is_acronym(acr) {
            continue;
        }
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        let before = text.get(..open).unwrap_or("");
        if let Some(long) = expansion(before, &letters) {
            out.push((undot(acr), long));
        }
    }
    out
}

/// The capitalised words just before a parenthesis whose initials spell `letters`, connectors
/// ("of", "and", "the", "for") allowed inside.
fn expansion(before: &str, letters: &[char]) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().rev().take(letters.len() * 2 + 2).collect();
    let mut need = letters.len();
    let mut taken = 0;
    for w in &words {
        if need == 0 {
            break;
        }
        let first = w.chars().next()?;
        if first.is_uppercase() {
            let want = letters.get(need - 1)?;
            if !first.to_uppercase().eq(want.to_uppercase()) {
                return None;
            }
            need -= 1;
        } else if !matches!(*w, "of" | "and" | "the" | "for" | "de" | "on" | "in" | "&") {
            return None;
        }
        taken += 1;
    }
    if need != 0 {
        return None;
    }
    let mut long: Vec<&str> = words.get(..taken)?.to_vec();
    long.reverse();
    let s = long.join(" ");
    Some(s.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_table_links_names_no_rule_can() {
        let isis = lookup("ISIS").map(|e| e.canonical.as_str());
        assert_eq!(isis, Some("Islamic State"));
        assert_eq!(lookup("Daesh").map(|e| e.canonical.as_str()), isis);
        assert_eq!(lookup("the Islamic State").map(|e| e.canonical.as_str()), isis);
        assert_eq!(lookup("ISIL").map(|e| e.canonical.as_str()), isis);
        assert_eq!(lookup("U.S.").map(|e| e.canonical.as_str()), Some("United States"));
        assert_eq!(lookup("United Nations").map(|e| e.canonical.as_str()), Some("United Nations"));
        // Acronyms match only in capitals.
        assert!(lookup("who").is_none());
        assert!(lookup("us").is_none());
        assert!(lookup("Baghdad").is_none());
    }

    #[test]
    fn finds_acronyms_defined_in_text() {
        let t = "Training of the Iraqi Security Forces (ISF) continues, said the Popular Mobilization \
                 Forces (PMF). The Department of Defense (DoD) agreed. He (not she) left (US).";
        let d = defined_acronyms(t);
        assert!(d.contains(&("ISF".into(), "Iraqi Security Forces".into())));
        assert!(d.contains(&("PMF".into(), "Popular Mobilization Forces".into())));
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(!d.iter().any(|(a, _)| a == "US"));
    }

    #[test]
    fn acronym_scan_never_panics() {
        for t in ["(", ")", "()", "(ÉÉ)", "Ünited Ñations (ÜN)", "x (AB", "((AB))", "A B (AB)"] {
            let _ = defined_acronyms(t);
        }
    }
}
