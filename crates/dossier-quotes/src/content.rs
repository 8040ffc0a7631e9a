//! Where a reported clause begins and ends: objects of "told", subordinate clauses, trailing
//! participles and the writer's asides that are not part of what was said.

use super::*;

impl<'a> Doc<'a> {
    /// Fallback subject of a speech verb the noun-phrase rules could not parse ("Three-quarters
    /// of the voters said", "Many speakers at the service — including … — said", "A redacted
    /// copy of the memo seen by Reuters said"): the words from the last clause boundary up to
    /// the cue. A comma right before the cue closes an appositive, so the phrase before it is
    /// taken ("Rep. Jane Doe (D-Md.), chair of the panel, said" → "chair of the panel").
    pub(super) fn clause_subject(&self, k: usize, s0: usize) -> Option<(usize, usize)> {
        let mut b = k;
        if b > s0 && self.is_punct(b - 1, ',') {
            b -= 1;
        } else if b > s0 && (self.is_punct(b - 1, '—') || self.is_punct(b - 1, '–')) {
            // "Many speakers — including … — said": the phrase before the opening dash.
            let d = (b.saturating_sub(25).max(s0)..b - 1)
                .rev()
                .find(|&x| self.is_punct(x, '—') || self.is_punct(x, '–'))?;
            b = d;
        }
        let mut a = b;
        while a > s0 && b - a < 14 {
            let j = a - 1;
            if self.in_quote(j) {
                break;
            }
            match self.toks[j].kind {
                Kind::Punct(',' | ';' | ':' | '—' | '–' | '.' | '!' | '?') => break,
                Kind::Mark { .. } | Kind::Para => break,
                _ => {}
            }
            if self.is_word(j)
                && matches!(
                    self.low(j),
                    "that"
                        | "which"
                        | "what"
                        | "because"
                        | "if"
                        | "when"
                        | "while"
                        | "as"
                        | "since"
                        | "although"
                        | "but"
                        | "where"
                        | "whether"
                        | "how"
                        | "why"
                        | "and"
                        | "or"
                        | "than"
                        | "so"
                )
                && !(self.low(j) == "and"
                    && j > s0
                    && self.is_word(j - 1)
                    && !self.is_cap(j - 1)
                    && j + 1 < b
                    && !self.is_cap(j + 1)
                    && b - j <= 3)
            {
                break;
            }
            a = j;
        }
        // Skip leading punctuation; demand a word and no verb-like cue inside.
        while a < b && !self.is_word(a) {
            a += 1;
        }
        // A clause, not a noun phrase: a participle or subordinator opening it ("Having …",
        // "Chastened …", "Lest you …"), or a past-tense verb with its object inside ("Trump
        // rolled out several versions …", "The two taped an hourlong …").
        if a >= b {
            return None;
        }
        let first = self.low(a);
        // ("elected officials from both parties say", "retired generals say": an adjective.)
        let adjectival = matches!(
            first,
            "elected" | "retired" | "unnamed" | "registered" | "unidentified" | "undecided" | "concerned" | "armed"
        );
        if !self.is_cap(a) && (first.ends_with("ing") || first.ends_with("ed")) && !adjectival
            || matches!(first, "having" | "following" | "lest" | "almost" | "going" | "chastened")
        {
            return None;
        }
        let s = sets();
        // "People who have battled online threats say …": verbs and auxiliaries inside the
        // subject's relative clause do not make the phrase a clause of its own.
        // ("The state officials whose laws have been invalidated say …" too.)
        let rel = (a + 1..b).find(|&x| matches!(self.low(x), "who" | "whose" | "whom")).unwrap_or(b);
        if (a + 1..rel).any(|x| {
            let w = self.low(x);
            !self.is_cap(x)
                && w.len() > 3
                && (w.ends_with("ed") || dossier_core::lexicon::is_irregular_past(w))
                && (s.dets.contains(self.low(x + 1)) || (self.low(x + 1) == "out" && s.dets.contains(self.low(x + 2))))
                && !matches!(self.low(x - 1), "a" | "an" | "the")
        }) {
            return None;
        }
        // "Voters have every right to (know)", "The bias begins to (show)": an auxiliary or an
        // infinitive marker makes it a clause.
        if self.low(b - 1) == "to"
            || (a..rel).any(|x| {
                matches!(
                    self.low(x),
                    "have" | "has" | "had" | "will" | "would" | "can" | "could" | "should" | "must" | "might"
                ) || lx::NEGATED.contains(&self.low(x))
            })
        {
            return None;
        }
        (a < b && b - a < 14 && (a..b).all(|x| !self.has(x, F_CUE))).then_some((a, b))
    }

    /// The reported clause after a cue: "said (on Thursday) that …", "told Reuters (that) …".
    pub(super) fn forward_content(&self, cue: usize, s1: usize) -> Option<(usize, usize)> {
        // "had concluded and all attackers were killed", "has been welcoming and warm": a cue
        // followed straight by "and" has no object of its own.
        if matches!(self.low(cue + 1), "and" | "or") && self.is_word(cue + 1) && !self.in_quote(cue + 1) {
            return None;
        }
        self.forward_content_raw(cue, s1).map(|(a, b)| {
            // "argued (emphatically) - rebuking Mr. Trump eight times by name - that …": a dashed
            // aside before "that" is the writer's; what was said follows it, to its own end.
            let end = self.sent_end(s1);
            let open = if self.is_dash(a) {
                Some(a)
            } else if self.is_word(a) && ly_adverb(self.low(a)) && self.is_dash(a + 1) {
                Some(a + 1)
            } else {
                None
            };
            if let Some(o) = open
                && let Some(close) = (o + 1..end.min(o + 16)).find(|&x| self.is_dash(x))
                && self.low(close + 1) == "that"
                && !self.in_quote(close + 1)
            {
                let x = close + 1;
                return (x, self.object_end(cue, x, self.clause_end(x, end)));
            }
            // "alleging - again falsely - that …": a dashed aside right after the cue is the
            // writer's, not part of what was said.
            let a = if self.is_dash(a)
                && let Some(d) = (a + 1..b.min(a + 8)).find(|&x| self.is_dash(x))
                && d + 1 < b
            {
                d + 1
            } else {
                a
            };
            // "said privately that …", "insisted, however, that …": the adverb is how or
            // when it was said.
            let adverb = |x: usize| {
                self.is_word(x)
                    && !self.in_quote(x)
                    && (ly_adverb(self.low(x)) || matches!(self.low(x), "however" | "again" | "also" | "too"))
            };
            let a = if adverb(a) && self.low(a + 1) == "that" {
                a + 1
            } else if adverb(a) && self.is_punct(a + 1, ',') && self.low(a + 2) == "that" {
                a + 2
            } else {
                a
            };
            // "claimed, without evidence, that …", "said, in a statement, that …": an aside
            // between commas before "that".
            let a = if a > cue
                && self.is_punct(a - 1, ',')
                && let Some(c) = (a + 1..b.min(a + 7)).find(|&x| self.is_punct(x, ','))
                && self.low(c + 1) == "that"
                && (a..c).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
            {
                c + 1
            } else {
                a
            };
            let b = self.clause_end(a, b);
            (a, self.object_end(cue, a, b))
        })
    }

    /// An opening clause from `from` on: the comma that closes it and the main clause's subject
    /// after that comma ("Declaring that …, the billionaire vowed", "After saying …, she").
    /// With `quoted`, a closing mark after a quoted comma closes it too ("Citing the “phony
    /// system,” Trump …").
    pub(super) fn opening_clause(&self, from: usize, s1: usize, quoted: bool) -> Option<(usize, Subject)> {
        let c = (from..s1.min(from + 38))
            .take_while(|&x| !self.is_punct(x, ';'))
            .find(|&x| (self.is_punct(x, ',') && !self.in_quote(x)) || (quoted && self.quoted_comma(x)))?;
        let subj = self
            .clause_head_subject(c + 1, s1)
            .or_else(|| self.sentence_subject(c + 1, s1).map(|r| (r, SubjKind::Phrase)))?;
        Some((c, subj))
    }

    /// "While the topic is not expected to surface in the talks, China has …": a cue inside an
    /// opening subordinate clause reports [a, b) only up to that clause's comma.
    pub(super) fn subordinate_end(&self, cue: usize, a: usize, b: usize) -> usize {
        let Some(&(s0, _)) = self.sent_of.get(cue).and_then(|&si| self.sents.get(si)) else {
            return b;
        };
        let sub = |x: usize| {
            lx::SUBORDINATORS.contains(&self.low(x)) || matches!(self.low(x), "as" | "whereas" | "even" | "with")
        };
        // (The dateline is skipped only when the sentence does not open with a subordinator.)
        let st = if sub(s0) { s0 } else { self.after_dateline(s0, cue) };
        let opens = st < cue && sub(st) && (st..cue).all(|x| !self.is_punct(x, ',') && !self.in_quote(x));
        // ("… interest in few policies and once he has said his piece, he is ready to move on":
        // a subordinate clause opening after "and", "but" or "that" inside the sentence.)
        let opens = opens
            || (cue.saturating_sub(8).max(s0 + 1)..cue)
                .rev()
                .take_while(|&x| !self.is_punct(x, ',') && !self.in_quote(x))
                .find(|&x| lx::SUBORDINATORS.contains(&self.low(x)))
                .is_some_and(|x| matches!(self.low(x - 1), "and" | "but" | "that") && !self.in_quote(x - 1));
        if !opens {
            return b;
        }
        match (a + 1..b).find(|&x| self.is_punct(x, ',') && !self.in_quote(x)) {
            Some(c) if self.words_in(a, c) >= 2 => c,
            _ => b,
        }
    }

    /// Verbs of attitude and evaluation ("criticized the plan, which …", "endorsed Clinton
    /// despite …") report a noun phrase, not a clause: it ends at the first comma, dash,
    /// parenthesis or subordinator outside quotes. Speech verbs and clauses opened by "that", a
    /// question word or a quotation mark keep the whole clause.
    pub(super) fn object_end(&self, cue: usize, a: usize, b: usize) -> usize {
        let s = sets();
        if s.bare.contains(self.low(cue)) || s.participles.contains(self.low(cue)) {
            return b;
        }
        // Findings are small clauses ("the poll showed Trump losing supporters after the
        // debate"): only punctuation ends them (", with RealClearPolitics showing …").
        let finding = matches!(self.low(cue), "show" | "shows" | "showed" | "shown" | "find" | "finds" | "found");
        let first = self.low(a);
        // ("announced Sunday she will resign her post after the convention": a clause opened by
        // its subject pronoun and a verb.)
        let clause = matches!(first, "he" | "she" | "they" | "we" | "i")
            && self.is_word(a + 1)
            && (sets().finite.contains(self.low(a + 1)) || self.low(a + 1).ends_with("ed"));
        if matches!(first, "that" | "how" | "why" | "whether" | "what" | "if" | "when" | "where" | "who" | "to")
            || matches!(self.toks.get(a).map(|t| t.kind), Some(Kind::Mark { .. }))
            || clause
        {
            return b;
        }
        let mut i = a + 1;
        while i < b {
            if !self.in_quote(i) {
                let stop = match self.toks[i].kind {
                    // A comma inside a list goes on: "attacked GOP voters, lawmakers and
                    // donors".
                    // ", including …", ", such as …" go on with the noun phrase's examples.
                    Kind::Punct(',') => {
                        let examples =
                            matches!(self.low(i + 1), "including" | "particularly" | "especially" | "notably")
                                || (self.low(i + 1) == "such" && self.low(i + 2) == "as");
                        // "accused the North's leader, Kim Jong Un, of …": a name set off by
                        // commas renames the object, and the verb's own "of"/"for"/"as" goes on.
                        let name = (i + 2..(i + 6).min(b)).find(|&x| self.is_punct(x, ',')).filter(|&c| {
                            (i + 1..c).all(|x| self.is_word(x) && self.is_cap(x) && !self.in_quote(x))
                                && matches!(self.low(c + 1), "of" | "for" | "as" | "to")
                        });
                        if let Some(c) = name {
                            i = c + 1;
                            continue;
                        }
                        !(self.list_comma(i, b) || examples)
                    }
                    // ("praised Sen. John McCain (R-Ariz.)": a party label goes on.)
                    Kind::Punct('(') => {
                        let l = self.low(i + 1);
                        !(l.starts_with("r-")
                            || l.starts_with("d-")
                            || l.starts_with("i-")
                            || matches!(l, "r" | "d" | "i"))
                    }
                    Kind::Punct(';' | '—' | '–' | ':') => true,
                    // ("condemned the raids in which 121 people were detained": a relative clause
                    // after its preposition stays with the noun.)
                    Kind::Word => {
                        // ("praised his work but also had to give him more time": after a noun
                        // phrase, a verb past "but" is the speaker's next act.)
                        (self.low(i) == "but"
                            && (self.second_predicate(i + 1, b)
                                || (i + 1..b.min(i + 4))
                                    .find(|&x| {
                                        !(ly_adverb(self.low(x))
                                            || matches!(self.low(x), "also" | "then" | "still" | "later"))
                                    })
                                    .is_some_and(|x| s.finite.contains(self.low(x)))))
                            || matches!(
                                self.low(i),
                                "despite"
                                    | "during"
                                    | "because"
                                    | "although"
                                    | "though"
                                    | "while"
                                    | "whereas"
                                    | "since"
                                    | "unless"
                            )
                            || (self.low(i) == "which" && !s.preps.contains(self.low(i - 1)))
                    }
                    _ => false,
                };
                // "endorsed Mr. Trump at a news conference at Mar-a-Lago", "thanking supporters at
                // a rally": the event where it happened.
                let event = self.low(i) == "at"
                    && matches!(self.low(i + 1), "a" | "an" | "the" | "his" | "her" | "their" | "its")
                    && (i + 2..(i + 6).min(b)).any(|x| {
                        matches!(
                            self.low(x),
                            "rally"
                                | "conference"
                                | "hall"
                                | "event"
                                | "hearing"
                                | "meeting"
                                | "debate"
                                | "convention"
                                | "forum"
                                | "dinner"
                                | "summit"
                                | "ceremony"
                                | "fundraiser"
                                | "briefing"
                                | "luncheon"
                                | "breakfast"
                                | "stop"
                        )
                    });
                // "praised the plan in a statement on Thursday", "… in his speech": where it
                // was said, not what.
                let venue = event
                    || self.low(i) == "in"
                        && matches!(self.low(i + 1), "a" | "an" | "his" | "her" | "their" | "its")
                        && (i + 2..(i + 5).min(b)).any(|x| {
                            matches!(
                                self.low(x),
                                "statement"
                                    | "interview"
                                    | "speech"
                                    | "tweet"
                                    | "post"
                                    | "letter"
                                    | "op-ed"
                                    | "column"
                                    | "address"
                                    | "diatribe"
                                    | "rally"
                                    | "debate"
                                    | "appearance"
                                    | "video"
                                    | "ad"
                                    | "remarks"
                                    | "email"
                            )
                        });
                // "… the network and has since left it", "… gay rights and extended benefits":
                // a second verb phrase.
                let next = self.low(i + 1);
                let second_verb = self.low(i) == "and"
                    && (next == "then" || self.finite_predicate(i + 1, b) || self.third_person_verb(i + 1));
                // (An object of four words or more keeps a time phrase in "in"/"on": "accused
                // China of hacking federal computers in recent years"; never a page or feed.)
                let keeps_time = matches!(self.low(i), "in" | "on" | "during")
                    && self.words_in(a, i) >= 4
                    && !lx::MEDIA.contains(&self.low(i + 1))
                    && !lx::MEDIA_PAGES.contains(&self.low(i + 3));
                let circumstance = !keeps_time && self.trailing_circumstance(i);
                let stop = if finding {
                    self.is_punct(i, ',') && matches!(self.low(i + 1), "with" | "where" | "using" | "which" | "when")
                } else {
                    stop
                };
                if stop || (!finding && (venue || second_verb || self.low(i) == "when" || circumstance)) {
                    // "… shortly after midnight", "… two days before the vote": the measure of
                    // time goes with the circumstance.
                    let mut e = i;
                    if matches!(self.low(i), "after" | "before" | "until" | "when") {
                        let measure = |w: &str| {
                            matches!(
                                w,
                                "shortly"
                                    | "soon"
                                    | "just"
                                    | "right"
                                    | "long"
                                    | "immediately"
                                    | "moments"
                                    | "minutes"
                                    | "a"
                            ) || lx::is_time_unit(w.strip_suffix('s').unwrap_or(w))
                        };
                        while e > a + 1
                            && !self.in_quote(e - 1)
                            && (measure(self.low(e - 1))
                                || (e < i
                                    && (self.has(e - 1, F_QUANT)
                                        || self.low(e - 1).starts_with(|c: char| c.is_ascii_digit()))))
                        {
                            e -= 1;
                        }
                    }
                    return e;
                }
            }
            i += 1;
        }
        b
    }

    /// The comma at `i` separates items of a list that ends in "and"/"or" within a few words.
    pub(super) fn list_comma(&self, i: usize, b: usize) -> bool {
        let s = sets();
        let Some(x) = (i + 1..b.min(i + 7)).find(|&x| matches!(self.low(x), "and" | "or")) else {
            return false;
        };
        let next = self.low(x + 1);
        x > i + 1
            && (i + 1..x).all(|y| (self.is_word(y) && !self.has(y, F_CUE)) || self.is_punct(y, ','))
            && self.is_word(x + 1)
            && !s.cues.contains(next)
            && !lx::PRONOUNS.contains(&next)
            && !(next.len() > 4 && next.ends_with("ed"))
    }

    /// A circumstance of the act, not part of its object: "endorsed Rubio in February",
    /// "praised the plan on Monday", "posted it on his Facebook page", "attacked Khan after he
    /// spoke", "before the vote", "as he left the stage".
    pub(super) fn trailing_circumstance(&self, i: usize) -> bool {
        let time = |x: usize| {
            let w = self.low(x);
            lx::is_month(w)
                || lx::is_weekday(w)
                || lx::is_year(w)
                || matches!(w, "recent" | "late" | "early" | "mid")
                || lx::MEDIA.contains(&w)
        };
        // "the accord adopted after two weeks of talks": after a participle the phrase is part
        // of the noun phrase; "after all" is an idiom.
        let participle = || i > 1 && self.is_word(i - 1) && !self.is_cap(i - 1) && self.low(i - 1).ends_with("ed");
        match self.low(i) {
            "after" if self.low(i + 1) == "all" => false,
            "after" | "before" | "until" => !participle(),
            "as" => matches!(self.low(i + 1), "he" | "she" | "they" | "it" | "we" | "i"),
            "in" | "on" | "at" | "during" => {
                // ("attacked Machado in early-morning tweets", "rejected that argument in a ruling
                // released Thursday", "cited the figure at last week's forum": the medium or
                // the event of the act.)
                let occasion = |x: usize| match self.low(i) {
                    "in" => lx::OCCASION_MEDIA.contains(&self.low(x)),
                    "at" => lx::OCCASION_EVENTS.contains(&self.low(x)),
                    _ => false,
                };
                time(i + 1)
                    || (matches!(self.low(i + 1), "the" | "his" | "her" | "its" | "their")
                        && (time(i + 2)
                            || matches!(self.low(i + 2), "past" | "last" | "condition")
                            || lx::MEDIA_PAGES.contains(&self.low(i + 3))))
                    || (i + 1..i + 5).take_while(|&x| self.is_word(x) && !self.in_quote(x)).any(occasion)
            }
            _ => false,
        }
    }

    /// Where a reported clause stops: before ", and …" / ", but …" starting a new clause, a
    /// trailing participle (", noting …", ", saying …"), a semicolon, or "and" + another cue.
    pub(super) fn clause_end(&self, a: usize, b: usize) -> usize {
        let e = self.clause_end_raw(a, b);
        self.subordinate_end(a.saturating_sub(1), a, e)
    }

    /// [`Self::clause_end`] before the subordinate-clause limit.
    pub(super) fn clause_end_raw(&self, a: usize, b: usize) -> usize {
        let s = sets();
        let infinitive = self.low(a) == "to" || (self.low(a) == "not" && self.low(a + 1) == "to");
        let mut i = a + 1;
        while i < b {
            // (A closing mark after a comma is looked at: "… is “true,” but …".)
            if self.in_quote(i) && !self.quoted_comma(i) {
                i += 1;
                continue;
            }
            if self.is_punct(i, ';') {
                return i;
            }
            // "… is unqualified - and one that …": a lone dash after the clause opens the
            // writer's aside; a pair ("the plan — which costs $5bn — would fail") sits inside.
            if self.is_dash(i) && self.words_in(a, i) >= 2 {
                let mut d = i + 1;
                while d < b && self.is_dash(d) {
                    d += 1;
                }
                match (d..b).find(|&x| self.is_dash(x) && !self.in_quote(x)) {
                    Some(close) => {
                        i = close + 1;
                        while i < b && self.is_dash(i) {
                            i += 1;
                        }
                        continue;
                    }
                    None => return i,
                }
            }
            let next = self.low(i + 1);
            // A comma inside a closing quote separates clauses too: "… is “true,” but …".
            // (Not in a list of quoted words: "called him a “nasty guy,” an “anchor baby,” …".)
            let comma = self.is_punct(i, ',')
                || (self.quoted_comma(i)
                    && self.is_word(i + 1)
                    && !self.is_cap(i + 1)
                    && !(matches!(self.low(i + 1), "a" | "an" | "the")
                        && matches!(self.toks.get(i + 2).map(|t| t.kind), Some(Kind::Mark { .. }))));
            if comma && self.is_word(i + 1) && !self.in_quote(i + 1) {
                let cut = if self.is_punct(i, ',') { i } else { i + 1 };
                let after = self.low(i + 2);
                if matches!(next, "and" | "but" | "while" | "whereas" | "although" | "though") && after != "that" {
                    return cut;
                }
                // (", even as footage circulated", ", even though …": the writer's contrast.)
                if next == "even" && matches!(after, "as" | "though" | "if" | "when" | "after" | "before") {
                    return cut;
                }
                // (", after he left office", ", before the vote": when it happened, not what was
                // said; not ", after all," nor a time set off inside the clause: "others, after
                // receiving briefings, are also beginning to …".)
                if matches!(next, "after" | "before")
                    && after != "all"
                    && !(i + 2..b).any(|x| self.is_punct(x, ',') && !self.in_quote(x))
                {
                    return cut;
                }
                // "…, a claim that could not be verified", "…, a swipe at the disturbances at his
                // rallies": a noun phrase after the clause is the writer's comment on it (a
                // clause of its own, "…, a few lawmakers said", has a verb before its end).
                // ("… in partnership with NATO, the existing military alliance that includes …": an
                // appositive on a name closing the clause is the writer's gloss too.)
                // (Not an item of a list before the verb: "hacking of the DNC, the DCCC and state
                // offices can be traced to …".)
                let gloss = next == "the"
                    && self.is_cap(i - 1)
                    && !self.in_quote(i - 1)
                    && !(i + 2..b).any(|x| self.is_punct(x, ',') && !self.in_quote(x))
                    && (i + 2..b)
                        .take_while(|&x| !matches!(self.low(x), "that" | "who" | "which"))
                        .all(|x| !s.finite.contains(self.low(x)) && !s.be.contains(self.low(x)));
                if (matches!(next, "a" | "an") || gloss)
                    && (matches!(
                        after,
                        "claim" | "allegation" | "charge" | "assertion" | "accusation" | "figure" | "number" | "remark"
                    ) || (i + 2..b.min(i + 7))
                        .take_while(|&x| self.is_word(x) && !matches!(self.low(x), "that" | "who" | "which"))
                        .all(|x| {
                            !s.finite.contains(self.low(x))
                                && !s.be.contains(self.low(x))
                                && !s.cues.contains(self.low(x))
                        }))
                {
                    return cut;
                }
                // "…, according to exit polls": a source of its own closes the clause; ",
                // compared with 64 percent who …" is the writer's comparison.
                if (next == "according" && after == "to") || (next == "compared" && matches!(after, "with" | "to")) {
                    return cut;
                }
                // ", told his advisers …": the sentence's own verb after a clause that was its
                // subject's attribute.
                if !self.is_cap(i + 1) && s.cues.contains(next) && !next.ends_with("ing") && s.bare.contains(next) {
                    return cut;
                }
                // A trailing participial phrase (", encouraging …", ", even suggesting …",
                // ", focusing on …") is the writer's addition or an attribution of its own.
                let (part, pw) =
                    if s.adverbs.contains(next) || ly_adverb(next) { (i + 2, self.low(i + 2)) } else { (i + 1, next) };
                // ("Millennials, numbering 75.3 million, surpassed …": a participle set off by
                // commas inside the clause's subject, a verb after it, goes on.)
                let inside = (part + 1..b.min(part + 8))
                    .find(|&x| self.is_punct(x, ',') && !self.in_quote(x))
                    .is_some_and(|c| {
                        let v = self.low(c + 1);
                        self.is_word(c + 1)
                            && !self.is_cap(c + 1)
                            && ((v.len() > 4 && v.ends_with("ed")) || s.finite.contains(v))
                    });
                if !self.is_cap(part)
                    && pw.len() > 5
                    && pw.ends_with("ing")
                    && !matches!(pw, "including" | "according" | "regarding" | "concerning" | "following" | "during")
                    && !inside
                {
                    return cut;
                }
                // A trailing relative clause on the last noun (", who has not been charged",
                // ", which makes him an outlier") comments on it; one closed by another comma
                // sits inside the clause ("the plan, which costs $5bn, would fail").
                if matches!(next, "who" | "which")
                    && !(i + 2..b)
                        .any(|x| !self.in_quote(x) && matches!(self.toks[x].kind, Kind::Punct(',' | '—' | '(')))
                {
                    return cut;
                }
            }
            // "and (even) questioned …": skip adverbs between "and" and a second cue.
            let mut n = i + 1;
            while self.low(i) == "and"
                && n < b
                && n < i + 3
                && (s.adverbs.contains(self.low(n)) || ly_adverb(self.low(n)))
            {
                n += 1;
            }
            if self.low(i) == "and"
                && self.is_word(n)
                && s.cues.contains(self.low(n))
                && !self.is_cap(n)
                && !(n > i + 1 && matches!(self.low(i + 1), "never" | "not"))
            {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            if self.low(i) == "but" && self.second_predicate(i + 1, b) {
                return i;
            }
            // "… the plan would fail in an interview with CNN": the occasion of saying, when
            // nothing but its own phrase follows.
            // (Not after a participle: "the strategy as detailed in a letter … still stands".)
            if self.low(i) == "in"
                && i > a + 2
                && !self.in_quote(i)
                && !self.low(i - 1).ends_with("ed")
                && matches!(self.low(i + 1), "a" | "an" | "his" | "her" | "their" | "its")
                && (i + 2..i + 5).take_while(|&x| self.is_word(x)).any(|x| lx::OCCASION_MEDIA.contains(&self.low(x)))
                && (i + 2..b).all(|x| {
                    self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE) && !s.finite.contains(self.low(x))
                })
            {
                return i;
            }
            // "… refused to speak to reporters as she left the breakfast": the speaker's own
            // moment, not what was said.
            if self.low(i) == "as"
                && i > a + 2
                && matches!(self.low(i + 1), "he" | "she")
                && self.is_word(i + 2)
                && !self.is_cap(i + 2)
                && !self.in_quote(i + 1)
            {
                return i;
            }
            // "vowed to keep abortion legal and celebrated the ruling": after an infinitive, a
            // finite verb past "and" is the speaker's next act, not more of what was vowed.
            if matches!(self.low(i), "and" | "but") && infinitive && self.finite_predicate(i + 1, b) {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            // "5 percent prefer Johnson and 1 percent support Stein": a new share of the poll
            // starts a finding of its own.
            if self.low(i) == "and"
                && !self.in_quote(i)
                && self.low(i + 1).starts_with(|c: char| c.is_ascii_digit())
                && matches!(self.low(i + 2), "percent" | "%" | "in")
                // (Not a range: "between 40 and 50 percent".)
                && !(i.saturating_sub(4)..i).any(|x| matches!(self.low(x), "between" | "from"))
                && (i + 3..b.min(i + 8)).any(|x| s.finite.contains(self.low(x)) || self.has(x, F_CUE) || self.third_person_verb(x))
            {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            // "… and he reiterated his claim that …": a new clause with its own speech verb.
            if self.low(i) == "and" && self.new_speaker_clause(i + 1, b) {
                return if self.is_punct(i - 1, ',') { i - 1 } else { i };
            }
            i += 1;
        }
        b
    }

    /// After "but" at `j`: a second predicate of the speaker, not more of what was said ("said
    /// the deal was flawed but praised the senators", "but did not name him", "but he also
    /// noted …"). A pronoun or name counts as that subject only when a cue follows it.
    pub(super) fn second_predicate(&self, j: usize, b: usize) -> bool {
        let s = sets();
        let mut n = j;
        if n < b && self.is_word(n) && (matches!(self.low(n), "he" | "she" | "they") || self.is_cap(n)) {
            return self.new_speaker_clause(j, b);
        }
        while n < b && n < j + 3 && self.is_word(n) && self.is_adverb(n) && !matches!(self.low(n), "not" | "never") {
            n += 1;
        }
        if n >= b || !self.is_word(n) || self.is_cap(n) || self.in_quote(n) {
            return false;
        }
        let w = self.low(n);
        (s.cues.contains(w) && !s.participles.contains(w))
            || matches!(w, "did" | "didn't" | "didn’t" | "stopped" | "declined" | "refused" | "added" | "not")
            || (w.len() > 4 && w.ends_with("ed"))
            || dossier_core::lexicon::is_irregular_past(w)
    }

    /// At `j`: (adverbs and) a verb that cannot continue an infinitive or a noun phrase: a
    /// past tense, an auxiliary or modal ("celebrated", "was acquitted", "would not say").
    pub(super) fn finite_predicate(&self, j: usize, b: usize) -> bool {
        let mut n = j;
        while n < b && n < j + 2 && self.is_word(n) && matches!(self.low(n), "also" | "then" | "later" | "quickly") {
            n += 1;
        }
        if n >= b || !self.is_word(n) || self.is_cap(n) || self.in_quote(n) {
            return false;
        }
        let w = self.low(n);
        sets().finite.contains(w) || (w.len() > 4 && w.ends_with("ed")) || dossier_core::lexicon::is_irregular_past(w)
    }

    /// At `j`: a present-tense verb with its object or particle next ("ranks it", "points out
    /// that", "swears Latinos …"), which a plural noun in a list seldom has.
    pub(super) fn third_person_verb(&self, j: usize) -> bool {
        let w = self.low(j);
        self.is_word(j)
            && !self.is_cap(j)
            && !self.in_quote(j)
            && w.len() > 3
            && s_form(w)
            && matches!(self.low(j + 1), "it" | "him" | "her" | "them" | "out" | "up" | "that" | "his" | "their")
    }

    /// At `j`: "he", "she", "they" or a name, then (adverbs and) a cue: "he also noted …",
    /// "Trump said …".
    pub(super) fn new_speaker_clause(&self, j: usize, b: usize) -> bool {
        if !(j < b && self.is_word(j) && (matches!(self.low(j), "he" | "she" | "they") || self.is_cap(j))) {
            return false;
        }
        let mut n = j;
        while n < b && self.is_word(n) && self.is_cap(n) {
            n += 1;
        }
        if n == j {
            n += 1;
        }
        let mut m = n;
        while m < b && m < n + 3 && self.is_word(m) && self.is_adverb(m) {
            m += 1;
        }
        m < b && self.has(m, F_CUE) && !self.is_cap(m) && !self.in_quote(m)
    }

    /// An adverb or auxiliary from the list, or an -ly word ("also", "has", "firmly").
    pub(super) fn is_adverb(&self, i: usize) -> bool {
        let w = self.low(i);
        sets().adverbs.contains(w) || ly_adverb(w)
    }

    /// A transcript speaker label ("PENCE", "WALLACE"): no lower-case letter, and a word of at
    /// least two letters, so an initial alone is none.
    pub(super) fn caps_label(&self, a: usize, b: usize) -> bool {
        (a..b).all(|x| self.slice(x, x + 1).chars().all(|ch| !ch.is_lowercase()))
            && (a..b).any(|x| self.slice(x, x + 1).chars().filter(|ch| ch.is_alphabetic()).count() >= 2)
    }

    /// A one-word pronoun subject is resolved as one; anything else is a phrase.
    pub(super) fn subj_kind(&self, subj: (usize, usize)) -> SubjKind {
        if subj.1 == subj.0 + 1 && lx::PRONOUNS.contains(&self.low(subj.0)) {
            SubjKind::Pronoun
        } else {
            SubjKind::Phrase
        }
    }

    /// "that" followed by a finite verb ("a bill that passed", "an interview that was aired")
    /// relates to the noun before it.
    pub(super) fn relative_that(&self, t: usize) -> bool {
        let n = self.low(t + 1);
        self.is_word(t + 1)
            && !self.is_cap(t + 1)
            && (sets().finite.contains(n) || (n.len() > 4 && n.ends_with("ed")) || n == "ran")
    }

    pub(super) fn forward_content_raw(&self, cue: usize, s1: usize) -> Option<(usize, usize)> {
        let end = self.sent_end(s1);
        let mut j = cue + 1;
        let w = self.low(cue);
        let object_verb = matches!(
            w,
            "told" | "tells" | "telling" | "informed" | "assured" | "asked" | "urged" | "warned" | "reminded"
        );
        // A show's title in quotes is part of a venue ("said on ABC's “This Week” that …").
        let in_title = |x: usize| self.quote_at(x).is_some_and(|m| self.named_title(m));
        let reach = if (cue + 1..cue + 6).any(in_title) {
            14
        } else if object_verb {
            12
        } else {
            8
        };
        // "pointed out that …", "went on to say that …".
        if self.cue_particle(cue) {
            j += 1;
            if self.low(j) == "to" && self.reporting_verb(j + 1) {
                j += 2;
            }
            // ("lashed out at the judge": the target.)
            if matches!(self.low(j), "at" | "against") && !self.in_quote(j) {
                j += 1;
            }
        }
        // "talked about the wall", "asked about his taxes": the topic is the content; talk
        // verbs report nothing else.
        let talk = matches!(w, "talked" | "talks" | "talk" | "talking" | "spoke" | "speaks" | "speaking");
        let about = self.low(j) == "about" && !self.in_quote(j);
        if about {
            j += 1;
        } else if talk {
            // "spoke at the White House on Tuesday about rights …": the topic after the venue.
            let topic = (j + 1..end.min(j + 12))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| self.low(x) == "about")?;
            // ("spoke for about five minutes", "As he spoke, about 100 students gathered":
            // "about" of a number is roughly, not a topic; "spoke about two risks" is one.)
            let number = self.low(topic + 1).starts_with(|c: char| c.is_ascii_digit()) || self.has(topic + 1, F_QUANT);
            let unit = |x: usize| {
                let l = self.low(x);
                lx::is_time_unit(l.strip_suffix('s').unwrap_or(l))
            };
            if (number || unit(topic + 1))
                && (self.low(topic - 1) == "for" || self.is_punct(topic - 1, ',') || unit(topic + 2) || unit(topic + 1))
            {
                return None;
            }
            j = topic + 1;
        }
        // "said of McCain: “…”", "wrote of the plan that …": the topic, then what was said.
        if sets().bare.contains(w)
            && self.low(j) == "of"
            && !self.in_quote(j)
            && let Some(p) = (j + 2..end.min(j + 10))
                .take_while(|&x| {
                    !self.in_quote(x) || self.toks.get(x).is_some_and(|t| matches!(t.kind, Kind::Mark { .. }))
                })
                .find(|&x| self.is_punct(x, ':') || self.is_punct(x, ',') || self.low(x) == "that")
        {
            j = if self.low(p) == "that" { p } else { p + 1 };
        }
        // "called on Congress to act", "calls for a ban": the particle belongs to the cue.
        if matches!(w, "called" | "calls" | "call" | "calling")
            && matches!(self.low(j), "on" | "for")
            && !self.in_quote(j)
        {
            j += 1;
        }
        // "that" closing the sentence ("… to accomplish that.") is a pronoun, not a complementizer.
        let that = (j..end.min(j + reach))
            .find(|&x| self.low(x) == "that" && !self.in_quote(x))
            .filter(|&t| t + 1 < end && self.is_word(t + 1));
        if let Some(t) = that {
            // "told Breitbart News Daily host Stephen Bannon that …": any plain words may name
            // whom a speaker told; other cues only allow time and place words before "that".
            // "told a town hall in Salem, New Hampshire, on Monday that …": commas inside the
            // place name are allowed.
            let object_ok =
                object_verb && (j..t).all(|x| (self.is_word(x) || self.is_punct(x, ',')) && !self.in_quote(x));
            // ("respond to that challenge", "for that reason": "that" right after a preposition
            // is a determiner, not the start of a clause; "referred to an earlier statement that
            // called …" opens a relative clause.)
            let not_clause =
                t > j && (matches!(self.low(t - 1), "to" | "for" | "on" | "in" | "at") || self.relative_that(t));
            let gap_ok = object_ok
                || !not_clause
                    && (j..t).all(|x| {
                        let l = self.low(x);
                        self.is_word(x)
                            && (self.is_cap(x)
                                || lx::is_time_modifier(l)
                                || lx::is_time_unit(l.strip_suffix('s').unwrap_or(l))
                                || lx::is_day_word(l)
                                || lx::is_listener(l)
                                || matches!(
                                    l,
                                    "on" | "in"
                                        | "at"
                                        | "for"
                                        | "to"
                                        | "a"
                                        | "an"
                                        | "the"
                                        | "interview"
                                        | "statement"
                                        | "also"
                                        | "again"
                                        | "recently"
                                        | "repeatedly"
                                        | "publicly"
                                        | "previously"
                                        | "news"
                                        | "conference"
                                        | "briefing"
                                )
                                || self.possessive(x))
                    });
            if gap_ok {
                return Some((t, end));
            }
            // "said on his official Twitter feed that he …": a prepositional phrase of any plain
            // words, when a subject follows "that" (so it is no relative: "in a bill that passed").
            let subject_next = {
                // ("he'd", "they're": a contracted pronoun is a subject too.)
                let n = self.low(t + 1).split(['\'', '’']).next().unwrap_or("");
                self.is_word(t + 1)
                    && (matches!(
                        n,
                        "he" | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "you"
                            | "there"
                            | "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "this"
                            | "these"
                            | "those"
                            | "some"
                            | "many"
                            | "most"
                    ) || self.is_cap(t + 1)
                        || n.starts_with(|c: char| c.is_ascii_digit()))
            };
            // ("learned again during the debate that": adverbs may come first.)
            let jp = (j..t).find(|&x| !self.is_adverb(x)).unwrap_or(j);
            if subject_next
                && matches!(
                    self.low(jp),
                    "on" | "in" | "at" | "during" | "via" | "through" | "to" | "with" | "before" | "after" | "from"
                )
                && (j..t).all(|x| (self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE)) || in_title(x))
            {
                return Some((t, end));
            }
        }
        // "said after the convention he would not …": a circumstance, then the clause opened
        // by its subject pronoun.
        if sets().bare.contains(w)
            && matches!(self.low(j), "after" | "before" | "during" | "at" | "in" | "on")
            && !self.in_quote(j)
            && let Some(p) = (j + 2..end.min(j + 8))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| matches!(self.low(x), "he" | "she" | "they" | "we" | "i"))
            && self.is_word(p + 1)
        {
            return Some((p, end));
        }
        // "said Thursday during a taping of an MSNBC town hall in Buffalo, New York, that …":
        // a long circumstantial phrase closed by a comma before "that".
        // "continues to insist, most recently in an interview with ABC News, that …": the phrase
        // may be set off by commas and open with adverbs.
        let mut j1 = if self.is_punct(j, ',') { j + 1 } else { j };
        while j1 < end && j1 < j + 4 && self.is_word(j1) && (self.is_adverb(j1) || self.low(j1) == "most") {
            j1 += 1;
        }
        if let Some(t) = (j..end.min(j + 30))
            .find(|&x| x > j1 && self.low(x) == "that" && self.is_punct(x - 1, ',') && !self.in_quote(x))
            && (j..t).all(|x| !self.in_quote(x) && !self.has(x, F_CUE))
            && (j1..t).any(|x| matches!(self.low(x), "on" | "in" | "at" | "during" | "to" | "with"))
            && (lx::is_day_word(self.low(j1))
                || lx::is_time_modifier(self.low(j1))
                || matches!(self.low(j1), "on" | "in" | "at" | "during" | "to" | "with"))
        {
            return Some((t, end));
        }
        // "urged party leaders to turn away from …", "asked him to resign": the person asked and
        // the infinitive together are what was urged.
        if matches!(
            w,
            "urged"
                | "urges"
                | "urging"
                | "asked"
                | "asks"
                | "asking"
                | "encouraged"
                | "encourages"
                | "pressed"
                | "implored"
        ) && let Some(t) = (j + 1..end.min(j + 7)).find(|&x| self.low(x) == "to")
            // (Not the "to" of a noun after the matter pressed: "pressed him on his failure to …".)
            && (j..t).all(|x| {
                self.is_word(x)
                    && !self.in_quote(x)
                    && !self.has(x, F_CUE)
                    && (w != "pressed" || !matches!(self.low(x), "on" | "about"))
            })
            && self.is_word(t + 1)
        {
            return Some((j, end));
        }
        // "asked NBC's Lester Holt, the moderator of the debate, to fact check Trump": past an
        // object with its appositive, the infinitive is what was asked.
        if matches!(w, "urged" | "urges" | "urging" | "asked" | "asks" | "asking" | "pressed" | "implored")
            && self.is_word(j)
            && let Some(c) = (j + 1..end.min(j + 6)).find(|&x| self.is_punct(x, ','))
            && let Some(t) = (c + 2..end.min(c + 16)).find(|&x| self.low(x) == "to" && self.is_punct(x - 1, ','))
            && (j..t).all(|x| (self.is_word(x) || x == c || x == t - 1) && !self.in_quote(x) && !self.has(x, F_CUE))
            && self.is_word(t + 1)
        {
            return Some((t, end));
        }
        // "asked for a sentence of three years": what was requested.
        // ("asked for $1.9 billion to fight Zika": an amount too.)
        if matches!(w, "asked" | "asks" | "asking")
            && self.low(j) == "for"
            && (self.is_word(j + 1) || self.slice(j + 1, j + 2).starts_with(['$', '£', '€']))
            && !self.in_quote(j)
        {
            return Some((j + 1, end));
        }
        // "had pressed him on his failure to release tax returns": past the one pressed, the
        // matter.
        if w == "pressed"
            && let Some(p) = (j + 1..end.min(j + 6))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| matches!(self.low(x), "on" | "about"))
            && self.is_word(p + 1)
        {
            return Some((p + 1, end));
        }
        // "asked former Attorney General Eric Holder whether …", "asked workers if …": past
        // any object, the question.
        if matches!(w, "asked" | "asks" | "asking")
            && !about
            && let Some(q) = (j + 1..end.min(j + 14))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                .find(|&x| matches!(self.low(x), "whether" | "if" | "what" | "why" | "how" | "when" | "which"))
        {
            return Some((q, end));
        }
        if matches!(w, "told" | "tells" | "informed" | "assured" | "asked" | "urged") && !about {
            // "asked whether …", "asked to donate …": no object to skip.
            let first = self.low(j);
            if !matches!(
                first,
                "whether" | "if" | "what" | "why" | "how" | "when" | "who" | "whom" | "which" | "where" | "to"
            ) {
                // The object: a pronoun, "reporters", or an optional determiner plus a name
                // ("told the Associated Press he …").
                if matches!(self.low(j), "the" | "a" | "an") && self.is_cap(j + 1) {
                    j += 1;
                }
                // "tells the crowd he was …", "told a news conference they are …": a common-noun
                // object of a few plain words, then a clause opened by a subject pronoun.
                let det_object = (matches!(self.low(j), "the" | "a" | "an" | "his" | "her" | "their")
                    && !self.in_quote(j))
                .then(|| {
                    (j + 2..end.min(j + 5))
                        .take_while(|&x| self.is_word(x) && !self.in_quote(x))
                        .find(|&x| matches!(self.low(x), "he" | "she" | "they" | "we" | "i" | "it" | "there"))
                        .filter(|&x| (j + 1..x).all(|y| !self.is_cap(y) && !self.has(y, F_CUE)))
                })
                .flatten();
                if let Some(x) = det_object {
                    return Some((x, end));
                }
                // "told his advisers to figure out how …", "told his subordinates never to
                // speak of it": an order; the listener and the infinitive are what was said.
                let ordered = (matches!(self.low(j), "the" | "his" | "her" | "their" | "its" | "our")
                    && !self.in_quote(j))
                .then(|| {
                    (j + 2..end.min(j + 7)).take_while(|&x| self.is_word(x) && !self.in_quote(x)).find(|&x| {
                        // (A verb after "to", not its noun: "told the story to reporters".)
                        let v = self.low(x + 1);
                        self.low(x) == "to"
                            && self.is_word(x + 1)
                            && !self.is_cap(x + 1)
                            && !sets().dets.contains(v)
                            && !self.has(x + 1, F_FUNC)
                            && !lx::is_object_pronoun(v)
                            && v != "you"
                            && !(v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us"))
                    })
                })
                .flatten()
                .filter(|&x| {
                    (j + 1..x).all(|y| {
                        !self.has(y, F_CUE) && (!self.has(y, F_FUNC) || matches!(self.low(y), "never" | "not"))
                    })
                });
                if ordered.is_some() && matches!(w, "told" | "tells") {
                    return Some((j, end));
                }
                // "told pollsters they were undecided": any plural listener before a clause
                // opened by its subject.
                let plural_listener = |x: usize| {
                    let l = self.low(x);
                    l.len() > 3
                        && l.ends_with('s')
                        && !self.has(x, F_FUNC | F_CUE)
                        && matches!(self.low(x + 1), "he" | "she" | "they" | "we" | "i" | "it" | "there")
                };
                let mut n = 0;
                while j < end
                    && n < 5
                    && self.is_word(j)
                    && (self.is_cap(j)
                        || (n > 0 && is_particle(self.low(j)))
                        || (n == 0 && plural_listener(j))
                        // ("told host Sean Hannity a Clinton loss is …": a title before the name.)
                        || (n == 0 && self.has(j, F_TITLE) && self.is_cap(j + 1))
                        || (n == 0
                            && (lx::is_listener(self.low(j))
                                || matches!(self.low(j), "supporters" | "voters" | "lawmakers"))))
                {
                    let pronoun = !self.is_cap(j) && !self.has(j, F_TITLE);
                    j += 1;
                    n += 1;
                    if pronoun {
                        break;
                    }
                }
                if n == 0 {
                    return None;
                }
                // "told Britain’s ITV television station in an interview": common nouns after
                // the named listener still belong to it when a preposition or the end follows.
                if self.is_cap(j - 1) {
                    let s = sets();
                    let mut e = j;
                    while e < end
                        && e < j + 3
                        && self.is_word(e)
                        && !self.is_cap(e)
                        && !self.in_quote(e)
                        && !self.has(e, F_FUNC | F_CUE)
                        && !s.finite.contains(self.low(e))
                        && !self.low(e).ends_with("ed")
                        && !lx::PRONOUNS.contains(&self.low(e))
                        && contracted_be(self.low(e)).is_none()
                    {
                        e += 1;
                    }
                    // ("told ABC News reporters he would …": the clause's subject pronoun
                    // follows the listener; "told Fox News host Sean Hannity …": a title and
                    // the name it heads.)
                    let pronoun_next = e < end && matches!(self.low(e), "he" | "she" | "they" | "we" | "i" | "it");
                    if e > j && (e >= end || !self.is_word(e) || s.preps.contains(self.low(e)) || pronoun_next) {
                        j = e;
                    } else if e > j && self.is_cap(e) && (j..e).all(|x| self.has(x, F_TITLE)) {
                        let mut f = e;
                        while f < end && f < e + 4 && self.is_word(f) && self.is_cap(f) && !self.in_quote(f) {
                            f += 1;
                        }
                        j = f;
                    }
                }
            }
        }
        // "announced on Friday the arrest of …", "said Tuesday it would …": a time phrase
        // between the cue and its content.
        j = self.skip_time_phrase(j, end);
        while j < end && matches!(self.toks[j].kind, Kind::Punct(',' | ':')) {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // "he said, citing …": the participle opens an attribution of its own (after a comma;
        // "called for denying entry to …" is a gerund object).
        if j > cue + 1
            && matches!(self.toks[j - 1].kind, Kind::Punct(',' | ':'))
            && self.is_word(j)
            && (self.has(j, F_PART) || matches!(self.low(j), "citing" | "referring" | "pointing" | "calling"))
        {
            return None;
        }
        // "said in an interview with the AP that …": past the venue to "that"; a venue or agent
        // with no clause after it ("said in Las Vegas at a forum …", "criticized by Miller")
        // is where or by whom, not what.
        if self.low(j) == "by" && !self.in_quote(j) {
            return None;
        }
        if matches!(self.low(j), "in" | "at" | "during")
            && !self.in_quote(j)
            && !matches!(w, "believe" | "believes" | "believed" | "believing")
            && self.is_word(j + 1)
            && (sets().dets.contains(self.low(j + 1))
                || self.is_cap(j + 1)
                || self.low(j + 1).starts_with(|c: char| c.is_ascii_digit())
                || matches!(self.low(j + 1), "response" | "recent" | "remarks"))
        {
            // "said in an interview that aired Sunday that …": a "that" followed by a verb is a
            // relative pronoun on the venue, not the complementizer.
            // ("questioned in recent days whether …": "whether" opens the content too; "in a
            // statement posted on its website that …": a participle on the venue is no cue.)
            let venue_participle = |x: usize| {
                matches!(
                    self.low(x),
                    "posted" | "released" | "published" | "issued" | "sent" | "aired" | "broadcast" | "delivered"
                )
            };
            let that = (j + 2..end.min(j + 18))
                .take_while(|&x| !self.in_quote(x) && (!self.has(x, F_CUE) || venue_participle(x)))
                .find(|&x| (self.low(x) == "that" && !self.relative_that(x)) || self.low(x) == "whether");
            return that.map(|t| (t, end));
        }
        // Without "that", only verbs that take a bare clause report one ("said it was over");
        // others take an object ("declared victory", "claimed responsibility") or "to …".
        let first = self.low(j);
        let opens_quote = matches!(self.toks[j].kind, Kind::Mark { .. });
        let wh = matches!(first, "how" | "why" | "whether" | "what" | "if" | "when" | "where" | "who");
        let inf = first == "to" && !sets().bare.contains(w);
        // Attitude verbs also attribute plain objects ("criticized the plan"), as attribution
        // corpora annotate them; only a few fixed objects are not statements.
        let _ = (opens_quote, wh, inf);
        // "said much of his talk was about Israel", "reported at least six planes": a
        // quantifier opens the clause.
        let quantifier = matches!((first, self.low(j + 1)), ("much", "of") | ("at", "least" | "most"));
        if self.is_word(j)
            && !self.is_cap(j)
            && !quantifier
            && matches!(
                first,
                "responsibility"
                    | "credit"
                    | "so"
                    | "as"
                    | "much"
                    | "victory"
                    | "on"
                    | "at"
                    | "during"
                    | "before"
                    | "after"
                    | "while"
                    | "because"
                    | "since"
                    | "until"
            )
        {
            return None;
        }
        // ("The video footage was the first glimpse": "be" right after a cue word that is no
        // verb form shows a noun, the subject of that "be".)
        if j == cue + 1
            && self.is_word(j)
            && sets().be.contains(first)
            && !(w.ends_with("ed") || w.ends_with('s') || w.ends_with("ing") || sets().bare.contains(w))
        {
            return None;
        }
        // ("support needed to win": a past participle right after a cue that is also a plural
        // or mass noun shows the noun.)
        if j == cue + 1
            && self.is_word(j)
            && !self.in_quote(j)
            && !self.is_cap(j)
            && first.len() > 4
            && first.ends_with("ed")
            && lx::CUE_NOUNS.contains(&w)
        {
            return None;
        }
        Some((j, end))
    }
}
