//! Noun phrases, capitalised runs and names: the subjects and people the speaker rules read.

use super::*;

impl<'a> Doc<'a> {
    /// A headline in title case: at least four words, each capitalised save short function
    /// words, and its own paragraph (no sentence before it in the line).
    pub(super) fn title_case(&self, s0: usize, s1: usize) -> bool {
        let words: Vec<usize> = (s0..s1).filter(|&x| self.is_word(x)).collect();
        let own_para = s0 == 0 || self.toks.get(s0 - 1).is_some_and(|t| t.kind == Kind::Para);
        own_para
            && words.len() >= 4
            && words.iter().all(|&x| {
                self.is_cap(x)
                    || self.low(x).starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        self.low(x),
                        "a" | "an" | "the" | "of" | "in" | "on" | "to" | "for" | "and" | "or" | "at" | "by" | "as"
                    )
            })
    }

    /// Past a dateline opening a paragraph ("WASHINGTON — ", "BAGHDAD (Reuters) - "): the
    /// place is not part of what anyone said.
    pub(super) fn after_dateline(&self, s0: usize, e: usize) -> usize {
        let opens_para = s0 == 0 || self.toks.get(s0 - 1).is_some_and(|t| t.kind == Kind::Para);
        if !opens_para {
            return s0;
        }
        let mut k = s0;
        while k < e.min(s0 + 8)
            && (self.is_word(k) || self.is_punct(k, '(') || self.is_punct(k, ')') || self.is_punct(k, ','))
        {
            if self.is_word(k) && self.slice(k, k + 1).chars().any(|c| c.is_lowercase()) && !self.in_paren(k) {
                return s0;
            }
            k += 1;
        }
        if k > s0 && k < e && (self.is_punct(k, '—') || self.is_punct(k, '–') || self.is_punct(k, '-')) {
            k + 1
        } else {
            s0
        }
    }

    /// Inside parentheses on the same line, looking back a few tokens ("(Reuters)").
    pub(super) fn in_paren(&self, k: usize) -> bool {
        (k.saturating_sub(4)..k).rev().take_while(|&x| !self.is_punct(x, ')')).any(|x| self.is_punct(x, '('))
    }

    /// The paragraph (count of paragraph breaks before it) of token `t`.
    pub(super) fn para(&self, t: usize) -> usize {
        self.para_of.get(t).copied().unwrap_or(0)
    }

    /// The end of the paragraph holding token `from` (before its break and final period).
    pub(super) fn para_end(&self, from: usize) -> usize {
        let mut e = from.min(self.toks.len());
        while e < self.toks.len() && self.toks[e].kind != Kind::Para {
            e += 1;
        }
        self.sent_end(e)
    }

    /// Past a time phrase at `j` ("on Friday", "Tuesday", "last week", "earlier this month");
    /// `j` itself when there is none.
    pub(super) fn skip_time_phrase(&self, j: usize, end: usize) -> usize {
        let day = |x: usize| lx::is_day_word(self.low(x));
        let unit = |x: usize| day(x) || lx::is_time_unit(self.low(x));
        let mut k = j;
        if self.low(k) == "on" && day(k + 1) {
            k += 2;
        } else if day(k) {
            k += 1;
        } else if lx::is_time_modifier(self.low(k)) {
            let mut m = k + 1;
            if self.low(m) == "this" || self.low(m) == "last" {
                m += 1;
            }
            if unit(m) {
                k = m + 1;
            }
        }
        if k > j && matches!(self.low(k), "morning" | "afternoon" | "evening" | "night") {
            k += 1;
        }
        if k > j && k <= end { k } else { j }
    }

    /// The subject at the start of a sentence: a pronoun or a capitalised run, before `limit`.
    pub(super) fn sentence_subject(&self, s0: usize, limit: usize) -> Option<(usize, usize)> {
        // "WASHINGTON — Sen. Chuck Grassley …": the dateline's place is not the subject.
        let mut s0 = self.after_dateline(s0, limit);
        // "Then she shattered party norms", "Also after great thought, I …": an opening
        // adverb is not the subject either.
        // ("Now, it's sounding more like this: …": with its comma too.)
        while s0 + 1 < limit
            && self.is_word(s0)
            && matches!(self.low(s0), "then" | "also" | "and" | "but" | "so" | "now" | "still" | "yet" | "instead")
        {
            if self.is_word(s0 + 1) {
                s0 += 1;
            } else if self.is_punct(s0 + 1, ',') && s0 + 2 < limit && self.is_word(s0 + 2) {
                s0 += 2;
            } else {
                break;
            }
        }
        if s0 >= limit || !self.is_word(s0) {
            return None;
        }
        if lx::PRONOUNS.contains(&self.low(s0)) {
            return Some((s0, s0 + 1));
        }
        // Skip a short opening adverbial: "In April, Twitter reported …".
        // So do a subordinate clause ("As Blumenthal spoke, the NRA …") and an -ly adverb
        // ("Shortly after the merger announcement, the families …").
        let st = (s0..limit.min(s0 + 16))
            .find(|&c| self.is_punct(c, ','))
            .filter(|&c| {
                (c < s0 + 7
                    && (sets().preps.contains(self.low(s0))
                        || matches!(self.low(s0), "last" | "earlier" | "later" | "still" | "meanwhile")))
                    || self.low(s0) == "as"
                    || lx::SUBORDINATORS.contains(&self.low(s0))
                    || (ly_adverb(self.low(s0)) && !sets().adverbs.contains(self.low(s0)) && c > s0 + 1)
                    // "Speaking at the union's forum, the 10 contenders …": an opening participle.
                    || (self.low(s0).len() > 5 && self.low(s0).ends_with("ing") && c > s0 + 1)
                    // "Asked whether he was suggesting …, Mr. Santorum did not back down": an
                    // opening past participle (not a name: "Ahmed Ali, a shopkeeper").
                    || self.opening_past_participle(s0, c)
            })
            .filter(|&c| c < s0 + 12 || self.low(s0).ends_with("ing") || self.opening_past_participle(s0, c))
            .map_or(s0, |c| c + 1);
        if st < limit && lx::PRONOUNS.contains(&self.low(st)) {
            return Some((st, st + 1));
        }
        let mut runs = self.cap_runs_iter(st, limit);
        let (a, mut b) = runs.next()?;
        let second = runs.next();
        // "Presumptive Democratic nominee Hillary Clinton", "Republican presidential candidate
        // Donald Trump": a lowercase title (and a modifier before it) joins the name after it.
        if let Some((_, b2)) = second.filter(|r| {
            (r.0 == b + 1 || r.0 == b + 2)
                && sets().titles.contains(self.low(r.0 - 1))
                && (b..r.0).all(|x| self.is_word(x) && !self.is_cap(x))
        }) {
            b = b2;
        }
        // "The Republican nominee", "The Iraqi prime minister": a lowercase role after the
        // capitalised words is the head of the phrase.
        let title_at = |x: usize| x < limit && self.is_word(x) && !self.is_cap(x) && self.has(x, F_TITLE);
        // ("Republican lawmakers", "Kurdish fighters": a plural noun for people too.)
        let people_at = |x: usize| x < limit && self.is_word(x) && lx::PLURAL_PEOPLE.contains(&self.low(x));
        if second.is_none_or(|r| r.0 > b + 2) {
            if title_at(b) || people_at(b) {
                b += 1;
            } else if title_at(b + 1) && self.is_word(b) && !self.is_cap(b) && !self.has(b, F_FUNC | F_CUE) {
                b += 2;
            }
        }
        (a == st || (a == st + 1 && sets().dets.contains(self.low(st)))).then_some((st, b))
    }

    /// Token `s0` opens a past-participle clause that a comma at `c` closes ("Asked about the
    /// plan,", "Pressed on whether …,").
    pub(super) fn opening_past_participle(&self, s0: usize, c: usize) -> bool {
        let w = self.low(s0);
        c > s0 + 1
            && (w.len() > 4 && w.ends_with("ed") || matches!(w, "told" | "given"))
            && self.is_word(s0 + 1)
            && !self.is_cap(s0 + 1)
    }

    /// The noun phrase ending just before token `k`, scanning left inside the sentence.
    pub(super) fn left_np(&self, k: usize, s0: usize) -> Option<(usize, usize)> {
        let s = sets();
        let b = k;
        let mut a = k;
        while a > s0 && b - a < 12 {
            let t = a - 1;
            if !self.is_word(t) || self.in_quote(t) {
                break;
            }
            let w = self.low(t);
            // All-caps "US" is a name, not the pronoun "us".
            let all_caps = w.len() > 1 && self.slice(t, t + 1).chars().all(|c| !c.is_lowercase());
            // ("familiar with the talks said": after a determiner a cue word is a noun.)
            let noun = || t > s0 && (s.dets.contains(self.low(t - 1)) || self.possessive(t - 1));
            if (s.stop.contains(w) && !s.dets.contains(w) && !all_caps)
                || (s.cues.contains(w) && !s.weak.contains(w) && !self.is_cap(t) && !noun())
            {
                break;
            }
            a -= 1;
        }
        while a < b && s.preps.contains(self.low(a)) && !self.is_cap(a) {
            a += 1;
        }
        // "With Democratic leaders worried about …": an absolute phrase names the one who
        // worries; "At least one lawmaker promised …": a quantity, not a place.
        if a == s0
            && a + 1 < b
            && (self.low(a) == "with" || (self.low(a) == "at" && matches!(self.low(a + 1), "least" | "most")))
        {
            a += if self.low(a) == "with" { 1 } else { 2 };
        }
        // "In July the Justice Department declined": an opening time phrase without a comma
        // ends where the determiner starts the subject.
        if let Some(d) = (a + 1..b).find(|&x| matches!(self.low(x), "the" | "a" | "an") && !self.is_cap(x))
            && (a..d).all(|x| {
                let w = self.low(x);
                s.preps.contains(w)
                    || lx::is_month(w)
                    || lx::is_day_word(w)
                    || lx::is_time_unit(w)
                    || lx::is_time_modifier(w)
                    || w == "later"
                    || w.starts_with(|c: char| c.is_ascii_digit())
            })
        {
            a = d;
        }
        if a >= b {
            return None;
        }
        // The head noun must not be a preposition or determiner.
        let last = self.low(b - 1);
        if s.preps.contains(last) || s.dets.contains(last) {
            return None;
        }
        let first = self.low(a);
        let has_cap = (a..b).any(|x| self.is_cap(x));
        let lowercase_only_plural = !has_cap && b - a <= 3 && s_form(last) && !self.possessive(b - 1);
        // "insiders in the next two states said", "teachers and union officials told …": a
        // plural head opening the clause, with a verbless phrase after it.
        let plural_head = || {
            first.len() > 3
                && s_form(first)
                && !self.is_cap(a)
                && b - a <= 7
                && (a == s0 || !self.is_word(a - 1))
                && (a..b).all(|x| {
                    let w = self.low(x);
                    !(s.finite.contains(w) || s.be.contains(w) || (w.len() > 3 && w.ends_with("ed")))
                })
        };
        // "assistant coach Bob Jones III", "veteran GOP strategist Karl Rove": a few lowercase
        // role words before a name that ends the phrase.
        let titled_name = || {
            let r = (a..b).rev().take_while(|&x| self.is_cap(x)).last().unwrap_or(b);
            b - r >= 2
                && r > a
                && r - a <= 3
                && (a..r).all(|x| {
                    let w = self.low(x);
                    w.len() > 2
                        && !(s.finite.contains(w) || s.be.contains(w) || w.ends_with("ed") || w.ends_with("ing"))
                        && !self.has(x, F_CUE | F_FUNC)
                })
        };
        let ok = self.is_cap(a)
            || s.dets.contains(first)
            || first.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                first,
                "half"
                    | "most"
                    | "more"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "majorities"
                    | "majority"
            )
            || self.possessive(a)
            || lowercase_only_plural
            // ("…, government data show": a document noun without a plural ending.)
            || (!has_cap && b - a <= 3 && matches!(last, "data" | "evidence" | "research" | "polling"))
            || (has_cap && b - a <= 4)
            || titled_name()
            || plural_head();
        if !ok {
            return None;
        }
        if (s.dets.contains(first) || self.possessive(b - 1)) && b - a == 1 {
            return None;
        }
        Some((a, b))
    }

    /// The noun phrase starting at `j`: "Brig. Gen. Tahseen Ibrahim", "a statement by …".
    /// After "according to" anything nominal names the source ("recent data from comScore",
    /// "officials familiar with the system"): only the extent is needed.
    pub(super) fn right_np_any(&self, j: usize, s1: usize) -> Option<(usize, usize)> {
        let mut b = j;
        while b < s1 && b - j < 14 && self.is_word(b) && !self.in_quote(b) {
            b += 1;
        }
        (b > j).then_some((j, b))
    }

    pub(super) fn right_np(&self, j: usize, s1: usize) -> Option<(usize, usize)> {
        let s = sets();
        let mut b = j;
        while b < s1 && b - j < 12 && self.is_word(b) && !self.in_quote(b) {
            let w = self.low(b);
            let cap = self.is_cap(b);
            // "lobbyist and GOP strategist Charlie Black", "attorney and former prosecutor Jane
            // Doe": two roles of one named person.
            if w == "and" && b > j && !self.is_cap(b - 1) {
                let mut e = b + 1;
                while e < s1 && e - j < 12 && self.is_word(e) && !self.in_quote(e) && !s.stop.contains(self.low(e)) {
                    e += 1;
                }
                let plain = |x: usize| {
                    self.is_cap(x)
                        || !(s.preps.contains(self.low(x))
                            || self.has(x, F_CUE)
                            || matches!(self.low(x), "a" | "an" | "the" | "his" | "her" | "their" | "its"))
                };
                if e > b + 1 && self.is_cap(e - 1) && (j..b).all(plain) && (b + 1..e).all(plain) {
                    b = e;
                    continue;
                }
            }
            if !cap && ((s.stop.contains(w) && !s.dets.contains(w)) || s.cues.contains(w)) {
                break;
            }
            if cap && b > j && (s.cues.contains(w)) {
                break;
            }
            b += 1;
        }
        while b > j && (s.preps.contains(self.low(b - 1)) || s.dets.contains(self.low(b - 1))) && !self.is_cap(b - 1) {
            b -= 1;
        }
        if b == j {
            return None;
        }
        let first = self.low(j);
        let ok = self.is_cap(j)
            || s.dets.contains(first)
            || first.starts_with(|c: char| c.is_ascii_digit())
            || self.possessive(j)
            || lx::PRONOUNS.contains(&first)
            || (b - j <= 3)
            // "undecided Republican voter Stephanie Hooton": modifiers before a name.
            || (j + 1..b).any(|x| self.is_cap(x));
        ok.then_some((j, b))
    }

    /// A capitalised function word ("But", "The") that only starts a sentence; "US" is not one.
    pub(super) fn function_word(&self, i: usize) -> bool {
        let w = self.low(i);
        // Number words and quantifiers opening a sentence ("Six in 10 voters say") are no names.
        if self.has(i, F_QUANT) {
            return true;
        }
        self.has(i, F_FUNC)
            && !(w.len() > 1 && self.slice(i, i + 1).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()))
    }

    /// Runs of capitalised words (with name particles) inside [a, b).
    pub(super) fn cap_runs(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        self.cap_runs_iter(a, b).collect()
    }

    /// [`Doc::cap_runs`] lazily, for callers that need only the first run or two.
    pub(super) fn cap_runs_iter(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut i = a;
        std::iter::from_fn(move || {
            while i < b {
                if self.is_cap(i) && !self.function_word(i) {
                    let st = i;
                    while i < b && (self.is_cap(i) || (is_particle(self.low(i)) && i + 1 < b && self.is_cap(i + 1))) {
                        // "posted by Crimestoppers Monday": a day after a name is when, not who.
                        if i > st && lx::is_weekday(self.low(i)) {
                            break;
                        }
                        i += 1;
                        // Title-case headlines run names into their cue: "Lindsey Graham Says Trump".
                        // ("the United States", "Gulf States": a name ending in "States".)
                        if i < b && self.has(i, F_CUE) && s_form(self.low(i)) && self.low(i) != "states" {
                            break;
                        }
                    }
                    // "on Tuesday", "in March": a day or month alone is when, not who.
                    if !(i == st + 1 && (lx::is_weekday(self.low(st)) || lx::is_month(self.low(st)))) {
                        return Some((st, i));
                    }
                } else {
                    i += 1;
                }
            }
            None
        })
    }

    /// Splits a capitalised run after its last title word: (role tokens, name tokens).
    pub(super) fn split_title(&self, r: (usize, usize)) -> ((usize, usize), (usize, usize)) {
        let mut cut = r.0;
        for i in r.0..r.1 {
            // "Justice Department", "Defense Ministry": a title word naming an institution.
            // "Martin Luther King Jr.": a title word followed only by a suffix is the name.
            let only_suffix = (i + 1..r.1).all(|x| dossier_core::lexicon::is_name_suffix(self.low(x)));
            if self.has(i, F_TITLE) && i + 1 < r.1 && !self.has(i + 1, F_ORG) && !only_suffix {
                cut = i + 1;
            }
        }
        ((r.0, cut), (cut, r.1))
    }

    pub(super) fn org_like(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.has(i, F_ORG))
            || (b == a + 1
                && self.slice(a, b).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
                && self.slice(a, b).chars().count() <= 5)
    }

    /// People given a title somewhere in the text ("French President Emmanuel Macron"), plus
    /// entity mentions carrying a role: what role nouns and pronouns resolve against.
    pub(super) fn titled_people(&self, runs: &[(usize, usize)], entities: &[EntityMention]) -> Vec<Person> {
        let mut out = Vec::new();
        for &r in runs {
            let (role, name) = self.split_title(r);
            let lower_title = r.0 > 0 && !self.is_cap(r.0 - 1) && sets().titles.contains(self.low(r.0 - 1));
            let titled = role.1 > role.0 || (lower_title && name.1 >= name.0 + 2);
            if titled && name.1 > name.0 && !self.org_like(name.0, name.1) {
                let mut role_words: Vec<String> =
                    (role.0..role.1).map(|i| self.low(i).trim_end_matches('.').to_string()).collect();
                // Lower-case role words just before the run: "media official Gen Saad Maan".
                let mut i = r.0;
                while i > 0
                    && self.is_word(i - 1)
                    && !self.is_cap(i - 1)
                    && r.0 - i < 3
                    && sets().titles.contains(self.low(i - 1))
                {
                    i -= 1;
                    role_words.push(self.low(i).to_string());
                }
                out.push(Person { pos: r.0, name: self.slice(name.0, name.1).to_string(), role: role_words });
            }
        }
        for e in entities {
            if e.kind == EntityKind::Person {
                let pos = self.toks.partition_point(|t| t.start < e.span.start);
                let role = e
                    .role
                    .as_deref()
                    .unwrap_or("")
                    .split_whitespace()
                    .map(|w| w.to_lowercase().trim_end_matches('.').to_string())
                    .collect();
                out.push(Person { pos, name: e.name.clone(), role });
            }
        }
        out.sort_by_key(|p| p.pos);
        out
    }

    /// Multi-word names in the text (role-stripped), for upgrading a bare surname.
    pub(super) fn known_names(&self, runs: &[(usize, usize)]) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for &r in runs {
            let (_, name) = self.split_title(r);
            if name.1 >= name.0 + 2 && !self.org_like(name.0, name.1) && !(name.0..name.1).any(|i| self.in_quote(i)) {
                out.push((name.0, self.slice(name.0, name.1).to_string()));
            }
        }
        out
    }

    /// The body a definite organisation noun `h` at token `x` stands for ("the court" → "Supreme
    /// Court"): the latest before `x` of an organisation entity, an earlier speaker with a proper
    /// name, or capitalised words written before the same noun ("the Clinton campaign"), whose
    /// name has `h` as its head. Names in capitals (a headline's) do not count.
    pub(super) fn body_named_earlier(
        &self,
        h: &str,
        x: usize,
        entities: &[EntityMention],
        prior: &[(usize, Speaker)],
    ) -> Option<String> {
        let s = sets();
        let at = self.span(x, x + 1).start;
        let shouting = |n: &str| n.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let heads = |n: &str| {
            let (first, last) = (n.split(' ').next().unwrap_or(""), n.rsplit(' ').next().unwrap_or(""));
            n.contains(' ')
                && (last.eq_ignore_ascii_case(h) || (first.eq_ignore_ascii_case(h) && n.contains(" of ")))
                && !shouting(n)
        };
        let mentioned = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization && e.span.start < at && heads(&e.name))
            .map(|e| (e.span.start, e.name.clone()))
            .next_back();
        // (A speaker's name counts only as a proper name: capitalised words before the head,
        // "of"/"and"/"for" between them; not "members of the group".)
        let proper = |n: &str| {
            let w: Vec<&str> = n.split(' ').collect();
            w.len() >= 2
                && w[..w.len() - 1]
                    .iter()
                    .all(|x| x.starts_with(char::is_uppercase) || matches!(*x, "of" | "and" | "for"))
        };
        let spoke = prior.iter().rev().find_map(|(q, sp)| {
            sp.name.as_ref().filter(|n| heads(n) && proper(n)).map(|n| (self.span(*q, *q + 1).start, n.clone()))
        });
        // ("the campaign" after "the Clinton campaign" or "Trump's campaign", which no entity
        // covers.)
        let written = (1..x).rev().filter(|&t| self.low(t) == h && self.is_cap(t - 1)).find_map(|t| {
            let mut r0 = t - 1;
            while r0 > 0 && self.is_word(r0 - 1) && self.is_cap(r0 - 1) && !self.possessive(r0 - 1) {
                r0 -= 1;
            }
            // (Not a determiner or pronoun opening the sentence, "His campaign"; not part of a
            // longer name, "Food and Drug Administration", "Virginia Department of Health"; at
            // most four words.)
            while r0 < t && (s.stop.contains(self.low(r0)) || s.dets.contains(self.low(r0))) {
                r0 += 1;
            }
            let owner = self.slice(r0, t).trim_end_matches("'s").trim_end_matches("’s");
            let name = format!("{owner} {}", self.slice(t, t + 1));
            let glued = owner.split(' ').any(|w| w.contains('.') && w.chars().any(char::is_lowercase));
            let joined = r0 >= 2 && matches!(self.low(r0 - 1), "and" | "of" | "&") && self.is_cap(r0 - 2);
            let longer = self.low(t + 1) == "of" && self.is_cap(t + 2);
            let loud = owner.split(' ').any(|w| w.len() >= 5 && shouting(w)) || shouting(self.slice(t, t + 1));
            ((1..=4).contains(&t.saturating_sub(r0)) && !(glued || joined || longer || loud))
                .then(|| (self.span(r0, t).start, name))
        });
        let (_, n) = [mentioned, spoke, written].into_iter().flatten().max_by_key(|(p, _)| *p)?;
        Some(n.strip_prefix("The ").map_or(n.clone(), str::to_string))
    }
}
