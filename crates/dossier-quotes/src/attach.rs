//! The main pass: anchors found, direct quotes attached to them, speakers named in reading order.

use super::*;

impl<'a> Doc<'a> {
    pub(super) fn run(&self, entities: &[EntityMention]) -> Vec<Quote> {
        let runs = self.cap_runs(0, self.toks.len());
        let people = self.titled_people(&runs, entities);
        let known_names = self.known_names(&runs);
        let mut anchors = self.find_anchors();
        let honorifics = self.honorifics();
        // Resolve speakers in reading order so pronouns see earlier speakers.
        let mut speakers_so_far: Vec<(usize, Speaker)> = Vec::new();
        // Token ranges of what was said (reported clauses and quotations): a person named only
        // there is what someone talked about, a weaker antecedent for "he"/"she" than a speaker.
        // (A verb of feeling reports no words: "The remark angered Trump" leaves Trump free to
        // be the "he" who speaks next.)
        let said: Vec<(usize, usize)> = anchors
            .iter()
            .filter(|a| !self.feeling(a))
            .filter_map(|a| a.content)
            .chain(self.marked.iter().map(|m| (m.open, m.close + 1)))
            .collect();
        for ai in 0..anchors.len() {
            let a = &anchors[ai];
            let pos = a.subj.0.min(a.cue.0);
            let seen = Seen {
                people: &people,
                honorifics: &honorifics,
                names: &known_names,
                prior: &speakers_so_far,
                said: &said,
            };
            let mut sp = self.resolve(a, pos, &seen, entities);
            // "Ruth Marcus wrote that she agreed with him": "he"/"she" as the subject of what a
            // named person reports is that person.
            // ("Sanders repeated his call for …": "his" too. A lone surname counts as a person
            // here: "Rubio said he expects …".)
            if a.kind == SubjKind::Pronoun && matches!(self.low(a.subj.0), "he" | "she" | "his" | "her") {
                let lone_name = |n: &str| {
                    !n.contains(' ') && n.starts_with(char::is_uppercase) && !sets().orgs.contains(&*n.to_lowercase())
                };
                let outer = anchors[..ai].iter().rev().take_while(|b| b.sent == a.sent).find(|b| {
                    b.content.is_some_and(|(x, y)| x <= a.subj.0 && a.subj.0 < y && a.subj.0 <= x + 1)
                        && (b.speaker.person || b.speaker.name.as_deref().is_some_and(lone_name))
                        && b.speaker.name.is_some()
                });
                if let Some(b) = outer {
                    sp.name = b.speaker.name.clone();
                }
            }
            let a = &mut anchors[ai];
            // "Trump’s promise": the possessor speaks; its name has no "’s".
            if let Some(n) = sp.name.as_mut()
                && let Some(bare) = n.strip_suffix("’s").or_else(|| n.strip_suffix("'s"))
                && !bare.is_empty()
            {
                *n = bare.to_string();
            }
            // (Nor does one who presses another: "Stephanopoulos pressed Trump on the plan. He
            // said …" is Trump's answer.)
            if !self.feeling(a) && self.low(a.cue.0) != "pressed" {
                speakers_so_far.push((pos, sp.clone()));
            }
            // "Barkley, who said …": the relative pronoun is where this attribution mentions
            // its speaker (PolNeAR's convention: no coreference for "who"); the name stays.
            if let Some(w) = self.relative_who(a) {
                sp.span = Some(self.span(w, w + 1));
            }
            a.speaker = sp;
        }
        let mut out = Vec::new();
        // Direct quotes.
        // (position of the attribution, paragraph, speaker, cue) of the last attributed thing.
        let mut last: Option<LastAttribution> = None;
        // The attribution of the last direct quote: a quote continuing it in its paragraph keeps
        // that cue, not the cue of a clause in between ("“…,” Johnson said, referring to a
        // town hall where he declined to criticize Clinton. “If I had to do that over …”").
        let mut last_direct: Option<LastAttribution> = None;
        let mut ai = 0;
        for (qi, m) in self.marked.iter().enumerate() {
            // Advance the "last attribution" over anchors that come before this quote.
            while ai < anchors.len() && anchors[ai].cue.0 < m.open {
                let a = &anchors[ai];
                // ("Washington does not plan to abandon Iraq": a stance or an intention is no
                // speech that a later quote paragraph could continue.)
                let stance = Self::stance_preps(self.low(a.cue.0)).is_some() || self.feeling(a);
                if (a.speaker.name.is_some() || a.speaker.span.is_some()) && !stance {
                    let p = self.para(a.cue.0);
                    if last.as_ref().is_none_or(|l| l.0 <= a.cue.0) {
                        last = Some((a.cue.0, p, a.speaker.clone(), Some(a.cue)));
                    }
                }
                ai += 1;
            }
            let nwords = self.words_in(m.open, m.close + 1);
            if nwords == 0 {
                continue;
            }
            let sent = self.sent_of.get(m.open).copied().unwrap_or(0);
            let para = self.para(m.open);
            // A quoted transcript turn, "“PENCE: Well, look, …": the all-caps label opening the
            // quote is its speaker; what follows the colon is what was said.
            if let Some(c) = (m.open + 2..(m.open + 5).min(m.close)).find(|&c| self.is_punct(c, ':'))
                && (m.open + 1..c).all(|x| self.is_word(x))
                && self.caps_label(m.open + 1, c)
                && self.words_in(c + 1, m.close) >= 3
            {
                let start = self.toks[c].end;
                let span = self.trim_content(Span::new(start, m.end));
                if !span.is_empty() {
                    let speaker = Speaker {
                        name: Some(self.slice(m.open + 1, c).to_string()),
                        span: Some(self.span(m.open + 1, c)),
                        person: true,
                    };
                    last = Some((m.close, para, speaker.clone(), Some((c, c + 1))));
                    out.push(self.quote(span, true, &speaker, Some((c, c + 1))));
                }
                continue;
            }
            // "“…” — Carla Sanchez" closing its paragraph: a signed quote.
            if let Some((d, a, b)) = self.signature(m) {
                let span = self.trim_content(Span::new(m.start, m.end));
                if !span.is_empty() {
                    let name = self.slice(a, b).to_string();
                    let speaker =
                        Speaker { name: Some(name), span: Some(self.span(a, b)), person: !self.org_like(a, b) };
                    last = Some((m.close, para, speaker.clone(), Some((d, d + 1))));
                    out.push(self.quote(span, true, &speaker, Some((d, d + 1))));
                }
                continue;
            }
            // "Speaking on CNN's “State of the Union,” Graham said …": a title after "on", "in"
            // or a possessor names a show, a book or a film; nobody said it.
            if self.named_title(m) {
                continue;
            }
            let attached = self.attach(m, sent, &anchors, nwords);
            let (speaker, cue) = match attached {
                Some(k) => {
                    let a = &anchors[k];
                    (a.speaker.clone(), Some(a.cue))
                }
                None => {
                    // A quote paragraph continuing an attributed quote keeps its speaker.
                    let inherit = last.as_ref().filter(|l| {
                        // A long quote opening a paragraph belongs to the last named speaker even
                        // across one paragraph of narration.
                        let opens_para = m.open == 0 || self.toks.get(m.open - 1).is_some_and(|t| t.kind == Kind::Para);
                        let reach = if opens_para && nwords >= 8 { 2 } else { 1 };
                        // "“Here he is, babe,” she said. “Donald’s here, babe.”": a short quote
                        // right after the attribution of the one before it continues it.
                        let after_stop =
                            matches!(self.toks.get(m.open - 1).map(|t| t.kind), Some(Kind::Punct('.' | '!' | '?')));
                        // A whole quoted sentence later in the same paragraph ("…,” said Col. X,
                        // a spokesman for the coalition. “Our mission continues.”) goes on too.
                        let sentence = self.is_cap(m.open + 1)
                            && matches!(self.toks.get(m.close - 1).map(|t| t.kind), Some(Kind::Punct('.' | '!' | '?')));
                        // "“It's time,” Warren told a crowd in Des Moines, “to fight back.”": the
                        // rest of a quote split by its attribution, after a comma.
                        let rest = para == l.1
                            && m.open > l.0
                            && self.is_punct(m.open - 1, ',')
                            && self.sent_of.get(m.open) == self.sent_of.get(l.0)
                            && !self.is_cap(m.open + 1);
                        let split = para == l.1 && m.open > l.0 && after_stop && (m.open - l.0 <= 6 || sentence);
                        let split = split || rest;
                        // "Democrats call it a scheme to “end Medicare as we know it.”": a quote
                        // inside a sentence of narration with its own subject is that sentence's
                        // words, not more of the last speaker's. (Unless the narration speaks of
                        // "he"/"she": "After saying her foot was “so swollen …,” she was …".)
                        let sent_start = self.sents.get(sent).map_or(m.open, |&(a, _)| a);
                        let narration = || (sent_start..m.open).filter(|&x| self.is_word(x) && !self.in_quote(x));
                        let embedded = narration().count() >= 3
                            && !narration().any(|x| matches!(self.low(x), "he" | "she" | "his" | "her" | "him"));
                        m.continuation || split || (para <= l.1 + reach && nwords >= 4 && !embedded)
                    });
                    match inherit {
                        Some(l) => {
                            let cue = match &last_direct {
                                Some(d) if d.1 == para && d.2.name.is_some() && d.2.name == l.2.name => d.3,
                                Some(d) if m.continuation && d.2.name == l.2.name => d.3,
                                _ if l.1 == para => l.3,
                                _ => None,
                            };
                            (l.2.clone(), cue)
                        }
                        None if nwords >= 6 && !self.looks_like_title(m) => (Speaker::default(), None),
                        None => continue,
                    }
                }
            };
            let span = self.trim_content(Span::new(m.start, m.end));
            if span.is_empty() {
                continue;
            }
            let _ = qi;
            if speaker.name.is_some() || speaker.span.is_some() {
                let at = (m.close, self.para_of.get(m.close).copied().unwrap_or(para), speaker.clone(), cue);
                last_direct = Some(at.clone());
                last = Some(at);
            }
            out.push(self.quote(span, true, &speaker, cue));
        }
        // Reported speech.
        for a in &anchors {
            if let Some((s, mut e)) = a.content {
                // "Pence won the debate, Barabak noted that …": another attribution's clause after
                // a comma inside this content is a sentence of its own; this content ends there.
                let lo = anchors.partition_point(|b| b.sent < a.sent);
                let last_sent = self.sent_of.get(e.saturating_sub(1)).copied().unwrap_or(a.sent);
                let hi = anchors.partition_point(|b| b.sent <= last_sent).max(lo);
                for b in &anchors[lo..hi] {
                    let start = b.subj.0.min(b.cue.0);
                    // (", a decision the administration said …": the writer's noun before the
                    // relative clause goes with it.)
                    let start = if start > s + 4
                        && matches!(self.low(start - 2), "a" | "an")
                        && self.is_punct(start - 3, ',')
                        && !self.in_quote(start - 3)
                    {
                        start - 2
                    } else {
                        start
                    };
                    if start > s + 2
                        && start < e
                        && b.content.is_some_and(|(_, y)| y <= e)
                        && matches!(self.toks[start - 1].kind, Kind::Punct(',' | ';' | '—' | '–'))
                        && !self.in_quote(start - 1)
                        && self.words_in(s, start - 1) >= 2
                        // ("His campaign manager, Jeff Weaver, says …": a phrase without a verb
                        // before the comma is that clause's subject, no sentence; after the cue
                        // it is an object: "announcing the pick, the union called …".)
                        && (s > a.cue.0 || self.has_verb(s, start - 1))
                    {
                        e = start - 1;
                    }
                }
                // "sparred for months", "argued in interviews this week": a time or venue alone
                // is when or where, not what.
                if self.only_circumstance(s, e) {
                    continue;
                }
                let span = self.trim_content(self.span(s, e));
                if span.is_empty() {
                    continue;
                }
                out.push(self.quote(span, false, &a.speaker, Some(a.cue)));
            }
        }
        out.sort_by_key(|q| (q.span.start, q.span.end));
        out
    }

    /// [x, y) is a preposition and a time or venue phrase and nothing else ("for months", "in
    /// interviews this week", "on Tuesday").
    pub(super) fn only_circumstance(&self, x: usize, y: usize) -> bool {
        let s = sets();
        let time = |w: &str| {
            lx::is_time_unit(w)
                || lx::is_time_unit(w.strip_suffix('s').unwrap_or(w))
                || lx::is_time_modifier(w)
                || lx::is_day_word(w)
                || lx::is_month(w)
                || lx::is_year(w)
                || matches!(w, "decades" | "ago" | "interview" | "interviews" | "recent" | "past")
        };
        x < y
            && self.is_word(x)
            && matches!(self.low(x), "for" | "in" | "on" | "during" | "over" | "since" | "at")
            && (x + 1..y).any(|i| self.is_word(i) && time(self.low(i)))
            && (x + 1..y).all(|i| {
                let w = self.low(i);
                !self.is_word(i)
                    || time(w)
                    || s.dets.contains(w)
                    || s.preps.contains(w)
                    || w.starts_with(|c: char| c.is_ascii_digit())
            })
    }

    /// The "who" between a subject and its cue ("X, who has long said …"), if any.
    pub(super) fn relative_who(&self, a: &Anchor) -> Option<usize> {
        let (_, b) = a.subj;
        if b == 0 || b >= a.cue.0 {
            return None;
        }
        // ", who said", ", which endorsed"; "a union that endorsed".
        let w = if self.is_punct(b, ',') && matches!(self.low(b + 1), "who" | "which") {
            b + 1
        } else if matches!(self.low(b), "that" | "which") && !self.in_quote(b) {
            b
        } else {
            return None;
        };
        // Adverbs or a time phrase between ("who in 2010 said", "who on Monday said").
        let between_ok = (w + 1..a.cue.0).all(|x| {
            let l = self.low(x);
            self.is_word(x)
                && (self.is_adverb(x)
                    || matches!(l, "in" | "on" | "last" | "earlier")
                    || lx::is_day_word(l)
                    || lx::is_time_unit(l)
                    || lx::is_year(l))
        });
        (between_ok && a.cue.0 - w <= 4).then_some(w)
    }

    pub(super) fn quote(&self, span: Span, direct: bool, sp: &Speaker, cue: Option<(usize, usize)>) -> Quote {
        let cue_span = cue.map(|(a, b)| self.span(a, b));
        // "Here's the group's new talking point: “…”", "Others said …": a function word opening
        // the sentence names no one (not "May", a surname; not "WHO", in capitals).
        let function_word = |n: &str| {
            matches!(
                n,
                "Here"
                    | "There"
                    | "That"
                    | "This"
                    | "These"
                    | "Those"
                    | "Now"
                    | "Then"
                    | "What"
                    | "Yes"
                    | "Others"
                    | "One"
                    | "But"
                    | "Very"
                    | "Be"
                    | "Are"
                    | "Me"
                    | "It"
            )
        };
        Quote {
            span,
            direct,
            speaker_name: sp.name.clone().filter(|n| !function_word(n)),
            speaker_span: sp.span,
            cue: cue_span.map(|s| s.slice(self.text).to_string()),
            cue_span,
        }
    }

    /// Trims spaces and the punctuation news style puts at a quote's edges.
    pub(super) fn trim_content(&self, s: Span) -> Span {
        let t = s.slice(self.text);
        let lead = t.len()
            - t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '—' | '–')).len();
        let edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–');
        let mut trimmed = t.trim_end_matches(edge);
        // ("… set up budget talks and, although Mr. Obama hasn't accepted it, …": a conjunction
        // left before an aside joins nothing that was said.)
        for conj in [" and", " or", " but"] {
            if let Some(rest) = trimmed.strip_suffix(conj)
                && rest.trim_end_matches(edge).contains(char::is_alphanumeric)
            {
                trimmed = rest.trim_end_matches(edge);
                break;
            }
        }
        let end = s.start + trimmed.len();
        let start = (s.start + lead).min(end);
        Span::new(start, end)
    }

    /// A dash and a capitalised name of at most six words right after a closing mark, ending
    /// the paragraph ("“…”― Pamela Padilla"): (dash, name start, name end).
    pub(super) fn signature(&self, m: &Marked) -> Option<(usize, usize, usize)> {
        if !m.closed {
            return None;
        }
        let mut d = m.close + 1;
        if self.is_punct(d, ',') {
            d += 1;
        }
        if !(self.is_punct(d, '—') || self.is_punct(d, '–') || self.is_punct(d, '-')) {
            return None;
        }
        let a = d + 1;
        let mut b = a;
        while b < self.toks.len()
            && b < a + 6
            && self.is_word(b)
            && (self.is_cap(b) || is_particle(self.low(b)) || self.low(b).len() == 1)
        {
            b += 1;
        }
        let mut e = b;
        while e < self.toks.len() && matches!(self.toks[e].kind, Kind::Punct('.' | ',')) {
            e += 1;
        }
        let ends = e >= self.toks.len() || self.toks[e].kind == Kind::Para;
        (b > a && self.is_cap(a) && ends).then_some((d, a, b))
    }

    /// The comma closing the phrase right before a cue at `k` ("Flynn, a top Trump surrogate,
    /// said"), also when it sits inside a short title's closing mark ("Joe Scarborough, host of
    /// MSNBC’s “Morning Joe,” suggested").
    pub(super) fn cue_comma(&self, k: usize, s0: usize) -> Option<usize> {
        if k > s0 && self.is_punct(k - 1, ',') {
            return Some(k - 1);
        }
        let m = self.quote_at(k.checked_sub(1)?)?;
        (k > s0 + 2
            && self.is_close_mark(k - 1)
            && self.is_punct(k - 2, ',')
            && self.words_in(m.open, m.close) <= 3
            && self.named_title(m))
        .then_some(k - 2)
    }

    /// A title after "on", "in", "of", a possessor or the kind of work ("on CNN's “State of the
    /// Union”", "the TV show “Shark Tank”"): the name of a show, a book or a film, which nobody
    /// said.
    pub(super) fn named_title(&self, m: &Marked) -> bool {
        if m.open == 0 || !self.looks_like_title(m) {
            return false;
        }
        // After "the book" the stop inside the marks is the sentence's ("author of the book
        // “Presidential Power in Troubled Second Terms.”"); after "on"/"in"/"of" or a possessive
        // a capitalised sentence with its stop is more often said.
        lx::WORK_NOUNS.contains(&self.low(m.open - 1))
            || ((self.possessive(m.open - 1) || matches!(self.low(m.open - 1), "on" | "in" | "of"))
                && !matches!(
                    self.toks.get(m.close.saturating_sub(1)).map(|t| t.kind),
                    Some(Kind::Punct('.' | '!' | '?'))
                ))
    }

    /// A quoted title: every word capitalised ("The Art of the Deal") and short.
    pub(super) fn looks_like_title(&self, m: &Marked) -> bool {
        (m.open..=m.close).filter(|&i| self.is_word(i)).enumerate().all(|(n, i)| {
            n < 8 && (self.is_cap(i) || matches!(self.low(i), "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to"))
        })
    }

    /// An anchor of [`Doc::psych_anchor`]: its source, the verb's object, only felt something.
    pub(super) fn feeling(&self, a: &Anchor) -> bool {
        self.has(a.cue.0, F_PSYCH) && a.subj.0 > a.cue.0
    }

    /// Picks the anchor a direct quote belongs to: one right after it ("…,” she said), one right
    /// before it (said: “…), else one in the same sentence (a partial quote inside reported
    /// speech). Short quotes need an adjacent cue, else they are scare quotes or titles.
    pub(super) fn attach(&self, m: &Marked, sent: usize, anchors: &[Anchor], nwords: usize) -> Option<usize> {
        // Anchors are in reading order: binary-search this sentence's slice.
        let lo = anchors.partition_point(|a| a.sent < sent);
        let hi = anchors.partition_point(|a| a.sent <= sent);
        let in_sent: Vec<usize> = (lo..hi).collect();
        let next_lo = hi;
        let next_hi = anchors.partition_point(|a| a.sent <= sent + 1);
        // Right after: skip commas/periods between the closing mark and the attribution.
        let mut j = m.close + 1;
        while j < self.toks.len() && matches!(self.toks[j].kind, Kind::Punct(',' | '.' | '—' | '–' | '-' | ':')) {
            j += 1;
        }
        // "“…,” Warren, who has not endorsed a candidate, told reporters": the verb of the
        // relative clause is not the quote's cue when the main verb also follows.
        let mut relative = None;
        for (k, a) in anchors.iter().enumerate().take(next_hi.max(next_lo)).skip(lo) {
            // (Whoever a verb of feeling moves said nothing.)
            if self.feeling(a) {
                continue;
            }
            let first = a.subj.0.min(a.cue.0);
            // In the next sentence only a cue right by its subject ("“…” Trump said."), not one
            // further on ("“…” Trump took to Twitter, writing: …").
            let near = a.sent == sent || a.cue.0 <= a.subj.1 + 2;
            // "“… a long time.” Political analyst David Bositis agreed that …": after a quote
            // closed by a full stop, a cue reporting a clause of its own starts a new statement.
            let own_report = a.sent != sent
                && a.content.is_some()
                && matches!(self.toks[m.close.saturating_sub(1)].kind, Kind::Punct('.'));
            // "Ducey called the lines “unacceptable.” Phoenix officials apologized.": a quote that
            // follows a cue of its own sentence belongs to it, not to the next sentence's verb.
            let cued_before = a.sent != sent && in_sent.iter().any(|&x| anchors[x].cue.1 <= m.open);
            // "Bemoaning the “phony system,” Trump accused Holt of …": a short quote inside an
            // opening phrase is that phrase's object; the cue after it reports forward.
            let inside_opening = nwords < 4
                && a.content.is_some_and(|(x, _)| x >= a.cue.1)
                && self.sents.get(sent).is_some_and(|&(s0, _)| {
                    // (Only a phrase without a verb: after "Apple saw an uptick … “across the
                    // board,”" the quote closes a clause that the cue reports.)
                    let st = self.after_dateline(s0, m.open);
                    (st..m.open).any(|x| self.is_word(x) && !self.in_quote(x)) && !self.has_verb(st, m.open)
                });
            if m.closed && first >= m.close && first <= j && near && !own_report && !cued_before && !inside_opening {
                if self.relative_who(a).is_none() {
                    return Some(k);
                }
                relative.get_or_insert(k);
            }
        }
        if relative.is_some() {
            return relative;
        }
        // Right before: "X said, “…" / "X said that “…" / "according to X, “…".
        for &k in in_sent.iter().rev() {
            let a = &anchors[k];
            let last = a.subj.1.max(a.cue.1);
            if last <= m.open {
                let gap = m.open - last;
                let between_ok = (last..m.open).all(|i| {
                    matches!(self.toks[i].kind, Kind::Punct(_))
                        || matches!(self.low(i), "that" | "this" | "as" | "simply")
                });
                let ends_clause = m.closed
                    && self.toks.get(m.close + 1).is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Para))
                    || self.toks.get(m.close.saturating_sub(1)).is_some_and(|t| matches!(t.kind, Kind::Punct(_)));
                if gap <= 3 && between_ok && (nwords >= 4 || ends_clause) {
                    return Some(self.outer_reporter(k, &in_sent, anchors));
                }
            }
        }
        if nwords < 4 {
            return None;
        }
        // A quote inside what a cue reports ("“…” than when he debated Palin, said Granholm"):
        // that cue, the innermost if several.
        let holder = in_sent
            .iter()
            .filter_map(|&k| {
                let (x, y) = anchors[k].content?;
                (x <= m.open + 1 && m.close <= y).then_some((k, y - x))
            })
            .min_by_key(|&(_, len)| len);
        if let Some((k, _)) = holder {
            return Some(self.outer_reporter(k, &in_sent, anchors));
        }
        // Same sentence: the closest cue before, else after.
        let before = in_sent.iter().rev().find(|&&k| anchors[k].cue.1 <= m.open);
        if let Some(&k) = before {
            return Some(self.outer_reporter(k, &in_sent, anchors));
        }
        in_sent.iter().find(|&&k| anchors[k].cue.0 > m.close).copied()
    }

    /// "Benjamin said he believes “…”": the cue a quote follows may itself open what an earlier
    /// cue of the sentence reports; the quote is then part of that report and goes to the outer
    /// speaker.
    pub(super) fn outer_reporter(&self, mut k: usize, in_sent: &[usize], anchors: &[Anchor]) -> usize {
        while let Some(&o) = in_sent.iter().find(|&&o| {
            let (a, b) = (&anchors[o], &anchors[k]);
            let start = b.subj.0.min(b.cue.0);
            o != k && b.subj.1 > b.subj.0 && (a.cue.1 == start || (a.cue.1 + 1 == start && self.low(a.cue.1) == "that"))
        }) {
            k = o;
        }
        k
    }

    /// [`Seen::honorifics`]: each "Mr."/"Mrs."/"Ms."/"Miss" before a capitalised word.
    pub(super) fn honorifics(&self) -> Vec<(&str, bool)> {
        let mut out: Vec<(&str, bool)> = Vec::new();
        let mut both: Vec<&str> = Vec::new();
        for k in 0..self.toks.len().saturating_sub(1) {
            // (A capital first: one flag read for nearly every token.)
            if !self.is_cap(k) {
                continue;
            }
            let female = match self.low(k) {
                "mr." | "mr" => false,
                "mrs." | "mrs" | "ms." | "ms" | "miss" => true,
                _ => continue,
            };
            // ("Mr. Trump", and the surname of "Ms. Alina Romanowski".)
            let mut e = k + 1;
            while self.is_word(e) && self.is_cap(e) {
                e += 1;
            }
            if e == k + 1 {
                continue;
            }
            let w = self.low(e - 1).trim_end_matches("'s").trim_end_matches("’s");
            match out.iter().find(|(x, _)| *x == w) {
                Some(&(_, f)) if f != female => both.push(w),
                Some(_) => {}
                None => out.push((w, female)),
            }
        }
        out.retain(|(w, _)| !both.contains(w));
        out
    }
}
