//! One statement reported by several outlets — verbatim, cut, or worded differently in
//! translation — grouped into one [`Statement`] with every source, wording and the date it was
//! first seen. Wordings match on content-word stems (five-letter prefixes, so "advising" meets
//! "advise"), by containment (a cut quote) or overlap (a rewording), and never across speakers.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use dossier_core::{Span, stable_id};
use serde::{Deserialize, Serialize};

use crate::names::PersonName;
use crate::text::for_each_word;

/// A quote or reported statement with where it was seen.
#[derive(Debug, Clone, Copy)]
pub struct StatementRef<'a> {
    pub article: &'a str,
    pub outlet: Option<&'a str>,
    pub published: Option<NaiveDate>,
    /// The speaker's entity id or fullest name; None when the article names nobody.
    pub speaker: Option<&'a str>,
    /// The statement's words (a quote's content).
    pub text: &'a str,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// `st-…` from the speaker and the first wording.
    pub id: String,
    pub speaker: Option<String>,
    pub first_seen: Option<NaiveDate>,
    /// (article, outlet, span) of every report.
    pub sources: Vec<(String, Option<String>, Span)>,
    /// Distinct wordings, first seen first.
    pub wordings: Vec<String>,
    pub why: Vec<String>,
}

fn stems(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for_each_word(text, |w| {
        out.insert(w.chars().take(5).collect());
    });
    out
}

fn speaker_key(s: Option<&str>) -> String {
    s.map(|s| PersonName::parse(s).key()).unwrap_or_default()
}

/// Groups statements; input order is kept within each statement's sources.
pub fn group_statements(refs: &[StatementRef]) -> Vec<Statement> {
    let mut order: Vec<usize> = (0..refs.len()).collect();
    order.sort_by_key(|&i| (refs[i].published.is_none(), refs[i].published, i));
    let stemmed: Vec<BTreeSet<String>> = refs.iter().map(|r| stems(r.text)).collect();
    let mut groups: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
    let mut postings: HashMap<String, HashMap<String, Vec<usize>>> = HashMap::new();
    let mut member_group: HashMap<usize, usize> = HashMap::new();
    for &i in &order {
        let r = &refs[i];
        let a = &stemmed[i];
        if a.is_empty() {
            continue;
        }
        let sk = speaker_key(r.speaker);
        let mut joined = None;
        // Candidates: earlier statements of this speaker sharing at least two stems, found
        // through a per-speaker index of stems (a prolific speaker has thousands of quotes;
        // comparing each new one with all of them would be quadratic).
        let index = postings.entry(sk.clone()).or_default();
        let mut shared_with: HashMap<usize, usize> = HashMap::new();
        for st in a {
            if let Some(v) = index.get(st) {
                for &j in v {
                    *shared_with.entry(j).or_default() += 1;
                }
            }
        }
        let mut cands: Vec<usize> = shared_with.into_iter().filter(|&(_, n)| n >= 2).map(|(j, _)| j).collect();
        cands.sort_unstable();
        let group_of_member = &member_group;
        'groups: for g in cands.iter().filter_map(|j| group_of_member.get(j).copied()).collect::<Vec<_>>() {
            for &j in &groups[g].0 {
                if !cands.contains(&j) {
                    continue;
                }
                let b = &stemmed[j];
                let shared = a.intersection(b).count();
                let containment = shared as f64 / a.len().min(b.len()) as f64;
                let jaccard = shared as f64 / (a.len() + b.len() - shared) as f64;
                let why = if shared >= 2 && containment >= 0.8 {
                    Some(format!("contained: {shared} of {} words shared", a.len().min(b.len())))
                } else if shared >= 3 && (jaccard >= 0.35 || containment >= 0.6) {
                    Some(format!("reworded: {shared} words shared (Jaccard {jaccard:.2})"))
                } else {
                    None
                };
                if let Some(why) = why {
                    joined =
                        Some((g, format!("{} ({}) = {}: {why}", r.article, r.outlet.unwrap_or("?"), refs[j].article)));
                    break 'groups;
                }
            }
        }
        let g = match joined {
            Some((g, why)) => {
                groups[g].0.push(i);
                groups[g].1.push(why);
                g
            }
            None => {
                groups.push((vec![i], Vec::new()));
                groups.len() - 1
            }
        };
        member_group.insert(i, g);
        let index = postings.entry(sk).or_default();
        for st in a {
            index.entry(st.clone()).or_default().push(i);
        }
    }
    groups
        .into_iter()
        .map(|(members, why)| {
            let first = &refs[members[0]];
            let mut wordings: Vec<String> = Vec::new();
            for &m in &members {
                let w = refs[m].text.trim().to_string();
                if !wordings.contains(&w) {
                    wordings.push(w);
                }
            }
            Statement {
                id: stable_id("st", &[&speaker_key(first.speaker), first.text.trim()]),
                speaker: first.speaker.map(str::to_string),
                first_seen: members.iter().filter_map(|&m| refs[m].published).min(),
                sources: members
                    .iter()
                    .map(|&m| (refs[m].article.to_string(), refs[m].outlet.map(str::to_string), refs[m].span))
                    .collect(),
                wordings,
                why,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st<'a>(article: &'a str, date: &str, speaker: Option<&'a str>, text: &'a str) -> StatementRef<'a> {
        StatementRef {
            article,
            outlet: Some(article),
            published: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            speaker,
            text,
            span: Span::new(0, text.len()),
        }
    }

    #[test]
    fn one_statement_two_wordings() {
        let r = [
            st(
                "arab-observer",
                "2021-12-10",
                Some("Qasim al-Araji"),
                "the relationship with the international coalition continues in the areas of training, advising and capacity building",
            ),
            st(
                "atalayar",
                "2021-12-13",
                Some("Qassem Al Aaraji"),
                "relations with the coalition will continue in the field of training, advising and empowerment",
            ),
            st(
                "atalayar",
                "2021-12-13",
                Some("Qassem Al Aaraji"),
                "the combat mission of the coalition forces has ended",
            ),
            st(
                "other",
                "2021-12-11",
                Some("Joe Biden"),
                "we will continue training and advising, and capacity building continues",
            ),
        ];
        let g = group_statements(&r);
        assert_eq!(g.len(), 3, "{g:#?}");
        let s = g.iter().find(|s| s.sources.len() == 2);
        assert!(s.is_some_and(|s| s.first_seen == NaiveDate::from_ymd_opt(2021, 12, 10)
            && s.wordings.len() == 2
            && !s.why.is_empty()));
    }

    #[test]
    fn cut_quote_joins_its_full_version() {
        let r = [
            st(
                "a",
                "2024-03-25",
                Some("al-Sudani"),
                "Today, we are in the year 2024, and ISIS no longer poses a threat to Iraq's security",
            ),
            st("b", "2024-03-26", Some("al-Sudani"), "ISIS no longer poses a threat"),
            st("c", "2024-03-26", Some("al-Sudani"), ""),
        ];
        let g = group_statements(&r);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].sources.len(), 2);
    }
}
