//! Naming the speaker of an anchor: pronouns, role nouns, surnames, groups and bodies resolved
//! to what the article said before.

use super::*;

impl<'a> Doc<'a> {
    /// The full name of the one person named before token `before` with the surname `last`,
    /// if exactly one name (of a given name and a surname, both capitalised) fits.
    fn only_person_with_surname<'p>(&self, people: &'p [Person], before: usize, last: &str) -> Option<&'p str> {
        let mut found: Option<&str> = None;
        for p in people.iter().filter(|p| p.pos < before) {
            let first = p.name.split(' ').next().unwrap_or("");
            if !p.name.contains(' ')
                || !same_surname(&p.name, last)
                || !first.starts_with(char::is_uppercase)
                || sets().flags.get(first.to_lowercase().as_str()).is_some_and(|&f| f & (F_FUNC | F_ORG) != 0)
            {
                continue;
            }
            match found {
                Some(n) if n != p.name => return None,
                _ => found = Some(&p.name),
            }
        }
        found
    }

    /// The speaker of anchor `a` (at token `pos`), given what the reader has `seen` so far.
    pub(super) fn resolve(&self, a: &Anchor, pos: usize, seen: &Seen, entities: &[EntityMention]) -> Speaker {
        let (people, known, prior, said) = (seen.people, seen.names, seen.prior, seen.said);
        let s = sets();
        let (x, y) = a.subj;
        if y <= x {
            // No source at all ("X is expected to …", "Asked about …,").
            return Speaker::default();
        }
        let np_span = self.span(x, y);
        // "The committee's chairman, Senator Richard M. Burr of North Carolina, said": a role
        // named by the appositive after it.
        if a.kind != SubjKind::Pronoun
            && y > x
            && !self.is_cap(y - 1)
            && self.is_punct(y, ',')
            && self.is_cap(y + 1)
            && a.cue.0 > y + 2
            && self.is_punct(a.cue.0 - 1, ',')
        {
            let inside = |t: usize| y < t && t < a.cue.0;
            // (`people` holds the entities' persons as well as titled names.)
            if let Some(p) = people.iter().find(|p| inside(p.pos) && p.pos <= y + 3) {
                return Speaker { name: Some(p.name.clone()), span: Some(np_span), person: true };
            }
        }
        // "an Iowa Republican said", "A Kurdish fighter said", "a Democrat in the room said": one
        // member of a group, who is not named. A document or an institution keeps its source
        // ("an Iraqi report", "a Turkish court"), and so does a share of a group named in the
        // plural ("a majority of Americans", "one in five Republicans").
        let inside_np = |k: EntityKind| entities.iter().any(|e| e.kind == k && np_span.contains(&e.span));
        let plural_group = || {
            entities.iter().any(|e| {
                e.kind == EntityKind::Group
                    && np_span.contains(&e.span)
                    && e.span.slice(self.text).strip_suffix('s').is_some_and(|w| w.ends_with(char::is_lowercase))
            })
        };
        if matches!(self.low(x), "a" | "an" | "another" | "one")
            && !plural_group()
            && a.kind != SubjKind::Pronoun
            && inside_np(EntityKind::Group)
            && !inside_np(EntityKind::Person)
            && !inside_np(EntityKind::Organization)
            && !self.org_like(x, y)
            && !(x..y).any(|t| s.docs.contains(self.low(t)) || lx::COLLECTIVES.contains(&self.low(t)))
        {
            return Speaker { name: None, span: Some(np_span), person: true };
        }
        // "the Kentucky Republican said", "the New York Democrat added": the person named
        // shortly before whose sentence gives that state ("Sen. Rand Paul (R-Ky.)", "Kentucky
        // Sen. Mitch McConnell").
        if self.low(x) == "the" && y >= x + 3 && matches!(self.low(y - 1), "republican" | "democrat") {
            let state = self.slice(x + 1, y - 1);
            if let Some((name, abbrevs)) = lx::US_STATES.iter().find(|(n, _)| *n == state) {
                // (Next to the name: "Kentucky Sen. Mitch McConnell", "Sen. Rand Paul (R-Ky.)";
                // not elsewhere in its sentence, which may be this very one.)
                let gives_state = |p: &Person| {
                    let sp = self.span(p.pos.saturating_sub(4), (p.pos + 8).min(x));
                    let near = self.text.get(sp.start..sp.end).unwrap_or("");
                    near.contains(name) || abbrevs.iter().any(|ab| near.contains(&format!("-{ab}")))
                };
                let named = people.iter().rev().find(|p| {
                    p.pos + 8 < x && self.para(p.pos) + 2 >= self.para(x) && !self.in_quote(p.pos) && gives_state(p)
                });
                if let Some(p) = named {
                    return Speaker { name: Some(p.name.clone()), span: Some(np_span), person: true };
                }
            }
        }
        // An entity mention inside the subject wins: a person anywhere in it, else an
        // organisation or group that heads it. One that only modifies a noun after it ("the
        // French leader", "a UN report") is not the speaker: the role or document is.
        let tail = |e: &EntityMention| self.text.get(e.span.end..np_span.end).unwrap_or("");
        let heads = |e: &EntityMention| !tail(e).chars().any(char::is_alphanumeric);
        // A person right before a noun for the people around them modifies it: "a longtime
        // Clinton confidant", "the Trump administration" is not Clinton or Trump.
        let modifies = |e: &EntityMention| {
            let next = tail(e).strip_prefix(' ').and_then(|r| r.split([' ', ',']).next()).unwrap_or("");
            lx::ENTOURAGE.contains(&next)
        };
        // "The U.S.-led coalition in Iraq says", "officials in Baghdad said": a name after "in"
        // says where the speaker is, not who.
        // ("a study published in the Lancet", "a report in the Times of London": a publication
        // after a document is its source.)
        let located = |e: &EntityMention| {
            let before = self.text.get(np_span.start..e.span.start).unwrap_or("");
            let before = before.strip_suffix("the ").unwrap_or(before);
            before
                .strip_suffix(" in ")
                .and_then(|h| h.rsplit(' ').next())
                .is_some_and(|w| w.starts_with(char::is_lowercase) && !publication_word(w))
        };
        let in_np: Vec<&EntityMention> = entities
            .iter()
            .filter(|e| {
                np_span.contains(&e.span)
                    && ((e.kind == EntityKind::Person && !modifies(e))
                        || (matches!(e.kind, EntityKind::Organization | EntityKind::Group) && heads(e) && !located(e)))
            })
            .collect();
        let persons: Vec<&&EntityMention> = in_np.iter().filter(|e| e.kind == EntityKind::Person).collect();
        // Stacked titles put the speaker last ("Interior Ministry media official Gen Saad
        // Maan"); an appositive after a comma describes the first ("X, an aide to Y, said").
        let pick = match (persons.first(), persons.last()) {
            (Some(f), Some(l)) if self.text.get(f.span.end..l.span.start).is_some_and(|g| g.contains(',')) => Some(**f),
            (_, Some(l)) => Some(**l),
            _ => in_np.iter().min_by_key(|e| e.span.start).copied(),
        };
        if let Some(e) = pick
            && a.kind != SubjKind::Pronoun
            && !(y == x + 1 && contracted_be(self.low(x)).is_some())
        {
            // "Streeter said" where the tagger took the lone surname for an organisation: the one
            // person named in full before with that surname is meant (not for an acronym or an
            // organisation's word, "CNN", "the Post"; not when two people share the surname).
            if e.kind == EntityKind::Organization
                && !e.name.contains(' ')
                && e.name.chars().skip(1).any(char::is_lowercase)
                && !s.orgs.contains(e.name.to_lowercase().as_str())
                && let Some(full) = self.only_person_with_surname(people, x, &e.name)
            {
                return Speaker { name: Some(full.to_string()), span: Some(e.span), person: true };
            }
            return Speaker { name: Some(e.name.clone()), span: Some(e.span), person: e.kind == EntityKind::Person };
        }
        // "In Nogales, …", "Among the most prominent Russian tycoons is …": a phrase opened by a
        // preposition is no subject, so it names nobody
        // (a person inside it, as in "At one point Mr. Henry", was named above).
        // ("In Wednesday's speech the senator" goes on to the role below.)
        if self.is_cap(x) && s.preps.contains(self.low(x)) && y > x + 1 && !(x..y).any(|t| self.has(t, F_TITLE)) {
            return Speaker { name: None, span: Some(np_span), person: false };
        }
        // "He’s wanted …": a pronoun with a contracted verb is still the pronoun.
        let contracted_pronoun = y == x + 1 && contracted_be(self.low(x)).is_some_and(|p| lx::PRONOUNS.contains(&p));
        // ("She doubled down late Monday, telling CNN: …": a participle's subject found as a
        // phrase is still the pronoun.)
        let bare_pronoun = y == x + 1 && matches!(self.low(x), "he" | "she");
        if a.kind == SubjKind::Pronoun || contracted_pronoun || bare_pronoun {
            let p = contracted_be(self.low(x)).unwrap_or(self.low(x));
            let want_person = matches!(p, "he" | "she" | "i" | "his" | "her");
            // "it"/"they" stand for the last thing that spoke, named or not ("The fraternity
            // issued a statement. “…,” it said."): an unnamed one leaves the name empty rather
            // than reaching back to an older, named speaker.
            // "Maria Lopez said …. “…,” he said": a common given name of the other sex is no
            // antecedent.
            let female = match p {
                "she" | "her" => Some(true),
                "he" | "his" => Some(false),
                _ => None,
            };
            // "… jabs at Trump, whom he called a “dangerous demagogue”": the pronoun after "whom"
            // is someone other than the person "whom" stands for.
            let bound = (x > 0 && self.low(x - 1) == "whom")
                .then(|| people.iter().rev().find(|pp| pp.pos + 1 < x).map(|pp| pp.name.as_str()))
                .flatten();
            // (The sex a name tells: its given name, or for a lone surname the honorific the
            // article gives it, as in "Mr. Trump". Not for a full name: "Ghazala Khan" is not
            // the "Mr. Khan" of the same article.)
            let sex_of = |n: &str| {
                n.split(' ')
                    .next()
                    .and_then(lx::given_name_female)
                    .or_else(|| seen.honorifics.iter().find(|(w, _)| w.eq_ignore_ascii_case(n)).map(|&(_, f)| f))
            };
            // (Nor is a deity: "… God's plan. But he claimed …" is about the last person.)
            let ruled_out = |n: &str| {
                bound == Some(n)
                    || female.is_some() && sex_of(n).is_some_and(|f| Some(f) != female)
                    || matches!(n, "God" | "Jesus" | "Allah" | "Lord" | "Christ" | "Jesus Christ")
            };
            let from_prior = prior
                .iter()
                .rev()
                .find(|(q, sp)| {
                    let unnamed_phrase = sp.span.is_some_and(|x| {
                        let t = x.slice(self.text);
                        !lx::PRONOUNS.iter().chain(&["who", "which", "that"]).any(|p| p.eq_ignore_ascii_case(t))
                    });
                    // ("Several Republican senators said …" is no antecedent for "he".)
                    let plural = || {
                        want_person
                            && sp.span.is_some_and(|x| {
                                let t = x.slice(self.text);
                                let last = t.rsplit(' ').next().unwrap_or("");
                                let first = t.split(' ').next().unwrap_or("");
                                (last.len() > 3 && s_form(last) && last.starts_with(char::is_lowercase))
                                    || lx::QUANTIFIERS.iter().any(|q| q.eq_ignore_ascii_case(first))
                            })
                    };
                    // "A French medical worker says …. “…,” he said": a person who spoke
                    // unnamed in this paragraph or the one before is meant too, and keeps the name
                    // empty rather than passing it to someone named earlier.
                    // (Not a source given by "according to": "…, according to a former
                    // official. But he …" is about the subject.)
                    let unnamed_person = || {
                        female.is_some()
                            && unnamed_phrase
                            && self.low(*q) != "according"
                            && self.para(*q) + 1 >= self.para(pos)
                            && sp.span.is_none_or(|x| {
                                let head = x.slice(self.text).rsplit(' ').next().unwrap_or("");
                                // (Not one who asks the questions: "when asked by a reporter
                                // whether he …" is about the one who answers.)
                                let asker = ["reporter", "reporters", "journalist", "interviewer", "moderator"]
                                    .iter()
                                    .any(|w| w.eq_ignore_ascii_case(head));
                                !asker && lx::noun_female(head).is_none_or(|f| Some(f) == female)
                            })
                    };
                    sp.person == want_person
                        && (sp.name.is_some() || (!want_person && unnamed_phrase) || unnamed_person())
                        && !plural()
                        && !sp.name.as_deref().is_some_and(&ruled_out)
                })
                .map(|(q, sp)| (*q, sp.name.clone()));
            let from_people = if want_person {
                let outside = |pp: &&Person| !said.iter().any(|&(a, b)| a <= pp.pos && pp.pos < b);
                let spoken_of = |pp: &&Person| pp.pos < pos;
                let agrees = |pp: &&Person| !ruled_out(&pp.name);
                people
                    .iter()
                    .rev()
                    .filter(spoken_of)
                    .filter(agrees)
                    .find(outside)
                    .or_else(|| people.iter().rev().filter(agrees).find(spoken_of))
                    .map(|pp| (pp.pos, Some(pp.name.clone())))
            } else {
                None
            };
            // "Mr. Trump … offered an emphatic “yes” as he met with President Juan Manuel Santos.
            // “…,” he told reporters": a person named after a preposition is less likely meant
            // than the last speaker of this paragraph or the one before.
            let oblique = |q: usize| {
                let mut t = q;
                while t > 0 && self.is_word(t - 1) && (self.has(t - 1, F_TITLE) || self.is_cap(t - 1)) {
                    t -= 1;
                }
                // ("… for Mr. Trump, who had caught their attention … when he said", "the moment
                // of Cruz's career when he …": a relative clause or a possessive keeps the person
                // in view.)
                let mut e = q;
                while e < self.toks.len() && self.is_word(e) && self.is_cap(e) {
                    e += 1;
                }
                let in_view = e > q && (self.possessive(e - 1) || (self.is_punct(e, ',') && self.low(e + 1) == "who"));
                // ("Netanyahu told Sens. Dick Durbin … that he regrets …. “…,” he told the
                // senators": whom a speaker told is no likelier meant in a later sentence. In the
                // same one it often is: "Mitchell asked Mulvaney if he …".)
                let addressee =
                    matches!(self.low(t.wrapping_sub(1)), "told" | "tell" | "tells" | "telling" | "informed")
                        && self.sent_of.get(t) != self.sent_of.get(x);
                t > 0
                    && ((s.preps.contains(self.low(t - 1)) && !matches!(self.low(t - 1), "according")) || addressee)
                    && !in_view
            };
            let best = match (from_prior, from_people) {
                (Some(a), Some(b))
                    if b.0 > a.0 && oblique(b.0) && a.1.is_some() && self.para(a.0) + 1 >= self.para(pos) =>
                {
                    Some(a)
                }
                (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
                (a, b) => a.or(b),
            };
            let unnamed_they = p == "they" && !prior.iter().rev().take(1).any(|(_, sp)| !sp.person);
            // "it"/"they" reach back to a thing that spoke in this paragraph or the one before,
            // not to an organisation or country quoted pages earlier.
            let far = !want_person && best.as_ref().is_none_or(|b| self.para(b.0) + 1 < self.para(pos));
            let name = if matches!(p, "we" | "i") || unnamed_they || far { None } else { best.and_then(|b| b.1) };
            return Speaker { name, span: Some(np_span), person: want_person };
        }
        // "The report said …" after "A UN report estimated …": the same document.
        if y == x + 2
            && matches!(self.low(x), "the" | "this")
            && s.docs.contains(self.low(x + 1))
            && let Some(name) = prior.iter().rev().find_map(|(_, sp)| {
                sp.name.as_ref().filter(|n| {
                    n.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(self.low(x + 1))) && n.contains(' ')
                })
            })
        {
            return Speaker { name: Some(name.clone()), span: Some(np_span), person: false };
        }
        // "“…,” Trump said in a statement released by his campaign. “…,” the statement
        // continued.": the document the last speaker spoke in, in this paragraph or the one before.
        if y == x + 2
            && matches!(self.low(x), "the" | "this")
            && s.docs.contains(self.low(x + 1))
            && let Some((q, sp)) = prior.last()
            && sp.name.is_some()
        {
            let doc = self.low(x + 1);
            let spoke_in = (*q..x).take_while(|&t| self.para(t) + 1 >= self.para(x)).any(|t| {
                self.low(t) == doc
                    && t >= 2
                    && matches!(self.low(t - 1), "a" | "an" | "his" | "her" | "its" | "their")
                    && matches!(self.low(t - 2), "in" | "through")
            });
            if self.para(*q) + 1 >= self.para(x) && spoke_in {
                return Speaker { name: sp.name.clone(), span: Some(np_span), person: sp.person };
            }
        }
        // "Then Griffin started …", "Still, says PolitiFact", "Today, the youngest voters …": an
        // adverb capitalised because it opens the sentence is no part of a name.
        let runs: Vec<(usize, usize)> = self
            .cap_runs(x, y)
            .into_iter()
            .filter_map(|(a, b)| {
                let a = if lx::SENTENCE_ADVERBS.contains(&self.low(a)) { a + 1 } else { a };
                (a < b).then_some((a, b))
            })
            .collect();
        // (2) a name at the head: "Analyst Nicholas Heras of the …", "Gen. X".
        let mut first_after_det = (x..y).find(|&i| !s.dets.contains(self.low(i)) || self.is_cap(i)).unwrap_or(x);
        // "The Bank of England": before an institution a capitalised "The" is the determiner.
        if self.low(first_after_det) == "the"
            && let Some(r) = runs.first().filter(|r| r.0 == first_after_det + 1 && self.org_like(r.0, r.1))
        {
            first_after_det = r.0;
        }
        let mut chosen = None;
        if let Some(&r) = runs.first()
            && r.0 == first_after_det
            && (r.1 == y || s.preps.contains(self.low(r.1)) || self.is_punct(r.1, ','))
            && !(self.possessive(r.1 - 1) && r.1 < y)
        {
            // "the Department of Homeland Security", "the Bank of England": an institution's
            // name runs on across "of (the)".
            let joined = runs.get(1).filter(|n| {
                self.org_like(r.0, r.1)
                    && self.low(r.1) == "of"
                    && (n.0 == r.1 + 1 || (n.0 == r.1 + 2 && self.low(r.1 + 1) == "the"))
            });
            chosen = Some(joined.map_or(r, |n| (r.0, n.1)));
        }
        // (1) a name after a lower-case title: "media official Gen Saad Maan".
        // "voter Stephanie Hooton of Derry, N.H.": the name before an "of" affiliation.
        let last = match runs.as_slice() {
            [.., r, l]
                if l.1 == y
                    && r.1 + 1 == l.0
                    && self.low(r.1) == "of"
                    && r.1 >= r.0 + 2
                    && !self.org_like(r.0, r.1) =>
            {
                Some(r)
            }
            [.., l] if l.1 == y => Some(l),
            _ => None,
        };
        if chosen.is_none()
            && let Some(&r) = last
            && r.0 > x
            // Not a name inside a relative clause ("39 who back Sanders").
            && !(x..r.0).any(|t| matches!(self.low(t), "who" | "which" | "that" | "whom"))
            && !s.preps.contains(self.low(r.0 - 1))
            && !s.dets.contains(self.low(r.0 - 1))
            && !self.possessive(r.0 - 1)
        {
            chosen = Some(r);
        }
        if let Some(r) = chosen {
            let (_, name) = self.split_title(r);
            if name.1 > name.0 {
                let org = self.org_like(r.0, r.1);
                let mut text = self.slice(name.0, name.1).to_string();
                // A lone capitalised word is a person only if titled or known by a fuller name
                // ("Washington wants …" is not someone "she" can refer to).
                let mut person = !org && (name.1 > name.0 + 1 || name.0 > r.0);
                if !org && name.1 == name.0 + 1 {
                    if let Some((_, full)) = known.iter().rev().find(|(p, n)| *p < name.0 && same_surname(n, &text)) {
                        text = full.clone();
                        person = true;
                    } else if let Some(pp) = people.iter().rev().find(|pp| same_surname(&pp.name, &text)) {
                        text = pp.name.clone();
                        person = true;
                    }
                }
                return Speaker { name: Some(text), span: Some(self.span(name.0, name.1)), person };
            }
        }
        // (3) a role noun phrase: "the French leader", "the lieutenant general".
        let words: Vec<&str> =
            (x..y).map(|i| self.low(i)).filter(|w| !s.dets.contains(w) && !s.preps.contains(w)).collect();
        if let Some(head) = words.last() {
            let syn: &[&str] = lx::ROLE_SYNONYMS.iter().find(|(h, _)| h == head).map(|(_, v)| *v).unwrap_or(&[]);
            let head_titles = s.titles.contains(head) || !syn.is_empty();
            // "a senior U.S. intelligence official said": an indefinite role hides its holder.
            let indefinite = matches!(self.low(x), "a" | "an" | "one" | "another");
            if head_titles && !self.is_cap(y - 1) && indefinite {
                return Speaker { name: None, span: Some(np_span), person: true };
            }
            if head_titles && !self.is_cap(y - 1) {
                let mut best: Option<(usize, &Person)> = None;
                for p in people.iter().filter(|p| p.pos < pos) {
                    let head_ok = p.role.iter().any(|r| r == head || syn.contains(&r.as_str()));
                    // "the prime minister" is not "Foreign Minister Fuad Hussein": the word before
                    // a shared head must agree when both have one.
                    let pre = words.len().checked_sub(2).map(|k| words[k]);
                    let p_pre =
                        p.role.iter().position(|r| r == head).and_then(|k| k.checked_sub(1)).map(|k| &p.role[k]);
                    if !head_ok || pre.zip(p_pre).is_some_and(|(a, b)| a != b.as_str()) {
                        continue;
                    }
                    let score = words
                        .iter()
                        .filter(|w| {
                            p.role.iter().any(|r| {
                                r == *w || (matches!(**w, "us" | "u.s.") && matches!(r.as_str(), "us" | "u.s."))
                            })
                        })
                        .count();
                    if best.is_none_or(|(bs, _)| score >= bs) {
                        best = Some((score, p));
                    }
                }
                // "A senior defense official said …. The official added …": an earlier speaker
                // named by the same head noun, if more recent than any titled person.
                let same_head = prior.iter().rev().find(|(_, sp)| {
                    sp.span.is_some_and(|x| {
                        let t = x.slice(self.text);
                        t.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(head))
                    })
                });
                if let Some((q, sp)) = same_head
                    && best.is_none_or(|(_, p)| p.pos < *q)
                {
                    return Speaker { name: sp.name.clone(), span: Some(np_span), person: true };
                }
                if let Some((_, p)) = best {
                    return Speaker { name: Some(p.name.clone()), span: Some(np_span), person: true };
                }
            }
        }
        // A document or organisation: "one report by the Cradle", "a UN report". Not a name
        // inside a relative clause ("senators who met with Morell").
        // "a report the prosecutors made to the judge in DC", "an estimate the White House
        // released": a document noun followed straight by a determiner opens a clause whose
        // subject wrote it; a name further on ("DC") is a circumstance of that clause.
        let contact = (x + 1..y).find(|&t| {
            s.docs.contains(self.low(t - 1))
                && !self.is_cap(t - 1)
                && matches!(self.low(t), "the" | "a" | "an" | "his" | "her" | "their" | "its")
        });
        if let Some(t) = contact {
            let author = runs.iter().find(|r| r.0 == t + 1 || (r.0 == t && self.is_cap(t) && r.1 > t + 1));
            let name = author.filter(|r| r.1 < y && !self.is_cap(r.1)).map(|r| {
                let st = if self.low(r.0) == "the" { r.0 + 1 } else { r.0 };
                self.slice(st, r.1).to_string()
            });
            return Speaker { name, span: Some(np_span), person: false };
        }
        if let Some(&r) = runs.last()
            && !(x..r.0).any(|t| matches!(self.low(t), "who" | "which" | "that" | "whom"))
        {
            let org = self.org_like(x, y) || words.iter().any(|w| s.docs.contains(w));
            if self.possessive(r.1 - 1)
                && r.1 < y
                && words.last().is_some_and(|h| {
                    s.docs.contains(h)
                        || matches!(*h, "publication" | "account" | "words" | "remarks" | "comments" | "message")
                })
            {
                // "al-Araji's publication": the possessor speaks through it.
                let (_, nm) = self.split_title(r);
                let t = self.slice(nm.0, nm.1);
                let t = t.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’']);
                let full = known.iter().rev().find(|(_, n)| same_surname(n, t)).map(|(_, n)| n.clone());
                let org_p = self.org_like(r.0, r.1);
                return Speaker {
                    name: Some(full.unwrap_or_else(|| t.to_string())),
                    span: Some(self.span(r.0, r.1)),
                    person: !org_p,
                };
            }
            // The preposition before the name ("a statement from (the) …"), if any.
            let prep = if r.0 > x + 1 && self.low(r.0 - 1) == "the" { r.0 - 2 } else { r.0.saturating_sub(1) };
            let after_prep = r.0 > x && s.preps.contains(self.low(prep));
            // "Republican leaders on Capitol Hill", "officials in Baghdad": a place names the
            // group, and no "he" or "she" can refer back to it.
            let place = after_prep && prep > x && matches!(self.low(prep), "in" | "on" | "at");
            // ("A federal judge in Texas": the place names nobody.)
            // ("The U.S.-led coalition in Iraq says": the body before the place speaks; "a
            // recent report in The Washington Post" keeps the publication after "in".)
            if place && self.low(prep) == "in" && !self.is_cap(prep - 1) {
                let head = self.low(prep - 1);
                let document = (x..prep).any(|t| publication_word(self.low(t)));
                if s.orgs.contains(head) && !s.docs.contains(head) && !(x..prep).any(|t| s.preps.contains(self.low(t)))
                {
                    let st = if s.dets.contains(self.low(x)) { x + 1 } else { x };
                    return Speaker {
                        name: Some(self.slice(st, prep).to_string()),
                        span: Some(np_span),
                        person: false,
                    };
                }
                if !document {
                    return Speaker { name: None, span: Some(np_span), person: false };
                }
            }
            let name = if after_prep {
                let (_, nm) = self.split_title(r);
                // "a statement from the Iraqi military": the lower-case head after the name.
                let tail = (r.1..y).all(|t| self.is_word(t) && !self.is_cap(t) && !s.stop.contains(self.low(t)));
                let end = if r.1 < y && y - r.1 <= 2 && tail { y } else { nm.1 };
                self.slice(nm.0, end).to_string()
            } else {
                // ("A UN report": an indefinite article is never part of the name; "The Hill" keeps
                // its "The".)
                let st = if s.dets.contains(self.low(x)) && (!self.is_cap(x) || matches!(self.low(x), "a" | "an")) {
                    x + 1
                } else {
                    x
                };
                self.slice(st, y).to_string()
            };
            // "People who have battled online threats say": the only capital is the sentence's
            // first letter, so nobody is named.
            let sentence_start = self.sents.get(self.sent_of.get(x).copied().unwrap_or(0)).is_some_and(|s| s.0 == x);
            // ("Republican lawmakers pounced": a party, people or place before a plural noun for
            // people is a name's capital, and the phrase names the group.)
            let proper_group = lx::PLURAL_PEOPLE.contains(&self.low(y - 1))
                && self.toks.get(x).is_some_and(|t| {
                    entities.iter().any(|e| {
                        e.span.start == t.start
                            && matches!(e.kind, EntityKind::Group | EntityKind::Organization | EntityKind::Place)
                    })
                });
            if runs.len() == 1 && r == (x, x + 1) && sentence_start && y > x + 1 && !org && !proper_group {
                return Speaker { name: None, span: Some(np_span), person: false };
            }
            let the = name.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            return Speaker { name: Some(name), span: Some(np_span), person: !org && !place && !the };
        }
        // An unnamed organisation ("the coalition", "the ministry") still names who speaks.
        let org_head = words.last().filter(|h| s.orgs.contains(**h) && !s.docs.contains(**h));
        // "the administration" after "the Trump administration", "the department" after "the
        // Department of Justice": the body named earlier whose name has that head.
        // (Not "the police", whose force goes unnamed more often than not.)
        if let Some(h) = org_head
            && y == x + 2
            && matches!(self.low(x), "the" | "this")
            && *h != "police"
            && let Some(n) = self.body_named_earlier(h, x, entities, prior)
        {
            return Speaker { name: Some(n), span: Some(np_span), person: false };
        }
        let name = org_head.map(|_| {
            let st = if s.dets.contains(self.low(x)) { x + 1 } else { x };
            self.slice(st, y).to_string()
        });
        Speaker { name, span: Some(np_span), person: false }
    }
}

/// A piece of writing, after which a publication named after "in" is the source ("a report in
/// The Washington Post", "a piece in Politico", "a study published in the Lancet").
fn publication_word(w: &str) -> bool {
    sets().docs.contains(w)
        || matches!(
            w,
            "published" | "piece" | "write-up" | "editorial" | "op-ed" | "column" | "article" | "study" | "studies"
        )
}
