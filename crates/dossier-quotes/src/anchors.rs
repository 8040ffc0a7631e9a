//! Finding anchors: each construction that reports speech ("according to X", "In X's view", a
//! colon after a speaker, attitude adjectives, reporting nouns) and the subject it names.

use super::*;

impl<'a> Doc<'a> {
    /// Every cue in every sentence that has a subject.
    pub(super) fn find_anchors(&self) -> Vec<Anchor> {
        let s = sets();
        let mut out = Vec::new();
        let mut feelings = Vec::new();
        for (si, &(s0, s1)) in self.sents.iter().enumerate() {
            let mut i = s0;
            while i < s1 {
                if !self.is_word(i) || self.in_quote(i) {
                    i += 1;
                    continue;
                }
                let w = self.low(i);
                // Cheap pre-filter: only listed words start a cue (one bit test per token).
                if w.len() < 2
                    || !(self.has(i, F_CUE | F_PART | F_NOUN | F_ADJ | F_PHRASE | F_PSYCH | F_BASE)
                        || matches!(w, "according" | "in")
                        || (w == "as" && (i == s0 || self.comma_before(i))))
                {
                    if s1 > s0 && i == s0 && self.sentence_subject(s0, s1).is_none() {
                        i += 1;
                        continue;
                    }
                    if i != s0 {
                        i += 1;
                        continue;
                    }
                }
                // "according to X", "in the words of X"
                if (w == "according" && self.low(i + 1) == "to")
                    || (w == "in" && self.low(i + 1) == "the" && self.low(i + 2) == "words" && self.low(i + 3) == "of")
                {
                    let cue_end = if w == "according" { i + 2 } else { i + 4 };
                    if let Some((a, mut b)) = self.right_np_any(cue_end, s1) {
                        // "…, according to X." reports what precedes; "According to X, …" what follows.
                        // Without the comma too: "Clinton leads by 271 delegates according to
                        // a count by The Associated Press".
                        let before = i > s0 + 2 && (self.comma_before(i) || self.is_word(i - 1) || self.is_dash(i - 1));
                        if !before && !self.is_punct(b, ',') {
                            // A source with inner punctuation ("early results of exit polls
                            // conducted by Edison Research for The Associated Press, …"): up to
                            // the first comma outside quotes.
                            if let Some(c) = (b..s1.min(cue_end + 30))
                                .take_while(|&x| !self.in_quote(x) && !self.is_punct(x, ';'))
                                .find(|&x| self.is_punct(x, ','))
                            {
                                b = c;
                            }
                        }
                        // "According to the report, which was obtained by the AP, the agency …":
                        // the source's relative clause is not the content.
                        let cb = if !before
                            && self.is_punct(b, ',')
                            && matches!(self.low(b + 1), "which" | "who")
                            && let Some(c) = (b + 2..s1.min(b + 25))
                                .take_while(|&x| !self.in_quote(x))
                                .find(|&x| self.is_punct(x, ','))
                        {
                            c
                        } else {
                            b
                        };
                        // (A leading "And"/"But" joins sentences; it is not what was said.)
                        let c0 = if matches!(self.low(s0), "and" | "but" | "so") && !self.in_quote(s0) {
                            s0 + 1
                        } else {
                            s0
                        };
                        let content = if before {
                            Some((c0, if self.is_punct(i - 1, ',') || self.is_dash(i - 1) { i - 1 } else { i }))
                        } else if self.is_punct(cb, ',') {
                            Some((cb + 1, self.sent_end(s1)))
                        } else {
                            None
                        };
                        let content = content.filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                        // "The real problem, according to one official, is that …".
                        let anchor = Anchor::new(si, (i, cue_end), (a, b), SubjKind::Phrase, content);
                        self.push_split(&mut out, anchor, s0, s1);
                        i = b;
                        continue;
                    }
                }
                // "In Mr. Trump's view, the deal …", "In his opinion, …": the holder of the view
                // is the source, the main clause the content.
                if w == "in"
                    && (i == s0 || self.is_dash(i - 1))
                    && i == self.after_dateline(s0, s1)
                    && let Some(n) = (i + 2..s1.min(i + 9)).find(|&x| {
                        matches!(self.low(x), "view" | "opinion" | "estimation" | "assessment" | "judgment" | "mind")
                            && self.is_punct(x + 1, ',')
                    })
                    && (i + 1..n).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                {
                    let src = if self.possessive(n - 1) {
                        Some((i + 1, n))
                    } else {
                        matches!(self.low(n - 1), "his" | "her" | "their" | "its" | "my" | "our").then_some((n - 1, n))
                    };
                    if let Some(src) = src {
                        let end = self.sent_end(s1);
                        let c = self.clause_end(n + 2, end);
                        if self.words_in(n + 2, c) >= 3 && !self.mostly_quoted(n + 2, c) {
                            out.push(Anchor::new(si, (n, n + 1), src, self.subj_kind(src), Some((n + 2, c))));
                            i = c.max(i + 1);
                            continue;
                        }
                    }
                }
                // "As one voter put it, “…”", "As Obama put it, the party …": the speaker between
                // "As" and "put it"; what follows the comma is what was said.
                if w == "as"
                    && i == s0
                    && let Some(p) = (i + 2..s1.min(i + 9)).find(|&x| self.low(x) == "put" && self.low(x + 1) == "it")
                    && self.is_punct(p + 2, ',')
                    && (i + 1..p).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                {
                    let end = self.sent_end(s1);
                    let c = self.clause_end(p + 3, end);
                    let content =
                        Some((p + 3, c)).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                    out.push(Anchor::new(si, (p, p + 2), (i + 1, p), SubjKind::Phrase, content));
                    i = p + 2;
                    continue;
                }
                // "…, as a Homeland Security memo put it.": the same after the clause it names.
                if w == "as"
                    && i > s0 + 3
                    && self.comma_before(i)
                    && let Some(p) = (i + 2..s1.min(i + 9)).find(|&x| self.low(x) == "put" && self.low(x + 1) == "it")
                    && (i + 1..p).all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE))
                {
                    let end = self.sent_end(s1);
                    let tail_ok = (p + 2..end)
                        .all(|x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE | F_PART))
                        && self.words_in(p + 2, end) <= 5;
                    let c0 = if matches!(self.low(s0), "and" | "but" | "so") { s0 + 1 } else { s0 };
                    let c0 = self.after_dateline(c0, i - 1);
                    // ("a “shellacking,” as Obama put it": what he put so is the quote, which
                    // attaches to the anchor by itself.)
                    let quoted = !self.is_punct(i - 1, ',');
                    let content = Some((c0, i - 1))
                        .filter(|&(x, y)| !quoted && self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                    if tail_ok && (quoted || content.is_some()) {
                        out.push(Anchor::new(si, (p, p + 2), (i + 1, p), SubjKind::Phrase, content));
                        i = p + 2;
                        continue;
                    }
                }
                // "As first reported by Politico, the White House is considering …": the
                // source is the agent, the content the main clause.
                if w == "as"
                    && i == s0
                    && let Some(r) =
                        (i + 1..i + 3).find(|&x| matches!(self.low(x), "reported" | "announced" | "revealed"))
                    && (i + 1..r).all(|x| matches!(self.low(x), "first" | "previously" | "initially" | "earlier"))
                    && self.low(r + 1) == "by"
                    && let Some((a, b)) = self.right_np_any(r + 2, s1)
                    && self.is_punct(b, ',')
                {
                    let end = self.sent_end(s1);
                    let c = self.clause_end(b + 1, end);
                    if self.words_in(b + 1, c) >= 3 && !self.mostly_quoted(b + 1, c) {
                        out.push(Anchor::new(si, (r, r + 1), (a, b), SubjKind::Phrase, Some((b + 1, c))));
                        i = c.max(i + 1);
                        continue;
                    }
                }
                // "In a CNN poll released Monday, Clinton held a 24-point lead": the document
                // is the source of the clause after the comma, unless that clause has its own cue.
                // Only documents that report findings: after "In a widely read column, two
                // speechwriters implored her …" the clause is the writers' own doing.
                if w == "in"
                    && i == s0
                    && let Some(c) = (i + 2..s1.min(i + 16))
                        .take_while(|&x| !self.in_quote(x) && !self.is_punct(x, ';'))
                        .find(|&x| self.is_punct(x, ','))
                    && let Some(noun) = (i + 1..c).find(|&x| {
                        matches!(
                            self.low(x),
                            "poll"
                                | "polls"
                                | "survey"
                                | "surveys"
                                | "study"
                                | "report"
                                | "analysis"
                                | "documents"
                                | "records"
                                | "data"
                        )
                    })
                {
                    let end = self.sent_end(s1);
                    let b = self.clause_end(c + 1, end);
                    let own_cue = (c + 1..b).any(|x| self.has(x, F_CUE) && !self.in_quote(x));
                    if !own_cue && self.words_in(c + 1, b) >= 3 && !self.mostly_quoted(c + 1, b) {
                        out.push(Anchor::new(si, (i, i + 1), (i + 1, noun + 1), SubjKind::Phrase, Some((c + 1, b))));
                        i = b.max(i + 1);
                        continue;
                    }
                }
                // "Declaring that he alone can fix it, the billionaire vowed …": an opening speech
                // participle with its clause is said by the main clause's subject.
                if i == s0
                    && self.has(i, F_PART)
                    && self.low(i + 1) == "that"
                    && let Some((c, subj)) = self.opening_clause(i + 3, s1, false)
                    && self.words_in(i + 1, c) >= 3
                {
                    out.push(Anchor::new(si, (i, i + 1), subj.0, subj.1, Some((i + 1, c))));
                    i = c + 1;
                    continue;
                }
                // "Citing an unfounded conspiracy theory, Trump said …", "Praising the deal,
                // the senator …": an opening participle of an attitude or speech verb with its
                // object is the main clause's subject's, up to the comma. (Not a participle of
                // speech before its own clause: "Saying he was tired, …" is above.)
                if i == s0
                    && self.has(i, F_PART)
                    && w.ends_with("ing")
                    && self.is_word(i + 1)
                    && !self.in_quote(i + 1)
                    && (s.dets.contains(self.low(i + 1)) || !self.has(i + 1, F_FUNC))
                    // (Not a particle, a day or an idiom: "Blasting off from …", "Writing
                    // yesterday, …", "Adding insult to injury"; nor an act: "Concluding his trip".)
                    && !matches!(self.low(i + 1), "off" | "back" | "up" | "out" | "down" | "away" | "insult")
                    && !lx::is_day_word(self.low(i + 1))
                    && !matches!(w, "concluding" | "maintaining" | "showing" | "adding" | "blasting" | "expecting")
                    && let Some((c, subj)) = self.opening_clause(i + 2, s1, true)
                    && c <= i + 12
                    && (i + 1..c).all(|x| {
                        (self.is_word(x) || (self.in_quote(x) && !self.is_word(x)))
                            && !self.has(x, F_CUE)
                            && !s.finite.contains(self.low(x))
                    })
                {
                    let c = if self.is_close_mark(c) { c + 1 } else { c };
                    out.push(Anchor::new(si, (i, i + 1), subj.0, subj.1, Some((i + 1, c))));
                    i += 1;
                    continue;
                }
                // "After saying her foot was swollen, she was whisked off …": an opening
                // participial clause is said by the main clause's subject after its comma.
                if i == s0 + 1
                    && matches!(self.low(s0), "after" | "before" | "while" | "since" | "upon" | "when" | "by")
                    && (lx::PARTICIPLES.contains(&w) || (s.participles.contains(w) && w.ends_with("ing")))
                    && let Some((c, subj)) = self.opening_clause(i + 2, s1, true)
                {
                    let start = i + 1;
                    if self.words_in(start, c) >= 2 {
                        out.push(Anchor::new(si, (i, i + 1), subj.0, subj.1, Some((start, c))));
                        i = c + 1;
                        continue;
                    }
                }
                // "The senator, asked whether he would support the nominee, said …": a question
                // put to the subject in an aside; its asker goes unnamed.
                if w == "asked"
                    && i > s0 + 1
                    && self.is_punct(i - 1, ',')
                    && !self.in_quote(i - 1)
                    && let Some(a) = self.unsourced_question(si, i, s1)
                {
                    out.push(a);
                    i += 1;
                    continue;
                }
                // "Asked about her vote, Warren said …": the question is an attribution whose
                // source the sentence leaves unnamed (the asker), or names after "by" ("Asked by
                // Starnes if he believed …, Carson said").
                if matches!(w, "asked" | "pressed")
                    && i == s0
                    && let Some((q, src)) = self.asked_question(i, s1, true)
                    && let Some(c) = (q + 1..s1.min(q + 40))
                        .take_while(|&x| !self.is_punct(x, ';'))
                        .find(|&x| self.is_punct(x, ',') && !self.in_quote(x))
                {
                    let about = matches!(self.low(q), "about" | "on");
                    let start = if about { q + 1 } else { q };
                    if self.words_in(start, c) >= 1 {
                        let cue = if about && q == i + 1 { (i, i + 2) } else { (i, i + 1) };
                        out.push(Anchor::new(si, cue, src, SubjKind::Phrase, Some((start, c))));
                        i = c + 1;
                        continue;
                    }
                }
                // "Iraqi media quoted a security source as saying that …": the one quoted speaks.
                if w == "saying"
                    && i >= s0 + 4
                    && self.low(i - 1) == "as"
                    && let Some(q) = (i.saturating_sub(12).max(s0)..i - 2).rev().find(|&x| self.low(x) == "quoted")
                    && q + 2 < i
                    && (q + 1..i - 1).all(|x| self.is_word(x) && !self.in_quote(x))
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    out.push(Anchor::new(si, (i, i + 1), (q + 1, i - 1), SubjKind::Phrase, Some(content)));
                    i += 1;
                    continue;
                }
                // "The ambassador was quoted as saying that …": the subject of the passive speaks.
                if w == "saying"
                    && i >= s0 + 3
                    && self.low(i - 1) == "as"
                    && self.low(i - 2) == "quoted"
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    let mut k = i - 2;
                    while k > s0
                        && self.is_word(k - 1)
                        && (s.be.contains(self.low(k - 1)) || s.adverbs.contains(self.low(k - 1)))
                    {
                        k -= 1;
                    }
                    let subj = self.subject_ending_at(k, s0);
                    if let Some((subj, kind)) = subj.filter(|_| k < i - 2) {
                        out.push(Anchor::new(si, (i - 2, i + 1), subj, kind, Some(content)));
                        i += 1;
                        continue;
                    }
                }
                // "an email seeking comment": a request for comment says nothing.
                // ("…, adding to his victories in …": an idiom, not a remark.)
                if self.has(i, F_PART)
                    && (self.low(i + 1) == "comment" || self.idiom_without_report(i, s0))
                    && !self.in_quote(i + 1)
                {
                    i += 1;
                    continue;
                }
                // "met with reporters on Tuesday to discuss the plan", "will come on the show to
                // talk about immigration": a purpose infinitive's speaker is its clause's subject
                // (after a control word the subject walk in `anchor_at` finds it).
                if i > s0 + 2
                    && self.low(i - 1) == "to"
                    && lx::PURPOSE_VERBS.contains(&w)
                    && !self.in_quote(i)
                    && self.is_word(i - 2)
                    && !CONTROL_BEFORE_TO.contains(&self.low(i - 2))
                    && !self.has(i - 2, F_CUE | F_ADJ | F_PHRASE | F_FUNC)
                    && let Some((subj, kind)) = self.clause_head_subject(s0, i)
                    && let Some(content) = self.forward_content(i, s1)
                {
                    out.push(Anchor::new(si, (i, i + 1), subj, kind, Some(content)));
                    i = content.0.max(i + 1);
                    continue;
                }
                // "…, saying (that) …": the participle shares its clause's subject.
                // A dash works like the comma: "flipped his choice on the spot – saying he …".
                // ("Trump, later alleging …", ", again saying …": an adverb after the comma.)
                let after_adverb = i > s0 + 2
                    && self.is_word(i - 1)
                    && (s.adverbs.contains(self.low(i - 1)) || ly_adverb(self.low(i - 1)))
                    && !s.be.contains(self.low(i - 1))
                    && self.is_punct(i - 2, ',');
                if self.has(i, F_PART)
                    && i > s0
                    // (A quote's own comma too: "… said: “…,” adding that …".)
                    && (self.comma_before(i)
                        || after_adverb
                        || self.is_punct(i - 1, '—')
                        || self.is_punct(i - 1, '–')
                        || self.low(i - 1) == "and"
                        // "…, while saying that …", "punctuated his list by saying …".
                        || (i > s0 + 1
                            && matches!(self.low(i - 1), "while" | "by" | "before" | "after")
                            && !self.in_quote(i - 1))
                        // "unleashed a series of tweets early Friday saying that …", "released a
                        // statement saying …": a speech participle right after a noun, with a
                        // clause or quote after it.
                        // ("a letter sent Monday alleging that …": any speech participle before
                        // "that".)
                        || (i > s0 + 2
                            && (lx::PARTICIPLES.contains(&w)
                                || self.low(i + 1) == "that"
                                || (self.object_follows(i) && self.noun_run_before(i, s0).is_some()))
                            && self.is_word(i - 1)
                            && (!self.is_cap(i - 1) || lx::is_day_word(self.low(i - 1)))
                            && !s.be.contains(self.low(i - 1))
                            && !s.adverbs.contains(self.low(i - 1))
                            && !s.stop.contains(self.low(i - 1))
                            && contracted_be(self.low(i - 1)).is_none()
                            && (self.low(i + 1) == "that"
                                || self.object_follows(i)
                                || self.is_punct(i + 1, ':')
                                || self.is_punct(i + 1, ',')
                                || self.toks.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Mark { .. })))))
                {
                    // The clause's own subject: not a possessor of a noun cue ("defended his call
                    // to …, saying"), nor a subject inside another cue's content ("telling
                    // reporters that he thinks …, adding").
                    let here = sentence_tail(&out, si);
                    let possessor = |a: &&Anchor| {
                        a.subj.1 == a.subj.0 + 1
                            && matches!(self.low(a.subj.0), "his" | "her" | "their" | "its")
                            && self.has(a.cue.0, F_NOUN)
                    };
                    // An anchor with no subject ("X appeared to oppose …, saying") has none to
                    // share; the clause's own subject is looked for instead.
                    let prev = unnested(here)
                        .find(|a| !possessor(a))
                        .or(here.last())
                        .filter(|a| a.subj.1 > a.subj.0)
                        .map(|a| (a.subj, a.kind));
                    // ("newspaper ads calling the deal a mistake", "Democrats urging him to bow
                    // out": a participle of another cue right after a noun modifies it, and the
                    // noun phrase speaks. A document's author speaks through it: "the campaign ran
                    // ads calling …" names the campaign.)
                    let own = (!lx::PARTICIPLES.contains(&w) && self.low(i + 1) != "that")
                        .then(|| self.noun_run_before(i, s0))
                        .flatten()
                        .filter(|&(_, b)| !s.docs.contains(self.low(b - 1)))
                        .map(|r| (r, SubjKind::Phrase));
                    // With no subject to share (a long opening adverbial hides it), the content is
                    // still an attribution, its source unnamed here.
                    let subj = own
                        .or(prev)
                        .or_else(|| self.sentence_subject(s0, i).map(|r| (r, SubjKind::Phrase)))
                        .or_else(|| self.main_subject(s0, i).map(|r| (r, SubjKind::Phrase)))
                        .or_else(|| self.clause_head_subject(s0, i))
                        .or(Some(((i, i), SubjKind::Phrase)));
                    if let Some((subj, kind)) = subj {
                        let content = self.forward_content(i, s1).filter(|&(x, y)| {
                            self.words_in(x, y) >= 2
                                && (!self.mostly_quoted(x, y) || (self.is_word(x) && !self.in_quote(x)))
                        });
                        out.push(Anchor::new(si, (i, i + 1), subj, kind, content));
                    }
                    i += 1;
                    continue;
                }
                // "– Ryan saying he was “very encouraged” and Trump calling it …", "with aides
                // saying …": an absolute participle names its own speaker right before it.
                // ("…, with some calling it reckless": a quantifier after "with".)
                if self.has(i, F_PART)
                    && i > s0 + 2
                    && self.low(i - 2) == "with"
                    && matches!(self.low(i - 1), "some" | "many" | "others" | "most" | "several" | "critics")
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    out.push(Anchor::new(si, (i, i + 1), (i - 1, i), SubjKind::Phrase, Some(content)));
                    i += 1;
                    continue;
                }
                // ("with press secretary Karine Jean-Pierre calling it “absurd”": lowercase
                // titles before the name.)
                let titled_from = |a: usize| {
                    let mut t = a;
                    while t > s0 + 1 && a - t < 3 && self.is_word(t - 1) && self.has(t - 1, F_TITLE) {
                        t -= 1;
                    }
                    if t < a && self.low(t - 1) == "with" { t } else { a }
                };
                if i > s0 + 1
                    && self.is_cap(i - 1)
                    && self.has(i, F_PART)
                    && !self.in_quote(i - 1)
                    && let Some(a) = (i.saturating_sub(4).max(s0 + 1)..i).find(|&x| (x..i).all(|y| self.is_cap(y)))
                    && let t = titled_from(a)
                    && (lx::PARTICIPLES.contains(&w) || t < a || self.object_follows(i))
                    && let a = t
                    && (self.is_dash(a - 1) || self.is_punct(a - 1, ',') || matches!(self.low(a - 1), "with" | "and"))
                    && !self.title_case(s0, s1)
                    && let Some(content) = self.forward_content(i, s1).filter(|&(x, y)| self.words_in(x, y) >= 2)
                {
                    out.push(Anchor::new(si, (i, i + 1), (a, i), SubjKind::Phrase, Some(content)));
                    i += 1;
                    continue;
                }
                // A title-case headline "Lindsey Graham Says Trump Could Address Clean Energy":
                // the capitalised present-tense cue splits subject and content.
                // ("Sanders Told A Female Reporter Not To 'Moan'": past tense too.)
                // ("New Polls Show Double-Digit Gaps": a plain present after a plural subject.)
                let finite_cue = || {
                    s_form(w)
                        || (w.ends_with("ed") && !self.has(i, F_PART))
                        || matches!(w, "said" | "told" | "wrote")
                        || (i > s0 + 1 && s_form(self.low(i - 1)) && !self.possessive(i - 1) && sets().bare.contains(w))
                };
                if i > s0
                    && self.is_cap(i)
                    && self.has(i, F_CUE)
                    && finite_cue()
                    && (s0..i).all(|x| self.is_word(x) && (self.is_cap(x) || is_particle(self.low(x))))
                    && self.title_case(s0, s1)
                {
                    let end = self.sent_end(s1);
                    if self.words_in(i + 1, end) >= 2 {
                        out.push(Anchor::new(si, (i, i + 1), (s0, i), SubjKind::Phrase, Some((i + 1, end))));
                        i = end.max(i + 1);
                        continue;
                    }
                }
                // "Trump Is Like A Lawyer's Dumbest Client, Trevor Noah Says": a title-case
                // headline with its speaker and cue after the last comma.
                if i > s0 + 3
                    && self.is_cap(i)
                    && self.has(i, F_CUE)
                    && finite_cue()
                    && self.title_case(s0, s1)
                    && let Some(c) = (s0 + 2..i - 1).rev().find(|&x| self.is_punct(x, ','))
                    && (c + 1..i).all(|x| (self.is_word(x) && self.is_cap(x)) || self.is_close_mark(x))
                    && i - c <= 6
                    && self.words_in(i + 1, self.sent_end(s1)) <= 3
                    && self.words_in(s0, c) >= 3
                {
                    out.push(Anchor::new(si, (i, i + 1), (c + 1, i), SubjKind::Phrase, Some((s0, c))));
                    i += 1;
                    continue;
                }
                // Headline style "Pollster: Trump Leads in Ohio".
                // ("Mukasey at RNC: Clinton email scandal disqualifies her": a venue after the
                // name.)
                if i == s0
                    && self.sentence_subject(s0, s1).is_some()
                    && let Some(c) = (s0 + 1..s1.min(s0 + 6)).find(|&c| self.is_punct(c, ':'))
                    && (s0..c).all(|x| {
                        self.is_word(x)
                            && (self.is_cap(x)
                                || (x > s0 && x + 1 < c && self.low(x) == "at"))
                    })
                    // Editorial labels ("CORRECTION: …", "Related: …") speak for no one.
                    && !(s0..c).any(|x| {
                        matches!(
                            self.low(x),
                            "correction"
                                | "clarification"
                                | "update"
                                | "updated"
                                | "note"
                                | "abstract"
                                | "related"
                                | "photo"
                                | "photos"
                                | "photograph"
                                | "photographs"
                                | "image"
                                | "images"
                                | "illustration"
                                | "graphic"
                                | "caption"
                                | "pictured"
                                | "chart"
                                | "map"
                                | "advertisement"
                                | "video"
                                | "watch"
                                | "read"
                                | "see"
                                | "also"
                                | "today"
                                | "tonight"
                                | "now"
                                | "previously"
                                | "next"
                                | "listen"
                                | "credit"
                                | "warning"
                                | "disclosure"
                                | "background"
                                | "contributing"
                                | "plus"
                                | "follow"
                                | "subscribe"
                                | "latest"
                                | "more"
                                | "exclusive"
                                | "revealed"
                                | "remember"
                                | "breaking"
                                | "opinion"
                                | "analysis"
                                | "editorial"
                                | "commentary"
                                | "perspective"
                                | "explainer"
                                | "facts"
                                | "counterpoint"
                        )
                    })
                    // ("South Carolina: Andrew Collins, Antjuan Seawright, …": a list of names.)
                    && (c + 1..s1).filter(|&x| self.is_punct(x, ',')).count() < 6
                    && self.words_in(c + 1, s1) >= 2
                    // "Finally: …": an adverb labels, it does not speak.
                    && !(c == s0 + 1 && ly_adverb(self.low(s0)))
                    // "Superdelegates: Clinton is backed by …, according to the AP": a topic
                    // label; the sentence names its source.
                    && !(c + 1..s1).any(|x| self.low(x) == "according" && self.low(x + 1) == "to" && !self.in_quote(x))
                {
                    // A transcript turn "PENCE: Well, look, …" (an all-caps speaker label
                    // opening a paragraph) speaks to the end of the paragraph.
                    let opens_para = s0 == 0 || self.toks.get(s0 - 1).is_some_and(|t| t.kind == Kind::Para);
                    let label = opens_para && self.caps_label(s0, c);
                    let end = if label { self.para_end(s1) } else { self.sent_end(s1) };
                    // "Gillibrand: ‘I Think She Will.’": the quote itself is the content and
                    // attaches to this anchor.
                    let content =
                        Some((c + 1, end)).filter(|&(x, y)| self.words_in(x, y) >= 3 && !self.mostly_quoted(x, y));
                    out.push(Anchor::new(si, (c, c + 1), (s0, c), SubjKind::Phrase, content));
                    i = c + 1;
                    continue;
                }
                // "Kasich made clear that …", "She has made it clear that …", "made comments
                // about …", "made a plea for …", "made no mention of …".
                if self.has(i, F_PHRASE)
                    && let Some((cue_end, content)) = self.set_phrase(i, s1)
                {
                    // ("are pushing for": a progressive's "be" sits before the subject's end too.)
                    let progressive = self.low(i).ends_with("ing");
                    let mut k = i;
                    while k > s0 + 1
                        && self.is_word(k - 1)
                        && (s.adverbs.contains(self.low(k - 1))
                            || ly_adverb(self.low(k - 1))
                            || (progressive && s.be.contains(self.low(k - 1))))
                    {
                        k -= 1;
                    }
                    // ("renewed calls for a ban": after a past-tense verb the word is its noun
                    // object, not a verb with a subject.)
                    let object = k > s0 + 1 && k == i && self.low(k - 1).ends_with("ed") && !self.is_cap(k - 1);
                    let subj = self.subject_ending_at(k, s0).filter(|_| !object);
                    if let Some((subj, kind)) = subj {
                        out.push(Anchor::new(si, (i, cue_end), subj, kind, Some(content)));
                        i = content.0.max(i + 1);
                        continue;
                    }
                }
                // (Kept apart until the end: their source is the object, so no participle or
                // coordinated cue after them shares it.)
                if self.has(i, F_PSYCH)
                    && let Some(a) = self.psych_anchor(si, i, s0, s1)
                {
                    feelings.push(a);
                    i += 1;
                    continue;
                }
                if self.has(i, F_ADJ)
                    && let Some(a) = self.adjective_anchor(si, i, s0, s1)
                {
                    let next = a.content.map_or(i + 1, |c| c.0);
                    out.push(a);
                    i = next.max(i + 1);
                    continue;
                }
                if i > s0
                    && !self.is_cap(i)
                    && self.has(i, F_NOUN)
                    && let Some(a) = self.nominal_anchor(si, i, s0, s1)
                {
                    let next = a.content.map_or(i + 1, |c| c.1);
                    out.push(a);
                    i = next.max(i + 1);
                    continue;
                }
                // A participle after "is"/"was" is a progressive ("is outlining"), a finite cue.
                // Adverbs and negation may sit between: "is once again questioning", "isn't saying".
                let progressive = || {
                    let mut p = i;
                    while p > s0
                        && p + 3 > i
                        && self.is_word(p - 1)
                        && (s.adverbs.contains(self.low(p - 1)) || ly_adverb(self.low(p - 1)))
                        && !s.be.contains(self.low(p - 1))
                    {
                        p -= 1;
                    }
                    p > s0 && (s.be.contains(self.low(p - 1)) || contracted_be(self.low(p - 1)).is_some())
                };
                // ("his own worried aides", "the expected result": after a determiner a past
                // form is an adjective.)
                let adjective = i > s0
                    && w.ends_with("ed")
                    && (determiner_word(self.low(i - 1)) || self.low(i - 1) == "own")
                    && self.is_word(i + 1)
                    && !self.in_quote(i + 1);
                if !(self.has(i, F_CUE) || (self.has(i, F_BASE) && self.after_auxiliary(i, s0)))
                    || adjective
                    || (self.has(i, F_PART) && !progressive())
                    || self.is_cap(i) && i != s0
                {
                    i += 1;
                    continue;
                }
                // The subject a coordinated cue shares ("Demonstrators said they want …, but
                // pledged …"): the last one of the sentence not inside what another reports.
                let here = sentence_tail(&out, si);
                // Not an inverted one whose content came first ("The president is frustrated,
                // aides say, and wants …": the president wants).
                let prev = unnested(here)
                    .find(|a| a.subj.1 > a.subj.0)
                    .or_else(|| here.iter().rev().find(|a| a.subj.1 > a.subj.0))
                    .filter(|a| a.content.is_none_or(|(_, y)| y > a.subj.0))
                    .map(|a| (a.subj, a.kind));
                if let Some(mut a) = self.anchor_at(si, i, s0, s1, prev) {
                    if a.cue == (i, i + 1) && self.cue_particle(i) {
                        a.cue = (i, i + 2);
                    }
                    if let Some(c) = self.relative_clause_content(&a, s0) {
                        a.content = c;
                    }
                    self.push_split(&mut out, a, s0, s1);
                }
                i += 1;
            }
            self.colon_anchor(si, s0, s1, &mut out);
        }
        self.quote_tail_anchors(&mut out);
        out.append(&mut feelings);
        out.sort_by_key(|a| a.cue.0);
        out
    }

    /// "Hawkins and others who want to ban abortion said …": the content of a cue in a
    /// restrictive relative clause ("who want …") ends where the sentence's own speech verb
    /// begins, with its auxiliaries ("… who described the case would not say") or a subject set
    /// off by a comma ("… who felt forgotten, Polsky said"). `None` leaves it as it is.
    fn relative_clause_content(&self, a: &Anchor, s0: usize) -> Option<Option<(usize, usize)>> {
        let s = sets();
        let (x, y) = a.content?;
        if a.subj.1 != a.subj.0 + 1 || self.low(a.subj.0) != "who" || a.subj.0 <= s0 || self.is_punct(a.subj.0 - 1, ',')
        {
            return None;
        }
        let z = (x + 1..y).find(|&z| {
            matches!(self.low(z), "said" | "says" | "told" | "say")
                && !self.in_quote(z)
                && self.is_word(z - 1)
                && !matches!(self.low(z - 1), "and" | "or" | "who" | "that" | "to" | "i" | "we")
                && !lx::PRONOUNS.contains(&self.low(z - 1))
        })?;
        let mut c = z;
        while c > x + 1 && {
            let w = self.low(c - 1);
            s.finite.contains(w)
                || s.be.contains(w)
                || matches!(w, "not" | "never")
                || s.adverbs.contains(w)
                || ly_adverb(w)
        } {
            c -= 1;
        }
        if let Some(m) = (x + 1..c).rev().find(|&m| self.is_punct(m, ',') && !self.in_quote(m))
            && (m + 1..c).all(|t| self.is_cap(t) || !self.is_word(t))
        {
            c = m;
        }
        Some(Some((x, c)).filter(|&(x, c)| self.words_in(x, c) >= 1))
    }

    /// "“Gun owners should leave their weapons at home,” opined the Plain Dealer.", "“…,” Trump
    /// deadpanned.": a quote ending in a comma (or "?", "!") and followed by a past- or
    /// present-tense verb and a noun phrase, in either order, to the end of the sentence is
    /// attributed there, whatever the verb; listed cues are handled by the other rules.
    pub(super) fn quote_tail_anchors(&self, out: &mut Vec<Anchor>) {
        let s = sets();
        let verb = |v: usize| {
            let w = self.low(v);
            self.is_word(v)
                && !self.is_cap(v)
                && !self.in_quote(v)
                && ((w.len() > 3
                    && (w.ends_with("ed") || s_form(w))
                    && !s.stop.contains(w)
                    && !s.finite.contains(w))
                    // "the email read", "the two write", "critics say", "Graham shot back".
                    || matches!(w, "read" | "reads")
                    || (dossier_core::lexicon::is_irregular_past(w) && matches!(self.low(v + 1), "back" | "out"))
                    || (s.bare.contains(w) && !w.ends_with("ing")))
        };
        if self.marked.is_empty() {
            return;
        }
        let mut cue_at = vec![false; self.toks.len()];
        for a in out.iter() {
            cue_at[a.cue.0] = true;
        }
        for m in &self.marked {
            if !m.closed || m.close < 2 {
                continue;
            }
            if !matches!(self.toks[m.close - 1].kind, Kind::Punct(',' | '?' | '!' | '—' | '–')) {
                continue;
            }
            let mut t = m.close + 1;
            if self.is_punct(t, ',') {
                t += 1;
            }
            let Some(&si) = self.sent_of.get(t) else {
                continue;
            };
            let s1 = self.sents[si].1;
            let end = self.sent_end(s1);
            if t >= end || (m.close..(t + 7).min(end)).any(|x| cue_at[x]) {
                continue;
            }
            // ("the 43-year-old asked in the video's description.": a phrase of place or time
            // may follow the verb.)
            let closes = |b: usize| {
                b >= end
                    || self.is_punct(b, ',')
                    || (matches!(self.low(b), "in" | "on" | "at" | "during" | "after" | "before" | "from" | "via")
                        && (b..end).all(|x| self.is_word(x) && !self.has(x, F_CUE)))
            };
            // "opined the Plain Dealer": the verb first.
            let found = if verb(t) {
                self.right_np(t + 1, s1).filter(|&(_, b)| closes(b)).map(|r| ((t, t + 1), r))
            } else {
                // "Trump deadpanned": a name or pronoun, then the verb.
                // "an angry Hollande retaliated": a determiner and up to two adjectives may
                // come before the name.
                let mut n0 = t;
                if s.dets.contains(self.low(t)) && !self.is_cap(t) {
                    n0 = t + 1;
                    while n0 < t + 3 && self.is_word(n0) && !self.is_cap(n0) && !s.stop.contains(self.low(n0)) {
                        n0 += 1;
                    }
                }
                let np = if lx::PRONOUNS.contains(&self.low(t)) {
                    Some((t, t + 1))
                } else if let Some(v) =
                    (n0 > t + 1 && !self.is_cap(t + 1)).then(|| (t + 2..=n0.min(t + 3)).find(|&v| verb(v))).flatten()
                {
                    // "the email read", "the two write": a determiner and a common noun.
                    Some((t, v))
                } else if n0 > t + 1 {
                    self.cap_runs_iter(n0, end).next().filter(|r| r.0 == n0).map(|r| (t, r.1))
                } else {
                    self.cap_runs_iter(t, end)
                        .next()
                        .filter(|r| r.0 == t || (r.0 == t + 1 && s.dets.contains(self.low(t))))
                        .map(|r| (t, r.1))
                };
                // ("shot back": the particle is part of the verb.)
                let particle =
                    |b: usize| usize::from(matches!(self.low(b + 1), "back" | "out") && !self.in_quote(b + 1));
                np.filter(|&(_, b)| verb(b) && closes(b + 1 + particle(b)))
                    .map(|(a, b)| ((b, b + 1 + particle(b)), (a, b)))
            };
            if let Some((cue, subj)) = found {
                out.push(Anchor::new(si, cue, subj, self.subj_kind(subj), None));
            }
        }
    }

    /// A noun phrase opens right after the participle at `i` ("calling the deal …", "urging
    /// him …", "blasting President Obama's approach"): the participle is a verb with an object.
    fn object_follows(&self, i: usize) -> bool {
        let s = sets();
        let n = self.low(i + 1);
        self.is_word(i + 1)
            && !self.in_quote(i + 1)
            && (s.dets.contains(n) || lx::PRONOUNS.contains(&n) || lx::is_object_pronoun(n) || self.is_cap(i + 1))
    }

    /// The short noun phrase right before `i` that a participle modifies ("national newspaper
    /// ads" in "… placed national newspaper ads calling …"): words back to a determiner or
    /// possessor, stopping before a verb form or a function word.
    pub(super) fn noun_run_before(&self, i: usize, s0: usize) -> Option<(usize, usize)> {
        let s = sets();
        let mut a = i;
        while a > s0 && i - a < 6 {
            let t = a - 1;
            let w = self.low(t);
            if !self.is_word(t) || self.in_quote(t) {
                break;
            }
            if s.dets.contains(w) || self.possessive(t) {
                a = t;
                break;
            }
            let verb_form = !self.is_cap(t)
                && ((w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
                    || s.finite.contains(w)
                    || s.be.contains(w)
                    || dossier_core::lexicon::is_irregular_past(w));
            // ("he keeps talking", "stopped short of concluding": a verb, not a noun.)
            if verb_form
                || lx::is_aspectual(w)
                || w == "short"
                || s.stop.contains(w)
                || s.preps.contains(w)
                || s.adverbs.contains(w)
                || ly_adverb(w)
                || self.has(t, F_CUE)
            {
                break;
            }
            a = t;
        }
        (a < i && !s.dets.contains(self.low(i - 1))).then_some((a, i))
    }

    /// Pushes `a`, as two anchors with its cue when it is a parenthetical (one for each side).
    pub(super) fn push_split(&self, out: &mut Vec<Anchor>, a: Anchor, s0: usize, s1: usize) {
        match self.parenthetical(&a, s0, s1) {
            Some((before, after)) => {
                out.push(Anchor { content: Some(before), ..a.clone() });
                out.push(Anchor { content: Some(after), ..a });
            }
            None => out.push(a),
        }
    }

    /// "Any cleareyed reading of his actions, he said, would read this as …", "In the long run,
    /// he argued, this effect could ripple …": an attribution set off by commas inside the
    /// sentence it reports; what was said is both the part before it (when that part has no verb
    /// of its own) and the part after it. Returns the two content ranges.
    pub(super) fn parenthetical(&self, a: &Anchor, s0: usize, s1: usize) -> Option<((usize, usize), (usize, usize))> {
        let s = sets();
        // The attribution block: "he said", "said one official", "according to X".
        let x = a.subj.0.min(a.cue.0);
        let y = if a.subj.1 > a.subj.0 { a.subj.1.max(a.cue.1) } else { a.cue.1 };
        if x <= s0 + 2 || !self.is_punct(x - 1, ',') || self.in_quote(x - 1) {
            return None;
        }
        let end = self.sent_end(s1);
        let c = self.skip_time_phrase(y, end);
        if !self.is_punct(c, ',') || self.in_quote(c) || self.words_in(c + 1, end) < 3 {
            return None;
        }
        // The part after the comma continues the sentence: it does not open with a conjunction,
        // an adverbial clause or a participle ("…, officials said, and would take a decade").
        let n = self.low(c + 1);
        // ("That is cause for celebration, he said, because Russians now live longer": the
        // reason goes on with what was said.)
        // (", Mr. Clarke said, until it went bankrupt in 1999", ", Graham said, since most of
        // them accept …": so do its time and its cause.)
        let reason = matches!(n, "because" | "since" | "until");
        if !self.is_word(c + 1)
            || self.in_quote(c + 1)
            || s.stop.contains(n) && !s.finite.contains(n) && !lx::PRONOUNS.contains(&n) && !reason
            || (n.ends_with("ing") && n.len() > 5)
            || matches!(n, "according" | "adding" | "noting" | "saying" | "compared")
            // ("…, according to Canalys, a tech market analysis firm.": an appositive to the
            // source, a phrase without an auxiliary or a past form.)
            // (", Manafort's former business partner.", ", his longtime adviser.": a possessor
            // opens one too.)
            || ((matches!(n, "a" | "an" | "the" | "his" | "her" | "their" | "its") || self.possessive(c + 1))
                && !(c + 1..end).any(|t| self.auxiliary_or_past(t)))
        {
            return None;
        }
        let st = self.after_dateline(s0, x - 1);
        let pre = (st, x - 1);
        if self.words_in(pre.0, pre.1) < 2 || (pre.0..pre.1).any(|t| self.in_quote(t) || self.has(t, F_CUE)) {
            return None;
        }
        // A part before with a verb of its own is a whole statement ("The plan would cost $5bn,
        // officials said, …"): the ordinary rules apply.
        let finite = (pre.0..pre.1).any(|t| {
            let w = self.low(t);
            s.finite.contains(w) || s.be.contains(w) || contracted_be(w).is_some()
        });
        // ("While some employees could get a slap on the wrist, she added, revoking their
        // clearances would be rare": a subordinate clause before it is part of the statement.)
        let subordinate = lx::SUBORDINATORS.contains(&self.low(pre.0)) && self.is_cap(pre.0);
        if finite && !reason && !subordinate {
            return None;
        }
        Some((pre, (c + 1, end)))
    }

    /// "Trump leaned in and boomed: “Let’s defeat her in November.”", "Clinton addressed the
    /// supporters again: “…”": a quote introduced by a colon is said by the sentence's subject,
    /// whatever the verb before the colon, when no cue of the sentence already speaks there.
    pub(super) fn colon_anchor(&self, si: usize, s0: usize, s1: usize, out: &mut Vec<Anchor>) {
        // The quote may open the next paragraph ("In a 1963 speech, he declared:" / "“It is
        // very appropriate …”"); it then continues this anchor's speaker.
        let opens_quote =
            |x: usize| self.toks.get(x).is_some_and(|t| matches!(t.kind, Kind::Mark { .. })) && self.in_quote(x);
        let Some(c) = (s0 + 2..s1).find(|&c| {
            self.is_punct(c, ':')
                && !self.in_quote(c)
                && (opens_quote(c + 1)
                    || (self.toks.get(c + 1).is_some_and(|t| t.kind == Kind::Para) && opens_quote(c + 2)))
        }) else {
            return;
        };
        if out.iter().rev().take_while(|a| a.sent == si).any(|a| a.cue.1 <= c + 1 && a.cue.0 + 8 >= c)
            || self.words_in(s0, c) < 3
        {
            return;
        }
        // The verb right before the colon is the cue ("boomed:"); a noun there ("his familiar
        // lines:") still makes the colon the cue.
        // (Not an -ing noun: "on Thursday morning:", "at the hearing:".)
        let ing_noun = |x: usize| {
            lx::is_time_unit(self.low(x))
                || matches!(self.low(x), "spring" | "building" | "meeting" | "briefing" | "hearing")
                || x > s0 && (self.is_cap(x - 1) || determiner_word(self.low(x - 1)))
        };
        let verb = |x: usize| {
            self.is_word(x)
                && !self.is_cap(x)
                && (self.has(x, F_CUE) || self.low(x).ends_with("ed") || (self.low(x).ends_with("ing") && !ing_noun(x)))
        };
        let cue0 = if verb(c - 1) { (c - 1, c) } else { (c, c + 1) };
        // "The House speaker, Paul Ryan, issued his party's defense … on Thursday morning: “…”":
        // the subject the sentence's own cue found near its start (not in an opening "After …"
        // clause) says the quote after the colon.
        // (Not when the verb before the colon has a subject of its own: "…, as Hacker cautions:".)
        let start = self.after_dateline(s0, c);
        let own_subject = cue0.0 == c - 1 && c >= 2 && (self.is_cap(c - 2) || lx::PRONOUNS.contains(&self.low(c - 2)));
        if !own_subject
            && !lx::SUBORDINATORS.contains(&self.low(start))
            && let Some(prev) = out.iter().rev().take_while(|a| a.sent == si).find(|a| {
                a.cue.1 <= c
                    && (start..start + 6).contains(&a.subj.0)
                    && a.subj.1 <= a.cue.0
                    && a.content.is_none_or(|(x, _)| x >= a.cue.1)
                    // (Its clause runs on to the colon: "Asked whether he …, Hatch broke with
                    // his colleagues:" has a main clause of its own; "is asked why …" answers.)
                    && !(a.cue.1..c).any(|x| self.is_punct(x, ',') && !self.in_quote(x))
                    && !matches!(self.low(a.cue.0), "asked" | "asks" | "ask")
            })
        {
            let (subj, kind) = (prev.subj, prev.kind);
            out.push(Anchor::new(si, cue0, subj, kind, None));
            return;
        }
        // ("The ad's narrator intones: “…”": a common noun phrase opening the sentence; its
        // last word, a present-tense verb, is the cue.)
        let np = || {
            let (a, b) = self.left_np(cue0.0, s0).filter(|&(a, _)| a == self.after_dateline(s0, cue0.0))?;
            let v = self.low(b - 1);
            if b == cue0.0 && b >= a + 3 && v.len() > 3 && v.ends_with('s') && !self.is_cap(b - 1) {
                Some(((a, b - 1), (b - 1, b)))
            } else {
                Some(((a, b), cue0))
            }
        };
        let Some((subj, cue)) =
            self.sentence_subject(s0, cue0.0).or_else(|| self.main_subject(s0, cue0.0)).map(|r| (r, cue0)).or_else(np)
        else {
            return;
        };
        if subj.1 > cue.0 || (subj.0..subj.1).any(|x| self.in_quote(x)) {
            return;
        }
        out.push(Anchor::new(si, cue, subj, self.subj_kind(subj), None));
    }

    /// The main clause's subject after an opening adverbial ("At a town hall in Salem, New
    /// Hampshire, Trump went after Bush, …"): the first name at the sentence start or after a
    /// comma that a lower-case verb follows.
    pub(super) fn main_subject(&self, s0: usize, i: usize) -> Option<(usize, usize)> {
        let s = sets();
        self.cap_runs_iter(s0, i).find(|&(a, b)| {
            (a == s0 || self.is_punct(a - 1, ','))
                && !self.in_quote(a)
                && self.is_word(b)
                && !self.is_cap(b)
                && !s.preps.contains(self.low(b))
                && !s.dets.contains(self.low(b))
                && !s.stop.contains(self.low(b))
        })
    }

    /// The subject of the clause a trailing participle hangs on, read from the left: past an
    /// opening conjunction or adverb ("And then Trump went on the attack, saying …") and an
    /// opening adverbial closed by a comma ("When asked why, Sembler responded …"), the noun
    /// phrase up to its verb ("The attorney general of New York is suing …, claiming …").
    pub(super) fn clause_head_subject(&self, s0: usize, i: usize) -> Option<((usize, usize), SubjKind)> {
        let s = sets();
        let mut st = self.after_dateline(s0, i);
        while st < i
            && self.is_word(st)
            && matches!(self.low(st), "and" | "but" | "then" | "so" | "yet" | "still" | "even" | "now" | "instead")
        {
            st += 1;
        }
        let opener = self.is_word(st)
            && (s.preps.contains(self.low(st))
                || ly_adverb(self.low(st))
                || lx::SUBORDINATORS.contains(&self.low(st))
                || matches!(self.low(st), "as" | "despite" | "perhaps")
                || (self.low(st).len() > 5 && self.low(st).ends_with("ing")));
        if opener && let Some(c) = (st..i.min(st + 14)).find(|&c| self.is_punct(c, ',')) {
            st = c + 1;
        }
        if st >= i || !self.is_word(st) || self.in_quote(st) {
            return None;
        }
        if lx::PRONOUNS.contains(&self.low(st)) {
            return Some(((st, st + 1), SubjKind::Pronoun));
        }
        // ("But some of his supporters remain reluctant …, often citing …".)
        if !(self.is_cap(st) || s.dets.contains(self.low(st)) || self.possessive(st) || self.has(st, F_QUANT)) {
            return None;
        }
        let mut b = st + 1;
        while b < i && b < st + 12 && self.is_word(b) && !self.in_quote(b) {
            let w = self.low(b);
            let verb = !self.is_cap(b)
                && (s.finite.contains(w)
                    || s.adverbs.contains(w)
                    || ly_adverb(w)
                    || self.has(b, F_CUE)
                    || (w.len() > 4 && w.ends_with("ed"))
                    || dossier_core::lexicon::is_irregular_past(w));
            if verb || matches!(w, "who" | "which" | "that") {
                break;
            }
            b += 1;
        }
        // The phrase must end at a verb, not run into the participle's comma.
        (b < i && self.is_word(b) && !self.is_cap(b)).then_some(((st, b), SubjKind::Phrase))
    }

    /// The subject ending right before `k`: a subject pronoun, else the noun phrase there.
    pub(super) fn subject_ending_at(&self, k: usize, s0: usize) -> Option<Subject> {
        if k > s0 && lx::PRONOUNS.contains(&self.low(k - 1)) {
            Some(((k - 1, k), SubjKind::Pronoun))
        } else {
            self.left_np(k, s0).map(|r| (r, SubjKind::Phrase))
        }
    }

    /// After "made", "took" or "went": a set phrase of speech and what it reports, as (cue end,
    /// content). "made (it) clear (Monday) that …" reports the clause; "made comments about …",
    /// "made a plea for …", "took aim at …", "went after …" the object of the preposition.
    pub(super) fn set_phrase(&self, i: usize, s1: usize) -> Option<(usize, (usize, usize))> {
        let end = self.sent_end(s1);
        let w = self.low(i);
        // "went after Clinton's record": the target.
        if matches!(w, "went" | "goes" | "go" | "going") {
            if self.low(i + 1) != "after" || self.in_quote(i + 1) || !self.is_word(i + 2) {
                return None;
            }
            // "went after dinner", "went after the vote": when, not whom.
            let h = if matches!(self.low(i + 2), "the" | "a" | "his" | "her" | "their") { i + 3 } else { i + 2 };
            if lx::is_day_word(self.low(h))
                || lx::is_time_unit(self.low(h).trim_end_matches('s'))
                || matches!(
                    self.low(h),
                    "dinner"
                        | "lunch"
                        | "breakfast"
                        | "meeting"
                        | "vote"
                        | "debate"
                        | "election"
                        | "speech"
                        | "event"
                        | "rally"
                        | "hearing"
                        | "midnight"
                        | "noon"
                        | "work"
                        | "school"
                        | "class"
                        | "game"
                        | "show"
                        | "primary"
                        | "caucus"
                        | "caucuses"
                        | "service"
                        | "ceremony"
                        | "funeral"
                        | "attack"
                )
            {
                return None;
            }
            let b = self.object_end(i, i + 2, self.clause_end(i + 2, end));
            return (self.words_in(i + 2, b) >= 1).then_some((i + 2, (i + 2, b)));
        }
        // "balked at accepting any", "pushing for new gun restrictions", "railed against the
        // deal": with its preposition the verb reports a stance, and the preposition belongs
        // to the cue, not to the content.
        if let Some(preps) = Self::stance_preps(w) {
            // ("spoke favorably of", "spoke out against", "railed loudly against": a manner
            // adverb or "out" may come between the verb and its preposition.)
            let speak = matches!(w, "spoke" | "speak" | "speaks" | "speaking");
            let mut j = i + 1;
            if !self.in_quote(j) && (ly_adverb(self.low(j)) || matches!(self.low(j), "highly" | "out")) {
                j += 1;
            }
            let p = self.low(j);
            // ("speaks out of both sides of his mouth": after "out" only these.)
            let after_out = self.low(i + 1) == "out";
            let out_prep = speak && after_out && matches!(p, "against" | "for" | "about" | "on");
            if !((preps.contains(&p) && !after_out) || out_prep) || self.in_quote(j) || !self.is_word(j + 1) {
                return None;
            }
            // ("voted to repeal": the infinitive is the content, as after "vowed".)
            let start = if p == "to" { j } else { j + 1 };
            let b = self.clause_end(j + 1, end);
            let b = if p == "to" { b } else { self.object_end(i, j + 1, b) };
            return (self.words_in(j + 1, b) >= 1).then_some((start, (start, b)));
        }
        // "Sanders has cast the Clintons as part of the establishment", "many saw the program
        // as detrimental": casting or seeing someone as something is a judgment; its object
        // and the "as" phrase are the content.
        if matches!(w, "cast" | "casts" | "casting" | "saw") {
            // (Not "as" of comparison or time: "saw an increase as well", "casts a shadow as
            // he speaks", "saw him favorably as recently as August"; nor one inside an
            // infinitive: "saw an opportunity to construe it as an apology".)
            let a = (i + 2..end.min(i + 10))
                .take_while(|&x| self.is_word(x) && !self.in_quote(x) && !self.has(x, F_CUE) && self.low(x) != "to")
                .find(|&x| self.low(x) == "as")?;
            let next = self.low(a + 1);
            if !self.is_word(a + 1)
                || matches!(next, "well" | "recently" | "much" | "long" | "soon" | "far" | "of" | "if" | "though")
                || lx::PRONOUNS.contains(&next)
            {
                return None;
            }
            let b = self.object_end(i, a + 1, self.clause_end(a + 1, end));
            return (self.words_in(a + 1, b) >= 1).then_some((i + 1, (i + 1, b)));
        }
        // "took aim at", "took some shots at", "takes issue with", "took credit for".
        if matches!(w, "took" | "take" | "takes" | "taking") {
            let n = (i + 1..end.min(i + 4)).take_while(|&x| self.is_word(x) && !self.in_quote(x)).find(|&x| {
                matches!(
                    self.low(x),
                    "aim"
                        | "shots"
                        | "shot"
                        | "swipe"
                        | "swipes"
                        | "swing"
                        | "whack"
                        | "issue"
                        | "credit"
                        | "jab"
                        | "jabs"
                        | "potshots"
                        | "exception"
                        | "offense"
                        | "umbrage"
                )
            })?;
            if !matches!(self.low(n + 1), "at" | "with" | "for" | "to") || !self.is_word(n + 2) {
                return None;
            }
            let b = self.object_end(i, n + 2, self.clause_end(n + 2, end));
            return (self.words_in(n + 2, b) >= 1).then_some((n + 2, (n + 2, b)));
        }
        let clear = if self.low(i + 1) == "clear" {
            i + 1
        } else if self.low(i + 1) == "it" && self.low(i + 2) == "clear" {
            i + 2
        } else {
            0
        };
        if clear > 0 {
            let t = self.skip_time_phrase(clear + 1, end);
            if matches!(self.low(t), "that" | "he" | "she" | "they" | "we" | "i") && !self.in_quote(t) {
                let b = self.clause_end(t, end);
                return (self.words_in(t, b) >= 2).then_some((clear + 1, (t, b)));
            }
            return None;
        }
        // "expressed deep concern about the rules", "showed no sign of backing down": an
        // attitude noun within four words, then its preposition (or "that"), which close the cue.
        if LIGHT_VERBS.contains(&w) {
            let show = w.starts_with("show");
            let n = (i + 1..end.min(i + 6)).take_while(|&x| self.is_word(x) && !self.in_quote(x)).find(|&x| {
                let l = self.low(x);
                if show { matches!(l, "sign" | "signs") } else { ATTITUDE_NOUNS.contains(&l) }
            })?;
            // (Only modifiers before the noun: "an emotional defense", "no sign", "his deep
            // concern"; a noun phrase of its own there is the object: "offered Trump support".)
            if (i + 1..n).any(|x| self.is_cap(x) || self.has(x, F_CUE) || s_form(self.low(x))) {
                return None;
            }
            let p = n + 1;
            let l = self.low(p);
            if self.in_quote(p)
                || !(matches!(
                    l,
                    "about" | "of" | "for" | "over" | "at" | "on" | "with" | "toward" | "towards" | "that"
                ) || (l == "to" && matches!(self.low(n), "opposition" | "thanks" | "gratitude" | "openness")))
                || !self.is_word(p + 1)
            {
                return None;
            }
            let start = if l == "that" { p } else { p + 1 };
            let b = self.clause_end(start, end);
            let b = if l == "that" { b } else { self.object_end(i, start, b) };
            // ("sounded the alarm on Monday": when, not about what.)
            let when = b == start + 1 && lx::is_day_word(self.low(start));
            return (self.words_in(start, b) >= 1 && !when).then_some((start, (start, b)));
        }
        // A speech noun within three words, then its preposition.
        let n = (i + 1..end.min(i + 5)).take_while(|&x| self.is_word(x) && !self.in_quote(x)).find(|&x| {
            matches!(
                self.low(x),
                "comments"
                    | "remarks"
                    | "statements"
                    | "allegations"
                    | "accusations"
                    | "plea"
                    | "call"
                    | "mention"
                    | "case"
                    | "argument"
                    | "pledge"
                    | "promise"
                    | "commitment"
                    | "secret"
                    | "appeal"
                    | "claims"
            )
        })?;
        let p = n + 1;
        if !matches!(self.low(p), "about" | "of" | "for" | "against" | "to" | "that" | "on") || self.in_quote(p) {
            return None;
        }
        let start = if self.low(p) == "that" { p } else { p + 1 };
        let b = self.clause_end(start, end);
        let b = if self.low(p) == "that" { b } else { self.object_end(i, start, b) };
        (self.words_in(start, b) >= 1).then_some((p + 1, (start, b)))
    }

    /// "Trump has been criticized by some of his rivals for failing to …", "Sanders was
    /// declared the winner in Rhode Island": a judgment passed on the passive subject. PolNeAR
    /// takes the subject and the judgment's complement as the content and the agent (if any) as
    /// the source; here the content is one span, from the subject to the clause's end. `be` is
    /// the form of "be" before the participle `i`.
    pub(super) fn judgment_passive(&self, si: usize, i: usize, be: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let end = self.sent_end(s1);
        let (src, after) = if self.low(i + 1) == "by" {
            let (a, b) = self.passive_agent(i, s1)?;
            ((a, b), b)
        } else {
            ((i, i), i + 1)
        };
        let v = self.before_auxiliaries(be, s0);
        let start = self.passive_subject_start(v, s0)?;
        let b = if after < end && self.is_word(after) { self.clause_end(after, end) } else { after };
        // ("The deal was criticized on Monday": with neither agent nor judgment, only that it
        // happened.)
        let bare = src.0 == src.1 && (b == after || self.only_circumstance(after, b));
        if bare || start >= v || self.mostly_quoted(start, b) || (start..v).any(|z| self.has(z, F_CUE)) {
            return None;
        }
        Some(Anchor::new(si, (i, i + 1), src, SubjKind::Phrase, Some((start, b))))
    }

    /// "The remark worried some analysts", "Trump's comments had angered conservative Jews",
    /// "That irritates Clinton supporters": a verb of feeling whose object feels it. The object
    /// is the source and the subject what the feeling is about (PolNeAR and PARC annotate it so).
    /// "worried that …", "was angered by …", "frustrated voters said" are left to the other
    /// rules: the object must be a noun phrase or an object pronoun that no verb follows.
    pub(super) fn psych_anchor(&self, si: usize, i: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let s = sets();
        let w = self.low(i);
        if i <= s0 || self.is_cap(i) {
            return None;
        }
        // Auxiliaries and adverbs between subject and verb: "has regularly angered".
        let mut k = i;
        while k > s0 + 1
            && self.is_word(k - 1)
            && (s.adverbs.contains(self.low(k - 1)) || ly_adverb(self.low(k - 1)))
            && !s.be.contains(self.low(k - 1))
        {
            k -= 1;
        }
        let before = self.low(k - 1);
        let base = !(w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")));
        // A base form only after a modal or "sure to" ("could alienate", "is sure to horrify"),
        // where it is no noun ("the outrage", "have trouble") and its subject is the clause's
        // ("took a moment to reassure …" is a purpose).
        let modal = |x: usize| {
            lx::is_modal(self.low(x))
                || (self.low(x) == "to"
                    && x > s0
                    && matches!(self.low(x - 1), "sure" | "likely" | "bound" | "certain" | "unlikely"))
        };
        if base && !(modal(i - 1) || (i > s0 + 1 && ly_adverb(self.low(i - 1)) && modal(i - 2))) {
            return None;
        }
        // ("his own worried aides": an adjective before its noun.)
        if s.be.contains(before)
            || s.dets.contains(before)
            || before == "own"
            || !self.is_word(k - 1)
            || self.in_quote(k - 1)
            || matches!(
                before,
                "seemed" | "seems" | "looked" | "looks" | "felt" | "feels" | "got" | "became" | "grew" | "remained"
            )
        {
            return None;
        }
        let obj = if lx::is_object_pronoun(self.low(i + 1)) {
            Some((i + 1, i + 2))
        } else if self.is_word(i + 1) && !s.preps.contains(self.low(i + 1)) {
            // A noun phrase opened by a determiner, a name or a possessor, or one that ends
            // in a name or a word for people ("conservative Jews", "many voters").
            self.right_np(i + 1, s1).filter(|&(a, b)| {
                // (The head is before any prepositional phrase: "conservative Jews in her state".)
                let h = (a + 1..b).find(|&x| s.preps.contains(self.low(x))).unwrap_or(b);
                s.dets.contains(self.low(a))
                    || self.is_cap(a)
                    || self.possessive(a)
                    || self.is_cap(h - 1)
                    || lx::PLURAL_PEOPLE.contains(&self.low(h - 1))
                    || matches!(self.low(a), "many" | "some" | "even" | "both" | "most")
            })
        } else {
            None
        }?;
        // ("angered voters who …" is the object, "frustrated voters said …" a subject: only a
        // function word, punctuation or the end may follow the object.)
        let nb = obj.1;
        if nb < s1
            && self.is_word(nb)
            && (!self.has(nb, F_FUNC)
                || s.finite.contains(self.low(nb))
                || s.be.contains(self.low(nb))
                || lx::is_modal(self.low(nb)))
        {
            return None;
        }
        // "Worry" also takes a bare clause ("officials have worried the conflict in Yemen risks
        // fueling a war"): its object must be people, or end the clause.
        let people =
            |x: usize| self.is_cap(x) || lx::PLURAL_PEOPLE.contains(&self.low(x)) || lx::is_object_pronoun(self.low(x));
        if matches!(w, "worried" | "worries" | "worry") && !people(obj.1 - 1) && self.is_word(nb) {
            return None;
        }
        // The subject: a relative or demonstrative pronoun ("that rattled supporters", "What
        // worries the smartest people"), else the noun phrase before the verb. Before a modal
        // and "to" the subject stands further left.
        let mut v = k;
        while v > s0 + 1
            && self.is_word(v - 1)
            && (s.adverbs.contains(self.low(v - 1))
                || matches!(self.low(v - 1), "to" | "sure" | "likely" | "bound")
                || (v < k && s.be.contains(self.low(v - 1))))
        {
            v -= 1;
        }
        let subj = if v > s0 && matches!(self.low(v - 1), "that" | "which" | "what" | "this" | "it" | "who") {
            Some((v - 1, v))
        } else {
            // ("Trump's comments about Israel had angered …": the head noun's prepositional
            // phrases belong to the subject.)
            self.left_np(v, s0).map(|(mut x, y)| {
                while x > s0 + 1
                    && (s.preps.contains(self.low(x - 1)) || self.low(x - 1) == "about")
                    && let Some((x2, _)) = self.left_np(x - 1, s0)
                {
                    x = x2;
                }
                (x, y)
            })
        }?;
        // (A cue word there is a noun: "his comments", "the report". No verb phrase: "that he
        // tested positive rattled …", "may reach America rattles …"; "a week ago surprised" is
        // a time, its subject further left.)
        if self.mostly_quoted(subj.0, subj.1)
            || (subj.0..subj.1).any(|z| self.auxiliary_or_past(z))
            || (subj.0 > s0 && (lx::is_modal(self.low(subj.0 - 1)) || self.low(subj.0 - 1) == "to"))
            || matches!(self.low(subj.1 - 1), "ago" | "earlier" | "later")
            || lx::is_day_word(self.low(subj.1 - 1))
        {
            return None;
        }
        Some(Anchor::new(si, (i, i + 1), obj, self.subj_kind(obj), Some(subj)))
    }

    /// Token `i` follows "do"-support or a negated modal, with adverbs between ("did not
    /// blame", "did offer", "wouldn't publicly endorse", "could not identify"): it can only be a
    /// verb's base, and the sentence reports what someone did or did not say or hold. A plain
    /// modal ("will sign", "could order") is a plan or a possibility, left out.
    pub(super) fn after_auxiliary(&self, i: usize, s0: usize) -> bool {
        let mut k = i;
        let mut negated = false;
        while k > s0 + 1 && k + 3 > i && self.is_word(k - 1) {
            let p = self.low(k - 1);
            if matches!(p, "not" | "never") {
                negated = true;
            } else if !(ly_adverb(p) || matches!(p, "also" | "even" | "still" | "ever")) {
                break;
            }
            k -= 1;
        }
        k > s0 && {
            let a = self.low(k - 1);
            matches!(a, "do" | "does" | "did")
                || (negated && lx::is_modal(a))
                || (lx::NEGATED.contains(&a) && !lx::BE.contains(&a))
        }
    }

    /// Idioms whose verb is a cue word but report nothing: phrasal verbs ("adding to his
    /// victories", "showed up"), a race won or run ("claimed the nomination", "seeking the
    /// presidency"), fillers ("you know,"), "found a way", "appeared with". Measured one by one
    /// on PolNeAR train false positives.
    pub(super) fn idiom_without_report(&self, i: usize, s0: usize) -> bool {
        let w = self.low(i);
        // Phrasal verbs that report nothing: "adding to his victories", "showed up in 2008",
        // "signed up for coverage", "wasn't backing down"; and a poll's "support among".
        let n1 = self.low(i + 1);
        if (matches!(w, "adding" | "added" | "adds" | "add")
            && n1 == "to"
            && !matches!(self.low(i + 2), "that" | "this"))
            || (matches!(
                w,
                "showed" | "show" | "shows" | "showing" | "shown" | "signed" | "signing" | "sign" | "signs"
            ) && n1 == "up")
            || (matches!(w, "backing" | "backed" | "back" | "backs") && n1 == "down")
            // ("was booed and shouted down by supporters": silenced, nothing reported.)
            || (matches!(w, "shouted" | "shout" | "shouts" | "shouting") && n1 == "down")
            || (matches!(w, "support" | "backing") && n1 == "among")
            // "officially claimed the nomination": won it; "has known Mr. Ryan for two
            // decades": an acquaintance; "will be decided by a runoff"; "(think Jimmy Carter)".
            || (matches!(w, "claimed" | "claims" | "claim" | "claiming")
                && (i + 1..i + 3).any(|x| {
                    matches!(self.low(x), "nomination" | "victory" | "win" | "title" | "seat" | "prize" | "crown")
                }))
            || (w == "known" && i > s0 && matches!(self.low(i - 1), "has" | "have" | "had" | "’ve" | "'ve"))
            || (w == "decided" && n1 == "by")
            // "who are also seeking the nomination": running for it; "backed away from".
            || (matches!(w, "seeking" | "seek" | "seeks" | "sought")
                && (i + 1..i + 4).any(|x| {
                    matches!(self.low(x), "nomination" | "presidency" | "office" | "reelection" | "re-election")
                }))
            || (matches!(w, "backed" | "backing" | "back" | "backs") && n1 == "away")
            // "you know, the ones who …": a filler; "insurance plans, and": a noun;
            // "the measure planned for this fall"; "felt the need to"; "conceding the race".
            || (w == "know" && i > s0 && self.low(i - 1) == "you" && self.is_punct(i + 1, ','))
            // "God knows why", "heaven knows we are against violence": an exclamation.
            || (w == "knows" && i > s0 && matches!(self.low(i - 1), "god" | "lord" | "heaven" | "goodness"))
            || (w == "plans" && self.is_punct(i + 1, ','))
            || (w == "planned" && n1 == "for")
            || (w == "felt" && n1 == "the" && self.low(i + 2) == "need")
            || (matches!(w, "conceding" | "conceded" | "concedes" | "concede") && n1 == "the" && self.low(i + 2) == "race")
            || (w == "think" && i > s0 && self.is_punct(i - 1, '('))
            // "we identified with the others": sympathy, not a report.
            || (matches!(w, "identified" | "identify" | "identifies" | "identifying") && n1 == "with")
            // "support declined slightly from 58 percent": a figure falling, not a refusal.
            || (matches!(w, "declined" | "declines" | "decline" | "declining")
                && (matches!(n1, "from" | "by" | "slightly" | "sharply" | "steadily" | "significantly" | "dramatically")
                    || n1.starts_with(|c: char| c.is_ascii_digit())))
        {
            return true;
        }
        // "found a way to make it so", "helped found Fox News": no finding reported.
        if w == "found"
            && (matches!(self.low(i + 1), "ways" | "sanctuary" | "refuge")
                || (matches!(self.low(i + 1), "a" | "the" | "another") && self.low(i + 2) == "way")
                || (i > s0 && matches!(self.low(i - 1), "helped" | "help" | "helps" | "to")))
        {
            return true;
        }
        // "Warren appeared with Rachel Maddow", "appeared on Sunday news shows": showing up,
        // not seeming.
        if matches!(w, "appeared" | "appears" | "appear" | "appearing")
            && matches!(
                self.low(i + 1),
                "with" | "on" | "in" | "at" | "before" | "alongside" | "onstage" | "together" | "during" | "for"
            )
        {
            return true;
        }
        false
    }

    /// The agent of the passive participle `i`: the noun phrase after its "by".
    ///
    /// The participle's own "on"/"for" phrase is no part of it: "blamed by the US on
    /// pro-Iranian factions", "criticized by aides for the delay"; nor is a day after it. A
    /// capital after the preposition keeps a name whole ("by the Committee on Foreign Relations").
    pub(super) fn passive_agent(&self, i: usize, s1: usize) -> Option<(usize, usize)> {
        if self.low(i + 1) != "by" {
            return None;
        }
        let (a, b) = self.right_np(i + 2, s1).or_else(|| self.right_np_any(i + 2, s1))?;
        // ("posted by Crimestoppers Monday": nor is the day it happened.)
        let b = (a + 1..b)
            .find(|&x| {
                (matches!(self.low(x), "on" | "for") && self.is_word(x + 1) && !self.is_cap(x + 1))
                    || lx::is_day_word(self.low(x))
            })
            .unwrap_or(b);
        Some((a, b))
    }

    /// Where the passive subject ending at `v` begins: a subject pronoun (or "who") right before
    /// it, else the noun phrase ending there.
    pub(super) fn passive_subject_start(&self, v: usize, s0: usize) -> Option<usize> {
        if v > s0 && matches!(self.low(v - 1), "he" | "she" | "they" | "it" | "we" | "i" | "who") {
            Some(v - 1)
        } else if v > s0 + 3 && self.is_punct(v - 1, ',') {
            // "The central bank, which has held rates near zero since 2008, is expected to
            // act": the subject before its relative clause or appositive.
            let c = (v.saturating_sub(30).max(s0 + 1)..v - 1)
                .rev()
                .take_while(|&x| !self.in_quote(x) && !self.is_punct(x, ';'))
                .find(|&x| self.is_punct(x, ','))?;
            if !matches!(self.low(c + 1), "which" | "who" | "whose" | "a" | "an" | "the") {
                return None;
            }
            self.left_np(c, s0).map(|(x, _)| x)
        } else {
            self.left_np(v, s0).map(|(x, _)| x)
        }
    }

    /// Where the auxiliaries and adverbs before the passive's "be" (token `be`) begin: "has
    /// been", "will likely be"; the subject ends there.
    pub(super) fn before_auxiliaries(&self, be: usize, s0: usize) -> usize {
        let mut v = be;
        // (The adverb list holds the auxiliaries and modals too.)
        while v > s0 + 1 && self.is_word(v - 1) && self.is_adverb(v - 1) {
            v -= 1;
        }
        v
    }

    /// A verb that reports after "went on to": a cue, a stance verb, or one of the verbs of
    /// naming and judging that PolNeAR marks there ("went on to endorse Ayotte", "went on to
    /// name cities"); "went on to win" reports nothing.
    pub(super) fn reporting_verb(&self, x: usize) -> bool {
        self.has(x, F_CUE)
            || Self::stance_preps(self.low(x)).is_some()
            || matches!(
                self.low(x),
                "endorse"
                    | "promote"
                    | "ridicule"
                    | "name"
                    | "criticize"
                    | "attack"
                    | "mock"
                    | "praise"
                    | "describe"
                    | "list"
                    | "cite"
                    | "accuse"
                    | "compare"
                    | "thank"
                    | "question"
                    | "dismiss"
                    | "blast"
                    | "slam"
            )
    }

    /// The prepositions a stance verb reports with ("voted" → for / against / to), if `w` is one.
    pub(super) fn stance_preps(w: &str) -> Option<&'static [&'static str]> {
        STANCE_VERBS.iter().find(|(forms, _)| forms.contains(&w)).map(|(_, preps)| *preps)
    }

    /// "Senate Republicans are confident that …", "Trump was quick to …", "critical of …": an
    /// attitude adjective after a form of "be" (adverbs between allowed) is the cue; the subject
    /// of "be" holds the attitude, and what follows the adjective's word is its content.
    pub(super) fn adjective_anchor(&self, si: usize, i: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let s = sets();
        let w = self.low(i);
        let (_, words) = ATTITUDE_ADJECTIVES.iter().find(|(a, _)| *a == w)?;
        let next = self.low(i + 1);
        // "we are convinced this is the only country …": "that" may be left out.
        // ("she was sure Trump would triumph": a name and its verb too.)
        let named_clause = || {
            self.is_cap(i + 1)
                && (i + 2..i + 5)
                    .take_while(|&x| self.is_word(x))
                    .find(|&x| !self.is_cap(x))
                    .is_some_and(|x| s.finite.contains(self.low(x)))
        };
        let bare_clause = words.contains(&"that")
            && (matches!(next, "he" | "she" | "they" | "we" | "i" | "it" | "the" | "this" | "there") || named_clause())
            && !self.in_quote(i + 1);
        if !(words.contains(&next) || bare_clause) || self.in_quote(i) || self.is_cap(i) {
            return None;
        }
        let mut k = i;
        while k > s0 + 1 && self.is_word(k - 1) && (s.adverbs.contains(self.low(k - 1)) || ly_adverb(self.low(k - 1))) {
            k -= 1;
        }
        // (Or another copula: "came away convinced that", "remains skeptical of", "grew
        // worried that".)
        let copula = |b: usize| {
            s.be.contains(self.low(b))
                || matches!(
                    self.low(b),
                    "remain"
                        | "remains"
                        | "remained"
                        | "seem"
                        | "seems"
                        | "seemed"
                        | "appear"
                        | "appears"
                        | "appeared"
                        | "grew"
                        | "grown"
                        | "become"
                        | "became"
                        | "becomes"
                        | "feel"
                        | "feels"
                        | "felt"
                        | "away"
                )
        };
        let be = k.checked_sub(1).filter(|&b| b > s0 && copula(b))?;
        // ("came away": the verb before "away".)
        let be = if self.low(be) == "away" && be > s0 + 1 && matches!(self.low(be - 1), "came" | "come" | "comes") {
            be - 1
        } else if self.low(be) == "away" {
            return None;
        } else {
            be
        };
        let contracted = contracted_be(self.low(be)).is_some();
        let subj = if !s.be.contains(self.low(be)) && !contracted && !lx::PRONOUNS.contains(&self.low(be - 1)) {
            // Another copula: the clause's head subject ("McConnell met with her and came away
            // convinced …").
            self.clause_head_subject(s0, be).or_else(|| self.left_np(be, s0).map(|r| (r, SubjKind::Phrase)))?
        } else if !contracted {
            // "has often been critical of", "will be eager to": the subject ends before the
            // auxiliaries and adverbs.
            self.subject_ending_at(self.before_auxiliaries(be, s0), s0)?
        } else {
            return None;
        };
        let end = self.sent_end(s1);
        let start = if bare_clause || next == "that" || next == "to" { i + 1 } else { i + 2 };
        let b = self.clause_end(start, end);
        let b = if next == "of" || next == "about" { self.object_end(i, start, b) } else { b };
        let cue = if start == i + 1 { (i, i + 1) } else { (i, i + 2) };
        (self.words_in(start, b) >= 1).then(|| Anchor::new(si, cue, subj.0, subj.1, Some((start, b))))
    }

    /// "Trump's criticism of the deal", "his support for the wall", "Clinton's suggestion that
    /// …": a possessor (the source), an attribution noun, a preposition or "that", and the
    /// content: the clause after "that", else the noun phrase up to the first comma.
    pub(super) fn nominal_anchor(&self, si: usize, i: usize, s0: usize, s1: usize) -> Option<Anchor> {
        let mut p = i.checked_sub(1).filter(|&p| p >= s0 && self.is_word(p))?;
        // Up to two adjectives between the possessor and the noun ("Graham’s energetic
        // endorsement of Cruz", "his recent call to ban …").
        let mut adj = 0;
        while adj < 2
            && p > s0
            && self.is_word(p)
            && !self.is_cap(p)
            && !self.possessive(p)
            && !self.has(p, F_FUNC | F_CUE | F_NOUN)
            && self.is_word(p - 1)
        {
            p -= 1;
            adj += 1;
        }
        let pw = self.low(p);
        let (subj, kind) = if matches!(pw, "his" | "her" | "their" | "its") {
            ((p, p + 1), SubjKind::Pronoun)
        } else if self.possessive(p) && self.is_cap(p) {
            let mut a = p;
            while a > s0 && self.is_word(a - 1) && self.is_cap(a - 1) && !self.in_quote(a - 1) {
                a -= 1;
            }
            ((a, p + 1), SubjKind::Phrase)
        } else if BARE_NOMINAL.iter().any(|(n, preps)| *n == self.low(i) && preps.contains(&self.low(i + 1)))
            // ("the attacks on the airport", "terrorist attacks on soft targets": violence, not
            // words.)
            && !(i > s0
                && self.low(i) == "attacks"
                && matches!(
                    self.low(i - 1),
                    "the" | "terrorist" | "terror" | "violent" | "deadly" | "suicide" | "these" | "those" | "military"
                ))
        {
            // "has drawn criticism for the move", "complaints that the lines were too long":
            // these nouns report an attitude even with nobody named.
            p = i;
            ((i, i), SubjKind::Phrase)
        } else {
            return None;
        };
        if self.in_quote(p) {
            return None;
        }
        let prep = self.low(i + 1);
        let start = match prep {
            "that" => i + 1,
            "of" | "for" | "to" | "on" | "about" | "against" => i + 2,
            _ => return None,
        };
        let end = self.sent_end(s1);
        if start >= end || self.in_quote(start) && prep != "that" {
            return None;
        }
        // "their attacks on military headquarters", "attacks against security forces and
        // civilians": violence, not words.
        if matches!(self.low(i), "attacks" | "attack")
            && (start..(start + 3).min(end))
                .any(|x| lx::is_physical_target(self.low(x)) || lx::is_armed_or_civilian(self.low(x)))
        {
            return None;
        }
        let b = if prep == "that" {
            self.clause_end(start, end)
        } else {
            let mut b = start + 1;
            while b < end
                && !(!self.in_quote(b)
                    && (matches!(self.toks[b].kind, Kind::Punct(',' | ';' | '—' | '–' | '(' | ':'))
                        || matches!(
                            self.low(b),
                            "despite"
                                | "because"
                                | "although"
                                | "while"
                                | "which"
                                | "after"
                                | "before"
                                | "as"
                                | "since"
                                | "but"
                                | "is"
                                | "was"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "are"
                                | "were"
                        )
                        // "attacks on big banks and Wall Street executives": "and" joins nouns
                        // unless a verb or a pronoun subject follows it.
                        || (self.low(b) == "and" && {
                            let n = self.low(b + 1);
                            sets().finite.contains(n)
                                || sets().be.contains(n)
                                || matches!(n, "he" | "she" | "they" | "it" | "we" | "i")
                                || (n.len() > 4 && n.ends_with("ed") && !self.is_cap(b + 1))
                        })
                        // The sentence's verb after the phrase: "… endorsement of Cruz surprised".
                        || (!self.is_cap(b)
                            && self.low(b).len() > 4
                            && self.low(b).ends_with("ed")
                            && !sets().dets.contains(self.low(b - 1)))))
            {
                b += 1;
            }
            b
        };
        if self.words_in(start, b) == 0 || b - start > 25 {
            return None;
        }
        // A person's pronoun ("his", "her") resolves like "he"/"she"; "its"/"their" name groups.
        let kind = if matches!(pw, "its" | "their") { SubjKind::Phrase } else { kind };
        Some(Anchor { sent: si, cue: (i, i + 1), subj, kind, content: Some((start, b)), speaker: Speaker::default() })
    }

    pub(super) fn sent_end(&self, s1: usize) -> usize {
        let mut e = s1;
        while e > 0
            && matches!(
                self.toks.get(e - 1).map(|t| t.kind),
                Some(Kind::Punct('.' | '!' | '?' | ',')) | Some(Kind::Para)
            )
        {
            e -= 1;
        }
        e
    }

    /// The tokens [x, y) are essentially one direct quote (so no separate reported speech).
    pub(super) fn mostly_quoted(&self, x: usize, y: usize) -> bool {
        let words = self.words_in(x, y);
        let quoted = (x..y).filter(|&i| self.is_word(i) && self.in_quote(i)).count();
        words > 0 && quoted * 10 >= words * 7
    }

    /// Some word in [x, y) can be a finite verb: an auxiliary or modal, a past form, a
    /// negated contraction. Without one the words are a phrase ("The day after the primary",
    /// "His campaign manager"), not a clause anyone said.
    pub(super) fn has_verb(&self, x: usize, y: usize) -> bool {
        (x..y).any(|i| {
            let w = self.low(i);
            self.is_word(i)
                && (self.auxiliary_or_past(i)
                    || w.ends_with("n't")
                    || w.ends_with("n’t")
                    || (w.len() > 3 && w.ends_with('s') && !self.is_cap(i) && !self.has(i, F_FUNC)))
        })
    }

    /// Token `i` is an auxiliary, a modal, a form of "be" or a past form: a verb beyond doubt,
    /// unlike an -s word ("analysis", "says").
    pub(super) fn auxiliary_or_past(&self, i: usize) -> bool {
        let (s, w) = (sets(), self.low(i));
        s.finite.contains(w)
            || s.be.contains(w)
            || contracted_be(w).is_some()
            || (w.len() > 3 && w.ends_with("ed") && !self.is_cap(i))
            || dossier_core::lexicon::is_irregular_past(w)
    }
}
