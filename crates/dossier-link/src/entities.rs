//! Entities across articles: every mention of one real-world referent merged into one
//! [`Entity`], each merge with a `why` line a reader can check.
//!
//! Organisations and places merge on a folded name key, the alias table and acronyms defined in
//! the text. People merge by the name matcher in [`crate::names`], longest names first, so a
//! surname alone ("McKenzie") can only join a full name; when several full names share it, the
//! same article, roles, co-mentioned entities and dates decide, and otherwise nothing merges.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use dossier_core::{EntityKind, EntityMention, Span, stable_id};
use serde::{Deserialize, Serialize};

use crate::alias::{self, defined_acronyms, is_acronym, org_key};
use crate::names::{NameMatch, PersonName, match_persons};

/// One mention with the article it came from.
#[derive(Debug, Clone, Copy)]
pub struct MentionRef<'a> {
    pub article: &'a str,
    pub published: Option<NaiveDate>,
    pub mention: &'a EntityMention,
    /// The article's cleaned text (for acronyms it defines).
    pub text: &'a str,
}

/// One real-world referent across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `e-…`, stable: from the kind and canonical name.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling seen, with its count, most frequent first.
    pub aliases: Vec<(String, usize)>,
    /// Roles as given, with the publication date of the article that gave them.
    pub roles: Vec<(String, Option<NaiveDate>)>,
    pub mentions: Vec<(String, Span)>,
    /// Why the spellings were merged, one line per merge.
    pub why: Vec<String>,
}

/// Mentions of one name key in one article: the unit that merges.
struct Unit {
    key: String,
    article: usize,
    person: bool,
    mentions: Vec<usize>,
    name: PersonName,
    display: String,
    roles: BTreeSet<String>,
    date: Option<NaiveDate>,
    /// Why this unit has its key (alias table, acronym), if not from its spelling.
    key_why: Option<String>,
}

struct Cluster {
    units: Vec<usize>,
    /// Distinct person names in the cluster, for the all-names-compatible check.
    names: Vec<PersonName>,
    name_keys: HashSet<String>,
    articles: HashSet<usize>,
    roles: BTreeSet<String>,
    dates: Vec<NaiveDate>,
    why: Vec<String>,
    /// Left alone because the surname was ambiguous: its id includes the article.
    unresolved: bool,
}

impl Cluster {
    fn new(u: usize, unit: &Unit) -> Self {
        Cluster {
            units: vec![u],
            names: vec![unit.name.clone()],
            name_keys: HashSet::from([unit.name.key()]),
            articles: HashSet::from([unit.article]),
            roles: unit.roles.clone(),
            dates: unit.date.into_iter().collect(),
            why: unit.key_why.iter().cloned().collect(),
            unresolved: false,
        }
    }
    fn add(&mut self, u: usize, unit: &Unit, why: Option<String>) {
        self.units.push(u);
        if self.name_keys.insert(unit.name.key()) {
            self.names.push(unit.name.clone());
        }
        self.articles.insert(unit.article);
        self.roles.extend(unit.roles.iter().cloned());
        self.dates.extend(unit.date);
        self.why.extend(unit.key_why.iter().cloned());
        self.why.extend(why);
    }
}

/// Words of a role that say who someone is ("prime minister"), not filler.
fn role_words(role: &str) -> impl Iterator<Item = String> + '_ {
    role.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !matches!(*w, "the" | "and" | "for" | "former" | "then"))
        .map(|w| w.to_lowercase())
}

/// Merges mentions into entities. Pure and deterministic for a given input order.
pub fn link_entities(mentions: &[MentionRef]) -> Vec<Entity> {
    // Articles, numbered in order of first appearance.
    let mut article_ix: HashMap<&str, usize> = HashMap::new();
    let mut article_names: Vec<&str> = Vec::new();
    let mut article_text: Vec<&str> = Vec::new();
    for m in mentions {
        article_ix.entry(m.article).or_insert_with(|| {
            article_names.push(m.article);
            article_text.push(m.text);
            article_names.len() - 1
        });
    }
    // Acronyms defined in the text: per article, and corpus-wide when only one expansion exists.
    let mut local_acr: Vec<HashMap<String, String>> = Vec::with_capacity(article_text.len());
    let mut global_acr: HashMap<String, (String, usize)> = HashMap::new();
    let mut global_conflict: HashSet<String> = HashSet::new();
    for (a, text) in article_text.iter().enumerate() {
        let mut map = HashMap::new();
        for (acr, long) in defined_acronyms(text) {
            match global_acr.get(&acr) {
                Some((l, _)) if org_key(l) != org_key(&long) => {
                    global_conflict.insert(acr.clone());
                }
                Some(_) => {}
                None => {
                    global_acr.insert(acr.clone(), (long.clone(), a));
                }
            }
            map.entry(acr).or_insert(long);
        }
        local_acr.push(map);
    }

    // Units: one per (person?, key, article).
    let mut units: Vec<Unit> = Vec::new();
    let mut unit_ix: HashMap<(bool, String, usize), usize> = HashMap::new();
    let mut resolved: HashMap<(bool, &str), Resolved> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let a = article_ix.get(m.article).copied().unwrap_or(0);
        let person = m.mention.kind == EntityKind::Person;
        let raw = m.mention.name.trim();
        let raw = if raw.is_empty() { m.mention.span.slice(m.text).trim() } else { raw };
        // Names repeat across articles; only acronyms resolve differently per article.
        let cacheable = person || !is_acronym(raw);
        let cached = if cacheable { resolved.get(&(person, raw)).cloned() } else { None };
        let (key, name, display, key_why, title) = match cached {
            Some(r) => r,
            None => {
                let r = resolve(raw, person, a, &local_acr, &global_acr, &global_conflict, &article_names);
                if cacheable {
                    resolved.insert((person, raw), r.clone());
                }
                r
            }
        };
        if key.is_empty() {
            continue;
        }
        let slot = *unit_ix.entry((person, key.clone(), a)).or_insert_with(|| {
            units.push(Unit {
                key,
                article: a,
                person,
                mentions: Vec::new(),
                name,
                display,
                roles: BTreeSet::new(),
                date: m.published,
                key_why,
            });
            units.len() - 1
        });
        if let Some(u) = units.get_mut(slot) {
            u.mentions.push(i);
            for r in m.mention.role.iter().chain(title.iter()) {
                u.roles.extend(role_words(r));
            }
        }
    }

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut unit_cluster: Vec<usize> = vec![usize::MAX; units.len()];

    // Non-persons: one cluster per key.
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (u, unit) in units.iter().enumerate().filter(|(_, u)| !u.person) {
        if let Some(&c) = by_key.get(unit.key.as_str()) {
            clusters[c].add(u, unit, None);
            unit_cluster[u] = c;
        } else {
            by_key.insert(unit.key.as_str(), clusters.len());
            unit_cluster[u] = clusters.len();
            clusters.push(Cluster::new(u, unit));
        }
    }

    // Persons: longest names first, so short forms meet every full name they could belong to.
    let mut order: Vec<usize> = (0..units.len()).filter(|&u| units[u].person).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&units[x], &units[y]);
        b.name
            .full_len()
            .cmp(&a.name.full_len())
            .then(b.mentions.len().cmp(&a.mentions.len()))
            .then(a.key.cmp(&b.key))
            .then(a.article.cmp(&b.article))
    });
    // Index: each element's skeleton → clusters holding a name with that element.
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut article_units: Vec<Vec<usize>> = vec![Vec::new(); article_names.len()];
    for (i, unit) in units.iter().enumerate() {
        if let Some(v) = article_units.get_mut(unit.article) {
            v.push(i);
        }
    }
    let mut person_key: HashMap<String, usize> = HashMap::new();
    for &u in &order {
        let unit = &units[u];
        if let Some(&c) = person_key.get(&unit.key)
            && (unit.name.full_len() >= 2 || !clusters[c].unresolved)
        {
            let label = cluster_label(&clusters[c], &units);
            let why = (label != unit.display).then(|| {
                format!(
                    "\"{}\" ({}) = \"{label}\": same name up to spelling (transliteration key \"{}\")",
                    unit.display,
                    article_names.get(unit.article).copied().unwrap_or(""),
                    unit.key
                )
            });
            clusters[c].add(u, unit, why);
            unit_cluster[u] = c;
            continue;
        }
        let mut strong = Vec::new();
        let mut weak = Vec::new();
        let mut seen = HashSet::new();
        let surname = unit.name.surname().map(|e| e.skeleton.as_str()).unwrap_or("");
        let mut pool: Vec<usize> = by_surname.get(surname).cloned().unwrap_or_default();
        if unit.name.full_len() == 1 {
            pool.extend(by_first.get(surname).into_iter().flatten());
        }
        {
            for c in pool {
                if !seen.insert(c) || clusters[c].unresolved {
                    continue;
                }
                let mut all = true;
                let mut best = NameMatch::No;
                for n in &clusters[c].names {
                    match match_persons(&unit.name, n) {
                        NameMatch::No => all = false,
                        NameMatch::Same | NameMatch::Short => best = NameMatch::Short,
                        NameMatch::Leading => {
                            if best == NameMatch::No {
                                best = NameMatch::Leading
                            }
                        }
                    }
                }
                match (all, best) {
                    (true, NameMatch::Short) => strong.push(c),
                    (true, NameMatch::Leading) => weak.push(c),
                    _ => {}
                }
            }
        }
        let cands = if strong.is_empty() { weak } else { strong };
        let chosen = match cands.len() {
            0 => None,
            1 => {
                let c = cands[0];
                let why = format!(
                    "\"{}\" ({}) = \"{}\": {}",
                    unit.display,
                    article_names.get(unit.article).copied().unwrap_or(""),
                    cluster_label(&clusters[c], &units),
                    if unit.name.full_len() >= 2 && unit.name.elements.len() == clusters[c].names[0].elements.len() {
                        "same name up to spelling (transliteration rules)".to_string()
                    } else {
                        "short form of the only matching full name".to_string()
                    }
                );
                Some((c, why))
            }
            _ => tie_break(mentions, u, &units, &clusters, &cands, &unit_cluster, &article_units, &article_names),
        };
        let c = match chosen {
            Some((c, why)) => {
                clusters[c].add(u, unit, Some(why));
                c
            }
            None => {
                let mut cl = Cluster::new(u, unit);
                if cands.len() > 1 {
                    cl.unresolved = true;
                    cl.why.push(format!(
                        "\"{}\" ({}) left unmerged: {} full names fit and nothing tells them apart",
                        unit.display,
                        article_names.get(unit.article).copied().unwrap_or(""),
                        cands.len()
                    ));
                }
                clusters.push(cl);
                clusters.len() - 1
            }
        };
        unit_cluster[u] = c;
        if !clusters[c].unresolved {
            person_key.entry(unit.key.clone()).or_insert(c);
        }
        if clusters[c].unresolved {
            continue;
        }
        if let Some(e) = unit.name.surname() {
            let v = by_surname.entry(e.skeleton.clone()).or_default();
            if !v.contains(&c) {
                v.push(c);
            }
        }
        if unit.name.full_len() >= 2
            && let Some(e) = unit.name.elements.first().filter(|e| !e.initial)
        {
            let v = by_first.entry(e.skeleton.clone()).or_default();
            if !v.contains(&c) {
                v.push(c);
            }
        }
    }

    build_entities(mentions, &units, &clusters, &article_names)
}

type Resolved = (String, PersonName, String, Option<String>, Option<String>);

/// The merge key of one mention's name and why it has it.
fn resolve(
    raw: &str,
    person: bool,
    article: usize,
    local_acr: &[HashMap<String, String>],
    global_acr: &HashMap<String, (String, usize)>,
    conflict: &HashSet<String>,
    article_names: &[&str],
) -> Resolved {
    if let Some(e) = alias::lookup(raw)
        && (e.kind == EntityKind::Person) == person
    {
        let why = (!same_words(raw, &e.canonical)).then(|| format!("\"{raw}\" = \"{}\": alias table", e.canonical));
        return (format!("@{}", e.canonical), PersonName::parse(&e.canonical), e.canonical.clone(), why, None);
    }
    if person {
        let name = PersonName::parse(raw);
        let title = name.title.clone();
        let skip = title.as_deref().map_or(0, |t| t.split_whitespace().count());
        let display = raw.split_whitespace().skip(skip).collect::<Vec<_>>().join(" ");
        return (name.key(), name, display, None, title);
    }
    if is_acronym(raw) {
        let acr: String = raw.chars().filter(|c| *c != '.').collect();
        let local = local_acr.get(article).and_then(|m| m.get(&acr)).map(|l| (l.clone(), article));
        let global = || (!conflict.contains(&acr)).then(|| global_acr.get(&acr).cloned()).flatten();
        if let Some((long, at)) = local.or_else(global) {
            let where_ = article_names.get(at).copied().unwrap_or("");
            let (key, display) = match alias::lookup(&long) {
                Some(e) => (format!("@{}", e.canonical), e.canonical.clone()),
                None => (org_key(&long), long.clone()),
            };
            let why = format!("\"{raw}\" = \"{long}\": acronym defined in {where_} as \"{long} ({raw})\"");
            return (key, PersonName::default(), display, Some(why), None);
        }
    }
    let stripped = raw.strip_prefix("the ").or_else(|| raw.strip_prefix("The ")).unwrap_or(raw);
    (org_key(raw), PersonName::default(), stripped.to_string(), None, None)
}

fn same_words(a: &str, b: &str) -> bool {
    org_key(a) == org_key(b)
}

fn cluster_label(c: &Cluster, units: &[Unit]) -> String {
    c.units.first().and_then(|&u| units.get(u)).map(|u| u.display.clone()).unwrap_or_default()
}

/// Several full names fit a short form: the one named in the same article wins, then roles,
/// co-mentioned entities and nearby dates; a winner needs a clear lead, or nothing merges.
#[allow(clippy::too_many_arguments)]
fn tie_break(
    mentions: &[MentionRef],
    u: usize,
    units: &[Unit],
    clusters: &[Cluster],
    cands: &[usize],
    unit_cluster: &[usize],
    article_units: &[Vec<usize>],
    article_names: &[&str],
) -> Option<(usize, String)> {
    let unit = &units[u];
    // Entities named in this unit's article (already clustered: non-persons and longer names).
    let clusters_in = |a: usize| {
        article_units
            .get(a)
            .into_iter()
            .flatten()
            .filter_map(|&i| unit_cluster.get(i).copied())
            .filter(|&c| c != usize::MAX)
    };
    let here: HashSet<usize> = clusters_in(unit.article).collect();
    let mut scored: Vec<(f64, usize, Vec<String>)> = Vec::new();
    for &c in cands {
        let cl = &clusters[c];
        let mut score = 0.0;
        let mut reasons = Vec::new();
        if cl.articles.contains(&unit.article) {
            score += 100.0;
            reasons.push("named in full in the same article".to_string());
            // News names a person in full first and by surname after: an antecedent that comes
            // before the short form is the likelier referent.
            let first_here = cl
                .units
                .iter()
                .filter(|&&x| units[x].article == unit.article)
                .filter_map(|&x| {
                    units[x].mentions.iter().filter_map(|&i| mentions.get(i)).map(|m| m.mention.span.start).min()
                })
                .min();
            let short_at = unit.mentions.iter().filter_map(|&i| mentions.get(i)).map(|m| m.mention.span.start).min();
            if let (Some(f), Some(s)) = (first_here, short_at)
                && f < s
            {
                score += 50.0;
                reasons.push("named in full before the short form".to_string());
            }
        }
        let shared: Vec<&String> = unit.roles.intersection(&cl.roles).collect();
        if !shared.is_empty() {
            score += 10.0 * shared.len() as f64;
            reasons.push(format!("same role ({})", shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")));
        }
        // Co-mentions: entities of this article that also appear beside the candidate.
        // A sample of the candidate's articles is enough to see its company.
        let mut arts: Vec<usize> = cl.articles.iter().copied().collect();
        arts.sort_unstable();
        arts.truncate(30);
        let theirs: HashSet<usize> = arts.into_iter().flat_map(clusters_in).filter(|&k| k != c).collect();
        let co = here.intersection(&theirs).count();
        if co > 0 {
            score += 2.0 * co.min(5) as f64;
            reasons.push(format!("{co} co-mentioned entities"));
        }
        if let (Some(d), Some(gap)) =
            (unit.date, cl.dates.iter().map(|x| (*x - unit.date.unwrap_or(*x)).num_days().abs()).min())
        {
            let _ = d;
            score += 1.0 / (1.0 + gap as f64 / 365.0);
            if gap <= 30 {
                reasons.push(format!("{gap} days apart"));
            }
        }
        scored.push((score, c, reasons));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (best, c, reasons) = scored.first()?.clone();
    let second = scored.get(1).map(|s| s.0).unwrap_or(0.0);
    if best >= 2.0 && best - second >= 2.0 {
        let why = format!(
            "\"{}\" ({}) = \"{}\": one of {} full names with that surname; chosen by {}",
            unit.display,
            article_names.get(unit.article).copied().unwrap_or(""),
            cluster_label(&clusters[c], units),
            cands.len(),
            reasons.join(", ")
        );
        Some((c, why))
    } else {
        None
    }
}

fn build_entities(
    mentions: &[MentionRef],
    units: &[Unit],
    clusters: &[Cluster],
    article_names: &[&str],
) -> Vec<Entity> {
    let mut out = Vec::with_capacity(clusters.len());
    let mut ids: HashSet<String> = HashSet::new();
    for cl in clusters {
        let mut spell: HashMap<&str, usize> = HashMap::new();
        let mut kinds: HashMap<EntityKind, usize> = HashMap::new();
        let mut ms = Vec::new();
        let mut roles: Vec<(String, Option<NaiveDate>)> = Vec::new();
        for &u in &cl.units {
            for &i in &units[u].mentions {
                let Some(m) = mentions.get(i) else { continue };
                *spell.entry(m.mention.name.trim()).or_default() += 1;
                *kinds.entry(m.mention.kind).or_default() += 1;
                ms.push((m.article.to_string(), m.mention.span));
                let title = if m.mention.kind == EntityKind::Person { units[u].name.title.clone() } else { None };
                for r in m.mention.role.iter().cloned().chain(title) {
                    let r = (r, m.published);
                    if !roles.contains(&r) {
                        roles.push(r);
                    }
                }
            }
        }
        if ms.is_empty() {
            continue;
        }
        let mut aliases: Vec<(String, usize)> = spell.into_iter().map(|(s, n)| (s.to_string(), n)).collect();
        aliases.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let kind = kinds
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.as_str().cmp(a.0.as_str())))
            .map(|k| k.0)
            .unwrap_or(EntityKind::Other);
        let name = canonical_name(cl, units);
        let mut parts = vec![kind.as_str().to_string(), name.clone()];
        if cl.unresolved
            && let Some(a) = cl.units.first().and_then(|&u| article_names.get(units[u].article))
        {
            parts.push(a.to_string());
        }
        let mut id = stable_id("e", &parts.iter().map(String::as_str).collect::<Vec<_>>());
        let mut n = 1usize;
        while !ids.insert(id.clone()) {
            n += 1;
            let mut p: Vec<&str> = parts.iter().map(String::as_str).collect();
            let extra = n.to_string();
            p.push(&extra);
            id = stable_id("e", &p);
        }
        roles.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        let mut why = cl.why.clone();
        why.dedup();
        out.push(Entity { id, name, kind, aliases, roles, mentions: ms, why });
    }
    out.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then(a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
    out
}

/// The alias-table name if there is one, else the most frequent full name (two elements or
/// more), else the most frequent spelling.
fn canonical_name(cl: &Cluster, units: &[Unit]) -> String {
    let mut best: Option<(usize, usize, &str)> = None;
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for &u in &cl.units {
        let unit = &units[u];
        if unit.key.starts_with('@') {
            return unit.display.clone();
        }
        let len = usize::from(unit.person && unit.name.full_len() >= 2);
        let e = counts.entry(unit.display.as_str()).or_insert((len, 0));
        e.1 += unit.mentions.len();
    }
    for (name, (len, n)) in counts {
        let better = match best {
            None => true,
            Some((bl, bn, bs)) => (len, n) > (bl, bn) || ((len, n) == (bl, bn) && name < bs),
        };
        if better {
            best = Some((len, n, name));
        }
    }
    best.map(|b| b.2.to_string()).unwrap_or_default()
}

/// The entity a reader means by `name` (any spelling seen, up to case, accents and the
/// transliteration rules): for `dossier entities --why NAME`. Exact spellings win over folded
/// matches, and among folded matches the most mentioned entity.
pub fn find_entity<'a>(entities: &'a [Entity], name: &str) -> Option<&'a Entity> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    if let Some(e) = entities.iter().find(|e| e.name == name || e.aliases.iter().any(|a| a.0 == name)) {
        return Some(e);
    }
    let person = PersonName::parse(name).key();
    let org = org_key(name);
    let canonical = alias::lookup(name).map(|e| e.canonical.as_str());
    entities
        .iter()
        .filter(|e| {
            Some(e.name.as_str()) == canonical
                || e.aliases.iter().any(|a| {
                    if e.kind == EntityKind::Person {
                        PersonName::parse(&a.0).key() == person
                    } else {
                        org_key(&a.0) == org
                    }
                })
        })
        .max_by_key(|e| e.mentions.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Doc {
        id: &'static str,
        date: &'static str,
        text: String,
        mentions: Vec<EntityMention>,
    }

    /// Builds an article whose text is the given sentences, with mentions found by name.
    fn doc(id: &'static str, date: &'static str, text: &str, names: &[(&str, EntityKind, Option<&str>)]) -> Doc {
        let mut mentions = Vec::new();
        for (n, k, role) in names {
            let start = text.find(n).unwrap_or(0);
            mentions.push(EntityMention {
                span: Span::new(start, start + n.len().min(text.len() - start)),
                kind: *k,
                name: n.to_string(),
                role: role.map(str::to_string),
            });
        }
        Doc { id, date, text: text.to_string(), mentions }
    }

    fn link(docs: &[Doc]) -> Vec<Entity> {
        let refs: Vec<MentionRef> = docs
            .iter()
            .flat_map(|d| {
                d.mentions.iter().map(move |m| MentionRef {
                    article: d.id,
                    published: NaiveDate::parse_from_str(d.date, "%Y-%m-%d").ok(),
                    mention: m,
                    text: &d.text,
                })
            })
            .collect();
        link_entities(&refs)
    }

    fn together(es: &[Entity], a: &str, b: &str) -> bool {
        es.iter().any(|e| e.aliases.iter().any(|x| x.0 == a) && e.aliases.iter().any(|x| x.0 == b))
    }

    fn exists(es: &[Entity], a: &str) -> bool {
        es.iter().any(|e| e.aliases.iter().any(|x| x.0 == a))
    }

    use EntityKind::*;

    fn iraq() -> Vec<Doc> {
        vec![
            doc(
                "a1",
                "2020-09-10",
                "Gen. Kenneth F. McKenzie said the US would cut troops. McKenzie added that Daesh remains. \
                 Prime Minister Mustafa Al Kadhimi met Qassem Al Aaraji. Qasem Soleimani was killed in 2020.",
                &[
                    ("Kenneth F. McKenzie", Person, Some("Gen.")),
                    ("McKenzie", Person, None),
                    ("US", Place, None),
                    ("Daesh", Organization, None),
                    ("Mustafa Al Kadhimi", Person, Some("Prime Minister")),
                    ("Qassem Al Aaraji", Person, None),
                    ("Qasem Soleimani", Person, None),
                ],
            ),
            doc(
                "a2",
                "2021-12-10",
                "National Security Adviser Qasim al-Araji said ISIS is weakened. Mustafa al-Kazemi agreed. \
                 The Islamic State lost ground, the United States said. Iraqi Security Forces (ISF) will train.",
                &[
                    ("Qasim al-Araji", Person, Some("National Security Adviser")),
                    ("ISIS", Organization, None),
                    ("Mustafa al-Kazemi", Person, None),
                    ("Islamic State", Organization, None),
                    ("United States", Place, None),
                    ("ISF", Organization, None),
                ],
            ),
            doc(
                "a3",
                "2024-03-25",
                "Prime Minister Mohammed Shia al-Sudani spoke. Al-Sudani said the coalition should end. \
                 Photo: Thaier al-Sudani/Reuters. Mustafa al-Kadhimi, his predecessor, was absent. \
                 The Iraqi Security Forces are ready.",
                &[
                    ("Mohammed Shia al-Sudani", Person, Some("Prime Minister")),
                    ("Al-Sudani", Person, None),
                    ("Thaier al-Sudani", Person, Some("photographer")),
                    ("Mustafa al-Kadhimi", Person, None),
                    ("Iraqi Security Forces", Organization, None),
                ],
            ),
        ]
    }

    #[test]
    fn merges_the_spellings_of_one_person() {
        let es = link(&iraq());
        assert!(together(&es, "Qassem Al Aaraji", "Qasim al-Araji"));
        assert!(together(&es, "Mustafa Al Kadhimi", "Mustafa al-Kazemi"));
        assert!(together(&es, "Mustafa al-Kadhimi", "Mustafa al-Kazemi"));
        assert!(together(&es, "Kenneth F. McKenzie", "McKenzie"));
        assert!(together(&es, "Mohammed Shia al-Sudani", "Al-Sudani"));
    }

    #[test]
    fn alias_table_and_defined_acronyms_merge_organisations() {
        let es = link(&iraq());
        assert!(together(&es, "Daesh", "ISIS"));
        assert!(together(&es, "ISIS", "Islamic State"));
        assert!(together(&es, "US", "United States"));
        assert!(together(&es, "ISF", "Iraqi Security Forces"));
        let isis = es.iter().find(|e| e.aliases.iter().any(|a| a.0 == "Daesh")).map(|e| e.name.clone());
        assert_eq!(isis.as_deref(), Some("Islamic State"));
    }

    #[test]
    fn no_false_merges() {
        let es = link(&iraq());
        assert!(!together(&es, "Qasem Soleimani", "Qassem Al Aaraji"));
        assert!(!together(&es, "Thaier al-Sudani", "Mohammed Shia al-Sudani"));
        assert!(!together(&es, "Thaier al-Sudani", "Al-Sudani"));
        assert!(exists(&es, "Thaier al-Sudani"));
    }

    #[test]
    fn ambiguous_surname_stays_apart_unless_something_decides() {
        // Two Bidens named in full elsewhere; a bare "Biden" in a third article with no clue.
        let docs = vec![
            doc("b1", "2022-01-01", "President Joe Biden spoke.", &[("Joe Biden", Person, Some("President"))]),
            doc("b2", "2022-01-01", "Hunter Biden testified.", &[("Hunter Biden", Person, None)]),
            doc("b3", "2019-01-01", "Biden was seen.", &[("Biden", Person, None)]),
            doc("b4", "2022-01-02", "The president, Biden, signed it.", &[("Biden", Person, Some("President"))]),
        ];
        let es = link(&docs);
        assert!(!together(&es, "Joe Biden", "Hunter Biden"));
        let bare = es.iter().find(|e| e.mentions.iter().any(|m| m.0 == "b3")).map(|e| e.aliases.len());
        assert_eq!(bare, Some(1), "an undecidable surname must not join either full name");
        let b4 = es.iter().find(|e| e.mentions.iter().any(|m| m.0 == "b4"));
        assert!(b4.is_some_and(|e| e.name == "Joe Biden"), "the role decides: {b4:?}");
        assert!(b4.is_some_and(|e| e.why.iter().any(|w| w.contains("role"))));
    }

    #[test]
    fn other_scripts_and_short_forms() {
        let docs = vec![
            doc(
                "c1",
                "2023-05-01",
                "Volodymyr Zelenskiy met Xi Jinping.",
                &[("Volodymyr Zelenskiy", Person, None), ("Xi Jinping", Person, None)],
            ),
            doc("c2", "2023-05-02", "Zelensky said Xi was wrong.", &[("Zelensky", Person, None), ("Xi", Person, None)]),
            doc("c3", "2023-05-03", "Zelenskyy spoke.", &[("Zelenskyy", Person, None)]),
        ];
        let es = link(&docs);
        assert!(together(&es, "Volodymyr Zelenskiy", "Zelensky"));
        assert!(together(&es, "Zelenskyy", "Zelensky"));
        assert!(together(&es, "Xi", "Xi Jinping"));
        assert!(!together(&es, "Xi", "Zelensky"));
    }

    #[test]
    fn ids_are_stable_and_unique_and_why_explains() {
        let a = link(&iraq());
        let b = link(&iraq());
        assert_eq!(a, b);
        let ids: HashSet<&str> = a.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), a.len());
        let araji = a.iter().find(|e| e.aliases.iter().any(|x| x.0 == "Qasim al-Araji"));
        assert!(araji.is_some_and(|e| e.why.iter().any(|w| w.contains("transliteration"))));
        assert!(araji.is_some_and(|e| e.roles.iter().any(|r| r.0 == "National Security Adviser")));
    }

    #[test]
    fn finds_entities_by_any_spelling() {
        let es = link(&iraq());
        let a = find_entity(&es, "Qasim al-Araji").map(|e| e.id.clone());
        assert!(a.is_some());
        assert_eq!(find_entity(&es, "qassem al aaraji").map(|e| e.id.clone()), a);
        assert_eq!(find_entity(&es, "Qasim Al-Araji").map(|e| e.id.clone()), a);
        assert!(find_entity(&es, "ISIL").is_some_and(|e| e.name == "Islamic State"));
        assert!(find_entity(&es, "Nobody Here").is_none());
        assert!(find_entity(&es, "").is_none());
    }

    #[test]
    fn odd_input_never_panics() {
        let big = "Ω ".repeat(10_000);
        let docs = vec![
            doc("d1", "", "", &[("", Person, None), ("", Organization, None)]),
            doc("d2", "", "👍🏽 (ÀB) al-", &[("al-", Person, None), ("👍🏽", Place, None), ("ÀB", Organization, None)]),
            doc("d3", "", &big, &[("Ω", Person, Some(""))]),
        ];
        let _ = link(&docs);
        let _ = link_entities(&[]);
    }
}
