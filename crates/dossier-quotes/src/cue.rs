//! One cue word at a time: is it speech here, who is its subject (before or after it), and
//! which clause it reports.

use super::*;

impl<'a> Doc<'a> {
    /// `prev` is the subject of the last cue found earlier in this sentence: a coordinated cue
    /// ("Trump demands …, yet refuses …") shares it.
    pub(super) fn anchor_at(
        &self,
        si: usize,
        i: usize,
        s0: usize,
        s1: usize,
        prev: Option<((usize, usize), SubjKind)>,
    ) -> Option<Anchor> {
        let s = sets();
        let w = self.low(i);
        // "battleground states (that will vote …)", "pledged delegates": a noun and an
        // adjective, unless a clause, a colon or a quote follows ("the report states that …").
        let next = self.low(i + 1);
        // "enjoyed tremendous support from black voters", "learned from the experience": what
        // comes from someone is not what they said, unless a clause follows ("said from the
        // podium that …").
        if next == "from"
            && !self.in_quote(i + 1)
            && !(i + 2..s1.min(i + 12)).take_while(|&x| !self.is_punct(x, ',')).any(|x| self.low(x) == "that")
        {
            return None;
        }
        let relative = || {
            let v = self.low(i + 2);
            matches!(v, "will" | "would" | "have" | "has" | "had" | "are" | "were" | "is" | "was" | "can" | "could")
                || (v.len() > 4 && v.ends_with("ed"))
        };
        // "who spoke on (the) condition of anonymity", "speaking anonymously": how the source
        // talked to the reporter, not something it said.
        // "an email seeking comment", "requested comment from the agency": a reporter's request.
        if matches!(w, "seeking" | "sought" | "seeks" | "requesting" | "requested" | "asking")
            && matches!(self.low(i + 1), "comment" | "comments")
        {
            return None;
        }
        // "did not return calls seeking comment", "messages requesting comment": the reporter's
        // calls, a noun.
        if matches!(w, "calls" | "call" | "messages" | "emails" | "requests" | "inquiries")
            && matches!(self.low(i + 1), "seeking" | "requesting" | "for" | "asking")
            && (i + 2..i + 5).any(|x| matches!(self.low(x), "comment" | "comments"))
        {
            return None;
        }
        // "Both candidates face questions about …", "inevitably raises questions about …",
        // "looks to shore up support": after a verb that takes it as its object the word is a
        // noun, not a cue with the words before as its subject.
        if i > s0
            && lx::CUE_NOUNS.contains(&w)
            && matches!(
                self.low(i - 1),
                "raise"
                    | "raises"
                    | "raised"
                    | "raising"
                    | "face"
                    | "faces"
                    | "faced"
                    | "facing"
                    | "pose"
                    | "poses"
                    | "posed"
                    | "answer"
                    | "answers"
                    | "answered"
                    | "field"
                    | "fielded"
                    | "dodge"
                    | "dodged"
                    | "took"
                    | "take"
                    | "up"
                    | "win"
                    | "won"
                    | "enjoy"
                    | "enjoys"
                    | "enjoyed"
                    | "renewed"
                    | "gain"
                    | "gained"
                    | "lose"
                    | "lost"
                    | "drew"
                    | "draws"
                    | "sparked"
                    | "prompted"
                    | "fueled"
                    | "stoked"
                    | "allayed"
                    | "ease"
                    | "eased"
            )
        {
            return None;
        }
        if self.idiom_without_report(i, s0) {
            return None;
        }
        // "did not respond to requests for comment": no statement at all.
        // ("did not respond to a phone message Wednesday", "… to emails"; not "responded to the
        // calls to remove the flag".)
        if matches!(w, "respond" | "responded" | "responds" | "responding" | "replied" | "reply")
            && self.low(i + 1) == "to"
            && (i + 2..i + 7).any(|x| {
                matches!(
                    self.low(x),
                    "comment"
                        | "message"
                        | "messages"
                        | "email"
                        | "emails"
                        | "voicemail"
                        | "voicemails"
                        | "inquiry"
                        | "inquiries"
                ) && !self.in_quote(x)
            })
        {
            return None;
        }
        // "who asked not to be named", "declined to be identified": a condition of the source.
        // ("to be named", from the word "to").
        let unnamed = |x: usize| {
            self.low(x) == "to"
                && self.low(x + 1) == "be"
                && matches!(self.low(x + 2), "named" | "identified" | "quoted")
        };
        // ("asked that only his first name be used", "requested that her name be withheld".)
        let name_withheld = matches!(w, "asked" | "requested")
            && self.low(i + 1) == "that"
            && (i + 2..i + 8).any(|x| matches!(self.low(x), "name" | "names"))
            && (i + 3..i + 11).any(|x| matches!(self.low(x), "used" | "published" | "withheld" | "identified"));
        if (matches!(w, "asked" | "requested" | "asking") && self.low(i + 1) == "not" && unnamed(i + 2))
            || (matches!(w, "declined" | "declining") && unnamed(i + 1))
            // ("who didn't want to be named".)
            || (matches!(w, "want" | "wanted")
                && unnamed(i + 1)
                && i > s0
                && (self.low(i - 1) == "not" || lx::NEGATED.contains(&self.low(i - 1))))
            || name_withheld
        {
            return None;
        }
        if matches!(w, "spoke" | "speaking" | "speaks" | "talked" | "talking" | "asked" | "requested")
            && (matches!(next, "anonymously")
                || (matches!(next, "on" | "under")
                    && (self.low(i + 2) == "condition" || self.low(i + 3) == "condition")))
        {
            return None;
        }
        // "If he has fewer delegates when the primaries conclude, his campaign has argued …": a
        // verb closing an opening subordinate clause reports nothing; the main clause follows.
        let subordinate_open = || {
            let st = self.after_dateline(s0, i);
            lx::SUBORDINATORS.contains(&self.low(st)) && (st..i).all(|x| !self.is_punct(x, ',') && !self.in_quote(x))
        };
        if self.is_punct(i + 1, ',')
            && !self.toks.get(i + 2).is_some_and(|t| matches!(t.kind, Kind::Mark { .. }))
            && subordinate_open()
        {
            return None;
        }
        // "their reopening plans will kick into action", "the claims were false": a plural
        // noun before a modal or a plural verb is the subject, not a cue.
        if s_form(w)
            && !s.participles.contains(w)
            // (Verbs that are seldom nouns keep a subject before them: "a move the administration
            // says will improve access".)
            && !matches!(
                w,
                "says" | "insists" | "believes" | "argues" | "contends" | "thinks" | "expects" | "knows" | "admits"
                    | "acknowledges" | "warns" | "predicts" | "maintains" | "suggests"
            )
            && (lx::is_modal(next) || matches!(next, "are" | "were" | "have"))
            && !self.in_quote(i + 1)
            // (Not after its own subject: "which he believes are essential", "a plan which the
            // budget office estimates would cost …".)
            && i > s0
            && self.is_word(i - 1)
            && ((!self.is_cap(i - 1)
                && !lx::PRONOUNS.contains(&self.low(i - 1))
                && !matches!(self.low(i - 1), "that" | "which" | "who" | "whom"))
                || i - 1 == s0)
        {
            return None;
        }
        if w == "states" && !(next == "that" && !relative() || self.is_punct(i + 1, ':') || self.in_quote(i + 1))
            || w == "pledged" && next.starts_with("delegate")
        {
            return None;
        }
        // After an article, a possessive determiner or a number the word is a noun ("the
        // show", "38 percent support", "their views"), not a cue verb; but a share of voters
        // says things ("52 percent said they …"): speech verbs that are never nouns.
        if i > s0 && self.is_word(i - 1) {
            let p = self.low(i - 1);
            // (Not a year after "in": "An ad in 2008 questioned whether …".)
            let number = (p == "percent" || p.starts_with(|c: char| c.is_ascii_digit()))
                && !(lx::is_year(p) && i >= 2 && matches!(self.low(i - 2), "in" | "since" | "by" | "until"));
            // Poll findings: "4 in 10 want …", "52 percent think …" (verbs that are not nouns
            // after a number, unlike "38 percent support").
            let holds = matches!(
                w,
                "want"
                    | "think"
                    | "believe"
                    | "expect"
                    | "favor"
                    | "favour"
                    | "oppose"
                    | "prefer"
                    | "approve"
                    | "disapprove"
                    | "agree"
                    | "disagree"
                    | "feel"
                    | "hope"
                    | "trust"
                    | "worry"
            );
            // ("Twelve percent indicated that …": a past tense before its clause is a verb.)
            let past_clause = w.ends_with("ed")
                && (matches!(self.low(i + 1), "that" | "they" | "he" | "she" | "we" | "it")
                    || self.is_punct(i + 1, ','));
            let speaks =
                number && (holds || past_clause || (s.bare.contains(w) && !s.weak.contains(w) && !w.ends_with('s')));
            // After a possessor the word is a noun too ("the senator’s support for …"), unless
            // the "’s" is "is" ("he’s claiming").
            if self.possessive(i - 1) && contracted_be(p).is_none() && !w.ends_with("ing") {
                return None;
            }
            // "the number of reported cases", "those surveyed": a participle after "of" or a
            // demonstrative modifies or stands for a noun.
            if matches!(p, "of" | "these" | "those") && w.ends_with("ed") {
                return None;
            }
            // "the man suspected of killing …", "was accused of …": a participle or passive
            // naming a charge, not anyone's statement.
            // ("Mr. Quiros was accused of using $50 million …" after "be" is an accusation whose
            // source goes unnamed.)
            let passive_charge = w == "accused"
                && (s.be.contains(p) || (i > s0 + 1 && s.adverbs.contains(p) && s.be.contains(self.low(i - 2))));
            if matches!(w, "suspected" | "accused" | "convicted" | "alleged")
                && self.low(i + 1) == "of"
                && !passive_charge
            {
                return None;
            }
            if (determiner_word(p) || number) && !speaks {
                return None;
            }
            if w == "show" && self.show_is_noun(i, s0) {
                return None;
            }
            // "failed to include any mention of", "made calls to Iraqi politicians", "drew
            // criticism": after these determiners and light verbs the word is their noun object,
            // and the words before it are no speaker.
            if matches!(p, "any" | "no" | "every")
                || matches!(
                    p,
                    "made"
                        | "make"
                        | "makes"
                        | "making"
                        | "gave"
                        | "give"
                        | "gives"
                        | "giving"
                        | "drew"
                        | "draw"
                        | "draws"
                ) && !w.ends_with("ing")
            {
                return None;
            }
            // "Turkish support", "strong support", "draw support", "grassroots support": after an
            // adjective or a verb, a word that is also a noun is the noun.
            if matches!(w, "support" | "backing" | "criticism" | "opposition")
                && !self.is_cap(i - 1)
                && (matches!(
                    p,
                    "strong"
                        | "full"
                        | "broad"
                        | "wide"
                        | "growing"
                        | "grassroots"
                        | "draw"
                        | "drew"
                        | "draws"
                        | "lent"
                        | "lend"
                        | "win"
                        | "won"
                        | "rally"
                        | "rallying"
                        | "enough"
                        | "more"
                        | "less"
                        | "much"
                        | "little"
                        | "public"
                        | "popular"
                        | "bipartisan"
                        | "financial"
                        | "military"
                        | "political"
                        | "unconditional"
                        | "crucial"
                        | "key"
                        | "solid"
                        | "overwhelming"
                ) || p.ends_with("ish")
                    || p.ends_with("-level")
                    || (p.len() > 5 && p.ends_with("ing")))
            {
                return None;
            }
            // ("Nevada's strong support", "Turkish support": a capitalised adjective of origin.)
            if w == "support"
                && self.is_cap(i - 1)
                && (p.ends_with("ish") || p.ends_with("an") || p.ends_with("ese"))
                && i - 1 > s0
            {
                return None;
            }
        }
        // Skip adverbs and auxiliaries left of the cue.
        let mut k = i;
        let mut skipped = 0;
        while k > s0 && skipped < 4 && self.is_word(k - 1) {
            let p = self.low(k - 1);
            // Time words between subject and cue: "Feinstein last week said".
            let time = (lx::is_day_word(p)
                || lx::is_time_unit(p)
                || matches!(p, "however" | "last" | "earlier" | "later" | "too" | "meanwhile")
                // "who in 2010 said": a year and its preposition.
                || (lx::is_year(p) && self.low(k - 2) == "in")
                || (p == "in" && k < i && lx::is_year(self.low(k))))
                && k - 1 > s0
                && (self.is_word(k - 2) || self.is_punct(k - 2, ')'));
            // "The Kentucky Republican on Tuesday dismissed …".
            let time = time || (p == "on" && k < i && lx::is_weekday(self.low(k)));
            // "the president this week claimed …".
            let time = time || (matches!(p, "this" | "next") && k < i && lx::is_time_unit(self.low(k)));
            // "Petraeus a day later told", "Trump two weeks ago said": a span of time before
            // "later"/"ago".
            let span_of_time = k < i
                && matches!(self.low(k), "later" | "ago" | "earlier")
                && (lx::is_time_unit(p) || p.strip_suffix('s').is_some_and(lx::is_time_unit))
                && k >= s0 + 3;
            if span_of_time {
                let q = self.low(k - 2);
                let counted = matches!(q, "a" | "an" | "one" | "two" | "three" | "few" | "several")
                    || q.starts_with(|c: char| c.is_ascii_digit());
                k -= if counted { 2 } else { 1 };
                skipped += 1;
                continue;
            }
            // A capitalised -ly word opening the sentence right before its verb is a name
            // ("Kelly said", "Connolly has told"), not an adverb: nothing would be left to speak.
            let adverb = s.adverbs.contains(p) || (ly_adverb(p) && !(self.is_cap(k - 1) && k - 1 == s0));
            // "As Joe Biden so often says": "so" before an adverb already skipped.
            let adverb = adverb || (p == "so" && k < i && (s.adverbs.contains(self.low(k)) || ly_adverb(self.low(k))));
            // "Lewandowski continued to say …", "began to argue": the aspect verb and "to"
            // stand between the subject and the cue.
            if p == "to"
                && k == i
                && k >= s0 + 3
                && (matches!(
                    self.low(k - 2),
                    "continued" | "continues" | "continue" | "began" | "begins" | "begin" | "started" | "starts"
                ) || CONTROL_BEFORE_TO.contains(&self.low(k - 2)))
            {
                k -= 2;
                // ("went out of his way to say": the idiom's verb follows the subject.)
                if self.low(k) == "way"
                    && k >= s0 + 5
                    && matches!(self.low(k - 1), "his" | "her" | "their" | "its" | "our" | "my")
                    && self.low(k - 2) == "of"
                    && self.low(k - 3) == "out"
                {
                    k -= 4;
                }
                // ("are more likely to say", "has continued to say": auxiliaries and degree
                // words before the frame.)
                let mut n = 0;
                while n < 3
                    && k > s0 + 1
                    && (s.be.contains(self.low(k - 1))
                        || matches!(self.low(k - 1), "has" | "have" | "had" | "more" | "less" | "most" | "very"))
                {
                    k -= 1;
                    n += 1;
                }
                skipped += 1;
                continue;
            }
            // "Clinton has since said …": "since" after a perfect auxiliary is an adverb.
            let adverb = adverb || (p == "since" && k >= 2 && matches!(self.low(k - 2), "has" | "have" | "had"));
            // "Trump and Sanders have both argued", "they all said": a floating quantifier.
            let adverb = adverb
                || (matches!(p, "both" | "all" | "each")
                    && k >= s0 + 2
                    && self.is_word(k - 2)
                    && !self.in_quote(k - 2)
                    && !s.dets.contains(self.low(k - 2))
                    && !s.preps.contains(self.low(k - 2)));
            if (adverb && (!self.is_cap(k - 1) || k - 1 == s0)) || time {
                k -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        // "Some lawmakers, though, have claimed": a discourse adverb set off by commas stands
        // between the subject and the cue.
        // Also a set phrase: "Supporters of abortion rights, on the other hand, argued …".
        let discourse_phrase = || {
            const PHRASES: &[&str] = &[
                "on the other hand",
                "in turn",
                "for their part",
                "for his part",
                "for her part",
                "for its part",
                "in fact",
                "of course",
                "in particular",
                "at the same time",
                "in contrast",
                "by contrast",
                "in response",
            ];
            (3..=5).find(|&n| {
                k >= s0 + n + 2
                    && self.is_punct(k - 1, ',')
                    && self.is_punct(k - n - 1, ',')
                    && (k - n..k - 1).all(|x| self.is_word(x))
                    && PHRASES.iter().any(|p| {
                        p.split(' ').count() == n - 1 && p.split(' ').zip(k - n..k - 1).all(|(w, x)| self.low(x) == w)
                    })
            })
        };
        if let Some(n) = discourse_phrase() {
            k -= n + 1;
        } else if k >= s0 + 4
            && self.is_punct(k - 1, ',')
            && self.is_punct(k - 3, ',')
            && matches!(self.low(k - 2), "though" | "however" | "meanwhile" | "too" | "instead" | "moreover" | "also")
        {
            k -= 3;
            while k > s0 && skipped < 6 && self.is_word(k - 1) && s.adverbs.contains(self.low(k - 1)) {
                k -= 1;
                skipped += 1;
            }
        }
        // "was told" is a passive; "is outlining", "would be praising" are progressives with
        // the subject further left.
        // "He’s claiming that …": the pronoun and "is" in one token.
        let contracted = k > s0 && w.ends_with("ing") && contracted_be(self.low(k - 1)).is_some();
        let mut passive = k > s0 && s.be.contains(self.low(k - 1));
        if passive && w.ends_with("ing") {
            passive = false;
            k -= 1;
            while k > s0
                && (s.adverbs.contains(self.low(k - 1)) || s.be.contains(self.low(k - 1)))
                && self.is_word(k - 1)
            {
                k -= 1;
            }
        }
        // "He keeps talking about …", "Perez just starts talking": the subject is before the
        // verb of going on.
        if w.ends_with("ing") && !passive && !contracted && k > s0 + 1 && lx::is_aspectual(self.low(k - 1)) {
            k -= 1;
            while k > s0 && self.is_word(k - 1) && (s.adverbs.contains(self.low(k - 1)) || ly_adverb(self.low(k - 1))) {
                k -= 1;
            }
        }
        // "It was reported that …", "it is believed that …": reported speech with no source.
        if passive
            && k >= s0 + 2
            && self.low(k - 2) == "it"
            && self.low(i + 1) == "that"
            && matches!(
                w,
                "said"
                    | "reported"
                    | "believed"
                    | "thought"
                    | "alleged"
                    | "feared"
                    | "estimated"
                    | "announced"
                    | "expected"
            )
        {
            let content =
                self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
            return content.map(|c| Anchor::new(si, (i, i + 1), (i, i), SubjKind::Phrase, Some(c)));
        }
        // (Only as passives: "I have seen the report" is no attribution.)
        if !passive && matches!(w, "seen" | "regarded" | "perceived") {
            return None;
        }
        // "Rubio is (widely) seen as the candidate …", "was seen by some as a demotion": how
        // the subject is perceived; the subject and the "as" phrase are the content, the agent
        // (if any) the source.
        if passive && matches!(w, "seen" | "viewed" | "regarded" | "perceived") {
            let end = self.sent_end(s1);
            let (src, as_at) = if self.low(i + 1) == "as" {
                ((i, i), Some(i + 1))
            } else if self.low(i + 1) == "by"
                && let Some((a, b)) = self.right_np_any(i + 2, s1)
            {
                let a_end = (a..b).find(|&x| self.low(x) == "as").unwrap_or(b);
                ((a, a_end), (self.low(a_end) == "as").then_some(a_end))
            } else {
                ((i, i), None)
            };
            let as_at = as_at?;
            let b = self.clause_end(as_at, end);
            let be = k - 1;
            let start = self.subject_ending_at(be, s0).map_or(be, |((x, _), _)| x);
            if start < be && self.words_in(as_at + 1, b) >= 1 && !self.mostly_quoted(start, b) {
                return Some(Anchor::new(si, (i, i + 1), src, SubjKind::Phrase, Some((start, b))));
            }
            return None;
        }
        // "X is said to have …", "is believed to be …": like "expected to", the source unnamed.
        let raising = matches!(w, "said" | "believed" | "thought" | "alleged" | "reported" | "feared");
        if passive && (raising || matches!(w, "expected" | "likely" | "poised" | "set")) && self.low(i + 1) == "to" {
            // "Trump is expected to deliver a victory speech": an attribution with no source;
            // the content is the subject and the infinitive (one span from the subject on).
            let end = self.sent_end(s1);
            let b = self.clause_end(i + 1, end);
            let start = self.passive_subject_start(k - 1, s0).unwrap_or(i + 1);
            // ("Trump isn't expected to attend": with its subject one verb is enough.)
            let min = if start < i { 1 } else { 2 };
            if self.words_in(i + 2, b) >= min && !self.mostly_quoted(i + 1, b) {
                return Some(Anchor::new(si, (i, i + 1), (i, i), SubjKind::Phrase, Some((start, b))));
            }
            return None;
        }
        if passive {
            // "The meeting was first reported by Politico": the agent is the speaker and the
            // passive subject what it reported.
            // Any nominal agent counts ("was supported by overwhelming majorities of …").
            // "was asked by a caller why …" puts a question.
            if matches!(w, "asked" | "pressed")
                && let Some(a) = self.unsourced_question(si, i, s1)
            {
                return Some(a);
            }
            if PASSIVE_JUDGMENTS.contains(&w)
                && let Some(a) = self.judgment_passive(si, i, k - 1, s0, s1)
            {
                return Some(a);
            }
            if let Some((a, b)) = self.passive_agent(i, s1) {
                let content = self
                    .left_np(self.before_auxiliaries(k - 1, s0), s0)
                    .filter(|&(x, y)| !self.mostly_quoted(x, y) && !(x..y).any(|z| self.has(z, F_CUE)));
                // "The governor was angered by the ruling": with a verb of feeling the subject
                // feels it and the agent is what it is about.
                if self.has(i, F_PSYCH) {
                    return content.map(|subj| Anchor::new(si, (i, i + 1), subj, self.subj_kind(subj), Some((a, b))));
                }
                return Some(Anchor::new(si, (i, i + 1), (a, b), SubjKind::Phrase, content));
            }
            return self.unsourced_question(si, i, s1);
        }
        // "…, she said when asked whether she would run": the asker goes unnamed.
        if k > s0
            && matches!(self.low(k - 1), "when" | "while" | "after" | "once" | "if" | "being")
            && let Some(a) = self.unsourced_question(si, i, s1)
        {
            return Some(a);
        }
        // "Still, says PolitiFact, “…”", "However, said Smith, the plan will fail.": after a
        // sentence adverb the cue comes first and its source after it, as in "Said Comey, …".
        if s.invertible.contains(w)
            && k == s0 + 2
            && self.is_punct(s0 + 1, ',')
            && lx::SENTENCE_ADVERBS.contains(&self.low(s0))
            && let Some((a, b)) = self.right_np(i + 1, s1)
            && self.is_punct(b, ',')
        {
            return Some(self.source_after_cue(si, i, s1, (a, b)));
        }
        let mut subj = None;
        // The subject is shared with an earlier verb ("…, and said …"): it is not next to this
        // cue, so nothing before it is this cue's content.
        let mut coordinated = false;
        if contracted {
            subj = Some(((k - 1, k), SubjKind::Pronoun));
        } else if k > s0 + 2 && matches!(self.low(k - 1), "and" | "but" | "yet") && !self.in_quote(k - 1) {
            coordinated = true;
            // "Clinton celebrated …, and said …": the earlier cue's subject, else the sentence's.
            // ("Some senators vented about Sanders and said that …": a common-noun subject.)
            subj = prev.or_else(|| {
                matches!(self.low(k - 1), "and" | "but")
                    .then(|| {
                        self.sentence_subject(s0, k - 1)
                            .map(|r| (r, SubjKind::Phrase))
                            .or_else(|| self.clause_head_subject(s0, k - 1))
                    })
                    .flatten()
            });
        } else if k > s0 && self.is_word(k - 1) && lx::PRONOUNS.contains(&self.low(k - 1)) {
            subj = Some(((k - 1, k), SubjKind::Pronoun));
        } else if k > s0 + 2
            && matches!(self.low(k - 1), "that" | "which")
            && !self.in_quote(k - 1)
            && self.is_word(k - 2)
            && !self.has(k - 2, F_CUE | F_FUNC | F_PART)
            && !s.adverbs.contains(self.low(k - 2))
            && let Some(np) = self.left_np(k - 1, s0)
        {
            // "an organization that endorsed Sanders": the noun phrase before the relative
            // pronoun (where the attribution mentions it, like "who").
            subj = Some((np, SubjKind::Phrase));
        } else if k > s0 + 1 && matches!(self.low(k - 1), "who" | "which") && self.is_punct(k - 2, ',') {
            // ("They turned to the department, which said …", "members of the government,
            // which denied …": the relative pronoun stands for the noun phrase after the last
            // preposition when the walk back reaches a verb.)
            let after_prep = || {
                (k.saturating_sub(12).max(s0)..k - 2)
                    .rev()
                    .find(|&x| s.preps.contains(self.low(x)) && !self.is_cap(x))
                    .and_then(|p| self.left_np(k - 2, p + 1))
            };
            subj = self.left_np(k - 2, s0).or_else(after_prep).map(|(a, b)| {
                let runs = self.cap_runs(a, b);
                match runs.last() {
                    Some(&(ra, rb)) if rb == b => ((ra, rb), SubjKind::Phrase),
                    _ => ((a, b), SubjKind::Phrase),
                }
            });
        } else if let Some(kc) = self.cue_comma(k, s0) {
            // "Flynn, a top Trump surrogate, said" and longer appositives with commas inside
            // ("Paul Porter, a truck driver from Ava, Mo., who …, said"): try each earlier
            // comma, nearest first, for a name before it and an appositive after it.
            let lo = kc.saturating_sub(40).max(s0);
            // (A speech verb whose source may follow it: "said", "told".)
            let invertible = s.invertible.contains(w);
            let mut j = kc;
            while j > lo {
                j -= 1;
                // A short quoted name inside the appositive ("the hacker known as “Guccifer,”")
                // is skipped; a longer quote ends the search.
                if let Some(m) = self.quote_at(j)
                    && self.words_in(m.open, m.close) <= 3
                    && m.open > lo
                {
                    j = m.open;
                    continue;
                }
                if self.in_quote(j) || matches!(self.toks[j].kind, Kind::Para | Kind::Mark { .. }) {
                    break;
                }
                if !self.is_punct(j, ',') {
                    continue;
                }
                let app0 = j + 1;
                if app0 >= kc {
                    continue;
                }
                // "In nearby Decatur, the plant is under pressure from imports, said its chief
                // executive": a finite verb between the commas makes a clause, not an appositive;
                // no earlier comma can give one either (the source follows the cue).
                // (Only for a verb whose source may follow it ("said", "told"); not for "a lawyer
                // who has represented him", "speaking … because they were not authorized", "as
                // he has in the past", "asked whether he would …": a participle, or a relative,
                // subordinate or question clause inside.)
                let clause = invertible
                    && !self.low(app0).ends_with("ing")
                    && !self.low(app0).ends_with("ed")
                    && (app0..kc)
                        .take_while(|&x| {
                            let v = self.low(x);
                            !matches!(
                                v,
                                "who" | "which" | "that" | "whose" | "whom" | "where" | "whether" | "what" | "how"
                            ) && !lx::SUBORDINATORS.contains(&v)
                        })
                        .any(|x| self.is_word(x) && !self.in_quote(x) && s.finite.contains(self.low(x)));
                if clause {
                    break;
                }
                // ("Arturo Sarukhan, Mexico's ambassador to the United States, said": a
                // possessor opens the appositive too.)
                // ("Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party and state.)
                let party = |x: usize| {
                    let w = self.slice(x, x + 1).as_bytes();
                    w.len() >= 3 && matches!(w[0], b'D' | b'R' | b'I') && w[1] == b'-' && w[2].is_ascii_uppercase()
                };
                let app_ok = s.dets.contains(self.low(app0))
                    || !self.is_cap(app0)
                    || s.titles.contains(self.low(app0))
                    || self.possessive(app0)
                    // ("the Democratic Congressional Campaign Committee, House Democrats’
                    // campaign arm, announced": a capitalised possessor.)
                    || (app0 + 1 < kc.min(app0 + 3) && (app0 + 1..kc.min(app0 + 3)).any(|x| self.possessive(x)))
                    || party(app0)
                    || (app0..kc).all(|x| self.is_cap(x) || !self.is_word(x));
                // "Rep. Sander M. Levin (Mich.), a superdelegate, said": the name before the
                // bracket.
                let np_end = if j > s0 + 2 && self.is_punct(j - 1, ')') {
                    (j.saturating_sub(10).max(s0)..j - 1).rev().find(|&x| self.is_punct(x, '(')).unwrap_or(j)
                } else {
                    j
                };
                // "Several candidates, including Trump, said": a quantified group with its
                // members named after it.
                let members = matches!(self.low(app0), "including" | "among" | "such" | "like");
                let name_app = (app0..kc).all(|x| self.is_cap(x) || is_particle(self.low(x))) && kc - app0 <= 4;
                // ("A spokeswoman for the Pentagon, Lt. Col. Jane Doe, said": a titled name.)
                let titled =
                    s.titles.contains(self.low(app0).trim_end_matches('.')) || s.titles.contains(self.low(app0));
                // ("In Nogales, Barbara Gudenkauf, said": after an opening place or time phrase
                // the name is the subject.)
                let opener = s.preps.contains(self.low(s0)) && !(s0..j).any(|x| self.is_punct(x, ','));
                // "His wife, longtime Clinton aide Huma Abedin, announced", "the two leading
                // Republicans, Donald J. Trump and Senator Ted Cruz, have questioned": a short
                // description ending in a name, after a determined noun phrase that opens the
                // sentence, names who spoke.
                let described_name = !name_app
                    && kc >= app0 + 3
                    && kc <= app0 + 9
                    && self.is_cap(kc - 1)
                    && self.is_cap(kc - 2)
                    && (app0..kc).all(|x| {
                        (self.is_word(x) || (self.is_punct(x, '.') && self.slice(x - 1, x).len() == 1))
                            && !self.in_quote(x)
                            && !s.finite.contains(self.low(x))
                            && !s.preps.contains(self.low(x))
                            && !self.has(x, F_CUE)
                            // ("Adav Noti, who directs the Campaign Legal Center, told",
                            // "officials, including Rick Gates, have agreed": a clause or the
                            // group's members.)
                            && !matches!(
                                self.low(x),
                                "who" | "which" | "that" | "whose" | "whom" | "including" | "such" | "like" | "among"
                            )
                    })
                    && self.left_np(j, s0).is_some_and(|(a, b)| {
                        // ("But the two leading Republicans, …", "First his wife, …".)
                        let st = self.after_dateline(s0, j);
                        let opener = |x: usize| {
                            matches!(self.low(x), "but" | "and" | "so" | "first")
                                || lx::SENTENCE_ADVERBS.contains(&self.low(x))
                        };
                        let a = if a == st && opener(a) { a + 1 } else { a };
                        b == j
                            && (a == st || (a == st + 1 && opener(st)))
                            && (s.dets.contains(self.low(a)) || self.possessive(a))
                    });
                if described_name {
                    subj = Some(((app0, kc), SubjKind::Phrase));
                    break;
                }
                if name_app && j > s0 && (!self.is_cap(j - 1) || titled || opener) {
                    // "the witness, Paul Grant, said": the name in apposition speaks.
                    // ("…, his top aide, Tad Devine, told The Huffington Post": after a clause
                    // and its comma, the role and the name are the subject, and the clause is
                    // what was said.)
                    let head = self.left_np(j, s0).filter(|&(ha, hb)| {
                        hb == j
                            && ha > s0 + 1
                            && self.is_punct(ha - 1, ',')
                            && self.words_in(s0, ha - 1) >= 4
                            && invertible
                    });
                    subj = Some((head.map_or((app0, kc), |(ha, _)| (ha, kc)), SubjKind::Phrase));
                    break;
                }
                if app_ok
                    && let Some(r) = self.left_np(np_end, s0).filter(|&(a, b)| {
                        // "The poll, released Wednesday by …, showed": a determined document,
                        // organisation or role head speaks like a name ("Powell’s office" too).
                        if party(a) {
                            return false;
                        }
                        let head = self.low(b - 1);
                        let determined = s.dets.contains(self.low(a)) || self.possessive(a);
                        (self.is_cap(b - 1) && (self.is_cap(a) || s.dets.contains(self.low(a))))
                            || (determined
                                && (s.docs.contains(head) || s.orgs.contains(head) || s.titles.contains(head)))
                            || (members
                                && (determined || self.has(a, F_QUANT))
                                && head.ends_with('s'))
                            // "The employee, a registered Republican who …, said": an indefinite
                            // description in apposition makes a determined noun phrase a
                            // person, before a speech verb.
                            || (determined && matches!(self.low(app0), "a" | "an") && invertible)
                            // "Republican lawmakers, who are close to the industry, have vowed":
                            // a "who" appositive makes any noun phrase a speaker, and so does a
                            // "who"/"whose" one a determined noun ("the man, whose name wasn't
                            // given, told Watania 1 TV").
                            || (self.low(app0) == "who" && s_form(head))
                            || (matches!(self.low(app0), "who" | "whose") && determined && invertible)
                            // "The USC tracking poll, which tracks support daily, showed that …":
                            // a document or body with its own relative clause.
                            || (self.low(app0) == "which"
                                && (determined || self.is_cap(a))
                                && (s.docs.contains(head) || s.orgs.contains(head) || lx::COLLECTIVES.contains(&head)))
                            // "Two U.S. officials, speaking on condition of anonymity, said".
                            || ((self.has(a, F_QUANT)
                                || self.low(a).starts_with(|c: char| c.is_ascii_digit()))
                                && s_form(head))
                    })
                {
                    subj = Some((r, SubjKind::Phrase));
                    break;
                }
            }
        } else if k > s0 + 2 && self.is_punct(k - 1, ')') {
            // "Sen. Bernie Sanders (I-Vt.) said": skip the parenthesis.
            // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a
            // junior staffer) says": an aside may be long.)
            let open = (k.saturating_sub(25).max(s0)..k - 1).rev().find(|&x| self.is_punct(x, '('));
            subj = open.and_then(|o| self.left_np(o, s0)).map(|r| (r, SubjKind::Phrase));
        } else if k > s0 + 2 && self.is_dash(k - 1) {
            // "The justice -- who has been in a scuffle with the nominee -- said", "GOP insiders
            // — and two-thirds of Republicans — said": skip the dashed aside.
            let lo = (k - 1).saturating_sub(30).max(s0 + 1);
            // (A short quote inside the aside is part of it: "- a business pitched as “the
            // ultimate destination” -".)
            let short_quote = |x: usize| {
                self.quote_at(x).is_some_and(|m| m.open > lo && m.close < k - 1 && self.words_in(m.open, m.close) <= 8)
            };
            let open =
                (lo..k - 2).rev().take_while(|&x| !self.in_quote(x) || short_quote(x)).find(|&x| self.is_dash(x));
            subj = open
                .map(|o| if self.is_dash(o - 1) { o - 1 } else { o })
                .filter(|&o| o > s0)
                .and_then(|o| self.left_np(o, s0))
                .map(|r| (r, SubjKind::Phrase));
        } else if k > s0 + 1 && self.low(k - 1) == "who" {
            // "voters who said …": "who" stands for the phrase before it.
            subj = Some(((k - 1, k), SubjKind::Phrase));
        } else {
            subj = self.left_np(k, s0).map(|r| (r, SubjKind::Phrase));
            // "A UN report released Thursday estimated": the participle before a skipped time
            // phrase modifies the subject; it is not part of its name.
            if k < i
                && let Some(((a, b), kind)) = subj
                && b - a >= 3
                && !self.is_cap(b - 1)
                && matches!(self.low(b - 1), "released" | "published" | "issued" | "conducted" | "posted" | "filed")
            {
                subj = Some(((a, b - 1), kind));
            }
        }
        if subj.is_none() && !s.weak.contains(w) {
            // "…, said Brian Baker, an adviser." after a plain clause: the name after the cue
            // speaks, so the clause before the comma is not a subject but the content.
            if s.bare.contains(w) && !self.inverted_source(i, k, s0, s1) {
                subj = self.clause_subject(k, s0).map(|r| (r, SubjKind::Phrase));
            } else if k > s0 && self.is_word(k - 1) {
                // Other cues only with the sentence's opening phrase as subject ("Sanders’
                // campaign called …"); after a comma, "called" may be a participle ("a plan,
                // called …").
                subj = self.clause_subject(k, s0).filter(|&(a, _)| a == s0).map(|r| (r, SubjKind::Phrase));
            }
        }
        // "A woman who has accused Bill Clinton of rape said …", "Hawkins and others who want
        // to ban abortion said …": a restrictive relative clause between the subject and a
        // speech verb (no comma, no quote inside).
        if subj.is_none()
            && s.bare.contains(w)
            && !s.weak.contains(w)
            && !w.ends_with("ing")
            && let Some(r) = (k.saturating_sub(24).max(s0 + 1)..k.saturating_sub(1))
                .rev()
                .filter(|&x| self.low(x) == "who" && !self.in_quote(x))
                // ("… who worshiped here and who didn't want to be named said": the first.)
                .find(|&x| self.low(x - 1) != "and")
            && !self.is_punct(r - 1, ',')
            && self.is_word(r + 1)
            && !self.is_cap(r + 1)
            && (r + 1..k).all(|x| self.is_word(x) && !self.in_quote(x))
        {
            subj = self.left_np(r, s0).map(|np| (np, SubjKind::Phrase));
        }
        // "…, teachers and union officials told POLITICO": a subject coordinated with "and"
        // or "or" right after a comma is one subject, so what comes before the comma is what
        // they said ("…, campaign and corporate records show" too). (Only for a speech verb
        // with little after it: "…, Britain and France support some opposition groups" is a
        // list of subjects.)
        if let Some(((a, b), SubjKind::Phrase)) = subj
            && a > s0 + 2
            && matches!(self.low(a - 1), "and" | "or")
            && (s.invertible.contains(w) || (matches!(w, "show" | "showed" | "shows") && s_form(self.low(b - 1))))
            && self.words_in(i + 1, self.sent_end(s1)) <= 3
            && !self.in_quote(a - 1)
            && let Some(c) = (a.saturating_sub(6).max(s0)..a - 1).rev().find(|&x| !self.is_word(x))
            && self.is_punct(c, ',')
            && c + 1 < a - 1
            && (c + 1..a - 1).all(|x| {
                let v = self.low(x);
                !self.in_quote(x) && !self.has(x, F_CUE | F_FUNC) && !s.finite.contains(v) && !s.be.contains(v)
            })
        {
            subj = Some(((c + 1, b), SubjKind::Phrase));
        }
        // "…, a charge the US denies.": the writer's noun is not part of the subject; what
        // is denied is the clause before the comma.
        let mut charge_comma = None;
        if let Some(((a, b), kind)) = subj
            && b - a >= 3
            && a > s0 + 2
            && self.is_punct(a - 1, ',')
            && matches!(self.low(a), "a" | "an")
            && matches!(self.low(a + 1), "claim" | "charge" | "allegation" | "accusation" | "assertion" | "view")
        {
            let st = if self.low(a + 2) == "that" { a + 3 } else { a + 2 };
            if st < b {
                subj = Some(((st, b), kind));
                charge_comma = Some(a - 1);
            }
        } else if let Some(((a, b), kind)) = subj
            && b - a >= 3
            && a > s0 + 2
            && self.is_punct(a - 1, ',')
            && matches!(self.low(a), "a" | "an")
            && self.is_word(a + 1)
            && !self.is_cap(a + 1)
            && !self.has(a + 1, F_FUNC)
            && matches!(self.low(a + 2), "the" | "his" | "her" | "their" | "its")
            && self.words_in(i + 1, self.sent_end(s1)) > 0
        {
            // "…, a decision the administration said it would appeal": the writer's noun heads
            // a relative clause; the speaker is the subject after it.
            subj = Some(((a + 2, b), kind));
        }
        // "the Peshmerga needed support.": a subject ending in a past-tense verb is a clause,
        // and the cue word after it a noun.
        if let Some(((a, b), SubjKind::Phrase)) = subj
            && b == k
            && b > a + 1
            && !self.is_cap(b - 1)
            && (self.low(b - 1).ends_with("ed") || dossier_core::lexicon::is_irregular_past(self.low(b - 1)))
            && self.words_in(i + 1, self.sent_end(s1)) == 0
        {
            return None;
        }
        if let Some(((a, b), kind)) = subj {
            if a > s0 && self.low(a - 1) == "what" {
                // "hailed what they said was a breakthrough accord", "what Zimmerman described as
                // a “piece of history”": the complement after the copula or "as" is what was
                // said; otherwise ("what he said") the words are elsewhere.
                let end = self.sent_end(s1);
                // (Speech verbs only before a copula: "what the people involved believe is
                // bullshit" is the writer's verdict on it. Not negated: "What we don't know is
                // whether …".)
                let copula = matches!(next, "is" | "was" | "are" | "were")
                    && matches!(
                        w,
                        "said"
                            | "says"
                            | "say"
                            | "claimed"
                            | "claims"
                            | "claim"
                            | "alleged"
                            | "alleges"
                            | "allege"
                            | "insisted"
                            | "insists"
                            | "argued"
                            | "argues"
                            | "contended"
                            | "contends"
                    );
                let as_phrase = next == "as";
                let negated =
                    (b..i).any(|x| matches!(self.low(x), "not" | "never") || lx::NEGATED.contains(&self.low(x)));
                // "what officials called a hate crime", "what Gilbert called “a perception
                // problem”": a naming verb's own complement is the name the source gave.
                let naming = matches!(
                    w,
                    "called"
                        | "calls"
                        | "call"
                        | "dubbed"
                        | "dubs"
                        | "dub"
                        | "termed"
                        | "terms"
                        | "labeled"
                        | "labelled"
                        | "branded"
                        | "deemed"
                ) && !as_phrase
                    && !copula
                    && i + 1 < end;
                if naming && !negated && !s.preps.contains(next) && !matches!(next, "it" | "him" | "her" | "them") {
                    let b_end = self.object_end(i, i + 1, self.clause_end(i + 1, end));
                    // The name is a short noun phrase: it ends before a preposition outside
                    // quotes or a second noun phrase after a quoted name ("a ''corrupt''
                    // process in public", "''the prior economy model,'' the club").
                    let b_end = (i + 2..b_end)
                        .find(|&x| {
                            !self.in_quote(x)
                                && self.is_word(x)
                                && (matches!(
                                    self.low(x),
                                    "in" | "on"
                                        | "at"
                                        | "to"
                                        | "for"
                                        | "from"
                                        | "by"
                                        | "during"
                                        | "as"
                                        | "than"
                                        | "and"
                                ) || (self.in_quote(x - 1) && s.dets.contains(self.low(x))))
                                // ("what employees called a “fraudulent scheme” took an uglier
                                // turn": the sentence's own verb after the quoted name.)
                                || (self.is_word(x)
                                    && self.is_close_mark(x - 1)
                                    && (s.be.contains(self.low(x))
                                        || s.finite.contains(self.low(x))
                                        || self.low(x).ends_with("ed")
                                        || dossier_core::lexicon::is_irregular_past(self.low(x))))
                        })
                        .unwrap_or(b_end);
                    // (A name wholly in quotes is a direct quote, attached to this anchor later.)
                    let content = (!self.mostly_quoted(i + 1, b_end) && self.words_in(i + 1, b_end) >= 1)
                        .then_some((i + 1, b_end));
                    return Some(Anchor::new(si, (i, i + 1), (a, b), kind, content));
                }
                if (copula || as_phrase) && !negated && !self.in_quote(i + 1) && self.words_in(i + 2, end) >= 1 {
                    let b_end = self.clause_end(i + 2, end);
                    // ("What we describe as federalism is not …": after "as" only the noun
                    // phrase; the sentence's own verb follows it.)
                    let b_end = if as_phrase {
                        (i + 3..b_end)
                            .find(|&x| {
                                !self.in_quote(x) && (s.be.contains(self.low(x)) || s.finite.contains(self.low(x)))
                            })
                            .unwrap_or(b_end)
                    } else {
                        b_end
                    };
                    if b_end > i + 2 {
                        return Some(Anchor::new(si, (i, i + 1), (a, b), kind, Some((i + 1, b_end))));
                    }
                }
                return None;
            }
            if let Some(c) = charge_comma
                && self.words_in(s0, c) >= 3
            {
                // "Lawyers have argued that he is immune, a claim the judge rejected": what was
                // rejected is the claim, the clause after the first cue's "that".
                let st = self.after_dateline(s0, c);
                let st = (st + 1..c)
                    .find(|&x| self.low(x) == "that" && self.has(x - 1, F_CUE) && !self.in_quote(x))
                    .filter(|&x| self.words_in(x + 1, c) >= 2)
                    .map_or(st, |x| x + 1);
                return Some(Anchor::new(si, (i, i + 1), (a, b), kind, Some((st, c))));
            }
            // "In a Facebook message posted Friday, Cruz said …": a noun after a preposition is
            // no subject, and the verb after it a participle modifying it.
            if kind == SubjKind::Phrase
                && a > s0
                && matches!(self.low(a - 1), "in" | "on" | "at")
                && w.ends_with("ed")
                && (s.docs.contains(self.low(b - 1))
                    || matches!(
                        self.low(b - 1),
                        "message" | "post" | "interview" | "speech" | "video" | "letter" | "column"
                    ))
            {
                return None;
            }
            if !self.speech_sense(i, k, (a, b), kind, s1) {
                return None;
            }
            if s.weak.contains(w)
                && kind == SubjKind::Phrase
                && !self.is_cap(b - 1)
                && !self.is_cap(a)
                && !s.dets.contains(self.low(a))
            {
                return None;
            }
            // Content: after the cue, unless the subject follows a quote or the cue ends the
            // sentence ("…, officials said on Monday.").
            let before_subj = if a > s0 { a - 1 } else { a };
            let close = if self.is_close_mark(before_subj) { before_subj } else { before_subj.saturating_sub(1) };
            let after_quote = a > s0
                && (self.is_close_mark(before_subj)
                    || (self.is_punct(before_subj, ',') && before_subj > s0 && self.is_close_mark(before_subj - 1)));
            // A short title in quotes after other words ("on Fox News’ “Sunday Morning
            // Futures,” Issa said …") is not what the cue attributes; a short quote opening the
            // sentence is ("“It’s over,” he said").
            let after_quote = after_quote
                && self.quote_at(close).is_some_and(|m| {
                    (self.words_in(m.open, m.close) >= 4 && !self.named_title(m))
                        || (s0..m.open).all(|x| !self.is_word(x))
                });
            let end = self.sent_end(s1);
            let tail_words = self.words_in(i + 1, end);
            // (Not the "that" of another cue: "told reporters, adding that …".)
            let tail_has_that = (i + 1..end.min(i + 8)).any(|x| {
                self.low(x) == "that" && !(i + 1..x).any(|y| self.has(y, F_CUE | F_PART) && !self.in_quote(y))
            });
            // A name in apposition ("A spokeswoman for the Pentagon, Lt. Col. Jane Doe, said"):
            // the words before it are its head, not what was said.
            let appositive = k > a && b + 1 == k && self.is_punct(b, ',') && !(a..b).any(|x| self.is_punct(x, ','));
            // (Or the comma of a partial quote closing the clause: "The deal is “dead on
            // arrival,” Senate leaders said Tuesday, warning …".)
            let comma_before = a > s0 && self.comma_before(a) && !appositive;
            // "The numbers changed over the summer, as Sanders has acknowledged.": "as" and the
            // attribution close the sentence they report.
            let as_before = a > s0 + 1 && self.low(a - 1) == "as" && self.is_punct(a - 2, ',') && !self.in_quote(a - 1);
            // ("…, as Trump has said repeatedly.", "…, as she wrote in her memoir last year.":
            // a short tail without a verb of its own is the manner or venue of saying.)
            // (Not an object: "…, as a majority of Americans now support same-sex marriage" gives
            // a reason; nor a parenthetical: "Some could be used, as Obama has suggested, for …".)
            let as_tail = as_before
                && tail_words <= 6
                && (ly_adverb(self.low(i + 1))
                    || s.adverbs.contains(self.low(i + 1))
                    || matches!(self.low(i + 1), "in" | "on" | "at" | "during" | "last" | "this" | "earlier"))
                && (i + 1..end).all(|x| {
                    self.is_word(x)
                        && !self.in_quote(x)
                        && !self.has(x, F_CUE | F_PART)
                        && !s.finite.contains(self.low(x))
                        && !matches!(self.low(x), "that" | "and" | "but" | "or" | "to")
                });
            let pre_words = self.words_in(s0, a);
            // ("Sales were great, he said, wiping …": three words with a verb are a clause.)
            let pre_ok = pre_words >= 4
                || (pre_words == 3 && (s0..a).any(|x| s.be.contains(self.low(x)) || s.finite.contains(self.low(x))));
            // A tail opening with a subject pronoun is a clause of its own ("Asked about …,
            // Warren said she would decide later"), not a trailing time phrase.
            // So is a tail with a finite auxiliary or modal near its start ("Speaking to
            // reporters, the senator said the bill would pass").
            // A verb inside a relative clause of an appositive does not count ("…, Sanders
            // said, a policy that could …").
            let tail_clause = (matches!(self.low(i + 1), "he" | "she" | "they" | "it" | "we" | "i")
                || (i + 2..end.min(i + 7)).any(|x| {
                    s.finite.contains(self.low(x))
                        && !self.in_quote(x)
                        && !(i + 1..x).any(|y| matches!(self.low(y), "that" | "which" | "who" | "whose"))
                }))
                && !self.in_quote(i + 1)
                // ("…, many economists say, because there is …": the subordinate clause after
                // the comma is not what they say.)
                && !(self.is_punct(i + 1, ',') && lx::SUBORDINATORS.contains(&self.low(i + 2)))
                && !self.is_dash(i + 1);
            // "…, top lawmakers said Friday, as they bristled at …": after the cue and a time
            // phrase, the sentence ends or a comma opens an adverbial, so nothing is reported
            // forward.
            let t = self.skip_time_phrase(i + 1, end);
            // ("said Tuesday in Paris, noting …": a venue may follow the time; "she said in a
            // video message to the convention.": or close the sentence.)
            let t = if matches!(self.low(t), "in" | "on" | "at" | "during")
                && !self.in_quote(t)
                && let Some(c) = (t..end.min(t + 10))
                    .find(|&x| self.is_punct(x, ',') || self.is_punct(x, ';'))
                    .or((end <= t + 10).then_some(end))
                && (t..c).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
            {
                c
            } else {
                t
            };
            // (", a policy that could …": an indefinite appositive comments on the statement.)
            // ("…, Clinton allies believe — backers she will need": an aside after a dash.)
            // ("…, his aides argued in interviews this week; rather, …": a semicolon ends it.)
            let tail_adverbial = t >= end
                || self.is_dash(t)
                || self.is_punct(t, ';')
                || (self.is_punct(t, ',') && matches!(self.low(t + 1), "a" | "an"))
                || (self.is_punct(t, ',')
                    && (matches!(
                        self.low(t + 1),
                        "as" | "while"
                            | "after"
                            | "when"
                            | "because"
                            | "before"
                            | "since"
                            | "though"
                            | "although"
                            | "even"
                            | "but"
                            | "in"
                            | "on"
                            | "at"
                            | "during"
                            | "according"
                            | "compared"
                    ) || (self.low(t + 1).len() > 5 && self.low(t + 1).ends_with("ing"))));
            // "Outright victory is vital, he said after meeting Trump aides, because …": a
            // subordinate clause right after the cue is the circumstance of saying, even with a
            // verb of its own.
            let sub_tail = !self.in_quote(t)
                && matches!(
                    self.low(t),
                    "after" | "before" | "while" | "when" | "as" | "because" | "during" | "following" | "since"
                );
            // "…, Donald Trump will insist on being Donald Trump": a modal before the cue makes
            // it the clause's own verb, not an attribution of what came before.
            let modal = (k..i).any(|x| {
                matches!(self.low(x), "will" | "would" | "must" | "should" | "can" | "could" | "may" | "might")
            });
            // "the candidate said no", "Cruz apparently thinks so, too": a one-word answer is the
            // content, not a sign that the clause before it was.
            let answer = matches!(self.low(i + 1), "yes" | "no" | "so")
                && !self.in_quote(i + 1)
                && (tail_words <= 2
                    || !self.is_word(i + 2)
                    || matches!(
                        self.low(i + 2),
                        "while" | "and" | "but" | "in" | "on" | "when" | "as" | "after" | "before"
                    ));
            // "…, political analysts say; in 2012 …": nothing is reported past a semicolon.
            let semicolon = self.is_punct(i + 1, ';');
            // "The plan would cost $5bn, officials said Tuesday, and would take a decade": a
            // conjunction after the cue's comma continues the statement before it.
            let conj_tail = self.is_punct(t, ',') && matches!(self.low(t + 1), "and" | "but" | "or");
            // "This is not about me, President Obama told his closest advisers as he …": an
            // inverted "told" with its listener, then a subordinate clause or the end.
            let told_back = matches!(w, "told" | "tells")
                && comma_before
                && pre_ok
                && (i + 2..end.min(i + 8))
                    .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                    .find(|&x| matches!(self.low(x), "as" | "when" | "while" | "after" | "before" | "on" | "in"))
                    .or_else(|| (self.words_in(i + 1, end) <= 4).then_some(end))
                    .is_some()
                && !tail_has_that
                && !tail_clause;
            // "Asked on Fox News who leads the party, he said Ryan.": the opening phrase is the
            // question put to the speaker; the answer follows the cue.
            let asked_open = {
                let st = self.after_dateline(s0, i);
                let st = if self.low(st) == "when" { st + 1 } else { st };
                self.low(st) == "asked" && st < a && !self.in_quote(st)
            };
            let post = !answer
                && !coordinated
                && !asked_open
                && ((after_quote && tail_words <= 8 && !tail_has_that)
                    || (conj_tail && comma_before && pre_ok && !modal)
                    || (semicolon && comma_before && pre_ok)
                    || told_back
                    || (comma_before
                        && tail_words <= 6
                        && !tail_has_that
                        && pre_ok
                        && !tail_clause
                        && !modal
                        // ("…, voters want to limit immigration": the infinitive is what they want.)
                        && (self.low(i + 1) != "to" || self.in_quote(i + 1)))
                    || (comma_before && pre_ok && tail_adverbial && !tail_clause && !modal)
                    || (comma_before && pre_ok && sub_tail && !tail_has_that && !modal)
                    || (as_before && pre_ok && (t >= end || as_tail) && !modal)
                    // ("… to “cool off,” Kunin said in an interview.": a time or venue may
                    // follow.)
                    || (a > s0 + 2
                        && (tail_words == 0 || (t >= end && !tail_clause && self.is_close_mark(a - 1)))
                        && !self.is_word(a - 1)
                        && !matches!(self.low(a - 1), "and" | "but" | "or" | "yet" | "so" | "as" | "where")
                        // "…, who cringe as he speaks.": a subordinate clause's verb.
                        && !lx::SUBORDINATORS.contains(&self.low(a - 1))));
            // "The day after the primary, Gov. Doug Ducey called the lines …", "Le Pen's niece
            // Marion, the vice-president …, has endorsed Trump": a phrase without a verb before
            // the subject's comma sets the scene or names the subject; the cue reports forward.
            // (What precedes the subject and its comma, after any dateline.)
            let c_end = if as_before {
                a - 2
            } else if a > s0 && matches!(self.toks[a - 1].kind, Kind::Punct(',' | '—' | '–')) {
                a - 1
            } else {
                a
            };
            let pre_start = self.after_dateline(s0, c_end);
            let post = post
                && (lx::OPENERS.contains(&self.low(pre_start))
                    || self.has_verb(pre_start, c_end)
                    || self.mostly_quoted(pre_start, c_end)
                    || tail_words == 0);
            // A quote right after the cue ("Trump replied, “…”") is the content itself.
            let mut q = if self.cue_particle(i) { i + 2 } else { i + 1 };
            while q < s1 && matches!(self.toks[q].kind, Kind::Punct(',' | ':')) {
                q += 1;
            }
            let quote_follows =
                q > i + 1 && self.toks.get(q).is_some_and(|t| matches!(t.kind, Kind::Mark { .. })) && self.in_quote(q);
            // "“…,” he said aboard his plane as he …", "“…,” Rubio said of Cruz": after the
            // quote it attributes, a speech verb reports nothing more unless "that" follows.
            let quote_attributed = after_quote && s.bare.contains(w) && !tail_has_that;
            // "In a speech last July, he said:" closing its paragraph: the next paragraph, if
            // unquoted, is what was said (a block quotation).
            let block = (self.is_punct(i + 1, ':') || (self.cue_particle(i) && self.is_punct(i + 2, ':')))
                .then(|| if self.is_punct(i + 1, ':') { i + 2 } else { i + 3 })
                .filter(|&p| self.toks.get(p).is_some_and(|t| t.kind == Kind::Para))
                .map(|p| p + 1)
                .filter(|&x| self.is_word(x) && !self.in_quote(x));
            let content = if let Some(x) = block {
                Some((x, self.para_end(x)))
            } else if quote_follows || (quote_attributed && !post) {
                None
            } else if post {
                // An opening adverbial ("On the campaign trail, Cruz describes …", "For almost
                // 60 years, …") is where or when, not what was said: the content starts after
                // its comma, and with nothing left the cue reports forward.
                let st = pre_start;
                // ("And the plan is dead, he said": the conjunction joins sentences.)
                let st = if matches!(self.low(st), "and" | "but" | "so") && !self.in_quote(st) && st + 2 < c_end {
                    st + 1
                } else {
                    st
                };
                if lx::OPENERS.contains(&self.low(st)) && !self.in_quote(st) {
                    match (st..c_end).find(|&x| self.is_punct(x, ',')) {
                        // ("In her 2003 book, Living History, Clinton noted the clot": a name
                        // in apposition after the opener is no clause; the cue reports forward.)
                        Some(c)
                            if self.words_in(c + 1, c_end) >= 2
                                && (self.has_verb(c + 1, c_end)
                                    || self.mostly_quoted(c + 1, c_end)
                                    || !(c + 1..c_end).all(|x| self.is_cap(x) || !self.is_word(x))) =>
                        {
                            Some((c + 1, c_end))
                        }
                        // ("After he took possession of the jet in 2011 he made a number of
                        // changes, records show": no comma closes the opener, so it runs into
                        // the clause, all of it reported.)
                        None if tail_words == 0 && self.has_verb(st, c_end) => Some((st, c_end)),
                        _ => self.forward_content(i, s1),
                    }
                } else {
                    Some((st, c_end))
                }
            } else {
                self.forward_content(i, s1)
            };
            // Attitude verbs may report a one-word object ("supported Sanders", "attacked
            // Muslims"); speech verbs need a clause.
            let content = if answer { Some((i + 1, i + 2)) } else { content };
            let min_words = if answer || (!post && !s.bare.contains(w)) { 1 } else { 2 };
            // "Republicans learned again …": adverbs alone report nothing. A clause that is mostly
            // a partial quote ("said the court's decision “will effectively force us …”") is
            // still reported whole: the quote alone lacks its subject.
            let content = content.filter(|&(x, y)| {
                self.words_in(x, y) >= min_words
                    && (x..y).any(|z| self.is_word(z) && !self.is_adverb(z))
                    && (!self.mostly_quoted(x, y) || (!post && x > i && self.is_word(x) && !self.in_quote(x)))
            });
            // "Ben Carson appears to be slipping": how things seem to the writer or people at
            // large; the subject is part of what seems, and nobody is its source.
            if matches!(w, "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared") && !post {
                // "steeper than it appears": a comparison, nobody's view.
                if a > s0 && matches!(self.low(a - 1), "than" | "as") {
                    return None;
                }
                // "It seems pretty likely they will": the expletive "it" is no part of it.
                // ("Anderson largely agreed with McLenny and seemed to think …": a coordinated verb's
                // seeming starts at the verb, not at the shared subject.)
                let st = if (b == a + 1 && self.low(a) == "it") || (coordinated && a < k.saturating_sub(2)) {
                    i + 1
                } else {
                    a
                };
                return content.map(|(_, y)| Anchor::new(si, (i, i + 1), (i, i), kind, Some((st, y))));
            }
            return Some(Anchor::new(si, (i, i + 1), (a, b), kind, content));
        }
        // "…,” said Brig. Gen. X" — the subject after the cue ("told" has its listener there:
        // "…,” told the Times" names no speaker).
        if s.invertible.contains(w) && w != "told" && k > s0 {
            let p = k - 1;
            // After a quote or any comma: "…, said fire chief Bob Jones."
            let after_q = self.is_close_mark(p) || self.is_punct(p, ',');
            // The name must close the clause ("…, said fire chief Bob Jones." or "…, said X,
            // an aide"), not start one ("…, said the drone was shot down").
            // A clause after the name ("…, said the drone was shot down") makes the name its
            // subject instead.
            let starts_clause = |b: usize| {
                self.is_word(b)
                    && (matches!(
                        self.low(b),
                        "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will"
                    ) && !self.in_quote(b))
            };
            if after_q
                && let Some((a, b)) = self.right_np(i + 1, s1)
                && !starts_clause(b)
            {
                let c_end = if self.is_punct(p, ',') { p } else { p + 1 };
                let content = Some((s0, c_end)).filter(|&(x, y)| self.words_in(x, y) >= 2 && !self.mostly_quoted(x, y));
                return Some(Anchor::new(si, (i, i + 1), (a, b), SubjKind::Phrase, content));
            }
        }
        // "Said Comey, “The thought …”", "Added the senator: …": a sentence opening with the
        // cue names its speaker right after it; a quote after the comma attaches to the anchor,
        // plain words after it are the content.
        if s.invertible.contains(w)
            && i == s0
            && let Some((a, b)) = self.right_np(i + 1, s1)
            && (self.is_punct(b, ',') || self.is_punct(b, ':'))
        {
            return Some(self.source_after_cue(si, i, s1, (a, b)));
        }
        None
    }

    /// A cue that comes before its source, which a comma or colon closes ("Said Comey, …",
    /// "Still, says PolitiFact, …"): a quote after the source attaches to the anchor, plain
    /// words after it are the content.
    fn source_after_cue(&self, si: usize, i: usize, s1: usize, (a, b): (usize, usize)) -> Anchor {
        let end = self.sent_end(s1);
        let quoted = self.toks.get(b + 1).is_some_and(|t| matches!(t.kind, Kind::Mark { .. }));
        let content =
            (!quoted).then_some((b + 1, end)).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
        Anchor::new(si, (i, i + 1), (a, b), SubjKind::Phrase, content)
    }

    /// "was asked whether …", "when asked about Trump": a question put by someone the sentence
    /// leaves unnamed; the content is the question.
    pub(super) fn unsourced_question(&self, si: usize, i: usize, s1: usize) -> Option<Anchor> {
        let (q, src) = self.asked_question(i, s1, true)?;
        let content = if q == i + 1 && self.low(q) != "on" {
            self.forward_content(i, s1)
        } else {
            let start = if matches!(self.low(q), "about" | "on") { q + 1 } else { q };
            Some((start, self.clause_end(start, self.sent_end(s1))))
        };
        // "When asked to confirm X, a source declined": the opening clause ends at its comma.
        let opening = i > 0 && matches!(self.low(i - 1), "when" | "while" | "after" | "once" | "if" | "before");
        let content = content.map(|(x, y)| {
            let comma = (x..y).find(|&c| self.is_punct(c, ',') && !self.in_quote(c));
            (x, if opening { comma.unwrap_or(y) } else { y })
        });
        let content = content.filter(|&(x, y)| self.words_in(x, y) >= 1 && !self.mostly_quoted(x, y))?;
        Some(Anchor::new(si, (i, i + 1), src, SubjKind::Phrase, Some(content)))
    }

    /// After "asked": the question word opening the question (or "about"), past the asker
    /// ("by a reporter", returned as the source, else an empty span at the cue), adverbs and
    /// a short time or venue phrase ("when asked in May if …", "Asked at a briefing Monday in
    /// Washington about …"). With `requests`, "to" and "for" open one too ("Asked to confirm …").
    pub(super) fn asked_question(&self, i: usize, s1: usize, requests: bool) -> Option<(usize, (usize, usize))> {
        // ("pressed on why the plan leaves out dads", "was pressed about the attacks": pressing
        // is asking again.)
        let pressed = self.low(i) == "pressed";
        if self.low(i) != "asked" && !pressed {
            return None;
        }
        let question = |x: usize| {
            self.is_word(x)
                && !self.in_quote(x)
                && (matches!(
                    self.low(x),
                    "whether" | "if" | "what" | "why" | "how" | "which" | "who" | "whom" | "when" | "where" | "about"
                ) || (requests && matches!(self.low(x), "to" | "for"))
                    || (pressed && self.low(x) == "on"))
        };
        let end = self.sent_end(s1);
        let mut j = i + 1;
        let mut src = (i, i);
        for _ in 0..3 {
            if question(j) {
                return Some((j, src));
            }
            let w = self.low(j);
            if w == "by"
                && src.0 == src.1
                && let Some((a, b)) = self.right_np(j + 1, end)
            {
                src = (a, b);
                j = b;
            } else if self.is_word(j) && (ly_adverb(w) || matches!(w, "again" | "repeatedly" | "later" | "once")) {
                j += 1;
            } else if src.0 != src.1 && self.is_punct(j, ',') && !self.in_quote(j) {
                // "was asked by host Bill Maher, who backs him, whether …": past the asker's
                // relative clause (or a bare comma) to the question.
                j = if matches!(self.low(j + 1), "who" | "which") {
                    (j + 2..end.min(j + 16)).find(|&c| self.is_punct(c, ',') && !self.in_quote(c))? + 1
                } else {
                    j + 1
                };
            } else if matches!(w, "in" | "on" | "at" | "during" | "last" | "earlier")
                && let Some(x) = (j + 1..end.min(j + 8))
                    .take_while(|&x| self.is_word(x) && !self.in_quote(x))
                    .find(|&x| question(x) && !matches!(self.low(x), "to" | "for"))
            {
                j = x;
            } else {
                break;
            }
        }
        question(j).then_some((j, src))
    }

    /// Lexicon verbs that also have a non-speech sense need the context of one: "known as
    /// ISIS" names; "ISIS maintains bases" possesses (only "maintains that …" or a clause
    /// states); "the US covertly supported ISIS", "NATO backed the rebels" are material help by
    /// an organisation, not a stance, unless a clause or infinitive follows.
    pub(super) fn speech_sense(&self, i: usize, k: usize, subj: (usize, usize), kind: SubjKind, s1: usize) -> bool {
        let w = self.low(i);
        // The first word after the cue, past adverbs ("known commonly as").
        let mut j = i + 1;
        while j < s1 && j < i + 3 && self.is_word(j) && ly_adverb(self.low(j)) {
            j += 1;
        }
        let next = self.low(j);
        if w == "known" {
            return !matches!(next, "as" | "for");
        }
        // ("pressed against a fence", "pressed ahead with the plan": a push, not a question.)
        if w == "pressed" {
            return !matches!(
                next,
                "against"
                    | "into"
                    | "ahead"
                    | "forward"
                    | "down"
                    | "up"
                    | "together"
                    | "close"
                    | "hard"
                    | "onward"
                    | "through"
            );
        }
        let clause_next = matches!(next, "that" | "he" | "she" | "they" | "it" | "we" | "i" | "to")
            || matches!(self.toks.get(j).map(|t| t.kind), Some(Kind::Mark { .. }));
        // (Or closing a clause it reports: "…, the candidate's former doctor maintains.")
        if matches!(w, "maintain" | "maintains" | "maintained" | "maintaining") {
            return clause_next
                || (subj.0 > 0
                    && self.is_punct(subj.0 - 1, ',')
                    && matches!(self.toks.get(i + 1).map(|t| t.kind), Some(Kind::Punct('.' | ',' | ';')) | None));
        }
        // "Lerer reported from Los Angeles.", "reported daily to Louis B. Mayer": a dateline
        // credit or a line of command, not a report.
        // ("… reported to the IRS that his salary was …" names the recipient before the clause.)
        if matches!(w, "reported" | "reports" | "reporting")
            && matches!(next, "from" | "to" | "daily" | "directly")
            && !(w == "reported"
                && next == "to"
                && (j + 1..s1.min(j + 9))
                    .take_while(|&x| !self.is_punct(x, ','))
                    .any(|x| self.low(x) == "that" && !self.relative_that(x)))
        {
            return false;
        }
        // "News reports of the meeting surfaced", "the audit reports for 2019": a plural noun
        // before "of", "for" or "from", unless a reported clause follows ("Temple-Raston reports
        // for Morning Edition that …").
        if matches!(w, "reports" | "claims" | "comments" | "notes" | "remarks" | "estimates" | "promises" | "tweets")
            && matches!(self.low(i + 1), "of" | "for" | "from")
            && !(i + 2..s1.min(i + 9)).take_while(|&x| !self.is_punct(x, ',')).any(|x| self.low(x) == "that")
        {
            return false;
        }
        // "Trump may want to check his stats", "investors might want to think twice": advice
        // from the writer, not anyone's stated wish.
        if matches!(w, "want" | "wants") && (k..i).any(|x| matches!(self.low(x), "may" | "might" | "could" | "should"))
        {
            return false;
        }
        // "continued to raise money", "continued his push": going on, not speaking, unless a
        // colon, comma, quote or "that" follows ("Issa continued, “Yes …”") or the cue ends
        // the sentence ("…, he continued.").
        if matches!(w, "continued" | "continues" | "continue" | "continuing") {
            return next == "that"
                || j >= self.sent_end(s1)
                || matches!(
                    self.toks.get(j).map(|t| t.kind),
                    Some(Kind::Punct(',' | ':' | '.' | '—') | Kind::Mark { .. })
                );
        }
        // "US forces attacked the vehicle in which …", "militants attacked a base": violence,
        // not words. Armed subjects and physical targets mark it.
        if matches!(
            w,
            "attacked" | "attacks" | "attack" | "attacking" | "targeted" | "targets" | "target" | "hit" | "struck"
        ) {
            let head = self.low(subj.1.saturating_sub(1));
            let armed = matches!(
                head,
                "forces"
                    | "troops"
                    | "militants"
                    | "fighters"
                    | "gunmen"
                    | "militia"
                    | "militias"
                    | "soldiers"
                    | "army"
                    | "police"
                    | "jets"
                    | "drones"
                    | "missiles"
                    | "rockets"
                    | "insurgents"
                    | "terrorists"
            );
            let physical = (j..(j + 3).min(s1)).any(|x| lx::is_physical_target(self.low(x)));
            if armed || physical {
                return false;
            }
        }
        // "Story highlights" heads a CNN summary box: site chrome.
        if w == "highlights" && subj.1 == subj.0 + 1 && self.low(subj.0) == "story" {
            return false;
        }
        // "found itself at the center of …": a situation, not a finding.
        if matches!(w, "found" | "finds" | "find")
            && matches!(next, "itself" | "himself" | "herself" | "themselves" | "myself" | "ourselves" | "yourself")
        {
            return false;
        }
        // "Do you support Donald Trump? Like the page": a question to the reader.
        if subj.1 >= 2 && self.low(subj.1 - 1) == "you" && matches!(self.low(subj.1 - 2), "do" | "does" | "did") {
            return false;
        }
        if matches!(w, "called" | "calls" | "call" | "calling") {
            // "called off the deal", "called into a show", "called in sick": not speech.
            if matches!(next, "off" | "into" | "in" | "back" | "up") {
                return false;
            }
            // "a company called Cambridge Analytica", "a program called “Sandy Hook Promise”":
            // a participle naming the noun before it.
            let head = self.low(subj.1 - 1);
            if kind == SubjKind::Phrase
                && subj.1 == i
                && !self.is_cap(subj.1 - 1)
                && (self.is_cap(j) || matches!(self.toks.get(j).map(|t| t.kind), Some(Kind::Mark { .. })))
                && (subj.0..subj.1).any(|x| matches!(self.low(x), "a" | "an"))
                && !sets().titles.contains(head)
            {
                return false;
            }
            // "Obama called Naghmeh Abedini.", "Palin called a delegate, …, and encouraged …",
            // "called both candidates Tuesday night": a telephone call has no second object.
            let obj_end = if matches!(next, "him" | "her" | "them" | "me" | "us") {
                Some(j + 1)
            } else if self.is_cap(j) {
                self.cap_runs_iter(j, s1).next().filter(|r| r.0 == j).map(|r| r.1)
            } else if matches!(next, "both" | "all" | "several" | "two" | "three") || sets().dets.contains(next) {
                // "called both candidates Tuesday night": a short plain object before a time.
                (j + 1..(j + 4).min(s1))
                    .find(|&x| lx::is_day_word(self.low(x)) || matches!(self.low(x), "last" | "shortly"))
                    .filter(|&x| (j + 1..x).all(|y| self.is_word(y) && !self.is_cap(y) && !self.in_quote(y)))
            } else {
                None
            };
            if let Some(e) = obj_end {
                let after = self.low(e);
                let ends = e >= self.sent_end(s1)
                    || self.is_punct(e, '.')
                    || matches!(after, "and" | "to" | "shortly" | "last" | "this" | "on" | "after" | "before" | "from")
                    || lx::is_day_word(after);
                if ends {
                    return false;
                }
            }
        }
        if matches!(w, "support" | "supports" | "supported" | "supporting" | "back" | "backs" | "backed" | "backing")
            && kind == SubjKind::Phrase
            && !clause_next
        {
            let (mut a, b) = subj;
            if b > a + 1 && sets().dets.contains(self.low(a)) {
                a += 1;
            }
            let acronym = b == a + 1
                && self.slice(a, b).chars().filter(|c| c.is_alphabetic()).count() >= 2
                && self.slice(a, b).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            let material = (k..i).any(|x| {
                matches!(
                    self.low(x),
                    "covertly" | "secretly" | "militarily" | "financially" | "logistically" | "materially"
                )
            });
            // "the US", "the Pentagon": an organisation subject with a determiner.
            let org = self.org_like(a, b) && !(a..b).any(|x| self.low(x) == "campaign");
            return !(acronym || material || (org && b - a <= 3));
        }
        true
    }

    /// An invertible cue right after a comma or closing quote, followed by a named or
    /// determined noun phrase that ends the sentence or opens an appositive ("…, said one GOP
    /// source in the room.", "…, said Brian Baker, a longtime adviser …"). A bare time word
    /// ("…, said Tuesday") is no speaker.
    pub(super) fn inverted_source(&self, i: usize, k: usize, s0: usize, s1: usize) -> bool {
        let s = sets();
        // ("told" needs its listener after it: "…,” told the Times" names no speaker there.)
        if !s.invertible.contains(self.low(i)) || self.low(i) == "told" || k != i || k <= s0 + 2 {
            return false;
        }
        if !(self.is_close_mark(k - 1) || self.is_punct(k - 1, ',')) {
            return false;
        }
        let Some((a, b)) = self.right_np(i + 1, s1) else {
            return false;
        };
        let end = self.sent_end(s1);
        // ("…, said a handful of Democrats who point to …": a relative clause on the source.)
        let closes = b >= end
            || self.is_punct(b, ',')
            || self.is_punct(b, '(')
            || (matches!(self.low(b), "who" | "whose") && !self.in_quote(b));
        // ("…, wrote film director Osman Abu Laban": a lower-case role before the name.)
        let named = self.is_cap(a) || s.dets.contains(self.low(a)) || (a + 1..b).any(|x| self.is_cap(x));
        let time_only = (a..b).all(|x| {
            (lx::is_weekday(self.low(x))
                || matches!(
                    self.low(x),
                    "today"
                        | "yesterday"
                        | "tonight"
                        | "last"
                        | "this"
                        | "week"
                        | "month"
                        | "year"
                        | "morning"
                        | "evening"
                        | "night"
                        | "afternoon"
                        | "earlier"
                        | "later"
                        | "on"
                        | "in"
                        | "a"
                        | "the"
                        | "statement"
                        | "interview"
                ))
                || self.low(x).starts_with(|c: char| c.is_ascii_digit())
        });
        closes && named && !time_only && self.words_in(s0, k - 1) >= 3
    }
}
